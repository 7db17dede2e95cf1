//! The not-found page, for any route the app does not know.

use yew::prelude::*;

/// Props of [`NotFoundPage`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The hash that was asked for.
    pub hash: AttrValue,
}

/// `main#not-found`.
#[function_component]
pub fn NotFoundPage(props: &NotFoundProps) -> Html {
    html! {
        <main id="not-found" lang="en">
            <h1>{ "Page not found" }</h1>
            <p>{ "Nothing here answers to " }<code>{ props.hash.clone() }</code>{ "." }</p>
            <p><a href="#/">{ "Back to the library" }</a></p>
        </main>
    }
}
