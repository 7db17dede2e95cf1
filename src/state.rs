//! The app's state in one place: a reducer over `Action`s.
//!
//! The state holds the route, ids, toggles, hover and selection: small values,
//! cheap to clone. Analyses never live here; they sit in the corpus `Rc`.

use crate::filter::LibraryFilter;
use crate::layout::Languages;
pub use crate::layout::PairMode;
use crate::library::{OwnArticle, OwnLibrary};
use crate::route::Route;
use parallax_engine::{EntityType, Lang};
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

/// How much a notice matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Work under way ("Analysing…"): replaced when the work is done.
    Busy,
    /// Something done, as asked.
    Info,
    /// Done, but the reader should know something.
    Warning,
    /// Not done, and why.
    Error,
}

/// Where a notice shows: next to what caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    /// At the top of every page (saved data, storage, removals).
    #[default]
    Page,
    /// Beside the add-articles form: what became of the texts and files given to it. These
    /// stay on the library page (navigation drops them) and each attempt replaces the last's.
    AddForm,
}

/// A message to the reader, shown until dismissed (busy and info notices also go on navigation,
/// and so do all the add-articles form's).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Set by the reducer: tells notices apart.
    pub id: u32,
    /// How much it matters.
    pub level: Level,
    /// Where it shows.
    pub place: Place,
    /// What happened, in a sentence or two.
    pub text: AttrValue,
    /// A file the reader can download from the notice: `(file name, content)`.
    pub download: Option<(AttrValue, AttrValue)>,
    /// An article the notice can put back (after a removal).
    pub undo: Option<OwnArticle>,
    /// Work done so far, for a progress bar: `(done, total)`.
    pub progress: Option<(u32, u32)>,
    /// For work under way whose first part took effect (articles listed, translations still
    /// looked for): what stopping it leaves, told to the reader who stops it.
    pub stopping_leaves: Option<AttrValue>,
}

impl Notice {
    fn new(level: Level, text: &str) -> Notice {
        Notice {
            id: 0,
            level,
            place: Place::Page,
            text: AttrValue::from(text.to_string()),
            download: None,
            undo: None,
            progress: None,
            stopping_leaves: None,
        }
    }

    /// Work under way.
    pub fn busy(text: &str) -> Notice {
        Notice::new(Level::Busy, text)
    }

    /// Something done.
    pub fn info(text: &str) -> Notice {
        Notice::new(Level::Info, text)
    }

    /// Done, with a caveat.
    pub fn warning(text: &str) -> Notice {
        Notice::new(Level::Warning, text)
    }

    /// Not done.
    pub fn error(text: &str) -> Notice {
        Notice::new(Level::Error, text)
    }

    /// With a progress bar: `done` of `total`.
    pub fn with_progress(mut self, done: usize, total: usize) -> Notice {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.progress = Some((clamp(done), clamp(total)));
        self
    }

    /// Work under way that can be stopped after its first part took effect: `leaves` says
    /// what stopping it leaves.
    pub fn stopping_leaves(mut self, leaves: &str) -> Notice {
        self.stopping_leaves = Some(AttrValue::from(leaves.to_string()));
        self
    }

    /// Shown beside the add-articles form.
    pub fn beside_form(mut self) -> Notice {
        self.place = Place::AddForm;
        self
    }

    /// With a file to download.
    pub fn with_download(mut self, name: &str, content: &str) -> Notice {
        self.download = Some((name.to_string().into(), content.to_string().into()));
        self
    }
}

