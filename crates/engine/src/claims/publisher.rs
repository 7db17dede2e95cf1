//! First-party texts: a statement, a communiqué, an advisory or a blog post speaks for its
//! publisher. Its own sentences (outside quotations) are the publisher's words — a claim
//! without a reporting verb, like "Unit 26165 also targeted the port's networks", is the
//! publisher's — and a bare "Belgium condemns" or "we assess" is the publisher speaking.
//!
//! A text is first-party when its header (the short lines before the body) names a
//! publisher ("From: …", « Communiqué de … », "Team, Vendor | date") or carries an
//! advisory's fields ("Release date:", « Référence : »), or when its own sentences say "we"
//! outside quotations. The publisher is the party the header names; failing that, the first
//! party the body makes speak. The words are data (`data/claims/documents.tsv`).

use super::cands::{owning_name, slug};
use super::Party;
use crate::entities::{EntityType, Mention};
use crate::fold::fold_str;
use crate::sentences::Sentence;
use crate::text::ByteSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Longest publisher name a header value gives, in words.
const MAX_NAME_WORDS: usize = 12;
/// How many opening sentences may be header lines.
const HEADER_REACH: usize = 6;
/// Longest header line, in words: longer is body text.
const HEADER_WORDS: usize = 16;
/// Longest header line without a full stop, in words: a speech's title names its speaker,
/// the speaker's office and the occasion ("Speech by the Minister of X, Jan Roe, at the
/// annual conference of the Y Coalition"); a release's title names a subject, a place and
/// a date.
const TITLE_WORDS: usize = 24;

#[derive(Debug, Default)]
struct Markers {
    publisher: Vec<String>,
    issued: Vec<String>,
    /// Each `issued` marker followed by a space, and between spaces: header lines are
    /// searched for them (made once here, not for each marker of each line).
    issued_keys: Vec<(String, String)>,
    field: Vec<String>,
    we: Vec<String>,
    me: Vec<String>,
    signed: Vec<String>,
    outlet: Vec<String>,
    outlet_words: Vec<String>,
    speech: Vec<String>,
    shown: Vec<String>,
    genre: Vec<String>,
    genre_of: Vec<String>,
    release: Vec<String>,
    /// The most chars of a `release` marker: folding keeps one char per char, so a longer
    /// line is none of them.
    release_chars: usize,
    /// The most chars of an `issued_keys` opening key: a line opens with one within them.
    issued_key_chars: usize,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut m = Markers::default();
        for (class, list) in crate::data::rows(include_str!("../../data/claims/documents.tsv")) {
            let slot = match class {
                "publisher" => &mut m.publisher,
                "issued" => &mut m.issued,
                "field" => &mut m.field,
                "we" => &mut m.we,
                "me" => &mut m.me,
                "signed" => &mut m.signed,
                "outlet" => &mut m.outlet,
                "outlet_word" => &mut m.outlet_words,
                "speech" => &mut m.speech,
                "shown" => &mut m.shown,
                "genre" => &mut m.genre,
                "genre_of" => &mut m.genre_of,
                "release" => &mut m.release,
                _ => continue,
            };
            // Folded once here, as header lines are folded before they are compared.
            slot.extend(crate::data::words(list).map(fold_str));
        }
        // A speech's title names its speaker as a release's names its issuer.
        m.issued.extend(m.speech.iter().cloned());
        // Longest first, so "communiqué de l" wins over "par".
        m.issued.sort_by_key(|w| std::cmp::Reverse(w.len()));
        m.issued_keys = m
            .issued
            .iter()
            .map(|w| (format!("{w} "), format!(" {w} ")))
            .collect();
        let chars = |list: &mut dyn Iterator<Item = &String>| {
            list.map(|w| w.chars().count()).max().unwrap_or(0)
        };
        m.release_chars = chars(&mut m.release.iter());
        m.issued_key_chars = chars(&mut m.issued_keys.iter().map(|(key, _)| key));
        m
    })
}

/// What makes a text first-party.
#[derive(Debug, Clone)]
pub(crate) struct FirstParty {
    /// The publisher the header names, if it names one.
    pub publisher: Option<Party>,
    /// The first sentence of the body.
    pub body: usize,
    /// The one country the header names ("DEFENCE – KINGDOM OF X" above a minister's
    /// speech): the country a voice speaks for when its own name says none.
    pub side: Option<String>,
}

