//! One paragraph of a version in the original-paragraphs layout: its sentences, each keeping
//! its alignment row (`data-row`), with the button to the other version, "only in …" and the
//! differences from the other version.
//!
//! A paragraph is a `BlockView` whose `in_pair` holds its own marks ([`BlockMarks`], cut from
//! the view's `RowMarks` by the column): pointing at a sentence re-renders the paragraphs it
//! changes, not the article. One component for the article page's blocks and the pair's
//! paragraphs: each component costs the app's wasm its own copy of Yew's code.

use crate::cat::class_list;
use crate::components::{lit_in, other_version, MemoView, SentenceView};
use crate::context::CorpusContext;
use crate::context::Dispatch;
use crate::corpus::{Pair, Row};
use crate::layout::Side;
use crate::shared::Shared;
use crate::sorted_map::SortedMap;
use crate::state::{HiddenTypes, SentenceRef};
use yew::prelude::*;

/// The marks of one paragraph: only what changes its rendering, so that equal marks skip it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlockMarks {
    /// The row whose sentence here is the counterpart of the one under the pointer.
    pub counterpart: Option<usize>,
    /// The current row, when a sentence here stands in it.
    pub current: Option<usize>,
    /// The entity id lit now, when the paragraph mentions it.
    pub lit: Option<AttrValue>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// Whether the other version is shown too.
    pub other_shown: bool,
}

/// The paragraphs (blocks) of `side` that hold row `r`'s sentences.
pub fn blocks_of_row(corpus: &CorpusContext, pair: &Pair, side: Side, r: usize) -> Vec<usize> {
    let article = corpus.article(side.article(pair));
    match pair.rows.get(r) {
        Some(Row::Aligned { fr, en }) => side
            .pick(fr, en)
            .iter()
            .filter_map(|&s| Some(article?.sentences.get(s)?.paragraph))
            .collect(),
        Some(Row::Blocks { fr, en }) => side.pick(fr, en).iter().copied().collect(),
        Some(Row::Noise { .. }) | None => Vec::new(),
    }
}

/// A block shown as a paragraph of one version of a pair (`BlockView`'s `in_pair`).
#[derive(Clone, PartialEq)]
pub struct InPair {
    /// The side shown (its article is the pair's on that side).
    pub side: Side,
    /// The pair and its rows.
    pub pair: Shared<Pair>,
    /// The row of each sentence of the pair.
    pub rows: Shared<SortedMap<SentenceRef, usize>>,
    /// What the reader points at and has chosen, as far as this paragraph goes.
    pub marks: BlockMarks,
}

/// `p.paragraph` of `sentences`, each followed by what says how it stands to the other version.
pub fn pair_paragraph(
    corpus: &CorpusContext,
    dispatch: &Option<Dispatch>,
    sentences: &[usize],
    place: &InPair,
) -> Html {
    let (side, marks) = (place.side, &place.marks);
    let index = side.article(&place.pair);
    let sentence = |s: usize| {
        let row = place.rows.get(&(index, s)).copied();
        let note = row.and_then(|r| place.pair.notes.get(r));
        let aligned = row
            .and_then(|r| place.pair.rows.get(r))
            .filter(|row| matches!(row, Row::Aligned { .. }));
        let orphan = aligned.is_some_and(|row| !side.other().fills(row));
        let leads_across = marks.other_shown && aligned.is_some() && !orphan;
        let differences: Vec<String> = note
            .into_iter()
            .flat_map(|n| &n.divergences)
            .filter(|(on, _)| *on == side)
            .map(|(_, d)| d.detail.clone())
            .collect();
        let class = class_list(&[
            if row.is_some() && row == marks.counterpart {
                "counterpart"
            } else {
                ""
            },
            if row.is_some() && row == marks.current {
                "current"
            } else {
                ""
            },
            if orphan { "orphan" } else { "" },
        ]);
        html! {
            <>
                { SentenceView {
                    article: index,
                    index: s,
                    lit: lit_in(corpus, index, s, &marks.lit),
                    hidden: marks.hidden,
                    class: class.into(),
                    row,
                }.keyed(s) }
                if let (true, Some(row)) = (leads_across, row) {
                    { other_version(row, side.other(), dispatch) }
                    { " " }
                }
                if orphan {
                    <span class="orphan-label" lang="en">{ cat!("only in ", side.word()) }</span>
                    { " " }
                }
                if !differences.is_empty() {
                    <span class="divergence-mark" lang="en" title={differences.join("; ")}>
                        <span aria-hidden="true">{ "≠" }</span>
                        <span class="visually-hidden">{ cat!("Differs from the ", side.other().word(), " version: ", differences.join("; ")) }</span>
                    </span>
                    { " " }
                }
            </>
        }
    };
    html! {
        <p class="paragraph">{ for sentences.iter().map(|&s| sentence(s)) }</p>
    }
}
