//! Export buttons: the analysis JSON, the Web Annotations and the claims table (CSV and
//! Markdown) of some articles, as files the engine's worker writes.

use crate::analyser::Analyser;
use crate::context::Dispatch;
use crate::export::{download, export_request};
use crate::hooks::use_corpus;
use crate::state::{Action, Notice};
use parallax_worker::export::Format;
use parallax_worker::Reply;
use yew::prelude::*;

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The articles exported (indexes).
    pub articles: Vec<usize>,
    /// Start of the downloaded files' names (`parallax-pair`).
    pub file_stem: AttrValue,
}

/// One export: its class suffix, label, file name suffix, media type and format.
struct Export {
    kind: &'static str,
    label: &'static str,
    suffix: &'static str,
    mime: &'static str,
    format: Format,
}

/// Every export, in the order of the buttons.
const EXPORTS: [Export; 4] = [
    Export {
        kind: "json",
        label: "analysis (JSON)",
        suffix: "analysis.json",
        mime: "application/json",
        format: Format::AnalysisJson,
    },
    Export {
        kind: "annotations",
        label: "Web Annotations (JSON-LD)",
        suffix: "annotations.jsonld",
        mime: "application/ld+json",
        format: Format::WebAnnotations,
    },
    Export {
        kind: "claims-csv",
        label: "Claims (CSV)",
        suffix: "claims.csv",
        mime: "text/csv;charset=utf-8",
        format: Format::ClaimsCsv,
    },
    Export {
        kind: "claims-md",
        label: "Claims (Markdown)",
        suffix: "claims.md",
        mime: "text/markdown;charset=utf-8",
        format: Format::ClaimsMarkdown,
    },
];

/// `div.export`: one button per export; a file is written (by the worker) only when its
/// button is pressed, and downloaded when it comes.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_context::<Dispatch>();
    let analyser = use_context::<Analyser>();
    let button = |export: &'static Export| {
        let (corpus, dispatch, analyser) = (corpus.clone(), dispatch.clone(), analyser.clone());
        let articles = props.articles.clone();
        let stem = props.file_stem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = format!("{stem}.{}", export.suffix);
            let dispatch = dispatch.clone();
            let fail = move |why: &str| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::Notify(Notice::error(&format!(
                        "Export failed: {why}."
                    ))));
                }
            };
            let Some(analyser) = &analyser else {
                return fail("no engine worker here to write the file");
            };
            let request = export_request(&corpus, export.format, &articles);
            analyser.export(
                request,
                Callback::from(move |reply: Reply| match reply {
                    Reply::Exported { content, .. } => {
                        if let Err(why) = download(&name, export.mime, &content) {
                            fail(&why);
                        }
                    }
                    Reply::Failed { message } => fail(&message),
                    _ => {}
                }),
            );
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
