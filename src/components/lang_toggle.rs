//! The interface language for names and event titles: two buttons, FR and EN, one pressed.
//! The choice goes to the reducer (`Action::SetUiLang`), which storage keeps across reloads.

use crate::context::{Dispatch, UiLang};
use crate::state::Action;
use parallax_engine::Lang;
use yew::prelude::*;

/// `div.lang-toggle[role=group]`: "Names in" FR | EN.
#[function_component]
pub fn LangToggle() -> Html {
    let UiLang(current) = use_context::<UiLang>().unwrap_or_default();
    let dispatch = use_context::<Dispatch>();
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
                <span class="visually-hidden">{ format!(" ({full})") }</span>
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
