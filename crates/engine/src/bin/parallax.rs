//! `parallax`: the engine's command line. Prints the analysis JSON of articles.

use parallax_engine::intake::{self, Rejection};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
parallax: analyse news articles about cyberattacks (French or English)

USAGE:
    parallax analyze FILE...      print the analysis of the files as one JSON document
    parallax annotations FILE...  print the same as W3C Web Annotations (JSON-LD)
    parallax --help            print this help

Each FILE is a UTF-8 text file holding one article. The JSON lists, per
article, its language, headline, date, source, sentences, entity mentions
and claims, and the sentence alignments of the articles that translate each
other. Offsets are in chars (Unicode scalar values).

Exit status: 0 on success, 2 when a file cannot be read as UTF-8 text (one
line on stderr names it).";

/// Largest file accepted, so a mistaken argument cannot exhaust memory.
const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") | Some("analyse") if args.len() > 1 => analyze(&args[1..], Format::Schema),
        Some("annotations") if args.len() > 1 => analyze(&args[1..], Format::WebAnnotations),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("parallax: expected `analyze FILE...` or `annotations FILE...`; see `parallax --help`");
            ExitCode::from(2)
        }
    }
}

/// What `analyze` prints.
enum Format {
    /// The analysis JSON of the evaluation's SCHEMA.md.
    Schema,
    /// W3C Web Annotations (JSON-LD).
    WebAnnotations,
}

fn analyze(paths: &[String], format: Format) -> ExitCode {
    let mut inputs = Vec::new();
    for path in paths {
        match read_article(Path::new(path)) {
            Ok(text) => inputs.push((file_name(path), text)),
            Err(why) => {
                eprintln!("parallax: {path}: {why}");
                return ExitCode::from(2);
            }
        }
    }
    let refs: Vec<(&str, &str)> = inputs
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    let analysis = parallax_engine::analyze_corpus(&refs);
    let texts: Vec<&str> = inputs.iter().map(|(_, t)| t.as_str()).collect();
    match format {
        Format::Schema => println!("{}", parallax_engine::json::to_json(&analysis)),
        Format::WebAnnotations => println!(
            "{}",
            parallax_engine::webanno::to_web_annotations(&analysis, &texts)
        ),
    }
    ExitCode::SUCCESS
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Read a file as article text, or say in a few words why it cannot be one.
fn read_article(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        _ => format!("cannot read: {e}"),
    })?;
    if meta.is_dir() {
        return Err("is a directory, not a text file".into());
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(Rejection::TooLarge {
            bytes: usize::try_from(meta.len()).unwrap_or(usize::MAX),
            limit: MAX_FILE_BYTES,
        }
        .to_string());
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    match intake::accept(&bytes, MAX_FILE_BYTES) {
        Ok(text) => Ok(text.to_string()),
        // An empty file is an empty article (the JSON says so), not an error.
        Err(Rejection::Empty) => Ok(String::new()),
        Err(why) => Err(why.to_string()),
    }
}
