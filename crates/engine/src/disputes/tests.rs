use super::titles::{event_titles, title, TitleParts};
use super::*;

fn seeds() -> Analysis {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds/");
    let files = [
        "000_83485029acf59cfb.txt",
        "002_f5e50ea9a2381cfb.txt",
        "003_e7624ea9e8843c03.txt",
    ];
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(format!("{root}{f}")).expect("seed"))
        .collect();
    let inputs: Vec<(&str, &str)> = files
        .iter()
        .copied()
        .zip(texts.iter().map(String::as_str))
        .collect();
    crate::analyze_corpus(&inputs)
}

fn party(id: &str, name: &str) -> Option<Party> {
    Some(Party {
        id: id.into(),
        name: name.into(),
    })
}

fn claim(
    sentence: usize,
    stance: Stance,
    speaker: Option<Party>,
    target: Option<Party>,
) -> crate::Claim {
    crate::Claim {
        sentence,
        text: String::new(),
        speaker,
        stance,
        target,
        about: "china_2020".into(),
        cue: None,
    }
}

/// A French and an English article with these claims, aligned sentence for sentence.
fn pair(fr: Vec<crate::Claim>, en: Vec<crate::Claim>) -> Analysis {
    let article = |file: &str, raw: &str, claims| {
        let mut a = crate::analyze_article(file, raw);
        a.claims = claims;
        a
    };
    let link = |s: usize| crate::align::AlignedPair {
        source: vec![s],
        target: vec![s],
        confidence: 1.0,
        divergences: Vec::new(),
    };
    Analysis {
        articles: vec![
            article("fr.txt", "Le ministère a accusé la Chine. Il a nié.", fr),
            article("en.txt", "The ministry accused China. It denied it.", en),
        ],
        alignments: vec![crate::Alignment {
            source: "fr.txt".into(),
            target: "en.txt".into(),
            confidence: 1.0,
            pairs: vec![link(0), link(1)],
        }],
    }
}

#[test]
fn a_translation_read_with_other_parties_is_still_one_claim() {
    let analysis = pair(
        vec![claim(
            0,
            Stance::Accusation,
            party("former_us_officials", "responsables américains"),
            party("china", "armée chinoise"),
        )],
        vec![claim(
            0,
            Stance::Accusation,
            party("washington_post", "Washington Post"),
            party("china", "Chinese military"),
        )],
    );
    let claims = translations(&analysis);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].versions, [(0, 0), (1, 0)]);
    // The English version's parties.
    assert_eq!(
        claims[0].speaker.as_ref().map(|p| p.id.as_str()),
        Some("washington_post")
    );
}

#[test]
fn another_stance_or_an_unaligned_sentence_is_another_claim() {
    let analysis = pair(
        vec![
            claim(
                0,
                Stance::Accusation,
                party("mfa", "ministère"),
                party("china", "Chine"),
            ),
            claim(1, Stance::Denial, None, party("china", "Chine")),
        ],
        vec![
            claim(
                0,
                Stance::Condemnation,
                party("mfa", "ministry"),
                party("china", "China"),
            ),
            claim(0, Stance::Denial, party("china", "China"), None),
        ],
    );
    let claims = translations(&analysis);
    assert_eq!(claims.len(), 4, "{claims:?}");
    assert!(claims.iter().all(|c| c.versions.len() == 1));
}

#[test]
fn among_candidates_the_one_whose_parties_agree_is_the_translation() {
    let analysis = pair(
        vec![claim(
            0,
            Stance::Accusation,
            party("mfa", "ministère"),
            party("nsa", "NSA"),
        )],
        vec![
            claim(0, Stance::Accusation, party("china_mfa", "ministry"), None),
            claim(
                0,
                Stance::Accusation,
                party("wikileaks", "WikiLeaks"),
                party("united_states", "US"),
            ),
        ],
    );
    let claims = translations(&analysis);
    assert_eq!(claims.len(), 2, "{claims:?}");
    // The NSA stands for the United States: the targets' sides agree.
    assert_eq!(claims[0].versions, [(0, 0), (1, 1)]);
    assert_eq!(claims[1].versions, [(1, 0)]);
}

#[test]
fn answers_point_at_the_accusation_against_their_side() {
    let analysis = pair(
        vec![
            claim(
                0,
                Stance::Accusation,
                party("washington_post", "Washington Post"),
                party("china", "Chine"),
            ),
            claim(1, Stance::Denial, party("china_mfa", "ministère"), None),
        ],
        vec![claim(
            1,
            Stance::NonConfirmation,
            party("japan_mfa", "ministry"),
            party("washington_post", "Post"),
        )],
    );
    let claims = translations(&analysis);
    assert_eq!(claims.len(), 3, "{claims:?}");
    let answers = answered(&claims);
    // A denial by a Chinese body answers the accusation against China; a non-confirmation
    // answers the accusation made by whom it targets; an accusation answers nothing.
    assert_eq!(answers.get(&1), Some(&0));
    assert_eq!(answers.get(&2), Some(&0));
    assert_eq!(answers.get(&0), None);
}

#[test]
fn names_one_per_party_and_language() {
    let names = Names {
        en: Some("China".into()),
        fr: Some("Chine".into()),
    };
    assert_eq!(names.in_lang(Lang::Fr), Some(("Chine", Lang::Fr)));
    assert_eq!(names.secondary(Lang::Fr), Some(("China", Lang::En)));
    let french_only = Names {
        en: None,
        fr: Some("unité 61419".into()),
    };
    assert_eq!(
        french_only.in_lang(Lang::En),
        Some(("unité 61419", Lang::Fr))
    );
    assert_eq!(french_only.secondary(Lang::En), None);
}

