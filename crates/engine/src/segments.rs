//! Segments: a sentence cut into plain runs and marked runs, for display.
//!
//! The UI never builds markup from strings: it asks for a sentence's segments
//! and maps each one to an element (plain text, an entity mention, a claim
//! cue). Marks come as char spans into the article; overlapping marks are
//! resolved here, once, so the UI only walks a flat list.

use crate::sentences::Sentence;
use crate::text::{CharCursor, Span};
use crate::ArticleAnalysis;
use serde::Serialize;

/// What a marked run of a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Highlight {
    /// An entity mention: the index into the article's `entities`.
    Entity(usize),
    /// The reporting cue of a claim: the index into the article's `claims`.
    Cue(usize),
}

/// A run of a sentence: plain text or one highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// First char (offset into the article).
    pub start: usize,
    /// One past the last char (offset into the article).
    pub end: usize,
    /// The run's text.
    pub text: String,
    /// What the run is, or `None` for plain text.
    pub highlight: Option<Highlight>,
}

/// Cut a sentence into segments from marks given as article char spans.
///
/// Marks outside the sentence are clipped or ignored; when marks overlap, the
/// one starting first wins (the longer one on a tie) and the others are
/// dropped. The segments cover the whole sentence, in order, without gaps.
pub fn split(sentence: &Sentence, marks: &[(Span, Highlight)]) -> Vec<Segment> {
    let bounds = sentence.span();
    let mut marks: Vec<(Span, Highlight)> = marks
        .iter()
        .map(|(span, h)| {
            let start = span.start.max(bounds.start);
            let end = span.end.min(bounds.end);
            (Span::new(start, end), *h)
        })
        .filter(|(span, _)| !span.is_empty())
        .collect();
    crate::order::sort_by(&mut marks, |(a, ha), (b, hb)| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(ha.cmp(hb))
    });
    // The runs come in text order: one walk over the sentence finds them all.
    let mut cursor = CharCursor::new(&sentence.text);
    let mut piece = |from: usize, to: usize| {
        cursor
            .slice(Span::new(from - bounds.start, to - bounds.start))
            .to_string()
    };
    let mut out = Vec::new();
    let mut at = bounds.start;
    for (span, highlight) in marks {
        if span.start < at {
            continue;
        }
        if span.start > at {
            out.push(Segment {
                start: at,
                end: span.start,
                text: piece(at, span.start),
                highlight: None,
            });
        }
        out.push(Segment {
            start: span.start,
            end: span.end,
            text: piece(span.start, span.end),
            highlight: Some(highlight),
        });
        at = span.end;
    }
    if at < bounds.end || out.is_empty() {
        out.push(Segment {
            start: at,
            end: bounds.end,
            text: piece(at, bounds.end),
            highlight: None,
        });
    }
    out
}

/// The segments of sentence `index` of an article: its entity mentions and claim cues.
///
/// An index past the end yields no segments.
pub fn sentence_segments(analysis: &ArticleAnalysis, index: usize) -> Vec<Segment> {
    let Some(sentence) = analysis.sentences.get(index) else {
        return Vec::new();
    };
    let bounds = sentence.span();
    let mut marks: Vec<(Span, Highlight)> = analysis
        .entities
        .iter()
        .enumerate()
        .filter(|(_, m)| m.start < bounds.end && m.end > bounds.start)
        .map(|(i, m)| (m.span(), Highlight::Entity(i)))
        .collect();
    for (i, claim) in analysis.claims.iter().enumerate() {
        if claim.sentence != index {
            continue;
        }
        if let Some(cue) = &claim.cue {
            marks.push((Span::new(cue.start, cue.end), Highlight::Cue(i)));
        }
    }
    split(sentence, &marks)
}

/// The segments of every sentence of an article, in sentence order: the same as
/// [`sentence_segments`] for each index, in one sweep over the mentions (sorted by start)
/// instead of a scan of all of them per sentence, which a long article cannot afford.
pub fn article_segments(analysis: &ArticleAnalysis) -> Vec<Vec<Segment>> {
    let mut sweep = SegmentSweep::new(analysis);
    sweep.take(analysis, usize::MAX)
}

