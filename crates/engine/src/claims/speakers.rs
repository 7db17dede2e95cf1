//! Speakers met so far in an article, and how a new mention of one (a pronoun,
//! "le ministère", "the report", a surname) is resolved to a party.

use super::cands::{owning_name, slug, Cand, Kind};
use super::draft::SentenceAt;
use super::facts::Facts;
use super::lexicon::Family;
use super::tokens::Hit;
use super::Party;
use crate::entities::Gender;
use crate::EntityType;
use std::cell::RefCell;
use std::collections::HashMap;

/// How many tokens before a document noun its name may end ("the Daily Courier's
/// report": a possessive mark and "s" between).
const DOCUMENT_NAME_BEFORE: usize = 3;
/// How many tokens after a document noun its name may start ("the report by the
/// Institute": a preposition and a determiner between).
const DOCUMENT_NAME_AFTER: usize = 4;
/// Longest plain noun phrase taken for a speaker no lexicon names, in words (longer,
/// it is a clause, not a name).
const MAX_SUBJECT_PHRASE_WORDS: usize = 5;

/// A speaker already met in the article.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub party: Party,
    pub side: Option<String>,
    pub kind: Kind,
    pub sentence: usize,
    /// For a person, the gender its title or given name told (unknown for the rest).
    pub gender: Gender,
    /// A party heard through a person its role names ("the representative of X"): a
    /// "he" or "she" after it may take it up.
    pub by_person: bool,
}

