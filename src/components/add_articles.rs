//! Adding the reader's own articles: paste a text, or drop or choose `.txt` files.
//!
//! Every input goes through the engine's intake gate first: empty, binary, UTF-16, non-UTF-8
//! and oversized inputs are refused with a notice naming the input and the reason, and change
//! nothing else; the notices show beside the form, and each attempt replaces the last's.
//! Accepted texts are analysed by the engine's web worker (`analyser`), with a notice saying
//! which article or pair is under way and a button to cancel, and join the library (the app
//! saves it) as soon as they are analysed; translations among them are looked for after that,
//! with a notice and a button to stop, and their pairs appear when found. An add made while an
//! earlier one's articles are still being analysed takes them along: its job replaces the
//! earlier one in the worker (`WAITING`).

use crate::analyser::{next_job, Analyser};
use crate::analysis_cache;
use crate::cat::class_list;
use crate::components::notices;
use crate::context::{CorpusContext, Dispatch};
use crate::corpus::shorten;
use crate::hooks::use_corpus;
use crate::hooks::{use_analyser, use_dispatch};
use crate::library::{OwnArticle, MAX_ARTICLE_BYTES};
use crate::markup_steps::check_part;
use crate::route::stem_of;
use crate::state::{Action, Level, Notice};
use parallax_engine::intake::{self, human_bytes, Rejection};
use parallax_worker::{Reply, Request};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// One pasted or dropped text: its name, and its bytes.
type Input = (String, Result<Vec<u8>, String>);

/// Where accepted articles go: the app's dispatcher, the corpus they join, and the analyser
/// that analyses them.
#[derive(Clone)]
struct Adder {
    dispatch: Dispatch,
    corpus: CorpusContext,
    analyser: Analyser,
}

thread_local! {
    /// The articles added that have not joined the library yet: a new add replaces their
    /// job in the worker, so it takes them along (none is lost to an add made before the
    /// last one was listed). The page has one form and one worker.
    static WAITING: RefCell<Vec<OwnArticle>> = const { RefCell::new(Vec::new()) };
}

/// Props of [`AddArticles`].
#[derive(Properties, PartialEq)]
pub struct AddArticlesProps {
    /// What became of the texts and files given to the form, oldest first: shown beside it.
    #[prop_or_default]
    pub notices: Vec<Notice>,
}

/// `section.add-articles`: a text area, a file chooser, a drop zone around both, and the
/// form's notices below them.
#[function_component]
pub fn AddArticles(props: &AddArticlesProps) -> Html {
    let app = use_dispatch();
    let analyser = use_analyser();
    let corpus = use_corpus();
    // What new articles are added to: the dispatcher, and the articles already there (to
    // look for translations among them).
    let adder = app
        .clone()
        .zip(analyser.clone())
        .map(|(dispatch, analyser)| Adder {
            dispatch,
            corpus,
            analyser,
        });
    let busy = props.notices.iter().find(|n| n.level == Level::Busy);
    // Once the articles are listed, stopping leaves them: the notice says so.
    let stopping_leaves = busy.and_then(|n| n.stopping_leaves.clone());
    let cancel_label = match stopping_leaves {
        Some(_) => "Stop finding translations",
        None => "Cancel adding",
    };
    let on_cancel = {
        let (analyser, adder) = (analyser, adder.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(analyser), Some(adder)) = (&analyser, &adder) {
                analyser.cancel();
                // (Cancelled articles never join: a later add does not take them along.)
                WAITING.take();
                adder.dispatch.dispatch(Action::WorkDone);
                let what = stopping_leaves
                    .as_deref()
                    .unwrap_or("Cancelled: nothing was added.");
                adder
                    .dispatch
                    .dispatch(Action::Notify(Notice::info(what).beside_form()));
            }
        })
    };
    let text_area = use_node_ref();
    let dragging = use_state(|| false);

    let on_paste_add = {
        let (adder, text_area) = (adder.clone(), text_area.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = text_area.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            let name = name_of_pasted(&text);
            if take(&adder, vec![(name, Ok(text.into_bytes()))]) > 0 {
                area.set_value("");
            }
        })
    };
    let on_choose = {
        let adder = adder.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(files) = input.files() {
                read_files(files, adder.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the file instead of dropping it here.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (adder, dragging) = (adder.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let Some(data) = event.data_transfer() else {
                return;
            };
            match data.files() {
                Some(files) if files.length() > 0 => read_files(files, adder.clone()),
                _ => {
                    let text = data.get_data("text/plain").unwrap_or_default();
                    let name = name_of_pasted(&text);
                    take(&adder, vec![(name, Ok(text.into_bytes()))]);
                }
            }
        })
    };
    let limit = human_bytes(MAX_ARTICLE_BYTES);
    html! {
        <section class={class_list(&["add-articles", if *dragging { "dragging" } else { "" }])} lang="en"
            aria-labelledby="add-title"
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <h2 id="add-title">{ "Add your own articles" }</h2>
            <p class="hint">
                { cat!("Paste an article, or drop or choose plain-text files (UTF-8, up to ", limit, " each). \
                    French and English versions of one story are paired and aligned. \
                    Everything stays in this browser: nothing is sent anywhere.") }
            </p>
            <label for="paste-text">{ "Article text" }</label>
            <textarea id="paste-text" ref={text_area} rows="5" spellcheck="false"
                placeholder="Paste the text of an article here" />
            <div class="add-actions">
                <button type="button" class="add-pasted" onclick={on_paste_add}>{ "Add pasted text" }</button>
                <label class="choose-files">
                    { "or choose files: " }
                    <input type="file" id="add-files" multiple=true accept=".txt,text/plain"
                        onchange={on_choose} />
                </label>
            </div>
            if !props.notices.is_empty() {
                { notices(&props.notices, "Messages about adding articles", &app) }
            }
            if busy.is_some() {
                <button type="button" class="cancel-analysis" onclick={on_cancel}>
                    { cancel_label }
                </button>
            }
        </section>
    }
}

