//! Entity recognition, rule by rule, as annotated text: `check(input, expected)`
//! renders the analysis with `debug::entities_inline` (`[Mao Ning]PERSON:mao_ning`).
//! Then the seeds and the fixture articles as regressions.

use parallax_engine::debug::entities_inline;
use parallax_engine::{analyze_article, entities, EntityType};

fn check(input: &str, expected: &str) {
    let analysis = analyze_article("test.txt", input);
    assert_eq!(
        entities_inline(input, &analysis),
        expected,
        "input: {input}"
    );
}

#[test]
fn knowledge_base_names_in_both_languages() {
    check(
        "Pékin et Beijing, Washington et le Washington Post.",
        "[Pékin]GPE:beijing et [Beijing]GPE:beijing, [Washington]GPE:washington et le [Washington Post]ORG:washington_post.",
    );
    check(
        "Il a cité le Pentagone et the Pentagon.",
        "Il a cité le [Pentagone]ORG:pentagon et the [Pentagon]ORG:pentagon.",
    );
    check(
        "L'Agence de sécurité nationale (NSA) des États-Unis et la CIA.",
        "L'[Agence de sécurité nationale]ORG:nsa ([NSA]ORG:nsa) des [États-Unis]GPE:united_states et la [CIA]ORG:cia.",
    );
    // The same words before an acronym the entry does not list name another body.
    check(
        "The National Security Agency (RTA) of Estonia said the RTA had traced it.",
        "The [National Security Agency]ORG:rta ([RTA]ORG:rta) of [Estonia]GPE:estonia said the [RTA]ORG:rta had traced it.",
    );
    check(
        "The US National Security Agency (NSA) spied on Tokyo.",
        "The [US]GPE:united_states [National Security Agency]ORG:nsa ([NSA]ORG:nsa) spied on [Tokyo]GPE:tokyo.",
    );
}

#[test]
fn capitals_have_their_french_names() {
    check(
        "Kaboul et Kabul, Tachkent et Tashkent, Oulan-Bator et Ulaanbaatar.",
        "[Kaboul]GPE:kabul et [Kabul]GPE:kabul, [Tachkent]GPE:tashkent et [Tashkent]GPE:tashkent, [Oulan-Bator]GPE:ulaanbaatar et [Ulaanbaatar]GPE:ulaanbaatar.",
    );
    // A capital stands for its government, as the other curated capitals do.
    assert_eq!(
        entities::lookup("algiers").and_then(|e| e.country.clone()),
        Some("algeria".to_string())
    );
}

#[test]
fn elision_possessive_hyphen_and_case() {
    check(
        "Selon l’ANSSI, d’après l’OTAN et l’UE.",
        "Selon l’[ANSSI]ORG:anssi, d’après l’[OTAN]ORG:nato et l’[UE]ORG:eu.",
    );
    check(
        "the NSA's program and China’s neighbours",
        "the [NSA]ORG:nsa's program and [China]GPE:china’s neighbours",
    );
    check(
        "The US-Japanese cooperation and ex-US officials.",
        "The [US]GPE:united_states-Japanese cooperation and ex-[US]GPE:united_states officials.",
    );
    // `us` the pronoun is not the United States; accents and non-breaking spaces fold.
    check("Tell us more.", "Tell us more.");
    check(
        "Les Etats-Unis\u{a0}et la Corée du Nord.",
        "Les [Etats-Unis]GPE:united_states\u{a0}et la [Corée du Nord]GPE:north_korea.",
    );
}

#[test]
fn ministries_get_their_country_by_rule() {
    check(
        "Le porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a répondu.",
        "Le porte-parole du [ministère chinois des Affaires étrangères]ORG:china_mfa, [Mao Ning]PERSON:mao_ning, a répondu.",
    );
    check(
        "The Chinese Foreign Ministry said so. Foreign Ministry spokesperson Mao Ning agreed.",
        "The [Chinese Foreign Ministry]ORG:china_mfa said so. [Foreign Ministry]ORG:china_mfa spokesperson [Mao Ning]PERSON:mao_ning agreed.",
    );
    check(
        "Japan's Foreign Ministry condemned the attack.",
        "[Japan]GPE:japan's [Foreign Ministry]ORG:japan_mfa condemned the attack.",
    );
    check(
        "Une déclaration du ministère des affaires étrangères du Japon.",
        "Une déclaration du [ministère des affaires étrangères du Japon]ORG:japan_mfa.",
    );
    check(
        "Le ministère japonais de la Défense a réagi.",
        "Le [ministère japonais de la Défense]ORG:japan_mod a réagi.",
    );
    check(
        "The Ministry of Foreign Affairs of Japan said so.",
        "The [Ministry of Foreign Affairs of Japan]ORG:japan_mfa said so.",
    );
    // No country named: the country of the place named just before, else the bare portfolio.
    check(
        "Tehran rejected it. Foreign Ministry spokesman Nasser Kanani spoke.",
        "[Tehran]GPE:tehran rejected it. [Foreign Ministry]ORG:iran_mfa spokesman [Nasser Kanani]PERSON:nasser_kanani spoke.",
    );
    check(
        "The Foreign Ministry said so.",
        "The [Foreign Ministry]ORG:mfa said so.",
    );
    // A lowercase head without a capitalised complement is no name.
    check(
        "L'agence de presse chinoise a publié.",
        "L'agence de presse chinoise a publié.",
    );
}

#[test]
fn organisations_by_head_or_last_word() {
    check(
        "The Hubei State Security Department and the Water Authority.",
        "The [Hubei State Security Department]ORG:hubei_state_security_department and the [Water Authority]ORG:water_authority.",
    );
    check(
        "La société Wuhan Xiaoruizhi Science and Technology Company.",
        "La société [Wuhan Xiaoruizhi Science and Technology Company]ORG:wuhan_xiaoruizhi_science_and_technology_company.",
    );
    check(
        "Le South China Morning Post et Kyodo News.",
        "Le [South China Morning Post]ORG:south_china_morning_post et [Kyodo News]ORG:kyodo.",
    );
}

#[test]
fn organisations_keep_their_complements() {
    // A known organisation and its country complement: one mention, the known id.
    check(
        "The Federal Security Service of the Russian Federation denied it.",
        "The [Federal Security Service of the Russian Federation]ORG:fsb denied it.",
    );
    // `and` inside a name, a known name inside a longer one.
    check(
        "The Military Intelligence and Security Service said so.",
        "The [Military Intelligence and Security Service]ORG:military_intelligence_and_security_service said so.",
    );
    // A title after the head, a capitalised word after a suffix: not part of the name.
    check(
        "A Foreign Ministry Spokesperson spoke at the Daily Press Conference.",
        "A [Foreign Ministry]ORG:mfa Spokesperson spoke at the Daily Press Conference.",
    );
    // A French complement after a title-cased English name describes it.
    check(
        "Le National Cyber Security Centre du Royaume-Uni a publié.",
        "Le [National Cyber Security Centre]ORG:uk_ncsc du [Royaume-Uni]GPE:united_kingdom a publié.",
    );
    // A French name capitalises its first word only: adjectives follow their nouns and
    // complements run on (`et` joining two), up to the verb.
    check(
        "Le Bureau de la pêche côtière de la province de Nordland a publié un avis.",
        "Le [Bureau de la pêche côtière de la province de Nordland]ORG:bureau_de_la_peche_cotiere_de_la_province_de_nordland a publié un avis.",
    );
    check(
        "L'Agence nationale de la sécurité des ports et de la navigation a démenti.",
        "L'[Agence nationale de la sécurité des ports et de la navigation]ORG:agence_nationale_de_la_securite_des_ports_et_de_la_navigation a démenti.",
    );
    check(
        "Le Centre a publié un rapport.",
        "Le Centre a publié un rapport.",
    );
}

#[test]
fn a_lowercase_committee_keeps_the_adjectives_after_its_capitalised_complement() {
    // French writes a parliamentary committee's head lowercase and its portfolio capitalised,
    // adjectives after it; a country's adjective says whose body it is, not its name.
    check(
        "Trois membres de la commission des Relations extérieures ont été visés.",
        "Trois membres de la [commission des Relations extérieures]ORG:commission_des_relations_exterieures ont été visés.",
    );
    check(
        "La direction des Achats suédoise a démenti.",
        "La [direction des Achats]ORG:direction_des_achats suédoise a démenti.",
    );
    // Without a capitalised complement, the common noun (the committing of a crime).
    check(
        "La commission des attaques est punie.",
        "La commission des attaques est punie.",
    );
}

#[test]
fn a_verb_after_a_french_name_is_no_adjective_of_it() {
    // Verbs ending like adjectives (« considère », « rappelle ») end the name; the
    // adjectives stay (« étrangère », « officielle »).
    check(
        "Le Conseil national considère que l'attaque est grave. Le Conseil fédéral rappelle sa position. L'Agence étrangère de sécurité et la Gazette officielle ont démenti.",
        "Le [Conseil national]ORG:conseil_national considère que l'attaque est grave. Le [Conseil fédéral]ORG:conseil_federal rappelle sa position. L'[Agence étrangère de sécurité]ORG:agence_etrangere_de_securite et la Gazette officielle ont démenti.",
    );
    // A feminine -ante is an adjective (a present participle takes no -e).
    check(
        "La Commission électorale indépendante a publié les résultats.",
        "La [Commission électorale indépendante]ORG:commission_electorale_independante a publié les résultats.",
    );
}

#[test]
fn a_lowercase_ministry_keeps_its_adjectives_before_the_portfolio() {
    // A known portfolio after an adjective naming no country: the country comes from
    // the place framing the sentence.
    check(
        "À Berlin, le ministère fédéral de l'Intérieur a convoqué le diplomate.",
        "À [Berlin]GPE:berlin, le [ministère fédéral de l'Intérieur]ORG:germany_interior a convoqué le diplomate.",
    );
    // A portfolio no list has, after an adjective, with its own adjectives.
    check(
        "Le ministère ivoirien des Transports et des Communications a confirmé. Le ministère malien des Ressources minières a démenti.",
        "Le [ministère ivoirien des Transports et des Communications]ORG:ministere_ivoirien_des_transports_et_des_communications a confirmé. Le [ministère malien des Ressources minières]ORG:ministere_malien_des_ressources_minieres a démenti.",
    );
    // Without a capitalised complement, a lowercase head and adjective are no name.
    check(
        "Le ministère malien a démenti.",
        "Le ministère malien a démenti.",
    );
}

#[test]
fn a_french_name_keeps_its_trailing_maritime_adjective() {
    check(
        "L'Office de la sécurité maritime a publié un avis. Le Bureau des affaires maritimes a répondu.",
        "L'[Office de la sécurité maritime]ORG:office_de_la_securite_maritime a publié un avis. Le [Bureau des affaires maritimes]ORG:bureau_des_affaires_maritimes a répondu.",
    );
}

#[test]
fn embassies_are_parties_with_one_id_in_both_languages() {
    check(
        "The Embassy of the Russian Federation in the Kingdom of Belgium and the Chinese embassy in Oslo replied.",
        "The [Embassy of the Russian Federation in the Kingdom of Belgium]ORG:russia_embassy and the [Chinese embassy in Oslo]ORG:china_embassy replied.",
    );
    check(
        "L'ambassade de Russie aux États-Unis et l'ambassade chinoise ont répondu.",
        "L'[ambassade de Russie aux États-Unis]ORG:russia_embassy et l'[ambassade chinoise]ORG:china_embassy ont répondu.",
    );
    // The host, a city or a country, is part of the mission's name (the id stays the
    // country's mission).
    check(
        "L'ambassade du Japon à Lyon et l'Ambassade du Japon à Madrid ont répondu.",
        "L'[ambassade du Japon à Lyon]ORG:japan_embassy et l'[Ambassade du Japon à Madrid]ORG:japan_embassy ont répondu.",
    );
    check(
        "A Japanese embassy in Canada and a Japanese embassy in Ottawa.",
        "A [Japanese embassy in Canada]ORG:japan_embassy and a [Japanese embassy in Ottawa]ORG:japan_embassy.",
    );
    // A mission to an international body is named with the body it is accredited to.
    check(
        "Russia's mission to the United Nations replied.",
        "[Russia's mission to the United Nations]ORG:russia_mission replied.",
    );
    // A country's name as the noun's modifier, not a city's.
    check(
        "The Estonia embassy and a Tallinn embassy official were silent.",
        "The [Estonia embassy]ORG:estonia_embassy and a [Tallinn]GPE:tallinn embassy official were silent.",
    );
    // An embassy whose country is not named is no party of its own.
    check("The embassy declined.", "The embassy declined.");
}

