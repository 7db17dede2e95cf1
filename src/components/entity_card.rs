//! The entity card: an entity's names, type, id, and mentions per article with links.
//!
//! Names and reference ids come from the engine's knowledge base when the id
//! is known there; otherwise the card lists the names the texts use.
//!
//! Where the reader reads a pair, the card is a sheet (`sheet`): in the side panel on a wide
//! screen, and on a phone fixed at the bottom of the screen (`style/main.css`), in view
//! wherever the tapped name was. On a phone the focus moves into the sheet when it opens and
//! goes back to what had it (the name tapped) when it closes, by its button or by Escape.

use crate::components::type_word;
use crate::hooks::use_corpus;
use crate::hooks::{is_narrow, use_dispatch, use_effect_on, use_mount_effect};
use crate::route::Route;
use crate::sorted_map::set_of;
use crate::state::Action;
use parallax_engine::entities::KbEntry;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`EntityCard`].
#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    /// The entity id shown.
    pub id: AttrValue,
    /// A page of its own (`#/entity/<id>`): no close button, a heading of the page's level.
    #[prop_or_default]
    pub standalone: bool,
    /// In `div.entity-sheet` (the pair page): a bottom sheet on a phone, the focus moved into
    /// it and back.
    #[prop_or_default]
    pub sheet: bool,
}

/// What the card says about one article.
struct PerArticle {
    stem: String,
    headline: String,
    count: usize,
    sentences: Vec<usize>,
}

/// Links to the entity's Wikidata item and MITRE ATT&CK page, where the knowledge base has
/// their ids.
pub fn reference_links(k: &KbEntry) -> Option<Html> {
    let wikidata = k.wikidata.as_ref().map(|q| html! {
        <a href={cat!("https://www.wikidata.org/wiki/", q)} rel="noopener noreferrer">{ cat!("Wikidata ", q) }</a>
    });
    let attack = k.attack_id.as_ref().map(|a| {
        let section = if a.starts_with('S') { "software" } else { "groups" };
        html! {
            <a href={cat!("https://attack.mitre.org/", section, "/", a, "/")} rel="noopener noreferrer">{ cat!("MITRE ATT&CK ", a) }</a>
        }
    });
    (wikidata.is_some() || attack.is_some()).then(
        || html! { <>{ wikidata.unwrap_or_default() }{ " " }{ attack.unwrap_or_default() }</> },
    )
}

