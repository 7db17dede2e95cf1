//! Small DOM helpers for effects at the edge (never called from a reducer).

/// Scroll an element into view, placed at `block` (center, nearest…) in the viewport.
pub fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Whether a key was typed into a form field or editable text (where letters are text, not
/// commands).
pub fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.has_attribute("contenteditable")
        })
}
