//! What the disputes page shows, derived once from the whole corpus.
//!
//! A claim reported in a French article and its English translation is one
//! claim: claims with the same event, stance, speaker and target in sentences
//! the engine aligned are merged into one [`DisputeItem`] that links to every
//! version. Items are grouped by disputed event; the matrix counts and the
//! timeline come from the same items. Nothing here touches the browser.

use crate::components::{by_date, matrix_of, parse_date_id, CellAt, DateKey, EntryKind};
use crate::components::{Matrix, TimelineEntry};
use crate::corpus::{shorten, Corpus};
use crate::route::Route;
use parallax_engine::claims::Party;
use parallax_engine::claims_table::{counterparts, entity_names, event_title};
use parallax_engine::{EntityType, Lang, Stance};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub use parallax_engine::claims_table::speaker_label;

/// Longest sentence text in a timeline entry.
const TIMELINE_CHARS: usize = 120;

/// A place where a claim can be read: a sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Article index.
    pub article: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The article's language.
    pub lang: Lang,
    /// The sentence's text.
    pub text: String,
    /// The route that opens the sentence.
    pub href: String,
}

/// One claim, as reported in one or more articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeItem {
    /// The stance.
    pub stance: Stance,
    /// Who asserts it.
    pub speaker: Option<Party>,
    /// Who it is aimed at.
    pub target: Option<Party>,
    /// Every sentence it can be read in, by article then sentence.
    pub locations: Vec<Location>,
}

impl DisputeItem {
    /// Whether it is an accusation rather than a response.
    pub fn is_accusation(&self) -> bool {
        self.stance == Stance::Accusation
    }

    /// "Speaker → Target", with "speaker unknown" for a missing speaker.
    pub fn parties(&self) -> String {
        let speaker = speaker_label(self.speaker.as_ref());
        match &self.target {
            Some(t) => format!("{speaker} → {}", t.name),
            None => speaker.to_string(),
        }
    }
}

/// A disputed event and the claims about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventGroup {
    /// The engine's slug of the event.
    pub about: String,
    /// The reader's name of the event.
    pub title: String,
    /// Accusations first, then responses, each in reading order.
    pub items: Vec<DisputeItem>,
}

/// Everything the page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisputesModel {
    /// Events in order of first appearance.
    pub events: Vec<EventGroup>,
    /// Who accuses whom.
    pub matrix: Rc<Matrix>,
    /// Which items each matrix cell counts: `(event, item)` indexes.
    pub cell_items: BTreeMap<CellAt, Vec<(usize, usize)>>,
    /// Dated entries, grouped by date in chronological order.
    pub timeline: Rc<Vec<(DateKey, Vec<TimelineEntry>)>>,
}

/// Identity of a claim across translations: event, stance, speaker id, target id.
type ClaimKey = (String, Stance, Option<String>, Option<String>);

/// An item being built: its claims `(article, sentence, claim)` and key.
struct Draft {
    key: ClaimKey,
    claims: Vec<(usize, usize, usize)>,
}

/// Merge claims that say the same thing in aligned sentences.
fn drafts(corpus: &Corpus) -> Vec<Draft> {
    let links = counterparts(&corpus.analysis);
    let mut drafts: Vec<Draft> = Vec::new();
    for (a, article) in corpus.analysis.articles.iter().enumerate() {
        for (c, claim) in article.claims.iter().enumerate() {
            let key: ClaimKey = (
                claim.about.clone(),
                claim.stance,
                claim.speaker.as_ref().map(|p| p.id.clone()),
                claim.target.as_ref().map(|p| p.id.clone()),
            );
            let aligned = links.get(&(a, claim.sentence));
            let merge_into = drafts.iter_mut().find(|d| {
                d.key == key
                    && d.claims.iter().all(|&(b, _, _)| b != a)
                    && d.claims
                        .iter()
                        .any(|&(b, s, _)| aligned.is_some_and(|l| l.contains(&(b, s))))
            });
            match merge_into {
                Some(draft) => draft.claims.push((a, claim.sentence, c)),
                None => drafts.push(Draft {
                    key,
                    claims: vec![(a, claim.sentence, c)],
                }),
            }
        }
    }
    // Sentences aligned with a claim's sentence show it too, even where the
    // engine read the translation differently.
    for draft in &mut drafts {
        let extra: Vec<(usize, usize)> = draft
            .claims
            .iter()
            .flat_map(|&(a, s, _)| links.get(&(a, s)).into_iter().flatten().copied())
            .filter(|&(b, _)| draft.claims.iter().all(|&(a, _, _)| a != b))
            .collect();
        draft
            .claims
            .extend(extra.into_iter().map(|(b, s)| (b, s, usize::MAX)));
    }
    drafts
}

