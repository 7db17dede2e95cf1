//! Small DOM helpers for effects at the edge (never called from a reducer).

/// Scroll an element into view, placed at `block` (center, nearest…) in the viewport.
pub fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
