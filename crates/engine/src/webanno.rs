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
use serde::Serialize;

/// Chars of context kept on each side of a quote.
const CONTEXT_CHARS: usize = 32;

// The JSON-LD is written from these structs rather than built as a `serde_json::Value` with
// `json!`: the `Value` form costs the wasm ~10 KB more. Fields are declared in the byte order of
// their JSON names, the order the `Value` form printed them in (its objects are sorted maps).

/// The whole export: one collection with one page.
#[derive(Serialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: (&'static str, Vocabulary),
    first: Page,
    id: &'static str,
    label: &'static str,
    total: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// The `parallax:` prefix of the properties this export adds.
#[derive(Serialize)]
struct Vocabulary {
    parallax: &'static str,
}

#[derive(Serialize)]
struct Page {
    id: &'static str,
    items: Vec<Annotation>,
    #[serde(rename = "startIndex")]
    start_index: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Annotation {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body: Vec<Body>,
    id: String,
    motivation: &'static str,
    #[serde(
        rename = "parallax:confidence",
        skip_serializing_if = "Option::is_none"
    )]
    confidence: Option<f64>,
    target: Targets,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// One target (a mention, a claim), or the two sides of an alignment link.
#[derive(Serialize)]
#[serde(untagged)]
enum Targets {
    One(Box<Resource>),
    Many(Vec<Resource>),
}

/// A body: a `TextualBody` (with a value) or a `SpecificResource` (with a source).
#[derive(Serialize, Default)]
struct Body {
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
    #[serde(
        rename = "parallax:divergence",
        skip_serializing_if = "Option::is_none"
    )]
    divergence: Option<String>,
    #[serde(rename = "parallax:name", skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(rename = "parallax:onlyIn", skip_serializing_if = "Option::is_none")]
    only_in: Option<&'static str>,
    #[serde(rename = "parallax:role", skip_serializing_if = "Option::is_none")]
    role: Option<&'static str>,
    purpose: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
}

/// A `SpecificResource`: a span of an article.
#[derive(Serialize)]
struct Resource {
    #[serde(rename = "parallax:cue", skip_serializing_if = "Option::is_none")]
    cue: Option<Position>,
    selector: (Quote, Position),
    source: Source,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Quote {
    exact: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    prefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suffix: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Position {
    end: usize,
    start: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

impl Position {
    fn new(start: usize, end: usize) -> Self {
        Position {
            end,
            start,
            kind: "TextPositionSelector",
        }
    }
}

#[derive(Serialize)]
struct Source {
    format: &'static str,
    id: String,
    language: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
}

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
            let targets: Vec<Resource> = [(source, &link.source), (target, &link.target)]
                .into_iter()
                .filter_map(|((article, text), sentences)| {
                    let span = sentences_span(article, sentences)?;
                    Some(specific_resource(article, text, span))
                })
                .collect();
            let body = link
                .divergences
                .iter()
                .map(|d| {
                    let side = match d.side {
                        Side::Source => &source.0.lang,
                        Side::Target => &target.0.lang,
                    };
                    Body {
                        kind: "TextualBody",
                        purpose: "commenting",
                        value: Some(d.detail.clone()),
                        format: Some("text/plain"),
                        language: Some("en"),
                        divergence: Some(to_label(&d.kind)),
                        only_in: Some(side.code()),
                        ..Body::default()
                    }
                })
                .collect();
            items.push(Annotation {
                id: format!(
                    "urn:parallax:alignment:{}:{}:{n}",
                    alignment.source, alignment.target
                ),
                kind: "Annotation",
                motivation: "linking",
                target: Targets::Many(targets),
                confidence: Some(round(link.confidence)),
                body,
            });
        }
    }
    let collection = Collection {
        context: (
            "http://www.w3.org/ns/anno.jsonld",
            Vocabulary {
                parallax: "urn:parallax:vocab:",
            },
        ),
        id: "urn:parallax:annotations",
        kind: "AnnotationCollection",
        label: "Parallax: entities, claims and sentence alignments",
        total: items.len(),
        first: Page {
            id: "urn:parallax:annotations:page:0",
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    };
    serde_json::to_string_pretty(&collection).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn mention_annotations<'a>(
    article: &'a ArticleAnalysis,
    text: &'a Text,
) -> impl Iterator<Item = Annotation> + 'a {
    article
        .entities
        .iter()
        .enumerate()
        .map(move |(n, m)| Annotation {
            id: format!("urn:parallax:article:{}:entity:{n}", article.file),
            kind: "Annotation",
            motivation: "identifying",
            body: vec![
                Body {
                    kind: "SpecificResource",
                    purpose: "identifying",
                    source: Some(format!("urn:parallax:entity:{}", m.id)),
                    ..Body::default()
                },
                Body {
                    kind: "TextualBody",
                    purpose: "classifying",
                    value: Some(m.kind.label().to_string()),
                    ..Body::default()
                },
            ],
            target: Targets::One(Box::new(specific_resource(article, text, m.span()))),
            confidence: None,
        })
}

