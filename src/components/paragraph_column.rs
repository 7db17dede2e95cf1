//! One version of a translation pair in its original paragraphs (the "Original paragraphs"
//! layout of the side-by-side view). Sentences keep their alignment row (`data-row`), so
//! pointing at one still lights its counterpart, and the cursor and differences still show.
//! Each paragraph is a `BlockView` with its own marks (`in_pair`).

use crate::cat::class_list;
use crate::components::{
    blocks_of_row, lang_name, lit_in, BlockMarks, BlockView, InPair, MemoView, RowMarks,
};
use crate::context::CorpusContext;
use crate::corpus::{Block, Pair};
use crate::layout::Side;
use crate::shared::Shared;
use crate::sorted_map::SortedMap;
use crate::state::SentenceRef;
use yew::prelude::*;

/// `section.column.side-a|side-b` (keyed by its side) holding the article of `side` of `pair`
/// in text order; `rows` gives each sentence's row, `marks` what the reader points at and has
/// chosen (when the other version is shown too, each sentence with a counterpart has a button
/// that leads to it). A view, not a component: its parent re-renders it on every hover anyway,
/// and each component costs the app's wasm its own copy of Yew's code; its paragraphs are the
/// components a hover re-renders.
pub fn paragraph_column(
    corpus: &CorpusContext,
    side: Side,
    pair: &Shared<Pair>,
    rows: &Shared<SortedMap<SentenceRef, usize>>,
    marks: &RowMarks,
) -> Html {
    let index = side.article(pair);
    let (Some(article), Some(view)) = (corpus.article(index), corpus.views.get(index)) else {
        return Html::default();
    };
    let pointing_here = marks.hovered.is_some_and(|(a, _)| a == index);
    // The paragraphs holding the counterpart and the current row: the only ones whose marks
    // change when the pointer or the cursor moves.
    let rows_here = |row: Option<usize>| row.map(|r| (r, blocks_of_row(corpus, pair, side, r)));
    let counterpart = rows_here(marks.hovered_row.filter(|_| !pointing_here));
    let current = rows_here(marks.cursor);
    let at = |b: usize, row: &Option<(usize, Vec<usize>)>| {
        row.as_ref()
            .filter(|(_, blocks)| blocks.contains(&b))
            .map(|(r, _)| *r)
    };
    let other_shown = marks.languages.shows(side.other());
    // The lit id goes to the paragraphs that mention it.
    let lit_in_block = |sentences: &[usize]| {
        sentences
            .iter()
            .find_map(|&s| lit_in(corpus, index, s, &marks.lit))
    };
    let blocks = view
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| match block {
            Block::Noise { .. } => BlockView {
                article: index,
                index: b,
                hidden: marks.hidden,
                ..BlockView::default()
            }
            .keyed(b),
            Block::Text { sentences, .. } => {
                let marks = BlockMarks {
                    counterpart: at(b, &counterpart),
                    current: at(b, &current),
                    lit: marks.lit.as_ref().and_then(|_| lit_in_block(sentences)),
                    hidden: marks.hidden,
                    other_shown,
                };
                let in_pair = InPair {
                    side,
                    pair: pair.clone(),
                    rows: rows.clone(),
                    marks,
                };
                BlockView {
                    article: index,
                    index: b,
                    in_pair: Some(in_pair),
                    ..BlockView::default()
                }
                .keyed(b)
            }
        });
    let lang = article.lang;
    html! {
        <section key={side.code()} class={class_list(&["column", side.class()])}
            lang={lang.code()} aria-label={lang_name(lang)}>
            <h2 class="column-head" lang="en">
                <span class="lang-name">{ lang_name(lang) }</span>
                <span class="column-meta">{ view.headline.clone() }</span>
            </h2>
            { for blocks }
        </section>
    }
}
