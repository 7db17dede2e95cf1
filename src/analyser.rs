//! Where the reader's own articles are analysed: not on the page's thread.
//!
//! An [`Analyser`] takes a [`Request`] (every article of the library) and a callback for the
//! [`Reply`]s: progress per article, the articles' analysis (to list them), progress per pair,
//! then the linked analysis. The app's is a
//! web worker running the engine (`crates/worker`, built by Trunk beside the app; the page's
//! `parallaxWorker()` starts it, from a file when served, from a `blob:` URL in the single
//! file); the browser tests give the app one that runs the same jobs in their own thread.
//! One job at a time: a new request replaces the one under way, and [`Analyser::cancel`]
//! stops the worker and starts a fresh one. Exports (`Request::export`) are asked of the same
//! worker beside the job, which already holds the library's analyses; they replace nothing.
//! Messages cross as bytes: a request as a head and one message per article
//! (`parallax_worker::request`), each encoded and posted in a task of its own, so that no
//! task of the page encodes megabytes; a string from the worker is the loader's word that the
//! engine could not load.

use parallax_worker::request::Outgoing;
use parallax_worker::{Assembler, Reply, Request};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

/// Something that runs analysis requests and reports back.
pub trait Analyse {
    /// Start a job; `reply` hears of its progress and result (a newer job replaces it).
    fn start(&self, request: Request, reply: Callback<Reply>);
    /// Stop the job under way; its callback hears nothing more.
    fn cancel(&self);
    /// The job under way, if any (none once its last result or failure is heard, or it was
    /// stopped).
    fn current_job(&self) -> Option<u32>;
    /// Get ready for a first job (the worker loads); by default nothing to do.
    fn prepare(&self) {}
    /// Ask for an export (a request with `export`); `reply` hears [`Reply::Exported`] or
    /// [`Reply::Failed`]. By default there is no worker to write it.
    fn export(&self, request: Request, reply: Callback<Reply>) {
        let _ = request;
        reply.emit(Reply::Failed {
            message: "no engine worker here to write the file".to_string(),
        });
    }
}

/// A shared [`Analyse`]; equal when it is the same one.
#[derive(Clone)]
pub struct Analyser(pub Rc<dyn Analyse>);

impl PartialEq for Analyser {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Analyser {
    /// The engine in a web worker, started by [`Analyser::prepare`] (the app calls it after
    /// the first paint) or by the first job, and again after a cancel.
    pub fn worker() -> Analyser {
        Analyser(Rc::new(Rc::new(WorkerBridge::default())))
    }

    /// Get ready for a first job.
    pub fn prepare(&self) {
        self.0.prepare();
    }

    /// Start a job.
    pub fn start(&self, request: Request, reply: Callback<Reply>) {
        self.0.start(request, reply);
    }

    /// Stop the job under way.
    pub fn cancel(&self) {
        self.0.cancel();
    }

    /// The job under way, if any.
    pub fn current_job(&self) -> Option<u32> {
        self.0.current_job()
    }

