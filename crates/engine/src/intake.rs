//! Bytes a reader hands over (a dropped file, pasted text, a command-line argument) → article
//! text, or a plain reason why they cannot be one.
//!
//! The engine itself copes with any string; this gate is about the reader: a PNG dropped by
//! mistake or a file saved in Windows-1252 deserves a message that says so, not an "article" of
//! garbage. Text that carries HTML or script is accepted (it is shown as text, never run), with a
//! note saying so.

use std::fmt;

/// Why some bytes are not taken as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// Nothing but white space.
    Empty,
    /// More bytes than the limit.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// NUL bytes or many control characters: an image, an archive, a word-processor file…
    Binary,
    /// UTF-16 text (it starts with a UTF-16 byte-order mark).
    Utf16,
    /// Not valid UTF-8: the first bad byte's offset.
    NotUtf8 {
        /// Offset of the first byte that is not UTF-8.
        offset: usize,
    },
}

impl Rejection {
    /// What is wrong with the file, to follow its name ("… is empty: …"). Its `Display` too;
    /// joined without `format!`, so that the page's wasm links no formatting machinery.
    pub fn reason(&self) -> String {
        match self {
            Rejection::Empty => "is empty: there is no text to analyse".to_string(),
            Rejection::TooLarge { bytes, limit } => {
                "is too large (".to_string()
                    + &human_bytes(*bytes)
                    + "; the limit is "
                    + &human_bytes(*limit)
                    + ")"
            }
            Rejection::Binary => "looks binary (it holds NUL bytes or control characters), not text: save the article as plain text (.txt)".to_string(),
            Rejection::Utf16 => {
                "is UTF-16 text; save it as UTF-8 text and add it again".to_string()
            }
            Rejection::NotUtf8 { offset } => {
                "is not valid UTF-8 (bad byte at offset ".to_string()
                    + &offset.to_string()
                    + "); save it as UTF-8 text and add it again"
            }
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason())
    }
}

/// `1.2 MB`, `800 KB`, `12 bytes` (1 KB = 1000 bytes).
pub fn human_bytes(bytes: usize) -> String {
    match bytes {
        // Joined without `format!`: the page's wasm then links no formatting machinery.
        0..=999 => bytes.to_string() + " bytes",
        1_000..=999_999 => (bytes / 1_000).to_string() + " KB",
        // Integer tenths, not `{:.1}` on a float: formatting a float pulls ~11 KB of code into
        // the wasm. Halves round up (the float form rounded an exact half to even).
        _ => {
            let tenths = bytes / 100_000 + usize::from(bytes % 100_000 >= 50_000);
            (tenths / 10).to_string() + "." + &(tenths % 10).to_string() + " MB"
        }
    }
}

/// The article text in `bytes`, without a UTF-8 byte-order mark, or why there is none.
///
/// Checked in this order: size, UTF-16 mark, binary content, UTF-8, emptiness.
pub fn accept(bytes: &[u8], limit: usize) -> Result<&str, Rejection> {
    if bytes.len() > limit {
        return Err(Rejection::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Rejection::Utf16);
    }
    if looks_binary(bytes) {
        return Err(Rejection::Binary);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| Rejection::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    Ok(text)
}

/// A NUL byte anywhere, or more than one control byte in a hundred (tab, line feed, form feed
/// and carriage return excepted): text editors write neither.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let control = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    control * 100 > bytes.len()
}

/// Markup a reader should know is in the text (it is shown as text and never run):
/// the kinds found, e.g. `["<script>", "event handler"]`, empty for ordinary prose.
pub fn markup_in(text: &str) -> Vec<&'static str> {
    // Markup is ASCII: Unicode lowercasing would find nothing more (and would cost the app's
    // wasm its case tables). One pass over the bytes, each kind looked for where it could
    // start, rather than a substring search per kind: the app's wasm then carries no
    // substring searcher (the Two-Way algorithm's code) for this alone.
    let lower = text.as_bytes().to_ascii_lowercase();
    let mut seen = [false; MARKUP.len()];
    let mut handler = false;
    for at in 0..lower.len() {
        let rest = &lower[at..];
        for (seen, (start, _)) in seen.iter_mut().zip(MARKUP) {
            *seen |= rest.starts_with(start);
        }
        handler |= rest.first() == Some(&b' ') && event_handler_at(&rest[1..]);
    }
    let mut found: Vec<&'static str> = MARKUP
        .iter()
        .zip(seen)
        .filter_map(|(&(_, what), seen)| seen.then_some(what))
        .collect();
    if handler {
        found.push("event handler");
    }
    found
}

