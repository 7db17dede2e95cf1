//! Article parsing: language, headline, date, source, and the noise around the body.
//!
//! Real articles arrive with noise: a `date 2023-08` header glued to the
//! headline, `(Source: RT News)` and `Source link` lines, stray trailing words.
//! Noise is recognised and *marked* (a paragraph kind), never removed from the
//! text: offsets always point into the original file.

use crate::entities::{WordMap, WordSet};
use crate::text::{lowercase, to_lowercase, ByteSet, Span, Text};
use crate::Diagnostic;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Language of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English (also the fallback when nothing can be told).
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// The article's headline.
    Headline,
    /// Body text.
    Body,
    /// A `date …` header.
    DateHeader,
    /// A line naming the source, e.g. `(Source: RT News)`.
    SourceLine,
    /// A bare `Source link` / `Lien source` line.
    SourceLink,
    /// A few stray words after the end of the article.
    Stray,
    /// A photo caption or credit.
    Caption,
    /// A line pointing to another article ("Read more: …", « Lire aussi | … »).
    Pointer,
    /// A news desk's note: a version tag glued before the headline ("UPDATE 2-",
    /// "REFILE-") or a line saying what an update adds ("(Adds comment in paragraph 6)").
    EditorNote,
}

impl ParagraphKind {
    /// Whether this block is noise rather than headline or body.
    pub fn is_noise(self) -> bool {
        !matches!(self, ParagraphKind::Headline | ParagraphKind::Body)
    }

    /// A short label for readers.
    pub fn label(self) -> &'static str {
        match self {
            ParagraphKind::Headline => "headline",
            ParagraphKind::Body => "body",
            ParagraphKind::DateHeader => "date header",
            ParagraphKind::SourceLine => "source line",
            ParagraphKind::SourceLink => "source link",
            ParagraphKind::Stray => "stray text",
            ParagraphKind::Caption => "photo caption",
            ParagraphKind::Pointer => "link to another article",
            ParagraphKind::EditorNote => "editor's note",
        }
    }
}

/// A block of text: one line, or part of a line when noise is glued to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// First char (whitespace trimmed).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// What the block is.
    pub kind: ParagraphKind,
}

