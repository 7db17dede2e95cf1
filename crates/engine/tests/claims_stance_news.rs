//! Stance rules read from the language of news reports (eighteenth session): what a
//! reported content says about its attack words, who answers whom, and reproaches that
//! charge no attack. Invented wording throughout.

mod claims_check;

use claims_check::check_each;

#[test]
fn an_attack_said_not_to_have_happened_accuses_no_one() {
    check_each(&[
        (
            "Velmar Telecom said no customer accounts were compromised.",
            "#0 OtherClaim velmar_telecom -> - (_) [said]",
        ),
        (
            "Le ministre Jaan Tamm a assuré qu'aucun document n'avait été dérobé.",
            "#0 OtherClaim jaan_tamm -> - (_) [a assuré]",
        ),
        // A contrast with what the attack really was still charges it.
        (
            "Anna Holm said it was not espionage but sabotage.",
            "#0 Accusation anna_holm -> - (_) [said]",
        ),
    ]);
}

#[test]
fn a_reproach_for_a_failing_charges_no_attack() {
    check_each(&[
        (
            "Le député Jaan Tamm reproche à la ministre Anna Holm d'avoir tardé.",
            "#0 OtherClaim jaan_tamm -> - (_) [reproche]",
        ),
        // A reproach that names the attack is a charge.
        (
            "Le député Jaan Tamm reproche à la Russie d'avoir piraté le réseau.",
            "#0 Accusation jaan_tamm -> russia (_) [reproche]",
        ),
    ]);
}

#[test]
fn an_author_left_open_is_accused_of_nothing() {
    check_each(&[(
        "\"Whoever was behind the hack wanted to frighten us,\" said Jaan Tamm.",
        "#0 OtherClaim jaan_tamm -> - (_) [said]",
    )]);
}

#[test]
fn an_opening_pour_and_its_holder_give_a_view() {
    check_each(&[
        (
            "Pour Anna Holm, la Russie a piraté le réseau de la mairie.",
            "#0 Accusation anna_holm -> russia (_) [Pour]",
        ),
        // An adverbial of time is nobody's view.
        (
            "Pour l'instant, la Russie a piraté le réseau de la mairie.",
            "",
        ),
    ]);
}

#[test]
fn a_participle_entrusting_an_inquiry_reports_nothing() {
    check_each(&[(
        "Le parquet de Tarvel a ouvert une enquête sur la cyberattaque, confiée à la gendarmerie.",
        "",
    )]);
}

#[test]
fn nothing_or_nobody_negates_the_charge() {
    check_each(&[
        (
            "« Rien ne relie ce groupe à la Russie », estime Anna Holm.",
            "",
        ),
        ("Jaan Tamm said nothing linked the outage to Russia.", ""),
    ]);
}

// Nineteenth session: cue words the dev misses showed recurring across texts.

#[test]
fn refusing_to_answer_or_to_attribute_as_a_rule_declines() {
    check_each(&[
        (
            "Velmar Telecom declined to answer questions about the breach.",
            "#0 NonConfirmation velmar_telecom -> - (_) [declined to answer]",
        ),
        (
            "Velmar Telecom made no statement on the breach.",
            "#0 NonConfirmation velmar_telecom -> - (_) [made no statement]",
        ),
        (
            "The Tarvel Foundation does not publicly attribute cyberattacks.",
            "#0 NonConfirmation tarvel_foundation -> - (_) [does not publicly attribute]",
        ),
        (
            "Velmar Telecom a refusé d'en dire plus sur l'intrusion.",
            "#0 NonConfirmation velmar_telecom -> - (_) [a refusé d'en dire plus]",
        ),
        (
            "La gendarmerie de Tartu ne souhaite pas communiquer sur l'enquête.",
            "#0 NonConfirmation gendarmerie_de_tartu -> - (_) [ne souhaite pas communiquer]",
        ),
    ]);
}

#[test]
fn concern_conveyed_and_light_demanded_condemn() {
    check_each(&[
        // « se dire » and « faire part de » report what follows.
        (
            "Le ministère estonien des Affaires étrangères s'est dit « profondément préoccupé » par cette affaire.",
            "#0 Condemnation estonia_mfa -> - (_) [s'est dit]",
        ),
        (
            "Le ministère estonien des Affaires étrangères a fait part de sa « vive inquiétude » à la partie russe.",
            "#0 Condemnation estonia_mfa -> russia (_) [a fait part de]",
        ),
        // « a demandé aux autorités »: the contracted « à » of a request.
        (
            "Anna Holm a demandé aux autorités russes de « faire toute la lumière » sur le piratage.",
            "#0 Condemnation anna_holm -> russia (_) [a demandé aux]",
        ),
        (
            "Jaan Tamm said Estonia's concerns had been conveyed to Russia through diplomatic channels.",
            "#0 Condemnation jaan_tamm -> - (_) [concerns had been conveyed]",
        ),
        (
            "Jaan Tamm said Russia would bear full responsibility for any escalation.",
            "#0 Condemnation jaan_tamm -> russia (_) [said]",
        ),
    ]);
}

#[test]
fn infecting_a_device_is_an_attack() {
    check_each(&[(
        "Anna Holm said the phones of two journalists had been infected.",
        "#0 Accusation anna_holm -> - (_) [said]",
    )]);
}

