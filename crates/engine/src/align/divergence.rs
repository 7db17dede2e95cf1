//! Divergences: where an aligned French/English pair does not say quite the
//! same thing — a hedge, a number, a quotation, an entity or a claim stance
//! present in one language only.

use super::features::SentenceFeatures;
use crate::claims::{Claim, Stance};
use crate::order::set_of;
use crate::{ArticleAnalysis, EntityType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Which side of an aligned pair something belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The source (French) article.
    Source,
    /// The target (English) article.
    Target,
}

/// What differs between the two sides of an aligned pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceKind {
    /// A hedge ("aurait", "allegedly") softens the claim on one side only.
    Hedge,
    /// A number appears on one side only.
    Number,
    /// A quotation appears on one side only.
    Quote,
    /// An entity is named on one side only.
    Entity,
    /// The claims of the two sides have different stances.
    Stance,
}

/// One divergence of an aligned pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Divergence {
    /// What differs.
    pub kind: DivergenceKind,
    /// The side that has the item the other lacks.
    pub side: Side,
    /// A sentence a reader can understand, e.g. `hedge "allegedly" in English only`.
    pub detail: String,
}

fn language(side: Side) -> &'static str {
    match side {
        Side::Source => "French",
        Side::Target => "English",
    }
}

fn gather<'a, T: Ord + Clone + 'a>(
    items: impl Iterator<Item = &'a SentenceFeatures>,
    get: impl Fn(&'a SentenceFeatures) -> &'a [T],
) -> BTreeSet<T> {
    set_of(items.flat_map(|f| get(f).iter().cloned()))
}

/// The divergences of French sentences `src` aligned with English sentences `tgt`.
pub(crate) fn divergences(
    source: (&ArticleAnalysis, &[SentenceFeatures]),
    target: (&ArticleAnalysis, &[SentenceFeatures]),
    src: &[usize],
    tgt: &[usize],
) -> Vec<Divergence> {
    let mut out = Vec::new();
    if src.is_empty() || tgt.is_empty() {
        return out;
    }
    let fr = || src.iter().filter_map(|&i| source.1.get(i));
    let en = || tgt.iter().filter_map(|&j| target.1.get(j));

    let hedges = (gather(fr(), |f| &f.hedges), gather(en(), |f| &f.hedges));
    for (side, mine, theirs) in [
        (Side::Source, &hedges.0, &hedges.1),
        (Side::Target, &hedges.1, &hedges.0),
    ] {
        if theirs.is_empty() && !mine.is_empty() {
            let list: Vec<String> = mine.iter().map(|h| format!("\"{h}\"")).collect();
            out.push(Divergence {
                kind: DivergenceKind::Hedge,
                side,
                detail: format!("hedge {} in {} only", list.join(", "), language(side)),
            });
        }
    }

    let numbers = (gather(fr(), |f| &f.numbers), gather(en(), |f| &f.numbers));
    for (side, mine, theirs) in [
        (Side::Source, &numbers.0, &numbers.1),
        (Side::Target, &numbers.1, &numbers.0),
    ] {
        for n in mine.difference(theirs) {
            out.push(Divergence {
                kind: DivergenceKind::Number,
                side,
                detail: format!("number {n} in {} only", language(side)),
            });
        }
    }

    let quotes: (Vec<&String>, Vec<&String>) = (
        fr().flat_map(|f| f.quotes.iter()).collect(),
        en().flat_map(|f| f.quotes.iter()).collect(),
    );
    for (side, mine, theirs) in [
        (Side::Source, &quotes.0, &quotes.1),
        (Side::Target, &quotes.1, &quotes.0),
    ] {
        if mine.len() > theirs.len() {
            let detail = if theirs.is_empty() {
                let list: Vec<String> = mine.iter().map(|q| format!("«{q}»")).collect();
                format!("quotation {} in {} only", list.join(", "), language(side))
            } else {
                format!(
                    "{} quotations in {}, {} in the other",
                    mine.len(),
                    language(side),
                    theirs.len()
                )
            };
            out.push(Divergence {
                kind: DivergenceKind::Quote,
                side,
                detail,
            });
        }
    }

    // Places and dates are named in passing and tagged unevenly across languages
    // ("américaines" vs "US"); actors always count, places only as a claim's party. Only a
    // name written in the text counts as named; a party the other side describes ("the
    // spokesperson", "the report") or refers to ("il") and that its claim resolves to the
    // same id is there too: a name and a description of one party are the same party.
    let own_parties = (parties_of(source.0, src), parties_of(target.0, tgt));
    let parties = &own_parties.0 | &own_parties.1;
    let named_in = (named(fr(), &parties), named(en(), &parties));
    let present = (&named_in.0 | &own_parties.0, &named_in.1 | &own_parties.1);
    for (side, mine, theirs) in [
        (Side::Source, &named_in.0, &present.1),
        (Side::Target, &named_in.1, &present.0),
    ] {
        for id in mine.difference(theirs) {
            out.push(Divergence {
                kind: DivergenceKind::Entity,
                side,
                detail: format!("{} named in {} only", reader_name(id), language(side)),
            });
        }
    }

    let stances = (stances_of(source.0, src), stances_of(target.0, tgt));
    for (side, mine, theirs) in [
        (Side::Source, &stances.0, &stances.1),
        (Side::Target, &stances.1, &stances.0),
    ] {
        let (other, other_sentences) = match side {
            Side::Source => (target.0, tgt),
            Side::Target => (source.0, src),
        };
        // An accusation and a counter-accusation are one stance read in two contexts; a
        // stance the other version has a word for is read differently, not said only here.
        let worded = |stance: Stance| {
            other_sentences.iter().any(|&i| {
                other.sentences.get(i).is_some_and(|s| {
                    crate::claims::has_cue_for(s, &other.entities, other.lang, stance)
                })
            })
        };
        let accusing = |s: &Stance| matches!(s, Stance::Accusation | Stance::CounterAccusation);
        let said_there =
            |s: &Stance| theirs.contains(s) || (accusing(s) && theirs.iter().any(accusing));
        for stance in mine.iter().filter(|s| !said_there(s) && !worded(**s)) {
            out.push(Divergence {
                kind: DivergenceKind::Stance,
                side,
                detail: format!("{} claim in {} only", stance_name(*stance), language(side)),
            });
        }
    }
    out
}

/// An entity as a reader knows it: the knowledge base's English name, else its id in words.
fn reader_name(id: &str) -> String {
    crate::entities::lookup(id).map_or_else(|| id.replace('_', " "), |e| e.name_en.clone())
}

/// Ids of the entities that matter for divergences: actors, and any claim party.
fn named<'a>(
    features: impl Iterator<Item = &'a SentenceFeatures>,
    parties: &BTreeSet<String>,
) -> BTreeSet<String> {
    set_of(
        features
            .flat_map(|f| f.entities.iter())
            .filter(|(id, kind)| match kind {
                EntityType::Person | EntityType::Org | EntityType::Group | EntityType::Malware => {
                    true
                }
                EntityType::Gpe | EntityType::Loc => parties.contains(id),
                EntityType::Date => false,
            })
            .map(|(id, _)| id.clone()),
    )
}

