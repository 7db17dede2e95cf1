//! Hash routes: the one function that turns a location hash into a `Route`, and back.
//!
//! Routes live in the hash (`#/article/<stem>`) so that links work from a
//! `file://` page, under any sub-path and after a reload, with no server help. A pair's
//! address may name its layout after a `?` (`#/pair/<a>/<b>/3?layout=paragraphs`), so that a
//! shared link or a reload opens the view as it was.

use crate::layout::PairMode;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    /// `#/` (or no hash): the library of bundled articles; `#/?actor=…&stance=…` filters it.
    #[default]
    Library,
    /// `#/article/<stem>`: one article.
    Article(String),
    /// `#/article/<stem>/<n>`: one article, scrolled to its sentence `n`.
    Sentence(String, usize),
    /// `#/pair/<stemA>/<stemB>[?layout=rows|paragraphs]`: two articles side by side, in the
    /// layout the address names (none: the reader's current one).
    Pair(String, String, Option<PairMode>),
    /// `#/pair/<stemA>/<stemB>/<row>[?layout=…]`: two articles side by side, at one pair of
    /// sentences.
    PairRow(String, String, usize, Option<PairMode>),
    /// `#/entity/<id>`: one entity, every mention in the library.
    Entity(String),
    /// `#/disputes`: every disputed event of the corpus, who accuses whom, and when.
    Disputes,
    /// `#/disputes/<event>`: the disputes page at one disputed event.
    Dispute(String),
    /// Anything else, with the hash that was asked for.
    NotFound(String),
}

/// Parse a location hash (`#/pair/a/b`, with or without the `#`).
pub fn parse(hash: &str) -> Route {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    // A query belongs to the library (its filter, `#/?actor=china`, read by `filter.rs`)
    // or to a pair (its layout, `?layout=paragraphs`).
    let (path, query) = match path.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (path, None),
    };
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    let parts: Vec<&str> = if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').collect()
    };
    let valid = |stem: &&str| is_stem(stem);
    if let Some(query) = query {
        return match parts.as_slice() {
            [] => Route::Library,
            ["pair", ..] => match parse(path) {
                Route::Pair(a, b, _) => Route::Pair(a, b, layout_in(query)),
                Route::PairRow(a, b, row, _) => Route::PairRow(a, b, row, layout_in(query)),
                _ => Route::NotFound(hash.to_string()),
            },
            _ => Route::NotFound(hash.to_string()),
        };
    }
    match parts.as_slice() {
        [] => Route::Library,
        ["disputes"] => Route::Disputes,
        ["disputes", about] if valid(about) => Route::Dispute(about.to_string()),
        ["entity", id] if valid(id) => Route::Entity(id.to_string()),
        ["article", stem] if valid(stem) => Route::Article(stem.to_string()),
        // Sentences are numbered from 1 in the address, as the links that lead there read
        // ("sentence 9" opens `/9`); the route holds the index from 0.
        ["article", stem, n] if valid(stem) && is_index(n) => n
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .map_or(Route::NotFound(hash.to_string()), |n| {
                Route::Sentence(stem.to_string(), n)
            }),
        ["pair", a, b] if valid(a) && valid(b) => Route::Pair(a.to_string(), b.to_string(), None),
        ["pair", a, b, row] if valid(a) && valid(b) && is_index(row) => row
            .parse()
            .map_or(Route::NotFound(hash.to_string()), |row| {
                Route::PairRow(a.to_string(), b.to_string(), row, None)
            }),
        _ => Route::NotFound(hash.to_string()),
    }
}

/// The layout a pair's query names (`layout=rows`); other keys, and words it does not know,
/// name none: the pair still opens, in the reader's current layout.
fn layout_in(query: &str) -> Option<PairMode> {
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("layout="))
        .find_map(PairMode::from_word)
}

