//! The disputes page, mounted in headless Chromium with the bundled articles:
//! its events, the SVG matrix and its table, the timeline, and the keys.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test disputes`.
#![cfg(target_arch = "wasm32")]

use parallax::context::CorpusContext;
use parallax::corpus::Corpus;
use parallax::pages::DisputesPage;
use parallax::seeds::SEEDS;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

mod common;
use common::{count, first, fresh_root, settle, texts, unmount, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

// Events as a reader makes them: they bubble, so Yew's delegated listeners hear them.
#[wasm_bindgen(inline_js = "
export function click(el) { el.dispatchEvent(new MouseEvent('click', { bubbles: true })); }
export function key_down(key) { document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })); }
")]
extern "C" {
    fn click(element: &Element);
    fn key_down(key: &str);
}

/// The page with the context the app gives it: the analysed corpus.
#[function_component]
fn Harness() -> Html {
    let corpus = use_memo((), |_| Corpus::build(&SEEDS));
    html! {
        <ContextProvider<CorpusContext> context={CorpusContext(corpus)}>
            <DisputesPage />
        </ContextProvider<CorpusContext>>
    }
}

async fn mount() -> (Element, yew::AppHandle<Harness>) {
    let root = fresh_root();
    let handle = yew::Renderer::<Harness>::with_root(root.clone()).render();
    // Child components render after the page: wait for each part.
    for part in [
        "main#disputes-page",
        "li.claim",
        "svg g.cell",
        "ol.timeline time",
    ] {
        wait_for(&root, part).await;
    }
    (root, handle)
}

#[wasm_bindgen_test]
async fn events_list_accusations_and_responses_with_links_to_each_version() {
    let (root, handle) = mount().await;
    assert!(count(&root, "li.event") >= 3, "one item per disputed event");
    assert!(count(&root, "ul.claims.accusations li.claim") >= 3);
    assert!(count(&root, "ul.claims.responses li.claim") >= 3);
    // Every claim has a badge that says its stance in words, and a link per version.
    let claims = count(&root, "li.claim");
    assert_eq!(count(&root, "li.claim .stance-badge .icon"), claims);
    assert!(count(&root, "li.claim a.open-sentence") >= claims);
    let denial = first(&root, "li.claim:has(.stance-badge[data-stance=\"denial\"])");
    assert!(denial.text_content().unwrap_or_default().contains("denial"));
    // The seeds' French and English versions of one story: some claim links to both.
    let both = root.query_selector_all("li.claim").unwrap();
    let linked_twice = (0..both.length())
        .filter_map(|i| both.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .any(|c| count(&c, "q[lang=\"fr\"]") >= 1 && count(&c, "q[lang=\"en\"]") >= 1);
    assert!(linked_twice);
    let href = first(&root, "a.open-sentence")
        .get_attribute("href")
        .unwrap();
    assert!(href.starts_with("#/article/"), "{href}");
    assert!(parallax::route::parse(&href) != parallax::route::Route::NotFound(href.clone()));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn matrix_is_an_svg_image_with_a_table_and_filters_on_click() {
    let (root, handle) = mount().await;
    let svg = first(&root, "figure.accusation-matrix svg[role=\"img\"]");
    assert!(svg
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("Who accuses whom"));
    assert_eq!(
        svg.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let cells = count(&root, "svg g.cell.filled");
    assert!(cells >= 3, "{cells} filled cells");
    assert_eq!(count(&root, "svg g.cell.filled > title"), cells);
    assert!(count(&root, "svg g.mark text") >= cells);
    assert_eq!(count(&root, "table.matrix-table button.cell-button"), cells);
    let titles = texts(&root, "svg g.cell.filled > title");
    assert!(
        titles.iter().any(|t| t.contains("accusation")),
        "{titles:?}"
    );

    let all = count(&root, "li.claim");
    let cell = first(&root, "svg g.cell.filled");
    assert!(cell.get_attribute("data-speaker").is_some());
    click(&cell);
    wait_for(&root, "p.filter-note").await;
    let shown = count(&root, "li.claim");
    assert!(shown >= 1 && shown < all, "{shown} of {all}");
    assert_eq!(count(&root, "svg g.cell.selected"), 1);
    assert_eq!(count(&root, "button.cell-button[aria-pressed=\"true\"]"), 1);
    click(&first(&root, "button.show-all"));
    settle().await;
    settle().await;
    assert_eq!(count(&root, "li.claim"), all);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn timeline_orders_dated_events_and_statements() {
    let (root, handle) = mount().await;
    let dates: Vec<String> = {
        let list = root.query_selector_all("ol.timeline > li > time").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("datetime"))
            .collect()
    };
    assert!(dates.len() >= 3, "{dates:?}");
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "chronological");
    let labels = texts(&root, "ol.timeline > li > time");
    assert!(labels.iter().any(|l| l == "2010"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "autumn 2020"), "{labels:?}");
    assert!(count(&root, "li.timeline-entry.event a.open-sentence") >= 2);
    assert!(count(&root, "li.timeline-entry.statement a.open-sentence") >= 1);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn keys_move_through_accusations_and_denials() {
    let (root, handle) = mount().await;
    key_down("d");
    wait_for(&root, "li.claim.current").await;
    let current = first(&root, "li.claim.current");
    assert_eq!(count(&current, ".stance-badge[data-stance=\"denial\"]"), 1);
    key_down("a");
    settle().await;
    settle().await;
    let current = first(&root, "li.claim.current");
    let badge = first(&current, ".stance-badge").get_attribute("data-stance");
    assert!(
        matches!(badge.as_deref(), Some("accusation" | "counter_accusation")),
        "{badge:?}"
    );
    unmount(root, handle);
}
