//! Words of a sentence and the lexicon phrases found among them.
//!
//! The one tokenizer's tokens (`crate::tokens`), read in parts: a word is a run of
//! letters and digits; apostrophes, hyphens and every other mark are tokens of their
//! own, so "l’Agence", "cyber-attaques" and "a -t-il" become words the lexicons can
//! name without caring about typography.

use super::lexicon::{self, Edges, End, Family, Lexicon, Phrase, Trie};
use crate::article::Lang;
use crate::text::lowercase;
use crate::tokens::Joint;
use std::borrow::Cow;
use std::ops::Deref;

/// A word or a punctuation mark, with its char span in the article.
///
/// Both spellings borrow the sentence's text unless lowercasing changes the word,
/// so most tokens cost no allocation.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub raw: &'a str,
    pub lower: Lower<'a>,
    pub word: bool,
}

/// A token lowercased: the text itself when it has no capital, else a copy.
#[derive(Debug, Clone)]
pub(crate) struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    fn of(raw: &'a str) -> Self {
        Lower(lowercase(raw))
    }

    /// The lowercased text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl Token<'_> {
    /// Whether the word starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.word && self.raw.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether this is the given punctuation mark.
    pub fn is(&self, mark: &str) -> bool {
        // (The first bytes compared first: the rules ask it of nearly every token, and most
        // marks differ there, with no call to compare strings.)
        !self.word && self.raw.as_bytes().first() == mark.as_bytes().first() && self.raw == mark
    }

    /// A mark that ends a clause or a quotation.
    pub fn is_boundary(&self) -> bool {
        !self.word && matches!(self.raw, "," | ";" | ":" | "(" | ")" | "—" | "–")
    }
}

/// Longest parenthesised aside a clause walk steps over, in tokens ("(AFC)", "(the
/// Freedonian Cyber Agency, FCA)"): longer parentheses are text of their own.
const MAX_ASIDE_TOKENS: usize = 12;

/// The tokens of the clause that starts at `from`, up to its first boundary, stepping over
/// a short parenthesised aside: "attributed by the Agency (FCA) to X" is one clause.
pub(crate) fn clause_from(t: &[Token], from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = from;
    while i < t.len() {
        if t[i].is("(") {
            let close = (i + 1..t.len().min(i + 2 + MAX_ASIDE_TOKENS)).find(|&j| t[j].is(")"));
            if let Some(c) = close {
                i = c + 1;
                continue;
            }
        }
        if t[i].is_boundary() {
            break;
        }
        out.push(i);
        i += 1;
    }
    out
}

/// Split a text into tokens; `base` is the char offset of its first char.
///
/// The one tokenizer's tokens (`crate::tokens`) as they are: hyphens and apostrophes
/// are marks of their own, so a phrase may span them.
pub(crate) fn tokenize<'a>(text: &'a str, base: usize) -> Vec<Token<'a>> {
    // About one token per five bytes of news text: few regrowths.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    crate::tokens::scan(text, |t| {
        let raw = &text[t.start..t.end];
        out.push(Token {
            start: base + t.char_start,
            end: base + t.char_end,
            lower: if t.word {
                Lower::of(raw)
            } else {
                Lower(Cow::Borrowed(raw))
            },
            raw,
            word: t.word,
        });
    });
    out
}

/// A phrase found in a sentence: its family (or side) and first and last token.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub family: Family,
    pub side: Option<&'static str>,
    pub first: usize,
    pub last: usize,
}

/// Marks that may sit inside a phrase between two of its words: those the tokenizer
/// reads as joints (hyphens, apostrophes, the dot), spaced or not ("a -t-il").
fn joins_words(t: &Token) -> bool {
    // A mark is one char.
    !t.word
        && t.raw
            .chars()
            .next()
            .is_some_and(|c| Joint::of(c) != Joint::None)
}

pub(crate) fn quote_mark(t: &Token) -> bool {
    !t.word && matches!(t.raw, "«" | "»" | "“" | "”" | "\"")
}

fn word_matches(phrase: &Phrase, j: usize, token: &Token) -> bool {
    let want = &phrase.words[j];
    let have = if phrase.case_sensitive {
        token.raw
    } else {
        token.lower.as_str()
    };
    if phrase.prefix_last && j + 1 == phrase.words.len() {
        have.starts_with(want.as_str())
    } else {
        have == want
    }
}

/// The word standing for a gap of one to four words in a phrase (`~` in the data).
pub(crate) const GAP: &str = "zzgapzz";
/// The most words a gap stands for: enough for "accused ~ of" to take "the Freedonian
/// government", not so many that it joins words of two clauses.
const MAX_GAP_WORDS: usize = 4;