/// The previous sentence, where "the report" or "the publication" was named.
pub(crate) type Previous<'a, 'm> = Option<(&'a Facts<'m>, &'a [Cand])>;

pub(crate) fn known(c: &Cand, sentence: usize) -> Known {
    let id = match (&c.kind, &c.side) {
        _ if c.group.is_some() => c.group.clone().unwrap_or_default(),
        // ("US-based security firms": a business of a country is not that country.)
        (Kind::Role(_), Some(_)) if private_role(c) => slug(&c.name),
        (Kind::Role(_) | Kind::Place, Some(side)) => side.clone(),
        _ if c.id.is_empty() => slug(&c.name),
        _ => c.id.clone(),
    };
    Known {
        party: Party {
            id,
            name: c.name.clone(),
        },
        side: c.side.clone(),
        kind: c.kind,
        sentence,
        gender: c.gender,
        by_person: false,
    }
}

/// A role whose noun names a business ("firm", "firms", « société »): it speaks for itself,
/// whatever country it is of. (A plural that heads a group, "companies", is a group's
/// description already: `groups`.)
pub(crate) fn private_role(c: &Cand) -> bool {
    let singular = c.head.strip_suffix('s').unwrap_or(&c.head);
    [c.head.as_str(), singular].into_iter().any(|w| {
        super::lexicon::is_word_of(w, Family::CompanyNoun)
            || super::lexicon::is_word_of(w, Family::PrivateBody)
    })
}

/// "The newspaper found": the name next to the document noun ("newspaper", "report")
/// in the sentence before.
fn named_document<'a>(head: &str, prev: Previous<'a, '_>) -> Option<&'a Cand> {
    let (f, cands) = prev?;
    let at = f.tokens.iter().position(|t| t.lower == head)?;
    cands.iter().find(|c| {
        matches!(c.kind, Kind::Named | Kind::Person)
            && ((c.last < at && c.last + DOCUMENT_NAME_BEFORE >= at)
                || (c.first > at && c.first <= at + DOCUMENT_NAME_AFTER))
    })
}

/// How many sentences back "the company" or « l'agence » may refer to an organisation
/// named but not yet heard: a definite description points at what was just said.
const NAMED_ORG_REACH: usize = 2;

/// How many sentences back "he" or "she" may refer to a person named but not heard: a
/// person a story introduces often speaks after a sentence or two of context ("X runs the
/// port. The port lost two days. He said …"); further back, the last speaker is likelier.
const NAMED_PERSON_REACH: usize = 3;
/// The same for a French « il » or « elle » that opens its sentence, which may as well
/// take up a body or a thing ("the article") named since: only the sentence before.
const NAMED_PERSON_REACH_OF_IL: usize = 1;

/// How many sentences back a gendered « il » or « elle » whose last speaker is of the
/// other gender may take up a person named but not heard, if that person is known to be
/// of its gender: a quotation of a few sentences may lie between the name and the
/// pronoun that closes it.
const AGREEING_NAME_REACH: usize = 3;

/// How many speakers back a person pronoun looks for a person before taking the last
/// speaker: a pronoun refers to someone of the last few statements.
const PERSON_PRONOUN_REACH: usize = 3;

/// Resolve a speaker candidate to a party: a pronoun or a definite role refers
/// back to the most recent compatible speaker; a surname to the full name.
pub(crate) fn resolve(c: &Cand, history: &[Known], s: &SentenceAt, si: usize) -> Known {
    if let Some(group) = &c.group {
        // "the officials" again: the same group, if it spoke before; else a new one. A bare
        // head (« cette source ») takes up a group it heads, however it was described.
        let again = history
            .iter()
            .rev()
            .find(|k| &k.party.id == group)
            .or_else(|| {
                history
                    .iter()
                    .rev()
                    .filter(|_| c.definite && !group.contains('_'))
                    .find(|k| k.party.id.split('_').any(|w| w == group))
            });
        return match again {
            Some(k) if c.definite => back(k, c, si),
            _ => known(c, si),
        };
    }
    if let Some(k) = defined_as(c, s, si) {
        return k;
    }
    let found = match c.kind {
        Kind::Pronoun if s.facts.is(c.first, Family::Latter) => named_last(c, s, si),
        Kind::Pronoun => pronoun(c, history, s, si),
        // "The Ministry rejects …" in the ministry's own statement: the text's voice, when
        // its name holds the noun, before any other ministry named lately.
        Kind::Role(role) if c.definite || (c.side.is_none() && !c.indefinite) => {
            // "the Province": the province's government. "The foreign ministry" takes up no
            // other ministry than a foreign ministry; met first, it is the ministry of the
            // country the story's first voice speaks for. "The Government" with no country:
            // the dateline's.
            let portfolio = super::bodies::portfolio_before(s.facts, c);
            super::home::province_government(c, s, si)
                .or_else(|| own_voice_named(c, s, si))
                .or_else(|| definite_role(c, role, history, s, si))
                .filter(|k| {
                    portfolio.is_none_or(|(p, _)| super::bodies::holds_portfolio(&k.party.id, p))
                })
                .or_else(|| {
                    portfolio.and_then(|p| super::bodies::country_ministry(c, p, history, s, si))
                })
                .or_else(|| super::home::home_government(c, s, si))
        }
        Kind::Named | Kind::Person if !c.name.contains(' ') => surname(c, history)
            .or_else(|| defined_term(c, s))
            // "Government has revealed …": the noun in capitals, as a name.
            .or_else(|| super::home::home_government(c, s, si).filter(|_| c.kind == Kind::Named)),
        _ => None,
    };
    found.map_or_else(|| known(c, si), |k| back(&k, c, si))
}

/// A speaker met before, named again in sentence `si`: its side, else the one the
/// new mention gives it.
fn back(k: &Known, c: &Cand, si: usize) -> Known {
    // (« l'agence » taking up an acronym: the noun tells the body's gender.)
    let gender = match k.gender {
        Gender::Unknown if !is_person(k) && c.kind != Kind::Pronoun => c.gender,
        known => known,
    };
    Known {
        side: k.side.clone().or(c.side.clone()),
        sentence: si,
        gender,
        ..k.clone()
    }
}

/// "he", "she", « selon lui », "it": whom the pronoun takes up.
fn pronoun(c: &Cand, history: &[Known], s: &SentenceAt, si: usize) -> Option<Known> {
    let word = c.name.to_lowercase();
    // "she" never takes up a man, nor "he" a woman; an unknown gender fits either.
    let gender = super::gender::of_pronoun(c);
    if let Some(k) = subject_taken_up(c, s, si, gender) {
        return Some(k);
    }
    if word == "it" && opens_clause(c, s) && !s.facts.quoted {
        return impersonal_it(history, s);
    }
    // In an answer (or any labelled turn of a transcript) the speaker speaks of itself as
    // "I" or "we": a "he" or "she" there is someone else.
    let answering = s.facts.answerer.as_ref().filter(|_| c.person);
    // « Je l'assume », dit-il: a sentence in the first person singular is a person's words.
    let f = s.facts;
    let singular = word != "it" && (0..f.tokens.len()).any(|i| f.is(i, Family::FirstSingular));
    let fits = |k: &&Known| {
        k.gender.fits(gender)
            && answering.is_none_or(|a| a.id != k.party.id)
            && (!singular || is_person(k))
    };
    // A person described by a role ("the representative of X", "the ministry's
    // spokesman") is one a pronoun takes up too; it speaks as the party it serves.
    let person_fits = |k: &&Known| is_person(k) && fits(k);
    // "he", "she", « selon lui »: the last person who spoke, if one spoke lately.
    let person = c
        .person
        .then(|| {
            history
                .iter()
                .rev()
                .take(PERSON_PRONOUN_REACH)
                .find(person_fits)
        })
        .flatten();
    let named = named_just_before(c, s, si, &word, &fits);
    // "Spokeswoman Ana Roe was more cautious. She said …": the subject of the
    // sentence just before, a person, is who the pronoun takes up.
    let subject = c
        .person
        .then(|| subject_person_before(s).or_else(|| introduced_before_quotation(s)))
        .flatten()
        .filter(|k| fits(&k));
    // "he" and "she" name people; "it" never does; « il » and « elle » may be either.
    let personal = matches!(word.as_str(), "he" | "she" | "him" | "her");
    // A person pronoun with no person heard lately: the last person heard or named at
    // all, before any organisation.
    let any_person = || {
        personal
            .then(|| {
                history
                    .iter()
                    .rev()
                    .find(person_fits)
                    .or_else(|| s.people.iter().rev().find(fits))
            })
            .flatten()
    };
    // "La société … Dans un communiqué, elle assure …": a French « il »/« elle » may take
    // up the organisation named last.
    let organisation = || s.named.last().filter(|_| !personal).cloned();
    // Else the last speaker, unless a person of the other gender: then the last that fits.
    // "it" never takes up a person.
    let thing = |k: &&Known| word != "it" || s.facts.quoted || !is_person(k);
    // « Elle » after a body that is « le … »: a speaker known to be of the pronoun's gender
    // (a person, a body by its noun) before one whose gender nothing tells.
    // (In the first person singular, any person who fits: the words are a person's.)
    let agrees =
        |k: &&Known| fits(k) && (singular || (gender != Gender::Unknown && k.gender == gender));
    let ruled_out = history
        .last()
        .is_some_and(|k| !k.gender.fits(gender) || (singular && !is_person(k)));
    let last = || {
        ruled_out
            .then(|| {
                let heard = history.iter().rev().take(PERSON_PRONOUN_REACH);
                let named = s.people.iter().rev();
                let named = named.take_while(|k| k.sentence + AGREEING_NAME_REACH >= si);
                heard.chain(named).find(agrees)
            })
            .flatten()
            .or_else(|| history.iter().rev().find(|k| fits(k) && thing(k)))
            .or(history.last().filter(thing))
            // "The phone of Jan Roe keeps ringing. … « … », affirme-t-elle.": before anyone
            // has spoken, a person's pronoun takes up the person named last.
            .or_else(|| {
                (history.is_empty() && c.person && word != "it")
                    .then(|| s.people.iter().rev().find(fits))
                    .flatten()
            })
    };
    // « La Gendarmerie a été avisée. Elle a refusé de commenter »: a French « il » or
    // « elle » opening its sentence takes up the body the sentence before opened on, when
    // the body's article has the pronoun's gender.
    let body = (!personal && opens_clause(c, s) && !s.facts.quoted)
        .then(|| subject_body_before(s, gender))
        .flatten();
    subject
        .or(body)
        .or_else(|| {
            // A person named since the last one spoke is the one the pronoun takes up.
            // (Only a person who opened that sentence as its subject: "He met Ana Roe. He
            // said …" is still the first man.)
            let opened = |n: &Known| {
                s.subjects
                    .iter()
                    .any(|k| k.sentence == n.sentence && k.party.id == n.party.id)
            };
            let fresher = match (person, named) {
                (Some(p), Some(n)) if n.sentence > p.sentence && opened(n) => Some(n),
                (p, n) => p.or(n),
            };
            fresher.or_else(any_person).or_else(last).cloned()
        })
        .or_else(organisation)
}

/// The organisation the sentence before opens on as its subject, after a gendered article
/// (« La Gendarmerie royale … », « Le ministère … »), if that gender is `gender`.
fn subject_body_before(s: &SentenceAt, gender: Gender) -> Option<Known> {
    let (f, cands) = s.prev?;
    let first = cands.first()?;
    // The only word before the body is its article.
    let mut words = (f.label_end..first.first).filter(|&i| f.tokens[i].word);
    let article = match (words.next(), words.next()) {
        (Some(a), None) => super::gender::of_article(&f.tokens[a].lower),
        _ => Gender::Unknown,
    };
    let body = first.kind == Kind::Named && !first.possessive;
    (body && gender != Gender::Unknown && article == gender).then(|| known(first, s.index - 1))
}

/// A person named in the last few sentences, taken up before the last person who spoke
/// when named after that person spoke ("X, our lead in Kyiv,
/// cautioned …. “…,” he said"), also for a French « il »/« elle » that opens its sentence
/// (« …, a déclaré sa porte-parole, Jana Novak. Elle a reproché … », « Selon elle, … »).
fn named_just_before<'s>(
    c: &Cand,
    s: &'s SentenceAt,
    si: usize,
    word: &str,
    fits: &dyn Fn(&&Known) -> bool,
) -> Option<&'s Known> {
    // (« Selon elle, … » opens its sentence as well.)
    let f = s.facts;
    let after_according = (f.label_end..c.first)
        .filter(|&i| f.tokens[i].word)
        .all(|i| f.is(i, Family::According));
    let opening_il = matches!(word, "il" | "elle" | "lui")
        && (opens_clause(c, s) || after_according)
        && !s.facts.quoted;
    // (The credit after a quotation over several sentences, « … », affirme-t-il: the reach
    // counts from the quotation's first sentence, where the passage begins.)
    let from = match f.quote_start {
        Some(first) if f.quote_end && c.person => first.min(si),
        _ => si,
    };
    (c.person || opening_il)
        .then(|| {
            s.people
                .iter()
                .rev()
                .take_while(|k| {
                    let reach = if c.person {
                        NAMED_PERSON_REACH
                    } else {
                        NAMED_PERSON_REACH_OF_IL
                    };
                    k.sentence + reach >= from
                })
                .find(|k| fits(k))
        })
        .flatten()
}

