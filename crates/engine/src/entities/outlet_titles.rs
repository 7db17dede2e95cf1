//! A newspaper's title keeps its capitalised article: "a letter to The Velmar Courier", « lu
//! dans L'Écho de Tartu ». Inside a sentence a capital `The`, `Le`, `La`, `Les` or `L'`
//! before a name holding a title word (`outlet_word` in `lexicon.tsv`) is part of the
//! title; opening a sentence, its capital is the sentence's and it stays out.

use super::lexicon::lexicon;
use super::rules::View;

/// Capitalised articles a title may open on, in either language.
const TITLE_ARTICLES: [&str; 4] = ["The", "Le", "La", "Les"];
/// The elided French article (`L'Écho`), a token of its own before the apostrophe.
const ELIDED_ARTICLE: &str = "L";

/// Whether token `k` opens its sentence: the first of its block, or after a full stop.
fn opens_sentence(v: &View, k: usize) -> bool {
    k == 0
        || v.t.list[k - 1].block != v.t.list[k].block
        || matches!(v.text(k - 1), "." | "!" | "?" | ":")
}

/// The first token of the name starting at `start` whose title word is token `word`: the
/// capitalised article before it when it is the title's own, else `start`.
pub fn titled_start(v: &View, start: usize, word: usize) -> usize {
    if start == 0 || !lexicon().outlet_words.contains(v.text(word)) {
        return start;
    }
    let elided = v.punct_in(start, start - 1, "'") || v.punct_in(start, start - 1, "’");
    let article = if elided {
        start.checked_sub(2)
    } else {
        Some(start - 1)
    };
    let Some(a) = article.filter(|&a| v.word_in(start, a)) else {
        return start;
    };
    let fits = if elided {
        v.text(a) == ELIDED_ARTICLE
    } else {
        TITLE_ARTICLES.contains(&v.text(a))
    };
    if fits && !opens_sentence(v, a) {
        a
    } else {
        start
    }
}
