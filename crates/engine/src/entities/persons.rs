//! People not in the knowledge base, found by a title or an apposition.
//!
//! - after a title: `M. YOSHIDA Tomoyuki`, `spokesperson Mao Ning`,
//!   `Chief Cabinet Secretary Hirokazu Matsuno`, `President Biden`
//!   (one name word is enough after a capitalised title or an abbreviation);
//! - in apposition to a role: `le porte-parole du ministère …, Mao Ning`,
//!   `Mao Ning, porte-parole …` (two name words at least).
//!
//! The id is the slug of the name as written (`yoshida_tomoyuki`); short
//! mentions later in the text (`Matsuno`) are linked by `coref`.

use super::lexicon::lexicon;
use super::rules::View;
use super::{Candidate, EntityType, Priority};

/// Whether a word is a title or role (`President`, `Secretary`), never part of a name.
fn is_title_word(w: &str) -> bool {
    let lx = lexicon();
    lx.title_words.contains(w) || lx.roles.contains(w)
}

/// The longest run of name words starting at `i` (at most four): its last token.
fn name_run(v: &View, i: usize) -> Option<usize> {
    if !v.name_word(i, i) || is_title_word(v.text(i)) {
        return None;
    }
    let mut end = i;
    while end + 1 - i < 4
        && v.name_word(i, end + 1)
        && v.t.list[end + 1].space_before
        && !is_title_word(v.text(end + 1))
    {
        end += 1;
    }
    // A possessive ends a name: `Japan's`.
    Some(end)
}

/// Whether `text` is the title word `title`, or it capitalised at a sentence start.
fn same_word(text: &str, title: &str) -> bool {
    let (mut a, mut b) = (text.chars(), title.chars());
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => (x == y || x.to_lowercase().eq(y.to_lowercase())) && a.eq(b),
        _ => text == title,
    }
}

/// A title right before the name starting at token `name`: whether it is
/// strong enough for a one-word name (capitalised, or an abbreviation).
fn title_before(v: &View, name: usize) -> Option<bool> {
    let block = v.t.list[name].block;
    let prev = name
        .checked_sub(1)
        .map(|k| v.text(k).trim_end_matches('.'))?;
    if !prev.is_empty() && !lexicon().title_last_words.contains(prev) {
        return None;
    }
    'titles: for title in &lexicon().titles {
        let mut k = name;
        for word in title.iter().rev() {
            let (body, dot) = match word.strip_suffix('.') {
                Some(b) => (b, true),
                None => (word.as_str(), false),
            };
            if dot {
                if k == 0 || v.text(k - 1) != "." {
                    continue 'titles;
                }
                k -= 1;
            }
            if k == 0
                || !v.t.list[k - 1].word
                || !same_word(v.text(k - 1), body)
                || v.t.list[k - 1].block != block
            {
                continue 'titles;
            }
            k -= 1;
        }
        let first = title[0].chars().next().is_some_and(char::is_uppercase);
        return Some(first || title.iter().any(|w| w.ends_with('.')));
    }
    None
}

fn person(v: &View, a: usize, b: usize) -> Candidate {
    v.candidate(a, b, EntityType::Person, v.slug(a, b), Priority::Person)
}

/// Whether a word is a role, also as the last part of a compound (`vice-ministre`).
fn is_role(w: &str) -> bool {
    let roles = &lexicon().roles;
    roles.contains(w)
        || w.rsplit_once('-')
            .is_some_and(|(_, last)| roles.contains(last))
}

/// Whether a role word appears in the clause before token `comma`.
fn role_before(v: &View, comma: usize) -> bool {
    let mut k = comma;
    let mut seen = 0;
    while k > 0 && seen < 15 {
        k -= 1;
        if v.t.list[k].block != v.t.list[comma].block {
            return false;
        }
        let w = v.text(k);
        if matches!(
            w,
            "." | ";" | "," | "!" | "?" | "«" | "»" | "“" | "”" | "\""
        ) {
            return false;
        }
        if v.t.list[k].word && is_role(w) {
            return true;
        }
        seen += 1;
    }
    false
}

/// Whether a role follows `, ` after token `end`: `Mao Ning, porte-parole`.
fn role_after(v: &View, end: usize) -> bool {
    if !v.punct_in(end, end + 1, ",") {
        return false;
    }
    let mut k = end + 2;
    if v.word_in(end, k) && matches!(v.text(k), "le" | "la" | "the" | "a" | "an" | "un" | "une") {
        k += 1;
    }
    v.word_in(end, k) && is_role(v.text(k))
}

/// Run the person rules at token `i` (a name may start here).
pub fn at(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let Some(end) = name_run(v, i) else {
        return;
    };
    let words = end - i + 1;
    if i > 0 {
        if let Some(strong) = title_before(v, i) {
            // `Chief Cabinet Secretary`: a capitalised word between titles belongs to the title.
            let inside_title = v.word_in(end, end + 1) && is_title_word(v.text(end + 1));
            if inside_title {
                return;
            }
            if words >= 2 || (strong && !lexicon().org_suffixes.contains(v.text(i))) {
                out.push(person(v, i, end));
            }
            return;
        }
    }
    // Only the start of a run: a name never begins inside another name word.
    if i > 0
        && v.name_word(i - 1, i - 1)
        && v.t.list[i].space_before
        && v.t.list[i - 1].block == v.t.list[i].block
    {
        return;
    }
    if words < 2 {
        return;
    }
    let apposition = i > 0 && v.punct_in(i, i - 1, ",") && role_before(v, i - 1);
    if apposition || role_after(v, end) {
        out.push(person(v, i, end));
    }
}