/// "Velmarine exposed the group in 2023, when it tied …", « Quant à l'ambassade, elle a
/// rejeté … »: a pronoun in a later clause of the sentence takes up the party that
/// opens the sentence as its subject (or as its topic after « quant à »).
fn subject_of_main_clause(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    let f = s.facts;
    let t = &f.tokens;
    if f.quoted || (0..c.first).any(|i| matches!(t[i].raw, "«" | "“" | "\"")) {
        return None;
    }
    let subject_pronoun = matches!(
        c.name.to_lowercase().as_str(),
        "it" | "he" | "she" | "il" | "elle"
    );
    // « Le gouvernement, a-t-il ajouté, condamne … »: a pronoun inverted after its verb is
    // the reporter of the sentence, never the subject of what it reports.
    let inverted = c.first > 0 && matches!(t[c.first - 1].raw, "-" | "‑");
    if !subject_pronoun || inverted {
        return None;
    }
    let topic = |i: usize| matches!(t[i].lower.as_str(), "quant" | "à" | "au" | "aux");
    // (A transcript's label before it names the turn, not the sentence's subject; nor does a
    // phrase fronted before a comma, « Interrogée par nos soins, l'agence … ».)
    let start = fronted_end(s, c.first).unwrap_or(f.label_end);
    let head = s
        .cands
        .iter()
        .find(|x| x.first >= start && x.last < c.first)?;
    let subject = head;
    // ("Chief executive Anna Holm …": a role set before a name as its title is the person.)
    let subject = s
        .cands
        .iter()
        .find(|x| {
            subject.kind == Kind::Role(Family::RolePerson)
                && x.kind == Kind::Person
                && x.first > subject.last
                && x.last < c.first
                && (subject.last + 1..x.first)
                    .all(|i| t[i].word && (f.is(i, Family::Title) || f.is(i, Family::RolePerson)))
        })
        .unwrap_or(subject);
    // A clause coordinated after a comma ("X told the agency …, and it admitted …")
    // shares the main clause's subject: the parties between are its objects.
    let coordinated =
        c.first >= 2 && t[c.first - 2].is(",") && f.is(c.first - 1, Family::Coordinator);
    // Else no other party stands between to be taken up instead (« … que la Freedonie
    // transmettrait le dossier au pays qu'elle accuse »).
    let between = !coordinated
        && s.cands.iter().any(|x| {
            x.first > subject.last && x.last < c.first && x.kind != Kind::Thing && !new_document(x)
        });
    if between {
        return None;
    }
    let opens = (start..head.first).all(|i| !t[i].word || f.is(i, Family::Determiner) || topic(i));
    let party = matches!(
        subject.kind,
        Kind::Named | Kind::Person | Kind::Role(Family::RoleOrg) | Kind::Role(Family::RolePerson)
    );
    // A later clause: a comma, a semicolon or a subordinating word between the subject and
    // the pronoun ("X has opened proceedings; it declined to comment").
    let later = (subject.last + 1..c.first).any(|i| {
        t[i].is(",") || t[i].is(";") || f.is(i, Family::Subordinator) || f.is(i, Family::Relative)
    });
    (opens && party && later && !subject.possessive).then(|| known(subject, si))
}