/// The party a header value names: an organisation mention inside it, else its text.
fn party_in(sentence: &Sentence, from_char: usize, mentions: &[Mention]) -> Option<Party> {
    let start = sentence.start + from_char;
    // "Statement by Jan Roe (Minister of State)": the author a header names first, a person
    // (the guidelines' press secretary who issues it) or a body.
    let mention = mentions.iter().find(|m| {
        m.start >= start
            && m.end <= sentence.end
            && matches!(m.kind, EntityType::Org | EntityType::Person)
    });
    if let Some(m) = mention {
        return Some(Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    }
    let rest: String = sentence.text.chars().skip(from_char).collect();
    // "Team, Vendor | date": the vendor; "Agency, Paris": the agency; "Vendor
    // <info@vendor.example>": the name before the address; "Jan Roe (Minister)": the name
    // before its role.
    let value = rest.split(['|', ',', ';', '<', '(']).next()?.trim();
    // An article is no part of the name: « l'ambassade », "the Ministry".
    let value = [
        "l'", "l’", "d'", "d’", "the ", "The ", "la ", "le ", "La ", "Le ",
    ]
    .iter()
    .find_map(|a| value.strip_prefix(a))
    .unwrap_or(value)
    .trim();
    let value = owning_name(value).unwrap_or(value);
    let named = (1..=MAX_NAME_WORDS).contains(&value.split_whitespace().count());
    named.then(|| Party {
        id: slug(value),
        name: value.to_string(),
    })
}

fn has_org(s: &Sentence, mentions: &[Mention]) -> bool {
    mentions
        .iter()
        .any(|m| m.start >= s.start && m.end <= s.end && m.kind == EntityType::Org)
}

/// The publisher a header line names, and whether the line is a header field at all;
/// `folded` is the line folded (`fold_str`). Offsets are counted in chars of the folded
/// line, which has one char per char of the line.
fn header_line(s: &Sentence, folded: &str, mentions: &[Mention]) -> (bool, Option<Party>) {
    let m = markers();
    let is = |list: &[String], label: &str| list.iter().any(|w| w == label);
    if let Some(colon) = folded.find(':') {
        let label = folded[..colon].trim();
        let value_at = folded[..=colon].chars().count();
        let value_at = value_at
            + folded[colon + 1..]
                .chars()
                .take_while(|c| c.is_whitespace())
                .count();
        if is(&m.publisher, label) {
            return (true, party_in(s, value_at, mentions));
        }
        if is(&m.field, label) {
            return (true, None);
        }
    }
    // "FOR IMMEDIATE RELEASE": a release's header, its issuer on another line.
    if m.release
        .iter()
        .any(|r| folded.trim().starts_with(r.as_str()))
    {
        return (true, None);
    }
    // "Vendor Threat Intelligence | date", "Authors, Vendor | date": a blog's byline.
    let dated = |pipe: usize| folded[pipe..].chars().any(|c| c.is_ascii_digit());
    if let Some(pipe) = folded.find('|').filter(|&p| dated(p)) {
        let org_at = folded[..pipe].rfind(',').map_or(0, |c| c + 1);
        let org = folded[org_at..pipe].trim();
        // "By Jane Roe and John Doe | date": the authors, people; the publisher is the
        // organisation another header line names.
        if org.starts_with("by ") || org.starts_with("par ") {
            return (true, None);
        }
        // ("Published 2 December | Updated 4 December": dates, no organisation.)
        if !org.is_empty() && !org.chars().any(|c| c.is_ascii_digit()) {
            let at = folded[..org_at].chars().count()
                + folded[org_at..]
                    .chars()
                    .take_while(|c| c.is_whitespace())
                    .count();
            return (true, party_in(s, at, mentions));
        }
    }
    // « Communiqué de presse », "Press release n° 12": the text's genre, a line that names
    // no issuer (unless an issuer follows: « Communiqué de presse de X ») and is no header
    // field either: a release whose issuer no line names has no known voice.
    let genre_only = m.genre.iter().any(|g| {
        folded.strip_prefix(g.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start().replace(['\'', '’'], " ");
            !m.genre_of
                .iter()
                .any(|i| rest.starts_with(&format!("{i} ")))
        })
    });
    if genre_only {
        return (false, None);
    }
    // "par" alone only in a "Publié le … par …" line.
    let dated_line = folded.starts_with("publie") || folded.starts_with("published");
    let after_space = bytes_after_spaces(folded);
    for (marker, (key, spaced)) in m.issued.iter().zip(&m.issued_keys) {
        let at = if folded.starts_with(key.as_str()) {
            Some(key.len())
        } else if may_follow_space(&after_space, spaced) {
            folded.find(spaced.as_str()).map(|i| i + spaced.len())
        } else {
            None
        };
        let plain_par = marker.starts_with("par") && !dated_line;
        if let (Some(at), false) = (at, plain_par) {
            return (true, party_in(s, folded[..at].chars().count(), mentions));
        }
    }
    outlet_line(s, folded, mentions).map_or((false, None), |p| (true, p))
}

