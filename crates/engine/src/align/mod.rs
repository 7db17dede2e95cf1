//! Translation-pair detection and sentence alignment of French/English articles.
//!
//! For every French/English pair of articles the aligner finds the best
//! monotone sentence alignment (`dp`), scoring each candidate link by the
//! anchors the two sides share (`similarity` over `features`: entity ids,
//! numbers, names, cognates, a small `lexicon`) plus a weak Gale–Church length
//! term. Repair passes then pair sentences swapped between the versions
//! (`crossing`), join restating sentences to their neighbour (`absorb`) and link
//! the lone sentences left on both sides between two links (`gaps`).
//! The pair counts as a translation when most of both texts lands in confident
//! links. Each link lists its divergences (`divergence`): hedges, numbers,
//! quotations, entities or claim stances present on one side only.

mod absorb;
mod crossing;
mod divergence;
mod dp;
mod features;
mod gaps;
mod lexicon;
mod similarity;

pub use divergence::{Divergence, DivergenceKind, Side};

use crate::article::{Lang, ParagraphKind};
use crate::entities::EntityType;
use crate::ArticleAnalysis;
use features::{article_features, SentenceFeatures};
use serde::{Deserialize, Serialize};
use similarity::Matcher;
use std::borrow::Borrow;
use std::collections::BTreeSet;
use std::ops::Range;

/// One link of an alignment: sentence indexes on each side; an empty side means no counterpart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedPair {
    /// Sentence indexes in the source article.
    pub source: Vec<usize>,
    /// Sentence indexes in the target article.
    pub target: Vec<usize>,
    /// Confidence in `[0, 1]`: that the sides translate each other, or for a one-sided
    /// link, that the sentence really has no counterpart.
    pub confidence: f32,
    /// What one side says that the other does not (empty for one-sided links).
    pub divergences: Vec<Divergence>,
}

/// The alignment of two articles judged to be translations of each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// Source article file name (the French one).
    pub source: String,
    /// Target article file name (the English one).
    pub target: String,
    /// Confidence that the two are translations, in `[0, 1]`.
    pub confidence: f32,
    /// Links in French text order, then English (an English-only link sits where the
    /// path met it); every sentence of each side is in exactly one link.
    pub pairs: Vec<AlignedPair>,
}

/// Similarity a link must beat before it gains anything over leaving both sides unaligned:
/// about what unrelated sentences on the same topic share.
const BASELINE: f32 = 0.2;
/// Weight of the Gale–Church length probability (centred on 0.5).
const LENGTH_WEIGHT: f32 = 0.1;
/// Extra cost of a link that merges sentences, so that 1:1 wins when it explains as much.
const MERGE_PENALTY: f32 = 0.05;
/// Extra cost of a 2:2, 1:3 or 3:1 link.
const DOUBLE_MERGE_PENALTY: f32 = 0.15;
/// Half-width of the diagonal band for long texts, in sentences.
const BAND: usize = 48;
/// Similarity from which a link counts as a confident match.
const CONFIDENT_SIMILARITY: f32 = 0.25;
/// Share of a one-sided sentence's content that the adjacent link must already carry
/// for the sentence to join it (a translator's restatement).
const ABSORBED_CONTAINMENT: f32 = 0.6;
/// A short side this long or longer may vouch for the pair on its own (see
/// `translation_confidence`) ...
const SHORT_SIDE_MIN_SENTENCES: usize = 3;
/// ... if at least this share of it is matched ...
const SHORT_SIDE_MIN_SHARE: f32 = 0.75;
/// ... at this discount.
const SHORT_SIDE_WEIGHT: f32 = 0.8;
/// Similarity from which two one-sided sentences near each other are paired across the
/// path (sentences swapped between the versions).
const CROSSED_SIMILARITY: f32 = 0.35;
/// Gale–Church probability from which the lone sentences of a gap between two links are
/// alike enough in length to be one passage reworded (`gaps`): lengths within about 1.3
/// standard deviations of a translation's; a sentence twice the other's scores near 0.
const GAP_LENGTH_FIT: f32 = 0.2;
/// Share of both texts in confident links from which two articles are translations. Loose
/// translations with long one-sided passages reach 0.6-0.8; unrelated stories on the same
/// topic about 0.2. Kept low on purpose: a missed translation loses a whole alignment.
const TRANSLATION_COVERAGE: f32 = 0.4;