/// Token index of the phrase's last word when its words from `j` on match from word `k`.
fn match_from(
    phrase: &Phrase,
    j: usize,
    tokens: &[Token],
    words: &[usize],
    k: usize,
) -> Option<usize> {
    if j == phrase.words.len() {
        return k.checked_sub(1).map(|last| words[last]);
    }
    let ti = *words.get(k)?;
    // Quotation marks join the words of a phrase: a gap may hold quoted words ("bore
    // “Moscow's signature”"), and a quotation may open or close inside a phrase (had
    // "nothing to do" with, « sur ordre » de, ne pas vouloir « anticiper »).
    let joins = |b: usize| joins_words(&tokens[b]) || quote_mark(&tokens[b]);
    let joined = k == 0 || j == 0 || (words[k - 1] + 1..ti).all(joins);
    if !joined {
        return None;
    }
    if phrase.words[j] == GAP {
        return (1..=MAX_GAP_WORDS).find_map(|skip| {
            let inner = (k..(k + skip).min(words.len()))
                .all(|w| w == k || (words[w - 1] + 1..words[w]).all(joins));
            if inner && k + skip <= words.len() {
                match_from(phrase, j + 1, tokens, words, k + skip)
            } else {
                None
            }
        });
    }
    if !word_matches(phrase, j, &tokens[ti]) {
        return None;
    }
    match_from(phrase, j + 1, tokens, words, k + 1)
}

/// Token index of the phrase's last word when it matches from word `k`.
fn match_at(phrase: &Phrase, tokens: &[Token], words: &[usize], k: usize) -> Option<usize> {
    match_from(phrase, 0, tokens, words, k)
}

/// Every phrase of the lexicon found among the tokens (overlaps kept), in text order.
pub(crate) fn find(lexicon: &Lexicon, tokens: &[Token]) -> Vec<Hit> {
    find_among(lexicon, tokens, &word_indices(tokens))
}

/// The indices of the word tokens.
pub(crate) fn word_indices(tokens: &[Token]) -> Vec<usize> {
    // (Room for every token at once: a collected filter would regrow several times.)
    let mut words = Vec::with_capacity(tokens.len());
    words.extend((0..tokens.len()).filter(|&i| tokens[i].word));
    words
}

/// [`find`] given the indices of the word tokens.
pub(crate) fn find_among(lexicon: &Lexicon, tokens: &[Token], words: &[usize]) -> Vec<Hit> {
    let root = &lexicon.trie.nodes[ROOT].words;
    let steps: Vec<Steps> = words
        .iter()
        .map(|&ti| {
            let (lower, raw) = spellings(root, &tokens[ti]);
            [lower.and_then(|n| n.lower), raw.and_then(|n| n.raw)]
        })
        .collect();
    find_stepped(lexicon, tokens, words, &steps)
}

/// What root edges hold for a token lowercased and as written (one lookup when the two are
/// the same).
fn spellings<'e, V: Default>(edges: &'e Edges<V>, t: &Token) -> (Option<&'e V>, Option<&'e V>) {
    let lower = edges.get(t.lower.as_str());
    let raw = if t.raw == t.lower.as_str() {
        lower
    } else {
        edges.get(t.raw)
    };
    (lower, raw)
}

/// The trie nodes a word leads to from the root: the word compared lowercased, then as
/// written (see [`lexicon::Next`]).
pub(crate) type Steps = [Option<u32>; 2];

/// Each word's [`Steps`] from the roots of the language's cue lexicon and of the sides
/// lexicon (`[cues, sides]`), found with one lookup of each spelling for both (see
/// [`lexicon::roots`]).
pub(crate) fn root_steps(lang: Lang, tokens: &[Token], words: &[usize]) -> [Vec<Steps>; 2] {
    let roots = lexicon::roots(lang);
    let mut out = [
        Vec::with_capacity(words.len()),
        Vec::with_capacity(words.len()),
    ];
    for &ti in words {
        let (lower, raw) = spellings(roots, &tokens[ti]);
        for (slot, steps) in out.iter_mut().enumerate() {
            steps.push([
                lower.and_then(|n| n[slot].lower),
                raw.and_then(|n| n[slot].raw),
            ]);
        }
    }
    out
}

/// The hits per word [`find_stepped`] makes room for at once.
const HITS_PER_WORD: usize = 2;
/// The phrases from one word [`find_stepped`] makes room for at once.
const FOUND_ROOM: usize = 8;