/// The bytes that follow a space in `text`: a marker set between spaces (" par ") whose
/// first byte follows none is nowhere in it, with no search for it.
fn bytes_after_spaces(text: &str) -> ByteSet {
    let mut set = ByteSet::default();
    for w in text.as_bytes().windows(2).filter(|w| w[0] == b' ') {
        set.insert(w[1]);
    }
    set
}

/// Whether `spaced` (a marker between spaces) may be in the text whose
/// [`bytes_after_spaces`] are `set`.
fn may_follow_space(set: &ByteSet, spaced: &str) -> bool {
    spaced.get(1..).is_none_or(|rest| set.may_open(rest))
}

/// "Vendor Threat Intelligence Blog", « Le blog de recherche de Vendor »: a line naming
/// the outlet of an organisation names its publisher (the organisation's mention, else
/// the words before the outlet's own).
fn outlet_line(s: &Sentence, folded: &str, mentions: &[Mention]) -> Option<Option<Party>> {
    let m = markers();
    let outlet = m
        .outlet
        .iter()
        .any(|w| folded.split(|c: char| !c.is_alphanumeric()).any(|x| x == w));
    if !outlet {
        return None;
    }
    if has_org(s, mentions) {
        return Some(party_in(s, 0, mentions));
    }
    let name: Vec<&str> = s
        .text
        .split_whitespace()
        .take_while(|w| {
            let w = fold_str(w);
            !m.outlet.contains(&w) && !m.outlet_words.contains(&w)
        })
        .collect();
    (1..=MAX_NAME_WORDS).contains(&name.len()).then(|| {
        let name = name.join(" ");
        Some(Party {
            id: slug(&name),
            name,
        })
    })
}

/// The words of one sentence as `says` reads them. The buffers are reused from sentence
/// to sentence: a body is read word by word, and two `String`s per word added up.
#[derive(Default)]
struct Words {
    /// The words lowercased, one after another.
    text: String,
    /// Each word, in order.
    seen: Vec<Seen>,
}

/// A word of a sentence, as `says` reads it.
struct Seen {
    /// The word's bytes in [`Words::text`].
    word: Range<usize>,
    /// Outside quotation marks.
    free: bool,
    /// A comma among the marks between the word before and this one.
    comma_before: bool,
    /// A closing (or straight) quotation mark among them.
    quote_before: bool,
    /// The character right after the word.
    end: char,
}

impl Words {
    /// Read a sentence's words. `quoted` carries the quotation state from the sentence
    /// before in the same paragraph: a quotation may run over several sentences, and its
    /// "we" is the quoted speaker's, not the text's.
    fn read(&mut self, s: &Sentence, quoted: &mut bool) {
        self.text.clear();
        self.seen.clear();
        let mut word_start: Option<usize> = None;
        let (mut comma, mut quote) = (false, false);
        let mut free = !*quoted;
        for c in s.text.chars().chain([' ']) {
            if crate::tokens::is_alphanumeric(c) {
                if word_start.is_none() {
                    free = !*quoted;
                    word_start = Some(self.text.len());
                }
                // (An ASCII letter lowercased as a byte: most of a text's.)
                if c.is_ascii() {
                    self.text.push(c.to_ascii_lowercase());
                } else {
                    self.text.extend(c.to_lowercase());
                }
                continue;
            }
            if let Some(start) = word_start.take() {
                self.seen.push(Seen {
                    word: start..self.text.len(),
                    free,
                    comma_before: std::mem::take(&mut comma),
                    quote_before: std::mem::take(&mut quote),
                    end: c,
                });
            }
            comma |= c == ',';
            quote |= matches!(c, '»' | '”' | '"');
            match c {
                '«' | '“' => *quoted = true,
                '»' | '”' => *quoted = false,
                '"' => *quoted = !*quoted,
                _ => {}
            }
        }
    }

