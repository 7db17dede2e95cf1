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
//!
//! A long result is cut into parts of at most [`ITEMS_PER_PART`] sentences, mentions, claims,
//! dated claims or entity facts, each a message of its own, so that reading one and putting it in place is a short
//! task on the page's thread, however long the article or the library.

use parallax_engine::align::{AlignedPair, Divergence};
use parallax_engine::board::{
    Board, BoardCell, BoardEvent, Dated, DisputeLine, EntityFacts, MatrixOrder,
};
use parallax_engine::claims::{Cue, Party};
use parallax_engine::disputes::{merge, ClaimRef, Names, TranslatedClaim};
use parallax_engine::entities::KbEntry;
use parallax_engine::order;
use parallax_engine::sorted_map::SortedMap;
use parallax_engine::text::CharCursor;
use parallax_engine::{
    Alignment, Analysis, ArticleAnalysis, Claim, Diagnostic, EntityType, Lang, Mention, Paragraph,
    Sentence, Span, Stance, Text, Views,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

mod read;
pub use read::{read_replies, read_reply};

/// How many sentences, mentions, claims, claims across languages, alignment links or dated
/// claims a message carries at most. Rebuilding one from offsets (cutting its text, cloning its ids)
/// takes about a microsecond in the page's wasm, a few with the reading of its bytes on a
/// loaded machine: a part is then a few milliseconds of the page's thread, and one of the
/// bench's 1 MB articles (~6,400 sentences, ~12,000 mentions, ~5,100 claims) about a dozen
/// parts.
pub const ITEMS_PER_PART: usize = 2_000;

/// One part of an article of a result. A lean article travels in parts, each read in a task
/// of its own: its head and first sentences, its other sentences, then its mentions, then its
/// claims, [`ITEMS_PER_PART`] at most in each; an article whose texts are not all its spans'
/// travels whole, in one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireArticle {
    /// What the article is, its blocks and its sentences (offsets).
    Head(LeanHead),
    /// Some of its mentions (offsets), their ids once in a table; added to those before.
    Mentions {
        /// The mentions' ids, each once.
        ids: Vec<String>,
        /// The mentions.
        entities: Vec<LeanMention>,
    },
    /// Some of its claims, their parties once in a table; added to those before.
    Claims {
        /// The claims' parties, each once.
        parties: Vec<Party>,
        /// The claims.
        claims: Vec<LeanClaim>,
    },
    /// The analysis as it is.
    Whole(ArticleAnalysis),
    /// More of its sentences (offsets), after its head and those before.
    Sentences(Vec<LeanSentence>),
}

/// A sentence: its first char's distance from the end of the sentence before (from 0 for a
/// part's first), its length in chars, its paragraph ([`Deltas`]).
type LeanSentence = (usize, usize, usize);
/// A mention: its first char's distance from the start of the mention before (from 0 for a
/// part's first), its length in chars, type, id (index into the article's `ids`).
type LeanMention = (usize, usize, EntityType, usize);

/// Spans as the wire carries sentences and mentions: each start as its distance from a mark
/// (the end of the sentence before, the start of the mention before), each end as the span's
/// length. The numbers are then mostly under 128, one byte each where a long text's char
/// offsets take two or three (the bundled seeds' analysis, `build.rs`, is compiled into the
/// page's wasm). Spans out of order wrap around and come back whole.
#[derive(Default)]
struct Deltas {
    mark: usize,
}

impl Deltas {
    /// `(start, end)` as the wire's `(distance, length)`; `next_mark` is the span's end for
    /// sentences, its start for mentions.
    fn lean(&mut self, start: usize, end: usize, next_mark: usize) -> (usize, usize) {
        let lean = (start.wrapping_sub(self.mark), end.wrapping_sub(start));
        self.mark = next_mark;
        lean
    }

    /// The `(start, end)` of the wire's `(distance, length)`, marked as [`Deltas::lean`] did.
    fn span(&mut self, distance: usize, length: usize, sentence: bool) -> (usize, usize) {
        let start = self.mark.wrapping_add(distance);
        let end = start.wrapping_add(length);
        self.mark = if sentence { end } else { start };
        (start, end)
    }
}

