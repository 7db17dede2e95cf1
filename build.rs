//! The build's analysis of the bundled articles: the engine runs here, natively, over
//! `seeds/*.txt` (in file-name order, the library's order) and writes the linked analysis as
//! JSON to `$OUT_DIR/seeds_analysis.json`, which `src/seeds.rs` compiles in. The app's first
//! view reads it and analyses nothing.

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
    let json = serde_json::to_string(&analysis).expect("an analysis serialises");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("seeds_analysis.json"), json).expect("OUT_DIR is writable");
}
