//! The disputes of a corpus, language by language: a claim and its translation as one
//! [`TranslatedClaim`], the accusation each answer answers, one display name per party in
//! each language ([`display_names`]) and event titles built from what happened
//! ([`titles::event_titles`]). The disputes page, the claim notes and the claims table
//! all read them, so that they agree.
//!
//! A claim and its translation are the same claim in sentences the aligner linked, in two
//! articles of different languages, with the same stance. The engine may read the two
//! versions' parties differently (the officials a report quotes in one, the newspaper that
//! ran it in the other); among several candidates, the one whose parties agree most is taken.

pub mod titles;

use crate::article::Lang;
use crate::claims::{side_of, Party, Stance};
use crate::entities::EntityType;
use crate::{Analysis, ArticleAnalysis};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A claim by its place: `(article, claim index)`.
pub type ClaimRef = (usize, usize);

/// A claim as the reader meets it: one version, or a claim and its translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedClaim {
    /// Every version, the first one in reading order first.
    pub versions: Vec<ClaimRef>,
    /// The stance all versions share.
    pub stance: Stance,
    /// The speaker, as the English version has it (else the French one).
    pub speaker: Option<Party>,
    /// The target, as the English version has it (else the French one).
    pub target: Option<Party>,
    /// The event, as the English version has it.
    pub about: String,
}

/// What agrees between two versions, most telling first: the speaker's id, the target's,
/// then their sides, then the event. Compared as a tuple: the best candidate is the largest.
type Agreement = (bool, bool, bool, bool, bool);

fn agreement(analysis: &Analysis, a: ClaimRef, b: ClaimRef) -> Agreement {
    let (x, y) = (claim(analysis, a), claim(analysis, b));
    let id = |p: &Option<Party>| p.as_ref().map(|p| p.id.clone());
    let side = |p: &Option<Party>| p.as_ref().and_then(|p| side_of(&p.id));
    (
        id(&x.speaker) == id(&y.speaker),
        id(&x.target) == id(&y.target),
        side(&x.speaker) == side(&y.speaker),
        side(&x.target) == side(&y.target),
        x.about == y.about,
    )
}

fn claim(analysis: &Analysis, (a, c): ClaimRef) -> &crate::Claim {
    &analysis.articles[a].claims[c]
}

/// The claims of a corpus with their translations: every claim in exactly one
/// [`TranslatedClaim`], in the order of their first versions (articles, then claims).
pub fn translations(analysis: &Analysis) -> Vec<TranslatedClaim> {
    let articles = &analysis.articles;
    let linked = counterparts(analysis);
    let mut in_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (a, article) in articles.iter().enumerate() {
        for (c, claim) in article.claims.iter().enumerate() {
            in_sentence.entry((a, claim.sentence)).or_default().push(c);
        }
    }
    let mut used: BTreeSet<ClaimRef> = BTreeSet::new();
    let mut out = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (c, first) in article.claims.iter().enumerate() {
            if !used.insert((a, c)) {
                continue;
            }
            let candidates = linked
                .get(&(a, first.sentence))
                .into_iter()
                .flatten()
                .filter(|&&(b, _)| articles[b].lang != article.lang)
                .flat_map(|&(b, s)| {
                    let claims = in_sentence.get(&(b, s)).map_or(&[][..], Vec::as_slice);
                    claims.iter().map(move |&d| (b, d))
                })
                .filter(|&r| !used.contains(&r) && claim(analysis, r).stance == first.stance);
            let mut best: Option<(Agreement, ClaimRef)> = None;
            for r in candidates {
                let score = agreement(analysis, (a, c), r);
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, r));
                }
            }
            let mut versions = vec![(a, c)];
            if let Some((_, r)) = best {
                used.insert(r);
                versions.push(r);
            }
            out.push(merge(analysis, versions));
        }
    }
    out
}

/// One claim from its versions: parties and event as the English version has them, a party
/// it lacks taken from the French one.
pub fn merge(analysis: &Analysis, versions: Vec<ClaimRef>) -> TranslatedClaim {
    let in_lang = |lang: Lang| {
        versions
            .iter()
            .find(|&&(a, _)| analysis.articles[a].lang == lang)
            .map(|&r| claim(analysis, r))
    };
    let main = in_lang(Lang::En).unwrap_or_else(|| claim(analysis, versions[0]));
    let other = in_lang(Lang::Fr).unwrap_or(main);
    TranslatedClaim {
        stance: main.stance,
        speaker: main.speaker.clone().or_else(|| other.speaker.clone()),
        target: main.target.clone().or_else(|| other.target.clone()),
        about: main.about.clone(),
        versions,
    }
}