/// Speaker and target ids of the claims made in `sentences`.
fn parties_of(article: &ArticleAnalysis, sentences: &[usize]) -> BTreeSet<String> {
    set_of(
        claims_in(article, sentences)
            .iter()
            .filter(|c| sentences.contains(&c.sentence))
            .flat_map(|c| [&c.speaker, &c.target])
            .flatten()
            .map(|party| party.id.clone()),
    )
}

/// The claims made in the run of sentences `sentences`, found by binary search since
/// claims come in sentence order (a linear scan per link is quadratic on long texts).
fn claims_in<'a>(article: &'a ArticleAnalysis, sentences: &[usize]) -> &'a [Claim] {
    let (Some(&first), Some(&last)) = (sentences.iter().min(), sentences.iter().max()) else {
        return &[];
    };
    let from = article.claims.partition_point(|c| c.sentence < first);
    let to = article.claims.partition_point(|c| c.sentence <= last);
    article.claims.get(from..to.max(from)).unwrap_or(&[])
}

/// The distinct stances of the claims made in `sentences`, in `Stance` order. A sorted `Vec`
/// rather than a `BTreeSet`: a set of this one type would add its own copy of the tree code.
fn stances_of(article: &ArticleAnalysis, sentences: &[usize]) -> Vec<Stance> {
    let mut stances: Vec<Stance> = claims_in(article, sentences)
        .iter()
        .filter(|c| sentences.contains(&c.sentence))
        .map(|c| c.stance)
        .collect();
    crate::order::sort(&mut stances);
    stances.dedup();
    stances
}

fn stance_name(stance: Stance) -> &'static str {
    match stance {
        Stance::Accusation => "accusation",
        Stance::CounterAccusation => "counter-accusation",
        Stance::Denial => "denial",
        Stance::NonConfirmation => "non-confirmation",
        Stance::Acknowledgment => "acknowledgment",
        Stance::Condemnation => "condemnation",
        Stance::OtherClaim => "other",
    }
}
