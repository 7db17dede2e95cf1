//! What the disputes page shows, read from the engine's board ([`parallax_engine::board`],
//! derived where the analysis was made) in the reader's interface language.
//!
//! A claim reported in a French article and its English translation is one claim of the
//! engine's views: one [`DisputeItem`] with both quotes. The board groups the claims by
//! disputed event (accusations first), says who accuses whom and dates the claims; here
//! they only get their display names, titles, quotes and links. Nothing here touches the
//! browser.

use crate::components::{CellAt, DateGroup, Matrix, TimelineEntry};
use crate::context::CorpusContext;
use crate::corpus::{shorten, Corpus};
use crate::hooks::ClaimAt;
use crate::route::Route;
use crate::sorted_map::SortedMap;
use parallax_engine::board::{Board, Dated};
use parallax_engine::claims::Party;
use parallax_engine::disputes::ClaimRef;
use parallax_engine::{Lang, Stance};
use std::rc::Rc;

pub use parallax_engine::claims_table::speaker_label;

/// Longest sentence text in a timeline entry.
const TIMELINE_CHARS: usize = 120;

/// A place where a claim can be read: a sentence of an article.
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
    pub answers: Option<ClaimAt>,
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
            Some(t) => cat!(speaker, " → ", t.name),
            None => speaker.to_string(),
        }
    }
}

/// Everything the page shows: the corpus's board read in one language.
pub struct DisputesModel {
    /// The language names and titles are in.
    pub lang: Lang,
    /// The corpus whose views hold the board.
    pub corpus: CorpusContext,
    /// Each claim's place on the page, `(event, item)`, by its index among the views' claims.
    places: Vec<ClaimAt>,
    /// The items in page order with their stance: what the keys move through.
    pub order: Rc<[(usize, usize, Stance)]>,
    /// Who accuses whom.
    pub matrix: Matrix,
    /// Dated entries, grouped by date in chronological order.
    pub timeline: Vec<DateGroup>,
}

impl PartialEq for DisputesModel {
    fn eq(&self, other: &Self) -> bool {
        self.corpus == other.corpus && self.lang == other.lang
    }
}

impl DisputesModel {
    /// The engine's board.
    pub fn board(&self) -> &Board {
        &self.corpus.claims.board
    }

    /// An event's title in the interface language.
    pub fn title(&self, event: usize) -> String {
        let about = self.board().events.get(event).map(|e| e.about.as_str());
        self.corpus
            .claims
            .title(about.unwrap_or_default(), self.lang)
    }

    /// The place on the page of the claim of index `k` (among the views' claims).
    pub fn place(&self, k: usize) -> Option<ClaimAt> {
        self.places.get(k).copied()
    }

    /// The item at `(event, item)`.
    pub fn item(&self, (e, i): ClaimAt) -> Option<DisputeItem> {
        let k = *self.board().events.get(e)?.claims.get(i)?;
        self.item_of(k)
    }

    /// The claim of index `k` as an item: display names, quotes, the accusation answered.
    fn item_of(&self, k: usize) -> Option<DisputeItem> {
        let views = &self.corpus.claims;
        let claim = views.claims.get(k)?;
        let shown = |party: &Option<Party>| {
            party.as_ref().map(|p| Party {
                id: p.id.clone(),
                name: views.name(p, self.lang).text,
            })
        };
        let mut locations: Vec<Location> = claim
            .versions
            .iter()
            .filter_map(|&r| location(&self.corpus, r))
            .collect();
        parallax_engine::order::sort_by_key(&mut locations, |l| l.lang != Lang::Fr);
        Some(DisputeItem {
            stance: claim.stance,
            speaker: shown(&claim.speaker),
            target: shown(&claim.target),
            locations,
            answers: views
                .answered
                .get(&k)
                .and_then(|a| self.places.get(*a))
                .copied(),
        })
    }
}