/// Everything the reader has chosen or pointed at.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The page shown.
    pub route: Route,
    /// Entity types whose highlights are off.
    pub hidden: HiddenTypes,
    /// Whether every mention shows its type in words (otherwise only on hover, focus and in
    /// print); the reader's setting, kept in storage.
    pub type_words: bool,
    /// The language names and event titles are shown in (FR or EN); the reader's setting,
    /// kept in storage.
    pub ui_lang: Lang,
    /// The entity id under the pointer or keyboard focus.
    pub hovered_entity: Option<AttrValue>,
    /// The entity whose card is open.
    pub selected_entity: Option<AttrValue>,
    /// The sentence under the pointer or keyboard focus.
    pub hovered_sentence: Option<SentenceRef>,
    /// The current row of the side-by-side view (keys j/k).
    pub cursor: Option<usize>,
    /// Rows or original paragraphs in the side-by-side view (an address may name it).
    pub pair_mode: PairMode,
    /// Which articles the library lists (read from its address, `#/?actor=…`).
    pub filter: LibraryFilter,
    /// Which versions the side-by-side view shows; the reader's setting, kept in storage.
    pub languages: Languages,
    /// The reader's own articles.
    pub own: OwnLibrary,
    /// Messages to the reader, oldest first.
    pub notices: Vec<Notice>,
    /// The id the next notice gets.
    pub next_notice: u32,
    /// How many corpora the analysis cache was given (`analysis_cache`): a library's corpus
    /// may come twice, its articles first and then with their translations paired, so the
    /// library's corpus is looked up again each time.
    pub corpora_kept: u32,
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The hash changed: show this route.
    Navigate(Route),
    /// Show or hide the highlights of a type.
    ToggleType(EntityType),
    /// Write (`true`) or stop writing each mention's type word after it.
    ShowTypeWords(bool),
    /// Show names and event titles in this language.
    SetUiLang(Lang),
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
    /// Put the cursor on a row (a deep link, focus entering a row).
    SetCursor(Option<usize>),
    /// Move the cursor to the next (`forward`) or previous marked row, e.g. one where the
    /// versions differ; rows are given in ascending order. Without a cursor, `forward` starts
    /// from the top and backward from the bottom.
    JumpMarked {
        /// Direction.
        forward: bool,
        /// The marked rows, ascending.
        marked: Rc<[usize]>,
    },
    /// Show the side-by-side view in rows or in paragraphs.
    SetPairMode(PairMode),
    /// List the library's articles that match (the default filter lists all).
    SetFilter(LibraryFilter),
    /// Read both versions, or one at a time.
    ShowLanguages(Languages),
    /// Add the reader's articles (those whose text is already there are not added twice).
    AddArticles(Vec<OwnArticle>),
    /// Remove one of the reader's articles, with a notice that can undo it.
    RemoveArticle(AttrValue),
    /// Tell the reader something.
    Notify(Notice),
    /// Close a notice.
    Dismiss(u32),
    /// A new attempt to add articles: the form's earlier notices go (work under way stays).
    ClearForm,
    /// The work under way is over (or was cancelled): its busy notice goes.
    WorkDone,
    /// The analysis cache was given a corpus (`AppState::corpora_kept`).
    CorpusKept,
}

impl AppState {
    /// The state at start-up, on a route.
    pub fn at(route: Route) -> Self {
        AppState {
            pair_mode: route.pair_mode().unwrap_or_default(),
            route,
            ..Default::default()
        }
    }

    /// With the reader's saved choice of languages for the side-by-side view.
    pub fn with_languages(mut self, languages: Languages) -> Self {
        self.languages = languages;
        self
    }

    /// With the reader's saved articles and what loading them had to say.
    pub fn with_library(mut self, own: Vec<OwnArticle>, notices: Vec<Notice>) -> Self {
        self.own = OwnLibrary::of(own);
        for notice in notices {
            self.push_notice(notice);
        }
        self
    }

    /// The notices shown at a place, oldest first.
    pub fn notices_at(&self, place: Place) -> Vec<Notice> {
        self.notices
            .iter()
            .filter(|n| n.place == place)
            .cloned()
            .collect()
    }

    /// With the library's filter (from the address at start-up).
    pub fn with_filter(mut self, filter: LibraryFilter) -> Self {
        self.filter = filter;
        self
    }

    /// With the reader's saved choice to see every mention's type word.
    pub fn with_type_words(mut self, shown: bool) -> Self {
        self.type_words = shown;
        self
    }

