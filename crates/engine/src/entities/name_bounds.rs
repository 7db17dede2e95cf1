//! Where an organisation's complement stops because another organisation's name begins:
//! "the Bureau of Fisheries and the Coastal Guard Agency" names two bodies, "the
//! Department of the Harbour's Office of Pilotage" two (the harbour department and its
//! office), "the Cyber Command of Ruritania's Home Guard" the command and the guard, the
//! country between them saying whose the guard is.

use super::orgs::{cap_word, is_org_word};
use super::rules::View;
use super::EntityType;

/// Most tokens of the name that begins after `and` or a possessive ("Cybersecurity and
/// Infrastructure Security Agency": five); the look-ahead stops there.
const NEXT_NAME_TOKENS: usize = 8;

/// After a joiner at `j`, the token where what it joins starts (past `the`).
pub fn after_the(v: &View, j: usize) -> usize {
    if v.word_in(j, j + 1) && v.text(j + 1) == "the" {
        j + 2
    } else {
        j + 1
    }
}

/// Whether the capitalised words from token `k` are an organisation's name of their own:
/// a known organisation, or words (`and` between them) holding an organisation's head or
/// last word (`Agency`, `Office`, `Guard`).
pub fn starts_another_name(v: &View, from: usize, k: usize) -> bool {
    if v.known_at
        .get(&k)
        .is_some_and(|(_, _, kind)| *kind == EntityType::Org)
    {
        return true;
    }
    let mut m = k;
    let mut headed = false;
    while m < k + NEXT_NAME_TOKENS {
        if cap_word(v, from, m) {
            headed |= is_org_word(v.text(m));
        } else if !(v.word_in(from, m) && v.text(m) == "and" && cap_word(v, from, m + 1)) {
            break;
        }
        m += 1;
    }
    headed && m > k
}

/// Where a name ends when a possessive after token `owner_end` opens another name: a place
/// there owns that name, and the complement holding it leaves with it (`before_complement`:
/// the name's end before its preposition); anything else was the name's own last word.
pub fn owner_of_next_name(v: &View, owner_end: usize, before_complement: usize) -> usize {
    let place = matches!(v.known[owner_end], Some(EntityType::Gpe | EntityType::Loc));
    if place {
        before_complement
    } else {
        owner_end
    }
}
