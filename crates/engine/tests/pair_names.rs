//! Names the two versions of a translation pair share: one id in both languages for things
//! the knowledge base lacks (`shared_names`, `link`), on an invented FR/EN pair.

use parallax_engine::{analyze_article, analyze_corpus, ArticleAnalysis};

const FR: &str = "Cyberattaque contre le port de Velgrad : la Freedonie accuse la Sylvanie

VELGRAD, 9 juin 2026 (AFP) - Le Premier ministre freedonien a accusé mardi la Sylvanie d'être derrière la cyberattaque qui a paralysé le port de Velgrad pendant trois jours.

« Les preuves sont accablantes », a déclaré M. Olsen devant le Parlement.

La Direction générale de la sécurité intérieure a identifié le logiciel utilisé, un rançongiciel nommé « BlackReed ».

Le porte-parole du ministère sylvanien des Affaires étrangères, Li Wenhao, a rejeté ces accusations, les qualifiant d'« absurdes ».

La compagnie Nordhavn Tankers, qui exploite le terminal de Port Maria Kessar, a indiqué que ses systèmes étaient de nouveau opérationnels.
";

const EN: &str = "Freedonia blames Sylvania for Velgrad port cyberattack

VELGRAD, June 9, 2026 (AFP) - Freedonian Prime Minister Marek Olsen on Tuesday accused Sylvania of being behind the cyberattack that paralysed the port of Velgrad for three days.

\"The evidence is overwhelming,\" Olsen told parliament.

The General Directorate for Internal Security (DGSI) identified the software used, a ransomware called \"BlackReed\".

Sylvanian foreign ministry spokesman Li Wenhao rejected the accusations as \"absurd\".

Nordhavn Tankers, which operates the terminal at Port Maria Kessar, said its systems were running again.
";

/// The (type, id) pairs an article gives a text.
fn named(article: &ArticleAnalysis, text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = article
        .entities
        .iter()
        .filter(|m| m.text == text)
        .map(|m| (m.kind.label().to_string(), m.id.clone()))
        .collect();
    out.dedup();
    out
}

#[test]
fn a_run_of_capitalised_words_both_versions_write_is_one_name_with_one_id() {
    // Alone, a version finds a person inside the run, and no firm.
    let alone = analyze_article("p_fr.txt", FR);
    assert_eq!(
        named(&alone, "Maria Kessar"),
        [("PERSON".to_string(), "maria_kessar".to_string())]
    );
    assert!(named(&alone, "Nordhavn Tankers").is_empty());
    let analysis = analyze_corpus(&[("p_fr.txt", FR), ("p_en.txt", EN)]);
    assert_eq!(analysis.alignments.len(), 1, "the pair is aligned");
    let (fr, en) = (&analysis.articles[0], &analysis.articles[1]);
    for article in [fr, en] {
        // One name, not a firm and a stray word ("Nordhavn" + "Shipping").
        assert_eq!(
            named(article, "Nordhavn Tankers"),
            [("ORG".to_string(), "nordhavn_tankers".to_string())],
            "{}",
            article.file
        );
        assert!(named(article, "Shipping").is_empty(), "{}", article.file);
        // A run holding shorter names (a place, a person) is the longer name.
        assert_eq!(
            named(article, "Port Maria Kessar"),
            [("ORG".to_string(), "port_maria_kessar".to_string())],
            "{}",
            article.file
        );
        assert!(
            named(article, "Maria Kessar").is_empty(),
            "{}",
            article.file
        );
        // "the port of X", « le port de X »: a place.
        assert_eq!(
            named(article, "Velgrad"),
            [("GPE".to_string(), "velgrad".to_string())],
            "{}",
            article.file
        );
    }
    // A surname on one side, the full name on the other: one person.
    assert_eq!(named(fr, "Olsen"), named(en, "Marek Olsen"));
}

const FR_GRID: &str = "Ruritanie : le réseau électrique visé par des pirates

STRELSAU, 3 mars 2026 (AFP) - Le gouvernement ruritanien a accusé jeudi la Sylvanie d'avoir piraté le réseau électrique du pays.

Les pirates étaient entrés dans le réseau de l'opérateur, KTP Voltara, dès le mois de janvier.

Le ministre de l'Énergie a qualifié l'attaque de « grave ».

L'ambassade de Sylvanie a rejeté ces accusations.

Strelsau Netwerk, qui gère le réseau de transport, a indiqué que le courant était rétabli.
";

const EN_GRID: &str = "Ruritania says hackers targeted its power grid

STRELSAU, March 3, 2026 (AFP) - The Ruritanian government on Thursday accused Sylvania of hacking the country's power grid.

The hackers had been inside the network of the operator, KTP Voltara, since January.

The energy minister called the attack \"serious\".

The Sylvanian embassy rejected the accusations.

Strelsau Netwerk, which runs the transmission grid, said power had been restored.
";

#[test]
fn a_company_s_initials_open_the_run_both_versions_write() {
    let analysis = analyze_corpus(&[("g_fr.txt", FR_GRID), ("g_en.txt", EN_GRID)]);
    assert_eq!(analysis.alignments.len(), 1, "the pair is aligned");
    for article in &analysis.articles {
        assert_eq!(
            named(article, "KTP Voltara"),
            [("ORG".to_string(), "ktp_voltara".to_string())],
            "{}",
            article.file
        );
        assert!(named(article, "Voltara").is_empty(), "{}", article.file);
        // A run opening both versions' sentences: only its first word's capital is the
        // sentence's.
        assert_eq!(
            named(article, "Strelsau Netwerk"),
            [("ORG".to_string(), "strelsau_netwerk".to_string())],
            "{}",
            article.file
        );
    }
}

#[test]
fn a_preposition_after_a_shared_name_says_nothing_of_its_type() {
    // "the Mission in Ruritania": the place follows the name; the name is no place.
    let fr = "La Sylvanie accuse la Freedonie\n\nSTRELSAU, 3 mars 2026 (AFP) - La Mission Veldora en Ruritanie a été piratée, a indiqué jeudi le gouvernement.\n\nLe ministre a qualifié l'attaque de « grave ».\n";
    let en = "Sylvania accuses Freedonia\n\nSTRELSAU, March 3, 2026 (AFP) - The Veldora Mission in Ruritania was hacked, the government said on Thursday.\n\nThe minister called the attack \"serious\".\n";
    let analysis = analyze_corpus(&[("m_fr.txt", fr), ("m_en.txt", en)]);
    assert_eq!(analysis.alignments.len(), 1, "the pair is aligned");
    for article in &analysis.articles {
        let kinds: Vec<String> = article
            .entities
            .iter()
            .filter(|m| m.text.contains("Mission"))
            .map(|m| m.kind.label().to_string())
            .collect();
        assert!(!kinds.is_empty(), "{}", article.file);
        assert!(
            kinds.iter().all(|k| k != "GPE"),
            "{}: {kinds:?}",
            article.file
        );
    }
}
