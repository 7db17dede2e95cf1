//! What the disputes page shows, derived from the whole corpus in the reader's interface
//! language.
//!
//! A claim reported in a French article and its English translation is one claim
//! ([`crate::claim_views::ClaimViews`]): one [`DisputeItem`] with both quotes. Items are
//! grouped by disputed event, titled from what happened; each answer links to the
//! accusation it answers; the matrix counts and the timeline come from the same items.
//! Parties go by one display name in the interface language. Nothing here touches the
//! browser.

use crate::claim_views::DisplayName;
use crate::components::{by_date, matrix_of, parse_date_id, CellAt, DateKey, EntryKind};
use crate::components::{Matrix, TimelineEntry};
use crate::corpus::{shorten, Corpus};
use crate::route::Route;
use crate::sorted_map::SortedMap;
use parallax_engine::claims::Party;
use parallax_engine::{EntityType, Lang, Stance};
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

/// One claim, with the quote of each version (French first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeItem {
    /// The stance.
    pub stance: Stance,
    /// Who asserts it, by its display name.
    pub speaker: Option<Party>,
    /// Who it is aimed at, by its display name.
    pub target: Option<Party>,
    /// Every version's sentence, French first.
    pub locations: Vec<Location>,
    /// For an answer, the accusation it answers: `(event, item)`.
    pub answers: Option<(usize, usize)>,
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
    /// The event's title, built from what happened.
    pub title: String,
    /// Accusations first, then responses, each in reading order.
    pub items: Vec<DisputeItem>,
}

/// Everything the page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisputesModel {
    /// The language names and titles are in.
    pub lang: Lang,
    /// Events in order of first appearance.
    pub events: Vec<EventGroup>,
    /// Every party's display name, by id.
    pub names: Rc<SortedMap<String, DisplayName>>,
    /// Who accuses whom.
    pub matrix: Rc<Matrix>,
    /// Which items each matrix cell counts: `(event, item)` indexes.
    pub cell_items: SortedMap<CellAt, Vec<(usize, usize)>>,
    /// Dated entries, grouped by date in chronological order.
    pub timeline: Rc<Vec<(DateKey, Vec<TimelineEntry>)>>,
}

impl DisputesModel {
    /// The item at `(event, item)`.
    pub fn item(&self, (e, i): (usize, usize)) -> Option<&DisputeItem> {
        self.events.get(e)?.items.get(i)
    }
}

/// The sentence of a claim's version, as a place to read it.
fn location(corpus: &Corpus, (a, c): (usize, usize)) -> Option<Location> {
    let article = corpus.article(a)?;
    let sentence = article.claims.get(c)?.sentence;
    Some(Location {
        article: a,
        sentence,
        lang: article.lang,
        text: article.sentences.get(sentence)?.text.clone(),
        href: Route::Sentence(corpus.views.get(a)?.stem.clone(), sentence).href(),
    })
}

