//! The gender of a person candidate and of a pronoun, so that "she" or « il » takes up
//! a person who may be that gender. A person's gender comes from a title or role noun
//! right before the name ("Mrs", « la ministre »), else from the given name
//! (`data/kb/given_names.txt`); a pronoun's from `data/claims/gender.tsv`. A body has
//! the grammatical gender of French: its article (« la Gendarmerie », « le Bureau »), else
//! its head noun (« l'Agence de Velmar », « l'ambassade »: `noun_*` in `gender.tsv`),
//! so that a French « il » does not take up an agency nor « elle » a ministry. English
//! nouns have none. Most genders are unknown, and an unknown gender fits either.

use super::cands::{Cand, Kind};
use super::facts::Facts;
use super::lexicon::Family;
use crate::entities::{name_gender, Gender, WordMap};
use std::sync::OnceLock;

/// How many tokens before a name a title or role noun may tell its gender ("Deputy
/// Foreign Minister Ana Roe": four words of title, the first may be the gendered one).
const TITLE_REACH: usize = 4;

/// The words of `gender.tsv` by class (`pronoun`, `title`, `determiner`), with their
/// gender: two lookups of borrowed words, where one key `class word` was a string built
/// for every body and every word before a person.
fn words() -> &'static WordMap<WordMap<Gender>> {
    static WORDS: OnceLock<WordMap<WordMap<Gender>>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut by_class: WordMap<WordMap<Gender>> = WordMap::default();
        for (class, list) in crate::data::rows(include_str!("../../data/claims/gender.tsv")) {
            let Some((kind, gender)) = class.rsplit_once('_') else {
                continue;
            };
            let gender = match gender {
                "female" => Gender::Female,
                "male" => Gender::Male,
                _ => continue,
            };
            let words = by_class.entry(kind.to_string()).or_default();
            for w in crate::data::words(list) {
                words.insert(w.to_string(), gender);
            }
        }
        by_class
    })
}

/// The gender `gender.tsv` gives a word of a class (`pronoun`, `title`, `determiner`).
fn gender_of(class: &str, word: &str) -> Gender {
    words()
        .get(class)
        .and_then(|words| words.get(word))
        .copied()
        .unwrap_or_default()
}

/// The gender a pronoun candidate stands for ("she", « il »); unknown for "it", "they".
pub(crate) fn of_pronoun(c: &Cand) -> Gender {
    gender_of("pronoun", &c.name.to_lowercase())
}

/// The gender an article tells of the noun after it (« la », « le »); unknown for « l' »,
/// « les » and any other word.
pub(crate) fn of_article(word: &str) -> Gender {
    gender_of("determiner", word)
}

/// Set the gender of each person and body candidate of a sentence.
pub(crate) fn assign(f: &Facts, cands: &mut [Cand]) {
    for c in cands
        .iter_mut()
        .filter(|c| matches!(c.kind, Kind::Named | Kind::Role(_)))
    {
        c.gender = body_gender(f, c);
    }
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Person) {
        // ("Roe", a surname the entity layer links to "Jan Roe": the full name's id tells.)
        c.gender = match title_gender(f, c.first) {
            Gender::Unknown => match name_gender(&c.name) {
                Gender::Unknown => name_gender(&c.id.replace('_', " ")),
                known => known,
            },
            known => known,
        };
    }
}

/// The grammatical gender of a body: the article that opens it or stands right before it
/// (« le ministère », « la DCT »), else its noun (the role's, or the first word of its
/// name as written or as the knowledge base writes it in French: « Agence … »).
fn body_gender(f: &Facts, c: &Cand) -> Gender {
    let t = &f.tokens;
    let article = [c.first.checked_sub(1), Some(c.first)]
        .into_iter()
        .flatten()
        .filter(|&i| t[i].word)
        .map(|i| of_article(&t[i].lower))
        .find(|&g| g != Gender::Unknown);
    if let Some(g) = article {
        return g;
    }
    let first_word = |name: &str| {
        let word = name.split([' ', '\'', '’']).find(|w| !w.is_empty())?;
        Some(gender_of("noun", &crate::text::lowercase(word)))
    };
    let kb_name = crate::entities::kb::lookup(&c.id).map(|e| e.name("fr"));
    [Some(c.head.as_str()), Some(c.name.as_str()), kb_name]
        .into_iter()
        .flatten()
        .filter_map(first_word)
        .find(|&g| g != Gender::Unknown)
        .unwrap_or_default()
}

/// The gender a title or role noun right before token `first` tells: a gendered title
/// ("Mrs", "spokeswoman", « procureure »), or a gendered determiner before a role noun
/// of either gender (« la porte-parole »). The nearest such word wins; a punctuation
/// mark other than an abbreviation's dot ends the title.
fn title_gender(f: &Facts, first: usize) -> Gender {
    let t = &f.tokens;
    let reach = first.saturating_sub(TITLE_REACH);
    for i in (reach..first).rev() {
        if !t[i].word {
            if t[i].raw == "." {
                continue;
            }
            break;
        }
        let title = gender_of("title", t[i].lower.as_str());
        if title != Gender::Unknown {
            return title;
        }
        let role = f.is(i, Family::Title) || f.is(i, Family::RolePerson);
        let before = i.checked_sub(1).filter(|&p| role && t[p].word);
        let determiner = before.map_or(Gender::Unknown, |p| {
            gender_of("determiner", t[p].lower.as_str())
        });
        if determiner != Gender::Unknown {
            return determiner;
        }
    }
    Gender::Unknown
}
