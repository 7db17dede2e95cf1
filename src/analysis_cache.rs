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

/// What is kept: analyses by article key, alignment decisions by (French key, English key).
#[derive(Default)]
struct Cache {
    articles: HashMap<String, Rc<ArticleAnalysis>>,
    alignments: HashMap<(String, String), Option<Rc<Alignment>>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// The key of an article: its file name and a hash of its text (a name alone could be reused).
fn key(file: &str, text: &str) -> String {
    format!("{file}\u{0}{}", id_for(text))
}

/// The analysis of one article, computed once.
pub fn article_analysis(file: &str, text: &str) -> Rc<ArticleAnalysis> {
    let key = key(file, text);
    if let Some(found) = CACHE.with(|c| c.borrow().articles.get(&key).cloned()) {
        return found;
    }
    let analysis = Rc::new(analyze_article(file, text));
    CACHE.with(|c| c.borrow_mut().articles.insert(key, analysis.clone()));
    analysis
}

/// A pair of articles `(file, text)` worth aligning, French first, whose alignment is not
/// known yet.
pub struct PendingPair {
    fr: (String, String),
    en: (String, String),
}

impl PendingPair {
    /// The two file names, for a progress notice.
    pub fn files(&self) -> (&str, &str) {
        (&self.fr.0, &self.en.0)
    }

    /// Align the pair and keep the result (one long step for long articles).
    pub fn align(&self) {
        alignment(&self.fr, &self.en);
    }
}

/// The candidate pairs among these articles `(file, text)` not aligned yet.
pub fn pending_pairs(inputs: &[(String, String)]) -> Vec<PendingPair> {
    let articles: Vec<ArticleAnalysis> = inputs
        .iter()
        .map(|(f, t)| article_analysis(f, t).as_ref().clone())
        .collect();
    candidate_pairs(&articles)
        .into_iter()
        .filter(|&(fr, en)| {
            let pair = (
                key(&inputs[fr].0, &inputs[fr].1),
                key(&inputs[en].0, &inputs[en].1),
            );
            !CACHE.with(|c| c.borrow().alignments.contains_key(&pair))
        })
        .map(|(fr, en)| PendingPair {
            fr: inputs[fr].clone(),
            en: inputs[en].clone(),
        })
        .collect()
}

/// The alignment of a French and an English article `(file, text)` if they translate each
/// other, computed once.
fn alignment(fr: &(String, String), en: &(String, String)) -> Option<Rc<Alignment>> {
    let pair = (key(&fr.0, &fr.1), key(&en.0, &en.1));
    if let Some(found) = CACHE.with(|c| c.borrow().alignments.get(&pair).cloned()) {
        return found;
    }
    let source = article_analysis(&fr.0, &fr.1);
    let target = article_analysis(&en.0, &en.1);
    let found = align_if_translation(&source, &target).map(Rc::new);
    CACHE.with(|c| c.borrow_mut().alignments.insert(pair, found.clone()));
    found
}

/// The analyses of these articles `(file, text)` and the alignments among them, in the order
/// `analyze_corpus` gives them, from the cache where possible; what is no longer among the
/// articles is dropped from the cache.
pub fn analyses_and_alignments(inputs: &[(&str, &str)]) -> (Vec<ArticleAnalysis>, Vec<Alignment>) {
    let owned: Vec<(String, String)> = inputs
        .iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect();
    let articles: Vec<ArticleAnalysis> = inputs
        .iter()
        .map(|(f, t)| article_analysis(f, t).as_ref().clone())
        .collect();
    let alignments = candidate_pairs(&articles)
        .into_iter()
        .filter_map(|(fr, en)| alignment(&owned[fr], &owned[en]))
        .map(|a| a.as_ref().clone())
        .collect();
    let keys: Vec<String> = inputs.iter().map(|(f, t)| key(f, t)).collect();
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        cache.articles.retain(|k, _| keys.contains(k));
        cache
            .alignments
            .retain(|(fr, en), _| keys.contains(fr) && keys.contains(en));
    });
    (articles, alignments)
}
