//! Unnamed groups that speak ("Freedonian officials", « des responsables freedoniens »).
//!
//! Such a speaker is no entity and no country: "Freedonian officials" are not Freedonia.
//! Its id is an English description, the same in both languages: the modifiers before the
//! head noun, the adjective of the side the phrase names, then the head
//! ("former_freedonian_officials"). The words are data (`data/claims/groups.tsv`).

use super::facts::Facts;
use super::lexicon::{Family, CUE_FAMILIES};
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
    generic: WordMap<&'static str>,
    /// Adjectives of a bloc of states, no one country ("Western", « européen »).
    blocs: WordMap<&'static str>,
    /// Counts before a description ("several", « plusieurs »): named, never in the id.
    quantifiers: WordMap<&'static str>,
    /// Complements right after the head, as lowercase words, with their English id words
    /// ("close to the investigation", « proche de l'enquête »).
    complements: Vec<(Vec<String>, &'static str)>,
}

fn groups() -> &'static Groups {
    static GROUPS: OnceLock<Groups> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut g = Groups::default();
        for (class, rest) in crate::data::rows(include_str!("../../data/claims/groups.tsv")) {
            let Some((english, list)) = rest.split_once('\t') else {
                continue;
            };
            if class == "complement" {
                for phrase in list.split('|') {
                    let words = super::tokens::tokenize(phrase.trim(), 0)
                        .into_iter()
                        .filter(|t| t.word)
                        .map(|t| t.lower.as_str().to_string())
                        .collect();
                    g.complements.push((words, english));
                }
                continue;
            }
            let map = match class {
                "head" => &mut g.heads,
                "modifier" => &mut g.modifiers,
                "adjective" => &mut g.adjectives,
                "generic" => &mut g.generic,
                "bloc" => &mut g.blocs,
                "quantifier" => &mut g.quantifiers,
                _ => continue,
            };
            for w in crate::data::words(list) {
                map.insert(w.to_string(), english);
            }
        }
        g
    })
}

/// The English adjective of a side: the groups' own list ("us" for the United States),
/// else the knowledge base's first English adjective ("lithuanian"), else the side's id.
fn adjective(side: &str) -> String {
    if let Some(a) = groups().adjectives.get(side) {
        return (*a).to_string();
    }
    crate::entities::lookup(side)
        .and_then(|e| {
            e.adjectives
                .iter()
                .find(|a| a.chars().next().is_some_and(char::is_uppercase))
        })
        .map_or_else(
            || side.to_string(),
            |a| crate::fold::fold_word(a).replace(' ', "_"),
        )
}

/// Whether a candidate is an unnamed group or person described by a group's head noun
/// ("two security firms", "a senior official"): a third party, never a
/// text's own voice.
pub(crate) fn described(c: &super::cands::Cand) -> bool {
    let head = c.head.split_whitespace().last().unwrap_or_default();
    c.group.is_some() && groups().heads.contains_key(head)
}

/// Whether an id is an unnamed group's description ("western_governments"): words joined
/// by "_" ending in a group's head noun.
pub(crate) fn is_description(id: &str) -> bool {
    id.rsplit_once('_').is_some_and(|(_, head)| is_head(head))
}

/// Whether an id's last word is a group's head ("investigators", "us_officials"): people
/// described, not a party named.
pub(crate) fn ends_in_head(id: &str) -> bool {
    is_head(id.rsplit('_').next().unwrap_or(id))
}

/// Whether a word heads a group ("officials", "investigators").
fn is_head(word: &str) -> bool {
    groups().heads.values().any(|h| *h == word)
}

/// Whether an id word is a generic role that any titled person of its side may hold
/// ("official": the undersecretary or the general the story names later).
pub(crate) fn generic(word: &str) -> bool {
    groups().generic.contains_key(word)
}

/// Whether a word is a group's modifier ("intelligence" in "US intelligence officials").
pub(crate) fn modifier(word: &str) -> bool {
    groups().modifiers.contains_key(word)
}

/// A group described by its head noun at token `head`: its id, and the tokens its
/// description spans in the text (from the first modifier or side word to the last).
pub(crate) struct Description {
    pub id: String,
    pub first: usize,
    pub last: usize,
    /// The token of a bloc's adjective in the description ("Western"): no party of its own.
    pub bloc_at: Option<usize>,
}

/// What walking back from a group's head noun meets: its modifiers (in text order), how
/// many of them come after the side's or bloc's word, that side and bloc, and the first
/// token of the description.
#[derive(Default)]
struct Before<'a> {
    modifiers: Vec<&'a str>,
    after_side: Option<usize>,
    side: Option<&'a str>,
    bloc: Option<(&'static str, usize)>,
    first: usize,
}

