//! The side a speaker with no known side speaks for, read from what it answers.
//!
//! A spokesperson introduced only by name ("Mr Roe said"), or by a role that names no
//! country ("the foreign ministry spokesperson"), has no side of its own. Yet who denies
//! an accusation is, almost always, the accused or its voice: a speaker that denies or
//! answers with a "no comment" an accusation against one side speaks for that side. The
//! side learnt from one answer holds for every claim of the same speaker in the article,
//! so that its later accusations can be read as counter-accusations (`events::mark_counters`),
//! as does a side any one of its claims gives it.

use super::cands::{Cand, Kind};
use super::events::{Draft, Event};
use super::facts::Facts;
use super::lexicon::Family;
use super::Stance;
use std::collections::BTreeMap;

/// Give speakers with no side the side their denials defend, else the side accused in the
/// question their answer follows, for all their claims. `turns[s]` is the sentence where
/// sentence `s`'s transcript turn begins, if the text is a transcript.
pub(crate) fn infer_sides(
    drafts: &mut [Draft],
    events: &[Event],
    turns: &[Option<usize>],
    introduced: &BTreeMap<String, String>,
) {
    // A speaker keeps one side through the article: the one any of its claims gives it
    // (a statement's own voice, drafted without one, is the same embassy as its quoted words),
    // else the one the role beside its name gave it where the article introduced it.
    let mut learnt: BTreeMap<String, String> = BTreeMap::new();
    for d in drafts.iter() {
        if let (Some(p), Some(side)) = (&d.speaker, &d.speaker_side) {
            learnt.entry(p.id.clone()).or_insert_with(|| side.clone());
        }
    }
    for (id, side) in introduced {
        learnt.entry(id.clone()).or_insert_with(|| side.clone());
    }
    // First what speakers deny; then, for a speaker that denied nothing, what it was asked
    // ("Q: Freedonia's agency said hackers linked to Ruritania… What is your response?
    // A: …": whoever answers a question about an accusation answers for the side accused).
    let denied = |d: &Draft| defended_side(d, drafts, events);
    let asked = |d: &Draft| side_asked_about(d, drafts, turns);
    for learn in [&denied as &dyn Fn(&Draft) -> Option<String>, &asked] {
        for d in drafts.iter() {
            let Some(id) = d.speaker.as_ref().map(|p| p.id.clone()) else {
                continue;
            };
            if d.speaker_side.is_some() || learnt.contains_key(&id) {
                continue;
            }
            if let Some(side) = learn(d) {
                learnt.insert(id, side);
            }
        }
    }
    for d in drafts.iter_mut() {
        let side = d.speaker.as_ref().and_then(|p| learnt.get(&p.id));
        if d.speaker_side.is_none() {
            d.speaker_side = side.cloned();
        }
    }
}

/// The side each person named in the article first has there ("the Freedonian ministry's
/// spokeswoman, Jane Roe, went further": Freedonia's, even in a sentence that claims nothing).
/// A person introduced as "its spokesman, Jan Roe," (« son porte-parole, Jan Roe, ») speaks
/// for the body the possessive takes up: the last one with a side named before.
pub(crate) fn people_sides(facts: &[Facts], cands: &[Vec<Cand>]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut last_body: Option<&String> = None;
    for (f, sentence) in facts.iter().zip(cands) {
        for c in sentence {
            let side = c.side.as_ref().or_else(|| {
                (c.kind == Kind::Person && servant_of_possessive(f, c))
                    .then_some(last_body)
                    .flatten()
            });
            if let (Kind::Person, Some(side)) = (c.kind, side) {
                out.entry(c.id.clone()).or_insert_with(|| side.clone());
            }
            if matches!(c.kind, Kind::Named | Kind::Role(Family::RoleOrg)) && c.side.is_some() {
                last_body = c.side.as_ref();
            }
        }
    }
    out
}

/// "Its deputy spokeswoman, Jan Roe,": the name set after a comma that follows a role word
/// opened by a possessive determiner, with only role or title words between.
fn servant_of_possessive(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    let Some(comma) = c.first.checked_sub(1).filter(|&i| t[i].is(",")) else {
        return false;
    };
    let mut i = comma;
    while let Some(p) = i.checked_sub(1).filter(|&p| {
        t[p].word
            && (f.is(p, Family::RolePerson) || f.is(p, Family::Title) || !t[p].capitalised())
            && !f.is(p, Family::Possessive)
    }) {
        i = p;
    }
    let role = (i..comma).any(|k| f.is(k, Family::RolePerson));
    // (The possessive opens the sentence: "Its spokesman, Jan Roe, went further.")
    role && i > 0 && f.is(i - 1, Family::Possessive) && (f.label_end..i - 1).all(|k| !t[k].word)
}

