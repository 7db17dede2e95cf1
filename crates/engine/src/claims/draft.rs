//! The parties of one decided claim: whose words the cue reports, which tokens
//! are the content, whom the content accuses, and the stance that the content
//! turns out to carry (a report of one's own side's innocence is a denial).

use super::cands::{slug, Cand, Kind};
use super::content::definite_before;
use super::content::{clears, only_effects, opposes_attacks};
use super::documents;
use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::parties::{passive, speaker, Speaker};
use super::speakers::{known, resolve, subject_phrase, Known, Previous};
use super::stance::Decision;
use super::targets::{addressee, target};
use super::tokens::Hit;
use super::{Cue, Party, Stance};
use crate::article::Lang;
use crate::text::{Span, Text};
use std::cell::RefCell;
use std::ops::Range;

/// How many tokens after a quotation closes its reporting verb may start
/// ("« … », a ajouté le porte-parole du ministère lors d'un point de presse"; "“…,” the
/// company's chief executive, Jan Roe, said": a possessive role and a name in apposition).
const CLOSING_REPORT_REACH: usize = 14;
/// Most words between the comma and a closing reporting verb ("…, the national
/// cybersecurity agency said": a determiner, a name of up to five words).
const TRAILING_SUBJECT_WORDS: usize = 6;
/// Most words after a closing reporting verb up to the next comma ("…, she said on Monday
/// in a statement to reporters"; a comma then opens what the speaker adds: ", adding …").
const TRAILING_TAIL_WORDS: usize = 8;
/// How many sentences back a speaker just met may still speak for a cue that names
/// nobody (the speaker of the sentence before last, across one sentence of context).
const RECENT_SPEAKER_SENTENCES: usize = 2;
/// How many tokens before its verb the pronoun of an inversion may stand ("a-t-il").
const INVERTED_PRONOUN_REACH: usize = 2;

/// One sentence of the article pass: its index, facts, candidates and the sentence before.
pub(crate) struct SentenceAt<'a, 'm> {
    pub index: usize,
    pub facts: &'a Facts<'m>,
    pub cands: &'a [Cand],
    pub prev: Previous<'a, 'm>,
    /// The organisations named in the sentences before, in order (see `speakers::resolve`).
    pub named: &'a [Known],
    /// The threat groups named in the sentences before, in order.
    pub threats: &'a [Known],
    /// The people named in the sentences before, in order.
    pub people: &'a [Known],
    /// Of those, the ones who opened their sentence as its subject.
    pub subjects: &'a [Known],
    /// The documents named with their authors in the sentences before, in order.
    pub documents: &'a [documents::Document],
    /// The people introduced with a role (see `titled`).
    pub holders: &'a [super::titled::Titled],
    /// The sides accused in the sentences before, first accused first.
    pub accused: &'a [String],
    /// The country the story is set in (see `home`).
    pub home: Option<&'a str>,
    /// The province or territory the story names most (see `home`).
    pub province: Option<&'a str>,
}

/// Where a claim's content lies in its sentence.
struct Content {
    tokens: Range<usize>,
    /// The last token of the claim's cue (0 without a cue).
    cue_end: usize,
    /// The content is a quotation before the cue ("« … », a-t-il ajouté").
    quote_before: bool,
}

/// How many sentences back the person a quoting formula cites may have been named (the
/// sentence before: « Hier, la ministre X s'est montrée catégorique. Je cite : … »).
const QUOTED_PERSON_REACH: usize = 1;

/// Whether a verb of saying is a formula of quoting someone else's words (« je cite », "I
/// quote"; `quoting` in the word lists).
fn quoting(f: &Facts, cue: &Hit) -> bool {
    cue.family == Family::Report && (cue.first..=cue.last).any(|i| f.is(i, Family::Quoting))
}

/// The copula after an impersonal pronoun ("it is", "it's", « c'est »).
const COPULAS: [&str; 5] = ["is", "s", "was", "est", "était"];

/// A sentence saying the accuser showed no proof: who lacks the proof is the accuser answered,
/// not who says so.
/// With no verb of saying or other cue, in a text with its own voice (an op-ed's author,
/// an answer's speaker), that voice says it.
fn lacks_proof(f: &Facts, d: &Decision, speaker_cue: Option<&Hit>, voice: Option<&Party>) -> bool {
    let other_cue = [
        Family::Report,
        Family::According,
        Family::Deny,
        Family::Accuse,
        Family::AccuseNoun,
        Family::Condemn,
        Family::Acknowledge,
        Family::NonConfirm,
        Family::Reply,
        Family::Response,
    ]
    .iter()
    .any(|&family| f.has(family));
    d.stance == Stance::Denial
        && speaker_cue.is_some_and(|c| c.family == Family::Evidence)
        && !other_cue
        && f.answerer.as_ref().or(voice).is_some()
}

/// The speakers of a sentence's cues, each found once: the drafting rules ask the speaker
/// of the same cue several times (whether it has a subject, whether that is a person, then
/// who speaks), and [`speaker`] reads the whole clause each time.
struct Said<'a, 'c> {
    f: &'a Facts<'a>,
    cands: &'c [Cand],
    found: RefCell<Vec<(Hit, Speaker<'c>)>>,
}

impl<'a, 'c> Said<'a, 'c> {
    fn new(f: &'a Facts<'a>, cands: &'c [Cand]) -> Self {
        Said {
            f,
            cands,
            found: RefCell::new(Vec::new()),
        }
    }

    /// The party that speaks for `cue` (see [`speaker`]).
    fn of(&self, cue: &Hit) -> Speaker<'c> {
        let same = |h: &Hit| {
            (h.family, h.side, h.first, h.last) == (cue.family, cue.side, cue.first, cue.last)
        };
        if let Some((_, s)) = self.found.borrow().iter().find(|(h, _)| same(h)) {
            return s.clone();
        }
        let s = speaker(self.f, self.cands, cue);
        self.found.borrow_mut().push((cue.clone(), s.clone()));
        s
    }
}