impl Paragraph {
    /// The block's char span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What parsing found: the parts of `ArticleAnalysis` that come before sentences.
#[derive(Debug, Clone, Default)]
pub struct ParsedArticle {
    /// Detected language.
    pub lang: Lang,
    /// Headline text.
    pub title: Option<String>,
    /// Date from a header or the first dated sentence.
    pub date: Option<String>,
    /// Source outlet.
    pub source: Option<String>,
    /// Blocks in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Oddities met.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse an article's layout. Never panics.
pub fn parse(text: &Text) -> ParsedArticle {
    let mut out = ParsedArticle {
        diagnostics: diagnose(text.raw),
        ..Default::default()
    };
    out.lang = detect_lang(text.raw);
    let lines = lines(text);
    // Each line lowercased once: the noise rules read a line's lowercase, and the next's.
    let lowered: Vec<String> = lines.iter().map(|l| to_lowercase(text.slice(*l))).collect();
    let last_content = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        let s = text.slice(*line);
        if let Some((header_chars, date)) = date_header(s) {
            let header = Span::new(line.start, line.start + header_chars);
            out.paragraphs
                .push(noise(header, ParagraphKind::DateHeader));
            out.date.get_or_insert(date);
            let rest = trim_span(text, Span::new(header.end, line.end));
            if !rest.is_empty() {
                out.paragraphs.push(body(rest));
            }
            continue;
        }
        // "UPDATE 2-Freedonia says …": the desk's version tag before the first line.
        if let Some(tag_chars) = (i == 0).then(|| wire_tag(s)).flatten() {
            let tag = Span::new(line.start, line.start + tag_chars);
            out.paragraphs.push(noise(tag, ParagraphKind::EditorNote));
            let rest = trim_span(text, Span::new(tag.end, line.end));
            if !rest.is_empty() {
                out.paragraphs.push(body(rest));
            }
            continue;
        }
        if is_update_note(s) {
            out.paragraphs.push(noise(*line, ParagraphKind::EditorNote));
            continue;
        }
        if let Some(source) = source_line(s) {
            out.paragraphs.push(noise(*line, ParagraphKind::SourceLine));
            out.source.get_or_insert(source);
            continue;
        }
        if is_source_link(s) {
            out.paragraphs.push(noise(*line, ParagraphKind::SourceLink));
            continue;
        }
        if let Some(kind) = caption_or_pointer(s, &lowered[i]) {
            out.paragraphs.push(noise(*line, kind));
            continue;
        }
        let next = lowered.get(i + 1);
        if i > 0 && next.is_some_and(|n| caption_before_credit(s, n)) {
            out.paragraphs.push(noise(*line, ParagraphKind::Caption));
            continue;
        }
        if i == last_content && i > 0 && is_stray(s) {
            out.paragraphs.push(noise(*line, ParagraphKind::Stray));
            continue;
        }
        out.paragraphs.push(body(*line));
    }
    mark_headline(text, &mut out);
    if out.date.is_none() {
        out.date = out
            .paragraphs
            .iter()
            .filter(|p| !p.kind.is_noise())
            .take(2)
            .find_map(|p| first_full_date(text.slice(p.span())));
    }
    out
}

fn body(span: Span) -> Paragraph {
    Paragraph {
        start: span.start,
        end: span.end,
        kind: ParagraphKind::Body,
    }
}

fn noise(span: Span, kind: ParagraphKind) -> Paragraph {
    Paragraph {
        start: span.start,
        end: span.end,
        kind,
    }
}

/// Non-blank lines, trimmed, as char spans.
fn lines(text: &Text) -> Vec<Span> {
    let mut out = Vec::new();
    let mut byte = 0;
    for line in text.raw.split_inclusive(['\n', '\r']) {
        let start = byte;
        byte += line.len();
        let span = trim_span(text, text.span_of_bytes(start, byte));
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

/// Shrink a span to exclude surrounding whitespace and control characters.
pub(crate) fn trim_span(text: &Text, span: Span) -> Span {
    let s = text.slice(span);
    let lead = s.chars().take_while(|c| is_blank(*c)).count();
    // All blank when no char follows the blank ones (no need to count every char).
    if s.chars().nth(lead).is_none() {
        return Span::new(span.end, span.end);
    }
    let trail = s.chars().rev().take_while(|c| is_blank(*c)).count();
    Span::new(span.start + lead, span.end - trail)
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{feff}'
}

/// `date 2023-08 Headline…` → (chars of the header, "2023-08").
fn date_header(line: &str) -> Option<(usize, String)> {
    let rest = line
        .strip_prefix("date ")
        .or_else(|| line.strip_prefix("Date "))
        .or_else(|| line.strip_prefix("Date: "))
        .or_else(|| line.strip_prefix("date: "))?;
    let token: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let valid = matches!(token.len(), 4 | 7 | 10)
        && token.split('-').all(|p| !p.is_empty())
        && token.chars().take(4).all(|c| c.is_ascii_digit());
    if !valid {
        return None;
    }
    let prefix_chars = line.chars().count() - rest.chars().count();
    Some((prefix_chars + token.chars().count(), token))
}

/// `(Source: RT News)`, `Source : AFP` → the outlet's name.
fn source_line(line: &str) -> Option<String> {
    let inner = line
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(line)
        .trim();
    // Whether the lowercased line starts with "source", lowercasing only its first chars
    // (char by char differs from `str::to_lowercase` only for a final Σ, no letter of it).
    let source = inner
        .chars()
        .flat_map(char::to_lowercase)
        .take(6)
        .eq("source".chars());
    if !source {
        return None;
    }
    let (_, name) = inner.split_once(':')?;
    let name = name.trim().trim_end_matches('.');
    let words = name.split_whitespace().count();
    (words > 0 && words <= 6).then(|| name.to_string())
}

fn is_source_link(line: &str) -> bool {
    let line = line.trim().trim_end_matches('.');
    // Lowercasing never makes fewer chars: a line longer than the longest phrase is none.
    if line.chars().nth(19).is_some() {
        return false;
    }
    let lower = line.to_lowercase();
    matches!(
        lower.as_str(),
        "source link"
            | "lien source"
            | "lien vers la source"
            | "source"
            | "read more"
            | "lire aussi"
    )
}

/// The markers of `data/lexicons/noise.tsv`: (caption, pointer, agency, credit opening,
/// wire tag, update note).
fn noise_markers() -> &'static [Vec<&'static str>; 6] {
    static MARKERS: std::sync::OnceLock<[Vec<&'static str>; 6]> = std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut m: [Vec<&'static str>; 6] = Default::default();
        for (class, list) in crate::data::rows(include_str!("../data/lexicons/noise.tsv")) {
            let slot = match class {
                "caption" => 0,
                "pointer" => 1,
                "agency" => 2,
                "credit_opening" => 3,
                "wire_tag" => 4,
                "update_note" => 5,
                _ => continue,
            };
            m[slot].extend(crate::data::words(list));
        }
        m
    })
}