/// Where the sentence at `index` starts (0 when there is none: the cue then travels whole).
fn sentence_start(sentences: &[Sentence], index: usize) -> usize {
    sentences.get(index).map_or(0, |s| s.start)
}

/// A part's sentences as the wire carries them.
fn lean_sentences(chunk: &[Sentence]) -> Vec<LeanSentence> {
    let mut deltas = Deltas::default();
    chunk
        .iter()
        .map(|s| {
            let (distance, length) = deltas.lean(s.start, s.end, s.end);
            (distance, length, s.paragraph)
        })
        .collect()
}

/// A part's sentences, their texts cut by `slice`.
fn sentences_from_wire(
    lean: &[LeanSentence],
    slice: &mut impl FnMut(usize, usize) -> String,
) -> Vec<Sentence> {
    let mut deltas = Deltas::default();
    lean.iter()
        .map(|&(distance, length, paragraph)| {
            let (start, end) = deltas.span(distance, length, true);
            Sentence {
                start,
                end,
                text: slice(start, end),
                paragraph,
            }
        })
        .collect()
}
/// A claim: sentence, speaker and target (indexes into `parties`), stance, event, cue (its
/// first char's distance from its sentence's first, its length: [`Deltas`]).
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
    article_parts(article, raw, ITEMS_PER_PART)
}

/// [`article_to_wire`], `per_part` items at most in a part.
fn article_parts(article: ArticleAnalysis, raw: &str, per_part: usize) -> Vec<WireArticle> {
    if !texts_are_spans(&article, &Text::new(raw)) {
        return vec![WireArticle::Whole(article)];
    }
    let mut sentences = article.sentences.chunks(per_part).map(lean_sentences);
    let head = LeanHead {
        sentences: sentences.next().unwrap_or_default(),
        file: article.file,
        lang: article.lang,
        title: article.title,
        date: article.date,
        source: article.source,
        paragraphs: article.paragraphs,
        diagnostics: article.diagnostics,
        char_len: article.char_len,
    };
    let mut parts = vec![WireArticle::Head(head)];
    parts.extend(sentences.map(WireArticle::Sentences));
    for chunk in article.entities.chunks(per_part) {
        let mut ids = Table::new();
        let mut deltas = Deltas::default();
        let entities = chunk
            .iter()
            .map(|m| {
                let (distance, length) = deltas.lean(m.start, m.end, m.start);
                (distance, length, m.kind, ids.of(&m.id))
            })
            .collect();
        parts.push(WireArticle::Mentions {
            ids: ids.values,
            entities,
        });
    }
    for chunk in article.claims.chunks(per_part) {
        let mut parties = Table::new();
        let mut party = |p: &Party| parties.of(&(p.id.clone(), p.name.clone()));
        let claims = chunk
            .iter()
            .map(|c| {
                let speaker = c.speaker.as_ref().map(&mut party);
                let target = c.target.as_ref().map(&mut party);
                let mut deltas = Deltas {
                    mark: sentence_start(&article.sentences, c.sentence),
                };
                let cue = c
                    .cue
                    .as_ref()
                    .map(|cue| deltas.lean(cue.start, cue.end, cue.start));
                (c.sentence, speaker, c.stance, target, c.about.clone(), cue)
            })
            .collect();
        let parties = parties.values.into_iter();
        parts.push(WireArticle::Claims {
            parties: parties.map(|(id, name)| Party { id, name }).collect(),
            claims,
        });
    }
    parts
}

