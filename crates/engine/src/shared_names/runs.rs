//! Names of several words both versions of a pair write alike.
//!
//! "Nordhavn Shipping", "Bandar Imam Khomeini", "KTP Telecom": a run of title-case words
//! (the first may be a company's initials) that the two
//! versions write identically in sentences the aligner linked is one name, as a single
//! such word is (`name_shared_words`): translators keep names whole. The run becomes one
//! mention in both versions, wherever each writes it, with one id; the shorter mentions the
//! recogniser found inside it ("Imam Khomeini" as a person, "Nordhavn" as a firm) give way
//! to it, since the longer name is the one the text uses. A run already one mention in both
//! versions, or one reaching past a mention that overlaps it, is left as it is.

use super::{
    add_mentions, kind_beside, name_like, shared_mention, title_case, words, written_alike, Word,
    Written,
};
use crate::align::Alignment;
use crate::entities::{lookup, slug, stop_word, EntityType};
use crate::ArticleAnalysis;
use std::collections::BTreeMap;

/// Fewest words of a run: a single word is `name_shared_words`' case.
const MIN_RUN_WORDS: usize = 2;
/// Shortest inner word of a run (chars): a two-letter word inside a name (`Abu`, `Li`) is
/// kept, a single capital (an initial, `J.`) is not.
const MIN_INNER_CHARS: usize = 2;

/// A run of title-case words in a sentence: its text and its type from a noun beside it.
struct Run {
    text: String,
    kind: EntityType,
}

impl Written for Run {
    fn text(&self) -> &str {
        &self.text
    }
    /// Never "capitalised by position alone": a sentence's opening capitalises its first
    /// word, not the next ones, so a run opening both versions' sentences ("Nordhavn
    /// Shipping said", « Nordhavn Shipping a indiqué ») is still a name.
    fn opens(&self) -> bool {
        false
    }
}

/// Whether a word may stand inside a run: title case (`Imam`, `Bin`), no function word.
fn inner_word(word: &str) -> bool {
    title_case(word, MIN_INNER_CHARS)
}

/// Most letters of an acronym opening a run (`RNT Energia`, `KTP Telecom`): longer
/// all-capitals words are shouted words, not initials.
const MAX_LEAD_ACRONYM: usize = 5;

/// Whether a word may open a run as a company's initials before its title-case words
/// (`RNT Energia`): all capitals, two to `MAX_LEAD_ACRONYM` letters, no function word, and
/// nothing the knowledge base knows (`US`, `EU` name a place or body of their own).
fn lead_acronym(word: &str) -> bool {
    let letters = word.chars().count();
    (2..=MAX_LEAD_ACRONYM).contains(&letters)
        && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && !stop_word(word)
        && lookup(&slug(word)).is_none()
}

/// Whether words `k` and `k + 1` of a sentence are separated by one plain space only.
fn next_to(text: &str, ws: &[Word], k: usize) -> bool {
    let end = ws[k].byte + ws[k].text.len();
    ws[k + 1].byte == end + 1 && text[end..].starts_with(' ')
}

/// The runs of some sentences of an article: maximal sequences of title-case words one
/// space apart, of at least `MIN_RUN_WORDS`, whose first and last words are name-like.
fn runs(article: &ArticleAnalysis, sentences: &[usize]) -> Vec<Run> {
    let mut out = Vec::new();
    for s in sentences.iter().filter_map(|&i| article.sentences.get(i)) {
        let ws = words(&s.text, s.start);
        let mut k = 0;
        while k < ws.len() {
            let acronym = lead_acronym(ws[k].text)
                && k + 1 < ws.len()
                && inner_word(ws[k + 1].text)
                && next_to(&s.text, &ws, k);
            if !inner_word(ws[k].text) && !acronym {
                k += 1;
                continue;
            }
            let mut last = k;
            while last + 1 < ws.len()
                && inner_word(ws[last + 1].text)
                && next_to(&s.text, &ws, last)
            {
                last += 1;
            }
            let named = last + 1 - k >= MIN_RUN_WORDS
                && (acronym || name_like(ws[k].text))
                && name_like(ws[last].text);
            if named {
                let (from, to) = (ws[k].byte, ws[last].byte + ws[last].text.len());
                let text = s.text[from..to].to_string();
                let kind = kind_beside(&ws, k, last);
                out.push(Run { text, kind });
            }
            k = last + 1;
        }
    }
    out
}

/// The type and id of a mention of an article spanning exactly this text, if any.
fn one_mention(article: &ArticleAnalysis, text: &str) -> Option<(EntityType, String)> {
    article
        .entities
        .iter()
        .find(|m| m.text == text)
        .map(|m| (m.kind, m.id.clone()))
}

/// Mark every occurrence of the runs in an article as one mention, in place of the
/// mentions inside it; an occurrence overlapping a mention that reaches past it is left.
fn mark_runs(article: &mut ArticleAnalysis, names: &BTreeMap<String, (EntityType, String)>) {
    let mut found = Vec::new();
    let mut replaced = Vec::new();
    for s in &article.sentences {
        for (name, (kind, id)) in names {
            for (start, end) in super::occurrences(&s.text, name, s.start) {
                // Mentions are sorted and do not overlap: those overlapping are contiguous.
                let first = article.entities.partition_point(|m| m.end <= start);
                let after = article.entities.partition_point(|m| m.start < end);
                let overlapping: Vec<usize> = (first..after.max(first)).collect();
                let inside = overlapping.iter().all(|&k| {
                    let m = &article.entities[k];
                    m.start >= start && m.end <= end && (m.start, m.end) != (start, end)
                });
                if !inside {
                    continue;
                }
                replaced.extend(overlapping);
                found.push(shared_mention(start, end, name, (*kind, id)));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    crate::order::sort(&mut replaced);
    replaced.dedup();
    for k in replaced.into_iter().rev() {
        article.entities.remove(k);
    }
    add_mentions(article, found);
}

/// Give the runs of title-case words both versions of a pair write alike, in linked
/// sentences, one mention and one id in both.
pub(crate) fn name_shared_runs(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    let name = |f: Run, e: &Run| {
        let whole = |k: usize| {
            let file = if k == 0 {
                &alignment.source
            } else {
                &alignment.target
            };
            let article = articles.iter().find(|a| &a.file == file)?;
            one_mention(article, &f.text)
        };
        let (in_fr, in_en) = (whole(0), whole(1));
        if in_fr.is_some() && in_en.is_some() {
            return None;
        }
        // A version that names the run whole already gives its type and id.
        Some(in_fr.or(in_en).unwrap_or_else(|| {
            let id = slug(&f.text);
            let kind = if e.kind != EntityType::Org {
                e.kind
            } else {
                f.kind
            };
            (lookup(&id).map_or(kind, |known| known.kind), id)
        }))
    };
    let Some(((src, tgt), shared)) = written_alike(articles, alignment, runs, name) else {
        return;
    };
    for article in [src, tgt] {
        mark_runs(&mut articles[article], &shared);
    }
}