/// For tests: an alignment linking sentence `k` of `source` to sentence `k` of `target`,
/// for each `k` below `n`.
#[cfg(test)]
pub(crate) fn one_to_one(source: &str, target: &str, n: usize) -> Alignment {
    Alignment {
        source: source.into(),
        target: target.into(),
        confidence: 1.0,
        pairs: (0..n)
            .map(|k| AlignedPair {
                source: vec![k],
                target: vec![k],
                confidence: 1.0,
                divergences: Vec::new(),
            })
            .collect(),
    }
}

/// Draw the divergences of an alignment's pairs again from its two articles as they are now
/// (after `link_with` made the ids of one thing one across the pair).
pub(crate) fn refresh_divergences(articles: &[ArticleAnalysis], alignment: &mut Alignment) {
    let find = |file: &str| articles.iter().find(|a| a.file == file);
    let (Some(source), Some(target)) = (find(&alignment.source), find(&alignment.target)) else {
        return;
    };
    let (fs, ft) = (article_features(source), article_features(target));
    for pair in &mut alignment.pairs {
        pair.divergences =
            divergence::divergences((source, &fs), (target, &ft), &pair.source, &pair.target);
    }
}

/// Whether a folded French word and a folded English word translate each other: a cognate
/// (`parlement`/`parliament`) or an entry of the bilingual lexicon. Used by `link.rs` to
/// compare names translated word by word.
pub(crate) fn words_correspond(fr: &str, en: &str) -> bool {
    similarity::is_cognate(fr, en)
        || lexicon::lexicon()
            .entries
            .iter()
            .any(|e| e.french.fits(fr) && e.english.iter().any(|p| p.fits(en)))
}

/// Whether a folded word is a function word of `lang` (`de`, `the`).
pub(crate) fn function_word(lang: Lang, word: &str) -> bool {
    lexicon::lexicon().is_stop(lang, word)
}

/// Find the translation pairs among the articles and align each, French source first.
///
/// Every French article is tried against every English one, so a cheap test first rules out
/// pairs that name clearly different things (`could_translate`); the full alignment, which
/// costs seconds on megabyte-long articles, runs only on the others.
pub fn align_corpus(articles: &[ArticleAnalysis]) -> Vec<Alignment> {
    let mut features: Vec<Option<Vec<SentenceFeatures>>> = vec![None; articles.len()];
    let mut out = Vec::new();
    for (i, j) in candidate_pairs(articles) {
        for k in [i, j] {
            if features[k].is_none() {
                features[k] = Some(article_features(&articles[k]));
            }
        }
        let (Some(source), Some(target)) = (&features[i], &features[j]) else {
            continue;
        };
        let alignment = align_features((&articles[i], source), (&articles[j], target));
        if alignment.confidence >= TRANSLATION_COVERAGE {
            out.push(alignment);
        }
    }
    out
}

/// The pairs `(French, English)` of article indexes worth a full alignment, in the order
/// [`align_corpus`] tries them: every French article against every English one, less those
/// that name clearly different things. For callers that align pair by pair (the browser app,
/// one pair per task, keeping the alignments of pairs already done).
/// Takes the analyses themselves or shared ones (`Rc<ArticleAnalysis>`), so that a caller
/// keeping analyses need not copy them.
pub fn candidate_pairs<A: Borrow<ArticleAnalysis>>(articles: &[A]) -> Vec<(usize, usize)> {
    let articles: Vec<&ArticleAnalysis> = articles.iter().map(Borrow::borrow).collect();
    let names: Vec<BTreeSet<&str>> = articles.iter().map(|a| named_ids(a)).collect();
    let mut out = Vec::new();
    for (i, source) in articles.iter().enumerate() {
        if source.lang != Lang::Fr {
            continue;
        }
        for (j, target) in articles.iter().enumerate() {
            if target.lang == Lang::En && could_translate(&names[i], &names[j]) {
                out.push((i, j));
            }
        }
    }
    out
}

