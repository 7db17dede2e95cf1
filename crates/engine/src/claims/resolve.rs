//! The article pass: decide each sentence's claims, resolve speakers against
//! the speakers seen so far, find targets (`draft`), then settle events and
//! counters.

use super::allegiance;
use super::cands::{candidates, Cand, Kind, Sides};
use super::carried;
use super::content::clear_accused;
use super::documents::{self, Document};
use super::draft::{draft, SentenceAt};
use super::events::{self, Draft, Event};
use super::facts::previous_word;
use super::facts::{mark_opening_names, mark_quoted, mark_turns, Facts};
use super::lexicon::Family;
use super::parties::speaker;
use super::publisher::FirstParty;
use super::speakers::{known, resolve, subject_phrase, Known};
use super::stance::{decide, Decision};
use super::titled;
use super::voice;
use super::{publisher, Party};
use super::{Claim, Stance};
use crate::article::Lang;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;
use crate::text::Text;
use std::collections::{BTreeMap, BTreeSet};

/// The stances a speaker's added words go on with: a charge, an answer to one.
const CONTINUED_STANCES: [Stance; 4] = [
    Stance::Accusation,
    Stance::CounterAccusation,
    Stance::Denial,
    Stance::Condemnation,
];

/// Whether the verb at token `first` comes after what is said: a comma or a closing quote
/// before it, past its auxiliary and an inverted pronoun (« , a-t-il ajouté »).
fn after_the_words(f: &Facts, first: usize) -> bool {
    let t = &f.tokens;
    let mark = (0..first).rev().find(|&i| {
        let filler = !t[i].word && matches!(t[i].raw, "-" | "\u{2011}")
            || (t[i].word
                && (f.is(i, Family::Aux) || f.is(i, Family::Pronoun) || t[i].lower == "t"));
        !filler
    });
    mark.is_some_and(|i| matches!(t[i].raw, "," | "»" | "”" | "\""))
}

/// How many sentences back a surname may name a speaker who goes on speaking
/// ("Dupont added" a sentence or two after Jan Dupont spoke).
const SURNAME_REACH_SENTENCES: usize = 3;
/// How many sentences back a pronoun or role may name a speaker who goes on speaking:
/// only the sentence just before.
const PRONOUN_REACH_SENTENCES: usize = 1;

/// How many sentences the headline lines that open a text may span (a masthead, a section
/// line, the headline itself, a deck).
const HEADLINE_LINES: usize = 4;

/// How many sentences open the text as headline lines: each its own paragraph with no final
/// stop ("THE DAILY", "NATIONAL / CRIME", then the headline), before the first body line.
fn headline_lines(sentences: &[Sentence]) -> usize {
    let line = |i: usize| {
        let s: &Sentence = &sentences[i];
        let alone = sentences
            .get(i + 1)
            .is_some_and(|n| n.paragraph != s.paragraph);
        alone && !s.text.trim_end().ends_with(['.', '!', '?', '»', '”'])
    };
    (0..sentences.len().min(HEADLINE_LINES))
        .take_while(|&i| line(i))
        .count()
}

/// Draft `d` speaks as `k`. A body the words made their subject is the one `k` speaks
/// for: its side, and no target.
fn respeak(d: &mut Draft, k: &Known) {
    let was = d.speaker.replace(k.party.clone());
    if was.is_some() && d.target.as_ref().map(|t| &t.id) == was.as_ref().map(|w| &w.id) {
        d.target = None;
        d.target_side = None;
    }
    d.speaker_side = k.side.clone().or(d.speaker_side.take());
}

