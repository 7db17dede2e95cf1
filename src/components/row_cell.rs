//! One side of one row of the side-by-side view: its sentences (or blocks), what the aligner
//! says about the row (uncertain match, differences), the link to the row when it is current,
//! and the button that shows the other version.

use crate::components::{lit_in, BlockView, OtherVersion, SentenceView};
use crate::context::Dispatch;
use crate::corpus::{Pair, Row};
use crate::hooks::use_corpus;
use crate::layout::{Languages, Side};
use crate::route::Route;
use crate::state::{Action, HiddenTypes, PairMode, SentenceRef};
use parallax_engine::align::DivergenceKind;
use std::rc::Rc;
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

/// Props of [`RowCell`].
#[derive(Properties, PartialEq)]
pub struct RowCellProps {
    /// The pair and its rows.
    pub pair: Rc<Pair>,
    /// The row.
    pub row: usize,
    /// The side shown.
    pub side: Side,
    /// What the reader points at and has chosen.
    pub marks: RowMarks,
    /// The grid line it stands on, when the two versions are columns of one grid.
    #[prop_or_default]
    pub grid_row: Option<usize>,
}

/// Links the aligner is less sure of than this are marked "uncertain match".
const UNCERTAIN_BELOW: f32 = 0.35;

/// `div.align-row[data-row]` (with the side's class), one side of a row.
#[function_component]
pub fn RowCell(props: &RowCellProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_context::<Dispatch>();
    let (pair, r, side, marks) = (&props.pair, props.row, props.side, &props.marks);
    let Some(row) = pair.rows.get(r) else {
        return Html::default();
    };
    let article = side.article(pair);
    let lang = corpus.article(article).map(|a| a.lang.code());
    let pointed_here = marks.hovered.is_some_and(|(a, _)| a == article);
    let counterpart = marks.hovered_row == Some(r) && marks.hovered.is_some() && !pointed_here;
    let current = marks.cursor == Some(r);
    let other_shown = marks.languages.shows(side.other());
    let content = match row {
        Row::Aligned { fr, en } => {
            let mine = side.pick(fr, en);
            if mine.is_empty() {
                html! {
                    <span class="orphan-label" lang="en">
                        { format!("only in {}", side.other().word()) }
                    </span>
                }
            } else {
                let sentences = mine.iter().map(|&s| {
                    html! {
                        <SentenceView key={s} {article} index={s}
                            lit={lit_in(&corpus, article, s, &marks.lit)}
                            hidden={marks.hidden}
                            class={classes!(counterpart.then_some("counterpart"))} />
                    }
                });
                html! { <p class="paragraph">{ for sentences }</p> }
            }
        }
        Row::Noise { fr, en } => {
            let blocks = side.pick(fr, en).iter().map(|&b| {
                html! { <BlockView key={b} {article} index={b} hidden={marks.hidden} /> }
            });
            html! { <>{ for blocks }</> }
        }
        Row::Blocks { fr, en } => match side.pick(fr, en) {
            Some(block) => html! {
                <BlockView {article} index={*block} lit={marks.lit.clone()} hidden={marks.hidden} />
            },
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
    let row_link = (current && marks.link_side == Some(side)).then(|| {
        let stem = |s: Side| corpus.views[s.article(pair)].stem.clone();
        Route::PairRow(
            stem(Side::French),
            stem(Side::English),
            r,
            marks.mode.in_address(),
        )
        .href()
    });
    let class = classes!(
        "align-row",
        side.class(),
        current.then_some("current"),
        (marks.hovered_row == Some(r)).then_some("hovered-row"),
        (counterpart && matches!(row, Row::Blocks { .. })).then_some("counterpart"),
        uncertain.then_some("uncertain"),
    );
    html! {
        <div {class} {lang} data-row={r.to_string()}
            style={props.grid_row.map(|line| format!("grid-row: {line}"))}
            {onfocusin} aria-current={current.then_some("true")}>
            { content }
            if both_filled && other_shown {
                <OtherVersion row={r} to={side.other()} />
            }
            if only_here {
                <span class="orphan-label" lang="en">{ format!("only in {}", side.word()) }</span>
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
