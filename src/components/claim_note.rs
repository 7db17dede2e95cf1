//! A claim read in place: beside its sentence, the stance (icon and word) and who says it
//! about whom, by their display names in the reader's interface language. Focused or
//! hovered, a popover gives the engine's cue words and, for an answer, the accusation it
//! answers; Escape puts it away.

use crate::components::{stance_badge, stance_parts};
use crate::context::UiLang;
use crate::corpus::shorten;
use crate::hooks::use_corpus;
use crate::hooks::use_ui_lang;
use parallax_engine::claims::Party;
use parallax_engine::claims_table::speaker_label;
use parallax_engine::Claim;
use yew::prelude::*;

/// Longest quote of the answered accusation in the popover.
const QUOTE_CHARS: usize = 140;

/// Props of [`ClaimNote`].
#[derive(Properties, PartialEq)]
pub struct ClaimNoteProps {
    /// Article index.
    pub article: usize,
    /// The claim's index in the article's claims.
    pub claim: usize,
}

/// What the popover says first: the cue words the engine found, or that it found none.
pub fn cue_tooltip(claim: &Claim) -> String {
    match &claim.cue {
        Some(cue) => format!("Cue: “{}”", cue.text),
        None => "No reporting cue found".to_owned(),
    }
}

/// `span.claim-note.stance-<slug>[data-claim][tabindex=0]`: the stance badge, then
/// `speaker → target` (the speaker in italics as "speaker unknown" when the engine has none;
/// no arrow when there is no target), and its popover `span.claim-tip[role=tooltip]`.
#[function_component]
pub fn ClaimNote(props: &ClaimNoteProps) -> Html {
    let corpus = use_corpus();
    let UiLang(lang) = use_ui_lang();
    let note = use_node_ref();
    let Some(claim) = corpus
        .article(props.article)
        .and_then(|a| a.claims.get(props.claim))
    else {
        return Html::default();
    };
    let views = &corpus.claims;
    let name = |p: &Party| views.name(p, lang);
    let (slug, _, _) = stance_parts(claim.stance);
    let tip_id = format!("claim-tip-{}-{}", props.article, props.claim);
    // The accusation this claim answers, if it is an answer: its parties and a quote.
    let answered = views
        .of_claim
        .get(&(props.article, props.claim))
        .and_then(|k| views.answered.get(k))
        .and_then(|&j| views.claims.get(j));
    let answered = answered.map(|accusation| {
        let same_lang = accusation.versions.iter().find(|&&(a, _)| {
            corpus.article(a).map(|x| x.lang) == corpus.article(props.article).map(|x| x.lang)
        });
        let version = same_lang.or(accusation.versions.first());
        let quote = version.and_then(|&(a, c)| {
            let article = corpus.article(a)?;
            Some((
                shorten(&article.claims.get(c)?.text, QUOTE_CHARS),
                article.lang,
            ))
        });
        let speaker = accusation
            .speaker
            .as_ref()
            .map_or_else(|| speaker_label(None).to_string(), |p| name(p).text);
        let target = accusation.target.as_ref().map(|p| name(p).text);
        let parties = match target {
            Some(t) => format!("{speaker} → {t}"),
            None => speaker,
        };
        html! {
            <span class="tip-answers">
                { format!("Answers the accusation {parties}") }
                if let Some((quote, quote_lang)) = quote {
                    { ": " }<q lang={quote_lang.code()}>{ quote }</q>
                }
            </span>
        }
    });
    // Escape puts the popover away: the note gives up the focus. (Yew delegates events, so
    // the note is found by its reference, not by the event's current target.)
    let onkeydown = {
        let note = note.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                if let Some(note) = note.cast::<web_sys::HtmlElement>() {
                    let _ = note.blur();
                }
            }
        })
    };
    html! {
        <span class={classes!("claim-note", format!("stance-{slug}"))} data-stance={slug}
            data-claim={props.claim.to_string()} tabindex="0" aria-describedby={tip_id.clone()}
            {onkeydown} ref={note}>
            { stance_badge(claim.stance) }
            if let Some(speaker) = claim.speaker.as_ref().map(name) {
                <span class="claim-speaker" lang={speaker.lang.code()}>{ speaker.text }</span>
            } else {
                <em class="claim-speaker unknown">{ speaker_label(None) }</em>
            }
            if let Some(target) = claim.target.as_ref().map(name) {
                <span class="arrow" aria-hidden="true">{ " → " }</span>
                <span class="visually-hidden">{ " about " }</span>
                <span class="claim-target" lang={target.lang.code()}>{ target.text }</span>
            }
            <span class="claim-tip" role="tooltip" id={tip_id} lang="en">
                <span class="tip-cue">{ cue_tooltip(claim) }</span>
                { for answered }
            </span>
        </span>
    }
}
