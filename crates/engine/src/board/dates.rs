//! Dates the timeline can place: the engine's DATE ids (`2015`, `autumn_2020`, `2021_07_19`,
//! `april_2023`, and yearless `april` or `april_19`) and article dates (`2023`, `2023-08`,
//! `2023-08-15`), each read into a [`DateKey`] that sorts chronologically.

use crate::calendar;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A season, as the engine writes it in date ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Season {
    /// `spring_YYYY`.
    Spring,
    /// `summer_YYYY`.
    Summer,
    /// `autumn_YYYY`.
    Autumn,
    /// `winter_YYYY`.
    Winter,
}

impl Season {
    /// Every season, in declaration order.
    pub const ALL: [Season; 4] = [
        Season::Spring,
        Season::Summer,
        Season::Autumn,
        Season::Winter,
    ];

    fn parse(word: &str) -> Option<Season> {
        match word {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" | "fall" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        }
    }

    /// The month the season starts in, so that it sorts among months.
    fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }
}

/// A date as precise as its source: a year, a season, a month or a day.
///
/// Fields are in sort order: a less precise date (month `0`, day `0`) sorts before the more
/// precise ones it contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateKey {
    /// The year.
    pub year: u32,
    /// The month (1–12), `0` when not given; a season's first month.
    pub month: u32,
    /// The day (1–31), `0` when not given.
    pub day: u32,
    /// The season, when the date is one.
    pub season: Option<Season>,
}

impl DateKey {
    /// The value of a `<time datetime>`: `2021-07-19`, `2021-07` or `2021`.
    pub fn datetime(&self) -> String {
        match (self.season, self.month, self.day) {
            (None, m, d) if m > 0 && d > 0 => format!("{:04}-{m:02}-{d:02}", self.year),
            (None, m, _) if m > 0 => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

impl fmt::Display for DateKey {
    /// The reader's words: `19 July 2021`, `July 2021`, `autumn 2020`, `2015`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: u32| {
            let name = calendar::month_id(m.clamp(1, 12));
            let mut chars = name.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        };
        match (self.season, self.month, self.day) {
            (Some(s), _, _) => write!(f, "{} {}", s.word(), self.year),
            (None, m, d) if m > 0 && d > 0 => write!(f, "{d} {} {}", month(m), self.year),
            (None, m, _) if m > 0 => write!(f, "{} {}", month(m), self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

fn year_of(word: &str) -> Option<u32> {
    let all_digits = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    all_digits.then(|| word.parse().ok()).flatten()
}

fn number_in(word: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let short = (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let n: u32 = if short { word.parse().ok()? } else { None? };
    range.contains(&n).then_some(n)
}

/// Parse a DATE id or an article date; a yearless id takes `fallback_year`.
///
/// Returns `None` for anything that is not a date the timeline can place.
pub fn parse_date_id(id: &str, fallback_year: Option<u32>) -> Option<DateKey> {
    let lower = id.trim().to_ascii_lowercase().replace('-', "_");
    let parts: Vec<&str> = lower.split('_').collect();
    let key = |year, month, day, season| DateKey {
        year,
        month,
        day,
        season,
    };
    match parts.as_slice() {
        [y] => match year_of(y) {
            Some(y) => Some(key(y, 0, 0, None)),
            None => Some(key(fallback_year?, calendar::month_of_id(y)?, 0, None)),
        },
        [y, m] if year_of(y).is_some() => Some(key(year_of(y)?, number_in(m, 1..=12)?, 0, None)),
        [y, m, d] => Some(key(
            year_of(y)?,
            number_in(m, 1..=12)?,
            number_in(d, 1..=31)?,
            None,
        )),
        [word, y] if year_of(y).is_some() => {
            let year = year_of(y)?;
            match Season::parse(word) {
                Some(s) => Some(key(year, s.first_month(), 0, Some(s))),
                None => Some(key(year, calendar::month_of_id(word)?, 0, None)),
            }
        }
        [m, d] => Some(key(
            fallback_year?,
            calendar::month_of_id(m)?,
            number_in(d, 1..=31)?,
            None,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str) -> DateKey {
        parse_date_id(id, None).unwrap_or_else(|| panic!("{id} parses"))
    }

    #[test]
    fn engine_ids_parse() {
        assert_eq!(key("2015").to_string(), "2015");
        assert_eq!(key("autumn_2020").to_string(), "autumn 2020");
        assert_eq!(key("2021_07_19").to_string(), "19 July 2021");
        assert_eq!(key("april_2023").to_string(), "April 2023");
        assert_eq!(key("december_2022").datetime(), "2022-12");
        assert_eq!(key("2021_07_19").datetime(), "2021-07-19");
        assert_eq!(key("autumn_2020").datetime(), "2020");
    }

    #[test]
    fn article_dates_parse() {
        assert_eq!(key("2023-08").to_string(), "August 2023");
        assert_eq!(key("2023-08-15"), key("2023_08_15"));
        assert_eq!(key("2023"), key("2023"));
    }

    #[test]
    fn yearless_ids_need_a_fallback_year() {
        assert_eq!(parse_date_id("april", None), None);
        assert_eq!(parse_date_id("april", Some(2023)), Some(key("april_2023")));
        assert_eq!(
            parse_date_id("july_19", Some(2021)),
            Some(key("2021_07_19"))
        );
    }

    #[test]
    fn anything_else_is_rejected() {
        for id in [
            "",
            "date",
            "may_be",
            "2021_13_01",
            "2021_07_32",
            "12345",
            "china_2020",
            "_",
            "a_b_c_d",
        ] {
            assert_eq!(parse_date_id(id, Some(2020)), None, "{id:?}");
        }
    }

    #[test]
    fn keys_sort_chronologically_less_precise_first() {
        let mut ids = vec![
            "april_2023",
            "2021_07_19",
            "2010",
            "autumn_2020",
            "2020",
            "december_2022",
            "september_2020",
            "2015",
        ];
        ids.sort_by_key(|id| key(id));
        assert_eq!(
            ids,
            [
                "2010",
                "2015",
                "2020",
                "september_2020",
                "autumn_2020",
                "2021_07_19",
                "december_2022",
                "april_2023"
            ]
        );
    }
}
