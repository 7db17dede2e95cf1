//! The disputes page's model and the entity pages' facts, derived where the analysis is made
//! (`build.rs` for the bundled articles, the web worker for the reader's own), so that the
//! app only renders them.
//!
//! Everything points into the [`crate::Views`]' claims across languages by index: the disputed
//! events with their claims (accusations first), who accuses whom (the matrix's cells and the
//! order of its rows and columns in each interface language), the dated claims of the
//! timeline, for every id the corpus names, its spellings, the sentences naming it and the
//! claims it makes or is the target of; and for the library, each article's disputes in a
//! line ("China accuses US; Global Times denies") and the parties that speak or are targeted.

mod dates;
mod lines;

pub use dates::{parse_date_id, DateKey, Season};
pub use lines::{dispute_lines, join_names, DisputeLine, UNNAMED};

use crate::claims::Party;
use crate::disputes::{ClaimRef, Names, TranslatedClaim};
use crate::entities::lookup;
use crate::sorted_map::SortedMap;
use crate::{order, Analysis, ArticleAnalysis, EntityType, Lang, Mention, Stance};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A disputed event and its claims.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardEvent {
    /// The engine's slug of the event.
    pub about: String,
    /// Its claims (indexes into the views' claims): accusations first, then responses, each
    /// in reading order.
    pub claims: Vec<usize>,
}

/// A cell of who accuses whom: a speaker, a target, and the claims of one at the other.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardCell {
    /// The speaker's id.
    pub speaker: String,
    /// The target's id.
    pub target: String,
    /// How many claims of each stance, in stance order.
    pub counts: Vec<(Stance, usize)>,
    /// The claims, in the page's order (by event, then as the event lists them).
    pub claims: Vec<usize>,
}

/// The matrix's rows and columns in one interface language: the parties by how many claims
/// they take part in, then by their display name in that language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixOrder {
    /// Who speaks, most claims first (ids).
    pub speakers: Vec<String>,
    /// Who is targeted, most claims first (ids).
    pub targets: Vec<String>,
}

/// A claim on the timeline: a date one of its sentences names, or the date its article was
/// published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// When.
    pub when: DateKey,
    /// When, in the reader's words ("19 July 2021", "autumn 2020": `DateKey`'s Display).
    pub words: String,
    /// When, as a `<time datetime>` value ([`DateKey::datetime`]).
    pub datetime: String,
    /// Whether it dates the statement (its article's publication) rather than an event
    /// the sentence mentions.
    pub statement: bool,
    /// The claim (index into the views' claims).
    pub claim: usize,
    /// The version whose sentence is dated.
    pub at: ClaimRef,
}

/// The sentences of an article that name an entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Naming {
    /// The article (index in the analysis).
    pub article: usize,
    /// How many mentions.
    pub count: usize,
    /// The sentences holding them, each once, in text order.
    pub sentences: Vec<usize>,
}

/// What an entity's page says of one id, beyond the knowledge base's entry and the display
/// names the views give.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityFacts {
    /// The id.
    pub id: String,
    /// Its type, from the knowledge base, else from its first mention.
    pub kind: Option<EntityType>,
    /// How the texts spell it, per language (French first), each spelling once, sorted.
    pub spellings: Vec<(Lang, Vec<String>)>,
    /// Its mentions, per article in library order.
    pub mentions: Vec<Naming>,
    /// The claims it makes, in the page's order.
    pub by: Vec<usize>,
    /// The claims made against it, in the page's order.
    pub against: Vec<usize>,
    /// The events it takes part in (indexes into the board's events), each with how many of
    /// their claims it makes or is the target of.
    pub events: Vec<(usize, usize)>,
}

/// The disputes page's model and the entity pages' facts (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// The disputed events, in order of first appearance.
    pub events: Vec<BoardEvent>,
    /// Who accuses whom: the non-empty cells, by speaker then target id.
    pub cells: Vec<BoardCell>,
    /// The matrix's rows and columns with French names.
    pub order_fr: MatrixOrder,
    /// The matrix's rows and columns with English names.
    pub order_en: MatrixOrder,
    /// The dated claims, in chronological order (events before statements of a date).
    pub timeline: Vec<Dated>,
    /// The facts of every id the corpus names (mentions, and parties of the claims across
    /// languages), by id.
    pub entities: Vec<EntityFacts>,
    /// Each article's disputes, a line each, names in English (the library's cards).
    pub lines: Vec<Vec<DisputeLine>>,
    /// Every party that speaks or is targeted in an article's claim: `(id, English display
    /// name)`, by name (lowercased) then id (the library's filter).
    pub actors: Vec<(String, String)>,
}

