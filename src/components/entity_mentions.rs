//! Every mention of an entity on its page: per article, each sentence that names it, quoted.

use crate::components::QuoteView;
use crate::entity_facts::ArticleMentions;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EntityMentions`].
#[derive(Properties, PartialEq)]
pub struct EntityMentionsProps {
    /// The mentions, per article.
    pub articles: Rc<[ArticleMentions]>,
}

/// `ul.entity-mentions`.
#[function_component]
pub fn EntityMentions(props: &EntityMentionsProps) -> Html {
    if props.articles.is_empty() {
        return html! { <p class="empty">{ "No article in this library names it." }</p> };
    }
    let articles = props.articles.iter().map(|a| {
        let count = format!(
            "{} mention{} in {} sentence{}",
            a.count,
            if a.count == 1 { "" } else { "s" },
            a.quotes.len(),
            if a.quotes.len() == 1 { "" } else { "s" }
        );
        let quotes = a.quotes.iter().map(|q| {
            html! { <li key={q.sentence}><QuoteView quote={q.clone()} /></li> }
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
    html! { <ul class="entity-mentions">{ for articles }</ul> }
}
