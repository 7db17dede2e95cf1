//! Word and punctuation tokens of the blocks the recogniser reads.
//!
//! A word is a run of letters and digits, hyphens inside it included
//! (`Royaume-Uni`, `porte-parole`); every other visible char is a token of its
//! own, so elision (`l'`, `d’`) and possessives (`'s`) split off. Offsets are
//! bytes into the original text; the recogniser converts them to chars last.

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
}

impl<'a> Tokens<'a> {
    /// The text of token `i` (empty past the end).
    pub fn text(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| &self.raw[t.start..t.end])
    }

    /// Tokenise the given byte ranges (one per block).
    pub fn new(raw: &'a str, blocks: &[(usize, usize)]) -> Self {
        let mut list = Vec::with_capacity(raw.len() / 5);
        for (block, &(from, to)) in blocks.iter().enumerate() {
            tokenise_block(raw, from, to, block, &mut list);
        }
        Tokens { raw, list }
    }
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn tokenise_block(raw: &str, from: usize, to: usize, block: usize, out: &mut Vec<Token>) {
    let s = &raw[from..to];
    let mut it = s.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let start = from + i;
        if !c.is_alphanumeric() {
            out.push(Token {
                start,
                end: start + c.len_utf8(),
                block,
                space_before: space,
                word: false,
                capitalised: false,
                all_caps: false,
                digits: false,
                hyphen: false,
            });
            space = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        let (mut letters, mut upper, mut digits) = (0usize, 0usize, 0usize);
        let mut count = |c: char| {
            if c.is_ascii_digit() {
                digits += 1;
            } else if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                }
            }
        };
        count(c);
        let mut chars = 1usize;
        let mut hyphen = false;
        loop {
            match it.peek() {
                Some(&(_, d)) if d.is_alphanumeric() => {
                    count(d);
                    chars += 1;
                    end += d.len_utf8();
                    it.next();
                }
                // "CERT.LV", "GOVCERT.LU": an acronym and a country-code suffix after a
                // dot with no space are one name (a CERT's own spelling), not two.
                Some(&(j, '.')) if acronym(&raw[start..end]) => {
                    let Some(n) = country_code_after(&s[j + 1..]) else {
                        break;
                    };
                    for _ in 0..=n {
                        let (_, d) = it.next().unwrap_or((0, '.'));
                        count(d);
                        end += d.len_utf8();
                    }
                    chars += n + 1;
                    break;
                }
                Some(&(j, d)) if is_hyphen(d) => {
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphanumeric) {
                        hyphen = true;
                        end += d.len_utf8();
                        chars += 1;
                        it.next();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        out.push(Token {
            start,
            end,
            block,
            space_before: space,
            word: true,
            capitalised: c.is_uppercase(),
            all_caps: letters >= 2 && upper == letters,
            digits: digits == chars,
            hyphen,
        });
        space = false;
    }
}

/// Longest suffix after a dot that reads as a country code ("LV", "LU", "GOV").
const COUNTRY_CODE_CHARS: usize = 3;

/// Whether a word is an acronym of two or more ASCII capitals.
fn acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The length of an uppercase country-code suffix at the start of `rest` (two or three
/// ASCII capitals ending the word), if there is one.
fn country_code_after(rest: &str) -> Option<usize> {
    let n = rest.chars().take_while(char::is_ascii_uppercase).count();
    let ends = rest[n..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    ((2..=COUNTRY_CODE_CHARS).contains(&n) && ends).then_some(n)
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
}
