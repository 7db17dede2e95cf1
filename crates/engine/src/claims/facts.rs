//! What the lexicons find in one sentence: its tokens, cue hits, country
//! sides, entity mentions, year and threat groups.

use super::lexicon::{self, Family};
use super::tokens::{find_stepped, root_steps, tokenize, word_indices, Hit, Steps, Token};
use crate::article::Lang;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;

/// A mention that falls inside the sentence, as a token range.
#[derive(Debug, Clone)]
pub(crate) struct MentionAt<'m> {
    pub first: usize,
    pub last: usize,
    pub mention: &'m Mention,
}

/// Everything the claim rules look at in one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Facts<'m> {
    pub tokens: Vec<Token<'m>>,
    pub hits: Vec<Hit>,
    /// For each token, the families of the hits covering it (bit `family as u128`):
    /// the rules ask "is token i a word of this class?" for nearly every token.
    marks: Vec<u128>,
    /// The families of all hits.
    families: u128,
    pub sides: Vec<Hit>,
    pub mentions: Vec<MentionAt<'m>>,
    /// Inside a quotation that opens in an earlier sentence or closes in a later one.
    pub quoted: bool,
    /// The sentence where such a quotation closes.
    pub quote_end: bool,
    /// For a sentence inside such a quotation, its first quoted sentence.
    pub quote_start: Option<usize>,
    /// The article's headline.
    pub headline: bool,
    /// A year the sentence names (1990–2039).
    pub year: Option<String>,
    /// Threat groups the sentence names (ids).
    pub groups: Vec<String>,
    /// Malware the sentence names (ids).
    pub malware: Vec<String>,
    /// Whether the article has entity mentions at all: then a capitalised word
    /// no entity vouches for is weak evidence of a party.
    pub entity_layer: bool,
    /// Part of an answer in a transcript: the answerer's own words (see `turns`).
    pub direct: bool,
    /// A sentence of a first-party text in its own voice (see `publisher`).
    pub own_text: bool,
    /// Who answers, for a sentence of an answer.
    pub answerer: Option<super::Party>,
    /// The country a first-party text's header names, for a voice whose id names none.
    pub voice_side: Option<String>,
    /// The organisations whose names alone make the text's first lines (see
    /// `publisher::heading`): the bodies its formal text calls "the Court", « la Chambre ».
    pub heading: std::rc::Rc<[super::Party]>,
    /// The short names the text defines for parties ("the Company"; see `defined`).
    pub defined: std::rc::Rc<[super::defined::Term]>,
    /// Tokens before this index are a transcript label ("Q:", "Jane Roe:"), no party.
    pub label_end: usize,
    /// In a transcript, the sentence where this sentence's turn begins: a speaker of an
    /// earlier turn is no recent speaker of this one.
    pub turn_start: Option<usize>,
    /// Words set within a text and credited to one speaker (a letter quoted whole, a
    /// quotation with a credit line): no transcript, whose text has no voice of its own.
    pub framed: bool,
    /// The sentence's first word is one the article capitalises inside sentences too:
    /// a name ("Velmarine confirmed …"), not a common word capitalised by its place.
    pub opening_named: bool,
    /// The article's language (where an adjective stands: "the federal prosecutor", « le
    /// parquet fédéral »).
    pub lang: Lang,
}