/// Put an article's part back, given the article's text: a head or a whole article starts
/// the article (returned); sentences, mentions and claims are added to `article`, the one
/// their head started.
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
        (WireArticle::Sentences(sentences), Some(article)) => {
            article
                .sentences
                .extend(sentences_from_wire(&sentences, &mut slice));
            None
        }
        (WireArticle::Mentions { ids, entities }, Some(article)) => {
            let mut deltas = Deltas::default();
            let mentions = entities.into_iter().map(|(distance, length, kind, id)| {
                let (start, end) = deltas.span(distance, length, false);
                Mention {
                    start,
                    end,
                    text: slice(start, end),
                    kind,
                    id: ids.get(id).cloned().unwrap_or_default(),
                }
            });
            article.entities.extend(mentions);
            None
        }
        (WireArticle::Claims { parties, claims }, Some(article)) => {
            let party = |i: Option<usize>| i.and_then(|i| parties.get(i).cloned());
            let sentences = &article.sentences;
            let claims =
                claims
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
                        cue: cue.map(|(distance, length)| {
                            let mut deltas = Deltas {
                                mark: sentence_start(sentences, sentence),
                            };
                            let (start, end) = deltas.span(distance, length, false);
                            Cue {
                                start,
                                end,
                                text: slice(start, end),
                            }
                        }),
                    });
            article.claims.extend(claims);
            None
        }
        (
            WireArticle::Sentences(_) | WireArticle::Mentions { .. } | WireArticle::Claims { .. },
            None,
        ) => None,
    }
}

/// An article from its head, its sentences' texts cut by `slice`; no mentions or claims yet.
fn head_from_wire(
    head: LeanHead,
    mut slice: impl FnMut(usize, usize) -> String,
) -> ArticleAnalysis {
    let sentences = sentences_from_wire(&head.sentences, &mut slice);
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

/// The views without what the page's articles give again, and without their long lists
/// (the claims across languages, the board's dated claims and entity facts), which travel
/// before them in parts ([`ViewsPart`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LeanViews {
    answered: SortedMap<usize, usize>,
    names: SortedMap<String, Names>,
    titles: SortedMap<String, Names>,
    known: SortedMap<String, KbEntry>,
    board: LeanBoard,
}

/// The board without its dated claims and entity facts: the bench's ten 1 MB articles have
/// 40,000 dated claims (1.3 MB on the wire) and facts of 170 entities (0.7 MB), which read in
/// one task were a 50–70 ms task of the page's thread.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct LeanBoard {
    events: Vec<BoardEvent>,
    cells: Vec<BoardCell>,
    order_fr: MatrixOrder,
    order_en: MatrixOrder,
    lines: Vec<Vec<DisputeLine>>,
    actors: Vec<(String, String)>,
}

/// A part of the views' long lists, in order: [`ITEMS_PER_PART`] claims across languages at
/// most (each that `merge` makes of its versions travels as those versions; `odd` holds the
/// others whole, by their place in this part), or dated claims, or entity facts (an entity
/// counting as an item and one more per [`INDICES_PER_ITEM`] indices it lists).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ViewsPart {
    claims: Vec<Vec<ClaimRef>>,
    odd: Vec<(usize, TranslatedClaim)>,
    timeline: Vec<Dated>,
    entities: Vec<EntityFacts>,
}

/// How many indices (sentences, claims) of an entity's facts weigh as much as one item of a
/// part: reading an index back is a varint, a small fraction of rebuilding a sentence.
pub const INDICES_PER_ITEM: usize = 16;

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

/// The views' wire form, their long lists in parts; `analysis` is the one they were made of.
pub fn views_to_wire(views: Views, analysis: &Analysis) -> (Vec<ViewsPart>, LeanViews) {
    views_parts(views, analysis, ITEMS_PER_PART)
}

/// [`views_to_wire`], `per_part` items at most in a part.
fn views_parts(views: Views, analysis: &Analysis, per_part: usize) -> (Vec<ViewsPart>, LeanViews) {
    let mut parts: Vec<ViewsPart> = Vec::new();
    for (i, claim) in views.claims.into_iter().enumerate() {
        if i % per_part == 0 {
            parts.push(ViewsPart::default());
        }
        let Some(part) = parts.last_mut() else {
            continue;
        };
        let merged = versions_in(analysis, &claim.versions)
            && merge(analysis, claim.versions.clone()) == claim;
        if merged {
            part.claims.push(claim.versions);
        } else {
            part.odd.push((part.claims.len(), claim));
            part.claims.push(Vec::new());
        }
    }
    let board = views.board;
    for timeline in runs(board.timeline, per_part, |_| 1) {
        parts.push(ViewsPart {
            timeline,
            ..ViewsPart::default()
        });
    }
    for entities in runs(board.entities, per_part, facts_weight) {
        parts.push(ViewsPart {
            entities,
            ..ViewsPart::default()
        });
    }
    let views = LeanViews {
        answered: views.answered,
        names: views.names,
        titles: views.titles,
        known: views.known,
        board: LeanBoard {
            events: board.events,
            cells: board.cells,
            order_fr: board.order_fr,
            order_en: board.order_en,
            lines: board.lines,
            actors: board.actors,
        },
    };
    (parts, views)
}

