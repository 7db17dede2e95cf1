//! Claim rules that must hold on articles the engine has never seen: a source
//! that is only a medium, negated attacks said for the accused side, titles with
//! a portfolio, effects of an attack, a speaker named again by surname.

mod claims_check;

use claims_check::{check, check_each};

#[test]
fn a_statement_is_how_the_subject_speaks_not_who() {
    check(
        "The Security Service of Ukraine (SBU) on Tuesday accused Russian military intelligence of hacking the power grid, according to a statement released in Kyiv.",
        "#0 Accusation sbu -> gru (_) [accused]",
    );
    check(
        "Le Service de sécurité d’Ukraine (SBU) a accusé mardi le renseignement militaire russe d’avoir piraté le réseau, selon un communiqué publié à Kiev.",
        "#0 Accusation sbu -> gru (_) [a accusé]",
    );
    // A source that names someone still speaks for a sentence without a verb cue.
    check(
        "Russian hackers breached the grid, according to the SBU.",
        "#0 Accusation sbu -> russia (_) [according to]",
    );
}

#[test]
fn a_rejection_answers_the_accuser_not_the_medium() {
    check(
        "The SBU accused Russian military intelligence of hacking the grid, according to a statement released in Kyiv. Kremlin spokesman Dmitry Peskov rejected the accusations, calling them a \"baseless fabrication.\"",
        "#0 Accusation sbu -> gru (_) [accused]
         #1 Denial dmitry_peskov -> sbu (_) [rejected]",
    );
}

#[test]
fn the_accused_side_saying_it_does_not_attack_is_a_denial() {
    check(
        "Ukraine accused Russia of hacking its grid. Kremlin spokesman Dmitry Peskov rejected the accusations.\n\"Russia does not carry out cyberattacks against civilian infrastructure,\" he told reporters.",
        "#0 Accusation ukraine -> russia (russia) [accused]
         #1 Denial dmitry_peskov -> ukraine (russia) [rejected]
         #2 Denial dmitry_peskov -> ukraine (russia) [told]",
    );
    check(
        "L'Ukraine accuse la Russie d'avoir piraté son réseau. Le porte-parole du Kremlin, Dmitri Peskov, a rejeté ces accusations.\n« La Russie ne mène pas d’attaques informatiques contre des infrastructures civiles », a-t-il déclaré aux journalistes.",
        "#0 Accusation ukraine -> russia (russia) [accuse]
         #1 Denial dmitry_peskov -> ukraine (russia) [a rejeté]
         #2 Denial dmitry_peskov -> ukraine (russia) [a-t-il déclaré]",
    );
    // A speaker of unknown side clearing the accused side, inside a reporting aside.
    check(
        "Israel accused Iran of hacking its water network. Tehran rejected the accusations. Iran, he added, conducts “no offensive operations” in cyberspace.",
        "#0 Accusation israel -> iran (iran) [accused]
         #1 Denial iran -> israel (iran) [rejected]
         #2 Denial iran -> israel (iran) [added]",
    );
}

#[test]
fn a_negated_ending_still_accuses() {
    check(
        "Ukraine accused Russia of hacking its grid. Officials said Russia had not stopped its cyberattacks on the grid.",
        "#0 Accusation ukraine -> russia (russia) [accused]
         #1 Accusation officials -> russia (russia) [said]",
    );
}

#[test]
fn a_title_with_its_portfolio_is_no_name() {
    check(
        "Ukraine accused Russia of the attack. Ukraine's Minister of Digital Transformation Mykhailo Fedorov urged the European Union to adopt new sanctions.",
        "#0 Accusation ukraine -> russia (russia) [accused]
         #1 Condemnation mykhailo_fedorov -> eu (russia) [urged]",
    );
}

#[test]
fn the_effects_of_a_known_attack_accuse_nobody() {
    check(
        "Israel accused Iran of hacking its water network. The utility said the attack had not affected drinking water.",
        "#0 Accusation israel -> iran (iran) [accused]
         #1 OtherClaim _ -> - (iran) [said]",
    );
    check(
        "Selon les enquêteurs, l'attaque n'a pas perturbé les travaux de l'organisation.",
        "#0 OtherClaim _ -> - (dispute) [Selon]",
    );
    // A new attack, or one with its author, still accuses.
    check(
        "\"This is a deliberate attack on civilians,\" the spokesman told reporters.",
        "#0 Accusation _ -> - (dispute) [told]",
    );
}

#[test]
fn a_speaker_named_again_by_surname_goes_on_claiming() {
    check(
        "South Korea's Foreign Ministry spokesperson Lim Soo-suk said Seoul would respond. North Korea's state news agency KCNA rejected the report. Mr Lim added that the Foreign Ministry would raise the issue at the United Nations.",
        "#0 Condemnation lim_soo_suk -> - (_) [said]
         #1 Denial kcna -> - (_) [rejected]
         #2 OtherClaim lim_soo_suk -> - (_) [added]",
    );
}

#[test]
fn context_sentences_stay_context() {
    check(
        "The officers worked from a front company in Hainan province, prosecutors said.
The indictment was unsealed in San Diego.
Le bâtiment se trouve dans un quartier résidentiel de La Haye.
In 2015, a similar attack left 230,000 people without electricity.",
        "",
    );
}

#[test]
fn attributed_to_names_the_accused_not_an_inverted_speaker() {
    check(
        "Les autorités ukrainiennes ont annoncé avoir déjoué une cyberattaque contre un fournisseur d'électricité, attribuée au groupe Sandworm.",
        "#0 Accusation ukraine -> sandworm (sandworm) [attribuée]",
    );
    check(
        "Ukrainian officials said they had foiled an attack on a power company, blamed on the Sandworm group.",
        "#0 Accusation ukrainian_officials -> sandworm (sandworm) [blamed]",
    );
}

#[test]
fn a_cue_inside_a_quotation_speaks_for_the_closing_speaker() {
    check(
        "« Nous ne tolérerons pas ces agissements », a déclaré le Premier ministre Scott Morrison.",
        "#0 Condemnation scott_morrison -> - (_) [ne tolérerons pas]",
    );
}

#[test]
fn the_quotation_before_a_speaker_is_not_the_speaker() {
    check(
        "The FBI accused North Korea of the theft.\n\"We were able to confirm Lazarus Group and APT38 are responsible for the theft,\" the bureau said in a statement.",
        "#0 Accusation fbi -> north_korea (_) [accused]
         #1 Accusation fbi -> _ (_) [said]",
    );
}

#[test]
fn an_outlet_that_cites_sources_is_not_the_source() {
    check(
        "Selon des responsables du renseignement cités par Reuters, des pirates chinois ont infiltré le Parlement.",
        "#0 Accusation intelligence_officials -> china (china) [Selon]",
    );
}

#[test]
fn the_owner_of_an_unknown_name_is_the_accused() {
    check(
        "FBI blames North Korea's Lazarus for crypto heist",
        "#0 Accusation fbi -> north_korea (north_korea) [blames]",
    );
}

#[test]
fn denouncing_the_accusations_rejects_them() {
    check(
        "Londres accuse Pékin d’avoir piraté les listes électorales. L’ambassade de Chine à Londres a dénoncé des « accusations malveillantes ».",
        "#0 Accusation united_kingdom -> china (china) [accuse]
         #1 Denial china_embassy -> united_kingdom (china) [a dénoncé]",
    );
}

#[test]
fn a_party_opposing_attacks_is_not_accused_of_them() {
    check(
        "Pékin s’oppose à toutes les formes de cyberattaques, a déclaré un porte-parole.",
        "#0 Denial porte_parole -> - (dispute) [a déclaré]",
    );
}

#[test]
fn the_first_of_a_list_behind_an_attack_is_the_target() {
    check(
        "Iran's civil defence chief Gholamreza Jalali said that Israel and the United States were behind a cyberattack.",
        "#0 Accusation gholamreza_jalali -> israel (israel) [said]",
    );
}

#[test]
fn a_standing_no_comment_policy_is_non_confirmation() {
    check(
        "The Israeli military does not comment on foreign reports.",
        "#0 NonConfirmation israel -> - (dispute) [does not comment]",
    );
}

#[test]
fn the_speaker_is_the_subject_of_the_cue_s_own_clause() {
    check(
        "Germany summoned Russia's ambassador after the government concluded that APT28 was responsible for the hacking campaign.",
        "#0 Condemnation germany -> apt28 (apt28) [summoned]
         #0 Accusation germany -> apt28 (apt28) [concluded]",
    );
}

#[test]
fn a_product_named_after_in_is_no_target() {
    check(
        "Germany accused Russia of the hack. The hackers allegedly exploited a flaw in Microsoft Outlook.",
        "#0 Accusation germany -> russia (russia) [accused]
         #1 Accusation _ -> russia (russia) []",
    );
}

#[test]
fn a_role_named_with_its_own_qualifier_is_a_new_speaker() {
    check(
        "The Kremlin denied the accusations. Czech authorities said the same group had targeted their institutions.",
        "#0 Denial kremlin -> _ (_) [denied]
         #1 Accusation czechia -> - (_) [said]",
    );
}

#[test]
fn a_bare_participle_with_of_is_passive() {
    check(
        "L’Iran accusé d’avoir piraté la campagne de Donald Trump",
        "#0 Accusation ? -> iran (iran) [accusé]",
    );
    check(
        "Iran accused of hacking Trump campaign",
        "#0 Accusation ? -> iran (iran) [accused]",
    );
}

#[test]
fn selon_le_communique_is_a_source_not_a_verb() {
    check(
        "Le FBI a accusé l’Iran d’avoir piraté la campagne. Les pirates ont envoyé des documents volés à des médias, selon le communiqué commun.",
        "#0 Accusation fbi -> iran (iran) [a accusé]
         #1 Accusation fbi -> iran (iran) [selon]",
    );
}

#[test]
fn a_mission_speaks_for_its_country_not_where_it_is_sent() {
    // A country's mission is a party of its own, as its embassy is (`iran_mission`).
    check(
        "Le FBI a accusé l’Iran d’ingérence. La mission iranienne auprès des Nations unies a qualifié ces accusations d’« infondées ».
« L’Iran n’a ni l’intention ni le motif d’interférer dans l’élection américaine », a-t-elle affirmé.",
        "#0 Accusation fbi -> iran (iran) [a accusé]
         #1 Denial iran_mission -> fbi (iran) [a qualifié ces accusations]
         #2 Denial iran_mission -> fbi (iran) [a-t-elle affirmé]",
    );
}

#[test]
fn a_role_does_not_lend_its_side_across_a_verb() {
    check(
        "NK hackers breached firms, the NIS said.
North Korea's foreign ministry called the report a fabrication and warned that Seoul would pay.",
        "#0 Accusation nis_korea -> nk (nk) [said]
         #1 Denial north_korea_mfa -> south_korea (nk) [called the]",
    );
}

#[test]
fn a_quoted_sentence_without_a_cue_goes_on_with_the_claim_before() {
    check(
        "Freedonia rejected the accusation. \"We urge Ruritania to stop smearing Freedonia,\" the spokesperson Jan Dupont said. \"Otherwise it will only damage our relations.\"",
        "#0 Denial freedonia -> _ (_) [rejected]
         #1 Condemnation jan_dupont -> _ (_) [urge]
         #2 Condemnation jan_dupont -> _ (_) [_]",
    );
}

#[test]
fn a_question_asserts_nothing() {
    check("Did Freedonia hack the ministry's network?", "");
}

#[test]
fn a_role_named_before_its_holder_is_that_person() {
    check(
        "The country's digital affairs minister blamed Freedonia for the disruption. \"This was no accident,\" Digital Affairs Minister Maria Lindqvist told reporters.",
        "#0 Accusation maria_lindqvist -> _ (_) [blamed]
         #1 _ maria_lindqvist -> _ (_) [_]",
    );
}

#[test]
fn an_unnamed_group_speaks_as_itself_in_both_languages() {
    check(
        "D'anciens responsables américains ont accusé la Chine de piratage.",
        "#0 Accusation former_us_officials -> china (_) [ont accusé]",
    );
    check(
        "Former US officials accused China of hacking.",
        "#0 Accusation former_us_officials -> china (_) [accused]",
    );
}

#[test]
fn a_transcript_answer_is_the_answerer_speaking() {
    check(
        "Regular press conference of spokesperson Ana Roe\n\nQ: Freedonia says your hackers broke into its power grid. What is your comment?\n\nAna Roe: These accusations are groundless. We urge Freedonia to stop its smears.\n",
        "#1 Accusation freedonia -> - (_) [says]
         #3 Denial ana_roe -> freedonia (_) [are groundless]
         #4 Condemnation ana_roe -> - (_) [urge]",
    );
}

#[test]
fn a_question_label_may_name_its_outlet_in_brackets() {
    // "Question (Outlet):" labels a question: the transcript's answers are the answerer's,
    // even when they name the answerer's own country as the subject.
    check(
        "Regular press conference of spokesperson Ana Roe\n\nQuestion (Morning Wire): Freedonia says your hackers broke into its power grid. What is your reaction?\n\nAna Roe: These accusations are groundless. Ruritania does not conduct cyber operations against its neighbours.\n",
        "#1 Accusation freedonia -> - (_) [says]
         #3 Denial ana_roe -> freedonia (_) [are groundless]
         #4 Denial ana_roe -> freedonia (_) [does not conduct]",
    );
}

#[test]
fn a_lawyer_named_in_apposition_speaks() {
    // A legal role before the apposition names the person, whose given name no list holds.
    check(
        "Freedonia accused two men of spying for Ruritania. The accused's counsel, Vaidis Ozolkalns, told reporters outside the court that the charges were baseless.",
        "#0 Accusation freedonia -> - (dispute) [accused]
         #1 Denial vaidis_ozolkalns -> freedonia (dispute) [told]",
    );
}

#[test]
fn a_relative_clause_after_a_noted_statement_reports_its_author() {
    // "noted the remarks by X, which said that …": the relative clause's verb reports, and
    // its antecedent speaks; a city after "in" only says where the body sits.
    check(
        "Freedonia accused Ruritania of hacking its ports. The agency noted the remarks posted on Friday by the Ruritanian Embassy in Freeville, which said that the report was a fabrication.",
        "#0 Accusation freedonia -> ruritania (ruritania) [accused]
         #1 Denial ruritanian_embassy -> freedonia (ruritania) [said]",
    );
    // Citing a publication as evidence makes its words the speaker's own.
    check(
        "La Ruritanie accuse la Freedonie de piratage. La porte-parole Ana Roe a ajouté, en citant un article du Courrier de Freeville, qui a révélé que des agences ruritaniennes avaient espionné des ministres freedoniens, que la Ruritanie mentait.",
        "#0 Accusation ruritanie -> - (dispute) [accuse]
         #1 Accusation ana_roe -> - (dispute) [a ajouté]",
    );
}

#[test]
fn a_smear_after_a_semicolon_answers_the_charge_before_it() {
    check(
        "Freedonia says its power grid was hacked by Ruritanian spies; Ruritania calls it a smear",
        "#0 Accusation freedonia -> ruritanian (ruritanian) [says]
         #0 Denial ruritania -> freedonia (ruritanian) [smear]",
    );
}

#[test]
fn owning_a_fault_is_an_acknowledgment_whoever_closes_the_quote() {
    // The admission is in the quoted words; the closing verb, of the same stance or a
    // plain report, names who speaks.
    check(
        "La Freedonie accuse la Ruritanie. « Nous avons commis des erreurs dans la configuration du pare-feu », a reconnu la directrice du port, Ana Roe.",
        "#0 Accusation freedonie -> - (dispute) [accuse]
         #1 Acknowledgment ana_roe -> - (dispute) [avons commis des erreurs]",
    );
    check(
        "Freedonia accused Ruritania. \"We made a mistake,\" admitted the port's director, Jan Roe.",
        "#0 Accusation freedonia -> - (dispute) [accused]
         #1 Acknowledgment jan_roe -> - (dispute) [made a mistake]",
    );
    // A victim informing a regulator that it was hit acknowledges the attack.
    check(
        "The Freeville Water Company has informed the regulator that one of its servers had been compromised.",
        "#0 Acknowledgment freeville_water_company -> - (dispute) [has informed the regulator that]",
    );
}

#[test]
fn norms_breached_and_acts_that_will_not_go_unanswered_condemn() {
    check(
        "Freedonia accused Ruritania of hacking its grid. These operations are contrary to the norms Ruritania signed up to, the ministry said.",
        "#0 Accusation freedonia -> ruritania (ruritania) [accused]
         #1 Condemnation ? -> ruritania (ruritania) [said]",
    );
    check(
        "La Freedonie accuse la Ruritanie d'avoir piraté son réseau. Ces agissements ne resteront pas sans réponse, a déclaré le ministre.",
        "#0 Accusation freedonie -> ruritanie (ruritanie) [accuse]
         #1 Condemnation freedonie -> ruritanie (ruritanie) [a déclaré]",
    );
}

#[test]
fn a_condemnation_coordinated_after_a_charge_is_a_claim_of_its_own() {
    // The coordinated clause shares the charge's speaker and its party.
    check(
        "Freedonia has attributed the intrusions to Ruritania and has expelled three diplomats.",
        "#0 Accusation freedonia -> ruritania (ruritania) [has attributed]
         #0 Condemnation freedonia -> ruritania (ruritania) [has expelled]",
    );
    check(
        "Le ministre freedonien, Jan Roe, a accusé la Ruritanie d'avoir saboté le réseau électrique, ajoutant que la Freedonie ne se laissera pas intimider.",
        "#0 Accusation jan_roe -> - (dispute) [a accusé]
         #0 Condemnation jan_roe -> - (dispute) [ne se laissera pas intimider]",
    );
}

#[test]
fn an_advisory_speaks_for_the_agency_it_opens_with() {
    check(
        "Joint advisory on Sandworm\nRelease date: 3 May 2025\n\nThe Cybersecurity and Infrastructure Security Agency assesses that Sandworm targeted water utilities.\n",
        "#2 Accusation cisa -> sandworm (sandworm) [assesses]",
    );
}

#[test]
fn a_victim_confirming_it_was_hit_acknowledges() {
    check(
        "The city confirmed that its servers had been encrypted on Wednesday.",
        "#0 Acknowledgment ? -> - (_) [confirmed]",
    );
    check(
        "La mairie a confirmé que ses serveurs avaient été chiffrés mercredi.",
        "#0 Acknowledgment ? -> - (_) [a confirmé]",
    );
}

#[test]
fn appositions_lists_and_coordinated_verbs_keep_their_subject() {
    check(
        "Le FBI, la police fédérale américaine, a attribué l'attaque à la Corée du Nord.",
        "#0 Accusation fbi -> north_korea (_) [a attribué]",
    );
    check(
        "CISA, the NSA and the FBI reported that Volt Typhoon had breached water utilities.",
        "#0 Accusation cisa -> volt_typhoon (_) [reported]",
    );
    check(
        "The NCSC said it was aware of the campaign but declined to comment on attribution.",
        "#0 NonConfirmation uk_ncsc -> - (_) [declined to comment]",
    );
}

#[test]
fn a_person_pronoun_refers_to_the_last_person_who_spoke() {
    check(
        "Le porte-parole, Maria Lindqvist, a accusé la Russie.\nLa Russie a démenti.\nSelon lui, l'attaque a été menée par des pirates russes.",
        "#0 Accusation maria_lindqvist -> russia (_) [a accusé]
         #1 Denial russia -> maria_lindqvist (_) [a démenti]
         #2 Accusation maria_lindqvist -> _ (_) [Selon]",
    );
}

#[test]
fn a_party_written_as_an_adjective_is_shown_by_its_name() {
    let a = parallax_engine::analyze_article(
        "t.txt",
        "Le ministère a déclaré que des agences américaines avaient infiltré les réseaux.",
    );
    let target = a.claims[0].target.as_ref().expect("a target");
    assert_eq!(
        (target.id.as_str(), target.name.as_str()),
        ("united_states", "États-Unis")
    );
}

#[test]
fn a_pronoun_behind_a_closing_quotation_mark_is_not_the_speaker() {
    check(
        "\"The cyberattack was new, but we have only seen its method from them,\" said Ana Roe, a researcher at Example Labs.",
        "#0 OtherClaim ana_roe -> - (dispute) [said]",
    );
}

#[test]
fn a_definite_description_refers_to_the_organisation_just_named() {
    // "The regulator" has not spoken before: it is the organisation named in the sentence
    // before, not the last speaker; and an accusation noun inside what it adds is its claim.
    check(
        "The FBI said North Korean hackers stole the funds.\nThe Maritime Authority of Nordland said it was working with the exchange.\nThe regulator added that it had no doubt about the FBI's attribution of the attack to North Korea.",
        "#0 Accusation fbi -> north_korea (north_korea) [said]
         #2 Accusation maritime_authority_of_nordland -> north_korea (north_korea) [added]",
    );
}

#[test]
fn a_described_threat_actor_is_the_group_named_last() {
    check(
        "Le CERT-FR attribue la campagne au groupe Mustang Panda.\nLes serveurs de plusieurs ministères ont été piratés par ce mode opératoire, a précisé le CERT-FR.",
        "#0 Accusation cert_fr -> mustang_panda (mustang_panda) [attribue]
         #1 Accusation cert_fr -> mustang_panda (mustang_panda) [a précisé]",
    );
}

#[test]
fn researchers_at_a_firm_speak_for_the_firm() {
    check(
        "Researchers at the security firm Example Labs said Russian hackers were behind the attack.",
        "#0 Accusation example_labs -> russia (russia) [said]",
    );
    check(
        "The attack has been attributed by researchers at Example Labs.",
        "#0 Accusation example_labs -> - (dispute) [attributed]",
    );
}

#[test]
fn a_list_of_subjects_with_complements_speaks_through_its_first() {
    check(
        "Senator Kang Do-yun of the governing coalition and Senator Seo Ha-eun of the Green bloc said Chinese hackers were behind the breach.\n\"This was no petty crime,\" Kang told reporters.",
        "#0 Accusation kang_do_yun -> china (china) [said]
         #1 Accusation kang_do_yun -> china (china) [told]",
    );
}

#[test]
fn an_accusing_verb_that_names_the_accusation_answers_it() {
    // In a denial, "attempts to blame" is the accusation denied, not a second claim.
    check(
        "\"We have nothing to do with this, and attempts to blame us are absurd,\" Karl Brandt told a briefing.",
        "#0 Denial karl_brandt -> - (dispute) [told]",
    );
    // Alone, a gerund or infinitive opening its clause speaks of the accusation: a denial.
    check(
        "\"Blaming us is an easy excuse,\" Karl Brandt said.",
        "#0 Denial karl_brandt -> - (dispute) [said]",
    );
}

#[test]
fn a_victim_confirming_inside_its_quotation_acknowledges() {
    check(
        "\"We can confirm that the billing servers were encrypted overnight,\" port spokeswoman Petra Novak told reporters.",
        "#0 Acknowledgment petra_novak -> - (dispute) [told]",
    );
    // Or confirming after the quotation.
    check(
        "\"Yes, our billing servers were encrypted overnight,\" port spokeswoman Petra Novak confirmed.",
        "#0 Acknowledgment petra_novak -> - (dispute) [confirmed]",
    );
}

#[test]
fn a_coordinated_verb_with_its_auxiliary_shares_the_subject() {
    check(
        "Le porte-parole Karl Brandt a démenti.\nIl a affirmé que l’Iran était victime et a accusé Tirana d’agir pour Washington.",
        "#0 Denial karl_brandt -> - (albania) [a démenti]
         #1 CounterAccusation karl_brandt -> albania (albania) [a accusé]",
    );
}

#[test]
fn a_line_ending_in_a_colon_introduces_the_quotation_after_it() {
    check(
        "The Foreign Secretary said:\n\"Russian hackers attacked our ministries.\nWe will not tolerate this behaviour.\"",
        "#1 Accusation foreign_secretary -> russia (russia) []
         #2 Condemnation foreign_secretary -> russia (russia) [will not tolerate]",
    );
}

#[test]
fn he_refers_to_the_person_named_just_before_who_has_not_spoken() {
    check(
        "Adam Roe, our lead analyst in Kyiv, has studied the Sandworm group since 2019.\n\"The tools are new, but Sandworm is behind this intrusion,\" he said.",
        "#1 Accusation adam_roe -> sandworm (sandworm) [said]",
    );
}

#[test]
fn a_spokesperson_who_denied_speaks_for_the_accused_side() {
    // Introduced by name only: the denial tells whose voice she is, so her own charge
    // against the accuser is a counter-accusation.
    check(
        "The Chilean foreign ministry accused Peru of hacking its customs network on Monday.\nSpokeswoman Ana Torres rejected the accusation as baseless.\n\"It is Chile that has spied on our ports for years,\" Torres said.",
        "#0 Accusation chile_mfa -> peru (peru) [accused]
         #1 Denial ana_torres -> chile_mfa (peru) [rejected]
         #2 CounterAccusation ana_torres -> chile (chile) [said]",
    );
}

#[test]
fn remarks_that_came_after_an_accusation_answer_it() {
    check(
        "Spokesman Li Wen said the United States had attacked Chinese universities for years.\nThe remarks came days after American officials blamed Chinese hackers for a breach at a water utility.",
        "#0 CounterAccusation li_wen -> united_states (united_states) [said]
         #1 Accusation us_officials -> china (china) [blamed]",
    );
    check(
        "Le porte-parole Li Wen a affirmé que les États-Unis attaquaient les universités chinoises depuis des années.\nCes propos interviennent quelques jours après que des responsables américains ont imputé à des pirates chinois une intrusion dans un service des eaux.",
        "#0 CounterAccusation li_wen -> united_states (united_states) [a affirmé]
         #1 Accusation us_officials -> china (china) [ont imputé]",
    );
}

#[test]
fn she_takes_up_the_person_the_sentence_before_opens_with() {
    check(
        "Minister Paul Berg said Russian hackers attacked the tax office.\nAgency spokeswoman Lena Holm was more cautious.\nShe said it was too early to blame Russia.",
        "#0 Accusation paul_berg -> russia (russia) [said]
         #1 NonConfirmation lena_holm -> paul_berg (russia) [was more cautious]
         #2 NonConfirmation lena_holm -> paul_berg (russia) [was too early to]",
    );
    // The subject of the sentence before is the pronoun itself: the speaker goes on.
    check(
        "Minister Paul Berg said Russian hackers attacked the tax office.\nHe met Lena Holm on Monday.\nHe said it was too early to blame Russia.",
        "#0 Accusation paul_berg -> russia (russia) [said]
         #2 NonConfirmation paul_berg -> - (russia) [was too early to]",
    );
}

#[test]
fn a_quotation_speaks_for_the_named_holder_of_a_possessive_role() {
    check(
        "Hackers breached Vantel Mobile last week.\n\"We failed our customers, and for that I am deeply sorry,\" the company's chief executive, Tom Reyes, said.",
        "#1 Acknowledgment tom_reyes -> - (dispute) [deeply sorry]",
    );
}

#[test]
fn the_company_is_the_organisation_named_last_or_nobody() {
    check(
        "Hackers cut power at the Norlink Corporation on 3 May.\nThe outage hit three towns in the north.\nRepair crews worked through the night.\nThe company acknowledged two days later that a cyber incident had disabled its dispatch systems.",
        "#3 Acknowledgment norlink_corporation -> - (dispute) [acknowledged]",
    );
    // No organisation named: the speaker is unknown, never the word "company".
    check(
        "The outage hit three towns in the north.\nThe company acknowledged that a cyber incident had disabled its dispatch systems.",
        "#1 Acknowledgment ? -> - (dispute) [acknowledged]",
    );
}

#[test]
fn a_report_speaks_with_its_author() {
    // The author comes in the next sentence.
    check(
        "The CIA has conducted a spying campaign against the Harbin Institute, stealing data, according to an investigation report released on Tuesday.\nThe report was jointly issued by China's National Virus Center (NVC), the lab and the company Qihoo 360.",
        "#0 Accusation national_virus_center -> cia (united_states) [according to]",
    );
    // The author publishes it; a later « cet article » is still the weekly's voice, and a
    // title that opens with a topic word ("Cyber…") is still a name.
    check(
        "Le 2 février, l'hebdomadaire Cyberveille a publié un article affirmant que des pirates russes avaient piraté le port.\nSelon cet article, l'intrusion aurait été menée par le groupe APT28.",
        "#0 Accusation cyberveille -> russia (apt28) [affirmant]
         #1 Accusation cyberveille -> apt28 (apt28) [Selon]",
    );
}

#[test]
fn a_list_of_names_with_acronyms_speaks_through_its_first() {
    check(
        "In 2023, the NCSC, the Federal Office for Information Security (BSI) and the Canadian Centre for Cyber Security (CCCS) reported that Sandworm had compromised power utilities.",
        "#0 Accusation uk_ncsc -> sandworm (sandworm) [reported]",
    );
}

#[test]
fn a_team_of_a_company_speaks_for_the_company() {
    check(
        "Publié le 3 mars 2025 par l'équipe de veille d'Examplia\n\nDepuis mars, nos analystes suivent une campagne contre des ministères.\nNous attribuons cette campagne au mode opératoire APT31.",
        "#2 Accusation examplia -> apt31 (apt31) [attribuons]",
    );
}

#[test]
fn measures_taken_with_a_new_accusation_are_that_accusation_and_a_condemnation() {
    check(
        "Norway has attributed the intrusions at its water utilities to the GRU and has expelled two diplomats.",
        "#0 Accusation norway -> gru (russia) [has attributed]
         #0 Condemnation norway -> gru (russia) [has expelled]",
    );
    check(
        "La Norvège a imputé les intrusions dans ses services des eaux à la Russie.",
        "#0 Accusation norway -> russia (russia) [a imputé]",
    );
}

#[test]
fn an_agency_s_own_assessment_of_a_named_actor_accuses_it() {
    check(
        "Publisher: Examplia Cyber Agency\n\nWe assess that APT29 has gained access to the networks of two ministries.\nThe actor is positioning itself to sabotage their email systems.",
        "#1 Accusation examplia_cyber_agency -> apt29 (apt29) [assess]
         #2 Accusation examplia_cyber_agency -> apt29 (apt29) []",
    );
}

#[test]
fn responsibility_links_and_steering_name_the_accused() {
    check(
        "\"These were no amateurs. Such groups are funded and steered from Minsk,\" Interior Minister Ola Dahl told reporters.",
        "#0 Accusation ola_dahl -> belarus (belarus) []
         #1 Accusation ola_dahl -> belarus (belarus) [told]",
    );
    check(
        "Le ministre Paul Roux a déclaré que la responsabilité de la Russie était établie.",
        "#0 Accusation paul_roux -> russia (russia) [a déclaré]",
    );
    check(
        "The newspaper reported that police were examining possible links to Iranian intelligence.",
        "#0 Accusation ? -> iran (iran) [reported]",
    );
}

#[test]
fn firm_opposition_condemns_unless_it_opposes_attacks() {
    check(
        "Li Wen: China firmly opposes the US side's illegal unilateral sanctions against Chinese firms.",
        "#0 Condemnation china -> united_states (united_states) [firmly opposes]",
    );
    check(
        "Li Wen: China firmly opposes all forms of cyberattacks.",
        "#0 Denial china -> - (dispute) [firmly opposes]",
    );
}

