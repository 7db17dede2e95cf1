//! The page header: the app's name (a link home) and the site navigation.

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
            </nav>
        </header>
    }
}
