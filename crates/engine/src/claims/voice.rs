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

/// How close "following"/« suivante » stands to the statement noun ("the following joint
/// statement", « la déclaration commune suivante »).
const FOLLOWING_REACH: usize = 3;

/// The person who issues the statement the sentence introduces: the first person named
/// after the statement noun and its "by"/"par", or before "the following statement".
pub(crate) fn author<'c>(f: &Facts, cands: &'c [Cand]) -> Option<&'c Cand> {
    let h = f.first(Family::Statement)?;
    // "X, Minister of Foreign Affairs, issued the following statement:", « X a fait la
    // déclaration suivante : »: the person before the noun, the statement after the colon.
    let following = f.tokens[h.last + 1..]
        .iter()
        .take(FOLLOWING_REACH)
        .any(|t| matches!(t.lower.as_str(), "suivante" | "suivant"))
        || f.tokens[..h.first]
            .iter()
            .rev()
            .take(FOLLOWING_REACH)
            .any(|t| t.lower == "following");
    if following {
        return cands
            .iter()
            .find(|c| c.kind == Kind::Person && c.last < h.first);
    }
    let end = (h.last + 1 + ISSUER_REACH).min(f.tokens.len());
    let by = (h.last + 1..end).find(|&i| matches!(f.tokens[i].lower.as_str(), "par" | "by"))?;
    // A person the entity layer found, not a capitalised run ("by the Minister of
    // Foreign Affairs" names a role, whose holder the text names later).
    cands
        .iter()
        .find(|c| c.kind == Kind::Person && !c.weak && c.first > by)
}

/// Give the author's voice to the claims, from the statement's sentence on, whose
/// speaker is the country the author speaks for.
pub(crate) fn speak_for_country(drafts: &mut [super::events::Draft], author: &Known, from: usize) {
    let Some(side) = author.side.clone().or_else(|| own_country(drafts, from)) else {
        return;
    };
    for d in drafts.iter_mut().filter(|d| d.sentence >= from) {
        if d.speaker.as_ref().is_some_and(|p| p.id == side) {
            d.speaker = Some(author.party.clone());
        }
    }
}

/// An author whose country no role names ("X, Minister of Foreign Affairs, issued the
/// following statement"): the country that speaks most often in the statement is its own.
fn own_country(drafts: &[super::events::Draft], from: usize) -> Option<String> {
    let own_voice = drafts
        .iter()
        .filter(|d| d.sentence >= from)
        .filter_map(|d| {
            d.speaker
                .as_ref()
                .filter(|p| d.speaker_side.as_deref() == Some(p.id.as_str()))
        })
        .map(|p| p.id.as_str());
    super::most_frequent(own_voice)
}