    /// With the reader's saved interface language.
    pub fn with_ui_lang(mut self, lang: Lang) -> Self {
        self.ui_lang = lang;
        self
    }

    fn push_notice(&mut self, mut notice: Notice) {
        notice.id = self.next_notice;
        self.next_notice += 1;
        // One busy notice at a place; a newer result there replaces the work it reported (a
        // page notice, say that the library could not be saved, leaves the form's work).
        self.notices
            .retain(|n| n.level != Level::Busy || n.place != notice.place);
        self.notices.push(notice);
        // Keep the list short: the oldest plain notices go first.
        while self.notices.len() > MAX_NOTICES {
            let oldest = self
                .notices
                .iter()
                .position(|n| n.level == Level::Info)
                .unwrap_or(0);
            self.notices.remove(oldest);
        }
    }

    fn add_articles(&mut self, new: Vec<OwnArticle>) {
        let merge = self.own.with(new);
        self.own = merge.library;
        let quote = |names: &[String]| {
            names
                .iter()
                .map(|n| cat!("“", n, "”"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !merge.added.is_empty() {
            let what = if merge.added.len() == 1 {
                "Added"
            } else {
                "Added articles"
            };
            self.push_notice(
                Notice::info(&cat!(
                    what,
                    " ",
                    quote(&merge.added),
                    ": analysed in your browser and kept here until you remove it."
                ))
                .beside_form(),
            );
        }
        if !merge.duplicates.is_empty() {
            self.push_notice(
                Notice::info(&cat!(
                    "Already in your library, not added twice: ",
                    quote(&merge.duplicates),
                    "."
                ))
                .beside_form(),
            );
        }
    }
}

/// Notices shown at once, at most.
const MAX_NOTICES: usize = 6;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate(route) => {
                // An address that names a layout sets it, even on the route already shown
                // (whose address the page may have rewritten since).
                let pair_mode = route.pair_mode().unwrap_or(self.pair_mode);
                if route == self.route {
                    next.pair_mode = pair_mode;
                } else {
                    next = AppState {
                        route,
                        hidden: self.hidden,
                        type_words: self.type_words,
                        pair_mode,
                        languages: self.languages,
                        ui_lang: self.ui_lang,
                        own: self.own.clone(),
                        notices: self
                            .notices
                            .iter()
                            .filter(|n| n.place == Place::Page)
                            .filter(|n| matches!(n.level, Level::Warning | Level::Error))
                            .cloned()
                            .collect(),
                        next_notice: self.next_notice,
                        corpora_kept: self.corpora_kept,
                        ..Default::default()
                    };
                }
            }
            Action::ToggleType(kind) => next.hidden = self.hidden.toggled(kind),
            Action::ShowTypeWords(on) => next.type_words = on,
            Action::SetUiLang(lang) => next.ui_lang = lang,
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
            Action::SetCursor(at) => next.cursor = at,
            Action::JumpMarked { forward, marked } => {
                let found = match (self.cursor, forward) {
                    (None, true) => marked.first(),
                    (None, false) => marked.last(),
                    (Some(at), true) => marked.iter().find(|&&r| r > at),
                    (Some(at), false) => marked.iter().rev().find(|&&r| r < at),
                };
                match found {
                    Some(&row) => next.cursor = Some(row),
                    None => return self,
                }
            }
            Action::SetPairMode(mode) => next.pair_mode = mode,
            Action::SetFilter(filter) => next.filter = filter,
            Action::ShowLanguages(languages) => next.languages = languages,
            Action::AddArticles(new) => next.add_articles(new),
            Action::RemoveArticle(id) => {
                let (rest, removed) = self.own.without(&id);
                let Some(removed) = removed else {
                    return self;
                };
                next.own = rest;
                let mut notice = Notice::info(&cat!("Removed “", removed.name, "”."));
                notice.undo = Some(removed);
                next.push_notice(notice);
            }
            Action::Notify(notice) => next.push_notice(notice),
            Action::Dismiss(id) => next.notices.retain(|n| n.id != id),
            Action::WorkDone => next.notices.retain(|n| n.level != Level::Busy),
            Action::CorpusKept => next.corpora_kept = self.corpora_kept.wrapping_add(1),
            Action::ClearForm => next
                .notices
                .retain(|n| n.place != Place::AddForm || n.level == Level::Busy),
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
            Action::ShowTypeWords(true),
            Action::SetUiLang(Lang::Fr),
            Action::HoverEntity(Some("mao_ning".into())),
            Action::SelectEntity(Some("mao_ning".into())),
            Action::Navigate(Route::Article("x".into())),
        ]);
        assert!(s.hidden.hides(EntityType::Person));
        assert!(!s.hidden.hides(EntityType::Org));
        assert!(s.type_words);
        assert_eq!(
            s.ui_lang,
            Lang::Fr,
            "the interface language outlives a page change"
        );
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
    fn adding_and_removing_articles_tell_the_reader_and_removal_can_be_undone() {
        let article = OwnArticle::new("mine.txt", "Moscou dément.");
        let s = run([
            Action::Notify(Notice::busy("Analysing…").beside_form()),
            Action::AddArticles(vec![article.clone()]),
        ]);
        assert_eq!(s.own.articles(), std::slice::from_ref(&article));
        assert_eq!(s.notices.len(), 1, "the busy notice is replaced");
        assert!(s.notices[0].text.contains("Added “mine.txt”"));
        let s = Reducible::reduce(s, Action::AddArticles(vec![article.clone()]));
        assert!(s.notices.last().unwrap().text.contains("not added twice"));
        let s = Reducible::reduce(s, Action::RemoveArticle(article.id.clone().into()));
        assert!(s.own.articles().is_empty());
        let undo = s.notices.last().unwrap().undo.clone().expect("an undo");
        let s = Reducible::reduce(s, Action::AddArticles(vec![undo]));
        assert_eq!(s.own.articles(), &[article]);
    }

