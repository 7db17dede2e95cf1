//! One article (`#/article/<stem>`): its blocks, noise muted, with the legend and side panels.

use crate::components::{lang_name, legend, BlockView, Disputes, EntityCard};
use crate::hooks::use_corpus;
use crate::hooks::{use_dispatch, use_effect_on};
use crate::route::Route;
use crate::state::HiddenTypes;
use yew::prelude::*;

/// Props of [`ArticlePage`].
#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// Article index.
    pub article: usize,
    /// A sentence a link points at: scrolled to and marked.
    #[prop_or_default]
    pub target: Option<usize>,
    /// Entity types hidden.
    #[prop_or_default]
    pub hidden: HiddenTypes,
    /// Whether every mention shows its type word (`main.type-words`).
    #[prop_or_default]
    pub type_words: bool,
    /// The entity id lit now.
    #[prop_or_default]
    pub lit: Option<AttrValue>,
    /// The entity whose card is open.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
}

/// `main#article[data-file]`.
#[function_component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_dispatch();
    let anchor = corpus
        .views
        .get(props.article)
        .zip(props.target)
        .map(|(view, n)| format!("s-{}-{n}", view.stem));
    use_effect_on(anchor, |anchor| {
        if let Some(element) = anchor
            .as_ref()
            .and_then(|id| gloo::utils::document().get_element_by_id(id))
        {
            crate::dom::scroll_to(&element, web_sys::ScrollLogicalPosition::Center);
        }
    });
    let (Some(article), Some(view)) = (
        corpus.article(props.article),
        corpus.views.get(props.article),
    ) else {
        return Html::default();
    };
    let blocks = (0..view.blocks.len()).map(|i| {
        html! {
            <BlockView key={i} article={props.article} index={i}
                lit={props.lit.clone()} hidden={props.hidden} target={props.target} />
        }
    });
    let pair_links: Vec<Html> = corpus.pairs_with(props.article).map(|pair| {
        let href = Route::Pair(
            corpus.views[pair.fr].stem.clone(),
            corpus.views[pair.en].stem.clone(),
            None,
        )
        .href();
        html! { <a class="open-pair" key={href.clone()} {href}>{ "Read side by side with its translation" }</a> }
    }).collect();
    html! {
        <main id="article" class={props.type_words.then_some("type-words")} data-file={article.file.clone()}>
            <header class="article-head">
                // The headline paragraph below shows the title; the heading is for assistive tech.
                <h1 class="visually-hidden" lang={article.lang.code()}>{ view.headline.clone() }</h1>
                <p class="meta" lang="en">
                    <span class="lang">{ lang_name(article.lang) }</span>
                    { " · " }
                    <span class="date">{ article.date.clone().unwrap_or_else(|| "no date".into()) }</span>
                    { " · " }
                    <span class="source">{ article.source.clone().unwrap_or_else(|| "source not given".into()) }</span>
                    { " · " }
                    <span class="file">{ article.file.clone() }</span>
                </p>
            </header>
            <div class="reading">
                <section class="column" lang={article.lang.code()} aria-label="Article text">
                    { for blocks }
                </section>
                <div class="side" lang="en">
                    if !pair_links.is_empty() {
                        <nav class="article-links" aria-label="Translations">{ for pair_links }</nav>
                    }
                    { legend(props.hidden, props.type_words, &dispatch) }
                    if let Some(id) = props.selected.clone() {
                        <EntityCard {id} />
                    }
                    <Disputes articles={vec![props.article]} />
                </div>
            </div>
        </main>
    }
}
