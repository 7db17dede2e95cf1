//! Announced replies. A sentence that only announces a reply ("The answer was not long in
//! coming.", « La riposte chinoise n'a pas tardé. ») says nothing of its own: its denial
//! is the words of whoever speaks in the next sentence, when that speaker is of the side
//! the announcement names (or it names none).

use super::events::Draft;
use super::lexicon::{is_word_of, Family};
use super::Stance;
use crate::sentences::Sentence;

/// Most chars a sentence may hold after its cue and still be a bare announcement: the
/// closing mark and a space or two.
const TRAILING_CHARS: usize = 3;

/// Give each bare announcement of a denial the voice of the next sentence's speaker.
pub(crate) fn voice_announced(drafts: &mut [Draft], sentences: &[Sentence]) {
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if d.stance != Stance::Denial || !bare(d, sentences) {
            continue;
        }
        let next = drafts[k + 1..]
            .iter()
            .take_while(|n| n.sentence <= d.sentence + 1)
            .find(|n| n.sentence == d.sentence + 1 && n.speaker.is_some());
        let Some(next) = next else { continue };
        let same_side = d.speaker_side.is_none()
            || next.speaker_side.is_none()
            || d.speaker_side == next.speaker_side;
        if same_side && next.speaker != d.speaker {
            let (speaker, side) = (next.speaker.clone(), next.speaker_side.clone());
            let d = &mut drafts[k];
            d.speaker = speaker;
            d.speaker_side = side.or(d.speaker_side.take());
        }
    }
}

/// Whether the draft's cue names a reply and ends its sentence ("Bakou dément." denies
/// in its own words).
fn bare(d: &Draft, sentences: &[Sentence]) -> bool {
    let (Some(cue), Some(s)) = (&d.cue, sentences.get(d.sentence)) else {
        return false;
    };
    let end = s.start + s.text.chars().count();
    let names_reply = cue
        .text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| is_word_of(&w.to_lowercase(), Family::ReplyNoun));
    names_reply && cue.end + TRAILING_CHARS >= end
}