#[test]
fn people_by_title_apposition_and_short_mentions() {
    check(
        "Dans sa déclaration, M. YOSHIDA Tomoyuki a parlé.",
        "Dans sa déclaration, M. [YOSHIDA Tomoyuki]PERSON:yoshida_tomoyuki a parlé.",
    );
    check(
        "Chief Cabinet Secretary Hirokazu Matsuno declined to comment. Matsuno said later it was false.",
        "Chief Cabinet Secretary [Hirokazu Matsuno]PERSON:hirokazu_matsuno declined to comment. [Matsuno]PERSON:hirokazu_matsuno said later it was false.",
    );
    check(
        "Le vice-ministre ukrainien, Viktor Zhora, a parlé. Zhora a remercié ESET.",
        "Le vice-ministre ukrainien, [Viktor Zhora]PERSON:viktor_zhora, a parlé. [Zhora]PERSON:viktor_zhora a remercié [ESET]ORG:eset.",
    );
    check(
        "Spokesperson Lim Soo-suk spoke. Mr Lim added more.",
        "Spokesperson [Lim Soo-suk]PERSON:lim_soo_suk spoke. Mr [Lim]PERSON:lim_soo_suk added more.",
    );
    check(
        "Anna Novak, porte-parole de l'agence, a démenti.",
        "[Anna Novak]PERSON:anna_novak, porte-parole de l'agence, a démenti.",
    );
    // Capitalised words without a title or role are not guessed to be people.
    check(
        "Cas de cyberattaques à Paris.",
        "Cas de cyberattaques à [Paris]GPE:paris.",
    );
}

#[test]
fn people_by_given_name_and_cue() {
    // A given name of the data set, a surname, and a reporting verb or `by` near it.
    check(
        "Analysts disagree, Dragan Ilić told the weekly.",
        "Analysts disagree, [Dragan Ilić]PERSON:dragan_ilic told the weekly.",
    );
    check(
        "« C'est faux », affirme Margit Kask devant la presse.",
        "« C'est faux », affirme [Margit Kask]PERSON:margit_kask devant la presse.",
    );
    check(
        "The Mayor of Foreign Affairs Siobhán Kelleher warned of risks.",
        "The Mayor of Foreign Affairs [Siobhán Kelleher]PERSON:siobhan_kelleher warned of risks.",
    );
    // Without a cue, a given name before a capitalised word is not enough.
    check("Victoria Station opened.", "Victoria Station opened.");
    // The members of a list with one person found are people too.
    check(
        "Selon l'acte, Boris Orlov, Igor Petrenko et Luka Danko ont agi.",
        "Selon l'acte, [Boris Orlov]PERSON:boris_orlov, [Igor Petrenko]PERSON:igor_petrenko et [Luka Danko]PERSON:luka_danko ont agi.",
    );
    // An apposition after a person is not another person.
    check(
        "The letter came from Karin Berg, Belgian Foreign Minister, who spoke.",
        "The letter came from [Karin Berg]PERSON:karin_berg, Belgian Foreign Minister, who spoke.",
    );
}

#[test]
fn threat_groups_units_and_malware() {
    check(
        "Le groupe APT40 et UNC1234, ainsi que TA505 et Storm-0558.",
        "Le groupe [APT40]GROUP:apt40 et [UNC1234]GROUP:unc1234, ainsi que [TA505]GROUP:ta505 et [Storm-0558]GROUP:storm_0558.",
    );
    check(
        "l'unité 61419 de l'Armée populaire de libération de Chine et Unit 61398.",
        "l'[unité 61419]GROUP:unit_61419 de l'[Armée populaire de libération de Chine]ORG:pla et [Unit 61398]GROUP:unit_61398.",
    );
    check(
        "Le virus Stuxnet a frappé l'Iran en 2010.",
        "Le virus [Stuxnet]MALWARE:stuxnet a frappé l'[Iran]GPE:iran en [2010]DATE:2010.",
    );
    // An ambiguous alias needs a cue word in its sentence...
    check("Tick tock. Le réveil sonne.", "Tick tock. Le réveil sonne.");
    // ...or in another sentence of the article: then it means the group throughout.
    check(
        "Le groupe Tick a attaqué. Tick a ensuite disparu.",
        "Le groupe [Tick]GROUP:tick a attaqué. [Tick]GROUP:tick a ensuite disparu.",
    );
}

#[test]
fn dates_in_both_languages() {
    check(
        "date 2023-08 Titre\n\nLe 19 juillet 2021, à l'automne 2020, en avril, en 2015.",
        "date 2023-08 Titre\n\nLe [19 juillet 2021]DATE:2021_07_19, à l'[automne 2020]DATE:autumn_2020, en [avril]DATE:april_2023, en [2015]DATE:2015.",
    );
    check(
        "On July 19, 2021 and in April 2023, in the autumn of 2020.",
        "On [July 19, 2021]DATE:2021_07_19 and in [April 2023]DATE:april_2023, in the [autumn of 2020]DATE:autumn_2020.",
    );
    // Without a header, the first full date gives the year; a bare month needs a cue.
    check(
        "Le 19 juillet 2021, puis le 20 juillet. Il mars vers mai.",
        "Le [19 juillet 2021]DATE:2021_07_19, puis le [20 juillet]DATE:2021_07_20. Il mars vers mai.",
    );
    check("You may go in May.", "You may go in [May]DATE:may.");
    check(
        "Été 2021, puis Décembre 2020.",
        "[Été 2021]DATE:summer_2021, puis [Décembre 2020]DATE:december_2020.",
    );
}

#[test]
fn a_month_range_lends_its_year_and_slashed_dates() {
    check(
        "Les pannes ont duré de mars à juin 2027.",
        "Les pannes ont duré de [mars]DATE:march_2027 à [juin 2027]DATE:june_2027.",
    );
    // « de » opens a range of bare months too, with no year after them.
    check(
        "Les pannes ont duré de février à avril.",
        "Les pannes ont duré de [février]DATE:february à [avril]DATE:april.",
    );
    check(
        "The outages lasted between May and July 2027.",
        "The outages lasted between [May]DATE:may_2027 and [July 2027]DATE:july_2027.",
    );
    // Year, month and day glued by slashes; a month 13 or a spaced slash is no date.
    check(
        "Posted 2027/11/09, ref 2027/13/40 and 2027 / 11 / 09.",
        "Posted [2027/11/09]DATE:2027_11_09, ref 2027/13/40 and [2027]DATE:2027 / 11 / 09.",
    );
}

#[test]
fn abbreviated_months_and_parts_of_months() {
    check(
        "TALLINN, Feb 24 (Reuters) - It began in early March and on Oct. 3, 2024.",
        "[TALLINN]GPE:tallinn, [Feb 24]DATE:february_24 ([Reuters]ORG:reuters) - It began in [early March]DATE:march and on [Oct. 3, 2024]DATE:2024_10_03.",
    );
    // An abbreviation alone is no month; a weekday is never part of a name.
    check(
        "Mar is a word. Début octobre, rien.",
        "Mar is a word. [Début octobre]DATE:october, rien.",
    );
}

#[test]
fn source_line_outlet_is_an_org() {
    let text = "Titre\n\nLe Japon a parlé.\n(Source: Kyiv Independent)\n";
    let a = analyze_article("t.txt", text);
    let outlet = a.entities.iter().find(|m| m.text == "Kyiv Independent");
    assert_eq!(
        outlet.map(|m| (m.kind, m.id.as_str())),
        Some((EntityType::Org, "kyiv_independent"))
    );
}

#[test]
fn knowledge_base_is_exposed_for_entity_cards() {
    let nsa = entities::lookup("nsa").expect("nsa");
    assert_eq!(nsa.kind, EntityType::Org);
    assert_eq!(nsa.name_en, "National Security Agency");
    assert_eq!(nsa.name_fr, "Agence de sécurité nationale");
    let apt40 = entities::lookup("apt40").expect("apt40");
    assert_eq!(apt40.attack_id.as_deref(), Some("G0065"));
    assert_eq!(
        entities::lookup("china").and_then(|e| e.wikidata.as_deref()),
        Some("Q148")
    );
}

#[test]
fn odd_input_never_panics() {
    for s in [
        "",
        "\u{0}",
        "M.",
        "ministère",
        "Ministry",
        "le 31",
        "APT",
        "unité",
        "(Source:",
        "’s",
        "l'",
        "2015-",
        "Foreign Ministry",
    ] {
        let a = analyze_article("t.txt", s);
        for m in &a.entities {
            assert!(m.start < m.end && m.end <= s.chars().count());
        }
    }
}

#[test]
fn a_government_named_after_its_leader_is_an_organisation() {
    check(
        "The Dupont administration said so. L'administration Dupont l'a dit.",
        "The [Dupont administration]ORG:dupont_administration said so. L'[administration Dupont]ORG:dupont_administration l'a dit.",
    );
    check("The Administration said so.", "The Administration said so.");
}

#[test]
fn an_acronym_introduced_in_brackets_keeps_its_name_id() {
    check(
        "The Freedonian Cyber Defence Agency (FCDA) said so. The FCDA later agreed.",
        "The [Freedonian Cyber Defence Agency]ORG:freedonian_cyber_defence_agency ([FCDA]ORG:freedonian_cyber_defence_agency) said so. The [FCDA]ORG:freedonian_cyber_defence_agency later agreed.",
    );
}

#[test]
fn names_written_family_name_first() {
    // A Chinese family name (from data/kb/surnames_first.txt) with a cue nearby; the
    // family name alone then names the same person.
    check(
        "Spokesperson Gao Renshu told reporters so. Gao added more.",
        "Spokesperson [Gao Renshu]PERSON:gao_renshu told reporters so. [Gao]PERSON:gao_renshu added more.",
    );
    // The Korean form: a short word before a hyphenated given name in two short syllables.
    check(
        "Kang Do-yun of the committee spoke. Kang left.",
        "[Kang Do-yun]PERSON:kang_do_yun of the committee spoke. [Kang]PERSON:kang_do_yun left.",
    );
    // A transcript's turn label names a person, even when the family name is a
    // function word; the pronoun elsewhere stays a pronoun.
    check(
        "He Renshu: We oppose it.\n\nQ: And then?\n\nHe Renshu: He said so.",
        "[He Renshu]PERSON:he_renshu: We oppose it.\n\nQ: And then?\n\n[He Renshu]PERSON:he_renshu: He said so.",
    );
    // A word before a long hyphenated word is no Korean name.
    check(
        "Tokyo Self-defence plans",
        "[Tokyo]GPE:tokyo Self-defence plans",
    );
}

#[test]
fn a_known_acronym_with_a_country_code_is_that_country_s_body() {
    // Invented sentences: the national branch is its own organisation in both languages,
    // while a pair of places stays two places.
    check(
        "Le NCSC-IE et le NCSC ont publié un avis.",
        "Le [NCSC-IE]ORG:ncsc_ie et le [NCSC]ORG:uk_ncsc ont publié un avis.",
    );
    check(
        "The US-UK agreement.",
        "The [US]GPE:united_states-[UK]GPE:united_kingdom agreement.",
    );
}

#[test]
fn threats_the_text_names_are_groups_and_malware_everywhere_in_it() {
    // Invented sentences: a naming phrase after a threat noun, an apposition, a noun beside
    // a name no ordinary word could be; the name is then that thing wherever it recurs.
    check(
        "Analysts linked the theft to a group they track as Grey Heron. Grey Heron denied it.",
        "Analysts linked the theft to a group they track as [Grey Heron]GROUP:grey_heron. [Grey Heron]GROUP:grey_heron denied it.",
    );
    check(
        "Un logiciel destructeur baptisé FROSTBITE a effacé les serveurs.",
        "Un logiciel destructeur baptisé [FROSTBITE]MALWARE:frostbite a effacé les serveurs.",
    );
    check(
        "L'attaque a été revendiquée par Corvid, un groupe se présentant comme hacktiviste.",
        "L'attaque a été revendiquée par [Corvid]GROUP:corvid, un groupe se présentant comme hacktiviste.",
    );
    check(
        "The OwlFeather group struck twice. OwlFeather actors moved fast.",
        "The [OwlFeather]GROUP:owlfeather group struck twice. [OwlFeather]GROUP:owlfeather actors moved fast.",
    );
    check(
        "Des pirates ont visé Port-Bleu avec Crow017(12), un botnet.",
        "Des pirates ont visé Port-Bleu avec [Crow017(12)]MALWARE:crow017_12, un botnet.",
    );
    // Nationality adjectives before a threat noun name no group; a naming phrase with no
    // threat noun before it names no threat.
    check(
        "North Korean hackers struck again.",
        "North Korean hackers struck again.",
    );
    check(
        "Hier, un groupe a revendiqué l'attaque.",
        "Hier, un groupe a revendiqué l'attaque.",
    );
    check(
        "A village called Wexbridge voted.",
        "A village called Wexbridge voted.",
    );
}

#[test]
fn a_family_name_first_pair_followed_by_a_third_name_word_is_one_person() {
    // Invented: two given syllables before the family name, as Singapore writes names.
    check(
        "Reporting by Wen Li Koh; editing by Ana Roe. Koh said more.",
        "Reporting by [Wen Li Koh]PERSON:wen_li_koh; editing by [Ana Roe]PERSON:ana_roe. [Koh]PERSON:wen_li_koh said more.",
    );
}

