//! Parallax engine: plain text in, plain data out.
//!
//! The engine knows nothing of the browser. It parses an article (language,
//! headline, date, source, noise), splits it into paragraphs and sentences,
//! recognises named entities, extracts claims and their stances, and aligns
//! the sentences of articles that translate each other.
//!
//! Every public span is a pair of **char offsets** (Unicode scalar values)
//! into the original text, on char boundaries. Analysis never fails and never
//! panics: odd input yields a possibly empty analysis plus diagnostics.
#![deny(missing_docs)]

pub mod align;
pub mod article;
pub mod board;
mod calendar;
pub mod claims;
pub mod claims_table;
mod data;
pub mod debug;
pub mod disputes;
pub mod entities;
mod fold;
pub mod intake;
pub mod json;
mod link;
pub mod order;
pub mod segments;
pub mod sentences;
mod shared_names;
pub mod sorted_map;
pub mod text;
mod tokens;
pub mod views;
pub mod webanno;

use serde::{Deserialize, Serialize};

// The facade: what the app, the worker, the bench and the command line call. The modules
// above stay public only where one of them (or the engine's own tests) reads a type or a
// step of their own.
pub use align::{
    align_if_translation, align_if_translation_with, candidate_pairs, AlignFeatures, Alignment,
};
pub use article::{Lang, Paragraph, ParagraphKind};
pub use claims::{Claim, Stance};
pub use entities::{EntityType, Mention};
pub use sentences::Sentence;
pub use text::{Span, Text};
pub use views::{views_of, Views};

/// A diagnostic: something odd about the input that the analysis coped with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Short machine-readable code, e.g. `empty`, `control-chars`.
    pub code: String,
    /// A sentence a reader can understand.
    pub message: String,
}

/// The analysis of one article.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleAnalysis {
    /// The file name the article came from (no folder).
    pub file: String,
    /// Detected language.
    pub lang: Lang,
    /// The headline, where the text gives one.
    pub title: Option<String>,
    /// Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where the text gives one.
    pub date: Option<String>,
    /// The outlet the text names as its source, where it gives one.
    pub source: Option<String>,
    /// Paragraphs (body, headline and noise), in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of the headline and body (noise excluded), in text order.
    pub sentences: Vec<Sentence>,
    /// Every entity mention, sorted by start.
    pub entities: Vec<Mention>,
    /// Claims, in sentence order.
    pub claims: Vec<Claim>,
    /// What was odd about the input.
    pub diagnostics: Vec<Diagnostic>,
    /// Length of the text in chars.
    pub char_len: usize,
}

/// The analysis of a set of articles.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    /// One analysis per article, in input order.
    pub articles: Vec<ArticleAnalysis>,
    /// Sentence alignments between articles judged to be translations.
    pub alignments: Vec<Alignment>,
}

/// Analyse one article. Never panics; odd input yields diagnostics.
pub fn analyze_article(file: &str, raw: &str) -> ArticleAnalysis {
    let text = Text::new(raw);
    let parsed = article::parse(&text);
    let sentences = sentences::split(&text, &parsed.paragraphs, parsed.lang);
    let entities = entities::recognise(&text, &parsed.paragraphs, &sentences, parsed.lang);
    let claims = claims::extract(&text, &sentences, &entities, parsed.lang);
    ArticleAnalysis {
        file: file.to_string(),
        lang: parsed.lang,
        title: parsed.title,
        date: parsed.date,
        source: parsed.source,
        paragraphs: parsed.paragraphs,
        sentences,
        entities,
        claims,
        diagnostics: parsed.diagnostics,
        char_len: text.char_len(),
    }
}

/// Analyse a set of articles `(file name, text)` and align the translation pairs among them.
pub fn analyze_corpus(inputs: &[(&str, &str)]) -> Analysis {
    let articles: Vec<ArticleAnalysis> = inputs
        .iter()
        .map(|(file, raw)| analyze_article(file, raw))
        .collect();
    link_articles(articles)
}

/// Align the translation pairs among articles analysed one by one (by [`analyze_article`]):
/// the second half of [`analyze_corpus`], for callers that analyse articles at their own pace
/// (the browser app, one article per task) or keep analyses of unchanged articles.
pub fn link_articles(articles: Vec<ArticleAnalysis>) -> Analysis {
    let alignments = align::align_corpus(&articles);
    link_with(articles, alignments)
}

