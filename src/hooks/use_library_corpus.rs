//! The corpus of the reader's library: the bundled articles at once (analysed when the app
//! was built); with the reader's own, as soon as the worker has analysed them, and again once
//! it has paired their translations. Until then the last corpus shown stays, with a notice of
//! the work under way.

use super::use_effect_on;
use crate::analyser::{next_job, Analyser};
use crate::analysis_cache;
use crate::context::Dispatch;
use crate::corpus::{library_inputs, Corpus};
use crate::library::OwnLibrary;
use crate::state::{Action, Notice};
use parallax_worker::{Reply, Request};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What the worker still does for the library shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pending {
    /// Some of its articles are being analysed: the corpus shown lacks them.
    pub analysing: bool,
    /// Its articles are listed and translations among them are being looked for: the corpus
    /// shown lacks the pairs not aligned before.
    pub pairing: bool,
}

/// The corpus to show for the library `own`, and what the worker still does for it; asks
/// `analyser` for what is not analysed yet. `corpora_kept` counts the corpora the analysis
/// cache was given (`AppState::corpora_kept`): a new one makes the corpus look again.
#[hook]
pub fn use_library_corpus(
    own: OwnLibrary,
    corpora_kept: u32,
    analyser: Analyser,
    dispatch: Dispatch,
) -> (Rc<Corpus>, Pending) {
    let analysed = use_memo((own.clone(), corpora_kept), |(own, _)| {
        Corpus::with_own(own.articles()).map(Rc::new)
    });
    // The library whose translations this hook's job looks for (another library: none).
    let pairing_for = use_state(|| None::<OwnLibrary>);
    let pending = Pending {
        analysing: analysed.is_none(),
        pairing: pairing_for.as_ref() == Some(&own),
    };
    {
        let pairing_for = pairing_for.setter();
        use_effect_on((own, pending.analysing), move |(own, analysing)| {
            if *analysing {
                analyse_library(own, &analyser, dispatch, pairing_for);
            }
        });
    }
    let last = use_mut_ref(|| None::<Rc<Corpus>>);
    let mut last = last.borrow_mut();
    let corpus = match &*analysed {
        Some(corpus) => last.insert(corpus.clone()).clone(),
        None => last
            .get_or_insert_with(|| Rc::new(Corpus::bundled()))
            .clone(),
    };
    (corpus, pending)
}

/// Ask for the analysis of a library that has none yet (saved articles at start-up, what is
/// left after a removal), with a notice of the progress.
fn analyse_library(
    own: &OwnLibrary,
    analyser: &Analyser,
    dispatch: Dispatch,
    pairing_for: UseStateSetter<Option<OwnLibrary>>,
) {
    let articles = library_inputs(own.articles());
    let own_files: Vec<String> = own.articles().iter().map(|a| a.file()).collect();
    let own = own.clone();
    // Whether the job's last result came (the first may be kept after it).
    let finished = Rc::new(Cell::new(false));
    let job = next_job();
    dispatch.dispatch(Action::Notify(Notice::busy("Analysing your articles…")));
    let request = Request {
        job,
        articles: articles.clone(),
        export: None,
    };
    analyser.start(
        request,
        Callback::from(move |reply: Reply| match reply {
            Reply::Analysing { file, n, of, .. } => {
                // Counted among the reader's own articles; the bundled ones come first.
                let what = match own_files.iter().position(|f| *f == file) {
                    Some(k) => {
                        cat!("Analysing your articles: ", k + 1, " of ", own_files.len(), "…")
                    }
                    None => "Getting the library ready…".to_string(),
                };
                dispatch.dispatch(Action::Notify(Notice::busy(&what).with_progress(n, of)));
            }
            Reply::Comparing { n, of, .. } => dispatch.dispatch(Action::Notify(
                Notice::busy(&cat!("Looking for translations among your articles: ", n + 1, " of ", of, "…"))
                .with_progress(n, of),
            )),
            Reply::Done {
                analysis,
                views,
                pairing,
                ..
            } => {
                finished.set(finished.get() || !pairing);
                let (articles, dispatch) = (articles.clone(), dispatch.clone());
                let (own, pairing_for) = (own.clone(), pairing_for.clone());
                let finished = finished.clone();
                yew::platform::spawn_local(async move {
                    analysis_cache::keep_in_steps(&articles, analysis, views, !pairing).await;
                    if !pairing {
                        dispatch.dispatch(Action::WorkDone);
                        pairing_for.set(None);
                    } else if !finished.get() {
                        pairing_for.set(Some(own));
                    }
                    dispatch.dispatch(Action::CorpusKept);
                });
            }
            Reply::Failed { message } => {
                pairing_for.set(None);
                dispatch.dispatch(Action::Notify(Notice::error(&cat!(
                    "Your own articles could not be analysed (",
                    message,
                    "): they are kept, and the bundled articles are shown. Reload the page to try again."
                ))))
            }
            Reply::Article { .. }
            | Reply::Aligned { .. }
            | Reply::Linked { .. }
            | Reply::Views { .. }
            | Reply::Exported { .. }
            | Reply::Ready => {}
        }),
    );
}
