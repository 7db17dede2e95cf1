//! Downloads: the analysis JSON, the W3C Web Annotations and the claims table (CSV, Markdown)
//! of some articles, and any text file (a saved library set aside as unreadable). Built when
//! the reader asks, never in a view.

use crate::corpus::Corpus;
use parallax_engine::{claims_table, json, webanno, Analysis};
use wasm_bindgen::JsCast;

/// The analysis of `articles` (indexes) with the alignments among them.
fn subset<'a>(corpus: &'a Corpus, articles: &[usize]) -> (Analysis, Vec<&'a str>) {
    let picked: Vec<usize> = articles
        .iter()
        .copied()
        .filter(|&i| i < corpus.analysis.articles.len())
        .collect();
    let files: Vec<&str> = picked
        .iter()
        .map(|&i| corpus.analysis.articles[i].file.as_str())
        .collect();
    let analysis = Analysis {
        articles: picked
            .iter()
            .map(|&i| corpus.analysis.articles[i].clone())
            .collect(),
        alignments: corpus
            .analysis
            .alignments
            .iter()
            .filter(|a| files.contains(&a.source.as_str()) && files.contains(&a.target.as_str()))
            .cloned()
            .collect(),
    };
    let texts = picked.iter().map(|&i| corpus.texts[i].as_ref()).collect();
    (analysis, texts)
}

/// The analysis JSON (the command line's `parallax analyze`) of these articles.
pub fn analysis_json(corpus: &Corpus, articles: &[usize]) -> String {
    json::to_json(&subset(corpus, articles).0)
}

/// The W3C Web Annotations (JSON-LD) of these articles.
pub fn web_annotations(corpus: &Corpus, articles: &[usize]) -> String {
    let (analysis, texts) = subset(corpus, articles);
    webanno::to_web_annotations(&analysis, &texts)
}

/// The claims table's rows of these articles, from the views the engine derived of the
/// corpus (`Views::of_articles`: a claim whose translation is not exported stands alone).
fn claim_rows(corpus: &Corpus, articles: &[usize]) -> Vec<claims_table::ClaimRow> {
    let picked: Vec<usize> = articles
        .iter()
        .copied()
        .filter(|&i| i < corpus.analysis.articles.len())
        .collect();
    let views = corpus.claims.of_articles(&corpus.analysis, &picked);
    claims_table::rows_with(&subset(corpus, &picked).0, &views)
}

/// The claims of these articles as CSV (`parallax claims`), a claim and its translation on one row.
pub fn claims_csv(corpus: &Corpus, articles: &[usize]) -> String {
    claims_table::csv(&claim_rows(corpus, articles))
}

/// The same table as Markdown (`parallax claims --format md`).
pub fn claims_markdown(corpus: &Corpus, articles: &[usize]) -> String {
    claims_table::markdown(&claim_rows(corpus, articles))
}

/// Offer `content` as a file to download, through a `blob:` URL (no network involved).
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |what: &str| format!("the browser refused to {what}");
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("build the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("make a link"))?;
    let document = gloo::utils::document();
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("make a link"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("find the page"))?;
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    // The download has its own reference to the blob by now.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Row;
    use crate::route::{parse, Route};
    use crate::seeds::SEEDS;

    /// The engine writes the app's deep links: each must open the claim's own sentences.
    #[test]
    fn every_claim_link_opens_its_sentences() {
        let corpus = Corpus::bundled();
        let rows = claims_table::rows_with(&corpus.analysis, corpus.claims.views());
        assert!(!rows.is_empty());
        let text_of = |a: usize, s: usize| corpus.analysis.articles[a].sentences[s].text.as_str();
        for row in &rows {
            match parse(&row.link) {
                Route::PairRow(fr, en, r, _) => {
                    let (fr, en) = (
                        corpus.article_by_stem(&fr).expect("French article"),
                        corpus.article_by_stem(&en).expect("English article"),
                    );
                    let pair = corpus.pair_of(fr, en).expect("a pair");
                    let Some(Row::Aligned { fr: f, en: e }) = pair.rows.get(r) else {
                        panic!("{} is not an aligned row", row.link);
                    };
                    for (cell, article, sentences) in [(&row.french, fr, f), (&row.english, en, e)]
                    {
                        assert!(
                            cell.is_empty()
                                || sentences.iter().any(|&s| text_of(article, s) == cell),
                            "{row:?}"
                        );
                    }
                }
                Route::Sentence(stem, s) => {
                    let a = corpus.article_by_stem(&stem).expect("the article");
                    let text = text_of(a, s);
                    assert!(text == row.french || text == row.english, "{row:?}");
                }
                other => panic!("{} routes to {other:?}", row.link),
            }
        }
        let csv = claims_csv(&corpus, &(0..SEEDS.len()).collect::<Vec<_>>());
        assert!(csv.starts_with("event,event_title,speaker_id,"));
        assert_eq!(claims_csv(&corpus, &[]).lines().count(), 1, "header only");
        let all: Vec<usize> = (0..SEEDS.len()).collect();
        assert_eq!(
            csv,
            claims_table::to_csv(&subset(&corpus, &all).0),
            "the engine's table of the same articles"
        );
        assert_eq!(
            claims_csv(&corpus, &[2]),
            claims_table::to_csv(&subset(&corpus, &[2]).0),
            "one article of a pair: its claims alone"
        );
    }
}