    /// Word `i`, lowercased.
    fn word(&self, i: usize) -> &str {
        &self.text[self.seen[i].word.clone()]
    }

    /// Whether the sentence last read says one of `words` ("we") outside quotations.
    fn say(&self, words: &[String]) -> bool {
        // The first bytes of `words`: a word that opens with none of them (most words) is
        // passed over without a comparison.
        let mut firsts = ByteSet::default();
        for &b in words.iter().filter_map(|w| w.as_bytes().first()) {
            firsts.insert(b);
        }
        let may_be = |word: &str| firsts.may_open(word);
        (0..self.seen.len()).any(|i| {
            let (x, word) = (&self.seen[i], self.word(i));
            if !may_be(word) {
                return false;
            }
            // An elided one-letter pronoun (« j' », « m' ») only before its apostrophe: the
            // "m" of "p.m." is no "me".
            let whole = !matches!(word, "j" | "m") || matches!(x.end, '\'' | '’');
            x.free && whole && words.iter().any(|w| w == word) && !self.newsroom_we(i)
        })
    }

    /// A news report's own "we", which makes no statement of its publisher: the reporters
    /// told a quotation (« … », nous a confié l'avocat) or shown a document ("a letter,
    /// which we have seen", « un courriel, que nous avons pu consulter »).
    fn newsroom_we(&self, i: usize) -> bool {
        let x = &self.seen[i];
        let told = self.word(i) == "nous" && x.comma_before && x.quote_before;
        let shown = i >= 2
            && self.seen[i - 1].comma_before
            && matches!(self.word(i - 1), "que" | "qu" | "which" | "that")
            && (i + 1..self.seen.len())
                .take(SHOWN_REACH)
                .any(|k| shown_word(self.word(k)));
        told || shown
    }
}

/// How many words after "we" the verb of seeing a document may come ("which we have been
/// able to see", « que nous avons pu consulter »).
const SHOWN_REACH: usize = 4;

/// Whether the body's sentences speak in the first person outside quotations.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Voice {
    /// Some sentence says "I", « je », "my".
    me: bool,
    /// Some sentence says "we", « nous ».
    we: bool,
}

/// Whether any body sentence says "I" and whether any says "we", outside quotations: one
/// reading of the body for both.
fn body_voice(body: &[Sentence]) -> Voice {
    let m = markers();
    let mut voice = Voice::default();
    let mut words = Words::default();
    let mut quoted = false;
    let mut paragraph = None;
    for (i, s) in body.iter().enumerate() {
        if paragraph != Some(s.paragraph) {
            quoted = opens_inside_quotation(&body[i..]);
            paragraph = Some(s.paragraph);
        }
        words.read(s, &mut quoted);
        voice.me = voice.me || words.say(&m.me);
        voice.we = voice.we || words.say(&m.we);
        if voice.me && voice.we {
            break;
        }
    }
    voice
}

/// Whether the paragraph that opens with `from[0]` goes on with a quotation begun in the
/// paragraph before (a quotation over several paragraphs): its first mark closes one, or it
/// ends with a straight closing mark that nothing in it opened.
fn opens_inside_quotation(from: &[Sentence]) -> bool {
    let p = from[0].paragraph;
    let text: String = from
        .iter()
        .take_while(|s| s.paragraph == p)
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let first_curly = text.chars().find(|c| matches!(c, '«' | '“' | '»' | '”'));
    let straight = text.matches('"').count();
    matches!(first_curly, Some('»' | '”'))
        || (first_curly.is_none() && straight % 2 == 1 && text.trim_end().ends_with('"'))
}