/// See [`super::extract`].
pub(crate) fn extract(
    text: &Text,
    sentences: &[Sentence],
    mentions: &[Mention],
    lang: Lang,
) -> Vec<Claim> {
    let (mut facts, own) = read_sentences(sentences, mentions, lang);
    let mut sides = Sides::default();
    let cands: Vec<Vec<Cand>> = facts.iter().map(|f| candidates(f, &mut sides)).collect();
    let voice = opening_voice(own.as_ref(), &facts, &cands);
    let introduced = allegiance::people_sides(&facts, &cands);
    for f in facts.iter_mut().take(headline_lines(sentences)) {
        f.headline = true;
    }
    let holders = titled::titled(&facts, &cands);
    let mut pass = Pass {
        text,
        sentences,
        body: own.as_ref().map(|o| o.body),
        voice,
        history: Vec::new(),
        drafts: Vec::new(),
        responds: BTreeSet::new(),
        answered_later: Vec::new(),
        turns: facts.iter().map(|f| f.turn_start).collect(),
        passage: Vec::new(),
        passage_voice: None,
        credit: None,
        statement: None,
        titled: &holders,
        introduced,
    };
    let (mut named, mut threats, mut people): (Vec<Known>, Vec<Known>, Vec<Known>) =
        (Vec::new(), Vec::new(), Vec::new());
    let mut subjects: Vec<Known> = Vec::new();
    let mut documents: Vec<Document> = Vec::new();
    let mut accused: Vec<String> = Vec::new();
    let home = super::home::home_country(sentences, mentions);
    let province = super::home::own_place(mentions);
    for si in 0..facts.len() {
        let s = SentenceAt {
            index: si,
            facts: &facts[si],
            cands: &cands[si],
            prev: si.checked_sub(1).map(|p| (&facts[p], cands[p].as_slice())),
            named: &named,
            threats: &threats,
            people: &people,
            subjects: &subjects,
            documents: &documents,
            holders: &holders,
            accused: &accused,
            home: home.as_deref(),
            province: province.as_deref(),
        };
        pass.sentence(&s);
        let charged = pass.drafts.iter().rev().take_while(|d| d.sentence == si);
        for d in charged.filter(|d| d.stance == Stance::Accusation) {
            if let Some(side) = d.target_side.as_ref().filter(|t| !accused.contains(t)) {
                accused.push(side.clone());
            }
        }
        let authored = documents::authored(&facts[si], &cands[si], si);
        pass.lend_authors(si, &authored);
        documents.extend(authored);
        named.extend(named_of(&facts[si], &cands[si], si, EntityType::Org));
        threats.extend(named_of(&facts[si], &cands[si], si, EntityType::Group));
        let named_people = named_of(&facts[si], &cands[si], si, EntityType::Person);
        subjects.extend(opening_person(&cands[si], &named_people));
        people.extend(named_people);
    }
    super::leads::voice_quoted_leads(&mut pass.drafts, sentences, &people);
    super::replies::voice_bare_replies(&mut pass.drafts, sentences, mentions);
    let mut claims = pass.settle(&facts);
    for c in &mut claims {
        for party in [&mut c.speaker, &mut c.target].into_iter().flatten() {
            readable_name(party, lang);
        }
    }
    claims
}

/// A party written as an adjective or a lowercase word ("américaines", "russe") is shown
/// by the name the knowledge base gives it in the article's language ("États-Unis").
fn readable_name(party: &mut Party, lang: Lang) {
    let lowercase = party.name.chars().next().is_some_and(char::is_lowercase);
    if let Some(entry) = crate::entities::lookup(&party.id).filter(|_| lowercase) {
        party.name = entry.name(lang.code()).to_string();
    }
}

/// Each sentence's facts, with quotations, transcript turns and a first-party text's
/// own voice marked; and the first party, if the text is one.
fn read_sentences<'m>(
    sentences: &'m [Sentence],
    mentions: &'m [Mention],
    lang: Lang,
) -> (Vec<Facts<'m>>, Option<FirstParty>) {
    let mut facts: Vec<Facts> = sentences
        .iter()
        .map(|s| Facts::of(s, mentions, lang))
        .collect();
    mark_quoted(sentences, &mut facts);
    mark_turns(sentences, mentions, &mut facts);
    mark_opening_names(&mut facts);
    super::heads::mark_name_heads(&mut facts);
    super::declines::mark_declined_verbs(&mut facts);
    let transcript = facts
        .iter()
        .any(|f| (f.direct || f.turn_start.is_some()) && !f.framed);
    let own = (!transcript)
        .then(|| publisher::first_party(sentences, mentions))
        .flatten();
    if let Some(fp) = &own {
        mark_own_text(&mut facts, fp);
    }
    let heading: std::rc::Rc<[Party]> = publisher::heading(sentences, mentions).into();
    let defined: std::rc::Rc<[super::defined::Term]> =
        super::defined::terms(sentences, mentions).into();
    for f in &mut facts {
        f.heading = heading.clone();
        f.defined = defined.clone();
    }
    super::signed::mark_signed(sentences, mentions, &mut facts);
    (facts, own)
}