impl<'m> Facts<'m> {
    /// Analyse one sentence.
    pub fn of(sentence: &'m Sentence, mentions: &'m [Mention], lang: Lang) -> Facts<'m> {
        let mut tokens = tokenize(&sentence.text, sentence.start);
        // A claim is said in a sentence, not a book: a run-on "sentence" (a text
        // without stops) is read up to a bound, which keeps the rules linear.
        tokens.truncate(MAX_TOKENS);
        let words = word_indices(&tokens);
        let [cue_steps, side_steps] = root_steps(lang, &tokens, &words);
        let hits = cue_hits(&tokens, &words, &cue_steps, lang);
        let sides = outermost(find_stepped(lexicon::sides(), &tokens, &words, &side_steps));
        let inside = mentions_inside(sentence, mentions, &tokens);
        let year = year_of(&tokens);
        let groups = groups_of(&inside, &tokens);
        let malware = ids_of(&inside, EntityType::Malware);
        let (marks, families) = marks_of(&hits, tokens.len());
        Facts {
            tokens,
            hits,
            marks,
            families,
            sides,
            mentions: inside,
            quoted: false,
            quote_end: false,
            quote_start: None,
            headline: false,
            year,
            groups,
            malware,
            entity_layer: !mentions.is_empty(),
            direct: false,
            own_text: false,
            answerer: None,
            voice_side: None,
            heading: std::rc::Rc::from([]),
            defined: std::rc::Rc::from([]),
            label_end: 0,
            turn_start: None,
            framed: false,
            opening_named: false,
            lang,
        }
    }

    /// The families of the hits covering token `i` (none: 0).
    pub fn marks_at(&self, i: usize) -> u128 {
        self.marks.get(i).copied().unwrap_or(0)
    }

    /// A hit found after the lexicons' that reads the words it covers anew (see
    /// `declines`): the hits it holds give way to it.
    pub fn replace_hits(&mut self, hit: Hit) {
        self.hits
            .retain(|h| h.last < hit.first || h.first > hit.last || h.family == hit.family);
        self.add_hit(hit);
    }

    /// A hit found after the lexicons' (see `heads`), kept in reading order.
    pub fn add_hit(&mut self, hit: Hit) {
        let at = self.hits.partition_point(|h| h.first <= hit.first);
        self.hits.insert(at, hit);
        (self.marks, self.families) = marks_of(&self.hits, self.tokens.len());
    }

    /// Whether any phrase of the family was found.
    pub fn has(&self, family: Family) -> bool {
        self.families & family.bit() != 0
    }

    /// Whether the family has at least one hit and every one of them passes `test`
    /// ("every attack word is negated", "every accusing verb is one of reproach").
    pub fn every(&self, family: Family, test: impl Fn(&Hit) -> bool) -> bool {
        let mut hits = self.hits.iter().filter(|h| h.family == family).peekable();
        hits.peek().is_some() && hits.all(test)
    }

    /// The first hit of the family.
    pub fn first(&self, family: Family) -> Option<&Hit> {
        self.hits.iter().find(|h| h.family == family)
    }

    /// Whether token `i` is a word of the given class.
    pub fn is(&self, i: usize, family: Family) -> bool {
        self.is_any(i, family.bit())
    }

    /// Whether token `i` is a word of any class of the set (see [`Family::set`]).
    pub fn is_any(&self, i: usize, families: u128) -> bool {
        self.marks.get(i).is_some_and(|m| m & families != 0)
    }

    /// Whether the sentence reports speech (a reporting cue or a quotation passage).
    pub fn reported(&self) -> bool {
        self.quoted
            || self.direct
            || self.has(Family::Report)
            || self.has(Family::According)
            || self.has(Family::Evidence)
            || self.has(Family::Hedge)
    }

    /// Whether the whole sentence is one quotation: it opens with a quotation mark and
    /// closes with one (a final stop aside).
    pub fn whole_quotation(&self) -> bool {
        // The sentence's marks, read from either end.
        let marks = || self.tokens.iter().filter(|t| !t.word).map(|t| t.raw);
        let opens = marks()
            .next()
            .is_some_and(|m| matches!(m, "«" | "“" | "\""));
        let closes = marks()
            .rev()
            .find(|m| !matches!(*m, "." | "!" | "?" | "…"))
            .is_some_and(|m| matches!(m, "»" | "”" | "\""));
        opens && closes && self.tokens.first().is_some_and(|t| !t.word)
    }

    /// Whether the sentence speaks of an attack or of who is behind one.
    pub fn attack_content(&self) -> bool {
        self.has(Family::Attack)
            || self.has(Family::AttribPre)
            || self.has(Family::AttribPost)
            || !self.groups.is_empty()
            || !self.malware.is_empty()
    }
}

/// How many words before a stance verb a negation may stand and still negate it
/// ("n'a pas condamné", "has never publicly admitted").
const NEGATION_REACH: usize = 3;
/// How many tokens a dateline may take before its dash ("Ville, 12 mai 2024 –").
const DATELINE_TOKENS: usize = 12;
/// The years a sentence may name as an event's: the era of state cyberattacks
/// (a number outside it is a quantity, not a year).
const YEARS: std::ops::Range<u32> = 1990..2040;
/// How many capitals open a threat group's code name (APT40, UNC2452, TA505).
const GROUP_CODE_LETTERS: std::ops::RangeInclusive<usize> = 2..=4;
/// How many sentences a quotation may stay open before an unclosed mark is taken for
/// a typo rather than a statement quoted over paragraphs.
const MAX_QUOTED_SENTENCES: usize = 20;

