//! One claim of the disputes page: stance, speaker → target by their display names, the
//! quote of each version, and for an answer a link to the accusation it answers.

use super::model::DisputesModel;
use crate::components::{stance_badge, stance_parts};
use crate::hooks::ClaimAt;
use crate::route::Route;
use parallax_engine::claims::Party;
use parallax_engine::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// The `id` of an item's element: `prefix-event-item`.
pub fn item_id(prefix: &str, (e, i): ClaimAt) -> String {
    format!("{prefix}-{e}-{i}")
}

fn language_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}

/// A party by its display name, the other language's name after it when it differs.
pub fn party_name(model: &DisputesModel, party: &Party, class: &'static str) -> Html {
    let shown = model.names.get(&party.id);
    let lang = shown.map_or(model.lang, |n| n.lang);
    let other = shown.and_then(|n| n.other.clone());
    html! {
        <>
            <span {class} lang={lang.code()}>{ party.name.clone() }</span>
            if let Some((other, other_lang)) = other {
                <span class="other-name" lang={other_lang.code()}>{ format!(" ({other})") }</span>
            }
        </>
    }
}

/// Props of [`ClaimItem`].
#[derive(Properties, PartialEq)]
pub struct ClaimItemProps {
    /// `(event, item)` indexes.
    pub at: ClaimAt,
    /// The model the item belongs to.
    pub model: Rc<DisputesModel>,
    /// Whether the keys put the reader here.
    #[prop_or_default]
    pub current: bool,
    /// The prefix of the element's id (the page's list and a matrix cell's list differ).
    pub prefix: AttrValue,
    /// Go to the item at `(event, item)` (the accusation an answer answers).
    pub on_go: Callback<ClaimAt>,
}

/// `li.claim[data-stance]`: speaker → target, badge, both quotes, the accusation answered.
#[function_component]
pub fn ClaimItem(props: &ClaimItemProps) -> Html {
    let model = &props.model;
    let Some(item) = model.item(props.at) else {
        return Html::default();
    };
    let versions = item.locations.iter().map(|l| {
        let label = format!(
            "{} article, sentence {}",
            language_word(l.lang),
            l.sentence + 1
        );
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
        let about = &model.events.get(at.0)?.about;
        let on_go = props.on_go.clone();
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
    html! {
        <li class={classes!("claim", props.current.then_some("current"))}
            id={item_id(&props.prefix, props.at)} tabindex="-1" data-stance={slug}>
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
