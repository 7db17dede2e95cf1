//! The side-by-side view's two switches: the layout (aligned rows or original paragraphs) and
//! the versions read (French, English, or both). Buttons with `aria-pressed`, in labelled groups.

use crate::context::Dispatch;
use crate::layout::{Languages, PairMode, Side};
use crate::state::Action;
use yew::prelude::*;

/// The switches' state: the layout and the versions shown now, and whether the pair is aligned
/// sentence by sentence (else there is no layout to choose).
pub struct Switches {
    /// The layout now.
    pub mode: PairMode,
    /// The versions shown now.
    pub languages: Languages,
    /// Whether the pair is aligned sentence by sentence.
    pub aligned: bool,
}

/// `div.pair-switches`: the layout group (aligned pairs only), then the languages group. A
/// view, not a component: each component costs the app's wasm its own copy of Yew's code.
pub fn pair_switches(now: Switches, dispatch: &Option<Dispatch>) -> Html {
    let button = |action: Action, pressed: bool, label: &'static str| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(d) = &dispatch {
                d.dispatch(action.clone());
            }
        });
        html! {
            <button type="button" class="mode-button" aria-pressed={pressed.to_string()} {onclick}>
                { label }
            </button>
        }
    };
    let modes = PairMode::ALL.map(|mode| {
        let label = match mode {
            PairMode::Rows => "Aligned rows",
            PairMode::Paragraphs => "Original paragraphs",
        };
        button(Action::SetPairMode(mode), now.mode == mode, label)
    });
    let languages = Languages::ALL.map(|languages| {
        let label = match languages {
            Languages::Only(Side::French) => "French",
            Languages::Only(Side::English) => "English",
            Languages::Both => "Both",
        };
        button(
            Action::ShowLanguages(languages),
            now.languages == languages,
            label,
        )
    });
    html! {
        <div class="pair-switches" lang="en">
            if now.aligned {
                <div class="pair-mode" role="group" aria-label="Layout">{ for modes }</div>
            }
            <div class="pair-languages" role="group" aria-label="Versions shown">{ for languages }</div>
        </div>
    }
}
