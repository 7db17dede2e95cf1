//! Sentence alignment on real text: the seed pair against its gold, four loose
//! translations written for these tests (one-sided headlines and paragraphs,
//! a dropped sentence, 2:1, 1:2 and 1:3 splits, swapped sentences, a restatement),
//! perturbations of the seed pair, and degenerate input.
//!
//! Expected alignments are files of lines `french indexes -> english indexes`.

use parallax_engine::align::{align_pair, Alignment, DivergenceKind, Side};
use parallax_engine::{analyze_article, analyze_corpus, ArticleAnalysis};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn crate_file(path: &str) -> String {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn fixture(name: &str) -> String {
    crate_file(&format!("tests/fixtures/{name}"))
}

const SEED_FR: &str = "../../seeds/000_83485029acf59cfb.txt";
const SEED_OTHER_FR: &str = "../../seeds/002_f5e50ea9a2381cfb.txt";
const SEED_EN: &str = "../../seeds/003_e7624ea9e8843c03.txt";

/// Render an alignment as `1 2 -> 0` lines.
fn render(alignment: &Alignment) -> String {
    let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(" ");
    alignment
        .pairs
        .iter()
        .map(|p| {
            format!("{} -> {}", join(&p.source), join(&p.target))
                .trim()
                .to_string()
                + "\n"
        })
        .collect()
}

/// Align a French and an English text and compare with the expected rendering.
fn check(fr: &str, en: &str, expected: &str) -> Alignment {
    let alignment = align_pair(
        &analyze_article("fr.txt", fr),
        &analyze_article("en.txt", en),
    );
    assert_eq!(render(&alignment), expected);
    alignment
}

/// The links of an alignment as text pairs, the way the scorer counts them.
type Links = BTreeSet<(Option<String>, Option<String>)>;

fn links(groups: &[(Vec<String>, Vec<String>)]) -> Links {
    let mut out = Links::new();
    for (fr, en) in groups {
        let fr: Vec<Option<String>> = if fr.is_empty() {
            vec![None]
        } else {
            fr.iter().cloned().map(Some).collect()
        };
        let en: Vec<Option<String>> = if en.is_empty() {
            vec![None]
        } else {
            en.iter().cloned().map(Some).collect()
        };
        for a in &fr {
            for b in &en {
                if a.is_some() || b.is_some() {
                    out.insert((a.clone(), b.clone()));
                }
            }
        }
    }
    out
}

fn text_groups(
    a: &Alignment,
    fr: &ArticleAnalysis,
    en: &ArticleAnalysis,
) -> Vec<(Vec<String>, Vec<String>)> {
    a.pairs
        .iter()
        .map(|p| {
            (
                p.source
                    .iter()
                    .map(|&i| fr.sentences[i].text.clone())
                    .collect(),
                p.target
                    .iter()
                    .map(|&j| en.sentences[j].text.clone())
                    .collect(),
            )
        })
        .collect()
}

fn f1(found: &Links, gold: &Links) -> f64 {
    let hits = found.intersection(gold).count() as f64;
    if hits == 0.0 {
        return 0.0;
    }
    2.0 * hits / (found.len() + gold.len()) as f64
}

#[test]
fn seed_pair_matches_gold_and_the_other_story_is_left_out() {
    let (fr, other, en) = (
        crate_file(SEED_FR),
        crate_file(SEED_OTHER_FR),
        crate_file(SEED_EN),
    );
    let analysis = analyze_corpus(&[("000.txt", &fr), ("002.txt", &other), ("003.txt", &en)]);
    assert_eq!(
        analysis.alignments.len(),
        1,
        "only 000 || 003 are translations"
    );
    let alignment = &analysis.alignments[0];
    assert_eq!(
        (alignment.source.as_str(), alignment.target.as_str()),
        ("000.txt", "003.txt")
    );
    assert!(alignment.confidence > 0.8, "{}", alignment.confidence);
    assert_eq!(render(alignment), fixture("align_seeds_000_003.expected"));
}

#[test]
fn sandworm_pair_with_dropped_sentence_splits_and_extra_paragraph() {
    let alignment = check(
        &fixture("align_sandworm_fr.txt"),
        &fixture("align_sandworm_en.txt"),
        &fixture("align_sandworm.expected"),
    );
    // "Les pirates auraient programmé…" / "The hackers had scheduled…": the hedge is French only.
    let hedged = &alignment.pairs[2];
    assert!(hedged
        .divergences
        .iter()
        .any(|d| d.kind == DivergenceKind::Hedge && d.side == Side::Source));
    // "à 19 heures" and "19:00" are the same number.
    assert!(!hedged
        .divergences
        .iter()
        .any(|d| d.kind == DivergenceKind::Number));
}

#[test]
fn lazarus_pair_with_english_only_headline_and_french_only_closing() {
    check(
        &fixture("align_lazarus_fr.txt"),
        &fixture("align_lazarus_en.txt"),
        &fixture("align_lazarus.expected"),
    );
}

#[test]
fn iran_pair_with_swapped_sentences_a_one_to_three_split_and_an_inserted_paragraph() {
    check(
        &fixture("align_iran_fr.txt"),
        &fixture("align_iran_en.txt"),
        &fixture("align_iran.expected"),
    );
}

/// Written after the aligner was tuned, as a held-out check (it scored 9 of 10 links;
/// the restating sentence "It was the first time…" led to `absorb`): a French-only
/// headline and sentence, an English-only paragraph, 1:2 and 2:1.
#[test]
fn anssi_pair_with_a_restating_sentence() {
    check(
        &fixture("align_anssi_fr.txt"),
        &fixture("align_anssi_en.txt"),
        &fixture("align_anssi.expected"),
    );
}

#[test]
fn divergences_name_what_one_side_adds() {
    let mut fr = analyze_article(
        "fr",
        "Le ministère aurait été piraté en 2021 par « des espions », selon la presse.",
    );
    let mut en = analyze_article("en", "The ministry was hacked in 2020 by spies.");
    // A stance on one side only: borrow any claim the extractor made on the seed.
    let seed = analyze_article("seed", &crate_file(SEED_EN));
    fr.claims.clear();
    en.claims = seed.claims.iter().take(1).cloned().collect();
    for claim in &mut en.claims {
        claim.sentence = 0;
        claim.stance = parallax_engine::Stance::Denial;
    }
    let alignment = align_pair(&fr, &en);
    assert_eq!(render(&alignment), "0 -> 0\n");
    let found: Vec<(DivergenceKind, Side, &str)> = alignment.pairs[0]
        .divergences
        .iter()
        .map(|d| (d.kind, d.side, d.detail.as_str()))
        .filter(|(kind, _, _)| *kind != DivergenceKind::Entity)
        .collect();
    let mut expected = vec![
        (
            DivergenceKind::Hedge,
            Side::Source,
            "hedge \"aurait\", \"selon\" in French only",
        ),
        (
            DivergenceKind::Number,
            Side::Source,
            "number 2021 in French only",
        ),
        (
            DivergenceKind::Number,
            Side::Target,
            "number 2020 in English only",
        ),
        (
            DivergenceKind::Quote,
            Side::Source,
            "quotation «des espions» in French only",
        ),
    ];
    if !en.claims.is_empty() {
        expected.push((
            DivergenceKind::Stance,
            Side::Target,
            "denial claim in English only",
        ));
    }
    assert_eq!(found, expected);
}

/// Every French/English combination of the fixtures and seeds (all about state
/// cyberattacks) is tried; only the true translations pass, each once, French first.
#[test]
fn only_translations_are_paired() {
    let files = [
        ("sandworm_fr", fixture("align_sandworm_fr.txt")),
        ("lazarus_en", fixture("align_lazarus_en.txt")),
        ("iran_fr", fixture("align_iran_fr.txt")),
        ("seed_en", crate_file(SEED_EN)),
        ("lazarus_fr", fixture("align_lazarus_fr.txt")),
        ("seed_other_fr", crate_file(SEED_OTHER_FR)),
        ("iran_en", fixture("align_iran_en.txt")),
        ("sandworm_en", fixture("align_sandworm_en.txt")),
        ("seed_fr", crate_file(SEED_FR)),
        ("anssi_en", fixture("align_anssi_en.txt")),
        ("anssi_fr", fixture("align_anssi_fr.txt")),
    ];
    let inputs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let analysis = analyze_corpus(&inputs);
    let mut pairs: Vec<(&str, &str)> = analysis
        .alignments
        .iter()
        .map(|a| (a.source.as_str(), a.target.as_str()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("anssi_fr", "anssi_en"),
            ("iran_fr", "iran_en"),
            ("lazarus_fr", "lazarus_en"),
            ("sandworm_fr", "sandworm_en"),
            ("seed_fr", "seed_en")
        ]
    );
    // The margin: the best wrong combination stays well under the threshold.
    let articles = &analysis.articles;
    let mut worst_wrong: f32 = 0.0;
    for fr in articles
        .iter()
        .filter(|a| a.lang == parallax_engine::Lang::Fr)
    {
        for en in articles
            .iter()
            .filter(|a| a.lang == parallax_engine::Lang::En)
        {
            let right = fr.file.split('_').next() == en.file.split('_').next()
                && !fr.file.contains("other");
            if !right {
                worst_wrong = worst_wrong.max(align_pair(fr, en).confidence);
            }
        }
    }
    eprintln!("best wrong pair: {worst_wrong}");
    assert!(worst_wrong < 0.3, "a wrong pair reached {worst_wrong}");
}

/// Whatever the pair, every sentence of each side appears in exactly one link, groups
/// are runs of consecutive sentences, and confidences lie in [0, 1].
#[test]
fn every_alignment_partitions_both_texts() {
    let texts = [
        crate_file(SEED_FR),
        crate_file(SEED_OTHER_FR),
        crate_file(SEED_EN),
        fixture("align_iran_fr.txt"),
        fixture("align_iran_en.txt"),
        fixture("align_anssi_en.txt"),
    ];
    let articles: Vec<ArticleAnalysis> = texts.iter().map(|t| analyze_article("x", t)).collect();
    for fr in &articles {
        for en in &articles {
            let alignment = align_pair(fr, en);
            let mut sources: Vec<usize> = Vec::new();
            let mut targets: Vec<usize> = Vec::new();
            for p in &alignment.pairs {
                assert!((0.0..=1.0).contains(&p.confidence));
                for group in [&p.source, &p.target] {
                    assert!(group.windows(2).all(|w| w[1] == w[0] + 1), "{group:?}");
                }
                sources.extend(&p.source);
                targets.extend(&p.target);
            }
            sources.sort_unstable();
            targets.sort_unstable();
            assert_eq!(sources, (0..fr.sentences.len()).collect::<Vec<_>>());
            assert_eq!(targets, (0..en.sentences.len()).collect::<Vec<_>>());
        }
    }
}

/// Drop each sentence of one side in turn: the rest must stay aligned and the
/// dropped sentence's counterparts must become one-sided.
#[test]
fn seed_pair_survives_dropping_any_sentence() {
    let (fr, en) = (crate_file(SEED_FR), crate_file(SEED_EN));
    let (fr_a, en_a) = (analyze_article("fr", &fr), analyze_article("en", &en));
    let gold = text_groups(&align_pair(&fr_a, &en_a), &fr_a, &en_a);
    let mut worst: f64 = 1.0;
    for french_side in [true, false] {
        let count = if french_side {
            fr_a.sentences.len()
        } else {
            en_a.sentences.len()
        };
        for k in 0..count {
            let dropped = if french_side {
                &fr_a.sentences[k].text
            } else {
                &en_a.sentences[k].text
            };
            let expected: Vec<(Vec<String>, Vec<String>)> = gold
                .iter()
                .map(|(f, e)| {
                    let keep = |v: &Vec<String>| {
                        v.iter()
                            .filter(|s| *s != dropped)
                            .cloned()
                            .collect::<Vec<_>>()
                    };
                    (keep(f), keep(e))
                })
                .collect();
            let (fr2, en2) = if french_side {
                (fr.replacen(dropped.as_str(), "", 1), en.clone())
            } else {
                (fr.clone(), en.replacen(dropped.as_str(), "", 1))
            };
            let (fr2_a, en2_a) = (analyze_article("fr", &fr2), analyze_article("en", &en2));
            let found = links(&text_groups(&align_pair(&fr2_a, &en2_a), &fr2_a, &en2_a));
            let score = f1(&found, &links(&expected));
            assert!(score >= 0.85, "dropping {dropped:?}: F1 {score}");
            worst = worst.min(score);
        }
    }
    eprintln!("worst perturbation F1 {worst}");
    assert!(worst >= 0.85);
}

/// Sentences of other stories slipped into the English version between its paragraphs
/// stay one-sided and leave the rest of the alignment alone.
#[test]
fn seed_pair_leaves_foreign_sentences_one_sided() {
    let (fr, en) = (crate_file(SEED_FR), crate_file(SEED_EN));
    let (fr_a, en_a) = (analyze_article("fr", &fr), analyze_article("en", &en));
    let mut expected = links(&text_groups(&align_pair(&fr_a, &en_a), &fr_a, &en_a));
    let mut foreign = Vec::new();
    for name in [
        "align_sandworm_en.txt",
        "align_lazarus_en.txt",
        "align_iran_en.txt",
    ] {
        let other = analyze_article("x", &fixture(name));
        foreign.extend(
            other
                .sentences
                .iter()
                .skip(1)
                .take(2)
                .map(|s| s.text.clone()),
        );
    }
    let mut sentences: Vec<String> = en_a.sentences.iter().map(|s| s.text.clone()).collect();
    // Between paragraphs of 003, never inside a group that one French sentence renders.
    for (k, at) in [17, 12, 8, 3, 0, 0].into_iter().enumerate() {
        sentences.insert(at, foreign[k].clone());
        expected.insert((None, Some(foreign[k].clone())));
    }
    let en2_a = analyze_article("en", &sentences.join("\n\n"));
    let found = links(&text_groups(&align_pair(&fr_a, &en2_a), &fr_a, &en2_a));
    let score = f1(&found, &expected);
    assert!(
        score >= 0.95,
        "F1 {score}: {:#?}",
        found.symmetric_difference(&expected)
    );
}

/// A short English version (the first paragraph only) of a long French text is still
/// its translation.
#[test]
fn short_version_of_a_long_text_is_paired() {
    let fr = crate_file(SEED_FR);
    let en = crate_file(SEED_EN);
    let first_paragraph = en.lines().next().unwrap_or_default();
    let analysis = analyze_corpus(&[("fr.txt", &fr), ("en.txt", first_paragraph)]);
    assert_eq!(analysis.alignments.len(), 1);
    let expected = "0 ->\n1 -> 0 1\n2 -> 2\n";
    assert!(render(&analysis.alignments[0]).starts_with(expected));
}

/// Paragraphing carries no weight: one sentence per paragraph or one block aligns the same.
#[test]
fn seed_pair_ignores_paragraphing() {
    let (fr, en) = (crate_file(SEED_FR), crate_file(SEED_EN));
    let expected = fixture("align_seeds_000_003.expected");
    let en_split = en.replace(". ", ".\n\n");
    let fr_a = analyze_article("fr", &fr);
    let en_a = analyze_article("en", &en_split);
    assert_eq!(en_a.sentences.len(), 19);
    assert_eq!(render(&align_pair(&fr_a, &en_a)), expected);
}

#[test]
fn degenerate_input_does_not_panic() {
    let fr = crate_file(SEED_FR);
    let empty_fr = analyze_article("e.txt", "");
    let mut empty_en = analyze_article("e.txt", "");
    empty_en.lang = parallax_engine::Lang::En;
    let full = analyze_article("fr", &fr);
    let one_line = analyze_article("en", "The ministry said nothing.");
    for (a, b) in [
        (&empty_fr, &empty_en),
        (&full, &empty_en),
        (&empty_fr, &one_line),
        (&full, &one_line),
    ] {
        let alignment = align_pair(a, b);
        let sources: usize = alignment.pairs.iter().map(|p| p.source.len()).sum();
        let targets: usize = alignment.pairs.iter().map(|p| p.target.len()).sum();
        assert_eq!((sources, targets), (a.sentences.len(), b.sentences.len()));
        assert!(alignment
            .pairs
            .iter()
            .all(|p| (0.0..=1.0).contains(&p.confidence)));
    }
    assert!(analyze_corpus(&[
        ("a", ""),
        ("b", "\u{0}\u{7}«»“"),
        ("c", "1,2.3 19h 4 000 000")
    ])
    .alignments
    .is_empty());
}

/// The entity notes of the first link of a French and an English sentence.
fn entity_notes(fr: &ArticleAnalysis, en: &ArticleAnalysis) -> Vec<String> {
    let alignment = align_pair(fr, en);
    alignment.pairs[0]
        .divergences
        .iter()
        .filter(|d| d.kind == DivergenceKind::Entity)
        .map(|d| d.detail.clone())
        .collect()
}

#[test]
fn a_name_and_a_description_of_one_party_are_no_difference() {
    let fr = analyze_article(
        "fr",
        "Mao Ning a démenti toute cyberattaque contre le Japon.",
    );
    let mut en = analyze_article(
        "en",
        "The spokesperson denied any cyber attack against Japan.",
    );
    assert!(
        fr.entities.iter().any(|m| m.id == "mao_ning"),
        "{:?}",
        fr.entities
    );
    // Without a claim saying who "the spokesperson" is, the name is on one side only, and
    // the note names the person, not an id.
    en.claims.clear();
    assert_eq!(entity_notes(&fr, &en), ["Mao Ning named in French only"]);
    // The English claim's speaker is the same person: nothing is missing.
    let speaker = parallax_engine::claims::Party {
        id: "mao_ning".into(),
        name: "The spokesperson".into(),
    };
    en.claims = vec![parallax_engine::Claim {
        sentence: 0,
        text: en.sentences[0].text.clone(),
        speaker: Some(speaker),
        stance: parallax_engine::Stance::Denial,
        target: None,
        about: "japan".into(),
        cue: None,
    }];
    assert_eq!(entity_notes(&fr, &en), Vec::<String>::new());
}

#[test]
fn no_seed_note_says_a_party_is_named_on_one_side_only_where_the_other_describes_it() {
    let fr = crate_file("../../seeds/000_83485029acf59cfb.txt");
    let en = crate_file("../../seeds/003_e7624ea9e8843c03.txt");
    let analysis = analyze_corpus(&[("fr.txt", &fr), ("en.txt", &en)]);
    for pair in &analysis.alignments[0].pairs {
        for d in &pair.divergences {
            assert!(!d.detail.contains('_'), "an id in a note: {}", d.detail);
            for party in ["Mao Ning", "Washington Post", "former us officials"] {
                assert!(
                    !d.detail.starts_with(party),
                    "{:?}: {}",
                    pair.source,
                    d.detail
                );
            }
        }
    }
}

#[test]
fn a_stance_the_other_version_has_a_word_for_is_no_difference() {
    // The French sentence urges Washington too ("exhortant Washington à suspendre"), where
    // the English says so in a sentence of its own: no "condemnation in English only".
    let fr = crate_file("../../seeds/000_83485029acf59cfb.txt");
    let en = crate_file("../../seeds/003_e7624ea9e8843c03.txt");
    let analysis = analyze_corpus(&[("fr.txt", &fr), ("en.txt", &en)]);
    let stance_notes: Vec<&str> = analysis.alignments[0]
        .pairs
        .iter()
        .flat_map(|p| &p.divergences)
        .filter(|d| d.detail.contains(" claim in "))
        .map(|d| d.detail.as_str())
        .collect();
    assert!(stance_notes.is_empty(), "{stance_notes:?}");
    // A stance with no word for it on the other side is still a difference.
    let [a, b] = [
        "Titre\n\nLe ministère a publié un rapport sur la campagne.\n",
        "Title\n\nThe ministry denied the report on the campaign as baseless.\n",
    ];
    let analysis = analyze_corpus(&[("a.txt", a), ("b.txt", b)]);
    let notes: Vec<String> = analysis
        .alignments
        .iter()
        .flat_map(|al| &al.pairs)
        .flat_map(|p| &p.divergences)
        .map(|d| d.detail.clone())
        .collect();
    assert_eq!(analysis.alignments.len(), 1, "the two versions pair up");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("denial claim in English only")),
        "{notes:?}"
    );
}

