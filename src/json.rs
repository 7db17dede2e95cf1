//! The little JSON the app reads and writes itself: the saved library (`library.rs`), which
//! must stay readable across versions. A general JSON library would cost the first view more
//! than all of this (the app's other data travels in the worker's binary wire form).
//!
//! The reader takes standard JSON (RFC 8259) and refuses anything else, as a strict reader
//! would: control characters in strings, lone surrogates, trailing text. The writer escapes
//! strings as serde_json does, so the saved form is byte for byte what earlier versions wrote.

/// A JSON value. Numbers keep their text; objects keep their members in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members, in order (a repeated name: the last one counts).
    Object(Vec<(String, Json)>),
}

/// How deeply arrays and objects may nest: far beyond the saved form's two levels, and low
/// enough that hostile saved data cannot exhaust the stack (serde_json's limit too).
const MAX_DEPTH: usize = 128;

impl Json {
    /// The member `name` of an object (the last, if repeated).
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(n, _)| n == name).map(|m| &m.1),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The number, if this is a whole number from 0 to `u64::MAX` written without a fraction
    /// or an exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }
}

/// `text` read as one JSON value, or `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    (reader.at == reader.bytes.len()).then_some(value)
}

/// `s` as a JSON string, quotes included, appended to `out`. The runs between escapes are
/// copied whole (a saved library is megabytes): every escaped char is ASCII, so the text is
/// cut only on char boundaries.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (at, byte) in s.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            byte if byte < b' ' => "",
            _ => continue,
        };
        out.push_str(&s[run..at]);
        run = at + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// A cursor over the text being read.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Step over `byte` if it comes next (after space).
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    /// Step over the word `word` if it comes next.
    fn word(&mut self, word: &str) -> Option<()> {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        self.at += if found { word.len() } else { 0 };
        found.then_some(())
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match self.peek()? {
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b'"' => self.string().map(Json::Str),
            b't' => self.word("true").map(|_| Json::Bool(true)),
            b'f' => self.word("false").map(|_| Json::Bool(false)),
            b'n' => self.word("null").map(|_| Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// The items of an array or an object, from its opening bracket to `close`, each read by
    /// `item`.
    fn items<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if self.eat(close) {
                return Some(items);
            }
            self.eat(b',').then_some(())?;
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.items(b']', |reader| reader.value(depth))
            .map(Json::Array)
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.items(b'}', |reader| reader.member(depth))
            .map(Json::Object)
    }

    /// An object's member, `"name": value`.
    fn member(&mut self, depth: usize) -> Option<(String, Json)> {
        self.skip_space();
        (self.peek() == Some(b'"')).then_some(())?;
        let name = self.string()?;
        self.eat(b':').then_some(())?;
        Some((name, self.value(depth)?))
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        self.at += usize::from(self.peek() == Some(b'-'));
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
            self.some_digits()?;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        Some(Json::Number(text.to_string()))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// At least one digit.
    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string, after its opening quote is seen.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= b' ')
            {
                self.at += 1;
            }
            // The text is UTF-8 and the run stops at an ASCII byte: a whole run of chars.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return None, // a control character
            }
        }
    }

    /// The char an escape stands for, after its backslash.
    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.at += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{08}',
            b'f' => '\u{0c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return None,
        })
    }

    /// `\uXXXX`, or a surrogate pair of two; a lone surrogate is not a char.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xd800..0xdc00).contains(&first) {
            return char::from_u32(first);
        }
        self.word("\\u")?;
        let second = self.hex4()?;
        if !(0xdc00..0xe000).contains(&second) {
            return None;
        }
        char::from_u32(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        let text = std::str::from_utf8(digits).ok()?;
        let value = u32::from_str_radix(text, 16).ok()?;
        // from_str_radix takes a sign; JSON does not.
        digits.iter().all(u8::is_ascii_hexdigit).then_some(())?;
        self.at += 4;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(s: &str) -> String {
        let mut out = String::new();
        write_str(&mut out, s);
        out
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        for s in [
            "",
            "plain",
            "Pékin dément « tout ».\n\nFin.",
            "quote \" backslash \\ slash / del \u{7f} emoji 😀",
            &all_controls,
        ] {
            assert_eq!(written(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        let s = "a\u{0}b\u{1f}c \" \\ é 😀\r\n\t";
        assert_eq!(parse(&written(s)), Some(Json::Str(s.to_string())));
    }

    #[test]
    fn values_read_as_serde_json_reads_them() {
        let text = r#" {"version": 1, "a": [true, false, null, -0.5e+3, "\u00e9\ud83d\ude00\/"],
            "o": {}, "e": [], "version": 2} "#;
        let value = parse(text).unwrap();
        assert_eq!(value.get("version").and_then(Json::as_u64), Some(2));
        let a = value.get("a").and_then(Json::as_array).unwrap();
        assert_eq!(a[3], Json::Number("-0.5e+3".to_string()));
        assert_eq!(a[4].as_str(), Some("é😀/"));
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(theirs["a"][4].as_str(), a[4].as_str());
    }

    #[test]
    fn what_is_not_json_is_refused() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        for text in [
            "",
            "{",
            r#"{"a" 1}"#,
            r#"{"a": 1,}"#,
            "[1 2]",
            "01",
            "1.",
            "-",
            "+1",
            "\"a\nb\"",
            r#""\ud800""#,
            r#""\ud800\u0041""#,
            r#""\x""#,
            r#""\u+041""#,
            "\"open",
            "[1] x",
            "tru",
            deep.as_str(),
        ] {
            assert_eq!(parse(text), None, "{text:?}");
            assert!(serde_json::from_str::<serde_json::Value>(text).is_err());
        }
        let nested = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&nested).is_some());
    }

    #[test]
    fn only_whole_numbers_are_u64() {
        for (text, expected) in [("1", Some(1)), ("1.0", None), ("1e0", None), ("-1", None)] {
            assert_eq!(parse(text).unwrap().as_u64(), expected, "{text}");
        }
    }
}
