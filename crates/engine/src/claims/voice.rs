//! The voice of a statement. An article that reproduces a statement issued by a named
//! person (a spokesperson releasing the government's statement) speaks with that
//! person's voice wherever it lets the country the person speaks for assert something:
//! the guidelines name the author of a statement, not the country it speaks for.

use super::cands::{Cand, Kind};
use super::facts::Facts;
use super::lexicon::Family;
use super::speakers::Known;

/// How far after the statement noun its "by"/"par" may come ("a statement released on
/// Monday by …": a participle and a date between).
const ISSUER_REACH: usize = 12;

/// The person who issues the statement the sentence introduces: the first person named
/// after the statement noun and its "by"/"par".
pub(crate) fn author<'c>(f: &Facts, cands: &'c [Cand]) -> Option<&'c Cand> {
    let h = f.first(Family::Statement)?;
    let end = (h.last + 1 + ISSUER_REACH).min(f.tokens.len());
    let by = (h.last + 1..end).find(|&i| matches!(f.tokens[i].lower.as_str(), "par" | "by"))?;
    cands
        .iter()
        .find(|c| c.kind == Kind::Person && c.first > by)
}

/// Give the author's voice to the claims, from the statement's sentence on, whose
/// speaker is the country the author speaks for.
pub(crate) fn speak_for_country(drafts: &mut [super::events::Draft], author: &Known, from: usize) {
    let Some(side) = &author.side else { return };
    for d in drafts.iter_mut().filter(|d| d.sentence >= from) {
        if d.speaker.as_ref().is_some_and(|p| &p.id == side) {
            d.speaker = Some(author.party.clone());
        }
    }
}
