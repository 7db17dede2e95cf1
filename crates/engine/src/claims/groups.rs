//! Unnamed groups that speak ("Freedonian officials", « des responsables freedoniens »).
//!
//! Such a speaker is no entity and no country: "Freedonian officials" are not Freedonia.
//! Its id is an English description, the same in both languages: the modifiers before the
//! head noun, the adjective of the side the phrase names, then the head
//! ("former_freedonian_officials"). The words are data (`data/claims/groups.tsv`).

use super::facts::Facts;
use crate::entities::WordMap;
use std::sync::OnceLock;

/// How many words before the head may be modifiers ("d'anciens hauts responsables").
const MODIFIER_REACH: usize = 2;

/// The words of `groups.tsv`: head nouns, modifiers and side adjectives, by word.
#[derive(Debug, Default)]
struct Groups {
    heads: WordMap<&'static str>,
    modifiers: WordMap<&'static str>,
    adjectives: WordMap<&'static str>,
}

fn groups() -> &'static Groups {
    static GROUPS: OnceLock<Groups> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut g = Groups::default();
        for (class, rest) in crate::data::rows(include_str!("../../data/claims/groups.tsv")) {
            let Some((english, list)) = rest.split_once('\t') else {
                continue;
            };
            let map = match class {
                "head" => &mut g.heads,
                "modifier" => &mut g.modifiers,
                "adjective" => &mut g.adjectives,
                _ => continue,
            };
            for w in crate::data::words(list) {
                map.insert(w.to_string(), english);
            }
        }
        g
    })
}

/// The description id of a group whose head noun is token `head`, with the side its
/// phrase names: `None` when `head` is no group noun.
pub(crate) fn describe(f: &Facts, head: usize, side: Option<&str>) -> Option<String> {
    let g = groups();
    let noun = g.heads.get(f.tokens[head].lower.as_str())?;
    let mut words: Vec<&str> = Vec::new();
    let mut k = head;
    let mut reach = MODIFIER_REACH;
    while k > 0 && reach > 0 {
        k -= 1;
        let t = &f.tokens[k];
        // Marks and the side's own words ("former US officials") lie between modifiers and head.
        let side_word = f.sides.iter().any(|h| h.first <= k && k <= h.last);
        if !t.word || side_word {
            continue;
        }
        match g.modifiers.get(t.lower.as_str()) {
            Some(m) => words.insert(0, m),
            None => break,
        }
        reach -= 1;
    }
    // "des responsables de la défense": a modifier after the head, across small words.
    let after = f.tokens[head + 1..].iter().filter(|t| t.word).find(|t| {
        !matches!(
            t.lower.as_str(),
            "de" | "du" | "des" | "d" | "la" | "l" | "en" | "of"
        )
    });
    if let Some(m) = after.and_then(|t| g.modifiers.get(t.lower.as_str())) {
        if !words.contains(m) {
            words.push(m);
        }
    }
    if let Some(adj) = side.map(|s| g.adjectives.get(s).copied().unwrap_or(s)) {
        // The side's adjective comes after the modifiers: "former Freedonian officials".
        let at = words.len();
        words.insert(at, adj);
    }
    words.push(noun);
    Some(words.join("_"))
}