#[test]
fn a_head_and_its_title_case_portfolio_are_a_ministry() {
    // Invented: an acronym or a head with its portfolio and no preposition, more
    // portfolios listed after it; a list that does not close is no part of the name.
    check(
        "Le SPF Finances, Budget et Fonction publique a porté plainte.",
        "Le [SPF Finances, Budget et Fonction publique]ORG:finance a porté plainte.",
    );
    check(
        "The Federal Public Service Interior said so.",
        "The [Federal Public Service Interior]ORG:interior said so.",
    );
    check(
        "Il a été reçu au DFA Affaires étrangères, où il a protesté.",
        "Il a été reçu au [DFA Affaires étrangères]ORG:mfa, où il a protesté.",
    );
}

#[test]
fn parliaments_and_assemblies_are_organisations() {
    check(
        "Le Parlement fédéral et the National Assembly.",
        "Le [Parlement fédéral]ORG:parlement_federal et the [National Assembly]ORG:national_assembly.",
    );
}

#[test]
fn cities_of_the_generated_list_and_compound_place_names() {
    // Invented: a city of the generated list is a place; inside a compound with another
    // capitalised name it is part of that one name, not a place of its own.
    check(
        "Les serveurs de Turku et de l'Ohio.",
        "Les serveurs de [Turku]GPE:turku et de l'[Ohio]GPE:ohio.",
    );
    check(
        "A Turku-based firm sailed the Turku-Nordvik line; Washington-Beijing talks.",
        "A [Turku]GPE:turku-based firm sailed the Turku-Nordvik line; [Washington]GPE:washington-[Beijing]GPE:beijing talks.",
    );
}

#[test]
fn technical_acronyms_are_no_organisations_and_company_suffixes_are() {
    // Invented: file types, SIM cards and time zones are no bodies; a company's legal form
    // or trade word ends its name.
    check(
        "La DLL et le fichier LNK visaient les cartes SIM à 10h BST.",
        "La DLL et le fichier LNK visaient les cartes SIM à 10h BST.",
    );
    check(
        "Nordvik Telecom and Lundgren Ferries LLC were hit.",
        "[Nordvik Telecom]ORG:nordvik_telecom and [Lundgren Ferries LLC]ORG:lundgren_ferries_llc were hit.",
    );
}

#[test]
fn world_regions_and_the_islamic_republic() {
    // Invented: a region of the curated list in both languages; "the Islamic Republic"
    // alone is Iran, while a longer official name keeps its own country.
    check(
        "Dans le Caucase comme au Sahel, la République islamique avance.",
        "Dans le [Caucase]LOC:caucasus comme au [Sahel]LOC:sahel, la [République islamique]GPE:iran avance.",
    );
    check(
        "The Islamic Republic of Pakistan and the Caucasus.",
        "The [Islamic Republic of Pakistan]GPE:pakistan and the [Caucasus]LOC:caucasus.",
    );
}

#[test]
fn a_place_framing_the_sentence_gives_a_bare_ministry_its_country() {
    // Invented: the scene set at the sentence's opening wins over the ministry named before.
    check(
        "Le ministère turc des Affaires étrangères a parlé. À Téhéran, le ministère des Affaires étrangères a démenti.",
        "Le [ministère turc des Affaires étrangères]ORG:turkey_mfa a parlé. À [Téhéran]GPE:tehran, le [ministère des Affaires étrangères]ORG:iran_mfa a démenti.",
    );
    // Without the frame, the ministry named before still counts.
    check(
        "The Turkish Foreign Ministry spoke. Tehran was accused, the Foreign Ministry said.",
        "The [Turkish Foreign Ministry]ORG:turkey_mfa spoke. [Tehran]GPE:tehran was accused, the [Foreign Ministry]ORG:turkey_mfa said.",
    );
}

#[test]
fn french_complements_and_a_known_acronym_in_brackets() {
    // Invented: `aux`/`au` complements belong to a French name, a place after them does not;
    // participles agree like adjectives (`forces armées`); a name the base lacks takes the
    // id of the known acronym bracketed after it.
    check(
        "Le Centre norvégien de réponse aux incidents informatiques a parlé.",
        "Le [Centre norvégien de réponse aux incidents informatiques]ORG:centre_norvegien_de_reponse_aux_incidents_informatiques a parlé.",
    );
    check(
        "Le Bureau national à Paris a parlé.",
        "Le [Bureau national]ORG:bureau_national à [Paris]GPE:paris a parlé.",
    );
    check(
        "L'Office central des forces armées (ANSSI) a parlé.",
        "L'[Office central des forces armées]ORG:anssi ([ANSSI]ORG:anssi) a parlé.",
    );
}

#[test]
fn firms_and_platforms_a_noun_introduces_are_organisations_everywhere() {
    // Invented: a company named after its noun, a platform before its noun in English
    // and after it in French; later bare mentions follow.
    check(
        "The security firm Owlgate said so. Owlgate later published its Parlo channel logs.",
        "The security firm [Owlgate]ORG:owlgate said so. [Owlgate]ORG:owlgate later published its [Parlo]ORG:parlo channel logs.",
    );
    check(
        "L'opérateur Lundtel a publié sur sa chaîne Parlo. Parlo a supprimé le message.",
        "L'opérateur [Lundtel]ORG:lundtel a publié sur sa chaîne [Parlo]ORG:parlo. [Parlo]ORG:parlo a supprimé le message.",
    );
    // A title after the noun is no company's name.
    check(
        "The company President spoke.",
        "The company President spoke.",
    );
}

#[test]
fn a_place_s_leading_article_stays_out_of_its_name() {
    check(
        "The Netherlands' service and the Netherlands; The Hague.",
        "The [Netherlands]GPE:netherlands' service and the [Netherlands]GPE:netherlands; [The Hague]GPE:the_hague.",
    );
}

#[test]
fn a_numbered_centre_of_a_known_service_is_a_group() {
    // Invented: the centre's number and its service; a centre of nothing known is not.
    check(
        "Le Centre 42 du FSB et the Center 7 of the FSB; Centre 3 de Lyon.",
        "Le [Centre 42]GROUP:centre_42 du [FSB]ORG:fsb et the [Center 7]GROUP:centre_7 of the [FSB]ORG:fsb; Centre 3 de [Lyon]GPE:lyon.",
    );
}

#[test]
fn more_organisation_words() {
    // Invented: an international NGO, a municipality, an inspectorate, a laboratory.
    check(
        "Selon Harbour Watch International, the Nordvik District Municipality and the State Fishing Inspectorate were hit, said the Laboratory for Ocean Data.",
        "Selon [Harbour Watch International]ORG:harbour_watch_international, the [Nordvik District Municipality]ORG:nordvik_district_municipality and the [State Fishing Inspectorate]ORG:state_fishing_inspectorate were hit, said the [Laboratory for Ocean Data]ORG:laboratory_for_ocean_data.",
    );
}

#[test]
fn a_two_letter_family_name_written_first_links_to_the_full_name() {
    // Invented: `Xu` alone after `Xu Lanfen`, but the pronoun `He` never after `He Renshu`.
    check(
        "Spokesperson Xu Lanfen spoke. \"No,\" Xu said.",
        "Spokesperson [Xu Lanfen]PERSON:xu_lanfen spoke. \"No,\" [Xu]PERSON:xu_lanfen said.",
    );
    check(
        "He Lanfen: We oppose it.\n\nHe said no.",
        "[He Lanfen]PERSON:he_lanfen: We oppose it.\n\nHe said no.",
    );
}

#[test]
fn a_news_agency_named_after_its_noun_and_an_adjective() {
    check(
        "Il était cité par l'agence officielle Nordpress, puis par the news agency NORDA.",
        "Il était cité par l'agence officielle [Nordpress]ORG:nordpress, puis par the news agency [NORDA]ORG:norda.",
    );
}

#[test]
fn a_french_name_joined_by_et_before_its_bracketed_acronym() {
    // Invented: the acronym closes the name; without it « et la police » is another subject.
    check(
        "L'Autorité nationale pour la pêche et la navigation (ANPN) a parlé.",
        "L'[Autorité nationale pour la pêche et la navigation]ORG:autorite_nationale_pour_la_peche_et_la_navigation ([ANPN]ORG:autorite_nationale_pour_la_peche_et_la_navigation) a parlé.",
    );
    check(
        "L'Autorité nationale pour la pêche et la police ont parlé.",
        "L'[Autorité nationale pour la pêche]ORG:autorite_nationale_pour_la_peche et la police ont parlé.",
    );
}

#[test]
fn a_noun_that_names_only_malware_types_the_name_after_it() {
    check(
        "Ils ont déployé la porte dérobée Moorwick sur les serveurs.",
        "Ils ont déployé la porte dérobée [Moorwick]MALWARE:moorwick sur les serveurs.",
    );
}

#[test]
fn a_city_name_repeating_a_person_s_family_name_is_that_person() {
    // Invented: `Turku` is a city of the generated list, here a family name.
    check(
        "Minister Ana Turku spoke. Turku said no. Ferries left Oulu.",
        "Minister [Ana Turku]PERSON:ana_turku spoke. [Turku]PERSON:ana_turku said no. Ferries left [Oulu]GPE:oulu.",
    );
}

#[test]
fn a_national_branch_in_brackets_takes_the_long_name_s_id() {
    check(
        "The Computer Emergency Response Team of Freedonia (CERT-FD) said so. CERT-FD added more.",
        "The [Computer Emergency Response Team of Freedonia]ORG:computer_emergency_response_team_of_freedonia ([CERT-FD]ORG:computer_emergency_response_team_of_freedonia) said so. [CERT-FD]ORG:computer_emergency_response_team_of_freedonia added more.",
    );
}

#[test]
fn a_company_s_one_word_name_alone_is_the_company() {
    // Invented: the trade word dropped later; a nationality before a trade word is no stem.
    check(
        "Nordvik Telecom was hit. Nordvik's servers and Czech Telecom; Czech officials.",
        "[Nordvik Telecom]ORG:nordvik_telecom was hit. [Nordvik]ORG:nordvik_telecom's servers and [Czech Telecom]ORG:czech_telecom; Czech officials.",
    );
}

#[test]
fn the_state_security_portfolio_with_its_article() {
    check(
        "Le ministère chinois de la Sécurité de l'État a répondu.",
        "Le [ministère chinois de la Sécurité de l'État]ORG:china_mss a répondu.",
    );
}

#[test]
fn broadcasters_end_in_their_trade_word() {
    check(
        "Public broadcaster Nordic Television reported it.",
        "Public broadcaster [Nordic Television]ORG:nordic_television reported it.",
    );
}

#[test]
fn a_wire_credit_names_its_reporters_and_editors() {
    // Invented: the credit's phrases act as titles, so names the given-name list lacks count.
    check(
        "(Reporting by Ud Varn; Editing by Ko Brandt)",
        "(Reporting by [Ud Varn]PERSON:ud_varn; Editing by [Ko Brandt]PERSON:ko_brandt)",
    );
}

#[test]
fn a_photo_credit_names_its_photographer() {
    // Invented: French credits write the name right after « Photo », with no « par ».
    check(
        "Un quai vide. (Photo Marie Okonkwo / AFP)",
        "Un quai vide. (Photo [Marie Okonkwo]PERSON:marie_okonkwo / [AFP]ORG:afp)",
    );
    check(
        "An empty quay. Photograph: Marie Okonkwo/Reuters",
        "An empty quay. Photograph: [Marie Okonkwo]PERSON:marie_okonkwo/[Reuters]ORG:reuters",
    );
}

#[test]
fn the_name_a_company_role_belongs_to_is_an_organisation() {
    check(
        "Nordvik's chief executive said so, and the CEO of Ana Roe spoke.",
        "[Nordvik]ORG:nordvik's chief executive said so, and the CEO of [Ana Roe]PERSON:ana_roe spoke.",
    );
    check(
        "Le PDG d'Askerfjord a démissionné.",
        "Le PDG d'[Askerfjord]ORG:askerfjord a démissionné.",
    );
}

#[test]
fn an_intrusion_set_or_mode_operatoire_names_a_group() {
    // The threat-intelligence words for an actor: "intrusion set", "cluster", « mode
    // opératoire ».
    check(
        "The agency described an intrusion set it tracks as \"SILVER OTTER\".",
        "The agency described an intrusion set it tracks as \"[SILVER OTTER]GROUP:silver_otter\".",
    );
    check(
        "Le rapport décrit un mode opératoire qu'il désigne sous le nom de « Silver Otter ».",
        "Le rapport décrit un mode opératoire qu'il désigne sous le nom de « [Silver Otter]GROUP:silver_otter ».",
    );
    check(
        "Analysts follow a cluster known as Dusk Viper.",
        "Analysts follow a cluster known as [Dusk Viper]GROUP:dusk_viper.",
    );
}

#[test]
fn a_threat_name_in_apposition_after_its_noun() {
    check(
        "Un collectif prorusse, Crow017(12), a revendiqué les attaques.",
        "Un collectif prorusse, [Crow017(12)]GROUP:crow017_12, a revendiqué les attaques.",
    );
    // A town after a comma is no group for a noun two clauses back.
    check(
        "Le groupe a frappé mardi, Nordvik, puis Lund.",
        "Le groupe a frappé mardi, Nordvik, puis Lund.",
    );
}

