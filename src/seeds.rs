//! The articles bundled into the app, compiled in (the app never fetches anything), and their
//! analysis and views, made by the engine when the app is built (`build.rs`): the first view
//! reads them and runs no analysis.

use parallax_engine::{Analysis, Views};
use parallax_worker::wire::read_replies;
use parallax_worker::{Assembler, Reply};

/// `(file name, text)` of each bundled article, in library order (file-name order, as
/// `build.rs` analyses them).
pub const SEEDS: [(&str, &str); 3] = [
    (
        "000_83485029acf59cfb.txt",
        include_str!("../seeds/000_83485029acf59cfb.txt"),
    ),
    (
        "002_f5e50ea9a2381cfb.txt",
        include_str!("../seeds/002_f5e50ea9a2381cfb.txt"),
    ),
    (
        "003_e7624ea9e8843c03.txt",
        include_str!("../seeds/003_e7624ea9e8843c03.txt"),
    ),
];

/// The engine's linked analysis of [`SEEDS`] (`analyze_corpus`) and its views (`views_of`), as
/// `build.rs` wrote them: the worker's result messages for them (job 0).
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/seeds.bin"));

/// The analysis of the bundled articles and its views, read from what the build computed.
pub fn bundled() -> (Analysis, Views) {
    // The build wrote these bytes from the same types a moment ago; the tests below read them.
    // (Display, not `expect`'s Debug: the app's wasm then carries no string escaping for it.)
    let replies = read_replies(BUNDLE)
        .unwrap_or_else(|e| panic!("the build's result for the seeds reads back: {e}"));
    let mut assembler = Assembler::default();
    assembler.expect(0, SEEDS.iter().map(|(_, text)| text.to_string()).collect());
    replies
        .into_iter()
        .find_map(|reply| match assembler.hear(reply) {
            Some(Reply::Done {
                analysis, views, ..
            }) => Some((analysis, views)),
            _ => None,
        })
        .expect("the build's result for the seeds is whole")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_analysed_every_seed_in_library_order() {
        let (analysis, _) = bundled();
        let files: Vec<&str> = analysis.articles.iter().map(|a| a.file.as_str()).collect();
        let seeds: Vec<&str> = SEEDS.iter().map(|(file, _)| *file).collect();
        assert_eq!(files, seeds);
        assert!(!analysis.alignments.is_empty(), "000 and 003 are aligned");
    }

    #[test]
    fn the_build_analysis_is_what_the_engine_gives_now() {
        let now = parallax_engine::analyze_corpus(&SEEDS);
        let (built, views) = bundled();
        assert_eq!(
            serde_json::to_string(&built).unwrap(),
            serde_json::to_string(&now).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&views).unwrap(),
            serde_json::to_string(&parallax_engine::views_of(&now)).unwrap()
        );
    }
}
