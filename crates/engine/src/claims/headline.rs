//! A headline's voice. A headline that ties an attack to someone without saying who says
//! so ("Freedonian spies behind the port outage") sums up the charge its story reports:
//! it is spoken by the story's first accuser of the same side (a party it names before a
//! description of people), else its first accuser. A masthead or a section line may come
//! before the headline: every line that opens the text alone in its paragraph with no final
//! stop is a headline line (`resolve::headline_lines`).

use super::events::Draft;
use super::Stance;

/// Give a headline's unvoiced accusation the speaker of the story's first accusation
/// against the same side (or its first accusation, when either side is unknown).
pub(crate) fn voice_headline(drafts: &mut [Draft]) {
    let Some(h) = drafts
        .iter()
        .position(|d| d.headline && d.speaker.is_none() && d.stance == Stance::Accusation)
    else {
        return;
    };
    let side = drafts[h].target_side.clone();
    let accusers = || {
        drafts
            .iter()
            .filter(move |d| !d.headline && d.stance == Stance::Accusation && d.speaker.is_some())
    };
    // A party the story names ("the National Police Agency") before a description of
    // people ("investigators say"), which a headline's noun sums up less often.
    let named = |d: &&Draft| {
        d.speaker
            .as_ref()
            .is_some_and(|p| !super::groups::ends_in_head(&p.id))
    };
    let same_side = |d: &&Draft| side.is_some() && d.target_side == side;
    let first = accusers()
        .find(|d| same_side(d) && named(d))
        .or_else(|| accusers().find(same_side))
        .or_else(|| accusers().next());
    let Some(first) = first else {
        return;
    };
    let (speaker, speaker_side) = (first.speaker.clone(), first.speaker_side.clone());
    drafts[h].speaker = speaker;
    drafts[h].speaker_side = speaker_side;
}
