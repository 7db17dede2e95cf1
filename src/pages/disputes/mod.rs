//! The disputes page (`#/disputes`): for the whole corpus, each disputed event with its
//! accusations and responses (a claim and its translation once, with both quotes), who
//! accuses whom, and a timeline.
//!
//! The model ([`model::build`]) reads the engine's board once per corpus and interface
//! language, with `use_memo`. A matrix cell opens its claims right below the matrix (`cell_claims.rs`); an
//! answer links to the accusation it answers. Keys `a`/`A` and `d`/`D` move the focus
//! through the accusations and denials listed.

mod cell_claims;
mod claim_item;
pub mod model;

use crate::cat::class_list;
use crate::components::{
    accusation_matrix, export_buttons, lang_toggle, timeline, CellAt, Exporter, MatrixView,
};
use crate::context::UiLang;
use crate::hooks::use_corpus;
use crate::hooks::{use_analyser, use_dispatch, use_ui_lang};
use crate::hooks::{use_claim_keys, use_effect_on, ClaimAt};
use crate::route::Route;
use cell_claims::{cell_claims, focus_opened, CellClaims};
use claim_item::{claim_item, item_id, ItemPlace};
use parallax_engine::Stance;
use yew::prelude::*;

/// "1 claim", "2 claims".
fn counted(n: usize, word: &str) -> String {
    if n == 1 {
        cat!(n, " ", word)
    } else {
        cat!(n, " ", word, "s")
    }
}

/// Props of [`DisputesPage`].
#[derive(Properties, PartialEq)]
pub struct DisputesPageProps {
    /// The event a deep link points at (`#/disputes/<event>`).
    #[prop_or_default]
    pub focus: Option<AttrValue>,
}

/// The `id` of an event's element.
fn event_id(about: &str) -> String {
    cat!("dispute-", about)
}