/// [`article_segments`] a few sentences at a time ([`SegmentSweep::take`]), so that a long
/// article's segments can be cut a step per task. It holds no borrow of the article: each
/// call is given the one it was made for.
#[derive(Debug, Clone, Default)]
pub struct SegmentSweep {
    /// Each sentence's claim cues, taken as its sentence is cut.
    cues: Vec<Vec<(Span, Highlight)>>,
    /// The mentions, by start.
    by_start: Vec<usize>,
    /// The first mention of `by_start` not opened yet.
    next: usize,
    /// Mentions that started before the current sentence's end and may still reach into it.
    open: Vec<usize>,
    /// The next sentence to cut.
    sentence: usize,
}

impl SegmentSweep {
    /// A sweep at the first sentence of `analysis`.
    pub fn new(analysis: &ArticleAnalysis) -> Self {
        let entities = &analysis.entities;
        let mut cues: Vec<Vec<(Span, Highlight)>> = vec![Vec::new(); analysis.sentences.len()];
        for (i, claim) in analysis.claims.iter().enumerate() {
            if let (Some(cue), Some(slot)) = (&claim.cue, cues.get_mut(claim.sentence)) {
                slot.push((Span::new(cue.start, cue.end), Highlight::Cue(i)));
            }
        }
        let mut by_start: Vec<usize> = (0..entities.len()).collect();
        // The engine gives mentions in text order: sorting is then only a check.
        if !by_start.is_sorted_by_key(|&i| entities[i].start) {
            crate::order::sort_by_key(&mut by_start, |&i| entities[i].start);
        }
        SegmentSweep {
            cues,
            by_start,
            next: 0,
            open: Vec::new(),
            sentence: 0,
        }
    }

    /// Whether every sentence of `analysis` (the article the sweep was made for) is cut.
    pub fn is_done(&self, analysis: &ArticleAnalysis) -> bool {
        self.sentence >= analysis.sentences.len()
    }

    /// The segments of the next `n` sentences of `analysis` (the article the sweep was made
    /// for), fewer at its end.
    pub fn take(&mut self, analysis: &ArticleAnalysis, n: usize) -> Vec<Vec<Segment>> {
        let entities = &analysis.entities;
        let from = self.sentence.min(analysis.sentences.len());
        let to = from.saturating_add(n).min(analysis.sentences.len());
        self.sentence = to;
        analysis.sentences[from..to]
            .iter()
            .enumerate()
            .map(|(k, sentence)| {
                let bounds = sentence.span();
                self.open.retain(|&i| entities[i].end > bounds.start);
                while self.next < self.by_start.len()
                    && entities[self.by_start[self.next]].start < bounds.end
                {
                    self.open.push(self.by_start[self.next]);
                    self.next += 1;
                }
                let mut marks: Vec<(Span, Highlight)> = self
                    .open
                    .iter()
                    .filter(|&&i| entities[i].end > bounds.start)
                    .map(|&i| (entities[i].span(), Highlight::Entity(i)))
                    .collect();
                marks.extend(
                    self.cues
                        .get_mut(from + k)
                        .map(std::mem::take)
                        .unwrap_or_default(),
                );
                split(sentence, &marks)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(start: usize, text: &str) -> Sentence {
        Sentence {
            start,
            end: start + text.chars().count(),
            text: text.to_string(),
            paragraph: 0,
        }
    }

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s.highlight {
                None => s.text.clone(),
                Some(Highlight::Entity(i)) => format!("[{}]E{i}", s.text),
                Some(Highlight::Cue(i)) => format!("[{}]C{i}", s.text),
            })
            .collect()
    }

    #[test]
    fn plain_sentence_is_one_segment() {
        let s = sentence(10, "Il pleut.");
        let out = split(&s, &[]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start, out[0].end), (10, 19));
        assert_eq!(render(&out), "Il pleut.");
    }

