//! Parallax, the app: a Yew reader that shows French and English versions of a
//! story side by side, with named entities and claims highlighted.
//!
//! The articles are compiled in (`seeds`) with the analysis the build made of them
//! (`build.rs`), so the first view runs no analysis; the reader's own articles are analysed
//! (only what is new) when the library changes (`corpus`), and shown by pages
//! and components that read the corpus through `hooks::use_corpus` and take small props. State lives in one reducer (`state`);
//! routes live in the location hash (`route`). `main.rs` only installs the
//! panic hook and calls [`mount`].

// First: `cat!` is known by name to the modules declared after it.
#[macro_use]
pub mod cat;
pub mod analyser;
pub mod analysis_cache;
pub mod case;
pub mod claim_views;
pub mod components;
pub mod context;
pub mod corpus;
pub mod dom;
pub mod entity_facts;
pub mod export;
pub mod filter;
pub mod hooks;
pub mod json;
pub mod layout;
pub mod library;
pub mod markup_steps;
pub mod pages;
pub mod pairing;
pub mod panic;
pub mod route;
pub mod seeds;
pub mod shared;
pub mod sorted_map;
pub mod state;
pub mod storage;

use analyser::Analyser;
use components::{Exporter, MemoView};
use context::{AppContext, CorpusContext, UiLang};
use hooks::{
    current_filter, current_route, use_hash_route, use_library_corpus, use_mount_effect,
    use_page_title, use_route_scroll, use_saved_library, use_saved_settings, use_shortcuts_key,
    Pending,
};
use pages::{
    article_page, library_page, not_found_page, ArticleView, DisputesPage, EntityPage, PairPage,
};
use route::Route;
use state::{AppState, Place};
use yew::prelude::*;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where the reader's own articles are analysed; by default the engine's web worker.
    #[prop_or_default]
    pub analyser: Option<Analyser>,
}

/// The whole app: the bundled articles as the build analysed them and the reader's saved
/// ones (analysed by the worker), then the page the hash names. The corpus changes only when
/// the reader's library does.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let (own, notices) = storage::load();
        AppState::at(current_route())
            .with_filter(current_filter())
            .with_library(own, notices)
            .with_type_words(storage::load_type_words())
            .with_languages(storage::load_languages())
            .with_ui_lang(storage::load_ui_lang())
    });
    let analyser = use_memo(props.analyser.clone(), |given| {
        given.clone().unwrap_or_else(Analyser::worker)
    });
    let analyser = (*analyser).clone();
    {
        // The worker loads after the first paint.
        let analyser = analyser.clone();
        use_mount_effect(move || {
            analyser.prepare();
            || ()
        });
    }
    let (corpus, pending) = use_library_corpus(
        state.own.clone(),
        state.corpora_kept,
        analyser.clone(),
        state.dispatcher(),
    );
    use_hash_route(state.dispatcher());
    use_saved_library(state.own.clone(), state.dispatcher());
    use_saved_settings(state.type_words, state.languages, state.ui_lang);
    let corpus = CorpusContext(corpus);
    use_page_title(corpus.clone(), state.route.clone());
    use_route_scroll(state.route.clone(), &corpus);
    use_shortcuts_key();
    let exporter = Exporter {
        corpus: corpus.clone(),
        dispatch: Some(state.dispatcher()),
        analyser: Some(analyser.clone()),
    };
    let page = page_for(&corpus, &state, pending, &exporter);
    // The add-articles form's notices show beside it (`page_for`); the rest at the top.
    let page_notices = state.notices_at(Place::Page);
    let context = AppContext {
        corpus,
        dispatch: Some(state.dispatcher()),
        analyser: Some(analyser),
        ui_lang: UiLang(state.ui_lang),
    };
    html! {
        <ContextProvider<AppContext> {context}>
                { components::header() }
                if !page_notices.is_empty() {
                    { components::notices(&page_notices, "Messages", &Some(state.dispatcher())) }
                }
                { page }
                { components::shortcuts() }
        </ContextProvider<AppContext>>
    }
}

/// The page for the current route; a route naming an unknown article is not found, or waits
/// while the worker is still analysing the reader's articles (`pending`); a pair not aligned
/// waits while translations are still looked for. The library page exports through `exporter`.
fn page_for(
    corpus: &CorpusContext,
    state: &AppState,
    pending: Pending,
    exporter: &Exporter,
) -> Html {
    let waiting = |what: &str| {
        html! {
            <main id="waiting" lang="en" aria-busy="true">
                <h1>{ what.to_string() }</h1>
                <p>{ "This page shows as soon as the worker is done with your own articles." }</p>
            </main>
        }
    };
    let not_found = || {
        if pending.analysing {
            waiting("Analysing your articles…")
        } else {
            not_found_page(state.route.href())
        }
    };
    match &state.route {
        Route::Library => library_page(exporter, state.notices_at(Place::AddForm), &state.filter),
        Route::Article(stem) | Route::Sentence(stem, _) => {
            let Some(article) = corpus.article_by_stem(stem) else {
                return not_found();
            };
            let target = match &state.route {
                Route::Sentence(_, n) => Some(*n),
                _ => None,
            };
            let page = ArticleView {
                article,
                target,
                hidden: state.hidden,
                type_words: state.type_words,
                lit: state.hovered_entity.clone(),
                selected: state.selected_entity.clone(),
            };
            article_page(corpus, &exporter.dispatch, &page)
        }
        Route::Pair(a, b, _) | Route::PairRow(a, b, _, _) => {
            let (Some(a), Some(b)) = (corpus.article_by_stem(a), corpus.article_by_stem(b)) else {
                return not_found();
            };
            if a == b {
                return not_found();
            }
            let aligned = corpus.pair_of(a, b).is_some_and(|p| p.aligned);
            if pending.pairing && !aligned {
                return waiting("Finding translations among your articles…");
            }
            let target = match &state.route {
                Route::PairRow(_, _, row, _) => Some(*row),
                _ => None,
            };
            html! {
                <PairPage {a} {b} {target} hidden={state.hidden} type_words={state.type_words}
                    mode={state.pair_mode} languages={state.languages}
                    lit={state.hovered_entity.clone()} selected={state.selected_entity.clone()}
                    hovered={state.hovered_sentence} cursor={state.cursor} />
            }
        }
        Route::Entity(id) => EntityPage {
            id: AttrValue::from(id.clone()),
        }
        .memo(),
        Route::Dispute(about) => html! { <DisputesPage focus={AttrValue::from(about.clone())} /> },
        Route::Disputes => html! { <DisputesPage /> },
        Route::NotFound(_) => not_found(),
    }
}

/// Render the app into `#app` (its "Loading…" text replaced), or into the body.
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
