//! The interface language for names and event titles: two buttons, FR and EN, one pressed.
//! The choice goes to the reducer (`Action::SetUiLang`), which storage keeps across reloads.

use crate::context::Dispatch;
use crate::state::Action;
use parallax_engine::Lang;
use yew::prelude::*;

/// `div.lang-toggle[role=group]`: "Names in" FR | EN, `current` pressed. A view, not a
/// component: each component costs the app's wasm its own copy of Yew's code.
pub fn lang_toggle(current: Lang, dispatch: &Option<Dispatch>) -> Html {
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(Action::SetUiLang(lang));
            }
        });
        html! {
            <button type="button" class="lang-option" data-lang={lang.code()}
                aria-pressed={(current == lang).to_string()} {onclick}>
                { label }
                <span class="visually-hidden">{ cat!(" (", full, ")") }</span>
            </button>
        }
    };
    html! {
        <div class="lang-toggle" role="group" aria-label="Names in">
            <span aria-hidden="true">{ "Names in" }</span>
            { button(Lang::Fr, "FR", "French") }
            { button(Lang::En, "EN", "English") }
        </div>
    }
}