/// Find the parties of one decision and record its speaker in `history`.
pub(crate) fn draft(
    text: &Text,
    s: &SentenceAt,
    d: &Decision,
    history: &mut Vec<Known>,
    deferred: bool,
    voice: Option<&Party>,
) -> Draft {
    let (f, cands, si) = (s.facts, s.cands, s.index);
    let said = Said::new(f, cands);
    let speaker_cue = speaker_cue(&said, d);
    let found = found_speaker(&said, d, speaker_cue, deferred, voice);
    let spoken = speaker_of(s, &found, speaker_cue, history, deferred);
    let spoken = match cited_person(s, speaker_cue) {
        Some(k) => {
            history.push(k.clone());
            Some(k)
        }
        None => spoken,
    };
    let from_document = spoken.is_none()
        && found
            .cand
            .is_some_and(|c| c.kind == Kind::Role(Family::RoleDoc));
    let spoken = voiced(s, &found, speaker_cue, spoken, history, voice);
    let speaker_side = spoken.as_ref().and_then(|k| k.side.clone());
    let content = content_range(f, d, found.cand);
    let side = speaker_side.as_deref();
    let target_cand = target_of(f, cands, d, &found, side, &content);
    let (stance, target_cand, cleared) =
        adjust_stance(f, cands, d, &found, side, &content, target_cand);
    let target_known = target_cand
        .map(|c| known(c, si))
        .or_else(|| described_threat(s, stance, &content));
    let other_side = other_side(s, d, &found, &content, target_known.as_ref());
    let agentless =
        spoken.is_none() && speaker_cue.is_some_and(|c| super::agentless::is_agentless(f, c));
    Draft {
        sentence: si,
        stance,
        smear: d.smear,
        headline: f.headline,
        attack: f.attack_content() || f.has(Family::Accuse),
        year: f.year.clone(),
        groups: f.groups.clone(),
        malware: f.malware.clone(),
        speaker_side,
        target_side: target_known.as_ref().and_then(|k| k.side.clone()),
        speaker: spoken.map(|k| k.party),
        target: target_known.map(|k| k.party),
        cue: cue_span(text, f, d),
        about: 0,
        clears: cleared,
        from_document,
        other_side,
        // (Or the sentence turns the charge back: « retourne l'accusation », "went
        // further", "in turn".)
        background: f.has(Family::Background),
        agentless,
        turned_back: target_cand.is_some_and(|c| turned_back(f, c)) || f.has(Family::Retort),
    }
}

/// The party the sentence names as the speaker of its cue, if the cue may name one.
fn found_speaker<'c>(
    said: &Said<'_, 'c>,
    d: &Decision,
    speaker_cue: Option<&Hit>,
    deferred: bool,
    voice: Option<&Party>,
) -> Speaker<'c> {
    let f = said.f;
    let none = Speaker {
        cand: None,
        phrase: 0..0,
    };
    if lacks_proof(f, d, speaker_cue, voice) {
        return none;
    }
    match speaker_cue {
        // "I'm not going to …", "we assess": the first person is the voice, not a party
        // the clause names further on.
        Some(cue) if !deferred && (quotation(f) || !first_person(f, cue)) => said.of(cue),
        _ => none,
    }
}

/// « Je cite : « … » », "I quote: …": the words are those of the person just named.
fn cited_person(s: &SentenceAt, speaker_cue: Option<&Hit>) -> Option<Known> {
    speaker_cue
        .filter(|cue| quoting(s.facts, cue))
        .and_then(|_| s.people.last())
        .filter(|k| k.sentence + QUOTED_PERSON_REACH >= s.index)
        .cloned()
}

/// The speaker once a first-party text's or an answer's own voice has had its say (see
/// `answerer_speaks`): "It's outrageous" in an answer (an impersonal "it" before a copula
/// is what is judged) is the answerer's; "Varsovie accuse Moscou …" in an answer is a
/// country reported, not the answerer's voice; "Several companies have linked …" in a
/// statement is a group the sentence describes, speaking for itself.
fn voiced(
    s: &SentenceAt,
    found: &Speaker,
    speaker_cue: Option<&Hit>,
    spoken: Option<Known>,
    history: &mut Vec<Known>,
    voice: Option<&Party>,
) -> Option<Known> {
    let f = s.facts;
    let impersonal = found.cand.is_some_and(|c| {
        c.kind == Kind::Pronoun
            && !c.person
            && f.direct
            && (c.last + 1..f.tokens.len())
                .find(|&i| f.tokens[i].word)
                .is_some_and(|i| COPULAS.contains(&f.tokens[i].lower.as_str()))
    });
    let named = found.cand.is_some() && spoken.is_some() && !impersonal;
    let accuses = speaker_cue.is_some_and(|c| c.family == Family::Accuse && !passive(f, c));
    if named && found.cand.is_some_and(super::groups::described) {
        return spoken;
    }
    answerer_speaks(s, named, accuses, spoken, history, voice)
}

/// The party the content accuses if the one found turns out to be the speaker's own side
/// (the speaker's side may be learnt only later in the article).
fn other_side(
    s: &SentenceAt,
    d: &Decision,
    found: &Speaker,
    content: &Content,
    target: Option<&Known>,
) -> Option<(Party, Option<String>)> {
    let target_side = target.and_then(|k| k.side.clone());
    let ts = target_side.clone()?;
    target_of(s.facts, s.cands, d, found, Some(&ts), content)
        .map(|c| known(c, s.index))
        .filter(|k| k.side.is_some() && k.side != target_side)
        .map(|k| (k.party, k.side))
}

/// How many tokens after the accused party an intensifying reflexive may stand ("X's agents
/// had themselves hacked", « de conduire eux-mêmes »: an auxiliary, a preposition and a
/// quotation mark between).
const REFLEXIVE_REACH: usize = 4;

/// Whether the accused is said to do it "themselves" (« eux-mêmes »); not "X has itself
/// been accused" (a passive after it: the party is charged too, and charges nobody).
fn turned_back(f: &Facts, c: &Cand) -> bool {
    (c.last + 1..f.tokens.len().min(c.last + 1 + REFLEXIVE_REACH)).any(|i| {
        f.is(i, Family::Reflexive) && !(i + 1 < f.tokens.len() && f.is(i + 1, Family::Passive))
    })
}

/// "The actor has kept its access to the networks", « ce mode opératoire »: an accusation
/// whose content describes the threat actor, naming none, is aimed at the group named last.
fn described_threat(s: &SentenceAt, stance: Stance, content: &Content) -> Option<Known> {
    let f = s.facts;
    let accuses = matches!(stance, Stance::Accusation | Stance::CounterAccusation);
    let described = content
        .tokens
        .clone()
        .any(|i| f.is(i, Family::ThreatRef) && definite_before(f, i));
    (accuses && described)
        .then(|| s.threats.last().cloned())
        .flatten()
        .map(|k| Known {
            sentence: s.index,
            ..k
        })
}