/// The cue hits of a sentence, without an accusing word used as an adjective ("the
/// alleged attack") and without a negated stance verb ("has never admitted").
fn cue_hits(tokens: &[Token], words: &[usize], steps: &[Steps], lang: Lang) -> Vec<Hit> {
    let mut hits = find_stepped(lexicon::cues(lang), tokens, words, steps);
    // A determiner, a numeral or a possessive right before a verb form makes it a noun:
    // "the alleged attack" (an adjective), "all three accused", « nos assurés », "The claims
    // are absurd".
    // (Each test below reads the hits as found, before any is dropped.)
    let opening = opening_marks(&hits, tokens.len());
    let opens = |p: usize, families: u128| opening[p] & families != 0;
    let determiner_at = |p: usize| opens(p, DETERMINERS);
    // A number that counts, not one that ends a date ("on Dec. 5 accused", "in 2018").
    let count = |p: usize| {
        let raw = tokens[p].raw;
        raw.bytes().all(|b| b.is_ascii_digit())
            && !raw.parse::<u32>().is_ok_and(|n| YEARS.contains(&n))
            && previous_word(tokens, p)
                .is_none_or(|q| crate::calendar::month(tokens[q].raw).is_none())
    };
    let noun = |h: &Hit| match h.family {
        // ("of alleged attacks": an accusing word after "of" too.)
        // ("warrants against suspects", "12 suspects": after "against" (`noun_before`), or
        // right after a count, too.)
        Family::Accuse => previous_word(tokens, h.first).is_some_and(|p| {
            determiner_at(p)
                || matches!(tokens[p].lower.as_str(), "of" | "de" | "des" | "du")
                || (p + 1 == h.first && count(p))
        }),
        // (A reporting word only right after its determiner: in "“… changes that,” said X"
        // a quotation's last word stands before the verb; after « de » an infinitive may.)
        // (« par écrit », in writing: after « par », no verb.)
        Family::Report if h.first == h.last => {
            h.first > 0
                && tokens[h.first - 1].word
                && (determiner_at(h.first - 1) || tokens[h.first - 1].lower == "par")
        }
        _ => false,
    };
    hits.retain(|h| !noun(h));
    // "has never admitted", "n'a pas condamné": a negated stance verb asserts nothing.
    let negated = |h: &Hit| {
        let mut k = h.first;
        (0..NEGATION_REACH).any(|_| match previous_word(tokens, k) {
            Some(p) => {
                k = p;
                opens(p, Family::Negation.bit())
            }
            None => false,
        })
    };
    hits.retain(|h| {
        !matches!(
            h.family,
            Family::Accuse | Family::Acknowledge | Family::Condemn | Family::Deny | Family::Urge
        ) || !negated(h)
    });
    // « ce prétendu collectif », "the so-called hacktivist group": doubting what an actor
    // calls itself is no denial of an accusation.
    let actor_next = |h: &Hit| {
        let next = (h.last + 1..tokens.len()).find(|&i| tokens[i].word);
        next.is_some_and(|n| opens(n, ACTORS))
    };
    hits.retain(|h| h.family != Family::DenyContent || !actor_next(h));
    if lang == Lang::Fr {
        hits.retain(|h| !super::framing::participle_clause(tokens, h));
        hits.extend(super::framing::view_of(tokens, &hits));
    }
    hits
}

/// The families of a word that makes the verb form after it a noun (see `cue_hits`).
const DETERMINERS: u128 = Family::set(&[Family::Determiner, Family::NounBefore]);
/// The families of a word that names an actor ("the so-called group").
const ACTORS: u128 = Family::set(&[Family::ThreatRef, Family::Actor]);

/// For each token the families of the hits that open there (bit `family as u128`).
fn opening_marks(hits: &[Hit], len: usize) -> Vec<u128> {
    let mut opening = vec![0u128; len];
    for h in hits {
        opening[h.first] |= h.family.bit();
    }
    opening
}