    #[test]
    fn navigation_keeps_the_library_and_warnings_but_drops_plain_notices() {
        let s = run([
            Action::AddArticles(vec![OwnArticle::new("a", "A.")]),
            Action::Notify(Notice::error("Not added.")),
            Action::Navigate(Route::Disputes),
        ]);
        assert_eq!(s.own.articles().len(), 1);
        assert_eq!(s.notices.len(), 1);
        assert_eq!(s.notices[0].level, Level::Error);
        let dismissed = Reducible::reduce(s.clone(), Action::Dismiss(s.notices[0].id));
        assert!(dismissed.notices.is_empty());
    }

    #[test]
    fn a_notice_replaces_the_work_under_way_at_its_place_only() {
        let s = run([
            Action::Notify(Notice::busy("Finding translations…").beside_form()),
            Action::Notify(Notice::error("Your library could not be saved.")),
        ]);
        let places: Vec<_> = s.notices.iter().map(|n| (n.place, n.level)).collect();
        assert_eq!(
            places,
            [(Place::AddForm, Level::Busy), (Place::Page, Level::Error)]
        );
        let s = Reducible::reduce(s, Action::Notify(Notice::info("Added.").beside_form()));
        assert!(s.notices.iter().all(|n| n.level != Level::Busy));
    }

    #[test]
    fn work_done_takes_the_busy_notice_away_and_leaves_the_rest() {
        let s = run([
            Action::Notify(Notice::warning("Storage damaged.")),
            Action::Notify(Notice::busy("Analysing your saved articles…").with_progress(0, 2)),
            Action::WorkDone,
        ]);
        let levels: Vec<Level> = s.notices.iter().map(|n| n.level).collect();
        assert_eq!(levels, [Level::Warning]);
    }

