//! A fallback guess of translation pairs, used only while the engine reports no alignment.
//!
//! Two articles in different languages that share many numbers and
//! capitalised words (names, acronyms) are likely the same story. The guess
//! is deliberately simple: the engine's aligner replaces it when it reports.

use crate::case::{is_capital, lowercase};
use crate::sorted_map::{set_of, shared};
use parallax_engine::{ArticleAnalysis, Lang};

/// Shared tokens needed, at least, before two articles count as a pair.
const MIN_SHARED: usize = 4;
/// Share of the smaller token set that must be shared.
const MIN_OVERLAP: f32 = 0.3;

/// Whether `c` is part of a word for the anchors: what Unicode calls alphanumeric in ASCII and
/// Latin-1, and every char of the blocks after Latin-1 up to Greek Extended (U+1FFF: Latin
/// Extended, Greek, Cyrillic…). Every char from U+2000 on ends a word: the punctuation French
/// and English news writes there (dashes, curly quotes, the narrow no-break space), and the
/// scripts further on too. Not Unicode's tables, which would add ~3 KB to the first view's
/// wasm for this fallback alone.
fn in_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼'..='¾')
        || matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='\u{1FFF}')
}

/// The tokens of an article that survive translation: numbers and capitalised words (ASCII
/// and Latin-1 capitals, `case::is_capital`), sorted, each once.
pub fn anchors(article: &ArticleAnalysis) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in &article.sentences {
        let words = sentence
            .text
            .split(|c: char| !in_word(c))
            .filter(|w| !w.is_empty());
        for (i, word) in words.enumerate() {
            let first = word.chars().next().unwrap_or(' ');
            let number = word.chars().all(|c| c.is_ascii_digit()) && word.len() >= 2;
            // Sentence-initial capitals say nothing about names.
            let name = i > 0 && is_capital(first) && word.chars().count() >= 3;
            if number || name {
                out.push(lowercase(word));
            }
        }
    }
    set_of(out)
}

/// Pairs `(French index, English index)` of articles that look like translations.
///
/// Each article joins at most one pair; the best-scoring pairs are taken first.
pub fn guess_pairs(articles: &[ArticleAnalysis]) -> Vec<(usize, usize)> {
    let anchors: Vec<Vec<String>> = articles.iter().map(anchors).collect();
    let mut candidates = Vec::new();
    for (fr, a) in articles.iter().enumerate() {
        for (en, b) in articles.iter().enumerate() {
            if a.lang != Lang::Fr || b.lang != Lang::En {
                continue;
            }
            let shared = shared(&anchors[fr], &anchors[en]);
            let smaller = anchors[fr].len().min(anchors[en].len()).max(1);
            let overlap = shared as f32 / smaller as f32;
            if shared >= MIN_SHARED && overlap >= MIN_OVERLAP {
                candidates.push((overlap, fr, en));
            }
        }
    }
    parallax_engine::order::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2)))
    });
    let mut taken = vec![false; articles.len()];
    let mut out = Vec::new();
    for (_, fr, en) in candidates {
        if taken[fr] || taken[en] {
            continue;
        }
        (taken[fr], taken[en]) = (true, true);
        out.push((fr, en));
    }
    parallax_engine::order::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::SEEDS;
    use parallax_engine::analyze_article;

    #[test]
    fn the_bundled_translation_pair_is_found_and_nothing_else() {
        let articles: Vec<_> = SEEDS
            .iter()
            .map(|(file, raw)| analyze_article(file, raw))
            .collect();
        assert_eq!(guess_pairs(&articles), vec![(0, 2)]);
    }

    #[test]
    fn anchors_cut_words_at_punctuation_and_keep_capitals() {
        let article = analyze_article(
            "a.txt",
            "Hier, l’Agence Nordvik et Öresund ont cité 2015 — Élodie Marchand « répond » à Łódź.",
        );
        let found = anchors(&article);
        for word in ["agence", "nordvik", "öresund", "2015", "élodie", "marchand"] {
            assert!(found.iter().any(|w| w == word), "{word} in {found:?}");
        }
        // Lowercase words and a capital beyond Latin-1 are no anchors; no word keeps its
        // apostrophe.
        assert!(!found
            .iter()
            .any(|w| w.contains('’') || w == "répond" || w == "łódź"));
        for c in '\0'..='\u{ff}' {
            assert_eq!(in_word(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(!in_word('—') && !in_word('\u{202f}') && in_word('œ'));
    }

    #[test]
    fn articles_in_one_language_never_pair() {
        let a = analyze_article(
            "a.txt",
            "Le ministre Jean Dupont a parlé de 2015, 35 et 2023 à Paris avec Marie Curie.",
        );
        assert!(guess_pairs(&[a.clone(), a]).is_empty());
    }
}
