//! The build's analysis of the bundled articles: the engine runs here, natively, over
//! `seeds/*.txt` (in file-name order, the library's order) and writes the linked analysis and
//! what the views show beyond it (claims across languages, display names, titles, the knowledge
//! base's entries: `views_of`) to `$OUT_DIR/seeds.bin`, which `src/seeds.rs` compiles in. They
//! are written as the worker would send them (`parallax_worker::lean_result`: offsets into the
//! texts rather than copies, in postcard's binary form), so the app reads them with the same
//! `Assembler` and links no other reader. The app's first view analyses nothing.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    let mut files: Vec<_> = std::fs::read_dir("seeds")
        .expect("seeds/ is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|path| {
            let name = path.file_name().expect("a file name");
            let text = std::fs::read_to_string(path).expect("a seed is UTF-8 text");
            (name.to_string_lossy().into_owned(), text)
        })
        .collect();
    let inputs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(file, text)| (file.as_str(), text.as_str()))
        .collect();
    let analysis = parallax_engine::analyze_corpus(&inputs);
    let views = parallax_engine::views_of(&analysis);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let texts: Vec<&str> = inputs.iter().map(|(_, text)| *text).collect();
    let replies = parallax_worker::lean_result(0, analysis, views, &texts);
    std::fs::write(
        Path::new(&out).join("seeds.bin"),
        parallax_worker::encode(&replies),
    )
    .expect("OUT_DIR is writable");
}