/// "The group claimed responsibility", « Le groupe a revendiqué »: a definite threat-actor
/// noun right before the cue, as the sentence's subject, is the group named last.
fn threat_subject(s: &SentenceAt, cue: &Hit) -> Option<Known> {
    let f = s.facts;
    // The subject is two words: its article and its noun.
    let mut words = (f.label_end..cue.first).filter(|&i| f.tokens[i].word);
    let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let subject = f.is(article, Family::Determiner)
        && f.is(noun, Family::ThreatRef)
        && definite_before(f, noun);
    subject
        .then(|| s.threats.last().cloned())
        .flatten()
        .map(|k| Known {
            sentence: s.index,
            ..k
        })
}

/// The cue whose speaker speaks for the claim.
fn speaker_cue<'f>(said: &Said<'f, '_>, d: &'f Decision) -> Option<&'f Hit> {
    let f = said.f;
    // "…, according to a UN report": the source speaks for the whole sentence,
    // unless the cue has a subject of its own ("The agency accused …, according to a
    // statement": the statement is how the agency spoke, not who).
    let according = f.first(Family::According);
    match (&d.cue, according) {
        (Some(c), Some(a))
            if (c.family != Family::Report
                && (!has_subject(said, c) || fronted_over_unnamed(said, a, c)))
                || (matches!(c.family, Family::Report | Family::Evidence)
                    && fronted_person(said, a, c)) =>
        {
            Some(a)
        }
        // "« Nous ne tolérerons pas … », a déclaré le Premier ministre": a cue
        // inside a quotation speaks for whoever the closing report names.
        (Some(c), _) if c.family != Family::Report => closing_report(f, c)
            .or_else(|| {
                trailing_report(f, c).filter(|r| {
                    !has_personal_subject(said, c) || named_voice_of_country(said, c, r)
                })
            })
            .or_else(|| reporter_of_noun(said, c))
            .or_else(|| reporter_before(said, c))
            .or(Some(c)),
        // "The agency assesses …, the minister writes": the sentence is the minister's
        // report of what the agency assesses (a report closing the sentence, outside
        // quotation marks).
        // (A person named as the subject says it herself: "Minister X claimed …, Velmar
        // Radio reported".)
        (Some(c), _) if !super::parties::in_quoted_words(&f.tokens, c.first) => {
            let person = said
                .of(c)
                .cand
                .is_some_and(|x| x.kind == Kind::Person || x.person);
            closing_clause(f, c).filter(|_| !person).or(Some(c))
        }
        (c, _) => c.as_ref(),
    }
}

/// The speaker the cue names, resolved against the speakers met so far (and recorded);
/// failing a name, the recent speaker, the first person's voice or a subject phrase.
fn speaker_of(
    s: &SentenceAt,
    found: &Speaker,
    speaker_cue: Option<&Hit>,
    history: &mut Vec<Known>,
    deferred: bool,
) -> Option<Known> {
    let (f, cands, si) = (s.facts, s.cands, s.index);
    let recent = history
        .last()
        .filter(|k| k.sentence + RECENT_SPEAKER_SENTENCES >= si || f.quoted)
        .filter(|k| f.turn_start.is_none_or(|start| k.sentence >= start))
        .cloned();
    match found.cand {
        Some(c) => {
            let mut k = super::speakers::voice_of_noun(c, history, s)
                .or_else(|| super::speakers::unnamed_spokesperson(c, s))
                .or_else(|| super::speakers::spokesperson_of_recent(c, s, recent.as_ref()))
                .unwrap_or_else(|| resolve(c, history, s, si));
            k = unless_bare(s, c, found, k)?;
            if let Some(person) = own_voice_after(s, c, found) {
                history.push(person.clone());
                return Some(person);
            }
            // "The representative of X said": X speaks through a person a pronoun takes up.
            // "the ministry's spokesman said", resolved to the ministry: the same; so is "a
            // Kremlin spokesman said", the role after the body's name.
            k.by_person |= (matches!(k.kind, Kind::Place | Kind::Named)
                && found
                    .phrase
                    .clone()
                    .any(|i| f.is(i, Family::RolePerson) && !(c.first..=c.last).contains(&i)))
                || c.kind == Kind::Role(Family::RolePerson);
            if let Some(name) = voice_of_body(f, c, &k) {
                k.party.name = name;
            }
            if k.side.is_none() {
                // "la porte-parole du ministère freedonien …, Jeanne Dupont": the phrase's side.
                k.side = cands
                    .iter()
                    .filter(|o| found.phrase.contains(&o.first) && !o.possessive)
                    .find_map(|o| o.side.clone());
            }
            if k.side.is_none() && matches!(k.kind, Kind::Person | Kind::Role(_)) {
                // "In Vilnius, the ministry's spokeswoman, Jana Novak, said": the place the
                // sentence opens on is where the speaker speaks from.
                k.side = fronted_place(f, cands, c).and_then(|p| p.side.clone());
            }
            history.push(k.clone());
            Some(k)
        }
        None if deferred => recent,
        None => match speaker_cue {
            // The subject of a passive verb ("the envoy was summoned") is its patient.
            Some(cue)
                if matches!(
                    cue.family,
                    Family::Accuse
                        | Family::Condemn
                        | Family::Deny
                        | Family::Acknowledge
                        | Family::Report
                ) && passive(f, cue) =>
            {
                None
            }
            // In a labelled turn, "we" is the turn's speaker.
            Some(cue) if first_person(f, cue) => {
                turn_speaker(s).or_else(|| own_voice(f, history, recent))
            }
            // "Les hôpitaux touchés ont reconnu …": a subject no party list knows is no
            // reason to lend the claim to whoever spoke last; an empty one is.
            Some(cue) => threat_subject(s, cue)
                .or_else(|| subject_phrase(f, cue, si))
                .or(recent.filter(|_| !names_a_subject(f, cue))),
            None => recent,
        },
    }
}

