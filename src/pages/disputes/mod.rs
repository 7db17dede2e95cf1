//! The disputes page (`#/disputes`): for the whole corpus, each disputed event
//! with its accusations and responses, who accuses whom, and a timeline.
//!
//! The model ([`model::build`]) is derived once per corpus with `use_memo`;
//! a render only filters it by the matrix cell chosen. Keys `a`/`A` and
//! `d`/`D` move the focus through the accusations and denials listed.

pub mod model;

use crate::components::{AccusationMatrix, CellAt, ExportButtons, StanceBadge, Timeline};
use crate::context::CorpusContext;
use crate::hooks::{use_claim_keys, ClaimAt};
use crate::route::Route;
use model::{DisputeItem, DisputesModel};
use parallax_engine::{Lang, Stance};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// The `id` of an item's element, for the keys to focus it.
fn item_id(at: ClaimAt) -> String {
    format!("claim-{}-{}", at.0, at.1)
}

fn language_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}

/// The items shown: all, or those the chosen matrix cell counts.
fn visible(model: &DisputesModel, filter: Option<CellAt>) -> Option<BTreeSet<ClaimAt>> {
    let cell = filter?;
    let items = model.cell_items.get(&cell).cloned().unwrap_or_default();
    Some(parallax_engine::order::set_of(items))
}

/// The items shown, in display order, with their stance: what the keys move through.
fn key_order(
    model: &DisputesModel,
    shown: &Option<BTreeSet<ClaimAt>>,
) -> Rc<[(usize, usize, Stance)]> {
    model
        .events
        .iter()
        .enumerate()
        .flat_map(|(e, g)| {
            g.items
                .iter()
                .enumerate()
                .map(move |(i, item)| (e, i, item.stance))
        })
        .filter(|&(e, i, _)| shown.as_ref().is_none_or(|s| s.contains(&(e, i))))
        .collect()
}

/// Props of [`ClaimItem`].
#[derive(Properties, PartialEq)]
struct ClaimItemProps {
    /// `(event, item)` indexes.
    at: ClaimAt,
    /// The model the item belongs to.
    model: Rc<DisputesModel>,
    /// Whether the keys put the reader here.
    current: bool,
}