/// `aside#entity-card`, in `div.entity-sheet` for a sheet.
#[function_component]
pub fn EntityCard(props: &EntityCardProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_dispatch();
    let sheet = use_node_ref();
    // What had the focus before a sheet took it on a phone.
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    let facts = use_memo((props.id.clone(), corpus.clone()), |(id, corpus)| {
        let mut names = Vec::new();
        let mut kind = None;
        let mut per_article = Vec::new();
        // The articles naming it and their sentences, as the engine's board counts them.
        let naming = corpus.claims.board.entity(id).map(|f| &f.mentions[..]);
        for n in naming.unwrap_or_default() {
            let (Some(article), Some(view)) =
                (corpus.article(n.article), corpus.views.get(n.article))
            else {
                continue;
            };
            let mentions = article.entities.iter().filter(|m| m.id == **id);
            kind = kind.or(mentions.clone().map(|m| m.kind).next());
            names.extend(mentions.map(|m| m.text.clone()));
            per_article.push(PerArticle {
                stem: view.stem.clone(),
                headline: view.headline.clone(),
                count: n.count,
                sentences: n.sentences.clone(),
            });
        }
        (set_of(names), kind, per_article, corpus.entity_name(id))
    });
    let (names, kind, per_article, title) = &*facts;
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = &dispatch {
                d.dispatch(Action::SelectEntity(None));
            }
        })
    };
    // Escape closes the card, wherever the focus is. Closed (unmounted), a sheet gives the
    // focus back to what had it, if it was moved into the sheet and that element is still on
    // the page.
    {
        let opener = opener.clone();
        use_mount_effect(move || {
            let listener = gloo::utils::window().document().map(|document| {
                gloo::events::EventListener::new(&document, "keydown", move |event| {
                    let escape = event
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape");
                    if let (true, Some(d)) = (escape, &dispatch) {
                        d.dispatch(Action::SelectEntity(None));
                    }
                })
            });
            move || {
                drop(listener);
                if let Some(element) = opener.borrow_mut().take() {
                    if element.is_connected() {
                        let _ = element.focus();
                    }
                }
            }
        });
    }
    // On a phone, each card a sheet opens takes the focus (its first control, Close), and the
    // name tapped to open it is the one the focus goes back to.
    {
        let sheet = sheet.clone();
        use_effect_on(props.id.clone(), move |_| {
            if let Some(sheet) = sheet.cast::<web_sys::Element>().filter(|_| is_narrow()) {
                take_focus(&sheet, &opener);
            }
        });
    }
    let articles = per_article.iter().map(|a| {
        let links = a.sentences.iter().map(|&n| {
            html! {
                <li key={n}>
                    <a href={Route::Sentence(a.stem.clone(), n).href()}>{ cat!("sentence ", n + 1) }</a>
                </li>
            }
        });
        html! {
            <li key={a.stem.clone()}>
                <a href={Route::Article(a.stem.clone()).href()}>{ a.headline.clone() }</a>
                { cat!(": ", a.count, " mention", if a.count == 1 { "" } else { "s" }) }
                <ul class="sentence-links">{ for links }</ul>
            </li>
        }
    });
    let seen: Vec<String> = names.to_vec();
    let known = corpus.claims.known.get(props.id.as_str());
    let kind = kind.or(known.map(|k| k.kind));
    let reference = known.map(|k| {
        let see = reference_links(k);
        html! {
            <>
                if k.name_fr != k.name_en {
                    <dt>{ "In English" }</dt>
                    <dd>{ k.name_en.clone() }</dd>
                    <dt>{ "In French" }</dt>
                    <dd lang="fr">{ k.name_fr.clone() }</dd>
                }
                if !k.aliases.is_empty() {
                    <dt>{ "Also" }</dt>
                    <dd>{ k.aliases.join(" · ") }</dd>
                }
                if let Some(see) = see {
                    <dt>{ "See" }</dt>
                    <dd>{ see }</dd>
                }
            </>
        }
    });
    let card = html! {
        <aside id="entity-card" aria-label="Entity card" lang="en">
            if !props.standalone {
                <button type="button" class="close" onclick={close}>{ "Close" }</button>
            }
            <h2>{ title.clone() }</h2>
            <dl>
                <dt>{ "Type" }</dt>
                <dd>{ kind.map_or("unknown", type_word) }</dd>
                <dt>{ "Id" }</dt>
                <dd><code>{ props.id.clone() }</code></dd>
                { reference.unwrap_or_default() }
                <dt>{ "In the texts" }</dt>
                <dd>{ seen.join(" · ") }</dd>
            </dl>
            <h3>{ "Mentions" }</h3>
            if per_article.is_empty() {
                <p class="empty">{ "No article in this library mentions it." }</p>
            }
            <ul>{ for articles }</ul>
            if !props.standalone {
                <p class="permalink">
                    <a href={Route::Entity(props.id.as_str().to_string()).href()}>{ "Link to this entity" }</a>
                </p>
            }
        </aside>
    };
    if props.sheet {
        html! { <div class="entity-sheet" ref={sheet}>{ card }</div> }
    } else {
        card
    }
}

/// The focus into `sheet` (its first button), what had it outside the sheet kept in `opener`.
fn take_focus(sheet: &web_sys::Element, opener: &std::cell::RefCell<Option<web_sys::HtmlElement>>) {
    let had_focus = gloo::utils::document()
        .active_element()
        .filter(|e| !sheet.contains(Some(e)))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if had_focus.is_some() {
        *opener.borrow_mut() = had_focus;
    }
    let first = sheet
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}
