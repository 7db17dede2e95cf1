//! Export buttons: the analysis JSON and the Web Annotations of some articles, as files.

use crate::context::{CorpusContext, Dispatch};
use crate::export::{analysis_json, download, web_annotations};
use crate::state::{Action, Notice};
use yew::prelude::*;

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The articles exported (indexes).
    pub articles: Vec<usize>,
    /// Start of the downloaded files' names (`parallax-pair`).
    pub file_stem: AttrValue,
}

/// `div.export`: two buttons; the files are built only when a button is pressed.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let corpus = use_context::<CorpusContext>().expect("the app provides the corpus");
    let dispatch = use_context::<Dispatch>();
    let button = |kind: &'static str, label: &'static str| {
        let (corpus, dispatch) = (corpus.clone(), dispatch.clone());
        let articles = props.articles.clone();
        let stem = props.file_stem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let (name, mime, content) = if kind == "json" {
                (
                    format!("{stem}.analysis.json"),
                    "application/json",
                    analysis_json(&corpus, &articles),
                )
            } else {
                (
                    format!("{stem}.annotations.jsonld"),
                    "application/ld+json",
                    web_annotations(&corpus, &articles),
                )
            };
            if let Err(why) = download(&name, mime, &content) {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::Notify(Notice::error(&format!(
                        "Export failed: {why}."
                    ))));
                }
            }
        });
        html! {
            <button type="button" class={classes!("export-button", format!("export-{kind}"))} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <div class="export" lang="en">
            <span class="export-label">{ "Export: " }</span>
            { button("json", "analysis (JSON)") }
            { button("annotations", "Web Annotations (JSON-LD)") }
        </div>
    }
}
