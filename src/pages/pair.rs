//! Two articles side by side (`#/pair/<a>/<b>[/<row>][?layout=rows|paragraphs]`): French |
//! English, in aligned rows or in their original paragraphs.
//!
//! On a wide screen the two versions are real `section`s; in rows, CSS grid (with
//! `display: contents`) lines their cells up row by row (`row_column`), in paragraphs each keeps
//! its own (`paragraph_column`). On a phone the aligned rows are interleaved instead
//! (`InterleavedRows`: a French sentence, then its English counterpart), and the entity card is
//! a bottom sheet (`EntityCard`'s `sheet`). The reader may read one version at a time.

mod rows;

use crate::cat::class_list;
use crate::components::{
    export_buttons, interleaved_rows, legend, pair_switches, paragraph_column, row_column,
    Disputes, EntityCard, Exporter, MemoView, RowMarks, RowsShown, Switches,
};
use crate::context::Dispatch;
use crate::hooks::use_corpus;
use crate::hooks::{current_route, use_narrow, use_row_keys};
use crate::hooks::{use_analyser, use_dispatch, use_effect_on};
use crate::layout::{Languages, PairMode};
use crate::route::Route;
use crate::shared::Shared;
use crate::state::{Action, HiddenTypes, SentenceRef};
use rows::{divergent_rows, row_index, rows_of};
use std::ops::Range;
use yew::prelude::*;

/// Props of [`PairPage`].
#[derive(Properties, PartialEq)]
pub struct PairPageProps {
    /// First article index (from the route).
    pub a: usize,
    /// Second article index.
    pub b: usize,
    /// Entity types hidden.
    #[prop_or_default]
    pub hidden: HiddenTypes,
    /// Whether every mention shows its type word (`main.type-words`).
    #[prop_or_default]
    pub type_words: bool,
    /// The entity id lit now.
    #[prop_or_default]
    pub lit: Option<AttrValue>,
    /// The entity whose card is open.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// The sentence under the pointer.
    #[prop_or_default]
    pub hovered: Option<SentenceRef>,
    /// The current row (keys j/k).
    #[prop_or_default]
    pub cursor: Option<usize>,
    /// The row a deep link points at (`#/pair/<a>/<b>/<row>`).
    #[prop_or_default]
    pub target: Option<usize>,
    /// Rows or original paragraphs.
    #[prop_or_default]
    pub mode: PairMode,
    /// The versions shown.
    #[prop_or_default]
    pub languages: Languages,
}

/// Rows shown at once: a page of a long pair (a news article has a few dozen).
const PAGE_ROWS: usize = 200;

