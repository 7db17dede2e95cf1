//! DOM helpers shared by the browser tests: mount a component in its own div,
//! wait for Yew's asynchronous render, query what a reader sees, unmount.
#![allow(dead_code)] // each test file uses its own subset

use parallax::analyser::{Analyse, Analyser};
use parallax_worker::{Assembler, Jobs, Reply, Request};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Storage};
use yew::Callback;

/// Mount a fresh app on `hash` into its own div and wait until `ready` matches.
pub async fn mount_at(hash: &str, ready: &str) -> (Element, yew::AppHandle<parallax::App>) {
    let window = web_sys::window().expect("a window");
    window.location().set_hash(hash).expect("set the hash");
    let root = fresh_root();
    let handle = render_app(&root);
    wait_for(&root, ready).await;
    (root, handle)
}

/// Render the app into `root`, its own articles analysed by [`InThread`].
pub fn render_app(root: &Element) -> yew::AppHandle<parallax::App> {
    let props = parallax::AppProps {
        analyser: Some(Analyser(Rc::new(InThread::default()))),
    };
    yew::Renderer::<parallax::App>::with_root_and_props(root.clone(), props).render()
}

/// The worker's jobs (`parallax_worker::Jobs`, the same code the worker runs), run in the
/// test's thread a moment after each request: the test harness serves no worker files. The
/// request goes in the worker's wire form (a head, a message per article), the replies too
/// (bytes, lean), through the page's `Assembler`, as the worker's do.
#[derive(Default)]
pub struct InThread {
    jobs: Rc<RefCell<Jobs>>,
    /// The job under way, if not cancelled.
    current: Rc<Cell<Option<u32>>>,
}

impl Analyse for InThread {
    fn start(&self, request: Request, reply: Callback<Reply>) {
        let (jobs, current) = (self.jobs.clone(), self.current.clone());
        current.set(Some(request.job));
        yew::platform::spawn_local(async move {
            settle().await;
            if current.get() != Some(request.job) {
                return;
            }
            let mut assembler = Assembler::default();
            let texts = request.articles.iter().map(|(_, t)| t.clone()).collect();
            assembler.expect(request.job, texts);
            let mut hear = |message: Vec<u8>| {
                let heard = parallax_worker::decode(&message).expect("a reply");
                if let Some(r) = assembler.hear(heard) {
                    reply.emit(r);
                }
            };
            let mut jobs = jobs.borrow_mut();
            for message in parallax_worker::request::messages(request) {
                jobs.hear_message(&message, &mut hear);
            }
        });
    }

    fn cancel(&self) {
        self.current.set(None);
    }

    fn current_job(&self) -> Option<u32> {
        self.current.get()
    }
}

/// A fresh `div` appended to the body, to mount a component into.
pub fn fresh_root() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append");
    root
}

/// Let Yew's scheduler and the browser's event loop run a little.
pub async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::from_millis(5)).await;
}

/// Yew renders asynchronously: yield to the event loop until `selector` matches (or give up
/// after ~15 s: the first mount analyses the corpus with a debug build, slow on a loaded machine).
pub async fn wait_for(root: &Element, selector: &str) {
    wait_for_within(root, selector, 15).await;
}

/// As [`wait_for`], giving up after about `seconds`: for steps that analyse and align new
/// articles with the debug build (seconds each on a machine busy with builds).
pub async fn wait_for_within(root: &Element, selector: &str, seconds: u32) {
    // One round of `settle` yields twice and sleeps about 5 ms.
    for _ in 0..seconds * 200 {
        settle().await;
        if root.query_selector(selector).ok().flatten().is_some() {
            return;
        }
    }
    panic!("`{selector}` never appeared");
}

/// Yield until exactly `n` elements match `selector` (or give up after ~15 s).
pub async fn wait_for_count(root: &Element, selector: &str, n: u32) {
    for _ in 0..3000 {
        settle().await;
        if count(root, selector) == n {
            return;
        }
    }
    panic!(
        "`{selector}` never matched {n} elements (now {})",
        count(root, selector)
    );
}

/// How many elements match.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).map_or(0, |l| l.length())
}

/// The first match, which must exist.
pub fn first(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("`{selector}` is there"))
}

/// The text of the first match, or "" when none.
pub fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// An attribute of the first match, which must have it.
pub fn attr(root: &Element, selector: &str, name: &str) -> String {
    first(root, selector)
        .get_attribute(name)
        .unwrap_or_else(|| panic!("`{selector}` has a `{name}`"))
}

/// The texts of every match.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

/// Destroy the app and remove its div.
pub fn unmount<C: yew::BaseComponent>(root: Element, handle: yew::AppHandle<C>) {
    handle.destroy();
    root.remove();
}

/// The browser's `localStorage`.
pub fn storage() -> Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// The app's stylesheet in the test page, so that what is visible is what a reader sees.
/// Remove the returned element when done.
pub fn with_style() -> Element {
    let document = gloo::utils::document();
    let style = document.create_element("style").expect("a style element");
    style.set_text_content(Some(include_str!("../../style/main.css")));
    document
        .head()
        .expect("a head")
        .append_child(&style)
        .expect("append");
    style
}

/// Paste `text` into the add-articles form and press "Add pasted text".
pub fn paste(root: &Element, text: &str) {
    first(root, "textarea#paste-text")
        .unchecked_into::<web_sys::HtmlTextAreaElement>()
        .set_value(text);
    first(root, "button.add-pasted")
        .unchecked_into::<HtmlElement>()
        .click();
}

/// Go where the first link matching `selector` points (its hash route), as a click would.
pub fn follow(root: &Element, selector: &str) {
    let href = first(root, selector)
        .get_attribute("href")
        .unwrap_or_else(|| panic!("`{selector}` has an href"));
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash(&href)
        .expect("set the hash");
}