#[test]
fn an_embassy_accused_by_a_weekly_counter_accuses_and_is_a_victim_too() {
    // The weekly has no side, yet it accused Chile: the embassy's charge against Peru is a
    // counter-accusation; its own country as "target" is no accusation at all.
    check(
        "Déclaration de l'ambassade du Chili en France\n\nLe 2 mai, l'hebdomadaire Le Vigilant a publié un article affirmant que des pirates chiliens avaient piraté un laboratoire lyonnais.\nL'ambassade dément catégoriquement ces allégations.\nIl est bien connu que le Pérou mène des cyberattaques massives contre le Chili.\nLe Chili est lui-même l'une des principales victimes des cyberattaques.",
        "#1 Accusation vigilant -> chile (chile) [affirmant]
         #2 Denial chile_embassy -> vigilant (chile) [dément]
         #3 CounterAccusation chile_embassy -> peru (peru) []
         #4 OtherClaim chile_embassy -> - (chile) []",
    );
}

#[test]
fn a_person_named_before_a_role_in_apposition_speaks() {
    check(
        "\"Peruvian hackers attacked our hospitals,\" Ana Rojas, spokeswoman for Chile's Ministry of Foreign Affairs, said.",
        "#0 Accusation ana_rojas -> peru (peru) [said]",
    );
}

#[test]
fn a_country_speaks_for_itself_in_a_text_that_is_not_its_own() {
    // In a company's blog post, "Moscow" denies; in Chile's own statement, "Chile"
    // condemning is its ministry's voice.
    check(
        "Posted by the Examplia research team\n\nWe assess that the Sandworm group attacked the grid with the wiper.\nMoscow has consistently denied targeting Ukrainian civilian infrastructure.",
        "#1 Accusation examplia_research_team -> sandworm (sandworm) [assess]
         #2 Denial russia -> ukraine (sandworm) [denied]",
    );
    check(
        "Statement by the Ministry of Foreign Affairs of Chile\n\nChile strongly condemns this irresponsible behaviour by Peru.",
        "#1 Condemnation chile_mfa -> peru (peru) [condemns]",
    );
}

#[test]
fn what_did_not_happen_accuses_no_one_unless_a_contrast_asserts_it() {
    check(
        "Finance Minister Ola Berg said no customer data had been stolen.",
        "#0 OtherClaim ola_berg -> - (dispute) [said]",
    );
    check(
        "Selon notre évaluation, le groupe APT31 ne cherche pas à espionner, mais à saboter les réseaux.",
        "#0 Accusation ? -> apt31 (apt31) [Selon]",
    );
}

#[test]
fn a_call_on_no_party_is_advice_unless_it_charges_bad_faith() {
    check(
        "\"We urge anyone in public life to enable two-factor authentication,\" the agency said.",
        "#0 OtherClaim ? -> - (dispute) [urge]",
    );
    check(
        "Nous appelons les médias concernés à cesser de colporter des rumeurs.",
        "#0 Condemnation ? -> - (dispute) [appelons]",
    );
}

#[test]
fn a_passive_denial_speaks_through_its_agent() {
    check(
        "The accusations were rejected by the Russian embassy.",
        "#0 Denial russia_embassy -> - (dispute) [were rejected]",
    );
}

#[test]
fn a_relative_clause_describes_the_speaker_it_follows() {
    check(
        "Kari Lund, who heads the Norwegian security service, said Chinese hackers had breached the parliament.",
        "#0 Accusation kari_lund -> china (china) [said]",
    );
}

#[test]
fn a_country_adjective_before_a_portfolio_gives_the_body_its_side() {
    check(
        "In a statement, the Dutch defence ministry said Russian hackers had targeted its networks.",
        "#0 Accusation netherlands_mod -> russia (russia) [said]",
    );
}

#[test]
fn not_answering_yet_is_no_claim() {
    // "Did not immediately respond" leaves the answer to come; "did not respond" declines
    // (`not_answering_a_request_for_comment_declines`).
    check(
        "The Russian embassy did not immediately respond to a request for comment.",
        "",
    );
    check(
        "Selon le parquet, les trois suspects travaillaient pour le renseignement militaire russe.",
        "#0 Accusation ? -> gru (russia) [Selon]",
    );
}

#[test]
fn a_comma_inside_a_name_does_not_end_the_subject_s_clause() {
    check(
        "The Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation today publicly attributes the intrusions to APT28.",
        "#0 Accusation mfa -> apt28 (apt28) [attributes]",
    );
}

#[test]
fn a_participle_appended_to_the_accused_reports_the_main_subject_s_charge() {
    check(
        "Le Chili rompt avec le Pérou, accusé d'avoir piraté ses hôpitaux",
        "#0 Accusation chile -> peru (peru) [accusé]",
    );
    check(
        "Chile cuts ties with Peru, accused of hacking its hospitals",
        "#0 Accusation chile -> peru (peru) [accused]",
    );
    // A headline with no main clause: the accuser is unknown.
    check(
        "Peru accused of hacking Chilean hospitals",
        "#0 Accusation ? -> peru (peru) [accused]",
    );
}

#[test]
fn an_accusation_and_an_apology_in_two_clauses_are_two_claims() {
    // "operator" names no organisation met so far (and is no group of people): unknown.
    check(
        "Chilean lawmakers blame Peruvian hackers for hospital breach as operator apologises",
        "#0 Accusation chilean_lawmakers -> peru (peru) [blame]
         #0 Acknowledgment ? -> - (peru) [apologises]",
    );
}

#[test]
fn the_outlet_spoken_to_is_not_the_inverted_subject() {
    check(
        "« Ces accusations sont infondées », a affirmé à l'AFP un porte-parole du ministère russe des Affaires étrangères.",
        "#0 Denial russia_mfa -> - (dispute) [a affirmé]",
    );
    check(
        "« Ces accusations sont infondées », a affirmé à l'AFP Ivan Petrov, porte-parole du ministère.",
        "#0 Denial ivan_petrov -> - (dispute) [a affirmé]",
    );
}

#[test]
fn adverbs_and_an_opening_quote_mark_do_not_hide_the_subject() {
    check(
        "The ministry's spokeswoman, Maria Kuznetsova, called the allegations \"absurd\".",
        "#0 Denial maria_kuznetsova -> - (dispute) [called the allegations]",
    );
    check(
        "Beijing, which routinely denies involvement in hacking, did not comment.",
        "#0 NonConfirmation china -> - (dispute) [did not comment]
         #0 Denial china -> - (dispute) [denies]",
    );
    // A name ending in "-ing" is no participial aside.
    check(
        "Beijing, a frequent target of such claims, declined to comment.",
        "#0 NonConfirmation china -> - (dispute) [declined to comment]",
    );
}

#[test]
fn an_attack_claimed_by_a_group_is_its_admission() {
    check(
        "The attack was claimed the same day by the pro-Russian group NoName057(16).",
        "#0 Acknowledgment noname057_16 -> - (dispute) [was claimed]",
    );
    check(
        "L'attaque avait été revendiquée le jour même par le collectif Cyber Ours.",
        "#0 Acknowledgment cyber_ours -> - (dispute) [revendiquée]",
    );
}

#[test]
fn denouncing_a_disinformation_campaign_denies() {
    check(
        "La porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé une « campagne de désinformation ».",
        "#0 Denial maria_zakharova -> - (dispute) [a dénoncé]",
    );
}

#[test]
fn declining_by_caution_or_by_a_question_already_answered() {
    check(
        "Minister Paul Berg said Russian hackers attacked the tax office.\nAgency spokeswoman Lena Holm was more cautious.",
        "#0 Accusation paul_berg -> russia (russia) [said]
         #1 NonConfirmation lena_holm -> paul_berg (russia) [was more cautious]",
    );
    check(
        "Reuters: Did Chinese hackers attack the port?\nLi Wen: I answered a similar question last week.",
        "#1 NonConfirmation li_wen -> - (dispute) [answered a similar question]",
    );
}

#[test]
fn a_state_sponsoring_an_actor_is_accused() {
    check(
        "Selon l'agence, Grey Heron est un groupe parrainé par l'État iranien.",
        "#0 Accusation ? -> iran (iran) [Selon]",
    );
}

#[test]
fn our_description_after_a_name_stands_for_that_name() {
    check(
        "Posted by Examplia Labs\n\nWe assess that the Sandworm group built the wiper.\nAna Roe, our lead analyst in Kyiv, cautioned against reading too much into one cyber incident.",
        "#1 Accusation examplia_labs -> sandworm (sandworm) [assess]
         #2 OtherClaim ana_roe -> - (sandworm) [cautioned]",
    );
}

#[test]
fn an_answer_to_a_question_about_an_accusation_speaks_for_the_accused() {
    // No denial first: the question tells whose voice the spokesperson is.
    check(
        "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 3, 2025\n\nReuters: The Australian government said on Monday that Chinese state hackers had breached its weather bureau. What is your comment?\nLi Wen: It is the United States that has been launching cyberattacks against other countries for years.",
        "#1 Accusation australia -> china (china) [said]
         #3 CounterAccusation li_wen -> united_states (united_states) []",
    );
}

#[test]
fn a_phrase_opened_by_a_preposition_names_no_speaker() {
    check(
        "La société Norlink Systems vend ses outils au gouvernement.\nDans un communiqué, elle assure n'avoir jamais piraté de journalistes.",
        "#1 OtherClaim norlink_systems -> - (dispute) [assure]",
    );
}

#[test]
fn access_to_a_kind_of_network_is_attack_content() {
    check(
        "The agency assesses that the APT29 group has gained access to the IT networks of two ministries.",
        "#0 Accusation ? -> apt29 (apt29) [assesses]",
    );
}

#[test]
fn a_bare_common_noun_or_a_passive_subject_is_never_a_speaker() {
    // "De tels agissements" is what is condemned, not who condemns.
    check(
        "De tels agissements ne peuvent être tolérés.",
        "#0 Condemnation ? -> - (dispute) [ne peuvent être tolérés]",
    );
    // The envoy summoned does not condemn.
    check(
        "The Peruvian envoy was summoned on Tuesday over the attacks.",
        "#0 Condemnation ? -> peru (_) [was summoned]",
    );
}

#[test]
fn a_wire_dateline_names_no_party() {
    check(
        "Lima, 3 May (Reuters) - Vantel Mobile said on Monday that hackers had stolen the data of two million subscribers.",
        "#0 Accusation vantel_mobile -> - (dispute) [said]",
    );
}

#[test]
fn rejecting_an_accusation_and_accusing_back_is_three_claims() {
    // Y's accusation, X's denial, X's counter-accusation (issue #11's own example shape).
    check(
        "Russia rejected Estonia's accusation that its hackers had attacked the tax portal and accused Tallinn of staging a provocation.",
        "#0 Denial russia -> estonia (russia) [rejected]
         #0 Accusation estonia -> russia (russia) [accusation]
         #0 CounterAccusation russia -> estonia (estonia) [accused]",
    );
}

#[test]
fn neither_confirming_nor_denying_declines() {
    check(
        "Vietnam would neither confirm nor deny its involvement, a government source said.",
        "#0 NonConfirmation vietnam -> - (_) [would neither confirm nor deny]",
    );
}

#[test]
fn an_appended_participle_makes_the_charge() {
    // ", pinning the theft on …" is the speaker's own charge, not an accusation named as
    // the subject of a denial ("blaming us is an excuse").
    check(
        "Hackers emptied the reserve accounts of a Peruvian bank in March, the FBI said on Friday, pinning the theft on a group it calls Lazarus.",
        "#0 Accusation fbi -> lazarus (lazarus) [pinning the theft on]",
    );
}

#[test]
fn a_denial_then_a_clause_naming_the_real_attacker_counter_accuses() {
    check(
        "Vietnam has repeatedly denied carrying out cyberattacks and says it is the target of Philippine hacking.",
        "#0 Denial vietnam -> philippines (philippines) [denied]
         #0 CounterAccusation vietnam -> philippines (philippines) [says]",
    );
    check(
        "Iran's mission rejected the findings as \"baseless\", adding that Iran itself had been the target of American cyberattacks.",
        "#0 Denial iran_mission -> united_states (united_states) [rejected]
         #0 CounterAccusation iran_mission -> united_states (united_states) [adding]",
    );
}

#[test]
fn a_body_described_by_its_portfolio_speaks_not_its_country() {
    // A lowercase portfolio between the country and the noun names the body; a
    // ministry's portfolio gives the id its named form has.
    check(
        "Latvia's foreign ministry condemned the attack and summoned the Russian ambassador.",
        "#0 Condemnation latvia_mfa -> russia (russia) [condemned]",
    );
    check(
        "Lithuania's national cyber security centre said the malware had been deployed by Sandworm.",
        "#0 Accusation lithuania_national_cyber_security_centre -> sandworm (sandworm) [said]",
    );
}

#[test]
fn a_victim_saying_it_was_hit_acknowledges() {
    check(
        "The hospital said it had been hit by a ransomware attack but did not say who was behind it.",
        "#0 NonConfirmation ? -> - (_) [did not say who]
         #0 Acknowledgment ? -> - (_) [had been hit]",
    );
}

#[test]
fn a_briefing_label_with_a_surname_is_the_spokesperson_the_header_names() {
    // "MR HARLOW:" answers for the "John Harlow" of the header; "I" is the answerer, and
    // declining in a briefing's own words ("not going to get into", "dignify") counts.
    check(
        "Department Press Briefing\nJohn Harlow, Spokesperson\n\nMR HARLOW: Good afternoon.\n\nQUESTION: Did Russia hack the grid?\n\nMR HARLOW: Well, I'm not going to get into intelligence matters. I'm not going to dignify their statement with a response.",
        "#4 NonConfirmation john_harlow -> - (_) [not going to get into]
         #5 Denial john_harlow -> - (_) [not going to dignify]",
    );
}

#[test]
fn an_admission_stands_beside_a_doubt_or_a_refusal() {
    check(
        "A group calling itself Cyber Wolves claimed responsibility for the attack but offered no proof.",
        "#0 Acknowledgment cyber_wolves -> - (_) [claimed responsibility]",
    );
    check(
        "La société Aviakom a reconnu jeudi un incident informatique, sans se prononcer sur les auteurs.",
        "#0 NonConfirmation aviakom -> - (_) [sans se prononcer]
         #0 Acknowledgment aviakom -> - (_) [a reconnu]",
    );
}

#[test]
fn the_following_statement_is_its_authors_voice() {
    // The country the statement speaks for is read from the statement itself: the one
    // that speaks most in it.
    check(
        "Statement by the Minister of Foreign Affairs on malicious cyber activity\n\nOttawa - The Honourable Claire Fontaine, Minister of Foreign Affairs, today issued the following statement:\n\n\"Canada strongly condemns this irresponsible behaviour by Russia.\n\nCanada will not tolerate attacks on its critical infrastructure.\"",
        "#2 Condemnation claire_fontaine -> russia (russia) [condemns]
         #3 Condemnation claire_fontaine -> - (russia) [will not tolerate]",
    );
    check(
        "Déclaration de la ministre\n\nL'honorable Claire Fontaine, ministre des Affaires étrangères, a fait aujourd'hui la déclaration suivante :\n\n« Le Canada condamne fermement ce comportement irresponsable de la Russie.\n\nLe Canada ne tolérera pas ces attaques. »",
        "#2 Condemnation claire_fontaine -> russia (russia) [condamne]
         #3 Condemnation claire_fontaine -> - (russia) [ne tolérera pas]",
    );
}

#[test]
fn the_capitalised_noun_of_an_organisation_named_before_is_that_organisation() {
    check(
        "The FBI said on Friday that Lazarus hackers stole $40 million.\n\nThe Bureau has attributed the theft to Lazarus.",
        "#0 Accusation fbi -> lazarus (lazarus) [said]
         #1 Accusation fbi -> lazarus (lazarus) [has attributed]",
    );
}

#[test]
fn a_research_blog_speaks_for_its_outlet_and_charges_the_actor_it_describes() {
    // The byline names authors, the outlet line the publisher; the blog's own account of
    // what the named actor did is the publisher's charge, with or without a verb of saying.
    check(
        "Nightjar: a new wiper hits Moldova's railways\nExamplia Labs Threat Intelligence Blog\nBy Jane Roe and John Doe | April 2, 2026\n\nWe assess that the Sandworm group attacked the grid with the wiper.\n\nThe operators used a previously undocumented backdoor to collect documents.",
        "#3 Accusation examplia_labs -> sandworm (sandworm) [assess]
         #4 Accusation examplia_labs -> sandworm (sandworm) []",
    );
}

#[test]
fn a_measure_whose_reason_is_appended_as_a_charge_is_that_charge() {
    check(
        "Ecuador's interior ministry sanctioned two firms, alleging that they had helped Chinese hackers break into its networks.",
        "#0 Accusation ecuador_interior -> china (china) [alleging]",
    );
}

#[test]
fn naming_a_party_as_the_source_of_the_threat_accuses_it() {
    check(
        "Iran's foreign ministry said the United States was the biggest threat to cyberspace.",
        "#0 Accusation iran_mfa -> united_states (united_states) [said]",
    );
}

#[test]
fn an_unnamed_spokesperson_of_a_described_body_speaks_for_that_body() {
    check(
        "A Chinese foreign ministry spokesman said the accusations were groundless.",
        "#0 Denial china_mfa -> - (_) [said]",
    );
    check(
        "Un porte-parole de la diplomatie chinoise a jugé ces accusations infondées.",
        "#0 Denial china_mfa -> - (_) [a jugé]",
    );
    // A name after the title is the speaker.
    check(
        "Chinese foreign ministry spokesman Lin Jian said the accusations were groundless.",
        "#0 Denial lin_jian -> - (_) [said]",
    );
}

#[test]
fn a_denial_in_apposition_answers_the_charge_before_it() {
    // ", an allegation Tehran denies": the capitalised name after the noun opens a relative
    // clause (the denier), it owns no new accusation.
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nIsrael has accused Iran of hacking its water systems, an allegation Tehran denies.",
        "#1 Denial iran -> israel (iran) [denies]
         #1 Accusation israel -> iran (iran) [has accused]",
    );
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nMicrosoft said Chinese state hackers stole a signing key, an assessment Beijing rejected.",
        "#1 Denial china -> microsoft (china) [rejected]
         #1 Accusation microsoft -> china (china) [said]",
    );
}

#[test]
fn a_passive_belief_has_no_speaker_and_accuses_its_subject() {
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nNorth Korea is widely believed to be behind the theft.",
        "#1 Accusation ? -> north_korea (north_korea) [believed]",
    );
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nThe hackers, whom researchers have linked to Iran's Revolutionary Guards, targeted water utilities.",
        "#1 Accusation researchers -> irgc (iran) [have linked to]",
    );
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nTokyo protested to Beijing over the intrusion.",
        "#1 Condemnation japan -> china (china) [protested to]",
    );
}

#[test]
fn a_release_issued_today_speaks_for_its_issuer() {
    // No header names the issuer: the first sentence's organisation acting "today" does,
    // and a ministry without a country is the one of the country the headline names.
    check(
        "Poland names the GRU over intrusions\nWarsaw, 9 May 2026\n\nThe Ministry of Foreign Affairs today attributes two intrusions into its networks to the GRU.\n\nPoland strongly condemns these acts.",
        "#0 Accusation poland -> gru (russia) [names the GRU over]
         #2 Accusation poland_mfa -> gru (russia) [attributes]
         #3 Condemnation poland_mfa -> gru (russia) [condemns]",
    );
}

#[test]
fn quoted_words_are_said_by_whoever_the_closing_report_names() {
    // The quoted "we" and its cue belong to the person named after the closing mark; "in a
    // statement" is where it was said, not who said it.
    check(
        "Exchange apologises after theft of customer funds\n\n\"We deeply apologise to our customers,\" its chief executive, Park Min-soo, said in a statement.",
        "#0 Acknowledgment ? -> - (_) [apologises]
         #1 Acknowledgment park_min_soo -> - (_) [apologise]",
    );
    check(
        "Analysts at the cybersecurity firm Recorded Future said the operation bore the hallmarks of earlier North Korean campaigns.",
        "#0 Accusation recorded_future -> north_korea (north_korea) [said]",
    );
}

#[test]
fn a_subject_no_list_knows_is_unknown_not_the_last_speaker() {
    // "Les hôpitaux touchés" names no party: the claim's speaker is unknown rather than
    // whoever spoke in the sentence before.
    check(
        "Cyberattaque contre les hôpitaux : le Kremlin dément toute implication\n\nLe Kremlin a rejeté ces accusations.\n\nLes hôpitaux touchés ont reconnu des « perturbations importantes ».",
        "#0 Denial kremlin -> - (_) [dément]
         #1 Denial kremlin -> - (_) [a rejeté]
         #2 Acknowledgment ? -> - (_) [ont reconnu]",
    );
}

#[test]
fn a_measure_in_the_passive_is_reported_by_the_speaker_before_it() {
    check(
        "Cyberattaque contre les hôpitaux tchèques\n\n« Nous avons des preuves que des pirates russes ont attaqué nos hôpitaux », a déclaré le ministre des Affaires étrangères, Tomáš Novák.\n\nIl a ajouté que l'ambassadeur de Russie serait convoqué dans la journée.",
        "#1 Accusation tomas_novak -> russia (russia) [a déclaré]
         #2 Condemnation tomas_novak -> russia (russia) [convoqué]",
    );
}

#[test]
fn a_denial_answers_the_accuser_never_the_side_it_clears() {
    check(
        "Prague accuse Moscou d'avoir piraté ses hôpitaux\n\nLe gouvernement tchèque a accusé mercredi la Russie d'être responsable de la cyberattaque.\n\nLe Kremlin a aussitôt rejeté ces accusations. « C'est absurde. La Russie n'a rien à voir avec ces attaques », a affirmé son porte-parole, Dmitri Peskov.",
        "#0 Accusation czechia -> russia (russia) [accuse]
         #1 Accusation czechia -> russia (russia) [a accusé]
         #2 Denial kremlin -> czechia (russia) [rejeté]
         #3 Denial dmitry_peskov -> czechia (russia) [est absurde]
         #4 Denial dmitry_peskov -> czechia (russia) [a affirmé]",
    );
}

#[test]
fn saying_it_did_the_attack_itself_claims_it() {
    check(
        "Le collectif revendique la cyberattaque contre les hôpitaux\n\nLe collectif affirme avoir mené l'attaque en représailles.",
        "#0 Acknowledgment ? -> - (_) [revendique]
         #1 Acknowledgment ? -> - (_) [affirme]",
    );
    // Attacked by another is a charge, not a claim of one's own.
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nChina said it had been attacked by the United States.",
        "#1 Accusation china -> united_states (united_states) [said]",
    );
}

#[test]
fn evidence_that_points_to_a_party_accuses_it() {
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nThe ministry's spokesperson, Laura Chen, said the evidence pointed clearly to Moscow.",
        "#1 Accusation laura_chen -> russia (russia) [said]",
    );
}

#[test]
fn a_countrys_embassy_and_naming_who_is_behind() {
    check(
        "The cyber dispute deepens as the accusations fly between the two sides\n\nChina's embassy rejected the claims as groundless smears.",
        "#1 Denial china_embassy -> - (_) [rejected]",
    );
    check(
        "Chile names Chinese state hackers behind port breach",
        "#0 Accusation chile -> china (china) [names Chinese state hackers behind]",
    );
}

#[test]
fn disputes_as_a_noun_and_opposing_attacks_in_general() {
    check(
        "Vietnam accuses Chinese hackers of targeting its ministries\n\nThe ministry said the group had stolen documents on maritime disputes.\n\nIt did not say how the breach was discovered.\n\n\"China opposes and combats all forms of cyberattacks,\" Mao Ning told a regular briefing.",
        "#0 Accusation vietnam -> china (china) [accuses]
         #1 Accusation vietnam -> china (china) [said]
         #2 NonConfirmation vietnam -> - (china) [did not say how]
         #3 Denial mao_ning -> vietnam (china) [told]",
    );
}

#[test]
fn a_sentence_that_is_all_one_quotation_is_its_speakers_words() {
    check(
        "Spain blames Russian hackers for attack on its parliament\n\n\"Russian state hackers broke into our parliament's servers,\" Ana Ruiz told reporters. \"We will respond at a time of our choosing.\"",
        "#0 Accusation spain -> russia (russia) [blames]
         #1 Accusation ana_ruiz -> russia (russia) [told]
         #2 Condemnation ana_ruiz -> russia (russia) []",
    );
}

#[test]
fn a_list_of_subjects_is_one_clause_and_its_first_item_speaks() {
    check(
        "Spain blames Russian hackers for attack on its parliament\n\nThe European Union, NATO and Portugal also condemned the campaign by Russian hackers.",
        "#0 Accusation spain -> russia (russia) [blames]
         #1 Condemnation eu -> russia (russia) [condemned]",
    );
}

#[test]
fn parties_after_a_reporting_verb_are_what_is_reported() {
    check(
        "Poland accused Russia of hacking its power grid. A government spokesman, Jan Novak, said the Russian attack had been contained. He said Poland had summoned the Russian ambassador.",
        "#0 Accusation poland -> russia (_) [accused]
         #1 Accusation jan_novak -> russia (_) [said]
         #2 Condemnation jan_novak -> russia (_) [had summoned]",
    );
}

#[test]
fn quoted_words_after_a_cue_are_its_object_not_an_inverted_subject() {
    check(
        "Le Canada a accusé le Mexique d'avoir piraté son réseau électrique. L'Anssi, de son côté, a refusé de commenter une « enquête en cours ».",
        "#0 Accusation canada -> mexico (_) [a accusé]
         #1 NonConfirmation anssi -> canada (_) [a refusé de commenter]",
    );
}

#[test]
fn a_french_participle_cue_agrees_with_its_subject() {
    check(
        "L'intrusion a été imputée par l'Anssi au Mexique.",
        "#0 Accusation anssi -> mexico (_) [imputée]",
    );
}

#[test]
fn a_country_in_what_a_person_reports_speaks_through_that_person() {
    check(
        "Le Canada a accusé le Mexique d'avoir piraté son réseau électrique. La ministre des Affaires étrangères, Hilde Vermeer, a déclaré mardi que le Canada « condamne fermement » ces activités.",
        "#0 Accusation canada -> mexico (_) [a accusé]
         #1 Condemnation hilde_vermeer -> _ (_) [condamne]",
    );
}

#[test]
fn a_sentence_opening_it_is_the_organisation_not_the_last_person() {
    check(
        "Poland accused Russia of hacking its power grid. Government spokesman Jan Novak said the attack had been contained. The operator, Baltic Port Services, confirmed that its systems had been hit. It declined to comment on who was responsible.",
        "#0 Accusation poland -> russia (_) [accused]
         #1 OtherClaim jan_novak -> - (_) [said]
         #2 Acknowledgment baltic_port_services -> - (_) [had been hit]
         #3 NonConfirmation baltic_port_services -> poland (_) [declined to comment]",
    );
}

#[test]
fn after_a_quote_the_holder_named_after_a_title_speaks_not_the_title_or_the_addressee() {
    check(
        "Canada accused Mexico of hacking its power grid. \"These charges are baseless,\" said the Minister of Foreign Affairs and Trade, Pedro Alvarado.",
        "#0 Accusation canada -> mexico (_) [accused]
         #1 Denial pedro_alvarado -> canada (_) [said]",
    );
    check(
        "Canada accused Mexico of hacking its power grid. \"The intrusion came from Mexican servers,\" Brigadier General Tom Hardy, head of the Cyber Defence Command, told CBC on Sunday.",
        "#0 Accusation canada -> mexico (_) [accused]
         #1 Accusation tom_hardy -> mexico (_) [told]",
    );
}

#[test]
fn a_victim_confirming_the_breach_or_its_effects_acknowledges_it() {
    check(
        "Canada accused Mexico of hacking the national power grid. The Northern Rail Authority confirmed on Friday that its ticketing servers had been \"wiped\".",
        "#0 Accusation canada -> mexico (_) [accused]
         #1 Acknowledgment northern_rail_authority -> - (_) [confirmed]",
    );
    check(
        "Le Canada a accusé le Mexique d'avoir piraté le réseau électrique. L'Autorité portuaire de Montréal a confirmé l'intrusion.",
        "#0 Accusation canada -> mexico (_) [a accusé]
         #1 Acknowledgment _ -> - (_) [a confirmé]",
    );
}

#[test]
fn opposing_the_accusation_denies_it_and_urging_an_end_to_smears_condemns() {
    check(
        "Canada accused China of stealing research data. Answer: We firmly oppose this and have lodged stern representations.",
        "#0 Accusation canada -> china (_) [accused]
         #1 Denial _ -> canada (_) [firmly oppose this]",
    );
    check(
        "Canada accused China of stealing research data. \"We urge the Canadian side to stop smearing China,\" the spokesperson said.",
        "#0 Accusation canada -> china (_) [accused]
         #1 Condemnation _ -> _ (_) [urge]",
    );
}

#[test]
fn any_country_adjective_of_the_registry_gives_a_government_its_side() {
    check(
        "Le gouvernement malien a accusé la France d'avoir piraté les téléphones de ses officiers.",
        "#0 Accusation mali -> france (_) [a accusé]",
    );
}

#[test]
fn a_declining_verb_has_no_inverted_subject_and_a_possessive_is_no_name() {
    check(
        "Le gouvernement malien a accusé la France d'avoir piraté les téléphones. La DGSE, contactée, n'a pas souhaité faire de commentaire.",
        "#0 Accusation mali -> france (_) [a accusé]
         #1 NonConfirmation dgse -> mali (_) [n'a pas souhaité]",
    );
}

#[test]
fn an_unnamed_voice_given_by_its_organisation_noun_speaks_for_the_one_named_last() {
    check(
        "Canada accused Mexico of hacking its power grid. The Mexican Embassy in Ottawa issued a statement. \"Certain Canadian officials are once again smearing Mexico without a shred of evidence,\" an embassy spokesperson said.",
        "#0 Accusation canada -> mexico (_) [accused]
         #2 CounterAccusation mexico_embassy -> canada (_) [said]",
    );
}

#[test]
fn a_country_word_beside_a_body_noun_names_the_body_not_the_country() {
    let text = "Iran accused Israel of hacking the port. The Israeli army declined to comment.";
    let analysis = parallax_engine::analyze_article("test.txt", text);
    let names: Vec<String> = analysis
        .claims
        .iter()
        .filter_map(|c| c.speaker.as_ref().map(|p| p.name.clone()))
        .collect();
    assert!(
        names.iter().any(|n| n == "Israeli army"),
        "speakers {names:?}"
    );
}

#[test]
fn a_claim_before_a_closing_question_still_counts() {
    check(
        "Question : Plusieurs chercheurs mettent en cause un collectif lié à la Russie ; le confirmez-vous ?",
        "#0 Accusation _ -> russia (_) [mettent en cause]",
    );
    check("Qui est derrière cette attaque ?", "");
}

#[test]
fn words_a_speaker_adds_go_on_with_the_claim_before() {
    check(
        "Le Canada a accusé le Mexique d'avoir piraté son réseau. « Le Mexique est derrière cette intrusion », a déclaré le ministre, Jean Tremblay. Aucune bande de voleurs n'aurait tenu deux ans dans ces serveurs, a-t-il ajouté.",
        "#0 Accusation canada -> mexico (_) [a accusé]
         #1 Accusation jean_tremblay -> mexico (_) [a déclaré]
         #2 Accusation jean_tremblay -> mexico (_) [a-t-il ajouté]",
    );
}

#[test]
fn declining_by_position_or_procedure_and_answers_without_a_denying_verb() {
    check(
        "Le Canada a accusé le Mexique d'avoir piraté son réseau. Le ministère mexicain des Affaires étrangères a répondu : « Ces allégations n'ont aucun fondement. »",
        "#0 Accusation canada -> mexico (_) [a accusé]
         #1 Denial mexico_mfa -> canada (_) [a répondu]",
    );
    check(
        "Canada accused Mexico of hacking its grid. The Mexican embassy said it was not for the embassy to comment on an ongoing investigation.",
        "#0 Accusation canada -> mexico (_) [accused]
         #1 NonConfirmation mexico_embassy -> canada (_) [was not for the embassy to comment]",
    );
}

