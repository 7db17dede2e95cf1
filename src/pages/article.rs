//! One article (`#/article/<stem>`): its blocks, noise muted, with the legend and side panels.

use crate::components::{lang_name, legend, BlockView, Disputes, EntityCard, MemoView};
use crate::context::{CorpusContext, Dispatch};
use crate::route::Route;
use crate::state::HiddenTypes;
use yew::prelude::*;

/// What the article page shows.
pub struct ArticleView {
    /// Article index.
    pub article: usize,
    /// A sentence a link points at: marked (and scrolled to by `hooks::use_route_scroll`).
    pub target: Option<usize>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// Whether every mention shows its type word (`main.type-words`).
    pub type_words: bool,
    /// The entity id lit now.
    pub lit: Option<AttrValue>,
    /// The entity whose card is open.
    pub selected: Option<AttrValue>,
}

/// `main#article[data-file]`. A view, not a component: the app re-renders it with its state (a
/// hover re-rendered the page before too), and each component costs the app's wasm its own
/// copy of Yew's code; its blocks are the components a hover re-renders.
pub fn article_page(
    corpus: &CorpusContext,
    dispatch: &Option<Dispatch>,
    props: &ArticleView,
) -> Html {
    let (Some(article), Some(view)) = (
        corpus.article(props.article),
        corpus.views.get(props.article),
    ) else {
        return Html::default();
    };
    let blocks = (0..view.blocks.len()).map(|i| {
        BlockView {
            article: props.article,
            index: i,
            lit: props.lit.clone(),
            hidden: props.hidden,
            target: props.target,
            in_pair: None,
        }
        .keyed(i)
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
                    { legend(props.hidden, props.type_words, dispatch) }
                    if let Some(id) = props.selected.clone() {
                        <EntityCard {id} />
                    }
                    { Disputes { articles: vec![props.article] }.memo() }
                </div>
            </div>
        </main>
    }
}
