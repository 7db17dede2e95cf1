//! The lean form a result travels in from the worker to the page: what the page can rebuild
//! cheaply is not sent.
//!
//! The page already has every article's text (it sent it), so sentences, mentions, claims and
//! cues travel as char offsets, not as copies of their text; an article's ids and parties go
//! once in a table, the mentions and claims pointing into it. A claim across languages whose
//! stance, parties and event are those its versions give it (`disputes::merge`, as
//! `views_of` made them) travels as its versions alone. Whatever does not fit that form (a
//! text that is not its span's, a claim merged otherwise) travels whole, so that the page's
//! rebuild is always exactly what the worker had.

use parallax_engine::align::{AlignedPair, Divergence};
use parallax_engine::claims::{Cue, Party};
use parallax_engine::disputes::{merge, ClaimRef, Names, TranslatedClaim};
use parallax_engine::entities::KbEntry;
use parallax_engine::text::CharCursor;
use parallax_engine::{
    Alignment, Analysis, ArticleAnalysis, Claim, Diagnostic, EntityType, Lang, Mention, Paragraph,
    Sentence, Span, Stance, Text, Views,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

mod read;
pub use read::{read_replies, read_reply};

/// One part of an article of a result. A lean article travels in three parts, each read in
/// a task of its own: its head and sentences, then its mentions, then its claims; an article
/// whose texts are not all its spans' travels whole, in one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireArticle {
    /// What the article is, its blocks and its sentences (offsets).
    Head(LeanHead),
    /// Its mentions (offsets), their ids once in a table.
    Mentions {
        /// The mentions' ids, each once.
        ids: Vec<String>,
        /// The mentions.
        entities: Vec<LeanMention>,
    },
    /// Its claims, their parties once in a table.
    Claims {
        /// The claims' parties, each once.
        parties: Vec<Party>,
        /// The claims.
        claims: Vec<LeanClaim>,
    },
    /// The analysis as it is.
    Whole(ArticleAnalysis),
}

/// A sentence: first char, one past the last, its paragraph.
type LeanSentence = (usize, usize, usize);
/// A mention: first char, one past the last, type, id (index into the article's `ids`).
type LeanMention = (usize, usize, EntityType, usize);
/// A claim: sentence, speaker and target (indexes into `parties`), stance, event, cue's span.
type LeanClaim = (
    usize,
    Option<usize>,
    Stance,
    Option<usize>,
    String,
    Option<(usize, usize)>,
);

/// An article's analysis but its mentions and claims, its sentences as offsets.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeanHead {
    file: String,
    lang: Lang,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    paragraphs: Vec<Paragraph>,
    diagnostics: Vec<Diagnostic>,
    char_len: usize,
    sentences: Vec<LeanSentence>,
}

/// A table of distinct values, each given the index of its first appearance.
struct Table<T> {
    index: HashMap<T, usize>,
    values: Vec<T>,
}

impl<T: Clone + Eq + std::hash::Hash> Table<T> {
    fn new() -> Self {
        Table {
            index: HashMap::new(),
            values: Vec::new(),
        }
    }

    fn of(&mut self, value: &T) -> usize {
        if let Some(&i) = self.index.get(value) {
            return i;
        }
        self.values.push(value.clone());
        self.index.insert(value.clone(), self.values.len() - 1);
        self.values.len() - 1
    }
}

/// Whether every text the analysis repeats is its span's (else the lean form would lose it).
fn texts_are_spans(article: &ArticleAnalysis, text: &Text) -> bool {
    let sentence_text = |s: usize| article.sentences.get(s).map(|s| s.text.as_str());
    article
        .sentences
        .iter()
        .all(|s| s.text == text.slice(s.span()))
        && article
            .entities
            .iter()
            .all(|m| m.text == text.slice(m.span()))
        && article.claims.iter().all(|c| {
            sentence_text(c.sentence) == Some(c.text.as_str())
                && c.cue
                    .as_ref()
                    .is_none_or(|cue| cue.text == text.slice(Span::new(cue.start, cue.end)))
        })
}

