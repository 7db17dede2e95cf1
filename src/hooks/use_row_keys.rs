//! The side-by-side view's keys: `j`/`k` move row by row, `n`/`p` (or `N`) go to the next or
//! previous row where the versions differ, `c` jumps to the counterpart in the other column.

use crate::context::Dispatch;
use crate::dom::on_command_key;
use crate::state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// While the component lives, the keys above (outside text fields, without modifiers other
/// than Shift) act on `rows` rows, `marked` being the rows with differences.
#[hook]
pub fn use_row_keys(dispatch: Option<Dispatch>, rows: usize, marked: Rc<[usize]>) {
    use_effect_with((rows, marked), move |(rows, marked)| {
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

/// Move the focus to the other column's part of the current row: from the French side to the
/// English one, and back. The row is the one holding the focus, else the cursor's, else the
/// first. Elements of a row carry `data-row` inside `section.side-a` / `section.side-b`.
fn jump_to_counterpart() {
    let document = gloo::utils::document();
    let focused = document.active_element();
    let in_row = focused
        .as_ref()
        .and_then(|e| e.closest("[data-row]").ok().flatten());
    let row = in_row
        .or_else(|| document.query_selector(".current[data-row]").ok().flatten())
        .and_then(|e| e.get_attribute("data-row"))
        .unwrap_or_else(|| "0".into());
    let on_side_a = focused
        .and_then(|e| e.closest("section.side-a").ok().flatten())
        .is_some();
    let other = if on_side_a { "side-b" } else { "side-a" };
    let target = document
        .query_selector(&format!("section.{other} [data-row=\"{row}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
        crate::dom::scroll_to(&target, web_sys::ScrollLogicalPosition::Nearest);
    }
}
