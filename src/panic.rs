//! The panic hook: a readable error panel with a reload button instead of a blank page.
//!
//! Built with plain DOM calls (no Yew: the app may be what broke) and text
//! nodes only, never markup strings.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Install the hook. Call once, before rendering.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("Parallax crashed: {message}").into());
        show_fatal_error(&message);
    }));
}

/// Show the error panel (`#fatal-error`), replacing any earlier one.
pub fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if let Some(old) = document.get_element_by_id("fatal-error") {
        old.remove();
    }
    let build = || -> Option<web_sys::Element> {
        let panel = document.create_element("div").ok()?;
        panel.set_id("fatal-error");
        panel.set_attribute("role", "alert").ok()?;
        let title = document.create_element("h2").ok()?;
        title.set_text_content(Some("Parallax stopped working"));
        let text = document.create_element("p").ok()?;
        text.set_text_content(Some(
            "Something went wrong inside the app. Reloading the page usually helps.",
        ));
        let details = document.create_element("pre").ok()?;
        details.set_text_content(Some(message));
        let button = document.create_element("button").ok()?;
        button.set_attribute("type", "button").ok()?;
        button.set_text_content(Some("Reload"));
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        button
            .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
            .ok()?;
        // The panel lives until the page reloads: the closure must too.
        reload.forget();
        for child in [&title, &text, &details, &button] {
            panel.append_child(child).ok()?;
        }
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.prepend_with_node_1(&panel);
    }
}
