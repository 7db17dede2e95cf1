//! Sentence splitting for French and English.
//!
//! Rules, in order of precedence:
//! - a paragraph (line) always ends a sentence;
//! - a quotation of several sentences is split like any text; a stop right before
//!   the closing mark (`. »`, `.”`) ends the sentence after that mark;
//! - no split after an abbreviation (data file `abbreviations.txt`; those of
//!   `numbered_abbreviations.txt` only before a number) or an
//!   initial (`J.`), nor inside numbers (`3.5`);
//! - otherwise `.`, `!`, `?`, `…` followed by space and a capital, digit or
//!   opening quote ends a sentence.

use crate::article::{trim_span, Lang, Paragraph};
use crate::text::{Span, Text};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The sentence's text.
    pub text: String,
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

impl Sentence {
    /// The sentence's char span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Split the headline and body paragraphs into sentences. Noise blocks give none.
pub fn split(text: &Text, paragraphs: &[Paragraph], _lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if paragraph.kind.is_noise() {
            continue;
        }
        for span in split_block(text, paragraph.span()) {
            out.push(Sentence {
                start: span.start,
                end: span.end,
                text: text.slice(span).to_string(),
                paragraph: index,
            });
        }
    }
    out
}

/// Words that open a sentence after a lone capital letter (see `is_abbreviation`).
fn sentence_openers() -> &'static HashSet<&'static str> {
    static OPENERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    OPENERS.get_or_init(|| words_of(include_str!("../data/lexicons/sentence_openers.txt")))
}

fn words_of(list: &'static str) -> HashSet<&'static str> {
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

fn abbreviations() -> &'static HashSet<&'static str> {
    static ABBREVIATIONS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ABBREVIATIONS.get_or_init(|| words_of(include_str!("../data/lexicons/abbreviations.txt")))
}

/// Whether a word (without its full stop) is an abbreviation whose full stop ends no
/// sentence ("M", "Dr", "U.S").
pub(crate) fn is_listed_abbreviation(word: &str) -> bool {
    abbreviations().contains(word)
}

/// Abbreviations only before a number (« vol. 3 »; « le vol. » ends a sentence).
fn numbered_abbreviations() -> &'static HashSet<&'static str> {
    static NUMBERED: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NUMBERED.get_or_init(|| words_of(include_str!("../data/lexicons/numbered_abbreviations.txt")))
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '„')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '’' | ')' | ']')
}

fn split_block(text: &Text, block: Span) -> Vec<Span> {
    let block_text = text.slice(block);
    // (Room for a char per byte at once: a collected `chars()` regrows several times.)
    let mut chars: Vec<char> = Vec::with_capacity(block_text.len());
    chars.extend(block_text.chars());
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Extend over a run of terminators and closing marks ("?!", ". »", ".”").
        let mut end = i + 1;
        while end < chars.len() && matches!(chars[end], '.' | '!' | '?' | '…') {
            end += 1;
        }
        let mut j = end;
        loop {
            let mut k = j;
            while k < chars.len()
                && (chars[k] == ' ' || chars[k] == '\u{a0}' || chars[k] == '\u{202f}')
            {
                k += 1;
            }
            // A straight quote before a letter opens a quotation ('remarks. "We …').
            let opens_next = chars[k..].first() == Some(&'"')
                && chars.get(k + 1).is_some_and(|c| c.is_alphanumeric());
            if k < chars.len() && is_closing_mark(chars[k]) && k <= j + 1 && !opens_next {
                j = k + 1;
                continue;
            }
            break;
        }
        let closing_run_end = j;
        // A stop inside a quotation ends a sentence like any other: a quoted passage of
        // several sentences is several sentences (their speaker is found across them).
        if c == '.' && end == i + 1 && is_abbreviation(&chars, i) {
            i = end;
            continue;
        }
        let next = chars[closing_run_end..]
            .iter()
            .position(|c| !c.is_whitespace());
        let starts_sentence = match next {
            None => true,
            Some(offset) => {
                let gap = offset > 0;
                let n = chars[closing_run_end + offset];
                gap && (n.is_uppercase()
                    || n.is_ascii_digit()
                    || is_opening_quote(n)
                    || n == '"'
                    || n == '('
                    || n == '-'
                    || n == '—')
            }
        };
        if starts_sentence {
            push_trimmed(text, block, start, closing_run_end, &mut out);
            start = closing_run_end;
        }
        i = closing_run_end.max(i + 1);
    }
    push_trimmed(text, block, start, chars.len(), &mut out);
    out
}

fn push_trimmed(text: &Text, block: Span, from: usize, to: usize, out: &mut Vec<Span>) {
    let span = trim_span(text, Span::new(block.start + from, block.start + to));
    if !span.is_empty() {
        out.push(span);
    }
}

