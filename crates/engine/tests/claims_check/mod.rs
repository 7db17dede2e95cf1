//! The `check` helper shared by the claim tests: analyse a text and compare its
//! claims, as `debug::claims_lines` renders them, with the expected lines.
// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use parallax_engine::{analyze_article, debug, ArticleAnalysis};

/// Whether a rendered line matches an expected one; `_` (or `(_)`, `[_]`) stands
/// for any one word.
fn line_matches(got: &str, want: &str) -> bool {
    let (g, w): (Vec<&str>, Vec<&str>) = (
        got.split_whitespace().collect(),
        want.split_whitespace().collect(),
    );
    let any = |w: &str| w.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']')) == "_";
    g.len() == w.len() && g.iter().zip(&w).all(|(g, w)| any(w) || g == w)
}

pub fn render_sentences(a: &ArticleAnalysis) -> String {
    a.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| format!("  {i}: {}\n", s.text))
        .collect()
}

/// `check` each (input, expected) pair in turn.
#[allow(dead_code)]
pub fn check_each(cases: &[(&str, &str)]) {
    for (input, expected) in cases {
        check(input, expected);
    }
}

/// Analyse `input` and compare its claims, as `debug::claims_lines` renders them
/// (`#sentence Stance speaker -> target (about) [cue]`), with `expected`.
pub fn check(input: &str, expected: &str) {
    let analysis = analyze_article("test.txt", input);
    let got = debug::claims_lines(&analysis);
    let got_lines: Vec<&str> = got.lines().collect();
    let want_lines: Vec<&str> = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let same = got_lines.len() == want_lines.len()
        && got_lines
            .iter()
            .zip(&want_lines)
            .all(|(g, w)| line_matches(g, w));
    assert!(
        same,
        "claims differ\n--- expected\n{}\n--- got\n{got}--- sentences\n{}",
        want_lines.join("\n"),
        render_sentences(&analysis)
    );
}