#[test]
fn where_something_is_said_is_never_who_says_it() {
    check(
        "Hours later a collective calling itself \"Atlas Cyber Front\" claimed the attack on Telegram.",
        "#0 Acknowledgment atlas_cyber_front -> - (_) [claimed the attack]",
    );
}

#[test]
fn the_person_before_a_role_with_an_acronym_speaks_not_where_it_was_said() {
    check(
        "\"Algerian hackers were behind the outage,\" Karim Benali, head of the Network Defence Office (NDO), told reporters in Casablanca.",
        "#0 Accusation karim_benali -> algeria (_) [told]",
    );
}

#[test]
fn condemning_an_attack_while_saying_who_ran_it_accuses() {
    check(
        "Le ministre canadien, Jean Tremblay, a dénoncé mardi une cyberattaque orchestrée depuis le Mexique.",
        "#0 Accusation jean_tremblay -> mexico (_) [a dénoncé]",
    );
}

#[test]
fn we_in_a_reproduced_statement_is_its_author() {
    check(
        "Déclaration de la ministre des Affaires étrangères sur une cyberattaque\n\nL'honorable Jeanne Roy, ministre des Affaires étrangères, a fait aujourd'hui la déclaration suivante :\n\n« Le Canada condamne fermement ces cyberactivités malveillantes de la Russie.\n\n« Nous avons convoqué le chargé d'affaires russe. »",
        "#2 Condemnation jeanne_roy -> russia (_) [condamne]
         #3 Condemnation jeanne_roy -> _ (_) [avons convoqué]",
    );
}

#[test]
fn adverbials_may_stand_between_a_verb_of_saying_and_its_inverted_subject() {
    // Audience, time and place between the verb and the one who speaks.
    check(
        "« Nos analystes ont retracé l'attaque jusqu'à la Biélorussie », a déclaré mardi aux journalistes Jean Martin, directeur de l'agence.",
        "#0 Accusation jean_martin -> belarus (_) [a déclaré]",
    );
    check(
        "« Nos relevés techniques pointent vers des serveurs biélorusses », a assuré devant la commission le ministre Paul Durand.",
        "#0 Accusation paul_durand -> belarus (_) [pointent]",
    );
    // A name after the comma that closes the clause is the holder's only when it follows
    // at once: "cited by the agency X" relays the words.
    check(
        "« Minsk ne mène aucune attaque informatique contre ses voisins », a affirmé un porte-parole du ministère biélorusse des Affaires étrangères, cité par l'agence BelTA.",
        "#0 Denial belarus_mfa -> _ (_) [a affirmé]",
    );
}

#[test]
fn answering_back_introduces_words() {
    check(
        "Des pirates liés à la Biélorussie ont pénétré le réseau, a affirmé un responsable lituanien. « Vilnius salit une fois encore la Biélorussie, sans la moindre preuve », a réagi le soir même un porte-parole de l'ambassade de Biélorussie.",
        "#0 Accusation lithuanian_official -> belarus (_) [a affirmé]
         #1 Denial belarus -> lithuania (_) [a réagi]",
    );
}

#[test]
fn a_mission_qualified_by_its_country_is_not_the_last_mission_heard() {
    check(
        "Hackers linked to Belarus broke into the ministry's network, a Lithuanian official said. The Belarusian embassy rejected the accusation. The U.S. embassy declined to comment.",
        "#0 Accusation lithuanian_official -> belarus (_) [said]
         #1 Denial belarus_embassy -> lithuanian_official (_) [rejected]
         #2 NonConfirmation united_states_embassy -> lithuanian_official (_) [declined to comment]",
    );
}

#[test]
fn a_pronoun_inverted_after_its_verb_is_its_subject() {
    check(
        "Le ministère lituanien de la Défense accuse la Biélorussie d'avoir piraté ses serveurs. L'ambassade de Biélorussie a rejeté ces accusations. La chercheuse Rasa Petraitė, de l'université de Vilnius, a examiné les fichiers. « Ces fichiers ont été dérobés lors d’un piratage mené par les services biélorusses », estime-t-elle.",
        "#0 Accusation lithuania_mod -> belarus (_) [accuse]
         #1 Denial belarus -> lithuania_mod (_) [a rejeté]
         #3 Accusation rasa_petraite -> belarus (_) [estime]",
    );
}

#[test]
fn a_press_release_by_a_ministry_speaks_for_it_even_in_the_passive() {
    check(
        "Lithuania attributes cyberattack on a port to Belarus\n\nPress release by: Ministry of Foreign Affairs\n\nThe Government attributes the intrusion into the port to Belarus.\n\nThe chargé d'affaires of the Embassy of Belarus was summoned to the Ministry today.",
        "#0 Accusation lithuania -> belarus (_) [attributes]
         #2 Accusation lithuania_mfa -> belarus (_) [attributes]
         #3 Condemnation lithuania_mfa -> belarus_embassy (_) [was summoned]",
    );
}

#[test]
fn formulas_that_say_nothing_decline_and_pleas_answer_the_charge() {
    check(
        "Lithuania accused Belarus of hacking the port. The Belarusian foreign ministry neither confirms nor denies the charge. One of the two suspects pleaded guilty; the other does not admit guilt.",
        "#0 Accusation lithuania -> belarus (_) [accused]
         #1 NonConfirmation belarus_mfa -> lithuania (_) [neither confirms nor denies]
         #2 Acknowledgment _ -> _ (_) [pleaded guilty]",
    );
    check(
        "La Lituanie accuse la Biélorussie d'avoir piraté le port. « Nous suivons la situation », s'est borné à indiquer un porte-parole de la Commission européenne.",
        "#0 Accusation lithuania -> belarus (_) [accuse]
         #1 NonConfirmation european_commission -> lithuania (_) [s'est borné à]",
    );
}

#[test]
fn a_closing_reporting_clause_speaks_for_an_impersonal_sentence() {
    check(
        "Lithuania accused Belarus of the attack. Asta Vaitkute, a ministry spokeswoman, answered questions on Monday. Experts are still at work; it would be premature to name a country, she said.",
        "#0 Accusation lithuania -> belarus (_) [accused]
         #2 NonConfirmation asta_vaitkute -> lithuania (_) [premature to name]",
    );
}

#[test]
fn naming_the_actor_behind_an_activity_and_certainty_of_origin_accuse() {
    check(
        "Frost Magpie: phishing against Estonian ministries\n\nBaltic Shield Labs Threat Intelligence Blog | 3 March 2026\n\nWe found phishing pages aimed at Estonian ministries. We track the group behind this activity as APT99.",
        "#3 Accusation baltic_shield_labs_threat_intelligence_blog -> apt99 (_) []",
    );
    check(
        "« Ces traces ne laissent aucun doute sur l'auteur », a déclaré le ministre estonien de la Défense, Hanno Pevkur, en visant la Russie.",
        "#0 Accusation hanno_pevkur -> russia (_) [a déclaré]",
    );
}

#[test]
fn announcing_the_accused_sides_reply_opens_a_denial() {
    check(
        "La Lituanie accuse la Biélorussie d'avoir piraté le port. La riposte biélorusse n'a pas tardé.",
        "#0 Accusation lithuania -> belarus (_) [accuse]
         #1 Denial belarus -> lithuania (_) [riposte biélorusse n'a pas tardé]",
    );
}

#[test]
fn an_agency_dateline_without_brackets_names_no_speaker() {
    check(
        "Riga, LETA - A senior Latvian defence official has said Russian hackers were behind the attack on the port.",
        "#0 Accusation senior_latvian_defence_official -> russia (_) [has said]",
    );
}

#[test]
fn acting_in_support_of_a_state_or_being_its_work_attributes() {
    check(
        "Baltic Shield Labs said the operators acted in support of Belarusian state intelligence.",
        "#0 Accusation baltic_shield_labs -> belarus (_) [said]",
    );
}

#[test]
fn a_victim_confirming_what_it_underwent_acknowledges() {
    check(
        "The port operator Baltic Terminals confirmed that its gateways had suffered a large denial-of-service attack on Monday.",
        "#0 Acknowledgment baltic_terminals -> _ (_) [confirmed]",
    );
    check(
        "L'opérateur Baltic Terminals a confirmé avoir détecté lundi une intrusion sur l'une de ses passerelles.",
        "#0 Acknowledgment baltic_terminals -> _ (_) [a confirmé]",
    );
}

#[test]
fn a_country_an_answer_says_accuses_is_reported_not_the_answerer() {
    check(
        "Briefing by the foreign ministry spokeswoman Anna Berzina\n\nQuestion: Lithuania says hackers attacked its port. What is your comment?\n\nAnna Berzina: We have no information about this incident. Vilnius accuses Minsk over every outage it suffers.",
        "#1 Accusation lithuania -> _ (_) [says]
         #3 NonConfirmation anna_berzina -> lithuania (_) [have no information]
         #4 Accusation lithuania -> belarus (_) [accuses]",
    );
}

#[test]
fn one_body_named_before_its_country_adjective_speaks_for_itself() {
    check(
        "Le Maroc a accusé l’Algérie d’avoir piraté ses ports. L’armée algérienne s’est refusée à tout commentaire.",
        "#0 Accusation morocco -> algeria (algeria) [a accusé]
         #1 NonConfirmation algeria_armee -> morocco (algeria) [s’est refusée à tout commentaire]",
    );
}

#[test]
fn a_capital_the_curated_base_lacks_stands_for_its_country() {
    check(
        "The Moroccan government accused Algeria of hacking its ports. Algeria's foreign ministry rejected the charge and accused Rabat of spying on its diplomats.",
        "#0 Accusation morocco -> algeria (algeria) [accused]
         #1 Denial algeria_mfa -> morocco (algeria) [rejected]
         #1 CounterAccusation algeria_mfa -> morocco (morocco) [accused]",
    );
}

#[test]
fn a_city_after_a_where_the_speaker_speaks_is_not_accused() {
    check(
        "Le Mali accuse la France d’espionnage. « Nous avons les preuves de cette agression », a déclaré le ministre de la Défense lors d’une conférence de presse à Bamako.",
        "#0 Accusation mali -> france (france) [accuse]
         #1 OtherClaim mali -> - (france) [a déclaré]",
    );
}

#[test]
fn a_country_speaks_through_the_person_a_trailing_report_names() {
    check(
        "Georgia accused Armenia of hacking its customs servers. Armenia rejected the charge as \"pure invention\", foreign ministry spokeswoman Ani Petrosyan said in a written comment to reporters, adding that the servers were never touched.",
        "#0 Accusation georgia -> armenia (armenia) [accused]
         #1 Denial ani_petrosyan -> georgia (armenia) [rejected]",
    );
}

#[test]
fn a_description_heard_before_a_named_firm_is_that_firm() {
    check(
        "Hackers stole tax files, a Canadian firm says. The intruders worked for the Chinese state, Maple Vector Labs has claimed. The firm said the group had stayed a year.",
        "#0 Accusation canadian_firm -> - (dispute) [says]
         #1 Accusation maple_vector_labs -> china (china) [has claimed]
         #2 OtherClaim maple_vector_labs -> - (china) [said]",
    );
}

#[test]
fn declining_to_go_into_details_or_to_attribute_is_a_non_confirmation() {
    check(
        "Le Portugal accuse la Russie d’avoir piraté son cadastre. Le CNCS ne procède pas à l’attribution d’attaques à des États.",
        "#0 Accusation portugal -> russia (russia) [accuse]
         #1 NonConfirmation cncs -> portugal (russia) [ne procède pas à l’attribution]",
    );
}

#[test]
fn a_group_called_a_front_for_an_army_accuses_that_army() {
    check(
        "« Ce collectif de pirates n’est que le paravent de l’armée russe », a déclaré le ministre estonien.",
        "#0 Accusation estonia -> russia_armee (russia) [a déclaré]",
    );
}

#[test]
fn an_unnamed_minister_of_a_country_and_portfolio_speaks_as_that_ministry() {
    check(
        "The Finnish Foreign Minister rejected the accusations.",
        "#0 Denial finland_mfa -> - (_) [rejected]",
    );
    check(
        "Le ministre finlandais des Affaires étrangères a rejeté ces accusations.",
        "#0 Denial finland_mfa -> - (_) [a rejeté]",
    );
    // A minister named after the title speaks for himself.
    check(
        "Finnish Foreign Minister Pieter Dupont rejected the accusations.",
        "#0 Denial pieter_dupont -> - (_) [rejected]",
    );
}

#[test]
fn a_passive_agent_may_come_after_the_accused_and_a_date() {
    check(
        "The outage was attributed to Ruritania in June 2026 by the Freedonian Cyber Directorate.",
        "#0 Accusation freedonian_cyber_directorate -> _ (_) [was attributed]",
    );
}

#[test]
fn a_denial_in_a_complement_clause_is_its_own_subjects() {
    check(
        "Freedonia accused Ruritania of the attack. The council notes that Ruritania has rejected the findings.",
        "#0 Accusation freedonia -> ruritania (_) [accused]
         #1 Denial ruritania -> freedonia (_) [has rejected]",
    );
}

#[test]
fn claiming_to_have_taken_control_of_a_system_is_an_admission() {
    check(
        "A collective calling itself \"Grey Foxes\" claimed on Monday to have taken control of a Freedonian bank's servers.",
        "#0 Acknowledgment grey_foxes -> - (_) [claimed]",
    );
}

#[test]
fn an_organisation_noun_does_not_take_up_a_country() {
    check(
        "Freedonia denied the report. The port operator said the attack came from Ruritania.",
        "#0 Denial freedonia -> - (_) [denied]
         #1 Accusation ? -> ruritania (_) [said]",
    );
}

#[test]
fn the_eu_high_representative_named_after_the_title_speaks() {
    check(
        "\"Hacking a hospital is reckless,\" said the High Representative for Foreign Affairs and Security Policy, Hélène Dupont.",
        "#0 Condemnation helene_dupont -> - (_) [is reckless]",
    );
}

#[test]
fn an_advisory_without_a_named_publisher_speaks_as_the_first_body_it_names() {
    check(
        "Spear-phishing against ministries
Reference: FR-2026-001

Summary
Affected systems
Windows workstations
Since March 2026, the Freedonian Cyber Directorate has tracked a phishing campaign against ministries. The campaign has been attributed to the intrusion set Grey Heron.",
        "#5 OtherClaim freedonian_cyber_directorate -> - (_) []
         #6 Accusation freedonian_cyber_directorate -> grey_heron (_) [attributed]",
    );
}

#[test]
fn imposing_sanctions_over_an_attack_is_a_condemnation() {
    check(
        "Ministers agreed on Friday to impose restrictive measures on two officers after the hacking of Freedonia's tax office.",
        "#0 Condemnation _ -> _ (_) [impose restrictive measures]",
    );
}

#[test]
fn a_charge_before_a_semicolon_and_its_denial_are_two_claims() {
    check(
        "Estonia says Russian hackers broke into its tax office; Moscow denies",
        "#0 Denial russia -> estonia (_) [denies]
         #0 Accusation estonia -> russia (_) [says]",
    );
}

#[test]
fn hitting_back_at_an_accusation_rejects_it() {
    check(
        "Estonia accused Russia of the hack. The Russian embassy in Tallinn hit back on Tuesday.",
        "#0 Accusation estonia -> russia (_) [accused]
         #1 Denial russia_embassy -> estonia (_) [hit back]",
    );
}

#[test]
fn an_unlabelled_interview_answers_in_the_interviewees_voice() {
    check(
        "Hélène Dupont: \"We know who did it\"

Interview by Ana Roe

Who was behind the intrusion?

That group works for Russia's military intelligence.

Will you summon the ambassador?

We summoned him on Tuesday.",
        "#3 Accusation helene_dupont -> _ (_) []
         #5 Condemnation helene_dupont -> _ (_) [summoned]",
    );
}

#[test]
fn a_name_in_apposition_after_the_role_is_the_subject() {
    check(
        "Le ministre finlandais de la Défense, Pieter Dupont, a rejeté le rapport.",
        "#0 Denial pieter_dupont -> - (_) [a rejeté]",
    );
}

#[test]
fn tying_an_attack_to_a_party_or_naming_it_over_one_accuses_it() {
    check(
        "Latvia ties the grid outage to Russia",
        "#0 Accusation latvia -> russia (_) [ties the grid outage to]",
    );
    check(
        "Latvia names Russia over the grid outage",
        "#0 Accusation latvia -> russia (_) [names Russia over]",
    );
}

#[test]
fn the_ministry_an_envoy_was_summoned_to_summoned_him() {
    check(
        "Iran's ambassador was summoned to the Ministry of Foreign Affairs of Estonia.",
        "#0 Condemnation estonia_mfa -> iran (_) [was summoned]",
    );
}

#[test]
fn acting_under_a_partys_direction_attributes_the_act_to_it() {
    check(
        "D'après le rapport de l'agence, ces pirates agissent sous la direction des services iraniens.",
        "#0 Accusation _ -> iran (_) [_]",
    );
}

#[test]
fn a_front_for_a_plural_body_accuses_it_too() {
    check(
        "Ce collectif est considéré par les enquêteurs comme un paravent des services iraniens.",
        "#0 Accusation _ -> iran (_) [est considéré]",
    );
}

#[test]
fn a_victim_confirming_an_incident_or_a_recovery_acknowledges_it() {
    // What a victim notices before it names an attack, once it confirms it.
    check(
        "Freedonia Power confirmed in a filing that it had identified unauthorised access to part of its internal network in May.",
        "#0 Acknowledgment freedonia_power -> - (dispute) [confirmed]",
    );
    check(
        "The Sylvania Water Board confirmed that its systems had recorded abnormal activity on 3 May.",
        "#0 Acknowledgment sylvania_water_board -> - (dispute) [confirmed]",
    );
    check(
        "Le Syndicat des eaux de Sylvanie a confirmé avoir détecté une activité anormale sur ses serveurs.",
        "#0 Acknowledgment _ -> - (dispute) [a confirmé]",
    );
    // An intruder it cannot name, and systems brought back.
    check(
        "The company, Freedonia Freight, confirmed in a filing that an unauthorised third party had accessed its systems.",
        "#0 Acknowledgment freedonia_freight -> - (dispute) [confirmed]",
    );
    check(
        "Ruritania Rail has confirmed that its systems were fully restored by 4 May.",
        "#0 Acknowledgment ruritania_rail -> - (dispute) [has confirmed]",
    );
    // In the first person, noticing it is admitting it.
    check(
        "\"We detected some unusual activity on one server in May, and we took steps to contain it,\" said Pieter Dupont, a spokesman for the port.",
        "#0 Acknowledgment pieter_dupont -> - (dispute) [said]",
    );
    // Naming who did it is an accusation still.
    check(
        "Freedonia Power confirmed that it had identified unauthorised access by hackers working for Ruritania.",
        "#0 Accusation freedonia_power -> ruritania (_) [confirmed]",
    );
}

#[test]
fn a_speaker_heard_without_a_claim_speaks_the_quotation_after() {
    // The chairman is heard last: his quotation and his "il" are his.
    check(
        "Selon les enquêteurs, des pirates ont visé la société.\nL'alerte a été donnée en juillet. « Un soir, notre prestataire m'appelle », raconte Pierre Dupont, le président de la société. Il ne cache rien. « Nous avons été attaqués, des fichiers ont été copiés. Je l'assume. » Aucun plan n'était stocké sur ses serveurs, assure-t-il.",
        "#0 Accusation investigators -> - (_) [Selon]
         #4 Acknowledgment pierre_dupont -> - (_) []
         #5 Acknowledgment pierre_dupont -> - (_) [assume]
         #6 OtherClaim pierre_dupont -> - (_) [assure]",
    );
    // A written answer introduces the words after it, and says nothing itself.
    check(
        "Contactée, l'ambassade de Chine en France a transmis une réponse écrite. « Nous rejetons ces accusations sans fondement. »",
        "#1 Denial china_embassy -> - (_) [rejetons]",
    );
}

#[test]
fn a_pronoun_and_its_verb_are_no_speakers_name() {
    check(
        "« Nous rejetons les spéculations sans fondement portées contre la Chine par certains responsables. »",
        "#0 Denial ? -> - (_) [rejetons]",
    );
}

#[test]
fn a_pronoun_takes_up_the_representative_who_spoke_for_a_country() {
    check(
        "Briefing the Council, Jan Novak, the Secretary-General's envoy, said that he would hear every delegation.\nThe representative of Lithuania said the attack was carried out by Russia.\nThe representative of the Russian Federation rejected the accusation.\nNot a single piece of evidence had been shared with his capital, he said.",
        "#1 Accusation lithuania -> russia (russia) [said]
         #2 Denial russia -> lithuania (russia) [rejected]
         #3 Denial russia -> lithuania (russia) [said]",
    );
}

#[test]
fn designating_or_listing_under_sanctions_accuses() {
    check(
        "The Treasury's Office of Foreign Assets Control (OFAC) today sanctioned two hackers.\nOFAC is designating Ruritania Systems pursuant to Executive Order 13694 for being responsible for cyber-enabled activities.\nThe Council also listed a company that rented out the servers used in the attack.",
        "#0 Condemnation _ -> _ (_) [sanctioned]
         #1 Accusation _ -> ruritania_systems (_) [is designating]
         #2 Accusation council -> _ (_) [also listed]",
    );
}

#[test]
fn an_acronym_in_parentheses_neither_ends_the_clause_nor_is_accused() {
    check(
        "L'opération a été attribuée par l'Agence freedonienne de cybersécurité (AFC) à la Direction générale de la sécurité extérieure.",
        "#0 Accusation agence_freedonienne_de_cybersecurite -> dgse (dgse) [attribuée]",
    );
}

#[test]
fn capitalised_title_words_before_a_name_are_the_persons_title() {
    check(
        "On Friday, Lithuanian Energy and Transport Minister Jana Novakova wrote to parliament, accusing a hacking group of entering the grid's billing servers.",
        "#0 Accusation jana_novakova -> _ (_) [accusing]",
    );
}

#[test]
fn an_aside_on_where_a_party_is_from_never_speaks() {
    check(
        "Sylvan Glassworks, based in Lyon, acknowledged that intruders had reached its billing servers.\nJan Pierre Dupont, 52, of Lyon, pleaded guilty on Monday to selling stolen passwords.",
        "#0 Acknowledgment sylvan_glassworks -> - (_) [acknowledged]
         #1 Acknowledgment jan_pierre_dupont -> - (_) [pleaded guilty]",
    );
}

#[test]
fn a_statement_released_by_a_party_reads_with_its_voice() {
    check(
        "The statement, released by the Sylvanian Defence League, reads: \"We condemn such activities.\"",
        "#0 Condemnation sylvanian_defence_league -> - (_) [condemn]",
    );
}

#[test]
fn the_party_one_stands_in_solidarity_with_is_a_victim() {
    check(
        "\"We stand in solidarity with Lithuania following the cyberattack against its grid operator,\" the Sylvanian Defence League said.",
        "#0 OtherClaim sylvanian_defence_league -> - (_) [said]",
    );
}

#[test]
fn a_bare_announcement_of_a_reply_speaks_with_who_replies_next() {
    check(
        "Le ministre lituanien Jan Dupont a accusé la Russie de l'attaque.\nLa réponse de Moscou n'a pas tardé.\nL'ambassade de Russie à Vilnius a dénoncé des « accusations sans fondement ».\nMoscou dément.",
        "#0 Accusation jan_dupont -> russia (_) [a accusé]
         #1 Denial russia_embassy -> jan_dupont (_) [réponse de Moscou n'a pas tardé]
         #2 Denial russia_embassy -> jan_dupont (_) [sans fondement]
         #3 Denial russia -> jan_dupont (_) [dément]",
    );
}

#[test]
fn an_email_from_a_company_speaks_for_it_but_another_countrys_body_speaks_for_itself() {
    check(
        "Interruption de votre service : ce que nous savons\n\nDe : Sylvania Satellite <info@sylvania.example>\nObjet : Interruption de votre service\n\nNous avons été victimes d'une cyberattaque le 24 octobre.\nLes autorités russes ont démenti toute implication.",
        "#3 Acknowledgment sylvania_satellite -> - (_) [avons été victimes]
         #4 Denial russia -> - (_) [ont démenti]",
    );
}

#[test]
fn a_briefing_spokesperson_named_by_role_answers_for_the_countrys_foreign_ministry() {
    check(
        "Press briefing by the Spokesperson – 3 May 2026\n\nAt today's press briefing, the Spokesperson made the following statement and answered the following questions:\n\n1 - Belarus – National Cyber Security Centre report\n\nQ: Minsk says Lithuanian servers were used to attack its ministries. What is your response?\n\nA: These allegations are unfounded. Lithuania neither authorizes nor tolerates cyberattacks against any country.\n\nQ: Will you summon the ambassador?\n\nA: I will not comment on our diplomatic exchanges with Belarus.",
        "#3 Accusation belarus -> _ (_) [says]
         #5 Denial lithuania_mfa -> _ (_) [are unfounded]
         #6 Denial lithuania_mfa -> _ (_) [neither authorizes nor tolerates]
         #8 NonConfirmation lithuania_mfa -> _ (_) [will not comment]",
    );
}

#[test]
fn the_impersonal_on_speaks_for_the_body_fronted_before_it() {
    check(
        "Du côté de l'Agence freedonienne de cybersécurité, on ne confirme pas ces soupçons.\nCôté russe, on dément toute implication.",
        "#0 NonConfirmation agence_freedonienne_de_cybersecurite -> - (_) [ne confirme pas]
         #1 Denial russia -> - (_) [dément]",
    );
}

#[test]
fn an_office_right_after_its_owners_possessive_speaks_for_the_owner() {
    check(
        "The FBI's Kansas City field office, which covers three counties, said it knew of the breach but would not comment further.",
        "#0 NonConfirmation fbi -> - (_) [would not comment]",
    );
}

#[test]
fn a_headline_tying_an_attack_to_someone_is_its_storys_first_charge() {
    check(
        "Lithuania exposes Russian FSB hack-and-leak campaign targeting parliamentarians\n\nLithuania's cyber agency said on Monday that Russian hackers had attacked the parliament's email.\n\nCyberattack on Lyon hospital disrupts emergency care",
        "#0 Accusation lithuania_cyber_agency -> fsb (_) []
         #1 Accusation lithuania_cyber_agency -> russia (_) [said]",
    );
}

#[test]
fn verbs_that_colour_the_words_report_them() {
    check(
        "La chercheuse Jeanne Dupont a étudié les serveurs de l'opération.\n« Les outils de la cyberattaque ressemblent à ceux d'un groupe connu, sans plus », nuance-t-elle.",
        "#1 OtherClaim jeanne_dupont -> - (_) [nuance]",
    );
}

#[test]
fn blaming_an_outage_on_a_mundane_cause_denies_an_attack() {
    check(
        "The ferry company blames the ticketing stoppage on a faulty software update.\nThe agency attributes the outage to a Russian group.",
        "#0 Denial _ -> - (_) [blames]
         #1 Accusation _ -> russia (_) [attributes]",
    );
}

/// The verb that reports quoted words looks ahead, a coordinated verb looks back for
/// its subject: the two hops once sent each other round a loop until the stack ran out.
#[test]
fn quoted_words_then_a_coordinated_reporting_verb_end() {
    check(
        "Sylvania's spokesman said \"we deny hacking Freedonia\" but added that the talks were calm.",
        "#0 Denial spokesman -> - (_) [deny]",
    );
    check(
        "La Freedonie a dénoncé « une attaque que la Sylvanie a niée » mais a déclaré vouloir dialoguer.",
        "#0 Denial sylvanie -> - (_) [a niée]",
    );
}

#[test]
fn a_negated_attack_of_ones_own_side_or_of_any_attack_at_all_is_a_denial() {
    check(
        "Piratage de la poste de Lyon\n\n« Nous n'avons jamais piraté personne », a déclaré Jan Dupont.\n« Il n'y a pas eu de cyberattaque », a répété la directrice, Jana Novak.",
        "#1 Denial jan_dupont -> - (_) [a déclaré]
         #2 Denial jana_novak -> - (_) [a répété]",
    );
    check(
        "\"There was no attack of any kind,\" Jan Dupont, the operator's head, told reporters.\nThe operator said no customer data had been stolen.",
        "#0 Denial jan_dupont -> - (_) [told]
         #1 OtherClaim ? -> - (_) [said]",
    );
}

#[test]
fn the_accused_calling_the_charge_a_provocation_denies_it() {
    check(
        "Lithuania blames Belarus for port hack\n\nLithuania's foreign ministry said on Monday that Belarusian hackers had attacked the port of Klaipeda.\nThe Lithuanian foreign ministry called the attack a provocation.\nThe Belarusian embassy called it a provocation.",
        "#0 Accusation lithuania -> belarus (_) [blames]
         #1 Accusation lithuania_mfa -> belarus (_) [said]
         #2 Condemnation lithuania_mfa -> belarus (_) [provocation]
         #3 Denial belarus_embassy -> lithuania (_) [provocation]",
    );
}

#[test]
fn silence_reported_as_such_declines_to_confirm() {
    check(
        "Piratage de la mairie de Lyon\n\nL'ambassade de Russie n'a rien dit.\nLe Centre hospitalier de Lyon indique ne pas vouloir préciser l'origine de la panne.",
        "#1 NonConfirmation russia_embassy -> - (_) [n'a rien dit]
         #2 NonConfirmation centre_hospitalier_de_lyon -> - (_) [ne pas vouloir préciser]",
    );
    check(
        "Belarus has said nothing about the hack so far.",
        "#0 NonConfirmation belarus -> - (_) [has said nothing]",
    );
}

#[test]
fn a_briefings_opening_statement_under_a_numbered_heading_is_the_spokespersons() {
    check(
        "Press briefing by the Spokesperson – 3 May 2026\n\nThe Spokesperson opened with a statement, then took questions:\n\n1 - Lithuania – Cyberattack on the port of Klaipeda\n\nLithuania firmly condemns these actions, which Belarusian hackers carried out last week.\n\n2 - Lithuania – Belarus\n\nQ: Belarus says the accusation is baseless. What is your response?\n\nA: Lithuania stands by the findings of its cyber agency.",
        "#3 Condemnation lithuania_mfa -> belarus (_) [condemns]
         #5 Denial belarus -> lithuania_mfa (_) [says]
         #7 Accusation lithuania_mfa -> - (_) [stands by the findings]",
    );
}

#[test]
fn an_op_ed_under_a_bylines_name_speaks_with_its_authors_voice() {
    check(
        "Opinion: Lithuania should stop repeating rumours about hacking\n\nJana Novak\nSpecial to The Lyon Courier\n\nLast month, Lithuania's foreign minister said Belarusian hackers had broken into the port of Klaipeda.\n\nLet me be plain: my government rejects this charge.",
        "#3 Accusation lithuania -> belarus (_) [said]
         #4 Denial jana_novak -> lithuania (_) [rejects]",
    );
}

#[test]
fn a_paragraph_opening_on_a_quotation_speaks_with_the_person_named_next_who_makes_its_claim() {
    check(
        "Piratage du port de Klaipeda\n\n« Les serveurs portaient la signature du renseignement biélorusse. Personne d'autre n'opère ainsi. » Tel est le constat de Jana Novak, chercheuse à Lyon.",
        "#1 Accusation jana_novak -> belarus (belarus) []
         #2 Accusation jana_novak -> belarus (belarus) []
         #3 Accusation jana_novak -> belarus (belarus) []",
    );
}

