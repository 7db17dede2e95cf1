//! The claims of one matrix cell, opened right below the matrix: a labelled region that takes
//! the focus when it opens and closes with its button or Escape.

use super::claim_item::{claim_item, ItemPlace};
use super::model::DisputesModel;
use crate::components::{counts_phrase, CellAt};
use crate::hooks::ClaimAt;
use yew::prelude::*;

/// The `id` of the region's heading, which takes the focus.
const HEADING_ID: &str = "cell-claims-heading";
/// The `id` of the region, brought into view when it opens.
const REGION_ID: &str = "cell-claims";

/// What [`cell_claims`] shows.
pub struct CellClaims<'a> {
    /// The page's model.
    pub model: &'a DisputesModel,
    /// The cell opened.
    pub cell: CellAt,
    /// Close the region.
    pub on_close: &'a Callback<()>,
    /// Go to an item of the page's list (an answer's accusation).
    pub on_go: &'a Callback<ClaimAt>,
}

/// Bring the region into view and give its heading the focus: the page's effect when a cell
/// opens (or another one does).
pub fn focus_opened() {
    let document = gloo::utils::document();
    if let Some(region) = document.get_element_by_id(REGION_ID) {
        crate::dom::scroll_to(&region, web_sys::ScrollLogicalPosition::Nearest);
    }
    if let Some(heading) = document.get_element_by_id(HEADING_ID) {
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
}

/// `section.cell-claims`: "Speaker → Target: 2 accusations", then each claim. A view, not a
/// component (each costs the app's wasm its own copy of Yew's code): the page runs
/// [`focus_opened`] when the cell changes.
pub fn cell_claims(props: &CellClaims) -> Html {
    let model = props.model;
    let (s, t) = props.cell;
    let (Some(speaker), Some(target)) = (model.matrix.speakers.get(s), model.matrix.targets.get(t))
    else {
        return Html::default();
    };
    let cell = model.matrix.cells.get(&props.cell);
    let counts = cell.map(|c| counts_phrase(&c.counts)).unwrap_or_default();
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let items = cell.into_iter().flat_map(|c| &c.claims);
    let items = items.filter_map(|&k| model.place(k)).map(|at| {
        let place = ItemPlace {
            prefix: "cell-claim",
            current: false,
            on_go: props.on_go,
        };
        claim_item(model, at, place)
    });
    html! {
        <section class="cell-claims" id={REGION_ID} aria-labelledby={HEADING_ID} {onkeydown}>
            <div class="cell-claims-head">
                <h3 id={HEADING_ID} tabindex="-1">
                    { cat!(speaker.1.text, " → ", target.1.text, ": ", counts) }
                </h3>
                <button type="button" class="close-cell" onclick={close}>
                    { "Close" }<span class="visually-hidden">{ " (Escape)" }</span>
                </button>
            </div>
            <ul class="claims">{ for items }</ul>
        </section>
    }
}
