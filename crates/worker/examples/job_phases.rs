//! The worker's job for some files, phase by phase, natively: `cargo run --release -p
//! parallax-worker --example job_phases -- FILE…` prints how long each analysis, each candidate
//! pair's comparison, linking, the views and the lean messages take (and, with
//! `JOB_OUT=FILE`, writes the analysis and views as JSON there).

use parallax_engine::{
    align_if_translation_with, analyze_article, candidate_pairs, link_with, views_of,
    AlignFeatures, ArticleAnalysis,
};
use parallax_worker::{encode, lean_result};
use std::rc::Rc;
use std::time::Instant;

/// A file as the worker is sent it: its name (without folders) and its text.
fn article(path: String) -> (String, String) {
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy());
    (name.map_or(path.clone(), |n| n.to_string()), text)
}

fn main() {
    let articles: Vec<(String, String)> = std::env::args().skip(1).map(article).collect();
    let mut analyses: Vec<Rc<ArticleAnalysis>> = Vec::new();
    for (file, text) in &articles {
        let start = Instant::now();
        analyses.push(Rc::new(analyze_article(file, text)));
        eprintln!("analyse {file}: {:?}", start.elapsed());
    }
    let start = Instant::now();
    let pairs = candidate_pairs(&analyses);
    eprintln!("candidate_pairs: {} in {:?}", pairs.len(), start.elapsed());
    let start = Instant::now();
    let features: Vec<AlignFeatures> = analyses.iter().map(|a| AlignFeatures::of(a)).collect();
    eprintln!("features: {:?}", start.elapsed());
    let mut alignments = Vec::new();
    for &(s, t) in &pairs {
        let start = Instant::now();
        let found =
            align_if_translation_with((&analyses[s], &features[s]), (&analyses[t], &features[t]));
        eprintln!(
            "align {} {}: {} in {:?}",
            analyses[s].file,
            analyses[t].file,
            found.is_some(),
            start.elapsed()
        );
        alignments.extend(found);
    }
    let start = Instant::now();
    let copies = analyses.iter().map(|a| a.as_ref().clone()).collect();
    let analysis = link_with(copies, alignments);
    eprintln!("link_with: {:?}", start.elapsed());
    let start = Instant::now();
    let views = views_of(&analysis);
    eprintln!("views_of: {:?}", start.elapsed());
    if let Ok(path) = std::env::var("JOB_OUT") {
        let json = serde_json::json!({ "analysis": analysis, "views": views });
        std::fs::write(path, json.to_string()).expect("a writable file");
    }
    let start = Instant::now();
    let texts: Vec<&str> = articles.iter().map(|(_, t)| t.as_str()).collect();
    let replies = lean_result(1, analysis, views, &texts);
    let bytes: usize = replies.iter().map(|r| encode(r).len()).sum();
    eprintln!(
        "lean messages: {} ({bytes} bytes) in {:?}",
        replies.len(),
        start.elapsed()
    );
}
