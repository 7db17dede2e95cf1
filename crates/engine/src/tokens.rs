//! The one tokenizer: the word model every stage reads.
//!
//! A word is a run of letters and digits (an underscore between them included, as in a
//! handle: `Velmar_Reborn`); every other visible char is a mark, a token
//! of its own; whitespace separates tokens and is no token. Hyphens, apostrophes and
//! dots are decided here, once: a word followed by one of them with no space and then
//! by another word is *joined* to that word ([`Joint`]). A stage that reads words
//! whole (`Royaume-Uni`, `porte-parole`: the entity recogniser, the shared names)
//! merges each hyphen-joined run ([`run_end`], [`whole_words`]); a stage that wants
//! the parts (`a-t-il` as `a`, `t`, `il`, `l’Agence` as `l`, `Agence`: the cue
//! lexicons, the aligner) reads the tokens as they are. Both read the same tokens.
//!
//! Offsets are given in bytes and in chars, both from the start of the text scanned.

/// How a word is joined to the word after it: by a mark with no space on either side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Joint {
    /// Not joined: a space, another mark or the end follows.
    None,
    /// A hyphen (`Royaume-Uni`, `a-t-il`).
    Hyphen,
    /// An apostrophe (`l’Agence`, `China's`).
    Apostrophe,
    /// A dot (`CERT.LV`, `2.5`).
    Dot,
}

impl Joint {
    /// The joint a mark makes between two words it sits between.
    pub(crate) fn of(mark: char) -> Joint {
        match mark {
            c if is_hyphen(c) => Joint::Hyphen,
            '\'' | '’' => Joint::Apostrophe,
            '.' => Joint::Dot,
            _ => Joint::None,
        }
    }
}

/// Whether a char is a hyphen: the ASCII one, `‐` (U+2010) or the non-breaking `‑` (U+2011).
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// One token: a word or a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First char.
    pub char_start: usize,
    /// One past the last char.
    pub char_end: usize,
    /// Whether whitespace (or the start of the text) comes right before it.
    pub space_before: bool,
    /// Whether it is a word (letters or digits) rather than a mark.
    pub word: bool,
    /// How a word is joined to the next word (always [`Joint::None`] for a mark).
    pub joint: Joint,
}

/// Whether a char is a letter or a digit (`char::is_alphanumeric`), ASCII and Latin-1
/// told apart without the Unicode tables: the tokenizer asks it of every char.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        // Latin-1's signs (`«`, `»`, the no-break space) but its few letters and digits.
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾'),
        // Latin-1's letters (`À`–`Ö`, `Ø`–`ö`, `ø`–`ÿ`) are all alphabetic.
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        // General punctuation (`’`, `—`, `…`, `“`) holds no letter or digit.
        '\u{2000}'..='\u{206f}' => false,
        c => c.is_alphanumeric(),
    }
}

/// Whether a char is a letter (`char::is_alphabetic`), ASCII and Latin-1 told apart
/// without the Unicode tables.
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º'),
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        '\u{2000}'..='\u{206f}' => false,
        c => c.is_alphabetic(),
    }
}

/// Call `each` with every token of `text`, in order.
pub(crate) fn scan(text: &str, mut each: impl FnMut(Token)) {
    let bytes = text.as_bytes();
    // The word being read: its first byte and first char.
    let mut word: Option<(usize, usize)> = None;
    let mut space = true;
    // The index of the current char.
    let mut i = 0;
    // The current byte.
    let mut b = 0;
    while b < bytes.len() {
        // A run of ASCII letters and digits, most of a news text, is read byte by byte,
        // with no char decoded.
        let run = bytes[b..]
            .iter()
            .take_while(|x| x.is_ascii_alphanumeric())
            .count();
        if run > 0 {
            word.get_or_insert((b, i));
            b += run;
            i += run;
            continue;
        }
        let Some(c) = text[b..].chars().next() else {
            break;
        };
        let next = b + c.len_utf8();
        // An underscore between letters is part of a name ("Velmar_Reborn", a handle).
        let inner_underscore =
            c == '_' && word.is_some() && text[b + 1..].chars().next().is_some_and(is_alphanumeric);
        if is_alphanumeric(c) || inner_underscore {
            word.get_or_insert((b, i));
            i += 1;
            b = next;
            continue;
        }
        if let Some((start, char_start)) = word.take() {
            // Most words end at a space: look past the mark only when it may join.
            let joint = match Joint::of(c) {
                Joint::None => Joint::None,
                joint => {
                    let after = text[next..].chars().next();
                    if after.is_some_and(is_alphanumeric) {
                        joint
                    } else {
                        Joint::None
                    }
                }
            };
            each(Token {
                start,
                end: b,
                char_start,
                char_end: i,
                space_before: space,
                word: true,
                joint,
            });
            space = false;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            each(Token {
                start: b,
                end: b + c.len_utf8(),
                char_start: i,
                char_end: i + 1,
                space_before: space,
                word: false,
                joint: Joint::None,
            });
            space = false;
        }
        i += 1;
        b = next;
    }
    if let Some((start, char_start)) = word {
        each(Token {
            start,
            end: text.len(),
            char_start,
            char_end: i,
            space_before: space,
            word: true,
            joint: Joint::None,
        });
    }
}

