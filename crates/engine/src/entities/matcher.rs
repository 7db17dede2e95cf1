//! Knowledge-base lookup: one Aho-Corasick automaton over every known name.
//!
//! Text and names are folded the same way before matching: lowercase, common
//! Latin accents dropped, typographic apostrophes to `'`, non-breaking spaces
//! to spaces. Folding maps each char to exactly one char, so a match in the
//! folded text maps back to the original. A match is kept only when
//! - it starts and ends on word boundaries (elision `l'`, possessive `'s` and
//!   hyphens count as boundaries);
//! - every uppercase letter of the name is uppercase in the text (`US` is not
//!   `us`; `Ministère` matches the name `ministère`);
//! - an ambiguous threat-group or malware alias (one capitalised word, like
//!   `Tick`) has a cue word (`group`, `malware`, `attaque`…) in its block.

use super::kb::{knowledge_base, KbEntry};
use super::{Candidate, EntityType, Priority};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Fold one char for matching (one char in, one char out).
pub fn fold(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '´' => '\'',
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\t' => ' ',
        '\u{2010}' | '\u{2011}' | '\u{2013}' => '-',
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ÿ' => 'y',
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// Fold a whole string.
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

/// One spelling of a known name.
struct Variant {
    /// The name as the knowledge base writes it (its capitals are required).
    written: String,
    entry: usize,
    needs_cue: bool,
}

struct Matcher {
    automaton: AhoCorasick,
    /// Spellings per pattern (several names may fold alike).
    variants: Vec<Vec<Variant>>,
}

/// One capitalised word with no other capital and no digit: `Tick`, `Snake`.
fn is_plain_word(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

fn build() -> Matcher {
    let kb = knowledge_base();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut variants: Vec<Vec<Variant>> = Vec::new();
    for (i, e) in kb.entries().iter().enumerate() {
        let threat = matches!(e.kind, EntityType::Group | EntityType::Malware);
        for name in e.all_names() {
            let name = name.trim();
            if name.chars().count() < 2 || (threat && (name.len() < 3 || name.contains('('))) {
                continue;
            }
            let folded = fold_str(name);
            let slot = *index.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                variants.push(Vec::new());
                variants.len() - 1
            });
            let list = &mut variants[slot];
            // An earlier entry (countries, then curated) keeps a name an ATT&CK alias also uses.
            if list
                .iter()
                .any(|v| v.written == name || kb.entries()[v.entry].id != e.id)
            {
                continue;
            }
            list.push(Variant {
                written: name.to_string(),
                entry: i,
                needs_cue: threat && is_plain_word(name),
            });
        }
    }
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .expect("knowledge-base patterns build an automaton");
    Matcher {
        automaton,
        variants,
    }
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(build)
}

/// A folded copy of a text with, for each folded byte, the original byte it came from.
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// `origin[b]` is the original byte offset of the char holding folded byte `b`;
    /// one extra entry holds the original length.
    pub origin: Vec<u32>,
}

impl Folded {
    /// Fold a text.
    pub fn new(raw: &str) -> Self {
        let mut text = String::with_capacity(raw.len());
        let mut origin = Vec::with_capacity(raw.len() + 1);
        for (b, c) in raw.char_indices() {
            let f = fold(c);
            text.push(f);
            origin.extend(std::iter::repeat_n(b as u32, f.len_utf8()));
        }
        origin.push(raw.len() as u32);
        Folded { text, origin }
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Whether every uppercase letter of `written` is uppercase in `found`.
fn case_fits(written: &str, found: &str) -> bool {
    written
        .chars()
        .zip(found.chars())
        .all(|(w, f)| !w.is_uppercase() || f.is_uppercase() || !f.is_alphabetic())
}

/// Find knowledge-base names inside the given blocks (byte ranges of `raw`).
/// `has_cue(block)` says whether a block holds a cue word.
pub fn find(
    raw: &str,
    folded: &Folded,
    blocks: &[(usize, usize)],
    has_cue: &dyn Fn(usize) -> bool,
    out: &mut Vec<Candidate>,
) {
    let m = matcher();
    let kb = knowledge_base();
    for (block, &(from, to)) in blocks.iter().enumerate() {
        // Folded offsets of the block: the origin table is sorted.
        let f_from = folded.origin.partition_point(|&o| (o as usize) < from);
        let f_to = folded.origin.partition_point(|&o| (o as usize) < to);
        let hay = &folded.text[f_from..f_to];
        for hit in m.automaton.find_overlapping_iter(hay) {
            let start = folded.origin[f_from + hit.start()] as usize;
            let end = folded.origin[f_from + hit.end()] as usize;
            if is_word_char(raw[..start].chars().next_back())
                || is_word_char(raw[end..].chars().next())
            {
                continue;
            }
            let found = &raw[start..end];
            let Some(v) = m.variants[hit.pattern().as_usize()]
                .iter()
                .find(|v| case_fits(&v.written, found) && (!v.needs_cue || has_cue(block)))
            else {
                continue;
            };
            let e: &KbEntry = &kb.entries()[v.entry];
            out.push(Candidate {
                start,
                end,
                kind: e.kind,
                id: e.id.clone(),
                priority: Priority::Known,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_one_char_per_char() {
        let f = Folded::new("l’État Pékin");
        assert_eq!(f.text, "l'etat pekin");
        assert_eq!(f.text.chars().count(), "l’État Pékin".chars().count());
    }

    #[test]
    fn case_rule() {
        assert!(case_fits("US", "US"));
        assert!(!case_fits("US", "us"));
        assert!(case_fits("ministère", "Ministère"));
    }
}
