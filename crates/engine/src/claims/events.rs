//! The disputed events (`about`) and the counter-accusations.
//!
//! An event slug is built from language-independent things: a threat group's
//! or malware's id, else the accused side's id, plus the year the sentence
//! names. Responses (denials, non-confirmations, apologies) and claims with no
//! event words of their own are carried forward to the event under discussion.

use super::Stance;
use std::collections::BTreeSet;

/// A claim with its parties, before its event is known.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub sentence: usize,
    pub stance: Stance,
    pub smear: bool,
    pub headline: bool,
    pub attack: bool,
    pub year: Option<String>,
    pub groups: Vec<String>,
    pub malware: Vec<String>,
    pub speaker_side: Option<String>,
    pub target_side: Option<String>,
    pub speaker: Option<super::Party>,
    pub target: Option<super::Party>,
    pub cue: Option<super::Cue>,
    pub about: usize,
    /// The side that a negated attack clause clears ("Iran conducts no offensive
    /// operations"), when the speaker's own side is unknown.
    pub clears: Option<String>,
    /// Spoken by a document whose author was not yet known ("according to a report").
    pub from_document: bool,
    /// The party of another side the content accuses, should the target found be of the
    /// speaker's own side (see `allegiance::no_self_accusation`).
    pub other_side: Option<(super::Party, Option<String>)>,
    /// The accused is said to do it "themselves" (« eux-mêmes »): a charge turned back.
    pub turned_back: bool,
    /// Set in the past by an adverb ("previously", « à l'époque »): background.
    pub background: bool,
    /// An attribution in the passive that names no one ("The intrusion was attributed to
    /// X", « L'attaque est attribuée à X »), not set back in a past perfect.
    pub agentless: bool,
}

/// A disputed event: its slug, who is accused and who accused first.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub slug: String,
    pub accused: Option<String>,
    pub accuser: Option<super::Party>,
    pub accuser_side: Option<String>,
    pub target: Option<super::Party>,
    /// The threat group the event is about, once one is named.
    pub group: Option<String>,
}

fn find_or_add(events: &mut Vec<Event>, slug: String, accused: Option<String>) -> usize {
    if let Some(i) = events.iter().position(|e| e.slug == slug) {
        return i;
    }
    events.push(Event {
        slug,
        accused,
        accuser: None,
        accuser_side: None,
        target: None,
        group: None,
    });
    events.len() - 1
}

/// The event a draft belongs to; None while no accusation has named one yet.
fn pick(events: &mut Vec<Event>, d: &Draft, current: Option<usize>) -> Option<usize> {
    let accusing =
        matches!(d.stance, Stance::Accusation | Stance::CounterAccusation) && d.attack && !d.smear;
    if !accusing {
        return current;
    }
    let side = d.target_side.clone();
    if let Some(g) = d.groups.first() {
        // A group names the campaign: the one under discussion, if it had no group yet.
        let index = match events.iter().position(|e| e.group.as_ref() == Some(g)) {
            Some(i) => i,
            None => match current.filter(|&c| {
                events[c].group.is_none()
                    && (side.is_none() || events[c].accused.is_none() || events[c].accused == side)
            }) {
                Some(c) => {
                    events[c].slug = g.clone();
                    c
                }
                None => find_or_add(events, g.clone(), side),
            },
        };
        events[index].group = Some(g.clone());
        return Some(index);
    }
    // Malware with a year is an incident of its own ("SomeWorm, 2015": the worm and the year of its campaign).
    if let (Some(m), Some(year)) = (d.malware.first(), &d.year) {
        return Some(find_or_add(events, format!("{m}_{year}"), side));
    }
    let actor = side
        .clone()
        .or_else(|| d.target.as_ref().map(|t| t.id.clone()))
        .or_else(|| {
            // A new year with no named party: the accused under discussion, that year.
            d.year.as_ref()?;
            current.and_then(|c| events[c].accused.clone())
        });
    let Some(actor) = actor else {
        return current.or_else(|| Some(find_or_add(events, "dispute".to_string(), None)));
    };
    let side = side.or(Some(actor.clone()));
    Some(if let Some(year) = &d.year {
        find_or_add(events, format!("{actor}_{year}"), side)
    } else if let Some(c) = current.filter(|&c| events[c].accused == side) {
        c
    } else {
        find_or_add(events, actor, side)
    })
}