    #[test]
    fn marks_cut_the_sentence_at_char_offsets() {
        // "Pékin" has a multi-byte char: offsets are chars, not bytes.
        let s = sentence(100, "Pékin a accusé Washington.");
        let marks = [
            (Span::new(100, 105), Highlight::Entity(0)),
            (Span::new(108, 114), Highlight::Cue(0)),
            (Span::new(115, 125), Highlight::Entity(1)),
        ];
        assert_eq!(
            render(&split(&s, &marks)),
            "[Pékin]E0 a [accusé]C0 [Washington]E1."
        );
    }

    #[test]
    fn overlapping_marks_keep_the_first_and_longest() {
        let s = sentence(0, "the Foreign Ministry spokesperson");
        let marks = [
            (Span::new(12, 20), Highlight::Entity(1)),
            (Span::new(4, 20), Highlight::Entity(0)),
            (Span::new(4, 11), Highlight::Entity(2)),
        ];
        assert_eq!(
            render(&split(&s, &marks)),
            "the [Foreign Ministry]E0 spokesperson"
        );
    }

    #[test]
    fn marks_outside_are_clipped_or_ignored() {
        let s = sentence(5, "abc def");
        let marks = [
            (Span::new(0, 3), Highlight::Entity(0)),
            (Span::new(3, 8), Highlight::Entity(1)),
            (Span::new(11, 40), Highlight::Entity(2)),
            (Span::new(7, 7), Highlight::Entity(3)),
        ];
        assert_eq!(render(&split(&s, &marks)), "[abc]E1 de[f]E2");
    }

    #[test]
    fn segments_cover_the_sentence_without_gaps() {
        let s = sentence(3, "« Non », a dit Mao Ning.");
        let marks = [
            (Span::new(14, 18), Highlight::Cue(0)),
            (Span::new(18, 26), Highlight::Entity(0)),
        ];
        let out = split(&s, &marks);
        let joined: String = out.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, s.text);
        for pair in out.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        assert_eq!(out.first().map(|s| s.start), Some(3));
        assert_eq!(out.last().map(|s| s.end), Some(s.end));
    }

    #[test]
    fn article_segments_are_each_sentences_segments() {
        let fixtures = [
            include_str!("../tests/fixtures/align_iran_fr.txt"),
            include_str!("../tests/fixtures/align_iran_en.txt"),
            include_str!("../tests/fixtures/align_anssi_fr.txt"),
        ];
        let mut analyses: Vec<ArticleAnalysis> = fixtures
            .iter()
            .map(|text| crate::analyze_article("x.txt", text))
            .collect();
        // A mention across a sentence boundary, mentions out of order and a claim of a
        // sentence that does not exist change nothing either.
        let odd = &mut analyses[0];
        assert!(odd.sentences.len() > 2 && !odd.entities.is_empty());
        let across = crate::Mention {
            start: odd.sentences[1].end - 2,
            end: odd.sentences[2].start + 3,
            text: String::new(),
            kind: crate::EntityType::Org,
            id: "across".to_string(),
        };
        odd.entities.insert(0, across);
        odd.entities.reverse();
        for analysis in &analyses {
            assert!(!analysis.entities.is_empty());
            let each: Vec<Vec<Segment>> = (0..analysis.sentences.len())
                .map(|i| sentence_segments(analysis, i))
                .collect();
            assert_eq!(article_segments(analysis), each);
            // Cut a few sentences at a time, the same.
            let mut sweep = SegmentSweep::new(analysis);
            let mut pieces = Vec::new();
            while !sweep.is_done(analysis) {
                let step = sweep.take(analysis, 2);
                assert!(!step.is_empty() && step.len() <= 2);
                pieces.extend(step);
            }
            assert_eq!(pieces, each);
            assert!(sweep.take(analysis, 2).is_empty());
        }
    }

    #[test]
    fn sentence_segments_of_an_analysis() {
        let a = crate::analyze_article("x.txt", "Il pleut.\nIl neige.");
        assert_eq!(render(&sentence_segments(&a, 1)), "Il neige.");
        assert!(sentence_segments(&a, 99).is_empty());
    }
}