/// A quotation of up to this many sentences after its first says one thing with one
/// stance (a remark and its gist); a longer one is a statement that says many.
const SHORT_QUOTATION_SENTENCES: usize = 1;

/// The text's own sentences, outside quotations, are its publisher's words.
fn mark_own_text(facts: &mut [Facts], fp: &FirstParty) {
    for f in facts.iter_mut().skip(fp.body) {
        let quotes = f
            .tokens
            .iter()
            .any(|t| matches!(t.raw, "«" | "»" | "“" | "”" | "\""));
        if !f.quoted && !quotes && !f.framed {
            f.direct = true;
            f.own_text = true;
            f.answerer.clone_from(&fp.publisher);
            f.voice_side.clone_from(&fp.side);
        }
    }
}

/// The organisations (or threat groups) a sentence names, for a later "the company",
/// « le régulateur » (or "the actor") to refer to.
fn named_of(f: &Facts, cands: &[Cand], si: usize, kind: EntityType) -> Vec<Known> {
    cands
        .iter()
        .filter(|c| matches!(c.kind, Kind::Named | Kind::Person) && !c.weak && c.group.is_none())
        // "on X", « sur Telegram »: where something was said, not a party a later "it" means.
        // (Unless an attack's noun governs it: "the attack on Velmar SpA" names the victim.)
        .filter(|c| {
            !c.first.checked_sub(1).is_some_and(|p| {
                f.is(p, Family::MediumPrep)
                    && !previous_word(&f.tokens, p).is_some_and(|a| f.is(a, Family::Attack))
            })
        })
        .filter(|c| {
            f.mentions
                .iter()
                .any(|m| m.first == c.first && m.last == c.last && m.mention.kind == kind)
        })
        .map(|c| known(c, si))
        .collect()
}

/// The first person the sentence names, unless a pronoun comes before it: the subject
/// it opens on ("Jan Roe runs the port", "Port chief Jan Roe was …"), not "He met Jan Roe".
fn opening_person(cands: &[Cand], people: &[Known]) -> Option<Known> {
    let first = cands.iter().find(|c| c.kind == Kind::Person)?;
    let after_pronoun = cands
        .iter()
        .any(|c| c.kind == Kind::Pronoun && c.last < first.first);
    if after_pronoun {
        return None;
    }
    people
        .iter()
        .find(|k| k.party.id == known(first, k.sentence).party.id)
        .cloned()
}

/// How many body sentences may pass, headings and field lines of an advisory among them
/// ("Summary", "Systems affected", "Windows workstations"), before the one that names its
/// issuer.
const OPENING_VOICE_SENTENCES: usize = 4;

/// Failing a publisher the header names, the organisation the body opens with (never
/// the threat group it reports on): any party in its first sentence, else the first
/// organisation of the next few.
fn opening_voice(own: Option<&FirstParty>, facts: &[Facts], cands: &[Vec<Cand>]) -> Option<Party> {
    let o = own?;
    let threat = |si: usize, c: &Cand| {
        facts.get(si).is_some_and(|f| {
            f.mentions.iter().any(|m| {
                m.first == c.first
                    && matches!(m.mention.kind, EntityType::Group | EntityType::Malware)
            })
        })
    };
    (o.body..cands.len())
        .take(OPENING_VOICE_SENTENCES)
        .find_map(|si| {
            let first = cands[si].iter().find(|c| {
                let kind = if si == o.body {
                    matches!(c.kind, Kind::Named | Kind::Place | Kind::Person)
                } else {
                    c.kind == Kind::Named
                };
                kind && !c.weak && !c.possessive && !threat(si, c)
            })?;
            Some(known(first, si).party)
        })
}