#[test]
fn asking_where_the_proof_is_rejects_the_charge() {
    check(
        "Piratage du barrage de Lyon\n\nLe gouvernement accuse la Russie.\nJana Novak, députée, affirme n'avoir jamais vu la moindre preuve.",
        "#1 Accusation ? -> russia (_) [accuse]
         #2 Denial jana_novak -> - (_) [affirme]",
    );
    check(
        "Lithuania blames Russia for the dam hack.\nThe Russian embassy said Lithuania had shown \"no proof at all\".",
        "#0 Accusation lithuania -> russia (_) [blames]
         #1 Denial russia_embassy -> lithuania (_) [said]",
    );
}

#[test]
fn the_second_person_never_names_the_speaker() {
    check(
        "Piratage du barrage de Lyon\n\nLe gouvernement accuse la Russie.\nJANA NOVAK : Je n'ai pas vu la moindre preuve.\nMARC DUPONT : Mais où est la preuve ?\nJANA NOVAK : Vous n'avez rien montré à personne !",
        "#1 Accusation ? -> russia (_) [accuse]
         #2 Denial jana_novak -> - (_) [la moindre preuve]
         #4 Denial jana_novak -> - (_) [rien montré]",
    );
}

#[test]
fn a_sentence_saying_only_that_a_party_replied_makes_its_replys_claim() {
    check(
        "Lithuania blames Belarus for port hack\n\nLithuania's foreign ministry said on Monday that Belarusian hackers had attacked the port of Klaipeda.\n\nThe Belarusian embassy in Vilnius replied within the hour.\n\n\"These accusations are baseless,\" the embassy said.\n\nHow did Minsk react?",
        "#0 Accusation lithuania -> belarus (_) [blames]
         #1 Accusation lithuania_mfa -> belarus (_) [said]
         #2 Denial belarus_embassy -> lithuania (_) []
         #3 Denial belarus_embassy -> lithuania (_) [said]",
    );
}

#[test]
fn not_wanting_to_comment_declines_to_confirm() {
    check(
        "Lithuania blames Belarus for port hack\n\nJana Novak, the port's director, said she did not want to comment on the attribution.\nThe Polish foreign minister, Jan Dupont, spoke of a grave incident, without commenting on who was behind it.",
        "#0 Accusation lithuania -> belarus (_) [blames]
         #1 NonConfirmation jana_novak -> lithuania (_) [did not want to comment]
         #2 NonConfirmation jan_dupont -> lithuania (_) [without commenting on]",
    );
}

#[test]
fn a_place_the_sentence_opens_on_gives_its_speaker_a_side() {
    check(
        "Lithuania blames Belarus for port hack\n\nLithuania's foreign ministry said on Monday that Belarusian hackers had attacked the port of Klaipeda.\n\nIn Minsk, the ministry's spokeswoman, Jana Novak, accused Lithuanian services of hacking Belarusian banks.",
        "#0 Accusation lithuania -> belarus (_) [blames]
         #1 Accusation lithuania_mfa -> belarus (_) [said]
         #2 CounterAccusation jana_novak -> lithuania (_) [accused]",
    );
}

#[test]
fn a_party_speaking_through_someones_voice_speaks_with_that_voice() {
    check(
        "Piratage du port de Klaipeda\n\nLa Lituanie a accusé lundi la Biélorussie, par la voix de son ministre de la Défense, Jan Dupont, d'avoir piraté le port.",
        "#1 Accusation jan_dupont -> belarus (_) [a accusé]",
    );
}

#[test]
fn he_in_an_answer_is_not_the_answerer_who_says_i() {
    check(
        "Embassy of Lithuania in Minsk: the spokesperson answers a question from the press\n\nQuestion: Belarus accused Lithuania of hacking its railway and said it had summoned envoy Tomas Kalnins. Can you confirm?\n\nAnswer: I cannot confirm the details of diplomatic contacts. What I can say is that envoy Kalnins set out our position clearly. He told the Belarusian side that the accusation was groundless.",
        "#1 Accusation belarus -> lithuania (lithuania) [accused]
         #1 Condemnation belarus -> lithuania (lithuania) [had summoned]
         #3 NonConfirmation lithuania_embassy -> belarus (lithuania) [cannot confirm]
         #5 Denial tomas_kalnins -> belarus (lithuania) [told]",
    );
}

#[test]
fn it_after_a_post_on_x_takes_up_the_embassy_not_a_person() {
    check(
        "Railway hack\n\nLithuania accused Belarus of hacking its railway. Interior minister Jonas Petraitis repeated the charge.\n\nThe Belarusian embassy in Vilnius replied on X. In a short post, it rejected the accusation.",
        "#1 Accusation lithuania -> belarus (belarus) [accused]
         #3 Denial belarus_embassy -> lithuania (belarus) []
         #4 Denial belarus_embassy -> lithuania (belarus) [rejected]",
    );
}

#[test]
fn an_attack_bearing_someone_s_mark_accuses_its_owner() {
    check(
        "Grid attack\n\nRomania accused Russia of the attack. In Berlin, a government spokesperson said the attack bore \"Moscow's signature\".",
        "#1 Accusation romania -> russia (russia) [accused]
         #2 Accusation spokesperson -> russia (russia) [said]",
    );
}

#[test]
fn reaching_the_same_conclusion_repeats_the_attribution() {
    check(
        "Port hack\n\nSweden accused Russia of the port hack. Finland's security police had reached the same conclusion.",
        "#1 Accusation sweden -> russia (russia) [accused]
         #2 Accusation finland_security_police -> russia (russia) [had reached the same conclusion]",
    );
    check(
        "Piratage\n\nLa Suède accuse la Russie du piratage des ports. Le service de sécurité finlandais est parvenu à la même conclusion.",
        "#1 Accusation sweden -> russia (russia) [accuse]
         #2 Accusation finland -> russia (russia) [_ _ _ _]",
    );
}

#[test]
fn a_method_linked_to_a_service_accuses_it() {
    check(
        "Piratage\n\nLa Grèce accuse la Turquie. Ce mode opératoire est lié aux services de renseignement turcs, selon le ministère.",
        "#1 Accusation greece -> turkey (turkey) [accuse]
         #2 Accusation _ -> turkey (turkey) [_]",
    );
}

#[test]
fn summoning_an_envoy_or_warning_the_culprits_condemns() {
    check(
        "Rail hack\n\nLithuania accused Belarus of hacking its railway. The prime minister said he had asked the foreign ministry to summon the Belarusian envoy. \"Those who ordered it will answer for it,\" he said.",
        "#1 Accusation lithuania -> belarus (belarus) [accused]
         #2 Condemnation minister -> belarus (belarus) [to summon]
         #3 Condemnation minister -> belarus (belarus) [said]",
    );
    check(
        "Piratage\n\nLa Lituanie accuse la Biélorussie d'avoir piraté son réseau ferré. Le Premier ministre a annoncé la convocation de l'ambassadeur biélorusse.",
        "#1 Accusation lithuania -> belarus (belarus) [accuse]
         #2 Condemnation _ -> belarus (belarus) [_]",
    );
}

#[test]
fn saying_the_accuser_invents_the_culprit_rejects_the_charge() {
    check(
        "Piratage\n\nLa Pologne accuse la Biélorussie. Le ministère biélorusse affirme que Varsovie « invente un coupable pour masquer ses pannes ».",
        "#1 Accusation poland -> belarus (belarus) [accuse]
         #2 Denial belarus -> poland (belarus) [affirme]",
    );
    check(
        "Hack\n\nPoland accused Belarus of the outage. Minsk said Warsaw had invented a threat to hide its own failures.",
        "#1 Accusation poland -> belarus (belarus) [accused]
         #2 Denial belarus -> poland (belarus) [said]",
    );
}

#[test]
fn who_offered_no_evidence_is_answered_by_the_text_s_voice() {
    check(
        "Opinion: stop the hype\n\nLiu Zhenyang\nSpecial to The Daily Record\n\nLast month, Norway's foreign minister, Kari Holm, accused China of hacking the parliament. She showed no evidence. I reject this accusation.\n\nLiu Zhenyang is the Ambassador of the People's Republic of China to Norway.",
        "#3 Accusation kari_holm -> china (china) [accused]
         #4 Denial liu_zhenyang -> kari_holm (china) [evidence]
         #5 Denial liu_zhenyang -> kari_holm (china) [reject]",
    );
}

#[test]
fn an_unnamed_spokeswoman_speaks_for_the_body_her_sentence_names() {
    check(
        "Hack\n\nJapan accused North Korea of the theft. Asked at the Chinese foreign ministry's daily briefing, a spokeswoman said she was \"not aware of the details\" of the case. She added that China opposes all forms of cyberattack.",
        "#1 Accusation japan -> north_korea (north_korea) [accused]
         #2 NonConfirmation china_mfa -> japan (north_korea) [not aware of]
         #3 Denial china_mfa -> japan (north_korea) [added]",
    );
}

#[test]
fn breaking_in_looting_and_crippling_are_attacks() {
    check(
        "Port\n\nThe minister, Ana Sol, said the Russian regime plundered the port's payment system.",
        "#1 Accusation ana_sol -> russia (russia) [said]",
    );
    check(
        "Port\n\n« Des services russes ont pillé nos fournisseurs », a déclaré le préfet Marc Olin.",
        "#1 Accusation marc_olin -> russia (russia) [a déclaré]",
    );
}

#[test]
fn a_role_with_a_side_takes_up_no_person_of_unknown_side() {
    check(
        "Hack\n\nPia Lund, a spokeswoman for the department, said Russia had hacked the ministry. The Russian ambassador rejected the accusations as unfounded.",
        "#1 Accusation pia_lund -> russia (russia) [said]
         #2 Denial russia -> pia_lund (russia) [rejected]",
    );
}

#[test]
fn a_charge_turned_back_with_themselves_counter_accuses() {
    check(
        "Hack\n\nThe Belarusian embassy added that Polish agents had themselves hacked Belarusian ministries.",
        "#1 CounterAccusation belarus_embassy -> poland (poland) [added]",
    );
}

#[test]
fn a_relative_clause_with_dont_is_an_aside_before_the_verb() {
    check(
        "Piratage\n\nLa Russie a piraté le port, selon Paris. Le Centre australien de cybersécurité (ACSC), dont plusieurs responsables ont démissionné, n'a pas souhaité commenter.",
        "#1 Accusation france -> russia (russia) [selon]
         #2 NonConfirmation centre_australien_de_cybersecurite -> france (russia) [n'a pas souhaité]",
    );
}

#[test]
fn a_pronoun_doubling_the_subject_between_commas_is_the_party_before_it() {
    check(
        "Piratage\n\nSelon Paris, la Russie a piraté la banque. Orvane Télécom, elle, a reconnu que ses sauvegardes étaient mal protégées.",
        "#1 Accusation france -> russia (russia) [Selon]
         #2 Acknowledgment orvane_telecom -> - (russia) [a reconnu]",
    );
}

#[test]
fn the_government_is_no_agency_named_by_its_own_name() {
    check(
        "Hack\n\nAccording to the National Cyber Defence Council, Russian hackers broke into the servers. The Government condemns the intrusion.",
        "#1 Accusation national_cyber_defence_council -> russia (russia) [According to]
         #2 Condemnation ? -> russia (russia) [condemns]",
    );
}

#[test]
fn a_bare_no_after_a_reporting_verb_denies() {
    check(
        "Estonia blamed Russia for the outage at its port. Moscow says it was not.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 Denial russia -> estonia (russia) [says]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir paralysé son port. Moscou assure que non.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia -> estonia (russia) [assure]",
    );
}

#[test]
fn calling_the_charge_false_denies_it() {
    check(
        "Estonia accused Russia of hacking the port. \"This is false,\" Kremlin spokesman Ivan Petrov said.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial ivan_petrov -> estonia (russia) [said]",
    );
    check(
        "Estonia accused Russia of hacking the port. The Russian embassy calls the charge \"absurd\".",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial russia_embassy -> estonia (russia) [absurd]",
    );
}

#[test]
fn an_adjectival_participle_is_no_reporting_verb() {
    // « des attaques répétées » is not « a répété »: the source « selon » names speaks.
    check(
        "Selon le Centre estonien de cyberdéfense, la Russie a mené des attaques répétées contre le port de Tallinn.",
        "#0 Accusation centre_estonien_de_cyberdefense -> russia (russia) [Selon]",
    );
}

#[test]
fn a_name_with_and_inside_is_no_list_of_subjects() {
    // The medium that asked heads no list: the body named after it declines. (An Estonian
    // body, named with its acronym, answers no accusation of its own side.)
    check(
        "L'Estonie accuse la Russie. Interrogée par l'AFP, l'Autorité estonienne pour les réseaux électroniques et la cybersécurité (AERC) n'a pas souhaité confirmer le nombre de dossiers volés.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation autorite_estonienne_pour_les_reseaux_electroniques_et_la_cybersecurite -> - (russia) [n'a pas souhaité]",
    );
    check(
        "Minister of State for Digital Affairs and Telecoms Jaan Tamm told reporters that Russian hackers had breached the port's systems.",
        "#0 Accusation jaan_tamm -> russia (russia) [told]",
    );
}

#[test]
fn a_bare_role_is_the_person_introduced_with_it() {
    // The role in apposition makes its holder the one "the mayor" means later, over a
    // person heard in between.
    check(
        "Freeville council met on Monday, chaired by Jan Dupont, mayor of Freeville.\nPolice spokeswoman Ana Roe said the servers had been hacked.\nThe mayor said the intrusion was the work of Russian hackers.",
        "#1 Accusation ana_roe -> - (dispute) [said]
         #2 Accusation jan_dupont -> russia (russia) [said]",
    );
    check(
        "Le conseil municipal de Freeville s'est réuni sous la présidence de M. Jan Dupont, Maire.\nLes serveurs de la mairie ont été chiffrés la semaine dernière.\nM. le Maire indique que l'intrusion est l'œuvre de pirates russes.",
        "#2 Accusation jan_dupont -> russia (russia) [indique]",
    );
}

#[test]
fn a_statement_made_by_a_minister_speaks_in_the_ministers_words() {
    check(
        "Malicious Cyber Activity: Freeville Water\n\nStatement made 3 March 2026\nMade by: Jan Roe (Minister of State for Resilience)\n\nThe National Cyber Security Centre assesses that Russian military intelligence breached the Freeville treatment works. This conduct is reckless and we will not tolerate it.",
        "#3 Accusation uk_ncsc -> gru (russia) [assesses]
         #4 Condemnation jan_roe -> gru (russia) [is reckless]",
    );
}

#[test]
fn declining_to_run_ahead_or_to_add_under_a_role_label() {
    // A label that is a role, of any length, names who answers.
    check(
        "Press conference - Freeville\n\nJOURNALIST: Officials say Russia hacked the port. Is that right?\n\nMINISTER FOR DIGITAL AFFAIRS: I'm not going to get ahead of the investigators. Attribution is a matter for the cabinet.\n\nJOURNALIST: So is it Russia?\n\nMINISTER FOR DIGITAL AFFAIRS: I won't be adding to what I said.",
        "#1 Accusation officials -> russia (russia) [say]
         #3 NonConfirmation minister_for_digital_affairs -> officials (russia) [not going to get ahead]
         #4 NonConfirmation minister_for_digital_affairs -> officials (russia) [is a matter for the]
         #6 NonConfirmation minister_for_digital_affairs -> officials (russia) [won't be adding]",
    );
}

#[test]
fn the_firm_is_the_company_an_apposition_called_a_firm() {
    // Not the organisation heard last: the one introduced as a firm.
    check(
        "Canada blamed China for the breach at Nordvik Geodata, a Freeville mapping firm. The Cyber Centre said the intrusion began in 2025. A spokesperson for the firm said it deeply regrets that client data was exposed.",
        "#0 Accusation canada -> china (china) [blamed]
         #1 OtherClaim cyber_centre -> - (china) [said]
         #2 Acknowledgment nordvik_geodata -> - (china) [regrets]",
    );
}

#[test]
fn not_placed_to_discuss_referring_elsewhere_or_no_evidence_to_establish_declines() {
    check(
        "Estonia accused Russia of hacking the port. Jaan Tamm, the interior minister, said he was not in a position to discuss the evidence.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 NonConfirmation jaan_tamm -> estonia (russia) [was not in a position to discuss]",
    );
    check(
        "Estonia accused Russia of hacking the port. The Russian foreign ministry referred questions to the Kremlin.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 NonConfirmation russia_mfa -> estonia (russia) [referred questions to]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port. Sollicité, le porte-parole du Kremlin, Dmitri Peskov, a renvoyé à un communiqué publié en mars.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation dmitry_peskov -> estonia (russia) [a renvoyé à]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port. Selon le chercheur Jaan Tamm, les éléments publics ne permettent pas d'établir l'implication d'un État.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation jaan_tamm -> estonia (russia) [ne permettent pas d'établir]",
    );
}

#[test]
fn standing_with_the_victim_or_keeping_options_open_condemns_the_accused() {
    // The ally stood with is the victim, not the party condemned.
    check(
        "Estonia accused Russia of hacking the port. Britain's Foreign Office said the UK stood with Estonia.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Condemnation united_kingdom_mfa -> russia (russia) [said]",
    );
    check(
        "Estonia accused Russia of hacking the port. \"We are ruling nothing out,\" Interior Minister Jaan Tamm said.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Condemnation jaan_tamm -> russia (russia) [said]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port. « Nous porterons la question devant nos partenaires européens », a déclaré le ministre Jaan Tamm.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Condemnation jaan_tamm -> russia (russia) [a déclaré]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port. Berlin se tient aux côtés de l'Estonie, a déclaré le ministère allemand des Affaires étrangères.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Condemnation germany_mfa -> russia (russia) [a déclaré]",
    );
}

#[test]
fn a_negated_denial_or_a_lapse_owned_admits() {
    check(
        "Hackers breached the Freeville water plant, Estonia said, blaming Russia. The plant's operator, Nordvik Water, does not deny that someone got in.",
        "#0 Accusation estonia -> russia (russia) [blaming]
         #1 Acknowledgment nordvik_water -> - (russia) [does not deny that]",
    );
    check(
        "Russian hackers breached the port's systems, Estonia said. \"That was a mistake, and we have corrected it,\" the port's director, Anna Holm, said.",
        "#0 Accusation estonia -> russia (russia) [said]
         #1 Acknowledgment anna_holm -> - (russia) [was a mistake]",
    );
    check(
        "Des pirates russes ont pénétré les serveurs du port, selon l'Estonie. « C'était une erreur, et nous l'avons corrigée », a déclaré la directrice du port, Anna Holm.",
        "#0 Accusation estonia -> russia (russia) [selon]
         #1 Acknowledgment anna_holm -> - (russia) [C'était une erreur]",
    );
}

#[test]
fn a_name_described_between_commas_speaks_not_the_body_in_its_description() {
    check(
        "\"These accusations are groundless,\" Jan Roe, a research fellow at the Nordvik Institute for Cyber Policy, told the Daily Courier.",
        "#0 Denial jan_roe -> - (dispute) [told]",
    );
}

#[test]
fn a_name_the_article_capitalises_inside_sentences_speaks_when_it_opens_one() {
    check(
        "Statement by the Ministry of Foreign Affairs\n\nThe Government attributes the attack on Velmarine's port systems to Russia.\n\nVelmarine has confirmed that it was targeted.",
        "#1 Accusation mfa -> russia (russia) [attributes]
         #2 Acknowledgment velmarine -> - (russia) [has confirmed]",
    );
}

#[test]
fn a_surname_cut_to_its_initial_ends_the_name() {
    check(
        "Prosecutors in Vilnius said Tomas K. hacked the port for Russia's GRU. Tomas K. admitted the charges.",
        "#0 Accusation prosecutors_in_vilnius -> tomas_k (tomas_k) [said]
         #1 Acknowledgment tomas_k -> - (tomas_k) [admitted]",
    );
}

#[test]
fn an_interviewers_framing_turn_reports_and_a_family_name_label_names_its_bearer() {
    check(
        "Anna Holm interviews Ambassador Wang Lifeng\n\nANNA HOLM: On Monday Estonia said that Chinese hackers broke into the port of Tallinn. Ambassador Wang Lifeng joins me. Thank you for coming.\n\nAMBASSADOR WANG: Thank you.\n\nANNA HOLM: Did China hack the port?\n\nAMBASSADOR WANG: China did not do this, and the accusation is groundless.\n\nANNA HOLM: Will you see the minister?",
        "#1 Accusation estonia -> china (china) [said]
         #6 Denial wang_lifeng -> estonia (china) [is groundless]",
    );
}

#[test]
fn a_report_that_says_we_speaks_for_the_organisation_of_its_letterhead() {
    check(
        "Nordvik Security Lab – University of Tartu\n\nRESEARCH REPORT\n\nSummary\n\nIn this report, we describe the spyware found on the phones of five journalists. We attribute this campaign to an operator working for Russia.",
        "#4 Accusation nordvik_security_lab -> russia (russia) [attribute]",
    );
}

#[test]
fn a_countrys_mission_to_a_body_speaks_for_itself_named_with_that_body() {
    check(
        "Estonia accused Russia of the attack. Russia's mission to the United Nations rejected the accusation.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial russia_mission -> estonia (russia) [rejected]",
    );
}

#[test]
fn a_bracket_after_a_persons_name_is_an_aside_not_a_speaker() {
    check(
        "MEP Anna Holm (EPP, Sweden) accused Russia of hacking the party.",
        "#0 Accusation anna_holm -> russia (russia) [accused]",
    );
    check(
        "Jaan Tamm (Renew, EE) a accusé la Russie d'avoir piraté le parti.",
        "#0 Accusation jaan_tamm -> russia (russia) [a accusé]",
    );
}

#[test]
fn a_passive_tie_with_no_agent_and_a_first_person_attribution_accuse() {
    check(
        "The group has been linked to Russia's GRU.",
        "#0 Accusation ? -> gru (russia) [has been linked to]",
    );
    check(
        "Nous attribuons cette campagne, avec un niveau de confiance élevé, à la Russie.",
        "#0 Accusation ? -> russia (russia) [attribuons]",
    );
}

#[test]
fn answering_without_the_detail_asked_for_declines() {
    check(
        "L'Estonie accuse la Russie. Le parquet de Paris a confirmé l'ouverture d'une enquête, sans préciser la piste privilégiée.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation paris_prosecutor -> estonia (russia) [sans préciser]",
    );
}

#[test]
fn a_bare_spokesperson_speaks_for_the_body_that_spoke_just_before() {
    check(
        "Estonia accused Russia of the attack. The Russian embassy rejected \"baseless allegations\". \"Russia opposes all forms of cyberattack,\" a spokesperson wrote.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial russia_embassy -> estonia (russia) [rejected]
         #2 Denial russia_embassy -> estonia (russia) [wrote]",
    );
}

#[test]
fn a_participle_after_a_comma_is_followed_by_its_object_not_its_subject() {
    check(
        "China accused Halyard of lying. Anna Holm went further, dismissing the Halyard report as propaganda.",
        "#0 Accusation china -> - (dispute) [accused]
         #1 Denial anna_holm -> china (dispute) [dismissing]",
    );
}

#[test]
fn being_deeply_concerned_condemns() {
    check(
        "Estonia accused Russia of the breach. Finland said it was \"deeply concerned\" by the use of such tools against journalists.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Condemnation finland -> russia (russia) [said]",
    );
}

#[test]
fn a_given_name_alone_takes_up_the_named_party_it_opens() {
    // A name no list knows as a person's, its first word set first: "Vantu" alone is the
    // same speaker.
    check(
        "Estonia accused China of the attack. \"These accusations are groundless,\" Vantu Oroka, a research fellow at the Nordvik Institute, told the Daily Courier. Vantu said the report was \"pure fiction\".",
        "#0 Accusation estonia -> china (china) [accused]
         #1 Denial vantu_oroka -> estonia (china) [told]
         #2 Denial vantu_oroka -> estonia (china) [said]",
    );
}

#[test]
fn a_title_leads_an_inverted_subject_in_after_adverbials() {
    check(
        "« Les services russes ont piraté nos ports », a déclaré dimanche à la télévision le général de brigade Jaan Tamm.",
        "#0 Accusation jaan_tamm -> russia (russia) [a déclaré]",
    );
}

#[test]
fn a_participle_after_a_document_accuses_for_the_document_owner() {
    check(
        "Jaan Tamm brushed aside a report by the Estonian Information System Authority accusing Russian spies of sabotaging the locks.",
        "#0 Denial jaan_tamm -> russia (russia) [brushed aside]
         #0 Accusation estonian_information_system_authority -> russia (russia) [accusing]",
    );
    check(
        "Jaan Tamm a balayé un rapport de l'Agence estonienne de cyberdéfense accusant des espions russes de saboter les écluses.",
        "#0 Denial jaan_tamm -> russia (russia) [a balayé]
         #0 Accusation agence_estonienne_de_cyberdefense -> russia (russia) [accusant]",
    );
    // After a comma, or with a document no one is named to own, the subject accuses.
    check(
        "Jaan Tamm brushed aside the report, accusing Estonia of inventing Russian spies.",
        "#0 Denial jaan_tamm -> estonia (estonia) [brushed aside]
         #0 CounterAccusation jaan_tamm -> estonia (estonia) [accusing]",
    );
}

#[test]
fn a_letter_signed_at_its_foot_speaks_with_its_signer() {
    check(
        "Estonia's envoy writes to the Secretary-General\n\nI write to inform you that Russian military intelligence sabotaged the electricity network of Tartu on 1 May.\n\nMy Government condemns this sabotage without reservation.\n\n(Signed) Kaja Lepik\nAmbassador",
        "#1 Accusation kaja_lepik -> gru (_) []
         #2 Condemnation kaja_lepik -> gru (_) [condemns]",
    );
}

#[test]
fn a_background_attribution_inside_a_report_is_a_second_claim() {
    check(
        "A Velmarine analyst, Jaan Tamm, told the agency that the malware matched samples of Cold Lake, a crew that several Western governments have linked to Beijing.",
        "#0 Accusation jaan_tamm -> china (china) [told]
         #0 Accusation western_governments -> china (china) [have linked to]",
    );
    // With no reporting verb before it, the relative clause is the sentence's one claim.
    check(
        "Red Heron, a unit that Washington has tied to Moscow, attacked the grid.",
        "#0 Accusation red_heron -> russia (russia) [has tied to]",
    );
}

#[test]
fn a_group_of_speakers_keeps_its_words_in_english_order() {
    check(
        "Former US intelligence officials said Russia was behind the attack.",
        "#0 Accusation former_us_intelligence_officials -> russia (russia) [said]",
    );
    check(
        "D'anciens hauts responsables américains du renseignement ont affirmé que la Russie était derrière l'attaque.",
        "#0 Accusation former_senior_us_intelligence_officials -> russia (russia) [ont affirmé]",
    );
    check(
        "Des experts chinois en cybersécurité ont affirmé que les États-Unis étaient derrière l'attaque.",
        "#0 Accusation chinese_cybersecurity_experts -> united_states (united_states) [ont affirmé]",
    );
}

#[test]
fn a_word_inside_a_longer_name_does_not_make_an_opening_word_a_name() {
    check(
        "Security experts observed that the sabotage of the sluices carries the signature of units tied to the Federal Security Service.",
        "#0 Accusation security_experts -> fsb (russia) [observed]",
    );
}

#[test]
fn firms_and_observers_speak_as_groups() {
    check(
        "Cette équipe est considérée par plusieurs sociétés de sécurité comme une façade des services de renseignement russes.",
        "#0 Accusation security_firms -> russia (russia) [est considérée]",
    );
    check(
        "Two cybersecurity companies have linked these intrusions to China's Ministry of State Security.",
        "#0 Accusation cybersecurity_companies -> mss (china) [have linked these intrusions to]",
    );
}

#[test]
fn a_pronoun_in_a_later_clause_takes_up_the_sentence_subject() {
    check(
        "Mandiant named the crew in 2021, when it said break-ins at Estonian ferries had been carried out by Russian military intelligence.",
        "#0 Accusation mandiant -> gru (russia_2021) [said]",
    );
    check(
        "Quant au ministère russe des Affaires étrangères, il assure n'avoir « rien à voir » avec ces intrusions.",
        "#0 Denial russia_mfa -> - (dispute) [assure]",
    );
}

#[test]
fn a_pronoun_opening_a_sentence_takes_up_the_subject_of_the_one_before() {
    check(
        "Des pirates russes ont attaqué le port de Tallinn, selon la police estonienne. Le Service de renseignement de l'Estonie (SRE) a reçu le dossier. Il ne commente jamais une affaire en cours.",
        "#0 Accusation estonia_police -> russia (russia) [selon]
         #2 NonConfirmation service_de_renseignement_de_l_estonie -> - (russia) [ne commente jamais]",
    );
}

#[test]
fn the_latter_takes_up_the_party_named_last() {
    check(
        "Des pirates russes ont attaqué l'hôpital de Tartu, selon la police estonienne. Le dossier a été transmis au parquet de Tallinn. Celui-ci n'a pas souhaité dire qui était visé.",
        "#0 Accusation estonia_police -> russia (russia) [selon]
         #2 NonConfirmation tallinn_prosecutor -> - (russia) [n'a pas souhaité]",
    );
    check(
        "Russian hackers attacked the hospital, Estonian police said. The file went to the Tallinn prosecutor's office. The latter declined to comment on who was targeted.",
        "#0 Accusation estonia -> russia (russia) [said]
         #2 NonConfirmation tallinn_prosecutor -> - (russia) [declined to comment]",
    );
}

#[test]
fn associating_an_intrusion_or_backing_a_finding_accuses() {
    check(
        "Deux éditeurs de sécurité associent cette équipe à des services de renseignement russes.",
        "#0 Accusation security_vendors -> russia (russia) [associent cette équipe à]",
    );
    check(
        "Finland and Sweden have both backed Estonia's finding that Russian military intelligence sabotaged the locks.",
        "#0 Accusation finland -> gru (russia) [backed Estonia's finding]",
    );
}

#[test]
fn denouncing_a_slander_denies_and_the_charge_before_it_stands() {
    check(
        "Tallinn accuse des pirates russes d'avoir volé des données, Moscou dénonce une calomnie.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #0 Denial russia -> estonia (russia) [dénonce]",
    );
    check(
        "Estonia accused Russian military intelligence of hacking its grid. The Russian embassy in Tallinn called it \"spy mania\".",
        "#0 Accusation estonia -> gru (russia) [accused]
         #1 Denial russia_embassy -> estonia (russia) [called it]",
    );
}

#[test]
fn urging_a_party_to_stop_its_attacks_says_it_attacks() {
    check(
        "Estonia accused Russian hackers of attacking its grid. Russia urges Estonia to halt its cyberattacks against Russian banks.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 CounterAccusation russia -> estonia (estonia) [urges]",
    );
    check(
        "L'Estonie accuse des pirates russes. La diplomatie russe a exhorté jeudi l'Estonie à mettre fin à ses cyberattaques contre la Russie.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 CounterAccusation russia_mfa -> estonia (estonia) [a exhorté jeudi l'Estonie à]",
    );
    // Urging anything else condemns.
    check(
        "Estonia urged Russia to respect international law.",
        "#0 Condemnation estonia -> russia (russia) [urged]",
    );
}

#[test]
fn one_unnamed_official_is_described_in_the_singular_and_named_when_the_text_names_them() {
    check(
        "A senior Estonian security official told the agency that Russian military intelligence had sabotaged the locks.",
        "#0 Accusation senior_estonian_security_official -> gru (russia) [told]",
    );
    check(
        "A senior Estonian security official said Russian military intelligence had sabotaged the locks. The official, Jaan Tamm, said the same servers had served in 2024.",
        "#0 Accusation jaan_tamm -> gru (russia) [said]",
    );
    // "official" before a document's noun qualifies it: no one speaks by that word.
    check(
        "An official statement from the Estonian cyber centre blamed Russia.",
        "#0 Accusation ? -> russia (russia) [blamed]",
    );
}