/// "A Tartu University lecturer said …": a role whose holder speaks for themself, right
/// after the body's name in the speaker's phrase, makes the speaker that person, described
/// (the person named with the role later, `titled`, or a pronoun after, takes it up).
fn own_voice_after(s: &SentenceAt, c: &Cand, found: &Speaker) -> Option<Known> {
    let f = s.facts;
    if !matches!(c.kind, Kind::Named | Kind::Place) {
        return None;
    }
    let role = (c.last + 1..found.phrase.end.min(f.tokens.len()))
        .take_while(|&i| f.tokens[i].word)
        .next()
        .filter(|&i| f.is(i, Family::OwnVoice))?;
    let name = format!("{} {}", c.name, f.tokens[role].raw);
    Some(Known {
        party: Party {
            id: slug(&name),
            name,
        },
        side: c.side.clone(),
        kind: Kind::Role(Family::RolePerson),
        sentence: s.index,
        gender: crate::entities::Gender::Unknown,
        by_person: false,
    })
}

/// "The company", « l'ONG » that refers to no party met so far: the organisation named
/// last, however far back; else the speaker is unknown, never the noun. (A bare "minister"
/// stays: the person who holds the role may be named later; a noun an adjective makes a body
/// of its own, « le parquet fédéral », stays, by that name.)
fn unless_bare(s: &SentenceAt, c: &Cand, found: &Speaker, mut k: Known) -> Option<Known> {
    let qualified = (k.kind == Kind::Role(Family::RoleOrg))
        .then(|| qualified_role(s.facts, c, &found.phrase))
        .flatten();
    let unresolved = k.party.id == slug(&k.party.name);
    if let Some(name) = qualified.as_ref().filter(|_| unresolved) {
        k.party = Party {
            id: slug(name),
            name: name.clone(),
        };
    }
    // (An unnamed group, "several governments", is described enough to speak.)
    let bare = (matches!(k.kind, Kind::Role(r) if r != Family::RolePerson)
        && qualified.is_none()
        && c.group.is_none())
        || k.kind == Kind::Pronoun;
    // ("The Board", "the University": a formal text's short name for a body it calls by
    // its noun alone, in capitals, stays that body's name.)
    let short_name = super::speakers::named_body(s, c) && c.name.starts_with(char::is_uppercase);
    // ("A Freeville firm", « la société de Freeville »: the town in the noun's phrase
    // names the body well enough to stand for it.)
    let town_named = c.name.split_whitespace().count() > 1
        && c.name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase));
    // (« le parquet » after « le parquet fédéral » spoke: the body heard before, by its
    // longer name, is who the noun takes up; only the noun's own name is bare.)
    // (A pronoun that takes up such a body stays unknown: it names no body itself.)
    let own_noun = c.kind == Kind::Pronoun || slug(&k.party.name) == slug(&c.name);
    if bare && own_noun && !short_name && !town_named && k.side.is_none() && unresolved {
        return unnamed_role(s, c);
    }
    Some(k)
}

/// Fewest letters of an adjective that qualifies a body's noun (not the "s" of "'s").
const MIN_ADJECTIVE_CHARS: usize = 3;

/// « le parquet fédéral », « la police fédérale »: a body's noun with a lowercase adjective
/// after it in its phrase names a body of its own; its name, noun and adjectives.
fn qualified_role(f: &Facts, c: &Cand, phrase: &Range<usize>) -> Option<String> {
    let t = &f.tokens;
    let adjective = |i: usize| {
        t[i].word
            && t[i].raw.chars().count() >= MIN_ADJECTIVE_CHARS
            && t[i].raw.chars().all(char::is_lowercase)
            && !f.is(i, Family::Pronoun)
            && !f.is(i, Family::Determiner)
            && !f.is(i, Family::Preposition)
            && !f.hits.iter().any(|h| h.first <= i && i <= h.last)
    };
    // French adjectives follow their noun; English words before a noun may as well be
    // nouns ("the port operator"), no sign of a body of its own.
    if f.lang != Lang::Fr {
        return None;
    }
    let last = (c.last + 1..phrase.end)
        .take_while(|&i| adjective(i))
        .last()?;
    Some(
        (c.first..=last)
            .filter(|&i| t[i].word)
            .map(|i| t[i].raw)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// In an answer (or a text's own voice) the answerer speaks, unless the sentence
/// names a person or organisation who said it.
fn answerer_speaks(
    s: &SentenceAt,
    named: bool,
    accuses: bool,
    spoken: Option<Known>,
    history: &mut Vec<Known>,
    voice: Option<&Party>,
) -> Option<Known> {
    let f = s.facts;
    let own_side = f
        .answerer
        .as_ref()
        .or(voice)
        .and_then(|a| super::ids::side_of_id(&a.id))
        .or_else(|| f.voice_side.clone());
    // "Moscow has denied …" in a blog post: a country speaks for itself, unless it is the
    // text's own country ("Belgium condemns …" in Belgium's statement: its ministry speaks).
    // In a transcript's answer the spokesperson speaks for their country all along.
    let named_here = named
        && spoken.as_ref().is_some_and(|k| match k.kind {
            Kind::Person | Kind::Named => true,
            // "the Freedonian government attributed …" in a company's notice: another
            // country's body speaks for itself, as its country would.
            Kind::Place | Kind::Role(_) => {
                (f.own_text || f.answerer.is_none() || accuses)
                    && k.side.is_some()
                    && k.side != own_side
            }
            _ => false,
        });
    match f.answerer.as_ref().or(voice) {
        Some(a) if f.direct && !named_here => {
            let k = person_speaking(a, s.index);
            history.push(k.clone());
            Some(k)
        }
        _ => spoken,
    }
}

/// The tokens that say what is claimed: before an inverted speaker, a quotation
/// before the cue, else what follows the last reporting or accusing cue.
fn content_range(f: &Facts, d: &Decision, who: Option<&Cand>) -> Content {
    let cue_end = d.cue.as_ref().map_or(0, |c| c.last);
    let last_cue = f
        .hits
        .iter()
        .filter(|h| matches!(h.family, Family::Report | Family::Accuse))
        .map(|h| h.last)
        .max()
        .unwrap_or(cue_end);
    let inverted = who.is_some_and(|c| c.first > cue_end);
    // "« Nous sommes nous-mêmes victimes … », a-t-il ajouté": the quotation before
    // the cue is what is said.
    let cue_start = d.cue.as_ref().map_or(0, |c| with_auxiliary(f, c.first));
    let quote_before = cue_start > 0
        && f.tokens[cue_start - 1].is(",")
        && f.tokens
            .first()
            .is_some_and(|t| matches!(t.raw, "«" | "“" | "\""));
    let tokens = if inverted {
        0..cue_end
    } else if quote_before {
        0..cue_start
    } else {
        last_cue + 1..f.tokens.len()
    };
    Content {
        tokens,
        cue_end,
        quote_before,
    }
}

/// Whom the claim is aimed at, by stance: none for a bare claim, the one apologised
/// to, the state a denial answers (else the accuser), the target of the content
/// (else of the whole sentence).
fn target_of<'c>(
    f: &Facts,
    cands: &'c [Cand],
    d: &Decision,
    who: &Speaker,
    side: Option<&str>,
    content: &Content,
) -> Option<&'c Cand> {
    let whole = 0..f.tokens.len();
    let by_evidence = d.cue.as_ref().is_some_and(|c| c.family == Family::Evidence);
    match d.stance {
        Stance::OtherClaim | Stance::NonConfirmation => None,
        Stance::Acknowledgment => addressee(f, cands, content.cue_end),
        _ if d.smear => None,
        // A denial answers a state or its agency ("orchestrée par la Freedonie"), else the accuser.
        Stance::Denial => target(f, cands, who, side, whole)
            .filter(|c| c.side.is_some())
            .or_else(|| {
                // "dismissed Freedonia's accusation": whoever made the accusation.
                let noun = f.first(Family::AccuseNoun)?;
                speaker(f, cands, noun).cand
            }),
        Stance::Condemnation => target(f, cands, who, side, content.tokens.clone())
            .or_else(|| target(f, cands, who, side, whole)),
        _ if by_evidence => None,
        _ => target(f, cands, who, side, content.tokens.clone())
            .or_else(|| target(f, cands, who, side, whole)),
    }
}

