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
//! A corpus the cache gives up (replaced by the whole one, or the oldest of those kept) is
//! freed in steps too (`Retired`), once the page has let go of it: a corpus of long articles
//! is hundreds of thousands of allocations, and freeing them at once, in the render that
//! drops the last reference, was the page's longest task (~100 ms for ten 1 MB articles).
//!
//! A cache, not state: it holds nothing that the worker cannot compute again from the texts.

use crate::claim_views::ClaimViews;
use crate::corpus::{ArticleView, Corpus, CorpusSteps};
use parallax_engine::{Analysis, Views};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// How many libraries' corpora are kept (the last few: before and after an add or a removal).
const KEPT: usize = 4;

/// How often a corpus given up is looked at until the page lets go of it (the render that
/// shows the corpus replacing it, right after it is kept)...
const LET_GO_POLL: Duration = Duration::from_millis(100);
/// ... and how many times, before its freeing is left to whoever holds it last.
const LET_GO_POLLS: u32 = 50;

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
    drop(store(key(inputs), corpus, true));
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
    let retired = store(key(inputs), steps.finish(), whole);
    yew::platform::spawn_local(retired.free_in_steps());
}

/// Keep `corpus` under `key`; what the cache gives up for it (or it, when a whole corpus of
/// these articles is there already) is returned.
fn store(key: Key, corpus: Corpus, whole: bool) -> Retired {
    let corpus = Rc::new(corpus);
    KEPT_CORPORA.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.iter().any(|k| k.key == key && k.whole && !whole) {
            return Retired(vec![corpus]);
        }
        let (replaced, mut stay): (Vec<Kept>, Vec<Kept>) =
            kept.drain(..).partition(|k| k.key == key);
        stay.push(Kept { key, corpus, whole });
        let evicted = stay.len().saturating_sub(KEPT);
        let given_up = replaced.into_iter().chain(stay.drain(..evicted));
        let retired = Retired(given_up.map(|k| k.corpus).collect());
        *kept = stay;
        retired
    })
}

/// Corpora the cache gave up. Dropped, they are freed at once; [`Retired::free_in_steps`]
/// frees them a piece per task.
#[must_use]
pub struct Retired(Vec<Rc<Corpus>>);

impl Retired {
    /// Free each corpus a piece per task once the page holds none of it (its last render of
    /// it is over); one it still holds after [`LET_GO_POLLS`] looks is left to it.
    pub async fn free_in_steps(self) {
        for mut corpus in self.0 {
            for _ in 0..LET_GO_POLLS {
                if !held_elsewhere(&mut corpus) {
                    break;
                }
                yew::platform::time::sleep(LET_GO_POLL).await;
            }
            while free_a_piece(&mut corpus) {
                crate::dom::next_task().await;
            }
        }
    }
}

/// Whether something besides `corpus` holds its analysis or what the UI derived from it.
fn held_elsewhere(corpus: &mut Rc<Corpus>) -> bool {
    Rc::get_mut(corpus).is_none_or(|c| {
        Rc::strong_count(&c.analysis) > 1
            || Rc::strong_count(&c.views) > 1
            || Rc::strong_count(&c.pairs) > 1
            || Rc::strong_count(&c.claims) > 1
    })
}

/// Free one piece of a corpus nothing else holds: an article's view, an article's analysis,
/// an alignment, a pair's rows, then the claims' views; `false` when none is left (or it is
/// held elsewhere: whoever lets go of it last frees the rest).
fn free_a_piece(corpus: &mut Rc<Corpus>) -> bool {
    if held_elsewhere(corpus) {
        return false;
    }
    let Some(corpus) = Rc::get_mut(corpus) else {
        return false;
    };
    if let Some(views) = Rc::get_mut(&mut corpus.views) {
        let filled = |v: &&mut ArticleView| !(v.segments.is_empty() && v.blocks.is_empty());
        if let Some(view) = views.iter_mut().find(filled) {
            (view.segments, view.blocks, view.claims) = Default::default();
            return true;
        }
    }
    if let Some(analysis) = Rc::get_mut(&mut corpus.analysis) {
        if analysis.articles.pop().is_some() || analysis.alignments.pop().is_some() {
            return true;
        }
    }
    if let Some(pairs) = Rc::get_mut(&mut corpus.pairs) {
        if let Some(pair) = pairs.iter_mut().find(|p| !p.rows.is_empty()) {
            (pair.rows, pair.notes) = Default::default();
            return true;
        }
    }
    if !corpus.claims.views().claims.is_empty() || !corpus.claims.board.lines.is_empty() {
        corpus.claims = Rc::new(ClaimViews::of(Rc::default()));
        return true;
    }
    false
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
            keep(&[(cat!(n, ".txt"), "A.")], empty(), Views::default());
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
        drop(store(key(&inputs), analysed_as("listed"), false));
        assert_eq!(kept().as_deref(), Some("listed"));
        drop(store(key(&inputs), analysed_as("whole"), true));
        let late = store(key(&inputs), analysed_as("listed late"), false);
        assert_eq!(late.0.len(), 1, "given up at once");
        assert_eq!(kept().as_deref(), Some("whole"), "the whole one stays");
        let replaced = store(key(&inputs), analysed_as("whole again"), true);
        let files = |r: &Retired| -> Vec<String> {
            r.0.iter()
                .map(|c| c.analysis.articles[0].file.clone())
                .collect()
        };
        assert_eq!(files(&replaced), ["whole"], "the corpus it replaces");
        assert_eq!(kept().as_deref(), Some("whole again"));
    }

    #[test]
    fn a_corpus_given_up_is_freed_piece_by_piece_once_nothing_else_holds_it() {
        let inputs = [
            (
                "a.txt".to_string(),
                "Pékin accuse Washington.\n\nLe ministère a démenti.".to_string(),
            ),
            (
                "b.txt".to_string(),
                "Beijing accuses Washington.\n\nThe ministry denied it.".to_string(),
            ),
        ];
        let pairs: Vec<(&str, &str)> = inputs
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        let analysis = parallax_engine::analyze_corpus(&pairs);
        let mut corpus = Rc::new(Corpus::of(Rc::new(analysis), Rc::default(), texts(&inputs)));
        let shown = Corpus::clone(&corpus);
        assert!(held_elsewhere(&mut corpus), "a clone shares its parts");
        assert!(!free_a_piece(&mut corpus), "nothing freed while shared");
        assert_eq!(corpus.analysis.articles.len(), 2);
        drop(shown);
        assert!(!held_elsewhere(&mut corpus));
        let mut pieces = 0;
        while free_a_piece(&mut corpus) {
            pieces += 1;
        }
        // Two views, two articles and the claims' views, at least.
        assert!(pieces >= 5, "{pieces} pieces");
        assert!(corpus.analysis.articles.is_empty() && corpus.analysis.alignments.is_empty());
        assert!(corpus
            .views
            .iter()
            .all(|v| v.segments.is_empty() && v.blocks.is_empty()));
    }
}