/// What [`markup_in`] looks for besides event handlers, in the order it names them: how each
/// starts (lowercase) and its name.
const MARKUP: [(&[u8], &str); 6] = [
    (b"<script", "<script>"),
    (b"<iframe", "<iframe>"),
    (b"<img", "<img>"),
    (b"<svg", "<svg>"),
    (b"<a ", "<a> link"),
    (b"javascript:", "javascript: link"),
];

/// `onerror=`, `onload =`…: at the start of `rest` (lowercase, after a space), an `on` word
/// directly followed by `=`.
fn event_handler_at(rest: &[u8]) -> bool {
    let Some(name) = rest.strip_prefix(b"on") else {
        return false;
    };
    let name_len = name.iter().take_while(|b| b.is_ascii_lowercase()).count();
    name_len >= 3 && name[name_len..].trim_ascii_start().starts_with(b"=")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 1_000;

    #[test]
    fn megabytes_to_one_decimal() {
        for bytes in [
            1_000_000,
            1_049_999,
            1_234_567,
            9_990_000,
            12_345_678,
            999_999_999,
        ] {
            assert_eq!(human_bytes(bytes), format!("{:.1} MB", bytes as f64 / 1e6));
        }
        assert_eq!(human_bytes(1_050_000), "1.1 MB");
    }

    #[test]
    fn plain_text_is_accepted_and_a_utf8_mark_dropped() {
        assert_eq!(accept(b"Hello.", LIMIT), Ok("Hello."));
        assert_eq!(accept(b"\xEF\xBB\xBFBonjour.", LIMIT), Ok("Bonjour."));
        assert_eq!(
            accept("Pékin\r\n\tnie.".as_bytes(), LIMIT),
            Ok("Pékin\r\n\tnie.")
        );
    }

    #[test]
    fn each_kind_of_bad_input_has_its_reason() {
        assert_eq!(accept(b"", LIMIT), Err(Rejection::Empty));
        assert_eq!(accept(b" \n\t ", LIMIT), Err(Rejection::Empty));
        assert_eq!(
            accept(&[b'a'; 1_001], LIMIT),
            Err(Rejection::TooLarge {
                bytes: 1_001,
                limit: LIMIT
            })
        );
        assert_eq!(
            accept(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", LIMIT),
            Err(Rejection::Binary)
        );
        assert_eq!(accept(b"\xFF\xFEH\0i\0", LIMIT), Err(Rejection::Utf16));
        assert_eq!(
            accept(b"caf\xE9 noir", LIMIT),
            Err(Rejection::NotUtf8 { offset: 3 })
        );
        assert!(Rejection::Binary.to_string().contains("binary"));
        assert!(Rejection::NotUtf8 { offset: 3 }
            .to_string()
            .contains("offset 3"));
    }

    #[test]
    fn markup_is_named_and_prose_is_not() {
        let hostile = r#"Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>"#;
        assert_eq!(
            markup_in(hostile),
            vec![
                "<script>",
                "<img>",
                "<a> link",
                "javascript: link",
                "event handler"
            ]
        );
        assert!(markup_in("Moscou a démenti toute implication, selon l'agence.").is_empty());
        assert!(markup_in("Ils ont agi on the record = a fait").is_empty());
        // Upper case, at the very end, a handler with spaces before its `=`.
        assert_eq!(markup_in("Voir <SVG"), vec!["<svg>"]);
        assert_eq!(markup_in("x ONCLICK \t= y"), vec!["event handler"]);
        assert!(markup_in("x on").is_empty() && markup_in("<").is_empty());
    }

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        assert_eq!(human_bytes(12), "12 bytes");
        assert_eq!(human_bytes(800_000), "800 KB");
        assert_eq!(human_bytes(1_200_000), "1.2 MB");
    }
}