/// The parts an article travels in, given its text.
pub fn article_to_wire(article: ArticleAnalysis, raw: &str) -> Vec<WireArticle> {
    if !texts_are_spans(&article, &Text::new(raw)) {
        return vec![WireArticle::Whole(article)];
    }
    let mut ids = Table::new();
    let entities = article
        .entities
        .iter()
        .map(|m| (m.start, m.end, m.kind, ids.of(&m.id)))
        .collect();
    let mut parties = Table::new();
    let mut party = |p: &Party| parties.of(&(p.id.clone(), p.name.clone()));
    let claims = article
        .claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.as_ref().map(&mut party);
            let target = c.target.as_ref().map(&mut party);
            let cue = c.cue.as_ref().map(|cue| (cue.start, cue.end));
            (c.sentence, speaker, c.stance, target, c.about.clone(), cue)
        })
        .collect();
    let head = LeanHead {
        sentences: article
            .sentences
            .iter()
            .map(|s| (s.start, s.end, s.paragraph))
            .collect(),
        file: article.file,
        lang: article.lang,
        title: article.title,
        date: article.date,
        source: article.source,
        paragraphs: article.paragraphs,
        diagnostics: article.diagnostics,
        char_len: article.char_len,
    };
    let parties = parties.values.into_iter();
    vec![
        WireArticle::Head(head),
        WireArticle::Mentions {
            ids: ids.values,
            entities,
        },
        WireArticle::Claims {
            parties: parties.map(|(id, name)| Party { id, name }).collect(),
            claims,
        },
    ]
}

/// Put an article's part back, given the article's text: a head or a whole article starts
/// the article (returned); mentions and claims fill in `article`, the one their head started.
pub fn article_from_wire(
    part: WireArticle,
    raw: &str,
    article: Option<&mut ArticleAnalysis>,
) -> Option<ArticleAnalysis> {
    // Spans come nearly in text order (sentences, then mentions by start, then cues): a
    // cursor steps to each, where a `Text` would index every char of a long text first, for
    // each of the article's three parts.
    let mut cursor = CharCursor::new(raw);
    let mut slice = |start: usize, end: usize| cursor.slice(Span::new(start, end)).to_string();
    match (part, article) {
        (WireArticle::Whole(article), _) => Some(article),
        (WireArticle::Head(head), _) => Some(head_from_wire(head, slice)),
        (WireArticle::Mentions { ids, entities }, Some(article)) => {
            article.entities = entities
                .into_iter()
                .map(|(start, end, kind, id)| Mention {
                    start,
                    end,
                    text: slice(start, end),
                    kind,
                    id: ids.get(id).cloned().unwrap_or_default(),
                })
                .collect();
            None
        }
        (WireArticle::Claims { parties, claims }, Some(article)) => {
            let party = |i: Option<usize>| i.and_then(|i| parties.get(i).cloned());
            let sentences = &article.sentences;
            let claims = claims
                .into_iter()
                .map(|(sentence, speaker, stance, target, about, cue)| Claim {
                    sentence,
                    text: sentences
                        .get(sentence)
                        .map(|s| s.text.clone())
                        .unwrap_or_default(),
                    speaker: party(speaker),
                    stance,
                    target: party(target),
                    about,
                    cue: cue.map(|(start, end)| Cue {
                        start,
                        end,
                        text: slice(start, end),
                    }),
                })
                .collect();
            article.claims = claims;
            None
        }
        (WireArticle::Mentions { .. } | WireArticle::Claims { .. }, None) => None,
    }
}

/// An article from its head, its sentences' texts cut by `slice`; no mentions or claims yet.
fn head_from_wire(
    head: LeanHead,
    mut slice: impl FnMut(usize, usize) -> String,
) -> ArticleAnalysis {
    let sentences = head
        .sentences
        .iter()
        .map(|&(start, end, paragraph)| Sentence {
            start,
            end,
            text: slice(start, end),
            paragraph,
        })
        .collect();
    ArticleAnalysis {
        file: head.file,
        lang: head.lang,
        title: head.title,
        date: head.date,
        source: head.source,
        paragraphs: head.paragraphs,
        sentences,
        entities: Vec::new(),
        claims: Vec::new(),
        diagnostics: head.diagnostics,
        char_len: head.char_len,
    }
}

/// The views without what the page's articles give again: each claim across languages that
/// `merge` makes of its versions travels as those versions; `odd` holds the others whole.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LeanViews {
    claims: Vec<Vec<ClaimRef>>,
    odd: Vec<(usize, TranslatedClaim)>,
    answered: BTreeMap<usize, usize>,
    names: BTreeMap<String, Names>,
    titles: BTreeMap<String, Names>,
    known: BTreeMap<String, KbEntry>,
}

/// Whether a claim's versions are all in the analysis (`merge` would index past it else).
fn versions_in(analysis: &Analysis, versions: &[ClaimRef]) -> bool {
    !versions.is_empty()
        && versions.iter().all(|&(a, c)| {
            analysis
                .articles
                .get(a)
                .is_some_and(|article| c < article.claims.len())
        })
}

