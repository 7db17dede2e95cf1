//! Dates in French and English: `19 juillet 2021`, `July 19, 2021`, `avril`,
//! `l'automne 2020` (-> `automne 2020`), `2015`, `2023-08-15`, `2023/08/15`,
//! `February and August 2026` (the first month takes the range's year), `2 and 9 November`
//! (two days of one month, one date), `mid-June`, « mi-2025 » (a part hyphenated to its month
//! or year).
//!
//! Ids: `2021_07_19` for a day, `april_2023` for a month, `autumn_2020` for a
//! season, `2015` for a year. A day or month without a year takes the
//! article's year: the `date …` header's, else the first full date's; a bare
//! month is a date only after a cue (`en avril`, `in April`, `depuis mars`),
//! which keeps `may` and `mars` from being taken for months.

use super::lexicon::lexicon;
use super::tokens::Tokens;
use super::{Candidate, EntityType, Priority};
use crate::article::{Paragraph, ParagraphKind};
use crate::calendar;
use crate::text::Text;

/// The year of the article's `date …` header, if it has one.
pub fn article_year(text: &Text, paragraphs: &[Paragraph]) -> Option<u32> {
    let header = paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::DateHeader)?;
    let s = text.slice(header.span());
    s.split(|c: char| !c.is_ascii_digit()).find_map(year_of)
}

fn year_of(w: &str) -> Option<u32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = w.parse().ok()?;
    calendar::is_year(y).then_some(y)
}

/// The first three bytes of a word, ASCII letters lowercased.
fn prefix3(w: &str) -> Option<[u8; 3]> {
    let b = w.as_bytes();
    (b.len() >= 3).then(|| {
        [
            b[0].to_ascii_lowercase(),
            b[1].to_ascii_lowercase(),
            b[2].to_ascii_lowercase(),
        ]
    })
}

/// A cheap test before the season table: the first three bytes of every season name.
fn may_be_season(w: &str) -> bool {
    const STARTS: [&[u8; 3]; 9] = [
        b"pri",
        b"\xc3\xa9t",
        b"\xc3\x89t",
        b"aut",
        b"hiv",
        b"spr",
        b"sum",
        b"fal",
        b"win",
    ];
    w.len() <= 9 && prefix3(w).is_some_and(|p| STARTS.iter().any(|s| **s == p))
}

/// Months in a year: the largest month number of a numeric date.
const MONTHS_IN_YEAR: u32 = 12;
/// Days in the longest month: the largest day number of a numeric date.
const LONGEST_MONTH: u32 = 31;
/// Tokens of a numeric date: three numbers and the two marks between them (2026/03/05,
/// 05.03.2026).
const NUMERIC_DATE_TOKENS: usize = 5;
/// Words joining two days of one month (`2 and 9 November`, « 2 et 9 novembre »); a range
/// (`from 2 to 9`, « du 2 au 9 ») is left to its two ends.
const DAY_JOINERS: [&str; 2] = ["and", "et"];
/// Words that make two joined days a range (`between 2 and 5 March`, « entre le 2 et le
/// 5 mars »), left to its two ends as other ranges are.
const RANGE_OPENERS: [&str; 2] = ["between", "entre"];

fn day_of(w: &str) -> Option<u32> {
    let digits = w.strip_suffix("er").unwrap_or(w);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=LONGEST_MONTH).contains(&d).then_some(d)
}

/// A date found, before yearless ones get the article's year.
struct Found {
    start: usize,
    end: usize,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    /// The second day of two joined before one month (`2 and 9 November`).
    and_day: Option<u32>,
    season: Option<&'static str>,
}

struct Scan<'t, 'a> {
    t: &'t Tokens<'a>,
}

impl Scan<'_, '_> {
    /// Word at `i` if it is in the same block as token `from`.
    fn word(&self, from: usize, i: usize) -> Option<&str> {
        let tok = self.t.list.get(i)?;
        (tok.word && tok.block == self.t.list[from].block).then(|| self.t.text(i))
    }

    /// The month named at `i`; an abbreviation (`Oct`, `janv.`) only before a day or a year.
    fn month(&self, from: usize, i: usize) -> Option<u32> {
        let m = calendar::month(self.word(from, i)?)?;
        if !(self.t.list[i].capitalised || m.lowercase_ok) {
            return None;
        }
        if m.abbreviated {
            let next = if self.punct(i + 1, ".") { i + 2 } else { i + 1 };
            self.day(i, next).or_else(|| self.year(i, next))?;
        }
        Some(m.month)
    }