/// A photo caption or credit, or a pointer to another article; `lower` is the line
/// lowercased.
fn caption_or_pointer(line: &str, lower: &str) -> Option<ParagraphKind> {
    let [caption, pointer, agency, opening, _, _] = noise_markers();
    if pointer.iter().any(|p| lower.starts_with(p)) {
        return Some(ParagraphKind::Pointer);
    }
    // "PHOTO AFP", « CRÉDIT BELGA »: a short line in capitals that opens with a credit word.
    // (The words are read only of a line in capitals: most lines end the test at their
    // first small letter.)
    let capitals = !line.chars().any(char::is_lowercase);
    if capitals {
        let words: Vec<&str> = line.split_whitespace().collect();
        let opens = words.first().is_some_and(|w| opening.contains(w));
        if opens && words.len() <= CREDIT_MAX_WORDS {
            return Some(ParagraphKind::Caption);
        }
    }
    // "… Name / AFP", "… PHOTO AFP", "… Photo Belga".
    let credit = agency.iter().any(|a| {
        let end = line.trim_end_matches(['.', ')']);
        let after_word = end.strip_suffix(a).is_some_and(|rest| {
            let word = rest
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_uppercase();
            rest.ends_with(' ') && opening.contains(&word.as_str())
        });
        // ("/ AFP", "/AFP": the agency after a slash, without a string made for each.)
        let after_slash = end
            .strip_suffix(a)
            .is_some_and(|rest| rest.ends_with("/ ") || rest.ends_with('/'));
        after_slash || after_word
    });
    // (A marker with a byte the line lacks is in it nowhere: most are passed over unsought.)
    let caption_marker = || {
        let held = ByteSet::of(lower);
        caption
            .iter()
            .any(|c| held.holds_all(c) && lower.contains(c))
    };
    (credit || caption_marker()).then_some(ParagraphKind::Caption)
}

/// The chars of a wire desk's version tag opening `line` ("UPDATE 2-", "REFILE-",
/// "EXCLUSIVE-"): a tag word in capitals, an optional version number, then a hyphen
/// glued to the headline's first letter.
fn wire_tag(line: &str) -> Option<usize> {
    let [.., tags, _] = noise_markers();
    let word: String = line.chars().take_while(char::is_ascii_uppercase).collect();
    if !tags.contains(&word.as_str()) {
        return None;
    }
    let rest = &line[word.len()..];
    let number = rest.strip_prefix(' ').map_or(0, |r| {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            digits + 1
        } else {
            0
        }
    });
    let after = &rest[number..];
    let glued = after
        .strip_prefix('-')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric);
    glued.then(|| word.len() + number + 1)
}

/// "(Adds comments from the ministry in paragraphs 8-9)", « (Actualisé avec … ) »: a
/// line in parentheses opening with an update verb says what a new version adds.
fn is_update_note(line: &str) -> bool {
    let [.., notes] = noise_markers();
    let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) else {
        return false;
    };
    let first = inner.split_whitespace().next().unwrap_or("").to_lowercase();
    notes.contains(&first.as_str())
}