/// The stance the content turns out to carry, with its target and the side a negated
/// attack clears: a bare report of one's own side is another claim, of its innocence a
/// denial; a report of effects only, or of opposition to attacks, accuses no one.
fn adjust_stance<'c>(
    f: &Facts,
    cands: &[Cand],
    d: &Decision,
    who: &Speaker,
    side: Option<&str>,
    content: &Content,
    target_cand: Option<&'c Cand>,
) -> (Stance, Option<&'c Cand>, Option<String>) {
    let reported_only = d.stance == Stance::Accusation
        && !d.smear
        && d.cue
            .as_ref()
            .is_some_and(|c| matches!(c.family, Family::Report | Family::According))
        && !f.has(Family::Accuse);
    let own_side_only = reported_only
        && target_cand.is_none()
        && side.is_some()
        && own_side_is_subject(f, cands, who, side, content);
    let own_side_denies = reported_only && side.is_some() && clears(f, cands, who, side).is_some();
    // Without a side for the speaker, the party cleared decides later (see `clear_accused`).
    let cleared = if reported_only && side.is_none() {
        clears(f, cands, who, None)
    } else {
        None
    };
    if own_side_denies {
        // Whom a denial answers is settled over the article (the accuser).
        (Stance::Denial, None, cleared)
    } else if reported_only && cleared.is_none() && every_attack_negated(f) {
        // "He said no data had been stolen": what did not happen accuses no one; but "we
        // never hacked anyone", "there was no attack" deny the charge itself.
        let stance = if attack_itself_denied(f) {
            Stance::Denial
        } else {
            Stance::OtherClaim
        };
        (stance, None, cleared)
    } else if d.cue.as_ref().is_some_and(|c| c.family == Family::Urge)
        && !urges_a_party(f, cands, d)
        && ![Family::Smear, Family::Attack, Family::DenyContent]
            .iter()
            .any(|&fam| f.has(fam))
    {
        // "We urge operators to patch": advice to readers, not a call on a party.
        (Stance::OtherClaim, None, cleared)
    } else if own_side_only || (reported_only && target_cand.is_none() && only_effects(f)) {
        (Stance::OtherClaim, target_cand, cleared)
    } else if reported_only && target_cand.is_some_and(|c| opposes_attacks(f, c)) {
        (Stance::OtherClaim, None, cleared)
    } else if d.stance == Stance::Denial && target_cand.is_some_and(|c| opposes_attacks(f, c)) {
        // "Pékin s'oppose à toutes les formes de cyberattaques": the party that opposes
        // attacks denies for itself; whom it answers is settled with the events.
        (d.stance, None, cleared)
    } else {
        (d.stance, target_cand, cleared)
    }
}

/// How many tokens before an attack word a negation may stand ("no customer data had been
/// stolen": a compound noun and two auxiliaries between).
const NEGATED_ATTACK_REACH: usize = 5;
/// How many tokens after a call its addressee may start ("urged the Freedonian side to":
/// a determiner and an adjective between).
const URGED_PARTY_REACH: usize = 3;

/// Whether every attack word of the sentence has a negation shortly before it, in its clause.
fn every_attack_negated(f: &Facts) -> bool {
    let t = &f.tokens;
    let contrast = |i: usize| matches!(t[i].lower.as_str(), "but" | "mais");
    let mut attacks = f
        .hits
        .iter()
        .filter(|h| h.family == Family::Attack)
        .peekable();
    // "it does not seek to spy, but to prepare sabotage": what follows the contrast is asserted.
    let asserted_after = attacks
        .peek()
        .is_some_and(|h| (h.last + 1..t.len()).any(contrast));
    attacks.peek().is_some()
        && !asserted_after
        && attacks.all(|h| {
            // "not espionage but sabotage": the negation stops at the contrast.
            // "has not stopped its attacks": a negated ending affirms the attack.
            (h.first.saturating_sub(NEGATED_ATTACK_REACH)..h.first)
                .rev()
                .take_while(|&i| !t[i].is_boundary() && !contrast(i) && !f.is(i, Family::Ceasing))
                .any(|i| f.is(i, Family::Negation))
        })
}

/// The place a sentence opens on before its subject `c`: "In Vilnius, …", « À Minsk, … »
/// (a preposition of place, the place, a comma).
fn fronted_place<'c>(f: &Facts, cands: &'c [Cand], c: &Cand) -> Option<&'c Cand> {
    let t = &f.tokens;
    let first = (0..t.len()).find(|&i| t[i].word)?;
    if !matches!(t[first].lower.as_str(), "in" | "à" | "a") {
        return None;
    }
    let place = cands
        .iter()
        .find(|p| p.first == first + 1 && p.kind == Kind::Place)?;
    let comma = t.get(place.last + 1).is_some_and(|x| x.is(","));
    (comma && place.last < c.first).then_some(place)
}