/// The name a pasted text goes by: its first non-blank line, shortened.
fn name_of_pasted(text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if first.is_empty() {
        "Pasted text".to_string()
    } else {
        shorten(first, 70)
    }
}

/// Read dropped or chosen files and check each, a step per task (a megabyte is read, checked
/// and hashed in a few, its markup looked for in parts: ten at once would hold the page), then
/// add the accepted ones.
fn read_files(files: web_sys::FileList, adder: Option<Adder>) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    let Some(adder) = adder else {
        return;
    };
    adder.dispatch.dispatch(Action::ClearForm);
    yew::platform::spawn_local(async move {
        let mut accepted = Vec::new();
        for file in files {
            let name = file.name();
            let bytes = read_file(&file).await;
            let text = accept(&adder.dispatch, &name, bytes);
            crate::dom::next_task().await;
            if let Some(text) = text {
                let (mut marked, mut rest) = (String::new(), text.as_str());
                while !rest.is_empty() {
                    rest = check_part(rest, &mut marked);
                    crate::dom::next_task().await;
                }
                accepted.push(admit(&adder.dispatch, &name, &text, &marked));
                crate::dom::next_task().await;
            }
        }
        if !accepted.is_empty() {
            analyse_then_add(adder, accepted).await;
        }
    });
}

/// A file's bytes, or why they could not be had.
async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size() as usize;
    // Refuse before reading: a 2 GB video dropped by mistake must not be loaded.
    if size > MAX_ARTICLE_BYTES {
        let why = Rejection::TooLarge {
            bytes: size,
            limit: MAX_ARTICLE_BYTES,
        };
        return Err(why.reason());
    }
    JsFuture::from(file.array_buffer())
        .await
        .ok()
        .and_then(|buffer| buffer.dyn_into::<js_sys::ArrayBuffer>().ok())
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .ok_or_else(|| "could not be read by the browser".to_string())
}

/// Check each input, tell the reader about each one refused or carrying markup, then add the
/// accepted ones in a later task (the form renders first). Returns how many were taken.
fn take(adder: &Option<Adder>, inputs: Vec<Input>) -> usize {
    let Some(adder) = adder.clone() else {
        return 0;
    };
    adder.dispatch.dispatch(Action::ClearForm);
    let accepted: Vec<OwnArticle> = inputs
        .into_iter()
        .filter_map(|(name, bytes)| check(&adder.dispatch, &name, bytes))
        .collect();
    let count = accepted.len();
    if count > 0 {
        yew::platform::spawn_local(analyse_then_add(adder, accepted));
    }
    count
}

