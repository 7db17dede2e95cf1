//! Export buttons: the analysis JSON, the Web Annotations and the claims table (CSV and
//! Markdown) of some articles, as files the engine's worker writes.

use crate::analyser::Analyser;
use crate::cat::class_list;
use crate::context::{CorpusContext, Dispatch};
use crate::export::{download, export_request};
use crate::state::{Action, Notice};
use parallax_worker::export::Format;
use parallax_worker::Reply;
use yew::prelude::*;

/// What the export buttons work with: the corpus, the app's dispatcher (a failure is a
/// notice) and the engine's worker, which writes the files.
#[derive(Clone)]
pub struct Exporter {
    /// The corpus whose articles are exported.
    pub corpus: CorpusContext,
    /// The app's dispatcher.
    pub dispatch: Option<Dispatch>,
    /// The engine's worker.
    pub analyser: Option<Analyser>,
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

/// `div.export`: one button per export of `articles` (indexes), the files named
/// `<file_stem>.<suffix>` (`parallax-pair.claims.csv`); a file is written (by the worker)
/// only when its button is pressed, and downloaded when it comes. A view, not a component:
/// each component costs the app's wasm its own copy of Yew's code.
pub fn export_buttons(exporter: &Exporter, articles: &[usize], file_stem: &'static str) -> Html {
    let button = |export: &'static Export| {
        let Exporter {
            corpus,
            dispatch,
            analyser,
        } = exporter.clone();
        let articles = articles.to_vec();
        let stem = file_stem;
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = cat!(stem, ".", export.suffix);
            let dispatch = dispatch.clone();
            let fail = move |why: &str| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::Notify(Notice::error(&cat!(
                        "Export failed: ",
                        why,
                        "."
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
            <button type="button" class={class_list(&["export-button", &cat!("export-", export.kind)])} {onclick}>
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