/// Give each draft an event; return the events.
pub(crate) fn assign(drafts: &mut [Draft]) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    let mut current: Option<usize> = None;
    // Claims before the first accusation wait for the event it names.
    let mut pending: Vec<usize> = Vec::new();
    for di in 0..drafts.len() {
        let Some(index) = pick(&mut events, &drafts[di], current) else {
            pending.push(di);
            continue;
        };
        let d = &mut drafts[di];
        let accusing = matches!(d.stance, Stance::Accusation | Stance::CounterAccusation);
        let e = &mut events[index];
        if accusing && d.attack && !d.smear && e.accuser.is_none() {
            e.accuser = d.speaker.clone();
            e.accuser_side = d.speaker_side.clone();
            e.target = d.target.clone();
        }
        d.about = index;
        // A counter-accusation answers; the discussion then resumes where it was.
        if d.stance != Stance::CounterAccusation || current.is_none() {
            current = Some(index);
        }
        for p in pending.drain(..) {
            drafts[p].about = index;
        }
    }
    if !pending.is_empty() {
        let side = pending.iter().find_map(|&p| drafts[p].target_side.clone());
        let slug = side.clone().unwrap_or_else(|| "dispute".to_string());
        let index = find_or_add(&mut events, slug, side);
        for p in pending {
            drafts[p].about = index;
        }
    }
    // A headline sums up the story: it joins the first later event about the same side.
    // (Each event is read as it was before any headline renamed one: the renamings wait.)
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for h in 0..drafts.len() {
        if !drafts[h].headline {
            continue;
        }
        let e = drafts[h].about;
        let side = events[e].accused.clone();
        let only_headline = drafts.iter().all(|d| d.about != e || d.headline);
        if let Some(later) = drafts[h + 1..]
            .iter()
            .map(|d| d.about)
            .find(|&o| o != e && events[o].accused == side)
        {
            if only_headline && side.is_some() {
                renamed.push((e, events[later].slug.clone()));
            }
        }
    }
    for (e, slug) in renamed {
        events[e].slug = slug;
    }
    events
}

/// Aim answers (denials, non-confirmations; or only bad-faith charges) without a
/// named target at whoever made the accusation of their event, unless that is
/// the speaker's own side.
pub(crate) fn aim_answers(drafts: &mut [Draft], events: &[Event], smear_only: bool) {
    for d in drafts.iter_mut() {
        let answers = d.smear
            || (!smear_only && matches!(d.stance, Stance::NonConfirmation | Stance::Denial));
        let Some(e) = events.get(d.about) else {
            continue;
        };
        let own = (e.accuser_side.is_some() && e.accuser_side == d.speaker_side)
            || (e.accuser.is_some() && e.accuser == d.speaker);
        if answers && d.target.is_none() && !own {
            d.target = e.accuser.clone();
            d.target_side = e.accuser_side.clone();
        }
    }
}

/// How many sentences after its denial a speaker's accusation still answers the charge
/// it denied ("X rejected the charge … . It accused Y of …"): the same sentence or the next.
const DENIAL_REACH: usize = 1;

/// Whether `d` is an accusation by the speaker of the last denial, in its sentence or the
/// next: a party that rejects a charge and accuses in the same breath turns the charge back,
/// whoever it names ("dismissed the reports as baseless and accused Y of …"), unless it
/// accuses its own side.
fn denies_then_accuses(d: &Draft, last_denial: Option<&(usize, super::Party)>) -> bool {
    let Some((sentence, denier)) = last_denial else {
        return false;
    };
    let near = d.sentence >= *sentence && d.sentence - sentence <= DENIAL_REACH;
    let own = d.target_side.is_some() && d.target_side == d.speaker_side;
    near && !own && d.speaker.as_ref().is_some_and(|p| p.id == denier.id)
}