/// Derive the page's model from the corpus. Runs once per corpus.
pub fn build(corpus: &Corpus) -> DisputesModel {
    let names = entity_names(&corpus.analysis.articles);
    let mut events: Vec<EventGroup> = Vec::new();
    for draft in drafts(corpus) {
        let mut claims = draft.claims.clone();
        parallax_engine::order::sort(&mut claims);
        claims.dedup_by_key(|&mut (a, s, _)| (a, s));
        let locations = claims
            .iter()
            .filter_map(|&(a, s, _)| {
                let article = corpus.article(a)?;
                Some(Location {
                    article: a,
                    sentence: s,
                    lang: article.lang,
                    text: article.sentences.get(s)?.text.clone(),
                    href: Route::Sentence(corpus.views.get(a)?.stem.clone(), s).href(),
                })
            })
            .collect();
        // Parties as named in English where an English version carries the claim.
        let claim_of = |&(a, _, c): &(usize, usize, usize)| {
            let article = corpus.article(a)?;
            Some((article.lang, article.claims.get(c)?))
        };
        let mut found: Vec<_> = draft.claims.iter().filter_map(claim_of).collect();
        parallax_engine::order::sort_by_key(&mut found, |(lang, _)| *lang != Lang::En);
        let Some((_, claim)) = found.first() else {
            continue;
        };
        let item = DisputeItem {
            stance: claim.stance,
            speaker: claim.speaker.clone(),
            target: claim.target.clone(),
            locations,
        };
        match events.iter_mut().find(|e| e.about == draft.key.0) {
            Some(group) => group.items.push(item),
            None => events.push(EventGroup {
                about: draft.key.0.clone(),
                title: event_title(&draft.key.0, &names),
                items: vec![item],
            }),
        }
    }
    for group in &mut events {
        // Stable: reading order is kept within accusations and within responses.
        parallax_engine::order::sort_by_key(&mut group.items, |item| !item.is_accusation());
    }
    let mut cells: Vec<(&Party, &Party, Stance, (usize, usize))> = Vec::new();
    for (e, group) in events.iter().enumerate() {
        for (i, item) in group.items.iter().enumerate() {
            if let (Some(s), Some(t)) = (&item.speaker, &item.target) {
                cells.push((s, t, item.stance, (e, i)));
            }
        }
    }
    let matrix = matrix_of(cells.iter().map(|&(s, t, stance, _)| (s, t, stance)));
    let mut cell_items: BTreeMap<CellAt, Vec<(usize, usize)>> = BTreeMap::new();
    for (s, t, _, at) in &cells {
        if let Some(cell) = matrix.cell_of(&s.id, &t.id) {
            cell_items.entry(cell).or_default().push(*at);
        }
    }
    let timeline = by_date(timeline_entries(corpus, &events));
    DisputesModel {
        events,
        matrix: Rc::new(matrix),
        cell_items,
        timeline: Rc::new(timeline),
    }
}

/// The year of an article's date (`2023-08` -> 2023).
fn article_year(corpus: &Corpus, article: usize) -> Option<u32> {
    let date = corpus.article(article)?.date.as_deref()?;
    parse_date_id(date, None).map(|d| d.year)
}

