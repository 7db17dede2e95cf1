//! Keys `j` and `k`: move through the rows of the side-by-side view.

use crate::context::Dispatch;
use crate::state::Action;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// While the component lives, `j`/`k` (outside text fields) move the cursor among `rows` rows.
#[hook]
pub fn use_row_keys(dispatch: Option<Dispatch>, rows: usize) {
    use_effect_with(rows, move |rows| {
        let rows = *rows;
        let listener = gloo::utils::window().document().map(|document| {
            EventListener::new(&document, "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.ctrl_key() || key.meta_key() || key.alt_key() || in_text_field(key) {
                    return;
                }
                let delta = match key.key().as_str() {
                    "j" => 1,
                    "k" => -1,
                    _ => return,
                };
                if let Some(d) = &dispatch {
                    d.dispatch(Action::MoveCursor { delta, rows });
                }
            })
        });
        move || drop(listener)
    });
}

fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