/// `li.claim[data-stance]`: speaker → target, badge, and every version of the sentence.
#[function_component]
fn ClaimItem(props: &ClaimItemProps) -> Html {
    let Some(item): Option<&DisputeItem> = props
        .model
        .events
        .get(props.at.0)
        .and_then(|g| g.items.get(props.at.1))
    else {
        return Html::default();
    };
    let versions = item.locations.iter().map(|l| {
        let label = format!(
            "{} article, sentence {}",
            language_word(l.lang),
            l.sentence + 1
        );
        html! {
            <li class="version" key={l.href.clone()}>
                <q lang={l.lang.code()}>{ l.text.clone() }</q>
                { " " }
                <a class="open-sentence" href={l.href.clone()}>{ label }</a>
            </li>
        }
    });
    let speaker = model::speaker_label(item.speaker.as_ref());
    html! {
        <li class={classes!("claim", props.current.then_some("current"))} id={item_id(props.at)}
            tabindex="-1">
            <p class="claim-head">
                <StanceBadge stance={item.stance} />
                <span class={classes!("speaker", item.speaker.is_none().then_some("unknown"))}>{ speaker }</span>
                if let Some(target) = &item.target {
                    <span class="arrow" aria-hidden="true">{ " → " }</span>
                    <span class="visually-hidden">{ " against " }</span>
                    <span class="target">{ target.name.clone() }</span>
                }
            </p>
            <ul class="versions">{ for versions }</ul>
        </li>
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
    format!("dispute-{about}")
}

/// `main#disputes-page`.
#[function_component]
pub fn DisputesPage(props: &DisputesPageProps) -> Html {
    let corpus = use_context::<CorpusContext>().expect("the app provides the corpus");
    let model = use_memo(corpus.clone(), |corpus| model::build(corpus));
    // A deep link: bring its event into view and give it the focus, once per link.
    use_effect_with(props.focus.clone(), |focus| {
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
    let filter = use_state(|| None::<CellAt>);
    let current = use_state(|| None::<ClaimAt>);
    let shown = use_memo((model.clone(), *filter), |(model, filter)| {
        visible(model, *filter)
    });
    let order = use_memo((model.clone(), shown.clone()), |(model, shown)| {
        key_order(model, shown)
    });
    let on_move = {
        let current = current.clone();
        use_callback((), move |at: ClaimAt, _| current.set(Some(at)))
    };
    use_claim_keys((*order).clone(), *current, on_move);
    use_effect_with(*current, |current| {
        let element =
            current.and_then(|at| gloo::utils::document().get_element_by_id(&item_id(at)));
        if let Some(element) = element {
            element.scroll_into_view();
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
    let on_select = {
        let (filter, current) = (filter.clone(), current.clone());
        Callback::from(move |cell: Option<CellAt>| {
            filter.set(cell);
            current.set(None);
        })
    };
    let show_all = {
        let on_select = on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(None))
    };
    let is_shown = |at: ClaimAt| shown.as_ref().as_ref().is_none_or(|s| s.contains(&at));
    let events = model.events.iter().enumerate().filter_map(|(e, group)| {
        let list = |accusations: bool| -> Vec<Html> {
            group
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| item.is_accusation() == accusations && is_shown((e, *i)))
                .map(|(i, _)| {
                    html! {
                        <ClaimItem key={i} at={(e, i)} model={model.clone()}
                            current={*current == Some((e, i))} />
                    }
                })
                .collect()
        };
        let (accusations, responses) = (list(true), list(false));
        if accusations.is_empty() && responses.is_empty() {
            return None;
        }
        let targeted = props.focus.as_deref() == Some(group.about.as_str());
        Some(html! {
            <li class={classes!("event", targeted.then_some("targeted"))} key={group.about.clone()}
                data-about={group.about.clone()} id={event_id(&group.about)} tabindex="-1">
                <h3>
                    { group.title.clone() }
                    <a class="permalink" href={Route::Dispute(group.about.clone()).href()}
                        aria-label={format!("Link to the dispute “{}”", group.title)}>{ "link" }</a>
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
        })
    });
    let filter_note = filter.and_then(|(s, t)| {
        let (speaker, target) = (model.matrix.speakers.get(s)?, model.matrix.targets.get(t)?);
        Some(html! {
            <p class="filter-note" role="status">
                { format!("Showing the claims of {} against {}. ", speaker.name, target.name) }
                <button type="button" class="show-all" onclick={show_all}>{ "Show all claims" }</button>
            </p>
        })
    });
    let unknown_focus = props
        .focus
        .as_ref()
        .filter(|about| !model.events.iter().any(|g| g.about == about.as_str()))
        .map(|about| {
            html! {
                <p class="filter-note" role="status">
                    { format!("No disputed event “{about}” in this library (it may have come from an article since removed); all events are shown.") }
                </p>
            }
        });
    let items: usize = model.events.iter().map(|g| g.items.len()).sum();
    let intro = format!(
        "{items} claims about {} disputed events, across {} articles. A claim reported in a translation is listed once, with a link to each version. Keys: a / A next or previous accusation, d / D next or previous denial.",
        model.events.len(),
        corpus.views.len()
    );
    let all: Vec<usize> = (0..corpus.analysis.articles.len()).collect();
    html! {
        <main id="disputes-page" lang="en">
            <h1>{ "Disputes" }</h1>
            <p class="intro">{ intro }</p>
            <ExportButtons articles={all} file_stem="parallax-disputes" />
            <div class="disputes-layout">
                <section class="matrix-section" aria-labelledby="matrix-heading">
                    <h2 id="matrix-heading">{ "Who accuses whom" }</h2>
                    <AccusationMatrix matrix={model.matrix.clone()} selected={*filter} {on_select} />
                </section>
                <section class="events-section" aria-labelledby="events-heading">
                    <h2 id="events-heading">{ "Disputed events" }</h2>
                    { for unknown_focus }
                    { for filter_note }
                    if model.events.is_empty() {
                        <p class="empty">{ "No claims found." }</p>
                    }
                    <ul class="events">{ for events }</ul>
                </section>
                <section class="timeline-section" aria-labelledby="timeline-heading">
                    <h2 id="timeline-heading">{ "Timeline" }</h2>
                    <Timeline groups={model.timeline.clone()} />
                </section>
            </div>
        </main>
    }
}
