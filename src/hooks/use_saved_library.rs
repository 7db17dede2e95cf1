//! Keep browser storage in step with the reader's library.
//!
//! A library of long articles is megabytes of JSON: encoding it and handing it to the browser
//! each take a task of their own, after the render that shows the change, so that none of
//! them is a long task. What is still waiting when the app goes is written at once.

use crate::context::Dispatch;
use crate::dom::next_task;
use crate::library::{encode_parts, OwnLibrary};
use crate::state::{Action, Notice};
use crate::storage;
use js_sys::JsString;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A library of up to this many bytes of text is encoded in one task (a few milliseconds);
/// a longer one an article per task.
const ENCODED_AT_ONCE: usize = 256 * 1024;

/// What waits to be saved: the library, then its JSON, made a JS string a part per task
/// (the browser joins the parts without copying them; one string of megabytes passed to it
/// at once would be decoded in the task that writes it, which is long enough without).
enum Pending {
    Library(OwnLibrary),
    Encoded(JsString),
}

/// The save under way, shared by the hook and its steps.
type Slot = Rc<RefCell<Option<Pending>>>;

/// Save the library whenever it changes (not on the first render: it was just loaded). When
/// saving fails, the articles stay for this visit and a notice says they will not last.
#[hook]
pub fn use_saved_library(own: OwnLibrary, dispatch: Dispatch) {
    let loaded = use_mut_ref(|| own.clone());
    let slot: Slot = use_mut_ref(|| None);
    {
        let (slot, dispatch) = (slot.clone(), dispatch.clone());
        use_effect_with((), move |_| move || write_now(&slot, &dispatch));
    }
    use_effect_with(own, move |own| {
        let changed = *loaded.borrow() != *own;
        if changed {
            *loaded.borrow_mut() = own.clone();
            // A save under way takes the newer library at its next step.
            let idle = slot.replace(Some(Pending::Library(own.clone()))).is_none();
            if idle {
                yew::platform::spawn_local(save_in_steps(slot, dispatch));
            }
        }
    });
}

/// Encode the library waiting in `slot` (a long one an article per task), write it in the
/// next task. The library stays in the slot while it is encoded (written at once should the
/// app go), and a newer one put there meanwhile is encoded instead.
async fn save_in_steps(slot: Slot, dispatch: Dispatch) {
    loop {
        next_task().await;
        let waiting = match &*slot.borrow() {
            // Written already, as the app went.
            None => return,
            Some(Pending::Library(own)) => Some(own.clone()),
            Some(Pending::Encoded(_)) => None,
        };
        let Some(own) = waiting else {
            if let Some(Pending::Encoded(json)) = slot.borrow_mut().take() {
                report(storage::save_encoded(&json), &dispatch);
            }
            return;
        };
        let bytes: usize = own.articles().iter().map(|a| a.text.len()).sum();
        let mut json = JsString::from("");
        for part in encode_parts(own.articles()) {
            json = json.concat(&JsString::from(part).into());
            if bytes > ENCODED_AT_ONCE {
                next_task().await;
            }
        }
        let mut slot = slot.borrow_mut();
        if matches!(&*slot, Some(Pending::Library(now)) if *now == own) {
            *slot = Some(Pending::Encoded(json));
        }
    }
}

/// Write what waits in `slot` now (the app is going).
fn write_now(slot: &Slot, dispatch: &Dispatch) {
    let done = match slot.borrow_mut().take() {
        None => return,
        Some(Pending::Library(own)) => storage::save(own.articles()),
        Some(Pending::Encoded(json)) => storage::save_encoded(&json),
    };
    report(done, dispatch);
}

fn report(done: Result<(), String>, dispatch: &Dispatch) {
    if let Err(why) = done {
        dispatch.dispatch(Action::Notify(Notice::error(&format!(
            "Your library could not be saved: {why}. The change holds until you close the page."
        ))));
    }
}
