//! A block of an article: a paragraph of sentences, or a muted noise block with its label; in a
//! pair's original-paragraphs layout, a paragraph of one version (`in_pair`,
//! `paragraph_block.rs`).

use crate::cat::class_list;
use crate::components::{pair_paragraph, InPair, MemoView, SentenceView};
use crate::context::{AppContext, CorpusContext};
use crate::corpus::Block;
use crate::state::HiddenTypes;
use parallax_engine::segments::Highlight;
use parallax_engine::ParagraphKind;
use yew::prelude::*;

/// The slug of a noise kind, as in the analysis JSON (`date_header`, `stray`…).
pub fn noise_slug(kind: ParagraphKind) -> &'static str {
    match kind {
        ParagraphKind::Headline => "headline",
        ParagraphKind::Body => "body",
        ParagraphKind::DateHeader => "date_header",
        ParagraphKind::SourceLine => "source_line",
        ParagraphKind::SourceLink => "source_link",
        ParagraphKind::Stray => "stray",
        ParagraphKind::Caption => "caption",
        ParagraphKind::Pointer => "pointer",
        ParagraphKind::EditorNote => "editor_note",
    }
}

/// The entity id `lit` if sentence `index` of the article mentions it.
pub fn lit_in(
    corpus: &CorpusContext,
    article: usize,
    index: usize,
    lit: &Option<AttrValue>,
) -> Option<AttrValue> {
    let id = lit.as_ref()?;
    let analysis = corpus.article(article)?;
    let segments = corpus.views.get(article)?.segments.get(index)?;
    segments
        .iter()
        .any(|s| match s.highlight {
            Some(Highlight::Entity(m)) => analysis.entities.get(m).is_some_and(|e| e.id == **id),
            _ => false,
        })
        .then(|| id.clone())
}

/// A block of an article, rendered in a `Memo` (`MemoView`).
#[derive(PartialEq, Default)]
pub struct BlockView {
    /// Article index.
    pub article: usize,
    /// Block (paragraph) index.
    pub index: usize,
    /// The entity id lit now.
    pub lit: Option<AttrValue>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// A sentence to mark as the target of a link.
    pub target: Option<usize>,
    /// A paragraph of a pair's version in its original paragraphs, with its own marks (which
    /// stand for `lit` and `hidden` then).
    pub in_pair: Option<InPair>,
}

impl MemoView for BlockView {
    /// `p.paragraph` with its sentences, or `p.noise[data-noise-kind]`.
    fn render(&self, app: &AppContext) -> Html {
        block(self, app)
    }
}

fn block(props: &BlockView, app: &AppContext) -> Html {
    let (corpus, dispatch) = (&app.corpus, &app.dispatch);
    let (Some(article), Some(block)) = (
        corpus.article(props.article),
        corpus
            .views
            .get(props.article)
            .and_then(|v| v.blocks.get(props.index)),
    ) else {
        return Html::default();
    };
    let lang = article.lang.code();
    match (block, &props.in_pair) {
        (Block::Noise { kind, text }, _) => html! {
            <p class="noise" data-noise-kind={noise_slug(*kind)} {lang}>
                <span class="noise-label">{ kind.label() }</span>
                { text.clone() }
            </p>
        },
        (Block::Text { sentences, .. }, Some(place)) => {
            pair_paragraph(corpus, dispatch, sentences, place)
        }
        (
            Block::Text {
                headline,
                sentences,
            },
            None,
        ) => {
            let items = sentences.iter().map(|&i| {
                let class = if props.target == Some(i) {
                    "target"
                } else {
                    ""
                };
                SentenceView {
                    article: props.article,
                    index: i,
                    lit: lit_in(corpus, props.article, i, &props.lit),
                    hidden: props.hidden,
                    class: AttrValue::Static(class),
                    row: None,
                }
                .keyed(i)
            });
            html! {
                <p class={class_list(&["paragraph", if *headline { "headline-text" } else { "" }])} {lang}>
                    { for items }
                </p>
            }
        }
    }
}