/// What an entity's facts weigh in a part: one item, and one per [`INDICES_PER_ITEM`]
/// indices they list.
fn facts_weight(facts: &EntityFacts) -> usize {
    let mentioned: usize = facts.mentions.iter().map(|n| n.sentences.len()).sum();
    let indices = mentioned + facts.by.len() + facts.against.len() + facts.events.len();
    1 + indices / INDICES_PER_ITEM
}

/// `items` in order, cut into runs that weigh `per_part` at most (an item heavier than that
/// in a run of its own).
fn runs<T>(items: Vec<T>, per_part: usize, weight: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let mut runs: Vec<Vec<T>> = Vec::new();
    let mut filled = per_part;
    for item in items {
        let weight = weight(&item);
        if filled + weight > per_part {
            runs.push(Vec::new());
            filled = 0;
        }
        filled += weight;
        if let Some(run) = runs.last_mut() {
            run.push(item);
        }
    }
    runs
}

/// The views' long lists put back so far, part by part.
#[derive(Debug, Default)]
pub struct PartsHeard {
    claims: Vec<TranslatedClaim>,
    timeline: Vec<Dated>,
    entities: Vec<EntityFacts>,
}

/// A part of the views' long lists back from its wire form and added to those `heard` so
/// far, given the analysis rebuilt from the articles.
pub fn part_from_wire(part: ViewsPart, analysis: &Analysis, heard: &mut PartsHeard) {
    // Walked beside the claims, by place (the writer lists them in order, each place once;
    // sorted again in case): no map, whose code the app's wasm would carry for this one use.
    let mut odd = part.odd;
    order::sort_by_key(&mut odd, |(at, _)| *at);
    odd.dedup_by_key(|(at, _)| *at);
    let mut odd = odd.into_iter().peekable();
    let claims = part
        .claims
        .into_iter()
        .enumerate()
        .filter_map(|(i, versions)| match odd.next_if(|(at, _)| *at == i) {
            Some((_, claim)) => Some(claim),
            None if versions_in(analysis, &versions) => Some(merge(analysis, versions)),
            None => None,
        });
    heard.claims.extend(claims);
    heard.timeline.extend(part.timeline);
    heard.entities.extend(part.entities);
}

