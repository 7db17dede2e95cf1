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

/// An invented story in two versions: the English dateline gives a day without a year, the
/// French one a full date; a bare month stands in a range in both.
const DAY_FR: &str = "Le port de Valdora paralysé par une cyberattaque\n\nVALDORA, 12 mars 2027 (AFP) - Le port de Valdora a été paralysé jeudi par une cyberattaque, a annoncé son directeur.\n\nLes systèmes de réservation sont restés hors service pendant deux jours, selon la capitainerie.\n\nLe directeur a déclaré que les pirates avaient visé le port à plusieurs reprises entre janvier et février 2027.\n\nAucun groupe n'a revendiqué l'attaque.\n";
const DAY_EN: &str = "Valdora port crippled by cyberattack\n\nVALDORA, March 12 (Reuters) - The port of Valdora was crippled on Thursday by a cyberattack, its director announced.\n\nThe booking systems stayed offline for two days, according to the harbour master.\n\nThe director said the hackers had targeted the port several times between January and February 2027.\n\nNo group has claimed the attack.\n";

fn date_ids(article: &parallax_engine::ArticleAnalysis) -> Vec<String> {
    article
        .entities
        .iter()
        .filter(|m| m.kind == parallax_engine::EntityType::Date)
        .map(|m| m.id.clone())
        .collect()
}

#[test]
fn an_undated_day_takes_the_year_its_translation_gives_it() {
    assert_eq!(
        date_ids(&analyze_article("v_en.txt", DAY_EN))[0],
        "march_12"
    );
    let analysis = analyze_corpus(&[("v_fr.txt", DAY_FR), ("v_en.txt", DAY_EN)]);
    assert_eq!(analysis.alignments.len(), 1);
    for article in &analysis.articles {
        assert_eq!(
            date_ids(article),
            ["2027_03_12", "january_2027", "february_2027"],
            "{}",
            article.file
        );
    }
}

/// An invented story in two versions: only the English one says what "Nordhavn Line" is.
const LINE_FR: &str = "Des escales retardées après une cyberattaque\n\nOSLO, 4 juin 2027 (AFP) - Plusieurs ports norvégiens ont été perturbés mardi par une cyberattaque, a annoncé la police.\n\nLes systèmes de réservation sont restés hors service pendant deux jours, selon les autorités portuaires.\n\nSollicitée, Nordhavn Line a indiqué que dix de ses escales avaient été retardées.\n\nLes mêmes ports avaient déjà subi une panne informatique en janvier.\n\nAucun groupe n'a revendiqué l'attaque.\n";
const LINE_EN: &str = "Port calls delayed after cyberattack\n\nOSLO, June 4, 2027 (Reuters) - Several Norwegian ports were disrupted on Tuesday by a cyberattack, police announced.\n\nThe booking systems stayed offline for two days, according to the port authorities.\n\nThe shipping company Nordhavn Line said ten of its port calls had been delayed.\n\nThe same ports had already suffered a January computer outage.\n\nNo group has claimed the attack.\n";

#[test]
fn a_name_one_version_s_rules_find_is_found_where_the_other_writes_it() {
    let named = |article: &parallax_engine::ArticleAnalysis| -> Vec<(String, String)> {
        article
            .entities
            .iter()
            .filter(|m| m.text.starts_with("Nordhavn"))
            .map(|m| (m.text.clone(), m.id.clone()))
            .collect()
    };
    // Alone, the French version has no cue for the name.
    assert_eq!(named(&analyze_article("l_fr.txt", LINE_FR)), []);
    let analysis = analyze_corpus(&[("l_fr.txt", LINE_FR), ("l_en.txt", LINE_EN)]);
    assert_eq!(analysis.alignments.len(), 1);
    for article in &analysis.articles {
        assert_eq!(
            named(article),
            [("Nordhavn Line".to_string(), "nordhavn_line".to_string())],
            "{}",
            article.file
        );
    }
}

#[test]
fn a_month_one_version_dates_is_a_date_where_the_other_writes_its_name() {
    let january = |article: &parallax_engine::ArticleAnalysis| -> Vec<String> {
        article
            .entities
            .iter()
            .filter(|m| m.text == "January" || m.text == "janvier")
            .map(|m| m.id.clone())
            .collect()
    };
    // Alone, "a January outage" has no cue that makes the month a date.
    assert_eq!(january(&analyze_article("l_en.txt", LINE_EN)).len(), 0);
    let analysis = analyze_corpus(&[("l_fr.txt", LINE_FR), ("l_en.txt", LINE_EN)]);
    for article in &analysis.articles {
        assert_eq!(january(article), ["january_2027"], "{}", article.file);
    }
}