/// What the article pass carries from one sentence to the next.
struct Pass<'a> {
    text: &'a Text<'a>,
    sentences: &'a [Sentence],
    /// The first body sentence of a first-party text.
    body: Option<usize>,
    /// Who speaks in a first-party text's own voice.
    voice: Option<Party>,
    /// Speakers met so far.
    history: Vec<Known>,
    drafts: Vec<Draft>,
    /// (side, side it answers): "the remarks come after officials of X accused…".
    responds: BTreeSet<(String, String)>,
    /// (sentence, side answered) of responses whose responder is the speaker heard last.
    answered_later: Vec<(usize, String)>,
    /// Where each sentence's transcript turn begins, if the text is a transcript.
    turns: Vec<Option<usize>>,
    /// Drafts of the quotation still open, whose speaker its closing cue names.
    passage: Vec<usize>,
    /// The voice credited just before the open quotation began (see `carried`).
    passage_voice: Option<Known>,
    /// Whom the last sentence that credits quoted words credits them to (see `carried`).
    credit: Option<Known>,
    /// The author a statement names, and the sentence where it was named.
    statement: Option<(Known, usize)>,
    /// People introduced with a role, for that role named alone.
    titled: &'a [titled::Titled],
    /// The side each person had where the article introduced them.
    introduced: BTreeMap<String, String>,
}