/// The views back from their wire form and their long lists, each in order.
pub fn views_from_wire(wire: LeanViews, heard: PartsHeard) -> Views {
    let board = wire.board;
    Views {
        claims: heard.claims,
        answered: wire.answered,
        names: wire.names,
        titles: wire.titles,
        known: wire.known,
        board: Board {
            events: board.events,
            cells: board.cells,
            order_fr: board.order_fr,
            order_en: board.order_en,
            timeline: heard.timeline,
            entities: heard.entities,
            lines: board.lines,
            actors: board.actors,
        },
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

/// The parts an alignment travels in: its links, [`ITEMS_PER_PART`] at most in each (a pair
/// of 1 MB articles has thousands), each part naming the alignment again.
pub fn alignment_to_wire(alignment: Alignment) -> Vec<LeanAlignment> {
    alignment_parts(alignment, ITEMS_PER_PART)
}

/// [`alignment_to_wire`], `per_part` links at most in a part.
fn alignment_parts(alignment: Alignment, per_part: usize) -> Vec<LeanAlignment> {
    let lean = LeanAlignment::from(alignment);
    let mut pairs = lean.pairs.into_iter().peekable();
    let mut parts = Vec::new();
    // At least one part, so that an alignment without links still comes.
    while parts.is_empty() || pairs.peek().is_some() {
        parts.push(LeanAlignment {
            source: lean.source.clone(),
            target: lean.target.clone(),
            confidence: lean.confidence,
            pairs: pairs.by_ref().take(per_part).collect(),
        });
    }
    parts
}

/// Put a part of an alignment back: a part of the alignment last put back (the same source
/// and target: a pair of articles has one alignment) adds its links to it, another starts
/// the next alignment.
pub fn alignment_from_wire(part: LeanAlignment, alignments: &mut Vec<Alignment>) {
    match alignments.last_mut() {
        Some(last) if last.source == part.source && last.target == part.target => {
            last.pairs.extend(Alignment::from(part).pairs);
        }
        _ => alignments.push(part.into()),
    }
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

    /// The corpus's files and their analysis.
    fn analysed_corpus() -> (Vec<(String, String)>, Analysis) {
        let files = corpus();
        let inputs: Vec<(&str, &str)> = files
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        let analysis = analyze_corpus(&inputs);
        (files, analysis)
    }

    /// The corpus through the wire in parts of at most `per_part` items, and back.
    fn round_trip(per_part: usize) {
        let (inputs, analysis) = analysed_corpus();
        let views = views_of(&analysis);
        let (views_parts, lean_views) = views_parts(views.clone(), &analysis, per_part);
        assert!(
            views_parts.iter().all(|part| part.odd.is_empty()),
            "every claim is its versions' merge"
        );
        assert!(views_parts.iter().all(|p| p.claims.len() <= per_part
            && p.timeline.len() <= per_part
            && (p.entities.len() == 1
                || p.entities.iter().map(facts_weight).sum::<usize>() <= per_part)));
        assert!(
            views_parts.len() >= views.board.timeline.len().div_ceil(per_part),
            "the dated claims in parts"
        );
        let articles = analysis
            .articles
            .iter()
            .zip(&inputs)
            .map(|(article, (_, text))| {
                let parts = article_parts(article.clone(), text, per_part);
                let items = article.sentences.len().div_ceil(per_part).max(1)
                    + article.entities.len().div_ceil(per_part)
                    + article.claims.len().div_ceil(per_part);
                assert_eq!(parts.len(), items, "lean, in parts: {}", article.file);
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
        let mut alignments = Vec::new();
        for alignment in analysis.alignments.clone() {
            let parts = alignment_parts(alignment, per_part);
            assert!(parts.iter().all(|p| p.pairs.len() <= per_part));
            for part in parts {
                let part = crate::decode(&crate::encode(&part)).unwrap();
                alignment_from_wire(part, &mut alignments);
            }
        }
        let back = Analysis {
            articles,
            alignments,
        };
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&analysis).unwrap()
        );
        let mut heard = PartsHeard::default();
        for part in views_parts {
            let part = crate::decode(&crate::encode(&part)).unwrap();
            part_from_wire(part, &back, &mut heard);
        }
        let lean_back = crate::decode(&crate::encode(&lean_views)).unwrap();
        let views_back = views_from_wire(lean_back, heard);
        // As JSON: the knowledge base's entries travel without their adjectives.
        assert_eq!(
            serde_json::to_string(&views_back).unwrap(),
            serde_json::to_string(&views).unwrap()
        );
    }

    #[test]
    fn a_corpus_travels_lean_and_comes_back_exactly() {
        round_trip(ITEMS_PER_PART);
    }

    #[test]
    fn a_corpus_cut_in_small_parts_comes_back_exactly() {
        round_trip(3);
    }

    #[test]
    fn a_claim_merged_otherwise_travels_whole_in_its_part() {
        let (_, analysis) = analysed_corpus();
        let mut views = views_of(&analysis);
        assert!(views.claims.len() > 4);
        views.claims[4].about = "edited_elsewhere".to_string();
        let (parts, _) = views_parts(views.clone(), &analysis, 3);
        assert_eq!(
            parts[1].odd.len(),
            1,
            "the fifth claim, second in the second part"
        );
        assert_eq!(parts[1].odd[0].0, 1);
        let mut heard = PartsHeard::default();
        for part in parts {
            part_from_wire(part, &analysis, &mut heard);
        }
        assert_eq!(heard.claims, views.claims);
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
