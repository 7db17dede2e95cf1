//! Named entities: the knowledge base and the recogniser.
//!
//! Recognition runs in passes over every block, noise included (a caption's place, date
//! and photographer, a "Read more" line's country are names a reader marks too) but a
//! news desk's editor's notes:
//! 1. `matcher`: every knowledge-base name, a trie walked from each word start;
//! 2. `dates`: dates, months, seasons and years in French and English;
//! 3. `rules`: names not in the knowledge base (titled people, ministries and
//!    other organisation heads, APT-style groups, military units, acronyms);
//! 4. overlaps are resolved (longest wins, then the more trusted pass), a country
//!    takes in its official form before it (`state_forms`: « Royaume du Maroc »), and a
//!    province's government is an organisation of its own ("the Government of Alberta");
//! 5. `coref`: bare ministries and short person names take the id of the full
//!    mention they stand for.

pub(crate) mod coref;
mod dates;
mod firms;
pub(crate) use firms::INDEFINITE;
mod holder_office;
pub mod kb;
mod lexicon;
mod listed_names;
mod matcher;
mod name_bounds;
mod orgs;
mod outlet_titles;
mod persons;
mod prefixes;
mod rules;
mod stage_labels;
mod state_forms;
mod threats;
mod tokens;
mod towns;
mod trie;

use crate::article::{Lang, Paragraph};
use crate::sentences::Sentence;
use crate::text::{Span, Text};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// English month names, lowercase, January first: the month part of date ids
/// (`april_2023`), from the one calendar list (`crate::calendar`).
pub static DATE_ID_MONTHS: LazyLock<[&'static str; 12]> =
    LazyLock::new(|| std::array::from_fn(|i| crate::calendar::month_id(i as u32 + 1)));

pub use kb::{knowledge_base, lookup, KbEntry, KnowledgeBase};
pub(crate) use lexicon::{
    kind_word as lexicon_kind_word, kind_word_after as lexicon_kind_word_after, le_word,
    name_gender, stop_word, FxHasher, Gender, WordMap, WordSet,
};
pub(crate) use rules::slug;

/// Whether a lowercase word is a French adjective by its ending (« nationale », « fédéral »),
/// by the knowledge base lexicon's endings.
pub(crate) fn french_adjective_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && lexicon::lexicon()
            .adjective_endings_fr
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
}

/// Whether a lowercase word joins a name's words ("of", « de »: `name_joiner` in the
/// knowledge base lexicon).
pub(crate) fn name_joiner(w: &str) -> bool {
    lexicon::lexicon().name_joiners.contains(w)
}

/// The id word of a diplomatic mission's noun ("embassy", « ambassade » -> `embassy`).
pub(crate) fn mission_id_word(noun: &str) -> Option<&'static str> {
    lexicon::lexicon().missions.get(noun).map(String::as_str)
}

/// The id suffix of a ministry's portfolio written in lowercase words ("foreign" -> `mfa`,
/// "defence" -> `mod`), as the knowledge base's lexicon spells it in either case.
pub(crate) fn portfolio_suffix(words: &[&str]) -> Option<&'static str> {
    lexicon::lexicon()
        .portfolios
        .iter()
        .find_map(|(p, suffix)| {
            let same = p.len() == words.len()
                && p.iter()
                    .zip(words)
                    .all(|(a, b)| crate::fold::same_folded(a, b));
            same.then_some(suffix.as_str())
        })
}

/// Entity types, as defined in the annotation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// Named people.
    Person,
    /// Agencies, ministries, militaries, companies, media, alliances.
    Org,
    /// Countries, cities, governments named by place.
    Gpe,
    /// Regions that are not states.
    Loc,
    /// Explicit dates, years, months.
    Date,
    /// Threat-actor groups and military units named as actors.
    Group,
    /// Named malicious software.
    Malware,
}

