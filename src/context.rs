//! What components read from context: the corpus (changes only with the reader's library),
//! the dispatcher, the analyser and the reader's interface language, in one [`AppContext`].
//!
//! One context, not one per value: each `ContextProvider<T>` is a component of its own, whose
//! copy of Yew's lifecycle code the app's wasm carries. The state itself is passed down as
//! small props so that a hover only re-renders the components it concerns; the context
//! changes only when the corpus or the interface language does.

use crate::analyser::Analyser;
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

/// What the app gives every component (`hooks::use_corpus` and its siblings read it).
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The analysed corpus.
    pub corpus: CorpusContext,
    /// The app's reducer; none where a test mounts a page alone.
    pub dispatch: Option<Dispatch>,
    /// Where the reader's articles are analysed and exported; none where a test mounts a
    /// page alone.
    pub analyser: Option<Analyser>,
    /// The language of names and event titles.
    pub ui_lang: UiLang,
}

impl AppContext {
    /// The context of `corpus` alone (no reducer, no analyser, English names), for a page
    /// mounted without the app.
    pub fn of(corpus: CorpusContext) -> AppContext {
        AppContext {
            corpus,
            dispatch: None,
            analyser: None,
            ui_lang: UiLang::default(),
        }
    }
}