/// [`find_among`] given each word's steps from the trie's root (`steps[k]` for word `k`).
pub(crate) fn find_stepped(
    lexicon: &Lexicon,
    tokens: &[Token],
    words: &[usize],
    steps: &[Steps],
) -> Vec<Hit> {
    // Up to two hits per word in the cue lexicons (their word classes take most small words,
    // and a word may open a phrase too): room for them at once.
    let mut hits = Vec::with_capacity(words.len() * HITS_PER_WORD);
    let mut prefixes = Vec::new();
    let mut found = Vec::with_capacity(FOUND_ROOM);
    for (k, &ti) in words.iter().enumerate() {
        let hit = |family, side, last| Hit {
            family,
            side,
            first: ti,
            last,
        };
        if tokens[ti].lower == GAP {
            // The phrases keyed by the gap's own word (those that open with a gap, which
            // the trie leaves out), one by one.
            let phrases = lexicon.by_first.get(GAP).into_iter().flatten();
            hits.extend(phrases.filter_map(|phrase| {
                match_at(phrase, tokens, words, k).map(|last| hit(phrase.family, phrase.side, last))
            }));
        } else {
            found.clear();
            // The root step is the word's alone (see `lexicon::roots`): on from there.
            for n in steps[k].into_iter().flatten() {
                walk(&lexicon.trie, n as usize, tokens, words, k + 1, &mut found);
            }
            // In the order of the phrases' list for this first word.
            found.sort_unstable_by_key(|(end, _): &(End, usize)| end.rank);
            hits.extend(found.iter().map(|(e, last)| hit(e.family, e.side, *last)));
        }
        // One-word prefixes (`pirat*`), tried on every word: a prefix test is the whole match.
        lexicon.prefixes_for(tokens[ti].raw, &tokens[ti].lower, &mut prefixes);
        for phrase in prefixes.iter().map(|&p| &lexicon.prefixes[p as usize]) {
            let last = if phrase.words[0] == GAP {
                match_at(phrase, tokens, words, k)
            } else {
                word_matches(phrase, 0, &tokens[ti]).then_some(ti)
            };
            if let Some(last) = last {
                hits.push(hit(phrase.family, phrase.side, last));
            }
        }
    }
    hits
}

/// The phrases that match from word `k` on, walking the trie from node `at` (which the
/// words before `k` led to) into `found` with their last token. Each phrase is taken
/// once, as [`match_from`] reads it: a gap takes the fewest words that let the rest match.
fn walk(
    trie: &Trie,
    at: usize,
    tokens: &[Token],
    words: &[usize],
    k: usize,
    found: &mut Vec<(End, usize)>,
) {
    let node = &trie.nodes[at];
    for end in &node.ends {
        if !found.iter().any(|(f, _)| f.rank == end.rank) {
            found.push((*end, words[k - 1]));
        }
    }
    let Some(&ti) = words.get(k) else {
        return;
    };
    // As in `match_from`: the words after the first join only across joints and quotation marks.
    let joins = |b: usize| joins_words(&tokens[b]) || quote_mark(&tokens[b]);
    if at != ROOT && !(words[k - 1] + 1..ti).all(joins) {
        return;
    }
    let t = &tokens[ti];
    let by_lower = node.words.get(t.lower.as_str());
    let by_raw = if t.raw == t.lower.as_str() {
        by_lower
    } else {
        node.words.get(t.raw)
    };
    let next = [by_lower.and_then(|n| n.lower), by_raw.and_then(|n| n.raw)];
    for n in next.into_iter().flatten() {
        walk(trie, n as usize, tokens, words, k + 1, found);
    }
    for (prefix, cased, n) in &node.prefixes {
        let have = if *cased { t.raw } else { t.lower.as_str() };
        if have.starts_with(prefix.as_str()) {
            walk(trie, *n as usize, tokens, words, k + 1, found);
        }
    }
    if let Some(gap) = node.gap {
        for skip in 1..=MAX_GAP_WORDS {
            let inner = (k..(k + skip).min(words.len()))
                .all(|w| w == k || (words[w - 1] + 1..words[w]).all(joins));
            if inner && k + skip <= words.len() {
                walk(trie, gap as usize, tokens, words, k + skip, found);
            }
        }
    }
}

/// The trie's root: no word read yet.
const ROOT: usize = 0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Lang;

    /// The words of a phrase, as written.
    fn words_of(text: &str) -> Vec<&str> {
        tokenize(text, 0)
            .into_iter()
            .filter(|t| t.word)
            .map(|t| t.raw)
            .collect()
    }

    fn families(text: &str) -> Vec<(Family, String)> {
        let tokens = tokenize(text, 0);
        find(crate::claims::lexicon::cues(Lang::Fr), &tokens)
            .into_iter()
            .map(|h| {
                let words: Vec<&str> = tokens[h.first..=h.last]
                    .iter()
                    .filter(|t| t.word)
                    .map(|t| t.raw)
                    .collect();
                (h.family, words.join(" "))
            })
            .collect()
    }

    #[test]
    fn apostrophes_and_hyphens_split_words() {
        let words = words_of("l’Agence a -t-il cyber-attaques");
        assert_eq!(words, ["l", "Agence", "a", "t", "il", "cyber", "attaques"]);
    }

    #[test]
    fn prefixes_and_gaps_match() {
        let hits = families("Le ministère a appelé la France à cesser le piratage informatique.");
        assert!(hits.contains(&(Family::Urge, "appelé la France à".to_string())));
        assert!(hits.contains(&(Family::Attack, "piratage".to_string())));
        // A gap is one to four words: "appelé à" alone is no call by this phrase.
        assert!(!families("un groupe appelé Tick")
            .iter()
            .any(|(f, _)| *f == Family::Urge));
    }
}