/// Most words of a credit line in capitals ("PHOTO JAN ROE / AGENCY").
const CREDIT_MAX_WORDS: usize = 6;

/// Most words of a credit line that names only who took the picture ("Photo : Ana Roe /
/// AFP"): a longer "Photo: …" line is a caption of its own, and the line before it is text.
const BARE_CREDIT_MAX_WORDS: usize = 8;

/// Most words of a photo caption: longer lines before a credit are text.
const CAPTION_MAX_WORDS: usize = 40;

/// « Des usagers devant un guichet, à Tirana, le 17 février. » right before « Photo : X /
/// AFP »: a short line followed by a photo credit is that photo's caption. `next_lower` is
/// the next line lowercased.
fn caption_before_credit(line: &str, next_lower: &str) -> bool {
    let [caption, ..] = noise_markers();
    let credit = caption.iter().any(|c| next_lower.starts_with(c))
        && next_lower.split_whitespace().count() <= BARE_CREDIT_MAX_WORDS;
    credit && line.split_whitespace().count() <= CAPTION_MAX_WORDS
}

/// A short last line with no sentence punctuation: left-over words, not text.
fn is_stray(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 3 && !line.ends_with(['.', '!', '?', '»', '”', '"', ':'])
}

/// The first body block is a headline when it is one short sentence with no final stop.
fn mark_headline(text: &Text, out: &mut ParsedArticle) {
    let body_count = out.paragraphs.iter().filter(|p| !p.kind.is_noise()).count();
    let Some(first) = out.paragraphs.iter_mut().find(|p| !p.kind.is_noise()) else {
        return;
    };
    let s = text.slice(first.span());
    let words = s.split_whitespace().count();
    let ends_like_sentence = s.ends_with(['.', '!', '?', '»', '”', '"']);
    if body_count > 1 && (3..=40).contains(&words) && !ends_like_sentence {
        first.kind = ParagraphKind::Headline;
        out.title = Some(s.to_string());
    }
}

/// `s.trim_end_matches(suffix)` (every repetition of `suffix` taken off its end), without
/// the string searcher a `&str` pattern sets up: `first_full_date` asks it of every word.
fn trim_suffix<'s>(mut s: &'s str, suffix: &str) -> &'s str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// The first `19 juillet 2021` / `July 19, 2021` / `19 July 2021` in a text, as ISO.
fn first_full_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // Any case (`JULY`, `juillet`), full names only: an abbreviation is left to the entities.
    let month_of = |w: &str| {
        crate::calendar::month(&lowercase(w))
            .filter(|m| !m.abbreviated)
            .map(|m| m.month - 1)
    };
    let day = |w: &str| {
        let d = trim_suffix(trim_suffix(trim_suffix(w, "er"), "st"), "th");
        d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
    };
    let year = |w: &str| {
        let y = w.trim_end_matches(['.', ',', ')']);
        (y.len() == 4)
            .then(|| y.parse::<u32>().ok())
            .flatten()
            .filter(|y| crate::calendar::is_year(*y))
    };
    for i in 0..words.len().saturating_sub(2) {
        let (a, b, c) = (words[i], words[i + 1], words[i + 2]);
        // (Each part read only when the one before it is one: a month lookup lowercases.)
        let day_first = day(a).and_then(|d| Some((d, month_of(b)?, year(c)?)));
        if let Some((d, m, y)) = day_first {
            return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
        }
        let month_first = month_of(a).and_then(|m| Some((day(b)?, m, year(c)?)));
        if let Some((d, m, y)) = month_first {
            return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
        }
    }
    None
}

/// The function words of each language: word -> (French, English).
fn stopwords() -> &'static WordMap<(bool, bool)> {
    &function_words().0
}

/// The bytes of the longest function word: a longer word is none, and is not looked up.
fn longest_stopword() -> usize {
    function_words().1
}

