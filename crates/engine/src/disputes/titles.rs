//! Event titles built from what happened: the accused side, the threat group or malware,
//! the victim side and the year, put into the phrase templates of each language
//! (`data/claims/event_titles.tsv`). Never an id: every part is a knowledge-base name or
//! adjective, or how the articles name the group.
//!
//! The parts come from language-independent things: the event's slug (`apt40`,
//! `stuxnet_2010`, `china_2020`), the sides of its accusations' targets, and the countries
//! named in its accusations' sentences that are neither accused nor accusing (the victim).

use super::{side_of, Names, TranslatedClaim};
use crate::article::Lang;
use crate::claims::Stance;
use crate::entities::{lookup, EntityType};
use crate::Analysis;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

const TEMPLATES: &str = include_str!("../../data/claims/event_titles.tsv");

/// What an event's title is made of; a part the event lacks is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitleParts {
    /// The accused side (a country id), or the accused party's id when it has no side.
    pub accused: Option<String>,
    /// The threat group's id.
    pub group: Option<String>,
    /// The malware's id.
    pub malware: Option<String>,
    /// The victim side (a country id).
    pub victim: Option<String>,
    /// The year the event's slug names.
    pub year: Option<String>,
}

/// The slug of an event whose accused the engine could not tell.
const NO_ACTOR: &str = "dispute";

/// The slug's head and trailing year: `china_2020` -> (`china`, `2020`).
pub(super) fn split_year(about: &str) -> (&str, Option<&str>) {
    match about.rsplit_once('_') {
        Some((head, year))
            if year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && year.parse().is_ok_and(crate::calendar::is_year) =>
        {
            (head, Some(year))
        }
        _ => (about, None),
    }
}

/// How many words before a country a victim preposition may stand ("contre les grands
/// réseaux électriques freedoniens": four).
const VICTIM_REACH: usize = 4;

/// The victim prepositions of a language ("against", "contre"), from the claims' word lists.
fn victim_words(lang: Lang) -> impl Iterator<Item = &'static str> {
    let data = match lang {
        Lang::En => include_str!("../../data/claims/words_en.tsv"),
        Lang::Fr => include_str!("../../data/claims/words_fr.tsv"),
    };
    crate::data::rows(data)
        .filter(|(class, _)| *class == "victim_prep")
        .flat_map(|(_, list)| crate::data::words(list))
}

/// [`victim_words`] folded, read once per language (every accusation's sentence is searched
/// for them).
fn victim_preps(lang: Lang) -> &'static [String] {
    static PREPS: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let [en, fr] = PREPS.get_or_init(|| {
        [Lang::En, Lang::Fr].map(|lang| victim_words(lang).map(crate::fold::fold_word).collect())
    });
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// The words of a sentence (the one tokenizer's, read in parts) with their first char
/// (offset into the article).
fn words_at(sentence: &crate::Sentence) -> Vec<(usize, String)> {
    crate::tokens::tokenize(&sentence.text)
        .into_iter()
        .filter(|t| t.word)
        .map(|t| {
            let word = sentence.text[t.start..t.end].to_string();
            (sentence.start + t.char_start, word)
        })
        .collect()
}

/// The victim sides a sentence names: a country, written as a name (a mention) or as an
/// adjective of nationality ("freedoniennes"), a few words after a victim preposition.
fn victims_in(article: &crate::ArticleAnalysis, sentence: &crate::Sentence) -> Vec<String> {
    let preps = victim_preps(article.lang);
    let words = words_at(sentence);
    let folded: Vec<String> = words
        .iter()
        .map(|(_, w)| crate::fold::fold_word(w))
        .collect();
    let first = article
        .entities
        .partition_point(|m| m.start < sentence.start);
    let mentions = &article.entities[first..];
    let kb = crate::entities::knowledge_base();
    let mut out = Vec::new();
    for (k, (at, word)) in words.iter().enumerate() {
        let after_prep = folded[k.saturating_sub(VICTIM_REACH)..k]
            .iter()
            .any(|w| preps.contains(w));
        if !after_prep {
            continue;
        }
        let named = mentions
            .iter()
            .take_while(|m| m.start <= *at)
            .find(|m| m.start == *at && m.kind == EntityType::Gpe)
            .and_then(|m| side_of(&m.id));
        let side = named.or_else(|| kb.country_of_adjective(word).map(|e| e.id.clone()));
        out.extend(side);
    }
    out
}

/// The most frequent item, the first seen among equals.
fn most_frequent(items: impl IntoIterator<Item = String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(i, _)| *i == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(i, _)| i)
}

/// The parts of the title of event `about`, from its claims.
pub fn title_parts(analysis: &Analysis, claims: &[TranslatedClaim], about: &str) -> TitleParts {
    let accusations: Vec<&TranslatedClaim> = claims
        .iter()
        .filter(|c| c.about == about)
        .filter(|c| c.stance == Stance::Accusation)
        .collect();
    parts_of(analysis, about, &accusations)
}

