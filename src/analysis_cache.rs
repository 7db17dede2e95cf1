//! The analyses (and their views) the worker made of the reader's library, with each
//! article's view derived from them, kept by the articles they are of (file names and text
//! hashes), so that the corpus of a library already analysed is built at once: after adding
//! articles, or on undoing a removal.
//!
//! A cache, not state: it holds nothing that the worker cannot compute again from the texts.

use crate::corpus::{view_of, ArticleView};
use crate::library::id_for;
use parallax_engine::{Analysis, Views};
use std::cell::RefCell;
use std::rc::Rc;

/// How many libraries' analyses are kept (the last few: before and after an add or a removal).
const KEPT: usize = 4;

/// A library's key: each article's file name and text hash, in order.
type Key = Vec<String>;

thread_local! {
    static KEPT_ANALYSES: RefCell<Vec<(Key, Analysed)>> = const { RefCell::new(Vec::new()) };
}

fn key<F: AsRef<str>, T: AsRef<str>>(inputs: &[(F, T)]) -> Key {
    inputs
        .iter()
        .map(|(file, text)| format!("{}\u{0}{}", file.as_ref(), id_for(text.as_ref())))
        .collect()
}

/// A library's analysis and its views, as the worker gave them.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// The linked analysis.
    pub analysis: Rc<Analysis>,
    /// What the views show beyond it.
    pub views: Rc<Views>,
    /// Each article's view (blocks, segments), parallel to the articles.
    pub articles: Rc<[ArticleView]>,
}

/// Keep the analysis of these articles `(file, text)` and its views, deriving each
/// article's view at once.
pub fn keep<F: AsRef<str>, T: AsRef<str>>(inputs: &[(F, T)], analysis: Analysis, views: Views) {
    let articles = analysis
        .articles
        .iter()
        .zip(inputs)
        .map(|(article, (_, text))| view_of(article, text.as_ref()))
        .collect();
    store(key(inputs), analysis, views, articles);
}

/// [`keep`], one article's view per task: the views of a long library, derived in one go,
/// would hold the page's thread for a long task.
pub async fn keep_in_steps(inputs: &[(String, String)], analysis: Analysis, views: Views) {
    let mut articles = Vec::with_capacity(analysis.articles.len());
    for (article, (_, text)) in analysis.articles.iter().zip(inputs) {
        articles.push(view_of(article, text));
        crate::dom::next_task().await;
    }
    store(key(inputs), analysis, views, articles.into());
}

fn store(key: Key, analysis: Analysis, views: Views, articles: Rc<[ArticleView]>) {
    let analysed = Analysed {
        analysis: Rc::new(analysis),
        views: Rc::new(views),
        articles,
    };
    KEPT_ANALYSES.with(|kept| {
        let mut kept = kept.borrow_mut();
        kept.retain(|(k, _)| *k != key);
        kept.push((key, analysed));
        if kept.len() > KEPT {
            kept.remove(0);
        }
    });
}

/// The analysis of these articles `(file, text)` and its views, if the worker made them.
pub fn analysis_of<F: AsRef<str>, T: AsRef<str>>(inputs: &[(F, T)]) -> Option<Analysed> {
    let key = key(inputs);
    KEPT_ANALYSES.with(|kept| {
        kept.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, analysis)| analysis.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Analysis {
        Analysis {
            articles: Vec::new(),
            alignments: Vec::new(),
        }
    }

    #[test]
    fn an_analysis_is_found_by_its_articles_and_texts_and_only_the_last_few_stay() {
        keep(&[("a.txt", "A.")], empty(), Views::default());
        assert!(analysis_of(&[("a.txt", "A.")]).is_some());
        assert!(analysis_of(&[("a.txt", "B.")]).is_none(), "another text");
        assert!(analysis_of(&[("b.txt", "A.")]).is_none(), "another name");
        for n in 0..KEPT {
            keep(&[(format!("{n}.txt"), "A.")], empty(), Views::default());
        }
        assert!(analysis_of(&[("a.txt", "A.")]).is_none(), "the oldest went");
    }
}
