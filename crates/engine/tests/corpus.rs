//! What analysing articles together adds: a translation lends its dates' years.

use parallax_engine::{analyze_article, analyze_corpus};

const FR: &str = include_str!("../../../seeds/000_83485029acf59cfb.txt");
const EN: &str = include_str!("../../../seeds/003_e7624ea9e8843c03.txt");

fn april_ids(article: &parallax_engine::ArticleAnalysis) -> Vec<String> {
    article
        .entities
        .iter()
        .filter(|m| m.text.eq_ignore_ascii_case("april") || m.text == "avril")
        .map(|m| m.id.clone())
        .collect()
}

#[test]
fn an_undated_month_takes_the_year_its_translation_gives_it() {
    // Alone, the English article has no year for "In April".
    assert_eq!(april_ids(&analyze_article("003.txt", EN)), ["april"]);
    // Aligned with its dated French version, "avril" and "April" are one date.
    let analysis = analyze_corpus(&[("000.txt", FR), ("003.txt", EN)]);
    assert_eq!(analysis.alignments.len(), 1);
    assert_eq!(april_ids(&analysis.articles[0]), ["april_2023"]);
    assert_eq!(april_ids(&analysis.articles[1]), ["april_2023"]);
}