/// The header lines a text opens with: whether one is a header field, the publisher they
/// name, and the first sentence of the body.
fn header_lines(sentences: &[Sentence], mentions: &[Mention]) -> (bool, Option<Party>, usize) {
    let mut header = false;
    let mut publisher = None;
    let mut body = 0;
    for (i, s) in sentences.iter().enumerate().take(HEADER_REACH) {
        // Header lines (a title, "Release date: …", a byline) end without a full stop; the
        // first sentence that ends with one, or runs long, opens the body.
        let ends_a_sentence = s.text.trim_end().ends_with(['.', '!', '?']);
        let words = s.text.split_whitespace().count();
        // (Whatever the line says: no header line is this long, or ends so after the first.)
        if words > TITLE_WORDS || (i > 0 && ends_a_sentence) {
            break;
        }
        let folded = fold_str(&s.text);
        let speech = markers()
            .speech
            .iter()
            .any(|w| folded.starts_with(w.as_str()));
        let (field, named) = header_line(s, &folded, mentions);
        // A release's title may run long when it says who issues it ("… – Statement by
        // X") or the next line does.
        let titled = field
            || (i == 0 && sentences.get(1).is_some_and(opens_with_issuer))
            || (i == 0 && sentences[1..].iter().take(HEADER_REACH).any(release_line));
        let longest = if (speech || titled) && !ends_a_sentence {
            TITLE_WORDS
        } else {
            HEADER_WORDS
        };
        if words > longest {
            break;
        }
        header |= field;
        // The person who delivers or signs a statement is its author, rather than the
        // country a line before says it is by (the guidelines' press secretary).
        let person = |p: &Option<Party>| {
            p.as_ref().is_some_and(|p| {
                mentions
                    .iter()
                    .any(|m| m.kind == EntityType::Person && m.id == p.id)
            })
        };
        if publisher.is_none() || (person(&named) && !person(&publisher)) {
            publisher = named.or(publisher);
        }
        body = i + 1;
    }
    (header, publisher, body)
}

/// Whether the text is first-party, and its publisher.
/// Whether a participle says a document was seen or obtained (« consultée », "seen"): the
/// party after its "by" read it, and wrote none of it (`shown` in documents.tsv).
pub(crate) fn shown_word(word: &str) -> bool {
    // (The markers are folded: « consultée » is kept as "consultee".)
    let word = fold_str(word);
    markers().shown.contains(&word)
}

pub(crate) fn first_party(sentences: &[Sentence], mentions: &[Mention]) -> Option<FirstParty> {
    let (mut header, mut publisher, body) = header_lines(sentences, mentions);
    let rest = &sentences[body.min(sentences.len())..];
    let voice = body_voice(rest);
    // A letter in the first person signed at its foot is its signer's own words.
    if voice.me {
        if let Some(signer) = signature(rest, mentions) {
            return Some(FirstParty {
                publisher: Some(signer),
                body,
                side: header_side(&sentences[..body], mentions),
            });
        }
    }
    // "Opinion: …", then a line with only the author's name: a body in the first person
    // singular is the author's own words (an op-ed, a column).
    if publisher.is_none() && voice.me {
        publisher = sentences[..body]
            .iter()
            .skip(1)
            .find_map(|s| byline(s, mentions));
        if publisher.is_some() {
            header = true;
        }
    }
    let speaks_for_itself = voice.we;
    // "Nordvik Security Lab – University of Tartu", then a report that says "we": the organisation its
    // first line opens with, as on a letterhead.
    // (So does a release whose header says what it is: "FOR IMMEDIATE RELEASE".)
    if publisher.is_none() && (speaks_for_itself || header) && body > 0 {
        publisher = letterhead(&sentences[0], mentions)
            .or_else(|| organisation_line(&sentences[0], mentions))
            .or_else(|| {
                sentences[1..body]
                    .iter()
                    .find_map(|s| organisation_line(s, mentions))
            })
            .or_else(|| masthead(&sentences[0]));
    }
    if !header && !speaks_for_itself {
        // "The Ministry of X today attributes …", « Le ministère … attribue ce jour … »: a
        // release opens with its issuer doing something today.
        let issuer = sentences
            .get(body)
            .and_then(|s| issued_today(s, mentions))?;
        return Some(FirstParty {
            publisher: Some(issuer),
            body,
            side: None,
        });
    }
    // A statement signed at its foot by a spokesperson ("Jan Roe, Spokesperson for …", or
    // the name, then the post on the next line) is the spokesperson's (the guidelines' press
    // secretary), whatever body the header names.
    if header {
        if let Some(signer) = spokesperson_signature(rest, mentions) {
            publisher = Some(signer);
        }
    }
    let side = header_side(&sentences[..body], mentions);
    Some(FirstParty {
        publisher,
        body,
        side,
    })
}

