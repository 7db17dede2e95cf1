//! Parallax's engine behind a message protocol, for a web worker.
//!
//! The app posts a [`Request`]: every article of the reader's library, `(file, text)`, as a
//! head and then a message per article ([`request`]), each encoded in a task of its own. The
//! [`Jobs`] analyse each article not seen before (an [`Reply::Analysing`] message each); when
//! candidate pairs are left to compare, they post a first [`Reply::Done`] (`pairing`) with
//! the articles and the pairs known so far, so that the app lists the articles at once; then
//! they align each candidate pair not aligned before (a [`Reply::Comparing`] message each),
//! link the whole and post the last [`Reply::Done`] with the analysis and its views
//! (`views_of`). Messages travel
//! as bytes ([`encode`], [`decode`]: postcard, serde's data model in a compact binary form), so
//! that the app's wasm carries no JSON reader or writer.
//!
//! The worker binary (`main.rs`) runs these jobs off the page's thread; the app's browser
//! tests run the very same jobs in their own thread. The app links none of this: only the
//! protocol types.
#![deny(missing_docs)]

pub mod export;
pub mod request;
pub mod wire;

use parallax_engine::{
    align_if_translation_with, analyze_article, candidate_pairs, link_with, views_of,
    AlignFeatures, Alignment, Analysis, ArticleAnalysis, Views,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// What the app asks: the analysis of these articles, linked as a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The app's number for this job, repeated in every reply about it.
    pub job: u32,
    /// `(file name, text)` of every article, in library order.
    pub articles: Vec<(String, String)>,
    /// A file to write from the result instead of sending it (then the one reply is
    /// [`Reply::Exported`]).
    #[serde(default)]
    pub export: Option<export::Export>,
}

/// What the worker says. Externally tagged: on the wire, a message starts with its variant's
/// index (postcard), so the order of the variants is part of the protocol (the end-to-end tests
/// recognise [`Reply::Linked`] by its first byte, [`LINKED_TAG`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// The worker has loaded and takes requests.
    Ready,
    /// Article `n` (from 0) of the `of` new ones is being analysed.
    Analysing {
        /// The job.
        job: u32,
        /// Its file name.
        file: String,
        /// How many new articles came before it.
        n: usize,
        /// How many new articles the job analyses.
        of: usize,
    },
    /// Candidate pair `n` (from 0) of `of` is being compared and, if a translation, aligned.
    Comparing {
        /// The job.
        job: u32,
        /// The French article's file name.
        fr: String,
        /// The English article's file name.
        en: String,
        /// How many pairs came before it.
        n: usize,
        /// How many pairs the job compares.
        of: usize,
    },
    /// A part of one linked article of the job's result, sent before
    /// [`Reply::Linked`] so that the page reads a part of an article per task, not the whole
    /// result in one, and lean (see [`Jobs::run_request`], [`wire`] and [`Assembler`]).
    Article {
        /// The job.
        job: u32,
        /// Its place among the request's articles.
        index: usize,
        /// A part of its analysis, linked with the others, in its wire form.
        article: wire::WireArticle,
    },
    /// One alignment of the job's result, or a part of one (its next links), after its
    /// articles, lean.
    Aligned {
        /// The job.
        job: u32,
        /// The alignment in its wire form.
        alignment: wire::LeanAlignment,
    },
    /// The end of the job's result, after its articles and alignments: the views, lean. The
    /// [`Assembler`] turns it into [`Reply::Done`].
    Linked {
        /// The job.
        job: u32,
        /// The views' wire form.
        views: wire::LeanViews,
        /// Whether translations are still looked for (see [`Reply::Done`]).
        pairing: bool,
    },
    /// The file a request's export asked for.
    Exported {
        /// The job.
        job: u32,
        /// The file's content.
        content: String,
    },
    /// The worker could not do what was asked (a message it cannot read, a failure to load).
    Failed {
        /// What went wrong, for the reader.
        message: String,
    },
    /// A part of the long lists of the job's result's views (the claims across languages,
    /// the board's dated claims and entity facts), in order, after its articles and
    /// alignments and before [`Reply::Linked`]: a long result's lists are put back a part per
    /// task.
    Views {
        /// The job.
        job: u32,
        /// The part, in its wire form.
        part: wire::ViewsPart,
    },
    /// The job's result: the linked analysis of the articles, in request order, and what the
    /// views show beyond it, derived here so that the page's thread only renders. It never
    /// travels whole: between the worker and the page it is one [`Reply::Article`] per
    /// article, one [`Reply::Aligned`] per alignment and then a [`Reply::Linked`], which the
    /// page's [`Assembler`] turns into this. Skipped by serde (and last, so that it shifts no
    /// other variant's index), the page's wasm links no reader of a whole analysis.
    #[serde(skip)]
    Done {
        /// The job.
        job: u32,
        /// The analysis.
        analysis: Analysis,
        /// Claims across languages, display names, titles, the knowledge base's entries.
        views: Views,
        /// Whether translations are still looked for: then this result lists the articles
        /// with only the pairs aligned in earlier jobs, and the job's complete result follows.
        pairing: bool,
    },
}

