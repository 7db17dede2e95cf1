//! A body described before it is named. A lead often gives a public body by what it is
//! ("Estonia's cyber security agency says …", « selon une agence fédérale ») and names it
//! further down ("the Information System Authority (RIA)"). A speaker that is such a
//! description (a body's noun from the lexicons, resolved to no party the text names) is
//! the named public body of the same side whose names share the most of its words ("cyber
//! security agency" and "Centre for Cyber Security"), then that the story hears the most.
//! (A government, "the authorities": the country's voice, no one body.)

use super::events::Draft;
use super::facts::Facts;
use super::lexicon::{is_word_of, Family};
use crate::entities::EntityType;
use std::collections::{BTreeMap, BTreeSet};

/// The lowercase words of a name.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The nouns of a description that leads use for a body they name later.
fn body_nouns(name: &str) -> BTreeSet<String> {
    words(name)
        .filter(|w| is_word_of(w, Family::DescribedBody))
        .collect()
}

/// Give each speaker that describes a public body the named body it stands for.
pub(crate) fn name_described_bodies(drafts: &mut [Draft], facts: &[Facts]) {
    // Every organisation the text names, with the words of all its names.
    let mut named: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut any_named: BTreeSet<&str> = BTreeSet::new();
    for m in facts.iter().flat_map(|f| &f.mentions) {
        any_named.insert(&m.mention.id);
        if m.mention.kind == EntityType::Org {
            named
                .entry(&m.mention.id)
                .or_default()
                .extend(words(&m.mention.text));
        }
    }
    // Named public bodies: an organisation one of whose names holds a body's noun.
    named.retain(|_, w| {
        w.iter()
            .any(|w| is_word_of(w, Family::PublicBody) && !is_word_of(w, Family::CountryBody))
    });
    if named.is_empty() {
        return;
    }
    // How often the story hears each named body, and its side.
    let mut heard: Vec<(String, usize, Option<String>, super::Party)> = Vec::new();
    for d in drafts.iter() {
        let Some(p) = d
            .speaker
            .as_ref()
            .filter(|p| named.contains_key(p.id.as_str()))
        else {
            continue;
        };
        match heard.iter_mut().find(|h| h.0 == p.id) {
            Some(h) => h.1 += 1,
            None => heard.push((p.id.clone(), 1, d.speaker_side.clone(), p.clone())),
        }
    }
    for d in drafts.iter_mut() {
        let Some(p) = d.speaker.as_ref() else {
            continue;
        };
        if any_named.contains(p.id.as_str()) {
            continue;
        }
        let nouns = body_nouns(&p.name);
        if nouns.is_empty() {
            continue;
        }
        let side = d.speaker_side.clone();
        let fits = |h: &&(String, usize, Option<String>, super::Party)| {
            side.is_none() || h.2.is_none() || h.2 == side
        };
        // (How many of the description's words the body's names hold: "cyber security
        // agency" and "Centre for Cyber Security" share two.)
        let described: BTreeSet<String> = words(&p.name).collect();
        let shares = |h: &(String, usize, Option<String>, super::Party)| {
            named[h.0.as_str()].intersection(&described).count()
        };
        // (On a tie, the body heard first.)
        let best = heard
            .iter()
            .enumerate()
            .filter(|(_, h)| fits(h))
            .max_by_key(|&(i, h)| (shares(h), h.1, std::cmp::Reverse(i)));
        if let Some((_, h)) = best {
            d.speaker = Some(h.3.clone());
            if d.speaker_side.is_none() {
                d.speaker_side = h.2.clone();
            }
        }
    }
}