/// Whether the negation of the sentence's first attack word denies the attack itself:
/// its clause's subject is the speaker's own side ("we never hacked", « notre pays n'a
/// jamais piraté »), or it says that no attack took place ("there was no
/// intrusion", « il n'y a pas eu de cyberattaque »).
fn attack_itself_denied(f: &Facts) -> bool {
    let t = &f.tokens;
    let Some(attack) = f.first(Family::Attack) else {
        return false;
    };
    let Some(negation) = (attack.first.saturating_sub(NEGATED_ATTACK_REACH)..attack.first)
        .find(|&i| f.is(i, Family::Negation))
    else {
        return false;
    };
    // The words of the clause before the negation, nearest first.
    let before: Vec<usize> = (0..negation)
        .rev()
        .take_while(|&i| !t[i].is_boundary())
        .filter(|&i| t[i].word)
        .take(NEGATED_SUBJECT_WORDS)
        .collect();
    let word = |i: usize| t[i].lower.as_str();
    // "there was no", « il n'y a pas eu », « il n'y avait aucune »
    let existential = before.iter().any(|&i| {
        word(i) == "there"
            || word(i) == "y"
                && (i + 1..t.len())
                    .find(|&n| t[n].word)
                    .is_some_and(|n| matches!(word(n), "a" | "avait"))
    });
    let own_side = before.iter().any(|&i| {
        f.is(i, Family::FirstPerson) && !matches!(word(i), "i" | "je" | "j" | "my")
            || OWN_COUNTRY.contains(&word(i))
                && before
                    .iter()
                    .any(|&p| p + 1 == i && f.is(p, Family::Possessive))
    });
    existential || own_side
}

/// How many words before a negation its clause's subject may stand (« notre pays ne
/// l'a jamais » : the negation's « ne », a pronoun and an auxiliary between).
const NEGATED_SUBJECT_WORDS: usize = 5;
/// Nouns that, after a possessive (« son pays », "our government"), name the speaker's own
/// state in reported speech: a closed class of a few nouns.
const OWN_COUNTRY: [&str; 6] = [
    "country",
    "pays",
    "government",
    "gouvernement",
    "nation",
    "state",
];

/// Whether a call ("urge", « exhorte ») names a party right after it, the one called on.
fn urges_a_party(f: &Facts, cands: &[Cand], d: &Decision) -> bool {
    let Some(cue) = d.cue.as_ref() else {
        return false;
    };
    // "called on the United States to": the party may close the cue phrase itself.
    cands.iter().any(|c| {
        matches!(
            c.kind,
            Kind::Named | Kind::Place | Kind::Person | Kind::Role(_)
        ) && c.first >= cue.first
            && c.first <= cue.last + URGED_PARTY_REACH
            && !(cue.last + 1..c.first).any(|i| f.tokens[i].is_boundary())
    })
}

/// "told a news agency that Freedonia opposes all hacking": whether the speaker's own
/// side is the content's subject, before any attack word, and not the speaker itself —
/// a report that asserts something but accuses no one (not its object: "visant des
/// entités freedoniennes").
fn own_side_is_subject(
    f: &Facts,
    cands: &[Cand],
    who: &Speaker,
    side: Option<&str>,
    content: &Content,
) -> bool {
    let range = &content.tokens;
    cands.iter().any(|c| {
        (range.start > content.cue_end || content.quote_before)
            && range.contains(&c.first)
            && c.side.as_deref() == side
            && !who.phrase.contains(&c.first)
            && who.cand.is_none_or(|s| s.first != c.first)
            && !f
                .hits
                .iter()
                .any(|h| h.family == Family::Attack && h.first >= range.start && h.last < c.first)
    })
}

/// The claim's cue as text, with its auxiliary ("has accused", "a-t-il déclaré").
fn cue_span(text: &Text, f: &Facts, d: &Decision) -> Option<Cue> {
    d.cue.as_ref().map(|h| {
        let first = with_auxiliary(f, h.first);
        let span = Span::new(f.tokens[first].start, f.tokens[h.last].end);
        Cue {
            start: span.start,
            end: span.end,
            text: text.slice(span).to_string(),
        }
    })
}

/// The first token of a verb cue with its auxiliary: "has accused", "a déclaré",
/// "a-t-il déclaré".
fn with_auxiliary(f: &Facts, first: usize) -> usize {
    let t = &f.tokens;
    let mut start = first;
    let mut k = first;
    while k > 0 {
        let p = k - 1;
        let inverted_pronoun = f.is(p, Family::Pronoun)
            && p > 0
            && t[p - 1].is("-")
            && first - p <= INVERTED_PRONOUN_REACH;
        if f.is(p, Family::Auxiliary) {
            start = p;
        } else if !(t[p].is("-") || t[p].lower == "t" || inverted_pronoun) {
            break;
        }
        k = p;
    }
    start
}

/// « Selon elle, les experts accusent … », "According to Jan Roe, investigators blame …": a
/// source the sentence opens on speaks for a clause whose own subject is an unnamed group or
/// role (not for a named one, "According to the report, the agency accused …", nor for a
/// country's body, « selon les médias, l'armée israélienne s'est refusée à … »).
fn fronted_over_unnamed(said: &Said, according: &Hit, cue: &Hit) -> bool {
    let fronted = fronted_source(said.f, according, cue);
    let unnamed = said.of(cue).cand.is_some_and(|c| {
        (matches!(c.kind, Kind::Role(_)) && c.side.is_none())
            || c.group
                .as_deref()
                .is_some_and(super::groups::is_description)
    });
    fronted && unnamed
}

/// « Selon lui, l'agence a établi que … », "According to the minister, the agency found …":
/// a person fronted as the source reports what the body in the clause found; the person
/// speaks. (Asked of reporting and evidence cues only: a charge in a relative clause, "…,
/// which allied states have linked to X", is its own subject's.)
fn fronted_person(said: &Said, according: &Hit, cue: &Hit) -> bool {
    let fronted = fronted_source(said.f, according, cue);
    let person = said.of(according).cand.is_some_and(|c| {
        c.kind == Kind::Person || c.person || c.kind == Kind::Role(Family::RolePerson)
    });
    fronted && person
}