#[test]
fn titles_fill_templates_and_drop_unknown_parts() {
    let names = BTreeMap::from([(
        "tick".to_string(),
        Names {
            en: Some("Tick".into()),
            fr: Some("Tick".into()),
        },
    )]);
    let parts = TitleParts {
        accused: Some("china".into()),
        victim: Some("japan".into()),
        year: Some("2020".into()),
        ..TitleParts::default()
    };
    assert_eq!(
        title(&parts, &names, Lang::En),
        "Alleged Chinese cyberattacks on Japanese targets, 2020"
    );
    assert_eq!(
        title(&parts, &names, Lang::Fr),
        "Cyberattaques chinoises présumées contre des cibles japonaises, 2020"
    );
    let group = TitleParts {
        group: Some("tick".into()),
        ..TitleParts::default()
    };
    assert_eq!(
        title(&group, &names, Lang::En),
        "Alleged cyberattacks by Tick"
    );
    assert_eq!(
        title(&TitleParts::default(), &names, Lang::Fr),
        "Cyberattaques contestées"
    );
    let body = TitleParts {
        accused: Some("some_agency".into()),
        ..TitleParts::default()
    };
    // No adjective and no name for the accused: the title does without it, never the id.
    assert_eq!(title(&body, &names, Lang::En), "Disputed cyberattacks");
}

#[test]
fn seed_titles_say_what_happened() {
    let analysis = seeds();
    let claims = translations(&analysis);
    let names = display_names(&analysis.articles);
    let titles = event_titles(&analysis, &claims, &names);
    assert!(titles.len() >= 4, "{titles:?}");
    for (about, t) in &titles {
        for lang in [Lang::En, Lang::Fr] {
            let (text, _) = t.in_lang(lang).expect("a title");
            assert!(
                !text.contains('_') && text.split(' ').count() >= 3,
                "{about}: {text}"
            );
            assert!(
                !text.split([' ', ',']).any(|w| w == "US"),
                "{about}: {text}"
            );
        }
    }
    let china_2020 = &titles["china_2020"];
    assert_eq!(
        china_2020.en.as_deref(),
        Some("Alleged Chinese cyberattacks on Japanese targets, 2020")
    );
    assert_eq!(
        titles["tick"].en.as_deref(),
        Some("Alleged cyberattacks by Tick")
    );
    // A victim written as an adjective of nationality a few words after "contre".
    assert_eq!(
        titles["stuxnet_2010"].fr.as_deref(),
        Some("Cyberattaques américaines présumées au moyen de Stuxnet contre des cibles iraniennes, 2010")
    );
}

#[test]
fn seed_claims_once_with_their_translations() {
    let analysis = seeds();
    let claims = translations(&analysis);
    let total: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
    let versions: usize = claims.iter().map(|c| c.versions.len()).sum();
    assert_eq!(versions, total, "every claim in exactly one item");
    let both = claims.iter().filter(|c| c.versions.len() == 2).count();
    assert!(both >= 10, "{both} claims with their translation");
    for c in &claims {
        let langs: Vec<Lang> = c
            .versions
            .iter()
            .map(|&(a, _)| analysis.articles[a].lang)
            .collect();
        assert!(langs.len() == 1 || langs[0] != langs[1], "{c:?}");
    }
    // The Washington Post's report, read in both languages, is one claim.
    let report = claims
        .iter()
        .filter(|c| {
            c.speaker
                .as_ref()
                .is_some_and(|p| p.id == "washington_post")
        })
        .filter(|c| c.versions.len() == 2)
        .count();
    assert!(report >= 1);
    // Every denial in the seeds is linked to an accusation.
    let answers = answered(&claims);
    for (i, c) in claims.iter().enumerate() {
        if c.stance == Stance::Denial {
            let j = answers
                .get(&i)
                .copied()
                .expect("a denial answers an accusation");
            assert_eq!(claims[j].stance, Stance::Accusation);
        }
    }
}

#[test]
fn seed_names_are_one_per_party() {
    let analysis = seeds();
    let names = display_names(&analysis.articles);
    assert_eq!(names["china"].en.as_deref(), Some("China"));
    assert_eq!(names["china"].fr.as_deref(), Some("Chine"));
    assert_eq!(names["tick"].en.as_deref(), Some("Tick"));
    for (id, n) in &names {
        assert!(n.en.is_some() || n.fr.is_some(), "{id}");
    }
}

#[test]
fn a_slug_ends_in_a_year_only_inside_the_calendar_window() {
    use super::titles::split_year;
    assert_eq!(split_year("china_2020"), ("china", Some("2020")));
    assert_eq!(split_year("uac_0002"), ("uac_0002", None));
    assert_eq!(split_year("apt40"), ("apt40", None));
    let parts = TitleParts {
        accused: Some("north_korea".into()),
        ..TitleParts::default()
    };
    assert_eq!(
        title(&parts, &BTreeMap::new(), Lang::En),
        "Alleged North Korean cyberattacks"
    );
    assert_eq!(
        title(&parts, &BTreeMap::new(), Lang::Fr),
        "Cyberattaques nord-coréennes présumées"
    );
}
