//! Reading a pair closely, in headless Chromium: deep links to a pair of sentences, an entity
//! and a dispute; divergence flags and the `n` key; `c` to the other version; the paragraphs
//! layout; one version at a time (kept in storage) and the layout in the address; the shortcuts
//! dialog.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test reading`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{count, first, mount_at, settle, text, unmount, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

const PAIR: &str = "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03";

fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("an event");
    // Sent from the focused element when there is one, as a real key press would be.
    let document = gloo::utils::document();
    match document.active_element() {
        Some(focused) => focused.dispatch_event(&event),
        None => document.dispatch_event(&event),
    }
    .expect("dispatch");
}

/// Press `key` until `selector` matches: key listeners are installed by effects after the
/// first render.
async fn press_until(root: &Element, key: &str, selector: &str) {
    for _ in 0..200 {
        press(key);
        settle().await;
        if count(root, selector) > 0 {
            return;
        }
    }
    panic!("`{key}` never led to `{selector}`");
}

fn current_row(root: &Element) -> Option<String> {
    root.query_selector(".align-row.current")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-row"))
}

#[wasm_bindgen_test]
async fn a_deep_link_to_a_row_opens_the_pair_on_that_row_with_its_own_link() {
    let (root, handle) = mount_at(&format!("{PAIR}/3"), ".align-row.current").await;
    assert_eq!(current_row(&root).as_deref(), Some("3"));
    let link = first(&root, ".align-row.current a.row-link");
    assert_eq!(link.get_attribute("href"), Some(format!("{PAIR}/3")));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn divergence_flags_show_and_n_goes_to_the_next_one() {
    let (root, handle) = mount_at(PAIR, "main#pair .align-row").await;
    let flags = root
        .query_selector_all(".align-row .divergences li")
        .unwrap();
    assert!(flags.length() > 0, "the seeds' pair has differences");
    // The first flagged row in reading order (the French column comes first in the DOM).
    let flagged_row = (0..flags.length())
        .filter_map(|i| flags.item(i))
        .map(|n| -> Element { n.unchecked_into() })
        .inspect(|li| assert!(!li.text_content().unwrap_or_default().is_empty()))
        .filter_map(|li| {
            li.closest(".align-row")
                .ok()
                .flatten()?
                .get_attribute("data-row")
        })
        .filter_map(|r| r.parse::<usize>().ok())
        .min()
        .expect("a flagged row");
    // `n` goes to a row with a difference; `p`, pressed enough, back to the first one.
    press_until(&root, "n", ".align-row.current").await;
    let row = current_row(&root).expect("a current row");
    assert!(count(&root, &format!("[data-row=\"{row}\"] .divergences li")) > 0);
    for _ in 0..20 {
        press("p");
        settle().await;
    }
    wait_for(
        &root,
        &format!(".align-row.current[data-row=\"{flagged_row}\"]"),
    )
    .await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn c_jumps_to_the_other_version_and_back() {
    let (root, handle) = mount_at(&format!("{PAIR}/2"), ".align-row.current").await;
    let focused_side = || {
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.closest("section.column").ok().flatten())
            .and_then(|s| s.get_attribute("lang"))
    };
    for _ in 0..200 {
        press("c");
        settle().await;
        if focused_side().is_some() {
            break;
        }
    }
    // With no focus in a column, `c` goes to the French side of the current row.
    assert_eq!(focused_side().as_deref(), Some("fr"));
    let row = gloo::utils::document()
        .active_element()
        .and_then(|e| e.get_attribute("data-row"));
    assert_eq!(row.as_deref(), Some("2"));
    press("c");
    settle().await;
    let active = gloo::utils::document()
        .active_element()
        .map(|e| e.outer_html());
    assert_eq!(focused_side().as_deref(), Some("en"), "{active:?}");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_paragraphs_layout_keeps_counterparts_lighting() {
    let (root, handle) = mount_at(PAIR, "main#pair button.mode-button").await;
    let buttons = root.query_selector_all("button.mode-button").unwrap();
    let paragraphs: web_sys::HtmlElement = buttons.item(1).unwrap().unchecked_into();
    assert_eq!(
        paragraphs.text_content().as_deref(),
        Some("Original paragraphs")
    );
    paragraphs.click();
    wait_for(&root, ".pair-grid.paragraphs p.paragraph span.sentence").await;
    assert_eq!(
        paragraphs.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // A French sentence with an English counterpart: point at it.
    let fr = root
        .query_selector_all("section.side-a span.sentence[data-row]")
        .unwrap();
    let (sentence, row) = (0..fr.length())
        .filter_map(|i| fr.item(i))
        .map(|n| -> Element { n.unchecked_into() })
        .find_map(|e| {
            let row = e.get_attribute("data-row")?;
            let across = format!("section.side-b span.sentence[data-row=\"{row}\"]");
            (count(&root, &across) > 0).then_some((e, row))
        })
        .expect("a sentence with a counterpart");
    sentence
        .dispatch_event(&web_sys::Event::new("mouseenter").unwrap())
        .unwrap();
    wait_for(
        &root,
        &format!("section.side-b span.sentence.counterpart[data-row=\"{row}\"]"),
    )
    .await;
    assert_eq!(count(&root, "section.side-a span.sentence.counterpart"), 0);
    // Back to rows for the other tests (the layout is kept across pages).
    first(&root, "button.mode-button")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait_for(&root, ".pair-grid:not(.paragraphs) .align-row").await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_dispute_has_a_link_that_brings_it_into_focus() {
    let (root, handle) = mount_at("#/disputes", "li.event a.permalink").await;
    let link = first(&root, "li.event a.permalink")
        .get_attribute("href")
        .expect("an href");
    let about = link
        .strip_prefix("#/disputes/")
        .expect("a dispute link")
        .to_string();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&link)
        .unwrap();
    wait_for(&root, &format!("li.event.targeted[data-about=\"{about}\"]")).await;
    for _ in 0..100 {
        settle().await;
        let focused = gloo::utils::document()
            .active_element()
            .and_then(|e| e.get_attribute("data-about"));
        if focused.as_deref() == Some(about.as_str()) {
            break;
        }
    }
    assert_eq!(
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.get_attribute("data-about")),
        Some(about)
    );
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/disputes/no_such_event")
        .unwrap();
    wait_for(&root, ".filter-note").await;
    assert!(text(&root, ".filter-note").contains("No disputed event “no_such_event”"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn question_mark_opens_the_list_of_shortcuts() {
    let (root, handle) = mount_at("#/", "main#library").await;
    let open = || {
        gloo::utils::document()
            .get_element_by_id("shortcuts")
            .is_some_and(|d| d.has_attribute("open"))
    };
    assert!(!open());
    for _ in 0..200 {
        press("?");
        yew::platform::time::sleep(Duration::ZERO).await;
        if open() {
            break;
        }
    }
    assert!(open(), "? opens the dialog");
    let dialog = gloo::utils::document()
        .get_element_by_id("shortcuts")
        .unwrap();
    let listed = dialog.text_content().unwrap_or_default();
    for keys in ["j / k", "n / p", "a / A", "Escape"] {
        assert!(listed.contains(keys), "{keys} listed");
    }
    dialog
        .unchecked_into::<web_sys::HtmlDialogElement>()
        .close();
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn focus_entering_a_row_makes_it_current_and_stays_where_it_was() {
    let (root, handle) = mount_at(PAIR, "main#pair .align-row mark.entity").await;
    let mark: web_sys::HtmlElement =
        first(&root, "section.side-a .align-row mark.entity").unchecked_into();
    let row = mark
        .closest(".align-row")
        .unwrap()
        .and_then(|r| r.get_attribute("data-row"))
        .expect("a row");
    mark.focus().unwrap();
    wait_for(
        &root,
        &format!(".align-row.current[data-row=\"{row}\"] a.row-link"),
    )
    .await;
    for _ in 0..10 {
        settle().await;
    }
    // The row re-rendered with its link, and the very same mark still has the focus.
    assert!(mark.is_connected(), "the focused mark was not replaced");
    let focused = gloo::utils::document().active_element();
    assert_eq!(focused.as_ref(), Some(mark.as_ref()));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn one_version_at_a_time_is_kept_in_storage_and_the_layout_in_the_address() {
    let (root, handle) = mount_at(PAIR, "main#pair .pair-languages button").await;
    let click = |selector: &str| {
        first(&root, selector)
            .unchecked_into::<web_sys::HtmlElement>()
            .click()
    };
    click(".pair-languages button:nth-child(2)");
    wait_for(&root, ".pair-grid.one-language section.side-b .align-row").await;
    assert_eq!(count(&root, "section.side-a"), 0, "English alone");
    assert_eq!(
        common::storage()
            .get_item("parallax.settings.languages")
            .unwrap()
            .as_deref(),
        Some("en")
    );
    click(".pair-languages button:nth-child(3)");
    wait_for(&root, "section.side-a .align-row").await;
    for _ in 0..100 {
        settle().await;
        if common::storage()
            .get_item("parallax.settings.languages")
            .unwrap()
            .is_none()
        {
            break;
        }
    }
    assert_eq!(
        common::storage()
            .get_item("parallax.settings.languages")
            .unwrap(),
        None,
        "both: nothing kept"
    );
    // The layout chosen is written into the address (without a new history entry), and the
    // default one is not.
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    click(".pair-mode button:nth-child(2)");
    wait_for(&root, ".pair-grid.paragraphs").await;
    for _ in 0..100 {
        settle().await;
        if hash().ends_with("?layout=paragraphs") {
            break;
        }
    }
    assert_eq!(hash(), format!("{PAIR}?layout=paragraphs"));
    click(".pair-mode button:nth-child(1)");
    wait_for(&root, ".pair-grid.rows").await;
    for _ in 0..100 {
        settle().await;
        if hash() == PAIR {
            break;
        }
    }
    assert_eq!(hash(), PAIR);
    unmount(root, handle);
}