/// Whether the "according to" source opens the sentence and a comma closes it before the cue.
fn fronted_source(f: &Facts, according: &Hit, cue: &Hit) -> bool {
    according.last < cue.first
        && !(f.label_end..according.first).any(|i| f.tokens[i].word)
        && (according.last + 1..cue.first).any(|i| f.tokens[i].is(","))
}

/// Whether a verb cue names its own speaker: an active verb with a subject
/// party before it (not "has been blamed", not a participle after a comma).
fn has_subject(said: &Said, cue: &Hit) -> bool {
    if cue.family == Family::According || (cue.family == Family::Accuse && passive(said.f, cue)) {
        return false;
    }
    said.of(cue)
        .cand
        .is_some_and(|c| c.last < cue.first && c.kind != Kind::Role(Family::RoleDoc))
}

/// "The ministry added that it had no doubt about the agency's attribution":
/// an accusation noun inside what a reporting verb with its own subject says is that
/// subject's claim; the noun's owner is whom it agrees or disagrees with.
fn reporter_of_noun<'f>(said: &Said<'f, '_>, cue: &Hit) -> Option<&'f Hit> {
    if cue.family != Family::AccuseNoun {
        return None;
    }
    said.f
        .hits
        .iter()
        .filter(|h| h.family == Family::Report && h.last < cue.first)
        .find(|h| has_subject(said, h))
}

/// What "the company" or "the report" that refers to no speaker met so far stands for:
/// for an organisation, the one named last however far back ("The company acknowledged
/// …" paragraphs after naming it); for a document, its author (`documents`).
fn unnamed_role(s: &SentenceAt, c: &Cand) -> Option<Known> {
    let named = || {
        s.named
            .last()
            .filter(|_| c.definite && c.kind == Kind::Role(Family::RoleOrg))
            .filter(|_| !super::speakers::has_complement(s.facts, c))
            .filter(|n| super::speakers::country_body_fits(s, c, n))
            .filter(|n| super::speakers::noun_fits(c, n))
            .map(|n| Known {
                sentence: s.index,
                ..n.clone()
            })
    };
    let document = || {
        (c.kind == Kind::Role(Family::RoleDoc)).then(|| {
            let here = documents::authored(s.facts, s.cands, s.index);
            documents::author_of(c, &here, s.documents, s.index)
        })?
    };
    document().or_else(named)
}

/// "a Velmar spokesman said", "an NCA official told": an organisation speaking through the
/// role named right after it is shown as that voice ("Velmar spokesman"), its id the
/// organisation's.
/// So is one whose role comes before it with a preposition of belonging ("a spokesperson
/// for the FBI": "FBI spokesperson"; « un porte-parole du FBI » as written).
fn voice_of_body(f: &Facts, c: &Cand, k: &Known) -> Option<String> {
    if k.kind != Kind::Named || c.kind != Kind::Named {
        return None;
    }
    let t = &f.tokens;
    let role = c.last + 1;
    let person_role = t.get(role).is_some_and(|t| t.word) && f.is(role, Family::RolePerson);
    if person_role {
        return Some(format!("{} {}", c.name, t[role].raw));
    }
    let prep = super::parties::word_before_determiners(f, c.first)?;
    let role = super::facts::previous_word(t, prep).filter(|&r| f.is(r, Family::RolePerson))?;
    // (The role's own hit: « porte-parole » is one role of three tokens.)
    let first = f
        .hits
        .iter()
        .find(|h| h.family == Family::RolePerson && h.first <= role && role <= h.last)
        .map_or(role, |h| h.first);
    match t[prep].lower.as_str() {
        "for" | "of" | "at" => Some(format!("{} {}", c.name, t[role].raw)),
        "de" | "du" | "d" => Some(super::cands::text_of(f, first, c.last)),
        _ => None,
    }
}

/// "She said it was too early to name a culprit": a cue whose clause names no party of
/// its own speaks with the reporting verb before it.
fn reporter_before<'f>(said: &Said<'f, '_>, cue: &Hit) -> Option<&'f Hit> {
    let (f, cands) = (said.f, said.cands);
    // (Not a verb inside a longer phrase of another family: "called" in "called the
    // accusation a smear" denies, it does not report.)
    let report = f
        .hits
        .iter()
        .rev()
        .filter(|h| h.family == Family::Report && h.last < cue.first)
        .find(|h| {
            !f.hits.iter().any(|o| {
                o.family != Family::Report
                    && o.first <= h.first
                    && h.last <= o.last
                    && o.last - o.first > h.last - h.first
            })
        })?;
    let party_between = cands.iter().any(|c| {
        c.first > report.last
            && c.last < cue.first
            && matches!(c.kind, Kind::Named | Kind::Person | Kind::Place)
    });
    // "Il a ajouté que l'ambassadeur de Russie serait convoqué": the party before a passive
    // cue is its patient, not a subject of its own.
    let patient_only = passive(f, cue);
    ((!party_between || patient_only) && has_subject(said, report)).then_some(report)
}

/// Whether the cue has a subject of its own before it that is not the impersonal "it" /
/// « il » of "it would be premature", « il serait prématuré ».
fn has_personal_subject(said: &Said, cue: &Hit) -> bool {
    let impersonal = |c: &Cand| {
        c.kind == Kind::Pronoun && matches!(said.f.tokens[c.first].lower.as_str(), "it" | "il")
    };
    has_subject(said, cue) && !said.of(cue).cand.is_some_and(impersonal)
}

/// Whether a trailing report speaks for a cue whose subject is a country: the country
/// speaks through the person or body the report names ("Freedonia rejected the charge,
/// foreign ministry spokesperson Jan Dupont said") or a person's pronoun, not through "a
/// source".
fn named_voice_of_country(said: &Said, cue: &Hit, report: &Hit) -> bool {
    let country = said.of(cue).cand.is_some_and(|c| c.kind == Kind::Place);
    // ("Freedonia does not comment on investigations, he added": a personal pronoun
    // takes up the person who speaks for it.)
    let named = said
        .of(report)
        .cand
        .is_some_and(|c| matches!(c.kind, Kind::Person | Kind::Named) || c.person);
    country && named
}