#[test]
fn firms_over_threats_and_bodies_before_their_speakers() {
    // Invented: a firm noun wins over a clause about hackers after the name; a body named
    // before its spokesperson in a list is no person; a firm noun with its complement.
    check(
        "According to the security firm Owlgate, the hackers struck.",
        "According to the security firm [Owlgate]ORG:owlgate, the hackers struck.",
    );
    check(
        "said the spokesperson of the Federal Fisheries Service, Ana Roe.",
        "said the spokesperson of the [Federal Fisheries Service]ORG:federal_fisheries_service, [Ana Roe]PERSON:ana_roe.",
    );
    check(
        "Selon la société de sécurité Owlgate, les pirates ont frappé.",
        "Selon la société de sécurité [Owlgate]ORG:owlgate, les pirates ont frappé.",
    );
}

#[test]
fn names_in_quotes_after_a_naming_phrase_and_known_names_after_a_common_noun() {
    // Invented: a quotation mark between "calling itself" and the name; a lowercase
    // "service" before a known organisation is no part of its name; a French adjective
    // in -ères closes a body's name; a foundation is an organisation.
    check(
        "A group calling itself \"Velvet Lynx\" claimed the attack.",
        "A group calling itself \"[Velvet Lynx]GROUP:velvet_lynx\" claimed the attack.",
    );
    check(
        "Un collectif se présentant sous le nom de « Velvet Lynx » a revendiqué l'attaque.",
        "Un collectif se présentant sous le nom de « [Velvet Lynx]GROUP:velvet_lynx » a revendiqué l'attaque.",
    );
    check(
        "Des pirates au service de l'Agence de sécurité nationale ont frappé.",
        "Des pirates au service de l'[Agence de sécurité nationale]ORG:nsa ont frappé.",
    );
    check(
        "Le Département fédéral des affaires étrangères et la Fondation Ostara ont réagi.",
        "Le [Département fédéral des affaires étrangères]ORG:fdfa_switzerland et la [Fondation Ostara]ORG:fondation_ostara ont réagi.",
    );
}

#[test]
fn a_lowercase_name_an_acronym_in_brackets_names() {
    check(
        "Selon l'agence nationale de cybersécurité (NUKIB), les assaillants ont utilisé un rançongiciel.",
        "Selon l'[agence nationale de cybersécurité]ORG:agence_nationale_de_cybersecurite ([NUKIB]ORG:agence_nationale_de_cybersecurite), les assaillants ont utilisé un rançongiciel.",
    );
}

#[test]
fn an_acronym_written_in_title_case_is_known_by_its_initials() {
    check(
        "L'Office ruritanien de protection des réseaux (Orpr) a porté plainte. L'Orpr enquête.",
        "L'[Office ruritanien de protection des réseaux]ORG:office_ruritanien_de_protection_des_reseaux ([Orpr]ORG:office_ruritanien_de_protection_des_reseaux) a porté plainte. L'[Orpr]ORG:office_ruritanien_de_protection_des_reseaux enquête.",
    );
    // A title-case word in brackets whose letters are not the name's initials stays a word.
    check(
        "L'Office ruritanien de protection des réseaux (Kiev) a porté plainte.",
        "L'[Office ruritanien de protection des réseaux]ORG:office_ruritanien_de_protection_des_reseaux ([Kiev]GPE:kyiv) a porté plainte.",
    );
}

#[test]
fn a_transcript_turn_label_names_a_person_the_lists_lack() {
    check(
        "Question : Votre réaction ?\n\nVo Thanh Oanh : Nous rejetons ces accusations.",
        "Question : Votre réaction ?\n\n[Vo Thanh Oanh]PERSON:vo_thanh_oanh : Nous rejetons ces accusations.",
    );
}

#[test]
fn a_firm_noun_with_complement_and_adjective_and_a_naming_relative_clause() {
    check(
        "Un groupe que la société de sécurité lituanienne Nordvik Labs a baptisé « Amber Fox » a frappé.",
        "Un groupe que la société de sécurité lituanienne [Nordvik Labs]ORG:nordvik_labs a baptisé « [Amber Fox]GROUP:amber_fox » a frappé.",
    );
    check(
        "The Ports Authority said Commodore Liza Ramos-Reyes confirmed it.",
        "The [Ports Authority]ORG:ports_authority said Commodore [Liza Ramos-Reyes]PERSON:liza_ramos_reyes confirmed it.",
    );
}

#[test]
fn a_name_in_apposition_to_more_role_nouns_is_a_person() {
    check(
        "\"It was a state actor,\" Tomas Verhoef, an undersecretary at the ministry, told reporters.",
        "\"It was a state actor,\" [Tomas Verhoef]PERSON:tomas_verhoef, an undersecretary at the ministry, told reporters.",
    );
    check(
        "Nordvik's head of research, Ilse Marnix, told AFP.",
        "Nordvik's head of research, [Ilse Marnix]PERSON:ilse_marnix, told [AFP]ORG:afp.",
    );
}

#[test]
fn an_acronym_with_a_country_code_after_a_dot_is_one_name() {
    check(
        "CERT.EE said the phishing wave had ended; the U.S. embassy agreed.",
        "[CERT.EE]ORG:cert_ee said the phishing wave had ended; the [U.S. embassy]ORG:united_states_embassy agreed.",
    );
}

#[test]
fn a_quoted_name_a_group_gives_itself_keeps_its_lowercase_words() {
    check(
        "Un collectif se présentant comme la « Brigade numérique du Sahel » a revendiqué l'attaque.",
        "Un collectif se présentant comme la « [Brigade numérique du Sahel]GROUP:brigade_numerique_du_sahel » a revendiqué l'attaque.",
    );
    check(
        "A group calling itself \"Sons of the Desert Wind\" claimed the attack.",
        "A group calling itself \"[Sons of the Desert Wind]GROUP:sons_of_the_desert_wind\" claimed the attack.",
    );
}

#[test]
fn a_possessive_between_capitalised_words_stays_inside_an_organisation_name() {
    check(
        "The Ministry of People's Power for Energy issued a statement.",
        "The [Ministry of People's Power for Energy]ORG:ministry_of_people_s_power_for_energy issued a statement.",
    );
}

#[test]
fn captions_and_pointers_are_read_for_names() {
    let input = "Ministers meet in Oslo\nThe ministers met on Monday.\nA ferry leaving Bergen on June 4, 2027. (Photo by Ola Nordmann / AFP)\nRead more: How Norway guards its ports\nThe talks go on.";
    let analysis = analyze_article("test.txt", input);
    let caption = analysis
        .paragraphs
        .iter()
        .find(|p| p.kind == parallax_engine::ParagraphKind::Caption)
        .expect("the photo line is a caption");
    let named: Vec<(&str, &str)> = analysis
        .entities
        .iter()
        .filter(|m| m.start >= caption.start && m.end <= caption.end)
        .map(|m| (m.text.as_str(), m.id.as_str()))
        .collect();
    assert!(named.contains(&("Bergen", "bergen")), "{named:?}");
    assert!(named.contains(&("June 4, 2027", "2027_06_04")), "{named:?}");
    assert!(named.contains(&("AFP", "afp")), "{named:?}");
    assert!(
        analysis.entities.iter().any(|m| m.id == "norway"),
        "the pointer's country: {:?}",
        analysis.entities
    );
}

#[test]
fn dotted_dates_and_compound_adjectives_before_a_name() {
    // Day, month and year glued by dots; a version number or a month 13 is no date.
    check(
        "Mis à jour le 04.10.2027, version 2.10.3, réf. 12.13.2027.",
        "Mis à jour le [04.10.2027]DATE:2027_10_04, version 2.10.3, réf. 12.13.[2027]DATE:2027.",
    );
    // "Freeville-based" describes the institute; it is no word of its name.
    check(
        "The Lisbon-based Institute for Maritime Studies published the report.",
        "The [Lisbon]GPE:lisbon-based [Institute for Maritime Studies]ORG:institute_for_maritime_studies published the report.",
    );
    // After a known place, « d'avoir » goes on with the sentence.
    check(
        "Il accuse le Service de renseignement d'État de Géorgie d'avoir menti.",
        "Il accuse le [Service de renseignement d'État de Géorgie]ORG:service_de_renseignement_d_etat_de_georgie d'avoir menti.",
    );
}

#[test]
fn a_given_name_and_a_withheld_surname_initial_are_a_person() {
    check(
        "Prosecutors charged Tomasz K., aged 33, and Ewa M. with sabotage; John F. Kennedy Airport was not hit.",
        "Prosecutors charged [Tomasz K]PERSON:tomasz_k., aged 33, and [Ewa M]PERSON:ewa_m. with sabotage; John F. Kennedy Airport was not hit.",
    );
}

#[test]
fn a_turn_label_in_capitals_that_opens_with_a_given_name_is_a_person() {
    check(
        "MARTA SOLER : Bonsoir à tous.",
        "[MARTA SOLER]PERSON:marta_soler : Bonsoir à tous.",
    );
}

#[test]
fn a_surname_may_open_with_particles() {
    check(
        "Defence minister Anna de Wit said so, and Pieter van der Berg said it too.",
        "Defence minister [Anna de Wit]PERSON:anna_de_wit said so, and [Pieter van der Berg]PERSON:pieter_van_der_berg said it too.",
    );
}

#[test]
fn titles_of_prosecutors_agents_governors_and_members_of_parliament() {
    check(
        "Assistant Attorney Ines Darrow and Special Agent in Charge Tomas Orlo of the FBI said so. Velgrad Gov. Ana Pellix and Strelsau MP Joss Ardin did not.",
        "Assistant Attorney [Ines Darrow]PERSON:ines_darrow and Special Agent in Charge [Tomas Orlo]PERSON:tomas_orlo of the [FBI]ORG:fbi said so. Velgrad Gov. [Ana Pellix]PERSON:ana_pellix and Strelsau MP [Joss Ardin]PERSON:joss_ardin did not.",
    );
    check(
        "La sénatrice Maelys Quarrec a réclamé une enquête.",
        "La sénatrice [Maelys Quarrec]PERSON:maelys_quarrec a réclamé une enquête.",
    );
    // A role in apposition after the name: a commentator, a lawyer.
    check(
        "\"No evidence,\" posted Orin Tal, a commentator for a state daily.",
        "\"No evidence,\" posted [Orin Tal]PERSON:orin_tal, a commentator for a state daily.",
    );
}

#[test]
fn a_capitalised_particle_stays_inside_a_name() {
    // Flemish and French surnames write their particle capitalised; it never opens a name.
    check(
        "\"The sites slowed down,\" said Joost De Vlieger, a researcher at the University of Velgrad.",
        "\"The sites slowed down,\" said [Joost De Vlieger]PERSON:joost_de_vlieger, a researcher at the [University of Velgrad]ORG:university_of_velgrad.",
    );
    check(
        "« C'est faux », a déclaré Gwenaëlle Le Goarnic, porte-parole de la mairie.",
        "« C'est faux », a déclaré [Gwenaëlle Le Goarnic]PERSON:gwenaelle_le_goarnic, porte-parole de la mairie.",
    );
}

#[test]
fn an_acronym_in_brackets_after_a_name_is_no_group_an_apposition_makes() {
    // « du SSN, le groupe … »: the group is the next clause's subject, not the acronym's
    // apposition; the acronym stays the organisation it was introduced for.
    check(
        "Le Service de sécurité nationale freedonien (SSN) accuse Sylvanie. Selon un communiqué du SSN, le groupe est resté quatre mois dans le réseau.",
        "Le [Service de sécurité nationale freedonien]ORG:service_de_securite_nationale_freedonien ([SSN]ORG:service_de_securite_nationale_freedonien) accuse Sylvanie. Selon un communiqué du [SSN]ORG:service_de_securite_nationale_freedonien, le groupe est resté quatre mois dans le réseau.",
    );
}

#[test]
fn a_company_legal_form_closes_its_name() {
    check(
        "Nordlys Satellite Services AS and Kvarn Energi Oy were hit.",
        "[Nordlys Satellite Services AS]ORG:nordlys_satellite_services_as and [Kvarn Energi Oy]ORG:kvarn_energi_oy were hit.",
    );
}

#[test]
fn a_past_infinitive_ends_a_french_organisation_name() {
    check(
        "Elle accuse le Bureau de sécurité de Sylvanie d'avoir piraté le réseau.",
        "Elle accuse le [Bureau de sécurité de Sylvanie]ORG:bureau_de_securite_de_sylvanie d'avoir piraté le réseau.",
    );
}

#[test]
fn a_known_body_of_another_country_named_after_it_is_that_countrys() {
    check(
        "The National Cyber Security Centre of Estonia published the report.",
        "The [National Cyber Security Centre of Estonia]ORG:estonia_ncsc published the report.",
    );
}

#[test]
fn two_days_joined_before_one_month_are_one_date_and_a_range_keeps_its_end() {
    check(
        "Le vote en Freedonie a lieu les 2 et 9 novembre 2026, puis le 3 et le 4 décembre.",
        "Le vote en Freedonie a lieu les [2 et 9 novembre 2026]DATE:2026_11_02_09, puis le [3 et le 4 décembre]DATE:2026_12_03_04.",
    );
    check(
        "Freedonia votes on 2 and 9 November 2026.",
        "Freedonia votes on [2 and 9 November 2026]DATE:2026_11_02_09.",
    );
    check(
        "Le réseau de Freedonie a été perturbé entre le 2 et le 5 mars 2026, between 2 and 5 March 2026.",
        "Le réseau de Freedonie a été perturbé entre le 2 et le [5 mars 2026]DATE:2026_03_05, between 2 and [5 March 2026]DATE:2026_03_05.",
    );
}

