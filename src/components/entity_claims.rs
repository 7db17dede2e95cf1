//! The claims an entity makes, or those made against it, on its page: stance, the other party
//! (linked to its own page), the disputed event, and the claim quoted in each language.

use crate::components::{QuoteView, StanceBadge};
use crate::entity_facts::ClaimFacts;
use crate::route::Route;
use parallax_engine::claims_table::SPEAKER_UNKNOWN;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EntityClaims`].
#[derive(Properties, PartialEq)]
pub struct EntityClaimsProps {
    /// The claims listed.
    pub claims: Rc<[ClaimFacts]>,
    /// Claims it makes (`true`: the other party is the target) or against it (the speaker).
    pub by: bool,
    /// The entity's name, in the empty message.
    pub name: AttrValue,
}

/// `ol.entity-claims`.
#[function_component]
pub fn EntityClaims(props: &EntityClaimsProps) -> Html {
    if props.claims.is_empty() {
        let what = if props.by {
            format!("No claim by {} was found.", props.name)
        } else {
            format!("No claim against {} was found.", props.name)
        };
        return html! { <p class="empty">{ what }</p> };
    }
    let items = props.claims.iter().enumerate().map(|(i, claim)| {
        let other = match (&claim.other, props.by) {
            (Some((id, name)), _) => html! {
                <a class="other-party" href={Route::Entity(id.clone()).href()}>{ name.clone() }</a>
            },
            (None, true) => html! { <span class="other-party none">{ "no one named" }</span> },
            (None, false) => html! { <span class="other-party none">{ SPEAKER_UNKNOWN }</span> },
        };
        let (about, title) = &claim.event;
        let quotes = claim.quotes.iter().map(|q| {
            html! { <li key={q.href.clone()}><QuoteView quote={q.clone()} /></li> }
        });
        html! {
            <li key={i} class="entity-claim" data-stance={crate::components::stance_parts(claim.stance).0}>
                <p class="claim-head">
                    <StanceBadge stance={claim.stance} />
                    { if props.by { " against " } else { " by " } }
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