    /// The token after the month at `i`: past the dot of an abbreviation (`Oct. 14`).
    fn after_month(&self, i: usize) -> usize {
        let abbreviated = calendar::month(self.t.text(i)).is_some_and(|m| m.abbreviated);
        if abbreviated && self.punct(i + 1, ".") {
            i + 2
        } else {
            i + 1
        }
    }

    fn year(&self, from: usize, i: usize) -> Option<u32> {
        year_of(self.word(from, i)?)
    }

    fn day(&self, from: usize, i: usize) -> Option<u32> {
        day_of(self.word(from, i)?)
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.t.list.get(i).is_some_and(|t| !t.word) && self.t.text(i) == p
    }

    /// Whether a bare month at `i` follows a cue (`en`, `in`, `d'`, `début`).
    fn cued(&self, i: usize) -> bool {
        let cues = &lexicon().month_cues;
        if i == 0 || self.t.list[i - 1].block != self.t.list[i].block {
            return false;
        }
        let prev = self.t.text(i - 1);
        if matches!(prev, "'" | "’") && i >= 2 {
            return cues.contains(&format!("{}'", self.t.text(i - 2).to_lowercase()));
        }
        if prev == "-" && i >= 2 {
            return cues.contains(&format!("{}-", self.t.text(i - 2).to_lowercase()));
        }
        // `between January and March`, « entre janvier et mars »: the month a joiner adds to
        // a cued month is cued by it too.
        let joined = i >= 2
            && calendar::is_month_joiner(prev)
            && self.month(i, i - 2).is_some()
            && self.cued(i - 2);
        joined || cues.contains(prev)
    }

