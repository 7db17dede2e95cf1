//! The aligned rows on a phone: each French sentence (or aligned group) followed by its English
//! counterpart, then the next row, so a sentence and its translation are read together. In the
//! document's order too, not only on screen: a screen reader reads them in the same order.

use crate::cat::class_list;
use crate::components::{column_head, MemoView, RowCell, RowsShown};
use crate::context::CorpusContext;
use crate::corpus::Row;
use yew::prelude::*;

/// `div.pair-rows`: the heads of the versions shown, then one `div.pair-row` per row. A view,
/// not a component (each costs the app's wasm its own copy of Yew's code): its cells are the
/// components a hover re-renders.
pub fn interleaved_rows(corpus: &CorpusContext, props: &RowsShown) -> Html {
    let pair = props.pair;
    let sides: Vec<_> = props.marks.languages.sides().collect();
    let one_language = sides.len() == 1;
    let heads = sides
        .iter()
        .map(|&side| column_head(corpus, side.article(pair), Some(side.class())));
    let rows = props.shown.clone().filter_map(|r| {
        let row = pair.rows.get(r)?;
        let cells: Vec<Html> = sides
            .iter()
            // An empty side says "only in French" for a sentence; an empty block is left out.
            .filter(|side| side.fills(row) || (!one_language && matches!(row, Row::Aligned { .. })))
            .map(|&side| {
                RowCell {
                    pair: pair.clone(),
                    row: r,
                    side,
                    marks: props.marks.cell(corpus, pair, r, side),
                    grid_row: None,
                }
                .keyed(side.code())
            })
            .collect();
        (!cells.is_empty()).then(|| html! { <div key={r} class="pair-row">{ cells }</div> })
    });
    html! {
        <div class={class_list(&["pair-rows", if one_language { "one-language" } else { "" }])}>
            <div class="pair-heads">{ for heads }</div>
            { for rows }
        </div>
    }
}
