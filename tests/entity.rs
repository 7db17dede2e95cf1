//! The entity page (`#/entity/<id>`), mounted in headless Chromium with the real app: names in
//! both languages, quoted mentions whose links open their sentence, claims by and against an
//! entity, its disputes, and an unknown id.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test entity`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

mod common;
use common::{attr, count, first, follow, mount_at, text, texts, unmount, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_person_has_names_in_both_languages_quoted_mentions_claims_and_disputes() {
    let (root, handle) = mount_at("#/entity/mao_ning", "main#entity-page .entity-facts").await;
    assert_eq!(text(&root, "main#entity-page h1"), "Mao Ning");
    let facts = text(&root, ".entity-facts");
    for label in [
        "In English",
        "In French",
        "In the French texts",
        "In the English texts",
    ] {
        assert!(facts.contains(label), "{label} in {facts}");
    }
    assert!(text(&root, ".entity-facts dd[lang=\"fr\"]").contains("Mao Ning"));
    assert!(!facts.contains("mao_ning"), "no id shown: {facts}");

    // Every mention quoted, the name marked, in each article that names it.
    assert_eq!(count(&root, ".entity-mentions > li"), 2);
    let named = texts(&root, ".entity-mentions blockquote strong.named");
    assert!(named.iter().any(|n| n == "Mao Ning"), "{named:?}");
    assert!(count(&root, ".entity-mentions blockquote[lang=\"fr\"]") >= 1);
    assert!(count(&root, ".entity-mentions blockquote[lang=\"en\"]") >= 1);

    // The claims it makes, each with its stance, the other party and the quote.
    let by = "section[aria-labelledby=\"entity-by\"] .entity-claim";
    assert!(count(&root, &format!("{by}[data-stance=\"accusation\"]")) >= 1);
    let other = first(&root, &format!("{by} a.other-party"));
    assert!(other
        .get_attribute("href")
        .is_some_and(|h| h.starts_with("#/entity/")));
    assert!(
        count(&root, &format!("{by} blockquote")) >= 2,
        "a quote in each language"
    );
    // The disputes it takes part in, linked to the disputes page.
    let disputes = root.query_selector_all(".entity-disputes a").unwrap();
    assert!(disputes.length() >= 1);
    for i in 0..disputes.length() {
        let link: web_sys::Element =
            wasm_bindgen::JsCast::unchecked_into(disputes.item(i).unwrap());
        assert!(link
            .get_attribute("href")
            .unwrap()
            .starts_with("#/disputes/"));
    }

    // A quoted mention's link opens its sentence, marked as the link's target.
    let href = attr(&root, ".entity-mentions .quote a.open-sentence", "href");
    let (stem, n) = href
        .strip_prefix("#/article/")
        .and_then(|rest| rest.split_once('/'))
        .expect("an article sentence link");
    let (stem, n) = (
        stem.to_string(),
        n.parse::<usize>().expect("a sentence number"),
    );
    // The link reads the number its address gives ("sentence 9" opens `/9`).
    assert!(
        text(&root, ".entity-mentions .quote a.open-sentence").ends_with(&format!("sentence {n}")),
        "{href}"
    );
    follow(&root, ".entity-mentions .quote a.open-sentence");
    wait_for(&root, "main#article .sentence.target").await;
    assert_eq!(
        attr(&root, "main#article", "data-file"),
        format!("{stem}.txt")
    );
    // Addresses count sentences from 1, the page's data from 0.
    assert_eq!(
        attr(&root, "main#article .sentence.target", "data-sid"),
        (n - 1).to_string()
    );
    assert!(text(&root, "main#article .sentence.target").contains("Mao Ning"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_quoted_mentions_pair_link_opens_its_row_side_by_side() {
    let (root, handle) = mount_at("#/entity/mao_ning", ".entity-mentions a.open-pair-row").await;
    // The first quote: its article link names the sentence, its pair link the row.
    let href = attr(&root, ".entity-mentions .quote a.open-sentence", "href");
    // The address counts sentences from 1, the page's data from 0.
    let n: usize = href.rsplit('/').next().unwrap().parse().unwrap();
    let n = n - 1;
    let lang = attr(&root, ".entity-mentions .quote blockquote", "lang");
    follow(&root, ".entity-mentions a.open-pair-row");
    wait_for(&root, "main#pair .align-row.current").await;
    let sentence =
        format!("section.column[lang=\"{lang}\"] .align-row.current .sentence[data-sid=\"{n}\"]");
    assert!(count(&root, &sentence) >= 1, "{sentence}");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_target_has_claims_against_it_by_named_speakers() {
    let (root, handle) = mount_at("#/entity/united_states", "main#entity-page h1").await;
    let against = "section[aria-labelledby=\"entity-against\"] .entity-claim";
    wait_for(&root, against).await;
    assert!(count(&root, &format!("{against} a.other-party")) >= 1);
    let heads = texts(&root, &format!("{against} .claim-head"));
    assert!(heads.iter().any(|h| h.contains("Mao Ning")), "{heads:?}");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn an_unknown_id_says_so_and_offers_a_way_back() {
    let (root, handle) = mount_at("#/entity/nobody_at_all", "main#entity-page").await;
    assert_eq!(text(&root, "main#entity-page h1"), "Unknown entity");
    assert!(text(&root, "main#entity-page").contains("nobody_at_all"));
    assert_eq!(count(&root, "main#entity-page a[href=\"#/\"]"), 1);
    follow(&root, "main#entity-page a[href=\"#/\"]");
    wait_for(&root, "main#library").await;
    unmount(root, handle);
}
