//! The tap target for "the other version": what the `c` key does, for a finger. It makes its
//! row the current one, then brings the counterpart into view and gives it the focus.

use crate::context::Dispatch;
use crate::hooks::show_counterpart;
use crate::layout::Side;
use crate::state::Action;
use yew::prelude::*;

/// Props of [`OtherVersion`].
#[derive(Properties, PartialEq)]
pub struct OtherVersionProps {
    /// The row (alignment link) whose counterpart is shown.
    pub row: usize,
    /// The side it leads to.
    pub to: Side,
}

/// `button.other-version`, named "Show the English version" (or French).
#[function_component]
pub fn OtherVersion(props: &OtherVersionProps) -> Html {
    let dispatch = use_context::<Dispatch>();
    let (row, to) = (props.row, props.to);
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(d) = &dispatch {
            d.dispatch(Action::SetCursor(Some(row)));
        }
        show_counterpart(row, to);
    });
    html! {
        <button type="button" class="other-version" lang="en" data-to={to.code()} {onclick}>
            <span aria-hidden="true">{ format!("⇄ {}", to.code().to_ascii_uppercase()) }</span>
            <span class="visually-hidden">{ format!("Show the {} version", to.word()) }</span>
        </button>
    }
}
