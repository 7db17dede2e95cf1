//! What an entity's page says: its names in both languages, every sentence that mentions it,
//! the claims it makes and those made against it, and the disputes it takes part in. The
//! engine's board gives the facts (`parallax_engine::board::EntityFacts`, derived where the
//! analysis was made); here they get their display names, titles, quotes and links. Pure;
//! the page reads it once per corpus, id and interface language.
//!
//! Claims are the engine's claims across languages, as on the disputes page: a claim and
//! its translation are one claim with a quote in each language, so both pages tell one story.

use crate::corpus::Corpus;
use crate::route::Route;
use parallax_engine::board::Naming;
use parallax_engine::entities::KbEntry;
use parallax_engine::{EntityType, Lang, Stance};
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

/// The facts about `id`, event titles in `lang`, or `None` when nothing in the knowledge
/// base or the library knows it.
pub fn entity_facts(corpus: &Corpus, id: &str, lang: Lang) -> Option<EntityFacts> {
    let views = &corpus.claims;
    let known = views.known.get(id);
    let facts = views.board.entity(id);
    if known.is_none() && facts.is_none() {
        return None;
    }
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
    let claims = |list: &[usize], by: bool| -> Rc<[ClaimFacts]> {
        let facts = list.iter().filter_map(|&k| {
            let claim = views.claims.get(k)?;
            let other = if by { &claim.target } else { &claim.speaker };
            let mut versions = claim.versions.clone();
            let lang_of = |&(a, _): &(usize, usize)| corpus.article(a).map(|a| a.lang);
            parallax_engine::order::sort_by_key(&mut versions, |v| lang_of(v) != Some(Lang::Fr));
            Some(ClaimFacts {
                stance: claim.stance,
                other: other
                    .as_ref()
                    .map(|p| (p.id.clone(), corpus.display_name(&p.id, &p.name))),
                event: (claim.about.clone(), views.title(&claim.about, lang)),
                quotes: versions
                    .iter()
                    .filter_map(|&(a, c)| {
                        let sentence = corpus.article(a)?.claims.get(c)?.sentence;
                        quote(corpus, a, sentence, None)
                    })
                    .collect(),
            })
        });
        facts.collect()
    };
    let empty = parallax_engine::board::EntityFacts::default();
    let facts = facts.unwrap_or(&empty);
    let disputes = facts.events.iter().filter_map(|&(e, count)| {
        let about = &views.board.events.get(e)?.about;
        Some(DisputeFacts {
            about: about.clone(),
            title: views.title(about, lang),
            claims: count,
        })
    });
    Some(EntityFacts {
        title,
        kind: facts.kind.or(known.map(|k| k.kind)),
        known: known.cloned(),
        country,
        spellings: facts.spellings.clone(),
        mentions: mentions_of(corpus, id, &facts.mentions),
        by: claims(&facts.by, true),
        against: claims(&facts.against, false),
        disputes: disputes.collect(),
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

/// The mentions of `id`, per article, as the board counts them.
fn mentions_of(corpus: &Corpus, id: &str, naming: &[Naming]) -> Rc<[ArticleMentions]> {
    let articles = naming.iter().filter_map(|n| {
        let article = corpus.article(n.article)?;
        let view = corpus.views.get(n.article)?;
        Some(ArticleMentions {
            headline: view.headline.clone(),
            href: Route::Article(view.stem.clone()).href(),
            lang: article.lang,
            count: n.count,
            quotes: n
                .sentences
                .iter()
                .filter_map(|&s| quote(corpus, n.article, s, Some(id)))
                .collect(),
        })
    });
    articles.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_spokesperson_has_both_languages_quotes_and_claims() {
        let corpus = Corpus::bundled();
        let facts = entity_facts(&corpus, "mao_ning", Lang::En).expect("Mao Ning is known");
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
        let us = entity_facts(&corpus, "united_states", Lang::En).expect("known");
        assert!(!us.against.is_empty());
        assert!(us.against.iter().all(|c| !c.quotes.is_empty()));
        assert_eq!(entity_facts(&corpus, "no_such_entity_here", Lang::En), None);
    }
}
