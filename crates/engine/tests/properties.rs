//! Property tests: whatever the text, the analysis is well-formed and deterministic.
//!
//! Guards the invariants of ARCHITECTURE.md: no panic; every span lies inside the
//! text and its `text` field is exactly that slice; sentences and mentions are
//! sorted and do not overlap; claims and alignments point at existing sentences;
//! identical input gives identical output.

mod seeds;
use parallax_engine::{analyze_article, analyze_corpus, json::to_json, ArticleAnalysis, Span};
use proptest::prelude::*;
use seeds::SEEDS;

fn assert_well_formed(text: &str, a: &ArticleAnalysis) {
    let index = parallax_engine::Text::new(text);
    let slice = |start: usize, end: usize| index.slice(Span::new(start, end)).to_string();
    let len = index.char_len();
    assert_eq!(a.char_len, len);
    let mut previous = Span::default();
    for p in &a.paragraphs {
        assert!(
            p.start <= p.end && p.end <= len,
            "paragraph {p:?} outside 0..{len}"
        );
        assert!(
            p.start >= previous.end,
            "paragraphs overlap: {previous:?} {p:?}"
        );
        previous = p.span();
    }
    let mut previous_end = 0;
    for s in &a.sentences {
        assert!(
            s.start < s.end && s.end <= len,
            "sentence {s:?} outside 0..{len}"
        );
        assert!(s.start >= previous_end, "sentences overlap or are unsorted");
        assert_eq!(slice(s.start, s.end), s.text);
        assert!(s.paragraph < a.paragraphs.len());
        previous_end = s.end;
    }
    let mut previous_end = 0;
    for m in &a.entities {
        assert!(
            m.start < m.end && m.end <= len,
            "mention {m:?} outside 0..{len}"
        );
        assert!(
            m.start >= previous_end,
            "mentions overlap or are unsorted: {m:?}"
        );
        assert_eq!(slice(m.start, m.end), m.text);
        assert!(
            !m.id.is_empty()
                && m.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "id {:?} is not a lowercase ASCII slug",
            m.id
        );
        previous_end = m.end;
    }
    for c in &a.claims {
        assert!(c.sentence < a.sentences.len());
        assert_eq!(c.text, a.sentences[c.sentence].text);
        if let Some(cue) = &c.cue {
            assert!(cue.start < cue.end && cue.end <= len);
            assert_eq!(slice(cue.start, cue.end), cue.text);
        }
    }
}

/// Text that looks like news: words, names, quotes, stops, numbers, newlines, odd characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Le ministère chinois des Affaires étrangères a déclaré ".to_string()),
        Just("The NSA said ".to_string()),
        Just("« Non. » ".to_string()),
        Just("“No.” ".to_string()),
        Just("M. YOSHIDA Tomoyuki, ".to_string()),
        Just("Mao Ning. ".to_string()),
        Just("en 2015 ".to_string()),
        Just("l’automne 2020 ".to_string()),
        Just("APT40 ".to_string()),
        Just("date 2023-08 ".to_string()),
        Just("(Source: RT News)\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("U.S. ".to_string()),
        "[a-zA-Zéèàç’' ]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_a_well_formed_analysis(text in any::<String>()) {
        let a = analyze_article("x.txt", &text);
        assert_well_formed(&text, &a);
    }

    #[test]
    fn newsish_text_gives_a_well_formed_deterministic_analysis(text in newsish()) {
        let a = analyze_article("x.txt", &text);
        assert_well_formed(&text, &a);
        let once = to_json(&analyze_corpus(&[("a.txt", &text), ("b.txt", &text)]));
        let twice = to_json(&analyze_corpus(&[("a.txt", &text), ("b.txt", &text)]));
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn a_char_cursor_slices_as_slice_chars_does(
        text in newsish(),
        cuts in prop::collection::vec((0usize..60, 0usize..60), 0..12),
    ) {
        use parallax_engine::text::{slice_chars, CharCursor};
        let mut cursor = CharCursor::new(&text);
        // In any order: ascending offsets walk on, a smaller one walks again from the start.
        for (a, b) in cuts {
            let span = Span::new(a, b);
            prop_assert_eq!(cursor.slice(span), slice_chars(&text, span));
        }
    }

    #[test]
    fn lossy_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let a = analyze_article("x.txt", &text);
        assert_well_formed(&text, &a);
    }
}

#[test]
fn seeds_are_well_formed_and_aligned_indexes_exist() {
    let analysis = analyze_corpus(&SEEDS);
    for (a, (_, text)) in analysis.articles.iter().zip(SEEDS) {
        assert_well_formed(text, a);
    }
    for al in &analysis.alignments {
        let find = |file: &str| analysis.articles.iter().find(|a| a.file == file);
        let (Some(src), Some(tgt)) = (find(&al.source), find(&al.target)) else {
            panic!("alignment names an article that was not analysed: {al:?}");
        };
        for p in &al.pairs {
            assert!(p.source.iter().all(|&i| i < src.sentences.len()));
            assert!(p.target.iter().all(|&i| i < tgt.sentences.len()));
        }
    }
}

#[test]
fn a_huge_single_line_is_analysed() {
    let text = "Le Japon condamne la Chine. ".repeat(20_000);
    let a = analyze_article("big.txt", &text);
    assert_eq!(a.sentences.len(), 20_000);
    assert_well_formed(&text, &a);
}

/// Every input the fuzzer kept (its seed corpus and any crash reproducer saved in
/// `fuzz/regressions/`) stays a regression test here, natively and in seconds.
#[test]
fn fuzz_corpus_and_regressions_are_well_formed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut seen = 0;
    for dir in ["corpus/analyze", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            assert_well_formed(&text, &analyze_article("fuzz.txt", &text));
            seen += 1;
        }
    }
    assert!(seen > 0, "the fuzz corpus is in the repository");
}