/// One input through the intake gate: the article, or `None` with a notice saying why not
/// (and a notice of any markup it carries).
fn check(dispatch: &Dispatch, name: &str, bytes: Result<Vec<u8>, String>) -> Option<OwnArticle> {
    accept(dispatch, name, bytes).map(|text| admit(dispatch, name, &text, &text))
}

/// The text of an input the intake gate lets through, or `None` with a notice saying why not.
fn accept(dispatch: &Dispatch, name: &str, bytes: Result<Vec<u8>, String>) -> Option<String> {
    let text = bytes.and_then(|bytes| {
        intake::accept(&bytes, MAX_ARTICLE_BYTES)
            .map(str::to_string)
            .map_err(|why| why.reason())
    });
    text.map_err(|why| {
        dispatch.dispatch(Action::Notify(
            Notice::error(&cat!("“", name, "” was not added: it ", why, ".")).beside_form(),
        ));
    })
    .ok()
}

/// An accepted text as an article (named by its hash), with a notice of any markup it carries
/// (looked for in `marked`: the text, or its parts that hold markup, `check_part`).
fn admit(dispatch: &Dispatch, name: &str, text: &str, marked: &str) -> OwnArticle {
    let markup = intake::markup_in(marked);
    if !markup.is_empty() {
        dispatch.dispatch(Action::Notify(
            Notice::warning(&cat!(
                "“",
                name,
                "” contains HTML (",
                markup.join(", "),
                "): Parallax shows it as plain text and never runs it."
            ))
            .beside_form(),
        ));
    }
    OwnArticle::new(name, text)
}