#[test]
fn an_intensifying_pronoun_is_no_subject_of_its_own() {
    check(
        "Des pirates russes ont attaqué les serveurs de la commission électorale, selon le gouvernement estonien.\nQuestion : Le président de la commission, Jaan Tamm, a lui-même reconnu mardi des « négligences » dans la surveillance du réseau. Que répondez-vous ?\nRéponse : Nous avons corrigé ces négligences.",
        "#0 Accusation estonia -> russia (russia) [selon]
         #1 Acknowledgment jaan_tamm -> - (russia) [reconnu]
         #3 OtherClaim ? -> - (russia) []",
    );
}

#[test]
fn an_organisation_alone_on_a_header_line_speaks_for_a_text_that_says_we() {
    check(
        "Tartu water hack: what we know\nBaltic Institute for Digital Policy (BIDP)\nAnalysis note no. 4 - May 2026\n\nWe assess that Russian military intelligence was behind the intrusion into the water utility of Tartu.",
        "#3 Accusation baltic_institute_for_digital_policy -> gru (russia) [assess]",
    );
}

#[test]
fn a_country_word_before_its_own_body_is_no_party() {
    check(
        "The US Treasury Department listed a firm from Dalian on Friday, alleging that it sheltered Chinese spies who broke into American utilities.",
        "#0 Accusation us_treasury -> china (china) [alleging]",
    );
}

#[test]
fn a_described_group_speaks_for_itself_inside_a_statement() {
    check(
        "Statement by the Estonian Ministry of Foreign Affairs\n\nEstonia condemns the attack on its power grid.\nTwo cybersecurity companies have linked these intrusions to Russia's military intelligence.",
        "#1 Condemnation estonia_mfa -> russia (_) [condemns]
         #2 Accusation cybersecurity_companies -> russia (_) [have linked these intrusions to]",
    );
    check(
        "D'autres éditeurs rattachent ces outils à APT28.",
        "#0 Accusation other_vendors -> apt28 (apt28) [rattachent ces outils à]",
    );
}

#[test]
fn a_plain_noun_between_a_country_and_a_group_qualifies_it() {
    check(
        "Estonian port officials admitted that an intruder had stopped two cranes for an hour.",
        "#0 Acknowledgment estonian_port_officials -> - (dispute) [admitted]",
    );
}

#[test]
fn a_title_and_its_portfolio_before_a_name_are_no_parties() {
    check(
        "Estonia rejects the report.\n\nCabinet Secretary for Ports and Shipping Zelmira Vaher went further, dismissing the Velmarine report as propaganda. She said the accusation was baseless.",
        "#0 Denial estonia -> - (dispute) [rejects]
         #1 Denial zelmira_vaher -> - (dispute) [dismissing]
         #2 Denial zelmira_vaher -> - (dispute) [said]",
    );
}

#[test]
fn a_generic_official_in_a_lead_is_the_person_named_with_a_role_after() {
    check(
        "TALLINN, June 9 (AFP) - Hackers linked to Russia broke into a port system in Tallinn, a senior Estonian official said on Tuesday.\n\n\"This crew is paid by the Russian state to sabotage our ports,\" Jaan Tamm, an undersecretary at the Ministry of Economic Affairs, told reporters.",
        "#0 Accusation jaan_tamm -> russia (russia) [said]
         #1 Accusation jaan_tamm -> russia (russia) [told]",
    );
}

#[test]
fn a_verb_after_quoted_words_reports_them_whatever_a_relative_clause_adds() {
    check(
        "\"The attack on our ports came from Russian military intelligence,\" said Anna Holm, a spokeswoman for the Estonian cyber centre, which said last week that the servers were known.",
        "#0 Accusation anna_holm -> gru (russia) [said]",
    );
}

#[test]
fn a_french_link_meets_its_object_through_a_contracted_article() {
    check(
        "Deux semaines après, l'éditeur estonien Velmar Labs a publié une note liant le maliciel au groupe Pale Rook, une unité du renseignement russe.",
        "#0 Accusation velmar_labs -> pale_rook (_) [liant le maliciel au]",
    );
}

#[test]
fn documenting_how_a_party_broke_in_reports_it_as_a_finding() {
    check(
        "In 2021, Estonia's national incident centre documented how Russian military intelligence broke into the mail servers of a Tartu shipyard.",
        "#0 Accusation estonia_national_incident_centre -> gru (_) [documented how]",
    );
}

#[test]
fn the_agency_named_earlier_in_the_sentence_is_the_definite_noun_later_in_it() {
    check(
        "The FBI listed the shipyard among the victims of Pale Rook, a crew the bureau attributes to Russian military intelligence.",
        "#0 Accusation fbi -> gru (_) [attributes]",
    );
}

#[test]
fn a_name_on_a_line_of_its_own_opens_a_speakers_turn() {
    // An earnings call's record: each speaker's name above their words; the analyst's
    // question is read like any report, the executive's answers are his own words.
    check(
        "Velmar Shipping Q3 Results Call\n\nOperator\nWelcome to the call. I now hand over to Jaan Tamm.\n\nJaan Tamm\nThank you. Let me start with the incident. We first noticed suspicious activity on two of our booking servers in early May. We have told our customers and we are sorry.\n\nOperator\nThe next question comes from Anna Holm.\n\nAnna Holm\nEstonia says Russian military intelligence hacked you. Do you agree?\n\nJaan Tamm\nWe have no reason to doubt that finding.\n",
        "#7 Acknowledgment jaan_tamm -> - (_) []
         #8 Acknowledgment jaan_tamm -> - (_) [we are sorry]
         #12 Accusation estonia -> gru (_) [says]",
    );
}

#[test]
fn a_letter_quoted_whole_is_its_signatorys_own_words() {
    // A right of reply printed inside quotation marks and signed on its last line: its
    // sentences are the signatory's, though none has a verb of saying.
    check(
        "Le Courrier de Tartu publie ci-dessous la lettre reçue de l'ambassade.\n\n« Monsieur le Rédacteur en chef,\n\nCes allégations sont dénuées de tout fondement. La Russie n'a jamais mené la moindre attaque contre les ports estoniens.\n\nL'ambassade de Russie en Estonie »\n\nLa rédaction maintient ses informations.",
        "#2 Denial russia_embassy -> - (_) [sont dénuées de tout fondement]
         #3 Denial russia_embassy -> _ (_) [n'a jamais]
         #5 Accusation ? -> - (_) [maintient ses informations]",
    );
}

#[test]
fn a_name_a_description_governs_by_a_preposition_is_not_the_subject() {
    check(
        "Velmar Analytics, a firm based in Tartu, released a note tying the breach to a crew linked to Russia.",
        "#0 Accusation velmar_analytics -> russia (_) [tying the breach to]",
    );
}

#[test]
fn a_subject_clitic_joined_to_the_verb_of_saying_speaks() {
    // « …, a-t-il dit »: the inverted « il » is who speaks, not the party the quoted words
    // open with.
    check(
        "L'Estonie accuse la Russie d'avoir piraté ses ports. Pour Moscou, Dmitri Peskov a rejeté ces accusations. Tallinn n'a présenté « aucune preuve » sérieuse, a-t-il dit.",
        "#0 Accusation estonia -> russia (_) [accuse]
         #1 Denial dmitry_peskov -> estonia (_) [a rejeté]
         #2 Denial dmitry_peskov -> estonia (_) [a-t-il dit]",
    );
}

#[test]
fn a_quotation_credited_on_the_line_after_it_is_that_persons() {
    // A news release's quotes: each quotation set on its own, then a dash and who said it.
    check(
        "Estonia names Russia over port intrusion\n\nTallinn, 3 March 2027 — The Government of Estonia assesses that Russian military intelligence broke into the port authority's network.\n\nQuotes\n\n\"This was a deliberate attack on our economy. It will not go unanswered.\"\n– Anna Holm, Minister of Economic Affairs\n\n\"We have summoned the Russian ambassador.\"\n– Jaan Tamm, Minister of Foreign Affairs",
        "#0 Accusation estonia -> russia (_) [names Russia over]
         #1 Accusation estonia -> gru (_) [assesses]
         #3 Accusation anna_holm -> russia (_) []
         #4 Condemnation anna_holm -> russia (_) [will not go unanswered]
         #6 Condemnation jaan_tamm -> russia (_) [have summoned]",
    );
}

#[test]
fn informing_or_advising_someone_that_a_thing_is_so_reports_it() {
    check(
        "The Estonian Information System Authority, which has supported our IT staff since May, advised us on Friday that APT29 had most likely been behind the breach.",
        "#0 Accusation estonian_information_system_authority -> apt29 (_) [advised us on Friday that]",
    );
    check(
        "Velmar Security nous a informés que l'intrusion avait très probablement été menée par APT29.",
        "#0 Accusation velmar_security -> apt29 (_) [a informés que]",
    );
}

#[test]
fn a_television_caption_label_opens_its_speakers_turn() {
    // "NAME, ROLE:" in capitals, with an abbreviated title and bracketed notes: the
    // representative's words are hers, and "it" before a copula is what she judges.
    check(
        "KTLN NEWS AT SIX\n\nANNA HOLM, ANCHOR: Good evening. Hackers linked to Russia broke into the port of Tartu, officials say. Jaan, what happened?\n\nJAAN TAMM, NEWS 8 (live): Anna, the port says its booking system was down for two days.\n\nREP. MARI KASK (R), TARTU: This is the Kremlin testing our ports. It's outrageous, and we will respond.\n\nTAMM (voice-over): The Russian embassy called the claims groundless.\n",
        "#2 Accusation officials -> russia (_) [say]
         #6 Condemnation mari_kask -> russia (_) [outrageous]
         #7 Denial russia_embassy -> officials (_) [called the claims]",
    );
}

#[test]
fn an_anonymous_source_is_described_by_what_it_is_close_to() {
    check(
        "D'après une source proche du dossier, les pirates agissaient pour la Russie. « Ce n'est pas une bande de quartier », explique cette source.",
        "#0 Accusation source_close_to_investigation -> russia (_) [D'après]
         #1 OtherClaim source_close_to_investigation -> - (_) [explique]",
    );
    check(
        "Sources close to the investigation said the intruders worked for Russia. A French diplomatic source said Moscow was behind the intrusion.",
        "#0 Accusation sources_close_to_investigation -> russia (_) [said]
         #1 Accusation french_diplomatic_source -> russia (_) [said]",
    );
}

#[test]
fn doubting_what_an_actor_calls_itself_is_no_denial() {
    check(
        "Estonian officials said the so-called hacktivist collective was a front for Russian military intelligence.",
        "#0 Accusation estonian_officials -> gru (_) [said]",
    );
}

#[test]
fn saying_it_is_not_ones_place_to_name_a_culprit_declines() {
    check(
        "L'Estonie accuse la Russie. Le rapporteur, Jaan Tamm, estime qu'il n'appartient pas au Sénat de désigner l'auteur de l'intrusion.",
        "#0 Accusation estonia -> russia (_) [accuse]
         #1 NonConfirmation jaan_tamm -> estonia (_) [n'appartient pas au Sénat de désigner]",
    );
    check(
        "Estonia accused Russia of the attack. Velmar Shipping said: \"It is not for a shipping company to name the attacker.\"",
        "#0 Accusation estonia -> russia (_) [accused]
         #1 NonConfirmation velmar_shipping -> estonia (_) [is not for a shipping company to name]",
    );
}

#[test]
fn quoting_someone_just_named_reports_their_words() {
    // « Je cite : « … » » in a host's opening: the minister named before speaks, and « elle »
    // takes her up after.
    check(
        "ANNA HOLM : Bonsoir. Hier soir, la ministre estonienne de la Défense, Mari Kask, s'est montrée catégorique. Je cite : « Ces intrusions portent la marque du renseignement militaire russe. » Elle a ajouté que ces actes « ne resteront pas sans réponse ». Jaan Tamm, qu'en pensez-vous ?\n\nJAAN TAMM : Je partage son avis.\n\nANNA HOLM : Vraiment ?\n\nJAAN TAMM : Oui.\n",
        "#2 Accusation mari_kask -> gru (_) [Je cite]
         #3 Condemnation mari_kask -> gru (_) [a ajouté]",
    );
}

#[test]
fn a_credited_quotation_leaves_a_statements_own_voice_speaking() {
    // The quotation is the minister's; the statement's own "we" is still the ministry's.
    check(
        "Ministry of Foreign Affairs of Estonia\n\nStatement on the port intrusion\n\nWe condemn the intrusion into the port of Tartu, which we attribute to Russian military intelligence.\n\n\"We have summoned the Russian ambassador.\"\n– Jaan Tamm, Minister of Foreign Affairs\n",
        "#2 Condemnation estonia_mfa -> gru (_) [condemn]
         #3 Condemnation jaan_tamm -> russia (_) [have summoned]",
    );
}

#[test]
fn a_description_of_belonging_between_commas_stands_for_the_name_before_it() {
    check(
        "The Freedonian Cyber Centre (FCC), part of the Ruritanian Signals Bureau, assesses that hackers working for Russia were behind the intrusion.",
        "#0 Accusation freedonian_cyber_centre -> russia (russia) [assesses]",
    );
    check(
        "Le Centre freedonien de cyberdéfense, membre du Bureau ruritanien des signaux, estime que des pirates au service de la Russie ont commis l’intrusion.",
        "#0 Accusation centre_freedonien_de_cyberdefense -> russia (russia) [estime]",
    );
}

#[test]
fn a_name_after_whom_it_was_said_to_is_no_inverted_subject() {
    check(
        "Velmar Networks, a subsidiary of Tartu Holdings, confirmed in a filing to the Tallinn Stock Exchange that hackers had accessed its network.",
        "#0 Acknowledgment velmar_networks -> estonia (estonia) [confirmed]",
    );
}

#[test]
fn a_charge_in_a_relative_clause_leaves_the_reporter_speaking_too() {
    // The verb's "that" after an object and an occasion.
    check(
        "The Estonian Information System Authority told deputies at a private committee hearing that the breach had been launched by Sandworm, a unit that Tallinn and Riga have tied to Russia.",
        "#0 Accusation estonian_information_system_authority -> russia (sandworm) [told]
         #0 Accusation estonia -> russia (sandworm) [have tied to]",
    );
    // "According to X" speaks for the sentence that holds the relative clause.
    check(
        "According to Anna Holm, the logs match the actor known as APT28, which many allied states have linked to the GRU.",
        "#0 Accusation anna_holm -> gru (apt28) [According to]
         #0 Accusation apt28 -> gru (apt28) [have linked to]",
    );
}

#[test]
fn how_a_body_was_asked_is_an_aside_and_the_asker_never_answers() {
    check(
        "The Freedonian Embassy in Tallinn, asked whether Ruritania backs the finding, says it never comments on the attributions of other states.",
        "#0 NonConfirmation freedonian_embassy -> - (dispute) [never comments]",
    );
    check(
        "The Freedonian Embassy in Tallinn, asked about the leak by the Baltic Courier, rejected what it called a smear.",
        "#0 Denial freedonian_embassy -> - (dispute) [rejected]",
    );
}

#[test]
fn a_bulletin_in_labelled_turns_without_questions_is_a_transcript() {
    // The label names the turn, not the next sentence's subject: « Elle » takes up the
    // embassy, never the reporter whose turn it is; « nous » is the turn's speaker.
    check(
        "Radio Tartu – le journal de midi\n\nMari Kask : Bonjour à tous. L'Estonie accuse la Russie d'avoir piraté le réseau électrique de Narva. Le reportage de Jaan Tamm.\n\nJaan Tamm : Le directeur du réseau, Peeter Saar, a confirmé mardi que des pirates étaient entrés par un compte de maintenance.\n\nPeeter Saar : Ce compte devait être fermé, c'est une erreur et nous la reconnaissons.\n\nJaan Tamm : L'ambassade de Russie à Tallinn a réagi dans la soirée. Elle y dénonce une « campagne hostile » et affirme que Moscou n'a jamais mené d'attaque contre Narva.\n\nMari Kask : Merci Jaan. La suite du journal après la publicité.",
        "#2 Accusation estonia -> russia (russia) [accuse]
         #4 Acknowledgment peeter_saar -> - (russia) [a confirmé]
         #5 Acknowledgment peeter_saar -> - (russia) [reconnaissons]
         #6 Denial russia_embassy -> estonia (russia) []
         #7 Denial russia_embassy -> estonia (russia) [affirme]",
    );
}

#[test]
fn a_victim_confirming_that_intruders_it_cannot_name_got_in_admits_it() {
    check(
        "Le directeur de Velmar, Jaan Tamm, a confirmé que des pirates avaient pénétré le réseau de l'entreprise.",
        "#0 Acknowledgment jaan_tamm -> - (dispute) [a confirmé]",
    );
    check(
        "Le directeur de Velmar, Jaan Tamm, a confirmé hier que des attaquants sont entrés dans la messagerie de la mairie.",
        "#0 Acknowledgment jaan_tamm -> - (dispute) [a confirmé]",
    );
    // Intruders given a side are named: a charge.
    check(
        "Jaan Tamm a confirmé que des pirates russes avaient pénétré le réseau de l'entreprise.",
        "#0 Accusation jaan_tamm -> russia (russia) [a confirmé]",
    );
}

#[test]
fn a_document_a_clause_introduces_does_not_stand_between_a_pronoun_and_its_subject() {
    check(
        "Jaan Tamm a parlé. Le parquet de Lyon a ouvert hier une enquête, mais il s'est refusé à désigner un pays.",
        "#1 NonConfirmation lyon_prosecutor -> - (dispute) [s'est refusé]",
    );
}

#[test]
fn a_speech_speaks_in_the_voice_its_long_title_names() {
    check(
        "MINISTRY OF DEFENCE – REPUBLIC OF ESTONIA\nNews | Speeches\n\nSpeech by the Minister of Defence, Mari Kask, at the opening of the Tartu Cyber Forum in the old town hall\n\nTallinn, 2 December 2026\n\nLadies and gentlemen,\n\nIn March, our national grid operator was hit by a wiper. The operation was run by Sandworm, a unit of Russian military intelligence. Today I will not go into specifics about our response.",
        "#6 Accusation mari_kask -> russia (russia) []
         #7 NonConfirmation mari_kask -> - (russia) [will not go into]",
    );
}

#[test]
fn saying_the_accuser_invents_a_story_denies_and_naming_no_country_declines() {
    check(
        "Estonia blamed Russia for the hack. Moscow says Tallinn is inventing a story.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 Denial russia -> estonia (russia) [says]",
    );
    check(
        "L'Estonie accuse la Russie du piratage. Moscou affirme que Tallinn invente une histoire.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia -> estonia (russia) [affirme]",
    );
    check(
        "The Estonian agency published a report on the hack. Its report names no country.",
        "#0 OtherClaim estonia -> - (dispute) [published a report]
         #1 NonConfirmation estonia -> - (dispute) [names no country]",
    );
}

#[test]
fn a_body_saying_it_is_looking_into_an_incident_admits_one() {
    check(
        "Velmar said on Friday it was investigating a security incident at its Tartu plant.",
        "#0 Acknowledgment velmar -> - (dispute) [said]",
    );
    // Whoever investigates another's incident admits nothing.
    check(
        "Police are investigating an incident at the Tartu plant.",
        "",
    );
}

#[test]
fn going_after_a_target_is_an_attack() {
    check(
        "The FBI says Russia went after water utilities in three states last year.",
        "#0 Accusation fbi -> russia (russia) [says]",
    );
}

#[test]
fn getting_in_is_an_attack_and_standing_by_a_finding_renews_the_charge() {
    check_each(&[
        (
            "The FBI says Russia got in through an old mail relay.",
            "#0 Accusation fbi -> russia (russia) [says]",
        ),
        (
            "Selon l'ANSSI, la Russie a tenté d'entrer chez trois fournisseurs.",
            "#0 Accusation anssi -> russia (russia) [Selon]",
        ),
        (
            "Estonia blamed Russia for the breach. Asked about the Russian denial, a spokesperson said the agency stands by its findings.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Accusation estonia -> russia (russia) [stands by its findings]",
        ),
        (
            "L'Estonie accuse la Russie. Interrogée, l'agence maintient ses conclusions.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Accusation ? -> russia (russia) [maintient ses conclusions]",
        ),
    ]);
}

#[test]
fn calling_the_findings_names_and_referring_to_denials_deny() {
    check_each(&[
        (
            "Estonia blamed Russia for the hack. The Russian embassy called the agency's findings \"a fairy tale\".",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial russia_embassy -> estonia (russia) [called the agency's findings]",
        ),
        (
            "Estonia blamed Russia for the hack. Kremlin spokesman Dmitry Peskov referred to the denials issued by the foreign ministry.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial dmitry_peskov -> estonia (russia) [referred to the denials]",
        ),
        (
            "L'Estonie accuse la Russie. Le Kremlin a renvoyé aux démentis déjà publiés.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial kremlin -> estonia (russia) [a renvoyé aux démentis]",
        ),
    ]);
}

#[test]
fn not_answering_a_request_for_comment_declines() {
    check_each(&[
        (
            "Estonia blamed Russia for the breach. The Russian embassy in Tallinn did not respond to our questions by Friday evening.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation russia_embassy -> estonia (russia) [did not respond]",
        ),
        (
            "L'Estonie accuse la Russie. Sollicitée par notre rédaction, l'ambassade de Russie à Tallinn n'a pas répondu.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation russia_embassy -> estonia (russia) [n'a pas répondu]",
        ),
    ]);
}

#[test]
fn an_abbreviated_title_belongs_to_a_turn_label() {
    check(
        "Conférence de presse de M. Jaan Tamm et de Mme Anna Holm\n\nQuestion (Radio Velmar) : L'Estonie accuse-t-elle la Russie ?\n\nMme Anna Holm : Nous ne commentons pas les rapports des sociétés privées.\n\nQuestion (Velmar Info) : Et vos propres services ?\n\nM. Jaan Tamm : Nous ne commentons pas une enquête ouverte.",
        "#2 NonConfirmation anna_holm -> _ (_) [ne commentons pas]
         #4 NonConfirmation jaan_tamm -> _ (_) [ne commentons pas]",
    );
}

#[test]
fn a_release_title_may_run_long_above_the_line_naming_its_issuer() {
    check(
        "Russie – Attribution d'une campagne de sabotage informatique visant les réseaux de chaleur de trois villes estoniennes (Tallinn, 2 mars 2026)\n\nDéclaration du porte-parole du ministère estonien des Affaires étrangères\n\nL'Estonie attribue au renseignement militaire russe une campagne de sabotage menée contre les réseaux de chaleur.\n\nL'Estonie condamne fermement ces agissements.",
        "#0 Accusation _ -> _ (_) [_]
         #2 Accusation estonia_mfa -> gru (russia) [attribue]
         #3 Condemnation estonia_mfa -> _ (russia) [condamne]",
    );
}

#[test]
fn a_speech_under_a_country_masthead_speaks_for_that_country() {
    check(
        "DEFENCE – REPUBLIC OF ESTONIA\n\nSpeech by the Minister of Defence, Mari Kask, at the opening of the Velmar cyber range\n\nTallinn, 4 March 2026\n\nLadies and gentlemen,\n\nEstonia condemns this sabotage without reservation.",
        "#4 Condemnation mari_kask -> _ (_) [condemns]",
    );
}

#[test]
fn a_charge_called_a_tale_is_denied() {
    check_each(&[
        (
            "Estonia blamed Russia for the hack. A Kremlin aide replied that the whole affair was a fairy tale.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial kremlin -> estonia (russia) [replied]",
        ),
        (
            "Estonia blamed Russia for the hack. The Russian embassy called the charge \"absurd\".",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial russia_embassy -> estonia (russia) [called the charge]",
        ),
        (
            "L'Estonie accuse la Russie. L'ambassade de Russie affirme qu'il s'agit d'une fable.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial russia_embassy -> estonia (russia) [affirme]",
        ),
    ]);
}

#[test]
fn a_pronoun_after_a_comma_and_conjunction_takes_up_the_main_subject() {
    check(
        "The gas operator Velmar Energy was hacked, Estonia said on Monday. Velmar Energy has shown the Information System Authority its server logs, and it has admitted the failure to its shareholders.",
        "#0 Accusation estonia -> velmar_energy (velmar_energy) [said]
         #1 Acknowledgment velmar_energy -> - (velmar_energy) [has admitted]",
    );
}

#[test]
fn the_person_who_delivers_a_statement_is_its_author() {
    check(
        "Permanent Mission of Estonia to the OSCE\n\nPermanent Council No. 1201 – Cyberattack on the district heating network of the city of Narva (Estonia) – Statement by Estonia\n\nStatement delivered by Ms Mari Kask, Ambassador\n\nMr Chair,\n\nEstonia condemns this attack.",
        "#4 Condemnation mari_kask -> _ (_) [condemns]",
    );
}

#[test]
fn a_capitalised_short_name_takes_up_the_body_named_in_full() {
    check_each(&[
        (
            "The Bank of Estonia said on Monday that hackers working for Russia had stolen funds from Velmar Trust. The Bank declines to comment on who sent the orders.",
            "#0 Accusation bank_of_estonia -> russia (russia) [said]
             #1 NonConfirmation bank_of_estonia -> _ (russia) [declines to comment]",
        ),
        (
            "La Banque d'Estonie a indiqué lundi que des pirates au service de la Russie avaient volé des fonds chez Velmar Trust. La Banque ne commente pas l'identité des attaquants.",
            "#0 Accusation banque_d_estonie -> russia (russia) [a indiqué]
             #1 NonConfirmation banque_d_estonie -> _ (russia) [ne commente pas]",
        ),
    ]);
}

#[test]
fn a_denial_recalled_by_someone_else_is_said_by_its_own_subject() {
    check_each(&[
        (
            "Estonia blamed Russia for the hack. Mr. Tamm recalled that the Russian Embassy in Estonia had called the accusation a baseless insult and accused Tallinn of obeying Brussels.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial russia_embassy -> estonia (russia) [had called the accusation]
             #1 CounterAccusation russia_embassy -> estonia (estonia) [accused]",
        ),
        (
            "L'Estonie accuse la Russie. M. Tamm souligne que l'ambassade de Russie en Estonie a qualifié l'accusation de « pure invention » et a accusé Tallinn d'« obéir à Bruxelles ».",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial russia_embassy -> estonia (russia) [a qualifié l'accusation]
             #1 CounterAccusation russia_embassy -> estonia (estonia) [a accusé]",
        ),
    ]);
}

#[test]
fn a_prefecture_is_a_body() {
    check(
        "L'Estonie accuse la Russie. La préfecture du Lot n'a pas souhaité dire qui était derrière le piratage.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation prefecture_du_lot -> estonia (russia) [n'a pas souhaité]",
    );
}

#[test]
fn an_opening_il_or_elle_takes_up_the_person_named_just_before() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. « Tout cela est une fable », a déclaré la porte-parole de la mission russe, Anna Volkova. Elle a reproché à Tallinn de garder ses preuves secrètes.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial anna_volkova -> estonia (russia) [a déclaré]
             #2 CounterAccusation anna_volkova -> estonia (estonia) [a reproché]",
        ),
        (
            "L'Estonie accuse la Russie. L'hôpital de Narva indique que douze patients ont été déplacés. Sa directrice, Anna Holm, a débloqué un fonds spécial. Elle n'a pas voulu dire qui avait lancé l'attaque.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #3 NonConfirmation anna_holm -> estonia (russia) [n'a pas voulu dire]",
        ),
    ]);
}

#[test]
fn a_bodys_noun_with_an_adjective_speaks_by_that_name() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. Le parquet fédéral, lui, ne confirme ni n'infirme qu'un dossier a été ouvert.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation parquet_federal -> estonia (russia) [ne confirme ni n'infirme]",
        ),
        (
            "L'Estonie accuse la Russie. La police fédérale n'a pas souhaité confirmer qu'elle enquêtait.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation police_federale -> estonia (russia) [n'a pas souhaité]",
        ),
    ]);
}

#[test]
fn a_verb_of_answering_that_reports_a_quote_makes_no_earlier_speaker_a_responder() {
    check(
        "La Roumanie accuse la Russie. « Voilà encore une fable, et aucune preuve », a réagi l'ambassade de Russie.",
        "#0 Accusation romania -> russia (russia) [accuse]
         #1 Denial russia_embassy -> romania (russia) [a réagi]",
    );
}

#[test]
fn a_masthead_in_capitals_names_the_voice_of_a_text_that_says_we() {
    check(
        "VELMAR FILM FESTIVAL\n\nStatement on the attack against our ticketing site\n\nPosted 3 March 2026\n\nEstonia's cyber agency said hackers working for Russia took the site down. We apologise to our audiences, and we will not comment further until the police have finished.",
        "#3 Accusation estonia_cyber_agency -> russia (russia) [said]
         #4 NonConfirmation velmar_film_festival -> _ (russia) [will not comment]
         #4 Acknowledgment velmar_film_festival -> - (russia) [apologise]",
    );
}

#[test]
fn a_signature_line_makes_the_letter_above_it_its_signers_words() {
    check(
        "Courrier des lecteurs\n\nL'Estonie accuse la Russie d'avoir piraté le site du journal.\n\nAssez de complaisance\n\nAbonné depuis vingt ans, je condamne fermement ce sabotage de notre quotidien.\nAnna Holm, Tartu\n\nLes lettres sont à adresser à la rédaction.",
        "#1 Accusation estonia -> russia (russia) [accuse]
         #3 Condemnation anna_holm -> russia (russia) [condamne]",
    );
}

#[test]
fn a_consulate_general_is_the_mission_of_its_country() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. Interrogé par la radio, le consulat général de Russie à Tartu a rejeté des « allégations infondées ».",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial russia_consulate -> estonia (russia) [a rejeté]",
        ),
        (
            "Estonia blamed Russia. The Consulate General of Russia in Tartu rejected the accusation.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial russia_consulate -> estonia (russia) [rejected]",
        ),
    ]);
}

#[test]
fn being_advised_by_a_body_that_reports_the_body() {
    check_each(&[
        (
            "The museum has been advised by the Information System Authority of Estonia that the intruders worked for the Russian state.",
            "#0 Accusation information_system_authority_of_estonia -> russia (russia) [advised by the Information System Authority of Estonia that]",
        ),
        (
            "Le festival a été informé par l'ANSSI que des pirates travaillant pour la Russie étaient derrière l'attaque.",
            "#0 Accusation anssi -> russia (russia) [informé par l'ANSSI que]",
        ),
    ]);
}

#[test]
fn a_statements_own_body_noun_is_its_voice() {
    check(
        "Ministry of Foreign Affairs of Estonia\n\nStatement on the cyberattack against the port of Tartu\n\nThe Ministry of Foreign Affairs of Estonia attributes the attack to Russian military intelligence. The Russian foreign ministry has called these findings fabricated. The Ministry rejects these words, which only seek to hide the truth. We thank our partners for their support.",
        "#2 Accusation estonia_mfa -> gru (russia) [attributes]
         #3 Denial russia_mfa -> estonia_mfa (russia) [has called these findings]
         #4 Denial estonia_mfa -> - (russia) [rejects]",
    );
}

#[test]
fn making_no_attribution_declining_a_comment_protesting_and_pleading_for_acquittal() {
    check_each(&[
        (
            "Estonia blamed Russia for the theft. The Bank of Estonia does not itself make attributions.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation bank_of_estonia -> - (russia) [does not itself make attributions]",
        ),
        (
            "L'Estonie accuse la Russie. Le ministère estonien a lu cette réponse mais n'a pas l'intention de les commenter.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation estonia -> - (russia) [a pas l'intention de les commenter]",
        ),
        (
            "Estonia blamed Russia for the hack. The Estonian ministry handed a note of protest to the Russian ambassador.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Condemnation estonia -> russia (russia) [handed a note of protest]",
        ),
        (
            "Le parquet accuse Jaan Tamm d'avoir piraté le port au profit de la Russie. Son avocate, Me Anna Holm, a plaidé la relaxe.",
            "#0 Accusation ? -> jaan_tamm (jaan_tamm) [accuse]
             #1 Denial anna_holm -> - (jaan_tamm) [a plaidé la relaxe]",
        ),
    ]);
}

