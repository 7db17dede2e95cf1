//! An attribution in the passive that names no one ("The intrusion was attributed to X",
//! « L'attaque est attribuée à X ») states the story's finding in the story's own words:
//! it is the charge of the story's accuser, the body that speaks the most of its
//! accusations. A past perfect ("had been blamed on X", « avait été
//! attribuée à X ») tells an older charge, whose author the story need not know; an agent
//! the sentence gives ("by researchers", « par une société de sécurité ») speaks for
//! itself, named or not; and a party as the passive's subject ("X has been blamed for …")
//! is what is said of that party in general.

use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::parties::passive;
use super::tokens::Hit;
use super::Stance;
use crate::entities::EntityType;
use std::collections::BTreeSet;

/// Whether accusing cue `cue` is a passive with no agent and no past perfect, whose
/// subject is the incident ("the intrusion", « l'attaque »): a party as the subject ("the
/// group has been blamed for …") tells what is said of it in general, no finding.
pub(crate) fn is_agentless(f: &Facts, cue: &Hit) -> bool {
    cue.family == Family::Accuse
        && f.hits
            .iter()
            .any(|h| h.family == Family::Attack && h.last < cue.first)
        && passive(f, cue)
        && !agent_given(f, cue)
        && !in_past_perfect(f, cue)
}

/// A "by"/« par » after the cue in its clause: an agent, found as a party or not.
fn agent_given(f: &Facts, cue: &Hit) -> bool {
    let t = &f.tokens;
    (cue.last + 1..t.len())
        .take_while(|&i| !t[i].is(".") && !t[i].is(";"))
        .any(|i| matches!(t[i].lower.as_str(), "by" | "par"))
}

/// A past perfect's auxiliary in the cue or in the auxiliaries just before it.
fn in_past_perfect(f: &Facts, cue: &Hit) -> bool {
    if (cue.first..=cue.last).any(|i| f.is(i, Family::PastPerfect)) {
        return true;
    }
    let mut k = cue.first;
    while let Some(p) = previous_word(&f.tokens, k) {
        if f.is(p, Family::PastPerfect) {
            return true;
        }
        if !(f.is(p, Family::Aux) || f.is(p, Family::Passive) || f.is(p, Family::Perfect)) {
            return false;
        }
        k = p;
    }
    false
}

/// Give each unvoiced agentless attribution the story's accuser: the body that speaks
/// the most of its accusations (the first of them on a tie). (A person quoted is heard on
/// the finding, not the author of it.)
pub(crate) fn voice_agentless(drafts: &mut [Draft], facts: &[Facts]) {
    if !drafts.iter().any(|d| d.agentless && d.speaker.is_none()) {
        return;
    }
    let persons: BTreeSet<&str> = facts
        .iter()
        .flat_map(|f| &f.mentions)
        .filter(|m| m.mention.kind == EntityType::Person)
        .map(|m| m.mention.id.as_str())
        .collect();
    let accusers: Vec<&Draft> = drafts
        .iter()
        .filter(|d| d.stance == Stance::Accusation && !d.agentless)
        .filter(|d| {
            d.speaker
                .as_ref()
                .is_some_and(|p| !persons.contains(p.id.as_str()))
        })
        .collect();
    let count = |id: &str| {
        accusers
            .iter()
            .filter(|d| d.speaker.as_ref().is_some_and(|p| p.id == id))
            .count()
    };
    let mut best: Option<(&Draft, usize)> = None;
    for d in &accusers {
        let n = d.speaker.as_ref().map_or(0, |p| count(&p.id));
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((d, n));
        }
    }
    let Some((first, _)) = best else {
        return;
    };
    let (speaker, side) = (first.speaker.clone(), first.speaker_side.clone());
    for d in drafts
        .iter_mut()
        .filter(|d| d.agentless && d.speaker.is_none())
    {
        d.speaker = speaker.clone();
        d.speaker_side = side.clone();
    }
}