/// The sentence of a claim's version, as a place to read it.
fn location(corpus: &Corpus, (a, c): ClaimRef) -> Option<Location> {
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

/// Read the page's model from the corpus's board, names and titles in `lang`.
pub fn build(corpus: &CorpusContext, lang: Lang) -> DisputesModel {
    let views = &corpus.claims;
    let board = &views.board;
    let mut places = vec![(0, 0); views.claims.len()];
    let mut order = Vec::new();
    for (e, event) in board.events.iter().enumerate() {
        for (i, &k) in event.claims.iter().enumerate() {
            if let (Some(place), Some(claim)) = (places.get_mut(k), views.claims.get(k)) {
                *place = (e, i);
                order.push((e, i, claim.stance));
            }
        }
    }
    let mut model = DisputesModel {
        lang,
        corpus: corpus.clone(),
        places,
        order: order.into(),
        matrix: matrix(corpus, lang),
        timeline: Vec::new(),
    };
    for dated in &board.timeline {
        let Some(entry) = timeline_entry(&model, dated) else {
            continue;
        };
        match model.timeline.last_mut() {
            Some(group) if group.when == dated.when => group.entries.push(entry),
            _ => model.timeline.push(DateGroup {
                when: dated.when,
                words: dated.words.clone(),
                datetime: dated.datetime.clone(),
                entries: vec![entry],
            }),
        }
    }
    model
}

/// The matrix in `lang`: the board's rows and columns by display name, its cells by place.
fn matrix(corpus: &Corpus, lang: Lang) -> Matrix {
    let views = &corpus.claims;
    let board = &views.board;
    // A party as a claim of its first cell names it (the fallback when the corpus has no
    // display name for it), by its display name.
    let named = |id: &String, speaker: bool| {
        let claim = board
            .cells
            .iter()
            .find(|c| if speaker { &c.speaker } else { &c.target } == id)
            .and_then(|c| views.claims.get(*c.claims.first()?));
        let party = claim.and_then(|c| if speaker { &c.speaker } else { &c.target }.clone());
        let party = party.unwrap_or_else(|| Party {
            id: id.clone(),
            name: id.clone(),
        });
        (id.clone(), views.name(&party, lang))
    };
    let order = board.order(lang);
    let speakers: Vec<_> = order.speakers.iter().map(|id| named(id, true)).collect();
    let targets: Vec<_> = order.targets.iter().map(|id| named(id, false)).collect();
    let place = |parties: &[(String, _)], id: &str| parties.iter().position(|(p, _)| p == id);
    let cells = SortedMap::last_wins(board.cells.iter().filter_map(|cell| {
        let at: CellAt = (
            place(&speakers, &cell.speaker)?,
            place(&targets, &cell.target)?,
        );
        Some((at, cell.clone()))
    }));
    Matrix {
        speakers,
        targets,
        cells,
    }
}

/// A dated claim as a timeline entry: stance, who says what about which event, its sentence.
fn timeline_entry(model: &DisputesModel, dated: &Dated) -> Option<TimelineEntry> {
    let item = model.item_of(dated.claim)?;
    let (event, _) = *model.places.get(dated.claim)?;
    let at = location(&model.corpus, dated.at)?;
    Some(TimelineEntry {
        statement: dated.statement,
        stance: item.stance,
        summary: cat!(item.parties(), " (", model.title(event), ")"),
        text: shorten(&at.text, TIMELINE_CHARS),
        lang: at.lang.code(),
        href: at.href,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn bundled() -> CorpusContext {
        CorpusContext(Rc::new(Corpus::bundled()))
    }

    /// Every item of the page, in order.
    fn items(model: &DisputesModel) -> Vec<DisputeItem> {
        model
            .order
            .iter()
            .filter_map(|&(e, i, _)| model.item((e, i)))
            .collect()
    }

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
        let corpus = bundled();
        let model = build(&corpus, Lang::En);
        let total: usize = corpus
            .analysis
            .articles
            .iter()
            .map(|a| a.claims.len())
            .sum();
        let items = items(&model);
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
        for (e, event) in model.board().events.iter().enumerate() {
            let firsts: Vec<bool> = (0..event.claims.len())
                .filter_map(|i| model.item((e, i)))
                .map(|item| item.is_accusation())
                .collect();
            assert!(firsts.windows(2).all(|w| w[0] >= w[1]), "accusations first");
            let title = model.title(e);
            assert!(!title.contains('_') && !title.is_empty(), "{title}");
        }
    }

    #[test]
    fn one_name_per_party_in_the_chosen_language() {
        let corpus = bundled();
        for lang in [Lang::En, Lang::Fr] {
            let model = build(&corpus, lang);
            let mut by_id: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for item in items(&model) {
                for p in item.speaker.iter().chain(&item.target) {
                    by_id
                        .entry(p.id.clone())
                        .or_default()
                        .insert(p.name.clone());
                }
            }
            for (id, names) in &by_id {
                assert_eq!(names.len(), 1, "{id} goes by {names:?}");
            }
            let china = by_id["china"].iter().next().cloned();
            let expected = if lang == Lang::Fr { "Chine" } else { "China" };
            assert_eq!(china.as_deref(), Some(expected));
            let (_, name) = model
                .matrix
                .speakers
                .iter()
                .chain(&model.matrix.targets)
                .find(|(id, _)| id == "china")
                .expect("China in the matrix");
            assert_eq!(
                name.other.as_ref().map(|(n, _)| n.as_str()),
                Some(if lang == Lang::Fr { "China" } else { "Chine" })
            );
        }
    }

    #[test]
    fn answers_link_to_accusations_of_their_event() {
        let corpus = bundled();
        let model = build(&corpus, Lang::En);
        let mut linked = 0;
        for &(e, i, _) in model.order.iter() {
            let item = model.item((e, i)).expect("an item");
            if item.stance == Stance::Denial {
                assert!(
                    item.answers.is_some(),
                    "the denial is linked: {}",
                    item.parties()
                );
            }
            if let Some(at) = item.answers {
                assert!(model.item(at).is_some_and(|a| a.is_accusation()));
                linked += usize::from(at.0 == e);
            }
        }
        assert!(linked >= 2, "{linked} answers linked within their event");
    }

    #[test]
    fn seed_matrix_and_timeline() {
        let corpus = bundled();
        let model = build(&corpus, Lang::En);
        assert!(!model.matrix.cells.is_empty());
        let counted: usize = model
            .matrix
            .cells
            .values()
            .flat_map(|c| &c.counts)
            .map(|(_, n)| n)
            .sum();
        let listed: usize = model.matrix.cells.values().map(|c| c.claims.len()).sum();
        assert_eq!(counted, listed);
        let dates: Vec<parallax_engine::board::DateKey> =
            model.timeline.iter().map(|g| g.when).collect();
        assert!(
            dates.windows(2).all(|w| w[0] < w[1]),
            "chronological, one group per date"
        );
        assert!(dates.len() >= 2, "{dates:?}");
    }
}
