//! The head of one version in the side-by-side view: its language, source, date, and a link to
//! read it alone.

use crate::cat::class_list;
use crate::components::lang_name;
use crate::corpus::Corpus;
use crate::route::Route;
use yew::prelude::*;

/// `h2.column-head` of the article at `index` (keyed `head-<index>`, apart from the rows'
/// keys beside it), with an extra `class` (the
/// side's). A view, not a component: each component costs the app's wasm its own copy of
/// Yew's code.
pub fn column_head(corpus: &Corpus, index: usize, class: Option<&'static str>) -> Html {
    let (Some(article), Some(view)) = (corpus.article(index), corpus.views.get(index)) else {
        return Html::default();
    };
    html! {
        <h2 key={cat!("head-", index)} class={class_list(&["column-head", class.unwrap_or("")])} lang="en">
            <span class="lang-name">{ lang_name(article.lang) }</span>
            <span class="column-meta">
                { article.source.clone().unwrap_or_else(|| "source not given".into()) }
                { " · " }
                { article.date.clone().unwrap_or_else(|| "no date".into()) }
                { " · " }
                <a href={Route::Article(view.stem.clone()).href()}>{ "read alone" }</a>
            </span>
        </h2>
    }
}