/// The entity mentions inside the sentence, as token ranges.
fn mentions_inside<'m>(
    sentence: &Sentence,
    mentions: &'m [Mention],
    tokens: &[Token],
) -> Vec<MentionAt<'m>> {
    // Mentions are sorted by start: look only at those of this sentence.
    let from = mentions.partition_point(|m| m.start < sentence.start);
    mentions[from..]
        .iter()
        .take_while(|m| m.start < sentence.end)
        .filter(|m| m.start >= sentence.start && m.end <= sentence.end && m.start < m.end)
        .filter_map(|m| {
            // Tokens are in text order: their starts and ends rise.
            let first =
                Some(tokens.partition_point(|t| t.end <= m.start)).filter(|&k| k < tokens.len())?;
            let last = tokens.partition_point(|t| t.start < m.end).checked_sub(1)?;
            (first <= last).then_some(MentionAt {
                first,
                last,
                mention: m,
            })
        })
        .collect()
}

/// The first year the sentence names after its dateline, if any.
fn year_of(tokens: &[Token]) -> Option<String> {
    // "Ville, 12 mai 2024 – …": a dateline's year dates the report, not the event.
    let dateline_end = tokens
        .iter()
        .take(DATELINE_TOKENS)
        .position(|t| matches!(t.raw, "–" | "—"))
        .map_or(0, |i| i + 1);
    tokens[dateline_end.min(tokens.len())..]
        .iter()
        .find(|t| {
            t.word && t.raw.len() == 4 && t.raw.parse::<u32>().is_ok_and(|y| YEARS.contains(&y))
        })
        .map(|t| t.raw.to_string())
}

/// The ids of the mentions of one entity type.
fn ids_of(inside: &[MentionAt], kind: EntityType) -> Vec<String> {
    inside
        .iter()
        .filter(|m| m.mention.kind == kind)
        .map(|m| m.mention.id.clone())
        .collect()
}

/// The threat groups the sentence names: group mentions, else code names.
fn groups_of(inside: &[MentionAt], tokens: &[Token]) -> Vec<String> {
    let mut groups = ids_of(inside, EntityType::Group);
    if groups.is_empty() {
        // Without the entity layer, a code name like APT40 or UNC2452 still names a group.
        groups = tokens
            .iter()
            .filter(|t| t.word && is_group_code(t.raw))
            .map(|t| t.lower.to_string())
            .collect();
    }
    groups.dedup();
    groups
}

/// For each token the families of the hits covering it, and the families of all hits.
fn marks_of(hits: &[Hit], len: usize) -> (Vec<u128>, u128) {
    let mut marks = vec![0u128; len];
    let mut families = 0;
    for h in hits {
        let bit = h.family.bit();
        families |= bit;
        for m in marks.iter_mut().take(h.last + 1).skip(h.first) {
            *m |= bit;
        }
    }
    (marks, families)
}

/// Mark the sentences of a transcript's answers as their answerer's own words.
pub(crate) fn mark_turns(sentences: &[Sentence], mentions: &[Mention], facts: &mut [Facts]) {
    for (f, turn) in facts
        .iter_mut()
        .zip(super::turns::turns(sentences, mentions))
    {
        f.direct = turn.answer;
        f.turn_start = turn.start;
        f.answerer = turn.answerer;
        f.framed = turn.framed;
        if turn.letter {
            f.own_text = true;
            f.quoted = false;
        }
        if turn.label_chars > 0 {
            let at = f.tokens.first().map_or(0, |t| t.start) + turn.label_chars;
            f.label_end = f.tokens.iter().position(|t| t.start >= at).unwrap_or(0);
        }
    }
}

/// Share of a sentence's words that may be capitalised before it reads as a title-case
/// heading ("Freedonia Blames Hackers For Port Outage"), whose capitals say nothing.
const TITLE_CASE_SHARE: f32 = 0.6;

/// Mark the sentences whose first word the article also capitalises inside a sentence
/// (not at its start, not in a title-case heading), opening a run of capitals: a name
/// no list knows, which
/// opening a sentence ("Velmarine confirmed …") still names a party.
pub(crate) fn mark_opening_names(facts: &mut [Facts]) {
    let named = opening_names(facts);
    for (f, named) in facts.iter_mut().zip(named) {
        f.opening_named = named;
    }
}

