//! The app's state in one place: a reducer over `Action`s.
//!
//! The state holds the route, ids, toggles, hover and selection: small values,
//! cheap to clone. Analyses never live here; they sit in the corpus `Rc`.

use crate::route::Route;
use parallax_engine::EntityType;
use std::rc::Rc;
use yew::{AttrValue, Reducible};

/// A sentence of an article: `(article index, sentence index)`.
pub type SentenceRef = (usize, usize);

/// The set of entity types the reader has hidden, as a bit mask (cheap to compare).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HiddenTypes(u8);

impl HiddenTypes {
    fn bit(kind: EntityType) -> u8 {
        1 << (kind as u8)
    }

    /// Whether mentions of this type are hidden.
    pub fn hides(self, kind: EntityType) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// The set with this type toggled.
    pub fn toggled(self, kind: EntityType) -> Self {
        HiddenTypes(self.0 ^ Self::bit(kind))
    }
}

/// Everything the reader has chosen or pointed at.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The page shown.
    pub route: Route,
    /// Entity types whose highlights are off.
    pub hidden: HiddenTypes,
    /// The entity id under the pointer or keyboard focus.
    pub hovered_entity: Option<AttrValue>,
    /// The entity whose card is open.
    pub selected_entity: Option<AttrValue>,
    /// The sentence under the pointer or keyboard focus.
    pub hovered_sentence: Option<SentenceRef>,
    /// The current row of the side-by-side view (keys j/k).
    pub cursor: Option<usize>,
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The hash changed: show this route.
    Navigate(Route),
    /// Show or hide the highlights of a type.
    ToggleType(EntityType),
    /// The pointer or focus entered (`Some`) or left (`None`) an entity mention.
    HoverEntity(Option<AttrValue>),
    /// Open (`Some`) or close (`None`) an entity card.
    SelectEntity(Option<AttrValue>),
    /// The pointer or focus entered (`Some`) or left (`None`) a sentence.
    HoverSentence(Option<SentenceRef>),
    /// Move the side-by-side cursor by `delta` rows among `rows`.
    MoveCursor {
        /// Rows to move (negative: up).
        delta: isize,
        /// Number of rows.
        rows: usize,
    },
}

impl AppState {
    /// The state at start-up, on a route.
    pub fn at(route: Route) -> Self {
        AppState {
            route,
            ..Default::default()
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate(route) => {
                if route == self.route {
                    return self;
                }
                next = AppState {
                    route,
                    hidden: self.hidden,
                    ..Default::default()
                };
            }
            Action::ToggleType(kind) => next.hidden = self.hidden.toggled(kind),
            Action::HoverEntity(id) => next.hovered_entity = id,
            Action::SelectEntity(id) => next.selected_entity = id,
            Action::HoverSentence(at) => next.hovered_sentence = at,
            Action::MoveCursor { delta, rows } => {
                if rows == 0 {
                    return self;
                }
                let last = rows as isize - 1;
                let at = match self.cursor {
                    None if delta >= 0 => 0,
                    None => last,
                    Some(at) => (at as isize + delta).clamp(0, last),
                };
                next.cursor = Some(at as usize);
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: impl IntoIterator<Item = Action>) -> Rc<AppState> {
        actions
            .into_iter()
            .fold(Rc::new(AppState::default()), Reducible::reduce)
    }

    #[test]
    fn navigation_clears_hover_and_selection_but_keeps_toggles() {
        let s = run([
            Action::ToggleType(EntityType::Person),
            Action::HoverEntity(Some("mao_ning".into())),
            Action::SelectEntity(Some("mao_ning".into())),
            Action::Navigate(Route::Article("x".into())),
        ]);
        assert!(s.hidden.hides(EntityType::Person));
        assert!(!s.hidden.hides(EntityType::Org));
        assert_eq!(s.hovered_entity, None);
        assert_eq!(s.selected_entity, None);
        assert_eq!(s.route, Route::Article("x".into()));
    }

    #[test]
    fn cursor_moves_within_rows() {
        let mv = |delta| Action::MoveCursor { delta, rows: 3 };
        assert_eq!(run([mv(1)]).cursor, Some(0));
        assert_eq!(run([mv(1), mv(1), mv(1), mv(1)]).cursor, Some(2));
        assert_eq!(run([mv(-1)]).cursor, Some(2));
        assert_eq!(run([mv(1), mv(-1)]).cursor, Some(0));
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(AppState::default());
        let same = Reducible::reduce(s.clone(), Action::HoverEntity(None));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