#[test]
fn not_ruling_not_admitting_an_attribution_and_a_prosecutors_requisition() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. La Banque d'Estonie ne se prononce pas quant à l'origine du vol.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation banque_d_estonie -> - (russia) [ne se prononce pas]",
        ),
        (
            "Estonia blamed Russia for the hack. Velmar Energy does not admit the attribution.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation velmar_energy -> estonia (russia) [does not admit the attribution]",
        ),
        (
            "Le parquet accuse Jaan Tamm d'avoir espionné le port au profit de la Russie. La procureure Anna Holm a requis cinq ans de prison.",
            "#0 Accusation ? -> jaan_tamm (jaan_tamm) [accuse]
             #1 Condemnation anna_holm -> jaan_tamm (jaan_tamm) [a requis cinq ans de prison]",
        ),
    ]);
}

#[test]
fn sharing_an_attribution_or_tying_a_group_to_a_service_accuses() {
    check_each(&[
        (
            "La France partage pleinement l'analyse de l'Estonie sur l'attaque russe.",
            "#0 Accusation france -> estonia (estonia) [partage pleinement l'analyse]",
        ),
        (
            "The French ambassador said Paris fully shares the Estonian attribution.",
            "#0 Accusation france -> - (dispute) [fully shares the Estonian attribution]",
        ),
        (
            "Les États-Unis ont relié ce groupe au renseignement militaire russe.",
            "#0 Accusation united_states -> gru (russia) [ont relié ce groupe au]",
        ),
    ]);
}

#[test]
fn owning_a_failing_in_the_first_person_admits_it() {
    check(
        "Hackers working for Russia broke into Velmar Energy, Estonia said. \"We should have patched the server in August,\" the company's chief executive, Jaan Tamm, said.",
        "#0 Accusation estonia -> russia (russia) [said]
         #1 Acknowledgment jaan_tamm -> - (russia) [We should have]",
    );
}

#[test]
fn stopping_short_of_naming_and_not_commenting_in_reported_speech_decline() {
    check_each(&[
        (
            "Estonia blamed Russia for the hack. The company's chief executive, Jaan Tamm, stopped short of naming Russia.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation jaan_tamm -> estonia (russia) [stopped short of naming]",
        ),
        (
            "L'Estonie accuse la Russie. Interrogée, l'agence Velmar a indiqué qu'elle ne commentait pas les enquêtes en cours.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation velmar -> estonia (russia) [ne commentait pas]",
        ),
    ]);
}

#[test]
fn a_formal_text_calls_the_body_heading_it_by_its_noun() {
    check_each(&[
        (
            "CHAMBRE DES COMPTES DE VELMARIE\n\nRapport sur la régie des eaux de Tarvel\n\nL'Estonie a imputé l'intrusion à la Russie en mars. La chambre n'a pas à se prononcer sur l'auteur de cette intrusion.",
            "#2 Accusation estonia -> russia (russia) [a imputé]
             #3 NonConfirmation chambre_des_comptes_de_velmarie -> estonia (russia) [n'a pas à se prononcer]",
        ),
        (
            "Estonia blamed Russia for the intrusion. The Board of Velmar Opera declined to comment. The Board regrets the delay.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation board_of_velmar_opera -> estonia (russia) [declined to comment]
             #2 Acknowledgment board_of_velmar_opera -> - (russia) [regrets]",
        ),
    ]);
}

#[test]
fn a_masthead_counts_its_name_words_and_gives_its_first_language() {
    check_each(&[
        (
            "FOUNDATION FOR THE RELATIVES OF THE MISSING OF VELMAR\n\nStatement\n\nEstonia blamed Russia for the intrusion into our servers. We should have protected these files better.",
            "#2 Accusation estonia -> russia (russia) [blamed]
             #3 Acknowledgment foundation_for_the_relatives_of_the_missing_of_velmar -> - (russia) [We should have]",
        ),
        (
            "VELMAR TRUST | FONDATION VELMAR\n\nStatement\n\nEstonia blamed Russia for the intrusion into our servers. We should have protected these files better.",
            "#2 Accusation estonia -> russia (russia) [blamed]
             #3 Acknowledgment velmar_trust -> - (russia) [We should have]",
        ),
    ]);
}

#[test]
fn the_second_line_of_a_letterhead_may_name_the_issuing_office() {
    check(
        "UNION OF NORTHERN STATES\nCOMMISSION OF THE UNION\n\nPress release\n\nEstonia blamed Russia for the intrusion. The Commission declined to comment.",
        "#3 Accusation estonia -> russia (russia) [blamed]
         #4 NonConfirmation commission_of_the_union -> estonia (russia) [declined to comment]",
    );
}

#[test]
fn a_defined_term_stands_for_the_party_it_was_defined_for() {
    check(
        "Tarvel Harbour Works Limited (\"Tarvel\" or the \"Company\") refers to the letter of the exchange. Estonia blamed Russia for the intrusion. The Company does not comment on that statement.",
        "#1 Accusation estonia -> russia (russia) [blamed]
         #2 NonConfirmation tarvel_harbour_works_limited -> estonia (russia) [does not comment]",
    );
}

#[test]
fn a_dated_header_line_names_no_publisher() {
    check(
        "Tarvel Harbour Foundation\n\nPublished 3 March | Updated 4 March\n\nEstonia blamed Russia for the intrusion into our servers. We should have protected these files better.",
        "#2 Accusation estonia -> russia (russia) [blamed]
         #3 Acknowledgment tarvel_harbour_foundation -> - (russia) [We should have]",
    );
}

#[test]
fn a_passive_attribution_names_its_agent_before_its_object() {
    check_each(&[
        (
            "Ce collectif a été attribué par l'Estonie au renseignement militaire russe.",
            "#0 Accusation estonia -> gru (russia) [attribué]",
        ),
        (
            "The outage at Tarvel was attributed by Estonia to Russia.",
            "#0 Accusation estonia -> russia (russia) [was attributed]",
        ),
    ]);
}

#[test]
fn a_name_with_a_courtesy_title_between_commas_is_the_subject_not_an_inverted_one() {
    check_each(&[
        (
            "Velmar Data tied the breach at Tarvel to APT28. On 2 May, the spokesman of the Russian embassy in Tallinn, Mr Oleg Sorin, dismissed the conclusions of Velmar Data as \"slander\".",
            "#0 Accusation velmar_data -> apt28 (apt28) [tied the breach at Tarvel to]
             #1 Denial oleg_sorin -> velmar_data (apt28) [dismissed]",
        ),
        (
            "Velmar Data a relié l'intrusion de Tarvel à APT28. Le 2 mai, le porte-parole de l'ambassade de Russie à Tallinn, M. Oleg Sorin, a qualifié de « calomnie » les conclusions de Velmar Data.",
            "#0 Accusation velmar_data -> apt28 (apt28) [a relié l'intrusion de Tarvel à]
             #1 Denial oleg_sorin -> velmar_data (apt28) [a qualifié de « calomnie » les conclusions]",
        ),
    ]);
}

#[test]
fn saying_a_party_had_no_part_denies() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. Interrogée, la porte-parole de la diplomatie russe, Anna Sorina, a assuré que Moscou n'y était pour rien.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial anna_sorina -> estonia (russia) [a assuré]",
        ),
        (
            "Estonia blamed Russia. The Kremlin said Moscow had played no part in the attack.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial kremlin -> estonia (russia) [said]",
        ),
    ]);
}

#[test]
fn a_reporting_noun_after_a_determiner_leaves_the_source_to_according_to() {
    check(
        "Estonia blamed Russia for the attack. The claims are \"absurd\", according to Kremlin spokesman Ivan Petrov.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 Denial ivan_petrov -> estonia (russia) [according to]",
    );
}

#[test]
fn a_bare_embassy_is_never_the_country_heard_last() {
    check(
        "Estonia blamed Russia for the attack on Tarvel. \"We have nothing to do with this,\" the embassy said in a statement.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 Denial ? -> estonia (russia) [said]",
    );
}

#[test]
fn a_handle_with_an_underscore_is_one_name() {
    check(
        "L'Estonie accuse la Russie. Un collectif se présentant sous le nom de Tarvel_Reborn a revendiqué l'opération.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Acknowledgment tarvel_reborn -> - (russia) [a revendiqué]",
    );
}

#[test]
fn no_comment_from_a_party_is_that_party_declining() {
    check_each(&[
        (
            "Estonia blamed Russia for the attack on Tarvel. There was no immediate comment from Moscow.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation russia -> estonia (russia) [was no immediate comment]",
        ),
        (
            "Estonia blamed Russia for the attack on Tarvel. There was no comment from the Russian embassy.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 NonConfirmation russia_embassy -> estonia (russia) [was no comment]",
        ),
        (
            "L'Estonie accuse la Russie. Il n'y a eu aucun commentaire de la part de Moscou.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 NonConfirmation russia -> estonia (russia) [aucun commentaire]",
        ),
    ]);
}

#[test]
fn an_accusing_or_reporting_word_after_a_numeral_or_possessive_is_a_noun() {
    check_each(&[
        (
            "Estonia blamed Russia for the attack on Tarvel. All four accused remain in custody in Tallinn.",
            "#0 Accusation estonia -> russia (russia) [blamed]",
        ),
        (
            "L'Estonie accuse la Russie. Les deux accusés ont peu de chances d'être jugés un jour à Tallinn.",
            "#0 Accusation estonia -> russia (russia) [accuse]",
        ),
    ]);
}

#[test]
fn a_bare_body_noun_never_takes_up_a_threat_group() {
    check(
        "Le collectif Tarvel_Reborn a revendiqué l'attaque. L'agence a indiqué que le groupe avait utilisé un message piégé.",
        "#0 Acknowledgment tarvel_reborn -> - (dispute) [a revendiqué]",
    );
}

#[test]
fn a_denying_verb_with_a_subject_holds_the_accuser_in_its_gap() {
    check(
        "Estonia tied the attack to Sandworm. The Russian delegation called the Estonian findings \"a fabrication\".",
        "#0 Accusation estonia -> sandworm (sandworm) [tied the attack to]
         #1 Denial russia -> estonia (sandworm) [called the Estonian findings]",
    );
}

#[test]
fn a_foundation_heading_its_statement_is_the_foundation_it_names() {
    check(
        "TARVEL FOUNDATION\n\nStatement\n\nEstonia blamed Russia for the intrusion. The Foundation condemns this attack on the families.",
        "#2 Accusation estonia -> russia (russia) [blamed]
         #3 Condemnation tarvel_foundation -> russia (russia) [condemns]",
    );
}

#[test]
fn a_role_given_before_a_name_is_that_persons_title() {
    // The role and the name in apposition, with or without a complement, and the role
    // taken up alone (or with a country adjective) later.
    check_each(&[
        (
            "Le ministère estonien des Affaires étrangères a rejeté les accusations russes. Son porte-parole, Jaan Tamm, a parlé de « mensonges ». Le porte-parole estonien a dénoncé une « campagne de diversion ».",
            "#0 Denial estonia_mfa -> russia (russia) [a rejeté]
             #0 Accusation russia -> estonia_mfa (russia) [accusations]
             #1 Denial jaan_tamm -> - (russia) [a parlé de]
             #2 Condemnation jaan_tamm -> - (russia) [a dénoncé]",
        ),
        (
            "Le ministère estonien des Affaires étrangères a rejeté les accusations russes. Le porte-parole du ministère, Jaan Tamm, a parlé de « mensonges ». Le porte-parole a dénoncé une « campagne de diversion ».",
            "#0 Denial estonia_mfa -> russia (russia) [a rejeté]
             #0 Accusation russia -> estonia_mfa (russia) [accusations]
             #1 Denial jaan_tamm -> - (russia) [a parlé de]
             #2 Condemnation jaan_tamm -> - (russia) [a dénoncé]",
        ),
    ]);
}

#[test]
fn a_country_answering_through_a_pronoun_is_the_person_it_takes_up() {
    check(
        "Estonia accused Russia of hacking the port. The Russian foreign ministry spokesman, Ivan Petrov, rejected the accusation. Russia does not comment on such claims, he added.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial ivan_petrov -> estonia (russia) [rejected]
         #2 NonConfirmation ivan_petrov -> estonia (russia) [does not comment]",
    );
}

#[test]
fn a_town_before_a_body_noun_names_the_body() {
    check(
        "Hackers stole files from the Velmar port. A Tartu firm hired by the port says the intrusion bears the hallmarks of APT28.",
        "#1 Accusation tartu_firm -> apt28 (apt28) [says]",
    );
}

#[test]
fn the_m_of_pm_in_a_dateline_is_no_first_person() {
    // A news story's byline and time: the body is the paper's report, not its
    // journalist's own words, so a company no one named stays unknown.
    check(
        "TARVEL DAILY\n\nAnna Holm\nPublished December 2, 2026, 5:05 p.m.\n\nHackers stole files from the Velmar port, the operator said on Tuesday. The company acknowledged that a server had not been updated.",
        "#3 Accusation ? -> - (dispute) [said]
         #4 Acknowledgment ? -> - (dispute) [acknowledged]",
    );
}

#[test]
fn a_newsrooms_we_makes_no_first_party_text() {
    // The reporters told a quotation, or shown a document: the story stays a report, and
    // its own account of the intrusion is no claim of a publisher.
    check_each(&[
        (
            "Velmar : la piste russe\n\nLe port de Velmar a été piraté en mai, a indiqué la préfecture. « Nous avons été négligents », nous a confié son directeur, Jaan Tamm. Des pirates du GRU ont pénétré le réseau du port en avril.",
            "#1 Accusation ? -> - (dispute) [a indiqué]",
        ),
        (
            "Velmar : la piste russe\n\nLe port de Velmar a été piraté en mai, a indiqué la préfecture dans un courriel, que nous avons pu consulter. Des pirates du GRU ont pénétré le réseau du port en avril.",
            "#1 Accusation ? -> - (dispute) [a indiqué]",
        ),
    ]);
}

#[test]
fn a_quotation_opened_after_its_verb_and_closed_in_the_next_paragraph_is_the_speakers() {
    // The verb and its speaker before the opening mark are no quoted words, and the "we"
    // of the paragraph the quotation goes on in is the minister's, not the text's.
    check(
        "Velmar port hacked\n\nEstonia's minister Jaan Tamm said on Monday: \"The attack on Velmar was the work of the GRU.\n\nWe will respond at a time of our choosing.\"\n\nGRU hackers broke into the port network in April.",
        "#1 Accusation jaan_tamm -> gru (russia) [said]
         #2 Condemnation jaan_tamm -> gru (russia) []",
    );
}

#[test]
fn a_description_between_commas_after_a_name_leaves_the_name_the_subject() {
    check_each(&[
        (
            "Estonia accused Russia of the hack. Anna Holm, the Riigikogu member for Tartu and Jõgeva, condemned what she called \"an attack on our water\".",
            "#0 Accusation estonia -> russia (russia) [accused]
             #1 Condemnation anna_holm -> russia (russia) [condemned]",
        ),
        (
            "L'Estonie, membre de l'Union européenne et de l'Otan, avait déjà accusé Moscou d'ingérence en 2024.",
            "#0 Accusation estonia -> russia (russia_2024) [accusé]",
        ),
    ]);
}

#[test]
fn a_fronted_cue_is_said_by_the_subject_of_the_verb_after_it() {
    check(
        "L'Estonie accuse la Russie du piratage. Plus prudent, un chercheur de l'université de Tartu, Jaan Tamm, estime que les traces « ne suffisent pas » à désigner un commanditaire.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation jaan_tamm -> estonia (russia) [Plus prudent]",
    );
}

#[test]
fn a_pronoun_echoing_the_subject_after_its_auxiliary_is_no_speaker() {
    check(
        "L'Estonie accuse la Russie. L'ambassade de Russie à Tallinn a elle aussi balayé ces allégations.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia_embassy -> estonia (russia) [balayé]",
    );
}

#[test]
fn the_company_is_the_business_named_last_even_as_an_attacks_victim() {
    // The victim after "the attack on" is a party a later noun takes up; a business's
    // legal form ("SpA") lets "the company" name it.
    check(
        "Estonia blamed Russia for the attack on Velmar Components SpA, a maker of shell casings. Ukraine's cyber agency tied the wiper to Sandworm in 2022. The company acknowledged in a statement that a maintenance account was not protected.",
        "#0 Accusation estonia -> russia (sandworm) [blamed]
         #1 Accusation ukraine_cyber_agency -> sandworm (sandworm) [tied the wiper to]
         #2 Acknowledgment velmar_components_spa -> - (sandworm) [acknowledged]",
    );
}

#[test]
fn a_high_commission_a_permanent_representation_and_an_observatory_are_bodies() {
    check(
        "Le Canada accuse l'Estonie d'avoir piraté ses serveurs. Le haut-commissariat de l'Estonie à Ottawa a rejeté ces accusations. La représentation permanente de l'Estonie auprès de l'Union européenne n'a pas souhaité réagir. Selon l'Observatoire des libertés numériques, des pirates estoniens ont infecté les téléphones.",
        "#0 Accusation canada -> estonia (estonia) [accuse]
         #1 Denial estonia_high_commission -> canada (estonia) [a rejeté]
         #2 NonConfirmation estonia_mission -> canada (estonia) [n'a pas souhaité]
         #3 Accusation observatoire_des_libertes_numeriques -> estonia (estonia) [Selon]",
    );
}

#[test]
fn a_pronoun_after_but_takes_up_the_subject_a_fronted_phrase_precedes() {
    check(
        "Des pirates ont pénétré le réseau de Velmar. « Nous avons été négligents », a reconnu sa directrice, Anna Holm. Interrogée par nos soins, l'Agence estonienne de cybersécurité a confirmé être intervenue chez Velmar, mais elle n'a pas souhaité se prononcer sur l'origine de l'attaque.",
        "#1 Acknowledgment anna_holm -> - (dispute) [a reconnu]
         #2 NonConfirmation agence_estonienne_de_cybersecurite -> - (dispute) [n'a pas souhaité]",
    );
}

#[test]
fn a_quotation_credited_in_the_sentence_after_is_that_partys() {
    check_each(&[
        (
            "L'Estonie accuse la Russie. « Les méthodes pointent toutes vers Moscou. » C'est ce qu'a déclaré aux journalistes un responsable du KAPO sous couvert d'anonymat.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Accusation kapo -> russia (russia) [pointent]
             #2 Accusation kapo -> russia (russia) []",
        ),
        (
            "Estonia accused Russia. \"This reckless behaviour by Moscow will not go unanswered.\" That was the message from a NATO official in Brussels.",
            "#0 Accusation estonia -> russia (russia) [accused]
             #1 Condemnation nato -> russia (russia) [reckless]
             #2 Condemnation nato -> russia (russia) []",
        ),
        (
            "L'Estonie accuse la Russie. « Ces accusations sont sans fondement. » C'est en ces termes que l'ambassade de Russie à Tallinn a répondu à notre demande.",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial russia_embassy -> estonia (russia) [sont sans fondement]
             #2 Denial russia_embassy -> estonia (russia) []",
        ),
    ]);
}

#[test]
fn a_crediting_formulas_own_verb_speaks_with_the_party_it_names() {
    // « C' » is no name, and the verb after « C'est ce qu'a » has its subject after it.
    check(
        "L'Estonie accuse la Russie. C'est ce qu'a affirmé jeudi le ministre Jaan Tamm, précisant que les pirates travaillaient pour le GRU.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Accusation jaan_tamm -> gru (russia) [a affirmé]",
    );
}

#[test]
fn a_role_with_a_long_portfolio_before_a_name_is_that_persons_title() {
    check(
        "India's Minister of State for Electronics and Information Technology, Jaan Tamm, visited Tallinn on Monday. Pakistan's foreign ministry denied the charge. The minister claimed that hackers sponsored by Pakistan's intelligence agencies broke into the network.",
        "#1 Denial pakistan_mfa -> jaan_tamm (pakistan) [denied]
         #2 Accusation jaan_tamm -> pakistan_intelligence_agencies (pakistan) [claimed]",
    );
}

#[test]
fn a_place_after_a_preposition_of_place_is_no_subject() {
    check(
        "Last month, Estonia's Minister of Foreign Affairs, Anna Holm, stood before cameras in Tallinn and declared that Russian hackers had broken into a database.",
        "#0 Accusation anna_holm -> russia (russia) [declared]",
    );
}

#[test]
fn an_inverted_subject_ends_before_an_adjunct_and_a_title_may_open_the_holders_name() {
    check(
        "Le ministre de l'Intérieur, M. Jaan Tamm, a présenté une communication au Conseil. « Ces opérations visent à intimider les élus ; elles sont inacceptables », a déclaré le ministre à l'issue du Conseil des ministres. L'ambassade de Russie a rejeté des « accusations fabriquées ». Le ministre n'a pas souhaité répondre à ces propos.",
        "#1 Condemnation jaan_tamm -> - (dispute) [a déclaré]
         #2 Denial russia_embassy -> - (dispute) [a rejeté]
         #3 NonConfirmation jaan_tamm -> - (dispute) [n'a pas souhaité]",
    );
}

#[test]
fn a_pronoun_takes_up_the_body_whose_spokesperson_spoke() {
    check(
        "Le ministre porte-parole du gouvernement, Ivan Petrov, a accusé la France d'avoir piraté les téléphones. « Ces accusations sont infondées », a affirmé jeudi le porte-parole de la diplomatie française lors du point de presse du Quai d'Orsay. La France ne mène « aucune activité de cette nature » contre la Russie, a-t-il poursuivi.",
        "#0 Accusation ivan_petrov -> france (france) [a accusé]
         #1 Denial france_mfa -> ivan_petrov (france) [a affirmé]
         #2 Denial france_mfa -> ivan_petrov (france) [a-t-il poursuivi]",
    );
}

#[test]
fn a_time_code_opens_a_turn_label_and_selon_elle_takes_up_the_woman_just_named() {
    check(
        "Podcast Velmar, épisode 12\n\n00:58 Anna Roux : Et qui accuse qui ?\n\n01:01 Jaan Tamm : Lundi, la porte-parole du gouvernement, Eva Kask, a été très directe. Selon elle, l'attaque a été conduite par des pirates pilotés par le FSB.\n\n01:29 Anna Roux : Et Velmar, qu'est-ce qu'elle dit ?\n",
        "#3 Accusation eva_kask -> fsb (russia) [Selon]",
    );
}

#[test]
fn a_caption_label_names_the_person_after_the_role() {
    check(
        "Press Conference by the Chief Cabinet Secretary\n\nREPORTER: The Estonian police said hackers linked to Russia stole the data. What is your view?\n\nCHIEF CABINET SECRETARY TAMM: The claim that Estonia attacked Russia is entirely unfounded.\n",
        "#1 Accusation estonia -> russia (russia) [said]
         #3 Denial tamm -> estonia (russia) [unfounded]",
    );
}

#[test]
fn the_platform_a_post_went_on_is_no_inverted_subject() {
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port.\n\n« La Russie n'a rien à voir avec les problèmes informatiques d'une société estonienne », a écrit sur X la porte-parole adjointe du gouvernement russe, Anna Petrova.\n",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial anna_petrova -> estonia (russia) [a écrit]",
    );
}

#[test]
fn a_statements_author_speaks_for_the_country_of_the_role_after_the_name() {
    check(
        "Permanent Representation of Estonia to the OSCE\n\nStatement delivered by Mr Jaan Tamm, Ambassador, Permanent Representative of Estonia to the OSCE\n\nMr Chair,\n\nLast week the Estonian government presented the findings of its Information System Authority: the attack was carried out by Russia's GRU.\n\nRussia rejected the findings. Russia denied any role.\n\nEstonia condemns this attack on the civilian infrastructure of a participating State in the strongest terms.\n",
        "#3 Accusation jaan_tamm -> gru (russia) []
         #4 Denial russia -> jaan_tamm (russia) [rejected]
         #5 Denial russia -> jaan_tamm (russia) [denied]
         #6 Condemnation jaan_tamm -> gru (russia) [condemns]",
    );
}

#[test]
fn a_sentence_adverb_after_a_turn_label_is_no_name() {
    check(
        "Press conference\n\nREPORTER: Can you tell us who attacked the port?\n\nCHIEF CABINET SECRETARY TAMM: Firstly, as you mentioned, the police announced yesterday that the attack was carried out by Russia.\n\nREPORTER: Thank you.\n",
        "#2 Accusation tamm -> russia (russia) [mentioned]",
    );
}

#[test]
fn a_word_quoted_inside_the_clause_does_not_stop_the_walk_to_its_subject() {
    check(
        "Le Mali accuse l'Algérie d'avoir piraté ses réseaux.\n\nL'Union africaine, elle, s'est dite « préoccupée » et a appelé les deux pays à « la retenue ».\n",
        "#0 Accusation mali -> algeria (algeria) [accuse]
         #1 OtherClaim african_union -> - (algeria) [a appelé les deux pays à]",
    );
}

#[test]
fn the_directorate_is_a_body_noun_that_takes_up_the_directorate_named() {
    check(
        "Estonia's National Cyber Directorate said on Friday that hackers working for Russia had broken into the servers of a small company.\n\nThe directorate said the intrusion bore the hallmarks of Sandworm.\n",
        "#0 Accusation national_cyber_directorate -> russia (sandworm) [said]
         #1 Accusation national_cyber_directorate -> sandworm (sandworm) [said]",
    );
}

#[test]
fn a_body_whose_spokesman_spoke_is_whom_he_takes_up() {
    check(
        "Jaan Tamm, the minister, said Russia was behind the leak.\n\nIn Moscow, a Kremlin spokesman said Russia had nothing to do with the leak. He declined to answer further questions.\n",
        "#0 Accusation jaan_tamm -> russia (russia) [said]
         #1 Denial kremlin -> jaan_tamm (russia) [said]
         #2 NonConfirmation kremlin -> jaan_tamm (russia) [declined to answer]",
    );
}

#[test]
fn she_never_takes_up_a_man_named_by_his_surname_alone() {
    check(
        "Defense Minister Carlo Rossi told reporters in Rome that the attack was carried out by a GRU unit.\n\nNo shipment was attacked, Rossi said.\n\nLucia Kask, who heads the cyber agency, confirmed the intrusion. She stopped short of saying how long the intruders had been inside.\n",
        "#0 Accusation carlo_rossi -> gru (russia) [told]
         #1 OtherClaim carlo_rossi -> - (russia) [said]
         #2 Acknowledgment lucia_kask -> - (russia) [confirmed]
         #3 NonConfirmation lucia_kask -> carlo_rossi (russia) [stopped short of saying]",
    );
}

/// An unnamed speaker described with a bloc's adjective ("a Western security official", « un
/// diplomate européen ») is that description, not the adjective; one who speaks "on condition
/// of anonymity" is not the person named in the next sentences.
#[test]
fn bloc_adjectives_and_anonymous_speakers_stay_descriptions() {
    check(
        "Estonia accused Russia of sabotaging the Tallinn grid.\n\n\
         A Western security official, speaking on condition of anonymity, said the tools \
         pointed to Russia.\n\n\
         Jaan Tamm, an official at the agency, said the attack came from Russia.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Accusation western_security_official -> russia (russia) [said]
         #2 Accusation jaan_tamm -> russia (russia) [said]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir saboté le réseau.\n\n\
         Un diplomate européen a reconnu, sous couvert d'anonymat, que les éléments n'avaient \
         pas été transmis à Moscou.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Acknowledgment european_diplomat -> - (russia) [a reconnu]",
    );
}

/// A spokesperson who says the body they speak for will not confirm speaks themself; a
/// straight quotation that opens and closes inside the clause is words of it, not a quote
/// before the cue.
#[test]
fn a_spokesperson_reporting_their_body_s_refusal_is_the_speaker() {
    check(
        "Estonia accused Russia of hacking the grid operator Elering.\n\n\
         Jaan Tamm, a spokesman for the ministry, said the ministry was \"aware of an \
         incident\" but would not confirm any attribution.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 NonConfirmation jaan_tamm -> estonia (russia) [would not confirm]",
    );
}

/// Declining in a briefing's words: refraining from comment, being in no position to
/// share, « je ne peux … pas me prononcer ».
#[test]
fn refraining_and_being_in_no_position_decline() {
    check(
        "Estonia accused Russia of hacking the grid operator Elering.\n\n\
         Anna Holm: I would like to refrain from commenting on the details of the investigation.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 NonConfirmation anna_holm -> estonia (russia) [refrain from commenting]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté Elering.\n\n\
         « Je ne peux dès lors pas me prononcer sur l'auteur de l'attaque », a déclaré Anna Holm.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 NonConfirmation anna_holm -> estonia (russia) [ne peux dès lors pas me prononcer]",
    );
}

/// The pronoun that opens a reported clause is the reporter (« l'agence a répondu qu'elle
/// ne commentait pas »), not the person who spoke last.
#[test]
fn a_pronoun_opening_the_reported_clause_is_the_reporter() {
    check(
        "Anna Holm accuse la Russie.\n\n\
         Sollicitée par le syndicat, l'agence Velmar nous a répondu qu'elle ne commentait pas \
         ses interventions.",
        "#0 Accusation anna_holm -> russia (russia) [accuse]
         #1 NonConfirmation velmar -> anna_holm (russia) [ne commentait pas]",
    );
}

/// « Elle » after a sentence that opens on a participial aside ("Sollicitée par l'AFP, la
/// mission a répondu") takes up that sentence's subject, not the aside's asker.
#[test]
fn a_pronoun_takes_up_a_subject_after_an_opening_aside() {
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port de Tallinn.\n\n\
         « Tallinn se tait », estime le député Jaan Tamm.\n\n\
         Sollicitée par Velmar, l'ambassade de Russie en Estonie a répondu par courriel. \
         Elle « rejette catégoriquement une invention grossière ».",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #2 Denial russia_embassy -> estonia (russia) []
         #3 Denial russia_embassy -> estonia (russia) [rejette]",
    );
}

/// A business called by a noun of its trade ("the utility", « le prestataire ») is the
/// business named before it, never the country that spoke last.
#[test]
fn a_trade_noun_takes_up_the_business_named_before() {
    check(
        "Estonia accused Russia of hacking Velmar Energia Ltd.\n\n\
         The utility acknowledged that its controllers had been reachable from the internet.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Acknowledgment velmar_energia_ltd -> - (russia) [acknowledged]",
    );
    check(
        "L'Estonie accuse la Russie d'avoir piraté Velmar Energia SA.\n\n\
         Le prestataire a reconnu que ce compte utilisait toujours le mot de passe du fabricant.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Acknowledgment velmar_energia_sa -> - (russia) [a reconnu]",
    );
}

/// « X, citée par l'agence Y, juge … »: the agency that quotes only relays; X speaks.
#[test]
fn the_outlet_that_quotes_a_party_only_relays_it() {
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port.\n\n\
         L'ambassade de Russie à Tallinn, citée par l'agence Velmar, juge ces accusations « ridicules ».",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia_embassy -> estonia (russia) [citée]",
    );
}

/// « Selon une source citée par l'agence X »: the agent of a participle that describes the
/// source relays it (or hired it); it is not the source.
#[test]
fn the_agent_after_a_source_s_participle_is_no_source() {
    check(
        "L'Estonie accuse la Russie d'avoir piraté le port.\n\n\
         Selon une source citée par l'agence Velmar, la Russie est responsable de l'attaque.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Accusation source -> russia (russia) [Selon]",
    );
}