/// The function words and the bytes of the longest.
fn function_words() -> &'static (WordMap<(bool, bool)>, usize) {
    static STOPWORDS: OnceLock<(WordMap<(bool, bool)>, usize)> = OnceLock::new();
    STOPWORDS.get_or_init(|| {
        let mut fr = WordSet::default();
        let mut en = WordSet::default();
        for line in include_str!("../data/lexicons/stopwords.txt").lines() {
            if let Some(words) = line.strip_prefix("fr:") {
                fr = words.split_whitespace().map(str::to_string).collect();
            } else if let Some(words) = line.strip_prefix("en:") {
                en = words.split_whitespace().map(str::to_string).collect();
            }
        }
        let words: WordMap<(bool, bool)> = fr
            .iter()
            .chain(&en)
            .map(|w| (w.clone(), (fr.contains(w), en.contains(w))))
            .collect();
        let longest = words.keys().map(String::len).max().unwrap_or(0);
        (words, longest)
    })
}

/// The most bytes an ASCII word may have to be lowercased on the stack by `detect_lang`
/// (longer than any function word: such a word is never looked up).
const STACK_WORD_BYTES: usize = 16;

/// A word's (French, English) function-word votes: an elision (« l'… », « qu'… ») votes
/// French, a function word for its languages. An ASCII word is lowercased on the stack
/// (most words); any other as `lowercase` does.
fn votes(word: &str, stopwords: &WordMap<(bool, bool)>, longest: usize) -> (bool, bool) {
    const ELIDED: [char; 7] = ['l', 'd', 'j', 'n', 'q', 's', 'c'];
    let bytes = word.as_bytes();
    if word.is_ascii() && longest <= STACK_WORD_BYTES {
        // (An ASCII word lowercases byte by byte; no curly apostrophe is ASCII.)
        let first = bytes.first().map(u8::to_ascii_lowercase);
        if first.is_some_and(|b| ELIDED.contains(&char::from(b))) && bytes.get(1) == Some(&b'\'') {
            return (true, false);
        }
        if bytes.len() > longest {
            return (false, false);
        }
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return stopwords.get(word).copied().unwrap_or_default();
        }
        let mut lower = [0u8; STACK_WORD_BYTES];
        lower[..bytes.len()].copy_from_slice(bytes);
        lower[..bytes.len()].make_ascii_lowercase();
        let lower = std::str::from_utf8(&lower[..bytes.len()]).unwrap_or_default();
        return stopwords.get(lower).copied().unwrap_or_default();
    }
    let lower = lowercase(word);
    if lower.starts_with(ELIDED)
        && (lower.get(1..2) == Some("'") || lower.chars().nth(1) == Some('’'))
    {
        return (true, false);
    }
    stopwords.get(&*lower).copied().unwrap_or_default()
}

/// `s` split at every char that is neither a letter nor an apostrophe, empty pieces kept, as
/// `str::split` with that test gives it: an ASCII char is told apart by its byte, without
/// decoding it (most of a text's).
fn word_pieces(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let (mut start, mut at, mut done) = (0, 0, false);
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while at < bytes.len() {
            let (parts_words, len) = if bytes[at].is_ascii() {
                let b = bytes[at];
                (b.is_ascii_alphabetic() || b == b'\'', 1)
            } else {
                let c = s[at..].chars().next().unwrap_or(' ');
                (crate::tokens::is_alphabetic(c) || c == '’', c.len_utf8())
            };
            if !parts_words {
                let piece = &s[start..at];
                at += len;
                start = at;
                return Some(piece);
            }
            at += len;
        }
        done = true;
        Some(&s[start..])
    })
}

