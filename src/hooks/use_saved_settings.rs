//! Keep browser storage in step with the reader's settings (type words shown or not, the
//! languages read side by side, interface language).

use super::use_effect_on;
use crate::layout::Languages;
use crate::storage;
use parallax_engine::Lang;
use yew::prelude::*;

/// Save each setting whenever it changes (not on the first render: they were just loaded).
#[hook]
pub fn use_saved_settings(type_words: bool, languages: Languages, ui_lang: Lang) {
    let loaded = use_mut_ref(|| (type_words, languages, ui_lang));
    use_effect_on(
        (type_words, languages, ui_lang),
        move |&(shown, languages, lang)| {
            let before = *loaded.borrow();
            if before.0 != shown {
                storage::save_type_words(shown);
            }
            if before.1 != languages {
                storage::save_languages(languages);
            }
            if before.2 != lang {
                storage::save_ui_lang(lang);
            }
            *loaded.borrow_mut() = (shown, languages, lang);
        },
    );
}