impl Board {
    /// The matrix's order in `lang`.
    pub fn order(&self, lang: Lang) -> &MatrixOrder {
        match lang {
            Lang::Fr => &self.order_fr,
            Lang::En => &self.order_en,
        }
    }

    /// The facts of `id`, if the corpus names it.
    pub fn entity(&self, id: &str) -> Option<&EntityFacts> {
        let i = self
            .entities
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()?;
        self.entities.get(i)
    }
}

/// A party's display name in `lang`: the corpus's, else the claim's own.
fn shown_name<'a>(names: &'a SortedMap<String, Names>, party: &'a Party, lang: Lang) -> &'a str {
    names
        .get(&party.id)
        .and_then(|n| n.in_lang(lang))
        .map_or(party.name.as_str(), |(n, _)| n)
}

/// The board of an analysis and its claims across languages, names as `display_names` gave
/// them.
pub fn board_of(
    analysis: &Analysis,
    claims: &[TranslatedClaim],
    names: &SortedMap<String, Names>,
) -> Board {
    let events = events_of(claims);
    let placed: Vec<usize> = events.iter().flat_map(|e| e.claims.clone()).collect();
    let faced: Vec<(&Party, &Party, usize)> = placed
        .iter()
        .filter_map(|&k| {
            let claim = claims.get(k)?;
            Some((claim.speaker.as_ref()?, claim.target.as_ref()?, k))
        })
        .collect();
    let order_in = |lang| MatrixOrder {
        speakers: ranked(faced.iter().map(|f| f.0), names, lang),
        targets: ranked(faced.iter().map(|f| f.1), names, lang),
    };
    Board {
        cells: cells_of(&faced, claims),
        order_fr: order_in(Lang::Fr),
        order_en: order_in(Lang::En),
        timeline: timeline_of(analysis, claims, &events),
        entities: entities_of(analysis, claims, &events),
        events,
        lines: analysis
            .articles
            .iter()
            .map(|a| dispute_lines(&a.claims, |p| shown_name(names, p, Lang::En).to_string()))
            .collect(),
        actors: actors_of(analysis, names),
    }
}

/// Every party of an article's claim, `(id, English display name)`, each id once (by its first
/// claim), sorted by name then id.
fn actors_of(analysis: &Analysis, names: &SortedMap<String, Names>) -> Vec<(String, String)> {
    let claims = analysis.articles.iter().flat_map(|a| &a.claims);
    let mut first: BTreeMap<&str, &Party> = BTreeMap::new();
    for party in claims.flat_map(|c| c.speaker.iter().chain(&c.target)) {
        first.entry(party.id.as_str()).or_insert(party);
    }
    let mut actors: Vec<(String, String)> = first
        .into_iter()
        .map(|(id, p)| (id.to_string(), shown_name(names, p, Lang::En).to_string()))
        .collect();
    order::sort_by(&mut actors, |a, b| {
        (a.1.to_lowercase(), &a.0).cmp(&(b.1.to_lowercase(), &b.0))
    });
    actors
}

/// The events in order of first appearance, each with its claims, accusations first.
fn events_of(claims: &[TranslatedClaim]) -> Vec<BoardEvent> {
    let mut events: Vec<BoardEvent> = Vec::new();
    for (k, claim) in claims.iter().enumerate() {
        match events.iter_mut().find(|e| e.about == claim.about) {
            Some(event) => event.claims.push(k),
            None => events.push(BoardEvent {
                about: claim.about.clone(),
                claims: vec![k],
            }),
        }
    }
    for event in &mut events {
        order::sort_by_key(&mut event.claims, |&k| {
            claims.get(k).map(|c| c.stance) != Some(Stance::Accusation)
        });
    }
    events
}

/// Parties ordered by how many claims they take part in, then by their name in `lang`.
fn ranked<'a>(
    parties: impl Iterator<Item = &'a Party>,
    names: &SortedMap<String, Names>,
    lang: Lang,
) -> Vec<String> {
    let mut counted: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for party in parties {
        counted
            .entry(party.id.as_str())
            .or_insert((shown_name(names, party, lang), 0))
            .1 += 1;
    }
    let mut counted: Vec<(&str, &str, usize)> =
        counted.into_iter().map(|(id, (n, c))| (id, n, c)).collect();
    order::sort_by(&mut counted, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.1.cmp(b.1))
    });
    counted
        .into_iter()
        .map(|(id, _, _)| id.to_string())
        .collect()
}

