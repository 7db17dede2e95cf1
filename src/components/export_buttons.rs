//! Export buttons: the analysis JSON, the Web Annotations and the claims table (CSV and
//! Markdown) of some articles, as files.

use crate::context::Dispatch;
use crate::corpus::Corpus;
use crate::export::{analysis_json, claims_csv, claims_markdown, download, web_annotations};
use crate::hooks::use_corpus;
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

/// One export: its class suffix, label, file name suffix, media type and builder.
struct Export {
    kind: &'static str,
    label: &'static str,
    suffix: &'static str,
    mime: &'static str,
    build: fn(&Corpus, &[usize]) -> String,
}

/// Every export, in the order of the buttons.
const EXPORTS: [Export; 4] = [
    Export {
        kind: "json",
        label: "analysis (JSON)",
        suffix: "analysis.json",
        mime: "application/json",
        build: analysis_json,
    },
    Export {
        kind: "annotations",
        label: "Web Annotations (JSON-LD)",
        suffix: "annotations.jsonld",
        mime: "application/ld+json",
        build: web_annotations,
    },
    Export {
        kind: "claims-csv",
        label: "Claims (CSV)",
        suffix: "claims.csv",
        mime: "text/csv;charset=utf-8",
        build: claims_csv,
    },
    Export {
        kind: "claims-md",
        label: "Claims (Markdown)",
        suffix: "claims.md",
        mime: "text/markdown;charset=utf-8",
        build: claims_markdown,
    },
];

/// `div.export`: one button per export; a file is built only when its button is pressed.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_context::<Dispatch>();
    let button = |export: &'static Export| {
        let (corpus, dispatch) = (corpus.clone(), dispatch.clone());
        let articles = props.articles.clone();
        let stem = props.file_stem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = format!("{stem}.{}", export.suffix);
            let content = (export.build)(&corpus, &articles);
            if let Err(why) = download(&name, export.mime, &content) {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::Notify(Notice::error(&format!(
                        "Export failed: {why}."
                    ))));
                }
            }
        });
        html! {
            <button type="button" class={classes!("export-button", format!("export-{}", export.kind))} {onclick}>
                { export.label }
            </button>
        }
    };
    html! {
        <div class="export" lang="en">
            <span class="export-label">{ "Export: " }</span>
            { for EXPORTS.iter().map(button) }
        </div>
    }
}
