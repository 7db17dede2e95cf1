//! The corpora made of the reader's library from the worker's analyses (and their views),
//! kept by the articles they are of, so that the corpus of a library already analysed is
//! there at once: after adding articles, or on undoing a removal.
//!
//! A corpus is built here a step per task (`keep_in_steps`), never in a render: the page's
//! new render after the worker's last message only names the reader's articles in it
//! (`Corpus::with_own`).
//!
//! A library's corpus may come twice from one job: its articles first, without the pairs the
//! worker still aligns (`Reply::Done::pairing`), then whole. The whole one is never replaced
//! by the first, whichever is built last.
//!
//! A cache, not state: it holds nothing that the worker cannot compute again from the texts.

use crate::corpus::{Corpus, CorpusSteps};
use parallax_engine::{Analysis, Views};
use std::cell::RefCell;
use std::rc::Rc;

/// How many libraries' corpora are kept (the last few: before and after an add or a removal).
const KEPT: usize = 4;

/// A library's key: its articles' file names, in order. A reader's article is named by its
/// text's hash (`OwnArticle::file`, `library::id_for`) and a bundled one's text is compiled
/// in, so the names say which texts were analysed, and no text is read again to say it.
type Key = Vec<String>;

/// A corpus kept, and whether it is whole (its translations paired) or lists the articles
/// while they are.
struct Kept {
    key: Key,
    corpus: Rc<Corpus>,
    whole: bool,
}

thread_local! {
    static KEPT_CORPORA: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

fn key<F: AsRef<str>, T>(inputs: &[(F, T)]) -> Key {
    inputs
        .iter()
        .map(|(file, _)| file.as_ref().to_string())
        .collect()
}

fn texts<F, T: AsRef<str>>(inputs: &[(F, T)]) -> Vec<Rc<str>> {
    inputs
        .iter()
        .map(|(_, text)| Rc::from(text.as_ref()))
        .collect()
}

/// Keep the corpus of these articles `(file, text)`, built at once from the worker's
/// analysis of them and its views.
pub fn keep<F: AsRef<str>, T: AsRef<str>>(inputs: &[(F, T)], analysis: Analysis, views: Views) {
    let corpus = Corpus::of(Rc::new(analysis), Rc::new(views), texts(inputs));
    store(key(inputs), corpus, true);
}

/// [`keep`], one step per task (`CorpusSteps`): a long library's corpus, built in one go,
/// would hold the page's thread for a long task. `whole`: false for the articles listed
/// while their translations are looked for (kept unless the whole corpus is already there).
pub async fn keep_in_steps(
    inputs: &[(String, String)],
    analysis: Analysis,
    views: Views,
    whole: bool,
) {
    let mut steps = CorpusSteps::new(Rc::new(analysis), Rc::new(views), texts(inputs));
    if !whole {
        steps = steps.without_guessed_pairs();
    }
    while steps.step() {
        crate::dom::next_task().await;
    }
    store(key(inputs), steps.finish(), whole);
}

fn store(key: Key, corpus: Corpus, whole: bool) {
    KEPT_CORPORA.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.iter().any(|k| k.key == key && k.whole && !whole) {
            return;
        }
        kept.retain(|k| k.key != key);
        let corpus = Rc::new(corpus);
        kept.push(Kept { key, corpus, whole });
        if kept.len() > KEPT {
            kept.remove(0);
        }
    });
}

/// The corpus of the articles with these file names, in order, if it was kept.
pub fn corpus_of(files: &[String]) -> Option<Rc<Corpus>> {
    KEPT_CORPORA.with(|kept| {
        kept.borrow()
            .iter()
            .find(|k| k.key.as_slice() == files)
            .map(|k| k.corpus.clone())
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
    fn a_corpus_is_found_by_its_articles_and_only_the_last_few_stay() {
        let files = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        keep(&[("a.txt", "A.")], empty(), Views::default());
        assert!(corpus_of(&files(&["a.txt"])).is_some());
        assert!(corpus_of(&files(&["b.txt"])).is_none(), "another article");
        assert!(
            corpus_of(&files(&["a.txt", "b.txt"])).is_none(),
            "another library"
        );
        for n in 0..KEPT {
            keep(&[(format!("{n}.txt"), "A.")], empty(), Views::default());
        }
        assert!(corpus_of(&files(&["a.txt"])).is_none(), "the oldest went");
    }

    #[test]
    fn the_articles_listed_first_never_replace_the_whole_corpus() {
        let inputs = [("listed.txt".to_string(), "A.".to_string())];
        // Told apart by the name their one article was analysed under.
        let analysed_as = |file: &str| {
            let mut analysis = empty();
            analysis.articles = vec![parallax_engine::analyze_article(file, "A.")];
            Corpus::of(Rc::new(analysis), Rc::default(), texts(&inputs))
        };
        let kept = || corpus_of(&key(&inputs)).map(|c| c.analysis.articles[0].file.clone());
        store(key(&inputs), analysed_as("listed"), false);
        assert_eq!(kept().as_deref(), Some("listed"));
        store(key(&inputs), analysed_as("whole"), true);
        store(key(&inputs), analysed_as("listed late"), false);
        assert_eq!(kept().as_deref(), Some("whole"), "the whole one stays");
        store(key(&inputs), analysed_as("whole again"), true);
        assert_eq!(kept().as_deref(), Some("whole again"));
    }
}