    /// Ask for an export.
    pub fn export(&self, request: Request, reply: Callback<Reply>) {
        self.0.export(request, reply);
    }
}

thread_local! {
    static LAST_JOB: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A new job number (jobs are told apart by them; a later job has a larger one).
pub fn next_job() -> u32 {
    LAST_JOB.with(|last| {
        last.set(last.get() + 1);
        last.get()
    })
}

#[wasm_bindgen]
extern "C" {
    /// `index.html`'s starter: a new worker from the page's own file or, in the single file,
    /// from a `blob:` URL (through a Trusted Types policy either way).
    #[wasm_bindgen(catch, js_namespace = window, js_name = parallaxWorker)]
    fn start_worker() -> Result<Worker, JsValue>;
}

/// The worker, its handlers, and the job it works on.
#[derive(Default)]
struct WorkerBridge {
    state: RefCell<BridgeState>,
}

/// A worker's message and error handlers.
type Handlers = (
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut(ErrorEvent)>,
);

#[derive(Default)]
struct BridgeState {
    worker: Option<Worker>,
    /// Whether the worker has said it is loaded (messages before that would be lost).
    ready: bool,
    /// The requests (the job's, exports) whose messages are still to be posted, in order: a
    /// message per task, once the worker is ready.
    outbox: VecDeque<Outgoing>,
    /// Whether a task posts them (`WorkerBridge::pump`).
    pumping: bool,
    /// The articles of the job's result read so far (the worker sends one per message, so
    /// that each is read in a task of its own, as offsets into the texts it keeps).
    assembler: Assembler,
    /// The job under way and who hears of it.
    job: Option<(u32, Callback<Reply>)>,
    /// The exports asked for and not written yet, and who hears of each.
    exports: Vec<(u32, Callback<Reply>)>,
    /// Why the worker could not start, if it could not.
    broken: Option<String>,
    /// The worker's message and error handlers, kept alive with it.
    handlers: Option<Handlers>,
    /// Replies read and not heard yet, oldest first.
    inbox: VecDeque<Reply>,
    /// Whether a task hears them (`WorkerBridge::drain`).
    draining: bool,
}

impl WorkerBridge {
    fn spawn(bridge: &Rc<WorkerBridge>) {
        let worker = match start_worker() {
            Ok(worker) => worker,
            Err(e) => {
                let why = e
                    .as_string()
                    .or_else(|| js_sys::Error::from(e).message().as_string())
                    .unwrap_or_default();
                bridge.state.borrow_mut().broken = Some(why);
                return;
            }
        };
        let weak = Rc::downgrade(bridge);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(bridge) = weak.upgrade() else {
                return;
            };
            WorkerBridge::enqueue(&bridge, read_reply(event.data()));
        });
        let weak = Rc::downgrade(bridge);
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            if let Some(bridge) = weak.upgrade() {
                // A worker that failed to load says nothing more than that.
                let message = match event.message() {
                    text if text.is_empty() => "the engine's worker did not start".to_string(),
                    text => text,
                };
                bridge.heard(Reply::Failed { message });
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut state = bridge.state.borrow_mut();
        state.worker = Some(worker);
        state.ready = false;
        state.handlers = Some((on_message, on_error));
    }

    /// A reply read from the worker's message, heard in a later task than its reading (reading
    /// a part of a long article's result and putting it in place would make one long task), in
    /// order, with the others waiting as [`DRAIN_BUDGET_MS`] allows.
    fn enqueue(bridge: &Rc<WorkerBridge>, reply: Reply) {
        let mut state = bridge.state.borrow_mut();
        state.inbox.push_back(reply);
        if !state.draining {
            state.draining = true;
            yew::platform::spawn_local(WorkerBridge::drain(Rc::downgrade(bridge)));
        }
    }

    /// Post the messages waiting, one per task, if the worker is ready for them.
    fn pump_if_ready(bridge: &Rc<WorkerBridge>) {
        let mut state = bridge.state.borrow_mut();
        if state.ready && !state.pumping && !state.outbox.is_empty() {
            state.pumping = true;
            yew::platform::spawn_local(WorkerBridge::pump(Rc::downgrade(bridge)));
        }
    }

    /// Encode and post the next message waiting, one per task, until none is left (or the
    /// worker is gone). A job's request, in the task that posts its last message, gives its
    /// texts to the assembler, which rebuilds the result from them.
    async fn pump(bridge: Weak<WorkerBridge>) {
        loop {
            crate::dom::next_task().await;
            let Some(bridge) = bridge.upgrade() else {
                return;
            };
            let mut state = bridge.state.borrow_mut();
            let state = &mut *state;
            let (Some(worker), true) = (&state.worker, state.ready) else {
                state.pumping = false;
                return;
            };
            let Some(outgoing) = state.outbox.front_mut() else {
                state.pumping = false;
                return;
            };
            if let Some(message) = outgoing.next_message() {
                post(worker, &message);
            }
            if !outgoing.is_sent() {
                continue;
            }
            // The last message is posted: the assembler is given the texts in this same task.
            // The worker's first reply to the job is heard in a later task, and a reply heard
            // before the texts were given would be dropped (the reader's article lost).
            let Some(sent) = state.outbox.pop_front() else {
                continue;
            };
            if !sent.is_export() {
                let request = sent.into_request();
                let texts = request.articles.into_iter().map(|(_, text)| text).collect();
                state.assembler.expect(request.job, texts);
            }
        }
    }

    /// Hear the replies waiting, as many per task as [`DRAIN_BUDGET_MS`] allows (one at least).
    async fn drain(bridge: Weak<WorkerBridge>) {
        loop {
            crate::dom::next_task().await;
            let Some(bridge) = bridge.upgrade() else {
                return;
            };
            let start = js_sys::Date::now();
            while js_sys::Date::now() - start < DRAIN_BUDGET_MS {
                let next = bridge.state.borrow_mut().inbox.pop_front();
                let Some(reply) = next else {
                    bridge.state.borrow_mut().draining = false;
                    return;
                };
                bridge.heard(reply);
            }
        }
    }

    /// A reply from the worker: passed on to the job it is about (a result once all its
    /// articles have come).
    fn heard(self: &Rc<Self>, reply: Reply) {
        let Some(reply) = self.state.borrow_mut().assembler.hear(reply) else {
            return;
        };
        if let Reply::Exported { job, .. } = &reply {
            let mut state = self.state.borrow_mut();
            let at = state.exports.iter().position(|(j, _)| j == job);
            let listener = at.map(|at| state.exports.remove(at).1);
            drop(state);
            if let Some(listener) = listener {
                listener.emit(reply);
            }
            return;
        }
        let listener = {
            let mut state = self.state.borrow_mut();
            if let Reply::Ready = reply {
                state.ready = true;
                drop(state);
                WorkerBridge::pump_if_ready(self);
                return;
            }
            if let Reply::Failed { message } = &reply {
                if !state.ready {
                    // The worker never loaded: every later job is told at once.
                    state.broken = Some(message.clone());
                    let exports: Vec<_> = state.exports.drain(..).collect();
                    state.outbox.clear();
                    drop(state);
                    for (_, listener) in exports {
                        // A new reply, not a clone of this one: cloning a `Reply` would
                        // bring the copying of whole analyses and views into the wasm.
                        listener.emit(Reply::Failed {
                            message: message.clone(),
                        });
                    }
                    state = self.state.borrow_mut();
                }
            }
            let current = state.job.as_ref().map(|(job, _)| *job);
            if reply.job().is_some() && reply.job() != current {
                return;
            }
            let listener = state.job.as_ref().map(|(_, reply)| reply.clone());
            // A first result (`pairing`) lists the articles: the job goes on.
            if matches!(
                reply,
                Reply::Done { pairing: false, .. } | Reply::Failed { .. }
            ) {
                state.job = None;
            }
            listener
        };
        // Outside the borrow: the listener may start the next job.
        if let Some(listener) = listener {
            listener.emit(reply);
        }
    }
}

/// How long the replies heard in one task may take, in ms, before the page gets a turn. A
/// result comes as hundreds of messages at once (259 for ten 1 MB files), each put in place
/// in 1–3 ms: a task each waited ~4 ms of the browser's clamp on nested timers, ~1 s in all.
const DRAIN_BUDGET_MS: f64 = 8.0;

/// A message from the worker: a reply in its wire form, or the loader's failure (a string).
fn read_reply(data: JsValue) -> Reply {
    if let Some(failure) = data.as_string() {
        return Reply::Failed { message: failure };
    }
    let bytes = js_sys::Uint8Array::new(&data).to_vec();
    parallax_worker::wire::read_reply(&bytes).unwrap_or_else(|e| Reply::Failed {
        message: cat!("its reply could not be read (", e, ")"),
    })
}

/// Post a request in its wire form (posting to a live worker does not fail). Its buffer is
/// handed over, not copied again: a request holds every article's text.
fn post(worker: &Worker, message: &[u8]) {
    let bytes = js_sys::Uint8Array::from(message);
    let _ = worker.post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

impl Analyse for Rc<WorkerBridge> {
    fn prepare(&self) {
        let idle = {
            let state = self.state.borrow();
            state.worker.is_none() && state.broken.is_none()
        };
        if idle {
            WorkerBridge::spawn(self);
        }
    }

    fn start(&self, request: Request, reply: Callback<Reply>) {
        self.prepare();
        let broken = self.state.borrow().broken.clone();
        if let Some(why) = broken {
            reply.emit(Reply::Failed { message: why });
            return;
        }
        {
            let mut state = self.state.borrow_mut();
            state.job = Some((request.job, reply));
            // The result's articles come as offsets into the request's texts
            // (`parallax_worker::wire`): the assembler gets them once they are posted, and
            // meanwhile hears nothing of an older job.
            state.assembler.expect(request.job, Vec::new());
            // A job waiting to be posted, or half posted, is replaced (the worker drops what
            // it gathered of it when this one's head comes); exports stay.
            state.outbox.retain(Outgoing::is_export);
            state.outbox.push_back(Outgoing::new(request));
        }
        WorkerBridge::pump_if_ready(self);
    }

    fn cancel(&self) {
        let exports: Vec<_> = {
            let mut state = self.state.borrow_mut();
            if let Some(worker) = state.worker.take() {
                worker.terminate();
            }
            state.job = None;
            state.inbox.clear();
            state.outbox.clear();
            state.handlers = None;
            state.exports.drain(..).collect()
        };
        for (_, listener) in exports {
            listener.emit(Reply::Failed {
                message: "the work under way was stopped".to_string(),
            });
        }
        WorkerBridge::spawn(self);
    }

    fn current_job(&self) -> Option<u32> {
        self.state.borrow().job.as_ref().map(|(job, _)| *job)
    }

    fn export(&self, request: Request, reply: Callback<Reply>) {
        self.prepare();
        let broken = self.state.borrow().broken.clone();
        if let Some(why) = broken {
            return reply.emit(Reply::Failed { message: why });
        }
        {
            let mut state = self.state.borrow_mut();
            state.exports.push((request.job, reply));
            state.outbox.push_back(Outgoing::new(request));
        }
        WorkerBridge::pump_if_ready(self);
    }
}
