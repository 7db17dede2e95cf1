//! Keep browser storage in step with the reader's settings (type words shown or not).

use crate::storage;
use yew::prelude::*;

/// Save the type-words setting whenever it changes (not on the first render: it was just
/// loaded).
#[hook]
pub fn use_saved_settings(type_words: bool) {
    let loaded = use_mut_ref(|| type_words);
    use_effect_with(type_words, move |&shown| {
        if *loaded.borrow() != shown {
            *loaded.borrow_mut() = shown;
            storage::save_type_words(shown);
        }
    });
}
