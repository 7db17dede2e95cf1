//! One claim of the disputes page: stance, speaker → target by their display names, the
//! quote of each version, and for an answer a link to the accusation it answers.

use super::model::DisputesModel;
use crate::cat::class_list;
use crate::components::{stance_badge, stance_parts};
use crate::hooks::ClaimAt;
use crate::route::Route;
use parallax_engine::claims::Party;
use parallax_engine::Lang;
use yew::prelude::*;

/// The `id` of an item's element: `prefix-event-item`.
pub fn item_id(prefix: &str, (e, i): ClaimAt) -> String {
    cat!(prefix, "-", e, "-", i)
}

fn language_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}

/// A party by its display name, the other language's name after it when it differs.
pub fn party_name(model: &DisputesModel, party: &Party, class: &'static str) -> Html {
    let shown = model.corpus.claims.name(party, model.lang);
    let (lang, other) = (shown.lang, shown.other);
    html! {
        <>
            <span {class} lang={lang.code()}>{ party.name.clone() }</span>
            if let Some((other, other_lang)) = other {
                <span class="other-name" lang={other_lang.code()}>{ cat!(" (", other, ")") }</span>
            }
        </>
    }
}

/// Where a claim item is shown and what its answer link does.
pub struct ItemPlace<'a> {
    /// The prefix of the element's id (the page's list and a matrix cell's list differ).
    pub prefix: &'static str,
    /// Whether the keys put the reader here.
    pub current: bool,
    /// Go to the item at `(event, item)` (the accusation an answer answers).
    pub on_go: &'a Callback<ClaimAt>,
}

/// `li.claim[data-stance]` (keyed by its id): speaker → target, badge, both quotes, the
/// accusation answered, for the item at `(event, item)` of `model`. A view, not a component:
/// each component costs the app's wasm its own copy of Yew's code.
pub fn claim_item(model: &DisputesModel, at: ClaimAt, place: ItemPlace) -> Html {
    let Some(item) = model.item(at) else {
        return Html::default();
    };
    let versions = item.locations.iter().map(|l| {
        let label = cat!(language_word(l.lang), " article, sentence ", l.sentence + 1);
        html! {
            <li class="version" key={l.href.clone()} data-lang={l.lang.code()}>
                <q lang={l.lang.code()}>{ l.text.clone() }</q>
                { " " }
                <a class="open-sentence" href={l.href.clone()}>{ label }</a>
            </li>
        }
    });
    let answered = item.answers.and_then(|at| {
        let accusation = model.item(at)?;
        let about = &model.board().events.get(at.0)?.about;
        let on_go = place.on_go.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            on_go.emit(at);
        });
        Some(html! {
            <p class="answers">
                { "Answers the accusation " }
                <a class="answer-link" href={Route::Dispute(about.clone()).href()}
                    data-target={item_id("claim", at)} {onclick}>
                    { accusation.parties() }
                </a>
            </p>
        })
    });
    let (slug, _, _) = stance_parts(item.stance);
    let id = item_id(place.prefix, at);
    html! {
        <li class={class_list(&["claim", if place.current { "current" } else { "" }])} key={id.clone()}
            {id} tabindex="-1" data-stance={slug}>
            <p class="claim-head">
                { stance_badge(item.stance) }
                if let Some(speaker) = &item.speaker {
                    { party_name(model, speaker, "speaker") }
                } else {
                    <span class="speaker unknown">{ super::model::speaker_label(None) }</span>
                }
                if let Some(target) = &item.target {
                    <span class="arrow" aria-hidden="true">{ " → " }</span>
                    <span class="visually-hidden">{ " against " }</span>
                    { party_name(model, target, "target") }
                }
            </p>
            <ul class="versions">{ for versions }</ul>
            { for answered }
        </li>
    }
}
