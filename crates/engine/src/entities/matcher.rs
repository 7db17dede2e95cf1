//! Knowledge-base lookup: one trie over every known name, searched at word starts.
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
//!   `Tick`) has a cue word (`group`, `malware`, `attaque`…) near it.

use super::kb::{knowledge_base, KbEntry};
use super::lexicon::WordMap;
use super::prefixes::Prefixes;
use super::tokens::Tokens;
use super::trie::Trie;
use super::{Candidate, EntityType, Priority};
use std::sync::OnceLock;

pub use crate::fold::{fold, fold_str};

/// One spelling of a known name.
struct Variant {
    /// The name as the knowledge base writes it (its capitals are required).
    written: &'static str,
    entry: usize,
    needs_cue: bool,
}

struct Matcher {
    /// Every folded name, searched at capitalised word starts.
    trie: Trie,
    /// The names that may start in lowercase (`ministère américain de la Défense`),
    /// searched at lowercase word starts: a small trie for most words.
    lowercase: Trie,
    /// Slot in `variants` of each `lowercase` pattern.
    lowercase_slots: Vec<usize>,
    /// First two folded bytes of every name, and of the lowercase ones: a word
    /// start whose two bytes begin no name skips the trie.
    starts: Prefixes,
    lowercase_starts: Prefixes,
    /// Spellings per pattern (several names may fold alike).
    variants: Vec<Vec<Variant>>,
    /// Short all-capitals names (`US`, `NSA`, `G7`), looked up by whole word:
    /// in the trie they would hit inside every other word.
    capitals: WordMap<Variant>,
}