impl EntityType {
    /// The label used in the JSON and the UI legend.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
            EntityType::Group => "GROUP",
            EntityType::Malware => "MALWARE",
        }
    }
}

/// One mention of an entity in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First char of the mention.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The mention's text, as in the article.
    pub text: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Language-independent id (lowercase ASCII slug).
    pub id: String,
}

impl Mention {
    /// The mention's char span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How much a candidate mention is trusted when two overlap with the same length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Priority {
    /// A guess from an all-capitals word or a source line.
    Weak,
    /// A capitalised sequence ending in an organisation word (`Times`, `Agency`).
    Suffix,
    /// A person found by a title or apposition.
    Person,
    /// A ministry or organisation head with its complement.
    Head,
    /// A date, an APT-style name, a military unit.
    Pattern,
    /// A knowledge-base name.
    Known,
}

/// A possible mention, in byte offsets, before overlaps are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Entity type.
    pub kind: EntityType,
    /// Id; ids starting with `?` are resolved by `coref` (`?mfa`: the ministry of the country meant).
    pub id: String,
    /// Trust, for ties.
    pub priority: Priority,
}

/// Find every entity mention in the article, sorted by start. Never panics.
pub fn recognise(
    text: &Text,
    paragraphs: &[Paragraph],
    _sentences: &[Sentence],
    lang: Lang,
) -> Vec<Mention> {
    let raw = text.raw;
    // (A desk's version tag or update note names nothing of the story.)
    let blocks: Vec<(usize, usize)> = paragraphs
        .iter()
        .filter(|p| p.kind != crate::article::ParagraphKind::EditorNote)
        .map(|p| {
            let r = text.bytes_of(p.span());
            (r.start, r.end)
        })
        .collect();
    let tokens = tokens::Tokens::new(raw, &blocks);
    let folded = matcher::Folded::new(raw);
    let input = matcher::Input {
        raw,
        folded: &folded,
        blocks: &blocks,
        tokens: &tokens,
    };
    let mut candidates = Vec::new();
    let starts = matcher::find(
        &input,
        &|i| cue_near(&tokens, i),
        &|_| true,
        &mut candidates,
    );
    // One sense per article: a one-word threat name confirmed once by a cue word
    // ("the Sandworm group") is that group wherever else the article writes it.
    let confirmed: BTreeSet<&str> = candidates
        .iter()
        .filter(|c| matches!(c.kind, EntityType::Group | EntityType::Malware))
        .map(|c| &raw[c.start..c.end])
        .filter(|name| !name.contains(char::is_whitespace))
        .collect();
    if !confirmed.is_empty() {
        // Only the words that spell a confirmed name read otherwise now: they alone are
        // read again, the other words keep their names. (A word that opens with no name's
        // first byte, most words, is passed over without a lookup.)
        let mut firsts = crate::text::ByteSet::default();
        for &b in confirmed.iter().filter_map(|name| name.as_bytes().first()) {
            firsts.insert(b);
        }
        let spells = |i: usize| {
            let w = tokens.text(i);
            firsts.may_open(w) && confirmed.contains(w)
        };
        let mut redone = Vec::new();
        let redone_starts = matcher::find(
            &input,
            &|i| cue_near(&tokens, i) || spells(i),
            &spells,
            &mut redone,
        );
        candidates = splice(candidates, &starts, redone, &redone_starts);
    }
    // The dates and rules read the knowledge base's names and add theirs after them (no
    // copy of the names: theirs are gathered apart, then appended in the same order).
    let year = dates::article_year(text, paragraphs);
    let mut found = Vec::new();
    dates::find(&tokens, year, &mut found);
    rules::find(&tokens, &candidates, lang, &mut found);
    candidates.append(&mut found);
    let mut picked = resolve(candidates);
    state_forms::extend(raw, &mut picked);
    coref::link(&tokens, lang, &mut picked);
    merge_split_names(raw, &mut picked);
    picked
        .into_iter()
        .map(|c| {
            let span = text.span_of_bytes(c.start, c.end);
            Mention {
                start: span.start,
                end: span.end,
                text: raw[c.start..c.end].to_string(),
                kind: c.kind,
                id: c.id,
            }
        })
        .collect()
}

