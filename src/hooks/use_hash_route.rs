//! Follow the location hash: every `hashchange` becomes a `Navigate` action (and, on the
//! library, a `SetFilter` with the filter its address carries).

use super::use_mount_effect;
use crate::context::Dispatch;
use crate::filter::LibraryFilter;
use crate::route::{parse, Route};
use crate::state::Action;
use gloo::events::EventListener;
use yew::prelude::*;

/// The location hash now (empty when there is no window).
fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The route the location hash names now (the library when there is no window).
pub fn current_route() -> Route {
    parse(&current_hash())
}

/// The library's filter the location hash carries (`#/?actor=china`), if any.
pub fn current_filter() -> LibraryFilter {
    LibraryFilter::from_hash(&current_hash())
}

/// Show the route the hash names, then, on the library, the filter it carries.
fn follow(dispatch: &Dispatch) {
    let route = current_route();
    let library = route == Route::Library;
    dispatch.dispatch(Action::Navigate(route));
    if library {
        dispatch.dispatch(Action::SetFilter(current_filter()));
    }
}

/// Dispatch `Navigate` (and the library's filter) whenever the hash changes, for as long as
/// the component lives.
#[hook]
pub fn use_hash_route(dispatch: Dispatch) {
    use_mount_effect(move || {
        let listener = web_sys::window().map(|window| {
            let dispatch = dispatch.clone();
            EventListener::new(&window, "hashchange", move |_| follow(&dispatch))
        });
        // The hash may have changed between the first render and this listener (a link
        // followed while the app was starting): catch up once. Navigating to the route
        // already shown changes nothing.
        follow(&dispatch);
        move || drop(listener)
    });
}