/// A sentence index: ASCII digits only (no sign, no spaces).
fn is_index(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// A file stem is a non-empty run of letters, digits, `_`, `-` and `.`.
fn is_stem(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl Route {
    /// The hash that leads to this route (`#/…`), for links.
    pub fn href(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Article(stem) => cat!("#/article/", stem),
            Route::Sentence(stem, n) => cat!("#/article/", stem, "/", n + 1),
            Route::Pair(a, b, mode) => cat!("#/pair/", a, "/", b, layout_query(*mode)),
            Route::PairRow(a, b, row, mode) => {
                cat!("#/pair/", a, "/", b, "/", row, layout_query(*mode))
            }
            Route::Entity(id) => cat!("#/entity/", id),
            Route::Disputes => "#/disputes".to_string(),
            Route::Dispute(about) => cat!("#/disputes/", about),
            Route::NotFound(hash) if hash.starts_with('#') => hash.clone(),
            Route::NotFound(hash) => cat!("#", hash),
        }
    }

    /// Whether the address names a place within its page (a sentence, a row, an event) that
    /// the page scrolls to; other routes open at the top.
    pub fn names_a_target(&self) -> bool {
        matches!(
            self,
            Route::Sentence(..) | Route::PairRow(..) | Route::Dispute(_)
        )
    }

    /// The pair layout the address names, if it is a pair's and names one.
    pub fn pair_mode(&self) -> Option<PairMode> {
        match self {
            Route::Pair(_, _, mode) | Route::PairRow(_, _, _, mode) => *mode,
            _ => None,
        }
    }
}

/// The query that names a layout (`?layout=rows`), or nothing.
fn layout_query(mode: Option<PairMode>) -> String {
    mode.map_or_else(String::new, |mode| cat!("?layout=", mode.word()))
}

/// The stem of a file name: the name without its `.txt` extension.
pub fn stem_of(file: &str) -> &str {
    file.strip_suffix(".txt").unwrap_or(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_is_the_default() {
        for hash in [
            "",
            "#",
            "#/",
            "/",
            "#//",
            "#/?actor=china&stance=denial",
            "#?x",
        ] {
            assert_eq!(parse(hash), Route::Library, "{hash:?}");
        }
    }

    #[test]
    fn article_and_pair_routes() {
        assert_eq!(
            parse("#/article/000_83485029acf59cfb"),
            Route::Article("000_83485029acf59cfb".into())
        );
        assert_eq!(
            parse("#/pair/000_a/003_b/"),
            Route::Pair("000_a".into(), "003_b".into(), None)
        );
    }

    #[test]
    fn a_pair_address_names_its_layout() {
        let rows = Some(PairMode::Rows);
        let paragraphs = Some(PairMode::Paragraphs);
        assert_eq!(
            parse("#/pair/a/b?layout=rows"),
            Route::Pair("a".into(), "b".into(), rows)
        );
        assert_eq!(
            parse("#/pair/a/b/3?layout=paragraphs"),
            Route::PairRow("a".into(), "b".into(), 3, paragraphs)
        );
        assert_eq!(
            parse("#/pair/a/b/3?layout=paragraphs").pair_mode(),
            paragraphs
        );
        // Unknown words or keys leave the layout to the reader; the pair still opens.
        for hash in ["#/pair/a/b?layout=grid", "#/pair/a/b?x=1", "#/pair/a/b?"] {
            assert_eq!(
                parse(hash),
                Route::Pair("a".into(), "b".into(), None),
                "{hash}"
            );
        }
        assert_eq!(
            parse("#/pair/a/b?lang=fr&layout=paragraphs"),
            Route::Pair("a".into(), "b".into(), paragraphs)
        );
        // A query on anything but a pair or the library (whose filter `filter.rs` reads),
        // or a bad pair path with a query, is not found.
        assert_eq!(parse("#/?actor=china"), Route::Library);
        for hash in [
            "#/article/a?layout=rows",
            "#/pair/a?layout=rows",
            "#/pair/a/b/x?layout=rows",
        ] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash:?}");
        }
    }

    #[test]
    fn anything_else_is_not_found() {
        for hash in [
            "#/no/such/page",
            "#/article",
            "#/article/",
            "#/article/a/b",
            "#/pair/a",
            "#/pair/a/b/x",
            "#/entity",
            "#/entity/<img>",
            "#/disputes/a/b",
            "#/article/..",
            "#/article/<script>",
            "#/article/a/-1",
            "#/article/a/0",
            "#/article/a/99999999999999999999999",
            "#/article/a?actor=china",
        ] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash:?}");
        }
    }

    #[test]
    fn a_sentence_address_counts_from_one() {
        assert_eq!(parse("#/article/a/9"), Route::Sentence("a".into(), 8));
        assert_eq!(Route::Sentence("a".into(), 8).href(), "#/article/a/9");
    }

    #[test]
    fn href_round_trips() {
        for route in [
            Route::Library,
            Route::Article("x_1".into()),
            Route::Pair("a".into(), "b".into(), None),
            Route::Pair("a".into(), "b".into(), Some(PairMode::Rows)),
            Route::Sentence("a".into(), 12),
            Route::PairRow("a".into(), "b".into(), 3, None),
            Route::PairRow("a".into(), "b".into(), 3, Some(PairMode::Paragraphs)),
            Route::Entity("mao_ning".into()),
            Route::Disputes,
            Route::Dispute("china_2020".into()),
        ] {
            assert_eq!(parse(&route.href()), route);
        }
        assert_eq!(stem_of("000_x.txt"), "000_x");
    }

    #[test]
    fn only_deep_links_name_a_target() {
        for hash in [
            "#/article/a/3",
            "#/pair/a/b/2",
            "#/pair/a/b/2?layout=rows",
            "#/disputes/china_2020",
        ] {
            assert!(parse(hash).names_a_target(), "{hash}");
        }
        for hash in [
            "#/",
            "#/article/a",
            "#/pair/a/b",
            "#/pair/a/b?layout=paragraphs",
            "#/entity/x",
            "#/disputes",
            "#/x/y/z",
        ] {
            assert!(!parse(hash).names_a_target(), "{hash}");
        }
    }
}