/// Where a sentence's main clause starts after a phrase fronted before a comma (« Interrogée
/// par l'AFP, l'agence … », "Asked about the report, the ministry …"): the phrase names no
/// party of its own at its head (it opens with a participle or a preposition), and the
/// comma comes before `before`.
fn fronted_end(s: &SentenceAt, before: usize) -> Option<usize> {
    let f = s.facts;
    let t = &f.tokens;
    let first = (f.label_end..before).find(|&i| t[i].word)?;
    let head_party = s.cands.iter().any(|x| x.first == first);
    // (The participial asides `subject` knows: « Interrogée par … », "Speaking to …".)
    let participle = super::subject::participial(f, s.cands, first);
    let opener = f.is(first, Family::Preposition) || participle;
    let comma = (first..before).find(|&i| t[i].is(","))?;
    (opener && !head_party).then_some(comma + 1)
}

/// « a lancé une enquête, mais il … », "released a report, but it …": a document the clause
/// introduces with an indefinite article is its object, not a party a pronoun takes up.
fn new_document(x: &Cand) -> bool {
    x.kind == Kind::Role(Family::RoleDoc) && x.indefinite
}

/// Whether the pronoun opens its clause: nothing but marks before it, or a fronted phrase
/// ("In a statement, it said"). Within a sentence or a quote, "it" may take up a party of
/// the same sentence or one the quoted speaker names.
fn opens_clause(c: &Cand, s: &SentenceAt) -> bool {
    let t = &s.facts.tokens;
    let first_word = (0..c.first).find(|&i| t[i].word);
    let fronted = c.first > 0
        && t[c.first - 1].is(",")
        && first_word.is_some_and(|i| s.facts.is(i, Family::Preposition));
    first_word.is_none() || fronted
}

/// "The port authority confirmed the outage. It declined to say …": the organisation heard
/// or named last.
fn impersonal_it(history: &[Known], s: &SentenceAt) -> Option<Known> {
    let heard = history.iter().rev().find(|k| !is_person(k));
    let named = s.named.iter().rev().find(|k| !is_person(k));
    match (heard, named) {
        (Some(h), Some(n)) => Some(if n.sentence > h.sentence { n } else { h }.clone()),
        (h, n) => h.or(n).cloned(),
    }
}

/// A person, named or described ("the minister"), or a party speaking through one.
fn is_person(k: &Known) -> bool {
    k.by_person || matches!(k.kind, Kind::Person | Kind::Role(Family::RolePerson))
}

/// "the ministry", "the report", "its spokesman": the compatible speaker or
/// organisation it refers to.
fn definite_role(
    c: &Cand,
    role: Family,
    history: &[Known],
    s: &SentenceAt,
    si: usize,
) -> Option<Known> {
    if role == Family::RoleDoc {
        if let Some(d) = named_document(&c.head, s.prev) {
            return Some(known(d, si));
        }
    }
    if let Some(k) = introduced_with_noun(c, role, s, si) {
        return Some(k);
    }
    heard_with_noun(c, role, history, s)
        .or_else(|| named_with_noun(c, role, s, si))
        .or_else(|| match role {
            // "its spokesman": the organisation's own voice.
            Family::RolePerson if c.definite && c.side.is_none() => history.last(),
            // « l'agence nationale de cybersécurité (NÚKIB) »: a noun with a complement of
            // its own describes a body of its own, not the organisation heard last.
            Family::RoleOrg
                if c.side.is_none() && !has_complement(s.facts, c) && !named_body(s, c) =>
            {
                organisation_heard(c, history, s, si)
            }
            _ => None,
        })
        .cloned()
}

/// « M. le Maire » after « M. Jan Dupont, Maire », "the firm" after "Acme, a mapping firm":
/// the person or body introduced with that noun; "Acme's lab tied the tool to Pale Rook, a
/// group the lab traces to …": an organisation named earlier in the same sentence whose name
/// holds the noun.
fn introduced_with_noun(c: &Cand, role: Family, s: &SentenceAt, si: usize) -> Option<Known> {
    let head = c.head.as_str();
    let compatible = |k: &Known| c.side.is_none() || k.side.is_none() || k.side == c.side;
    let role_word = head.split_whitespace().last().unwrap_or(head);
    let holder = super::titled::holder_before(s.holders, role_word, si).filter(|k| {
        let kind_fits = match role {
            Family::RolePerson => k.kind == Kind::Person,
            Family::RoleOrg => k.kind == Kind::Named && c.side.is_none(),
            _ => false,
        };
        kind_fits && c.definite && compatible(k)
    });
    if let Some(k) = holder {
        return Some(k.clone());
    }
    if role != Family::RoleOrg || !c.definite {
        return None;
    }
    s.cands
        .iter()
        .filter(|o| o.last < c.first && o.kind == Kind::Named)
        .map(|o| known(o, si))
        .filter(|k| compatible(k))
        .rfind(|k| known_as(k, head))
}

