//! A claim's stance as a badge: an icon and a word, never colour alone. Each of the seven
//! stances has its own `data-stance` value, which `style/main.css` gives its own colour.

use parallax_engine::Stance;
use yew::prelude::*;

/// Every stance, in the order the reader learns them (the engine's).
pub const STANCES: [Stance; 7] = Stance::ALL;

/// The slug (as in the analysis JSON), the icon and the reader's word for a stance.
pub fn stance_parts(stance: Stance) -> (&'static str, &'static str, &'static str) {
    match stance {
        Stance::Accusation => ("accusation", "☝", "accusation"),
        Stance::CounterAccusation => ("counter_accusation", "⇄", "counter-accusation"),
        Stance::Denial => ("denial", "✗", "denial"),
        Stance::NonConfirmation => ("non_confirmation", "…", "no comment"),
        Stance::Acknowledgment => ("acknowledgment", "✓", "acknowledgment"),
        Stance::Condemnation => ("condemnation", "⚠", "condemnation"),
        Stance::OtherClaim => ("other_claim", "•", "other claim"),
    }
}

/// `.stance-badge[data-stance=<slug>]`. A view, not a component: it has no
/// state, and each component costs the app's wasm its own copy of Yew's code.
pub fn stance_badge(stance: Stance) -> Html {
    let (slug, icon, word) = stance_parts(stance);
    html! {
        <span class="stance-badge" data-stance={slug}>
            <span class="icon" aria-hidden="true">{ icon }</span>
            { word }
        </span>
    }
}