/// The tokens of `text`.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    // About one token per five bytes of news text: few regrowths.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    scan(text, |t| out.push(t));
    out
}

/// The last token of the word read whole from word token `first`: the run of words
/// joined by hyphens (`Royaume`, `-`, `Uni`), or `first` itself.
pub(crate) fn run_end(tokens: &[Token], first: usize) -> usize {
    let mut last = first;
    // A hyphen joint promises a hyphen mark and a word after it.
    while tokens[last].joint == Joint::Hyphen && last + 2 < tokens.len() {
        last += 2;
    }
    last
}

/// The words read whole (hyphen-joined runs merged), as first and last token indices.
pub(crate) fn whole_words(tokens: &[Token]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tokens.len() && !tokens[i].word {
            i += 1;
        }
        let first = i;
        let last = run_end(tokens, (first < tokens.len()).then_some(first)?);
        i = last + 1;
        Some((first, last))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digits_as_the_standard_library_says() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    fn texts<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
        tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    /// One scan of invented text serves both readings: the parts for phrases that span
    /// a hyphen or an apostrophe, the whole words for names.
    #[test]
    fn one_scan_serves_parts_and_whole_words() {
        let text = "Viendra-t-il à Port-Valdor ? L’Ostrie l'a dit, Valdor's ex‑chief - no.";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens
            .iter()
            .filter(|t| t.word)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            [
                "Viendra", "t", "il", "à", "Port", "Valdor", "L", "Ostrie", "l", "a", "dit",
                "Valdor", "s", "ex", "chief", "no"
            ]
        );
        let whole: Vec<&str> = whole_words(&tokens)
            .map(|(a, b)| &text[tokens[a].start..tokens[b].end])
            .collect();
        assert_eq!(
            whole,
            [
                "Viendra-t-il",
                "à",
                "Port-Valdor",
                "L",
                "Ostrie",
                "l",
                "a",
                "dit",
                "Valdor",
                "s",
                "ex‑chief",
                "no"
            ]
        );
        let joint = |w: &str| {
            tokens
                .iter()
                .find(|t| t.word && &text[t.start..t.end] == w)
                .map(|t| t.joint)
        };
        assert_eq!(joint("L"), Some(Joint::Apostrophe));
        assert_eq!(joint("Port"), Some(Joint::Hyphen));
        assert_eq!(joint("ex"), Some(Joint::Hyphen));
        // A spaced dash joins nothing.
        assert_eq!(joint("chief"), Some(Joint::None));
    }

    /// An underscore between letters is inside a word (a handle); at a word's edge or
    /// alone it is a mark.
    #[test]
    fn an_inner_underscore_belongs_to_its_word() {
        let text = "Tarvel_Reborn _x y_ a__b";
        let tokens = tokenize(text);
        assert_eq!(
            texts(text, &tokens),
            ["Tarvel_Reborn", "_", "x", "y", "_", "a", "_", "_", "b"]
        );
    }

    #[test]
    fn offsets_in_bytes_and_chars_and_spaces() {
        let text = "« Où ? » CERT.LV";
        let tokens = tokenize(text);
        assert_eq!(
            texts(text, &tokens),
            ["«", "Où", "?", "»", "CERT", ".", "LV"]
        );
        let ou = tokens[1];
        assert_eq!((ou.start, ou.end, ou.char_start, ou.char_end), (3, 6, 2, 4));
        assert!(ou.space_before && !tokens[5].space_before);
        assert_eq!(tokens[4].joint, Joint::Dot);
        assert_eq!(
            tokens.last().map(|t| t.char_end),
            Some(text.chars().count())
        );
    }
}
