//! The rows of a pair as the page needs them: the pair's own rows (or paragraph rows when the
//! engine found no alignment), the row of each sentence, and the rows where versions differ.

use crate::context::CorpusContext;
use crate::corpus::{Pair, Row, RowNote};
use crate::layout::Side;
use crate::sorted_map::SortedMap;
use crate::state::SentenceRef;
use parallax_engine::Lang;
use std::rc::Rc;

/// The rows to show: the corpus pair when there is one, else paragraph rows.
pub fn rows_of(corpus: &CorpusContext, a: usize, b: usize) -> Pair {
    if let Some(pair) = corpus.pair_of(a, b) {
        return pair.clone();
    }
    let a_is_fr = corpus.article(a).map(|x| x.lang) == Some(Lang::Fr)
        || corpus.article(b).map(|x| x.lang) != Some(Lang::Fr);
    let (fr, en) = if a_is_fr { (a, b) } else { (b, a) };
    let len = |i: usize| corpus.views.get(i).map_or(0, |v| v.blocks.len());
    let n = len(fr).max(len(en));
    let rows = (0..n)
        .map(|i| Row::Blocks {
            fr: (i < len(fr)).then_some(i),
            en: (i < len(en)).then_some(i),
        })
        .collect();
    Pair {
        fr,
        en,
        aligned: false,
        rows,
        notes: vec![RowNote::default(); n],
    }
}

/// Which row each sentence of the two articles stands in.
pub fn row_index(corpus: &CorpusContext, pair: &Pair) -> SortedMap<SentenceRef, usize> {
    let mut out = Vec::new();
    let sentences_of_block = |article: usize, block: usize| {
        corpus.article(article).into_iter().flat_map(move |x| {
            x.sentences
                .iter()
                .enumerate()
                .filter(move |(_, s)| s.paragraph == block)
                .map(|(i, _)| i)
        })
    };
    for (r, row) in pair.rows.iter().enumerate() {
        for side in Side::BOTH {
            let article = side.article(pair);
            match row {
                Row::Aligned { fr, en } => {
                    out.extend(side.pick(fr, en).iter().map(|&s| ((article, s), r)));
                }
                Row::Noise { .. } => {}
                Row::Blocks { fr, en } => {
                    if let Some(block) = side.pick(fr, en) {
                        out.extend(sentences_of_block(article, *block).map(|s| ((article, s), r)));
                    }
                }
            }
        }
    }
    SortedMap::last_wins(out)
}

/// The rows where the two versions differ, ascending: what `n` and `p` move through.
pub fn divergent_rows(pair: &Pair) -> Rc<[usize]> {
    pair.notes
        .iter()
        .enumerate()
        .filter(|(_, note)| !note.divergences.is_empty())
        .map(|(r, _)| r)
        .collect()
}