#[test]
fn a_middle_initial_stays_inside_a_name() {
    check(
        "Maria T. Lindqvist said the network was hit.",
        "[Maria T. Lindqvist]PERSON:maria_t_lindqvist said the network was hit.",
    );
}

#[test]
fn a_second_adjective_joined_to_a_portfolio_stays_in_the_ministry_name() {
    check(
        "Le ministère des Affaires étrangères et européennes de France a convoqué Jan Dupont.",
        "Le [ministère des Affaires étrangères et européennes de France]ORG:france_mfa a convoqué [Jan Dupont]PERSON:jan_dupont.",
    );
}

#[test]
fn a_network_is_an_organisation_in_both_languages() {
    check(
        "Le Réseau de recherche des eaux nordiques (RREN) et the Northern Waters Research Network were hit.",
        "Le [Réseau de recherche des eaux nordiques]ORG:reseau_de_recherche_des_eaux_nordiques ([RREN]ORG:reseau_de_recherche_des_eaux_nordiques) et the [Northern Waters Research Network]ORG:northern_waters_research_network were hit.",
    );
}

#[test]
fn seas_international_bodies_and_platforms_the_base_names_in_both_languages() {
    check(
        "L'Union africaine, la mer du Nord, le détroit d'Ormuz, la mer Orientale, le M23 et Affaires mondiales Canada.",
        "L'[Union africaine]ORG:african_union, la [mer du Nord]LOC:north_sea, le [détroit d'Ormuz]LOC:strait_of_hormuz, la [mer Orientale]LOC:east_sea, le [M23]GROUP:m23 et [Affaires mondiales Canada]ORG:canada_mfa.",
    );
    check(
        "The African Union, the North Sea, the Strait of Hormuz, the East Sea, the M23 and Global Affairs Canada.",
        "The [African Union]ORG:african_union, the [North Sea]LOC:north_sea, the [Strait of Hormuz]LOC:strait_of_hormuz, the [East Sea]LOC:east_sea, the [M23]GROUP:m23 and [Global Affairs Canada]ORG:canada_mfa.",
    );
}

#[test]
fn an_abbreviated_month_or_weekday_may_be_a_given_name() {
    check(
        "\"We have evidence,\" agency director Jan Novak told reporters on Jan. 5, 2026.",
        "\"We have evidence,\" agency director [Jan Novak]PERSON:jan_novak told reporters on [Jan. 5, 2026]DATE:2026_01_05.",
    );
}

#[test]
fn a_plural_group_noun_after_a_comma_opens_a_clause_whatever_noun_follows() {
    check(
        "According to Jan Novak, the hackers used malware dubbed \"Grey Lantern\".",
        "According to [Jan Novak]PERSON:jan_novak, the hackers used malware dubbed \"[Grey Lantern]MALWARE:grey_lantern\".",
    );
}

#[test]
fn a_month_joined_to_a_cued_month_is_a_date_too() {
    check(
        "L'unité a dérobé les données entre janvier et mars. The unit stole data between January and March. March and May said so.",
        "L'unité a dérobé les données entre [janvier]DATE:january et [mars]DATE:march. The unit stole data between [January]DATE:january and [March]DATE:march. March and May said so.",
    );
}

#[test]
fn french_a_after_a_name_is_a_verb_not_an_article_of_an_apposition() {
    check(
        "Selon Mme Ana Roe, analyste chez Nordlab, a précisé que le logiciel Grey Heron a servi.",
        "Selon Mme [Ana Roe]PERSON:ana_roe, analyste chez Nordlab, a précisé que le logiciel [Grey Heron]MALWARE:grey_heron a servi.",
    );
    check(
        "Investigators found Nordlab, a Freedonian wiper, on the servers.",
        "Investigators found [Nordlab]MALWARE:nordlab, a Freedonian wiper, on the servers.",
    );
}

#[test]
fn the_comma_closing_an_attribution_or_an_organisation_name_opens_no_apposition() {
    check(
        "According to analyst Jan Novak of the Kestrel Institute, the malware used resembles a Freedonian tool.",
        "According to analyst [Jan Novak]PERSON:jan_novak of the [Kestrel Institute]ORG:kestrel_institute, the malware used resembles a Freedonian tool.",
    );
    check(
        "Selon l'analyste Jan Novak, de l'Institut Kestrel, le maliciel utilisé ressemble à un outil freedonien.",
        "Selon l'analyste [Jan Novak]PERSON:jan_novak, de l'[Institut Kestrel]ORG:institut_kestrel, le maliciel utilisé ressemble à un outil freedonien.",
    );
}

#[test]
fn a_complement_an_acronym_in_brackets_closes_belongs_to_the_name() {
    check(
        "Selon le Centre national d'intervention contre les virus informatiques (CNIVI), Freedonie a été visée.",
        "Selon le [Centre national d'intervention contre les virus informatiques]ORG:centre_national_d_intervention_contre_les_virus_informatiques ([CNIVI]ORG:centre_national_d_intervention_contre_les_virus_informatiques), Freedonie a été visée.",
    );
    // Without the acronym, the preposition may open the sentence's own complement.
    check(
        "Le Centre national de veille contre les pirates a publié un avis.",
        "Le [Centre national de veille]ORG:centre_national_de_veille contre les pirates a publié un avis.",
    );
}

#[test]
fn the_us_departments_as_the_french_press_names_them() {
    check(
        "Le département américain de la Justice et le département américain du Trésor ont agi.",
        "Le [département américain de la Justice]ORG:us_doj et le [département américain du Trésor]ORG:us_treasury ont agi.",
    );
}

#[test]
fn lowercase_particles_stand_inside_a_person_s_name() {
    check(
        "Interior Minister Rashid bin Abdullah Al Noor and President Ursula von der Brink said so.",
        "Interior Minister [Rashid bin Abdullah Al Noor]PERSON:rashid_bin_abdullah_al_noor and President [Ursula von der Brink]PERSON:ursula_von_der_brink said so.",
    );
    // A particle with no name word after it ends the name.
    check(
        "Minister Jan Novak van said so.",
        "Minister [Jan Novak]PERSON:jan_novak van said so.",
    );
}

#[test]
fn a_part_of_a_month_or_year_hyphenated_to_it_and_a_dateline_with_its_weekday() {
    check(
        "VELGRAD, mardi 3 mars 2026 - Le rapport de Freedonie paraît mi-juin, l'enquête date de mi-2025.",
        "[VELGRAD]GPE:velgrad, mardi [3 mars 2026]DATE:2026_03_03 - Le rapport de Freedonie paraît [mi-juin]DATE:june_2026, l'enquête date de [mi-2025]DATE:2025.",
    );
    check(
        "VELGRAD, Tuesday, March 3, 2026 - Freedonia's report is due in mid-June.",
        "[VELGRAD]GPE:velgrad, Tuesday, [March 3, 2026]DATE:2026_03_03 - Freedonia's report is due in [mid-June]DATE:june_2026.",
    );
}

#[test]
fn a_technical_abbreviation_after_a_malware_noun_is_no_malware() {
    check(
        "Les pirates ont exploité une faille dans un logiciel VPN de la société Nordlab.",
        "Les pirates ont exploité une faille dans un logiciel VPN de la société [Nordlab]ORG:nordlab.",
    );
}

#[test]
fn a_quoted_group_name_may_open_on_an_article() {
    check(
        "Un groupe se présentant comme « la Légion numérique de Sylvanie » a revendiqué l'attaque.",
        "Un groupe se présentant comme « la [Légion numérique de Sylvanie]GROUP:legion_numerique_de_sylvanie » a revendiqué l'attaque.",
    );
}

#[test]
fn a_citys_prosecutor_has_one_id_in_both_languages() {
    check(
        "Le parquet de Lyon a ouvert une enquête.",
        "Le [parquet de Lyon]ORG:lyon_prosecutor a ouvert une enquête.",
    );
    check(
        "The Lyon public prosecutor's office opened an inquiry; the Lyon prosecutor declined to comment.",
        "The [Lyon public prosecutor's office]ORG:lyon_prosecutor opened an inquiry; the [Lyon prosecutor]ORG:lyon_prosecutor declined to comment.",
    );
    // A city's office that is not a prosecutor's is no prosecutor.
    check(
        "The Lyon office of the firm was closed.",
        "The [Lyon]GPE:lyon office of the firm was closed.",
    );
}

#[test]
fn a_headline_before_a_colon_is_no_speakers_label() {
    // One line "Word Name : …" is a headline; a speaker's label opens more than one turn.
    check(
        "Bulletin\n\nIncident Velmaris : ce que vous devez savoir\n\nLe service a repris.",
        "Bulletin\n\nIncident Velmaris : ce que vous devez savoir\n\nLe service a repris.",
    );
    check(
        "Tarmo Velmaris : Bonjour.\n\nQuestion : Et ensuite ?\n\nTarmo Velmaris : Rien.",
        "[Tarmo Velmaris]PERSON:tarmo_velmaris : Bonjour.\n\nQuestion : Et ensuite ?\n\n[Tarmo Velmaris]PERSON:tarmo_velmaris : Rien.",
    );
}

#[test]
fn a_citys_police_and_prefecture_have_one_id_in_both_languages() {
    // « police » comes before its city in French and after it in English: the same noun is
    // a head and a tail.
    check(
        "Selon la police de Lyon, la préfecture de Lyon a été visée.",
        "Selon la [police de Lyon]ORG:lyon_police, la [préfecture de Lyon]ORG:lyon_prefecture a été visée.",
    );
    check(
        "Lyon police said the servers were seized.",
        "[Lyon police]ORG:lyon_police said the servers were seized.",
    );
}

#[test]
fn a_citys_university_has_one_id_in_both_languages() {
    // French writes « université » lowercase before its city; English puts the city before
    // or after it.
    check(
        "Selon un chercheur de l'université de Lyon, le réseau a tenu.",
        "Selon un chercheur de l'[université de Lyon]ORG:lyon_university, le réseau a tenu.",
    );
    check(
        "A researcher at Lyon University and one at the University of Lyon agreed; Velgrad University did not.",
        "A researcher at [Lyon University]ORG:lyon_university and one at the [University of Lyon]ORG:lyon_university agreed; [Velgrad University]ORG:velgrad_university did not.",
    );
}

#[test]
fn the_french_foreign_ministry_as_it_writes_its_own_name() {
    check(
        "Déclaration de la porte-parole du ministère de l'Europe et des affaires étrangères.",
        "Déclaration de la porte-parole du [ministère de l'Europe et des affaires étrangères]ORG:france_mfa.",
    );
}

#[test]
fn day_first_slashed_dates_and_the_american_order() {
    // Day, month and year glued by slashes, day first as in French and British use.
    check(
        "Publiée le 21/11/2026, la réponse date du 05/03/2026.",
        "Publiée le [21/11/2026]DATE:2026_11_21, la réponse date du [05/03/2026]DATE:2026_03_05.",
    );
    // Month first only when the second number cannot be a month; 13/13 is no date.
    check(
        "Filed 11/21/2026, not 13/13/2026.",
        "Filed [11/21/2026]DATE:2026_11_21, not 13/13/[2026]DATE:2026.",
    );
}

#[test]
fn a_name_the_speaker_calls_a_threat_by() {
    // "a group its analysts call X", « un groupe que ses analystes appellent X ».
    check(
        "A group its analysts call \"Amber Falcon\" broke in.",
        "A group its analysts call \"[Amber Falcon]GROUP:amber_falcon\" broke in.",
    );
    check(
        "Un groupe que ses analystes appellent « Amber Falcon » est entré.",
        "Un groupe que ses analystes appellent « [Amber Falcon]GROUP:amber_falcon » est entré.",
    );
    // A malicious programme typed by its adjective, in either language.
    check(
        "They used a malicious programme called \"GLASSWORM\".",
        "They used a malicious programme called \"[GLASSWORM]MALWARE:glassworm\".",
    );
    check(
        "Ils ont utilisé un programme malveillant, baptisé « Glassworm » par les experts.",
        "Ils ont utilisé un programme malveillant, baptisé « [Glassworm]MALWARE:glassworm » par les experts.",
    );
    // Other names a threat goes by, listed after "other names, including".
    check(
        "The set overlaps with what vendors track under other names, including \"Quiet Marten\".",
        "The set overlaps with what vendors track under other names, including \"[Quiet Marten]GROUP:quiet_marten\".",
    );
    check(
        "Ce groupe est suivi sous d'autres noms, dont « Quiet Marten ».",
        "Ce groupe est suivi sous d'autres noms, dont « [Quiet Marten]GROUP:quiet_marten ».",
    );
    // Without a threat noun before it, "call" names nothing.
    check(
        "The ministers call Norway a partner.",
        "The ministers call [Norway]GPE:norway a partner.",
    );
}

