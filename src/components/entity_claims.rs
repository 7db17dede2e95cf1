//! The claims an entity makes, or those made against it, on its page: stance, the other party
//! (linked to its own page), the disputed event, and the claim quoted in each language.

use crate::components::{quote_view, stance_badge};
use crate::entity_facts::ClaimFacts;
use crate::route::Route;
use parallax_engine::claims_table::SPEAKER_UNKNOWN;
use yew::prelude::*;

/// `ol.entity-claims`: `claims` it makes (`by`: the other party is the target) or against
/// it (the speaker); `name`, the entity's, in the empty message. A view, not a component: it
/// has no state, and each component costs the app's wasm its own copy of Yew's code.
pub fn entity_claims(claims: &[ClaimFacts], by: bool, name: &str) -> Html {
    if claims.is_empty() {
        let what = if by {
            cat!("No claim by ", name, " was found.")
        } else {
            cat!("No claim against ", name, " was found.")
        };
        return html! { <p class="empty">{ what }</p> };
    }
    let items = claims.iter().enumerate().map(|(i, claim)| {
        let other = match (&claim.other, by) {
            (Some((id, name)), _) => html! {
                <a class="other-party" href={Route::Entity(id.clone()).href()}>{ name.clone() }</a>
            },
            (None, true) => html! { <span class="other-party none">{ "no one named" }</span> },
            (None, false) => html! { <span class="other-party none">{ SPEAKER_UNKNOWN }</span> },
        };
        let (about, title) = &claim.event;
        let quotes = claim.quotes.iter().map(|q| {
            html! { <li key={q.href.clone()}>{ quote_view(q) }</li> }
        });
        html! {
            <li key={i} class="entity-claim" data-stance={crate::components::stance_parts(claim.stance).0}>
                <p class="claim-head">
                    { stance_badge(claim.stance) }
                    { if by { " against " } else { " by " } }
                    { other }
                    <span class="in-event">
                        { " · in the dispute " }
                        <a href={Route::Dispute(about.clone()).href()}>{ title.clone() }</a>
                    </span>
                </p>
                <ul class="quotes">{ for quotes }</ul>
            </li>
        }
    });
    html! { <ol class="entity-claims">{ for items }</ol> }
}
