//! One side of one row of the side-by-side view: its sentences (or blocks), what the aligner
//! says about the row (uncertain match, differences), the link to the row when it is current,
//! and the button that shows the other version.
//!
//! A cell takes its own marks ([`CellMarks`], cut from the view's [`RowMarks`] by the column),
//! not the view's: pointing at a sentence then re-renders the two cells of its row and the two
//! it left, not every cell of the page.

use crate::cat::class_list;
use crate::components::{lit_in, other_version, BlockView, MemoView, SentenceView};
use crate::context::{AppContext, CorpusContext};
use crate::corpus::{Block, Pair, Row};
use crate::layout::{Languages, Side};
use crate::route::Route;
use crate::shared::Shared;
use crate::state::{Action, HiddenTypes, PairMode, SentenceRef};
use parallax_engine::align::DivergenceKind;
use yew::prelude::*;

/// What the reader points at and has chosen, shared by every cell of the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowMarks {
    /// The sentence under the pointer.
    pub hovered: Option<SentenceRef>,
    /// Its row.
    pub hovered_row: Option<usize>,
    /// The current row (keys, focus).
    pub cursor: Option<usize>,
    /// The entity id lit now.
    pub lit: Option<AttrValue>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// The versions shown.
    pub languages: Languages,
    /// The layout, which the row's link names.
    pub mode: PairMode,
    /// The side whose cell carries the current row's link: on a phone the last one shown, so
    /// that the link, appearing when a name is tapped, moves nothing above it.
    pub link_side: Option<Side>,
}

/// The marks of one cell: only what changes its rendering, so that equal marks skip it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellMarks {
    /// The row holds the sentence under the pointer (on either side).
    pub hovered_row: bool,
    /// The pointer is on the other side of this row: this cell shows the counterpart.
    pub counterpart: bool,
    /// The row is the current one.
    pub current: bool,
    /// The cell carries the current row's link.
    pub link: bool,
    /// The entity id lit now, when the cell mentions it.
    pub lit: Option<AttrValue>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// Whether the other version is shown too.
    pub other_shown: bool,
    /// The layout, which the row's link names.
    pub mode: PairMode,
}

impl RowMarks {
    /// The marks of row `r`'s cell on `side`.
    pub fn cell(&self, corpus: &CorpusContext, pair: &Pair, r: usize, side: Side) -> CellMarks {
        let article = side.article(pair);
        let hovered_row = self.hovered_row == Some(r);
        let pointed_here = self.hovered.is_some_and(|(a, _)| a == article);
        let current = self.cursor == Some(r);
        CellMarks {
            hovered_row,
            counterpart: hovered_row && self.hovered.is_some() && !pointed_here,
            current,
            link: current && self.link_side == Some(side),
            lit: pair
                .rows
                .get(r)
                .and_then(|row| lit_in_cell(corpus, article, row, side, &self.lit)),
            hidden: self.hidden,
            other_shown: self.languages.shows(side.other()),
            mode: self.mode,
        }
    }
}

/// The entity id `lit` if one side of a row mentions it.
fn lit_in_cell(
    corpus: &CorpusContext,
    article: usize,
    row: &Row,
    side: Side,
    lit: &Option<AttrValue>,
) -> Option<AttrValue> {
    lit.as_ref()?;
    let mentions = |s: &usize| lit_in(corpus, article, *s, lit).is_some();
    let found = match row {
        Row::Aligned { fr, en } => side.pick(fr, en).iter().any(mentions),
        Row::Noise { .. } => false,
        Row::Blocks { fr, en } => side
            .pick(fr, en)
            .and_then(|b| corpus.views.get(article)?.blocks.get(b))
            .is_some_and(|block| match block {
                Block::Text { sentences, .. } => sentences.iter().any(mentions),
                Block::Noise { .. } => false,
            }),
    };
    found.then(|| lit.clone()).flatten()
}

/// One side of one row, rendered in a `Memo` (`MemoView`).
#[derive(PartialEq)]
pub struct RowCell {
    /// The pair and its rows.
    pub pair: Shared<Pair>,
    /// The row.
    pub row: usize,
    /// The side shown.
    pub side: Side,
    /// What the reader points at and has chosen, as far as this cell goes.
    pub marks: CellMarks,
    /// The grid line it stands on, when the two versions are columns of one grid.
    pub grid_row: Option<usize>,
}

/// Links the aligner is less sure of than this are marked "uncertain match".
const UNCERTAIN_BELOW: f32 = 0.35;

impl MemoView for RowCell {
    /// `div.align-row[data-row]` (with the side's class), one side of a row.
    fn render(&self, app: &AppContext) -> Html {
        row_cell(self, app)
    }
}