#[test]
fn a_country_owning_a_mission_by_possessive() {
    // "Japan's embassy" is the embassy « l'ambassade du Japon » names, its host city in its
    // name; a capital stands for its government, an ordinary city owns no mission.
    check(
        "Japan's embassy in Lisbon and Moscow’s embassy replied; Marseille's embassy did not.",
        "[Japan's embassy in Lisbon]ORG:japan_embassy and [Moscow’s embassy]ORG:russia_embassy replied; [Marseille]GPE:marseille's embassy did not.",
    );
}

#[test]
fn an_english_military_unit_keeps_its_adjective() {
    check(
        "Military unit 55120 and l'unité militaire 55120.",
        "[Military unit 55120]GROUP:unit_55120 and l'[unité militaire 55120]GROUP:unit_55120.",
    );
}

#[test]
fn an_organisations_head_noun_alone_is_its_short_name() {
    // After the full name, « l'Union » and "the Council" are the same organisation.
    check(
        "L'Union européenne a réagi. Les partenaires de l'Union sont d'accord.",
        "L'[Union européenne]ORG:eu a réagi. Les partenaires de l'[Union]ORG:eu sont d'accord.",
    );
    // A name's other names in the knowledge base give heads too: « Alliance atlantique ».
    check(
        "L'OTAN se tait. L'Alliance partage l'analyse.",
        "L'[OTAN]ORG:nato se tait. L'[Alliance]ORG:nato partage l'analyse.",
    );
    check(
        "The Freedonian Council of Elders met. Later the Council said no.",
        "The [Freedonian Council of Elders]ORG:freedonian_council_of_elders met. Later the [Council]ORG:freedonian_council_of_elders said no.",
    );
    // Before its organisation is named, the first named after it (a headline's short
    // form); never a head no list holds ("the Ministry").
    check(
        "The Council met. The Freedonian Council of Elders agreed. The Ministry said no.",
        "The [Council]ORG:freedonian_council_of_elders met. The [Freedonian Council of Elders]ORG:freedonian_council_of_elders agreed. The Ministry said no.",
    );
    check("The Council met.", "The Council met.");
}

#[test]
fn a_short_form_named_alone_takes_the_id_a_reader_gives_it() {
    // « l'Union » with no union named before it is the EU; a country's chamber is one id
    // in both languages.
    check(
        "Nos partenaires de l'Union la partagent. Au Sénat, on se tait.",
        "Nos partenaires de l'[Union]ORG:eu la partagent. Au [Sénat]ORG:senate, on se tait.",
    );
    check(
        "An intrusion into the Chamber's email system came to light.",
        "An intrusion into the [Chamber]ORG:chamber's email system came to light.",
    );
    // A complement makes the word the head of another name, not the chamber.
    check(
        "The Chamber of Commerce of Velgrad agreed.",
        "The Chamber of Commerce of Velgrad agreed.",
    );
}

#[test]
fn news_agencies_and_eu_bodies_of_the_knowledge_base() {
    check(
        "Selon Belga et Yle, le Journal officiel de l'UE a publié la liste.",
        "Selon [Belga]ORG:belga et [Yle]ORG:yle, le [Journal officiel de l'UE]ORG:official_journal_eu a publié la liste.",
    );
    check(
        "La Sûreté de l'État et le Centre pour la cybersécurité Belgique ont conclu.",
        "La [Sûreté de l'État]ORG:belgium_vsse et le [Centre pour la cybersécurité Belgique]ORG:ccb ont conclu.",
    );
}

#[test]
fn a_threat_name_in_capital_letters_alone_needs_a_cue_as_a_plain_word_does() {
    // ATT&CK lists `PHOTO` as another name of a malware: in a photo credit it is a word.
    check(
        "Ministers met in Oslo on Monday. PHOTO JANE ROE",
        "Ministers met in [Oslo]GPE:oslo on Monday. PHOTO [JANE ROE]PERSON:jane_roe",
    );
    // With a word about attacks near it, a name in capitals is the malware.
    check(
        "The SUNBURST backdoor hit the networks.",
        "The [SUNBURST]MALWARE:sunburst backdoor hit the networks.",
    );
}

#[test]
fn a_quoted_name_in_apposition_to_a_threat_noun() {
    // The quotation closes between the name and the comma of its apposition.
    check(
        "Il vise le prétendu « Front numérique de l'Est », un groupe qui a revendiqué l'attaque.",
        "Il vise le prétendu « [Front numérique de l'Est]GROUP:front_numerique_de_l_est », un groupe qui a revendiqué l'attaque.",
    );
    check(
        "It lists the so-called \"Eastern Digital Front\", a group that claimed the attack.",
        "It lists the so-called \"[Eastern Digital Front]GROUP:eastern_digital_front\", a group that claimed the attack.",
    );
}

#[test]
fn a_general_secretariat_is_an_organisation_not_a_general() {
    check(
        "The General Secretariat of the Freedonian Council agreed; General Ivan Petrov did not.",
        "The [General Secretariat of the Freedonian Council]ORG:general_secretariat_of_the_freedonian_council agreed; General [Ivan Petrov]PERSON:ivan_petrov did not.",
    );
    check(
        "Le Secrétariat général du Conseil freedonien a publié la liste.",
        "Le [Secrétariat général du Conseil freedonien]ORG:secretariat_general_du_conseil_freedonien a publié la liste.",
    );
}

#[test]
fn a_titles_portfolios_before_a_name_are_no_people() {
    // "… for Foreign Affairs and Security Policy, Ana Roe": the list opens on a preposition,
    // so its runs are the title's portfolios, and only the name after it is a person.
    check(
        "The High Representative for Foreign Affairs and Security Policy, Kaja Roe, spoke.",
        "The High Representative for Foreign Affairs and Security Policy, [Kaja Roe]PERSON:kaja_roe, spoke.",
    );
    check(
        "Freedonia's Minister of Public Safety, Anne Roe, spoke.",
        "Freedonia's Minister of Public Safety, [Anne Roe]PERSON:anne_roe, spoke.",
    );
    // A list of people after a preposition keeps those with a given name.
    check(
        "A statement of Jean Roe, Ana Dupont and Marc Lenoir said so.",
        "A statement of [Jean Roe]PERSON:jean_roe, [Ana Dupont]PERSON:ana_dupont and [Marc Lenoir]PERSON:marc_lenoir said so.",
    );
}

#[test]
fn a_platform_named_by_one_letter() {
    // Where something is posted, or after a platform noun, a capital letter alone is the
    // platform; elsewhere it is a letter.
    check(
        "The ministry said in a post on X that Plan B failed.",
        "The ministry said in a post on [X]ORG:x that Plan B failed.",
    );
    check(
        "Le ministre a réagi sur le réseau social X, puis sur Telegram et X.",
        "Le ministre a réagi sur le réseau social [X]ORG:x, puis sur [Telegram]ORG:telegram et [X]ORG:x.",
    );
    check("Le scénario X reste ouvert.", "Le scénario X reste ouvert.");
    // In a list with a known platform, or after a sentence's opening « Sur ».
    check(
        "La rumeur court sur Telegram, X et Facebook. Sur X, elle a été reprise. Les plans A, B et C.",
        "La rumeur court sur [Telegram]ORG:telegram, [X]ORG:x et [Facebook]ORG:facebook. Sur [X]ORG:x, elle a été reprise. Les plans A, B et C.",
    );
}

#[test]
fn a_french_name_ending_on_a_place_takes_no_verb_after_it() {
    check(
        "Le Centre hospitalier de Lyon indique ne rien savoir.",
        "Le [Centre hospitalier de Lyon]ORG:centre_hospitalier_de_lyon indique ne rien savoir.",
    );
}

#[test]
fn a_capitalised_particle_after_a_given_name_is_part_of_the_surname() {
    check(
        "Selon Marie Le Goff, le directeur Paul La Rocca a démenti.",
        "Selon [Marie Le Goff]PERSON:marie_le_goff, le directeur [Paul La Rocca]PERSON:paul_la_rocca a démenti.",
    );
}

#[test]
fn a_numbered_question_labels_its_asker_without_the_number() {
    check(
        "Hearing\n\nQ3 Ben Adeyemi: Did the embassy answer?",
        "Hearing\n\nQ3 [Ben Adeyemi]PERSON:ben_adeyemi: Did the embassy answer?",
    );
}

#[test]
fn maitre_is_a_lawyer_s_title() {
    check(
        "Me Anne Lefort a plaidé la relaxe.",
        "Me [Anne Lefort]PERSON:anne_lefort a plaidé la relaxe.",
    );
}

#[test]
fn a_byline_name_linked_word_by_word_is_one_mention() {
    let input = "Opinion: stop the hype\n\nLiu Zhenyang\nSpecial to The Daily Record\n\nThe accusations are unfounded, I say.\n\nLiu Zhenyang is the Ambassador of the People's Republic of China to Norway.";
    let analysis = analyze_article("test.txt", input);
    let people: Vec<&str> = analysis
        .entities
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .map(|m| m.text.as_str())
        .collect();
    assert!(people.iter().all(|p| *p == "Liu Zhenyang"), "{people:?}");
}

#[test]
fn an_apposition_that_says_a_name_is_a_firm_makes_it_an_organisation() {
    check(
        "Hackers broke into Nordvik Geodata, a Freeville mapping firm that charts coastal waters.",
        "Hackers broke into [Nordvik Geodata]ORG:nordvik_geodata, a Freeville mapping firm that charts coastal waters.",
    );
    check(
        "Des pirates ont visé Nordvik Geodata, une entreprise de cartographie.",
        "Des pirates ont visé [Nordvik Geodata]ORG:nordvik_geodata, une entreprise de cartographie.",
    );
}

#[test]
fn a_name_after_a_title_and_its_portfolio_is_a_person() {
    check(
        "Estonia rejects the report.\n\nCabinet Secretary for Ports and Shipping Zelmira Vaher dismissed it.",
        "[Estonia]GPE:estonia rejects the report.\n\nCabinet Secretary for Ports and Shipping [Zelmira Vaher]PERSON:zelmira_vaher dismissed it.",
    );
    // A portfolio alone after its title names no one.
    check(
        "Estonia rejects the report.\n\nThe Secretary for Home Affairs dismissed it.",
        "[Estonia]GPE:estonia rejects the report.\n\nThe Secretary for Home Affairs dismissed it.",
    );
}

#[test]
fn a_permanent_mission_named_in_french_is_its_countrys_mission() {
    check(
        "La Mission permanente de l'Estonie auprès des Nations unies a rejeté ces accusations.",
        "La [Mission permanente de l'Estonie auprès des Nations unies]ORG:estonia_mission a rejeté ces accusations.",
    );
}

#[test]
fn an_office_named_after_its_holder_is_one_organisation() {
    check(
        "Velmar told the Information Commissioner's Office within a day. The Prosecutor General's Office of Ruritania opened a case, and the Chief Auditor's Office kept quiet.",
        "Velmar told the [Information Commissioner's Office]ORG:information_commissioner_s_office within a day. The [Prosecutor General's Office of Ruritania]ORG:prosecutor_general_s_office_of_ruritania opened a case, and the [Chief Auditor's Office]ORG:chief_auditor_s_office kept quiet.",
    );
}

#[test]
fn an_office_named_after_a_minister_or_president_is_one_organisation() {
    // The holder's title ends the complement when no name follows it; before a name it
    // opens the person.
    check(
        "The Prime Minister's Office declined to comment. The Office of the President said nothing, and the Office of the Prime Minister referred questions to the Office of the President Jan Tamm chairs.",
        "The [Prime Minister's Office]ORG:prime_minister_s_office declined to comment. The [Office of the President]ORG:office_of_the_president said nothing, and the [Office of the Prime Minister]ORG:office_of_the_prime_minister referred questions to the Office of the President [Jan Tamm]PERSON:jan_tamm chairs.",
    );
    // A title of two holder words ("Attorney General") ends it too.
    check(
        "The Office of the Prosecutor General of Estonia opened a case.",
        "The [Office of the Prosecutor General of Estonia]ORG:office_of_the_prosecutor_general_of_estonia opened a case.",
    );
}

#[test]
fn a_name_listing_its_fields_is_one_organisation() {
    check(
        "A member of the Fisheries, Forests and Rural Affairs Committee said the Ministry of Fisheries, Forests and the Rural Economy had been warned by the Culture, Heritage & Sport Office, but not the Ministry of Fisheries, the coastguard or the navy.",
        "A member of the [Fisheries, Forests and Rural Affairs Committee]ORG:fisheries_forests_and_rural_affairs_committee said the [Ministry of Fisheries, Forests and the Rural Economy]ORG:ministry_of_fisheries_forests_and_the_rural_economy had been warned by the [Culture, Heritage & Sport Office]ORG:culture_heritage_sport_office, but not the [Ministry of Fisheries]ORG:ministry_of_fisheries, the coastguard or the navy.",
    );
}

