//! What the reader's views show beyond the analysis, derived by the engine where the analysis
//! is made (`build.rs` for the bundled articles, the web worker for the reader's own): each
//! claim with its translation, the accusation each answer answers, one display name per party
//! and language, the events' titles, the knowledge base's entry of every entity named, and
//! the disputes page's model and the entity pages' facts ([`crate::board`]).
//!
//! The app renders these as they come: it links neither the knowledge base, nor the claim
//! lexicons, nor the rules of [`crate::disputes`].

use crate::board::{board_of, Board};
use crate::disputes::{self, ClaimRef, Names, TranslatedClaim};
use crate::entities::{lookup, KbEntry};
use crate::sorted_map::SortedMap;
use crate::Analysis;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The ready-to-render facts of a corpus (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Views {
    /// Every claim once, with its translation ([`disputes::translations`]).
    pub claims: Vec<TranslatedClaim>,
    /// For each answer, the accusation it answers: indexes into `claims`
    /// ([`disputes::answered`]).
    pub answered: SortedMap<usize, usize>,
    /// Each party's and entity's display names, by id ([`disputes::display_names`]).
    pub names: SortedMap<String, Names>,
    /// Each event's title in both languages, by slug.
    pub titles: SortedMap<String, Names>,
    /// The knowledge base's entry of every id the corpus names, and of the countries those
    /// entries stand for (the entity card's facts).
    pub known: SortedMap<String, KbEntry>,
    /// The disputes page's model and the entity pages' facts ([`board_of`]).
    pub board: Board,
}

/// The views of an analysis.
pub fn views_of(analysis: &Analysis) -> Views {
    let claims = disputes::translations(analysis);
    let names = disputes::display_names(&analysis.articles);
    let titles = disputes::titles::event_titles(analysis, &claims, &names);
    let names = SortedMap::from(names);
    Views {
        answered: disputes::answered(&claims).into(),
        known: known_entries(analysis).into(),
        board: board_of(analysis, &claims, &names),
        names,
        titles: titles.into(),
        claims,
    }
}

/// The knowledge base's entries of the ids the analysis names (mentions and claims' parties),
/// with the country each stands for.
fn known_entries(analysis: &Analysis) -> BTreeMap<String, KbEntry> {
    let mentioned = analysis.articles.iter().flat_map(|a| {
        let parties = a
            .claims
            .iter()
            .flat_map(|c| c.speaker.iter().chain(&c.target));
        a.entities
            .iter()
            .map(|m| m.id.as_str())
            .chain(parties.map(|p| p.id.as_str()))
    });
    let mut known = BTreeMap::new();
    for id in mentioned {
        let Some(entry) = lookup(id) else { continue };
        let country = entry.country.as_deref().and_then(lookup);
        for entry in std::iter::once(entry).chain(country) {
            known
                .entry(entry.id.clone())
                .or_insert_with(|| entry.clone());
        }
    }
    known
}

impl Views {
    /// The views of some of the analysis's articles (`picked`, indexes in order), numbered as
    /// in the analysis of those articles alone: a claim whose translation is left out stands
    /// alone, with its own parties; names, titles and entries stay the corpus's, and the board
    /// is left empty (the exports read none of it).
    pub fn of_articles(&self, analysis: &Analysis, picked: &[usize]) -> Views {
        let new_index = |article: usize| picked.iter().position(|&p| p == article);
        // Each claim kept, with its index among the corpus's when it keeps all its versions.
        let mut claims: Vec<(TranslatedClaim, Option<usize>)> = Vec::new();
        for (i, claim) in self.claims.iter().enumerate() {
            let versions: Vec<ClaimRef> = claim
                .versions
                .iter()
                .filter(|&&(a, _)| new_index(a).is_some())
                .copied()
                .collect();
            if versions.is_empty() {
                continue;
            }
            let whole = versions.len() == claim.versions.len();
            let mut claim = if whole {
                claim.clone()
            } else {
                disputes::merge(analysis, versions)
            };
            for version in &mut claim.versions {
                version.0 = new_index(version.0).unwrap_or(version.0);
            }
            claims.push((claim, whole.then_some(i)));
        }
        // In the order of their first versions, as `translations` gives them.
        crate::order::sort_by_key(&mut claims, |(c, _)| c.versions.first().copied());
        let kept: BTreeMap<usize, usize> = claims
            .iter()
            .enumerate()
            .filter_map(|(new, (_, old))| Some(((*old)?, new)))
            .collect();
        let answered = self
            .answered
            .iter()
            .filter_map(|(answer, accusation)| Some((*kept.get(answer)?, *kept.get(accusation)?)))
            .collect();
        let claims = claims.into_iter().map(|(c, _)| c).collect();
        Views {
            claims,
            answered,
            names: self.names.clone(),
            titles: self.titles.clone(),
            known: self.known.clone(),
            board: Board::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Pékin accuse Washington\n\nLe ministère chinois des Affaires étrangères a accusé mardi les États-Unis d'avoir piraté des universités chinoises.\n";
    const EN: &str = "Beijing accuses Washington\n\nThe Chinese Foreign Ministry on Tuesday accused the United States of hacking Chinese universities.\n";

    #[test]
    fn views_carry_the_entries_of_the_ids_named_and_their_countries() {
        let analysis = crate::analyze_corpus(&[("a.txt", FR), ("b.txt", EN)]);
        let views = views_of(&analysis);
        assert!(
            views.known.contains_key("united_states"),
            "{:?}",
            views.known.keys().collect::<Vec<_>>()
        );
        for entry in views.known.values() {
            if let Some(country) = &entry.country {
                assert!(views.known.contains_key(country), "{country}");
            }
        }
        assert_eq!(views.claims, disputes::translations(&analysis));
    }

    #[test]
    fn the_views_of_one_article_split_its_claims_from_their_translations() {
        let analysis = crate::analyze_corpus(&[("a.txt", FR), ("b.txt", EN)]);
        let views = views_of(&analysis);
        assert!(
            views.claims.iter().any(|c| c.versions.len() == 2),
            "a claim and its translation: {:?}",
            views.claims
        );
        let english = views.of_articles(&analysis, &[1]);
        let alone = crate::analyze_corpus(&[("b.txt", EN)]);
        assert_eq!(english.claims, disputes::translations(&alone));
    }
}
