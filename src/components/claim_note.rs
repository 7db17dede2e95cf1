//! A claim read in place: beside its sentence, the stance (icon and word) and who says it
//! about whom, with the engine's cue words in the tooltip.

use crate::components::{stance_parts, StanceBadge};
use crate::context::CorpusContext;
use parallax_engine::claims_table::speaker_label;
use parallax_engine::Claim;
use yew::prelude::*;

/// Props of [`ClaimNote`].
#[derive(Properties, PartialEq)]
pub struct ClaimNoteProps {
    /// Article index.
    pub article: usize,
    /// The claim's index in the article's claims.
    pub claim: usize,
}

/// What the tooltip says: the cue words the engine found, or that it found none.
pub fn cue_tooltip(claim: &Claim) -> String {
    match &claim.cue {
        Some(cue) => format!("Cue: “{}”", cue.text),
        None => "No reporting cue found".to_owned(),
    }
}

/// `span.claim-note.stance-<slug>[data-claim][title]`: the stance badge, then `speaker → target`
/// (the speaker in italics as "speaker unknown" when the engine has none; no arrow when
/// there is no target).
#[function_component]
pub fn ClaimNote(props: &ClaimNoteProps) -> Html {
    let corpus = use_context::<CorpusContext>().expect("the app provides the corpus");
    let Some(claim) = corpus
        .article(props.article)
        .and_then(|a| a.claims.get(props.claim))
    else {
        return Html::default();
    };
    let (slug, _, _) = stance_parts(claim.stance);
    let speaker = speaker_label(claim.speaker.as_ref());
    html! {
        <span class={classes!("claim-note", format!("stance-{slug}"))} data-stance={slug}
            data-claim={props.claim.to_string()} title={cue_tooltip(claim)}>
            <StanceBadge stance={claim.stance} />
            if claim.speaker.is_some() {
                <span class="claim-speaker">{ speaker }</span>
            } else {
                <em class="claim-speaker unknown">{ speaker }</em>
            }
            if let Some(target) = &claim.target {
                <span class="arrow" aria-hidden="true">{ " → " }</span>
                <span class="visually-hidden">{ " about " }</span>
                <span class="claim-target">{ target.name.clone() }</span>
            }
        </span>
    }
}
