//! Fuzz target: any bytes, decoded lossily as the app does, then split into two
//! articles and analysed as a corpus. The engine must not panic, and every span
//! must lie inside its text on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::{analyze_corpus, Span, Text};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cut = text
        .char_indices()
        .map(|(b, _)| b)
        .nth(text.chars().count() / 2)
        .unwrap_or(text.len());
    let (a, b) = text.split_at(cut);
    let analysis = analyze_corpus(&[("a.txt", a), ("b.txt", b)]);
    for (article, raw) in analysis.articles.iter().zip([a, b]) {
        let index = Text::new(raw);
        for s in &article.sentences {
            assert!(s.start < s.end && s.end <= index.char_len());
            assert_eq!(index.slice(Span::new(s.start, s.end)), s.text);
        }
        for m in &article.entities {
            assert!(m.start < m.end && m.end <= index.char_len());
            assert_eq!(index.slice(Span::new(m.start, m.end)), m.text);
        }
    }
});