/// Have the worker analyse the accepted articles with the library's (a notice per article
/// and per pair compared, saying which one is under way), add them to the library once
/// analysed (the worker's first result, `pairing`, is the corpus listing them), and show the
/// pairs when the worker has compared every candidate pair (its last result).
async fn analyse_then_add(adder: Adder, accepted: Vec<OwnArticle>) {
    let Adder {
        dispatch,
        corpus,
        analyser,
    } = adder;
    // A turn for the form's render (the text area emptied) first.
    crate::dom::next_task().await;
    // This job replaces an earlier add's in the worker: its articles not listed yet come
    // along, first.
    let mut accepted = accepted;
    let mut earlier = WAITING.take();
    earlier.append(&mut accepted);
    accepted = earlier;
    let everything: Vec<(String, String)> = corpus
        .analysis
        .articles
        .iter()
        .zip(&corpus.texts)
        .map(|(a, text)| (a.file.clone(), String::from(&**text)))
        .chain(accepted.iter().map(|a| (a.file(), a.text.clone())))
        .collect();
    // The request's copy of the texts in a task of its own (what follows it takes no time:
    // the request is posted in tasks of its own).
    crate::dom::next_task().await;
    let request = Request {
        job: next_job(),
        articles: everything.clone(),
        export: None,
    };
    // Shared by the callbacks below: megabytes of text, never copied again.
    let everything = Rc::new(everything);
    // What the notices say of each article added (its file name, name and size): the
    // articles themselves join the library with the first result, moved, not copied.
    let added: Vec<Added> = accepted
        .iter()
        .map(|a| (a.file(), a.name.clone(), human_bytes(a.text.len())))
        .collect();
    let shown = Rc::new(Shown {
        job: request.job,
        analyser: analyser.clone(),
        pairing: RefCell::default(),
    });
    WAITING.set(accepted);
    analyser.start(
        request,
        Callback::from(move |reply: Reply| match reply {
            Reply::Analysing {
                ref file, n, of, ..
            } => {
                let what = match position_in(&added, file).map(|k| (k, &added[k])) {
                    None => "Getting the library ready…".to_string(),
                    Some((_, (_, name, size))) if added.len() == 1 => {
                        cat!("Analysing “", name, "” (", size, ")…")
                    }
                    Some((k, (_, name, size))) => cat!(
                        "Analysing ",
                        k + 1,
                        " of ",
                        added.len(),
                        ": “",
                        name,
                        "” (",
                        size,
                        ")…"
                    ),
                };
                dispatch.dispatch(Action::Notify(
                    Notice::busy(&what).with_progress(n, of).beside_form(),
                ));
            }
            Reply::Comparing { fr, en, n, of, .. } => {
                let what = cat!(
                    "Finding translations: comparing ",
                    n + 1,
                    " of ",
                    of,
                    ", “",
                    name_in(&added, &fr),
                    "” with “",
                    name_in(&added, &en),
                    "”…"
                );
                shown.pairing(&dispatch, Some(pairing_notice(&what).with_progress(n, of)));
            }
            Reply::Done {
                analysis,
                views,
                pairing,
                ..
            } => {
                if pairing {
                    shown.pairing(&dispatch, Some(pairing_notice("Listing your articles…")));
                }
                let found = analysis
                    .alignments
                    .iter()
                    .filter(|a| {
                        position_in(&added, &a.source)
                            .or(position_in(&added, &a.target))
                            .is_some()
                    })
                    .count();
                // Reading the reply was one task; each article's view is one more; the
                // library's new render is the next.
                let (dispatch, everything, shown) =
                    (dispatch.clone(), everything.clone(), shown.clone());
                yew::platform::spawn_local(async move {
                    analysis_cache::keep_in_steps(&everything, analysis, views, !pairing).await;
                    shown.kept(&dispatch, pairing, found);
                });
            }
            Reply::Failed { message } => {
                dispatch.dispatch(Action::WorkDone);
                let listed = WAITING.take().is_empty();
                let what = if listed {
                    cat!(
                        "Translations could not be looked for among your articles (",
                        message,
                        "): they are in your library, not paired."
                    )
                } else {
                    cat!(
                        "The articles could not be analysed (",
                        message,
                        "): nothing was added."
                    )
                };
                dispatch.dispatch(Action::Notify(Notice::error(&what).beside_form()));
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

/// An article added, as its job's notices name it: its file name, its name, its size.
type Added = (String, String, String);

/// Where `file` stands among the articles added, if it is one of them (a job's first result
/// also holds the bundled articles, which its notices do not name: they are small).
fn position_in(added: &[Added], file: &str) -> Option<usize> {
    added.iter().position(|(f, ..)| f == file)
}

/// The name of an article of the job: the one it was added under, else its file's stem.
fn name_in(added: &[Added], file: &str) -> String {
    position_in(added, file).map_or_else(|| stem_of(file).to_string(), |k| added[k].1.clone())
}

/// What stopping the search for translations leaves.
const STOPPING_PAIRING_LEAVES: &str = "Stopped finding translations: your articles are in the \
    library, not paired with each other (reload the page to look again).";

/// A notice of the search for translations, once the articles are analysed.
fn pairing_notice(what: &str) -> Notice {
    Notice::busy(what)
        .stopping_leaves(STOPPING_PAIRING_LEAVES)
        .beside_form()
}

/// Where a job adding articles stands, as the reader was told: the articles may be listed
/// (their analysis kept) while translations are still looked for, and the two results may be
/// kept in either order.
struct Shown {
    /// The job.
    job: u32,
    /// Who runs it (and knows whether it is still under way).
    analyser: Analyser,
    /// The last word on the search for translations, shown again once the articles are
    /// listed (the notice saying so replaces it).
    pairing: RefCell<Option<Notice>>,
}

impl Shown {
    /// Tell of the search for translations, unless the job is over or was stopped.
    fn pairing(&self, dispatch: &Dispatch, notice: Option<Notice>) {
        if self.analyser.current_job() != Some(self.job) {
            return;
        }
        if let Some(notice) = notice {
            self.pairing.replace(Some(notice));
        }
        if let Some(notice) = self.pairing.borrow().clone() {
            dispatch.dispatch(Action::Notify(notice));
        }
    }

    /// A result is kept: the articles join the library (once), and the last result ends the
    /// job with the number of pairs `found` among the articles added.
    fn kept(&self, dispatch: &Dispatch, pairing: bool, found: usize) {
        let articles = WAITING.take();
        if !articles.is_empty() {
            dispatch.dispatch(Action::AddArticles(articles));
        }
        dispatch.dispatch(Action::CorpusKept);
        if pairing {
            self.pairing(dispatch, None);
            return;
        }
        dispatch.dispatch(Action::WorkDone);
        if self.pairing.borrow().is_some() {
            let what = match found {
                0 => "Translations looked for: none among the articles added.".to_string(),
                1 => "Translations looked for: one pair found.".to_string(),
                n => cat!("Translations looked for: ", n, " pairs found."),
            };
            dispatch.dispatch(Action::Notify(Notice::info(&what).beside_form()));
        }
    }
}
