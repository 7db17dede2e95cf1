//! Claims read in place, in headless Chromium with the app's stylesheet: each claim's note
//! beside its sentence names the stance, the speaker and the target, each stance has its own
//! class and colour, and the focusable popover gives the cue words the engine found and, for
//! an answer, the accusation it answers.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test claims`.
#![cfg(target_arch = "wasm32")]

use parallax::components::{cue_tooltip, stance_badge, stance_parts, STANCES};
use parallax::corpus::Corpus;
use parallax::storage::{clear_library, UI_LANG_KEY};
use parallax_engine::analyze_article;
use parallax_engine::claims::Party;
use parallax_engine::{Lang, Stance};
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{
    count, first, follow, fresh_root, mount_at, paste, settle, storage, unmount, wait_for,
    with_style,
};

wasm_bindgen_test_configure!(run_in_browser);

const PAIR: &str = "#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03";
const FRENCH: (&str, &str) = (
    "000_83485029acf59cfb.txt",
    include_str!("../seeds/000_83485029acf59cfb.txt"),
);
const ENGLISH: (&str, &str) = (
    "003_e7624ea9e8843c03.txt",
    include_str!("../seeds/003_e7624ea9e8843c03.txt"),
);

/// `getComputedStyle(element)[property]`, through `js_sys` (web-sys's CSS features are off).
fn computed(element: &Element, property: &str) -> String {
    let window = web_sys::window().expect("a window");
    let get = js_sys::Reflect::get(&window, &"getComputedStyle".into())
        .expect("getComputedStyle")
        .unchecked_into::<js_sys::Function>();
    let style = get.call1(&window, element).expect("a computed style");
    js_sys::Reflect::get(&style, &property.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn part(note: &Element, selector: &str) -> Option<String> {
    note.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn each_claim_in_the_pair_names_its_stance_speaker_target_and_cue() {
    storage()
        .remove_item(UI_LANG_KEY)
        .expect("names in English");
    let corpus = Corpus::bundled();
    let name = |p: &Party| corpus.claims.name(p, Lang::En).text;
    let (root, handle) = mount_at(PAIR, "main#pair .claim-note").await;
    for ((file, text), lang) in [(FRENCH, "fr"), (ENGLISH, "en")] {
        let article = analyze_article(file, text);
        let notes = all(
            &root,
            &format!("section.column[lang=\"{lang}\"] .claim-note"),
        );
        assert_eq!(
            notes.len(),
            article.claims.len(),
            "one note per claim ({lang})"
        );
        for note in &notes {
            let index: usize = note
                .get_attribute("data-claim")
                .and_then(|i| i.parse().ok())
                .expect("data-claim");
            let claim = &article.claims[index];
            let (slug, icon, word) = stance_parts(claim.stance);
            // In the text, beside its own sentence.
            let sentence = note
                .closest("span.sentence")
                .unwrap()
                .expect("in a sentence");
            assert_eq!(
                sentence.get_attribute("data-sid"),
                Some(claim.sentence.to_string())
            );
            assert_eq!(note.get_attribute("data-stance").as_deref(), Some(slug));
            assert_eq!(part(note, ".stance-badge .icon").as_deref(), Some(icon));
            assert!(part(note, ".stance-badge").unwrap().contains(word));
            let speaker = claim
                .speaker
                .as_ref()
                .expect("the seeds name every speaker");
            // One display name per party, in the interface language (English by default).
            assert_eq!(part(note, ".claim-speaker"), Some(name(speaker)));
            match &claim.target {
                Some(target) => {
                    assert_eq!(part(note, ".claim-target"), Some(name(target)));
                    assert_eq!(part(note, ".arrow").as_deref(), Some(" → "));
                }
                None => assert_eq!(count(note, ".arrow, .claim-target"), 0),
            }
            let cue = claim.cue.as_ref().expect("the seeds' claims have cues");
            // A popover the keyboard reaches: the note is focusable and described by it.
            assert_eq!(note.get_attribute("tabindex").as_deref(), Some("0"));
            let tip_id = note.get_attribute("aria-describedby").expect("a popover");
            let tip = first(note, ".claim-tip[role=\"tooltip\"]");
            assert_eq!(tip.id(), tip_id);
            let said = part(note, ".claim-tip .tip-cue").unwrap_or_default();
            assert!(said.contains(&cue.text), "{said} lacks {}", cue.text);
            assert_eq!(said, cue_tooltip(claim));
        }
    }
    // One claim the reader can check by eye, in both columns.
    for lang in ["fr", "en"] {
        let matsuno = all(
            &root,
            &format!("section.column[lang=\"{lang}\"] .claim-note[data-stance=non_confirmation]"),
        );
        assert!(
            matsuno.iter().any(|n| {
                part(n, ".claim-speaker").as_deref() == Some("Hirokazu Matsuno")
                    && part(n, ".claim-target").as_deref() == Some("Washington Post")
            }),
            "Matsuno's no comment on the Washington Post ({lang})"
        );
    }
    // An answer's popover names the accusation it answers; an accusation's does not.
    let denial = first(
        &root,
        "section.column[lang=\"en\"] .claim-note[data-stance=denial]",
    );
    let answers = part(&denial, ".claim-tip .tip-answers").expect("the accusation answered");
    assert!(answers.contains("Washington Post → China"), "{answers}");
    let accusation = first(
        &root,
        "section.column[lang=\"en\"] .claim-note[data-stance=accusation]",
    );
    assert_eq!(count(&accusation, ".tip-answers"), 0);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_claim_note_popover_opens_on_focus_and_escape_puts_it_away() {
    let style = with_style();
    let (root, handle) = mount_at(PAIR, "main#pair .claim-note").await;
    let note: web_sys::HtmlElement = first(&root, "main#pair .claim-note").unchecked_into();
    let tip = first(&note, ".claim-tip");
    assert_eq!(computed(&tip, "display"), "none", "hidden until asked for");
    note.focus().expect("focusable");
    assert_eq!(computed(&tip, "display"), "block", "shown on focus");
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        init
    })
    .expect("an event");
    note.dispatch_event(&escape).expect("dispatched");
    settle().await;
    assert_eq!(computed(&tip, "display"), "none", "Escape puts it away");
    unmount(root, handle);
    style.remove();
}

/// Props of [`Badge`].
#[derive(yew::Properties, PartialEq)]
struct BadgeProps {
    stance: Stance,
}

/// The badge of one stance, alone on a page.
#[yew::function_component]
fn Badge(props: &BadgeProps) -> yew::Html {
    stance_badge(props.stance)
}

#[wasm_bindgen_test]
async fn the_seven_stances_have_seven_values_and_seven_colours() {
    let style = with_style();
    let mut stance_values = BTreeSet::new();
    let mut colours = BTreeSet::new();
    let mut backgrounds = BTreeSet::new();
    let mut words = BTreeSet::new();
    let mut icons = BTreeSet::new();
    for stance in STANCES {
        let root = fresh_root();
        let handle =
            yew::Renderer::<Badge>::with_root_and_props(root.clone(), BadgeProps { stance })
                .render();
        wait_for(&root, ".stance-badge").await;
        let badge = first(&root, ".stance-badge");
        let (slug, icon, word) = stance_parts(stance);
        assert_eq!(badge.get_attribute("data-stance").as_deref(), Some(slug));
        stance_values.insert(slug);
        colours.insert(computed(&badge, "color"));
        backgrounds.insert(computed(&badge, "backgroundColor"));
        words.insert(word);
        icons.insert(icon);
        handle.destroy();
        root.remove();
    }
    assert_eq!(stance_values.len(), 7, "{stance_values:?}");
    assert_eq!(colours.len(), 7, "{colours:?}");
    assert_eq!(backgrounds.len(), 7, "{backgrounds:?}");
    assert_eq!(words.len(), 7);
    assert_eq!(icons.len(), 7);
    style.remove();
}

#[wasm_bindgen_test]
async fn a_claim_with_no_speaker_says_speaker_unknown_in_italics() {
    clear_library();
    let (root, handle) = mount_at("#/", "textarea#paste-text").await;
    // A passive attribution with no agent: nobody in the text says it.
    paste(
        &root,
        "Le réseau électrique de Kyiv a été piraté en mars.\nL’attaque a été attribuée au groupe Sandworm.",
    );
    wait_for(&root, ".cards.own a.open-article").await;
    follow(&root, ".cards.own a.open-article");
    wait_for(&root, "main#article .claim-note").await;
    let unknown = first(&root, "main#article .claim-note em.claim-speaker.unknown");
    assert_eq!(unknown.text_content().as_deref(), Some("speaker unknown"));
    unmount(root, handle);
    clear_library();
}
