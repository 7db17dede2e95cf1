//! `parallax`: the engine's command line. Prints the analysis JSON of articles, their Web
//! Annotations or their claims as a table (CSV or Markdown).

use parallax_engine::claims_table;
use parallax_engine::intake::{self, Rejection};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
parallax: analyse news articles about cyberattacks (French or English)

USAGE:
    parallax analyze FILE...      print the analysis of the files as one JSON document
    parallax annotations FILE...  print the same as W3C Web Annotations (JSON-LD)
    parallax claims FILE... [--format csv|md]
                                  print the claims as a table: CSV (the default) or Markdown
    parallax --help               print this help

Each FILE is a UTF-8 text file holding one article. The JSON lists, per
article, its language, headline, date, source, sentences, entity mentions
and claims, and the sentence alignments of the articles that translate each
other. Offsets are in chars (Unicode scalar values).

The claims table (CSV per RFC 4180, UTF-8; or a GitHub Markdown table) has
the columns event, event_title, speaker_id, speaker, stance, target_id,
target, french, english, link: one row per claim, a claim and its
translation on one row (the French sentence under french, the English one
under english), `speaker unknown` where no speaker was found, and the
reader app's link to the sentence (#/pair/<fr>/<en>/<row> or
#/article/<stem>/<sentence>).

Exit status: 0 on success, 2 on a usage error or when a file cannot be read
as UTF-8 text (one line on stderr names it).";

/// Largest file accepted, so a mistaken argument cannot exhaust memory.
const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") | Some("analyse") if args.len() > 1 => run(&args[1..], Format::Schema),
        Some("annotations") if args.len() > 1 => run(&args[1..], Format::WebAnnotations),
        Some("claims") => claims_format(&args[1..]).and_then(|(files, format)| run(&files, format)),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(
            "expected `analyze FILE...`, `annotations FILE...` or `claims FILE...`; see `parallax --help`"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("parallax: {why}");
            ExitCode::from(2)
        }
    }
}

/// What a subcommand prints.
enum Format {
    /// The analysis JSON of the evaluation's SCHEMA.md.
    Schema,
    /// W3C Web Annotations (JSON-LD).
    WebAnnotations,
    /// The claims table as CSV.
    ClaimsCsv,
    /// The claims table as Markdown.
    ClaimsMarkdown,
}

/// The files and the format of `claims FILE... [--format csv|md]`.
fn claims_format(args: &[String]) -> Result<(Vec<String>, Format), String> {
    let mut files = Vec::new();
    let mut format = Format::ClaimsCsv;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--format") {
            Some("") => args.next().map(String::as_str),
            Some(rest) if rest.starts_with('=') => Some(&rest[1..]),
            _ => {
                files.push(arg.clone());
                continue;
            }
        };
        format = match value {
            Some("csv") => Format::ClaimsCsv,
            Some("md") | Some("markdown") => Format::ClaimsMarkdown,
            Some(other) => return Err(format!("unknown format `{other}`: expected csv or md")),
            None => return Err("--format needs a value: csv or md".to_string()),
        };
    }
    if files.is_empty() {
        return Err("expected `claims FILE... [--format csv|md]`; see `parallax --help`".into());
    }
    Ok((files, format))
}

/// Read the files, analyse them together and print them in `format`; a file that cannot be
/// read stops everything before anything is printed.
fn run(paths: &[String], format: Format) -> Result<(), String> {
    let mut inputs = Vec::new();
    for path in paths {
        let text = read_article(Path::new(path)).map_err(|why| format!("{path}: {why}"))?;
        inputs.push((file_name(path), text));
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
        Format::ClaimsCsv => print!("{}", claims_table::to_csv(&analysis)),
        Format::ClaimsMarkdown => print!("{}", claims_table::to_markdown(&analysis)),
    }
    Ok(())
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