/// The first byte of a [`Reply::Linked`] in its wire form: its variant's index.
pub const LINKED_TAG: u8 = 5;

/// A message in its wire form (postcard). Writing plain data into a growing buffer does not
/// fail; were it to, the message would be empty and its reader would say it cannot read it.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).unwrap_or_default()
}

/// A message read back from its wire form, or why it cannot be.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| e.to_string())
}

impl Reply {
    /// The job a reply is about, if any.
    pub fn job(&self) -> Option<u32> {
        match self {
            Reply::Analysing { job, .. }
            | Reply::Comparing { job, .. }
            | Reply::Article { job, .. }
            | Reply::Aligned { job, .. }
            | Reply::Linked { job, .. }
            | Reply::Views { job, .. }
            | Reply::Done { job, .. }
            | Reply::Exported { job, .. } => Some(*job),
            Reply::Ready | Reply::Failed { .. } => None,
        }
    }
}

/// An article's key: its file name and a hash of its text (a name alone could be reused).
type Key = (String, u64);

fn key(file: &str, text: &str) -> Key {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    (file.to_string(), hasher.finish())
}

/// The analyses and alignments done so far, so that a job does only what is new. A cache:
/// what is no longer among a job's articles is dropped.
#[derive(Default)]
pub struct Jobs {
    articles: HashMap<Key, Rc<ArticleAnalysis>>,
    alignments: HashMap<(Key, Key), Option<Alignment>>,
    /// The aligner's features of the articles compared so far (an article is in several
    /// candidate pairs).
    features: HashMap<Key, AlignFeatures>,
    /// The requests whose articles are still coming, a message each.
    inbox: request::Inbox,
}

impl Jobs {
    /// Run a request, posting progress and then the result through `post`: a first result
    /// without the pairs still to compare (`pairing`) if there are any, then the whole.
    pub fn run(&mut self, request: &Request, post: impl FnMut(Reply)) {
        self.run_listing(request, true, post);
    }

    /// [`Jobs::run`], with the first result (`list_first`) or only the whole.
    fn run_listing(&mut self, request: &Request, list_first: bool, mut post: impl FnMut(Reply)) {
        let job = request.job;
        let keys: Vec<Key> = request.articles.iter().map(|(f, t)| key(f, t)).collect();
        let new: Vec<usize> = (0..keys.len())
            .filter(|&i| !self.articles.contains_key(&keys[i]))
            .collect();
        for (n, &i) in new.iter().enumerate() {
            let (file, text) = &request.articles[i];
            post(Reply::Analysing {
                job,
                file: file.clone(),
                n,
                of: new.len(),
            });
            let analysis = Rc::new(analyze_article(file, text));
            self.articles.insert(keys[i].clone(), analysis);
        }
        let analyses: Vec<Rc<ArticleAnalysis>> =
            keys.iter().map(|k| self.articles[k].clone()).collect();
        let candidates = candidate_pairs(&analyses);
        let pair_key = |(s, t): (usize, usize)| (keys[s].clone(), keys[t].clone());
        let pairs: Vec<(Key, Key)> = candidates.iter().map(|&p| pair_key(p)).collect();
        let pending: Vec<(usize, usize)> = candidates
            .into_iter()
            .filter(|&p| !self.alignments.contains_key(&pair_key(p)))
            .collect();
        if list_first && !pending.is_empty() {
            // Aligning megabytes takes seconds a pair: the articles are listed first.
            post(self.result(job, &analyses, &pairs, true));
        }
        for (n, &(s, t)) in pending.iter().enumerate() {
            post(Reply::Comparing {
                job,
                fr: analyses[s].file.clone(),
                en: analyses[t].file.clone(),
                n,
                of: pending.len(),
            });
            for k in [s, t] {
                self.features
                    .entry(keys[k].clone())
                    .or_insert_with(|| AlignFeatures::of(&analyses[k]));
            }
            let found = align_if_translation_with(
                (&analyses[s], &self.features[&keys[s]]),
                (&analyses[t], &self.features[&keys[t]]),
            );
            self.alignments.insert(pair_key((s, t)), found);
        }
        self.articles.retain(|k, _| keys.contains(k));
        self.features.retain(|k, _| keys.contains(k));
        self.alignments
            .retain(|(s, t), _| keys.contains(s) && keys.contains(t));
        post(self.result(job, &analyses, &pairs, false));
    }

