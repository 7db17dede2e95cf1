//! A claim read in place: beside its sentence, the stance (icon and word) and who says it
//! about whom, by their display names in the reader's interface language. Focused or
//! hovered, a popover gives the engine's cue words and, for an answer, the accusation it
//! answers; Escape puts it away.

use crate::components::{stance_badge, stance_parts};
use crate::corpus::shorten;
use crate::corpus::Corpus;
use parallax_engine::claims::Party;
use parallax_engine::claims_table::speaker_label;
use parallax_engine::{Claim, Lang};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Longest quote of the answered accusation in the popover.
const QUOTE_CHARS: usize = 140;

/// What the popover says first: the cue words the engine found, or that it found none.
pub fn cue_tooltip(claim: &Claim) -> String {
    match &claim.cue {
        Some(cue) => cat!("Cue: “", cue.text, "”"),
        None => "No reporting cue found".to_owned(),
    }
}

/// `span.claim-note[data-stance=<slug>][data-claim][tabindex=0]`: the stance badge, then
/// `speaker → target` (the speaker in italics as "speaker unknown" when the engine has none;
/// no arrow when there is no target), and its popover `span.claim-tip[role=tooltip]`; keyed
/// by the claim. Claim `index` of article `article`, names in `lang`. A view, not a component:
/// its sentence re-renders it (each component costs the app's wasm its own copy of Yew's code).
pub fn claim_note(corpus: &Corpus, lang: Lang, article: usize, index: usize) -> Html {
    let Some(claim) = corpus.article(article).and_then(|a| a.claims.get(index)) else {
        return Html::default();
    };
    let views = &corpus.claims;
    let name = |p: &Party| views.name(p, lang);
    let (slug, _, _) = stance_parts(claim.stance);
    let tip_id = cat!("claim-tip-", article, "-", index);
    // The accusation this claim answers, if it is an answer: its parties and a quote.
    let answered = views
        .of_claim
        .get(&(article, index))
        .and_then(|k| views.answered.get(k))
        .and_then(|&j| views.claims.get(j));
    let answered = answered.map(|accusation| {
        let same_lang = accusation.versions.iter().find(|&&(a, _)| {
            corpus.article(a).map(|x| x.lang) == corpus.article(article).map(|x| x.lang)
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
            Some(t) => cat!(speaker, " → ", t),
            None => speaker,
        };
        html! {
            <span class="tip-answers">
                { cat!("Answers the accusation ", parties) }
                if let Some((quote, quote_lang)) = quote {
                    { ": " }<q lang={quote_lang.code()}>{ quote }</q>
                }
            </span>
        }
    });
    // Escape puts the popover away: the note gives up the focus. The key goes to the element
    // in focus, the note itself (nothing inside it takes the focus); Yew delegates events, so
    // the event's current target is not the note.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Escape" {
            if let Some(note) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = note.blur();
            }
        }
    });
    html! {
        <span class="claim-note" data-stance={slug}
            data-claim={index.to_string()} tabindex="0" aria-describedby={tip_id.clone()}
            {onkeydown} key={index}>
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
