//! An entity mention: a `mark` with its type in words; hover, focus and click act on its id.
//!
//! The type word is always in the accessible name (`aria-label`); on screen it shows on hover
//! and focus, after every mention when the reader asks (`main.type-words`), and in print: CSS
//! decides, so the setting re-renders no mention.

use crate::cat::class_list;
use crate::components::type_word;
use crate::context::Dispatch;
use crate::state::Action;
use parallax_engine::EntityType;
use yew::prelude::*;
use yew::virtual_dom::VText;

/// A mention as its sentence shows it.
pub struct MentionProps {
    /// The entity id.
    pub id: AttrValue,
    /// The entity type.
    pub kind: EntityType,
    /// The mention's text.
    pub text: AttrValue,
    /// Whether every mention of this id is lit (hovered or focused somewhere).
    pub lit: bool,
    /// Whether the reader has hidden this type.
    pub hidden: bool,
    /// Whether this mention is the speaker of a claim in its sentence.
    pub speaker: bool,
}

/// `mark.entity[data-type][data-id]`, its hover, focus and click sent to `dispatch`. A view,
/// not a component: its sentence re-renders it (each component costs the app's wasm its own
/// copy of Yew's code, and a long article has thousands of mentions).
pub fn mention_view(props: &MentionProps, dispatch: &Option<Dispatch>) -> Html {
    let dispatch = dispatch.clone();
    let send = move |action: Action| {
        if let Some(d) = &dispatch {
            d.dispatch(action);
        }
    };
    let enter = {
        let (send, id) = (send.clone(), props.id.clone());
        Callback::from(move |_: ()| send(Action::HoverEntity(Some(id.clone()))))
    };
    let leave = {
        let send = send.clone();
        Callback::from(move |_: ()| send(Action::HoverEntity(None)))
    };
    let open = {
        let (send, id) = (send.clone(), props.id.clone());
        Callback::from(move |_: ()| send(Action::SelectEntity(Some(id.clone()))))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                open.emit(());
            }
        })
    };
    if props.hidden {
        return html! {
            <mark class="entity off" data-type={props.kind.label()} data-id={props.id.clone()}>
                { VText::new(props.text.clone()) }
            </mark>
        };
    }
    let class = class_list(&[
        "entity",
        if props.lit { "lit" } else { "" },
        if props.speaker { "speaker" } else { "" },
    ]);
    let word = type_word(props.kind);
    html! {
        <mark {class} data-type={props.kind.label()} data-id={props.id.clone()}
            tabindex="0" role="button"
            aria-label={cat!(props.text, " (", word, ")")}
            onmouseenter={enter.reform(|_: MouseEvent| ())}
            onmouseleave={leave.reform(|_: MouseEvent| ())}
            onfocus={enter.reform(|_: FocusEvent| ())}
            onblur={leave.reform(|_: FocusEvent| ())}
            onclick={open.reform(|_: MouseEvent| ())}
            {onkeydown}>
            { VText::new(props.text.clone()) }
            <span class="entity-type" aria-hidden="true">{ word }</span>
        </mark>
    }
}