impl Pass<'_> {
    /// Decide one sentence's claims and draft their parties.
    fn sentence(&mut self, s: &SentenceAt) {
        let (f, si) = (s.facts, s.index);
        if self.statement.is_none() {
            self.statement = self.statement_author(s);
        }
        self.note_lead_in(s);
        // Inside a quotation the speaker is whoever the closing cue names, unless the
        // quotation stops here for a verb of saying set between commas, which names it.
        let mut decisions = decide(f);
        let deferred = f.quoted && !f.quote_end && !decisions.iter().any(|d| incise(f, d));
        if decisions.is_empty() {
            decisions.extend(continued_statement(s, &self.drafts, &self.history));
        }
        if f.quoted && f.quote_start == Some(si) {
            self.passage_voice = self.credited_before(s);
        }
        let carried = (!f.quoted && carried::uncredited_whole(f))
            .then(|| self.credited_before(s))
            .flatten();
        for d in &decisions {
            self.add(s, d, deferred);
        }
        // (The incise's speaker is the quotation's voice, whatever was credited before it.)
        if f.quoted && !f.quote_end && !deferred {
            let named = self.history.last().filter(|k| k.sentence == si).cloned();
            if named.is_some() {
                self.passage_voice = named;
            }
        }
        if let Some(k) = carried {
            self.speak_as(si, &k);
        }
        if let Some(who) = super::retro::credited(s, &self.history) {
            super::retro::credit_back(&mut self.drafts, s, &who, !decisions.is_empty());
            self.history.push(who);
        }
        if decisions.is_empty() && f.whole_quotation() {
            self.continue_quotation(s);
        } else if decisions.is_empty() {
            self.note_heard(s);
        }
        self.note_credit(s);
        if f.quote_end {
            self.close_passage(f, si);
        }
        self.note_response(s);
    }

    /// "…, according to a report released on Tuesday. The report was issued by the
    /// Institute.": the claims of the sentence before, spoken by a document with no known
    /// author, speak with the author this sentence gives it.
    fn lend_authors(&mut self, si: usize, authored: &[Document]) {
        let Some(author) = authored.first().map(|d| &d.author) else {
            return;
        };
        for d in self
            .drafts
            .iter_mut()
            .rev()
            .take_while(|d| d.sentence + 1 >= si)
        {
            if d.from_document && d.speaker.is_none() && d.sentence < si {
                d.speaker = Some(author.party.clone());
                d.speaker_side.clone_from(&author.side);
            }
        }
    }

    /// "The minister said:", « a déclaré le ministre : »: a line that ends with a
    /// colon after a reporting verb introduces the quotation that follows, which speaks
    /// with the speaker it names (the speaker heard last).
    fn note_lead_in(&mut self, s: &SentenceAt) {
        let f = s.facts;
        let colon = f.tokens.last().is_some_and(|t| t.is(":"));
        let Some(cue) = f
            .first(Family::Report)
            .filter(|_| colon && f.label_end == 0)
        else {
            return;
        };
        let named = speaker(f, s.cands, cue)
            .cand
            .map(|c| resolve(c, &self.history, s, s.index));
        if let Some(k) = named.or_else(|| subject_phrase(f, cue, s.index)) {
            self.history.push(k);
        }
    }

    /// "“…,” says Jan Dupont, the company's chairman.": words with no claim still make
    /// their speaker the one heard last, whom a quotation after them or a "he" takes up.
    fn note_heard(&mut self, s: &SentenceAt) {
        let f = s.facts;
        let Some(cue) = f.first(Family::Report).filter(|_| f.label_end == 0) else {
            return;
        };
        let named = speaker(f, s.cands, cue)
            .cand
            .filter(|c| matches!(c.kind, Kind::Person | Kind::Named))
            .map(|c| resolve(c, &self.history, s, s.index));
        if let Some(k) = named {
            self.history.push(k);
        }
    }

    /// The author of a statement the sentence names, its side from the role before it
    /// ("spokesperson of the ministry of X").
    fn statement_author(&self, s: &SentenceAt) -> Option<(Known, usize)> {
        voice::author(s.facts, s.cands).map(|c| {
            let mut k = resolve(c, &self.history, s, s.index);
            // ("Statement by Jan Roe, Permanent Representative of Freedonia": else the
            // role in apposition after the name.)
            k.side = k.side.or_else(|| {
                s.cands
                    .iter()
                    .rev()
                    .filter(|o| o.last < c.first)
                    .find_map(|o| o.side.clone())
                    .or_else(|| {
                        s.cands
                            .iter()
                            .filter(|o| o.first > c.last)
                            .find_map(|o| o.side.clone())
                    })
            });
            (k, s.index)
        })
    }

    /// Draft one decision and keep it, unless it repeats a claim of the sentence or is
    /// a first-party text's aimless sentence.
    fn add(&mut self, s: &SentenceAt, d: &Decision, deferred: bool) {
        let (f, si) = (s.facts, s.index);
        let mut draft = draft(
            self.text,
            s,
            d,
            &mut self.history,
            deferred,
            self.voice.as_ref(),
        );
        if d.shares_speaker {
            if let Some(o) = self.drafts.iter().rev().find(|o| o.sentence == si) {
                draft.speaker.clone_from(&o.speaker);
                draft.speaker_side.clone_from(&o.speaker_side);
                draft.target.clone_from(&o.target);
                draft.target_side.clone_from(&o.target_side);
            }
        }
        if self.voice.is_none() && self.body.is_some_and(|b| si >= b) {
            self.voice.clone_from(&draft.speaker);
        }
        // The same speaker saying the same thing twice in a sentence is one claim.
        let repeated = self
            .drafts
            .iter()
            .rev()
            .take_while(|o| o.sentence == si)
            .any(|o| {
                o.stance == draft.stance
                    && o.speaker.as_ref().map(|p| &p.id) == draft.speaker.as_ref().map(|p| &p.id)
            });
        // A first-party text's plain sentence accuses only someone it names.
        // A heading (a line with no final stop) asserts nothing by itself.
        let heading = !self.sentences[si]
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '»', '”', '"']);
        let aimless = f.own_text
            && draft.cue.is_none()
            && (heading || draft.target.is_none())
            && draft.stance == Stance::Accusation;
        if repeated || aimless {
            return;
        }
        if f.quoted {
            self.passage.push(self.drafts.len());
        }
        draft.sentence = si;
        self.go_on(f, d, &mut draft);
        self.drafts.push(draft);
    }

    /// "…, he added", « a-t-il ajouté »: a speaker adding words with no stance of their own
    /// goes on with the claim they made in the sentence before, against the same party.
    fn go_on(&self, f: &Facts, d: &Decision, draft: &mut Draft) {
        // Only words set before the verb ("…, he added"): "he added that talks would go on"
        // says something new.
        let adds = d.cue.as_ref().is_some_and(|c| {
            c.family == Family::Report
                && (c.first..=c.last).any(|i| f.is(i, Family::Continues))
                && after_the_words(f, c.first)
        });
        if !adds || draft.stance != Stance::OtherClaim || draft.speaker.is_none() {
            return;
        }
        let before = self.drafts.iter().rev().find(|o| {
            o.sentence + 1 == draft.sentence
                && o.speaker.as_ref().map(|p| &p.id) == draft.speaker.as_ref().map(|p| &p.id)
        });
        if let Some(o) = before.filter(|o| CONTINUED_STANCES.contains(&o.stance)) {
            draft.stance = o.stance;
            if draft.target.is_none() {
                draft.target.clone_from(&o.target);
                draft.target_side.clone_from(&o.target_side);
            }
        }
    }

    /// A quotation closes in sentence `si`: its earlier sentences speak with the
    /// speaker its closing cue names.
    fn close_passage(&mut self, f: &Facts, si: usize) {
        let opened_after = self.passage_voice.take();
        // The closing credit names the voice ("…,” he said"), else the credit before.
        let voice = match carried::credit(f) {
            Some(_) => self.credit.clone().filter(|k| k.sentence == si),
            None => opened_after,
        };
        if let Some(k) = voice {
            for &p in &self.passage {
                respeak(&mut self.drafts[p], &k);
            }
            self.speak_as(si, &k);
        }
        let who = self
            .drafts
            .iter()
            .rev()
            .take_while(|d| d.sentence == si)
            .last()
            .map(|d| (d.speaker.clone(), d.speaker_side.clone()));
        if let Some((party, side)) = who.filter(|w| w.0.is_some()) {
            for &p in &self.passage {
                self.drafts[p].speaker = party.clone();
                self.drafts[p].speaker_side = side.clone();
            }
        }
        // One short quotation, one stance: a sentence of it with no stance of its own (a
        // bare reporting verb) takes the stance the rest of the quotation has. A statement
        // quoted over paragraphs says many things.
        let closing = self.drafts.iter().rposition(|d| d.sentence == si);
        let members: Vec<usize> = self.passage.iter().copied().chain(closing).collect();
        let opened = members.iter().map(|&p| self.drafts[p].sentence).min();
        let short = opened.is_some_and(|o| o + SHORT_QUOTATION_SENTENCES >= si);
        let members = if short { members } else { Vec::new() };
        let stance = members
            .iter()
            .map(|&p| self.drafts[p].stance)
            .find(|&st| st != Stance::OtherClaim);
        if let Some(stance) = stance {
            for &p in &members {
                if self.drafts[p].stance == Stance::OtherClaim {
                    self.drafts[p].stance = stance;
                }
            }
        }
        self.passage.clear();
    }

    /// The voice credited in the sentence before, if it credits quoted words to someone
    /// (see `carried`).
    fn credited_before(&self, s: &SentenceAt) -> Option<Known> {
        self.credit
            .as_ref()
            .filter(|k| k.sentence + 1 == s.index)
            .cloned()
    }

    /// Whom the sentence credits quoted words to, if it does: the speaker its reporting
    /// verb outside the quotation names, else the speaker its claims were given.
    fn note_credit(&mut self, s: &SentenceAt) {
        let f = s.facts;
        let Some(cue) = carried::credit(f) else {
            return;
        };
        let si = s.index;
        let drafted = self
            .drafts
            .iter()
            .rev()
            .take_while(|d| d.sentence == si)
            .find_map(|d| d.speaker.clone().map(|p| (p, d.speaker_side.clone())));
        // The name or pronoun the reporting verb gives ("…,” said Jan Roe"), else the
        // speaker the sentence's claims were given.
        let cand = speaker(f, s.cands, cue).cand;
        let named = cand
            .filter(|c| matches!(c.kind, Kind::Person | Kind::Named | Kind::Pronoun))
            .map(|c| resolve(c, &self.history, s, si));
        let heard = |(party, side): (Party, Option<String>)| {
            self.history
                .iter()
                .rev()
                .find(|k| k.party.id == party.id)
                .map(|k| Known {
                    sentence: si,
                    side: side.or(k.side.clone()),
                    ..k.clone()
                })
        };
        self.credit = named.or_else(|| drafted.and_then(heard));
    }

    /// The drafts of sentence `si` speak as `k`, heard again there.
    fn speak_as(&mut self, si: usize, k: &Known) {
        for d in self
            .drafts
            .iter_mut()
            .rev()
            .take_while(|d| d.sentence == si)
        {
            respeak(d, k);
        }
        self.history.push(Known {
            sentence: si,
            ..k.clone()
        });
    }

    /// A quoted sentence with no cue of its own, right after a claim, goes on with that
    /// claim: same speaker, stance and target.
    /// When the quotation names its own speaker ("“…,” Roe told reporters"), that
    /// speaker goes on with the claim.
    fn continue_quotation(&mut self, s: &SentenceAt) {
        let si = s.index;
        let previous = self
            .drafts
            .iter()
            .rev()
            .find(|d| d.sentence + 1 == si && d.speaker.is_some())
            .cloned();
        let Some(mut d) = previous else {
            return;
        };
        let named = s
            .facts
            .first(Family::Report)
            .and_then(|cue| speaker(s.facts, s.cands, cue).cand)
            .filter(|c| matches!(c.kind, Kind::Person | Kind::Named));
        if let Some(c) = named {
            let k = resolve(c, &self.history, s, si);
            d.speaker = Some(k.party.clone());
            d.speaker_side = k.side.clone();
            self.history.push(k);
        }
        d.sentence = si;
        d.cue = None;
        self.drafts.push(d);
    }

    /// "The remarks come after officials of X accused…": the side before the response
    /// words answers the other side after them.
    fn note_response(&mut self, s: &SentenceAt) {
        let Some(h) = s.facts.first(Family::Response) else {
            return;
        };
        // « « … », a réagi l'ambassade »: a verb of answering that reports words names who
        // speaks after it, not whom it answers.
        let reports = s
            .facts
            .hits
            .iter()
            .any(|r| r.family == Family::Report && r.first <= h.first && h.last <= r.last);
        if reports {
            return;
        }
        let before = s
            .cands
            .iter()
            .rev()
            .filter(|c| c.last < h.first && c.kind != Kind::Role(Family::RoleDoc))
            .find_map(|c| resolve(c, &self.history, s, s.index).side);
        let after = |side: &String| {
            s.cands
                .iter()
                .filter(|c| c.first > h.last)
                .find_map(|c| c.side.clone().filter(|o| o != side))
        };
        if let Some(pair) = before.clone().and_then(|b| after(&b).map(|o| (b, o))) {
            self.responds.insert(pair);
        }
        // "The remarks came after officials of X accused…": no party before the response
        // words; the responder is whoever spoke last, once every speaker's side is known.
        let named_before = s.cands.iter().any(|c| c.last < h.first);
        if before.is_none() && !named_before {
            let answered = s
                .cands
                .iter()
                .filter(|c| c.first > h.last)
                .find_map(|c| c.side.clone());
            if let Some(side) = answered {
                self.answered_later.push((s.index, side));
            }
        }
    }

    /// The responses whose responder is the speaker heard last (see `note_response`). A
    /// responder with no side yet speaks for the side the answered accusation blames.
    fn responders_heard_last(&mut self) {
        for (si, answered) in std::mem::take(&mut self.answered_later) {
            let Some(last) = self.drafts.iter().rposition(|d| d.sentence < si) else {
                continue;
            };
            let blamed = self
                .drafts
                .iter()
                .filter(|d| d.sentence == si && d.speaker_side.as_ref() == Some(&answered))
                .find_map(|d| d.target_side.clone());
            if self.drafts[last].speaker_side.is_none() {
                let who = self.drafts[last].speaker.clone();
                for d in self
                    .drafts
                    .iter_mut()
                    .filter(|d| who.is_some() && d.speaker == who)
                {
                    d.speaker_side.clone_from(&blamed);
                }
            }
            if let Some(side) = self.drafts[last].speaker_side.clone() {
                if side != answered {
                    self.responds.insert((side, answered));
                }
            }
        }
    }

    /// Settle events and counter-accusations over the article, and turn the drafts
    /// into claims.
    fn settle(mut self, facts: &[Facts]) -> Vec<Claim> {
        // Counters need the events (whom a bad-faith charge answers), and events need
        // the counters (an answer does not move the discussion): settle one, then the other.
        if let Some((author, from)) = &self.statement {
            voice::speak_for_country(&mut self.drafts, author, *from);
        }
        titled::name_bare_roles(&mut self.drafts, self.titled, facts);
        super::replies::voice_announced(&mut self.drafts, self.sentences);
        super::described::name_described_bodies(&mut self.drafts, facts);
        super::headline::voice_headline(&mut self.drafts);
        clear_accused(&mut self.drafts);
        let first = events::assign(&mut self.drafts);
        events::aim_answers(&mut self.drafts, &first, true);
        allegiance::infer_sides(&mut self.drafts, &first, &self.turns, &self.introduced);
        allegiance::no_self_accusation(&mut self.drafts);
        allegiance::accused_labels_the_charge(&mut self.drafts, &first);
        self.responders_heard_last();
        let latest = facts.iter().filter_map(|f| f.year.as_deref()).max();
        events::mark_counters(&mut self.drafts, &self.responds, latest);
        super::clefts::turn_back(&mut self.drafts, facts);
        // (Once counter-charges are known: the story's accuser is no accused side.)
        super::agentless::voice_agentless(&mut self.drafts, facts);
        let events = events::assign(&mut self.drafts);
        events::aim_answers(&mut self.drafts, &events, false);
        let sentences = self.sentences;
        self.drafts
            .into_iter()
            .map(|d| claim(sentences, &events, d))
            .collect()
    }
}

