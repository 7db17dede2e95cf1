//! The web worker: loads, says it is ready, then gathers each request the app posts (bytes: a
//! head, then a message per article, `parallax_worker::request`), runs it once complete and
//! posts back progress and the result (bytes).
//! Cancelling is the app terminating the worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use parallax_worker::{encode, Jobs, Reply};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let jobs = RefCell::new(Jobs::default());
    let replies = scope.clone();
    let post = move |message: Vec<u8>| {
        // Posting bytes to the page that created us does not fail.
        let _ = replies.post_message(&js_sys::Uint8Array::from(&message[..]));
    };
    let on_message =
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| match event
            .data()
            .dyn_into::<js_sys::Uint8Array>(
        ) {
            Ok(request) => jobs.borrow_mut().hear_message(&request.to_vec(), &post),
            Err(_) => post(encode(&Reply::Failed {
                message: "the worker was sent something other than a request".to_string(),
            })),
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let ready = js_sys::Uint8Array::from(&encode(&Reply::Ready)[..]);
    let _ = scope.post_message(&ready);
}

/// Natively there is no worker: the jobs are the library's, tested there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
