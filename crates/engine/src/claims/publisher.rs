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

use super::cands::slug;
use super::Party;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;
use std::sync::OnceLock;

/// Longest publisher name a header value gives, in words.
const MAX_NAME_WORDS: usize = 12;
/// How many opening sentences may be header lines.
const HEADER_REACH: usize = 6;
/// Longest header line, in words: longer is body text.
const HEADER_WORDS: usize = 16;

#[derive(Debug, Default)]
struct Markers {
    publisher: Vec<&'static str>,
    issued: Vec<&'static str>,
    field: Vec<&'static str>,
    we: Vec<&'static str>,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut m = Markers::default();
        for line in include_str!("../../data/claims/documents.tsv").lines() {
            let Some((class, words)) = line.split_once('\t') else {
                continue;
            };
            let list = match class {
                "publisher" => &mut m.publisher,
                "issued" => &mut m.issued,
                "field" => &mut m.field,
                "we" => &mut m.we,
                _ => continue,
            };
            list.extend(words.split('|').map(str::trim));
        }
        // Longest first, so "communiqué de l" wins over "par".
        m.issued.sort_by_key(|w| std::cmp::Reverse(w.len()));
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
}

/// The party a header value names: an organisation mention inside it, else its text.
fn party_in(sentence: &Sentence, from_char: usize, mentions: &[Mention]) -> Option<Party> {
    let start = sentence.start + from_char;
    let mention = mentions
        .iter()
        .find(|m| m.start >= start && m.end <= sentence.end && m.kind == EntityType::Org);
    if let Some(m) = mention {
        return Some(Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    }
    let rest: String = sentence.text.chars().skip(from_char).collect();
    // "Team, Vendor | date": the vendor; "Agency, Paris": the agency.
    let value = rest.split(['|', ',', ';']).next()?.trim();
    let value = value.trim_start_matches(['\'', '’']).trim();
    let named = (1..=MAX_NAME_WORDS).contains(&value.split_whitespace().count());
    named.then(|| Party {
        id: slug(value),
        name: value.to_string(),
    })
}

/// The publisher a header line names, and whether the line is a header field at all.
fn header_line(s: &Sentence, mentions: &[Mention]) -> (bool, Option<Party>) {
    let m = markers();
    let lower = s.text.to_lowercase();
    if let Some(colon) = lower.find(':') {
        let label = lower[..colon].trim();
        let value_at = s.text[..=colon].chars().count();
        if m.publisher.contains(&label) {
            let value = s.text[colon + 1..].trim_start();
            let skip = s.text.chars().count() - value.chars().count();
            return (true, party_in(s, skip.max(value_at), mentions));
        }
        if m.field.contains(&label) {
            return (true, None);
        }
    }
    // "Vendor Threat Intelligence | date", "Authors, Vendor | date": a blog's byline.
    let dated = |pipe: usize| s.text[pipe..].chars().any(|c| c.is_ascii_digit());
    if let Some(pipe) = s.text.find('|').filter(|&p| dated(p)) {
        let head = &s.text[..pipe];
        let org = head.rsplit(',').next().unwrap_or(head).trim();
        let at = s.text[..pipe].chars().count()
            - head
                .rsplit(',')
                .next()
                .unwrap_or(head)
                .trim_start()
                .chars()
                .count();
        if !org.is_empty() {
            return (
                true,
                party_in(s, at, mentions).or_else(|| {
                    Some(Party {
                        id: slug(org),
                        name: org.to_string(),
                    })
                }),
            );
        }
    }
    for marker in &m.issued {
        let key = format!("{marker} ");
        let at = if lower.starts_with(&key) {
            Some(key.len())
        } else {
            lower.find(&format!(" {key}")).map(|i| i + key.len() + 1)
        };
        // "par" alone only in a "Publié le … par …" line.
        let plain_par = marker.starts_with("par")
            && !lower.starts_with("publié")
            && !lower.starts_with("published");
        if let (Some(at), false) = (at, plain_par) {
            let chars = lower[..at].chars().count();
            return (true, party_in(s, chars, mentions));
        }
    }
    (false, None)
}

/// Whether a sentence says "we" outside quotations.
fn says_we(s: &Sentence) -> bool {
    let m = markers();
    let mut quoted = false;
    let mut word = String::new();
    for c in s.text.chars().chain([' ']) {
        if matches!(c, '«' | '“' | '"' | '»' | '”') {
            quoted = !quoted && !matches!(c, '»' | '”');
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            if !quoted && m.we.contains(&word.as_str()) {
                return true;
            }
            word.clear();
        }
    }
    false
}

/// Whether the text is first-party, and its publisher.
pub(crate) fn first_party(sentences: &[Sentence], mentions: &[Mention]) -> Option<FirstParty> {
    let mut header = false;
    let mut publisher = None;
    let mut body = 0;
    for (i, s) in sentences.iter().enumerate().take(HEADER_REACH) {
        if s.text.split_whitespace().count() > HEADER_WORDS {
            break;
        }
        let (field, named) = header_line(s, mentions);
        header |= field;
        publisher = publisher.or(named);
        body = i + 1;
    }
    let speaks_for_itself = sentences[body.min(sentences.len())..].iter().any(says_we);
    (header || speaks_for_itself).then_some(FirstParty { publisher, body })
}
