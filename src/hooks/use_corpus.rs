//! What the app provides in context ([`AppContext`]): the one way components read the
//! corpus, the dispatcher, the analyser and the interface language.

use crate::analyser::Analyser;
use crate::context::{AppContext, CorpusContext, Dispatch, UiLang};
use yew::prelude::*;

/// The app's context (every component renders inside `App`, which provides it).
#[hook]
pub fn use_app_context() -> AppContext {
    use_context::<AppContext>().expect("the app provides its context")
}

/// The corpus the app provides.
#[hook]
pub fn use_corpus() -> CorpusContext {
    use_app_context().corpus
}

/// The app's dispatcher, when the page is mounted in the app.
#[hook]
pub fn use_dispatch() -> Option<Dispatch> {
    use_app_context().dispatch
}

/// The analyser (the engine's worker), when the page is mounted in the app.
#[hook]
pub fn use_analyser() -> Option<Analyser> {
    use_app_context().analyser
}

/// The language the reader chose for names and event titles.
#[hook]
pub fn use_ui_lang() -> UiLang {
    use_app_context().ui_lang
}