/// Add what a background accusation tells to `seen`: (its speaker's side, or the speaker
/// when of no known side; the accused side).
fn record(seen: &mut Vec<(String, String)>, d: &Draft) {
    let Some(t) = d.target_side.clone() else {
        return;
    };
    match (&d.speaker_side, &d.speaker) {
        (Some(s), _) if *s != t => seen.push((s.clone(), t)),
        (None, Some(p)) => seen.push((p.id.clone(), t)),
        _ => {}
    }
}

/// Mark as counter-accusations the accusations an accused side makes against its
/// accuser (its first one after being accused) or, once accused, against a side it had
/// not accused before; or its first one at all when the article says it answers that
/// accuser ("the remarks come after a report that …").
/// `responds` holds (responder side, accuser side) pairs. A charge dated to a year before
/// `latest`, the latest the article names ("in 2022 the FBI blamed …"), or set in the past
/// by an adverb ("has previously accused") is background, told for context: it answers
/// nothing in today's exchange and is never a counter-accusation.
pub(crate) fn mark_counters(
    drafts: &mut [Draft],
    responds: &BTreeSet<(String, String)>,
    latest: Option<&str>,
) {
    // Every (accuser side, accused side) so far, in order.
    let mut seen: Vec<(String, String)> = Vec::new();
    // (denier side, side whose charge it denied) so far: a denier that then accuses the
    // accuser it answered counter-accuses ("rejected Y's accusation … and accused Y of …").
    let mut denied: Vec<(String, String)> = Vec::new();
    // The last denial's sentence and speaker: who has just denied and then accuses answers.
    let mut last_denial: Option<(usize, super::Party)> = None;
    for d in drafts.iter_mut() {
        if d.stance == Stance::Denial {
            if let (Some(s), Some(t)) = (&d.speaker_side, &d.target_side) {
                denied.push((s.clone(), t.clone()));
            }
            last_denial = d.speaker.clone().map(|p| (d.sentence, p));
        }
        let background = d.background || d.year.as_deref().zip(latest).is_some_and(|(y, l)| y < l);
        if d.stance != Stance::Accusation || background {
            if d.stance == Stance::Accusation {
                record(&mut seen, d);
            }
            continue;
        }
        if denies_then_accuses(d, last_denial.as_ref()) {
            d.stance = Stance::CounterAccusation;
        }
        // An accused said to do it "themselves", or a charge the cue turns back (« retourne
        // l'accusation contre X »): a counter-accusation against the party it names, whoever
        // made the first (a party of no known side included).
        let other = d.target_side.is_none() || d.speaker_side != d.target_side;
        if d.turned_back && d.speaker.is_some() && d.target.is_some() && other {
            d.stance = Stance::CounterAccusation;
        }
        let Some(t) = d.target_side.clone() else {
            continue;
        };
        let Some(s) = d.speaker_side.clone() else {
            // A speaker of no known side (a weekly, a laboratory) still accuses `t`.
            if let Some(p) = &d.speaker {
                seen.push((p.id.clone(), t));
            }
            continue;
        };
        if s == t {
            continue;
        }
        let answered_by_them = responds.contains(&(t.clone(), s.clone()));
        let last_them = seen.iter().rposition(|(a, b)| *a == t && *b == s);
        let last_us = seen.iter().rposition(|(a, b)| *a == s && *b == t);
        // An accused side that turns on someone else ("we are victims too; Y built the case").
        let accused_before = seen.iter().any(|(_, b)| *b == s);
        let responder = responds.contains(&(s.clone(), t.clone()))
            || accused_before
            || denied.contains(&(s.clone(), t.clone()));
        let counter = !answered_by_them
            && match (last_them, last_us) {
                (Some(them), Some(us)) => us < them,
                (Some(_), None) => true,
                (None, None) => responder,
                (None, Some(_)) => false,
            };
        if counter {
            d.stance = Stance::CounterAccusation;
        }
        seen.push((s, t));
    }
}
