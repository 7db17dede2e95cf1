//! The build's analysis of the bundled articles: the engine runs here, natively, over
//! `seeds/*.txt` (in file-name order, the library's order) and writes the linked analysis to
//! `$OUT_DIR/seeds_analysis.bin`, and what the views show beyond it (claims across languages,
//! display names, titles, the knowledge base's entries: `views_of`) to
//! `$OUT_DIR/seeds_views.bin`, which `src/seeds.rs` compiles in. Both are in the wire form of
//! the worker's messages (postcard, `parallax_worker::decode` reads them): a fraction of the
//! JSON's size, and the app links no JSON reader. The app's first view reads them and
//! analyses nothing.

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
    let write = |name: &str, bytes: Vec<u8>| {
        std::fs::write(Path::new(&out).join(name), bytes).expect("OUT_DIR is writable");
    };
    write(
        "seeds_analysis.bin",
        postcard::to_allocvec(&analysis).expect("an analysis serialises"),
    );
    write(
        "seeds_views.bin",
        postcard::to_allocvec(&views).expect("views serialise"),
    );
}