/// The claim a draft makes once its event is known: a counter-accusation or an
/// accusation with no target of its own aims at the event's accuser or accused.
fn claim(sentences: &[Sentence], events: &[Event], mut d: Draft) -> Claim {
    let e = &events[d.about];
    let own = e.accuser_side.is_some() && e.accuser_side == d.speaker_side;
    if d.target.is_none() && d.stance == Stance::CounterAccusation && !own {
        d.target = e.accuser.clone();
    }
    if d.target.is_none() && matches!(d.stance, Stance::Accusation | Stance::Condemnation) {
        d.target = e.target.clone();
    }
    Claim {
        sentence: d.sentence,
        text: sentences[d.sentence].text.clone(),
        speaker: d.speaker,
        stance: d.stance,
        target: d.target,
        about: e.slug.clone(),
        cue: d.cue,
    }
}

/// "He added that …", "Dupont added …": a speaker who made a claim in the sentence
/// just before goes on speaking about the conflict, even without its words.
fn continued_statement(s: &SentenceAt, drafts: &[Draft], history: &[Known]) -> Option<Decision> {
    let (f, si) = (s.facts, s.index);
    let cue = f.first(Family::Report)?;
    let c = speaker(f, s.cands, cue).cand?;
    let surname = matches!(c.kind, Kind::Person | Kind::Named) && !c.name.contains(' ');
    let refers_back = matches!(c.kind, Kind::Pronoun | Kind::Role(_)) || surname;
    let back = resolve(c, history, s, si);
    // "the company … said" is no country going on speaking.
    if c.kind == Kind::Role(Family::RoleOrg) && back.kind == Kind::Place {
        return None;
    }
    let same = back.party.id;
    // A pronoun or role goes on from the sentence just before; a surname ("Dupont
    // added") names its speaker again a few sentences later.
    let reach = if surname {
        SURNAME_REACH_SENTENCES
    } else {
        PRONOUN_REACH_SENTENCES
    };
    let spoke = drafts
        .iter()
        .rev()
        .take_while(|d| d.sentence + reach >= si)
        .find(|d| d.speaker.as_ref().is_some_and(|p| p.id == same));
    // A quotation ("“…,” Roe told reporters") goes on with the claim's stance; a
    // reported sentence ("He added that …") says something more about the conflict.
    let stance = match spoke {
        Some(d) if f.whole_quotation() => d.stance,
        _ => Stance::OtherClaim,
    };
    (refers_back && spoke.is_some()).then(|| Decision {
        stance,
        cue: Some(cue.clone()),
        smear: false,
        shares_speaker: false,
    })
}

/// « Ce qu'ils voulaient, a expliqué X, chef des opérations. C'est … »: a verb of saying
/// right after a comma inside a quotation that goes on into the next sentence names its
/// speaker there (an incise), before the quotation closes.
fn incise(f: &Facts, d: &Decision) -> bool {
    let t = &f.tokens;
    d.cue.as_ref().is_some_and(|c| {
        // (Its auxiliary before it: « , a expliqué X ».)
        let mut k = c.first;
        while k > 0 && t[k - 1].word && (f.is(k - 1, Family::Aux) || f.is(k - 1, Family::Perfect)) {
            k -= 1;
        }
        // (A pronoun credits no one new: « , a-t-il dit » takes up who spoke before.)
        let pronoun = (k..(c.last + 2).min(t.len())).any(|i| f.is(i, Family::Pronoun));
        // (A verb of admitting or denying may credit too: « , a reconnu X ».)
        matches!(
            c.family,
            Family::Report | Family::Acknowledge | Family::Deny | Family::Condemn
        ) && k > 0
            && t[k - 1].is(",")
            && !pronoun
            && super::parties::in_quoted_words(t, c.first)
    })
}
