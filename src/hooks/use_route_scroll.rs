//! A new page opens at its top, as a new page would in a site of separate pages; an address
//! naming an article's sentence opens at that sentence.

use super::use_effect_on;
use crate::context::CorpusContext;
use crate::route::Route;
use yew::prelude::*;

/// Whenever the route changes, scroll the window to the top, or to the sentence it names
/// (`Route::Sentence`, centred) once its article is in `corpus` (the reader's own articles may
/// still be analysed when the app starts). Other addresses naming a place in their page (a
/// row, an event) leave the scrolling to that page.
#[hook]
pub fn use_route_scroll(route: Route, corpus: &CorpusContext) {
    let shown = match &route {
        Route::Sentence(stem, _) => corpus.article_by_stem(stem).is_some(),
        _ => true,
    };
    use_effect_on((route, shown), |(route, shown)| match route {
        Route::Sentence(stem, n) if *shown => {
            let id = cat!("s-", stem, "-", n);
            if let Some(element) = gloo::utils::document().get_element_by_id(&id) {
                crate::dom::scroll_to(&element, web_sys::ScrollLogicalPosition::Center);
            }
        }
        route if !route.names_a_target() => {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        _ => {}
    });
}
