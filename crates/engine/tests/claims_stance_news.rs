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
