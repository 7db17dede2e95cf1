//! Hash routes: the one function that turns a location hash into a `Route`, and back.
//!
//! Routes live in the hash (`#/article/<stem>`) so that links work from a
//! `file://` page, under any sub-path and after a reload, with no server help.

use std::fmt;

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
    /// `#/pair/<stemA>/<stemB>`: two articles side by side.
    Pair(String, String),
    /// `#/pair/<stemA>/<stemB>/<row>`: two articles side by side, at one pair of sentences.
    PairRow(String, String, usize),
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
    // Only the library takes a query: its filter (`#/?actor=china`, see `filter.rs`).
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    let parts: Vec<&str> = if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').collect()
    };
    let valid = |stem: &&str| is_stem(stem);
    match parts.as_slice() {
        [] => Route::Library,
        _ if !query.is_empty() => Route::NotFound(hash.to_string()),
        ["disputes"] => Route::Disputes,
        ["disputes", about] if valid(about) => Route::Dispute(about.to_string()),
        ["entity", id] if valid(id) => Route::Entity(id.to_string()),
        ["article", stem] if valid(stem) => Route::Article(stem.to_string()),
        ["article", stem, n] if valid(stem) && is_index(n) => {
            n.parse().map_or(Route::NotFound(hash.to_string()), |n| {
                Route::Sentence(stem.to_string(), n)
            })
        }
        ["pair", a, b] if valid(a) && valid(b) => Route::Pair(a.to_string(), b.to_string()),
        ["pair", a, b, row] if valid(a) && valid(b) && is_index(row) => row
            .parse()
            .map_or(Route::NotFound(hash.to_string()), |row| {
                Route::PairRow(a.to_string(), b.to_string(), row)
            }),
        _ => Route::NotFound(hash.to_string()),
    }
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
        self.to_string()
    }

    /// Whether the address names a place within its page (a sentence, a row, an event) that
    /// the page scrolls to; other routes open at the top.
    pub fn names_a_target(&self) -> bool {
        matches!(
            self,
            Route::Sentence(..) | Route::PairRow(..) | Route::Dispute(_)
        )
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Library => write!(f, "#/"),
            Route::Article(stem) => write!(f, "#/article/{stem}"),
            Route::Sentence(stem, n) => write!(f, "#/article/{stem}/{n}"),
            Route::Pair(a, b) => write!(f, "#/pair/{a}/{b}"),
            Route::PairRow(a, b, row) => write!(f, "#/pair/{a}/{b}/{row}"),
            Route::Entity(id) => write!(f, "#/entity/{id}"),
            Route::Disputes => write!(f, "#/disputes"),
            Route::Dispute(about) => write!(f, "#/disputes/{about}"),
            Route::NotFound(hash) if hash.starts_with('#') => write!(f, "{hash}"),
            Route::NotFound(hash) => write!(f, "#{hash}"),
        }
    }
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
            Route::Pair("000_a".into(), "003_b".into())
        );
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
            "#/article/a/99999999999999999999999",
            "#/article/a?actor=china",
        ] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash:?}");
        }
    }

    #[test]
    fn href_round_trips() {
        for route in [
            Route::Library,
            Route::Article("x_1".into()),
            Route::Pair("a".into(), "b".into()),
            Route::Sentence("a".into(), 12),
            Route::PairRow("a".into(), "b".into(), 3),
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
        for hash in ["#/article/a/3", "#/pair/a/b/2", "#/disputes/china_2020"] {
            assert!(parse(hash).names_a_target(), "{hash}");
        }
        for hash in [
            "#/",
            "#/article/a",
            "#/pair/a/b",
            "#/entity/x",
            "#/disputes",
            "#/x/y/z",
        ] {
            assert!(!parse(hash).names_a_target(), "{hash}");
        }
    }
}