/// The analysis of articles analysed one by one and of their alignments, computed by the
/// caller pair by pair (`align::candidate_pairs`, `align::align_if_translation`), in the
/// order `align::align_corpus` would give them.
pub fn link_with(mut articles: Vec<ArticleAnalysis>, mut alignments: Vec<Alignment>) -> Analysis {
    for alignment in &mut alignments {
        let ids = |articles: &[ArticleAnalysis]| -> Vec<(usize, usize, String)> {
            articles
                .iter()
                .filter(|a| a.file == alignment.source || a.file == alignment.target)
                .flat_map(|a| a.entities.iter().map(|m| (m.start, m.end, m.id.clone())))
                .collect()
        };
        let before = ids(&articles);
        share_years_across(&mut articles, alignment);
        shared_names::name_months_across(&mut articles, alignment);
        shared_names::spread_rule_names(&mut articles, alignment);
        shared_names::name_shared_runs(&mut articles, alignment);
        shared_names::name_shared_words(&mut articles, alignment);
        link::share_ids_across(&mut articles, alignment);
        // The pair's "named in one version only" notes were drawn before the two versions'
        // ids were made one: draw them again when linking changed any.
        if ids(&articles) != before {
            align::refresh_divergences(&articles, alignment);
        }
    }
    Analysis {
        articles,
        alignments,
    }
}

/// A month or a day named without a year in an undated article ("In April", id `april`;
/// "March 5", `march_5`) takes the year its translation gives the same date in the aligned
/// sentence (`april_2023`, `2026_03_05`), so that both versions name one date. Only ids of
/// a month alone or a month and day are touched.
fn share_years_across(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    let index = |file: &str| articles.iter().position(|a| a.file == file);
    let (Some(src), Some(tgt)) = (index(&alignment.source), index(&alignment.target)) else {
        return;
    };
    let by_start = [src, tgt].map(|a| mentions_by_start(&articles[a]));
    let starts = |a: usize| &by_start[usize::from(a == tgt)];
    for pair in &alignment.pairs {
        for (from, from_sentences, to, to_sentences) in [
            (src, &pair.source, tgt, &pair.target),
            (tgt, &pair.target, src, &pair.source),
        ] {
            let dated: Vec<String> = mentions_in(&articles[from], starts(from), from_sentences)
                .into_iter()
                .map(|k| &articles[from].entities[k])
                .filter(|m| m.kind == EntityType::Date && m.id.contains('_'))
                .map(|m| m.id.clone())
                .collect();
            for k in mentions_in(&articles[to], starts(to), to_sentences) {
                let mention = &mut articles[to].entities[k];
                if mention.kind != EntityType::Date {
                    continue;
                }
                if let Some(full) = dated.iter().find(|id| with_year(&mention.id, id)) {
                    mention.id = full.clone();
                }
            }
        }
    }
}

/// Whether date id `full` is yearless id `bare` with a year: `april` / `april_2023`, or a
/// day without a year, `march_5` / `2026_03_05`.
fn with_year(bare: &str, full: &str) -> bool {
    if calendar::is_month_id(bare) {
        return full
            .strip_prefix(bare)
            .is_some_and(|rest| rest.starts_with('_'));
    }
    let Some((month, day)) = bare.split_once('_') else {
        return false;
    };
    let (Some(m), Ok(d)) = (calendar::month_of_id(month), day.parse::<u32>()) else {
        return false;
    };
    full.split_once('_').is_some_and(|(year, rest)| {
        year.parse().is_ok_and(calendar::is_year) && rest == format!("{m:02}_{d:02}")
    })
}

/// An article's mention indexes ordered by where they start, to find those of a sentence
/// without reading them all (a long pair has thousands of links).
fn mentions_by_start(article: &ArticleAnalysis) -> Vec<usize> {
    let mut sorted: Vec<usize> = (0..article.entities.len()).collect();
    order::sort_by_key(&mut sorted, |&k| article.entities[k].start);
    sorted
}

/// The indexes, in mention order, of an article's mentions that lie within one of these
/// sentences (`by_start`: its [`mentions_by_start`]).
fn mentions_in(article: &ArticleAnalysis, by_start: &[usize], sentences: &[usize]) -> Vec<usize> {
    let mut found = Vec::new();
    for span in sentences
        .iter()
        .filter_map(|&i| article.sentences.get(i).map(Sentence::span))
    {
        let first = by_start.partition_point(|&k| article.entities[k].start < span.start);
        for &k in &by_start[first..] {
            let mention = &article.entities[k];
            if mention.start > span.end {
                break;
            }
            if span.contains(mention.span()) {
                found.push(k);
            }
        }
    }
    order::sort(&mut found);
    found.dedup();
    found
}