/// One entry per date an item's sentences mention, and one for when it was published.
fn timeline_entries(corpus: &Corpus, events: &[EventGroup]) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    for group in events {
        for item in &group.items {
            let published = item.locations.iter().find_map(|l| {
                let date = corpus.article(l.article)?.date.as_deref()?;
                Some((parse_date_id(date, None)?, l))
            });
            let fallback_year = published.map(|(d, _)| d.year).or_else(|| {
                item.locations
                    .iter()
                    .find_map(|l| article_year(corpus, l.article))
            });
            let entry = |when: DateKey, kind, at: &Location| TimelineEntry {
                when,
                kind,
                stance: item.stance,
                summary: format!("{} ({})", item.parties(), group.title),
                text: shorten(&at.text, TIMELINE_CHARS),
                lang: at.lang.code(),
                href: at.href.clone(),
            };
            let mut seen = BTreeSet::new();
            for at in &item.locations {
                let Some(article) = corpus.article(at.article) else {
                    continue;
                };
                let Some(sentence) = article.sentences.get(at.sentence) else {
                    continue;
                };
                let dates = article.entities.iter().filter(|m| {
                    m.kind == EntityType::Date && sentence.start <= m.start && m.end <= sentence.end
                });
                for m in dates {
                    if let Some(when) = parse_date_id(&m.id, fallback_year) {
                        if seen.insert(when) {
                            entries.push(entry(when, EntryKind::Event, at));
                        }
                    }
                }
            }
            if let Some((when, at)) = published {
                entries.push(entry(when, EntryKind::Statement, at));
            }
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::SEEDS;

    #[test]
    fn a_claim_without_speaker_says_so() {
        let party = |id: &str, name: &str| Party {
            id: id.to_string(),
            name: name.to_string(),
        };
        let mut item = DisputeItem {
            stance: Stance::Denial,
            speaker: None,
            target: Some(party("russia", "Russia")),
            locations: Vec::new(),
        };
        assert_eq!(item.parties(), "speaker unknown → Russia");
        item.speaker = Some(party("kremlin", "Kremlin"));
        assert_eq!(item.parties(), "Kremlin → Russia");
    }

    #[test]
    fn seed_claims_merge_across_translations() {
        let corpus = Corpus::build(&SEEDS);
        let model = build(&corpus);
        let total: usize = corpus
            .analysis
            .articles
            .iter()
            .map(|a| a.claims.len())
            .sum();
        let items: usize = model.events.iter().map(|e| e.items.len()).sum();
        assert!(!model.events.is_empty());
        assert!(items < total, "{items} items from {total} claims");
        let both_languages = model.events.iter().flat_map(|e| &e.items).any(|i| {
            i.locations.iter().any(|l| l.lang == Lang::Fr)
                && i.locations.iter().any(|l| l.lang == Lang::En)
        });
        assert!(
            both_languages,
            "some claim links to its French and English sentences"
        );
        for group in &model.events {
            let firsts: Vec<bool> = group.items.iter().map(|i| i.is_accusation()).collect();
            assert!(firsts.windows(2).all(|w| w[0] >= w[1]), "accusations first");
        }
    }

    #[test]
    fn seed_matrix_and_timeline() {
        let corpus = Corpus::build(&SEEDS);
        let model = build(&corpus);
        assert!(!model.matrix.cells.is_empty());
        let counted: usize = model.matrix.cells.values().flatten().map(|(_, n)| n).sum();
        let listed: usize = model.cell_items.values().map(Vec::len).sum();
        assert_eq!(counted, listed);
        let dates: Vec<DateKey> = model.timeline.iter().map(|(d, _)| *d).collect();
        assert!(
            dates.windows(2).all(|w| w[0] < w[1]),
            "chronological, one group per date"
        );
        assert!(dates.len() >= 2, "{dates:?}");
    }
}