/// The speaker heard last that the noun describes: a person for a person's role (of the
/// role's side, if it has one: "the Russian ambassador"), an organisation whose name holds
/// the noun for a body's. A description heard before an organisation named since is that
/// organisation ("a Freedonian firm says …; Acme Research has claimed …; the firm said").
fn heard_with_noun<'k>(
    c: &Cand,
    role: Family,
    history: &'k [Known],
    s: &SentenceAt,
) -> Option<&'k Known> {
    let compatible = |k: &&Known| c.side.is_none() || k.side.is_none() || k.side == c.side;
    let found = history
        .iter()
        .rev()
        .filter(compatible)
        .find(|k| match role {
            Family::RolePerson => k.kind == Kind::Person && (c.side.is_none() || k.side == c.side),
            Family::RoleOrg => known_as(k, &c.head),
            _ => k.kind != Kind::Person,
        })?;
    // ("The Government" again: a country's government or authorities are the country
    // itself, which no organisation named since stands for.)
    let country_body = (c.first..=c.last).any(|i| s.facts.is(i, Family::CountryBody));
    let country_itself = country_body && found.side.as_deref() == Some(found.party.id.as_str());
    Some(match found.kind {
        Kind::Role(Family::RoleOrg) if role == Family::RoleOrg && !country_itself => history
            .iter()
            .rev()
            .take_while(|n| n.sentence > found.sentence)
            .filter(compatible)
            // An organisation the entity layer named, not any capitalised word.
            .find(|n| n.kind == Kind::Named && s.named.iter().any(|m| m.party.id == n.party.id))
            .unwrap_or(found),
        _ => found,
    })
}

/// "the agency": an organisation named lately whose name holds the noun, else one named
/// however far back ("The Embassy rejects …" long after the embassy's full name in the
/// header), before a party merely heard last.
fn named_with_noun<'k>(c: &Cand, role: Family, s: &'k SentenceAt, si: usize) -> Option<&'k Known> {
    if role != Family::RoleOrg {
        return None;
    }
    let compatible = |k: &&Known| c.side.is_none() || k.side.is_none() || k.side == c.side;
    let named = || s.named.iter().rev().filter(compatible);
    named()
        .take_while(|k| k.sentence + NAMED_ORG_REACH >= si)
        .find(|k| known_as(k, &c.head))
        .or_else(|| named().find(|k| known_as(k, &c.head)))
}

/// "the Company" in a text that defined the term for a party ("Velmar Ltd (the
/// \"Company\")"): that party.
fn defined_as(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    if !c.definite || !matches!(c.kind, Kind::Role(_) | Kind::Named) {
        return None;
    }
    let word = c.name.to_lowercase();
    let (_, party) = s
        .facts
        .defined
        .iter()
        .find(|(term, _)| *term == word || *term == c.head)?;
    Some(organisation(party, si))
}

/// A named organisation met in sentence `si`, the side its id gives it.
fn organisation(party: &Party, si: usize) -> Known {
    Known {
        party: party.clone(),
        side: super::ids::side_of_id(&party.id),
        kind: Kind::Named,
        sentence: si,
        gender: Gender::Unknown,
        by_person: false,
    }
}

/// "The Court", « la Chambre »: a noun that stands only for a body whose name holds it.
pub(crate) fn named_body(s: &SentenceAt, c: &Cand) -> bool {
    (c.first..=c.last).any(|i| s.facts.is(i, Family::NamedBody))
}

/// A first-party text's voice, or the organisation heading a formal text, that a definite
/// role noun of its own sentence names ("The Ministry", « la Chambre »): its name holds
/// the noun.
fn own_voice_named(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    let f = s.facts;
    if !c.definite {
        return None;
    }
    let voice = f.answerer.as_ref().filter(|_| f.own_text);
    voice
        .into_iter()
        .chain(f.heading.iter())
        .map(|party| organisation(party, si))
        .find(|k| known_as(k, &c.head))
}

/// "The Government", « les autorités »: never an agency or a council named by its own name,
/// unless that name holds the noun.
pub(crate) fn country_body_fits(s: &SentenceAt, c: &Cand, k: &Known) -> bool {
    let country_body = (c.first..=c.last).any(|i| s.facts.is(i, Family::CountryBody));
    !country_body || k.kind != Kind::Named || known_as(k, &c.head)
}

/// "the company", « le régulateur » with no name of its own: the organisation heard last,
/// or one named lately if it was named after that one.
fn organisation_heard<'k>(
    c: &Cand,
    history: &'k [Known],
    s: &'k SentenceAt,
    si: usize,
) -> Option<&'k Known> {
    // An organisation, not a person or a group of people ("lawmakers"); never a country
    // for a firm's noun ("the operator", « la société »). (The noun has no side: any
    // speaker heard is compatible.)
    let private = (c.first..=c.last).any(|i| s.facts.is(i, Family::PrivateBody));
    // (Nor a country for "the embassy": a country is no mission.)
    let mission = crate::entities::mission_id_word(&c.head).is_some();
    // (Nor a threat actor: "the ministry" is never the group it accuses.)
    let threat = |k: &Known| s.threats.iter().any(|t| t.party.id == k.party.id);
    // (Nor a state's body for a business's noun: "the company" is not the agency that
    // investigated it.)
    let business = super::lexicon::is_word_of(&c.head, Family::CompanyNoun);
    // (Nor any other body for a kind of institution: "Police said …" after the agency.)
    let own_kind = super::lexicon::is_word_of(&c.head, Family::OwnKindBody);
    let fits = |k: &Known| {
        country_body_fits(s, c, k)
            && !threat(k)
            && noun_fits(c, k)
            && (!own_kind || known_as(k, &c.head))
    };
    let no_place = private || mission || business;
    let heard = history.iter().rev().find(|k| {
        !matches!(k.kind, Kind::Person | Kind::Role(Family::RolePerson))
            && (!no_place || k.kind != Kind::Place)
            && fits(k)
    });
    // The organisation named last; for a business's noun, the last business named, however
    // far back (the agency or the country named after it is not it).
    let recent = |k: &&Known| c.definite && k.sentence + NAMED_ORG_REACH >= si;
    let named = if business {
        s.named.iter().rev().find(|k| c.definite && fits(k))
    } else {
        s.named.last().filter(|k| recent(k) && fits(k))
    };
    match (heard, named) {
        (Some(h), Some(n)) if n.sentence > h.sentence => Some(n),
        (h, n) => h.or(n),
    }
}

