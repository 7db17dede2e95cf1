//! Months, weekdays and the window of plausible years: the one source every stage
//! reads (article dates, entity dates, lexicons), parsed once from `data/calendar.tsv`.

use crate::entities::WordMap;
use crate::text::{case_forms, ByteSet};
use std::sync::OnceLock;

/// The first year read as a date: older four-digit numbers in this news are counts or codes.
pub const FIRST_YEAR: u32 = 1900;
/// The last year read as a date: later four-digit numbers are counts, prices or codes.
pub const LAST_YEAR: u32 = 2100;

/// Whether a number is a year that may stand for a date.
pub fn is_year(y: u32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&y)
}

/// How a word names a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthWord {
    /// 1 to 12.
    pub month: u32,
    /// Whether the word may be written in lowercase (French) rather than capitalised (English).
    pub lowercase_ok: bool,
    /// Whether it is an abbreviation (`Oct`, `janv`), a month only before a day or a year.
    pub abbreviated: bool,
}

#[derive(Default)]
struct Calendar {
    months: WordMap<MonthWord>,
    /// The first bytes of `months`: a word that opens with none of them (most words, which
    /// the date rules ask of) is not looked up.
    month_starts: ByteSet,
    weekdays: WordMap<u32>,
    parts: WordMap<()>,
    /// The first bytes of `parts`, as `month_starts`.
    part_starts: ByteSet,
    joiners: WordMap<()>,
    /// The words written in the list only as abbreviations (`Jan`, `Sun`), never in full.
    abbreviations: WordMap<()>,
    /// The most bytes of any word above: a longer word is none of them, and is not looked
    /// up (the date and name rules ask of nearly every word).
    longest: usize,
}

/// The calendar's data file.
const DATA: &str = include_str!("../data/calendar.tsv");

fn parse(data: &str) -> Calendar {
    let mut cal = Calendar::default();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, number, lang, forms @ ..] = cols.as_slice() else {
            continue;
        };
        let Ok(n) = number.parse::<u32>() else {
            continue;
        };
        for form in forms {
            let abbreviated = form.ends_with('.');
            let word = form.trim_end_matches('.');
            for written in case_forms(word) {
                if abbreviated {
                    cal.abbreviations.insert(written.clone(), ());
                }
                if *kind == "weekday" {
                    cal.weekdays.insert(written, n);
                    continue;
                }
                if *kind == "part" {
                    if let Some(&b) = written.as_bytes().first() {
                        cal.part_starts.insert(b);
                    }
                    cal.parts.insert(written, ());
                    continue;
                }
                if *kind == "joiner" {
                    cal.joiners.insert(written, ());
                    continue;
                }
                let lowercase_ok = *lang == "fr";
                let entry = MonthWord {
                    month: n,
                    lowercase_ok,
                    abbreviated,
                };
                if let Some(&b) = written.as_bytes().first() {
                    cal.month_starts.insert(b);
                }
                cal.months.entry(written).or_insert(entry);
            }
        }
    }
    cal.longest = [
        cal.months.keys().map(String::len).max(),
        cal.weekdays.keys().map(String::len).max(),
        cal.parts.keys().map(String::len).max(),
        cal.joiners.keys().map(String::len).max(),
        cal.abbreviations.keys().map(String::len).max(),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    cal
}

/// The calendar, when `word` is short enough to be one of its words.
fn calendar_for(word: &str) -> Option<&'static Calendar> {
    let cal = calendar();
    (word.len() <= cal.longest).then_some(cal)
}

fn calendar() -> &'static Calendar {
    static CALENDAR: OnceLock<Calendar> = OnceLock::new();
    CALENDAR.get_or_init(|| parse(DATA))
}

/// English month names, lowercase, January first: the month part of date ids, each month's
/// first English form. Read apart from the word forms (no case variants, no maps), so that
/// the app, which only shows date ids' months, links none of that; the names are ASCII.
fn month_ids() -> &'static [String; 12] {
    static IDS: OnceLock<[String; 12]> = OnceLock::new();
    IDS.get_or_init(|| {
        let mut ids: [String; 12] = Default::default();
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let ["month", number, "en", name, ..] = cols.as_slice() else {
                continue;
            };
            if let Some(id) = number
                .parse::<usize>()
                .ok()
                .and_then(|n| ids.get_mut(n.wrapping_sub(1)))
            {
                *id = name.to_ascii_lowercase();
            }
        }
        ids
    })
}

/// The month a word names, as written (`juillet`, `July`, `JULY`, `Oct`), if any.
pub fn month(word: &str) -> Option<MonthWord> {
    let cal = calendar_for(word)?;
    let opens = cal.month_starts.may_open(word);
    opens.then(|| cal.months.get(word).copied()).flatten()
}

/// The weekday a word names (1 = Monday), as written (`mardi`, `Tuesday`, `Tue`).
pub fn weekday(word: &str) -> Option<u32> {
    calendar_for(word)?.weekdays.get(word).copied()
}

/// Every word, as written, that names a month or a weekday and is no abbreviation (`Jan`,
/// `Sun`: also a given or family name, Jan Novak, Sun Li, a date only beside a day or a
/// year): the words for which `month` or `weekday` answers and that the list writes in full.
pub fn full_names() -> impl Iterator<Item = &'static str> {
    let cal = calendar();
    cal.months
        .keys()
        .chain(cal.weekdays.keys())
        .map(String::as_str)
        .filter(|w| !cal.abbreviations.contains_key(*w))
}

/// Whether a word names a part of the month after it (`early`, `début`): part of the date.
pub fn is_month_part(word: &str) -> bool {
    calendar_for(word).is_some_and(|c| c.part_starts.may_open(word) && c.parts.contains_key(word))
}

/// Whether a word joins two months of one range (`and`, « à »): the first takes the
/// second's year.
pub fn is_month_joiner(word: &str) -> bool {
    calendar_for(word).is_some_and(|c| c.joiners.contains_key(word))
}

/// The English name of month `m` (1–12, clamped), lowercase: the month part of date ids.
pub fn month_id(m: u32) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    month_ids()[i].as_str()
}

/// The number (1–12) of the month a month id names (`march` -> 3).
pub fn month_of_id(id: &str) -> Option<u32> {
    let i = month_ids().iter().position(|m| m == id)?;
    u32::try_from(i + 1).ok()
}

/// Whether an id is a bare month id (`april`), as dates without a year are named.
pub fn is_month_id(id: &str) -> bool {
    month_ids().iter().any(|m| m == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_weekdays_and_ids() {
        assert_eq!(month("juillet").map(|m| m.month), Some(7));
        assert_eq!(month("JULY").map(|m| m.month), Some(7));
        assert!(month("Oct").is_some_and(|m| m.abbreviated && m.month == 10));
        assert!(month("march").is_some_and(|m| !m.lowercase_ok));
        assert!(month("août").is_some_and(|m| m.lowercase_ok && !m.abbreviated));
        assert_eq!(weekday("mardi"), Some(2));
        assert_eq!(weekday("Thu"), Some(4));
        assert_eq!(month_id(4), "april");
        assert!(is_month_id("december") && !is_month_id("2021"));
        assert!(is_year(2025) && !is_year(1234));
    }

    #[test]
    fn every_month_has_its_id_and_the_id_names_it() {
        for m in 1..=12 {
            let id = month_id(m);
            assert!(!id.is_empty() && id.is_ascii(), "{m}");
            assert_eq!(month(id).map(|w| w.month), Some(m));
        }
    }
}
