//! The text of an article and conversions between byte and char offsets.
//!
//! Internally the engine scans bytes (fast, and what `str` slicing needs);
//! every span it publishes is in chars, the unit the analysis JSON and the UI
//! use. `Text` keeps one table so each conversion is O(1) or O(log n).

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// `s.to_lowercase()`, borrowing `s` when lowercasing changes nothing (most words):
/// the word scans lowercase every token, and an allocation per word adds up.
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    if s.chars().all(unchanged) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// `s.to_lowercase()`, ASCII chars lowercased byte by byte: the same string, made faster
/// for the long lines the noise rules lowercase whole (std's fast path stops at the first
/// accent). A capital sigma, whose lowercase depends on the letters around it, is left to std.
pub(crate) fn to_lowercase(s: &str) -> String {
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A half-open range `[start, end)` of char offsets into an article's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// First char of the span.
    pub start: usize,
    /// One past the last char of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (char offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of chars in the span.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// An article's text with a byte-offset table for each char.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The original text, unchanged.
    pub raw: &'a str,
    /// `char_starts[i]` is the byte offset of char `i`; one extra entry holds `raw.len()`.
    char_starts: Vec<usize>,
}

impl<'a> Text<'a> {
    /// Index a text.
    pub fn new(raw: &'a str) -> Self {
        // One entry per char and one more: at most one per byte, so one allocation.
        let mut char_starts: Vec<usize> = Vec::with_capacity(raw.len() + 1);
        // A char starts at every byte that does not continue one (UTF-8's 10xxxxxx): the
        // starts `char_indices` gives, read without decoding.
        char_starts.extend(
            raw.bytes()
                .enumerate()
                .filter(|&(_, b)| b & 0xC0 != 0x80)
                .map(|(i, _)| i),
        );
        char_starts.push(raw.len());
        Text { raw, char_starts }
    }

    /// Number of chars.
    pub fn char_len(&self) -> usize {
        self.char_starts.len() - 1
    }

    /// Byte offset of char offset `c` (clamped to the end).
    pub fn byte_of(&self, c: usize) -> usize {
        self.char_starts[c.min(self.char_len())]
    }

    /// Char offset of byte offset `b`; a byte inside a char maps to that char's start.
    pub fn char_of(&self, b: usize) -> usize {
        match self.char_starts.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Char span of a byte range.
    pub fn span_of_bytes(&self, start: usize, end: usize) -> Span {
        Span::new(self.char_of(start), self.char_of(end))
    }

    /// Byte range of a char span.
    pub fn bytes_of(&self, span: Span) -> std::ops::Range<usize> {
        self.byte_of(span.start)..self.byte_of(span.end.max(span.start))
    }

    /// The text of a char span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.raw[self.bytes_of(span)]
    }
}

/// Char offsets turned into byte offsets in one forward walk: for offsets asked in ascending
/// order (a sentence's segments, an article's blocks) each char is stepped over once, where
/// [`slice_chars`] walks from the string's start every time and [`Text`] tables every char.
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    text: &'a str,
    /// Chars stepped over so far.
    chars: usize,
    /// Their length in bytes.
    byte: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCursor {
            text,
            chars: 0,
            byte: 0,
        }
    }

    /// Byte offset of char offset `c` (clamped to the end). An offset before the last one
    /// asked walks back to it, or again from the start when that is nearer.
    pub fn byte_of(&mut self, c: usize) -> usize {
        let bytes = self.text.as_bytes();
        if c < self.chars.saturating_sub(c) {
            (self.chars, self.byte) = (0, 0);
        }
        while self.chars > c {
            // Back over one char: its continuation bytes are 0b10xxxxxx.
            self.byte -= 1;
            while self.byte > 0 && bytes[self.byte] & 0xC0 == 0x80 {
                self.byte -= 1;
            }
            self.chars -= 1;
        }
        // A `str` is valid UTF-8: a char's first byte says its length, nothing to decode.
        while self.chars < c {
            let Some(&first) = bytes.get(self.byte) else {
                break;
            };
            self.byte += match first {
                0..0x80 => 1,
                0x80..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            self.chars += 1;
        }
        self.byte
    }

    /// The text of a char span, as [`slice_chars`] gives it.
    pub fn slice(&mut self, span: Span) -> &'a str {
        let start = self.byte_of(span.start);
        let end = self.byte_of(span.end.max(span.start));
        &self.text[start..end]
    }
}

/// Take a char-offset slice of any string, clamping out-of-range offsets.
pub fn slice_chars(s: &str, span: Span) -> &str {
    let mut it = s
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()));
    let start = it.nth(span.start).unwrap_or(s.len());
    let end = if span.end > span.start {
        it.nth(span.end - span.start - 1).unwrap_or(s.len())
    } else {
        start
    };
    &s[start..end]
}

/// A word as it may be written: lowercase, capitalised, all capitals. Word sets
/// hold every form, so that lookups need no lowercasing of the text.
pub fn case_forms(word: &str) -> [String; 3] {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    let capitalised = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    [lower, capitalised, word.to_uppercase()]
}

/// A set of bytes, one bit each: a quick "cannot be there" before a costlier search (a
/// word opening with no first byte of a word list is in none of its entries; a marker
/// with a byte the line lacks is nowhere in it).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    /// The bytes of `text`.
    pub fn of(text: &str) -> Self {
        let mut set = ByteSet::default();
        text.bytes().for_each(|b| set.insert(b));
        set
    }

    pub fn insert(&mut self, b: u8) {
        self.0[usize::from(b / 64)] |= 1 << (b % 64);
    }

    /// Add every byte of `other`.
    pub fn extend(&mut self, other: &ByteSet) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine |= theirs;
        }
    }

    pub fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] & 1 << (b % 64) != 0
    }

    /// Whether every byte of `needle` is in the set.
    pub fn holds_all(&self, needle: &str) -> bool {
        needle.bytes().all(|b| self.contains(b))
    }

    /// Whether `word` may open with a byte of the set (an empty word may).
    pub fn may_open(&self, word: &str) -> bool {
        word.as_bytes().first().is_none_or(|&b| self.contains(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_and_char_offsets_round_trip() {
        let t = Text::new("Pékin « x »");
        assert_eq!(t.char_len(), 11);
        assert_eq!(t.slice(Span::new(0, 5)), "Pékin");
        assert_eq!(t.char_of(t.byte_of(6)), 6);
        assert_eq!(slice_chars("Pékin « x »", Span::new(6, 11)), "« x »");
    }

    #[test]
    fn a_cursor_slices_as_slice_chars_in_any_order() {
        let s = "Pékin « accuse » 北京 l’État… 🙂 fin";
        let n = s.chars().count();
        let mut cursor = CharCursor::new(s);
        // Forward, back a little, back to the start, past the end, and back from there.
        for (start, end) in [
            (0, 5),
            (3, 9),
            (1, 2),
            (12, 20),
            (6, 7),
            (0, 0),
            (n, n + 3),
            (2, n),
        ] {
            let span = Span::new(start, end);
            assert_eq!(cursor.slice(span), slice_chars(s, span), "{start}..{end}");
        }
    }

    #[test]
    fn a_byte_set_holds_what_was_put_in() {
        let set = ByteSet::of("par");
        assert!(set.holds_all("rap") && !set.holds_all("pas"));
        assert!(set.may_open("rapport") && !set.may_open("selon") && set.may_open(""));
        let mut more = ByteSet::default();
        more.extend(&set);
        more.insert(b's');
        assert!(more.holds_all("pas") && !more.contains(b'z'));
    }
}
