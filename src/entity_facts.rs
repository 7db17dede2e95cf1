//! What an entity's page says, derived from the corpus: its names in both languages, every
//! sentence that mentions it, the claims it makes and those made against it, and the disputes
//! it takes part in. Pure; the page computes it once per corpus and id.
//!
//! Claims come from the disputes page's model (`pages::disputes::model::build`), where a claim and its
//! translation are one claim with a quote in each language, so both pages tell one story.

use crate::corpus::Corpus;
use crate::pages::disputes::model::{DisputeItem, DisputesModel};
use crate::route::Route;
use crate::sorted_map::set_of;
use parallax_engine::entities::KbEntry;
use parallax_engine::{ArticleAnalysis, EntityType, Lang, Stance};
use std::rc::Rc;

/// A sentence quoted: its text cut into runs, those that name the entity marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The article's language.
    pub lang: Lang,
    /// Sentence index.
    pub sentence: usize,
    /// The sentence as runs of text: `(text, names the entity)`.
    pub runs: Vec<(String, bool)>,
    /// The route that opens the sentence in its article.
    pub href: String,
    /// The side-by-side view's row of the sentence, when the article has a translation.
    pub pair_href: Option<String>,
}

/// The mentions of the entity in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMentions {
    /// The article's headline.
    pub headline: String,
    /// The route that opens the article.
    pub href: String,
    /// The article's language.
    pub lang: Lang,
    /// How many mentions.
    pub count: usize,
    /// One quote per sentence that mentions it, in text order.
    pub quotes: Vec<Quote>,
}

/// A claim the entity makes, or one made against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimFacts {
    /// The stance.
    pub stance: Stance,
    /// The other party: the target of a claim it makes, the speaker of one against it
    /// (`(id, display name)`; `None`: none found).
    pub other: Option<(String, String)>,
    /// The disputed event: `(slug, title)`.
    pub event: (String, String),
    /// The claim in each language it is read in.
    pub quotes: Vec<Quote>,
}

/// A dispute the entity takes part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeFacts {
    /// The event's slug.
    pub about: String,
    /// The event's title.
    pub title: String,
    /// How many of the event's claims it makes or is the target of.
    pub claims: usize,
}

/// Everything the entity page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityFacts {
    /// The reader's name of the entity.
    pub title: String,
    /// Its type, from the knowledge base or its mentions.
    pub kind: Option<EntityType>,
    /// The knowledge base's entry, if it has one.
    pub known: Option<KbEntry>,
    /// The affiliation the knowledge base gives: the country it stands for, by name.
    pub country: Option<(String, String)>,
    /// How the texts spell it, per language (French first), each spelling once.
    pub spellings: Vec<(Lang, Vec<String>)>,
    /// Its mentions per article, in library order.
    pub mentions: Rc<[ArticleMentions]>,
    /// The claims it makes.
    pub by: Rc<[ClaimFacts]>,
    /// The claims made against it.
    pub against: Rc<[ClaimFacts]>,
    /// The disputes it takes part in, in the disputes page's order.
    pub disputes: Vec<DisputeFacts>,
}

/// The facts about `id`, or `None` when nothing in the knowledge base or the library knows it.
pub fn entity_facts(corpus: &Corpus, disputes: &DisputesModel, id: &str) -> Option<EntityFacts> {
    let known = corpus.claims.known.get(id);
    let mentions = mentions_of(corpus, id);
    let (by, against, events) = claims_of(corpus, disputes, id);
    if known.is_none() && mentions.is_empty() && by.is_empty() && against.is_empty() {
        return None;
    }
    let all_mentions = corpus
        .analysis
        .articles
        .iter()
        .flat_map(|a| a.entities.iter().map(move |m| (a.lang, m)))
        .filter(|(_, m)| m.id == id);
    let mut spellings: Vec<(Lang, Vec<String>)> = Vec::new();
    let mut kind = known.map(|k| k.kind);
    for lang in [Lang::Fr, Lang::En] {
        let names: Vec<&str> = set_of(
            all_mentions
                .clone()
                .filter(|(l, _)| *l == lang)
                .map(|(_, m)| m.text.as_str()),
        );
        if !names.is_empty() {
            spellings.push((lang, names.into_iter().map(str::to_string).collect()));
        }
    }
    kind = kind.or_else(|| all_mentions.clone().map(|(_, m)| m.kind).next());
    let party_name = || {
        let claims = corpus.analysis.articles.iter().flat_map(|a| &a.claims);
        claims
            .flat_map(|c| c.speaker.iter().chain(&c.target))
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
    };
    let title = match known {
        Some(_) => corpus.entity_name(id),
        None => {
            party_name().map_or_else(|| corpus.entity_name(id), |n| corpus.display_name(id, &n))
        }
    };
    let country = known
        .and_then(|k| k.country.as_deref())
        .filter(|c| *c != id)
        .map(|c| (c.to_string(), corpus.display_name(c, c)));
    Some(EntityFacts {
        title,
        kind,
        known: known.cloned(),
        country,
        spellings,
        mentions: mentions.into(),
        by: by.into(),
        against: against.into(),
        disputes: events,
    })
}