/// The alignment of a French `source` and an English `target` if they translate each other
/// (what [`align_corpus`] keeps for one of its [`candidate_pairs`]).
pub fn align_if_translation(
    source: &ArticleAnalysis,
    target: &ArticleAnalysis,
) -> Option<Alignment> {
    let features = (AlignFeatures::of(source), AlignFeatures::of(target));
    align_if_translation_with((source, &features.0), (target, &features.1))
}

/// An article's sentences as the aligner compares them, worked out once for all the pairs
/// the article is in (a megabyte-long article takes a tenth of a second).
pub struct AlignFeatures(Vec<SentenceFeatures>);

impl AlignFeatures {
    /// The features of an article.
    pub fn of(article: &ArticleAnalysis) -> AlignFeatures {
        AlignFeatures(article_features(article))
    }
}

/// [`align_if_translation`], given each article's [`AlignFeatures`].
pub fn align_if_translation_with(
    source: (&ArticleAnalysis, &AlignFeatures),
    target: (&ArticleAnalysis, &AlignFeatures),
) -> Option<Alignment> {
    let alignment = align_features((source.0, &source.1 .0), (target.0, &target.1 .0));
    (alignment.confidence >= TRANSLATION_COVERAGE).then_some(alignment)
}

/// Distinct ids of what an article names, dates aside (two unrelated stories share dates).
fn named_ids(article: &ArticleAnalysis) -> BTreeSet<&str> {
    crate::order::set_of(
        article
            .entities
            .iter()
            .filter(|m| m.kind != EntityType::Date)
            .map(|m| m.id.as_str()),
    )
}

/// Fewer distinct names than this on either side: too little to judge, align anyway.
const MIN_NAMES_TO_JUDGE: usize = 4;
/// Share of the smaller side's names the other must also name for two articles to be worth
/// aligning. A translation names nearly the same things (the seeds' pair: most of them);
/// stories about different affairs share a country or two. Kept low on purpose, as
/// `TRANSLATION_COVERAGE`: the full alignment still decides.
const MIN_SHARED_NAMES: f32 = 0.2;

/// Whether two articles naming these ids could translate each other.
fn could_translate(a: &BTreeSet<&str>, b: &BTreeSet<&str>) -> bool {
    let smaller = a.len().min(b.len());
    if smaller < MIN_NAMES_TO_JUDGE {
        return true;
    }
    let shared = a.intersection(b).count();
    shared as f32 >= MIN_SHARED_NAMES * smaller as f32
}

/// Align the sentences of a French `source` with an English `target`, whether or not
/// they are translations; `confidence` says how much they look like one.
pub fn align_pair(source: &ArticleAnalysis, target: &ArticleAnalysis) -> Alignment {
    let source_features = article_features(source);
    let target_features = article_features(target);
    align_features((source, &source_features), (target, &target_features))
}

fn align_features(
    source: (&ArticleAnalysis, &[SentenceFeatures]),
    target: (&ArticleAnalysis, &[SentenceFeatures]),
) -> Alignment {
    let matcher = Matcher::new(source.1, target.1);
    let (n, m) = (matcher.source_len(), matcher.target_len());
    let path = dp::best_path(n, m, BAND, |s, t| link_score(&matcher, s, t));
    let path = crossing::pair_crossed(path, CROSSED_SIMILARITY, |i, j| {
        matcher.similarity(i..i + 1, j..j + 1)
    });
    let headlines = (headline_flags(source.0), headline_flags(target.0));
    let path = absorb::absorb_lone(
        path,
        ABSORBED_CONTAINMENT,
        (&headlines.0, &headlines.1),
        |s, t| matcher.containment(s, t),
        |s, t| matcher.similarity(s, t),
    );
    let path = gaps::fill_gaps(path, (&headlines.0, &headlines.1), |s, t| {
        matcher.length_probability(s.clone(), t.clone()) >= GAP_LENGTH_FIT
            && anchors(&source.1[s]) == anchors(&target.1[t])
    });
    let mut pairs = Vec::with_capacity(path.len());
    let mut confident = (0.0f32, 0.0f32);
    for (s, t) in path {
        let src: Vec<usize> = s.clone().collect();
        let tgt: Vec<usize> = t.clone().collect();
        let confidence = if src.is_empty() || tgt.is_empty() {
            1.0 - logistic(best_nearby(&matcher, &s, &t) - CONFIDENT_SIMILARITY)
        } else {
            let similarity = matcher.similarity(s.clone(), t.clone());
            let weight =
                ((similarity - CONFIDENT_SIMILARITY) / CONFIDENT_SIMILARITY).clamp(0.0, 1.0);
            confident.0 += weight * src.len() as f32;
            confident.1 += weight * tgt.len() as f32;
            logistic(similarity - CONFIDENT_SIMILARITY)
        };
        let divergences = divergence::divergences(source, target, &src, &tgt);
        pairs.push(AlignedPair {
            source: src,
            target: tgt,
            confidence: round3(confidence),
            divergences,
        });
    }
    let confidence = translation_confidence(confident, (n, m));
    Alignment {
        source: source.0.file.clone(),
        target: target.0.file.clone(),
        confidence: round3(confidence),
        pairs,
    }
}