/// Two mentions of one entity with only a space between them ("Zhao" and "Weiming", each
/// linked to the person named in full further on) are one mention of its full name.
/// The names of a matcher pass (`first`, each word token's from its index in `first_starts`)
/// with those of the words read again (`again`, likewise) in their place.
fn splice(
    first: Vec<Candidate>,
    first_starts: &[(usize, usize)],
    again: Vec<Candidate>,
    again_starts: &[(usize, usize)],
) -> Vec<Candidate> {
    // Where the names of the `k`th word of a pass end: where the next word's begin.
    let end = |starts: &[(usize, usize)], k: usize, len: usize| {
        starts.get(k + 1).map_or(len, |&(_, from)| from)
    };
    let mut out = Vec::with_capacity(first.len());
    // Both passes list their words in text order, the words read again among the first's.
    let mut r = 0;
    for (k, &(token, from)) in first_starts.iter().enumerate() {
        if again_starts.get(r).is_some_and(|&(t, _)| t == token) {
            out.extend_from_slice(&again[again_starts[r].1..end(again_starts, r, again.len())]);
            r += 1;
        } else {
            out.extend_from_slice(&first[from..end(first_starts, k, first.len())]);
        }
    }
    out
}

fn merge_split_names(raw: &str, picked: &mut Vec<Candidate>) {
    let mut merged: Vec<Candidate> = Vec::with_capacity(picked.len());
    for c in picked.drain(..) {
        if let Some(last) = merged.last_mut() {
            let gap = raw.get(last.end..c.start).unwrap_or("x");
            if last.id == c.id
                && last.kind == c.kind
                && !gap.is_empty()
                && gap.chars().all(|ch| ch == ' ')
            {
                last.end = c.end;
                continue;
            }
        }
        merged.push(c);
    }
    *picked = merged;
}

/// How far (in tokens) a cue word may stand from an ambiguous name.
const CUE_WINDOW: usize = 10;

/// Whether a word confirming an ambiguous threat-actor name (`groupe`,
/// `malware`, `cyber…`) stands within a few tokens of token `i`, in its sentence.
fn cue_near(tokens: &tokens::Tokens, i: usize) -> bool {
    let cues = &lexicon::lexicon().cues;
    let Some(block) = tokens.list.get(i).map(|t| t.block) else {
        return false;
    };
    let is_cue = |k: usize| {
        let w = tokens.text(k);
        tokens.list[k].word
            && (cues.contains(w) || w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("cyber")))
    };
    // Within the sentence: stop at a full stop or the block's edge.
    let stops =
        |k: usize| tokens.list[k].block != block || matches!(tokens.text(k), "." | "!" | "?");
    let before = (i.saturating_sub(CUE_WINDOW)..i)
        .rev()
        .take_while(|&k| !stops(k));
    let after = (i + 1..(i + CUE_WINDOW + 1).min(tokens.list.len())).take_while(|&k| !stops(k));
    before.chain(after).any(is_cue)
}

/// Keep the longest candidates that do not overlap (ties: higher priority, then
/// earlier start), and return them in text order.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    crate::order::sort_by(&mut candidates, |a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
            .then(a.id.cmp(&b.id))
    });
    // Start of each kept candidate -> its index in `candidates`. A map of `usize` to `usize`,
    // the type coref uses too, so the wasm holds one copy of the map's code, not two.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if c.end <= c.start {
            continue;
        }
        let clash_before = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &k)| candidates[k].end > c.start);
        if !clash_before {
            taken.insert(c.start, i);
        }
    }
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    taken
        .into_values()
        .filter_map(|i| slots[i].take())
        .collect()
}
