//! The reader's own articles, in headless Chromium with real browser storage: pasting a
//! translation pair, refusing a binary file, surviving damaged saved data (a whole library
//! saved by an earlier version, one article of the library, its index), moving a library
//! saved by an earlier version to a key per article, keeping articles across a reload, and
//! showing hostile markup as text.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test own`.
#![cfg(target_arch = "wasm32")]

use parallax::library::{
    decode_index, encode, encode_article, encode_index, OwnArticle, OwnLibrary,
};
use parallax::storage::{
    article_key, Saving, ARTICLE_PREFIX, INDEX_KEY, LEGACY_KEY, UNREADABLE_KEY, UNREADABLE_PREFIX,
};
use parallax::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::{
    count, first, follow, fresh_root, paste, render_app, settle, storage, texts, unmount, wait_for,
    wait_for_within,
};

wasm_bindgen_test_configure!(run_in_browser);

const SANDWORM_FR: &str = include_str!("../crates/engine/tests/fixtures/align_sandworm_fr.txt");
const SANDWORM_EN: &str = include_str!("../crates/engine/tests/fixtures/align_sandworm_en.txt");

/// How long a step that analyses and aligns pasted articles may take before the test gives
/// up: the debug build on a machine busy with other builds (it takes ~1 s when idle).
const ANALYSIS_SECONDS: u32 = 90;

/// Mount the app on the library, with browser storage holding these keys and values (and
/// nothing else).
async fn mount_library(saved: &[(&str, &str)]) -> (Element, yew::AppHandle<App>) {
    let_unmounted_apps_go().await;
    let storage = storage();
    storage.clear().expect("clear storage");
    for (key, value) in saved {
        storage.set_item(key, value).expect("seed storage");
    }
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash("#/")
        .expect("set the hash");
    let root = fresh_root();
    let handle = render_app(&root);
    wait_for(&root, "main#library section.add-articles").await;
    (root, handle)
}

/// Let the apps of earlier tests finish going before storage is seeded. Yew destroys an app
/// in a later microtask, not in `unmount`, and an app that goes writes the library it had not
/// finished saving (`use_saved_library`): without this turn, a test's app unmounted in the
/// middle of a save wrote its index over the next test's seeded storage whenever the save was
/// still under way at the end of the test (a timing that load makes likely), and that test's
/// app then loaded the wrong library (its “damaged data” warning never came). One turn of the
/// event loop runs every microtask queued before it.
async fn let_unmounted_apps_go() {
    settle().await;
}

/// Wait until an own article's card links to its pair: analysing and aligning a pair with
/// the debug build takes seconds on a busy machine.
async fn wait_for_pair_link(root: &Element) {
    let link = ".cards.own article.article-card a.open-pair";
    wait_for_within(root, link, ANALYSIS_SECONDS).await;
}

/// The entries of the saved index (none when there is none, or it cannot be read).
fn saved_index() -> Vec<parallax::library::Entry> {
    let index = storage().get_item(INDEX_KEY).unwrap().unwrap_or_default();
    decode_index(&index).unwrap_or_default()
}

/// The value saved under `key`, once the library's save in steps has written it.
async fn wait_for_saved(key: &str) -> String {
    for _ in 0..3000 {
        if let Some(value) = storage().get_item(key).unwrap() {
            return value;
        }
        settle().await;
    }
    panic!("nothing saved under {key}");
}

/// Choose a file with these bytes in the file input, as a reader would.
fn choose_file(root: &Element, name: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, name).expect("a file");
    let transfer = web_sys::DataTransfer::new().expect("a DataTransfer");
    transfer.items().add_with_file(&file).expect("add the file");
    let input = first(root, "input#add-files")
        .dyn_into::<web_sys::HtmlInputElement>()
        .expect("a file input");
    input.set_files(transfer.files().as_ref());
    let change = web_sys::Event::new("change").expect("an event");
    input.dispatch_event(&change).expect("dispatch change");
}

