//! What components read from context: the corpus (never changes), the dispatcher and the
//! reader's interface language.
//!
//! The state itself is passed down as small props so that a hover only
//! re-renders the components it concerns.

use crate::corpus::Corpus;
use crate::state::AppState;
use std::ops::Deref;
use std::rc::Rc;
use yew::UseReducerDispatcher;

/// The analysed corpus, shared. Equality is identity: it is built once.
#[derive(Debug, Clone)]
pub struct CorpusContext(pub Rc<Corpus>);

impl PartialEq for CorpusContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CorpusContext {
    type Target = Corpus;

    fn deref(&self) -> &Corpus {
        &self.0
    }
}

/// The language the reader chose for names and event titles (the reducer's `ui_lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UiLang(pub parallax_engine::Lang);

/// Sends actions to the app's reducer.
pub type Dispatch = UseReducerDispatcher<AppState>;
