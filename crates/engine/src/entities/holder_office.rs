//! Bodies named after the public office they serve: "the Information Commissioner's
//! Office", "the Prosecutor General's Office of the Republic of Ruritania". The holder's
//! title (capitalised words ending in a noun of `office_holder` in `lexicon.tsv`), its
//! possessive and a capitalised organisation head are one name; the head's complement
//! belongs to it as it would to the head alone.

use super::lexicon::{class, lexicon};
use super::orgs::{cap_word, complement_end};
use super::rules::View;
use super::{Candidate, EntityType, Priority};

/// Most capitalised words of a holder's title before its possessive ("Deputy Chief
/// Information Commissioner": four); more is a sentence of capitals, not a title.
const MAX_HOLDER_WORDS: usize = 4;

/// `Chief Auditor's Office` at the head `i` (`Office`): the body, from the holder's first
/// word to the head's complement, when the word before the possessive holds an office.
pub fn at(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let tok = v.t.list[i];
    if i < 3 || !tok.capitalised || !v.is(i, class::ORG_HEAD) {
        return;
    }
    let possessive = v.word_in(i, i - 1)
        && v.text(i - 1) == "s"
        && (v.punct_in(i, i - 2, "'") || v.punct_in(i, i - 2, "’"));
    let holder = i - 3;
    if !possessive || !v.word_in(i, holder) || !lexicon().office_holders.contains(v.text(holder)) {
        return;
    }
    let start = (holder.saturating_sub(MAX_HOLDER_WORDS - 1)..=holder)
        .rev()
        .take_while(|&k| cap_word(v, i, k) && !v.t.list[k].all_caps)
        .last()
        .unwrap_or(holder);
    let end = complement_end(v, i, false);
    let id = v.slug(start, end);
    out.push(v.candidate(start, end, EntityType::Org, id, Priority::Head));
}
