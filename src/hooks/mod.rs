//! Hooks: the corpus, dispatcher, analyser and interface language from context, and the app's links to the browser (location hash, title,
//! scrolling, keyboard, storage).

mod use_claim_keys;
mod use_corpus;
mod use_hash_route;
mod use_library_corpus;
mod use_mount_effect;
mod use_narrow;
mod use_page_title;
mod use_route_scroll;
mod use_row_keys;
mod use_saved_library;
mod use_saved_settings;
mod use_shortcuts_key;

pub use use_claim_keys::{
    claims_in, key_request, next_claim, stance_matches, use_claim_keys, ClaimAt,
};
pub use use_corpus::{use_analyser, use_app_context, use_corpus, use_dispatch, use_ui_lang};
pub use use_hash_route::{current_filter, current_route, use_hash_route};
pub use use_library_corpus::{use_library_corpus, Pending};
pub use use_mount_effect::{use_effect_on, use_mount_effect};
pub use use_narrow::{is_narrow, use_narrow, PHONE_MAX_WIDTH};
pub use use_page_title::{page_title, use_page_title};
pub use use_route_scroll::use_route_scroll;
pub use use_row_keys::{show_counterpart, use_row_keys};
pub use use_saved_library::use_saved_library;
pub use use_saved_settings::use_saved_settings;
pub use use_shortcuts_key::use_shortcuts_key;
