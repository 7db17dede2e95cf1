//! The not-found page, for any route the app does not know.

use yew::prelude::*;

/// `main#not-found`, for the `hash` asked for. A view, not a component: it
/// has no state, and each component costs the app's wasm its own copy of Yew's code.
pub fn not_found_page(hash: String) -> Html {
    html! {
        <main id="not-found" lang="en">
            <h1>{ "Page not found" }</h1>
            <p>{ "Nothing here answers to " }<code>{ hash }</code>{ "." }</p>
            <p><a href="#/">{ "Back to the library" }</a></p>
        </main>
    }
}