/// The matrix's cells: the claims of each speaker at each target, counted per stance.
fn cells_of(faced: &[(&Party, &Party, usize)], claims: &[TranslatedClaim]) -> Vec<BoardCell> {
    let mut cells: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for &(speaker, target, k) in faced {
        cells
            .entry((speaker.id.as_str(), target.id.as_str()))
            .or_default()
            .push(k);
    }
    cells
        .into_iter()
        .map(|((speaker, target), ks)| {
            let mut counts: Vec<(Stance, usize)> = Vec::new();
            for stance in ks.iter().filter_map(|&k| claims.get(k)).map(|c| c.stance) {
                match counts.iter_mut().find(|(s, _)| *s == stance) {
                    Some(count) => count.1 += 1,
                    None => counts.push((stance, 1)),
                }
            }
            order::sort_by_key(&mut counts, |&(stance, _)| stance);
            BoardCell {
                speaker: speaker.to_string(),
                target: target.to_string(),
                counts,
                claims: ks,
            }
        })
        .collect()
}

/// A claim's versions, French first.
fn french_first(analysis: &Analysis, claim: &TranslatedClaim) -> Vec<ClaimRef> {
    let mut versions = claim.versions.clone();
    let lang = |&(a, _): &ClaimRef| analysis.articles.get(a).map(|a| a.lang);
    order::sort_by_key(&mut versions, |v| lang(v) != Some(Lang::Fr));
    versions
}

/// An article's publication date, read.
fn published(article: &ArticleAnalysis) -> Option<DateKey> {
    parse_date_id(article.date.as_deref()?, None)
}

/// One entry per date a claim's sentences mention, and one for when it was published; in
/// chronological order, events before statements of the same date.
fn timeline_of(
    analysis: &Analysis,
    claims: &[TranslatedClaim],
    events: &[BoardEvent],
) -> Vec<Dated> {
    let mut entries: Vec<Dated> = Vec::new();
    // Each article's date mentions by start, searched per claim: scanning every mention for
    // every claim was quadratic on long articles (1.2 s for ten 1 MB files).
    let dates_of: Vec<Vec<&Mention>> = analysis
        .articles
        .iter()
        .map(|article| {
            let mut dates: Vec<&Mention> = article
                .entities
                .iter()
                .filter(|m| m.kind == EntityType::Date)
                .collect();
            order::sort_by_key(&mut dates, |m| m.start);
            dates
        })
        .collect();
    for &k in events.iter().flat_map(|e| &e.claims) {
        let Some(claim) = claims.get(k) else { continue };
        let versions = french_first(analysis, claim);
        let article = |&(a, _): &ClaimRef| analysis.articles.get(a);
        let first_published = versions
            .iter()
            .find_map(|v| Some((published(article(v)?)?, *v)));
        let fallback_year = first_published.map(|(d, _)| d.year);
        // The few dates of one claim's sentences, each once.
        let mut seen: Vec<DateKey> = Vec::new();
        for &(a, c) in &versions {
            let Some(article) = analysis.articles.get(a) else {
                continue;
            };
            let sentence = article.claims.get(c).map(|c| c.sentence);
            let Some(sentence) = sentence.and_then(|s| article.sentences.get(s)) else {
                continue;
            };
            let dates = &dates_of[a];
            let first = dates.partition_point(|m| m.start < sentence.start);
            let inside = dates[first..]
                .iter()
                .take_while(|m| m.start <= sentence.end)
                .filter(|m| m.end <= sentence.end);
            for m in inside {
                let Some(when) = parse_date_id(&m.id, fallback_year) else {
                    continue;
                };
                if !seen.contains(&when) {
                    seen.push(when);
                    entries.push(Dated {
                        when,
                        words: when.to_string(),
                        datetime: when.datetime(),
                        statement: false,
                        claim: k,
                        at: (a, c),
                    });
                }
            }
        }
        if let Some((when, at)) = first_published {
            entries.push(Dated {
                when,
                words: when.to_string(),
                datetime: when.datetime(),
                statement: true,
                claim: k,
                at,
            });
        }
    }
    order::sort_by_key(&mut entries, |e| (e.when, e.statement));
    entries
}

/// The sentence of an article holding a span (sentences are sorted and do not overlap).
fn sentence_of(article: &ArticleAnalysis, start: usize, end: usize) -> Option<usize> {
    let after = article.sentences.partition_point(|s| s.start <= start);
    let s = after.checked_sub(1)?;
    (article.sentences.get(s)?.end >= end).then_some(s)
}

