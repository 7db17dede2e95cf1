//! The legend: each entity type in words, with a toggle to show or hide its highlights, and
//! the setting that writes each mention's type word after it.

use crate::context::Dispatch;
use crate::state::{Action, HiddenTypes};
use parallax_engine::EntityType;
use yew::prelude::*;

/// Every entity type, in legend order.
pub const TYPES: [EntityType; 7] = [
    EntityType::Person,
    EntityType::Org,
    EntityType::Gpe,
    EntityType::Loc,
    EntityType::Group,
    EntityType::Malware,
    EntityType::Date,
];

/// The reader's word for an entity type.
pub fn type_word(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Org => "organisation",
        EntityType::Gpe => "country or city",
        EntityType::Loc => "place",
        EntityType::Date => "date",
        EntityType::Group => "threat group",
        EntityType::Malware => "malware",
    }
}

/// `.legend`: one toggle button per type (`aria-pressed` says whether it is shown: not among
/// `hidden`), and a checkbox for the type words (`type_words`: every mention shows its type).
/// A view, not a component: each component costs the app's wasm its own copy of Yew's code.
pub fn legend(hidden: HiddenTypes, type_words: bool, dispatch: &Option<Dispatch>) -> Html {
    let on_type_words = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(d) = &dispatch {
                d.dispatch(Action::ShowTypeWords(input.checked()));
            }
        })
    };
    let buttons = TYPES.iter().map(|&kind| {
        let shown = !hidden.hides(kind);
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(d) = &dispatch {
                d.dispatch(Action::ToggleType(kind));
            }
        });
        html! {
            <li key={kind.label()}>
                <button type="button" class="legend-toggle" data-type={kind.label()}
                    aria-pressed={shown.to_string()} {onclick}>
                    <span class="swatch" aria-hidden="true"></span>
                    { type_word(kind) }
                    <span class="state">{ if shown { " (shown)" } else { " (hidden)" } }</span>
                </button>
            </li>
        }
    });
    html! {
        <nav class="legend" aria-label="Entity types">
            <h2>{ "Highlights" }</h2>
            <ul>{ for buttons }</ul>
            <label class="type-words-setting">
                <input type="checkbox" id="type-words" checked={type_words}
                    onchange={on_type_words} />
                { " Write the type after every name" }
            </label>
            <p class="hint">{ "Point at or tab to a name to see its type and light it everywhere; press Enter or click for its card." }</p>
        </nav>
    }
}