/// The spokesperson who signs a text at its foot: a name alone on a line, the spokesperson's
/// post after a comma or on the line below.
fn spokesperson_signature(sentences: &[Sentence], mentions: &[Mention]) -> Option<Party> {
    let tail: Vec<&Sentence> = sentences.iter().rev().take(SIGNATURE_REACH).collect();
    let spokesperson = |line: &str| {
        fold_str(line)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| super::lexicon::is_word_of(w, super::lexicon::Family::Spokesperson))
    };
    tail.iter().enumerate().find_map(|(k, s)| {
        let text = s.text.trim();
        let (name, post) = match text.split_once(", ") {
            Some((name, post)) => (name, Some(post.to_string())),
            // (The line below comes before it in the reversed tail.)
            None => (
                text,
                k.checked_sub(1).map(|j| tail[j].text.trim().to_string()),
            ),
        };
        post.is_some_and(|p| spokesperson(&p))
            .then(|| name_alone(name, s, mentions, true))
            .flatten()
    })
}

/// The country the header lines below the title name, when they name exactly one (a
/// capital counts as its country): the title names the dispute's parties, the lines
/// under it the issuer's place.
fn header_side(header: &[Sentence], mentions: &[Mention]) -> Option<String> {
    let header = header.get(1..)?;
    let mut sides = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Gpe)
        .filter(|m| header.iter().any(|s| m.start >= s.start && m.end <= s.end))
        .filter_map(|m| super::ids::side_of_id(&m.id));
    let first = sides.next()?;
    sides.all(|s| s == first).then_some(first)
}

/// Whether a line only marks the text as a release for the press ("FOR IMMEDIATE
/// RELEASE"): a release's title above it may run long.
fn release_line(s: &Sentence) -> bool {
    let text = s.text.trim();
    let m = markers();
    if text.chars().nth(m.release_chars).is_some() {
        return false;
    }
    let folded = fold_str(text);
    m.release.contains(&folded)
}

/// Whether a line opens by saying who issues the text (« Déclaration de … », "Statement
/// by …").
fn opens_with_issuer(s: &Sentence) -> bool {
    let m = markers();
    // Only the line's opening is compared: it alone is folded (one char per char).
    let opening: String = s.text.chars().take(m.issued_key_chars).collect();
    let folded = fold_str(&opening);
    m.issued
        .iter()
        .zip(&m.issued_keys)
        .any(|(w, (key, _))| !w.starts_with("par") && folded.starts_with(key.as_str()))
}

/// A header line that is an organisation's name and nothing else, its acronym in brackets
/// aside ("Freedonian Institute for Digital Studies (FIDS)" under a report's title).
fn organisation_line(s: &Sentence, mentions: &[Mention]) -> Option<Party> {
    let text = s.text.trim();
    let m = mentions
        .iter()
        .find(|m| m.kind == EntityType::Org && m.start >= s.start && m.end <= s.end)?;
    // "U.S. Attorney's Office": a country's name before the office's is part of the line's name.
    // (Offsets count chars.)
    let opening = s.start + s.text.chars().take_while(|c| c.is_whitespace()).count();
    let country_before = mentions.iter().any(|g| {
        g.kind == EntityType::Gpe && g.start == opening && g.end < m.start && {
            let between: String = s
                .text
                .chars()
                .skip(g.end - s.start)
                .take(m.start - g.end)
                .collect();
            between.trim().is_empty()
        }
    });
    if country_before && text.ends_with(m.text.as_str()) {
        return Some(Party {
            id: super::cands::slug(text),
            name: text.to_string(),
        });
    }
    let rest = text.strip_prefix(m.text.as_str())?.trim();
    let acronym = rest.starts_with('(') && rest.ends_with(')');
    (rest.is_empty() || acronym).then(|| Party {
        id: m.id.clone(),
        name: m.text.clone(),
    })
}

/// How many lines at the top of a text may name the body that issues it (a masthead, then
/// the office under it: "COMMUNITY OF VELMAR STATES", then "VELMAR COMMISSION").
const HEADING_LINES: usize = 3;

/// The organisations whose names, in capitals or as mentions, make whole lines at the top
/// of a text ("COURT OF APPEAL OF VELMAR", « Ministère de la Mer »): the issuers of a formal
/// text, which speaks of itself by its head noun whether or not it says "we". (A line that
/// goes on after the name is a headline about it, not a letterhead.)
pub(crate) fn heading(sentences: &[Sentence], mentions: &[Mention]) -> Vec<Party> {
    sentences
        .iter()
        .filter(|s| !s.text.trim().is_empty())
        .take(HEADING_LINES)
        .map_while(|s| organisation_line(s, mentions).or_else(|| masthead(s)))
        .collect()
}

