//! Organisation names that list their fields: "the Fisheries, Forests and Rural Affairs
//! Committee", "the Culture, Heritage & Sport Office", "the Ministry of Fisheries, Forests
//! and the Rural Economy". Commas part the first fields and `and` or `&` comes before the
//! last; a list that never closes so, or holds a name of its own (a country, a known
//! body), is the sentence's, not the name's.

use super::name_bounds::{after_the, starts_another_name, AFTER_AND_WORDS};
use super::orgs::{cap_word, joiner_at};
use super::rules::View;

/// Most fields one name lists ("Defence, Intelligence, Security and Foreign Relations":
/// four); a longer list is a sentence's enumeration.
const MAX_FIELDS: usize = 4;
/// Most capitalised words of one field ("Foreign Relations": two, "Rural Economy" after
/// `the`); more is a name of its own.
const FIELD_WORDS: usize = 3;

/// Whether token `k` may be a word of a listed field: a capitalised word of a name that the
/// base does not know as a name of its own, and that does not open its sentence (whose
/// capital says nothing).
fn field_word(v: &View, from: usize, k: usize) -> bool {
    let opens = k == 0
        || v.t.list[k - 1].block != v.t.list[k].block
        || matches!(v.text(k - 1), "." | "!" | "?");
    cap_word(v, from, k) && v.known[k].is_none() && !v.t.list[k].all_caps && !opens
}

/// Before the name's capitalised words from `start` to its head `head` (`Heritage & Sport
/// Office`), the first token of the fields listed before them (`Culture, `): only when
/// those words already hold the list's closing `and` or `&`.
pub fn listed_start(v: &View, head: usize, start: usize) -> usize {
    let closed = (start..head).any(|k| joiner_at(v, head, k));
    if !closed {
        return start;
    }
    let mut first = start;
    for _ in 1..MAX_FIELDS {
        if first < 2 || !v.punct_in(head, first - 1, ",") {
            break;
        }
        let field = (first.saturating_sub(1 + FIELD_WORDS)..first - 1)
            .rev()
            .take_while(|&k| field_word(v, head, k))
            .last();
        match field {
            Some(k) => first = k,
            None => break,
        }
    }
    first
}

/// After a complement ending at `end` (`Ministry of Fisheries`), the last token of the
/// fields listed after it (`, Forests and the Rural Economy`): commas, then `and` or `&`,
/// maybe `the`, before the last field; `end` itself when the list does not close so.
pub fn listed_end(v: &View, from: usize, end: usize) -> usize {
    let mut j = end + 1;
    // (A list opens on a comma; "X and Y" alone is the complement's own.)
    if !v.punct_in(from, j, ",") {
        return end;
    }
    for _ in 1..MAX_FIELDS {
        let closing = joiner_at(v, from, j);
        if !closing && !v.punct_in(from, j, ",") {
            return end;
        }
        if closing && starts_another_name(v, from, after_the(v, j), AFTER_AND_WORDS) {
            return end;
        }
        let mut k = j + 1;
        if closing && v.word_in(from, k) && v.text(k) == "the" {
            k += 1;
        }
        let Some(last) = (k..k + FIELD_WORDS)
            .take_while(|&w| field_word(v, from, w))
            .last()
        else {
            return end;
        };
        if closing {
            return last;
        }
        j = last + 1;
    }
    end
}