/// [`title_parts`], given the event's accusations (in claim order).
fn parts_of(analysis: &Analysis, about: &str, accusations: &[&TranslatedClaim]) -> TitleParts {
    let (head, year) = split_year(about);
    let kind = lookup(head).map(|e| e.kind);
    // The slug names the accused actor unless it names a group, a malware or nothing.
    let named_by_slug = match kind {
        Some(EntityType::Group | EntityType::Malware) => None,
        _ if head == NO_ACTOR => None,
        _ => Some(side_of(head).unwrap_or_else(|| head.to_string())),
    };
    let accused = named_by_slug.or_else(|| {
        let sides = accusations
            .iter()
            .filter_map(|c| c.target.as_ref())
            .filter(|t| t.id != head)
            .map(|t| side_of(&t.id).unwrap_or_else(|| t.id.clone()));
        most_frequent(sides)
    });
    // A set: each country named in the accusations' sentences is looked up in it.
    let speakers: BTreeSet<String> = accusations
        .iter()
        .filter_map(|c| side_of(&c.speaker.as_ref()?.id))
        .collect();
    // The countries the accusations' sentences name as hit, other than the accused and accusers.
    let named = accusations
        .iter()
        .flat_map(|c| &c.versions)
        .flat_map(|&(a, c)| {
            let article = &analysis.articles[a];
            let sentence = article
                .claims
                .get(c)
                .and_then(|c| article.sentences.get(c.sentence));
            sentence.map(|s| victims_in(article, s)).unwrap_or_default()
        });
    let victim = most_frequent(
        named.filter(|side| Some(side) != accused.as_ref() && !speakers.contains(side)),
    );
    TitleParts {
        accused,
        group: (kind == Some(EntityType::Group)).then(|| head.to_string()),
        malware: (kind == Some(EntityType::Malware)).then(|| head.to_string()),
        victim,
        year: year.map(str::to_string),
    }
}

/// A country's adjective in a language: English capitalised ("Chinese"); French in the form
/// that agrees with the templates' feminine plural nouns ("chinoises").
fn adjective(id: &str, lang: Lang) -> Option<String> {
    let entry = lookup(id)?;
    let fits = |a: &&String| match lang {
        // "North Korean", not "U.S.".
        Lang::En => {
            a.chars().next().is_some_and(char::is_uppercase)
                && a.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        }
        Lang::Fr => a.chars().next().is_some_and(char::is_lowercase) && a.ends_with("es"),
    };
    entry.adjectives.iter().find(fits).cloned()
}

/// The title of an event in a language, from its parts and the names of its parties.
pub fn title(parts: &TitleParts, names: &BTreeMap<String, Names>, lang: Lang) -> String {
    let name = |id: &Option<String>| {
        let id = id.as_ref()?;
        let said = names.get(id).and_then(|n| n.in_lang(lang)).map(|(n, _)| n);
        said.map(str::to_string)
            .or_else(|| lookup(id).map(|e| e.name(lang.code()).to_string()))
    };
    let slot = |slot: &str| -> Option<String> {
        match slot {
            "accused" => name(&parts.accused),
            "accused_adj" => adjective(parts.accused.as_deref()?, lang),
            "group" => name(&parts.group),
            "malware" => name(&parts.malware),
            "victim_adj" => adjective(parts.victim.as_deref()?, lang),
            "year" => parts.year.clone(),
            _ => None,
        }
    };
    crate::data::rows(TEMPLATES)
        .filter(|(l, _)| *l == lang.code())
        .find_map(|(_, template)| fill(template, &slot))
        .unwrap_or_default()
}

/// A template with its slots filled: `None` when a slot outside brackets is unknown; a
/// bracketed part is dropped when one of its slots is.
fn fill(template: &str, slot: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        out.push_str(&fill_plain(&rest[..open], slot)?);
        let close = rest[open..].find(']').map_or(rest.len(), |c| open + c);
        if let Some(part) = fill_plain(&rest[open + 1..close], slot) {
            out.push_str(&part);
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(&fill_plain(rest, slot)?);
    Some(out)
}

/// Text with `{slot}`s filled, or `None` if one is unknown.
fn fill_plain(text: &str, slot: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        out.push_str(&slot(&rest[open + 1..close])?);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Every event's title in both languages, by slug.
pub fn event_titles(
    analysis: &Analysis,
    claims: &[TranslatedClaim],
    names: &BTreeMap<String, Names>,
) -> BTreeMap<String, Names> {
    // Each event's accusations, in claim order, gathered in one pass over the claims.
    let mut accusations: BTreeMap<&str, Vec<&TranslatedClaim>> = BTreeMap::new();
    for c in claims {
        let of_event = accusations.entry(c.about.as_str()).or_default();
        if c.stance == Stance::Accusation {
            of_event.push(c);
        }
    }
    let mut out = BTreeMap::new();
    for c in claims {
        if out.contains_key(&c.about) {
            continue;
        }
        let of_event = accusations
            .get(c.about.as_str())
            .map_or(&[][..], Vec::as_slice);
        let parts = parts_of(analysis, &c.about, of_event);
        let titles = Names {
            en: Some(title(&parts, names, Lang::En)),
            fr: Some(title(&parts, names, Lang::Fr)),
        };
        out.insert(c.about.clone(), titles);
    }
    out
}