/// Whether an organisation may be what a body's noun stands for: a business for a
/// business's noun ("the company"), anything but a business or an outlet for a state's
/// body ("the ministry" is not the broadcaster that reports it).
pub(crate) fn noun_fits(c: &Cand, k: &Known) -> bool {
    let business = super::lexicon::is_word_of(&c.head, Family::CompanyNoun);
    let state_body = !business && super::lexicon::is_word_of(&c.head, Family::PublicBody);
    (!business || a_business(k)) && (!state_body || !a_business(k))
}

/// Whether a party may be what a business's noun ("the company", « l'entreprise ») stands
/// for: an organisation whose name, as written or in the knowledge base, holds no word of a
/// state's body ("Ministry", « Agence », "University").
fn a_business(k: &Known) -> bool {
    let public = |w: &str| super::lexicon::is_word_of(w, Family::PublicBody);
    let named_public =
        any_name_word(&k.party.id, &k.party.name, public) || k.party.id.split('_').any(public);
    k.kind != Kind::Place && !is_person(k) && !named_public
}

/// Whether a word of a party's name as written or of a name the knowledge base gives it
/// answers `word` (lowercase).
fn any_name_word(id: &str, name: &str, word: impl Fn(&str) -> bool) -> bool {
    let holds = |name: &str| {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|w| word(&w.to_lowercase()))
    };
    holds(name) || crate::entities::lookup(id).is_some_and(|e| e.all_names().any(holds))
}

/// Whether "the `head`" may name this organisation: its name as written holds the noun,
/// or one of the names the knowledge base gives it ("the Bureau" for the FBI, « l'Agence »
/// for the ANSSI).
pub(crate) fn known_as(k: &Known, head: &str) -> bool {
    // (An unnamed group, "Western governments", is taken up by its own description again,
    // in `resolve`, never by a body's noun: "the Norwegian government" is not it.)
    if super::groups::is_description(&k.party.id) {
        return false;
    }
    KNOWN_AS.with(|memo| memo.borrow_mut().answer(head, &k.party.id, &k.party.name))
}

/// [`known_as`]'s answers so far, by noun, id and name: a role noun is asked of every
/// speaker met before it, and a long text meets the same few speakers thousands of times.
#[derive(Default)]
struct KnownAsMemo {
    answers: HashMap<String, HashMap<String, HashMap<String, bool>>>,
    len: usize,
}

/// Answers [`KnownAsMemo`] keeps before it starts afresh (memory stays bounded).
const KNOWN_AS_MEMO_LEN: usize = 1 << 14;

thread_local! {
    static KNOWN_AS: RefCell<KnownAsMemo> = RefCell::new(KnownAsMemo::default());
}

impl KnownAsMemo {
    fn answer(&mut self, head: &str, id: &str, name: &str) -> bool {
        let kept = self
            .answers
            .get(head)
            .and_then(|ids| ids.get(id)?.get(name));
        if let Some(&answer) = kept {
            return answer;
        }
        let answer = name_holds(head, id, name);
        if self.len >= KNOWN_AS_MEMO_LEN {
            *self = KnownAsMemo::default();
        }
        self.len += 1;
        let ids = self.answers.entry(head.to_string()).or_default();
        ids.entry(id.to_string())
            .or_default()
            .insert(name.to_string(), answer);
        answer
    }
}

/// [`known_as`] of the party with this id and name, worked out.
fn name_holds(head: &str, id: &str, name: &str) -> bool {
    starts_a_word_in(&name.to_lowercase(), head)
        || any_name_word(id, "", |w| w == head)
        || business_named(head, name)
}

/// Whether `part` stands in `text` at the start of a word ("the mission" is not in the
/// "Securities Commission").
fn starts_a_word_in(text: &str, part: &str) -> bool {
    text.match_indices(part).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

/// "The company" for "Velmar Components SpA", « la société » for « Tarvel SARL »: a noun for
/// a business names an organisation whose name ends with a business's legal form.
fn business_named(head: &str, name: &str) -> bool {
    let form = name
        .split_whitespace()
        .last()
        .map(|w| w.trim_end_matches('.').to_lowercase());
    // (The form alone, "INC", names no business.)
    name.split_whitespace().count() > 1
        && super::lexicon::is_word_of(head, Family::CompanyNoun)
        && form.is_some_and(|w| super::lexicon::is_word_of(&w, Family::BusinessForm))
}

/// Whether a role noun goes on with a complement: "of"/« de » and a noun, an adjective
/// (« nationale »), or an acronym in brackets.
pub(crate) fn has_complement(f: &super::facts::Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    t.get(c.last + 1).is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "de" | "du" | "des" | "d" | "of" | "for" | "pour" | "("
        ) || (n.word && crate::entities::french_adjective_word(n.raw))
    })
}

/// A surname alone for a speaker met before ("Dupont added"): last or (family name
/// first: "Mr Kim" for Kim Ji-ho) first in the name.
fn surname(c: &Cand, history: &[Known]) -> Option<Known> {
    let (last, first) = (format!(" {}", c.name), format!("{} ", c.name));
    history
        .iter()
        .rev()
        .find(|k| {
            k.party.name.ends_with(&last)
                || (matches!(k.kind, Kind::Person | Kind::Named)
                    && k.party.name.starts_with(&first))
        })
        .cloned()
}

/// "The Bank does not comment", « la Chambre rappelle »: one capitalised word after a
/// definite article is the short name a formal text gives an organisation it named in
/// full ("the Bank of Freedonia (the \"Bank\")"): the last one named whose name holds it.
fn defined_term(c: &Cand, s: &SentenceAt) -> Option<Known> {
    // (An acronym names its body itself: "the FBI" is no short name of an office of it.)
    let acronym = !c.name.chars().any(char::is_lowercase);
    if !c.definite || c.kind != Kind::Named || acronym {
        return None;
    }
    s.named
        .iter()
        .rev()
        .find(|k| k.party.name != c.name && k.party.name.split_whitespace().any(|w| w == c.name))
        .cloned()
}