#[test]
fn a_thing_given_one_id_across_the_pair_is_no_longer_named_in_one_version_only() {
    // Invented pair: « Parlement fédéral » and "Federal Parliament" get one id once the
    // sentences are linked, and the linked pair's notes say nothing is missing.
    let fr = "Cyberattaque contre le Parlement\n\nLes messageries du Parlement fédéral ont été piratées mardi par des inconnus.\n\nLe service a été rétabli mercredi.\n";
    let en = "Cyberattack on Parliament\n\nThe mailboxes of the Federal Parliament were hacked on Tuesday by unknown actors.\n\nService was restored on Wednesday.\n";
    let analysis = analyze_corpus(&[("p_fr.txt", fr), ("p_en.txt", en)]);
    let ids = |file: &str, text: &str| {
        let article = analysis.articles.iter().find(|a| a.file == file).unwrap();
        article
            .entities
            .iter()
            .find(|m| m.text == text)
            .map(|m| m.id.clone())
    };
    assert_eq!(
        ids("p_fr.txt", "Parlement fédéral"),
        ids("p_en.txt", "Federal Parliament")
    );
    let notes: Vec<&str> = analysis.alignments[0]
        .pairs
        .iter()
        .flat_map(|p| p.divergences.iter())
        .filter(|d| d.kind == DivergenceKind::Entity)
        .map(|d| d.detail.as_str())
        .collect();
    assert!(
        notes
            .iter()
            .all(|n| !n.contains("parliament") && !n.contains("parlement")),
        "{notes:?}"
    );
}

