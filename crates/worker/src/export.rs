//! Exports the app asks the worker for (the app's wasm links none of their writers): the
//! analysis JSON, the W3C Web Annotations and the claims table (CSV, Markdown) of some of the
//! library's articles, written from the library's linked analysis and views.

use parallax_engine::{claims_table, json, webanno, Analysis, Views};
use serde::{Deserialize, Serialize};

/// A file format the app offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The command line's `parallax analyze` JSON.
    AnalysisJson,
    /// W3C Web Annotations (JSON-LD).
    WebAnnotations,
    /// The claims table as CSV (`parallax claims`).
    ClaimsCsv,
    /// The claims table as Markdown (`parallax claims --format md`).
    ClaimsMarkdown,
}

/// An export: a format, of some of the request's articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// The format.
    pub format: Format,
    /// The articles exported: indexes into the request's articles.
    pub articles: Vec<usize>,
}

/// The analysis of the articles `picked` (indexes, in order) with the alignments among them.
fn subset(analysis: &Analysis, picked: &[usize]) -> Analysis {
    let files: Vec<&str> = picked
        .iter()
        .map(|&i| analysis.articles[i].file.as_str())
        .collect();
    Analysis {
        articles: picked
            .iter()
            .map(|&i| analysis.articles[i].clone())
            .collect(),
        alignments: analysis
            .alignments
            .iter()
            .filter(|a| files.contains(&a.source.as_str()) && files.contains(&a.target.as_str()))
            .cloned()
            .collect(),
    }
}

/// The file `export` asks for, from the library's analysis, its views and its texts (parallel
/// to the articles). A claim whose translation is not exported stands alone
/// (`Views::of_articles`).
pub fn write(analysis: &Analysis, views: &Views, texts: &[&str], export: &Export) -> String {
    let picked: Vec<usize> = export
        .articles
        .iter()
        .copied()
        .filter(|&i| i < analysis.articles.len())
        .collect();
    let part = subset(analysis, &picked);
    let claim_rows = || claims_table::rows_with(&part, &views.of_articles(analysis, &picked));
    match export.format {
        Format::AnalysisJson => json::to_json(&part),
        Format::WebAnnotations => {
            let texts: Vec<&str> = picked
                .iter()
                .filter_map(|&i| texts.get(i).copied())
                .collect();
            webanno::to_web_annotations(&part, &texts)
        }
        Format::ClaimsCsv => claims_table::csv(&claim_rows()),
        Format::ClaimsMarkdown => claims_table::markdown(&claim_rows()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Pékin accuse Washington\n\nLe ministère chinois des Affaires étrangères a accusé mardi les États-Unis d'avoir piraté des universités chinoises.\n";
    const EN: &str = "Beijing accuses Washington\n\nThe Chinese Foreign Ministry on Tuesday accused the United States of hacking Chinese universities.\n";

    fn export(format: Format, articles: &[usize]) -> String {
        let inputs = [("a.txt", FR), ("b.txt", EN)];
        let analysis = parallax_engine::analyze_corpus(&inputs);
        let views = parallax_engine::views_of(&analysis);
        let export = Export {
            format,
            articles: articles.to_vec(),
        };
        write(&analysis, &views, &[FR, EN], &export)
    }

    #[test]
    fn exports_equal_the_command_lines_of_the_same_articles() {
        let both = parallax_engine::analyze_corpus(&[("a.txt", FR), ("b.txt", EN)]);
        let english = parallax_engine::analyze_corpus(&[("b.txt", EN)]);
        assert_eq!(export(Format::AnalysisJson, &[0, 1]), json::to_json(&both));
        assert_eq!(
            export(Format::ClaimsCsv, &[0, 1]),
            claims_table::to_csv(&both)
        );
        assert_eq!(
            export(Format::ClaimsCsv, &[1]),
            claims_table::to_csv(&english)
        );
        assert_eq!(
            export(Format::ClaimsMarkdown, &[0, 1]),
            claims_table::to_markdown(&both)
        );
        assert_eq!(
            export(Format::WebAnnotations, &[1]),
            webanno::to_web_annotations(&english, &[EN])
        );
        assert_eq!(
            export(Format::ClaimsCsv, &[]).lines().count(),
            1,
            "header only"
        );
    }
}