/// The organisation a text's first line opens with, if one opens it.
fn letterhead(s: &Sentence, mentions: &[Mention]) -> Option<Party> {
    let opening = s.start + s.text.chars().take_while(|c| c.is_whitespace()).count();
    mentions
        .iter()
        .find(|m| m.start == opening && m.kind == EntityType::Org)
        .map(|m| Party {
            id: m.id.clone(),
            name: m.text.clone(),
        })
}

/// Most name words of a masthead (the words that join them aside: "of", « des »): an
/// organisation's name set in capitals ("FREEDONIA DOCUMENTARY FESTIVAL", « FONDATION
/// VELMAR POUR LES FAMILLES DE DISPARUS »); a line with more is a headline.
const MASTHEAD_WORDS: usize = 6;

/// A first line in capitals that is only a name, the organisation whose text it heads
/// when no entity mention names it (names in capitals are no names to the entity layer).
/// A name given in two languages ("VELMAR FOUNDATION | FONDATION VELMAR") is its first.
fn masthead(s: &Sentence) -> Option<Party> {
    let text = s.text.trim();
    let text = text.split(" | ").next().unwrap_or(text).trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitals = text.chars().any(char::is_uppercase)
        && !text.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '&'))
        });
    // (Most lines are no capitals: their words are never looked up.)
    if !capitals {
        return None;
    }
    // (« COMMUNIQUÉ INTERSYNDICAL » names the text's kind, not its issuer.)
    let kind = words.first().is_some_and(|w| {
        super::lexicon::is_word_of(&w.to_lowercase(), super::lexicon::Family::RoleDoc)
    });
    let name_words = words
        .iter()
        .filter(|w| {
            !super::lexicon::is_word_of(&w.to_lowercase(), super::lexicon::Family::NameLink)
        })
        .count();
    (!kind && (1..=MASTHEAD_WORDS).contains(&name_words)).then(|| Party {
        id: slug(text),
        name: text.to_string(),
    })
}

/// The person a header line names and nothing else ("Jana Novak", "By Jana Novak"): one
/// person mention, or person mentions covering each of its two or three words.
fn byline(s: &Sentence, mentions: &[Mention]) -> Option<Party> {
    let text = s.text.trim();
    let name = ["By ", "by ", "Par ", "par "]
        .iter()
        .find_map(|b| text.strip_prefix(b))
        .unwrap_or(text);
    name_alone(name, s, mentions, false)
}

/// How many closing sentences may hold a letter's signature (the name, then the signer's
/// title and post on lines of their own).
const SIGNATURE_REACH: usize = 4;

/// The person a letter's signature line names ("(Signed) Jan Dupont", « (Signé) Jeanne
/// Roe »): the text's author, whose "I" and "my Government" the body speaks with.
fn signature(sentences: &[Sentence], mentions: &[Mention]) -> Option<Party> {
    sentences.iter().rev().take(SIGNATURE_REACH).find_map(|s| {
        let text = s.text.trim();
        let (word, rest) = text.split_once(char::is_whitespace)?;
        let word = fold_str(word.trim_matches(['(', ')', ':']));
        markers()
            .signed
            .contains(&word)
            .then(|| {
                name_alone(
                    rest.trim_start_matches([')', ':', ' ']).trim(),
                    s,
                    mentions,
                    true,
                )
            })
            .flatten()
    })
}

/// A person's name standing alone on its line (a byline, a signature), `s` its sentence;
/// `signed` when a signature's word says the line is a name.
pub(crate) fn name_alone(
    name: &str,
    s: &Sentence,
    mentions: &[Mention],
    signed: bool,
) -> Option<Party> {
    let people: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person && m.start >= s.start && m.end <= s.end)
        .collect();
    if let [m] = people[..] {
        if m.text == name {
            return Some(Party {
                id: m.id.clone(),
                name: m.text.clone(),
            });
        }
    }
    // Alone on its line, a name has no context to be found by: its words are person
    // mentions, or it opens with a given name the lexicon knows.
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    let covered = words.iter().all(|w| {
        people
            .iter()
            .any(|m| m.text.split_whitespace().any(|x| x == *w))
    });
    let given_name = crate::entities::name_gender(name) != crate::entities::Gender::Unknown;
    let person = BYLINE_NAME_WORDS.contains(&words.len())
        && capitalised
        && (covered || given_name || signed);
    person.then(|| Party {
        id: slug(name),
        name: name.to_string(),
    })
}

