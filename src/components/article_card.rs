//! A library card: one article with its language, date, source, one line per dispute it
//! reports ("China accuses United States; Global Times denies", linked to the dispute), and
//! links (and, for the reader's own, where it came from and a way to remove it).

use crate::context::Dispatch;
use crate::corpus::{Corpus, Origin};
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

/// `article.article-card[data-file]` of the article at `index` (keyed by its stem). A view,
/// not a component: each component costs the app's wasm its own copy of Yew's code.
pub fn article_card(corpus: &Corpus, index: usize, dispatch: &Option<Dispatch>) -> Html {
    let (Some(article), Some(view)) = (corpus.article(index), corpus.views.get(index)) else {
        return Html::default();
    };
    let pair_links = corpus.pairs_with(index).map(|pair| {
        let (fr, en) = (&corpus.views[pair.fr], &corpus.views[pair.en]);
        let other = if pair.fr == index { en } else { fr };
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
                <span class="pair-note">{ cat!(" (", how, "): ", other.headline) }</span>
            </li>
        }
    });
    let counts = [
        (article.sentences.len(), "sentence"),
        (article.entities.len(), "entity mention"),
        (article.claims.len(), "claim"),
    ]
    .map(|(n, word)| cat!(n, " ", word, if n == 1 { "" } else { "s" }))
    .join(" · ");
    // The article's disputes, a line each, as the engine's board sums them up.
    let lines = corpus.claims.board.lines.get(index);
    let disputes = lines.map(|lines| {
        lines
            .iter()
            .map(|line| {
                let title = corpus.claims.title(&line.about, Lang::En);
                html! {
                    <li key={line.about.clone()}>
                        <a class="dispute-line" href={Route::Dispute(line.about.clone()).href()}>
                            { line.text.clone() }
                        </a>
                        <span class="event-title">{ cat!(" (", title, ")") }</span>
                    </li>
                }
            })
            .collect::<Html>()
    });
    let has_disputes = lines.is_some_and(|l| !l.is_empty());
    let own = match &corpus.origins[index] {
        Origin::Bundled => None,
        Origin::Own { id, name } => {
            let id = AttrValue::from(id.clone());
            let dispatch = dispatch.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::RemoveArticle(id.clone()));
                }
            });
            Some(html! {
                <p class="own-origin" lang="en">
                    <span class="own-name">{ cat!("Added by you: “", name, "”") }</span>
                    <button type="button" class="remove-article" {onclick}
                        aria-label={cat!("Remove “", name, "” from your library")}>{ "Remove" }</button>
                </p>
            })
        }
    };
    html! {
        <article key={view.stem.clone()} class="article-card" data-file={article.file.clone()} lang={article.lang.code()}>
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
