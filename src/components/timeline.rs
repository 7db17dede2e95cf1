//! The timeline of a dispute: the dated events the claims mention and the
//! dates the statements were published, in chronological order.
//!
//! The engine's board dates the claims (`parallax_engine::board::DateKey`, from DATE ids
//! and article dates) and puts them in chronological order; the page groups them by date.

use crate::cat::class_list;
use crate::components::stance_badge;
use parallax_engine::board::DateKey;
use parallax_engine::Stance;

/// The entries of one date.
pub struct DateGroup {
    /// The date.
    pub when: DateKey,
    /// In the reader's words ("19 July 2021"), as the engine wrote them.
    pub words: String,
    /// As a `<time datetime>` value.
    pub datetime: String,
    /// Its entries, events before statements.
    pub entries: Vec<TimelineEntry>,
}
use yew::prelude::*;

/// One entry of the timeline: the claim a date belongs to.
pub struct TimelineEntry {
    /// Whether it is a statement published (else an event mentioned).
    pub statement: bool,
    /// The claim's stance.
    pub stance: Stance,
    /// A short line: who says what about which event.
    pub summary: String,
    /// The sentence, shortened.
    pub text: String,
    /// The sentence's language code.
    pub lang: &'static str,
    /// The link that opens the sentence.
    pub href: String,
}

/// `ol.timeline`: one item per date, each entry a link to its sentence; `groups` are the
/// entries grouped by date in chronological order. A view, not a component
/// (no state of its own: each component costs the wasm its own copy of Yew's code).
pub fn timeline(groups: &[DateGroup]) -> Html {
    if groups.is_empty() {
        return html! { <p class="empty">{ "No dated events or statements." }</p> };
    }
    let dates = groups.iter().map(|group| {
        let items = group.entries.iter().enumerate().map(|(i, e)| {
            let (class, word) = if e.statement {
                ("statement", "Statement published")
            } else {
                ("event", "Event mentioned")
            };
            html! {
                <li class={class_list(&["timeline-entry", class])} key={i}>
                    <span class="entry-kind">{ word }</span>
                    { stance_badge(e.stance) }
                    <span class="summary">{ e.summary.clone() }</span>
                    <a class="open-sentence" href={e.href.clone()} lang={e.lang}>{ e.text.clone() }</a>
                </li>
            }
        });
        html! {
            <li class="timeline-date" key={group.words.clone()}>
                <time datetime={group.datetime.clone()}>{ group.words.clone() }</time>
                <ul>{ for items }</ul>
            </li>
        }
    });
    html! { <ol class="timeline">{ for dates }</ol> }
}