/// How many words a byline's name has (a given name and a surname, perhaps a middle one).
const BYLINE_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// How many words into a release's first sentence its "today" may come (a ministry's long
/// official name first, then "today publicly attributes").
const TODAY_REACH_WORDS: usize = 20;

/// The organisation a release's first sentence opens with, when the sentence says it acts
/// today: the issuer of the release.
fn issued_today(s: &Sentence, mentions: &[Mention]) -> Option<Party> {
    let org = mentions
        .iter()
        .find(|m| m.start >= s.start && m.end <= s.end)
        .filter(|m| m.kind == EntityType::Org)?;
    let before = s.text.chars().take(org.start - s.start).collect::<String>();
    let opens = before.split_whitespace().count() <= 1;
    let today = s
        .text
        .split_whitespace()
        .take(TODAY_REACH_WORDS)
        .map(fold_str)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0] == "today" || w[0] == "aujourd'hui" || (w[0] == "ce" && w[1] == "jour"));
    (opens && today).then(|| Party {
        id: org.id.clone(),
        name: org.text.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Sentence {
        Sentence {
            start: 0,
            end: text.chars().count(),
            text: text.to_string(),
            paragraph: 0,
        }
    }

    #[test]
    fn header_lines_name_publishers() {
        let named = |t: &str| header_line(&line(t), &fold_str(t), &[]).1.map(|p| p.name);
        assert_eq!(
            named("From: Ministry of Examples"),
            Some("Ministry of Examples".into())
        );
        assert_eq!(
            named("Communiqué de l’ambassade de Patagonie"),
            Some("ambassade de Patagonie".into())
        );
        assert_eq!(
            named("Ana Roe and Li Wei, Example Labs | 3 May 2025"),
            Some("Example Labs".into())
        );
        assert_eq!(named("Release date: 3 May 2025"), None);
        // A genre line names no issuer and is no header field; an issuer after it is named.
        assert_eq!(
            header_line(
                &line("Communiqué de presse"),
                &fold_str("Communiqué de presse"),
                &[]
            ),
            (false, None)
        );
        assert_eq!(
            named("Communiqué de presse de l'Office de l'Exemple"),
            Some("Office de l'Exemple".into())
        );
        let field = |t: &str| header_line(&line(t), &fold_str(t), &[]).0;
        assert!(field("Release date: 3 May 2025"));
        assert!(!field("Ministers met on Monday."));
    }

    #[test]
    fn a_we_inside_a_quotation_over_sentences_is_the_quoted_speakers() {
        let para = |text: &str, paragraph: usize| Sentence {
            paragraph,
            ..line(text)
        };
        let quoted = [
            para("“This is their method.", 1),
            para("Only they work this way, we think,” said Ana Roe.", 1),
        ];
        assert!(!body_voice(&quoted).we);
        let own = [
            para("“This is their method,” said Ana Roe.", 1),
            para("We agree.", 2),
        ];
        assert!(body_voice(&own).we);
        // An unclosed quotation does not hide the next paragraph's own voice.
        let stray = [para("“This is their method.", 1), para("We agree.", 2)];
        assert!(body_voice(&stray).we);
    }

    #[test]
    fn the_first_line_ending_with_a_full_stop_opens_the_body() {
        let lines = [
            line("Joint advisory on a campaign"),
            line("Release date: 3 May 2025"),
            line("The agency publishes this advisory."),
            line("The group hacked water utilities."),
        ];
        let fp = first_party(&lines, &[]).expect("a header field makes it first-party");
        assert_eq!(fp.body, 2);
    }

    #[test]
    fn letters_that_lowercase_longer_do_not_break_offsets() {
        // 'İ' lowercases to two chars; offsets must still fall on char boundaries.
        for t in [
            "İİ From: X",
            "İ | 2025",
            "İİ communiqué de İİ",
            "Publié le İ par X",
        ] {
            let _ = header_line(&line(t), &fold_str(t), &[]);
        }
    }
}