    /// A date from token `a` to token `b`.
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.t.list[a].start, self.t.list[b].end)
    }

    /// `July 19, 2021`, `Oct. 14`, `July 2021`, a cued `en avril`: the date starting
    /// with the month at `i`, and how many tokens it takes.
    fn month_first(&self, i: usize) -> Option<(Found, usize)> {
        let m = self.month(i, i)?;
        let n = self.after_month(i);
        let found = |last: usize, year, day| {
            let (start, end) = self.span(i, last);
            let month = Some(m);
            let f = Found {
                start,
                end,
                year,
                month,
                day,
                and_day: None,
                season: None,
            };
            Some((f, last - i + 1))
        };
        if let Some(d) = self.day(i, n) {
            if self.punct(n + 1, ",") {
                if let Some(y) = self.year(i, n + 2) {
                    return found(n + 2, Some(y), Some(d));
                }
            }
            if let Some(y) = self.year(i, n + 1) {
                return found(n + 1, Some(y), Some(d));
            }
            return self.t.list[i]
                .capitalised
                .then(|| found(n, None, Some(d)))
                .flatten();
        }
        if let Some(y) = self.year(i, n) {
            return found(n, Some(y), None);
        }
        if let Some(y) = self.range_year(i, n) {
            return found(i, Some(y), None);
        }
        self.cued(i).then(|| found(i, None, None)).flatten()
    }

    /// The year of a range's second month when token `n` joins it to the month at `i`
    /// (`February and August 2026`, « de mars à mai 2025 »): the first month is that year's.
    fn range_year(&self, i: usize, n: usize) -> Option<u32> {
        if !calendar::is_month_joiner(self.word(i, n)?) {
            return None;
        }
        let (second, _) = self.month_first(n + 1)?;
        second.day.is_none().then_some(second.year).flatten()
    }

    /// Whether token `k` is the mark `p` glued to the token before it.
    fn glued_mark(&self, k: usize, p: &str) -> bool {
        self.punct(k, p) && !self.t.list[k].space_before
    }

    /// The two-digit number glued to the token before it at `k`, from 1 to `max`.
    fn glued_number(&self, k: usize, max: u32) -> Option<u32> {
        let tok = self.t.list.get(k).filter(|t| t.digits && !t.space_before)?;
        let n: u32 = self.t.text(k).parse().ok()?;
        (tok.end - tok.start == 2 && (1..=max).contains(&n)).then_some(n)
    }

    /// A numeric date of five tokens from token `i` (three numbers and two marks).
    fn numeric(&self, i: usize, year: u32, month: u32, day: u32) -> (Found, usize) {
        let f = Found {
            start: self.t.list[i].start,
            end: self.t.list[i + NUMERIC_DATE_TOKENS - 1].end,
            year: Some(year),
            month: Some(month),
            day: Some(day),
            and_day: None,
            season: None,
        };
        (f, NUMERIC_DATE_TOKENS)
    }

    /// `2026/03/05`: a year, a month and a day glued by slashes, from the year at `i`;
    /// the date and how many tokens it takes.
    fn slashed(&self, i: usize, y: u32) -> Option<(Found, usize)> {
        if !(self.glued_mark(i + 1, "/") && self.glued_mark(i + 3, "/")) {
            return None;
        }
        let m = self.glued_number(i + 2, MONTHS_IN_YEAR)?;
        let d = self.glued_number(i + 4, LONGEST_MONTH)?;
        Some(self.numeric(i, y, m, d))
    }

    /// `12.11.2026`, `21/11/2026`: a day, a month and a year glued by dots or slashes, from
    /// the number at `i`. Dots are the order of central European and Swiss dates, never
    /// month first; slashes are day first too (French, British, European usage) unless the
    /// second number cannot be a month, which only the American order writes (`11/21/2026`).
    fn day_month_year(&self, i: usize) -> Option<(Found, usize)> {
        if self.t.list[i].end - self.t.list[i].start > 2 {
            return None;
        }
        let mark = [".", "/"]
            .into_iter()
            .find(|&p| self.glued_mark(i + 1, p) && self.glued_mark(i + 3, p))?;
        let first: u32 = self.t.text(i).parse().ok()?;
        let glued_year = self.t.list.get(i + 4).is_some_and(|t| !t.space_before);
        let y = year_of(self.word(i, i + 4)?).filter(|_| glued_year)?;
        if let Some(m) = self.glued_number(i + 2, MONTHS_IN_YEAR) {
            if (1..=LONGEST_MONTH).contains(&first) {
                return Some(self.numeric(i, y, m, first));
            }
        }
        let month_first = mark == "/" && (1..=MONTHS_IN_YEAR).contains(&first);
        let d = self
            .glued_number(i + 2, LONGEST_MONTH)
            .filter(|_| month_first)?;
        Some(self.numeric(i, y, first, d))
    }

    /// `mid-2025`, `mid-June`, « mi-juin », « mi-2025 »: a part of a month or year joined to
    /// it by a hyphen, one word, is the date (the year's or the month's id, as `early
    /// October` has the month's).
    fn hyphenated_part(&self, i: usize) -> Option<(Found, usize)> {
        // (The hyphen found byte by byte: a char pattern's searcher costs more than the
        // short words it is asked of, nearly every word.)
        let w = self.word(i, i)?;
        let hyphen = w.bytes().position(|b| b == b'-')?;
        let (part, rest) = (&w[..hyphen], &w[hyphen + 1..]);
        if !calendar::is_month_part(part) {
            return None;
        }
        let month = calendar::month(rest)
            .filter(|m| !m.abbreviated && (m.lowercase_ok || rest.starts_with(char::is_uppercase)));
        let year = year_of(rest);
        if month.is_none() && year.is_none() {
            return None;
        }
        let (start, end) = self.span(i, i);
        let f = Found {
            start,
            end,
            year,
            month: month.map(|m| m.month),
            day: None,
            and_day: None,
            season: None,
        };
        Some((f, 1))
    }

    /// Whether the day at `i` opens a range: `between` or « entre (le) » right before it.
    fn opens_range(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).and_then(|j| self.word(i, j));
        let opener =
            |w: Option<&str>| w.is_some_and(|w| RANGE_OPENERS.contains(&w.to_lowercase().as_str()));
        opener(before(1)) || (before(1) == Some("le") && opener(before(2)))
    }

    /// `2 and 9 November`, « les 2 et 9 novembre », « le 2 et le 9 novembre »: two days
    /// joined before one month are one date, which both languages write whole.
    fn joined_days(&self, i: usize) -> Option<(Found, usize)> {
        let first = self.day(i, i)?;
        if !DAY_JOINERS.contains(&self.word(i, i + 1)?) || self.opens_range(i) {
            return None;
        }
        let mut k = i + 2;
        if self.word(i, k) == Some("le") {
            k += 1;
        }
        let second = self.day(i, k)?;
        let (mut f, used) = self.at(k).filter(|(f, _)| f.day == Some(second))?;
        f.start = self.t.list[i].start;
        f.day = Some(first);
        f.and_day = Some(second);
        Some((f, used + k - i))
    }

    fn at(&self, i: usize) -> Option<(Found, usize)> {
        let tok = self.t.list[i];
        if tok.digits {
            if let Some(date) = self.day_month_year(i) {
                return Some(date);
            }
        }
        let found = |end_tok: usize, year, month, day, season| Found {
            start: tok.start,
            end: self.t.list[end_tok].end,
            year,
            month,
            day,
            and_day: None,
            season,
        };
        // A day opens with a digit: the day rules are asked only of such words.
        let opens_with_digit = self.t.text(i).starts_with(|c: char| c.is_ascii_digit());
        // 19 juillet 2021 / 19 July 2021 / 19 juillet
        // (The month looked up only after a day: most words are none.)
        let day_month = opens_with_digit
            .then(|| self.day(i, i))
            .flatten()
            .and_then(|d| self.month(i, i + 1).map(|m| (d, m)));
        if let Some((d, m)) = day_month {
            let n = self.after_month(i + 1);
            return Some(match self.year(i, n) {
                Some(y) => (found(n, Some(y), Some(m), Some(d), None), n - i + 1),
                None => (found(i + 1, None, Some(m), Some(d), None), 2),
            });
        }
        if let Some(date) = opens_with_digit.then(|| self.joined_days(i)).flatten() {
            return Some(date);
        }
        if let Some(date) = self.hyphenated_part(i) {
            return Some(date);
        }
        // `early October`, `début octobre`: a bare month is a date through its cue, and a
        // cue naming a part of the month belongs to it (with a day or year, they name it).
        if calendar::is_month_part(self.word(i, i)?) {
            let bare = self
                .month_first(i + 1)
                .filter(|(f, _)| f.day.is_none() && f.year.is_none());
            if let Some((mut f, used)) = bare {
                f.start = tok.start;
                return Some((f, used + 1));
            }
        }
        if self.month(i, i).is_some() {
            return self.month_first(i);
        }
        let w = self.word(i, i)?;
        let season = may_be_season(w).then(|| lexicon().seasons.get(w)).flatten();
        if let Some(season) = season {
            let season: &'static str = match season.as_str() {
                "spring" => "spring",
                "summer" => "summer",
                "winter" => "winter",
                _ => "autumn",
            };
            let mut j = i + 1;
            if matches!(self.word(i, j), Some("of" | "de")) {
                j += 1;
            }
            let y = self.year(i, j)?;
            return Some((found(j, Some(y), None, None, Some(season)), j - i + 1));
        }
        if let Some(y) = year_of(w) {
            if let Some(date) = self.slashed(i, y) {
                return Some(date);
            }
            // A year glued to a hyphen or slash is a range or a code, not a date.
            let next = self.t.list.get(i + 1);
            if next.is_some_and(|n| !n.space_before && matches!(self.t.text(i + 1), "/" | "%")) {
                return None;
            }
            return Some((found(i, Some(y), None, None, None), 1));
        }
        // 2023-08-15
        let b = w.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
            let m: u32 = w[5..7].parse().ok()?;
            if let (Some(y), Some(d)) = (year_of(&w[..4]), day_of(&w[8..])) {
                if (1..=MONTHS_IN_YEAR).contains(&m) {
                    return Some((found(i, Some(y), Some(m), Some(d), None), 1));
                }
            }
        }
        None
    }
}

