//! The web worker: loads, says it is ready, then runs each request the app posts (JSON) and
//! posts back progress and the result (JSON). Cancelling is the app terminating the worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use parallax_worker::{Jobs, Reply};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let jobs = RefCell::new(Jobs::default());
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let post = |json: String| {
            // Posting a string to the page that created us does not fail.
            let _ = replies.post_message(&JsValue::from_str(&json));
        };
        match event.data().as_string() {
            Some(request) => jobs.borrow_mut().run_json(&request, post),
            None => post(
                serde_json::to_string(&Reply::Failed {
                    message: "the worker was sent something other than text".to_string(),
                })
                .unwrap_or_default(),
            ),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let ready = serde_json::to_string(&Reply::Ready).unwrap_or_default();
    let _ = scope.post_message(&JsValue::from_str(&ready));
}

/// Natively there is no worker: the jobs are the library's, tested there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
