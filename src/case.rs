//! Letter case for what the app shows, French and English: ASCII and the Latin-1 letters,
//! not all of Unicode, whose case tables would add ~25 KB to the first view's wasm. Letters
//! beyond Latin-1 keep their case.

/// Latin-1's capitals À…Þ sit 0x20 below their small letters à…þ (× and ÷ are not letters).
const LATIN1_CASE_OFFSET: u32 = 0x20;

/// `c` in lowercase, for ASCII and Latin-1 letters.
fn lower(c: char) -> char {
    match c {
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + LATIN1_CASE_OFFSET).unwrap_or(c),
        c => c.to_ascii_lowercase(),
    }
}

/// Whether `c` is an ASCII or Latin-1 capital letter (a capital beyond Latin-1 is not told).
pub fn is_capital(c: char) -> bool {
    lower(c) != c
}

/// `text` in lowercase (ASCII and Latin-1 letters): for comparing and sorting names.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_letters_lower() {
        assert_eq!(lowercase("États-Unis ÀÉÎÕÜÇ × Œ"), "états-unis àéîõüç × Œ");
    }

    #[test]
    fn latin1_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{ff}').filter(|&c| c != 'ÿ' && c != 'ß' && c != 'µ') {
            assert_eq!(lower(c).to_string(), c.to_lowercase().to_string(), "{c}");
        }
        for c in '\u{0}'..='\u{ff}' {
            assert_eq!(is_capital(c), c.is_uppercase(), "{c}");
        }
    }
}
