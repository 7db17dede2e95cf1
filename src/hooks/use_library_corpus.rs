//! The corpus of the reader's library: the bundled articles at once (analysed when the app
//! was built); with the reader's own, as soon as the worker has analysed them. Until then the
//! last corpus shown stays, with a notice of the work under way.

use crate::analyser::{next_job, Analyser};
use crate::analysis_cache;
use crate::context::Dispatch;
use crate::corpus::{library_inputs, Corpus};
use crate::library::OwnLibrary;
use crate::state::{Action, Notice};
use parallax_worker::{Reply, Request};
use std::rc::Rc;
use yew::prelude::*;

/// The corpus to show for the library `own`, and whether the worker is still analysing some
/// of its articles (then the corpus shown lacks them); asks `analyser` for what is not
/// analysed yet.
#[hook]
pub fn use_library_corpus(
    own: OwnLibrary,
    analyser: Analyser,
    dispatch: Dispatch,
) -> (Rc<Corpus>, bool) {
    // The last job whose analysis was kept: a new one makes the corpus look again.
    let kept = use_state(|| 0u32);
    let analysed = use_memo((own.clone(), *kept), |(own, _)| {
        Corpus::with_own(own.articles()).map(Rc::new)
    });
    let pending = analysed.is_none();
    {
        let kept = kept.setter();
        use_effect_with((own, pending), move |(own, pending)| {
            if *pending {
                analyse_library(own, &analyser, dispatch, kept);
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
    kept: UseStateSetter<u32>,
) {
    let articles = library_inputs(own.articles());
    let own_files: Vec<String> = own.articles().iter().map(|a| a.file()).collect();
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
                        format!("Analysing your articles: {} of {}…", k + 1, own_files.len())
                    }
                    None => "Getting the library ready…".to_string(),
                };
                dispatch.dispatch(Action::Notify(Notice::busy(&what).with_progress(n, of)));
            }
            Reply::Comparing { n, of, .. } => dispatch.dispatch(Action::Notify(
                Notice::busy(&format!(
                    "Looking for translations among your articles: {} of {of}…",
                    n + 1
                ))
                .with_progress(n, of),
            )),
            Reply::Done {
                analysis, views, ..
            } => {
                let (articles, dispatch, kept) = (articles.clone(), dispatch.clone(), kept.clone());
                yew::platform::spawn_local(async move {
                    analysis_cache::keep_in_steps(&articles, analysis, views).await;
                    dispatch.dispatch(Action::WorkDone);
                    kept.set(job);
                });
            }
            Reply::Failed { message } => {
                dispatch.dispatch(Action::Notify(Notice::error(&format!(
                    "Your own articles could not be analysed ({message}): they are kept, and \
                     the bundled articles are shown. Reload the page to try again."
                ))))
            }
            Reply::Article { .. }
            | Reply::Aligned { .. }
            | Reply::Linked { .. }
            | Reply::Exported { .. }
            | Reply::Ready => {}
        }),
    );
}
