//! "The network confirmed …" after "the Tartu Heating Network", « le réseau a reconnu … »
//! after « le Réseau de chaleur de Tartu »: a definite noun, in lowercase, that heads the
//! name of an organisation the text named before it stands for that organisation, as a
//! body's noun from the lexicons does ("the agency"). Such a word gets a body-noun hit
//! ([`Family::RoleOrg`]); the speaker rules then take it up as any "the agency": the
//! organisation named or heard whose name holds it.
//!
//! A name's head is the noun its complements hang on: in English the last word before the
//! first word that joins a complement ("Bank" of "Tartu Savings Bank of Estonia"), in
//! French the first (« Réseau » of « Réseau de chaleur de Tartu »).

use super::content::definite_before;
use super::facts::Facts;
use super::lexicon::Family;
use super::tokens::Hit;
use crate::article::Lang;
use crate::entities::{name_joiner, EntityType};

/// Nouns that name a party already: the lexicons' reading of them stands.
const PARTY_NOUNS: u128 = Family::set(&[
    Family::RolePerson,
    Family::RoleOrg,
    Family::RoleDoc,
    Family::SubUnit,
]);

/// Shortest head taken up: a two-letter word is an article or an initial, no body's noun.
const MIN_HEAD_CHARS: usize = 3;

/// Give each sentence a body-noun hit on every definite lowercase word that heads the name
/// of an organisation named before it (in an earlier sentence, or earlier in its own).
pub(crate) fn mark_name_heads(facts: &mut [Facts]) {
    let mut heads: Vec<(String, usize)> = Vec::new();
    for (si, f) in facts.iter_mut().enumerate() {
        for m in &f.mentions {
            if m.mention.kind == EntityType::Org {
                // (Each head once, where it was first met: a long text names the same bodies
                // hundreds of times, and every candidate word is compared with the heads.)
                let head = head_of(&m.mention.text, f.lang);
                if let Some(head) = head.filter(|h| heads.iter().all(|(seen, _)| seen != h)) {
                    heads.push((head, token_key(si, m.last)));
                }
            }
        }
        let found: Vec<usize> = (0..f.tokens.len())
            .filter(|&i| takes_up(f, i, &heads, token_key(si, i)))
            .collect();
        if found.is_empty() {
            continue;
        }
        for i in found {
            f.add_hit(Hit {
                family: Family::RoleOrg,
                side: None,
                first: i,
                last: i,
            });
        }
    }
}

/// Sentences and tokens in reading order, as one number (a sentence holds at most
/// [`super::facts::MAX_TOKENS`] tokens).
fn token_key(sentence: usize, token: usize) -> usize {
    sentence * (super::facts::MAX_TOKENS + 1) + token
}

/// Whether token `i` (at `key`) is a lowercase word after a definite article, in no mention and
/// no party noun of the lexicons already, that heads an organisation's name met before it.
fn takes_up(f: &Facts, i: usize, heads: &[(String, usize)], key: usize) -> bool {
    let t = &f.tokens[i];
    let lowercase = t.raw.chars().next().is_some_and(char::is_lowercase);
    if !t.word || !lowercase || f.marks_at(i) & PARTY_NOUNS != 0 || !definite_before(f, i) {
        return false;
    }
    let in_mention = f.mentions.iter().any(|m| m.first <= i && i <= m.last);
    !in_mention
        && heads
            .iter()
            .any(|(head, at)| *at < key && head.as_str() == t.lower.as_str())
}

/// The head noun of an organisation's name, lowercased, if it has one of a body's length.
fn head_of(name: &str, lang: Lang) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let before_joiner = words
        .iter()
        .position(|w| name_joiner(&w.to_lowercase()))
        .unwrap_or(words.len());
    let head = match lang {
        Lang::Fr => words.first(),
        _ => words[..before_joiner].last(),
    }?;
    // (An acronym or a word in capitals is a name's own, never written as a common noun.)
    let common = head.chars().skip(1).all(char::is_lowercase);
    (common && head.chars().count() >= MIN_HEAD_CHARS).then(|| head.to_lowercase())
}
