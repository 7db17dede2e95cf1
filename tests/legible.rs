//! A legible reader, in headless Chromium with the app's own stylesheet: type words quiet by
//! default but always in the accessible name, and the setting that brings them back.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test legible`.
#![cfg(target_arch = "wasm32")]

use parallax::storage::TYPE_WORDS_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::{
    count, first, mount_at, paste, settle, storage, text, unmount, wait_for, wait_for_count,
    with_style,
};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "#/article/000_83485029acf59cfb";
const PAIR: &str = "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03";

/// The text as rendered (`innerText`: what CSS hides is left out).
fn visible(element: &Element) -> String {
    element.unchecked_ref::<HtmlElement>().inner_text()
}

fn first_place(root: &Element) -> HtmlElement {
    first(root, "mark.entity[data-type=\"GPE\"]:not(.off)").unchecked_into()
}

#[wasm_bindgen_test]
async fn type_words_are_quiet_by_default_but_always_in_the_accessible_name() {
    storage().remove_item(TYPE_WORDS_KEY).unwrap();
    let style = with_style();
    let (root, handle) = mount_at(ARTICLE, "mark.entity[data-type=\"GPE\"]").await;
    let column = first(&root, "section.column");
    let shown = visible(&column);
    for word in ["COUNTRY OR CITY", "PERSON", "ORGANISATION"] {
        assert!(!shown.contains(word), "{word} is written in the text");
    }
    let place = first_place(&root);
    let name = place
        .get_attribute("aria-label")
        .expect("an accessible name");
    assert!(name.ends_with("(country or city)"), "{name}");
    assert!(name.starts_with(visible(&place).trim()), "{name}");
    // Focus (as hover) shows it.
    place.focus().unwrap();
    settle().await;
    assert!(visible(&place).contains("COUNTRY OR CITY"));
    place.blur().unwrap();
    unmount(root, handle);
    style.remove();
}

#[wasm_bindgen_test]
async fn the_legend_setting_writes_type_words_and_survives_a_remount() {
    storage().remove_item(TYPE_WORDS_KEY).unwrap();
    let style = with_style();
    let (root, handle) = mount_at(ARTICLE, "input#type-words").await;
    let checkbox: web_sys::HtmlInputElement = first(&root, "input#type-words").unchecked_into();
    assert!(!checkbox.checked());
    checkbox.click();
    wait_for(&root, "main.type-words").await;
    assert!(visible(&first(&root, "section.column")).contains("COUNTRY OR CITY"));
    assert_eq!(
        storage().get_item(TYPE_WORDS_KEY).unwrap().as_deref(),
        Some("shown")
    );
    unmount(root, handle);

    // A new app (a reload) on another page keeps the choice.
    let (root, handle) = mount_at(PAIR, "main#pair .align-row").await;
    wait_for(&root, "main#pair.type-words").await;
    let checkbox: web_sys::HtmlInputElement = first(&root, "input#type-words").unchecked_into();
    assert!(checkbox.checked());
    assert!(visible(&first(&root, ".pair-grid")).contains("COUNTRY OR CITY"));
    // Keys stay commands on the checkbox (it takes no letters): `j` moves to a row.
    checkbox.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("j");
    init.set_bubbles(true);
    let j = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    checkbox.dispatch_event(&j).unwrap();
    wait_for(&root, ".align-row.current").await;
    checkbox.click();
    wait_for(&root, "main#pair:not(.type-words)").await;
    assert_eq!(storage().get_item(TYPE_WORDS_KEY).unwrap(), None);
    unmount(root, handle);
    style.remove();
}

/// Follow a link: set the hash (the app hears `hashchange`) and wait for `ready`.
async fn go(root: &Element, hash: &str, ready: &str) {
    gloo::utils::window()
        .location()
        .set_hash(hash)
        .expect("set the hash");
    wait_for(root, ready).await;
    settle().await;
}