#[wasm_bindgen_test]
async fn a_pasted_french_and_english_pair_is_analysed_paired_and_kept_after_a_reload() {
    let (root, handle) = mount_library(&[]).await;
    paste(&root, SANDWORM_FR);
    wait_for(&root, ".cards.own article.article-card").await;
    let french = OwnArticle::new("", SANDWORM_FR);
    let french_key = article_key(&french.id);
    let saved_french = wait_for_saved(&french_key).await;
    assert!(saved_french.contains("Kiev a accusé"));
    // Marked (a member the reader ignores): adding the next article must not write it again.
    let marked = saved_french.replacen('{', "{\"untouched\":true,", 1);
    storage().set_item(&french_key, &marked).unwrap();
    paste(&root, SANDWORM_EN);
    // Analysing and aligning the pair with the debug build takes seconds on a busy machine.
    wait_for_pair_link(&root).await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 2);
    let link = first(&root, ".cards.own a.open-pair")
        .get_attribute("href")
        .expect("an href");
    assert!(link.starts_with("#/pair/own-"), "{link}");
    assert!(texts(&root, ".notice-info p")
        .iter()
        .any(|t| t.contains("Added")));
    let english = OwnArticle::new("", SANDWORM_EN);
    let saved_ids = || -> Vec<String> { saved_index().into_iter().map(|e| e.id).collect() };
    for _ in 0..3000 {
        if saved_ids().len() == 2 {
            break;
        }
        settle().await;
    }
    assert_eq!(saved_ids(), [french.id.clone(), english.id.clone()]);
    assert!(storage()
        .get_item(&article_key(&english.id))
        .unwrap()
        .is_some());
    assert_eq!(
        storage().get_item(&french_key).unwrap().as_deref(),
        Some(marked.as_str()),
        "adding an article writes its own key and the index, not the others"
    );
    unmount(root, handle);

    // A reload: a new app reads the same storage.
    let root = fresh_root();
    let handle = render_app(&root);
    wait_for_pair_link(&root).await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 2);

    // The pair opens aligned, sentence by sentence.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&link)
        .unwrap();
    wait_for(&root, "main#pair .align-row span.sentence").await;
    assert_eq!(count(&root, "main#pair section.column"), 2);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_binary_file_is_refused_with_a_message_and_changes_nothing() {
    let kept = OwnArticle::new("kept.txt", SANDWORM_EN);
    let key = article_key(&kept.id);
    let saved = [
        (INDEX_KEY, encode_index(std::slice::from_ref(&kept))),
        (key.as_str(), encode_article(&kept)),
    ];
    let saved: Vec<(&str, &str)> = saved.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (root, handle) = mount_library(&saved).await;
    wait_for(&root, ".cards.own article.article-card").await;
    choose_file(
        &root,
        "photo.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    );
    wait_for(&root, ".notice-error").await;
    let message = texts(&root, ".notice-error p").join(" ");
    assert!(message.contains("“photo.png” was not added"), "{message}");
    assert!(message.contains("binary"), "{message}");
    assert_eq!(count(&root, ".cards.own article.article-card"), 1);
    for (key, value) in &saved {
        assert_eq!(storage().get_item(key).unwrap().as_deref(), Some(*value));
    }

    // Each attempt's message replaces the last one's, beside the form.
    choose_file(&root, "latin1.txt", b"Caf\xe9 et cr\xe8me");
    for _ in 0..3000 {
        settle().await;
        if texts(&root, ".notice-error p")
            .join(" ")
            .contains("latin1.txt")
        {
            break;
        }
    }
    let message = texts(&root, ".notice-error p").join(" ");
    assert!(message.contains("not valid UTF-8"), "{message}");
    assert_eq!(count(&root, "section.add-articles .notice-error"), 1);
    assert_eq!(count(&root, ".cards.own article.article-card"), 1);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn damaged_saved_data_is_set_aside_with_a_message_not_a_blank_page() {
    let damaged = "{\"version\": 1, \"articles\": [{\"id\": \"own-1\", \"name\": \"cut";
    let (root, handle) = mount_library(&[(LEGACY_KEY, damaged)]).await;
    wait_for(&root, ".notice-warning").await;
    let message = texts(&root, ".notice-warning p").join(" ");
    assert!(message.contains("Saved data damaged"), "{message}");
    assert_eq!(count(&root, ".notice-warning button.notice-download"), 1);
    // The library still shows, the damaged data is kept aside, and storage is readable again.
    assert_eq!(count(&root, ".cards.bundled article.article-card"), 3);
    assert_eq!(
        storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some(damaged)
    );
    let rewritten = storage().get_item(INDEX_KEY).unwrap().expect("rewritten");
    assert_eq!(decode_index(&rewritten), Some(Vec::new()));
    assert_eq!(storage().get_item(LEGACY_KEY).unwrap(), None);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_library_saved_by_an_earlier_version_is_moved_to_a_key_per_article() {
    let articles = [
        OwnArticle::new("fr.txt", SANDWORM_FR),
        OwnArticle::new("en.txt", SANDWORM_EN),
    ];
    let legacy = encode(&articles);
    let (root, handle) = mount_library(&[(LEGACY_KEY, &legacy)]).await;
    wait_for_pair_link(&root).await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 2);
    assert_eq!(count(&root, ".notice-warning, .notice-error"), 0);
    assert_eq!(storage().get_item(LEGACY_KEY).unwrap(), None, "moved");
    let names: Vec<String> = saved_index().into_iter().map(|e| e.name).collect();
    assert_eq!(names, ["fr.txt", "en.txt"]);
    for article in &articles {
        assert_eq!(
            storage().get_item(&article_key(&article.id)).unwrap(),
            Some(encode_article(article))
        );
    }
    unmount(root, handle);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_article_is_set_aside_and_named_and_the_others_are_kept() {
    let good = OwnArticle::new("kept.txt", SANDWORM_EN);
    let bad = OwnArticle::new("broken.txt", "Moscou dément toute attaque.");
    let index = encode_index(&[bad.clone(), good.clone()]);
    let cut = encode_article(&bad)[..30].to_string();
    let (good_key, bad_key) = (article_key(&good.id), article_key(&bad.id));
    let good_value = encode_article(&good);
    let saved = [
        (INDEX_KEY, index.as_str()),
        (bad_key.as_str(), cut.as_str()),
        (good_key.as_str(), good_value.as_str()),
    ];
    let (root, handle) = mount_library(&saved).await;
    wait_for(&root, ".notice-warning").await;
    let message = texts(&root, ".notice-warning p").join(" ");
    assert!(message.contains("“broken.txt” is damaged"), "{message}");
    assert!(message.contains("not valid JSON"), "{message}");
    assert!(message.contains("Your other article was kept"), "{message}");
    assert_eq!(count(&root, ".notice-warning button.notice-download"), 1);
    wait_for(&root, ".cards.own article.article-card").await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 1);
    // Set aside, out of the library; the index now names the article kept alone.
    let aside = format!("{UNREADABLE_PREFIX}{bad_key}");
    assert_eq!(storage().get_item(&aside).unwrap(), Some(cut));
    assert_eq!(storage().get_item(&bad_key).unwrap(), None);
    let ids: Vec<String> = saved_index().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, std::slice::from_ref(&good.id));
    assert_eq!(storage().get_item(&good_key).unwrap(), Some(good_value));
    unmount(root, handle);

    // A damaged index: the articles saved are found by their keys.
    let (root, handle) = mount_library(&[
        (INDEX_KEY, "{\"version\":2,\"arti"),
        (good_key.as_str(), &encode_article(&good)),
    ])
    .await;
    wait_for(&root, ".notice-warning").await;
    let message = texts(&root, ".notice-warning p").join(" ");
    assert!(
        message.contains("list of your saved articles was damaged"),
        "{message}"
    );
    assert!(
        message.contains("the one article found was kept"),
        "{message}"
    );
    wait_for(&root, ".cards.own article.article-card").await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 1);
    unmount(root, handle);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_article_saved_but_not_in_the_index_is_found_at_load() {
    // A save cut short (the page closed) after it wrote an article, before the index.
    let indexed = OwnArticle::new("indexed.txt", "Moscou dément toute attaque contre Oslo.");
    let unindexed = OwnArticle::new("unindexed.txt", "Oslo accuses Freedonia of the attack.");
    let index = encode_index(std::slice::from_ref(&indexed));
    let (indexed_value, unindexed_value) = (encode_article(&indexed), encode_article(&unindexed));
    let (indexed_key, unindexed_key) = (article_key(&indexed.id), article_key(&unindexed.id));
    let (root, handle) = mount_library(&[
        (INDEX_KEY, index.as_str()),
        (indexed_key.as_str(), indexed_value.as_str()),
        (unindexed_key.as_str(), unindexed_value.as_str()),
    ])
    .await;
    wait_for_within(&root, ".cards.own article.article-card", ANALYSIS_SECONDS).await;
    assert_eq!(count(&root, ".cards.own article.article-card"), 2);
    assert_eq!(count(&root, ".notice-warning, .notice-error"), 0);
    let ids: Vec<String> = saved_index().into_iter().map(|e| e.id).collect();
    assert_eq!(
        ids,
        [indexed.id.clone(), unindexed.id.clone()],
        "indexed now"
    );
    assert_eq!(
        storage().get_item(&unindexed_key).unwrap(),
        Some(unindexed_value)
    );
    unmount(root, handle);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_save_replaced_before_its_index_leaves_no_article_behind() {
    let_unmounted_apps_go().await;
    storage().clear().unwrap();
    let kept = OwnArticle::new("kept.txt", "Moscou dément toute attaque contre Oslo.");
    let removed = OwnArticle::new("removed.txt", "Oslo accuses Freedonia of the attack.");
    let both = OwnLibrary::of(vec![kept.clone(), removed.clone()]);
    let mut saving = Saving::start(both).expect("storage");
    while saving.step().expect("room") {}
    let removed_key = article_key(&removed.id);
    assert!(storage().get_item(&removed_key).unwrap().is_some());
    assert_eq!(storage().get_item(INDEX_KEY).unwrap(), None, "not yet");
    // The reader removes an article before the save wrote its index: the save goes on with
    // the library as it is now.
    let now = OwnLibrary::of(vec![kept.clone()]);
    saving
        .replace(now)
        .expect("storage")
        .finish()
        .expect("room");
    assert_eq!(storage().get_item(&removed_key).unwrap(), None, "no orphan");
    let ids: Vec<String> = saved_index().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, std::slice::from_ref(&kept.id));
    assert!(storage()
        .get_item(&article_key(&kept.id))
        .unwrap()
        .is_some());
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn hostile_markup_in_a_pasted_article_is_shown_as_text_and_never_run() {
    let hostile = "Moscou dément toute attaque <script>window.__pwned = 1</script>.\n\n\
        Le ministère a déclaré <img src=x onerror=\"window.__pwned = 2\"> que \
        <a href=\"javascript:window.__pwned = 3\">ce lien</a> était faux.";
    let (root, handle) = mount_library(&[]).await;
    paste(&root, hostile);
    wait_for(&root, ".cards.own article.article-card").await;
    assert!(texts(&root, ".notice-warning p")
        .iter()
        .any(|t| t.contains("contains HTML") && t.contains("<script>")));
    follow(&root, ".cards.own a.open-article");
    wait_for(&root, "main#article span.sentence").await;
    let shown = first(&root, "main#article")
        .text_content()
        .unwrap_or_default();
    assert!(
        shown.contains("<script>window.__pwned = 1</script>"),
        "{shown}"
    );
    assert!(shown.contains("<img src=x onerror="), "{shown}");
    assert_eq!(
        count(
            &root,
            "main#article script, main#article img, main#article a[href^=\"javascript\"]"
        ),
        0
    );
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "no script ran");
    unmount(root, handle);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_long_pair_is_shown_a_page_of_rows_at_a_time() {
    let repeat = |text: &str, tag: &str| {
        (0..32)
            .map(|i| format!("{text}\n\n({tag} {i})\n\n"))
            .collect::<String>()
    };
    let (root, handle) = mount_library(&[]).await;
    paste(&root, &repeat(SANDWORM_FR, "partie"));
    wait_for(&root, ".cards.own article.article-card").await;
    paste(&root, &repeat(SANDWORM_EN, "part"));
    wait_for(&root, ".cards.own article.article-card a.open-pair").await;
    let link = first(&root, ".cards.own a.open-pair")
        .get_attribute("href")
        .expect("an href");
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&link)
        .unwrap();
    wait_for(&root, "main#pair nav.pager").await;
    let place = || texts(&root, "nav.pager .pager-where")[0].trim().to_string();
    assert!(place().starts_with("Rows 1–200 of "), "{}", place());
    assert_eq!(count(&root, "section.side-a .align-row"), 200);
    first(&root, "nav.pager .pager-button:last-child")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    wait_for(&root, ".align-row.current[data-row=\"200\"]").await;
    assert!(place().starts_with("Rows 201–"), "{}", place());
    // A deep link to a row on another page opens that page.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("{link}/3"))
        .unwrap();
    wait_for(&root, ".align-row.current[data-row=\"3\"]").await;
    assert!(place().starts_with("Rows 1–200"), "{}", place());
    unmount(root, handle);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_full_storage_is_said_and_the_article_stays_for_the_visit() {
    let (root, handle) = mount_library(&[]).await;
    // Fill this origin's storage to the last byte, as years of other use might.
    let storage = storage();
    let mut n = 0;
    for size in [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1] {
        let filler = "x".repeat(size);
        while storage.set_item(&format!("filler-{n}"), &filler).is_ok() {
            n += 1;
        }
    }
    paste(&root, SANDWORM_EN);
    wait_for(&root, ".notice-error").await;
    let message = texts(&root, ".notice-error p").join(" ");
    assert!(message.contains("could not be saved"), "{message}");
    assert!(message.contains("full"), "{message}");
    // Nothing is lost: the article is there for this visit, and nothing saved was touched.
    wait_for(&root, ".cards.own article.article-card").await;
    assert_eq!(storage.get_item(INDEX_KEY).unwrap(), None);
    let article_keys = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(ARTICLE_PREFIX))
        .count();
    assert_eq!(article_keys, 0, "what could not be written is taken back");
    unmount(root, handle);
    storage.clear().unwrap();
}
