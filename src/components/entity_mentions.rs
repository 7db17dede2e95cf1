//! Every mention of an entity on its page: per article, each sentence that names it, quoted.

use crate::components::quote_view;
use crate::entity_facts::ArticleMentions;
use yew::prelude::*;

/// `ul.entity-mentions`. A view, not a component: it
/// has no state, and each component costs the app's wasm its own copy of Yew's code.
pub fn entity_mentions(articles: &[ArticleMentions]) -> Html {
    if articles.is_empty() {
        return html! { <p class="empty">{ "No article in this library names it." }</p> };
    }
    let items = articles.iter().map(|a| {
        let count = cat!(
            a.count,
            " mention",
            if a.count == 1 { "" } else { "s" },
            " in ",
            a.quotes.len(),
            " sentence",
            if a.quotes.len() == 1 { "" } else { "s" }
        );
        let quotes = a.quotes.iter().map(|q| {
            html! { <li key={q.sentence}>{ quote_view(q) }</li> }
        });
        html! {
            <li key={a.href.clone()} class="mentions-in-article">
                <h3>
                    <a href={a.href.clone()} lang={a.lang.code()}>{ a.headline.clone() }</a>
                </h3>
                <p class="mention-count">{ count }</p>
                <ul class="quotes">{ for quotes }</ul>
            </li>
        }
    });
    html! { <ul class="entity-mentions">{ for items }</ul> }
}