/// The side accused in the question turn just before the answer turn `d` belongs to.
fn side_asked_about(d: &Draft, drafts: &[Draft], turns: &[Option<usize>]) -> Option<String> {
    let start = turns.get(d.sentence).copied().flatten()?;
    if start == d.sentence && start == 0 {
        return None;
    }
    let question_start = turns.get(start.checked_sub(1)?).copied().flatten()?;
    let speaker = d.speaker.as_ref().map(|p| &p.id);
    drafts
        .iter()
        .filter(|o| (question_start..start).contains(&o.sentence))
        .filter(|o| matches!(o.stance, Stance::Accusation | Stance::CounterAccusation))
        .filter(|o| o.speaker.as_ref().map(|p| &p.id) != speaker)
        .find_map(|o| o.target_side.clone())
}

/// The side a denial defends: the side its addressee (the accuser answered) accuses, else
/// the side its event accuses, else the side it names (a denial "of the smears against X"
/// names X). Only a side that someone else accuses in the article and that the speaker
/// never accuses itself: nobody defends the side it blames.
fn defended_side(d: &Draft, drafts: &[Draft], events: &[Event]) -> Option<String> {
    if d.stance != Stance::Denial {
        return None;
    }
    let speaker = d.speaker.as_ref().map(|p| &p.id);
    let accusations = || {
        drafts
            .iter()
            .filter(|o| matches!(o.stance, Stance::Accusation | Stance::CounterAccusation))
    };
    let by_addressee = accusations()
        .filter(|o| d.target_side.is_some() && o.speaker_side == d.target_side)
        .find_map(|o| o.target_side.clone());
    let of_event = events.get(d.about).and_then(|e| e.accused.clone());
    let defensible = |side: &String| {
        let by_others = accusations().any(|o| {
            o.target_side.as_ref() == Some(side) && o.speaker.as_ref().map(|p| &p.id) != speaker
        });
        let by_self = accusations().any(|o| {
            o.target_side.as_ref() == Some(side) && o.speaker.as_ref().map(|p| &p.id) == speaker
        });
        by_others && !by_self
    };
    [by_addressee, of_event, d.target_side.clone()]
        .into_iter()
        .flatten()
        .find(defensible)
}

/// A side does not accuse itself: an accusation aimed at the speaker's own side accuses
/// the party of another side its content names, if any; else ("La Chine est elle-même
/// l'une des principales victimes", said by China's embassy) it says something else about
/// the conflict (that the speaker's side is a victim too).
pub(crate) fn no_self_accusation(drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        let same_party = d.speaker.is_some()
            && d.speaker.as_ref().map(|p| &p.id) == d.target.as_ref().map(|p| &p.id);
        let own = same_party || (d.speaker_side.is_some() && d.speaker_side == d.target_side);
        if !own || d.stance != Stance::Accusation || d.smear {
            continue;
        }
        if let Some((party, side)) = d.other_side.take() {
            d.target = Some(party);
            d.target_side = side;
        } else {
            d.stance = Stance::OtherClaim;
            d.target = None;
            d.target_side = None;
        }
    }
}

/// Condemning words that label what they answer rather than condemn an act: said by the
/// accused of the charge against it, they dismiss it.
const LABELS: [&str; 2] = ["provocation", "provocations"];

/// The accused side does not call the attack it is charged with a provocation: what it
/// labels so ("Freedonia calls it a provocation", « l'ambassade parle de provocation »)
/// is the charge, so that condemnation is a denial. (Victims label attacks the same way:
/// only the side the event accuses is read so.)
pub(crate) fn accused_labels_the_charge(drafts: &mut [Draft], events: &[Event]) {
    for d in drafts.iter_mut() {
        let Some(event) = events.get(d.about) else {
            continue;
        };
        let accused = d.speaker_side.is_some() && d.speaker_side == event.accused;
        let label = d
            .cue
            .as_ref()
            .is_some_and(|c| LABELS.contains(&c.text.to_lowercase().as_str()));
        if d.stance == Stance::Condemnation && accused && label {
            d.stance = Stance::Denial;
            d.target = None;
            d.target_side = None;
        }
    }
}