/// A source the sentence opens on (« Selon elle, ») speaks for a clause whose subject is an
/// unnamed group; a country's body keeps its own voice (« selon les médias, l'armée
/// estonienne s'est refusée à tout commentaire »).
#[test]
fn a_fronted_source_speaks_for_an_unnamed_subject() {
    check(
        "Anna Holm a accusé la Russie.\n\n\
         Selon elle, les experts accusent la Russie d'avoir piraté le port.",
        "#0 Accusation anna_holm -> russia (russia) [a accusé]
         #1 Accusation anna_holm -> russia (russia) [accusent]",
    );
}

/// A count before a description (« plusieurs », "several") is part of its name, never of its
/// id: the same group is one party however the text counts it.
#[test]
fn a_count_does_not_make_a_group_of_its_own() {
    check(
        "Plusieurs anciens responsables estoniens accusent la Russie d'avoir piraté le port.\n\n\
         Les anciens responsables estoniens accusent aussi Moscou d'avoir saboté le réseau.",
        "#0 Accusation former_estonian_officials -> russia (russia) [accusent]
         #1 Accusation former_estonian_officials -> russia (russia) [accusent]",
    );
}

#[test]
fn the_company_is_the_business_introduced_as_one_not_the_agency_heard_since() {
    // A business's nouns stand for one another ("Velmar Gas, the operator …" … "the
    // company"), and "the company" never takes up a state's agency heard after it.
    check(
        "Hackers stole the emails of Velmar Gas, the operator of the pipeline. The National Cyber Security Centre said Russia was behind the leak. The company has admitted that the account had no second factor.",
        "#1 Accusation uk_ncsc -> russia (russia) [said]
         #2 Acknowledgment velmar_gas -> - (russia) [has admitted]",
    );
}

#[test]
fn the_government_again_is_the_country_whose_government_spoke_not_an_agency_named_since() {
    // A country's official name gives the government its side ("the Republic of Korea");
    // "The Government" taken up again is that country, not the agency heard in between.
    check(
        "The Government of the Republic of Korea announced that North Korea stole the designs. The NIS said North Korean hackers were behind the theft. Pyongyang called the findings a fabrication. The Government rejects these claims.",
        "#0 Accusation south_korea -> north_korea (north_korea) [announced]
         #1 Accusation nis_korea -> north_korea (north_korea) [said]
         #2 Denial north_korea -> south_korea (north_korea) [called the findings]
         #3 Denial south_korea -> - (north_korea) [rejects]",
    );
    // A country word inside a longer one points to the longer one's country only
    // (« République populaire » is China's, not within North Korea's official name).
    check(
        "Le gouvernement de la République populaire démocratique de Corée a démenti.",
        "#0 Denial north_korea -> - (dispute) [a démenti]",
    );
}

#[test]
fn a_report_closing_the_sentence_says_what_its_inner_subject_assesses() {
    // "The agency assesses …, the minister writes": the minister reports the whole
    // sentence; a named person as the inner subject speaks for herself, and a relative
    // clause (", which he described as …") or a participle reports nothing.
    check(
        "Minister Anna Holm wrote to parliament on Monday. The agency assesses with high confidence that the group works for Russia, the minister writes.",
        "#1 Accusation anna_holm -> russia (russia) [assesses]",
    );
    check(
        "Jaan Tamm claimed that Russian hackers had stolen the files, Velmar Radio reported.",
        "#0 Accusation jaan_tamm -> russia (russia) [claimed]",
    );
}

#[test]
fn a_release_for_the_press_speaks_for_the_office_on_its_letterhead() {
    // "FOR IMMEDIATE RELEASE" makes the lines above it a release's header; the office
    // its first line names (a country's name before it included) speaks the release's
    // own sentences, "according to court documents" among them.
    check(
        "U.S. Attorney's Office\nDistrict of Velmar\n\nFOR IMMEDIATE RELEASE\nMonday, March 1, 2027\n\nAccording to court documents, the defendants worked for Russia's military intelligence service and broke into the utility's network.",
        "#4 Accusation u_s_attorney_s_office -> russia (russia) [According to]",
    );
}

#[test]
fn speaking_of_a_smear_is_a_denial() {
    // « parler de », "to speak of" report what follows; a denial's words there deny.
    check_each(&[
        (
            "L'Estonie accuse la Russie. Moscou parle d'« hystérie ».",
            "#0 Accusation estonia -> russia (russia) [accuse]
             #1 Denial russia -> estonia (russia) [parle d]",
        ),
        (
            "Estonia blamed Russia for the attack. Moscow spoke of a witch hunt.",
            "#0 Accusation estonia -> russia (russia) [blamed]
             #1 Denial russia -> estonia (russia) [spoke of]",
        ),
    ]);
}

#[test]
fn a_statement_signed_by_a_spokesperson_is_the_spokespersons() {
    // The press secretary who issues a statement is its author (the guidelines), when the
    // statement is signed at its foot with a spokesperson's post.
    check(
        "Statement by the Spokesperson of the Ministry of Foreign Affairs of Estonia\n\n4 March 2027\n\nRussia has accused Estonia of staging the attack. These claims are false.\n\nAnna Holm\nSpokesperson of the Ministry of Foreign Affairs",
        "#2 Accusation russia -> estonia (estonia) [has accused]
         #3 Denial anna_holm -> russia (estonia) [are false]",
    );
}

#[test]
fn a_subheading_crediting_a_short_quotation_is_its_partys_words() {
    // "Moscow: 'groundless'" on a line of its own: the party before the colon says it.
    check(
        "Estonia accused Russia of the attack on Monday.\n\nMoscow: 'groundless'\n\nTallinn said more evidence would follow.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial moscow -> estonia (russia) [groundless]",
    );
}

#[test]
fn a_capitalised_title_after_said_runs_on_to_its_holders_name() {
    // "said Special Agent in Charge Jan Roe of …": the title's words, capitalised or
    // joining, lead to the person who speaks.
    check(
        "\"Russian hackers broke into the utility,\" said Special Agent in Charge Jaan Tamm of the FBI Field Office.",
        "#0 Accusation jaan_tamm -> russia (russia) [said]",
    );
}

#[test]
fn an_attack_bearing_a_partys_mark_accuses_the_owner_of_the_mark() {
    // "bore X's signature": the owner named inside the mark phrase is the accused.
    check(
        "Estonia's defence minister said the attack bore \"Moscow's signature\".",
        "#0 Accusation estonia -> russia (russia) [said]",
    );
}

#[test]
fn a_state_bodys_noun_never_stands_for_the_outlet_that_reports_it() {
    // "the ministry" after a broadcaster's masthead is not the broadcaster.
    check(
        "Tarvel Radio News | Estonia\n\nThe ministry in Tallinn said hackers linked to Russia broke in.",
        "#1 Accusation ? -> russia (russia) [said]",
    );
}

#[test]
fn opposing_all_forms_of_attack_is_the_accused_sides_denial() {
    // The formula of the accused side: attacks named as a kind, not as an event.
    check(
        "Estonia accused Russia of the attack.\n\n\"Russia strictly prohibits hacking of every kind,\" the embassy said.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial ? -> estonia (russia) [said]",
    );
    check(
        "L'Estonie accuse la Russie de l'attaque.\n\nL'ambassade a répondu que la Russie « combat toute forme de piratage ».",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial ? -> estonia (russia) [a répondu que]",
    );
}

#[test]
fn in_writing_is_no_verb_of_saying() {
    // « Interrogée par écrit, X a répondu que … »: X answers; « par écrit » says how.
    check(
        "L'Estonie accuse la Russie de l'attaque.\n\nInterrogée par écrit, l'ambassade de Russie à Tallinn a répondu que ces accusations relevaient de la « pure fiction ».",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia_embassy -> estonia (russia) [a répondu que]",
    );
}

#[test]
fn a_headline_linking_a_long_object_to_a_party_accuses_it() {
    // "X link theft of … to Y": the charge's object runs several words before the "to".
    check(
        "Estonian agency links leak of tender files to Russian spies",
        "#0 Accusation estonia -> russia (russia) [links leak of tender files to]",
    );
}

#[test]
fn an_organisation_speaking_through_a_role_is_shown_as_that_voice() {
    // "a Kremlin spokesman": the organisation's id, shown as the voice that spoke.
    assert_eq!(
        speaker_of_second_sentence("\"The charge is absurd,\" a Kremlin spokesman said."),
        ("kremlin".to_string(), "Kremlin spokesman".to_string())
    );
    // The role may come first, with a preposition of belonging.
    assert_eq!(
        speaker_of_second_sentence("A spokesperson for the FBI declined to comment."),
        ("fbi".to_string(), "FBI spokesperson".to_string())
    );
}

/// The (id, name) of the speaker of `sentence`, said after "Estonia accused Russia of the attack."
fn speaker_of_second_sentence(sentence: &str) -> (String, String) {
    let text = format!("Estonia accused Russia of the attack.\n\n{sentence}");
    let analysis = parallax_engine::analyze_article("test.txt", &text);
    let speaker = analysis
        .claims
        .iter()
        .find(|c| c.sentence == 1)
        .and_then(|c| c.speaker.as_ref())
        .expect("a speaker for sentence 1");
    (speaker.id.clone(), speaker.name.clone())
}

#[test]
fn a_party_tied_inside_the_phrase_is_the_accused_not_the_victim_after_it() {
    // "tie X to the hack of Y": X is tied to the attack; Y, after "of", was hit.
    check(
        "Estonian agency ties Russian spies to break-in at Narva shipyard",
        "#0 Accusation estonia -> russia (russia) [ties Russian spies to]",
    );
}

#[test]
fn a_passive_agent_after_a_comma_and_an_adverb_of_order_is_the_accuser() {
    // "was blamed last year, first by X, later by Y": X speaks.
    check(
        "The group was blamed last year, first by Estonia, later by Latvia, for hacking the ministry.",
        "#0 Accusation estonia -> _ (_) [was blamed]",
    );
}

#[test]
fn a_long_description_after_a_name_is_what_its_noun_stands_for() {
    // The noun of an indefinite description may come several words after the article, and
    // the body named since (the broadcaster that was told) is not what "the utility" means.
    check(
        "Victim: Narva Water Board, a municipal water and desalination utility serving about 90,000 people.\n\nEstonia's cyber agency blamed Russia for the intrusion. Its director told the Estonian Broadcasting Corporation that the choice of target was deliberate.\n\nThe utility acknowledged that the controllers had been reachable from the internet.",
        "#1 Accusation estonia_cyber_agency -> russia (russia) [blamed]
         #2 OtherClaim estonia_cyber_agency -> - (russia) [told]
         #3 Acknowledgment narva_water_board -> - (russia) [acknowledged]",
    );
    // The description may come first, before the comma that opens the name.
    check(
        "Estonia blamed Russia for the theft of the records, kept by a Tartu company, Velmar Systems Ltd, for the ministry. The Estonian Broadcasting Corporation reported the breach first.\n\nThe company acknowledged that the stolen account belonged to a former employee.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 OtherClaim estonian_broadcasting_corporation -> - (russia) [reported]
         #2 Acknowledgment velmar_systems_ltd -> - (russia) [acknowledged]",
    );
}

#[test]
fn a_person_described_between_commas_speaks_whatever_the_description_names() {
    // A comma inside the committee's name does not make the committee the subject.
    check(
        "Tarvel MP Jaan Tamm, a member of the Defence, Intelligence and Foreign Relations Committee, said Russian hackers had stolen the files.",
        "#0 Accusation jaan_tamm -> russia (russia) [said]",
    );
    // The stop of an abbreviated title stands between the sentence's start and the name.
    check(
        "Ms. Anna Holm, Chief of the Cybersecurity Section at the Office for Disarmament Affairs, said Russia attacked hospitals.",
        "#0 Accusation anna_holm -> russia (russia) [said]",
    );
}

#[test]
fn an_and_inside_a_name_after_a_dateline_makes_no_list() {
    check(
        "TARTU — The Information and Security Agency (ISA) accused Russian military intelligence of the attack.",
        "#0 Accusation information_and_security_agency -> gru (russia) [accused]",
    );
}

#[test]
fn an_abbreviated_title_leads_an_inverted_speaker_in() {
    check(
        "Estonia blamed Russian hackers for the attack.\n\n\"The technical evidence leads to units of the Russian army,\" said H.E. Jaan Tamm, Minister of Post.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 Accusation jaan_tamm -> russia (russia) [said]",
    );
}

#[test]
fn a_medium_described_before_its_name_only_relays() {
    check(
        "Russia accused Estonia of hacking its grid.\n\nHowever, an Estonian official quoted by public broadcaster ERR on Thursday dismissed the accusations as \"theater\".",
        "#0 Accusation russia -> estonia (estonia) [accused]
         #1 Denial estonian_official -> russia (estonia) [dismissed]",
    );
}

#[test]
fn firms_of_a_country_blamed_by_are_firms_not_the_country() {
    check(
        "Cyber Wolves was blamed by several Estonian and foreign security firms for a string of wiper attacks.",
        "#0 Accusation security_firms -> cyber_wolves (cyber_wolves) [was blamed]",
    );
}

#[test]
fn a_description_without_article_after_the_opening_name_is_no_inverted_speaker() {
    check(
        "Researchers at the Citizen Lab tied the spyware to Russia.\n\nJaan Tamm, permanent secretary at the Russian ministry, rejected the report.",
        "#0 Accusation citizen_lab -> russia (russia) [tied the spyware to]
         #1 Denial jaan_tamm -> citizen_lab (russia) [rejected]",
    );
}

#[test]
fn a_party_named_as_the_subject_of_a_reported_claim_made_it() {
    check(
        "Russia was blamed for the intrusion.\n\nThe Ministry notes that Velmar Shipping Ltd has acknowledged that the account used by the intruders was not protected.",
        "#0 Accusation ? -> russia (russia) [was blamed]
         #1 Acknowledgment velmar_shipping_ltd -> - (russia) [has acknowledged]",
    );
}

#[test]
fn a_headline_under_a_masthead_is_voiced_by_the_story_named_accuser() {
    check(
        "THE TARVEL TIMES\n\nNATIONAL / CRIME\n\nPolice tie Russian intelligence to hack of Narva fisheries cooperative\n\nInvestigators say a group linked to the FSB read the cooperative's emails.\n\nThe National Police Agency said Friday that a hacking group linked to Russia's Federal Security Service had broken into the cooperative.",
        "#2 Accusation national_police_agency -> russia (russia) [tie Russian intelligence to]
         #3 Accusation investigators -> fsb (russia) [say]
         #4 Accusation national_police_agency -> fsb (russia) [said]",
    );
}

#[test]
fn a_government_of_a_state_named_by_its_official_form_is_that_state() {
    check(
        "Russia accused Estonia of hacking its grid.\n\nThe Government of the Republic of Estonia rejects the allegations.",
        "#0 Accusation russia -> estonia (estonia) [accused]
         #1 Denial estonia -> russia (estonia) [rejects]",
    );
}

#[test]
fn a_transcript_label_with_an_abbreviated_title_is_one_turn() {
    check(
        "Press briefing with Undersecretary Jaan Tamm\n\nPCO USEC. HOLM: Good morning. We have with us today Undersecretary Jaan Tamm.\n\nDICT USEC. TAMM: Thank you. Our assessment is that the operation was carried out by Mustang Panda, a group linked to the Chinese state.\n\nQUESTION: Did the allies help?\n\nDICT USEC. TAMM: I will not comment on the intelligence we exchange with partners.",
        "#4 Accusation jaan_tamm -> mustang_panda (mustang_panda) []
         #6 NonConfirmation jaan_tamm -> - (mustang_panda) [will not comment]",
    );
}

#[test]
fn a_body_with_its_nationality_after_its_name_speaks_for_itself() {
    check(
        "Des pirates ont volé des fonds à la banque Tarvel.\n\nLe Federal Bureau of Investigation (FBI) américain, associé à l'enquête, a imputé le vol à la Corée du Nord.",
        "#1 Accusation fbi -> north_korea (north_korea) [a imputé]",
    );
}

#[test]
fn an_office_named_after_its_holder_speaks() {
    check(
        "Hackers stole files from Velmar Bank.\n\nEstonia's Prime Minister's Office declined to comment.",
        "#1 NonConfirmation prime_minister_s_office -> - (_) [declined to comment]",
    );
}

#[test]
fn what_a_speaker_belongs_to_is_no_target() {
    check(
        "Hackers hit Velmar Bank.\n\nThe Centre for Cyber Security (CFCS), which is part of the Tarvel Defence Intelligence Service, said Chinese hackers planted the backdoor.",
        "#1 Accusation centre_for_cyber_security -> china (china) [said]",
    );
}

#[test]
fn the_name_before_an_acronym_in_brackets_is_the_subject() {
    // Not the acronym, nor the owner named after the brackets.
    check(
        "Hackers hit Velmar Bank.\n\nThe Tarvel Information Technology Authority (TITA-U) declined to comment.",
        "#1 NonConfirmation tarvel_information_technology_authority -> - (_) [declined to comment]",
    );
    check(
        "Des pirates ont visé la banque Velmar.\n\nLe Bureau des affaires financières (BAF) de la Police nationale de Tarvel n'a pas donné suite.",
        "#1 NonConfirmation bureau_des_affaires_financieres -> - (_) [n'a pas donné suite]",
    );
}

#[test]
fn an_inverted_pronoun_in_a_reporting_aside_is_the_reporter() {
    check(
        "Des pirates nord-coréens ont volé des fonds à la banque Velmar.\n\nLe ministre Jaan Tamm a accusé Pyongyang devant le Parlement.\n\nLe gouvernement, a-t-il ajouté, condamne cette attaque avec la plus grande fermeté.",
        "#1 Accusation jaan_tamm -> north_korea (north_korea) [a accusé]
         #2 Condemnation jaan_tamm -> north_korea (north_korea) [condamne]",
    );
}

#[test]
fn a_country_heading_a_list_of_agents_blames() {
    check(
        "Hackers hit Velmar Bank.\n\nSandworm was blamed by Estonia and several Western governments for the blackouts.",
        "#1 Accusation estonia -> - (dispute) [was blamed]",
    );
    // A country adjective before a role is the role's, not a list's first agent.
    check(
        "Hackers hit Velmar Bank.\n\nRussian hackers were blamed by Estonian and foreign security firms for the attack.",
        "#1 Accusation security_firms -> russia (russia) [were blamed]",
    );
}

#[test]
fn a_relative_clause_with_a_preposition_describes_the_subject() {
    check(
        "Hackers stole data from the town of Velmar.\n\nThe Tarvel Police Board, to which the incident was reported, would not confirm whether an investigation has been opened.",
        "#1 NonConfirmation tarvel_police_board -> - (_) [would not confirm]",
    );
    check(
        "Des pirates ont volé des données à la ville de Velmar.\n\nLa Gendarmerie de Tarvel, à qui l'incident a été signalé, refuse de confirmer l'ouverture d'une enquête.",
        "#1 NonConfirmation gendarmerie_de_tarvel -> - (_) [refuse de confirmer]",
    );
}

#[test]
fn a_note_or_a_text_speaks_for_whoever_issued_it() {
    check(
        "Hackers stole files from the Velmar Institute.\n\nThe Tarvel Security Service sent a note to the government on Monday.\n\n\"The operation bears all the signs of a state-backed campaign run for the benefit of the Russian services,\" the note says.\n\nThe Russian embassy issued a statement on Tuesday.\n\nThe text denies any involvement of Russian services.",
        "#2 Accusation tarvel_security_service -> - (dispute) [says]
         #4 Denial russia_embassy -> tarvel_security_service (dispute) [denies]",
    );
}

#[test]
fn a_person_in_apposition_after_a_sources_role_is_the_source() {
    check(
        "Des pirates ont volé des fonds à la banque Velmar.\n\nSelon le ministre de la Défense, Jaan Tamm, les pirates sont russes.",
        "#1 Accusation jaan_tamm -> russia (russia) [Selon]",
    );
    // A portfolio with commas of its own, then a title.
    check(
        "Des pirates ont volé des fonds à la banque Velmar.\n\nSelon le ministre des Technologies de l'information, de la Communication et de l'Innovation, Dr Anna Holm, qui s'exprimait hier à l'Assemblée, les pirates sont russes.",
        "#1 Accusation anna_holm -> russia (russia) [Selon]",
    );
}

#[test]
fn a_person_keeps_the_side_of_the_role_they_were_introduced_with() {
    // Introduced in a sentence that claims nothing; her later charge answers Estonia's.
    check(
        "The Estonian police accused Russia of the attack on the Narva port.\n\nIn Moscow, the spokeswoman of the Russian foreign ministry, Anna Holm, went further on Saturday.\n\nShe accused Estonia of hacking Russian ports.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #2 CounterAccusation anna_holm -> estonia (estonia) [accused]",
    );
    check(
        "La police estonienne a accusé la Russie de l'attaque contre le port de Narva.\n\nÀ Moscou, la porte-parole du ministère russe des Affaires étrangères, Anna Holm, est allée plus loin samedi.\n\nElle a accusé l'Estonie de pirater les ports russes.",
        "#0 Accusation estonia_police -> russia (russia) [a accusé]
         #2 CounterAccusation anna_holm -> estonia (estonia) [a accusé]",
    );
}

#[test]
fn what_the_known_attackers_did_is_the_attacks_account_not_a_charge() {
    check(
        "Estonia blamed Russia for the attack on the Velmar bank.\n\nAccording to the minister, the attackers copied the bank's payment files in June.\n\nThe minister said the attackers worked for Russian military intelligence.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 OtherClaim estonia -> - (russia) [According to]
         #2 Accusation estonia -> gru (russia) [said]",
    );
}

#[test]
fn in_a_notice_a_french_pronoun_takes_up_the_professor_by_her_title_and_then_the_body_just_named() {
    // A first-party notice whose own voice speaks first; a given name the name list gives
    // as a man's after « la professeure »; then a body that opens the sentence before « Elle ».
    check(
        "Université de Velmar | Nouvelles\n\nAvis à la communauté universitaire : incident de cybersécurité\n\nPublié le 4 décembre 2026\n\nNous souhaitons vous informer d'un incident de cybersécurité. Nous reconnaissons que le compte d'un doctorant n'était pas protégé.\n\n« Nos témoins ont fui des persécutions », a déclaré la professeure Marc Holm. Elle estime que l'opération porte la marque des services russes.\n\nLa Gendarmerie de Tarvel a été avisée. Elle a refusé de commenter l'existence d'une enquête.",
        "#4 Acknowledgment universite_de_velmar -> - (russia) [reconnaissons]
         #6 Accusation marc_holm -> russia (russia) [estime]
         #8 NonConfirmation gendarmerie_de_tarvel -> marc_holm (russia) [a refusé de commenter]",
    );
}

#[test]
fn a_pronoun_after_a_semicolon_takes_up_the_subject_of_the_clause_before() {
    check(
        "Hackers linked to Russia stole data from the Velmar Institute, the Estonian foreign ministry said.\n\nThe Office of the Prosecutor General of Estonia has opened criminal proceedings; it declined to comment on them.",
        "#0 Accusation estonia_mfa -> russia (russia) [said]
         #1 NonConfirmation office_of_the_prosecutor_general_of_estonia -> - (russia) [declined to comment]",
    );
}

#[test]
fn the_group_as_a_subject_is_the_threat_group_named_last() {
    check(
        "The Estonian police said the attack on the Narva port was the work of Sever-Z, a hacktivist group linked to Russian military intelligence.\n\nThe group did not respond to questions.",
        "#0 Accusation estonia -> sever_z (sever_z) [said]
         #1 NonConfirmation sever_z -> estonia (sever_z) [did not respond]",
    );
}

#[test]
fn its_spokesman_speaks_for_the_body_the_possessive_takes_up() {
    check(
        "The Estonian police accused Russia of the attack on the Narva port.\n\nThe Russian embassy in Tallinn rejected the accusation as groundless.\n\nIts spokesman, Jan Roe, went on to accuse Estonia of hacking Russian ports.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial russia_embassy -> estonia (russia) [rejected]
         #2 CounterAccusation jan_roe -> estonia (estonia) [accuse]",
    );
}

#[test]
fn who_after_a_person_of_a_body_takes_up_the_person() {
    check(
        "The Estonian police said Russia was behind the attack on the Narva port.\n\n\"Our ports are only as safe as our networks,\" said lawmaker Anna Holm of the Velmar Party, who condemned the attack.",
        "#0 Accusation estonia -> russia (russia) [said]
         #1 Condemnation anna_holm -> russia (russia) [condemned]",
    );
}

#[test]
fn a_capitalised_title_set_beside_a_name_by_a_comma_is_no_name_of_its_own() {
    check(
        "La police estonienne attribue l'attaque contre le port de Narva à la Russie.\n\n« Qu'un État vise nos ports est inacceptable », a déclaré la Ministre-Présidente, Anna Holm.",
        "#0 Accusation estonia_police -> russia (russia) [attribue]
         #1 Condemnation anna_holm -> russia (russia) [a déclaré]",
    );
}

#[test]
fn a_country_reported_by_the_cue_it_is_the_subject_of_ends_the_search_for_its_reporter() {
    // The cue's own reporting verb once asked again for the reporter of the same
    // clause, without end, and the analysis overflowed its stack.
    check(
        "Estonia blamed Russia for the attack, the police said.\n\nThe Minister of State said the Government would not comment on attribution.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 NonConfirmation estonia -> - (russia) [would not comment]",
    );
}

#[test]
fn the_spokesman_takes_up_the_body_an_unnamed_spokesman_spoke_for() {
    check(
        "Estonian police blamed Russia for the attack on the Narva port.\n\nForeign Minister Anna Holm said the ministry had called in the Russian envoy.\n\nA spokesman for the Russian Ministry of Foreign Affairs told the news agency TASS that the claims were \"a fabrication\". The spokesman accused Estonia of \"sheltering extremists\".",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #2 Denial russia_mfa -> estonia (russia) [told]
         #3 CounterAccusation russia_mfa -> estonia (estonia) [accused]",
    );
}

#[test]
fn a_charge_turned_back_on_the_accuser_is_a_counter_accusation() {
    check(
        "La police estonienne attribue au renseignement militaire russe l'attaque contre le port de Narva.\n\nMoscou dément et retourne l'accusation contre Tallinn.",
        "#0 Accusation estonia_police -> gru (russia) [attribue]
         #1 Denial russia -> estonia (russia) [dément]
         #1 CounterAccusation russia -> estonia (estonia) [retourne l'accusation]",
    );
    check(
        "Estonian police blamed Russian military intelligence for the attack on the Narva port.\n\nMoscow turned the accusation back on Estonia.",
        "#0 Accusation estonia -> gru (russia) [blamed]
         #1 CounterAccusation russia -> estonia (estonia) [turned the accusation back on]",
    );
}

#[test]
fn a_place_after_a_named_body_says_where_it_sits_not_who_speaks() {
    check(
        "La police estonienne accuse la Russie de l'attaque contre le port de Narva.\n\nL'Agence des Nations unies pour les réfugiés (HCR) à Tallinn a refusé de commenter.",
        "#0 Accusation estonia_police -> russia (russia) [accuse]
         #1 NonConfirmation hcr -> estonia_police (russia) [a refusé de commenter]",
    );
    check(
        "Estonian police blamed Russia for the attack on the Narva port.\n\nThe office of the UN Refugee Agency (UNHCR) in Tallinn declined to comment.",
        "#0 Accusation estonia -> russia (russia) [blamed]
         #1 NonConfirmation office_of_the_un_refugee_agency -> estonia (russia) [declined to comment]",
    );
}

#[test]
fn an_administrator_named_beside_the_cue_speaks_rather_than_the_body_before() {
    check(
        "La police estonienne accuse la Russie de l'attaque contre le port de Narva.\n\nL'Institut Velmar reconnaît qu'un compte n'était protégé que par un mot de passe. « Nous aurions dû le voir plus tôt », a affirmé son administrateur général, Jaan Tamm.",
        "#0 Accusation estonia_police -> russia (russia) [accuse]
         #1 Acknowledgment institut_velmar -> - (russia) [reconnaît]
         #2 Acknowledgment jaan_tamm -> - (russia) [Nous aurions dû]",
    );
}

#[test]
fn taking_an_attack_to_an_outside_body_or_refusing_to_accept_it_condemns() {
    check(
        "Estonia accused Russia of the attack on the Narva port.\n\nJaan Tamm said the government would raise the case with its allies next week.\n\n\"We will not accept it,\" said Anna Holm.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Condemnation jaan_tamm -> russia (russia) [said]
         #2 Condemnation anna_holm -> russia (russia) [said]",
    );
    check(
        "L'Estonie accuse la Russie de l'attaque contre le port de Narva.\n\nJaan Tamm a indiqué que le gouvernement se réservait le droit de porter l'affaire devant le Conseil de sécurité.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Condemnation jaan_tamm -> russia (russia) [a indiqué]",
    );
}

#[test]
fn calling_a_finding_names_or_crying_plot_denies() {
    check(
        "Estonia accused Russia of the attack on the Narva port.\n\nRussia's embassy calls the finding \"a fantasy\".\n\nHe affirmed that Russia does not engage in cyberattacks against any state.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Denial russia_embassy -> estonia (russia) [calls the finding]
         #2 Denial russia_embassy -> estonia (russia) [affirmed]",
    );
    check(
        "L'Estonie accuse la Russie de l'attaque contre le port de Narva.\n\nLa Russie crie au complot.\n\nMoscou parle de mise en scène.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Denial russia -> estonia (russia) [crie au complot]
         #2 Denial russia -> estonia (russia) [parle de]",
    );
}

#[test]
fn the_owner_of_what_was_broken_into_is_no_target() {
    check(
        "Estonia accused Russia of the attack on the Narva port.\n\nJaan Tamm said hackers had stolen files from the servers of Tarvel Shipping.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Accusation jaan_tamm -> russia (russia) [said]",
    );
    check(
        "L'Estonie accuse la Russie de l'attaque contre le port de Narva.\n\nSelon Jaan Tamm, des pirates ont copié les fichiers du réseau de Tarvel Shipping.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Accusation jaan_tamm -> russia (russia) [Selon]",
    );
}

#[test]
fn a_body_described_as_part_of_another_speaks_for_itself() {
    // The description between commas, acronyms in brackets included, is an aside on the
    // subject before it.
    check(
        "The Tarvel Cyber Centre (TCC), part of the Velmar Defence Agency (VDA), said that Russian hackers carried out the intrusion.",
        "#0 Accusation tarvel_cyber_centre -> russia (russia) [said]",
    );
    check(
        "La Direction de la cybersécurité de Tarvel (DCT), rattachée à l'Agence de défense de Velmar, a conclu que des pirates russes étaient responsables.",
        "#0 Accusation direction_de_la_cybersecurite_de_tarvel -> russia (russia) [a conclu que]",
    );
}

#[test]
fn being_someones_doing_attributes_the_act() {
    check(
        "Selon l'évaluation du CERT-EE, il est hautement probable que l'incident soit le fait du GRU.",
        "#0 Accusation cert_ee -> gru (russia) [Selon]",
    );
    // « Le fait de » before an infinitive is no attribution: the source's other claim.
    check(
        "Le fait de publier ces documents ne change rien, selon le ministère estonien.",
        "#0 OtherClaim estonia -> - (_) [selon]",
    );
}

