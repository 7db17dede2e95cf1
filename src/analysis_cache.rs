//! Analyses of single articles and alignments of single pairs, kept by file name and text, so
//! that a change to the reader's library analyses and aligns only what is new, and new work can
//! be done one article or one pair per task (with a progress notice in between) before the
//! articles join the library.
//!
//! A cache, not state: it holds nothing that cannot be computed again from the texts.

use crate::library::id_for;
use parallax_engine::align::{align_if_translation, candidate_pairs};
use parallax_engine::{analyze_article, Alignment, ArticleAnalysis};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// An article's key: its file name and a hash of its text (a name alone could be reused).
type Key = String;

/// What is kept: analyses by article key, alignment decisions by (French key, English key).
#[derive(Default)]
struct Cache {
    articles: HashMap<Key, Rc<ArticleAnalysis>>,
    alignments: HashMap<(Key, Key), Option<Rc<Alignment>>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

fn key(file: &str, text: &str) -> Key {
    format!("{file}\u{0}{}", id_for(text))
}

/// The analysis of one article, computed once.
pub fn article_analysis(file: &str, text: &str) -> Rc<ArticleAnalysis> {
    analysis_by_key(key(file, text), file, text)
}

fn analysis_by_key(key: Key, file: &str, text: &str) -> Rc<ArticleAnalysis> {
    if let Some(found) = CACHE.with(|c| c.borrow().articles.get(&key).cloned()) {
        return found;
    }
    let analysis = Rc::new(analyze_article(file, text));
    CACHE.with(|c| c.borrow_mut().articles.insert(key, analysis.clone()));
    analysis
}

/// Articles `(file, text)` with their keys and (cached) analyses, in input order.
struct Keyed {
    keys: Vec<Key>,
    analyses: Vec<Rc<ArticleAnalysis>>,
}

impl Keyed {
    fn of(inputs: &[(&str, &str)]) -> Keyed {
        let keys: Vec<Key> = inputs.iter().map(|(f, t)| key(f, t)).collect();
        let analyses = keys
            .iter()
            .zip(inputs)
            .map(|(k, (f, t))| analysis_by_key(k.clone(), f, t))
            .collect();
        Keyed { keys, analyses }
    }

    /// The keys of a candidate pair `(French, English)`.
    fn pair_key(&self, (fr, en): (usize, usize)) -> (Key, Key) {
        (self.keys[fr].clone(), self.keys[en].clone())
    }

    /// The alignment of a candidate pair if it is a translation, computed once.
    fn alignment(&self, pair: (usize, usize)) -> Option<Rc<Alignment>> {
        let pair_key = self.pair_key(pair);
        if let Some(found) = CACHE.with(|c| c.borrow().alignments.get(&pair_key).cloned()) {
            return found;
        }
        let found =
            align_if_translation(&self.analyses[pair.0], &self.analyses[pair.1]).map(Rc::new);
        CACHE.with(|c| c.borrow_mut().alignments.insert(pair_key, found.clone()));
        found
    }
}

/// A pair of articles worth aligning whose alignment is not known yet.
pub struct PendingPair {
    source: Rc<ArticleAnalysis>,
    target: Rc<ArticleAnalysis>,
    key: (Key, Key),
}

impl PendingPair {
    /// The two file names (French, English), for a progress notice.
    pub fn files(&self) -> (&str, &str) {
        (&self.source.file, &self.target.file)
    }

    /// Align the pair and keep the result (one long step for long articles).
    pub fn align(self) {
        let found = align_if_translation(&self.source, &self.target).map(Rc::new);
        CACHE.with(|c| c.borrow_mut().alignments.insert(self.key, found));
    }
}

/// The candidate pairs among these articles `(file, text)` not aligned yet.
pub fn pending_pairs(inputs: &[(&str, &str)]) -> Vec<PendingPair> {
    let keyed = Keyed::of(inputs);
    candidate_pairs(&keyed.analyses)
        .into_iter()
        .map(|pair| PendingPair {
            source: keyed.analyses[pair.0].clone(),
            target: keyed.analyses[pair.1].clone(),
            key: keyed.pair_key(pair),
        })
        .filter(|p| !CACHE.with(|c| c.borrow().alignments.contains_key(&p.key)))
        .collect()
}

/// The analyses of these articles `(file, text)` and the alignments among them, in the order
/// `analyze_corpus` gives them, from the cache where possible; what is no longer among the
/// articles is dropped from the cache.
pub fn analyses_and_alignments(inputs: &[(&str, &str)]) -> (Vec<ArticleAnalysis>, Vec<Alignment>) {
    let keyed = Keyed::of(inputs);
    let alignments = candidate_pairs(&keyed.analyses)
        .into_iter()
        .filter_map(|pair| keyed.alignment(pair))
        .map(|a| a.as_ref().clone())
        .collect();
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        cache.articles.retain(|k, _| keyed.keys.contains(k));
        cache
            .alignments
            .retain(|(fr, en), _| keyed.keys.contains(fr) && keyed.keys.contains(en));
    });
    // The engine's last step edits analyses (years shared across a pair): it gets copies.
    let articles = keyed.analyses.iter().map(|a| a.as_ref().clone()).collect();
    (articles, alignments)
}
