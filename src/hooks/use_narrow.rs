//! Whether the window is as narrow as a phone: the pair view interleaves its rows and the entity
//! card becomes a bottom sheet there (`style/main.css` uses the same width).

use super::use_mount_effect;
use gloo::events::EventListener;
use yew::prelude::*;

/// The widest window, in CSS pixels, laid out as a phone (`@media (max-width: 640px)`).
pub const PHONE_MAX_WIDTH: f64 = 640.0;

/// Whether the window is at most [`PHONE_MAX_WIDTH`] wide now (false without a window).
pub fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|width| width <= PHONE_MAX_WIDTH)
}

/// [`is_narrow`], kept up to date as the window is resized or the phone turned.
#[hook]
pub fn use_narrow() -> bool {
    let narrow = use_state_eq(is_narrow);
    {
        let narrow = narrow.clone();
        use_mount_effect(move || {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| narrow.set(is_narrow()))
            });
            move || drop(listener)
        });
    }
    *narrow
}
