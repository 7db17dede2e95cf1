//! A debug renderer: an analysis as annotated text, for data-driven tests.
//!
//! `[Mao Ning]PERSON:mao_ning a déclaré …`; claims are listed after the
//! text, one per line, as `#sentence stance speaker -> target (about) cue`.

use crate::text::{slice_chars, Span};
use crate::ArticleAnalysis;
use std::fmt::Write;

/// Render the entity layer inline.
pub fn entities_inline(text: &str, analysis: &ArticleAnalysis) -> String {
    let mut out = String::new();
    let mut at = 0;
    for m in &analysis.entities {
        if m.start < at {
            continue;
        }
        out.push_str(slice_chars(text, Span::new(at, m.start)));
        let _ = write!(out, "[{}]{}:{}", m.text, m.kind.label(), m.id);
        at = m.end;
    }
    out.push_str(slice_chars(text, Span::new(at, usize::MAX)));
    out
}

/// Render the claims, one line each.
pub fn claims_lines(analysis: &ArticleAnalysis) -> String {
    let mut out = String::new();
    for c in &analysis.claims {
        let speaker = c.speaker.as_ref().map_or("?", |p| p.id.as_str());
        let target = c.target.as_ref().map_or("-", |p| p.id.as_str());
        let cue = c.cue.as_ref().map_or("", |q| q.text.as_str());
        let _ = writeln!(
            out,
            "#{} {:?} {speaker} -> {target} ({}) [{cue}]",
            c.sentence, c.stance, c.about
        );
    }
    out
}

/// Render the sentences, one per line.
pub fn sentence_lines(analysis: &ArticleAnalysis) -> String {
    analysis
        .sentences
        .iter()
        .map(|s| format!("{}\n", s.text))
        .collect()
}