fn id_of(f: &Found, year: Option<u32>) -> String {
    let name = calendar::month_id;
    let y = f.year.or(year);
    match (f.season, y, f.month, f.day) {
        (Some(s), Some(y), _, _) => format!("{s}_{y}"),
        (_, Some(y), Some(m), Some(d)) => match f.and_day {
            Some(e) => format!("{y:04}_{m:02}_{d:02}_{e:02}"),
            None => format!("{y:04}_{m:02}_{d:02}"),
        },
        (_, None, Some(m), Some(d)) => match f.and_day {
            Some(e) => format!("{}_{d}_{e}", name(m)),
            None => format!("{}_{d}", name(m)),
        },
        (_, Some(y), Some(m), None) => format!("{}_{y}", name(m)),
        (_, None, Some(m), None) => name(m).to_string(),
        (_, Some(y), None, _) => y.to_string(),
        _ => "date".to_string(),
    }
}

/// Find the dates among the tokens; `year` is the article's header year.
pub fn find(tokens: &Tokens, year: Option<u32>, out: &mut Vec<Candidate>) {
    let scan = Scan { t: tokens };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.list.len() {
        if !tokens.list[i].word {
            i += 1;
            continue;
        }
        match scan.at(i) {
            Some((f, used)) => {
                found.push(f);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    let year = year.or_else(|| {
        found
            .iter()
            .find(|f| f.day.is_some() && f.month.is_some())
            .and_then(|f| f.year)
    });
    for f in &found {
        out.push(Candidate {
            start: f.start,
            end: f.end,
            kind: EntityType::Date,
            id: id_of(f, year),
            priority: Priority::Pattern,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_tests_accept_every_name() {
        for w in ["Été", "été", "ÉTÉ", "automne", "Fall"] {
            assert!(may_be_season(w), "{w}");
            assert!(lexicon().seasons.contains_key(w), "{w}");
        }
        for w in ["décembre", "Décembre", "août", "February", "mai", "May"] {
            assert!(calendar::month(w).is_some(), "{w}");
        }
    }
}
