//! The aligned rows on a phone: each French sentence (or aligned group) followed by its English
//! counterpart, then the next row, so a sentence and its translation are read together. In the
//! document's order too, not only on screen: a screen reader reads them in the same order.

use crate::components::{column_head, RowCell, RowMarks};
use crate::corpus::{Pair, Row};
use crate::hooks::use_corpus;
use crate::shared::Shared;
use std::ops::Range;
use yew::prelude::*;

/// Props of [`InterleavedRows`].
#[derive(Properties, PartialEq)]
pub struct InterleavedRowsProps {
    /// The pair and its rows.
    pub pair: Shared<Pair>,
    /// The rows shown (a page of a long pair).
    pub shown: Range<usize>,
    /// What the reader points at and has chosen (including the versions shown).
    pub marks: RowMarks,
}

/// `div.pair-rows`: the heads of the versions shown, then one `div.pair-row` per row.
#[function_component]
pub fn InterleavedRows(props: &InterleavedRowsProps) -> Html {
    let corpus = use_corpus();
    let pair = &props.pair;
    let sides: Vec<_> = props.marks.languages.sides().collect();
    let one_language = sides.len() == 1;
    let heads = sides
        .iter()
        .map(|&side| column_head(&corpus, side.article(pair), Some(side.class())));
    let rows = props.shown.clone().filter_map(|r| {
        let row = pair.rows.get(r)?;
        let cells: Vec<Html> = sides
            .iter()
            // An empty side says "only in French" for a sentence; an empty block is left out.
            .filter(|side| side.fills(row) || (!one_language && matches!(row, Row::Aligned { .. })))
            .map(|&side| {
                html! {
                    <RowCell key={side.code()} pair={pair.clone()} row={r} {side}
                        marks={props.marks.cell(&corpus, pair, r, side)} />
                }
            })
            .collect();
        (!cells.is_empty()).then(|| html! { <div key={r} class="pair-row">{ cells }</div> })
    });
    html! {
        <div class={classes!("pair-rows", one_language.then_some("one-language"))}>
            <div class="pair-heads">{ for heads }</div>
            { for rows }
        </div>
    }
}
