//! The side-by-side view's keys: `j`/`k` move row by row, `n`/`p` (or `N`) go to the next or
//! previous row where the versions differ, `c` jumps to the counterpart in the other column.

use super::use_effect_on;
use crate::context::Dispatch;
use crate::dom::on_command_key;
use crate::layout::Side;
use crate::state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// While the component lives, the keys above (outside text fields, without modifiers other
/// than Shift) act on `rows` rows, `marked` being the rows with differences.
#[hook]
pub fn use_row_keys(dispatch: Option<Dispatch>, rows: usize, marked: Rc<[usize]>) {
    use_effect_on((rows, marked), move |(rows, marked)| {
        let (rows, marked) = (*rows, marked.clone());
        let listener = on_command_key(move |key| {
            let action = match key {
                "j" => Action::MoveCursor { delta: 1, rows },
                "k" => Action::MoveCursor { delta: -1, rows },
                "n" => Action::JumpMarked {
                    forward: true,
                    marked: marked.clone(),
                },
                "p" | "N" => Action::JumpMarked {
                    forward: false,
                    marked: marked.clone(),
                },
                "c" => {
                    jump_to_counterpart();
                    return;
                }
                _ => return,
            };
            if let Some(d) = &dispatch {
                d.dispatch(action);
            }
        });
        move || drop(listener)
    });
}

/// Move the focus to the other version's part of the current row: from the French side to the
/// English one, and back. The row is the one holding the focus, else the cursor's, else the
/// first.
fn jump_to_counterpart() {
    let document = gloo::utils::document();
    let focused = document.active_element();
    let in_row = focused
        .as_ref()
        .and_then(|e| e.closest("[data-row]").ok().flatten());
    let row = in_row
        .or_else(|| document.query_selector(".current[data-row]").ok().flatten())
        .and_then(|e| e.get_attribute("data-row"))
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let on_french_side = focused
        .and_then(|e| e.closest(&cat!(".", Side::French.class())).ok().flatten())
        .is_some();
    let from = if on_french_side {
        Side::French
    } else {
        Side::English
    };
    show_counterpart(row, from.other());
}

/// Bring row `row` of side `to` into view and give it the focus (what `c` and the "other
/// version" buttons do). Elements of a row carry `data-row`, on or inside an element of the
/// side's class (`side-a`, `side-b`): a column's cell, a sentence in paragraphs, a phone row's
/// cell.
pub fn show_counterpart(row: usize, to: Side) {
    let class = to.class();
    let target = gloo::utils::document()
        .query_selector(&cat!(
            ".",
            class,
            "[data-row=\"",
            row,
            "\"], .",
            class,
            " [data-row=\"",
            row,
            "\"]"
        ))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
        crate::dom::scroll_to(&target, web_sys::ScrollLogicalPosition::Center);
    }
}