fn claim_annotations<'a>(
    article: &'a ArticleAnalysis,
    text: &'a Text,
) -> impl Iterator<Item = Annotation> + 'a {
    article.claims.iter().enumerate().filter_map(move |(n, c)| {
        let sentence = article.sentences.get(c.sentence)?;
        let mut body = vec![Body {
            kind: "TextualBody",
            purpose: "classifying",
            value: Some(to_label(&c.stance)),
            ..Body::default()
        }];
        for (role, party) in [("speaker", &c.speaker), ("target", &c.target)] {
            if let Some(party) = party {
                body.push(Body {
                    kind: "SpecificResource",
                    purpose: "tagging",
                    source: Some(format!("urn:parallax:entity:{}", party.id)),
                    role: Some(role),
                    name: Some(party.name.clone()),
                    ..Body::default()
                });
            }
        }
        body.push(Body {
            kind: "TextualBody",
            purpose: "tagging",
            value: Some(c.about.clone()),
            role: Some("about"),
            ..Body::default()
        });
        let mut target = specific_resource(article, text, sentence.span());
        target.cue = c.cue.as_ref().map(|cue| Position::new(cue.start, cue.end));
        Some(Annotation {
            id: format!("urn:parallax:article:{}:claim:{n}", article.file),
            kind: "Annotation",
            motivation: "classifying",
            body,
            target: Targets::One(Box::new(target)),
            confidence: None,
        })
    })
}

/// A `SpecificResource` on `span` of the article: its source, quote and position selectors.
fn specific_resource(article: &ArticleAnalysis, text: &Text, span: Span) -> Resource {
    let len = text.char_len();
    let in_text = span.end <= len && span.start <= span.end;
    let exact = if in_text {
        text.slice(span).to_string()
    } else {
        String::new()
    };
    let mut quote = Quote {
        exact,
        prefix: None,
        suffix: None,
        kind: "TextQuoteSelector",
    };
    if in_text && len > 0 {
        let before = Span::new(span.start.saturating_sub(CONTEXT_CHARS), span.start);
        let after = Span::new(span.end, (span.end + CONTEXT_CHARS).min(len));
        quote.prefix = Some(text.slice(before).to_string());
        quote.suffix = Some(text.slice(after).to_string());
    }
    Resource {
        cue: None,
        selector: (quote, Position::new(span.start, span.end)),
        source: Source {
            id: format!("urn:parallax:article:{}", article.file),
            kind: "Text",
            format: "text/plain",
            language: article.lang.code(),
        },
        kind: "SpecificResource",
    }
}

/// From the first to the last of these sentences.
fn sentences_span(article: &ArticleAnalysis, sentences: &[usize]) -> Option<Span> {
    let first = article.sentences.get(*sentences.first()?)?;
    let last = article.sentences.get(*sentences.last()?)?;
    Some(Span::new(first.start, last.end.max(first.start)))
}

/// The JSON name serde gives an enum value (`accusation`, `hedge`): its JSON form is that
/// name in quotes.
/// A unit enum's serde name (`counter_accusation`).
pub(crate) fn to_label<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .ok()
        .and_then(|json| Some(json.strip_prefix('"')?.strip_suffix('"')?.to_string()))
        .unwrap_or_default()
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
