//! The corpus's claims across languages, as the engine derived them where it analysed the
//! articles ([`Views`]: each claim with its translation, the accusation each answer answers,
//! one display name per party and language, the events' titles). The disputes page and the
//! claim notes read them, so that both name a party and an event alike.

use crate::sorted_map::SortedMap;
use parallax_engine::claims::Party;
use parallax_engine::disputes::ClaimRef;
use parallax_engine::{Lang, Views};
use std::ops::Deref;
use std::rc::Rc;

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

/// The claims of the corpus across languages: the engine's [`Views`] (claims, answers, names,
/// titles, read through `Deref`) and where each article's claim stands among them.
#[derive(Debug, Default)]
pub struct ClaimViews {
    /// What the engine derived (`build.rs` or the worker).
    views: Rc<Views>,
    /// Which of the claims each article's claim belongs to.
    pub of_claim: SortedMap<ClaimRef, usize>,
}

impl Deref for ClaimViews {
    type Target = Views;

    fn deref(&self) -> &Views {
        &self.views
    }
}

impl ClaimViews {
    /// Index the engine's views.
    pub fn of(views: Rc<Views>) -> ClaimViews {
        let versions = views.claims.iter().enumerate();
        let of_claim = SortedMap::last_wins(
            versions.flat_map(|(i, c)| c.versions.iter().map(move |&v| (v, i))),
        );
        ClaimViews { views, of_claim }
    }

    /// The engine's views, shared.
    pub fn views(&self) -> &Rc<Views> {
        &self.views
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