    #[test]
    fn the_forms_notices_stay_with_it_and_each_attempt_replaces_the_last() {
        let refused = || Action::Notify(Notice::error("“a” was not added.").beside_form());
        let s = run([
            Action::Notify(Notice::warning("Storage damaged.")),
            refused(),
            Action::Notify(Notice::busy("Analysing…").beside_form()),
            Action::ClearForm,
        ]);
        let places: Vec<_> = s.notices.iter().map(|n| (n.place, n.level)).collect();
        assert_eq!(
            places,
            [(Place::Page, Level::Warning), (Place::AddForm, Level::Busy)],
            "a new attempt clears the form's messages but not the work under way"
        );
        let s = Reducible::reduce(s, Action::AddArticles(vec![OwnArticle::new("b", "B.")]));
        assert!(s
            .notices
            .iter()
            .any(|n| n.place == Place::AddForm && n.text.contains("Added")));
        let s = Reducible::reduce(s, refused());
        let s = Reducible::reduce(s, Action::Navigate(Route::Disputes));
        assert!(
            s.notices.iter().all(|n| n.place == Place::Page),
            "{:?}",
            s.notices
        );
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn jumps_go_to_the_next_or_previous_marked_row_and_stop_at_the_ends() {
        let marked: Rc<[usize]> = Rc::from(vec![2, 5]);
        let jump = |forward| Action::JumpMarked {
            forward,
            marked: marked.clone(),
        };
        assert_eq!(run([jump(true)]).cursor, Some(2));
        assert_eq!(run([jump(true), jump(true)]).cursor, Some(5));
        assert_eq!(run([jump(true), jump(true), jump(true)]).cursor, Some(5));
        assert_eq!(run([jump(false)]).cursor, Some(5));
        assert_eq!(
            run([Action::SetCursor(Some(4)), jump(false)]).cursor,
            Some(2)
        );
        assert_eq!(
            run([Action::SetCursor(Some(1)), jump(false)]).cursor,
            Some(1)
        );
    }

    #[test]
    fn the_library_filter_is_set_cleared_and_dropped_on_leaving_the_library() {
        let denials = LibraryFilter {
            actor: Some("china".into()),
            stance: Some(parallax_engine::Stance::Denial),
        };
        let s = run([Action::SetFilter(denials.clone())]);
        assert_eq!(s.filter, denials);
        let same = Reducible::reduce(s.clone(), Action::Navigate(Route::Library));
        assert_eq!(same.filter, denials, "the library stays filtered");
        let cleared = Reducible::reduce(s.clone(), Action::SetFilter(LibraryFilter::default()));
        assert!(cleared.filter.is_empty());
        let away = Reducible::reduce(s, Action::Navigate(Route::Disputes));
        assert!(
            away.filter.is_empty(),
            "another page's address has no filter"
        );
    }

    #[test]
    fn a_pair_address_sets_the_layout_and_the_languages_stay_across_pages() {
        use crate::layout::Side;
        let pair = |mode| Route::Pair("a".into(), "b".into(), mode);
        assert_eq!(
            AppState::at(pair(Some(PairMode::Paragraphs))).pair_mode,
            PairMode::Paragraphs
        );
        let s = run([
            Action::ShowLanguages(Languages::Only(Side::English)),
            Action::Navigate(pair(Some(PairMode::Paragraphs))),
            Action::Navigate(Route::Disputes),
            Action::Navigate(pair(None)),
        ]);
        assert_eq!(
            s.pair_mode,
            PairMode::Paragraphs,
            "an address without a layout keeps it"
        );
        assert_eq!(s.languages, Languages::Only(Side::English));
        // The page rewrites its address when the reader changes the layout; following a link
        // to the address first opened still sets its layout.
        let s = run([
            Action::Navigate(pair(Some(PairMode::Paragraphs))),
            Action::SetPairMode(PairMode::Rows),
            Action::Navigate(pair(Some(PairMode::Paragraphs))),
        ]);
        assert_eq!(s.pair_mode, PairMode::Paragraphs);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(AppState::default());
        let same = Reducible::reduce(s.clone(), Action::HoverEntity(None));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
