//! Two articles side by side (`#/pair/<a>/<b>`): French | English, in aligned rows.
//!
//! The two columns are real `section`s; CSS grid (with `display: contents`)
//! lines their cells up row by row, and on a phone the columns stack.

use crate::components::{
    lang_name, lit_in, BlockView, Disputes, EntityCard, ExportButtons, Legend, ParagraphColumn,
    SentenceView,
};
use crate::context::{CorpusContext, Dispatch};
use crate::corpus::{Pair, Row, RowNote};
use crate::hooks::use_row_keys;
use crate::route::Route;
use crate::state::{Action, HiddenTypes, PairMode, SentenceRef};
use parallax_engine::align::DivergenceKind;
use parallax_engine::Lang;
use std::collections::BTreeMap;
use std::rc::Rc;
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
}

/// The rows to show: the corpus pair when there is one, else paragraph rows.
fn rows_of(corpus: &CorpusContext, a: usize, b: usize) -> Pair {
    if let Some(pair) = corpus.pair_of(a, b) {
        return pair.clone();
    }
    let a_is_fr = corpus.article(a).map(|x| x.lang) == Some(Lang::Fr)
        || corpus.article(b).map(|x| x.lang) != Some(Lang::Fr);
    let (fr, en) = if a_is_fr { (a, b) } else { (b, a) };
    let len = |i: usize| corpus.views.get(i).map_or(0, |v| v.blocks.len());
    let n = len(fr).max(len(en));
    let rows = (0..n)
        .map(|i| Row::Blocks {
            fr: (i < len(fr)).then_some(i),
            en: (i < len(en)).then_some(i),
        })
        .collect();
    Pair {
        fr,
        en,
        aligned: false,
        rows,
        notes: vec![RowNote::default(); n],
    }
}

/// Which row each sentence of the two articles stands in.
fn row_index(corpus: &CorpusContext, pair: &Pair) -> BTreeMap<SentenceRef, usize> {
    let mut out = BTreeMap::new();
    let sentence_paragraph = |a: usize, block: usize| {
        corpus.article(a).into_iter().flat_map(move |x| {
            x.sentences
                .iter()
                .enumerate()
                .filter(move |(_, s)| s.paragraph == block)
                .map(|(i, _)| i)
        })
    };
    for (r, row) in pair.rows.iter().enumerate() {
        match row {
            Row::Aligned { fr, en } => {
                out.extend(fr.iter().map(|&s| ((pair.fr, s), r)));
                out.extend(en.iter().map(|&s| ((pair.en, s), r)));
            }
            Row::Noise { .. } => {}
            Row::Blocks { fr, en } => {
                for (article, block) in [(pair.fr, fr), (pair.en, en)] {
                    if let Some(block) = block {
                        out.extend(sentence_paragraph(article, *block).map(|s| ((article, s), r)));
                    }
                }
            }
        }
    }
    out
}