/// French or English, by counting frequent function words (and French elisions).
pub fn detect_lang(s: &str) -> Lang {
    let (stopwords, longest) = (stopwords(), longest_stopword());
    let (mut fr_score, mut en_score) = (0usize, 0usize);
    for word in word_pieces(s).take(5000) {
        if word.is_empty() {
            continue;
        }
        let (fr, en) = votes(word, stopwords, longest);
        fr_score += usize::from(fr);
        en_score += usize::from(en);
    }
    if fr_score > en_score {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The noise blocks (date headers, source lines…) before the first text block, and those
/// after it, as paragraph indexes: what the side-by-side view shows in rows of their own.
pub fn noise_around(paragraphs: &[Paragraph]) -> (Vec<usize>, Vec<usize>) {
    let first_text = paragraphs
        .iter()
        .position(|p| !p.kind.is_noise())
        .unwrap_or(paragraphs.len());
    let noise = |range: std::ops::Range<usize>| -> Vec<usize> {
        range.filter(|&i| paragraphs[i].kind.is_noise()).collect()
    };
    (noise(0..first_text), noise(first_text..paragraphs.len()))
}

/// How many control chars (`char::is_control`, line breaks and tabs aside) a text holds,
/// read byte by byte: the C0 controls and DEL are single bytes, the C1 controls (U+0080 to
/// U+009F) the bytes C2 80 to C2 9F, and no other char's encoding holds those sequences.
fn control_chars(raw: &str) -> usize {
    let bytes = raw.as_bytes();
    let c0 = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f)
        .count();
    let c1 = bytes
        .windows(2)
        .filter(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1]))
        .count();
    c0 + c1
}

