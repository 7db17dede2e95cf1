//! The `?` key, wherever the reader is: it opens the list of keyboard shortcuts.

use super::use_mount_effect;
use crate::components::open_shortcuts;
use crate::dom::on_command_key;
use yew::prelude::*;

/// Listen, as long as the app lives, for `?` (outside text fields: `on_command_key`) and open
/// the shortcuts dialog when it comes.
#[hook]
pub fn use_shortcuts_key() {
    use_mount_effect(|| {
        let listener = on_command_key(|key| {
            if key == "?" {
                open_shortcuts();
            }
        });
        move || drop(listener)
    });
}