/// Whether a stance answers an accusation (denies it, declines to confirm it, or turns it back).
pub fn is_answer(stance: Stance) -> bool {
    matches!(
        stance,
        Stance::Denial | Stance::NonConfirmation | Stance::CounterAccusation
    )
}

/// The side a party stands for: its country, else the party itself.
fn side(party: &Party) -> String {
    side_of(&party.id).unwrap_or_else(|| party.id.clone())
}

/// For each answer (index into `claims`), the accusation it answers: an accusation of the
/// same event against the answering side, else one made by whom the answer targets, else
/// such an accusation of another event. Never an accusation by the answer's own side.
pub fn answered(claims: &[TranslatedClaim]) -> BTreeMap<usize, usize> {
    let accusations = Accusations::of(claims);
    // Answers alike (side, target, event) answer the same accusation: a long library
    // repeats them, and each is looked for once.
    let mut found: HashMap<(u32, Option<u32>, u32), Option<usize>> = HashMap::new();
    let mut out = BTreeMap::new();
    for (i, answer) in claims.iter().enumerate() {
        let (Some(side), target) = accusations.sides[i] else {
            continue;
        };
        if !is_answer(answer.stance) {
            continue;
        }
        let about = accusations.abouts[i];
        let best = *found
            .entry((side, target, about))
            .or_insert_with(|| accusations.answered_by(side, target, about));
        if let Some(j) = best {
            out.insert(i, j);
        }
    }
    out
}

/// A corpus's claims as numbers, for [`answered`]: each one's speaker and target sides (a
/// side is looked up by its words) and its event, found once; and the accusations with
/// both sides, in order, by the side accused and by the accuser.
struct Accusations {
    sides: Vec<(Option<u32>, Option<u32>)>,
    abouts: Vec<u32>,
    against: HashMap<u32, Vec<usize>>,
    by: HashMap<u32, Vec<usize>>,
}

impl Accusations {
    fn of(claims: &[TranslatedClaim]) -> Accusations {
        let mut ids = Interner::default();
        let sides: Vec<(Option<u32>, Option<u32>)> = claims
            .iter()
            .map(|c| {
                let mut side_id = |p: &Option<Party>| p.as_ref().map(|p| ids.id(side(p)));
                (side_id(&c.speaker), side_id(&c.target))
            })
            .collect();
        let abouts = claims.iter().map(|c| ids.id(c.about.clone())).collect();
        let mut against: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut by: HashMap<u32, Vec<usize>> = HashMap::new();
        for (j, accusation) in claims.iter().enumerate() {
            if let (Stance::Accusation, (Some(b), Some(a))) = (accusation.stance, sides[j]) {
                against.entry(a).or_default().push(j);
                by.entry(b).or_default().push(j);
            }
        }
        Accusations {
            sides,
            abouts,
            against,
            by,
        }
    }

    /// The accusation an answer by `side` against `target` about `about` answers: the best
    /// score, the earliest among equals. (An answer is never an accusation itself.)
    fn answered_by(&self, side: u32, target: Option<u32>, about: u32) -> Option<usize> {
        let against_me = self.against.get(&side).into_iter().flatten();
        let by_my_target = target.and_then(|t| self.by.get(&t)).into_iter().flatten();
        let mut best: Option<((bool, bool, bool), Reverse<usize>)> = None;
        for &j in against_me.chain(by_my_target) {
            let (Some(by_side), Some(against_side)) = self.sides[j] else {
                continue;
            };
            if by_side == side {
                continue;
            }
            let score = (
                self.abouts[j] == about,
                against_side == side,
                target == Some(by_side),
            );
            best = best.max(Some((score, Reverse(j))));
        }
        best.map(|(_, Reverse(j))| j)
    }
}

/// Numbers for strings, the same number for the same string.
#[derive(Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, word: String) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(word).or_insert(next)
    }
}