/// Whether the `.` at `dot` closes an abbreviation or an initial rather than a sentence.
fn is_abbreviation(chars: &[char], dot: usize) -> bool {
    let word_start = chars[..dot]
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '«' | '“' | '"'))
        .map_or(0, |p| p + 1);
    let word: String = chars[word_start..dot].iter().collect();
    if word.is_empty() {
        return false;
    }
    if abbreviations().contains(word.as_str()) {
        return true;
    }
    // A caption in capitals abbreviates the same titles ("REP. JAN ROE", "DR. ANA ROE").
    if word.chars().count() > 1 && word.chars().all(char::is_uppercase) {
        let mut letters = word.chars();
        let titled: String = letters
            .next()
            .into_iter()
            .chain(letters.flat_map(char::to_lowercase))
            .collect();
        if abbreviations().contains(titled.as_str()) {
            return true;
        }
    }
    if numbered_abbreviations().contains(word.as_str()) {
        return chars[dot + 1..]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_ascii_digit);
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        // An initial: "J. Biden", "M. Yoshida"; but a letter that is a name of its own
        // ("on X.") ends the sentence before a word that never follows an initial.
        let next: String = chars[dot + 1..]
            .iter()
            .skip_while(|c| c.is_whitespace())
            .take_while(|c| c.is_alphabetic())
            .collect();
        return !sentence_openers().contains(next.as_str());
    }
    // Dotted acronyms: "U.S." "É.-U."
    word.contains('.') && word.split(['.', '-']).all(|p| p.chars().count() <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse;

    fn sentences(raw: &str) -> Vec<String> {
        let t = Text::new(raw);
        let p = parse(&t);
        split(&t, &p.paragraphs, p.lang)
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn splits_after_stop_and_capital() {
        assert_eq!(sentences("Il pleut. Il neige."), ["Il pleut.", "Il neige."]);
    }

    #[test]
    fn a_quotation_of_several_sentences_is_several_sentences() {
        assert_eq!(
            sentences("Il a dit « Non. Jamais. » Elle a ri."),
            ["Il a dit « Non.", "Jamais. »", "Elle a ri."]
        );
        assert_eq!(
            sentences("“Never. Not once,” he said. “We will not.”"),
            ["“Never.", "Not once,” he said.", "“We will not.”"]
        );
        // A straight quote before a word opens a quotation: the stop before it ends a sentence.
        assert_eq!(
            sentences("He declined. \"We know nothing,\" he said."),
            ["He declined.", "\"We know nothing,\" he said."]
        );
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph() {
        assert_eq!(
            sentences("“La paix est là. Le Japon agit. Le G7 aussi."),
            ["“La paix est là.", "Le Japon agit.", "Le G7 aussi."]
        );
    }

    #[test]
    fn a_numbered_abbreviation_holds_only_before_a_number() {
        assert_eq!(
            sentences("Tokyo a condamné le vol. Il a protesté. Voir le vol. 3 du rapport."),
            [
                "Tokyo a condamné le vol.",
                "Il a protesté.",
                "Voir le vol. 3 du rapport."
            ]
        );
        assert_eq!(
            sentences("The answer was no. See no. 12."),
            ["The answer was no.", "See no. 12."]
        );
    }

    #[test]
    fn abbreviations_initials_and_numbers_do_not_split() {
        assert_eq!(
            sentences("Selon M. YOSHIDA Tomoyuki, la U.S. Army a payé 3.5 millions. Fin."),
            [
                "Selon M. YOSHIDA Tomoyuki, la U.S. Army a payé 3.5 millions.",
                "Fin."
            ]
        );
        // A lone letter that names something ends a sentence before a function word.
        assert_eq!(
            sentences("The ministry replied on X. In a post, it denied it. M. Le Roux left."),
            [
                "The ministry replied on X.",
                "In a post, it denied it.",
                "M. Le Roux left."
            ]
        );
        assert_eq!(
            sentences("Mr. Smith met J. Doe. Then left."),
            ["Mr. Smith met J. Doe.", "Then left."]
        );
    }

    #[test]
    fn paragraphs_end_sentences() {
        assert_eq!(
            sentences("Titre sans point\nUn texte. Deux."),
            ["Titre sans point", "Un texte.", "Deux."]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for raw in [
            "",
            "   \n\n ",
            ".",
            "...",
            "« ",
            "»",
            "\u{0}\u{1}",
            "a.b.c.",
            "é. É. « . » “",
            &"x. ".repeat(10_000),
        ] {
            let t = Text::new(raw);
            let p = parse(&t);
            for s in split(&t, &p.paragraphs, p.lang) {
                assert!(s.start < s.end && s.end <= t.char_len());
                assert_eq!(t.slice(s.span()), s.text);
            }
        }
    }
}
