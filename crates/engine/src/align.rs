//! Translation-pair detection and sentence alignment (first heuristic until issue 4).

use crate::ArticleAnalysis;
use serde::Serialize;

/// One link of an alignment: sentence indexes on each side; an empty side means no counterpart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlignedPair {
    /// Sentence indexes in the source article.
    pub source: Vec<usize>,
    /// Sentence indexes in the target article.
    pub target: Vec<usize>,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

/// The alignment of two articles judged to be translations of each other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    /// Source article file name.
    pub source: String,
    /// Target article file name.
    pub target: String,
    /// Confidence that the two are translations, in `[0, 1]`.
    pub confidence: f32,
    /// Links in text order.
    pub pairs: Vec<AlignedPair>,
}

/// Find translation pairs among the articles and align each. Stub: none yet.
pub fn align_corpus(_articles: &[ArticleAnalysis]) -> Vec<Alignment> {
    Vec::new()
}