    /// The job's result: its articles linked by the alignments known of these candidate
    /// pairs, and the views.
    fn result(
        &self,
        job: u32,
        analyses: &[Rc<ArticleAnalysis>],
        pairs: &[(Key, Key)],
        pairing: bool,
    ) -> Reply {
        let alignments: Vec<Alignment> = pairs
            .iter()
            .filter_map(|pair| self.alignments.get(pair).cloned().flatten())
            .collect();
        // Linking edits analyses (years and ids shared across a pair): it gets copies.
        let articles = analyses.iter().map(|a| a.as_ref().clone()).collect();
        let analysis = link_with(articles, alignments);
        Reply::Done {
            job,
            views: views_of(&analysis),
            analysis,
            pairing,
        }
    }

    /// Hear one message of a request in its wire form ([`request::Outgoing`]: a head, then
    /// one per article); the one that completes a request runs it ([`Jobs::run_request`]).
    /// Each reply is posted in its wire form.
    pub fn hear_message(&mut self, message: &[u8], mut post: impl FnMut(Vec<u8>)) {
        match self.inbox.hear(message) {
            Ok(Some(request)) => self.run_request(&request, post),
            Ok(None) => {}
            Err(e) => post(encode(&Reply::Failed {
                message: format!("the worker could not read a request: {e}"),
            })),
        }
    }

    /// Run a request, posting each reply in its wire form; the result goes as
    /// [`Reply::Article`]s (an article's parts), one [`Reply::Aligned`] per alignment,
    /// [`Reply::Views`] (the views' long lists, in parts), then a [`Reply::Linked`] (an
    /// [`Assembler`] puts them together again, given the texts).
    pub fn run_request(&mut self, request: &Request, mut post: impl FnMut(Vec<u8>)) {
        let mut post_one = |reply: &Reply| post(encode(reply));
        let texts: Vec<&str> = request.articles.iter().map(|(_, t)| t.as_str()).collect();
        let Some(export) = &request.export else {
            return self.run(request, |reply| match reply {
                Reply::Done {
                    job,
                    analysis,
                    views,
                    pairing,
                } => send_result(job, (analysis, views, pairing), &texts, &mut post_one),
                reply => post_one(&reply),
            });
        };
        let job = request.job;
        let plain = Request {
            job,
            articles: request.articles.clone(),
            export: None,
        };
        // Progress is not shown for an export, nor the articles listed first: only its file
        // is sent.
        self.run_listing(&plain, false, |reply| {
            if let Reply::Done {
                analysis, views, ..
            } = reply
            {
                let content = export::write(&analysis, &views, &texts, export);
                post_one(&Reply::Exported { job, content });
            }
        });
    }
}

/// A result as [`Jobs::run_request`] sends it: lean [`Reply::Article`]s, a few per article,
/// one [`Reply::Aligned`] per alignment, the views' long lists in [`Reply::Views`] parts,
/// then a [`Reply::Linked`] (`texts` are the request's, in order).
fn send_result(
    job: u32,
    (mut analysis, views, pairing): (Analysis, Views, bool),
    texts: &[&str],
    post_one: &mut impl FnMut(&Reply),
) {
    let (parts, views) = wire::views_to_wire(views, &analysis);
    for (index, article) in std::mem::take(&mut analysis.articles)
        .into_iter()
        .enumerate()
    {
        let text = texts.get(index).copied().unwrap_or_default();
        for part in wire::article_to_wire(article, text) {
            post_one(&Reply::Article {
                job,
                index,
                article: part,
            });
        }
    }
    for alignment in analysis.alignments {
        for alignment in wire::alignment_to_wire(alignment) {
            post_one(&Reply::Aligned { job, alignment });
        }
    }
    for part in parts {
        post_one(&Reply::Views { job, part });
    }
    post_one(&Reply::Linked {
        job,
        views,
        pairing,
    });
}

