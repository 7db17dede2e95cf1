//! One version of a translation pair as a column of aligned rows (the "Aligned rows" layout on
//! a wide screen). Its cells take their own grid column and a grid row shared with the other
//! version's cells, so each sentence faces its translation.

use crate::cat::class_list;
use crate::components::{column_head, lang_name, MemoView, RowCell, RowMarks};
use crate::context::CorpusContext;
use crate::corpus::Pair;
use crate::layout::Side;
use crate::shared::Shared;
use std::ops::Range;
use yew::prelude::*;

/// The aligned rows on screen: the pair, the rows shown (a page of a long pair, at most
/// `PAGE_ROWS`) and what the reader points at and has chosen.
pub struct RowsShown<'a> {
    /// The pair and its rows.
    pub pair: &'a Shared<Pair>,
    /// The rows shown.
    pub shown: Range<usize>,
    /// What the reader points at and has chosen (including the versions shown).
    pub marks: &'a RowMarks,
}

/// `section.column.side-a|side-b[lang]` (keyed by its side): the head, then a cell per row
/// shown. A view, not a component (each costs the app's wasm its own copy of Yew's code): its
/// cells are the components a hover re-renders.
pub fn row_column(corpus: &CorpusContext, props: &RowsShown, side: Side) -> Html {
    let pair = props.pair;
    let article = side.article(pair);
    let Some(lang) = corpus.article(article).map(|a| a.lang) else {
        return Html::default();
    };
    let one_language = !props.marks.languages.shows(side.other());
    let cells = props
        .shown
        .clone()
        .filter(|&r| !one_language || pair.rows.get(r).is_some_and(|row| side.fills(row)))
        .map(|r| {
            // Line 1 holds the column heads.
            let line = r - props.shown.start + 2;
            RowCell {
                pair: pair.clone(),
                row: r,
                side,
                marks: props.marks.cell(corpus, pair, r, side),
                grid_row: Some(line),
            }
            .keyed(r)
        });
    html! {
        <section key={side.code()} class={class_list(&["column", side.class()])} lang={lang.code()}
            aria-label={lang_name(lang)}>
            { column_head(corpus, article, None) }
            { for cells }
        </section>
    }
}