/// Derive the page's model from the corpus, names and titles in `lang`.
pub fn build(corpus: &Corpus, lang: Lang) -> DisputesModel {
    let views = &corpus.claims;
    let mut names: Vec<(String, DisplayName)> = Vec::new();
    let mut shown = |party: &Option<Party>| {
        party.as_ref().map(|p| {
            let name = views.name(p, lang);
            let text = name.text.clone();
            names.push((p.id.clone(), name));
            Party {
                id: p.id.clone(),
                name: text,
            }
        })
    };
    // Events in order of first appearance; each claim's place `(event, item)` before sorting.
    let mut events: Vec<EventGroup> = Vec::new();
    let mut claim_of_item: Vec<Vec<usize>> = Vec::new();
    for (k, claim) in views.claims.iter().enumerate() {
        let mut locations: Vec<Location> = claim
            .versions
            .iter()
            .filter_map(|&r| location(corpus, r))
            .collect();
        parallax_engine::order::sort_by_key(&mut locations, |l| l.lang != Lang::Fr);
        let item = DisputeItem {
            stance: claim.stance,
            speaker: shown(&claim.speaker),
            target: shown(&claim.target),
            locations,
            answers: None,
        };
        let e = match events.iter().position(|g| g.about == claim.about) {
            Some(e) => e,
            None => {
                events.push(EventGroup {
                    about: claim.about.clone(),
                    title: views.title(&claim.about, lang),
                    items: Vec::new(),
                });
                claim_of_item.push(Vec::new());
                events.len() - 1
            }
        };
        events[e].items.push(item);
        claim_of_item[e].push(k);
    }
    // Accusations first, reading order kept within each (a stable sort of both lists alike).
    let mut place_of_claim: Vec<(usize, (usize, usize))> = Vec::new();
    for (e, group) in events.iter_mut().enumerate() {
        let mut paired: Vec<(DisputeItem, usize)> = group
            .items
            .drain(..)
            .zip(claim_of_item[e].iter().copied())
            .collect();
        parallax_engine::order::sort_by_key(&mut paired, |(item, _)| !item.is_accusation());
        for (i, (item, k)) in paired.into_iter().enumerate() {
            place_of_claim.push((k, (e, i)));
            group.items.push(item);
        }
    }
    let place_of_claim = SortedMap::last_wins(place_of_claim);
    for (answer, accusation) in &views.answered {
        if let (Some(&(e, i)), Some(&at)) =
            (place_of_claim.get(answer), place_of_claim.get(accusation))
        {
            events[e].items[i].answers = Some(at);
        }
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
    let cell_items = SortedMap::grouped(
        cells
            .iter()
            .filter_map(|(s, t, _, at)| Some((matrix.cell_of(&s.id, &t.id)?, *at))),
    );
    let timeline = by_date(timeline_entries(corpus, &events));
    DisputesModel {
        lang,
        events,
        names: Rc::new(SortedMap::first_wins(names)),
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
            // The few dates of one claim's sentences, each once.
            let mut seen: Vec<DateKey> = Vec::new();
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
                        if !seen.contains(&when) {
                            seen.push(when);
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
    use std::collections::{BTreeMap, BTreeSet};

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
            answers: None,
        };
        assert_eq!(item.parties(), "speaker unknown → Russia");
        item.speaker = Some(party("kremlin", "Kremlin"));
        assert_eq!(item.parties(), "Kremlin → Russia");
    }

    #[test]
    fn seed_claims_once_with_both_quotes() {
        let corpus = Corpus::bundled();
        let model = build(&corpus, Lang::En);
        let total: usize = corpus
            .analysis
            .articles
            .iter()
            .map(|a| a.claims.len())
            .sum();
        let items: Vec<&DisputeItem> = model.events.iter().flat_map(|e| &e.items).collect();
        let quotes: usize = items.iter().map(|i| i.locations.len()).sum();
        assert_eq!(
            quotes, total,
            "each claim of each article quoted exactly once"
        );
        let both = items
            .iter()
            .filter(|i| i.locations.len() == 2)
            .filter(|i| i.locations[0].lang == Lang::Fr && i.locations[1].lang == Lang::En)
            .count();
        assert!(
            both >= 10,
            "{both} claims with their French and English quotes"
        );
        for group in &model.events {
            let firsts: Vec<bool> = group.items.iter().map(|i| i.is_accusation()).collect();
            assert!(firsts.windows(2).all(|w| w[0] >= w[1]), "accusations first");
            assert!(
                !group.title.contains('_') && !group.title.is_empty(),
                "{}",
                group.title
            );
        }
    }

    #[test]
    fn one_name_per_party_in_the_chosen_language() {
        let corpus = Corpus::bundled();
        for lang in [Lang::En, Lang::Fr] {
            let model = build(&corpus, lang);
            let mut by_id: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
            for item in model.events.iter().flat_map(|e| &e.items) {
                for p in item.speaker.iter().chain(&item.target) {
                    by_id.entry(&p.id).or_default().insert(&p.name);
                }
            }
            for (id, names) in &by_id {
                assert_eq!(names.len(), 1, "{id} goes by {names:?}");
            }
            let china = by_id["china"].iter().next().copied();
            let expected = if lang == Lang::Fr { "Chine" } else { "China" };
            assert_eq!(china, Some(expected));
            assert_eq!(
                model
                    .names
                    .get("china")
                    .and_then(|n| n.other.as_ref())
                    .map(|(n, _)| n.as_str()),
                Some(if lang == Lang::Fr { "China" } else { "Chine" })
            );
        }
    }

    #[test]
    fn answers_link_to_accusations_of_their_event() {
        let corpus = Corpus::bundled();
        let model = build(&corpus, Lang::En);
        let mut linked = 0;
        for (e, group) in model.events.iter().enumerate() {
            for item in &group.items {
                if item.stance == Stance::Denial {
                    assert!(item.answers.is_some(), "the denial is linked: {item:?}");
                }
                if let Some(at) = item.answers {
                    assert!(model.item(at).is_some_and(DisputeItem::is_accusation));
                    linked += usize::from(at.0 == e);
                }
            }
        }
        assert!(linked >= 2, "{linked} answers linked within their event");
    }

    #[test]
    fn seed_matrix_and_timeline() {
        let corpus = Corpus::bundled();
        let model = build(&corpus, Lang::En);
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