/// The person the sentence before opens with, titles aside ("Agency spokeswoman Ana Roe
/// was more cautious."), when that sentence reports nobody else: the centre a following
/// "he" or "she" takes up.
/// A subject the pronoun takes up before any speaker: the party opening its own sentence
/// (in a later clause), else the one that opened the sentence before (for a pronoun that
/// opens its sentence), if its kind and gender fit ("it" a body, "he"/"she" a person).
fn subject_taken_up(c: &Cand, s: &SentenceAt, si: usize, gender: Gender) -> Option<Known> {
    let word = c.name.to_lowercase();
    let fits = |k: &Known| {
        let person = is_person(k);
        let kind = match word.as_str() {
            "it" => !person,
            "he" | "she" => person,
            _ => true,
        };
        kind && k.gender.fits(gender)
    };
    if let Some(k) = subject_of_main_clause(c, s, si).filter(|k| fits(k)) {
        return Some(k);
    }
    // « Le Bureau … a reçu le dossier. Il ne commente pas … ».
    let opening = opens_clause(c, s) && !s.facts.quoted && !s.facts.direct;
    opening
        .then(|| subject_before(s))
        .flatten()
        .filter(|k| fits(k))
}

/// "The case went to the Tallinn prosecutor. The latter declined …", « Celui-ci n'a
/// pas souhaité … »: the party named last, earlier in the sentence or in the one before.
fn named_last(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    let party = |x: &&Cand| {
        matches!(
            x.kind,
            Kind::Named | Kind::Person | Kind::Role(Family::RoleOrg)
        ) && !x.possessive
    };
    if let Some(x) = s.cands.iter().filter(|x| x.last < c.first).rfind(party) {
        return Some(known(x, si));
    }
    let (_, cands) = s.prev?;
    cands.iter().rfind(party).map(|x| known(x, si - 1))
}

/// The party that opens the sentence before as its subject: only determiners, titles
/// and role words before it, and not a possessive.
fn subject_before(s: &SentenceAt) -> Option<Known> {
    let (f, cands) = s.prev?;
    // (A participial aside may open the sentence first: « Sollicitée par l'AFP, la mission
    // a répondu », "Asked about it, the embassy said".)
    let start = opening_aside_end(f, cands).unwrap_or(f.label_end);
    let first = cands.iter().find(|c| c.first >= start)?;
    let party = matches!(first.kind, Kind::Named | Kind::Person);
    // (A transcript's label before it names the turn, not the sentence's subject.)
    let opens = (start..first.first).all(|i| {
        !f.tokens[i].word
            || f.is(i, Family::Title)
            || f.is(i, Family::RolePerson)
            || f.is(i, Family::Determiner)
    });
    (party && opens && !first.possessive && !first.weak && first.group.is_none())
        .then(|| known(first, s.index - 1))
}

/// The token after the comma that closes a participial aside opening the sentence.
fn opening_aside_end(f: &Facts, cands: &[Cand]) -> Option<usize> {
    let comma = (f.label_end..f.tokens.len()).find(|&i| f.tokens[i].is_boundary())?;
    (f.tokens[comma].is(",") && super::subject::participial(f, cands, f.label_end))
        .then_some(comma + 1)
}

fn subject_person_before(s: &SentenceAt) -> Option<Known> {
    let (f, cands) = s.prev?;
    let first = cands.iter().find(|c| c.kind == Kind::Person)?;
    let opens = (f.label_end..first.first).all(|i| {
        !f.tokens[i].word
            || f.is(i, Family::Title)
            || f.is(i, Family::RolePerson)
            || f.is(i, Family::Determiner)
            || cands.iter().any(|c| c.first <= i && i <= c.last)
    });
    // "The head of the mission, Jan Roe, spoke …": a role phrase opening the sentence,
    // then the name in apposition.
    let role_first = (0..first.first)
        .find(|&i| f.tokens[i].word && !f.is(i, Family::Determiner))
        .is_some_and(|i| f.is(i, Family::RolePerson) || f.is(i, Family::Title));
    let apposed = first.first > 0 && f.tokens[first.first - 1].is(",") && role_first;
    (!first.possessive && (opens || apposed)).then(|| known(first, s.index - 1))
}

/// "Jan Roe, who runs the port, was blunt. “… . …,” he admitted.": in the last
/// sentence of a quotation opened sentences before, a person named in the sentence that
/// led into the quotation.
fn introduced_before_quotation(s: &SentenceAt) -> Option<Known> {
    let f = s.facts;
    let opened = f.quote_start.filter(|_| f.quote_end && f.quoted)?;
    let lead_in = opened.checked_sub(1)?;
    // (The last one: "The head of Velmar Radio, Anna Holm, …" names its person last.)
    s.people.iter().rfind(|k| k.sentence == lead_in).cloned()
}

/// A speaker no lexicon or entity names: the plain noun phrase before the cue
/// ("The contractors declined to comment").
pub(crate) fn subject_phrase(f: &Facts, cue: &Hit, si: usize) -> Option<Known> {
    let t = &f.tokens;
    // "selon des sources proches du dossier": the phrase after the cue.
    let range = if cue.family == Family::According {
        let end = (cue.last + 1..t.len())
            .find(|&i| t[i].is_boundary())
            .unwrap_or(t.len());
        cue.last + 1..end
    } else {
        let start = (0..cue.first)
            .rev()
            .find(|&i| t[i].is_boundary())
            .map_or(0, |i| i + 1);
        start..cue.first
    };
    // "Dans un communiqué, elle …": a phrase opened by a preposition names no speaker.
    let opener = range.clone().find(|&i| t[i].word);
    if opener.is_some_and(|i| f.is(i, Family::Preposition) || f.is(i, Family::Subordinator)) {
        return None;
    }
    let kept: Vec<usize> = range
        .filter(|&i| t[i].word)
        .filter(|&i| !f.is(i, Family::Determiner) && !f.is(i, Family::Aux))
        .collect();
    let words: Vec<&str> = kept.iter().map(|&i| t[i].raw).collect();
    // A bare common noun ("tels agissements", "trois") is never a speaker: a phrase names
    // one only with a capitalised word (a name no list knows: "Velmarine acknowledged") or a
    // noun of people ("the security researchers").
    // A pronoun ("Nous rejetons les …", "We reject …") is its own speaker, not a name.
    let names_someone = kept
        .iter()
        .any(|&i| (t[i].capitalised() && !f.is(i, Family::NotName)) || f.is(i, Family::RolePerson));
    let pronoun = kept
        .iter()
        .any(|&i| f.is(i, Family::FirstPerson) || f.is(i, Family::Pronoun));
    if words.is_empty() || words.len() > MAX_SUBJECT_PHRASE_WORDS || !names_someone || pronoun {
        return None;
    }
    let joined = words.join(" ");
    let name = owning_name(&joined).unwrap_or(&joined).to_string();
    Some(Known {
        party: Party {
            id: slug(&name),
            name,
        },
        side: None,
        kind: Kind::Named,
        sentence: si,
        gender: Gender::Unknown,
        by_person: kept.iter().any(|&i| f.is(i, Family::RolePerson)),
    })
}

