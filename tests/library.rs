//! The library's cards and filters, mounted in headless Chromium with the real app: one line
//! per dispute on each card, filters by actor and by stance that narrow the list, live in the
//! address and clear.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test library`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

mod common;
use common::{attr, count, first, mount_at, text, texts, unmount, wait_for, wait_for_count};

wasm_bindgen_test_configure!(run_in_browser);

const CARDS: &str = "main#library article.article-card";

/// Choose `value` in a select, as a reader would (the change event included).
fn choose(root: &web_sys::Element, select: &str, value: &str) {
    let select: HtmlSelectElement = first(root, select).unchecked_into();
    select.set_value(value);
    let change = web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    select.dispatch_event(&change).unwrap();
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn each_card_sums_up_its_disputes_with_display_names() {
    let (root, handle) = mount_at("#/", "main#library .dispute-lines").await;
    let card = "article.article-card[data-file=\"003_e7624ea9e8843c03.txt\"]";
    let lines = texts(&root, &format!("{card} .dispute-lines a.dispute-line"));
    assert!(
        lines.iter().any(|l| l.contains("accuse United States")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Global Times") && l.contains("denies")),
        "{lines:?}"
    );
    let all = texts(&root, ".dispute-lines a.dispute-line");
    assert!(all.iter().all(|l| !l.contains('_')), "no ids: {all:?}");
    let href = attr(&root, &format!("{card} a.dispute-line"), "href");
    assert!(href.starts_with("#/disputes/"), "{href}");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn filters_by_actor_and_stance_narrow_the_list_live_in_the_address_and_clear() {
    let (root, handle) = mount_at("#/", "select#filter-actor").await;
    wait_for_count(&root, CARDS, 3).await;
    assert_eq!(text(&root, ".match-count"), "All 3 articles");
    assert_eq!(count(&root, "button.clear-filters"), 0);
    // The labels name the controls.
    assert_eq!(count(&root, "label[for=\"filter-actor\"]"), 1);
    assert_eq!(count(&root, "label[for=\"filter-stance\"]"), 1);

    // Global Times speaks in the pair only: 002 goes.
    choose(&root, "select#filter-actor", "global_times");
    wait_for_count(&root, CARDS, 2).await;
    assert_eq!(text(&root, ".match-count"), "2 of 3 articles match");
    assert_eq!(hash(), "#/?actor=global_times");
    assert_eq!(
        count(
            &root,
            "article.article-card[data-file=\"002_f5e50ea9a2381cfb.txt\"]"
        ),
        0
    );

    // A stance with that actor on the same claim: Global Times condemns nothing.
    choose(&root, "select#filter-stance", "condemnation");
    wait_for_count(&root, CARDS, 0).await;
    assert_eq!(hash(), "#/?actor=global_times&stance=condemnation");
    assert!(text(&root, "main#library").contains("No bundled article matches"));

    first(&root, "button.clear-filters")
        .unchecked_into::<HtmlElement>()
        .click();
    wait_for_count(&root, CARDS, 3).await;
    assert_eq!(hash(), "#/");
    assert_eq!(
        first(&root, "select#filter-actor")
            .unchecked_into::<HtmlSelectElement>()
            .value(),
        ""
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_shared_address_opens_the_library_filtered() {
    let (root, handle) = mount_at("#/?stance=condemnation", "select#filter-stance").await;
    // Condemnations: 002 (Japan) and the pair's English version (the ministry's call).
    wait_for(&root, "button.clear-filters").await;
    let shown = count(&root, CARDS);
    assert!((1..3).contains(&shown), "{shown} cards");
    assert_eq!(
        first(&root, "select#filter-stance")
            .unchecked_into::<HtmlSelectElement>()
            .value(),
        "condemnation"
    );
    assert!(text(&root, ".match-count").contains("of 3 articles"));
    unmount(root, handle);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
}
