//! The page header: the app's name (a link home) and the site navigation.

use crate::components::open_shortcuts;
use yew::prelude::*;

/// The header shown on every page.
#[function_component]
pub fn Header() -> Html {
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
