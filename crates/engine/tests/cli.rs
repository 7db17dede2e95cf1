//! The `parallax` command line as a user meets it: real files, real exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("the parallax binary runs")
}

fn seed(name: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    root.join(name).to_string_lossy().into_owned()
}

fn scratch(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write scratch file");
    path.to_string_lossy().into_owned()
}

#[test]
fn analyze_prints_the_schema_for_the_seeds() {
    let out = parallax(&[
        "analyze",
        &seed("000_83485029acf59cfb.txt"),
        &seed("003_e7624ea9e8843c03.txt"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["file"], "000_83485029acf59cfb.txt");
    assert_eq!(articles[0]["lang"], "fr");
    assert_eq!(articles[0]["date"], "2023-08");
    assert_eq!(articles[1]["lang"], "en");
    assert_eq!(articles[1]["source"], "RT News");
    for article in articles {
        assert!(!article["sentences"]
            .as_array()
            .expect("sentences")
            .is_empty());
        for key in ["entities", "claims", "title"] {
            assert!(article.get(key).is_some(), "key {key} is present");
        }
    }
    assert!(json["alignments"].is_array());
}

#[test]
fn bad_files_get_one_line_naming_them_and_status_2() {
    let missing = "/no/such/article.txt".to_string();
    let dir = std::env::temp_dir().to_string_lossy().into_owned();
    let binary = scratch("binary.txt", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2]);
    let latin1 = scratch("latin1.txt", b"Le minist\xe8re a d\xe9clar\xe9.");
    for path in [&missing, &dir, &binary, &latin1] {
        let out = parallax(&["analyze", &seed("002_f5e50ea9a2381cfb.txt"), path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.contains(path.as_str()), "names the file: {err}");
        assert!(out.stdout.is_empty(), "no partial JSON on stdout");
    }
}

#[test]
fn help_and_usage() {
    let out = parallax(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("analyze FILE"));
    let out = parallax(&[]);
    assert_eq!(out.status.code(), Some(2));
}

fn all_seeds() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut seeds: Vec<String> = std::fs::read_dir(&root)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    seeds.sort();
    seeds
}

/// `parallax claims seeds/*.txt --format csv`, read back by Python's `csv` module (an
/// independent RFC 4180 reader): the header, ten fields a row, translations on one row.
#[test]
fn claims_csv_reads_back_with_a_real_csv_reader() {
    let mut args = vec!["claims".to_string()];
    args.extend(all_seeds());
    args.extend(["--format".to_string(), "csv".to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = parallax(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        out.stdout,
        parallax(&args[..args.len() - 2]).stdout,
        "csv is the default"
    );
    let csv = scratch("claims.csv", &out.stdout);
    let reader = r#"
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
"#;
    let python = Command::new("python3")
        .args(["-c", reader, &csv])
        .output()
        .expect("python3 runs");
    assert!(
        python.status.success(),
        "{}",
        String::from_utf8_lossy(&python.stderr)
    );
    let rows: Vec<Vec<String>> = serde_json::from_slice(&python.stdout).expect("rows");
    assert_eq!(
        rows[0].join(","),
        "event,event_title,speaker_id,speaker,stance,target_id,target,french,english,link"
    );
    assert!(rows.len() > 10, "{} rows", rows.len());
    for row in &rows {
        assert_eq!(row.len(), 10, "{row:?}");
    }
    let body = &rows[1..];
    assert!(
        body.iter().any(|r| !r[7].is_empty() && !r[8].is_empty()),
        "some claim has its French and English sentences on one row"
    );
    for r in body {
        assert!(!r[7].is_empty() || !r[8].is_empty(), "{r:?}");
        assert!(!r[1].contains('_'), "readable event title: {r:?}");
        assert!(
            r[9].starts_with("#/pair/") || r[9].starts_with("#/article/"),
            "{r:?}"
        );
        assert!(r[3] != "speaker unknown" || r[2].is_empty(), "{r:?}");
    }
    // A sentence quoting with commas is quoted, not split.
    assert!(body
        .iter()
        .any(|r| r[7].contains(',') || r[8].contains(',')));
}

#[test]
fn claims_markdown_is_one_table_with_ten_columns() {
    let out = parallax(&[
        "claims",
        &seed("002_f5e50ea9a2381cfb.txt"),
        "--format",
        "md",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("| event | event_title |"));
    assert_eq!(lines[1], format!("|{}", " --- |".repeat(10)));
    for line in &lines {
        let borders = line
            .replace("\\\\", "")
            .replace("\\|", "")
            .matches('|')
            .count();
        assert_eq!(borders, 11, "{line}");
    }
}

#[test]
fn claims_usage_errors_get_one_line_and_status_2() {
    let one = seed("002_f5e50ea9a2381cfb.txt");
    for args in [
        vec!["claims"],
        vec!["claims", &one, "--format", "xml"],
        vec!["claims", &one, "--format"],
        vec!["claims", "/no/such/article.txt"],
    ] {
        let out = parallax(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(out.stdout.is_empty(), "nothing on stdout");
    }
    let help = parallax(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("claims FILE... [--format csv|md]"));
}
