//! Downloads: the analysis JSON, the W3C Web Annotations and the claims table (CSV, Markdown)
//! of some articles, which the engine's worker writes (`parallax_worker::export`: the app's
//! wasm links none of the writers), and any text file (a saved library set aside as
//! unreadable). Built when the reader asks, never in a view.

use crate::analyser::next_job;
use crate::corpus::Corpus;
use parallax_worker::export::{Export, Format};
use parallax_worker::Request;
use wasm_bindgen::JsCast;

/// The worker's request for a file of `format` of `articles` (indexes) of the corpus: every
/// article of the library goes with it (the worker keeps their analyses), and the export.
pub fn export_request(corpus: &Corpus, format: Format, articles: &[usize]) -> Request {
    Request {
        job: next_job(),
        articles: corpus
            .analysis
            .articles
            .iter()
            .zip(&corpus.texts)
            .map(|(article, text)| (article.file.clone(), String::from(&**text)))
            .collect(),
        export: Some(Export {
            format,
            articles: articles.to_vec(),
        }),
    }
}

/// Offer `content` as a file to download, through a `blob:` URL (no network involved).
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |what: &str| cat!("the browser refused to ", what);
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

    /// The engine writes the app's deep links: each must open the claim's own sentences.
    #[test]
    fn every_claim_link_opens_its_sentences() {
        let corpus = Corpus::bundled();
        let rows =
            parallax_engine::claims_table::rows_with(&corpus.analysis, corpus.claims.views());
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
        // The worker's file of the same articles: the same rows.
        let request = export_request(&corpus, Format::ClaimsCsv, &[0, 1, 2]);
        let mut files = Vec::new();
        let mut jobs = parallax_worker::Jobs::default();
        for message in parallax_worker::request::messages(request) {
            jobs.hear_message(&message, |reply| files.push(reply));
        }
        let reply: parallax_worker::Reply = parallax_worker::decode(&files[0]).unwrap();
        let parallax_worker::Reply::Exported { content, .. } = reply else {
            panic!("{reply:?}");
        };
        assert_eq!(content, parallax_engine::claims_table::csv(&rows));
    }
}
