//! A new page opens at its top, as a new page would in a site of separate pages.

use super::use_effect_on;
use crate::route::Route;
use yew::prelude::*;

/// Scroll the window to the top whenever the route changes, unless the address names a place
/// in its page (a sentence, a row, an event): the page scrolls there itself.
#[hook]
pub fn use_scroll_to_top(route: Route) {
    use_effect_on(route, |route| {
        if !route.names_a_target() {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
