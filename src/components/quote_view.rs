//! A sentence quoted on an entity page, the entity's names in bold, with links that open the
//! sentence in its article and, when it has a translation, in the side-by-side view.

use crate::entity_facts::Quote;
use parallax_engine::Lang;
use yew::prelude::*;

/// The reader's word for a language, in a link label.
fn language_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}

/// `blockquote.quote[lang]` followed by its links. A view, not a component: it
/// has no state, and each component costs the app's wasm its own copy of Yew's code.
pub fn quote_view(quote: &Quote) -> Html {
    let runs = quote.runs.iter().enumerate().map(|(i, (text, named))| {
        if *named {
            html! { <strong key={i} class="named">{ text.clone() }</strong> }
        } else {
            html! { <span key={i}>{ text.clone() }</span> }
        }
    });
    let label = cat!(
        language_word(quote.lang),
        " article, sentence ",
        quote.sentence + 1
    );
    html! {
        <figure class="quote">
            <blockquote lang={quote.lang.code()}>{ for runs }</blockquote>
            <figcaption class="quote-links" lang="en">
                <a class="open-sentence" href={quote.href.clone()}>{ label }</a>
                if let Some(pair) = &quote.pair_href {
                    <a class="open-pair-row" href={pair.clone()}>{ "side by side with its translation" }</a>
                }
            </figcaption>
        </figure>
    }
}
