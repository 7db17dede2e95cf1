//! Language-independent ids for the parties a claim names: slugs of names and
//! the country side an entity id points to.

/// A lowercase ASCII slug: "Jan Dupont" -> "jan_dupont", "Séoul" -> "seoul" (the entity layer's).
pub(crate) use crate::entities::slug;
use crate::entities::WordMap;
use std::sync::{Mutex, OnceLock, PoisonError};

/// The side an entity id points to: the id itself ("nsa" -> NSA -> united_states), the
/// country the knowledge base gives it (any country, its capital, a body of it), else the
/// names the knowledge base gives it ("French Foreign Ministry" -> france).
///
/// The side of an id the knowledge base knows is remembered for the whole process: the base
/// is fixed (so the memory holds at most one side per known id), and reading every name and
/// alias of an entry again for each article cost more than the rest of the id's reading.
pub(crate) fn side_of_id(id: &str) -> Option<String> {
    let Some(entry) = crate::entities::lookup(id) else {
        return side_of_words(id);
    };
    let known = || {
        static KNOWN: OnceLock<Mutex<WordMap<Option<String>>>> = OnceLock::new();
        // (A panic elsewhere while it was held leaves the map whole: entries are only added.)
        KNOWN
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    };
    if let Some(side) = known().get(id) {
        return side.clone();
    }
    let side = side_of_words(id).or_else(|| side_of_entry(entry));
    known().insert(id.to_string(), side.clone());
    side
}

/// The side the knowledge base gives an entry: its country, else the first side one of its
/// names or aliases names.
fn side_of_entry(entry: &crate::entities::KbEntry) -> Option<String> {
    // The knowledge base says which country a place or body stands for.
    if let Some(country) = &entry.country {
        return Some(country.clone());
    }
    let names = [&entry.name_en, &entry.name_fr]
        .into_iter()
        .chain(entry.aliases.iter());
    names.into_iter().find_map(|name| {
        let tokens = super::tokens::tokenize(name, 0);
        super::tokens::find(super::lexicon::sides(), &tokens)
            .into_iter()
            .find_map(|h| h.side.map(str::to_string))
    })
}

/// [`side_of_id`] remembered over one article: an id recurs in many sentences.
#[derive(Debug, Default)]
pub(crate) struct Sides(WordMap<Option<String>>);

impl Sides {
    /// The side of an entity id, as [`side_of_id`] gives it.
    pub fn of(&mut self, id: &str) -> Option<String> {
        if let Some(side) = self.0.get(id) {
            return side.clone();
        }
        let side = side_of_id(id);
        self.0.insert(id.to_string(), side.clone());
        side
    }
}

/// The side an id names, as a whole ("china", "nsa") or as its first words
/// ("china_mfa", "japan_mod", "us_doj").
fn side_of_words(id: &str) -> Option<String> {
    let words = id.replace('_', " ");
    // As an id spells it, as an acronym, and capitalised as a country's name is written.
    let capitalised = words
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    [words.clone(), words.to_uppercase(), capitalised]
        .iter()
        .find_map(|w| {
            let tokens = super::tokens::tokenize(w, 0);
            let hits = super::tokens::find(super::lexicon::sides(), &tokens);
            // The side must open the id ("china_mfa"), not sit inside it ("nis_korea").
            hits.into_iter()
                .filter(|h| h.first == 0)
                .max_by_key(|h| h.last)
                .and_then(|h| h.side.map(str::to_string))
        })
}