/// "a ministry spokesperson", "an embassy official": an unnamed voice of an organisation
/// given only by its noun speaks for the organisation of that noun heard or named last.
/// "Asked at the ministry's briefing, a spokeswoman said …": a spokesperson no name or
/// body qualifies speaks for the organisation its sentence names before it.
pub(crate) fn unnamed_spokesperson(c: &Cand, s: &SentenceAt) -> Option<Known> {
    let f = s.facts;
    let spokesperson = (c.first..=c.last).any(|i| f.is(i, Family::Spokesperson));
    if c.kind != Kind::Role(Family::RolePerson) || !c.indefinite || !spokesperson {
        return None;
    }
    let organisation = |o: &&Cand| {
        (o.kind == Kind::Role(Family::RoleOrg)
            && !o
                .group
                .as_deref()
                .is_some_and(super::groups::is_description))
            || (o.kind == Kind::Named
                && f.mentions.iter().any(|m| {
                    m.first == o.first && m.last == o.last && m.mention.kind == EntityType::Org
                }))
    };
    s.cands
        .iter()
        .rev()
        .filter(|o| o.last < c.first)
        .find(organisation)
        .map(|o| Known {
            // The body speaks through the person a later "she" takes up.
            by_person: true,
            gender: c.gender,
            ..known(o, s.index)
        })
}

/// "The embassy rejected the allegations. “…,” a spokesperson wrote.": a spokesperson no
/// name, body or country qualifies speaks for the organisation (or country) that spoke
/// just before.
pub(crate) fn spokesperson_of_recent(
    c: &Cand,
    s: &SentenceAt,
    recent: Option<&Known>,
) -> Option<Known> {
    let f = s.facts;
    let spokesperson = (c.first..=c.last).any(|i| f.is(i, Family::Spokesperson));
    let bare = c.kind == Kind::Role(Family::RolePerson) && c.side.is_none() && c.group.is_none();
    let named_after = f
        .tokens
        .get(c.last + 1)
        .is_some_and(|t| t.is(",") || (t.word && t.capitalised()));
    // "In Berlin, a government spokesperson": a place or body in the sentence, or a body's
    // noun before the role, says whose spokesperson it is.
    // (Only the role's own clause counts: not the quoted words before it.)
    let clause = (0..c.first)
        .rev()
        .find(|&i| f.tokens[i].is_boundary())
        .map_or(0, |i| i + 1);
    let qualified = s
        .cands
        .iter()
        .any(|o| o.first >= clause && o.last < c.first && o.kind != Kind::Pronoun)
        || super::parties::word_before_determiners(f, c.first)
            .is_some_and(|i| f.is(i, Family::RoleOrg));
    // (A body that spoke through an unnamed spokesperson counts: "A spokesman for the
    // ministry told …. The spokesman accused …" is the same voice.)
    let body = recent.filter(|k| {
        !matches!(
            k.kind,
            Kind::Person | Kind::Role(Family::RolePerson) | Kind::Pronoun
        )
    })?;
    // "The spokesman said" after "its spokesman, Jan Dupont, …": the person introduced
    // with the role, not a body's voice.
    let role_word = c.head.split_whitespace().last().unwrap_or_default();
    let held = c.definite && super::titled::holder_before(s.holders, role_word, s.index).is_some();
    (spokesperson && bare && !named_after && !qualified && !held).then(|| Known {
        by_person: true,
        gender: c.gender,
        sentence: s.index,
        ..body.clone()
    })
}

pub(crate) fn voice_of_noun(c: &Cand, history: &[Known], s: &SentenceAt) -> Option<Known> {
    let f = s.facts;
    if c.kind != Kind::Role(Family::RolePerson) || c.first == 0 {
        return None;
    }
    let noun = (0..c.first).rev().find(|&i| f.tokens[i].word)?;
    if !f.is(noun, Family::RoleOrg) || f.tokens[noun].capitalised() {
        return None;
    }
    let head = f.tokens[noun].lower.as_str();
    // "a foreign ministry spokesman": a ministry of that portfolio.
    let portfolio = super::bodies::portfolio_at(f, noun);
    // (Of the spokesperson's country, if words before it give one.)
    let fits = |k: &Known| {
        known_as(k, head)
            && portfolio.is_none_or(|(p, _)| super::bodies::holds_portfolio(&k.party.id, p))
            && (c.side.is_none() || k.side.is_none() || k.side == c.side)
    };
    let heard = history
        .iter()
        .rev()
        .find(|k| k.kind != Kind::Person && fits(k));
    let named = s.named.iter().rev().find(|k| fits(k));
    let k = match (heard, named) {
        (Some(h), Some(n)) => {
            if n.sentence > h.sentence {
                n
            } else {
                h
            }
        }
        (h, n) => h.or(n)?,
    };
    Some(Known {
        sentence: s.index,
        ..k.clone()
    })
}