#[test]
fn a_complement_stops_where_another_organisation_begins() {
    check(
        "Last week the Bureau of Fisheries and the Coastal Guard Agency blamed a unit that the Harbour Department's Office of Pilotage links to the Signals Command of Estonia's Home Guard.",
        "Last week the [Bureau of Fisheries]ORG:bureau_of_fisheries and the [Coastal Guard Agency]ORG:coastal_guard_agency blamed a unit that the [Harbour Department]ORG:harbour_department's [Office of Pilotage]ORG:office_of_pilotage links to the [Signals Command]ORG:signals_command of [Estonia]GPE:estonia's [Home Guard]ORG:home_guard.",
    );
}

#[test]
fn an_acronym_may_end_on_a_short_title_case_part() {
    check(
        "An advisory from VCERT-Ve went out late, and the KSIRT-Ka team followed; a UK-Based vendor said nothing.",
        "An advisory from [VCERT-Ve]ORG:vcert_ve went out late, and the [KSIRT-Ka]ORG:ksirt_ka team followed; a UK-Based vendor said nothing.",
    );
}

#[test]
fn a_newspaper_title_keeps_its_capitalised_article() {
    check(
        "Anna Holm wrote a long letter to The Velmar Courier, and the Tartu Ledger printed it first.",
        "[Anna Holm]PERSON:anna_holm wrote a long letter to [The Velmar Courier]ORG:velmar_courier, and the [Tartu Ledger]ORG:tartu_ledger printed it first.",
    );
    check(
        "Elle a écrit à L'Écho de Velmar, qui l'a publiée dans son Courrier des lecteurs de mardi.",
        "Elle a écrit à [L'Écho de Velmar]ORG:echo_de_velmar, qui l'a publiée dans son Courrier des lecteurs de mardi.",
    );
}

#[test]
fn a_town_placed_by_a_is_a_place() {
    check(
        "Le laboratoire installé à Velmarsk a été piraté la semaine dernière ; la mairie de Velmarsk a porté plainte et en a parlé à Mme Kask.",
        "Le laboratoire installé à [Velmarsk]GPE:velmarsk a été piraté la semaine dernière ; la mairie de [Velmarsk]GPE:velmarsk a porté plainte et en a parlé à Mme [Kask]PERSON:kask.",
    );
}

#[test]
fn a_platform_noun_after_a_threat_word_introduces_a_group() {
    check(
        "Police seized the servers of the DDoS network Velmar-9 on Monday, while the messaging network Parlo stayed online.",
        "Police seized the servers of the DDoS network [Velmar-9]GROUP:velmar_9 on Monday, while the messaging network [Parlo]ORG:parlo stayed online.",
    );
}

#[test]
fn transcript_labels_and_stage_cues_hold_no_acronym() {
    check(
        "JAAN TAMM, ANCHOR: Good evening from Velmar.\n\n[STUDIO – LINK]\n\nHOLM (voice-over): The VWA says its pumps stopped on Sunday night.",
        "JAAN TAMM, ANCHOR: Good evening from Velmar.\n\n[STUDIO – LINK]\n\nHOLM (voice-over): The [VWA]ORG:vwa says its pumps stopped on Sunday night.",
    );
}

#[test]
fn capitals_in_brackets_after_an_organisation_word_are_its_acronym() {
    check(
        "The Velmar Harbour Service (PST) is investigating. Officials at the PST said little, and the Coastal Crime Centre (CC4) helped.",
        "The [Velmar Harbour Service]ORG:velmar_harbour_service ([PST]ORG:velmar_harbour_service) is investigating. Officials at the [PST]ORG:velmar_harbour_service said little, and the [Coastal Crime Centre]ORG:coastal_crime_centre ([CC4]ORG:coastal_crime_centre) helped.",
    );
}

#[test]
fn words_a_desk_writes_in_capitals_are_no_acronyms() {
    check(
        "UPDATE 2 - Velmar Water said the VWA pumps were back. URGENT: the NKDA confirms nothing.",
        "UPDATE 2 - Velmar Water said the [VWA]ORG:vwa pumps were back. URGENT: the [NKDA]ORG:nkda confirms nothing.",
    );
}

#[test]
fn a_given_name_alone_addresses_the_person_it_opens() {
    check(
        "Jaan Tamm told the council the pumps had stopped. Thanks, Jaan. Jaan, when did the pumps stop?",
        "[Jaan Tamm]PERSON:jaan_tamm told the council the pumps had stopped. Thanks, [Jaan]PERSON:jaan_tamm. [Jaan]PERSON:jaan_tamm, when did the pumps stop?",
    );
    // Two people share the given name: alone, it names neither.
    check(
        "Jaan Tamm said the pumps had stopped, and Jaan Kask said they had not. Thanks, Jaan.",
        "[Jaan Tamm]PERSON:jaan_tamm said the pumps had stopped, and [Jaan Kask]PERSON:jaan_kask said they had not. Thanks, Jaan.",
    );
}

#[test]
fn ports_hospitals_and_control_makers_are_organisations() {
    check(
        "The Port of Velmar and the Tartu Valley Hospital bought pumps from Velmar Controls, said the Ministry of Fisheries and International Trade.",
        "The [Port of Velmar]ORG:port_of_velmar and the [Tartu Valley Hospital]ORG:tartu_valley_hospital bought pumps from [Velmar Controls]ORG:velmar_controls, said the [Ministry of Fisheries and International Trade]ORG:ministry_of_fisheries_and_international_trade.",
    );
    check(
        "Le Port de Velmar et d'un autre bassin a fermé.",
        "Le [Port de Velmar]ORG:port_de_velmar et d'un autre bassin a fermé.",
    );
}

#[test]
fn a_town_placed_by_in_is_a_place_but_not_a_language() {
    check(
        "A pumping station in Kaskholm, north of the capital, failed on Monday; its manual, written in Farsi and in Russian, reached the engineers in Kaskholm.",
        "A pumping station in [Kaskholm]GPE:kaskholm, north of the capital, failed on Monday; its manual, written in Farsi and in Russian, reached the engineers in [Kaskholm]GPE:kaskholm.",
    );
}

#[test]
fn on_opens_the_complement_naming_a_bodys_topic() {
    check(
        "The Standing Committee on Fisheries met in Velmar, and the Agency on Telegram denied it.",
        "The [Standing Committee on Fisheries]ORG:standing_committee_on_fisheries met in [Velmar]GPE:velmar, and the Agency on [Telegram]ORG:telegram denied it.",
    );
}

#[test]
fn time_zones_and_radio_bands_are_no_acronyms() {
    check(
        "The VWA pumps stopped at 04:10 IST, and Velmar Radio on 98.4 FM told listeners first.",
        "The [VWA]ORG:vwa pumps stopped at 04:10 IST, and [Velmar Radio]ORG:velmar_radio on 98.4 FM told listeners first.",
    );
}

#[test]
fn a_companys_management_is_named_by_the_company() {
    check(
        "Les intrus ont copié des messages envoyés par la direction de Velmarco pendant trois mois, selon la direction générale de la VWA.",
        "Les intrus ont copié des messages envoyés par la direction de [Velmarco]ORG:velmarco pendant trois mois, selon la direction générale de la [VWA]ORG:vwa.",
    );
}

#[test]
fn currency_codes_identifiers_and_laws_in_capitals_are_no_bodies() {
    check(
        "Hackers sent orders for USD 38 million; EUR 33 million was frozen under the GDPR.",
        "Hackers sent orders for USD 38 million; EUR 33 million was frozen under the GDPR.",
    );
    check(
        "La Banque d'Estonie ne verse rien sans RIB ni numéro SIRET.",
        "La [Banque d'Estonie]ORG:banque_d_estonie ne verse rien sans RIB ni numéro SIRET.",
    );
}

#[test]
fn a_consulate_general_is_its_countrys_mission() {
    check(
        "The Consulate General of Russia in Tartu said so.",
        "The [Consulate General of Russia in Tartu]ORG:russia_consulate said so.",
    );
}

#[test]
fn a_countrys_official_form_is_part_of_its_name() {
    check(
        "Le Royaume du Maroc et la République islamique d’Iran ont écrit au Gouvernement de la République de Turquie.",
        "Le [Royaume du Maroc]GPE:morocco et la [République islamique d’Iran]GPE:iran ont écrit au Gouvernement de la [République de Turquie]GPE:turkey.",
    );
    check(
        "The Grand Duchy of Luxembourg and the State of Israel replied.",
        "The [Grand Duchy of Luxembourg]GPE:luxembourg and the [State of Israel]GPE:israel replied.",
    );
}

#[test]
fn an_adjective_of_nationality_before_a_ministry_names_its_country() {
    check(
        "The Iranian Ministry of Foreign Affairs and le ministère indien des Affaires extérieures replied.",
        "The [Iranian Ministry of Foreign Affairs]ORG:iran_mfa and le [ministère indien des Affaires extérieures]ORG:india_mea replied.",
    );
}

#[test]
fn a_possessive_before_a_ministry_names_its_country() {
    // Not the ministry of the same portfolio named before for another country.
    check(
        "Russia's Foreign Ministry denied it. A spokesman for Estonia's Ministry of Foreign Affairs declined to comment.",
        "[Russia]GPE:russia's [Foreign Ministry]ORG:russia_mfa denied it. A spokesman for [Estonia]GPE:estonia's [Ministry of Foreign Affairs]ORG:estonia_mfa declined to comment.",
    );
}

#[test]
fn a_given_name_followed_by_where_its_bearer_works_is_a_person() {
    check(
        "On the panel that followed, Tobias Kask of the Tartu firm Velmar Labs was more careful.",
        "On the panel that followed, [Tobias Kask]PERSON:tobias_kask of the Tartu firm [Velmar Labs]ORG:velmar_labs was more careful.",
    );
}

#[test]
fn an_arabic_article_joined_to_a_name_is_part_of_it() {
    check(
        "Hassan el-Sayed and Omar al-Tamimi said so.",
        "[Hassan el-Sayed]PERSON:hassan_el_sayed and [Omar al-Tamimi]PERSON:omar_al_tamimi said so.",
    );
}

#[test]
fn a_given_name_run_followed_by_who_is_a_person() {
    check(
        "Lucia Kask, who heads the agency, was careful.",
        "[Lucia Kask]PERSON:lucia_kask, who heads the agency, was careful.",
    );
}

#[test]
fn a_name_in_apposition_to_a_qualified_role_or_an_age_is_a_person() {
    check(
        "The figures come from Mirela Tambe, a shipping analyst in Tartu. Furious fan Dorin Pasku, 34, lost money.",
        "The figures come from [Mirela Tambe]PERSON:mirela_tambe, a shipping analyst in [Tartu]GPE:tartu. Furious fan [Dorin Pasku]PERSON:dorin_pasku, 34, lost money.",
    );
    check(
        "La présidente de la commission, Ilse Varik (Renew), a jugé l'attribution solide.",
        "La présidente de la commission, [Ilse Varik]PERSON:ilse_varik (Renew), a jugé l'attribution solide.",
    );
}

/// A name whose initials, hyphenated parts counting, spell the acronym in brackets after
/// it is that organisation, whatever its last word; one or two words are no such name.
#[test]
fn a_name_spelled_out_before_its_acronym_is_an_organisation() {
    check(
        "Velmar's Inter-Port Traffic Coordination (IPTC) did not respond.",
        "Velmar's [Inter-Port Traffic Coordination]ORG:inter_port_traffic_coordination ([IPTC]ORG:inter_port_traffic_coordination) did not respond.",
    );
}

#[test]
fn a_definite_description_of_what_a_firm_is_makes_its_name_an_organisation() {
    // Invented sentences: "X, the operator of …", « X, l'exploitant du … »; the noun heads
    // the description (a person "le président de la société" is none), is not possessed
    // ("the firm's head") and introduces no name of its own (« la société Velmar »).
    check(
        "Hackers stole the emails of Velmar Gas, the operator of the pipeline.",
        "Hackers stole the emails of [Velmar Gas]ORG:velmar_gas, the operator of the pipeline.",
    );
    check(
        "Les serveurs de Tarvel Réseaux, l'exploitant du réseau de chaleur, sont tombés.",
        "Les serveurs de [Tarvel Réseaux]ORG:tarvel_reseaux, l'exploitant du réseau de chaleur, sont tombés.",
    );
    check(
        "« Nous avons été attaqués », dit Jaan Tamm, le président de la société.",
        "« Nous avons été attaqués », dit [Jaan Tamm]PERSON:jaan_tamm, le président de la société.",
    );
    check(
        "Le fichier était hébergé par un prestataire de Tallinn, la société Velmar.",
        "Le fichier était hébergé par un prestataire de [Tallinn]GPE:tallinn, la société [Velmar]ORG:velmar.",
    );
}

#[test]
fn vietnamese_names_keep_their_family_name_and_a_plain_id() {
    // A Vietnamese family name opens the name (the list comes from the given-names data
    // set), and its letters fold like any other accented letter.
    check(
        "Le journaliste Nguyễn Văn Khải dénonce une campagne.",
        "Le journaliste [Nguyễn Văn Khải]PERSON:nguyen_van_khai dénonce une campagne.",
    );
}

