//! Keep browser storage in step with the reader's library.

use crate::context::Dispatch;
use crate::library::OwnLibrary;
use crate::state::{Action, Notice};
use crate::storage;
use yew::prelude::*;

/// Save the library whenever it changes (not on the first render: it was just loaded). When
/// saving fails, the articles stay for this visit and a notice says they will not last.
#[hook]
pub fn use_saved_library(own: OwnLibrary, dispatch: Dispatch) {
    let loaded = use_mut_ref(|| own.clone());
    use_effect_with(own, move |own| {
        let changed = *loaded.borrow() != *own;
        if changed {
            *loaded.borrow_mut() = own.clone();
            if let Err(why) = storage::save(own.articles()) {
                dispatch.dispatch(Action::Notify(Notice::error(&format!(
                    "Your library could not be saved: {why}. The change holds until you close the page."
                ))));
            }
        }
    });
}
