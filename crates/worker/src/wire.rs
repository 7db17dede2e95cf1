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
use parallax_engine::{
    Alignment, Analysis, ArticleAnalysis, Claim, Diagnostic, EntityType, Lang, Mention, Paragraph,
    Sentence, Span, Stance, Text, Views,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One article of a result: lean when its texts are its spans', else whole.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireArticle {
    /// Offsets and tables (see the module doc).
    Lean(LeanArticle),
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

/// An article's analysis without the text it repeats (see the module doc).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeanArticle {
    file: String,
    lang: Lang,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    paragraphs: Vec<Paragraph>,
    diagnostics: Vec<Diagnostic>,
    char_len: usize,
    sentences: Vec<LeanSentence>,
    /// The mentions' ids, each once.
    ids: Vec<String>,
    entities: Vec<LeanMention>,
    /// The claims' parties, each once.
    parties: Vec<Party>,
    claims: Vec<LeanClaim>,
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

/// The form an article travels in, given its text.
pub fn article_to_wire(article: ArticleAnalysis, raw: &str) -> WireArticle {
    if !texts_are_spans(&article, &Text::new(raw)) {
        return WireArticle::Whole(article);
    }
    let mut ids = Table::new();
    let entities = article
        .entities
        .iter()
        .map(|m| (m.start, m.end, m.kind, ids.of(&m.id)))
        .collect();
    let mut parties = Table::new();
    let claims = article
        .claims
        .iter()
        .map(|c| {
            let speaker = c
                .speaker
                .as_ref()
                .map(|p| parties.of(&(p.id.clone(), p.name.clone())));
            let target = c
                .target
                .as_ref()
                .map(|p| parties.of(&(p.id.clone(), p.name.clone())));
            let cue = c.cue.as_ref().map(|cue| (cue.start, cue.end));
            (c.sentence, speaker, c.stance, target, c.about.clone(), cue)
        })
        .collect();
    LeanArticle {
        sentences: article
            .sentences
            .iter()
            .map(|s| (s.start, s.end, s.paragraph))
            .collect(),
        ids: ids.values,
        entities,
        parties: parties
            .values
            .into_iter()
            .map(|(id, name)| Party { id, name })
            .collect(),
        claims,
        file: article.file,
        lang: article.lang,
        title: article.title,
        date: article.date,
        source: article.source,
        paragraphs: article.paragraphs,
        diagnostics: article.diagnostics,
        char_len: article.char_len,
    }
    .into()
}

impl From<LeanArticle> for WireArticle {
    fn from(article: LeanArticle) -> Self {
        WireArticle::Lean(article)
    }
}

/// The analysis back from its wire form, given the article's text.
pub fn article_from_wire(wire: WireArticle, raw: &str) -> ArticleAnalysis {
    let lean = match wire {
        WireArticle::Whole(article) => return article,
        WireArticle::Lean(lean) => lean,
    };
    let text = Text::new(raw);
    let slice = |start: usize, end: usize| text.slice(Span::new(start, end)).to_string();
    let sentences: Vec<Sentence> = lean
        .sentences
        .iter()
        .map(|&(start, end, paragraph)| Sentence {
            start,
            end,
            text: slice(start, end),
            paragraph,
        })
        .collect();
    let entities = lean
        .entities
        .iter()
        .map(|&(start, end, kind, id)| Mention {
            start,
            end,
            text: slice(start, end),
            kind,
            id: lean.ids.get(id).cloned().unwrap_or_default(),
        })
        .collect();
    let party = |i: Option<usize>| i.and_then(|i| lean.parties.get(i).cloned());
    let claims = lean
        .claims
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
    ArticleAnalysis {
        file: lean.file,
        lang: lean.lang,
        title: lean.title,
        date: lean.date,
        source: lean.source,
        paragraphs: lean.paragraphs,
        sentences,
        entities,
        claims,
        diagnostics: lean.diagnostics,
        char_len: lean.char_len,
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
    fn corpus() -> Vec<(String, String)> {
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
                let wire = article_to_wire(article.clone(), text);
                assert!(matches!(wire, WireArticle::Lean(_)), "{}", article.file);
                let json = serde_json::to_string(&wire).unwrap();
                article_from_wire(serde_json::from_str(&json).unwrap(), text)
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
        let json = serde_json::to_string(&lean_views).unwrap();
        let views_back = views_from_wire(serde_json::from_str(&json).unwrap(), &back);
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
        let wire = article_to_wire(article.clone(), text);
        assert!(matches!(wire, WireArticle::Whole(_)));
        let back = article_from_wire(wire, text);
        assert_eq!(back.sentences, article.sentences);
    }
}