/// Walk back from the head over modifiers, the side's word and a bloc's adjective
/// ("former US intelligence officials": "intelligence", then "US", then "former").
fn walk_back<'a>(f: &'a Facts, head: usize) -> Before<'a> {
    let g = groups();
    let mut b = Before {
        first: head,
        ..Before::default()
    };
    let mut k = head;
    let mut reach = MODIFIER_REACH;
    while k > 0 && reach > 0 {
        k -= 1;
        let t = &f.tokens[k];
        if let Some(h) = f.sides.iter().find(|h| h.first <= k && k <= h.last) {
            b.after_side.get_or_insert(b.modifiers.len());
            // ("a senior Freedonian official": one person's country word stays a party of
            // its own, so the side comes from the word itself.)
            b.side = b.side.or(h.side);
            b.first = h.first;
            continue;
        }
        // Marks lie between modifiers and head.
        if !t.word {
            continue;
        }
        // "a Western security official": a bloc's adjective stands where a side's would.
        if let Some(bloc) = g.blocs.get(t.lower.as_str()).filter(|_| b.bloc.is_none()) {
            b.after_side.get_or_insert(b.modifiers.len());
            b.bloc = Some((bloc, k));
            b.first = k;
            continue;
        }
        // "several former US officials": the count opens the phrase, outside its id.
        if g.quantifiers.contains_key(t.lower.as_str()) {
            b.first = k;
            break;
        }
        // "Freedonian port officials": one plain lowercase noun between the side's word
        // and the head qualifies it too.
        let after_side_word = k > 0
            && b.modifiers.is_empty()
            && !t.capitalised()
            && f.sides.iter().any(|h| h.last == k - 1)
            && !CUE_FAMILIES
                .iter()
                .any(|&c| f.is(k, c) && c != Family::Topic);
        match g.modifiers.get(t.lower.as_str()) {
            Some(m) => b.modifiers.push(m),
            None if after_side_word => b.modifiers.push(t.lower.as_str()),
            None => break,
        }
        b.first = k;
        reach -= 1;
    }
    b.modifiers.reverse();
    b
}

/// A modifier after the head, across small words ("des responsables de la défense"; the
/// side's or a bloc's adjective may stand between: « des experts freedoniens en
/// cybersécurité »): its token and English word.
fn modifier_after(f: &Facts, head: usize) -> Option<(usize, &'static str)> {
    let g = groups();
    let after = (head + 1..f.tokens.len()).find(|&i| {
        let t = &f.tokens[i];
        let side_word = f.sides.iter().any(|h| h.first <= i && i <= h.last);
        t.word
            && !side_word
            && !g.blocs.contains_key(t.lower.as_str())
            && !matches!(
                t.lower.as_str(),
                "de" | "du" | "des" | "d" | "la" | "l" | "en" | "of"
            )
    })?;
    g.modifiers
        .get(f.tokens[after].lower.as_str())
        .map(|m| (after, *m))
}

/// The description of a group whose head noun is token `head`, with the side its
/// phrase names: `None` when `head` is no group noun.
pub(crate) fn describe(f: &Facts, head: usize, side: Option<&str>) -> Option<Description> {
    let g = groups();
    let noun = g.heads.get(f.tokens[head].lower.as_str())?;
    let mut b = walk_back(f, head);
    let mut last = head;
    // « un diplomate européen », « des gouvernements occidentaux »: a bloc's adjective
    // right after the head.
    if b.bloc.is_none() {
        b.bloc = f
            .tokens
            .get(head + 1)
            .and_then(|t| g.blocs.get(t.lower.as_str()))
            .map(|bloc| (*bloc, head + 1));
        last = b.bloc.map_or(last, |(_, at)| at);
    }
    // The side's adjective stands where its word stood ("former US intelligence
    // officials"), else after the modifiers before the head (« d'anciens responsables
    // américains »); a modifier after the head follows it (« du renseignement »).
    let at = b.modifiers.len() - b.after_side.unwrap_or(0);
    let mut words: Vec<&str> = b.modifiers;
    let adjective = side
        .or(b.side)
        .map(adjective)
        .or(b.bloc.map(|(bloc, _)| bloc.to_string()));
    if let Some(adjective) = adjective.as_deref() {
        words.insert(at, adjective);
    }
    if let Some((i, m)) = modifier_after(f, head).filter(|(_, m)| !words.contains(m)) {
        words.push(m);
        last = last.max(i);
    }
    words.push(noun);
    if let Some((c, end)) = complement(f, head) {
        words.push(c);
        last = last.max(end);
    }
    Some(Description {
        id: words.join("_"),
        first: b.first,
        last,
        bloc_at: b.bloc.map(|(_, at)| at),
    })
}

/// The complement that follows the head word for word ("a source close to the
/// investigation": `close_to_investigation`), and the token its last word is.
fn complement(f: &Facts, head: usize) -> Option<(&'static str, usize)> {
    let next: Vec<usize> = (head + 1..f.tokens.len())
        .filter(|&i| f.tokens[i].word)
        .collect();
    groups()
        .complements
        .iter()
        .filter(|(words, _)| !words.is_empty())
        .find(|(words, _)| {
            next.len() >= words.len()
                && next
                    .iter()
                    .zip(words)
                    .all(|(&i, b)| f.tokens[i].lower.as_str() == b)
        })
        .map(|(words, english)| (*english, next[words.len() - 1]))
}
