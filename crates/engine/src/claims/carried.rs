//! Quoted words carried on. "“…,” said Jan Roe. “The agency condemns this attack.”": a
//! quotation with no credit of its own that opens right after words credited to someone
//! goes on in that someone's voice, even where a body it names is its grammatical subject.
//! The author of a statement, not the body or country it speaks for, is its speaker.
//!
//! A quotation over several sentences is settled when it closes: if its closing sentence
//! credits no one ("…,” she added" would), the voice it opened after speaks all of it.

use super::facts::Facts;
use super::lexicon::Family;
use super::parties::in_quoted_words;
use super::tokens::{quote_mark, Hit};

/// The reporting verb that credits a sentence's quoted words to someone: after the mark
/// that closes a quotation over sentences ("… now,” she said"), or outside the quoted words
/// of a sentence that opens with a quotation mark ("“…,” said Jan Roe", « « … », a déclaré
/// X »).
pub(crate) fn credit<'f>(f: &'f Facts) -> Option<&'f Hit> {
    if f.quote_end {
        let close = f
            .tokens
            .iter()
            .position(|t| !t.word && matches!(t.raw, "»" | "”" | "\""))?;
        return report_where(f, |i| i > close);
    }
    if !opens_with_mark(f) {
        return None;
    }
    report_where(f, |i| !in_quoted_words(&f.tokens, i))
}

/// Whether an uncredited sentence-long quotation: opens and closes with quotation marks,
/// with no reporting verb outside them ("“The port will reopen on Monday.”"), and ends with a
/// stop (a subheading in quotation marks is a line of its own, no one's next words).
pub(crate) fn uncredited_whole(f: &Facts) -> bool {
    let stop = f.tokens.iter().rev().find(|t| !t.word && !quote_mark(t));
    f.whole_quotation()
        && stop.is_some_and(|t| matches!(t.raw, "." | "!" | "?" | "…"))
        && report_where(f, |i| !in_quoted_words(&f.tokens, i)).is_none()
}

/// Whether the sentence opens with a quotation mark, after a transcript label if any.
fn opens_with_mark(f: &Facts) -> bool {
    f.tokens
        .get(f.label_end)
        .is_some_and(|t| !t.word && matches!(t.raw, "«" | "“" | "\""))
}

/// The first reporting verb that starts at a token `at` accepts.
fn report_where<'f>(f: &'f Facts, at: impl Fn(usize) -> bool) -> Option<&'f Hit> {
    f.hits
        .iter()
        .find(|h| h.family == Family::Report && at(h.first))
}
