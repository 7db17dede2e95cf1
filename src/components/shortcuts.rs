//! The keyboard shortcuts, listed in a dialog that `?` (or the header's button) opens.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Every shortcut: keys, what they do, where.
const SHORTCUTS: [(&str, &str, &str); 10] = [
    ("?", "show this list", "everywhere"),
    (
        "Tab / Shift+Tab",
        "move between links, names and buttons",
        "everywhere",
    ),
    ("Enter", "open the card of the name in focus", "articles"),
    ("Escape", "close the card or this list", "everywhere"),
    ("j / k", "next or previous row", "side by side"),
    (
        "n / p",
        "next or previous row where the versions differ",
        "side by side",
    ),
    (
        "c",
        "jump to the same passage in the other version",
        "side by side",
    ),
    ("a / A", "next or previous accusation", "disputes"),
    ("d / D", "next or previous denial", "disputes"),
    (
        "Ctrl+P",
        "print the page (without menus and buttons)",
        "everywhere",
    ),
];

/// The id of the dialog element.
const DIALOG_ID: &str = "shortcuts";

/// The dialog element, once rendered.
fn dialog() -> Option<web_sys::HtmlDialogElement> {
    gloo::utils::document()
        .get_element_by_id(DIALOG_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
}

/// Open the shortcuts dialog (modal: focus stays inside until it is closed).
pub fn open_shortcuts() {
    if let Some(dialog) = dialog() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

/// `dialog#shortcuts` (the `?` key opens it: `use_shortcuts_key`). A view, not a component:
/// each component costs the app's wasm its own copy of Yew's code.
pub fn shortcuts() -> Html {
    let close = Callback::from(|_: MouseEvent| {
        if let Some(dialog) = dialog() {
            dialog.close();
        }
    });
    let rows = SHORTCUTS.iter().map(|(keys, what, place)| {
        html! {
            <tr>
                <th scope="row"><kbd>{ *keys }</kbd></th>
                <td>{ *what }</td>
                <td>{ *place }</td>
            </tr>
        }
    });
    html! {
        <dialog id={DIALOG_ID} lang="en" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
            <table>
                <thead><tr><th scope="col">{ "Keys" }</th><th scope="col">{ "Action" }</th><th scope="col">{ "Where" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <button type="button" class="close-dialog" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}