/// For each sentence, whether it opens on a name (see [`mark_opening_names`]).
fn opening_names(facts: &[Facts]) -> Vec<bool> {
    // (The words borrowed from the sentences' tokens: no copy of each.)
    let mut inside: Vec<&str> = Vec::new();
    for f in facts.iter() {
        // (Counted as read, with no list of the words made.)
        let (mut words, mut capitals) = (0, 0);
        for t in f.tokens[f.label_end.min(f.tokens.len())..]
            .iter()
            .filter(|t| t.word)
        {
            words += 1;
            capitals += usize::from(t.capitalised());
        }
        if words == 0 || capitals as f32 > TITLE_CASE_SHARE * words as f32 {
            continue;
        }
        // A word that opens its run of capitals ("Velmarine", "Velmarine Labs"), not
        // one inside a longer name ("Security" of "Freedonian Security Agency").
        let toks = &f.tokens[f.label_end.min(f.tokens.len())..];
        let first = toks.iter().position(|t| t.word).unwrap_or(0);
        inside.extend(
            toks.windows(2)
                .skip(first)
                .filter(|w| w[1].word && w[1].capitalised())
                .filter(|w| !(w[0].word && w[0].capitalised()))
                // A colon or an opening quotation mark opens an utterance, whose first word
                // is capitalised as any sentence's ("Jan Roe : Et qui accuse qui ?").
                .filter(|w| !matches!(w[0].raw, ":" | "«" | "“"))
                .map(|w| w[1].lower.as_str()),
        );
    }
    crate::order::sort(&mut inside);
    inside.dedup();
    facts
        .iter()
        .map(|f| {
            let first = f.tokens[f.label_end.min(f.tokens.len())..]
                .iter()
                .find(|t| t.word);
            first
                .is_some_and(|t| t.capitalised() && inside.binary_search(&t.lower.as_str()).is_ok())
        })
        .collect()
}

/// Tokens of a sentence the claim rules read.
pub(crate) const MAX_TOKENS: usize = 400;

/// Index of the word before token `i`, skipping marks.
pub(crate) fn previous_word(tokens: &[Token], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| tokens[j].word)
}

/// APT40, UNC2452, TA505: capitals then digits.
fn is_group_code(word: &str) -> bool {
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = word
        .chars()
        .skip(letters)
        .take_while(char::is_ascii_digit)
        .count();
    GROUP_CODE_LETTERS.contains(&letters) && digits > 0 && letters + digits == word.chars().count()
}

/// The opening and closing quotation marks of a text. A straight quote opens at the start
/// or after a space or bracket, and closes anywhere else.
fn quote_marks(text: &str) -> (usize, usize) {
    let (mut opens, mut closes) = (0, 0);
    let mut before: Option<char> = None;
    for c in text.chars() {
        match c {
            '«' | '“' => opens += 1,
            '»' | '”' => closes += 1,
            '"' if before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[')) => opens += 1,
            '"' => closes += 1,
            _ => {}
        }
        before = Some(c);
    }
    (opens, closes)
}

/// Whether a sentence opens with a quotation mark, after its speaker's label if it has one
/// ("Jan Roe: “…").
fn opens_with_mark(text: &str) -> bool {
    let rest: String = text.chars().skip(super::turns::label_chars(text)).collect();
    rest.trim_start().starts_with(['«', '“', '"'])
}

/// Mark the sentences inside quotations that span several sentences
/// (a statement quoted over paragraphs, closed by "», a-t-il déclaré").
pub(crate) fn mark_quoted(sentences: &[Sentence], facts: &mut [Facts]) {
    let mut open_at: Option<usize> = None;
    for (i, s) in sentences.iter().enumerate() {
        let (opens, closes) = quote_marks(&s.text);
        match open_at {
            None if opens > closes => open_at = Some(i),
            Some(from) if closes > opens => {
                // ("The minister said: “…" opens the quotation after its own speaker and
                // verb: those are no quoted words.)
                let inside = if opens_with_mark(&sentences[from].text) {
                    from
                } else {
                    from + 1
                };
                for f in &mut facts[inside..=i] {
                    f.quoted = true;
                    f.quote_start = Some(inside);
                }
                facts[i].quote_end = true;
                open_at = None;
            }
            Some(from) if i - from > MAX_QUOTED_SENTENCES => open_at = None,
            _ => {}
        }
    }
}

/// The hits no longer hit holds: « République populaire » inside « République populaire
/// démocratique de Corée » points to no country of its own.
fn outermost(hits: Vec<Hit>) -> Vec<Hit> {
    let inside = |h: &Hit, o: &Hit| {
        o.first <= h.first && h.last <= o.last && (o.first, o.last) != (h.first, h.last)
    };
    hits.iter()
        .filter(|h| !hits.iter().any(|o| inside(h, o)))
        .cloned()
        .collect()
}