/// The facts of every id the analysis names (mentions, and parties of the claims across
/// languages), by id.
fn entities_of(
    analysis: &Analysis,
    claims: &[TranslatedClaim],
    events: &[BoardEvent],
) -> Vec<EntityFacts> {
    let mut facts: BTreeMap<String, EntityFacts> = BTreeMap::new();
    let mut spelt: BTreeMap<(&str, bool), Vec<&str>> = BTreeMap::new();
    for (a, article) in analysis.articles.iter().enumerate() {
        for m in &article.entities {
            let entry = facts.entry(m.id.clone()).or_insert_with(|| EntityFacts {
                id: m.id.clone(),
                kind: Some(m.kind),
                ..EntityFacts::default()
            });
            if entry.mentions.last().is_none_or(|n| n.article != a) {
                entry.mentions.push(Naming {
                    article: a,
                    ..Naming::default()
                });
            }
            if let Some(naming) = entry.mentions.last_mut() {
                naming.count += 1;
                if let Some(s) = sentence_of(article, m.start, m.end) {
                    if naming.sentences.last().is_none_or(|&last| last < s) {
                        naming.sentences.push(s);
                    } else if !naming.sentences.contains(&s) {
                        naming.sentences.push(s);
                        order::sort(&mut naming.sentences);
                    }
                }
            }
            spelt
                .entry((m.id.as_str(), article.lang == Lang::En))
                .or_default()
                .push(m.text.as_str());
        }
    }
    // The parties of the claims across languages (a version's own party that its translation
    // names otherwise is not one).
    for party in claims
        .iter()
        .flat_map(|c| c.speaker.iter().chain(&c.target))
    {
        facts
            .entry(party.id.clone())
            .or_insert_with(|| EntityFacts {
                id: party.id.clone(),
                ..EntityFacts::default()
            });
    }
    for ((id, english), names) in spelt {
        let lang = if english { Lang::En } else { Lang::Fr };
        let names = order::set_of(names)
            .into_iter()
            .map(str::to_string)
            .collect();
        if let Some(entry) = facts.get_mut(id) {
            entry.spellings.push((lang, names));
        }
    }
    for (e, event) in events.iter().enumerate() {
        for &k in &event.claims {
            let Some(claim) = claims.get(k) else { continue };
            let speaker = claim.speaker.as_ref().map(|p| p.id.as_str());
            let target = claim.target.as_ref().map(|p| p.id.as_str());
            let mut ids: Vec<&str> = speaker.into_iter().chain(target).collect();
            // Speaking at oneself counts once.
            ids.dedup();
            for id in ids {
                let Some(entry) = facts.get_mut(id) else {
                    continue;
                };
                if entry.events.last().is_none_or(|&(last, _)| last != e) {
                    entry.events.push((e, 0));
                }
                if let Some(last) = entry.events.last_mut() {
                    last.1 += 1;
                }
                if speaker == Some(id) {
                    entry.by.push(k);
                }
                if target == Some(id) {
                    entry.against.push(k);
                }
            }
        }
    }
    facts
        .into_values()
        .map(|mut entry| {
            if let Some(known) = lookup(&entry.id) {
                entry.kind = Some(known.kind);
            }
            entry
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disputes::Names;

    const FR: &str = "Pékin accuse Washington\n\nLe ministère chinois des Affaires étrangères a accusé mardi les États-Unis d'avoir piraté des universités chinoises en 2022.\n\nWashington a démenti ces accusations.\n";
    const EN: &str = "Beijing accuses Washington\n\nThe Chinese Foreign Ministry on Tuesday accused the United States of hacking Chinese universities in 2022.\n\nWashington denied the accusations.\n";

    fn no_articles() -> Analysis {
        Analysis {
            articles: Vec::new(),
            alignments: Vec::new(),
        }
    }

    fn party(id: &str) -> Party {
        Party {
            id: id.into(),
            name: id.to_uppercase(),
        }
    }

    fn claim(speaker: &str, target: &str, stance: Stance, about: &str) -> TranslatedClaim {
        TranslatedClaim {
            versions: Vec::new(),
            stance,
            speaker: Some(party(speaker)),
            target: Some(party(target)),
            about: about.into(),
        }
    }

    #[test]
    fn events_list_accusations_first_and_cells_count_per_stance() {
        let claims = [
            claim("cn", "us", Stance::Denial, "hack"),
            claim("us", "cn", Stance::Accusation, "hack"),
            claim("jp", "cn", Stance::Accusation, "leak"),
            claim("us", "cn", Stance::Accusation, "hack"),
            claim("cn", "us", Stance::CounterAccusation, "hack"),
        ];
        let board = board_of(&no_articles(), &claims, &SortedMap::default());
        let events: Vec<(&str, &[usize])> = board
            .events
            .iter()
            .map(|e| (e.about.as_str(), &e.claims[..]))
            .collect();
        assert_eq!(events, [("hack", &[1, 3, 0, 4][..]), ("leak", &[2][..])]);
        let cell = |s: &str, t: &str| board.cells.iter().find(|c| c.speaker == s && c.target == t);
        assert_eq!(
            cell("us", "cn").map(|c| &c.counts[..]),
            Some(&[(Stance::Accusation, 2)][..])
        );
        let cn_us = cell("cn", "us").expect("a cell");
        assert_eq!(
            cn_us.counts,
            [(Stance::CounterAccusation, 1), (Stance::Denial, 1)]
        );
        assert_eq!(cn_us.claims, [0, 4], "in the page's order");
        assert!(cell("jp", "us").is_none());
        // Most claims first, then by name: cn and us speak twice, jp once.
        assert_eq!(board.order(Lang::En).speakers, ["cn", "us", "jp"]);
        assert_eq!(board.order(Lang::En).targets, ["cn", "us"]);
    }

    #[test]
    fn ties_in_the_matrix_go_by_the_name_in_each_language() {
        let claims = [
            claim("de", "fr", Stance::Accusation, "x"),
            claim("ch", "fr", Stance::Accusation, "x"),
        ];
        let names = SortedMap::last_wins([
            (
                "de".to_string(),
                Names {
                    en: Some("Germany".into()),
                    fr: Some("Allemagne".into()),
                },
            ),
            (
                "ch".to_string(),
                Names {
                    en: Some("Switzerland".into()),
                    fr: Some("Suisse".into()),
                },
            ),
        ]);
        let board = board_of(&no_articles(), &claims, &names);
        assert_eq!(board.order(Lang::En).speakers, ["de", "ch"]);
        assert_eq!(board.order(Lang::Fr).speakers, ["de", "ch"]);
        let names = SortedMap::last_wins([(
            "ch".to_string(),
            Names {
                en: Some("Switzerland".into()),
                fr: Some("Confédération".into()),
            },
        )]);
        let board = board_of(&no_articles(), &claims, &names);
        assert_eq!(board.order(Lang::Fr).speakers, ["ch", "de"]);
    }

    #[test]
    fn a_pair_gives_a_timeline_and_entity_facts() {
        let analysis = crate::analyze_corpus(&[("a.txt", FR), ("b.txt", EN)]);
        let views = crate::views_of(&analysis);
        let board = &views.board;
        assert!(!board.events.is_empty());
        let whens: Vec<(DateKey, bool)> = board
            .timeline
            .iter()
            .map(|d| (d.when, d.statement))
            .collect();
        assert!(
            whens.windows(2).all(|w| w[0] <= w[1]),
            "chronological: {whens:?}"
        );
        assert!(
            board
                .timeline
                .iter()
                .any(|d| d.when.year == 2022 && !d.statement),
            "the year a sentence names: {:?}",
            board.timeline
        );
        let us = board
            .entity("united_states")
            .expect("the United States are named");
        assert_eq!(us.kind, Some(EntityType::Gpe));
        let langs: Vec<Lang> = us.spellings.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, [Lang::Fr, Lang::En]);
        assert_eq!(us.mentions.len(), 2, "named in both articles");
        for naming in &us.mentions {
            let article = &analysis.articles[naming.article];
            let here = article.entities.iter().filter(|m| m.id == "united_states");
            assert_eq!(naming.count, here.count());
            assert!(naming.sentences.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(!us.against.is_empty(), "accused: {us:?}");
        for &k in &us.against {
            assert_eq!(
                views.claims[k].target.as_ref().map(|p| p.id.as_str()),
                Some("united_states")
            );
        }
        let counted: usize = us.events.iter().map(|(_, n)| n).sum();
        let mut claims: Vec<usize> = us.by.iter().chain(&us.against).copied().collect();
        order::sort(&mut claims);
        claims.dedup();
        assert_eq!(counted, claims.len());
        assert!(board.entity("no_such_id").is_none());
        let ids: Vec<&str> = board.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "sorted by id, for `entity`"
        );
    }
}
