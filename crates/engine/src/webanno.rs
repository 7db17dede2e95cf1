//! The analysis as W3C Web Annotations (JSON-LD, <https://www.w3.org/TR/annotation-model/>).
//!
//! One `AnnotationCollection` holds every annotation of a set of articles:
//! - each entity mention: motivation `identifying`, a body naming the entity id and one
//!   classifying it by type;
//! - each claim: motivation `classifying`, bodies for the stance, the speaker, the target and the
//!   disputed event, targeting the claim's sentence;
//! - each alignment link: motivation `linking`, targeting the French and the English
//!   sentences together, with a body per divergence.
//!
//! Every target carries a `TextQuoteSelector` (exact text plus up to 32 chars of prefix and
//! suffix) and a `TextPositionSelector`, and its source names the article and its language.
//! Positions count Unicode code points (chars) from the start of the article's text, as the
//! rest of the engine does. Articles have no URL of their own, so sources are
//! `urn:parallax:article:<file>`.

use crate::align::Side;
use crate::text::{Span, Text};
use crate::{Analysis, ArticleAnalysis};
use serde_json::{json, Value};

/// Chars of context kept on each side of a quote.
const CONTEXT_CHARS: usize = 32;

/// The annotations of `analysis` as pretty JSON-LD. `texts[i]` is the text article `i` was
/// analysed from; an article without its text gets quotes without prefix and suffix.
pub fn to_web_annotations(analysis: &Analysis, texts: &[&str]) -> String {
    let texts: Vec<Text> = analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, _)| Text::new(texts.get(i).copied().unwrap_or("")))
        .collect();
    let mut items = Vec::new();
    for (article, text) in analysis.articles.iter().zip(&texts) {
        items.extend(mention_annotations(article, text));
        items.extend(claim_annotations(article, text));
    }
    for alignment in &analysis.alignments {
        let find = |file: &str| {
            analysis
                .articles
                .iter()
                .position(|a| a.file == file)
                .map(|i| (&analysis.articles[i], &texts[i]))
        };
        let (Some(source), Some(target)) = (find(&alignment.source), find(&alignment.target))
        else {
            continue;
        };
        for (n, link) in alignment.pairs.iter().enumerate() {
            let targets: Vec<Value> = [(source, &link.source), (target, &link.target)]
                .into_iter()
                .filter_map(|((article, text), sentences)| {
                    let span = sentences_span(article, sentences)?;
                    Some(specific_resource(article, text, span))
                })
                .collect();
            let bodies: Vec<Value> = link
                .divergences
                .iter()
                .map(|d| {
                    let side = match d.side {
                        Side::Source => &source.0.lang,
                        Side::Target => &target.0.lang,
                    };
                    json!({
                        "type": "TextualBody",
                        "purpose": "commenting",
                        "value": d.detail,
                        "format": "text/plain",
                        "language": "en",
                        "parallax:divergence": to_label(&d.kind),
                        "parallax:onlyIn": side.code(),
                    })
                })
                .collect();
            let mut annotation = json!({
                "id": format!(
                    "urn:parallax:alignment:{}:{}:{n}",
                    alignment.source, alignment.target
                ),
                "type": "Annotation",
                "motivation": "linking",
                "target": targets,
                "parallax:confidence": round(link.confidence),
            });
            if !bodies.is_empty() {
                annotation["body"] = Value::Array(bodies);
            }
            items.push(annotation);
        }
    }
    let collection = json!({
        "@context": [
            "http://www.w3.org/ns/anno.jsonld",
            { "parallax": "urn:parallax:vocab:" }
        ],
        "id": "urn:parallax:annotations",
        "type": "AnnotationCollection",
        "label": "Parallax: entities, claims and sentence alignments",
        "total": items.len(),
        "first": {
            "id": "urn:parallax:annotations:page:0",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    });
    serde_json::to_string_pretty(&collection).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn mention_annotations<'a>(
    article: &'a ArticleAnalysis,
    text: &'a Text,
) -> impl Iterator<Item = Value> + 'a {
    article.entities.iter().enumerate().map(move |(n, m)| {
        json!({
            "id": format!("urn:parallax:article:{}:entity:{n}", article.file),
            "type": "Annotation",
            "motivation": "identifying",
            "body": [
                {
                    "type": "SpecificResource",
                    "purpose": "identifying",
                    "source": format!("urn:parallax:entity:{}", m.id),
                },
                {
                    "type": "TextualBody",
                    "purpose": "classifying",
                    "value": m.kind.label(),
                },
            ],
            "target": specific_resource(article, text, m.span()),
        })
    })
}

fn claim_annotations<'a>(
    article: &'a ArticleAnalysis,
    text: &'a Text,
) -> impl Iterator<Item = Value> + 'a {
    article.claims.iter().enumerate().filter_map(move |(n, c)| {
        let sentence = article.sentences.get(c.sentence)?;
        let mut bodies = vec![json!({
            "type": "TextualBody",
            "purpose": "classifying",
            "value": to_label(&c.stance),
        })];
        for (role, party) in [("speaker", &c.speaker), ("target", &c.target)] {
            if let Some(party) = party {
                bodies.push(json!({
                    "type": "SpecificResource",
                    "purpose": "tagging",
                    "source": format!("urn:parallax:entity:{}", party.id),
                    "parallax:role": role,
                    "parallax:name": party.name,
                }));
            }
        }
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "tagging",
            "value": c.about,
            "parallax:role": "about",
        }));
        let mut target = specific_resource(article, text, sentence.span());
        if let Some(cue) = &c.cue {
            target["parallax:cue"] = json!({
                "type": "TextPositionSelector",
                "start": cue.start,
                "end": cue.end,
            });
        }
        Some(json!({
            "id": format!("urn:parallax:article:{}:claim:{n}", article.file),
            "type": "Annotation",
            "motivation": "classifying",
            "body": bodies,
            "target": target,
        }))
    })
}

/// A `SpecificResource` on `span` of the article: its source, quote and position selectors.
fn specific_resource(article: &ArticleAnalysis, text: &Text, span: Span) -> Value {
    let len = text.char_len();
    let in_text = span.end <= len && span.start <= span.end;
    let exact = if in_text {
        text.slice(span).to_string()
    } else {
        String::new()
    };
    let mut quote = json!({ "type": "TextQuoteSelector", "exact": exact });
    if in_text && len > 0 {
        let before = Span::new(span.start.saturating_sub(CONTEXT_CHARS), span.start);
        let after = Span::new(span.end, (span.end + CONTEXT_CHARS).min(len));
        quote["prefix"] = json!(text.slice(before));
        quote["suffix"] = json!(text.slice(after));
    }
    json!({
        "type": "SpecificResource",
        "source": {
            "id": format!("urn:parallax:article:{}", article.file),
            "type": "Text",
            "format": "text/plain",
            "language": article.lang.code(),
        },
        "selector": [
            quote,
            { "type": "TextPositionSelector", "start": span.start, "end": span.end },
        ],
    })
}

/// From the first to the last of these sentences.
fn sentences_span(article: &ArticleAnalysis, sentences: &[usize]) -> Option<Span> {
    let first = article.sentences.get(*sentences.first()?)?;
    let last = article.sentences.get(*sentences.last()?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

/// The JSON name serde gives an enum value (`accusation`, `hedge`).
fn to_label<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