/// `main#disputes-page`.
#[function_component]
pub fn DisputesPage(props: &DisputesPageProps) -> Html {
    let corpus = use_corpus();
    let UiLang(lang) = use_ui_lang();
    let dispatch = use_dispatch();
    let exporter = Exporter {
        corpus: corpus.clone(),
        dispatch: dispatch.clone(),
        analyser: use_analyser(),
    };
    let model = use_memo((corpus.clone(), lang), |(corpus, lang)| {
        model::build(corpus, *lang)
    });
    // A deep link: bring its event into view and give it the focus, once per link.
    use_effect_on(props.focus.clone(), |focus| {
        let element = focus
            .as_ref()
            .and_then(|about| gloo::utils::document().get_element_by_id(&event_id(about)));
        if let Some(element) = element {
            crate::dom::scroll_to(&element, web_sys::ScrollLogicalPosition::Start);
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
    let opened = use_state(|| None::<CellAt>);
    let current = use_state(|| None::<ClaimAt>);
    let on_move = {
        let current = current.clone();
        use_callback((), move |at: ClaimAt, _| current.set(Some(at)))
    };
    use_claim_keys(model.order.clone(), *current, on_move.clone());
    use_effect_on(*current, |current| {
        let element =
            current.and_then(|at| gloo::utils::document().get_element_by_id(&item_id("claim", at)));
        if let Some(element) = element {
            crate::dom::scroll_to(&element, web_sys::ScrollLogicalPosition::Center);
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
    let on_select = {
        let opened = opened.clone();
        Callback::from(move |cell: Option<CellAt>| opened.set(cell))
    };
    let on_close = {
        let opened = opened.clone();
        Callback::from(move |()| {
            opened.set(None);
            // Back to the matrix the region opened from.
            let matrix = gloo::utils::document()
                .query_selector(".matrix-scroll")
                .ok()
                .flatten();
            if let Some(Ok(matrix)) =
                matrix.map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
            {
                let _ = matrix.focus();
            }
        })
    };
    let events = model.board().events.iter().enumerate().map(|(e, group)| {
        let list = |accusations: bool| -> Vec<Html> {
            let claims = &model.corpus.claims.claims;
            let is_accusation = |k: usize| claims.get(k).map(|c| c.stance == Stance::Accusation);
            let here = group.claims.iter().enumerate();
            here.filter(|&(_, &k)| is_accusation(k) == Some(accusations))
                .map(|(i, _)| {
                    let place = ItemPlace {
                        prefix: "claim",
                        current: *current == Some((e, i)),
                        on_go: &on_move,
                    };
                    claim_item(&model, (e, i), place)
                })
                .collect()
        };
        let (accusations, responses) = (list(true), list(false));
        let targeted = props.focus.as_deref() == Some(group.about.as_str());
        let title = model.title(e);
        html! {
            <li class={class_list(&["event", if targeted { "targeted" } else { "" }])} key={group.about.clone()}
                data-about={group.about.clone()} id={event_id(&group.about)} tabindex="-1">
                <h3 lang={lang.code()}>
                    { title.clone() }
                    <a class="permalink" href={Route::Dispute(group.about.clone()).href()}
                        aria-label={cat!("Link to the dispute “", title, "”")}>{ "link" }</a>
                </h3>
                if !accusations.is_empty() {
                    <h4>{ "Accusations" }</h4>
                    <ul class="claims accusations">{ accusations }</ul>
                }
                if !responses.is_empty() {
                    <h4>{ "Responses" }</h4>
                    <ul class="claims responses">{ responses }</ul>
                }
            </li>
        }
    });
    let unknown_focus = props
        .focus
        .as_ref()
        .filter(|about| !model.board().events.iter().any(|g| g.about == about.as_str()))
        .map(|about| {
            html! {
                <p class="filter-note" role="status">
                    { cat!("No disputed event “", about, "” in this library (it may have come from an article since removed); all events are shown.") }
                </p>
            }
        });
    let items = model.order.len();
    let intro = cat!(counted(items, "claim"), " about ", counted(model.board().events.len(), "disputed event"), ", across ", counted(corpus.views.len(), "article"), ". A claim and its translation are listed once, with both quotes. Click a cell of the matrix to read its claims just below it. Keys: a / A next or previous accusation, d / D next or previous denial.");
    let all: Vec<usize> = (0..corpus.analysis.articles.len()).collect();
    let cell = opened.filter(|c| model.matrix.cells.contains_key(c));
    // An opened cell's claims come into view with the focus on their heading.
    use_effect_on(cell, |cell| {
        if cell.is_some() {
            focus_opened();
        }
    });
    html! {
        <main id="disputes-page" lang="en">
            <h1>{ "Disputes" }</h1>
            <p class="intro">{ intro }</p>
            <div class="disputes-tools">
                { lang_toggle(lang, &dispatch) }
                { export_buttons(&exporter, &all, "parallax-disputes") }
            </div>
            <div class="disputes-layout">
                <section class="matrix-section" aria-labelledby="matrix-heading">
                    <h2 id="matrix-heading">{ "Who accuses whom" }</h2>
                    { accusation_matrix(&MatrixView {
                        matrix: &model.matrix,
                        selected: cell,
                        on_select: &on_select,
                    }) }
                    if let Some(cell) = cell {
                        { cell_claims(&CellClaims { model: &model, cell, on_close: &on_close, on_go: &on_move }) }
                    }
                </section>
                <section class="events-section" aria-labelledby="events-heading">
                    <h2 id="events-heading">{ "Disputed events" }</h2>
                    { for unknown_focus }
                    if model.board().events.is_empty() {
                        <p class="empty">{ "No claims found." }</p>
                    }
                    <ul class="events">{ for events }</ul>
                </section>
                <section class="timeline-section" aria-labelledby="timeline-heading">
                    <h2 id="timeline-heading">{ "Timeline" }</h2>
                    { timeline(&model.timeline) }
                </section>
            </div>
        </main>
    }
}
