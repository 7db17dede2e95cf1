//! Whom a claim is aimed at: an attributed party, else the first party of the
//! content that is neither the speaker, its side, a victim nor whom it talks to.

use super::cands::{Cand, Kind, CUE_FAMILIES};
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::parties::{passive, Speaker};
use std::ops::Range;

/// Whether a party is the one spoken to: "told Reuters", "interrogé par l'AFP".
pub(crate) fn addressed(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    let mut p = previous_word(t, c.first);
    for _ in 0..3 {
        match p {
            Some(i) if f.is(i, Family::Tells) => return true,
            Some(i)
                if f.is(i, Family::Determiner)
                    || matches!(t[i].lower.as_str(), "par" | "by" | "to" | "à") =>
            {
                p = previous_word(t, i)
            }
            _ => return false,
        }
    }
    false
}

/// A country adjective ("japonais", "Japanese").
fn adjective(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_lowercase)
        || ["ese", "ian", "can", "ish", "ean", "eli"]
            .iter()
            .any(|end| raw.ends_with(end))
}

/// Whether a candidate is a victim ("contre le Japon", "against Japan") or a
/// place that only qualifies a thing ("l'histoire du Japon", "Japanese history");
/// a country adjective next to attack words ("Chinese hackers") names the attacker.
fn victim(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    // "a flaw in Microsoft Outlook", "une faille dans Exchange": where, not who.
    let located =
        previous_word(t, c.first).is_some_and(|p| matches!(t[p].lower.as_str(), "in" | "dans"));
    if located && matches!(c.kind, Kind::Named | Kind::Role(_)) {
        return true;
    }
    if c.kind == Kind::Place {
        let before = previous_word(t, c.first).map(|p| t[p].lower.as_str());
        let genitive = matches!(before, Some("de" | "du" | "d" | "des" | "of"));
        if matches!(before, Some("in" | "dans" | "en")) {
            return true;
        }
        // "agences … américaines", "Chinese hackers": the adjective names an actor.
        let near = c.first.saturating_sub(4)..(c.last + 4).min(t.len());
        let attacker = near.into_iter().any(|i| {
            f.is(i, Family::Attack) || f.is(i, Family::RoleOrg) || f.is(i, Family::RolePerson)
        });
        if !attacker && (genitive || adjective(&c.name)) {
            return true;
        }
    }
    let mut p = previous_word(t, c.first);
    for _ in 0..2 {
        match p {
            // "contre", but not the "on" of "called on".
            Some(i) if f.is(i, Family::VictimPrep) && !CUE_FAMILIES.iter().any(|&c| f.is(i, c)) => {
                return true
            }
            Some(i) if f.is(i, Family::Determiner) => p = previous_word(t, i),
            _ => return false,
        }
    }
    false
}

/// Who a claim accuses or answers: an attributed party ("derrière", "developed
/// by", the subject of "was blamed") first, then the first party of the content
/// that is neither the speaker, its phrase, its side nor a victim.
pub(crate) fn target<'c>(
    f: &Facts,
    cands: &'c [Cand],
    speaker: &Speaker,
    speaker_side: Option<&str>,
    content: Range<usize>,
) -> Option<&'c Cand> {
    // Where the entity layer works, a bare capitalised word is not enough to be accused.
    let trust_weak = !f.entity_layer;
    let eligible_owner = |c: &&Cand| {
        !matches!(c.kind, Kind::Pronoun | Kind::Thing)
            && !matches!(c.kind, Kind::Role(_) if c.side.is_none())
            && c.kind != Kind::Role(Family::RoleDoc)
            && !(speaker.phrase.contains(&c.first))
            && speaker.cand.is_none_or(|s| s.first != c.first)
            && (speaker_side.is_none() || c.side.as_deref() != speaker_side)
            && (trust_weak || !c.weak)
            // "told Reuters", "interrogé par l'AFP": whom the speaker talks to.
            && !addressed(f, c)
    };
    let eligible = |c: &&Cand| eligible_owner(c) && !c.possessive;
    let t = &f.tokens;
    for h in &f.hits {
        let found = match h.family {
            // "visée par APT28", "targeted by Lazarus": the agent of an attack verb.
            Family::Attack => (h.last + 1..t.len())
                .find(|&i| t[i].word)
                .filter(|&i| matches!(t[i].lower.as_str(), "par" | "by"))
                .and_then(|by| {
                    cands
                        .iter()
                        .filter(eligible)
                        .find(|c| c.first > by && c.first <= by + 3)
                }),
            Family::Accuse if passive(f, h) => cands
                .iter()
                .rev()
                .filter(eligible)
                .find(|c| c.last < h.first && c.last + 6 >= h.first),
            Family::AttribPost | Family::Accuse => {
                let near = |c: &&Cand| c.first > h.last && c.first <= h.last + 6;
                // "blames North Korea's Lazarus": the owner, when what it owns names no party.
                cands.iter().filter(eligible).find(near).or_else(|| {
                    let owned_named = |o: &Cand| {
                        cands
                            .iter()
                            .filter(eligible)
                            .any(|c| c.first > o.last && c.first <= o.last + 3)
                    };
                    cands
                        .iter()
                        .filter(eligible_owner)
                        .find(|c| near(c) && c.side.is_some() && c.possessive && !owned_named(c))
                })
            }
            Family::AttribPre => {
                let last = cands
                    .iter()
                    .rev()
                    .filter(eligible)
                    .find(|c| c.last < h.first && c.last + 8 >= h.first);
                // "Israel and the United States were behind": the first of the list.
                last.map(|mut c| {
                    while let Some(p) = cands.iter().filter(eligible).rev().find(|p| {
                        p.last < c.first
                            && (p.last + 1..c.first).all(|i| {
                                !t[i].word
                                    || f.is(i, Family::Determiner)
                                    || matches!(t[i].lower.as_str(), "and" | "et")
                            })
                            && (p.last + 1..c.first)
                                .any(|i| matches!(t[i].lower.as_str(), "and" | "et"))
                    }) {
                        c = p;
                    }
                    c
                })
            }
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    cands
        .iter()
        .filter(eligible)
        .filter(|c| c.first >= content.start && c.last < content.end)
        .filter(|c| !victim(f, c))
        // Without entity mentions, a party with a known side beats a bare name.
        .min_by_key(|c| (!f.entity_layer && c.side.is_none(), c.first))
}

/// The party after a victim preposition: the one apologised to.
pub(crate) fn addressee<'c>(f: &Facts, cands: &'c [Cand], after: usize) -> Option<&'c Cand> {
    cands
        .iter()
        .filter(|c| c.first > after && c.side.is_some())
        .find(|c| (c.first.saturating_sub(5)..c.first).any(|i| f.is(i, Family::VictimPrep)))
}