/// Oddities of the input worth telling the reader about.
fn diagnose(raw: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if raw.trim().is_empty() {
        out.push(Diagnostic {
            code: "empty".into(),
            message: "The text is empty: there is nothing to analyse.".into(),
        });
    }
    let controls = control_chars(raw);
    if controls > 0 {
        out.push(Diagnostic {
            code: "control-chars".into(),
            message: format!(
                "The text holds {controls} control character(s); they are treated as spaces."
            ),
        });
    }
    if raw.contains('\u{fffd}') {
        out.push(Diagnostic {
            code: "replacement-chars".into(),
            message: "The text holds replacement characters (�): it may have been decoded with the wrong encoding.".into(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_suffix_as_std() {
        for (w, suffix) in [("1erer", "er"), ("21st", "st"), ("er", "er"), ("5", "th")] {
            assert_eq!(trim_suffix(w, suffix), w.trim_end_matches(suffix));
        }
    }

    #[test]
    fn control_chars_counts_as_char_is_control() {
        let text = "a\u{0}b\tc\n\r\u{1b}é\u{7f}\u{80}\u{9f}\u{a0}ÿ€\u{85}\u{2028}";
        let by_chars = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            .count();
        assert_eq!(control_chars(text), by_chars);
        assert_eq!(by_chars, 6);
    }

    fn kinds(raw: &str) -> Vec<(ParagraphKind, String)> {
        let t = Text::new(raw);
        parse(&t)
            .paragraphs
            .iter()
            .map(|p| (p.kind, t.slice(p.span()).to_string()))
            .collect()
    }

    #[test]
    fn a_wire_desk_version_tag_and_update_note_are_noise() {
        let k = kinds("UPDATE 2-Freedonia says hackers hit its grid\n\n(Adds comment from Ruritania in paragraph 5)\n\nThe text.");
        assert_eq!(k[0], (ParagraphKind::EditorNote, "UPDATE 2-".into()));
        assert_eq!(
            k[1],
            (
                ParagraphKind::Headline,
                "Freedonia says hackers hit its grid".into()
            )
        );
        assert_eq!(k[2].0, ParagraphKind::EditorNote);
        assert_eq!(k[3].0, ParagraphKind::Body);
        // A capitalised word before a spaced hyphen, or a parenthesis of text, stays text.
        let k = kinds("UPDATE - a headline\n\n(The ministry declined to comment.)");
        assert!(k.iter().all(|(kind, _)| *kind != ParagraphKind::EditorNote));
    }

    #[test]
    fn date_header_glued_to_headline_is_split_off() {
        let k =
            kinds(" date 2023-08 Les commentaires de Pékin\n\nLe texte est là.\n\nEt la suite.");
        assert_eq!(k[0], (ParagraphKind::DateHeader, "date 2023-08".into()));
        assert_eq!(
            k[1],
            (ParagraphKind::Headline, "Les commentaires de Pékin".into())
        );
        let p = parse(&Text::new(
            " date 2023-08 Les commentaires de Pékin\n\nLe texte est là.",
        ));
        assert_eq!(p.date.as_deref(), Some("2023-08"));
    }

    #[test]
    fn a_short_line_before_a_photo_credit_is_its_caption() {
        let text = "Titre du jour\n\nDes pêcheurs sur le quai, à Nordvik, le 3 mai 2025.\nPhoto : Ana Roe / AFP\n\nLe port a rouvert mardi.\n";
        let parsed = parse(&Text::new(text));
        let kinds: Vec<ParagraphKind> = parsed.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Headline,
                ParagraphKind::Caption,
                ParagraphKind::Caption,
                ParagraphKind::Body
            ]
        );
    }

    #[test]
    fn a_paragraph_before_a_caption_of_its_own_is_text() {
        // The "Photo:" line describes its picture itself: it is no credit of the line before.
        let k = kinds("Titre du jour\n\nLe port a rouvert mardi. Les navires sont repartis.\n\nPhoto : le port de Nordvik vu du phare, un matin de mai (Photo : Ana Roe)\n");
        assert_eq!(k[1].0, ParagraphKind::Body);
        assert_eq!(k[2].0, ParagraphKind::Caption);
    }

    #[test]
    fn captions_credits_and_pointers_are_noise() {
        let raw = "Minister speaks\nThe minister said it.\nThe minister in Paris on Monday. Photograph: Ann Roe/AFP\nLe ministre à Paris. JEAN DUPONT / AFP\nRead more: Another story\nLire aussi | Une autre histoire\nThe end came.";
        let k = kinds(raw);
        assert_eq!(k[2].0, ParagraphKind::Caption);
        assert_eq!(k[3].0, ParagraphKind::Caption);
        assert_eq!(k[4].0, ParagraphKind::Pointer);
        assert_eq!(k[5].0, ParagraphKind::Pointer);
        assert_eq!(k[6].0, ParagraphKind::Body);
    }

    #[test]
    fn a_short_credit_line_in_capitals_is_noise() {
        let k = kinds("Minister speaks\nThe minister said it.\nPHOTO JAN ROE\nPHOTOS OF THE ATTACK WERE SHARED WIDELY ON SOCIAL MEDIA TODAY\nThe minister in Paris on Monday. Photo AFP\nThe end came.");
        assert_eq!(k[2].0, ParagraphKind::Caption);
        assert_eq!(k[4].0, ParagraphKind::Caption);
        // A long line in capitals is no credit.
        assert_ne!(k[3].0, ParagraphKind::Caption);
    }

    #[test]
    fn source_lines_and_stray_words_are_noise() {
        let raw = "The ministry said it.\nIt also said more.\n(Source: RT News)\nSource link";
        let k = kinds(raw);
        assert_eq!(k[2].0, ParagraphKind::SourceLine);
        assert_eq!(k[3].0, ParagraphKind::SourceLink);
        assert_eq!(parse(&Text::new(raw)).source.as_deref(), Some("RT News"));
        let k = kinds("Titre du jour\nLe Japon a dit ceci.\nLe Hautpanel");
        assert_eq!(k.last().unwrap().0, ParagraphKind::Stray);
    }

    #[test]
    fn language_is_detected() {
        assert_eq!(
            detect_lang("Le Japon condamne la Chine pour ces activités."),
            Lang::Fr
        );
        assert_eq!(
            detect_lang("The ministry has accused the US of theft."),
            Lang::En
        );
        assert_eq!(detect_lang(""), Lang::En);
    }

    #[test]
    fn first_full_date_in_both_languages() {
        assert_eq!(
            first_full_date("ce lundi 19 juillet 2021, par"),
            Some("2021-07-19".into())
        );
        assert_eq!(
            first_full_date("on July 19, 2021 the"),
            Some("2021-07-19".into())
        );
    }
}
