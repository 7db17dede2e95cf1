//! The head of one version in the side-by-side view: its language, source, date, and a link to
//! read it alone.

use crate::components::lang_name;
use crate::hooks::use_corpus;
use crate::route::Route;
use yew::prelude::*;

/// Props of [`ColumnHead`].
#[derive(Properties, PartialEq)]
pub struct ColumnHeadProps {
    /// Article index.
    pub article: usize,
    /// Extra classes (the side's).
    #[prop_or_default]
    pub class: Classes,
}

/// `h2.column-head`.
#[function_component]
pub fn ColumnHead(props: &ColumnHeadProps) -> Html {
    let corpus = use_corpus();
    let (Some(article), Some(view)) = (
        corpus.article(props.article),
        corpus.views.get(props.article),
    ) else {
        return Html::default();
    };
    html! {
        <h2 class={classes!("column-head", props.class.clone())} lang="en">
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
