//! The tap target for "the other version": what the `c` key does, for a finger. It makes its
//! row the current one, then brings the counterpart into view and gives it the focus.

use crate::context::Dispatch;
use crate::hooks::show_counterpart;
use crate::layout::Side;
use crate::state::Action;
use yew::prelude::*;

/// `button.other-version`, named "Show the English version" (or French): it leads from
/// `row` (an alignment link) to its counterpart on side `to`. A view, not a component: each
/// component costs the app's wasm its own copy of Yew's code.
pub fn other_version(row: usize, to: Side, dispatch: &Option<Dispatch>) -> Html {
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(d) = &dispatch {
            d.dispatch(Action::SetCursor(Some(row)));
        }
        show_counterpart(row, to);
    });
    html! {
        <button type="button" class="other-version" lang="en" data-to={to.code()} {onclick}>
            <span aria-hidden="true">{ cat!("⇄ ", to.code().to_ascii_uppercase()) }</span>
            <span class="visually-hidden">{ cat!("Show the ", to.word(), " version") }</span>
        </button>
    }
}
