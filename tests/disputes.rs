//! The disputes page, mounted in headless Chromium with the bundled articles: each claim
//! once with both quotes, events titled from what happened, answers linked to their
//! accusations, matrix cells that open their claims below the matrix, plural counts, the
//! FR / EN names toggle kept across a reload, the timeline and the keys.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test disputes`.
#![cfg(target_arch = "wasm32")]

use parallax::context::{AppContext, CorpusContext};
use parallax::corpus::Corpus;
use parallax::pages::DisputesPage;
use parallax::storage::UI_LANG_KEY;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

mod common;
use common::{count, first, fresh_root, mount_at, settle, storage, texts, unmount, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

// Events as a reader makes them: they bubble, so Yew's delegated listeners hear them.
#[wasm_bindgen(inline_js = "
export function click(el) { el.dispatchEvent(new MouseEvent('click', { bubbles: true })); }
export function key_down(key) { document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })); }
export function key_down_on(el, key) { el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })); }
export function active_id() { return document.activeElement ? document.activeElement.id : ''; }
")]
extern "C" {
    fn click(element: &Element);
    fn key_down(key: &str);
    fn key_down_on(element: &Element, key: &str);
    fn active_id() -> String;
}

/// The page with the context the app gives it: the analysed corpus.
#[function_component]
fn Harness() -> Html {
    let corpus = use_memo((), |_| Corpus::bundled());
    html! {
        <ContextProvider<AppContext> context={AppContext::of(CorpusContext(corpus))}>
            <DisputesPage />
        </ContextProvider<AppContext>>
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
async fn each_claim_once_with_both_quotes_under_a_title_that_says_what_happened() {
    let (root, handle) = mount().await;
    assert!(count(&root, "li.event") >= 4, "one item per disputed event");
    assert!(count(&root, "ul.claims.accusations li.claim") >= 3);
    assert!(count(&root, "ul.claims.responses li.claim") >= 3);
    // Every claim of every article is quoted exactly once on the page's list.
    let corpus = Corpus::bundled();
    let claims: usize = corpus
        .analysis
        .articles
        .iter()
        .map(|a| a.claims.len())
        .sum();
    assert_eq!(count(&root, "ul.events li.claim q") as usize, claims);
    let listed = root.query_selector_all("ul.events li.claim").unwrap();
    let with_both = (0..listed.length())
        .filter_map(|i| listed.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(|c| count(c, "q[lang=\"fr\"]") == 1 && count(c, "q[lang=\"en\"]") == 1)
        .count();
    assert!(
        with_both >= 10,
        "{with_both} claims show their French and English quotes"
    );
    // Every claim has a badge that says its stance in words, and a link per version.
    let all = count(&root, "ul.events li.claim");
    assert_eq!(count(&root, "ul.events li.claim .stance-badge .icon"), all);
    assert_eq!(
        count(&root, "ul.events li.claim a.open-sentence"),
        count(&root, "ul.events li.claim q")
    );
    let href = first(&root, "a.open-sentence")
        .get_attribute("href")
        .unwrap();
    assert!(href.starts_with("#/article/"), "{href}");
    assert!(parallax::route::parse(&href) != parallax::route::Route::NotFound(href.clone()));
    // Titles say what happened: no id, no bare country code.
    let titles = texts(&root, "li.event > h3");
    for title in &titles {
        assert!(!title.contains('_'), "{title}");
        assert!(
            title.starts_with("Alleged") || title.starts_with("Disputed"),
            "{title}"
        );
        assert!(!title.split([' ', ',']).any(|w| w == "US"), "{title}");
    }
    assert!(
        titles
            .iter()
            .any(|t| t.contains("Alleged Chinese cyberattacks on Japanese targets, 2020")),
        "{titles:?}"
    );
    // One name per party: the Chinese side is "China" wherever it is named.
    let names = texts(&root, "ul.events .target[lang]");
    assert!(names.iter().any(|n| n == "China"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n == "Chinese military" || n == "Chine"),
        "{names:?}"
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn answers_link_to_the_accusation_they_answer() {
    let (root, handle) = mount().await;
    let denial = first(&root, "ul.events li.claim[data-stance=\"denial\"]");
    let link = first(&denial, "a.answer-link");
    assert!(link.text_content().unwrap_or_default().contains("→"));
    let target = link
        .get_attribute("data-target")
        .expect("the accusation's id");
    click(&link);
    settle().await;
    settle().await;
    assert_eq!(
        active_id(),
        target,
        "the link moves the focus to the accusation"
    );
    let accusation = first(&root, &format!("#{target}"));
    assert_eq!(
        accusation.get_attribute("data-stance").as_deref(),
        Some("accusation")
    );
    // Non-confirmations and counter-accusations are linked too.
    for stance in ["non_confirmation", "counter_accusation"] {
        let answers = count(
            &root,
            &format!("ul.events li.claim[data-stance=\"{stance}\"] a.answer-link"),
        );
        assert!(answers >= 1, "a {stance} links to what it answers");
    }
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_matrix_cell_opens_its_claims_below_the_matrix_and_escape_closes_them() {
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
    assert_eq!(count(&root, "table.matrix-table button.cell-button"), cells);
    // Counts with their plurals: "1 accusation", "2 accusations", "4 condemnations".
    for mark in texts(&root, "svg g.mark text") {
        let words: Vec<&str> = mark.split(' ').collect();
        let n: usize = words[1].parse().expect("a count");
        let word = words[2..].join(" ");
        assert_eq!(n == 1, !word.ends_with('s'), "{mark}");
        assert!(!mark.contains("condemns"), "{mark}");
    }
    let listed = count(&root, "ul.events li.claim");
    let cell = first(&root, "svg g.cell.filled");
    click(&cell);
    wait_for(&root, "section.cell-claims li.claim").await;
    settle().await;
    // Right below the matrix, in the same section, with the focus on its heading.
    let region = first(&root, ".matrix-section > section.cell-claims");
    assert_eq!(active_id(), "cell-claims-heading");
    let heading = first(&region, "h3").text_content().unwrap_or_default();
    assert!(
        heading.contains(" → ") && heading.contains(':'),
        "{heading}"
    );
    assert!(count(&region, "li.claim") >= 1);
    assert_eq!(count(&root, "svg g.cell.selected"), 1);
    assert_eq!(count(&root, "button.cell-button[aria-pressed=\"true\"]"), 1);
    // The page's list stays whole.
    assert_eq!(count(&root, "ul.events li.claim"), listed);
    key_down_on(&first(&region, "h3"), "Escape");
    settle().await;
    settle().await;
    assert_eq!(
        count(&root, "section.cell-claims"),
        0,
        "Escape closes the claims"
    );
    // The table's buttons open the same region.
    click(&first(&root, "button.cell-button"));
    wait_for(&root, "section.cell-claims").await;
    click(&first(&root, "button.close-cell"));
    settle().await;
    settle().await;
    assert_eq!(
        count(&root, "section.cell-claims"),
        0,
        "“Close” closes them"
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_names_language_is_a_toggle_kept_across_a_reload() {
    storage()
        .remove_item(UI_LANG_KEY)
        .expect("start in English");
    let (root, handle) = mount_at("#/disputes", "main#disputes-page li.claim").await;
    assert_eq!(
        first(&root, ".lang-toggle button[data-lang=\"en\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let english = texts(&root, "ul.events .target[lang]");
    assert!(english.iter().any(|n| n == "China"), "{english:?}");
    click(&first(&root, ".lang-toggle button[data-lang=\"fr\"]"));
    settle().await;
    settle().await;
    let french = texts(&root, "ul.events .target[lang]");
    assert!(french.iter().any(|n| n == "Chine"), "{french:?}");
    assert!(!french.iter().any(|n| n == "China"), "{french:?}");
    // The matrix's table names each party in its language, the other language's name after.
    let ths = texts(&root, "table.matrix-table th[lang=\"fr\"]");
    assert!(ths.iter().any(|n| n == "Chine (China)"), "{ths:?}");
    // The other language's name stands beside it in the list too.
    assert!(texts(&root, "ul.events .other-name")
        .iter()
        .any(|n| n == " (China)"));
    let titles = texts(&root, "li.event > h3");
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("Cyberattaques chinoises présumées")),
        "{titles:?}"
    );
    assert_eq!(
        storage().get_item(UI_LANG_KEY).unwrap().as_deref(),
        Some("fr")
    );
    unmount(root, handle);
    // A new app (a reload) starts in French.
    let (root, handle) = mount_at("#/disputes", "main#disputes-page li.claim").await;
    assert_eq!(
        first(&root, ".lang-toggle button[data-lang=\"fr\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(texts(&root, "ul.events .target[lang]")
        .iter()
        .any(|n| n == "Chine"));
    click(&first(&root, ".lang-toggle button[data-lang=\"en\"]"));
    settle().await;
    settle().await;
    assert_eq!(
        storage().get_item(UI_LANG_KEY).unwrap(),
        None,
        "English is the default, nothing kept"
    );
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