/// The articles of an alignment, French first: `(fr, en)` indexes, if both are present.
pub(crate) fn pair_of(
    analysis: &Analysis,
    source: &str,
    target: &str,
) -> Option<(usize, usize, bool)> {
    let index_of = |file: &str| analysis.articles.iter().position(|a| a.file == file);
    let (s, t) = (index_of(source)?, index_of(target)?);
    let lang_of = |i: usize| analysis.articles[i].lang;
    let source_is_fr = lang_of(s) == Lang::Fr || lang_of(t) != Lang::Fr;
    Some(if source_is_fr {
        (s, t, true)
    } else {
        (t, s, false)
    })
}

/// The sentences aligned with each sentence: `(article, sentence)` -> its translations.
pub fn counterparts(analysis: &Analysis) -> BTreeMap<(usize, usize), BTreeSet<(usize, usize)>> {
    let mut out: BTreeMap<(usize, usize), BTreeSet<(usize, usize)>> = BTreeMap::new();
    for alignment in &analysis.alignments {
        let Some((fr, en, source_is_fr)) = pair_of(analysis, &alignment.source, &alignment.target)
        else {
            continue;
        };
        for link in &alignment.pairs {
            let (f, e) = if source_is_fr {
                (&link.source, &link.target)
            } else {
                (&link.target, &link.source)
            };
            for &fs in f {
                for &es in e {
                    out.entry((fr, fs)).or_default().insert((en, es));
                    out.entry((en, es)).or_default().insert((fr, fs));
                }
            }
        }
    }
    out
}

/// A party's name in each language; either may be missing (then the other stands in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    /// The English name.
    pub en: Option<String>,
    /// The French name.
    pub fr: Option<String>,
}

impl Names {
    /// The name in `lang`, else in the other language, with the language it is in.
    pub fn in_lang(&self, lang: Lang) -> Option<(&str, Lang)> {
        let (mine, other, other_lang) = match lang {
            Lang::En => (&self.en, &self.fr, Lang::Fr),
            Lang::Fr => (&self.fr, &self.en, Lang::En),
        };
        match (mine, other) {
            (Some(n), _) => Some((n, lang)),
            (None, Some(n)) => Some((n, other_lang)),
            (None, None) => None,
        }
    }

    /// The other language's name, when it differs from the one [`Names::in_lang`] gives.
    pub fn secondary(&self, lang: Lang) -> Option<(&str, Lang)> {
        let (shown, _) = self.in_lang(lang)?;
        let other = match lang {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        };
        self.in_lang(other).filter(|(n, _)| *n != shown)
    }
}

/// One display name per entity id and language: the knowledge base's name; for a threat
/// group or malware, or an id the base lacks, how the articles of that language name it
/// (first mention, else first claim naming it as a party).
pub fn display_names(articles: &[ArticleAnalysis]) -> BTreeMap<String, Names> {
    let mut said: BTreeMap<String, Names> = BTreeMap::new();
    let mut note = |id: &str, lang: Lang, name: &str| {
        let names = said.entry(id.to_string()).or_default();
        let slot = match lang {
            Lang::En => &mut names.en,
            Lang::Fr => &mut names.fr,
        };
        slot.get_or_insert_with(|| name.to_string());
    };
    for article in articles {
        for m in article
            .entities
            .iter()
            .filter(|m| m.kind != EntityType::Date)
        {
            note(&m.id, article.lang, &m.text);
        }
    }
    for article in articles {
        for claim in &article.claims {
            for party in claim.speaker.iter().chain(&claim.target) {
                note(&party.id, article.lang, &party.name);
            }
        }
    }
    for (id, names) in &mut said {
        let Some(entry) = crate::entities::lookup(id) else {
            continue;
        };
        if matches!(entry.kind, EntityType::Group | EntityType::Malware) {
            // A group goes by the name the articles use, in both languages ("Tick", not
            // the base's first name for it); the base's only when no article names it.
            let said = names.en.clone().or_else(|| names.fr.clone());
            names.en = said.clone().or_else(|| Some(entry.name_en.clone()));
            names.fr = names
                .fr
                .clone()
                .or(said)
                .or_else(|| Some(entry.name_fr.clone()));
        } else {
            *names = Names {
                en: Some(entry.name_en.clone()),
                fr: Some(entry.name_fr.clone()),
            };
        }
    }
    said
}

#[cfg(test)]
mod tests;
