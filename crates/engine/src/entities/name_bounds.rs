//! Where an organisation's complement stops because another organisation's name begins:
//! "the Bureau of Fisheries and the Coastal Guard Agency" names two bodies, "the
//! Department of the Harbour's Office of Pilotage" two (the harbour department and its
//! office), "the Cyber Command of Ruritania's Home Guard" the command and the guard, the
//! country between them saying whose the guard is.

use super::orgs::{cap_word, is_org_word};
use super::rules::View;
use super::EntityType;

/// Fewest words of a name that begins after `and`: one word alone there is a field of the
/// name before ("Ministry of Intelligence and Security").
pub const AFTER_AND_WORDS: usize = 2;
/// Fewest words of a name that begins after a possessive ("the Harbour's Office of …").
pub const AFTER_POSSESSIVE_WORDS: usize = 1;

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
/// a known organisation, or at least `min_words` words (`and` between them) ending in an
/// organisation's head or last word (`Agency`, `Office`, `Corps`).
pub fn starts_another_name(v: &View, from: usize, k: usize, min_words: usize) -> bool {
    if v.known_at
        .get(&k)
        .is_some_and(|(_, _, kind)| *kind == EntityType::Org)
    {
        return true;
    }
    let mut m = k;
    while m < k + NEXT_NAME_TOKENS {
        let joined = v.word_in(from, m) && v.text(m) == "and" && cap_word(v, from, m + 1);
        if !cap_word(v, from, m) && !joined {
            break;
        }
        m += 1;
    }
    // The head or last word ends the run ("… Security Agency"); one inside it describes
    // a field ("International Cooperation").
    m >= k + min_words && is_org_word(v.text(m - 1))
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
