//! The Web Annotation export: one annotation per mention, claim and alignment link, and every
//! selector pointing at the very text it quotes.

use parallax_engine::text::{Span, Text};
use parallax_engine::{analyze_corpus, webanno::to_web_annotations};
use serde_json::Value;

mod seeds;
use seeds::SEEDS;

fn export() -> (parallax_engine::Analysis, Value) {
    let analysis = analyze_corpus(&SEEDS);
    let texts: Vec<&str> = SEEDS.iter().map(|(_, t)| *t).collect();
    let json = to_web_annotations(&analysis, &texts);
    (analysis, serde_json::from_str(&json).expect("valid JSON"))
}

#[test]
fn every_mention_claim_and_link_is_one_annotation() {
    let (analysis, doc) = export();
    assert_eq!(doc["type"], "AnnotationCollection");
    assert_eq!(doc["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    let items = doc["first"]["items"].as_array().expect("items");
    let count = |motivation: &str| {
        items
            .iter()
            .filter(|i| i["motivation"] == motivation)
            .count()
    };
    let mentions: usize = analysis.articles.iter().map(|a| a.entities.len()).sum();
    let claims: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
    let links: usize = analysis.alignments.iter().map(|a| a.pairs.len()).sum();
    assert!(links > 0, "000 and 003 align");
    assert_eq!(count("identifying"), mentions);
    assert_eq!(count("classifying"), claims);
    assert_eq!(count("linking"), links);
    assert_eq!(doc["total"].as_u64(), Some(items.len() as u64));
}

#[test]
fn quote_and_position_selectors_agree_with_the_text() {
    let (_, doc) = export();
    let text_of = |source: &str| {
        SEEDS
            .iter()
            .find(|(f, _)| source == format!("urn:parallax:article:{f}"))
            .map(|(_, t)| Text::new(t))
            .expect("a known article")
    };
    let mut checked = 0;
    for item in doc["first"]["items"].as_array().expect("items") {
        let targets = match &item["target"] {
            Value::Array(many) => many.clone(),
            one => vec![one.clone()],
        };
        for target in targets {
            let text = text_of(target["source"]["id"].as_str().expect("source id"));
            let lang = target["source"]["language"].as_str().expect("language");
            assert!(lang == "fr" || lang == "en");
            let (quote, position) = (&target["selector"][0], &target["selector"][1]);
            assert_eq!(quote["type"], "TextQuoteSelector");
            assert_eq!(position["type"], "TextPositionSelector");
            let at = |k: &str| position[k].as_u64().expect("an offset") as usize;
            let (start, end) = (at("start"), at("end"));
            assert_eq!(quote["exact"], text.slice(Span::new(start, end)));
            let prefix = quote["prefix"].as_str().expect("prefix");
            let suffix = quote["suffix"].as_str().expect("suffix");
            assert!(text.slice(Span::new(0, start)).ends_with(prefix));
            assert!(text
                .slice(Span::new(end, text.char_len()))
                .starts_with(suffix));
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} targets checked");
}
