//! The library (`#/`): one card per bundled article.

use crate::components::ArticleCard;
use crate::context::CorpusContext;
use yew::prelude::*;

/// `main#library`.
#[function_component]
pub fn LibraryPage() -> Html {
    let corpus = use_context::<CorpusContext>().expect("the app provides the corpus");
    let count = corpus.views.len();
    let cards = (0..count).map(|i| html! { <ArticleCard key={i} article={i} /> });
    html! {
        <main id="library" lang="en">
            <h1>{ "Library" }</h1>
            <p class="intro">
                { format!("{count} articles, analysed in your browser: open one, or read a French and an English version side by side.") }
            </p>
            <div class="cards">{ for cards }</div>
            <p class="to-disputes"><a href="#/disputes">{ "All disputes: who accuses whom, who denies, and when" }</a></p>
        </main>
    }
}
