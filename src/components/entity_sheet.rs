//! The entity card where the reader reads: in the side panel on a wide screen, and on a phone a
//! sheet fixed at the bottom of the screen (`style/main.css`), in view wherever the tapped name
//! was. On a phone the focus moves into the sheet when it opens and goes back to what had it
//! (the name tapped) when it closes, by its button or by Escape.

use crate::components::EntityCard;
use crate::hooks::{is_narrow, use_mount_effect};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`EntitySheet`].
#[derive(Properties, PartialEq)]
pub struct EntitySheetProps {
    /// The entity whose card is open.
    pub id: AttrValue,
}

/// `div.entity-sheet` holding `aside#entity-card`.
#[function_component]
pub fn EntitySheet(props: &EntitySheetProps) -> Html {
    let sheet = use_node_ref();
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    // Closed (unmounted): give the focus back to what had it, if it was moved into the sheet
    // and that element is still on the page.
    {
        let opener = opener.clone();
        use_mount_effect(move || {
            move || {
                if let Some(element) = opener.borrow_mut().take() {
                    if element.is_connected() {
                        let _ = element.focus();
                    }
                }
            }
        });
    }
    // On a phone, each card opened takes the focus (its first control, Close), and the name
    // tapped to open it is the one the focus goes back to.
    {
        let sheet = sheet.clone();
        use_effect_with(props.id.clone(), move |_| {
            let Some(sheet) = sheet.cast::<web_sys::Element>() else {
                return;
            };
            if !is_narrow() {
                return;
            }
            let had_focus = gloo::utils::document()
                .active_element()
                .filter(|e| !sheet.contains(Some(e)))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if had_focus.is_some() {
                *opener.borrow_mut() = had_focus;
            }
            let first = sheet
                .query_selector("button")
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(first) = first {
                let _ = first.focus();
            }
        });
    }
    html! {
        <div class="entity-sheet" ref={sheet}>
            <EntityCard id={props.id.clone()} />
        </div>
    }
}