/// A short name written in capitals and digits only (`US`, `NSA`, `G7`, `MI5`).
fn is_capitals(name: &str) -> bool {
    name.len() <= 6
        && name.bytes().any(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// One capitalised word with no other capital and no digit (`Tick`, `Snake`), or a word of
/// capital letters alone (`PHOTO`): a name that may be an ordinary word, matched with a cue.
fn is_plain_word(name: &str) -> bool {
    let mut chars = name.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'');
    // `PHOTO`, `CALENDAR`, `MERCURY`: a name in capitals of letters alone is a word in a
    // caption, a credit or a headline set in capitals.
    let capital_letters = name.chars().count() >= MIN_CAPITAL_WORD_LETTERS
        && name.chars().all(|c| c.is_ascii_uppercase());
    title_case || capital_letters
}

/// Shortest name in capitals that may be an ordinary word set in capitals (`PHOTO`);
/// shorter ones are acronyms (`TVT`, `RTM`).
const MIN_CAPITAL_WORD_LETTERS: usize = 4;

/// `The Netherlands` beside `Netherlands`: a place's name with a leading article the entry
/// also has without it; the guidelines mark the shortest span, the article left out
/// (`The Hague`, whose article is part of the name, stays).
fn article_form(e: &KbEntry, name: &str) -> bool {
    let rest = ["The ", "the "].iter().find_map(|a| name.strip_prefix(a));
    matches!(e.kind, EntityType::Gpe | EntityType::Loc)
        && rest.is_some_and(|rest| e.all_names().any(|n| n == rest))
}

fn build() -> Matcher {
    let kb = knowledge_base();
    let mut index: WordMap<usize> = WordMap::default();
    let mut patterns: Vec<String> = Vec::new();
    let mut variants: Vec<Vec<Variant>> = Vec::new();
    let mut capitals: WordMap<Variant> = WordMap::default();
    for (i, e) in kb.entries().iter().enumerate() {
        let threat = matches!(e.kind, EntityType::Group | EntityType::Malware);
        for name in e.all_names() {
            let name = name.trim();
            if name.chars().count() < 2 || (threat && (name.len() < 3 || name.contains('('))) {
                continue;
            }
            if article_form(e, name) {
                continue;
            }
            let needs_cue = threat && is_plain_word(name);
            if is_capitals(name) {
                capitals.entry(name.to_string()).or_insert(Variant {
                    written: name,
                    entry: i,
                    needs_cue,
                });
                continue;
            }
            let folded = fold_str(name);
            let slot = match index.get(&folded) {
                Some(&slot) => slot,
                None => {
                    index.insert(folded.clone(), patterns.len());
                    patterns.push(folded);
                    variants.push(Vec::new());
                    variants.len() - 1
                }
            };
            let list = &mut variants[slot];
            // An earlier entry (countries, then curated) keeps a name an ATT&CK alias also uses.
            if list
                .iter()
                .any(|v| v.written == name || kb.entries()[v.entry].id != e.id)
            {
                continue;
            }
            list.push(Variant {
                written: name,
                entry: i,
                needs_cue,
            });
        }
    }
    let all: Vec<&str> = patterns.iter().map(String::as_str).collect();
    let lowercase_slots: Vec<usize> = (0..patterns.len())
        .filter(|&i| {
            variants[i]
                .iter()
                .any(|v| v.written.chars().next().is_some_and(char::is_lowercase))
        })
        .collect();
    let lowercase: Vec<&str> = lowercase_slots.iter().map(|&i| all[i]).collect();
    Matcher {
        starts: Prefixes::new(all.iter().copied()),
        lowercase_starts: Prefixes::new(lowercase.iter().copied()),
        trie: Trie::new(&all),
        lowercase: Trie::new(&lowercase),
        lowercase_slots,
        variants,
        capitals,
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
        // ASCII bytes (most of the text) are folded without decoding chars.
        let bytes = raw.as_bytes();
        let mut text = Vec::with_capacity(raw.len());
        let mut origin = Vec::with_capacity(raw.len() + 1);
        let mut b = 0;
        while b < bytes.len() {
            let x = bytes[b];
            if x.is_ascii() {
                text.push(match x {
                    b'`' => b'\'',
                    b'\t' => b' ',
                    _ => x.to_ascii_lowercase(),
                });
                origin.push(b as u32);
                b += 1;
                continue;
            }
            let c = raw[b..].chars().next().unwrap_or(' ');
            let mut buf = [0u8; 4];
            let f = fold(c).encode_utf8(&mut buf);
            text.extend_from_slice(f.as_bytes());
            origin.extend(std::iter::repeat_n(b as u32, f.len()));
            b += c.len_utf8().max(1);
        }
        origin.push(raw.len() as u32);
        // Only whole chars were written, so this cannot fail; fold char by char if it did.
        let text = String::from_utf8(text).unwrap_or_else(|_| raw.chars().map(fold).collect());
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

fn candidate(v: &Variant, start: usize, end: usize) -> Candidate {
    let e: &KbEntry = &knowledge_base().entries()[v.entry];
    Candidate {
        start,
        end,
        kind: e.kind,
        id: e.id.clone(),
        priority: Priority::Known,
    }
}

/// Where names may start inside a word token: its start and after each
/// inner hyphen (`ex-US`, `US-Japanese`), as (start, end) byte ranges of the parts.
fn parts(raw: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let word = &raw[start..end];
    let mut at = 0;
    std::iter::from_fn(move || {
        if at > word.len() {
            return None;
        }
        let rest = &word[at..];
        let len = rest
            .find(['-', '\u{2010}', '\u{2011}'])
            .unwrap_or(rest.len());
        let part = (start + at, start + at + len);
        let hyphen = rest[len..].chars().next().map_or(1, char::len_utf8);
        at += len + hyphen;
        Some(part)
    })
}

/// What the matcher reads: the text, folded, its blocks (byte ranges of `raw`) and their
/// tokens.
pub struct Input<'i, 'a> {
    pub raw: &'a str,
    pub folded: &'i Folded,
    pub blocks: &'i [(usize, usize)],
    pub tokens: &'i Tokens<'a>,
}

/// Find knowledge-base names inside the given blocks, at the word tokens `read(i)` lets
/// through. `has_cue(i)` says whether a cue word is near token `i`. Returns each word token
/// read with where its names begin in `out`: a word's names depend on that word (and
/// whether a cue is near it) alone, so a pass may redo some words only.
///
/// A name can only start where a word does, so the trie is walked from each
/// word start (and after inner hyphens) and gives the names starting there;
/// the longest is tried first, and when it is rejected the next shorter one. Names
/// inside longer ones (`Paris` in `Paris Match`) are left to overlap
/// resolution, which keeps the longest.
pub fn find(
    input: &Input,
    has_cue: &dyn Fn(usize) -> bool,
    read: &dyn Fn(usize) -> bool,
    out: &mut Vec<Candidate>,
) -> Vec<(usize, usize)> {
    let Input {
        raw,
        folded,
        blocks,
        tokens,
    } = *input;
    let m = matcher();
    let mut starts = Vec::new();
    let block_ends: Vec<usize> = blocks
        .iter()
        .map(|&(_, to)| folded.origin.partition_point(|&o| (o as usize) < to))
        .collect();
    // Tokens come in text order: a cursor maps their starts to folded offsets.
    let mut cursor = 0usize;
    // The names starting at a word, reused from word to word.
    let mut names = Vec::new();
    for (i, t) in tokens.list.iter().enumerate().filter(|(_, t)| t.word) {
        if !read(i) {
            continue;
        }
        let token_first = out.len();
        starts.push((i, token_first));
        let whole = (!t.hyphen).then_some((t.start, t.end));
        let split = t.hyphen.then(|| parts(raw, t.start, t.end));
        for (start, end) in whole.into_iter().chain(split.into_iter().flatten()) {
            if end - start <= 6 && is_capitals(&raw[start..end]) {
                if let Some(v) = m.capitals.get(&raw[start..end]) {
                    if !v.needs_cue || has_cue(i) {
                        out.push(candidate(v, start, end));
                    }
                }
            }
            let first = raw[start..end].chars().next();
            let (trie, lower, starts) = if first.is_some_and(char::is_lowercase) {
                (&m.lowercase, true, &m.lowercase_starts)
            } else {
                (&m.trie, false, &m.starts)
            };
            // (The origins rise: the first folded byte of the word is found by halving.)
            cursor +=
                folded.origin[cursor..folded.text.len()].partition_point(|&o| (o as usize) < start);
            let f_start = cursor;
            if !starts.may_start(folded.text.as_bytes(), f_start) {
                continue;
            }
            trie.prefixes_at(
                folded.text.as_bytes(),
                f_start,
                block_ends[t.block],
                &mut names,
            );
            // The longest name first; when it is rejected, the next shorter one.
            for &(pattern, f_end) in names.iter().rev() {
                let slot = if lower {
                    m.lowercase_slots[pattern]
                } else {
                    pattern
                };
                let end = folded.origin[f_end] as usize;
                let found = &raw[start..end];
                let variant = (!is_word_char(raw[end..].chars().next()))
                    .then(|| {
                        m.variants[slot]
                            .iter()
                            .find(|v| case_fits(v.written, found) && (!v.needs_cue || has_cue(i)))
                    })
                    .flatten();
                if let Some(v) = variant {
                    out.push(candidate(v, start, end));
                    break;
                }
            }
        }
        if t.hyphen {
            drop_parts_of_compound(raw, (t.start, t.end), token_first, out);
        }
    }
    starts
}

/// `Port of Valdora-Lund`: a hyphenated word whose parts are capitalised names is one
/// name (two towns merged, a double-barrelled place), and a known place matched in one
/// part is no mention of its own. A part the base also knows (`Washington-Moscow`), an
/// acronym (`US-Japanese`), an adjective of nationality or a lowercase part (`Kyiv-based`)
/// leaves the parts' matches alone.
fn drop_parts_of_compound(
    raw: &str,
    token: (usize, usize),
    first: usize,
    out: &mut Vec<Candidate>,
) {
    let matched = &out[first..];
    let orphan = parts(raw, token.0, token.1).any(|(a, b)| {
        let part = &raw[a..b];
        let capitalised = part.chars().next().is_some_and(char::is_uppercase);
        let acronym = part.chars().all(|c| !c.is_lowercase());
        let covered = matched.iter().any(|c| c.start <= a && c.end >= b);
        capitalised && !acronym && !covered && knowledge_base().country_of_adjective(part).is_none()
    });
    if orphan {
        // Names spanning the whole word (`Royaume-Uni`) stay.
        let whole: Vec<Candidate> = out
            .drain(first..)
            .filter(|c| c.start == token.0 && c.end >= token.1)
            .collect();
        out.extend(whole);
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
    fn word_parts() {
        let raw = "ex-US x";
        let p: Vec<(usize, usize)> = parts(raw, 0, 5).collect();
        assert_eq!(p, [(0, 2), (3, 5)]);
    }

    #[test]
    fn case_rule() {
        assert!(case_fits("US", "US"));
        assert!(!case_fits("US", "us"));
        assert!(case_fits("ministère", "Ministère"));
    }
}
