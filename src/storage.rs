//! The browser's `localStorage`: where the reader's own articles and settings are kept across
//! reloads.
//!
//! Only this module touches storage. The library is saved a key per article
//! ([`ARTICLE_PREFIX`] and its id) and an index ([`INDEX_KEY`]: the ids and names in order),
//! so that adding an article writes its own value and the small index, not the whole library;
//! a library saved by an earlier version in one value ([`LEGACY_KEY`]) is moved to that form
//! when it is loaded. Loading never fails: unreadable saved data is copied aside (under
//! [`UNREADABLE_KEY`], or [`UNREADABLE_PREFIX`] and the key it was read from) before anything
//! is rewritten, so nothing the reader had is lost, one damaged article costs no other, and a
//! notice says what happened.

use crate::layout::Languages;
use crate::library::{
    decode, decode_article, decode_index, encode_article, encode_index, Entry, OwnArticle,
    OwnLibrary,
};
use crate::sorted_map::set_of;
use crate::state::Notice;
use js_sys::JsString;
use parallax_engine::Lang;
use wasm_bindgen::prelude::*;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// The browser's `Storage`, seen through the one method web-sys lacks.
    type JsStorage;
    /// `Storage.setItem` with a value already made a JavaScript string (web-sys's takes a
    /// `&str` and makes it one in the same call).
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_js_item(this: &JsStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

/// A saved article this long or longer is written in three tasks (its JSON, the JavaScript
/// string, the write): a 1 MB article in one was 40–80 ms of the page's thread in a CPU
/// profile of the bench. A shorter one is written in one.
const WRITTEN_IN_STEPS: usize = 100_000;

/// Where the library's index is saved: its articles' ids and names, in order.
pub const INDEX_KEY: &str = "parallax.library.v2";
/// Where each article is saved: this prefix and its id.
pub const ARTICLE_PREFIX: &str = "parallax.article.";
/// Where earlier versions saved the whole library, in one value.
pub const LEGACY_KEY: &str = "parallax.library.v1";
/// Where a library saved in one value that could not be read is set aside.
pub const UNREADABLE_KEY: &str = "parallax.library.v1.unreadable";
/// Where an article or an index that could not be read is set aside: this prefix and the key
/// it was read from.
pub const UNREADABLE_PREFIX: &str = "parallax.unreadable.";
/// Where the reader's choice to see every mention's type word is kept (`"shown"`, or absent).
pub const TYPE_WORDS_KEY: &str = "parallax.settings.type-words";
/// Where the reader's choice of languages in the side-by-side view is kept (`"fr"`, `"en"`, or
/// absent for both).
pub const LANGUAGES_KEY: &str = "parallax.settings.languages";

/// Where the reader's interface language for names and titles is kept (`"fr"`, or absent: English).
pub const UI_LANG_KEY: &str = "parallax.settings.ui-lang";

/// Every key Parallax writes starts with this.
const APP_PREFIX: &str = "parallax.";

/// What a failed write of the library says.
const FULL: &str =
    "the browser's storage for this page is full (a few MB in all); remove an article to make room";

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key an article is saved under.
pub fn article_key(id: &str) -> String {
    cat!(ARTICLE_PREFIX, id)
}

/// The keys in storage that start with `prefix`.
fn keys_with(storage: &Storage, prefix: &str) -> Vec<String> {
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// The saved articles, and notices about anything odd (storage missing, data unreadable).
pub fn load() -> (Vec<OwnArticle>, Vec<Notice>) {
    let Some(storage) = local_storage() else {
        return (
            Vec::new(),
            vec![Notice::warning(
                "This browser gives Parallax no storage here (private mode, or a setting): articles you add will be kept only until the page is closed.",
            )],
        );
    };
    let untouched = || {
        (
            Vec::new(),
            vec![Notice::warning(
                "Your saved articles could not be read from browser storage; they were left untouched.",
            )],
        )
    };
    match (storage.get_item(INDEX_KEY), storage.get_item(LEGACY_KEY)) {
        (Ok(Some(index)), _) => {
            // A migration cut short after the index was written leaves the old copy behind.
            let _ = storage.remove_item(LEGACY_KEY);
            load_indexed(&storage, &index)
        }
        (Ok(None), Ok(Some(legacy))) => migrate(&storage, &legacy),
        (Ok(None), Ok(None)) => load_unindexed(&storage),
        (Err(_), _) | (_, Err(_)) => untouched(),
    }
}

/// `raw`, read from `key`, set aside under [`UNREADABLE_PREFIX`]; the key it was set aside
/// under, or `None` when there was no room.
fn set_aside(storage: &Storage, key: &str, raw: &str) -> Option<String> {
    let aside = cat!(UNREADABLE_PREFIX, key);
    storage.set_item(&aside, raw).ok().map(|_| aside)
}

/// The library an index names (`raw_index`, as saved), and any article saved under its key
/// that the index does not name (a save cut short after it wrote the article, before the
/// index): kept after the others, and the index written again. A damaged index is set aside
/// and the articles saved are found by their keys.
fn load_indexed(storage: &Storage, raw_index: &str) -> (Vec<OwnArticle>, Vec<Notice>) {
    if let Some(mut entries) = decode_index(raw_index) {
        let named = set_of(entries.iter().map(|entry| entry.id.clone()));
        let before = entries.len();
        entries.extend(
            entries_found(storage)
                .into_iter()
                .filter(|e| named.binary_search(&e.id).is_err()),
        );
        let (articles, notices) = load_entries(storage, &entries, Vec::new());
        if entries.len() > before && notices.is_empty() {
            let _ = storage.set_item(INDEX_KEY, &encode_index(&articles));
        }
        return (articles, notices);
    }
    let entries = entries_found(storage);
    let kept = match entries.len() {
        1 => "the one article found was kept".to_string(),
        n => cat!("the ", n, " articles found were kept"),
    };
    let text = match set_aside(storage, INDEX_KEY, raw_index) {
        Some(aside) => cat!(
            "The list of your saved articles was damaged; ",
            kept,
            ", in the order of their ids. The damaged list was set aside in this browser (key “",
            aside,
            "”)."
        ),
        None => cat!(
            "The list of your saved articles was damaged; ",
            kept,
            ", in the order of their ids."
        ),
    };
    let notice = Notice::warning(&text).with_download("parallax-unreadable-index.json", raw_index);
    load_entries(storage, &entries, vec![notice])
}

/// The articles `entries` name, each from its own key: a damaged one is set aside and named
/// in a notice, the others kept. The index is written again when `notices` (those so far and
/// these) say something was wrong.
fn load_entries(
    storage: &Storage,
    entries: &[Entry],
    mut notices: Vec<Notice>,
) -> (Vec<OwnArticle>, Vec<Notice>) {
    let mut articles: Vec<OwnArticle> = Vec::new();
    let mut lost = Vec::new();
    for entry in entries {
        let key = article_key(&entry.id);
        match storage.get_item(&key) {
            Ok(Some(raw)) => match decode_article(&raw) {
                Ok(article) if articles.iter().any(|a| a.id == article.id) => {}
                Ok(article) => articles.push(article),
                Err(why) => lost.push((entry, Some((key, raw, why)))),
            },
            Ok(None) => lost.push((entry, None)),
            // Unreadable by the browser now, perhaps not later: left as it is, and listed.
            Err(_) => {}
        }
    }
    let others = entries.len() - lost.len();
    for (entry, damaged) in lost {
        notices.push(lost_article(storage, entry, damaged, others));
    }
    if !notices.is_empty() {
        // The index of what could be read; what could not is set aside or was never there.
        let _ = storage.set_item(INDEX_KEY, &encode_index(&articles));
    }
    (articles, notices)
}

/// The notice for an article the index names that could not be read (`damaged`: its key,
/// what was there and why it cannot be read; `None`: nothing was there). Damaged data is set
/// aside and its key removed, when there is room.
fn lost_article(
    storage: &Storage,
    entry: &Entry,
    damaged: Option<(String, String, String)>,
    others: usize,
) -> Notice {
    let name = &entry.name;
    let kept = match others {
        0 => "No other article was saved".to_string(),
        1 => "Your other article was kept".to_string(),
        n => cat!("Your ", n, " other articles were kept"),
    };
    let Some((key, raw, why)) = damaged else {
        return Notice::warning(&cat!(
            "Your saved article “",
            name,
            "” was no longer in browser storage (it may have been cleared). ",
            kept,
            "."
        ));
    };
    let damaged = cat!(
        "Your saved article “",
        name,
        "” is damaged and could not be read: ",
        why,
        ". ",
        kept,
        ". The damaged data was "
    );
    let text = match set_aside(storage, &key, &raw) {
        Some(aside) => {
            let _ = storage.remove_item(&key);
            cat!(
                damaged,
                "set aside in this browser (key “",
                aside,
                "”); you can download it below."
            )
        }
        None => cat!(
            damaged,
            "left in place, since there was no room to set it aside."
        ),
    };
    Notice::warning(&text).with_download("parallax-unreadable-article.json", &raw)
}

/// The articles saved under [`ARTICLE_PREFIX`], by key, named by their ids (when the index
/// is missing or damaged).
fn entries_found(storage: &Storage) -> Vec<Entry> {
    let mut ids: Vec<String> = keys_with(storage, ARTICLE_PREFIX)
        .into_iter()
        .map(|key| key[ARTICLE_PREFIX.len()..].to_string())
        .collect();
    parallax_engine::order::sort(&mut ids);
    ids.into_iter()
        .map(|id| Entry {
            name: id.clone(),
            id,
        })
        .collect()
}

/// Articles saved without an index (a save cut short before it wrote it): kept, and the
/// index written.
fn load_unindexed(storage: &Storage) -> (Vec<OwnArticle>, Vec<Notice>) {
    let entries = entries_found(storage);
    if entries.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let (articles, notices) = load_entries(storage, &entries, Vec::new());
    let _ = storage.set_item(INDEX_KEY, &encode_index(&articles));
    (articles, notices)
}

/// A library saved in one value by an earlier version, read and saved again a key per
/// article; the old value is removed once its articles are in their keys. Damaged, it is set
/// aside first, as before.
fn migrate(storage: &Storage, raw: &str) -> (Vec<OwnArticle>, Vec<Notice>) {
    let decoded = decode(raw);
    let mut notices = Vec::new();
    if let Some(problem) = &decoded.problem {
        let recovered = match decoded.articles.len() {
            0 => "No article could be recovered".to_string(),
            1 => "One article was recovered".to_string(),
            n => cat!(n, " articles were recovered"),
        };
        // Set the raw data aside first; rewrite the library only once it is safe.
        let aside = storage.set_item(UNREADABLE_KEY, raw).is_ok();
        let text = if aside {
            cat!(
                "Saved data damaged: ",
                problem,
                ". ",
                recovered,
                ". The damaged data was set aside in this browser (key “",
                UNREADABLE_KEY,
                "”); you can download it below."
            )
        } else {
            cat!(
                "Saved data damaged: ",
                problem,
                ". ",
                recovered,
                ". The damaged data was left in place, since there was no room to set it aside."
            )
        };
        notices.push(Notice::warning(&text).with_download("parallax-unreadable-library.json", raw));
        if !aside {
            return (decoded.articles, notices);
        }
    }
    let saved = save(&decoded.articles).or_else(|_| {
        // No room for two copies: the old one goes, its articles are in hand.
        let _ = storage.remove_item(LEGACY_KEY);
        save(&decoded.articles)
    });
    match saved {
        Ok(()) => {
            let _ = storage.remove_item(LEGACY_KEY);
        }
        Err(why) => {
            // Put the old copy back as it was (what was read of it, when it was damaged).
            let _ = storage.set_item(LEGACY_KEY, raw);
            notices.push(Notice::error(&cat!(
                "Your saved articles could not be saved again in this version's form: ",
                why,
                ". They are shown, and kept as they were."
            )));
        }
    }
    (decoded.articles, notices)
}

/// A save of the library in steps: each article not saved yet is written in a step of its
/// own ([`Saving::step`]), then the index, and the keys of the articles it no longer holds are
/// removed ([`Saving::finish`]).
pub struct Saving {
    storage: Storage,
    library: OwnLibrary,
    /// The articles to write, by place in the library, next first.
    missing: Vec<usize>,
    /// The keys written by this save (removed again if it fails: no index names them).
    written: Vec<String>,
    /// The next article's key and value, on their way to storage ([`Saving::step`]).
    pending: Option<(String, Value)>,
    /// The keys of the articles saved that the library no longer holds: named by the saved
    /// index, or written by a save this one replaced ([`Saving::replace`]), which no index
    /// names.
    stale: Vec<String>,
}

impl Saving {
    /// Start saving `library`: what is saved already is read (the keys' names and the index,
    /// not the articles).
    pub fn start(library: OwnLibrary) -> Result<Saving, String> {
        let storage = local_storage()
            .ok_or_else(|| "this browser gives Parallax no storage here".to_string())?;
        let present = set_of(keys_with(&storage, ARTICLE_PREFIX));
        let articles = library.articles();
        let mut missing: Vec<usize> = (0..articles.len())
            .filter(|&i| {
                present
                    .binary_search(&article_key(&articles[i].id))
                    .is_err()
            })
            .collect();
        missing.reverse();
        let held = set_of(articles.iter().map(|a| a.id.as_str()));
        let indexed = storage.get_item(INDEX_KEY).ok().flatten();
        let stale = indexed
            .as_deref()
            .and_then(decode_index)
            .unwrap_or_default()
            .into_iter()
            .filter(|entry| held.binary_search(&entry.id.as_str()).is_err())
            .map(|entry| article_key(&entry.id))
            .collect();
        Ok(Saving {
            storage,
            library,
            missing,
            written: Vec::new(),
            pending: None,
            stale,
        })
    }

    /// Save `library` instead, the library having changed before this save was over: the
    /// articles this save wrote that `library` no longer holds are removed when it finishes,
    /// since no index will name them.
    pub fn replace(self, library: OwnLibrary) -> Result<Saving, String> {
        let mut next = Saving::start(library)?;
        let held = set_of(next.library.articles().iter().map(|a| article_key(&a.id)));
        for key in self.written {
            if held.binary_search(&key).is_err() && !next.stale.contains(&key) {
                next.stale.push(key);
            }
        }
        Ok(next)
    }

    /// The library being saved.
    pub fn library(&self) -> &OwnLibrary {
        &self.library
    }

    /// Take the next step of writing the articles not saved yet: `Ok(false)` when none is
    /// left. A long article takes three steps (its JSON, the JavaScript string, the write), a
    /// short one one. A write that fails takes back what this save wrote.
    pub fn step(&mut self) -> Result<bool, String> {
        let (key, value) = match self.pending.take() {
            Some((key, Value::Json(json))) => {
                let value = Value::Js(JsString::from(json.as_str()));
                self.pending = Some((key, value));
                return Ok(true);
            }
            Some(pending) => pending,
            None => {
                let Some(i) = self.missing.pop() else {
                    return Ok(false);
                };
                let article = &self.library.articles()[i];
                let key = article_key(&article.id);
                let json = encode_article(article);
                if json.len() >= WRITTEN_IN_STEPS {
                    self.pending = Some((key, Value::Json(json)));
                    return Ok(true);
                }
                (key, Value::Json(json))
            }
        };
        let written = match &value {
            Value::Json(json) => self.storage.set_item(&key, json),
            Value::Js(js) => self
                .storage
                .unchecked_ref::<JsStorage>()
                .set_js_item(&key, js),
        };
        if written.is_err() {
            self.take_back();
            return Err(FULL.to_string());
        }
        self.written.push(key);
        Ok(true)
    }

    /// Write the articles left, then the index; remove the articles no longer held.
    pub fn finish(mut self) -> Result<(), String> {
        while self.step()? {}
        let index = encode_index(self.library.articles());
        if self.storage.set_item(INDEX_KEY, &index).is_err() {
            self.take_back();
            return Err(FULL.to_string());
        }
        for key in &self.stale {
            let _ = self.storage.remove_item(key);
        }
        Ok(())
    }

    fn take_back(&mut self) {
        for key in self.written.drain(..) {
            let _ = self.storage.remove_item(&key);
        }
    }
}

/// An article's saved form on its way to storage.
enum Value {
    /// Its JSON, in the app's memory.
    Json(String),
    /// The same, made a JavaScript string.
    Js(JsString),
}

/// Save the articles at once, or say why they could not be saved (storage full, or none).
pub fn save(articles: &[OwnArticle]) -> Result<(), String> {
    Saving::start(OwnLibrary::of(articles.to_vec()))?.finish()
}

/// Forget the reader's library (not the settings): the index, every article, the old form.
pub fn clear_library() {
    if let Some(storage) = local_storage() {
        for key in keys_with(&storage, ARTICLE_PREFIX) {
            let _ = storage.remove_item(&key);
        }
        let _ = storage.remove_item(INDEX_KEY);
        let _ = storage.remove_item(LEGACY_KEY);
    }
}

/// Whether the reader asked to see every mention's type word (off when storage is missing).
pub fn load_type_words() -> bool {
    local_storage()
        .and_then(|storage| storage.get_item(TYPE_WORDS_KEY).ok().flatten())
        .is_some_and(|value| value == "shown")
}

/// Remember whether the reader wants every mention's type word. A setting that cannot be kept
/// (no storage, storage full) holds for this visit; it is not worth a notice.
pub fn save_type_words(shown: bool) {
    if let Some(storage) = local_storage() {
        let _ = if shown {
            storage.set_item(TYPE_WORDS_KEY, "shown")
        } else {
            storage.remove_item(TYPE_WORDS_KEY)
        };
    }
}

/// The versions the reader chose to read side by side (both when none was saved, or storage
/// is missing, or the saved word is not one the app knows).
pub fn load_languages() -> Languages {
    local_storage()
        .and_then(|storage| storage.get_item(LANGUAGES_KEY).ok().flatten())
        .and_then(|word| Languages::from_word(&word))
        .unwrap_or_default()
}

/// Remember the versions the reader reads (both: nothing kept). Like the type words, a choice
/// that cannot be kept holds for this visit.
pub fn save_languages(languages: Languages) {
    if let Some(storage) = local_storage() {
        let _ = match languages {
            Languages::Both => storage.remove_item(LANGUAGES_KEY),
            Languages::Only(_) => storage.set_item(LANGUAGES_KEY, languages.word()),
        };
    }
}

/// The interface language the reader chose (English when none was saved or storage is missing).
pub fn load_ui_lang() -> Lang {
    let saved = local_storage().and_then(|storage| storage.get_item(UI_LANG_KEY).ok().flatten());
    match saved.as_deref() {
        Some("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

/// Remember the interface language; like the type words, it holds for this visit when it
/// cannot be kept.
pub fn save_ui_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = match lang {
            Lang::Fr => storage.set_item(UI_LANG_KEY, "fr"),
            Lang::En => storage.remove_item(UI_LANG_KEY),
        };
    }
}

/// Forget everything Parallax saved (as the crash panel's "clear saved data" does, in
/// index.html): every key it writes starts with `parallax.`.
pub fn clear() {
    if let Some(storage) = local_storage() {
        for key in keys_with(&storage, APP_PREFIX) {
            let _ = storage.remove_item(&key);
        }
    }
}