/// `main#pair`.
#[function_component]
pub fn PairPage(props: &PairPageProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_dispatch();
    let exporter = Exporter {
        corpus: corpus.clone(),
        dispatch: dispatch.clone(),
        analyser: use_analyser(),
    };
    let narrow = use_narrow();
    let pair = Shared::of(use_memo(
        (props.a, props.b, corpus.clone()),
        |(a, b, corpus)| rows_of(corpus, *a, *b),
    ));
    let rows = Shared::of(use_memo(
        (pair.clone(), corpus.clone()),
        |(pair, corpus)| row_index(corpus, pair),
    ));
    let marked = use_memo(pair.clone(), |pair| divergent_rows(pair));
    use_row_keys(dispatch.clone(), pair.rows.len(), (*marked).clone());
    // A deep link to a row puts the cursor there, once per link.
    {
        let dispatch = dispatch.clone();
        use_effect_on(props.target, move |target| {
            if let (Some(row), Some(d)) = (target, &dispatch) {
                d.dispatch(Action::SetCursor(Some(*row)));
            }
        });
    }
    let stems = (
        corpus.views[pair.fr].stem.clone(),
        corpus.views[pair.en].stem.clone(),
    );
    use_address(stems, props.cursor, props.mode);
    if corpus.article(pair.fr).is_none() || corpus.article(pair.en).is_none() {
        return Html::default();
    }
    // Long pairs are shown a page of rows at a time, so that rendering and every hover stay
    // cheap; the page is the cursor's (keys and deep links cross pages by moving the cursor).
    let total = pair.rows.len();
    let first_row = props.cursor.map_or(0, |c| {
        c.min(total.saturating_sub(1)) / PAGE_ROWS * PAGE_ROWS
    });
    let shown = first_row..(first_row + PAGE_ROWS).min(total);
    let pager = (total > PAGE_ROWS).then(|| pager(&dispatch, shown.clone(), total));
    let note = if pair.aligned && narrow {
        "Aligned sentence by sentence: each French sentence is followed by its English translation. Tap a name for its card; in the original paragraphs, ⇄ leads to the other version."
    } else if pair.aligned {
        "Aligned sentence by sentence. Point at a sentence to light its translation. Keys: j / k row by row, n / p next or previous difference, c the other version, ? all keys."
    } else {
        "No sentence alignment yet: paragraphs side by side. Keys j and k move row by row; ? lists all keys."
    };
    let marks = RowMarks {
        hovered: props.hovered,
        hovered_row: props.hovered.and_then(|h| rows.get(&h).copied()),
        cursor: props.cursor,
        lit: props.lit.clone(),
        hidden: props.hidden,
        languages: props.languages,
        mode: props.mode,
        link_side: if narrow {
            props.languages.sides().last()
        } else {
            props.languages.sides().next()
        },
    };
    let one_language = matches!(props.languages, Languages::Only(_));
    let grid_class = |layout: &'static str| {
        class_list(&[
            "pair-grid",
            layout,
            if one_language { "one-language" } else { "" },
        ])
    };
    let rows_shown = RowsShown {
        pair: &pair,
        shown: shown.clone(),
        marks: &marks,
    };
    let grid = match props.mode {
        PairMode::Paragraphs => {
            let columns = props
                .languages
                .sides()
                .map(|side| paragraph_column(&corpus, side, &pair, &rows, &marks));
            html! { <div class={grid_class("paragraphs")}>{ for columns }</div> }
        }
        PairMode::Rows if narrow => interleaved_rows(&corpus, &rows_shown),
        PairMode::Rows => {
            let columns = props
                .languages
                .sides()
                .map(|side| row_column(&corpus, &rows_shown, side));
            html! { <div class={grid_class("rows")}>{ for columns }</div> }
        }
    };
    html! {
        <main id="pair" class={class_list(&[if props.type_words { "type-words" } else { "" }, if props.selected.is_some() { "sheet-open" } else { "" }])}>
            <h1 lang="en">{ "Side by side" }</h1>
            <p class="pair-note" lang="en">{ note }</p>
            { pair_switches(Switches { mode: props.mode, languages: props.languages, aligned: pair.aligned }, &dispatch) }
            { for pager.clone() }
            <div class="reading">
                { grid }
                <div class="side" lang="en">
                    { legend(props.hidden, props.type_words, &dispatch) }
                    if let Some(id) = props.selected.clone() {
                        <EntityCard {id} sheet=true />
                    }
                    { Disputes { articles: vec![pair.fr, pair.en] }.memo() }
                    { export_buttons(&exporter, &[pair.fr, pair.en], "parallax-pair") }
                </div>
            </div>
            { for pager }
        </main>
    }
}

/// Keep the address naming what the reader sees, so that copying it shares this very view and
/// a reload restores it: the cursor's row and the layout (replaceState: no new history entry).
/// The cursor's row also comes into view, unless the focus is already in it (a jump to the
/// other version put it there, perhaps far from the row's other cell).
#[hook]
fn use_address(stems: (String, String), cursor: Option<usize>, mode: PairMode) {
    use_effect_on((cursor, mode), move |&(cursor, mode)| {
        let document = gloo::utils::document();
        if let Some(row) = cursor {
            let focused_row = document
                .active_element()
                .and_then(|e| e.closest("[data-row]").ok().flatten())
                .and_then(|e| e.get_attribute("data-row"));
            if focused_row != Some(row.to_string()) {
                if let Ok(Some(cell)) = document.query_selector(".current[data-row]") {
                    crate::dom::scroll_to(&cell, web_sys::ScrollLogicalPosition::Nearest);
                }
            }
        }
        // Before the cursor is set, the row the address names stays (the app has yet to read
        // it at start-up).
        let here = current_route();
        let row = cursor.or(match here {
            Route::PairRow(_, _, row, _) => Some(row),
            _ => None,
        });
        let (fr, en) = stems;
        let route = match row {
            Some(row) => Route::PairRow(fr, en, row, mode.in_address()),
            None => Route::Pair(fr, en, mode.in_address()),
        };
        if route != here {
            if let Ok(history) = gloo::utils::window().history() {
                let href = route.href();
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
            }
        }
    });
}

/// `nav.pager`: the previous and next pages of rows of a long pair.
fn pager(dispatch: &Option<Dispatch>, shown: Range<usize>, total: usize) -> Html {
    let go = |to: Option<usize>, label: &'static str| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let (Some(row), Some(d)) = (to, &dispatch) {
                d.dispatch(Action::SetCursor(Some(row)));
            }
        });
        html! { <button type="button" class="pager-button" disabled={to.is_none()} {onclick}>{ label }</button> }
    };
    let previous = shown.start.checked_sub(PAGE_ROWS);
    let next = (shown.end < total).then_some(shown.end);
    html! {
        <nav class="pager" lang="en" aria-label="Pages of rows">
            { go(previous, "Previous rows") }
            <span class="pager-where">{ cat!(" Rows ", shown.start + 1, "–", shown.end, " of ", total, " ") }</span>
            { go(next, "Next rows") }
        </nav>
    }
}