#[test]
fn a_person_of_an_organisation_is_two_names() {
    // "Firstname Lastname of X University": the person, then the body the "of" introduces;
    // a body whose own name holds a given name ("Georgia Institute of …") stays whole.
    check(
        "Researcher Anna Holm of Tarvel University says the case fits.",
        "Researcher [Anna Holm]PERSON:anna_holm of [Tarvel University]ORG:tarvel_university says the case fits.",
    );
}

#[test]
fn an_acronym_used_before_its_introduction_is_the_same_body() {
    // A release's title names the body by its acronym; the first paragraph gives the
    // name in full with the acronym in brackets: one body, one id.
    check(
        "Statement by TCDA on the intrusion.\n\nThe Tarvel Cyber Defence Agency (TCDA) was notified on Monday.",
        "Statement by [TCDA]ORG:tarvel_cyber_defence_agency on the intrusion.\n\nThe [Tarvel Cyber Defence Agency]ORG:tarvel_cyber_defence_agency ([TCDA]ORG:tarvel_cyber_defence_agency) was notified on Monday.",
    );
}

#[test]
fn a_given_name_before_a_titled_apposition_or_after_a_field_label_is_a_person() {
    // A title in apposition, capitalised or not, or a short field label and its colon,
    // is evidence enough for a given name's run with no verb of saying near it.
    check(
        "The experts: Anna Holm, Special Rapporteur on privacy; Jaan Tamm, a member of the panel.",
        "The experts: [Anna Holm]PERSON:anna_holm, Special Rapporteur on privacy; [Jaan Tamm]PERSON:jaan_tamm, a member of the panel.",
    );
    check("Author: Anna Holm", "Author: [Anna Holm]PERSON:anna_holm");
}

#[test]
fn armenian_and_georgian_given_names_come_transliterated() {
    // The given-names data set transliterates the Armenian and Georgian lists.
    check(
        "Davit Tamm wrote on Monday.",
        "[Davit Tamm]PERSON:davit_tamm wrote on Monday.",
    );
}

#[test]
fn an_honorific_title_opens_a_persons_name() {
    check(
        "Her Excellency Anna Holm affirmed the position.",
        "Her Excellency [Anna Holm]PERSON:anna_holm affirmed the position.",
    );
}

#[test]
fn a_given_names_run_is_a_person_without_a_cue_unless_a_place_or_a_heading() {
    // No verb of saying near it: a given name and a surname still name a person; a given
    // name before a place's noun, or a run in capitals, names none.
    check(
        "For Anna Holm, the choice of target was no surprise.",
        "For [Anna Holm]PERSON:anna_holm, the choice of target was no surprise.",
    );
    check(
        "The ship sailed from Victoria Harbour to the island.",
        "The ship sailed from Victoria Harbour to the island.",
    );
}

#[test]
fn a_board_a_clinic_or_a_ferry_line_is_an_organisation() {
    check(
        "Operators at a plant run by the Narva Water Board found the screens replaced; the Tartu Lakeside Clinic and Saaremaa Ferries were hit too.",
        "Operators at a plant run by the [Narva Water Board]ORG:narva_water_board found the screens replaced; the [Tartu Lakeside Clinic]ORG:tartu_lakeside_clinic and [Saaremaa Ferries]ORG:saaremaa_ferries were hit too.",
    );
}

#[test]
fn a_legal_form_after_a_comma_belongs_to_the_company() {
    check(
        "Tarvel Trade Link Co., Ltd. admitted the breach, and Narva Survey Services, Inc. said it was hit.",
        "[Tarvel Trade Link Co., Ltd]ORG:tarvel_trade_link_co_ltd. admitted the breach, and [Narva Survey Services, Inc]ORG:narva_survey_services_inc. said it was hit.",
    );
}

#[test]
fn an_embassy_of_a_state_named_by_its_official_form_is_that_states() {
    check(
        "L'ambassade de la République d'Estonie au Canada a démenti.",
        "L'[ambassade de la République d'Estonie au Canada]ORG:estonia_embassy a démenti.",
    );
}

#[test]
fn more_legal_forms_end_company_names() {
    check(
        "Carpathia Host SRL and Tarvel Energy JSC were hit.",
        "[Carpathia Host SRL]ORG:carpathia_host_srl and [Tarvel Energy JSC]ORG:tarvel_energy_jsc were hit.",
    );
}

#[test]
fn an_acronym_after_a_country_code_is_a_body() {
    // A two-letter code before three or more capitals; a product's one-letter prefix is not.
    check(
        "Le ngCERT et le bjCSIRT ont publié une alerte sur iOS.",
        "Le [ngCERT]ORG:ngcert et le [bjCSIRT]ORG:bjcsirt ont publié une alerte sur iOS.",
    );
}

#[test]
fn a_police_force_named_in_french_is_an_organisation() {
    check(
        "La Police régionale de Tarvel a refusé de commenter.",
        "La [Police régionale de Tarvel]ORG:police_regionale_de_tarvel a refusé de commenter.",
    );
}

#[test]
fn an_honorific_before_a_name_is_no_part_of_it() {
    check(
        "Its chief executive Datuk Jan Tamm said the firm was hit. Police director Datuk Seri Anna Holm declined to comment.",
        "Its chief executive Datuk [Jan Tamm]PERSON:jan_tamm said the firm was hit. Police director Datuk Seri [Anna Holm]PERSON:anna_holm declined to comment.",
    );
}

#[test]
fn a_country_name_is_found_in_the_case_french_writes_it() {
    check(
        "La Guinée équatoriale a démenti. Meta a refusé de commenter.",
        "La [Guinée équatoriale]GPE:equatorial_guinea a démenti. [Meta]ORG:meta a refusé de commenter.",
    );
}

#[test]
fn a_surete_or_a_high_commission_heads_an_organisation_name() {
    check(
        "La Sûreté de Tarvel a refusé de commenter. Le Haut-Commissariat à la protection nationale accuse Velmar.",
        "La [Sûreté de Tarvel]ORG:surete_de_tarvel a refusé de commenter. Le [Haut-Commissariat à la protection nationale]ORG:haut_commissariat_a_la_protection_nationale accuse Velmar.",
    );
}

#[test]
fn a_rights_group_known_to_the_knowledge_base_is_one_organisation() {
    check(
        "The infections were attributed by Front Line Defenders to Velmar.",
        "The infections were attributed by [Front Line Defenders]ORG:front_line_defenders to Velmar.",
    );
}

#[test]
fn a_middle_initial_stays_inside_a_name_after_a_title() {
    // "Gbarvo" is no given name the data set knows: the title opens the name, and the
    // initial with its dot joins its two words.
    check(
        "Foreign Minister Gbarvo K. Velling said the ministry would not comment.",
        "Foreign Minister [Gbarvo K. Velling]PERSON:gbarvo_k_velling said the ministry would not comment.",
    );
}

#[test]
fn a_company_officer_title_before_an_unknown_name_makes_a_person() {
    // Neither "Tuuli" nor "Kask" is a known given name: the title tells.
    check(
        "Port chief executive Tuuli Kask told reporters.",
        "Port chief executive [Tuuli Kask]PERSON:tuuli_kask told reporters.",
    );
    check(
        "Selon le directeur général Tuuli Kask, rien n'a été volé.",
        "Selon le directeur général [Tuuli Kask]PERSON:tuuli_kask, rien n'a été volé.",
    );
}

#[test]
fn a_compound_of_given_names_is_a_given_name() {
    check(
        "Jaan-Erik Tamm a déclaré que rien n'a été volé.",
        "[Jaan-Erik Tamm]PERSON:jaan_erik_tamm a déclaré que rien n'a été volé.",
    );
}

#[test]
fn a_dotted_acronym_is_no_title_before_a_name() {
    // "M.T.R.A.": the "M." of a dotted acronym is not the French title, its next letter
    // no one's name; "M. Tamm" and "M.Tamm" keep theirs.
    check(
        "The ministry (M.T.R.A.) said hackers read its mail. M. Tamm et M.Holm ont parlé.",
        "The ministry (M.T.R.A.) said hackers read its mail. M. [Tamm]PERSON:tamm et M.[Holm]PERSON:holm ont parlé.",
    );
}

#[test]
fn swiss_federal_bodies_and_a_constabulary_are_organisations() {
    check(
        "Le Ministère public de la Confédération (MPC) a ouvert une procédure ; l'OFCS et le DFAE ont été informés.",
        "Le [Ministère public de la Confédération]ORG:oag_switzerland ([MPC]ORG:oag_switzerland) a ouvert une procédure ; l'[OFCS]ORG:focs_switzerland et le [DFAE]ORG:fdfa_switzerland ont été informés.",
    );
    // A force named by its county or island and "Constabulary".
    check(
        "The Narva Constabulary said it had opened an inquiry.",
        "The [Narva Constabulary]ORG:narva_constabulary said it had opened an inquiry.",
    );
}

#[test]
fn a_lead_word_set_in_capitals_is_no_acronym() {
    // A paragraph opening on a common word in capitals, a house style, when the text
    // writes the word in lowercase too; an acronym that recurs in an address stays one.
    check(
        "SPIES from Russia read the mail of Narva.\n\nThe spies left.",
        "SPIES from [Russia]GPE:russia read the mail of Narva.\n\nThe spies left.",
    );
    check(
        "RIA says the port was hit.\n\nWrite to ria.ee for help.",
        "[RIA]ORG:ria says the port was hit.\n\nWrite to ria.ee for help.",
    );
}

#[test]
fn a_government_is_its_country_or_its_province_s_own() {
    // A country's government is the country; a province's, which speaks for no country,
    // is an organisation of its own.
    check(
        "The Government of Estonia thanked the Government of Prince Edward Island and Nova Scotia.",
        "The Government of [Estonia]GPE:estonia thanked the [Government of Prince Edward Island]ORG:prince_edward_island_government and [Nova Scotia]GPE:nova_scotia.",
    );
    check(
        "Le gouvernement de l'Île-du-Prince-Édouard a écrit au gouvernement du Yukon.",
        "Le [gouvernement de l'Île-du-Prince-Édouard]ORG:prince_edward_island_government a écrit au [gouvernement du Yukon]ORG:yukon_government.",
    );
}

#[test]
fn a_possessive_opening_a_quotation_is_no_name() {
    check(
        "« Notre port a été visé », a dit Jaan Tamm.",
        "« Notre port a été visé », a dit [Jaan Tamm]PERSON:jaan_tamm.",
    );
}

#[test]
fn a_name_in_apposition_to_the_possessive_role_after_it_is_a_persons() {
    // No given name the list knows: the role after the comma tells.
    check(
        "\"The traces all match,\" said Velmo Raudsepp, the lab's director.",
        "\"The traces all match,\" said [Velmo Raudsepp]PERSON:velmo_raudsepp, the lab's director.",
    );
    check(
        "Kelvo Saar, its director, said the port was hit.",
        "[Kelvo Saar]PERSON:kelvo_saar, its director, said the port was hit.",
    );
}

#[test]
fn a_name_whose_family_name_speaks_alone_later_is_a_persons() {
    check(
        "Tarvi Orav leads the choir.\n\nOrav said the choir lost its member list.",
        "[Tarvi Orav]PERSON:tarvi_orav leads the choir.\n\n[Orav]PERSON:tarvi_orav said the choir lost its member list.",
    );
    // A word after a determiner is no family name: "Kessel Harbour" stays untagged.
    check(
        "Ships left Kessel Harbour at dawn.\n\nThe Harbour said it was restoring its systems.",
        "Ships left Kessel Harbour at dawn.\n\nThe Harbour said it was restoring its systems.",
    );
}

#[test]
fn a_trade_word_ends_a_firms_name_and_a_photo_credit_names_no_one() {
    check(
        "Des pirates sont entrés chez Tarvas Ingénierie en mai.",
        "Des pirates sont entrés chez [Tarvas Ingénierie]ORG:tarvas_ingenierie en [mai]DATE:may.",
    );
    check(
        "Hackers breached Velmar Freight Logistics in May.",
        "Hackers breached [Velmar Freight Logistics]ORG:velmar_freight_logistics in [May]DATE:may.",
    );
    // "Photo" opens a credit; it is no word of the name after it.
    check(
        "Le port a été visé.\n\nPhoto Postimees /Jaan Tamm",
        "Le port a été visé.\n\nPhoto Postimees /[Jaan Tamm]PERSON:jaan_tamm",
    );
}

#[test]
fn a_capitalised_preposition_opens_no_name_and_a_portfolio_is_no_firm() {
    check(
        "À Narva, la présidente de la région a condamné l'attaque.",
        "À [Narva]GPE:narva, la présidente de la région a condamné l'attaque.",
    );
    check(
        "Hackers breached Tarvas Harbour Electronics in May.",
        "Hackers breached [Tarvas Harbour Electronics]ORG:tarvas_harbour_electronics in [May]DATE:may.",
    );
    check(
        "The Minister of State for Ports and Electronics spoke.",
        "The Minister of State for Ports and Electronics spoke.",
    );
}

#[test]
fn the_irish_and_northern_irish_police_are_known_by_their_short_names() {
    check(
        "Gardaí and the PSNI are investigating.",
        "[Gardaí]ORG:garda and the [PSNI]ORG:psni are investigating.",
    );
}
