//! A library card: one article with its language, date, source, one line per dispute it
//! reports ("China accuses United States; Global Times denies", linked to the dispute), and
//! links (and, for the reader's own, where it came from and a way to remove it).

use crate::context::Dispatch;
use crate::corpus::Origin;
use crate::hooks::use_corpus;
use crate::route::Route;
use crate::state::Action;
use parallax_engine::Lang;
use yew::prelude::*;

/// The reader's name of a language.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
}

/// Props of [`ArticleCard`].
#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    /// Article index.
    pub article: usize,
}

/// `article.article-card[data-file]`.
#[function_component]
pub fn ArticleCard(props: &ArticleCardProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_context::<Dispatch>();
    let (Some(article), Some(view)) = (
        corpus.article(props.article),
        corpus.views.get(props.article),
    ) else {
        return Html::default();
    };
    let pair_links = corpus.pairs_with(props.article).map(|pair| {
        let (fr, en) = (&corpus.views[pair.fr], &corpus.views[pair.en]);
        let other = if pair.fr == props.article { en } else { fr };
        let href = Route::Pair(fr.stem.clone(), en.stem.clone(), None).href();
        let how = if pair.aligned {
            "sentence by sentence"
        } else {
            "paragraph by paragraph"
        };
        html! {
            <li key={href.clone()}>
                <a class="open-pair" {href}>
                    { "Side by side with its translation" }
                </a>
                <span class="pair-note">{ format!(" ({how}): {}", other.headline) }</span>
            </li>
        }
    });
    let counts = [
        (article.sentences.len(), "sentence"),
        (article.entities.len(), "entity mention"),
        (article.claims.len(), "claim"),
    ]
    .map(|(n, word)| format!("{n} {word}{}", if n == 1 { "" } else { "s" }))
    .join(" · ");
    let disputes = corpus.summaries.get(props.article).map(|lines| {
        lines
            .iter()
            .map(|line| {
                html! {
                    <li key={line.about.clone()}>
                        <a class="dispute-line" href={Route::Dispute(line.about.clone()).href()}>
                            { line.text.clone() }
                        </a>
                        <span class="event-title">{ format!(" ({})", line.title) }</span>
                    </li>
                }
            })
            .collect::<Html>()
    });
    let has_disputes = corpus
        .summaries
        .get(props.article)
        .is_some_and(|l| !l.is_empty());
    let own = match &corpus.origins[props.article] {
        Origin::Bundled => None,
        Origin::Own { id, name } => {
            let id = AttrValue::from(id.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::RemoveArticle(id.clone()));
                }
            });
            Some(html! {
                <p class="own-origin" lang="en">
                    <span class="own-name">{ format!("Added by you: “{name}”") }</span>
                    <button type="button" class="remove-article" {onclick}
                        aria-label={format!("Remove “{name}” from your library")}>{ "Remove" }</button>
                </p>
            })
        }
    };
    html! {
        <article class="article-card" data-file={article.file.clone()} lang={article.lang.code()}>
            { for own }
            <h2 class="headline">
                <a class="open-article" href={Route::Article(view.stem.clone()).href()}>
                    { view.headline.clone() }
                </a>
            </h2>
            <dl class="meta" lang="en">
                <dt>{ "Language" }</dt>
                <dd class="lang">{ lang_name(article.lang) }</dd>
                <dt>{ "Date" }</dt>
                <dd class="date">{ article.date.clone().unwrap_or_else(|| "not given".into()) }</dd>
                <dt>{ "Source" }</dt>
                <dd class="source">{ article.source.clone().unwrap_or_else(|| "not given".into()) }</dd>
            </dl>
            <p class="counts" lang="en">{ counts }</p>
            if has_disputes {
                <ul class="dispute-lines" lang="en" aria-label="Disputes it reports">{ for disputes }</ul>
            }
            <ul class="pairs" lang="en">{ for pair_links }</ul>
        </article>
    }
}
