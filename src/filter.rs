//! The library's filter: the articles where an actor speaks or is targeted, with a stance.
//!
//! The filter lives in the reducer (`AppState::filter`) and in the address, so that a filtered
//! library can be shared: `#/?actor=china&stance=denial`. The address is the source: the
//! controls write it, the hash route reads it back. Pure.

use crate::components::{stance_parts, STANCES};
use parallax_engine::claims::Claim;
use parallax_engine::Stance;
use yew::AttrValue;

/// Which articles the library lists: all (the default) or those with a matching claim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LibraryFilter {
    /// A party id that speaks or is targeted in the claim.
    pub actor: Option<AttrValue>,
    /// The claim's stance.
    pub stance: Option<Stance>,
}

/// A party id as the address may carry it: lowercase ASCII letters, digits and `_`.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The stance of a slug (`denial`, `non_confirmation`), as the analysis JSON spells it.
pub fn stance_of_slug(slug: &str) -> Option<Stance> {
    STANCES.into_iter().find(|&s| stance_parts(s).0 == slug)
}

impl LibraryFilter {
    /// Whether it lets every article through.
    pub fn is_empty(&self) -> bool {
        self.actor.is_none() && self.stance.is_none()
    }

    /// Whether an article with these claims is listed: one claim must have the actor as speaker
    /// or target and the stance, each when chosen.
    pub fn matches(&self, claims: &[Claim]) -> bool {
        self.is_empty()
            || claims.iter().any(|claim| {
                let actor = self.actor.as_deref().is_none_or(|id| {
                    claim
                        .speaker
                        .iter()
                        .chain(&claim.target)
                        .any(|p| p.id == id)
                });
                actor && self.stance.is_none_or(|s| claim.stance == s)
            })
    }

    /// The library's address with this filter: `#/`, `#/?actor=china&stance=denial`.
    pub fn href(&self) -> String {
        let mut query = Vec::new();
        if let Some(actor) = &self.actor {
            query.push(cat!("actor=", actor));
        }
        if let Some(stance) = self.stance {
            query.push(cat!("stance=", stance_parts(stance).0));
        }
        if query.is_empty() {
            "#/".to_string()
        } else {
            cat!("#/?", query.join("&"))
        }
    }

    /// The filter a library address carries (`#/?actor=china`); what it cannot read is left out.
    pub fn from_hash(hash: &str) -> LibraryFilter {
        let mut filter = LibraryFilter::default();
        let Some((_, query)) = hash.split_once('?') else {
            return filter;
        };
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("actor", id)) if is_id(id) => filter.actor = Some(id.to_string().into()),
                Some(("stance", slug)) => filter.stance = stance_of_slug(slug).or(filter.stance),
                _ => {}
            }
        }
        filter
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::claims::Party;

    fn claim(speaker: &str, stance: Stance, target: Option<&str>) -> Claim {
        let party = |id: &str| Party {
            id: id.to_string(),
            name: id.to_string(),
        };
        Claim {
            sentence: 0,
            text: String::new(),
            speaker: Some(party(speaker)),
            stance,
            target: target.map(party),
            about: "e".to_string(),
            cue: None,
        }
    }

    #[test]
    fn an_actor_matches_as_speaker_or_target_and_with_the_stance_on_the_same_claim() {
        let claims = [
            claim("china", Stance::Accusation, Some("united_states")),
            claim("global_times", Stance::Denial, Some("china")),
        ];
        let filter = |actor: Option<&str>, stance| LibraryFilter {
            actor: actor.map(|a| AttrValue::from(a.to_string())),
            stance,
        };
        assert!(filter(None, None).matches(&claims));
        assert!(filter(None, None).matches(&[]));
        assert!(filter(Some("united_states"), None).matches(&claims));
        assert!(filter(Some("china"), Some(Stance::Denial)).matches(&claims));
        assert!(!filter(Some("united_states"), Some(Stance::Denial)).matches(&claims));
        assert!(!filter(Some("russia"), None).matches(&claims));
        assert!(!filter(None, Some(Stance::Condemnation)).matches(&claims));
        assert!(!filter(None, Some(Stance::Denial)).matches(&[]));
    }

    #[test]
    fn the_address_round_trips_and_ignores_what_it_cannot_read() {
        let filter = LibraryFilter {
            actor: Some("china_mfa".into()),
            stance: Some(Stance::NonConfirmation),
        };
        assert_eq!(filter.href(), "#/?actor=china_mfa&stance=non_confirmation");
        assert_eq!(LibraryFilter::from_hash(&filter.href()), filter);
        assert_eq!(LibraryFilter::default().href(), "#/");
        assert_eq!(LibraryFilter::from_hash("#/"), LibraryFilter::default());
        assert_eq!(
            LibraryFilter::from_hash("#/?actor=<img>&stance=shouting&x=1"),
            LibraryFilter::default()
        );
        assert_eq!(
            LibraryFilter::from_hash("#/?stance=denial").stance,
            Some(Stance::Denial)
        );
    }
}
