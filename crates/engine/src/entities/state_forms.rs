//! A state named by its official form: "the Kingdom of Morocco", « le Royaume du Maroc »,
//! « la République islamique d'Iran ». The country's mention takes in the form before it
//! (and the adjectives between), so the whole name is the country, with its id. The forms
//! and adjectives are data (`state_form`, `state_form_adjective` in `data/kb/lexicon.tsv`).
//!
//! A place that stands for no country (a province, a region: `curated.json` gives it
//! none) has a government of its own, an organisation ("the Government of Alberta",
//! « le gouvernement du Yukon ») that speaks for no country (`government_head`); a
//! country's government is the country, whose mention stays its name.

use super::{lexicon::lexicon, Candidate};
use crate::entities::EntityType;

/// The words that join a form to its country, longest first so that "of the" wins over
/// "of" (« de la » over « de »); an elided « d' » is glued to the country's name.
const LINKS: [&str; 10] = [
    " of the ", " de la ", " de l'", " de l’", " of ", " du ", " des ", " de ", " d'", " d’",
];

/// Extend each country mention over the official form written right before it, unless
/// another mention holds those words.
pub(crate) fn extend(raw: &str, picked: &mut [Candidate]) {
    for i in 0..picked.len() {
        if picked[i].kind != EntityType::Gpe {
            continue;
        }
        let Some(start) = form_start(raw, picked[i].start) else {
            continue;
        };
        let taken = picked
            .iter()
            .enumerate()
            .any(|(j, o)| j != i && o.end > start && o.start < picked[i].start);
        if !taken {
            picked[i].start = start;
        }
    }
    for i in 0..picked.len() {
        government_of_place(raw, picked, i);
    }
}

/// "the Government of X" before the place `picked[i]`, if it stands for no country: the
/// place's own government. (A country's government is the country, whose mention stays
/// its name alone, as the reference annotations mark it.)
fn government_of_place(raw: &str, picked: &mut [Candidate], i: usize) {
    if picked[i].kind != EntityType::Gpe {
        return;
    }
    let Some(start) = word_before_link(raw, picked[i].start, &lexicon().government_heads) else {
        return;
    };
    let taken = picked
        .iter()
        .enumerate()
        .any(|(j, o)| j != i && o.end > start && o.start < picked[i].start);
    let Some(entry) = super::kb::lookup(&picked[i].id) else {
        return;
    };
    if taken {
        return;
    }
    if entry.country.is_none() {
        picked[i].start = start;
        picked[i].kind = EntityType::Org;
        picked[i].id = format!("{}_government", entry.id);
    }
}

/// Where a word of `heads` starts when it stands right before the link before byte `at`
/// ("Government of " before a place).
fn word_before_link(raw: &str, at: usize, heads: &super::lexicon::WordSet) -> Option<usize> {
    let before = raw.get(..at)?;
    let link = LINKS.iter().find(|l| before.ends_with(*l))?;
    let end = before.len() - link.len();
    let word_start = before[..end].rfind(' ').map_or(0, |s| s + 1);
    heads
        .contains(&before[word_start..end])
        .then_some(word_start)
}

/// Where the official form before the country at byte `country` starts, if one does.
fn form_start(raw: &str, country: usize) -> Option<usize> {
    let before = raw.get(..country)?;
    let link = LINKS.iter().find(|l| before.ends_with(*l))?;
    let mut end = before.len() - link.len();
    let lx = lexicon();
    let mut adjectives = 0;
    loop {
        let word_start = before[..end].rfind(' ').map_or(0, |s| s + 1);
        let word = &before[word_start..end];
        if lx.state_forms.contains(word) {
            return Some(word_start);
        }
        // Adjectives between the form and its country (a few at most).
        if adjectives >= MAX_FORM_ADJECTIVES || !lx.state_form_adjectives.contains(word) {
            return None;
        }
        adjectives += 1;
        end = word_start.checked_sub(1)?;
    }
}

/// Most adjectives between a state's form and its country (« populaire démocratique »).
const MAX_FORM_ADJECTIVES: usize = 3;