/// The views' wire form; `analysis` is the one they were made of.
pub fn views_to_wire(views: Views, analysis: &Analysis) -> LeanViews {
    let mut odd = Vec::new();
    let mut claims = Vec::with_capacity(views.claims.len());
    for (i, claim) in views.claims.into_iter().enumerate() {
        let merged = versions_in(analysis, &claim.versions)
            && merge(analysis, claim.versions.clone()) == claim;
        if merged {
            claims.push(claim.versions);
        } else {
            claims.push(Vec::new());
            odd.push((i, claim));
        }
    }
    LeanViews {
        claims,
        odd,
        answered: views.answered,
        names: views.names,
        titles: views.titles,
        known: views.known,
    }
}

/// The views back from their wire form, given the analysis rebuilt from the articles.
pub fn views_from_wire(wire: LeanViews, analysis: &Analysis) -> Views {
    let mut odd: HashMap<usize, TranslatedClaim> = wire.odd.into_iter().collect();
    let claims = wire
        .claims
        .into_iter()
        .enumerate()
        .filter_map(|(i, versions)| match odd.remove(&i) {
            Some(claim) => Some(claim),
            None if versions_in(analysis, &versions) => Some(merge(analysis, versions)),
            None => None,
        })
        .collect();
    Views {
        claims,
        answered: wire.answered,
        names: wire.names,
        titles: wire.titles,
        known: wire.known,
    }
}

/// A link of an alignment: source sentences, target sentences, confidence, divergences.
type LeanPair = (Vec<usize>, Vec<usize>, f32, Vec<Divergence>);

/// An alignment with its links as tuples, not objects (they are many: tens of thousands for
/// a pair of 1 MB articles).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeanAlignment {
    source: String,
    target: String,
    confidence: f32,
    pairs: Vec<LeanPair>,
}

impl From<Alignment> for LeanAlignment {
    fn from(alignment: Alignment) -> Self {
        LeanAlignment {
            source: alignment.source,
            target: alignment.target,
            confidence: alignment.confidence,
            pairs: alignment
                .pairs
                .into_iter()
                .map(|p| (p.source, p.target, p.confidence, p.divergences))
                .collect(),
        }
    }
}

impl From<LeanAlignment> for Alignment {
    fn from(lean: LeanAlignment) -> Self {
        Alignment {
            source: lean.source,
            target: lean.target,
            confidence: lean.confidence,
            pairs: lean
                .pairs
                .into_iter()
                .map(|(source, target, confidence, divergences)| AlignedPair {
                    source,
                    target,
                    confidence,
                    divergences,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::{analyze_corpus, views_of};

    /// The engine's fixtures (translation pairs and single articles) and the seeds.
    pub(super) fn corpus() -> Vec<(String, String)> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut files = Vec::new();
        for dir in ["crates/engine/tests/fixtures", "seeds"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let name = path.file_name().unwrap().to_string_lossy().to_string();
                    files.push((name, std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
        parallax_engine::order::sort(&mut files);
        files
    }

    #[test]
    fn a_corpus_travels_lean_and_comes_back_exactly() {
        let files = corpus();
        let inputs: Vec<(&str, &str)> = files
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        let analysis = analyze_corpus(&inputs);
        let views = views_of(&analysis);
        let lean_views = views_to_wire(views.clone(), &analysis);
        assert!(
            lean_views.odd.is_empty(),
            "every claim is its versions' merge"
        );
        let articles = analysis
            .articles
            .iter()
            .zip(&inputs)
            .map(|(article, (_, text))| {
                let parts = article_to_wire(article.clone(), text);
                assert_eq!(parts.len(), 3, "lean: {}", article.file);
                let mut back = None;
                for part in parts {
                    let part = crate::decode(&crate::encode(&part)).unwrap();
                    if let Some(started) = article_from_wire(part, text, back.as_mut()) {
                        back = Some(started);
                    }
                }
                back.unwrap()
            })
            .collect();
        let back = Analysis {
            articles,
            alignments: analysis.alignments.clone(),
        };
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&analysis).unwrap()
        );
        let lean_back = crate::decode(&crate::encode(&lean_views)).unwrap();
        let views_back = views_from_wire(lean_back, &back);
        // As JSON: the knowledge base's entries travel without their adjectives.
        assert_eq!(
            serde_json::to_string(&views_back).unwrap(),
            serde_json::to_string(&views).unwrap()
        );
    }

    #[test]
    fn a_text_that_is_not_its_spans_travels_whole() {
        let text = "Beijing accuses Washington.\n\nChina accused the United States of hacking.\n";
        let mut article = parallax_engine::analyze_article("a.txt", text);
        article.sentences[0].text = "something else".to_string();
        let mut parts = article_to_wire(article.clone(), text);
        assert!(matches!(parts[..], [WireArticle::Whole(_)]));
        let back = article_from_wire(parts.remove(0), text, None).unwrap();
        assert_eq!(back.sentences, article.sentences);
    }
}