#[test]
fn tying_a_group_to_a_sponsor_with_a_contracted_preposition_accuses() {
    check_each(&[
        (
            "Plusieurs éditeurs ont relié ce groupe aux services russes.",
            "#0 Accusation vendors -> russia (russia) [ont relié ce groupe aux]",
        ),
        (
            "Selon Anna Holm, Tarvel est une vitrine du GRU.",
            "#0 Accusation anna_holm -> gru (_) [Selon]",
        ),
    ]);
}

#[test]
fn a_cleft_by_a_side_that_denied_turns_the_charge_back() {
    check_each(&[
        (
            "Tarvel Labs said the Velmar group had hacked the Tartu water utility.\n\n\
             The Russian embassy rejected the accusation as groundless.\n\n\
             The Russian embassy said it was the United States that hacked water utilities everywhere.\n",
            "#0 Accusation tarvel_labs -> velmar (_) [said]\n\
             #1 Denial russia_embassy -> tarvel_labs (_) [rejected]\n\
             #2 CounterAccusation russia_embassy -> united_states (_) [said]",
        ),
        // A cleft by a side nobody accused is a plain charge.
        (
            "Selon Anna Holm, c'est la Russie qui a piraté le réseau de Tartu.",
            "#0 Accusation anna_holm -> russia (_) [Selon]",
        ),
    ]);
}

#[test]
fn going_further_or_naming_the_accuser_an_empire_turns_the_charge_back() {
    check_each(&[(
        "Tarvel Labs said the Velmar group had hacked the Tartu water utility.\n\n\
         The Russian embassy rejected the accusation as groundless.\n\n\
         The embassy went further, claiming that Estonian intelligence had hacked Russian banks.\n\n\
         It added that the United States was the biggest hacker empire.\n",
        "#0 Accusation tarvel_labs -> velmar (_) [said]\n\
         #1 Denial russia_embassy -> tarvel_labs (_) [rejected]\n\
         #2 CounterAccusation russia_embassy -> estonia (_) [claiming]\n\
         #3 CounterAccusation russia_embassy -> united_states (_) [added]",
    )]);
}

#[test]
fn a_quotation_opening_inside_a_phrase_does_not_break_it() {
    check_each(&[
        (
            "Jaan Tamm said Russia had \"nothing to do\" with the leak.",
            "#0 Denial jaan_tamm -> russia (_) [said]",
        ),
        (
            "Jaan Tamm a expliqué ne pas vouloir « anticiper » sur l'enquête.",
            "#0 NonConfirmation jaan_tamm -> - (_) [ne pas vouloir « anticiper]",
        ),
    ]);
}

#[test]
fn saying_the_accuser_hides_its_own_failures_denies() {
    check_each(&[
        (
            "Anna Holm said Estonia was trying to hide its own failures behind Russia's name.",
            "#0 Denial anna_holm -> estonia (_) [said]",
        ),
        (
            "« C'est une nouvelle diversion de Tallinn pour masquer ses propres échecs », a déclaré Jaan Tamm.",
            "#0 Denial jaan_tamm -> - (_) [a déclaré]",
        ),
    ]);
}

#[test]
fn regretting_accepting_or_owning_a_failing_acknowledges() {
    check_each(&[
        (
            "\"We deeply regret that our clients trusted us,\" said Anna Holm.",
            "#0 Acknowledgment anna_holm -> - (_) [We deeply regret]",
        ),
        (
            "Under cross-examination, Jaan Tamm accepted that the backups sat on the same network.",
            "#0 Acknowledgment jaan_tamm -> - (_) [accepted that]",
        ),
        (
            "The Tarvel Council accepts this finding.",
            "#0 Acknowledgment tarvel_council -> - (_) [accepts this finding]",
        ),
        (
            "« Nous avons manqué de prudence, et nos clients en paient le prix », a écrit Anna Holm.",
            "#0 Acknowledgment anna_holm -> - (_) [avons manqué de]",
        ),
    ]);
}

#[test]
fn handing_the_question_to_whoever_decides_declines() {
    check_each(&[
        (
            "Jaan Tamm said attribution is a decision for the Government.",
            "#0 NonConfirmation jaan_tamm -> - (_) [is a decision for]",
        ),
        (
            "Anna Holm said it was for the Estonian authorities to name a culprit.",
            "#0 NonConfirmation anna_holm -> - (_) [was for the Estonian authorities to name]",
        ),
        (
            "Jaan Tamm a estimé qu'il appartient à la Commission de s'exprimer.",
            "#0 NonConfirmation jaan_tamm -> - (_) [appartient à la Commission de s'exprimer]",
        ),
        (
            "Velmar Telecom said it would answer the question in parliament.",
            "#0 NonConfirmation velmar_telecom -> - (_) [answer the question in parliament]",
        ),
    ]);
}

#[test]
fn a_harm_said_not_to_have_followed_is_an_account_of_the_incident() {
    check_each(&[
        (
            "Velmar Telecom said no customer files had been copied.",
            "#0 OtherClaim velmar_telecom -> - (_) [said]",
        ),
        (
            "Anna Holm assure que la production n'a pas été interrompue.",
            "#0 OtherClaim anna_holm -> - (_) [assure]",
        ),
    ]);
}
