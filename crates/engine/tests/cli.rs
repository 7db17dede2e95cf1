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
