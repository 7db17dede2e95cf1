//! A sentence: its segments mapped to elements (text, mentions, cues), then a note per claim
//! (stance, speaker → target; see `claim_note.rs`).

use crate::cat::class_list;
use crate::components::MemoView;
use crate::components::{claim_note, mention_view, MentionProps};
use crate::context::{AppContext, UiLang};
use crate::state::{Action, HiddenTypes};
use parallax_engine::segments::Highlight;
use yew::prelude::*;

/// A sentence, rendered in a `Memo` (`MemoView`).
#[derive(PartialEq, Default)]
pub struct SentenceView {
    /// Article index.
    pub article: usize,
    /// Sentence index in the article.
    pub index: usize,
    /// The entity id lit now, if this sentence mentions it.
    pub lit: Option<AttrValue>,
    /// Entity types hidden.
    pub hidden: HiddenTypes,
    /// Extra classes (`counterpart`, `hovered`, `target`).
    pub class: AttrValue,
    /// The side-by-side row it belongs to, when shown in paragraphs (`data-row`).
    pub row: Option<usize>,
}

impl MemoView for SentenceView {
    /// `span.sentence[data-sid][lang]`, then a space.
    fn render(&self, app: &AppContext) -> Html {
        sentence(self, app)
    }
}

fn sentence(props: &SentenceView, app: &AppContext) -> Html {
    let (corpus, dispatch) = (&app.corpus, &app.dispatch);
    let UiLang(lang) = app.ui_lang;
    let (Some(article), Some(view)) = (
        corpus.article(props.article),
        corpus.views.get(props.article),
    ) else {
        return Html::default();
    };
    let Some(segments) = view.segments.get(props.index) else {
        return Html::default();
    };
    let claim_ids: &[usize] = view.claims.get(props.index).map_or(&[], |c| c.as_slice());
    let claims: Vec<_> = claim_ids
        .iter()
        .filter_map(|&c| article.claims.get(c))
        .collect();
    let is_speaker = |id: &str| {
        claims
            .iter()
            .any(|c| c.speaker.as_ref().is_some_and(|s| s.id == id))
    };
    let children = segments.iter().map(|segment| match segment.highlight {
        Some(Highlight::Entity(m)) => match article.entities.get(m) {
            Some(mention) => mention_view(
                &MentionProps {
                    id: AttrValue::from(mention.id.clone()),
                    kind: mention.kind,
                    text: AttrValue::from(segment.text.clone()),
                    lit: props.lit.as_deref() == Some(mention.id.as_str()),
                    hidden: props.hidden.hides(mention.kind),
                    speaker: is_speaker(&mention.id),
                },
                dispatch,
            ),
            None => html! { segment.text.clone() },
        },
        Some(Highlight::Cue(_)) => html! { <span class="cue">{ segment.text.clone() }</span> },
        None => html! { segment.text.clone() },
    });
    let notes = claim_ids
        .iter()
        .map(|&c| claim_note(corpus, lang, props.article, c));
    let at = (props.article, props.index);
    let hover = |on: bool| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| {
            if let Some(d) = &dispatch {
                d.dispatch(Action::HoverSentence(on.then_some(at)));
            }
        })
    };
    // Keyboard focus on a mention inside the sentence counts as pointing at the sentence.
    let (enter, leave) = (hover(true), hover(false));
    // The trailing space keeps sentences apart when the text is copied.
    html! {
        <>
        <span class={class_list(&["sentence", &props.class])}
            data-sid={props.index.to_string()}
            data-row={props.row.map(|r| r.to_string())}
            id={cat!("s-", view.stem, "-", props.index)}
            lang={article.lang.code()}
            onmouseenter={enter.reform(|_: MouseEvent| ())}
            onmouseleave={leave.reform(|_: MouseEvent| ())}
            onfocusin={enter.reform(|_: FocusEvent| ())}
            onfocusout={leave.reform(|_: FocusEvent| ())}>
            { for children }
            { for notes }
        </span>
        { " " }
        </>
    }
}
