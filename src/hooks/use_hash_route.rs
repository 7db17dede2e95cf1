//! Follow the location hash: every `hashchange` becomes a `Navigate` action.

use crate::context::Dispatch;
use crate::route::{parse, Route};
use crate::state::Action;
use gloo::events::EventListener;
use yew::prelude::*;

/// The route the location hash names now (the library when there is no window).
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse(&hash)
}

/// Dispatch `Navigate` whenever the hash changes, for as long as the component lives.
#[hook]
pub fn use_hash_route(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let dispatch = dispatch.clone();
            EventListener::new(&window, "hashchange", move |_| {
                dispatch.dispatch(Action::Navigate(current_route()));
            })
        });
        // The hash may have changed between the first render and this listener (a link
        // followed while the app was starting): catch up once. Navigating to the route
        // already shown changes nothing.
        dispatch.dispatch(Action::Navigate(current_route()));
        move || drop(listener)
    });
}