/// A sentence cut into runs at the entity's mentions (char offsets within the article).
fn quote(corpus: &Corpus, article: usize, sentence: usize, id: Option<&str>) -> Option<Quote> {
    let analysis = corpus.article(article)?;
    let s = analysis.sentences.get(sentence)?;
    let chars: Vec<char> = s.text.chars().collect();
    let mut runs = Vec::new();
    let mut at = 0;
    let inside = analysis
        .entities
        .iter()
        .filter(|m| Some(m.id.as_str()) == id && s.start <= m.start && m.end <= s.end);
    for m in inside {
        let (start, end) = (m.start - s.start, m.end - s.start);
        if start < at || end > chars.len() {
            continue;
        }
        if start > at {
            runs.push((chars[at..start].iter().collect(), false));
        }
        runs.push((chars[start..end].iter().collect(), true));
        at = end;
    }
    if at < chars.len() {
        runs.push((chars[at..].iter().collect(), false));
    }
    Some(Quote {
        lang: analysis.lang,
        sentence,
        runs,
        href: Route::Sentence(corpus.views.get(article)?.stem.clone(), sentence).href(),
        pair_href: corpus.pair_href(article, sentence),
    })
}

/// How many times an article names `id`, and in which sentences (in text order).
pub fn naming(article: &ArticleAnalysis, id: &str) -> (usize, Vec<usize>) {
    let here: Vec<_> = article.entities.iter().filter(|m| m.id == id).collect();
    let sentences = set_of(here.iter().filter_map(|m| {
        let s = &article.sentences;
        s.iter().position(|s| s.start <= m.start && m.end <= s.end)
    }));
    (here.len(), sentences)
}

fn mentions_of(corpus: &Corpus, id: &str) -> Vec<ArticleMentions> {
    let mut out = Vec::new();
    for (a, (article, view)) in corpus
        .analysis
        .articles
        .iter()
        .zip(corpus.views.iter())
        .enumerate()
    {
        let (count, sentences) = naming(article, id);
        if count == 0 {
            continue;
        }
        out.push(ArticleMentions {
            headline: view.headline.clone(),
            href: Route::Article(view.stem.clone()).href(),
            lang: article.lang,
            count,
            quotes: sentences
                .into_iter()
                .filter_map(|s| quote(corpus, a, s, Some(id)))
                .collect(),
        });
    }
    out
}

type Sides = (Vec<ClaimFacts>, Vec<ClaimFacts>, Vec<DisputeFacts>);

/// The claims by and against `id`, and the events they belong to.
fn claims_of(corpus: &Corpus, disputes: &DisputesModel, id: &str) -> Sides {
    let (mut by, mut against, mut events) = (Vec::new(), Vec::new(), Vec::new());
    let named =
        |p: &parallax_engine::claims::Party| (p.id.clone(), corpus.display_name(&p.id, &p.name));
    for group in &disputes.events {
        let event = (group.about.clone(), group.title.clone());
        let facts = |item: &DisputeItem, other| ClaimFacts {
            stance: item.stance,
            other,
            event: event.clone(),
            quotes: item
                .locations
                .iter()
                .filter_map(|l| quote(corpus, l.article, l.sentence, None))
                .collect(),
        };
        let mut count = 0;
        for item in &group.items {
            let speaks = item.speaker.as_ref().is_some_and(|p| p.id == id);
            let targeted = item.target.as_ref().is_some_and(|p| p.id == id);
            if speaks {
                by.push(facts(item, item.target.as_ref().map(named)));
            }
            if targeted {
                against.push(facts(item, item.speaker.as_ref().map(named)));
            }
            count += usize::from(speaks || targeted);
        }
        if count > 0 {
            events.push(DisputeFacts {
                about: group.about.clone(),
                title: group.title.clone(),
                claims: count,
            });
        }
    }
    (by, against, events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::disputes::model;

    #[test]
    fn a_seed_spokesperson_has_both_languages_quotes_and_claims() {
        let corpus = Corpus::bundled();
        let model = model::build(&corpus, parallax_engine::Lang::En);
        let facts = entity_facts(&corpus, &model, "mao_ning").expect("Mao Ning is known");
        assert_eq!(facts.title, "Mao Ning");
        assert_eq!(facts.kind, Some(EntityType::Person));
        let langs: Vec<Lang> = facts.spellings.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, [Lang::Fr, Lang::En]);
        let quoted = facts
            .mentions
            .iter()
            .flat_map(|a| &a.quotes)
            .next()
            .expect("a quote");
        let marked: String = quoted
            .runs
            .iter()
            .filter(|r| r.1)
            .map(|r| r.0.as_str())
            .collect();
        assert!(marked.contains("Ning"), "{:?}", quoted.runs);
        let whole: String = quoted.runs.iter().map(|r| r.0.as_str()).collect();
        let article = corpus
            .analysis
            .articles
            .iter()
            .find(|a| a.lang == quoted.lang)
            .unwrap();
        assert_eq!(
            whole, article.sentences[quoted.sentence].text,
            "the runs rebuild the sentence"
        );
        assert!(quoted
            .pair_href
            .as_deref()
            .is_some_and(|h| h.starts_with("#/pair/")));
        assert!(!facts.by.is_empty(), "Mao Ning accuses");
        assert!(facts
            .by
            .iter()
            .any(|c| c.stance == Stance::Accusation && c.other.is_some()));
        assert!(!facts.disputes.is_empty());
        assert!(facts.disputes.iter().all(|d| d.claims > 0));
    }

    #[test]
    fn a_target_has_claims_against_it_and_an_unknown_id_has_no_facts() {
        let corpus = Corpus::bundled();
        let model = model::build(&corpus, parallax_engine::Lang::En);
        let us = entity_facts(&corpus, &model, "united_states").expect("known");
        assert!(!us.against.is_empty());
        assert!(us.against.iter().all(|c| !c.quotes.is_empty()));
        assert_eq!(entity_facts(&corpus, &model, "no_such_entity_here"), None);
    }
}
