//! The panic hook: a readable error panel instead of a blank page, with buttons to reload, to
//! download the saved articles, and to clear them (when they are what breaks the app).
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

fn reload_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// A `button.<class>` that runs `action` on click, for as long as the page lives.
fn button(
    document: &web_sys::Document,
    label: &str,
    class: &str,
    action: impl FnMut() + 'static,
) -> Option<web_sys::Element> {
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("class", class).ok()?;
    button.set_text_content(Some(label));
    let action = Closure::<dyn FnMut()>::new(action);
    button
        .add_event_listener_with_callback("click", action.as_ref().unchecked_ref())
        .ok()?;
    // The panel lives until the page reloads: the closure must too.
    action.forget();
    Some(button)
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
        let text_after = document.create_element("p").ok()?;
        text_after.set_text_content(Some(
            "If it breaks again after a reload, your saved articles may be the cause: download them to keep a copy, then clear them.",
        ));
        let reload = button(&document, "Reload", "reload", reload_page)?;
        let download = button(
            &document,
            "Download my saved articles",
            "download-saved",
            || {
                if let Some(raw) = crate::storage::saved_library() {
                    let _ = crate::export::download(
                        "parallax-saved-library.json",
                        "application/json",
                        &raw,
                    );
                }
            },
        )?;
        let clear = button(
            &document,
            "Clear saved data and reload",
            "clear-saved",
            || {
                let sure = web_sys::window().is_some_and(|w| {
                    w.confirm_with_message(
                    "This removes the articles you added to Parallax in this browser. Continue?",
                )
                .unwrap_or(false)
                });
                if sure {
                    crate::storage::clear();
                    reload_page();
                }
            },
        )?;
        for child in [
            &title,
            &text,
            &details,
            &reload,
            &text_after,
            &download,
            &clear,
        ] {
            panel.append_child(child).ok()?;
        }
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.prepend_with_node_1(&panel);
    }
}