/// A reporting clause set after a comma at the sentence's end: "It would be premature to
/// name anyone, she said", « …, a-t-il ajouté »: whoever it names says the whole sentence.
fn trailing_report<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let words = |r: std::ops::Range<usize>| r.filter(|&i| t[i].word).count();
    let next_comma = |from: usize| {
        (from + 1..t.len())
            .find(|&i| t[i].is(","))
            .unwrap_or(t.len())
    };
    // ", which he described as …", ", a group it describes as …": a relative clause
    // inside the sentence, not a clause that reports it, whose subject opens it (or follows
    // its auxiliary: « a-t-il ajouté »).
    let inverted =
        |i: usize| previous_word(t, i).is_some_and(|p| f.is(p, Family::Aux) || t[p].lower == "t");
    let relative = |c: usize, h: &Hit| {
        let mut subject = (c + 1..h.first).filter(|&i| t[i].word);
        subject.next().is_some_and(|i| f.is(i, Family::Relative))
            || subject.any(|i| f.is(i, Family::Pronoun) && !inverted(i))
    };
    f.hits.iter().find(|h| {
        // (Looked for only past the family test: the hits are about one a word.)
        let comma = || (cue.last + 1..h.first).rev().find(|&i| t[i].is(","));
        h.family == Family::Report
            && h.first > cue.last
            && comma().is_some_and(|c| {
                words(c + 1..h.first) <= TRAILING_SUBJECT_WORDS && !relative(c, h)
            })
            && words(h.last + 1..next_comma(h.last)) <= TRAILING_TAIL_WORDS
            // "a group widely reported to work for …", "said that …": a clause goes on.
            && !(h.last + 1..t.len()).find(|&i| t[i].word).is_some_and(|i| {
                matches!(t[i].lower.as_str(), "to" | "that" | "que" | "qu")
            })
    })
}

/// A [`trailing_report`] that ends the sentence (a few words of adjunct after it): ", the
/// minister writes.", not ", it claimed, …".
fn closing_clause<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let words = |r: std::ops::Range<usize>| r.filter(|&i| t[i].word).count();
    // (", describing the findings as …": a participle with no subject reports nothing.)
    let subject = |h: &Hit| {
        let comma = (cue.last + 1..h.first).rev().find(|&i| t[i].is(","));
        comma.is_some_and(|c| words(c + 1..h.first) > 0)
    };
    trailing_report(f, cue)
        .filter(|h| words(h.last + 1..t.len()) <= TRAILING_TAIL_WORDS && subject(h))
}

/// The report cue after the quotation that holds `cue`: "« … », a-t-il déclaré", and the
/// last sentence of a quotation opened in an earlier one (« … datait de 2019 », a reconnu X).
fn closing_report<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let opens = f.quoted || t.first().is_some_and(|x| matches!(x.raw, "«" | "“" | "\""));
    let close = (cue.last + 1..t.len()).find(|&i| matches!(t[i].raw, "»" | "”" | "\""))?;
    f.hits.iter().find(|h| {
        opens
            // ("« … », a reconnu X": a verb of the cue's own stance closes it too.)
            && (h.family == Family::Report || h.family == cue.family)
            && h.first > close
            && h.first <= close + CLOSING_REPORT_REACH
    })
}

/// Whether the cue's speaker is the first person: "we assess", « nous appelons »,
/// « selon notre évaluation ».
fn first_person(f: &Facts, cue: &Hit) -> bool {
    let t = &f.tokens;
    if cue.family == Family::According {
        return (cue.last + 1..t.len())
            .find(|&i| t[i].word)
            .is_some_and(|i| f.is(i, Family::FirstPerson));
    }
    let mut k = cue.first;
    while let Some(p) = previous_word(t, k) {
        // (« X nous a informés »: « nous » is whom X told.)
        if f.is(p, Family::FirstPerson) && !super::parties::object_clitic(f, p) {
            return true;
        }
        // "my government rejects", « notre pays condamne »: the speaker's own state.
        if OWN_COUNTRY.contains(&t[p].lower.as_str()) {
            return previous_word(t, p).is_some_and(|q| f.is(q, Family::FirstPerson));
        }
        // (« nous l'assumons », « nous la condamnons »: an object pronoun, spelt like an
        // article, between the subject and the verb.)
        let object = f.is(p, Family::Determiner);
        if !f.is(p, Family::Aux) && !f.is(p, Family::Auxiliary) && !object {
            return false;
        }
        k = p;
    }
    false
}

/// Whether the cue's clause names a subject before it: a word that is no auxiliary,
/// determiner, pronoun or mark.
fn names_a_subject(f: &Facts, cue: &Hit) -> bool {
    let t = &f.tokens;
    let start = (0..cue.first)
        .rev()
        .find(|&i| t[i].is_boundary() || matches!(t[i].raw, "»" | "”" | "\""))
        .map_or(0, |i| i + 1);
    (start..cue.first).any(|i| {
        t[i].word
            && !f.is(i, Family::Aux)
            && !f.is(i, Family::Auxiliary)
            && !f.is(i, Family::Determiner)
            && !f.is(i, Family::Pronoun)
            && !f.is(i, Family::FirstPerson)
            && !f.is(i, Family::Relative)
            && !f.is(i, Family::Subordinator)
            && !matches!(t[i].lower.as_str(), "and" | "et" | "but" | "mais")
    })
}

/// Whether the sentence is, or opens with, quoted words: their "we" is the speaker the
/// closing "said X" names.
fn quotation(f: &Facts) -> bool {
    f.quoted
        || f.tokens
            .iter()
            .any(|t| matches!(t.raw, "«" | "“" | "\"" | "»" | "”"))
}

/// The person a transcript's label names as the speaker of the sentence's turn.
fn turn_speaker(s: &SentenceAt) -> Option<Known> {
    let a = s.facts.answerer.as_ref()?;
    Some(person_speaking(a, s.index))
}

/// An answerer or a turn's speaker as a person speaking in sentence `si`.
fn person_speaking(a: &Party, si: usize) -> Known {
    Known {
        party: a.clone(),
        side: None,
        kind: Kind::Person,
        sentence: si,
        gender: crate::entities::name_gender(&a.name),
        by_person: false,
    }
}

/// Who says "we": inside a quotation, whoever is quoted (the speaker just met); in the
/// text's own voice (a communiqué, an advisory), the party the text opened with.
fn own_voice(f: &Facts, history: &[Known], recent: Option<Known>) -> Option<Known> {
    let quoted = f.quoted
        || f.tokens
            .first()
            .is_some_and(|t| matches!(t.raw, "«" | "“" | "\""));
    if quoted {
        recent
    } else {
        history.first().cloned().or(recent)
    }
}