/// `main#pair`.
#[function_component]
pub fn PairPage(props: &PairPageProps) -> Html {
    let corpus = use_context::<CorpusContext>().expect("the app provides the corpus");
    let dispatch = use_context::<Dispatch>();
    let pair = use_memo((props.a, props.b, corpus.clone()), |(a, b, corpus)| {
        rows_of(corpus, *a, *b)
    });
    let rows = use_memo((pair.clone(), corpus.clone()), |(pair, corpus)| {
        row_index(corpus, pair)
    });
    let marked = use_memo(pair.clone(), |pair| divergent_rows(pair));
    use_row_keys(dispatch.clone(), pair.rows.len(), (*marked).clone());
    // A deep link to a row puts the cursor there, once per link.
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.target, move |target| {
            if let (Some(row), Some(d)) = (target, &dispatch) {
                d.dispatch(Action::SetCursor(Some(*row)));
            }
        });
    }
    // The cursor's row comes into view, and the address names it, so that copying the
    // address shares this very pair of sentences (replaceState: no new history entry).
    {
        let stems = (
            corpus.views[pair.fr].stem.clone(),
            corpus.views[pair.en].stem.clone(),
        );
        use_effect_with(props.cursor, move |cursor| {
            let Some(row) = *cursor else {
                return;
            };
            if let Ok(Some(cell)) = gloo::utils::document().query_selector(".current[data-row]") {
                crate::dom::scroll_to(&cell, web_sys::ScrollLogicalPosition::Nearest);
            }
            let href = Route::PairRow(stems.0, stems.1, row).href();
            if let Ok(history) = gloo::utils::window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
            }
        });
    }
    let (Some(fr), Some(en)) = (corpus.article(pair.fr), corpus.article(pair.en)) else {
        return Html::default();
    };
    let hovered_row = props.hovered.and_then(|h| rows.get(&h).copied());
    // Long pairs are shown a page of rows at a time, so that rendering and every hover stay
    // cheap; the page is the cursor's (keys and deep links cross pages by moving the cursor).
    let total = pair.rows.len();
    let first_row = props.cursor.map_or(0, |c| {
        c.min(total.saturating_sub(1)) / PAGE_ROWS * PAGE_ROWS
    });
    let shown = first_row..(first_row + PAGE_ROWS).min(total);
    let pager = (total > PAGE_ROWS).then(|| {
        let go = |to: Option<usize>, label: &'static str| {
            let dispatch = dispatch.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let (Some(row), Some(d)) = (to, &dispatch) {
                    d.dispatch(Action::SetCursor(Some(row)));
                }
            });
            html! { <button type="button" class="pager-button" disabled={to.is_none()} {onclick}>{ label }</button> }
        };
        let previous = first_row.checked_sub(PAGE_ROWS);
        let next = (shown.end < total).then_some(shown.end);
        html! {
            <nav class="pager" lang="en" aria-label="Pages of rows">
                { go(previous, "Previous rows") }
                <span class="pager-where">{ format!(" Rows {}–{} of {total} ", shown.start + 1, shown.end) }</span>
                { go(next, "Next rows") }
            </nav>
        }
    });
    let column = |article: usize, side: usize| {
        let lang = corpus.article(article).map_or(Lang::En, |x| x.lang);
        let other_lang = if side == 0 { en.lang } else { fr.lang };
        let cells = pair.rows.iter().enumerate().skip(shown.start).take(shown.len()).map(|(r, row)| {
            let counterpart =
                hovered_row == Some(r) && props.hovered.is_some_and(|(a, _)| a != article);
            let class = classes!(
                "align-row",
                (props.cursor == Some(r)).then_some("current"),
                (hovered_row == Some(r)).then_some("hovered-row")
            );
            let style = format!("grid-row: {}", r - shown.start + 2);
            let content = match row {
                Row::Aligned { fr, en } => {
                    let mine = if side == 0 { fr } else { en };
                    if mine.is_empty() {
                        html! {
                            <span class="orphan-label" lang="en">
                                { format!("only in {}", language_word(other_lang)) }
                            </span>
                        }
                    } else {
                        let sentences = mine.iter().map(|&s| {
                            html! {
                                <SentenceView key={s} {article} index={s}
                                    lit={lit_in(&corpus, article, s, &props.lit)}
                                    hidden={props.hidden}
                                    class={classes!(counterpart.then_some("counterpart"))} />
                            }
                        });
                        html! { <p class="paragraph">{ for sentences }</p> }
                    }
                }
                Row::Noise { fr, en } => {
                    let mine = if side == 0 { fr } else { en };
                    let blocks = mine.iter().map(|&b| {
                        html! {
                            <BlockView key={b} {article} index={b} hidden={props.hidden} />
                        }
                    });
                    html! { <>{ for blocks }</> }
                }
                Row::Blocks { fr, en } => {
                    let mine = if side == 0 { fr } else { en };
                    match mine {
                        Some(block) => html! {
                            <BlockView article={article} index={*block}
                                lit={props.lit.clone()} hidden={props.hidden} />
                        },
                        None => html! {},
                    }
                }
            };
            let note = pair.notes.get(r);
            let uncertain = note
                .and_then(|n| n.confidence)
                .is_some_and(|c| c < UNCERTAIN_BELOW);
            let divergences = note.into_iter().flat_map(|n| &n.divergences).filter(|(on_fr, _)| *on_fr == (side == 0));
            let divergences: Vec<Html> = divergences.map(|(_, d)| html! {
                <li data-kind={divergence_slug(d.kind)}>
                    <span aria-hidden="true">{ "≠ " }</span>{ d.detail.clone() }
                </li>
            }).collect();
            let counterpart_cell = counterpart && matches!(row, Row::Blocks { .. });
            let onfocusin = {
                let dispatch = dispatch.clone();
                let current = props.cursor == Some(r);
                Callback::from(move |_: FocusEvent| {
                    if let (false, Some(d)) = (current, &dispatch) {
                        d.dispatch(Action::SetCursor(Some(r)));
                    }
                })
            };
            // An `if let` (one child slot, present or empty), not `{ for option }`: Yew splices
            // a `for` into the children and matches them from the end, so a link appearing
            // would replace the paragraph, and the focus inside it would be lost.
            let row_link = (side == 0 && props.cursor == Some(r)).then(|| {
                Route::PairRow(corpus.views[pair.fr].stem.clone(), corpus.views[pair.en].stem.clone(), r).href()
            });
            html! {
                <div key={r}
                    class={classes!(class, counterpart_cell.then_some("counterpart"), uncertain.then_some("uncertain"))}
                    data-row={r.to_string()} {style} {onfocusin}
                    aria-current={(props.cursor == Some(r)).then_some("true")}>
                    { content }
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
        });
        let view = &corpus.views[article];
        html! {
            <section class={classes!("column", if side == 0 { "side-a" } else { "side-b" })}
                lang={lang.code()} aria-label={lang_name(lang)}>
                <h2 class="column-head" lang="en">
                    <span class="lang-name">{ lang_name(lang) }</span>
                    <span class="column-meta">
                        { corpus.article(article).and_then(|x| x.source.clone()).unwrap_or_else(|| "source not given".into()) }
                        { " · " }
                        { corpus.article(article).and_then(|x| x.date.clone()).unwrap_or_else(|| "no date".into()) }
                        { " · " }
                        <a href={Route::Article(view.stem.clone()).href()}>{ "read alone" }</a>
                    </span>
                </h2>
                { for cells }
            </section>
        }
    };
    let note = if pair.aligned {
        "Aligned sentence by sentence. Point at a sentence to light its translation. Keys: j / k row by row, n / p next or previous difference, c the other version, ? all keys."
    } else {
        "No sentence alignment yet: paragraphs side by side. Keys j and k move row by row; ? lists all keys."
    };
    let mode_button = |mode: PairMode, label: &'static str| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(d) = &dispatch {
                d.dispatch(Action::SetPairMode(mode));
            }
        });
        html! {
            <button type="button" class="mode-button" aria-pressed={(props.mode == mode).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    let paragraphs = props.mode == PairMode::Paragraphs;
    let grid = if paragraphs {
        let column = |article: usize, side: usize| {
            html! {
                <ParagraphColumn {article} {side} pair={pair.clone()} rows={rows.clone()}
                    shown={(shown.start, shown.end)}
                    {hovered_row} hovered={props.hovered} cursor={props.cursor}
                    lit={props.lit.clone()} hidden={props.hidden} />
            }
        };
        html! {
            <div class="pair-grid paragraphs">
                { column(pair.fr, 0) }
                { column(pair.en, 1) }
            </div>
        }
    } else {
        html! {
            <div class="pair-grid">
                { column(pair.fr, 0) }
                { column(pair.en, 1) }
            </div>
        }
    };
    html! {
        <main id="pair" class={props.type_words.then_some("type-words")}>
            <h1 lang="en">{ "Side by side" }</h1>
            <p class="pair-note" lang="en">{ note }</p>
            if pair.aligned {
                <div class="pair-mode" role="group" aria-label="Layout" lang="en">
                    { mode_button(PairMode::Rows, "Aligned rows") }
                    { mode_button(PairMode::Paragraphs, "Original paragraphs") }
                </div>
            }
            { for pager.clone() }
            <div class="reading">
                { grid }
                <div class="side" lang="en">
                    <Legend hidden={props.hidden} type_words={props.type_words} />
                    if let Some(id) = props.selected.clone() {
                        <EntityCard {id} />
                    }
                    <Disputes articles={vec![pair.fr, pair.en]} />
                    <ExportButtons articles={vec![pair.fr, pair.en]} file_stem="parallax-pair" />
                </div>
            </div>
            { for pager }
        </main>
    }
}

/// The rows where the two versions differ, ascending: what `n` and `p` move through.
fn divergent_rows(pair: &Pair) -> Rc<[usize]> {
    pair.notes
        .iter()
        .enumerate()
        .filter(|(_, note)| !note.divergences.is_empty())
        .map(|(r, _)| r)
        .collect()
}

/// Rows shown at once: a page of a long pair (a news article has a few dozen).
const PAGE_ROWS: usize = 200;

/// Links the aligner is less sure of than this are marked "uncertain match".
const UNCERTAIN_BELOW: f32 = 0.35;

fn divergence_slug(kind: DivergenceKind) -> &'static str {
    match kind {
        DivergenceKind::Hedge => "hedge",
        DivergenceKind::Number => "number",
        DivergenceKind::Quote => "quote",
        DivergenceKind::Entity => "entity",
        DivergenceKind::Stance => "stance",
    }
}

fn language_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    }
}