#[test]
fn a_question_reworded_between_two_links_is_linked_to_its_translation() {
    // Between two sentences the aligner links surely, one sentence on each side shares no
    // anchor with the other (« Qu'en pensez-vous ? » / "What is your view?") but sits at
    // the same place with a fitting length and names nothing: one passage reworded, not one
    // dropped and one added.
    let fr = "Entretien avec la ministre\n\n\
        Question : l'ambassade de Ruritanie à Freedonia City parle d'une calomnie sans fondement publiée le 3 mars 2026.\n\
        Qu'en pensez-vous ?\n\
        Réponse : l'ambassade de Ruritanie répète la même formule depuis 2019, à chaque rapport technique de l'agence freedonienne.\n";
    let en = "Interview with the minister\n\n\
        Question: the Ruritanian embassy in Freedonia City speaks of a groundless slander published on 3 March 2026.\n\
        What is your view?\n\
        Answer: the Ruritanian embassy has repeated the same formula since 2019, after every technical report of the Freedonian agency.\n";
    check(fr, en, "0 -> 0\n1 -> 1\n2 -> 2\n3 -> 3\n");
    // A sentence one version adds there, naming what the other does not (a year), leaves the
    // whole gap one-sided: which of its sentences translates the question is not known.
    let en_added = en.replace(
        "What is your view?\n",
        "What is your view?\nThe minister smiled before she spoke, as she did on Sylvanian television in 2024.\n",
    );
    check(fr, &en_added, "0 -> 0\n1 -> 1\n-> 2\n-> 3\n2 ->\n3 -> 4\n");
}
