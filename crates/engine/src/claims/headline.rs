//! A headline's voice. A headline that ties an attack to someone without saying who says
//! so ("Freedonian spies behind the port outage") sums up the charge its story reports:
//! it is spoken by the story's first accuser of the same side, else its first accuser.

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
    let same_side = accusers().find(|d| side.is_some() && d.target_side == side);
    let Some(first) = same_side.or_else(|| accusers().next()) else {
        return;
    };
    let (speaker, speaker_side) = (first.speaker.clone(), first.speaker_side.clone());
    drafts[h].speaker = speaker;
    drafts[h].speaker_side = speaker_side;
}
