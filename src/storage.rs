//! The browser's `localStorage`: where the reader's own articles and settings are kept across
//! reloads.
//!
//! Only this module touches storage. Loading never fails: unreadable saved data is copied
//! aside (under [`UNREADABLE_KEY`]) before anything is rewritten, so nothing the reader had
//! is lost, and a notice says what happened.

use crate::layout::Languages;
use crate::library::{decode, encode, OwnArticle};
use crate::state::Notice;
use js_sys::JsString;
use parallax_engine::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// Where the library is saved.
pub const KEY: &str = "parallax.library.v1";
/// Where saved data that could not be read is set aside.
pub const UNREADABLE_KEY: &str = "parallax.library.v1.unreadable";
/// Where the reader's choice to see every mention's type word is kept (`"shown"`, or absent).
pub const TYPE_WORDS_KEY: &str = "parallax.settings.type-words";
/// Where the reader's choice of languages in the side-by-side view is kept (`"fr"`, `"en"`, or
/// absent for both).
pub const LANGUAGES_KEY: &str = "parallax.settings.languages";

/// Where the reader's interface language for names and titles is kept (`"fr"`, or absent: English).
pub const UI_LANG_KEY: &str = "parallax.settings.ui-lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
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
    let raw = match storage.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Vec::new(), Vec::new()),
        Err(_) => {
            return (
                Vec::new(),
                vec![Notice::warning(
                    "Your saved articles could not be read from browser storage; they were left untouched.",
                )],
            )
        }
    };
    let decoded = decode(&raw);
    let Some(problem) = decoded.problem else {
        return (decoded.articles, Vec::new());
    };
    let kept = decoded.articles.len();
    let recovered = match kept {
        0 => "No article could be recovered".to_string(),
        1 => "One article was recovered".to_string(),
        n => format!("{n} articles were recovered"),
    };
    // Set the raw data aside first; rewrite the library only once it is safe.
    let text = if storage.set_item(UNREADABLE_KEY, &raw).is_ok() {
        let _ = storage.set_item(KEY, &encode(&decoded.articles));
        format!(
            "Saved data damaged: {problem}. {recovered}. The damaged data was set aside in this browser (key “{UNREADABLE_KEY}”); you can download it below."
        )
    } else {
        format!(
            "Saved data damaged: {problem}. {recovered}. The damaged data was left in place, since there was no room to set it aside."
        )
    };
    let notice = Notice::warning(&text).with_download("parallax-unreadable-library.json", &raw);
    (decoded.articles, vec![notice])
}

/// Save the articles, or say why they could not be saved (storage full, or none).
pub fn save(articles: &[OwnArticle]) -> Result<(), String> {
    save_encoded(&JsString::from(encode(articles)))
}

/// [`save`] of a library already encoded (`library::encode`) into a JS string. It is given
/// to `Storage.setItem` as it is (`web_sys`'s `set_item` takes a `&str`, decoded into a new
/// JS string in the same task: for megabytes, a good share of the write's time).
pub fn save_encoded(json: &JsString) -> Result<(), String> {
    let storage =
        local_storage().ok_or_else(|| "this browser gives Parallax no storage here".to_string())?;
    let set_item = js_sys::Reflect::get(&storage, &JsValue::from_str("setItem"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| "this browser's storage cannot be written".to_string())?;
    set_item
        .call2(&storage, &JsValue::from_str(KEY), json)
        .map(drop)
        .map_err(|_| {
            "the browser's storage for this page is full (a few MB in all); remove an article to make room"
                .to_string()
        })
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

/// Forget everything Parallax saved (the panic panel's "clear saved data").
pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
        let _ = storage.remove_item(UNREADABLE_KEY);
        let _ = storage.remove_item(TYPE_WORDS_KEY);
        let _ = storage.remove_item(LANGUAGES_KEY);
        let _ = storage.remove_item(UI_LANG_KEY);
    }
}
