//! The real app, mounted in headless Chromium: what a reader sees on each route.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test app`.
#![cfg(target_arch = "wasm32")]

use parallax::route::{parse, Route};
use std::time::Duration;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{count, mount_at, text, unmount, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn library_shows_one_card_per_bundled_article() {
    let (root, handle) = mount_at("#/", "main#library").await;
    assert_eq!(count(&root, "main#library article.article-card"), 3);
    for file in [
        "000_83485029acf59cfb.txt",
        "002_f5e50ea9a2381cfb.txt",
        "003_e7624ea9e8843c03.txt",
    ] {
        let card = format!("article.article-card[data-file=\"{file}\"]");
        for part in [".headline", ".lang", ".date", ".source", "a.open-article"] {
            assert_eq!(count(&root, &format!("{card} {part}")), 1, "{card} {part}");
        }
    }
    assert!(text(
        &root,
        "article.article-card[data-file=\"003_e7624ea9e8843c03.txt\"] .headline"
    )
    .starts_with("The Chinese Foreign Ministry has accused"));
    let pair = root
        .query_selector("a.open-pair")
        .unwrap()
        .expect("a pair link");
    assert_eq!(
        pair.get_attribute("href").as_deref(),
        Some("#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03")
    );
    assert_eq!(count(&root, "a.home"), 1);
    unmount(root, handle);
}

#[wasm_bindgen_test]
fn routes_parse_from_the_hash() {
    assert_eq!(parse("#/"), Route::Library);
    assert_eq!(parse("#/article/abc"), Route::Article("abc".into()));
    assert_eq!(
        parse("#/pair/a/b"),
        Route::Pair("a".into(), "b".into(), None)
    );
    assert!(matches!(parse("#/no/such/page"), Route::NotFound(_)));
}

#[wasm_bindgen_test]
async fn article_view_shows_sentences_and_muted_noise() {
    let (root, handle) = mount_at(
        "#/article/002_f5e50ea9a2381cfb",
        "main#article[data-file=\"002_f5e50ea9a2381cfb.txt\"]",
    )
    .await;
    assert_eq!(count(&root, "main#article section.column[lang=\"fr\"]"), 1);
    assert!(count(&root, "span.sentence[data-sid=\"0\"][lang=\"fr\"]") == 1);
    assert!(count(&root, ".noise[data-noise-kind=\"stray\"]") >= 1);
    assert_eq!(count(&root, "#disputes"), 1);
    // Every claim the engine finds shows its stance in words.
    let badges = root
        .query_selector_all(".stance-badge[data-stance]")
        .unwrap();
    for i in 0..badges.length() {
        let badge: Element = wasm_bindgen::JsCast::unchecked_into(badges.item(i).unwrap());
        assert!(badge.text_content().unwrap_or_default().trim().len() > 2);
    }
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn pair_view_has_a_french_and_an_english_column() {
    let (root, handle) = mount_at(
        "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03",
        "main#pair",
    )
    .await;
    assert_eq!(count(&root, "main#pair section.column[lang=\"fr\"]"), 1);
    assert_eq!(count(&root, "main#pair section.column[lang=\"en\"]"), 1);
    assert!(count(&root, ".align-row") >= 2);
    assert!(text(&root, "section.column[lang=\"fr\"]").contains("Mao Ning"));
    assert!(text(&root, "section.column[lang=\"en\"]").contains("Mao Ning"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn unknown_routes_and_articles_are_not_found() {
    let (root, handle) = mount_at("#/no/such/page", "main#not-found").await;
    unmount(root, handle);
    let (root, handle) = mount_at("#/article/nope", "main#not-found").await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_hash_change_navigates() {
    let (root, handle) = mount_at("#/", "main#library").await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/article/000_83485029acf59cfb")
        .unwrap();
    wait_for(
        &root,
        "main#article[data-file=\"000_83485029acf59cfb.txt\"]",
    )
    .await;
    unmount(root, handle);
}

fn element(root: &Element, selector: &str) -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("`{selector}` is there"))
        .dyn_into()
        .expect("an HTML element")
}

#[wasm_bindgen_test]
async fn pointing_at_a_name_lights_it_in_both_columns_and_a_click_opens_its_card() {
    let (root, handle) = mount_at(
        "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03",
        "main#pair",
    )
    .await;
    let Some(mark) = root.query_selector("mark.entity[data-id]").unwrap() else {
        // No entity layer in the engine yet: nothing to light.
        unmount(root, handle);
        return;
    };
    let id = mark.get_attribute("data-id").unwrap();
    let event = web_sys::Event::new("mouseenter").unwrap();
    mark.dispatch_event(&event).unwrap();
    wait_for(&root, "mark.entity.lit").await;
    let lit = root.query_selector_all("mark.entity.lit").unwrap();
    for i in 0..lit.length() {
        let e: Element = wasm_bindgen::JsCast::unchecked_into(lit.item(i).unwrap());
        assert_eq!(e.get_attribute("data-id").as_deref(), Some(id.as_str()));
    }
    element(&root, "mark.entity[data-id]").click();
    wait_for(&root, "#entity-card").await;
    assert!(text(&root, "#entity-card").contains(&id));
    // Escape closes it.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    for _ in 0..100 {
        document.dispatch_event(&escape).unwrap();
        yew::platform::time::sleep(Duration::ZERO).await;
        if count(&root, "#entity-card") == 0 {
            break;
        }
    }
    assert_eq!(count(&root, "#entity-card"), 0, "Escape closes the card");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_legend_hides_and_shows_a_type() {
    let (root, handle) = mount_at("#/article/002_f5e50ea9a2381cfb", "main#article").await;
    let toggle = "button.legend-toggle[data-type=\"GPE\"]";
    assert_eq!(
        element(&root, toggle)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    element(&root, toggle).click();
    wait_for(&root, &format!("{toggle}[aria-pressed=\"false\"]")).await;
    assert_eq!(count(&root, "mark.entity[data-type=\"GPE\"]:not(.off)"), 0);
    element(&root, toggle).click();
    wait_for(&root, &format!("{toggle}[aria-pressed=\"true\"]")).await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn keys_j_and_k_move_through_the_rows() {
    let (root, handle) = mount_at(
        "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03",
        "main#pair",
    )
    .await;
    let press = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .dispatch_event(&event)
            .unwrap();
    };
    // The key listener is set up by an effect after the first render: press until it answers.
    let mut first = None;
    for _ in 0..100 {
        press("j");
        yew::platform::time::sleep(Duration::ZERO).await;
        first = root
            .query_selector(".align-row.current")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("data-row"))
            .and_then(|r| r.parse::<usize>().ok());
        if first.is_some() {
            break;
        }
    }
    let first = first.expect("j selects a row");
    press("j");
    wait_for(
        &root,
        &format!(".align-row.current[data-row=\"{}\"]", first + 1),
    )
    .await;
    press("k");
    wait_for(&root, &format!(".align-row.current[data-row=\"{first}\"]")).await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_sentence_link_opens_the_article_on_that_sentence() {
    let (root, handle) = mount_at(
        "#/article/000_83485029acf59cfb/4",
        "main#article span.sentence.target[data-sid=\"3\"]",
    )
    .await;
    assert_eq!(count(&root, "span.sentence.target"), 1);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_pair_view_keeps_noise_muted_with_its_label() {
    let (root, handle) = mount_at(
        "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03",
        "main#pair",
    )
    .await;
    // 000 opens with a `date 2023-08` header glued to its headline.
    assert!(
        count(
            &root,
            "section.column[lang=\"fr\"] .noise[data-noise-kind=\"date_header\"] .noise-label"
        ) >= 1
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
fn clearing_saved_data_removes_the_library_and_its_set_aside_copies() {
    use parallax::storage::{
        article_key, INDEX_KEY, LEGACY_KEY, UNREADABLE_KEY, UNREADABLE_PREFIX,
    };
    let storage = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .expect("localStorage");
    let aside = format!("{UNREADABLE_PREFIX}{}", article_key("own-2"));
    let ours = [
        INDEX_KEY.to_string(),
        article_key("own-1"),
        LEGACY_KEY.to_string(),
        UNREADABLE_KEY.to_string(),
        aside,
    ];
    for key in &ours {
        storage.set_item(key, "x").unwrap();
    }
    storage.set_item("other.app", "z").unwrap();
    parallax::storage::clear();
    for key in &ours {
        assert_eq!(storage.get_item(key).unwrap(), None, "{key}");
    }
    assert_eq!(storage.get_item("other.app").unwrap().as_deref(), Some("z"));
    storage.remove_item("other.app").unwrap();
}

#[wasm_bindgen_test]
async fn pointing_at_a_sentence_lights_its_counterpart() {
    let (root, handle) = mount_at(
        "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03",
        "main#pair",
    )
    .await;
    // A French sentence in a row that has English sentences too.
    let rows = root
        .query_selector_all("section.column[lang=\"en\"] .align-row")
        .unwrap();
    let row = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|n| -> Element { wasm_bindgen::JsCast::unchecked_into(n) })
        .filter(|e| e.query_selector("span.sentence").ok().flatten().is_some())
        .filter_map(|e| e.get_attribute("data-row"))
        .find(|r| {
            let fr =
                format!("section.column[lang=\"fr\"] .align-row[data-row=\"{r}\"] span.sentence");
            count(&root, &fr) > 0
        })
        .expect("an aligned row with both sides");
    let fr = root
        .query_selector(&format!(
            "section.column[lang=\"fr\"] .align-row[data-row=\"{row}\"] span.sentence"
        ))
        .unwrap()
        .unwrap();
    fr.dispatch_event(&web_sys::Event::new("mouseenter").unwrap())
        .unwrap();
    let lit = format!(
        "section.column[lang=\"en\"] .align-row[data-row=\"{row}\"] span.sentence.counterpart"
    );
    wait_for(&root, &lit).await;
    assert_eq!(
        count(
            &root,
            "section.column[lang=\"fr\"] span.sentence.counterpart"
        ),
        0
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_header_leads_to_the_disputes_page() {
    let (root, handle) = mount_at("#/", "main#library").await;
    assert!(count(&root, "header a[href=\"#/disputes\"]") == 1);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/disputes")
        .unwrap();
    wait_for(&root, "main#disputes-page").await;
    unmount(root, handle);
}
