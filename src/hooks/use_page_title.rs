//! The document's title follows the route, so that tabs, history and bookmarks name the page.

use super::use_effect_on;
use crate::context::CorpusContext;
use crate::corpus::Corpus;
use crate::route::Route;
use parallax_engine::Lang;
use yew::prelude::*;

/// What every title ends with.
const SUFFIX: &str = " — Parallax";

/// The title of the page a route shows: `Library — Parallax`, `<headline> — Parallax`,
/// `Side by side: <French headline> | <English headline> — Parallax`, `<entity> — Parallax`,
/// `Disputes — Parallax`, and `Page not found — Parallax` for what the app cannot show.
pub fn page_title(corpus: &Corpus, route: &Route) -> String {
    let headline = |stem: &str| {
        corpus
            .article_by_stem(stem)
            .map(|i| (i, corpus.views[i].headline.clone()))
    };
    let title = match route {
        Route::Library => Some("Library".to_string()),
        Route::Article(stem) | Route::Sentence(stem, _) => headline(stem).map(|(_, h)| h),
        Route::Pair(a, b, _) | Route::PairRow(a, b, _, _) => match (headline(a), headline(b)) {
            (Some((a, first)), Some((b, second))) if a != b => {
                // French first, as the page shows them.
                let b_is_french = corpus.article(b).map(|x| x.lang) == Some(Lang::Fr)
                    && corpus.article(a).map(|x| x.lang) != Some(Lang::Fr);
                let (fr, en) = if b_is_french {
                    (second, first)
                } else {
                    (first, second)
                };
                Some(cat!("Side by side: ", fr, " | ", en))
            }
            _ => None,
        },
        Route::Entity(id) => Some(corpus.entity_name(id)),
        Route::Disputes | Route::Dispute(_) => Some("Disputes".to_string()),
        Route::NotFound(_) => None,
    };
    title.unwrap_or_else(|| "Page not found".to_string()) + SUFFIX
}

/// Set `document.title` whenever the route (or the library) changes.
#[hook]
pub fn use_page_title(corpus: CorpusContext, route: Route) {
    use_effect_on((corpus, route), |(corpus, route)| {
        gloo::utils::document().set_title(&page_title(corpus, route));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_its_title() {
        let corpus = Corpus::bundled();
        let fr = "000_83485029acf59cfb";
        let en = "003_e7624ea9e8843c03";
        let title = |route| page_title(&corpus, &route);
        assert_eq!(title(Route::Library), "Library — Parallax");
        assert_eq!(
            title(Route::Article(en.into())),
            cat!(corpus.views[2].headline, " — Parallax")
        );
        let pair = cat!(
            "Side by side: ",
            corpus.views[0].headline,
            " | ",
            corpus.views[2].headline,
            " — Parallax"
        );
        assert_eq!(title(Route::Pair(en.into(), fr.into(), None)), pair);
        assert_eq!(title(Route::PairRow(fr.into(), en.into(), 3, None)), pair);
        assert_eq!(
            title(Route::Entity("mao_ning".into())),
            "Mao Ning — Parallax"
        );
        assert_eq!(title(Route::Dispute("x".into())), "Disputes — Parallax");
        assert_eq!(
            title(Route::Article("nothing".into())),
            "Page not found — Parallax"
        );
    }
}
