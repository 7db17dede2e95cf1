//! The corpus's claims across languages, derived once with the corpus: each claim with its
//! translation ([`TranslatedClaim`]), the accusation each answer answers, one display name per
//! party and language, and the events' titles. The disputes page and the claim notes read
//! them, so that both name a party and an event alike.

use parallax_engine::claims::Party;
use parallax_engine::disputes::{
    answered, display_names, titles::event_titles, translations, ClaimRef, Names, TranslatedClaim,
};
use parallax_engine::{Analysis, Lang};
use std::collections::BTreeMap;

/// A name as shown: its text, the language it is in, and the other language's name when it
/// differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName {
    /// The name in the reader's interface language (else the only one there is).
    pub text: String,
    /// The language `text` is in.
    pub lang: Lang,
    /// The other language's name, when it differs.
    pub other: Option<(String, Lang)>,
}

/// The claims of the corpus across languages.
#[derive(Debug, Default)]
pub struct ClaimViews {
    /// Every claim once, with its translation.
    pub claims: Vec<TranslatedClaim>,
    /// Which of [`ClaimViews::claims`] each article's claim belongs to.
    pub of_claim: BTreeMap<ClaimRef, usize>,
    /// For each answer, the accusation it answers (indexes into `claims`).
    pub answered: BTreeMap<usize, usize>,
    /// Each party's names, by id.
    pub names: BTreeMap<String, Names>,
    /// Each event's title in both languages, by slug.
    pub titles: BTreeMap<String, Names>,
}

impl ClaimViews {
    /// Derive the views from an analysis.
    pub fn of(analysis: &Analysis) -> ClaimViews {
        let claims = translations(analysis);
        let names = display_names(&analysis.articles);
        let titles = event_titles(analysis, &claims, &names);
        let of_claim = claims
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.versions.iter().map(move |&r| (r, i)))
            .collect();
        ClaimViews {
            answered: answered(&claims),
            of_claim,
            names,
            titles,
            claims,
        }
    }

    /// A party's name in `lang`, with the other language's as secondary; the claim's own name
    /// for it when the corpus has none.
    pub fn name(&self, party: &Party, lang: Lang) -> DisplayName {
        let names = self.names.get(&party.id);
        match names.and_then(|n| n.in_lang(lang)) {
            Some((text, in_lang)) => DisplayName {
                text: text.to_string(),
                lang: in_lang,
                other: names
                    .and_then(|n| n.secondary(lang))
                    .map(|(t, l)| (t.to_string(), l)),
            },
            None => DisplayName {
                text: party.name.clone(),
                lang,
                other: None,
            },
        }
    }

    /// An event's title in `lang`.
    pub fn title(&self, about: &str, lang: Lang) -> String {
        self.titles
            .get(about)
            .and_then(|t| t.in_lang(lang))
            .map_or_else(String::new, |(t, _)| t.to_string())
    }
}