/// A job's result as the worker sends it ([`Reply::Article`]s, [`Reply::Aligned`]s, then
/// [`Reply::Linked`]): what the app's build bundles for its seeds, read by an [`Assembler`]
/// like the worker's (`texts` are the articles', in order).
pub fn lean_result(job: u32, analysis: Analysis, views: Views, texts: &[&str]) -> Vec<Reply> {
    let mut replies = Vec::new();
    send_result(
        job,
        (analysis, views, false),
        texts,
        &mut |reply: &Reply| replies.push(reply.clone()),
    );
    replies
}

/// The page's side of [`Jobs::run_request`]: told the texts of the job it waits for
/// ([`Assembler::expect`]), it rebuilds each [`Reply::Article`] part and [`Reply::Views`]
/// part of that job from its wire form as it comes (each in the task that hears it), and
/// gives a [`Reply::Done`] back for each [`Reply::Linked`] (a first one while the job still
/// looks for translations, then the last); every other reply passes as it is, and a result
/// of another job is dropped.
#[derive(Debug, Default)]
pub struct Assembler {
    /// The job waited for and its articles' texts, in request order.
    texts: Option<(u32, Vec<String>)>,
    /// That job's articles rebuilt so far, by index.
    articles: Vec<(usize, ArticleAnalysis)>,
    /// That job's alignments so far, in order.
    alignments: Vec<Alignment>,
    /// The analysis, once its articles and alignments have all come (the views' long lists
    /// come after them; the claims across languages are rebuilt from it).
    analysis: Option<Analysis>,
    /// That job's views' long lists rebuilt so far, in order.
    parts: wire::PartsHeard,
}

impl Assembler {
    /// Wait for the result of `job`, whose articles have these texts (in request order).
    pub fn expect(&mut self, job: u32, texts: Vec<String>) {
        self.texts = Some((job, texts));
        self.clear();
    }

    fn clear(&mut self) {
        self.articles.clear();
        self.alignments.clear();
        self.analysis = None;
        self.parts = wire::PartsHeard::default();
    }

    /// The texts of `job`, if it is the one waited for.
    fn texts_of(&self, job: u32) -> Option<&[String]> {
        match &self.texts {
            Some((expected, texts)) if *expected == job => Some(texts),
            _ => None,
        }
    }

    /// The analysis of the articles and alignments heard so far (all of them, once the
    /// views' long lists or the end of the result come).
    fn analysis(&mut self) -> &Analysis {
        let (articles, alignments) = (&mut self.articles, &mut self.alignments);
        self.analysis.get_or_insert_with(|| {
            let mut kept = std::mem::take(articles);
            parallax_engine::order::sort_by_key(&mut kept, |(index, _)| *index);
            Analysis {
                articles: kept.into_iter().map(|(_, a)| a).collect(),
                alignments: std::mem::take(alignments),
            }
        })
    }

