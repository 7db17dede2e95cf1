//! The analysed corpus, from the context the app provides: the one way components read it.

use crate::context::CorpusContext;
use yew::prelude::*;

/// The corpus the app provides (every component renders inside `App`, which provides it).
#[hook]
pub fn use_corpus() -> CorpusContext {
    use_context::<CorpusContext>().expect("the app provides the corpus")
}
