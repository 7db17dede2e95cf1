//! Word and punctuation tokens of the blocks the recogniser reads: the one
//! tokenizer's tokens (`crate::tokens`) with words read whole.
//!
//! A word is a run of letters and digits, hyphens inside it included
//! (`Royaume-Uni`, `porte-parole`: a hyphen-joined run merged); every other
//! visible char is a token of its own, so elision (`l'`, `d’`) and possessives
//! (`'s`) split off. Offsets are bytes into the original text; the recogniser
//! converts them to chars last.

use crate::tokens::Joint;

/// One token.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the block (paragraph) it belongs to.
    pub block: usize,
    /// Whether whitespace comes right before it.
    pub space_before: bool,
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub word: bool,
    /// Whether its first char is an uppercase letter.
    pub capitalised: bool,
    /// Whether it has two or more letters, all uppercase.
    pub all_caps: bool,
    /// Whether it is all ASCII digits.
    pub digits: bool,
    /// Whether a hyphen joins parts of it (`Royaume-Uni`, `ex-US`).
    pub hyphen: bool,
}

/// The tokens of a text, block by block.
#[derive(Debug)]
pub struct Tokens<'a> {
    /// The original text.
    pub raw: &'a str,
    /// Tokens in text order.
    pub list: Vec<Token>,
    /// The text of each token, sliced once: the rules ask it of every token again and
    /// again, and a slice of `raw` checks its char boundaries each time.
    texts: Vec<&'a str>,
}

impl<'a> Tokens<'a> {
    /// The text of token `i` (empty past the end).
    pub fn text(&self, i: usize) -> &'a str {
        self.texts.get(i).copied().unwrap_or("")
    }

    /// Tokenise the given byte ranges (one per block).
    pub fn new(raw: &'a str, blocks: &[(usize, usize)]) -> Self {
        let mut list = Vec::with_capacity(raw.len() / 5);
        let mut pieces = Vec::new();
        for (block, &(from, to)) in blocks.iter().enumerate() {
            tokenise_block(raw, from, to, block, &mut pieces, &mut list);
        }
        let texts = list.iter().map(|t| &raw[t.start..t.end]).collect();
        Tokens { raw, list, texts }
    }
}

pub(crate) use crate::tokens::is_hyphen;

fn tokenise_block(
    raw: &str,
    from: usize,
    to: usize,
    block: usize,
    pieces: &mut Vec<crate::tokens::Token>,
    out: &mut Vec<Token>,
) {
    let s = &raw[from..to];
    pieces.clear();
    crate::tokens::scan(s, |t| pieces.push(t));
    let mut i = 0;
    while i < pieces.len() {
        let first = pieces[i];
        let last = if !first.word {
            i
        } else if dotted_country_code(s, pieces, i) {
            i + 2
        } else {
            crate::tokens::run_end(pieces, i)
        };
        let text = &s[first.start..pieces[last].end];
        out.push(Token {
            start: from + first.start,
            end: from + pieces[last].end,
            block,
            space_before: first.space_before,
            word: first.word,
            capitalised: first.word && text.starts_with(char::is_uppercase),
            all_caps: first.word && all_caps(text),
            digits: first.word && text.bytes().all(|b| b.is_ascii_digit()),
            hyphen: last > i && first.joint == Joint::Hyphen,
        });
        i = last + 1;
    }
}

/// Whether a word has two or more letters, all uppercase ("NCSC", "3GPP"): read up to
/// its first small letter, which most words have second.
fn all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether word piece `i` and the two after it spell an acronym and a country-code
/// suffix: "CERT.LV", "GOVCERT.LU" are one name (a CERT's own spelling), not two.
fn dotted_country_code(s: &str, pieces: &[crate::tokens::Token], i: usize) -> bool {
    let text = |k: usize| &s[pieces[k].start..pieces[k].end];
    pieces[i].joint == Joint::Dot && acronym(text(i)) && {
        let code = text(i + 2);
        (2..=COUNTRY_CODE_CHARS).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_uppercase())
    }
}

/// Longest suffix after a dot that reads as a country code ("LV", "LU", "GOV").
const COUNTRY_CODE_CHARS: usize = 3;

/// Whether a word is an acronym of two or more ASCII capitals.
fn acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_hyphens_and_elision() {
        let raw = "l’Armée du Royaume-Uni, China's APT40.";
        let t = Tokens::new(raw, &[(0, raw.len())]);
        let words: Vec<&str> = (0..t.list.len()).map(|i| t.text(i)).collect();
        assert_eq!(
            words,
            [
                "l",
                "’",
                "Armée",
                "du",
                "Royaume-Uni",
                ",",
                "China",
                "'",
                "s",
                "APT40",
                "."
            ]
        );
        assert!(t.list[9].all_caps && !t.list[9].digits);
    }

    /// The recogniser's words are the one tokenizer's words read whole, a hyphen-joined
    /// run merged, the dotted country code aside.
    #[test]
    fn words_are_the_whole_reading() {
        let raw = "Viendra-t-il à Port-Valdor ? L’Ostrie l'a dit, ex‑chef de VALCERT.OS.";
        let t = Tokens::new(raw, &[(0, raw.len())]);
        let ours: Vec<&str> = (0..t.list.len())
            .filter(|&i| t.list[i].word)
            .map(|i| t.text(i))
            .collect();
        let pieces = crate::tokens::tokenize(raw);
        let whole: Vec<&str> = crate::tokens::whole_words(&pieces)
            .map(|(a, b)| &raw[pieces[a].start..pieces[b].end])
            .collect();
        let dotted = ours.iter().position(|w| *w == "VALCERT.OS");
        assert_eq!(dotted, Some(ours.len() - 1));
        assert_eq!(ours[..ours.len() - 1], whole[..whole.len() - 2]);
        assert_eq!(whole[whole.len() - 2..], ["VALCERT", "OS"]);
        assert!(t
            .list
            .iter()
            .any(|w| w.hyphen && raw[w.start..w.end] == *"ex‑chef"));
    }
}
