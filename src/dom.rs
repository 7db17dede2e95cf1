//! Small DOM helpers for effects at the edge (never called from a reducer).

/// Scroll an element into view, placed at `block` (center, nearest…) in the viewport.
pub fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Listen on the document for command keys: `handler` gets the key's name (`"j"`, `"?"`) of
/// each key press without Ctrl, Alt or Meta, outside form fields. Dropping the listener stops
/// it. The one filter for every shortcut of the app.
pub fn on_command_key(handler: impl Fn(&str) + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::window().document()?;
    Some(gloo::events::EventListener::new(
        &document,
        "keydown",
        move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.ctrl_key() || key.meta_key() || key.alt_key() || in_text_field(key) {
                return;
            }
            handler(&key.key());
        },
    ))
}

/// Whether a key was typed into a form field or editable text (where letters are text, not
/// commands). A checkbox or a button of the `input` kind takes no letters: keys stay commands.
pub fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| match e.tag_name().as_str() {
            "INPUT" => !matches!(
                e.get_attribute("type").as_deref(),
                Some("checkbox" | "radio" | "button" | "submit" | "reset" | "file")
            ),
            "TEXTAREA" | "SELECT" => true,
            _ => e.has_attribute("contenteditable"),
        })
}

/// Let the browser run other tasks (input, rendering) before going on: a long computation cut
/// into steps awaits this between them.
pub async fn next_task() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}