    /// Hear a reply: `None` while a result's parts arrive (or for a result not waited for),
    /// else the reply (a result whole).
    pub fn hear(&mut self, reply: Reply) -> Option<Reply> {
        match reply {
            Reply::Article {
                job,
                index,
                article,
            } => {
                let Some((expected, texts)) = &self.texts else {
                    return None;
                };
                let text = texts.get(index).filter(|_| *expected == job)?;
                let started = self.articles.iter_mut().rev().find(|(i, _)| *i == index);
                let started = started.map(|(_, a)| a);
                if let Some(article) = wire::article_from_wire(article, text, started) {
                    self.articles.push((index, article));
                }
                None
            }
            Reply::Aligned { job, alignment } => {
                self.texts_of(job)?;
                wire::alignment_from_wire(alignment, &mut self.alignments);
                None
            }
            Reply::Views { job, part } => {
                self.texts_of(job)?;
                self.analysis();
                let analysis = self.analysis.as_ref()?;
                wire::part_from_wire(part, analysis, &mut self.parts);
                None
            }
            Reply::Linked {
                job,
                views,
                pairing,
            } => {
                self.texts_of(job)?;
                if !pairing {
                    // The job's last result: a later one would be of another job.
                    self.texts = None;
                }
                self.analysis();
                let analysis = self.analysis.take()?;
                let views = wire::views_from_wire(views, std::mem::take(&mut self.parts));
                self.clear();
                Some(Reply::Done {
                    job,
                    analysis,
                    views,
                    pairing,
                })
            }
            reply => Some(reply),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Pékin accuse Washington\n\nLe ministère chinois des Affaires étrangères a accusé mardi les États-Unis d'avoir piraté des universités chinoises.\n";
    const EN: &str = "Beijing accuses Washington\n\nThe Chinese Foreign Ministry on Tuesday accused the United States of hacking Chinese universities.\n";

    fn request(job: u32, articles: &[(&str, &str)]) -> Request {
        Request {
            job,
            articles: articles
                .iter()
                .map(|(f, t)| (f.to_string(), t.to_string()))
                .collect(),
            export: None,
        }
    }

    #[test]
    fn a_job_reports_each_new_article_and_pair_then_gives_the_corpus_analysis() {
        let mut jobs = Jobs::default();
        let inputs = [("a.txt", FR), ("b.txt", EN)];
        let mut replies = Vec::new();
        jobs.run(&request(1, &inputs), |r| replies.push(r));
        let kinds: Vec<&str> = replies
            .iter()
            .map(|r| match r {
                Reply::Analysing { .. } => "analysing",
                Reply::Comparing { .. } => "comparing",
                Reply::Done { pairing: true, .. } => "listed",
                Reply::Done { .. } => "done",
                _ => "other",
            })
            .collect();
        assert_eq!(
            kinds,
            ["analysing", "analysing", "listed", "comparing", "done"]
        );
        assert!(replies.iter().all(|r| r.job() == Some(1)));
        let Some(Reply::Done { analysis, .. }) = replies.last() else {
            panic!("a result");
        };
        let now = parallax_engine::analyze_corpus(&inputs);
        assert_eq!(
            serde_json::to_string(analysis).unwrap(),
            serde_json::to_string(&now).unwrap(),
            "the same as the engine's analysis of the corpus in one go"
        );
        let Reply::Done { analysis, .. } = &replies[2] else {
            panic!("a first result");
        };
        assert_eq!(analysis.articles.len(), 2, "both articles, listed");
        assert!(
            analysis.alignments.is_empty(),
            "before their pair is aligned"
        );
    }

    #[test]
    fn the_articles_are_listed_first_with_the_pairs_known_so_far() {
        let mut jobs = Jobs::default();
        jobs.run(&request(1, &[("a.txt", FR), ("b.txt", EN)]), |_| {});
        let other = "Moscou dément\n\nLe Kremlin a démenti jeudi toute implication dans l'attaque contre les serveurs finlandais.\n";
        let mut replies = Vec::new();
        let inputs = [("a.txt", FR), ("b.txt", EN), ("c.txt", other)];
        jobs.run(&request(2, &inputs), |r| replies.push(r));
        let results: Vec<(bool, usize)> = replies
            .iter()
            .filter_map(|r| match r {
                Reply::Done {
                    analysis, pairing, ..
                } => Some((*pairing, analysis.alignments.len())),
                _ => None,
            })
            .collect();
        assert_eq!(
            results,
            [(true, 1), (false, 1)],
            "a and b's pair, aligned in the first job, is listed with the new article"
        );
        let mut again = Vec::new();
        jobs.run(&request(3, &inputs), |r| again.push(r));
        assert!(
            matches!(again[..], [Reply::Done { pairing: false, .. }]),
            "nothing new to compare: one result, {again:?}"
        );
    }

    #[test]
    fn a_second_job_does_only_what_is_new() {
        let mut jobs = Jobs::default();
        jobs.run(&request(1, &[("a.txt", FR)]), |_| {});
        let mut replies = Vec::new();
        jobs.run(&request(2, &[("a.txt", FR), ("b.txt", EN)]), |r| {
            replies.push(r)
        });
        let analysing: Vec<&Reply> = replies
            .iter()
            .filter(|r| matches!(r, Reply::Analysing { .. }))
            .collect();
        assert_eq!(analysing.len(), 1, "{replies:?}");
        assert!(
            matches!(analysing[0], Reply::Analysing { file, n: 0, of: 1, .. } if file == "b.txt")
        );
    }

    #[test]
    fn messages_in_and_out_and_a_bad_request_is_a_failure_not_a_panic() {
        let mut jobs = Jobs::default();
        let mut out = Vec::new();
        jobs.hear_message(b"not a request", |m| out.push(m));
        let reply: Reply = decode(&out[0]).unwrap();
        assert!(matches!(reply, Reply::Failed { .. }));
        out.clear();
        jobs.run_request(&request(7, &[("a.txt", FR)]), |m| out.push(m));
        let last: Reply = decode(out.last().unwrap()).unwrap();
        assert!(matches!(last, Reply::Linked { job: 7, .. }));
        assert_eq!(
            out.last().unwrap()[0],
            LINKED_TAG,
            "the e2e tests look for it"
        );
    }

    #[test]
    fn a_whole_result_never_travels() {
        let done = Reply::Done {
            job: 3,
            analysis: parallax_engine::analyze_corpus(&[("a.txt", FR)]),
            views: parallax_engine::Views::default(),
            pairing: false,
        };
        assert!(postcard::to_allocvec(&done).is_err());
        let failed = Reply::Failed {
            message: "x".to_string(),
        };
        assert!(matches!(decode(&encode(&failed)), Ok(Reply::Failed { .. })));
        let nothing = Analysis {
            articles: Vec::new(),
            alignments: Vec::new(),
        };
        let linked = lean_result(3, nothing, Views::default(), &[]);
        assert_eq!(encode(&linked[0])[0], LINKED_TAG);
    }

    #[test]
    fn a_result_goes_in_parts_of_articles_and_comes_back_whole() {
        let inputs = [("a.txt", FR), ("b.txt", EN)];
        let mut messages = Vec::new();
        let mut jobs = Jobs::default();
        for message in request::messages(request(4, &inputs)) {
            jobs.hear_message(&message, |m| messages.push(m));
        }
        let articles = messages
            .iter()
            .filter(|m| matches!(decode(m), Ok(Reply::Article { .. })))
            .count();
        assert_eq!(
            articles, 12,
            "three messages per short article (head, mentions, claims), in each of the two results"
        );
        assert!(messages
            .iter()
            .any(|m| matches!(decode(m), Ok(Reply::Views { .. }))));
        let mut assembler = Assembler::default();
        assembler.expect(4, inputs.iter().map(|(_, t)| t.to_string()).collect());
        let heard: Vec<Reply> = messages
            .iter()
            .filter_map(|m| assembler.hear(decode(m).unwrap()))
            .collect();
        let Some(Reply::Done {
            analysis: listed,
            pairing: true,
            ..
        }) = heard.iter().find(|r| matches!(r, Reply::Done { .. }))
        else {
            panic!("the articles listed first: {heard:?}");
        };
        assert_eq!(listed.articles.len(), 2);
        let Some(Reply::Done {
            analysis,
            views,
            pairing: false,
            ..
        }) = heard.last()
        else {
            panic!("a result");
        };
        let now = parallax_engine::analyze_corpus(&inputs);
        assert_eq!(
            serde_json::to_string(analysis).unwrap(),
            serde_json::to_string(&now).unwrap()
        );
        assert_eq!(
            serde_json::to_string(views).unwrap(),
            serde_json::to_string(&views_of(&now)).unwrap(),
            "as JSON: the knowledge base's entries travel without their adjectives"
        );
        assert!(heard.iter().all(|r| !matches!(
            r,
            Reply::Article { .. } | Reply::Aligned { .. } | Reply::Linked { .. }
        )));
    }

    #[test]
    fn an_export_is_one_reply_with_its_file() {
        let mut asked = request(5, &[("a.txt", FR), ("b.txt", EN)]);
        asked.export = Some(export::Export {
            format: export::Format::ClaimsCsv,
            articles: vec![0, 1],
        });
        let mut out = Vec::new();
        let mut jobs = Jobs::default();
        for message in request::messages(asked) {
            jobs.hear_message(&message, |m| out.push(m));
        }
        assert_eq!(out.len(), 1, "{out:?}");
        let reply: Reply = decode(&out[0]).unwrap();
        let Reply::Exported { job: 5, content } = reply else {
            panic!("{reply:?}");
        };
        assert!(content.starts_with("event,event_title,"), "{content}");
    }
}
