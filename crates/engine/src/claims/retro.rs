//! Words credited after the fact: a quotation standing alone, then a sentence that says
//! whose words they were ("“…” That was the message from a ministry official.", « « … » C'est
//! en ces termes que l'ambassade a répondu. », "The words came from Jan Roe, who …"). The
//! formula (`retro` in the cue lists) looks back: the party it names speaks the quotation
//! before it, and the sentence itself repeats that claim in that party's name.

use super::cands::{Cand, Kind};
use super::draft::SentenceAt;
use super::events::Draft;
use super::lexicon::Family;
use super::parties::best;
use super::speakers::{resolve, Known};

/// The party a crediting formula names: the first one after the formula that is not
/// whom the words were addressed to ("told reporters", « aux journalistes »).
pub(crate) fn credited(s: &SentenceAt, history: &[Known]) -> Option<Known> {
    let f = s.facts;
    let formula = f.first(Family::Retro)?;
    let after: Vec<&Cand> = s
        .cands
        .iter()
        .filter(|c| c.first > formula.last && !super::targets::addressed(f, c))
        .filter(|c| !matches!(c.kind, Kind::Pronoun | Kind::Thing))
        .collect();
    // The nearest party after the formula (its subject or the "from" of "the message from").
    let c = best(after, formula.last)?;
    Some(resolve(c, history, s, s.index))
}

/// The claims the quotation before the formula carries, credited to `who`, and the
/// formula's own sentence as the same claim again (when it decides none of its own).
pub(crate) fn credit_back(drafts: &mut Vec<Draft>, s: &SentenceAt, who: &Known, own_claims: bool) {
    // The formula's own verb ("C'est ce qu'a déclaré X") speaks with the party it names.
    for d in drafts.iter_mut().filter(|d| d.sentence == s.index) {
        d.speaker = Some(who.party.clone());
        d.speaker_side.clone_from(&who.side);
    }
    let quoted_before = s.prev.is_some_and(|(f, _)| f.whole_quotation() || f.quoted);
    if !quoted_before {
        return;
    }
    let before = s.index.checked_sub(1);
    let mut first = None;
    for d in drafts.iter_mut().filter(|d| Some(d.sentence) == before) {
        d.speaker = Some(who.party.clone());
        d.speaker_side.clone_from(&who.side);
        first.get_or_insert_with(|| d.clone());
    }
    if let (false, Some(mut d)) = (own_claims, first) {
        d.sentence = s.index;
        d.cue = None;
        drafts.push(d);
    }
}