fn row_cell(props: &RowCell, app: &AppContext) -> Html {
    let (corpus, dispatch) = (&app.corpus, &app.dispatch);
    let (pair, r, side, marks) = (&props.pair, props.row, props.side, &props.marks);
    let Some(row) = pair.rows.get(r) else {
        return Html::default();
    };
    let article = side.article(pair);
    let lang = corpus.article(article).map(|a| a.lang.code());
    let (counterpart, current, other_shown) = (marks.counterpart, marks.current, marks.other_shown);
    let content = match row {
        Row::Aligned { fr, en } => {
            let mine = side.pick(fr, en);
            if mine.is_empty() {
                html! {
                    <span class="orphan-label" lang="en">
                        { cat!("only in ", side.other().word()) }
                    </span>
                }
            } else {
                let sentences = mine.iter().map(|&s| {
                    SentenceView {
                        article,
                        index: s,
                        lit: lit_in(corpus, article, s, &marks.lit),
                        hidden: marks.hidden,
                        class: AttrValue::Static(if counterpart { "counterpart" } else { "" }),
                        row: None,
                    }
                    .keyed(s)
                });
                html! { <p class="paragraph">{ for sentences }</p> }
            }
        }
        Row::Noise { fr, en } => {
            let blocks = side.pick(fr, en).iter().map(|&b| {
                BlockView {
                    article,
                    index: b,
                    hidden: marks.hidden,
                    ..BlockView::default()
                }
                .keyed(b)
            });
            html! { <>{ for blocks }</> }
        }
        Row::Blocks { fr, en } => match side.pick(fr, en) {
            Some(block) => BlockView {
                article,
                index: *block,
                lit: marks.lit.clone(),
                hidden: marks.hidden,
                ..BlockView::default()
            }
            .memo(),
            None => Html::default(),
        },
    };
    let note = pair.notes.get(r);
    let uncertain = note
        .and_then(|n| n.confidence)
        .is_some_and(|c| c < UNCERTAIN_BELOW);
    let divergences: Vec<Html> = note
        .into_iter()
        .flat_map(|n| &n.divergences)
        .filter(|(on, _)| *on == side)
        .map(|(_, d)| {
            html! {
                <li data-kind={divergence_slug(d.kind)}>
                    <span aria-hidden="true">{ "≠ " }</span>{ d.detail.clone() }
                </li>
            }
        })
        .collect();
    let both_filled = side.fills(row) && side.other().fills(row);
    let only_here = !other_shown && matches!(row, Row::Aligned { .. }) && !side.other().fills(row);
    let onfocusin = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| {
            if let (false, Some(d)) = (current, &dispatch) {
                d.dispatch(Action::SetCursor(Some(r)));
            }
        })
    };
    // One side carries the current row's link. An `if let` (one child slot,
    // present or empty), not `{ for option }`: Yew splices a `for` into the children and
    // matches them from the end, so a link appearing would replace the paragraph, and the
    // focus inside it would be lost.
    let row_link = marks.link.then(|| {
        let stem = |s: Side| corpus.views[s.article(pair)].stem.clone();
        Route::PairRow(
            stem(Side::French),
            stem(Side::English),
            r,
            marks.mode.in_address(),
        )
        .href()
    });
    let class = class_list(&[
        "align-row",
        side.class(),
        if current { "current" } else { "" },
        if marks.hovered_row { "hovered-row" } else { "" },
        if counterpart && matches!(row, Row::Blocks { .. }) {
            "counterpart"
        } else {
            ""
        },
        if uncertain { "uncertain" } else { "" },
    ]);
    html! {
        <div {class} {lang} data-row={r.to_string()}
            style={props.grid_row.map(|line| cat!("grid-row: ", line))}
            {onfocusin} aria-current={current.then_some("true")}>
            { content }
            if both_filled && other_shown {
                { other_version(r, side.other(), dispatch) }
            }
            if only_here {
                <span class="orphan-label" lang="en">{ cat!("only in ", side.word()) }</span>
            }
            if let Some(href) = row_link {
                <a class="row-link" lang="en" {href}>{ "Link to this pair of sentences" }</a>
            }
            if uncertain {
                <span class="uncertain-label" lang="en">{ "uncertain match" }</span>
            }
            if !divergences.is_empty() {
                <ul class="divergences" lang="en" aria-label="Differences from the other version">
                    { for divergences }
                </ul>
            }
        </div>
    }
}

fn divergence_slug(kind: DivergenceKind) -> &'static str {
    match kind {
        DivergenceKind::Hedge => "hedge",
        DivergenceKind::Number => "number",
        DivergenceKind::Quote => "quote",
        DivergenceKind::Entity => "entity",
        DivergenceKind::Stance => "stance",
    }
}
