//! One version of a translation pair in its original paragraphs (the "Original paragraphs"
//! layout of the side-by-side view). Sentences keep their alignment row (`data-row`), so
//! pointing at one still lights its counterpart, and the cursor and differences still show.

use crate::components::{lang_name, lit_in, BlockView, OtherVersion, RowMarks, SentenceView};
use crate::corpus::{Block, Pair, Row};
use crate::hooks::use_corpus;
use crate::layout::Side;
use crate::shared::Shared;
use crate::state::SentenceRef;
use std::collections::BTreeMap;
use yew::prelude::*;

/// Props of [`ParagraphColumn`].
#[derive(Properties, PartialEq)]
pub struct ParagraphColumnProps {
    /// The side shown (its article is the pair's on that side).
    pub side: Side,
    /// The pair and its rows.
    pub pair: Shared<Pair>,
    /// The row of each sentence of the pair.
    pub rows: Shared<BTreeMap<SentenceRef, usize>>,
    /// What the reader points at and has chosen; when the other version is shown too, each
    /// sentence with a counterpart has a button that leads to it.
    pub marks: RowMarks,
}

/// `section.column.side-a|side-b` holding the article's blocks in text order.
#[function_component]
pub fn ParagraphColumn(props: &ParagraphColumnProps) -> Html {
    let corpus = use_corpus();
    let side = props.side;
    let index = side.article(&props.pair);
    let (Some(article), Some(view)) = (corpus.article(index), corpus.views.get(index)) else {
        return Html::default();
    };
    let pointing_here = props.marks.hovered.is_some_and(|(a, _)| a == index);
    let sentence = |s: usize| {
        let row = props.rows.get(&(index, s)).copied();
        let note = row.and_then(|r| props.pair.notes.get(r));
        let aligned = row
            .and_then(|r| props.pair.rows.get(r))
            .filter(|row| matches!(row, Row::Aligned { .. }));
        let orphan = aligned.is_some_and(|row| !side.other().fills(row));
        let leads_across =
            props.marks.languages.shows(side.other()) && aligned.is_some() && !orphan;
        let differences: Vec<String> = note
            .into_iter()
            .flat_map(|n| &n.divergences)
            .filter(|(on, _)| *on == side)
            .map(|(_, d)| d.detail.clone())
            .collect();
        let class = classes!(
            (row.is_some() && row == props.marks.hovered_row && !pointing_here)
                .then_some("counterpart"),
            (row.is_some() && row == props.marks.cursor).then_some("current"),
            orphan.then_some("orphan"),
        );
        html! {
            <>
                <SentenceView key={s} article={index} index={s} {row} {class}
                    lit={lit_in(&corpus, index, s, &props.marks.lit)} hidden={props.marks.hidden} />
                if let (true, Some(row)) = (leads_across, row) {
                    <OtherVersion {row} to={side.other()} />
                    { " " }
                }
                if orphan {
                    <span class="orphan-label" lang="en">{ format!("only in {}", side.word()) }</span>
                    { " " }
                }
                if !differences.is_empty() {
                    <span class="divergence-mark" lang="en" title={differences.join("; ")}>
                        <span aria-hidden="true">{ "≠" }</span>
                        <span class="visually-hidden">{ format!("Differs from the {} version: {}", side.other().word(), differences.join("; ")) }</span>
                    </span>
                    { " " }
                }
            </>
        }
    };
    let blocks = view
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| match block {
            Block::Noise { .. } => html! {
                <BlockView key={b} article={index} index={b} hidden={props.marks.hidden} />
            },
            Block::Text { sentences, .. } => html! {
                <p key={b} class="paragraph">{ for sentences.iter().map(|&s| sentence(s)) }</p>
            },
        });
    let lang = article.lang;
    html! {
        <section class={classes!("column", side.class())}
            lang={lang.code()} aria-label={lang_name(lang)}>
            <h2 class="column-head" lang="en">
                <span class="lang-name">{ lang_name(lang) }</span>
                <span class="column-meta">{ view.headline.clone() }</span>
            </h2>
            { for blocks }
        </section>
    }
}