#[wasm_bindgen_test]
async fn the_document_title_follows_the_route() {
    let (root, handle) = mount_at("#/", "main#library").await;
    let title = || gloo::utils::document().title();
    settle().await;
    assert_eq!(title(), "Library — Parallax");
    go(&root, ARTICLE, "main#article").await;
    let headline = first(&root, "main#article h1").text_content().unwrap();
    assert!(
        headline.starts_with("Les commentaires de Pékin"),
        "{headline}"
    );
    assert_eq!(title(), format!("{headline} — Parallax"));
    go(&root, PAIR, "main#pair .align-row").await;
    let pair = title();
    assert!(
        pair.starts_with(&format!("Side by side: {headline} | The Chinese")),
        "{pair}"
    );
    assert!(pair.ends_with(" — Parallax"), "{pair}");
    go(&root, "#/entity/mao_ning", "main#entity-page").await;
    assert_eq!(title(), "Mao Ning — Parallax");
    go(&root, "#/disputes", "main#disputes-page").await;
    assert_eq!(title(), "Disputes — Parallax");
    go(&root, "#/no/such/page", "main#not-found").await;
    assert_eq!(title(), "Page not found — Parallax");
    unmount(root, handle);
}

fn scroll_y() -> f64 {
    gloo::utils::window().scroll_y().expect("scrollY")
}

#[wasm_bindgen_test]
async fn a_new_page_opens_at_the_top_but_a_deep_link_scrolls_to_its_target() {
    let style = with_style();
    let (root, handle) = mount_at(ARTICLE, "main#article .sentence").await;
    let down = || gloo::utils::window().scroll_to_with_x_and_y(0.0, 600.0);
    down();
    assert!(scroll_y() > 0.0, "the article is taller than the window");
    go(&root, PAIR, "main#pair .align-row").await;
    assert_eq!(scroll_y(), 0.0);
    down();
    go(&root, "#/disputes", "main#disputes-page").await;
    assert_eq!(scroll_y(), 0.0);
    down();
    go(&root, "#/", "main#library").await;
    assert_eq!(scroll_y(), 0.0);
    // A link to a sentence far down the article scrolls there, not to the top.
    let last = format!("{ARTICLE}/12");
    go(&root, &last, "main#article .sentence.target").await;
    assert!(scroll_y() > 0.0, "the deep link scrolled to its sentence");
    unmount(root, handle);
    style.remove();
}

#[wasm_bindgen_test]
async fn the_forms_notices_show_beside_it_go_on_success_and_stay_on_its_page() {
    parallax::storage::clear_library();
    let (root, handle) = mount_at("#/", "section.add-articles").await;
    let beside = "section.add-articles .notices .notice-error";
    let anywhere = ".notice-error";
    paste(&root, "   ");
    wait_for(&root, beside).await;
    assert_eq!(count(&root, anywhere), 1, "only beside the form");
    assert!(text(&root, beside).contains("was not added: it is empty"));
    // Dismissed by its button.
    first(&root, &format!("{beside} button.notice-dismiss"))
        .unchecked_into::<HtmlElement>()
        .click();
    wait_for_count(&root, anywhere, 0).await;
    // It does not follow the reader to another page, nor come back with them.
    paste(&root, "");
    wait_for(&root, beside).await;
    go(&root, "#/disputes", "main#disputes-page").await;
    assert_eq!(count(&root, anywhere), 0);
    go(&root, "#/", "section.add-articles").await;
    assert_eq!(count(&root, anywhere), 0);
    // A later success clears it, and says so in its place.
    paste(&root, "");
    wait_for(&root, beside).await;
    paste(
        &root,
        "Berlin accuse Moscou. Le Kremlin dément toute implication.",
    );
    wait_for(&root, "section.add-articles .notices .notice-info").await;
    assert_eq!(count(&root, anywhere), 0);
    assert!(text(&root, "section.add-articles .notice-info").contains("Added"));
    unmount(root, handle);
    parallax::storage::clear_library();
}
