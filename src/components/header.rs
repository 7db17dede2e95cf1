//! The page header: the app's name (a link home) and the site navigation.

use crate::components::open_shortcuts;
use yew::prelude::*;

/// The header shown on every page. A view, not a component: it
/// has no state, and each component costs the app's wasm its own copy of Yew's code.
pub fn header() -> Html {
    html! {
        <header class="site-header">
            <a class="home" href="#/">{ "Parallax" }</a>
            <span class="tagline">{ "Who accuses whom, who denies — in French and English, side by side" }</span>
            <nav class="site-nav" aria-label="Site">
                <a href="#/">{ "Library" }</a>
                <a href="#/disputes">{ "Disputes" }</a>
                <button type="button" class="open-shortcuts" onclick={Callback::from(|_: MouseEvent| open_shortcuts())}
                    aria-keyshortcuts="?">{ "Keys" }</button>
            </nav>
        </header>
    }
}
