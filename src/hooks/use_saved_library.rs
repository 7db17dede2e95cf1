//! Keep browser storage in step with the reader's library.
//!
//! The library is saved a key per article (`storage::Saving`): a change writes the articles
//! not saved yet, each in tasks of its own, after the render that shows the change, then the
//! small index. What is still waiting when the app goes is written at once.

use super::{use_effect_on, use_mount_effect};
use crate::context::Dispatch;
use crate::dom::next_task;
use crate::library::OwnLibrary;
use crate::state::{Action, Notice};
use crate::storage::{self, Saving};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The library waiting to be saved (a newer one put there replaces it), shared by the hook
/// and its steps.
type Slot = Rc<RefCell<Option<OwnLibrary>>>;

/// Save the library whenever it changes (not on the first render: it was just loaded). When
/// saving fails, the articles stay for this visit and a notice says they will not last.
#[hook]
pub fn use_saved_library(own: OwnLibrary, dispatch: Dispatch) {
    let loaded = use_mut_ref(|| own.clone());
    let slot: Slot = use_mut_ref(|| None);
    {
        let (slot, dispatch) = (slot.clone(), dispatch.clone());
        use_mount_effect(move || move || write_now(&slot, &dispatch));
    }
    use_effect_on(own, move |own| {
        let changed = *loaded.borrow() != *own;
        if changed {
            *loaded.borrow_mut() = own.clone();
            // A save under way takes the newer library at its next step.
            let idle = slot.replace(Some(own.clone())).is_none();
            if idle {
                yew::platform::spawn_local(save_in_steps(slot, dispatch));
            }
        }
    });
}

/// Save the library waiting in `slot`, an article per task or three (`Saving::step`). It
/// stays in the slot while it is saved (written at once should the app go); a newer one put
/// there meanwhile is saved instead, from what is saved by then, and the articles written for
/// the older one that the newer one lacks are removed (no index names them).
async fn save_in_steps(slot: Slot, dispatch: Dispatch) {
    let mut replaced: Option<Saving> = None;
    loop {
        next_task().await;
        // None: written already, as the app went.
        let Some(own) = slot.borrow().clone() else {
            return;
        };
        let started = match replaced.take() {
            Some(before) => before.replace(own),
            None => Saving::start(own),
        };
        let mut saving = match started {
            Ok(saving) => saving,
            Err(why) => return finished(&slot, Err(why), &dispatch),
        };
        let changed = |saving: &Saving| slot.borrow().as_ref() != Some(saving.library());
        let written = loop {
            if changed(&saving) {
                break false;
            }
            match saving.step() {
                Ok(true) => next_task().await,
                Ok(false) => break true,
                Err(_) if changed(&saving) => break false,
                Err(why) => return finished(&slot, Err(why), &dispatch),
            }
        };
        if !written {
            replaced = Some(saving);
            continue;
        }
        let library = saving.library().clone();
        let done = saving.finish();
        if slot.borrow().as_ref() == Some(&library) {
            return finished(&slot, done, &dispatch);
        }
    }
}

/// The save of what waits in `slot` is over (`done`): the slot is emptied and a failure said.
fn finished(slot: &Slot, done: Result<(), String>, dispatch: &Dispatch) {
    slot.borrow_mut().take();
    report(done, dispatch);
}

/// Write what waits in `slot` now (the app is going).
fn write_now(slot: &Slot, dispatch: &Dispatch) {
    if let Some(own) = slot.borrow_mut().take() {
        report(storage::save(own.articles()), dispatch);
    }
}

fn report(done: Result<(), String>, dispatch: &Dispatch) {
    if let Err(why) = done {
        dispatch.dispatch(Action::Notify(Notice::error(&cat!(
            "Your library could not be saved: ",
            why,
            ". The change holds until you close the page."
        ))));
    }
}
