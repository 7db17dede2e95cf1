//! A pronoun takes up a person who may have its gender: "she" skips a man, « lui » a
//! woman, the gender told by a title ("Mr", « la porte-parole ») or a given name;
//! an unknown gender fits either pronoun. A French body has its noun's gender
//! (« l'agence », « le Centre »), so « il » skips an agency and « elle » a centre.
//! Words in the first person singular (« je », "I") are a person's: their pronoun skips
//! every body.

mod claims_check;

use claims_check::check;

#[test]
fn he_skips_a_woman_who_spoke_last() {
    check(
        "The transport minister, Tomas Okafor, blamed Iran for the outage.\nObserver mission chief Greta Lindahl urged calm.\nSpeaking in the capital, he said the intrusion came from Iranian hackers.",
        "#0 Accusation tomas_okafor -> iran (iran) [blamed]
         #1 OtherClaim greta_lindahl -> - (iran) [urged]
         #2 Accusation tomas_okafor -> iran (iran) [said]",
    );
    check(
        "Interior minister Tomas Okafor blamed Iran for the outage.\nGreta Lindahl, who heads the observer mission, also blamed Iran.\nHe said Iranian hackers had planted the malware.",
        "#0 Accusation tomas_okafor -> iran (iran) [blamed]
         #1 Accusation greta_lindahl -> iran (iran) [blamed]
         #2 Accusation tomas_okafor -> iran (iran) [said]",
    );
}

#[test]
fn she_skips_a_man_who_spoke_last() {
    check(
        "Agency director Helena Varga accused China of the breach.\nDeputy minister Piotr Nowak called for patience.\nLater, she said Chinese hackers had used stolen passwords.",
        "#0 Accusation helena_varga -> china (china) [accused]
         #1 OtherClaim piotr_nowak -> - (china) [called for]
         #2 Accusation helena_varga -> china (china) [said]",
    );
}

#[test]
fn a_title_tells_the_gender_of_a_surname() {
    check(
        "Ms Kowalczyk accused Russia of the attack on the rail network.\nMr Brandt called for restraint.\nShe said Russian hackers had planted the malware months ago.",
        "#0 Accusation kowalczyk -> russia (russia) [accused]
         #1 OtherClaim brandt -> - (russia) [called for]
         #2 Accusation kowalczyk -> russia (russia) [said]",
    );
}

#[test]
fn a_french_pronoun_skips_a_person_of_the_other_gender() {
    check(
        "Le directeur Marc Aubry a accusé la Chine d'avoir piraté les hôpitaux.\nLa ministre Sophie Renard a appelé à la prudence.\nSelon lui, les pirates chinois ont volé des dossiers médicaux.",
        "#0 Accusation marc_aubry -> china (china) [a accusé]
         #1 OtherClaim sophie_renard -> - (china) [a appelé à]
         #2 Accusation marc_aubry -> china (china) [Selon]",
    );
    // « la porte-parole »: the determiner tells the gender of a name given to both.
    check(
        "La porte-parole Camille Roussel a accusé la Russie d'avoir piraté le réseau électrique.\nLe ministre Sami Haddad a appelé au calme.\nSelon elle, les pirates russes préparaient l'attaque depuis des mois.",
        "#0 Accusation camille_roussel -> russia (russia) [a accusé]
         #2 Accusation camille_roussel -> russia (russia) [Selon]",
    );
}

#[test]
fn an_unknown_gender_fits_either_pronoun() {
    // Robin is given to women and men: "she" may take up Robin Hale, not Piotr Nowak.
    check(
        "Analyst Robin Hale accused North Korea of the theft.\nMinister Piotr Nowak called for patience.\nShe said North Korean hackers had stolen the funds.",
        "#0 Accusation robin_hale -> north_korea (north_korea) [accused]
         #1 OtherClaim piotr_nowak -> - (north_korea) [called for]
         #2 Accusation robin_hale -> north_korea (north_korea) [said]",
    );
    // And "he" still takes up the man who spoke last.
    check(
        "Analyst Robin Hale accused North Korea of the theft.\nMinister Piotr Nowak called for patience.\nHe said North Korean hackers had stolen the funds.",
        "#0 Accusation robin_hale -> north_korea (north_korea) [accused]
         #1 OtherClaim piotr_nowak -> - (north_korea) [called for]
         #2 Accusation piotr_nowak -> north_korea (north_korea) [said]",
    );
}

#[test]
fn a_french_pronoun_skips_a_body_of_the_other_gender() {
    // « l'agence » is feminine: « Il » takes up the man who spoke before it.
    check(
        "M. Paul Lemaire précise que l'Agence nationale de cybersécurité est intervenue sur le site.\nSelon l'agence, des pirates russes ont volé les plans.\nIl ajoute que la police judiciaire a ouvert une enquête sur le piratage.",
        "#0 OtherClaim paul_lemaire -> - (russia) [précise]
         #1 Accusation agence_nationale_de_cybersecurite -> russia (russia) [Selon]
         #2 OtherClaim paul_lemaire -> - (russia) [ajoute]",
    );
}

#[test]
fn a_french_pronoun_closing_a_quotation_takes_up_the_woman_named_before_it() {
    // « le Centre » is masculine: « elle » takes up the minister named before the quotation.
    check(
        "Le Centre de cybersécurité accuse la Chine d'avoir piraté le réseau.\nLa ministre de l'Intérieur, Claire Morel, a été plus directe.\n« Des pirates chinois ont visé nos hôpitaux.\nC'est inacceptable », a-t-elle déclaré.",
        "#0 Accusation centre_de_cybersecurite -> china (china) [accuse]
         #2 Accusation claire_morel -> china (china) []
         #3 Condemnation claire_morel -> china (china) [a-t-elle déclaré]",
    );
}

#[test]
fn words_in_the_first_person_singular_are_a_persons() {
    // « le parquet » is masculine, but « je » is no prosecutor's office: « il » takes up
    // the man named before the quotation.
    check(
        "Le parquet de Tallinn a confirmé l'ouverture d'une enquête sur le piratage.\nÀ Narva, le directeur du port, Jaan Tamm, ne cherche pas d'excuses.\n« Notre serveur n'était plus à jour.\nJe ne vais pas vous dire le contraire », reconnaît-il.",
        "#0 OtherClaim tallinn_prosecutor -> - (dispute) [a confirmé]
         #2 Acknowledgment jaan_tamm -> - (dispute) []
         #3 Acknowledgment jaan_tamm -> - (dispute) [reconnaît]",
    );
}