#[test]
fn calling_the_act_an_attack_on_something_condemns_it() {
    check(
        "Estonia accused Russia of the attack on the Narva port.\n\n\"What was done in Narva is an attack on Europe,\" Jaan Tamm said.",
        "#0 Accusation estonia -> russia (russia) [accused]
         #1 Condemnation jaan_tamm -> russia (russia) [is an attack]",
    );
    check(
        "L'Estonie accuse la Russie de l'attaque contre le port de Narva.\n\n« C'est une agression contre l'Europe », a déclaré Jaan Tamm.",
        "#0 Accusation estonia -> russia (russia) [accuse]
         #1 Condemnation jaan_tamm -> russia (russia) [est une agression]",
    );
}

#[test]
fn a_body_noun_is_a_whole_word_of_the_name() {
    // "the mission" is not the Securities Commission, whose name holds "mission" only
    // inside a word.
    check(
        "North Korea's mission to the United Nations rejected the accusation on Friday.\nThe Tarvel Securities Commission said North Korean hackers had stolen the funds.\nThe mission called the findings \"a fairy tale written in Washington\".",
        "#0 Denial north_korea_mission -> tarvel_securities_commission (north_korea) [rejected]
         #1 Accusation tarvel_securities_commission -> north_korea (north_korea) [said]
         #2 Denial north_korea_mission -> tarvel_securities_commission (north_korea) [called the findings]",
    );
}

#[test]
fn an_opening_pour_with_an_elided_article_gives_a_view() {
    // The apostrophe of « l'opposant » ends no holder: the view is Jaan Tamm's.
    check(
        "Pour l'opposant Jaan Tamm, des pirates russes ont visé le port.",
        "#0 Accusation jaan_tamm -> russia (russia) [Pour]",
    );
}

#[test]
fn a_party_that_denies_and_then_accuses_counter_accuses_whoever_it_names() {
    // No accuser is named: the denial alone shows that the speaker answers a charge.
    check(
        "Intrusion\n\nL’ambassade de Russie à Tallinn a qualifié ces informations de « sans fondement ».\n\nElle accuse la Finlande de mener des provocations.",
        "#1 Denial russia_embassy -> - (_) [a qualifié]
         #2 CounterAccusation russia_embassy -> finland (_) [accuse]",
    );
}

#[test]
fn a_charge_set_in_the_past_is_background_not_a_counter_accusation() {
    // By an adverb, or by a year before the latest the article names.
    check(
        "Port hack\n\nTALLINN, 3 March 2026 – Estonia accused Russia on Monday of hacking the port of Narva in February 2026.\n\nRussia has previously accused Estonia of spying on its diplomats.\n\nIn 2024, the Russian foreign ministry accused Estonia of hacking its consulate.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 Accusation russia -> estonia (_) [accused]
         #3 Accusation russia_mfa -> estonia (_) [accused]",
    );
    check(
        "Port hack\n\nTALLINN, 3 March 2026 – Estonia accused Russia on Monday of hacking the port of Narva in February 2026.\n\nIn 2024, the Russian foreign ministry accused Estonia of hacking its consulate.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 Accusation russia_mfa -> estonia (_) [accused]",
    );
    check(
        "Piratage\n\nL’Estonie a accusé lundi la Russie d’avoir piraté le port de Narva en février 2026.\n\nÀ l’époque, Moscou avait accusé Tallinn d’espionner ses diplomates.",
        "#1 Accusation estonia -> russia (_) [a accusé]
         #2 Accusation russia -> estonia (_) [avait accusé]",
    );
}

#[test]
fn crying_foul_or_contesting_a_charge_denies_it() {
    check(
        "T\n\nL'Estonie accuse la Russie. L'ambassade de Russie crie à la calomnie.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #2 Denial russia_embassy -> estonia (_) [crie à]",
    );
    check(
        "T\n\nEstonia blames Russia for port hack; Moscow cries foul",
        "#1 Denial russia -> estonia (_) [cries foul]
         #1 Accusation estonia -> russia (_) [blames]",
    );
    check(
        "T\n\nL'Estonie avait désigné la Russie en 2024, ce que Moscou avait contesté.",
        "#1 Denial russia -> estonia (_) [avait contesté]",
    );
}

#[test]
fn before_anyone_speaks_a_pronoun_takes_up_the_person_named_last() {
    check(
        "T\n\nDepuis trois semaines, le téléphone d’Anna Holm sonne sans cesse.\n\nLa directrice du port de Narva a découvert que le fichier avait été copié.\n\nDes familles ont reçu des appels.\n\n« Ce n’est pas un amateur.\n\nIl n’y a qu’un État qui a intérêt à ça : la Russie », affirme-t-elle.",
        "#4 OtherClaim anna_holm -> - (dispute) []
         #5 OtherClaim anna_holm -> - (dispute) [affirme]",
    );
}

#[test]
fn withholding_details_or_not_reacting_declines_to_confirm() {
    check(
        "T\n\nEstonia accused Russia of hacking the port.\n\nThe Russian embassy did not address the technical findings.\n\n\"I won't be drawn on diplomatic conversations,\" Jaan Tamm said.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 NonConfirmation russia_embassy -> estonia (_) [did not address]
         #3 NonConfirmation jaan_tamm -> estonia (_) [won't be drawn]",
    );
    check(
        "T\n\nL'Estonie accuse la Russie d'avoir piraté le port.\n\nL'ambassade de Russie n'a pas réagi.\n\n« Je ne vais pas préciser lesquelles », a déclaré Jaan Tamm.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #2 NonConfirmation russia_embassy -> estonia (_) [n'a pas réagi]
         #3 NonConfirmation jaan_tamm -> estonia (_) [ne vais pas préciser]",
    );
}

#[test]
fn a_french_verb_of_saying_names_its_speaker_after_it_and_replying_reports() {
    // « a dit X », « a confié X »: X says it; the addressee would follow « à ».
    check(
        "T\n\nL'Estonie accuse la Russie d'avoir piraté le port de Narva.\n\n« Nous n'avons rien à voir avec cette attaque », a dit Anna Holm.\n\n« Nous avons commis une erreur », a confié Peeter Kask.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #2 Denial anna_holm -> estonia (_) [a dit]
         #3 Acknowledgment peeter_kask -> - (_) [avons commis une erreur]",
    );
    // « a répondu », « a-t-il répliqué »: a reply reports what it says.
    check(
        "T\n\nLe ministre Jaan Tamm a parlé mardi à Tallinn.\n\n« La Russie est derrière cette opération », a répondu Jaan Tamm.",
        "#2 Accusation jaan_tamm -> russia (_) [a répondu]",
    );
}

#[test]
fn a_quotation_credited_on_the_line_below_by_name_alone_is_that_persons() {
    // A news release's quotes: the credit line names the speaker without a dash; a line
    // that introduces the next quotation ("…, said:") credits nothing.
    check(
        "T\n\nEstonia accused Russia of hacking the port of Narva.\n\n\"We condemn this attack on our port.\"\n\nAnna Holm, Minister of Infrastructure\n\n\"We should have patched the server sooner.\"\n\nPeeter Kask, chief executive, Narva Port",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 Condemnation anna_holm -> russia (_) [condemn]
         #4 Acknowledgment peeter_kask -> - (_) [We should have]",
    );
}

#[test]
fn a_perfect_before_par_is_active_and_an_adjunct_may_precede_que() {
    // « a indiqué par courriel qu'elle … »: « par courriel » is how it was said, not an
    // agent; the pronoun after « que » is still the reporter.
    check(
        "T\n\nL'Estonie accuse la Russie d'avoir piraté le port.\n\nLa police estonienne a indiqué par courriel qu'elle ne commente pas les enquêtes en cours.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #2 NonConfirmation estonia_police -> - (_) [ne commente pas]",
    );
}

#[test]
fn a_person_fronted_as_the_source_speaks_for_what_a_body_found() {
    // « Selon le ministre, l'agence a établi que … »: the minister reports the agency's
    // finding; the minister speaks.
    check(
        "T\n\nLe ministre Jaan Tamm a parlé mardi à Tallinn.\n\nSelon le ministre, l'agence RIA a établi que l'opération avait été conduite par un groupe lié à la Russie.",
        "#2 Accusation jaan_tamm -> russia (_) [a établi que]",
    );
}

#[test]
fn a_document_s_author_after_its_recipient_is_the_source() {
    // "according to a report sent to the Ministry by RIA": the report's author speaks,
    // not the ministry it went to.
    check(
        "T\n\nAccording to a report sent to the Ministry of Defence by RIA, APT28 hacked the port of Narva.",
        "#1 Accusation ria -> apt28 (_) [According to]",
    );
    check(
        "T\n\nSelon un rapport remis au ministère de la Défense par la RIA, APT28 a piraté le port de Narva.",
        "#1 Accusation ria -> apt28 (_) [Selon]",
    );
}

#[test]
fn a_hyphen_joins_the_words_of_a_name() {
    // "Hydro-Velmar admitted …": the whole hyphenated name speaks, not its last part; a
    // title's parts and a prefix before a country's word are no such name.
    check(
        "T\n\nHydro-Velmar admitted that its network had been left without protection.",
        "#1 Acknowledgment hydro_velmar -> - (_) [admitted]",
    );
    check(
        "T\n\nLe Nam-CERT affirme que des pirates russes ont piraté le port de Narva.",
        "#1 Accusation nam_cert -> russia (_) [affirme]",
    );
}

#[test]
fn a_quotation_over_two_sentences_is_its_closing_credit_s() {
    // The words of a quotation opened in the sentence before are the words of whoever the
    // verb after its closing mark names, in both its sentences.
    check(
        "T\n\nLa RIA a attribué l'attaque à des pirates russes.\n\n« Le pare-feu du port de Narva datait de 2019. Nous avons commis une erreur », a reconnu son président, Jaan Tamm.",
        "#1 Accusation ria -> russia (_) [a attribué]
         #2 Acknowledgment jaan_tamm -> - (_) [_]
         #3 Acknowledgment jaan_tamm -> - (_) [avons commis une erreur]",
    );
}

#[test]
fn a_pronoun_closing_a_long_quotation_takes_up_who_led_into_it() {
    // « …. … », reconnaît-il: the person named in the sentence that led into the quotation,
    // not the last one who spoke before it.
    check(
        "T\n\nLe ministre Peeter Kask a accusé la Russie d'avoir piraté le port.\n\nJaan Tamm, qui dirige la Velmar, s'est montré franc.\n\n« Le pare-feu du port datait de 2019. Nous avons commis une erreur », reconnaît-il.",
        "#1 Accusation peeter_kask -> russia (_) [a accusé]
         #3 Acknowledgment jaan_tamm -> - (_) [_]
         #4 Acknowledgment jaan_tamm -> - (_) [avons commis une erreur]",
    );
}

#[test]
fn a_mayor_or_high_commissioner_named_after_the_role_speaks() {
    // "a déclaré la mairesse, Mme X", "said the High Commissioner, X": the holder named
    // after the role, as after « la ministre ».
    check(
        "T\n\nLa ville a été piratée par des pirates russes.\n\n« Je condamne ce geste sans réserve », a déclaré la mairesse, Mme Anna Holm.",
        "#2 Condemnation anna_holm -> - (_) [condamne]",
    );
    check(
        "T\n\nThe port was hacked by Russian spies.\n\n\"We condemn this attack,\" said the High Commissioner, Jaan Tamm.",
        "#2 Condemnation jaan_tamm -> - (_) [condemn]",
    );
}

#[test]
fn a_ministry_named_by_its_portfolio_is_a_ministry_of_that_portfolio() {
    // "the foreign ministry" after a ministry of another portfolio was named: not that
    // ministry, but the foreign ministry of the country whose voice the story opened with,
    // of the states not accused; "a Russian foreign ministry spokeswoman": Russia's.
    check(
        "T\n\nEstonia accused Russia of hacking the Narva port.\n\nAt a briefing in Tallinn, Jaan Tamm of the Ministry of Internal Security described the inquiry.\n\nThe foreign ministry summoned the Russian chargé d'affaires on Tuesday.\n\nA Russian foreign ministry spokeswoman said Moscow had nothing to do with it.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 OtherClaim jaan_tamm -> - (_) [described]
         #3 Condemnation estonia_mfa -> russia (_) [summoned]
         #4 Denial russia_mfa -> estonia (_) [said]",
    );
    // "its foreign ministry": the ministry of the country named before the possessive.
    check(
        "T\n\nEstonia accused Russia of hacking the Narva port.\n\nRussia stayed silent this week, though its foreign ministry has rejected such claims before.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 Denial russia_mfa -> estonia (_) [has rejected]",
    );
}

#[test]
fn a_sentence_handed_to_a_source_is_that_sources_claim() {
    // "According to X, …", « Selon lui, … »: the source's assertion, though its words
    // name neither an attack nor the conflict's topic.
    check(
        "T\n\nEstonia accused Russia of hacking the Narva port.\n\nAccording to the RIA, the intruders first entered the port's network in September through an employee's email account.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 OtherClaim ria -> - (_) [According to]",
    );
    check(
        "T\n\nL'Estonie accuse la Russie d'avoir piraté le port de Narva.\n\nLe directeur du port, Peeter Kask, a reçu la presse mardi.\n\nSelon lui, les intrus sont entrés en septembre par la messagerie d'un employé.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #3 OtherClaim peeter_kask -> - (_) [Selon]",
    );
}

#[test]
fn a_government_named_by_its_noun_alone_is_the_datelines() {
    // "TALLINN – Government has confirmed …": no country before the noun and none heard
    // for it; the dateline's town says whose government speaks.
    check(
        "Russian hackers raided port accounts\n\nTALLINN – GOVERNMENT has confirmed that hackers linked to Russia stole nearly 4 million euros from a port operator in Narva.\n\nThe government said the money had been moved through crypto exchanges.",
        "#0 Accusation estonia -> russia (_) [_]
         #1 Accusation estonia -> russia (_) [has confirmed]
         #2 OtherClaim estonia -> - (_) [said]",
    );
    check(
        "Des pirates russes ont visé le port de Narva\n\nTallinn, 3 décembre 2026 – Le gouvernement a révélé jeudi que l'intrusion qui a perturbé le port était l'œuvre de pirates liés à la Russie.",
        "#0 Accusation estonia -> russia (_) [_]
         #1 Accusation estonia -> russia (_) [a révélé]",
    );
    // An agency in capitals between the town and the dash is still a dateline.
    check(
        "Russian hackers raided port accounts\n\nTALLINN (ERR) – The government has confirmed that hackers linked to Russia stole 4 million euros from a port operator.",
        "#0 Accusation estonia -> russia (_) [_]
         #1 Accusation estonia -> russia (_) [has confirmed]",
    );
    // A release's dateline on a line of its own: the town, a comma and the date, no dash.
    check(
        "PRESS RELEASE\n\nTallinn, 4 December 2026\n\nThe Government acknowledges that its port staff used weak passwords.",
        "#2 Acknowledgment estonia -> - (_) [acknowledges]",
    );
    check(
        "COMMUNIQUÉ\n\nTallinn, le 4 décembre 2026\n\nLe Gouvernement reconnaît que ses agents utilisaient des mots de passe faibles.",
        "#2 Acknowledgment estonia -> - (_) [reconnaît]",
    );
    // No dateline: no country for the noun.
    check(
        "Des pirates russes ont visé le port de Narva\n\nLe gouvernement a révélé jeudi à Tallinn que l'intrusion qui a perturbé le port était l'œuvre de pirates liés à la Russie.",
        "#0 Accusation ? -> russia (_) [_]
         #1 Accusation ? -> russia (_) [a révélé]",
    );
}

#[test]
fn evidence_that_leads_one_way_or_standing_by_an_assessment_accuses() {
    check(
        "T\n\nEstonia accused Russia of hacking the Narva port.\n\n\"The logs and the malware point the same way,\" said Anna Holm, who runs the lab.\n\nThe government stands by the RIA's assessment.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 Accusation anna_holm -> russia (_) [said]
         #3 Accusation estonia -> russia (_) [stands by the RIA's assessment]",
    );
    check(
        "T\n\nL'Estonie a accusé la Russie d'avoir piraté le port de Narva.\n\nLe ministre Peeter Kask a désigné un coupable.",
        "#1 Accusation estonia -> russia (_) [a accusé]
         #2 Accusation peeter_kask -> russia (_) [a désigné un coupable]",
    );
}

#[test]
fn the_province_is_the_government_of_the_province_the_story_names() {
    check(
        "T\n\nHackers linked to Russia broke into the Regina water utility, the Cyber Centre said on Monday.\n\nSaskatchewan has asked Ottawa to respond.\n\nThe Province acknowledges that a firewall at the utility was out of date.",
        "#1 Accusation cyber_centre -> russia (_) [said]
         #2 Acknowledgment saskatchewan -> - (_) [_]
         #3 Acknowledgment saskatchewan_government -> - (_) [acknowledges]",
    );
    check(
        "T\n\nDes pirates liés à la Russie se sont introduits dans le réseau d'eau de Regina, selon le Centre pour la cybersécurité.\n\nLa Saskatchewan a demandé à Ottawa de réagir.\n\nLa Province reconnaît qu'un pare-feu n'avait pas été mis à jour.",
        "#1 Accusation cccs -> russia (_) [selon]
         #2 Condemnation saskatchewan -> russia (_) [a demandé à]
         #3 Acknowledgment saskatchewan_government -> - (_) [reconnaît]",
    );
}

#[test]
fn par_ailleurs_after_the_verb_marks_no_agent() {
    // « nie par ailleurs »: an adverb; the subject before the verb denies.
    check(
        "T\n\nL'Estonie accuse la Russie d'avoir piraté le port.\n\nLa Russie nie par ailleurs toute implication.",
        "#1 Accusation estonia -> russia (_) [accuse]
         #2 Denial russia -> estonia (_) [nie]",
    );
}

#[test]
fn a_first_person_plural_judgement_is_the_publishers() {
    // « Nous jugeons » in a lab's own report: the lab, not the firm named before.
    check(
        "Rapport de Velmar Labs\n\nPublié le 3 mars 2026 par l'équipe de Velmar Labs\n\nNous attribuons cette campagne au groupe APT28.\n\nDes serveurs déjà décrits par ESET ont servi.\n\nNous jugeons probable que cette équipe travaille pour le renseignement russe.",
        "#2 Accusation velmar_labs -> apt28 (apt28) [attribuons]
         #4 Accusation velmar_labs -> russia (_) [jugeons]",
    );
}

#[test]
fn a_legal_form_closes_a_company_name() {
    // "Ltda": the company is named, so "the company" later is that firm, not the outlet.
    check(
        "T\n\nThe registry is run by a Tartu firm, Velmar Sistemas Ltda.\n\nWriting to RIA Novosti, the company acknowledged that it had left an old account open.",
        "#2 Acknowledgment velmar_sistemas_ltda -> - (_) [acknowledged]",
    );
}

#[test]
fn a_charge_made_in_turn_is_a_counter_accusation() {
    // "in turn", « à son tour », "went further": the charge answers one, whoever makes it.
    check(
        "T\n\nEstonia accused Russia of hacking the Narva port.\n\nThe diplomat in turn accused Estonia of sheltering the hackers who hit the Pskov council.",
        "#1 Accusation estonia -> russia (_) [accused]
         #2 CounterAccusation diplomat -> estonia (_) [accused]",
    );
    check(
        "T\n\nL'Estonie a accusé la Russie d'avoir piraté le port de Narva.\n\nLe diplomate accuse à son tour l'Estonie d'abriter les pirates qui ont visé la mairie de Pskov.",
        "#1 Accusation estonia -> russia (_) [a accusé]
         #2 CounterAccusation diplomat -> estonia (_) [accuse]",
    );
}

#[test]
fn suspects_counted_or_pursued_are_people_not_a_charge() {
    // "nine suspects", "against suspects": the noun, not the verb "X suspects Y".
    check(
        "T\n\nThe Tallinn prosecutor issued warrants for nine suspects, and raids followed in Narva.\n\nThe court issued warrants against suspects in Pskov.\n\nThe RIA suspects Russia of the attack.\n\nThe RIA on Dec. 5 accused Russia of the attack.",
        "#3 Accusation ria -> russia (_) [suspects]
         #4 Accusation ria -> russia (_) [accused]",
    );
}

#[test]
fn a_bare_noun_takes_up_the_body_heard_by_its_longer_name() {
    // « le parquet » after « le parquet fédéral » spoke: that body, not an unknown speaker.
    check(
        "T\n\nLe parquet fédéral soupçonne des pirates russes.\n\nSelon le parquet, ces hommes travaillaient pour APT28.\n\nLe parquet a refusé de commenter.",
        "#1 Accusation parquet_federal -> russia (_) [soupçonne]
         #2 Accusation parquet_federal -> apt28 (_) [Selon]
         #3 NonConfirmation parquet_federal -> - (_) [a refusé de commenter]",
    );
}

#[test]
fn not_accepting_another_sides_statements_denies_them() {
    check(
        "T\n\nThe RIA tied the Narva port breach to Russia.\n\nThe Russian embassy called the finding a provocation.\n\nThe RIA does not accept these remarks.",
        "#1 Accusation ria -> russia (_) [tied the Narva port breach to]
         #2 Denial russia_embassy -> ria (_) [called the finding]
         #3 Denial ria -> - (_) [does not accept these]",
    );
    check(
        "T\n\nLe RIA a relié l'intrusion au port de Narva à la Russie.\n\nL'ambassade de Russie a qualifié ces conclusions de provocation.\n\nLe RIA n'accepte pas ces affirmations de l'ambassade.",
        "#1 Accusation ria -> russia (_) [a relié l'intrusion au]
         #2 Denial russia_embassy -> ria (_) [a qualifié ces conclusions]
         #3 Denial ria -> - (_) [n'accepte pas ces]",
    );
}

#[test]
fn whoever_informs_a_body_that_something_is_so_says_it() {
    // "has been informed by X that …": X tells it; the body informed only hears it.
    check(
        "T\n\nThe Tartu council has been informed by the RIA that hackers linked to Russia broke into its network.",
        "#1 Accusation ria -> russia (_) [informed by the RIA that]",
    );
}

#[test]
fn quoted_words_after_a_credited_quotation_are_the_same_persons() {
    // A body named as the subject inside the quotation is what the person speaks for.
    check(
        "T\n\nThe Narva Port Authority (NPA) says its payroll files were posted online.\n\n\"Dock workers did nothing to deserve this,\" said chief executive Anna Holm. \"The NPA condemns this attack without reserve.\"\n\nThe files date from 2025.",
        "#3 Condemnation anna_holm -> - (_) [condemns]",
    );
    // Over two sentences with no credit at their close: the same.
    check(
        "T\n\nLe port de Narva (NPA) dit que ses fichiers de paie ont été publiés.\n\n« Les dockers n'ont rien fait pour mériter cela », a déclaré sa directrice, Anna Holm. « Nous porterons plainte. La NPA condamne cette attaque sans réserve. »",
        "#3 Condemnation anna_holm -> - (_) []
         #4 Condemnation anna_holm -> - (_) [condamne]",
    );
}

#[test]
fn a_quotation_over_sentences_is_whoever_its_closing_credit_names() {
    // A reporting verb inside the quoted words ("she told me") is not the credit.
    check(
        "T\n\nHackers tied to Russia targeted activists in Tartu, the University of Tartu said.\n\nJaan Tamm runs a choir there.\n\n\"The invitation had our conductor's name on it.\n\nThe link went to a fake login page.\n\nLater she told us she had sent no link,\" he said.",
        "#1 Accusation university_of_tartu -> russia (_) [said]
         #3 OtherClaim jaan_tamm -> - (_) []
         #4 OtherClaim jaan_tamm -> - (_) []
         #5 OtherClaim jaan_tamm -> - (_) [told]",
    );
}

#[test]
fn a_pronoun_takes_up_a_person_named_since_the_last_one_spoke() {
    check(
        "T\n\nJaan Tamm said hackers tied to Russia broke into the Narva port network.\n\nPeeter Kask runs the port.\n\nThe port lost two days of work.\n\nHe said the port would not comment on the attribution.",
        "#1 Accusation jaan_tamm -> russia (_) [said]
         #4 NonConfirmation peeter_kask -> jaan_tamm (_) [would not comment]",
    );
}

#[test]
fn a_definite_noun_heading_a_name_met_before_is_that_organisation() {
    check(
        "T\n\nThe Narva Heating Network said hackers working for Russia had broken into its billing system.\n\nRussia denied any role.\n\nThe network admitted that its backups had not been tested for a year.",
        "#1 Accusation narva_heating_network -> russia (_) [said]
         #2 Denial russia -> narva_heating_network (_) [denied]
         #3 Acknowledgment narva_heating_network -> - (_) [admitted]",
    );
}

#[test]
fn a_business_noun_never_takes_up_a_state_team_or_service() {
    check(
        "T\n\nTarvas Logistics said hackers broke into its network.\n\nThe Estonian Computer Emergency Response Team linked the intrusion to Russia.\n\nThe company admitted that its servers had not been updated.",
        "#1 Accusation tarvas_logistics -> - (_) [said]
         #2 Accusation estonian_computer_emergency_response_team -> russia (_) [linked the intrusion to]
         #3 Acknowledgment tarvas_logistics -> - (_) [admitted]",
    );
}

#[test]
fn a_holder_named_after_an_inverted_role_may_be_led_in_by_an_abbreviated_title() {
    check(
        "T\n\n\"We condemn this sabotage of a civilian port,\" said the President of the Narva Harbour Board, H.E. Jaan Tamm.\n\nHe added that the port would reopen on Monday.",
        "#1 Condemnation jaan_tamm -> - (_) [condemn]
         #2 OtherClaim jaan_tamm -> - (_) [added]",
    );
}

#[test]
fn a_pronoun_right_after_according_to_is_the_source_not_a_party_after_it() {
    check(
        "T\n\nTarvas Logistique a admis devant les juges de Tartu que ses sauvegardes dataient de l'an dernier.\n\nElle maintient pourtant que le piratage, œuvre selon elle d'une armée étrangère bien plus puissante qu'une entreprise privée, l'exonère.",
        "#1 Acknowledgment tarvas_logistique -> - (_) [a admis]
         #2 OtherClaim tarvas_logistique -> - (_) [selon]",
    );
}

#[test]
fn who_saw_a_document_is_no_agent_and_a_credit_reaches_back_from_the_quotations_start() {
    check(
        "T\n\nLa fuite est attribuée à APT28, d'après un rapport de la RIA obtenu par le Narva Päevaleht.\n\nLe fondateur, Peeter Kask, nous attend devant l'usine. Il parle sans détour.\n\n« Le pare-feu n'avait pas été mis à jour. Personne d'autre que moi n'est responsable. Je demande pardon à nos salariés », dit-il.",
        "#1 Accusation ria -> apt28 (_) [est attribuée]
         #4 OtherClaim peeter_kask -> - (_) []
         #5 OtherClaim peeter_kask -> - (_) []
         #6 OtherClaim peeter_kask -> - (_) [dit-il]",
    );
}

#[test]
fn a_body_a_lead_describes_is_the_body_named_further_down() {
    check(
        "T\n\nEstonia's cyber defence agency said on Monday that Russian military hackers had broken into the Tartu Heating Network in May.\n\nThe Estonian Cyber Defence Bureau (ECDB) said the intruders had used a stolen password. The ECDB said Sandworm was behind the break-in.",
        "#1 Accusation estonian_cyber_defence_bureau -> russia (_) [said]
         #2 Accusation estonian_cyber_defence_bureau -> russia (_) [said]
         #3 Accusation estonian_cyber_defence_bureau -> _ (_) [said]",
    );
}

#[test]
fn an_attribution_with_no_agent_is_the_story_accusers_unless_told_in_the_past_perfect() {
    check(
        "T\n\nL'Autorité estonienne de cyberdéfense a affirmé lundi que des pirates russes avaient visé le réseau de chaleur de Tartu.\n\nL'intrusion est attribuée à Sandworm.\n\nLe même groupe avait été accusé d'une panne à Narva en 2024.",
        "#1 Accusation autorite_estonienne_de_cyberdefense -> russia (_) [a affirmé]
         #2 Accusation autorite_estonienne_de_cyberdefense -> sandworm (_) [est attribuée]
         #3 Accusation ? -> _ (_) [accusé]",
    );
}

#[test]
fn a_negated_verb_of_commenting_or_attributing_declines_but_a_passive_does_not() {
    check(
        "T\n\nRussian hackers broke into the Tartu Heating Network in May, the RIA said.\n\nThe Tartu police said they were investigating but would not be discussing who was behind the outage.\n\nThe outage was not attributed to any country in the police report.",
        "#1 Accusation ria -> _ (_) [said]
         #2 NonConfirmation _ -> ria (_) [not be discussing]",
    );
    check(
        "T\n\nDes pirates russes ont visé le réseau de chaleur de Tartu en mai, selon la RIA.\n\nLa mairie de Pärnu, elle, ne désigne jamais de pays.\n\nDeux adresses IP ne suffisent pas à désigner un pays, juge Jaan Tamm.",
        "#1 Accusation ria -> _ (_) [selon]
         #2 NonConfirmation _ -> ria (_) [ne désigne jamais]",
    );
}

#[test]
fn a_speaker_named_between_commas_inside_a_quotation_speaks_for_the_rest_of_it() {
    check(
        "T\n\nDes pirates russes ont visé Tarvas en mai, selon l'Autorité estonienne de cyberdéfense.\n\n« Ils cherchaient les plans du réseau, a précisé Jaan Tamm, responsable des enquêtes de l'Autorité estonienne de cyberdéfense. Un État rival en aurait l'usage. »\n\n« Nos mots de passe dataient de 2019, a reconnu lundi la directrice de Tarvas, Anna Holm. Je demande pardon à nos clients. »",
        "#1 Accusation autorite_estonienne_de_cyberdefense -> russia (_) [selon]
         #2 OtherClaim jaan_tamm -> - (_) [a précisé]
         #3 OtherClaim jaan_tamm -> - (_) []
         #4 Acknowledgment anna_holm -> - (_) [a reconnu]
         #5 Acknowledgment anna_holm -> - (_) [_]",
    );
}

#[test]
fn a_pronoun_in_a_later_clause_takes_up_the_person_a_role_introduces_as_title() {
    check(
        "T\n\nRussian hackers broke into Tarvas Group in May, the RIA said.\n\nChief executive Maarja McAllister maintained the company had never been warned that its gateway was reachable, but she conceded it had skipped two patches.",
        "#1 Accusation ria -> _ (_) [said]
         #2 Acknowledgment maarja_mcallister -> - (_) [conceded]",
    );
}

#[test]
fn the_police_take_up_only_a_police_force_not_the_agency_heard_last() {
    check(
        "T\n\nRussian hackers broke into Tarvas Group in May, the RIA said.\n\nThe Tartu Cyber Centre said on Monday that its analysts stood by the finding.\n\nPolice said a complaint had been filed and declined to comment on the origin of the break-in.\n\nThe Tartu Police Department said it had opened an inquiry. The police declined to name a suspect.",
        "#1 Accusation ria -> _ (_) [said]
         #2 OtherClaim tartu_cyber_centre -> - (_) [said]
         #3 NonConfirmation ? -> _ (_) [declined to comment]
         #5 NonConfirmation tartu_police_department -> _ (_) [declined to name]",
    );
}

#[test]
fn a_scholar_after_a_bodys_name_speaks_for_themself_and_is_named_later() {
    check(
        "T\n\nRussian hackers broke into Tarvas Group in May, the RIA said.\n\nA Tartu University lecturer who teaches network design said small ports were often a first target for such hackers.\n\n\"Few of them can pay for a full security team,\" she said.\n\nThe lecturer, Dr Anna Holm, has written two books on Baltic shipping.",
        "#1 Accusation ria -> _ (_) [said]
         #2 Accusation anna_holm -> _ (_) [said]
         #3 OtherClaim anna_holm -> - (_) [said]",
    );
}
