//! Analyses of single articles, kept by file name and text, so that a change to the reader's
//! library analyses only the articles that are new, and new ones can be analysed one per task
//! (with a progress notice in between) before they join the library.
//!
//! A cache, not state: it holds nothing that cannot be computed again from the texts.

use crate::library::id_for;
use parallax_engine::{analyze_article, ArticleAnalysis};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<ArticleAnalysis>>> = RefCell::new(HashMap::new());
}

/// The key of an article: its file name and a hash of its text (a name alone could be reused).
fn key(file: &str, text: &str) -> String {
    format!("{file}\u{0}{}", id_for(text))
}

/// The analysis of one article, computed once.
pub fn article_analysis(file: &str, text: &str) -> Rc<ArticleAnalysis> {
    let key = key(file, text);
    if let Some(found) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return found;
    }
    let analysis = Rc::new(analyze_article(file, text));
    CACHE.with(|c| c.borrow_mut().insert(key, analysis.clone()));
    analysis
}

/// Keep only the analyses of these articles `(file, text)`: a removed article's goes.
pub fn keep_only(inputs: &[(&str, &str)]) {
    let keys: Vec<String> = inputs.iter().map(|(f, t)| key(f, t)).collect();
    CACHE.with(|c| c.borrow_mut().retain(|k, _| keys.contains(k)));
}
