//! Keep browser storage in step with the reader's settings (type words shown or not, the
//! interface language).

use crate::storage;
use parallax_engine::Lang;
use yew::prelude::*;

/// Save the settings whenever they change (not on the first render: they were just loaded).
#[hook]
pub fn use_saved_settings(type_words: bool, ui_lang: Lang) {
    let loaded = use_mut_ref(|| (type_words, ui_lang));
    use_effect_with((type_words, ui_lang), move |&(shown, lang)| {
        let (was_shown, was_lang) = *loaded.borrow();
        if was_shown != shown {
            storage::save_type_words(shown);
        }
        if was_lang != lang {
            storage::save_ui_lang(lang);
        }
        *loaded.borrow_mut() = (shown, lang);
    });
}
