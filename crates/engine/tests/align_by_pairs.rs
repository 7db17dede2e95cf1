//! Aligning pair by pair (`candidate_pairs`, `align_if_translation`, `link_with`), as the app
//! does to keep each task short, gives exactly what `analyze_corpus` gives in one go.

use parallax_engine::align::{align_if_translation, candidate_pairs};
use parallax_engine::{analyze_article, analyze_corpus, json::to_json, link_with};

mod seeds;
use seeds::SEEDS;

const FIXTURES: [(&str, &str); 4] = [
    (
        "align_sandworm_fr.txt",
        include_str!("fixtures/align_sandworm_fr.txt"),
    ),
    (
        "align_sandworm_en.txt",
        include_str!("fixtures/align_sandworm_en.txt"),
    ),
    (
        "claims_oilrig_fr.txt",
        include_str!("fixtures/claims_oilrig_fr.txt"),
    ),
    (
        "align_iran_en.txt",
        include_str!("fixtures/align_iran_en.txt"),
    ),
];

#[test]
fn pair_by_pair_equals_all_at_once() {
    let inputs: Vec<(&str, &str)> = SEEDS.iter().chain(&FIXTURES).copied().collect();
    let articles: Vec<_> = inputs.iter().map(|(f, t)| analyze_article(f, t)).collect();
    let candidates = candidate_pairs(&articles);
    assert!(candidates.len() >= 3, "{candidates:?}");
    let alignments = candidates
        .iter()
        .filter_map(|&(fr, en)| align_if_translation(&articles[fr], &articles[en]))
        .collect();
    let by_pairs = link_with(articles, alignments);
    assert!(by_pairs.alignments.len() >= 2);
    assert_eq!(to_json(&by_pairs), to_json(&analyze_corpus(&inputs)));
}

#[test]
fn articles_naming_different_things_are_not_tried_as_translations() {
    let inputs = [
        SEEDS[0],
        SEEDS[2],
        (
            "claims_ronin_en.txt",
            include_str!("fixtures/claims_ronin_en.txt"),
        ),
    ];
    let articles: Vec<_> = inputs.iter().map(|(f, t)| analyze_article(f, t)).collect();
    // 000 (French) and 003 (English) tell one story; the Ronin bridge theft is another.
    assert_eq!(candidate_pairs(&articles), vec![(0, 1)]);
}