/// How much two articles look like translations, from how much of each side lies in
/// confident links (`confident`: sentences weighted from 0 at similarity 0.25 to 1 at 0.5
/// and above) out of all sentences (`total`). That is the share of all sentences; or,
/// when nearly all of a short side (a summary, a truncated copy) is matched, most of
/// that side's share. Two write-ups of the same story by different outlets can reach
/// 0.4-0.55; translations score 0.75 and more.
fn translation_confidence(confident: (f32, f32), total: (usize, usize)) -> f32 {
    let share = |a: f32, b: usize| if b == 0 { 0.0 } else { a / b as f32 };
    let overall = share(confident.0 + confident.1, total.0 + total.1);
    let (short_confident, short_total) = if total.0 <= total.1 {
        (confident.0, total.0)
    } else {
        (confident.1, total.1)
    };
    let short_share = share(short_confident, short_total);
    if short_total >= SHORT_SIDE_MIN_SENTENCES && short_share >= SHORT_SIDE_MIN_SHARE {
        overall.max(SHORT_SIDE_WEIGHT * short_share)
    } else {
        overall
    }
}

/// The numbers and entity ids some sentences name: a gap's sentences that name different
/// ones say different things, however alike their lengths.
fn anchors(sentences: &[SentenceFeatures]) -> BTreeSet<&str> {
    crate::order::set_of(sentences.iter().flat_map(|f| {
        f.tokens
            .iter()
            .filter(|(kind, _)| *kind != features::TokenKind::Word)
            .map(|(_, text)| text.as_str())
    }))
}

/// For each sentence of the article, whether it is (part of) the headline.
fn headline_flags(article: &ArticleAnalysis) -> Vec<bool> {
    article
        .sentences
        .iter()
        .map(|s| {
            article
                .paragraphs
                .get(s.paragraph)
                .is_some_and(|p| p.kind == ParagraphKind::Headline)
        })
        .collect()
}

/// The DP score of one candidate link; one-sided links score zero.
fn link_score(matcher: &Matcher, s: Range<usize>, t: Range<usize>) -> f32 {
    if s.is_empty() || t.is_empty() {
        return 0.0;
    }
    let penalty = match (s.len(), t.len()) {
        (1, 1) => 0.0,
        (1, 2) | (2, 1) => MERGE_PENALTY,
        _ => DOUBLE_MERGE_PENALTY,
    };
    let length = matcher.length_probability(s.clone(), t.clone()) - 0.5;
    matcher.similarity(s, t) - BASELINE + LENGTH_WEIGHT * length - penalty
}

/// For a one-sided link, the best 1:1 similarity of its sentence with the other side's
/// sentences around where the path left it.
fn best_nearby(matcher: &Matcher, s: &Range<usize>, t: &Range<usize>) -> f32 {
    let window = |at: usize, len: usize| at.saturating_sub(3)..(at + 3).min(len);
    let mut best: f32 = 0.0;
    for i in s.clone() {
        for j in window(t.start, matcher.target_len()) {
            best = best.max(matcher.similarity(i..i + 1, j..j + 1));
        }
    }
    for j in t.clone() {
        for i in window(s.start, matcher.source_len()) {
            best = best.max(matcher.similarity(i..i + 1, j..j + 1));
        }
    }
    best
}

/// A logistic squashing of a similarity margin into `(0, 1)`.
fn logistic(margin: f32) -> f32 {
    1.0 / (1.0 + (-10.0 * margin).exp())
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}
