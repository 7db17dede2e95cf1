//! The library (`#/`): the bundled articles, the reader's own, a way to add more, and exports.

use crate::components::{article_card, export_buttons, AddArticles, Exporter, LibraryFilters};
use crate::corpus::Origin;
use crate::filter::LibraryFilter;
use crate::state::Notice;
use yew::prelude::*;

/// `main#library`: the articles of the exporter's corpus that `filter` lists, the form to add
/// more with its `notices` (oldest first), and the exports. A view, not a component: each
/// component costs the app's wasm its own copy of Yew's code.
pub fn library_page(exporter: &Exporter, notices: Vec<Notice>, filter: &LibraryFilter) -> Html {
    let (corpus, dispatch) = (&exporter.corpus, &exporter.dispatch);
    let listed: Vec<usize> = (0..corpus.views.len())
        .filter(|&i| {
            let claims = corpus.article(i).map_or(&[][..], |a| &a.claims);
            filter.matches(claims)
        })
        .collect();
    let (bundled, own): (Vec<usize>, Vec<usize>) = listed
        .iter()
        .partition(|&&i| corpus.origins[i] == Origin::Bundled);
    let own_total = corpus
        .origins
        .iter()
        .filter(|o| **o != Origin::Bundled)
        .count();
    let cards = |list: &[usize]| {
        list.iter()
            .map(|&i| article_card(corpus, i, dispatch))
            .collect::<Html>()
    };
    let all: Vec<usize> = (0..corpus.views.len()).collect();
    html! {
        <main id="library" lang="en">
            <h1>{ "Library" }</h1>
            <p class="intro">
                { cat!(all.len(), " articles, analysed in your browser: open one, or read a French and an English version side by side.") }
            </p>
            <LibraryFilters filter={filter.clone()} shown={listed.len()} total={all.len()} />
            <div class="cards bundled">{ cards(&bundled) }</div>
            if bundled.is_empty() {
                <p class="empty">{ "No bundled article matches these filters." }</p>
            }
            <p class="to-disputes"><a href="#/disputes">{ "All disputes: who accuses whom, who denies, and when" }</a></p>
            <section class="own-articles" aria-labelledby="own-title">
                <h2 id="own-title">{ cat!("Your articles (", own_total, ")") }</h2>
                if own_total == 0 {
                    <p class="empty">{ "None yet. Articles you add below appear here and stay in this browser until you remove them." }</p>
                } else if own.is_empty() {
                    <p class="empty">{ "None of yours matches these filters." }</p>
                } else {
                    <div class="cards own">{ cards(&own) }</div>
                }
            </section>
            <AddArticles {notices} />
            { export_buttons(exporter, &all, "parallax-library") }
        </main>
    }
}
