//! Whom a claim is aimed at: an attributed party, else the first party of the
//! content that is neither the speaker, its side, a victim nor whom it talks to.

use super::cands::{Cand, Kind, CUE_FAMILIES};
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::parties::{passive, Speaker};
use super::tokens::Hit;
use std::ops::Range;

/// How many words before a party a verb of telling may stand ("told the agency",
/// "interrogé par l'agence": a preposition and a determiner between).
const ADDRESSED_REACH: usize = 3;
/// How many tokens from a country word an attack or actor word makes it the attacker's
/// adjective ("agences de renseignement freedoniennes", "Freedonian state hackers").
const ACTOR_WORD_REACH: usize = 4;
/// How many words before a party a victim preposition may stand ("contre la", "against").
const VICTIM_PREP_REACH: usize = 2;
/// How many tokens after "by" the agent of an attack verb may start ("by the group").
const ATTACK_AGENT_REACH: usize = 3;
/// How many tokens a party may stand from an accusing verb and still be the accused:
/// after it ("accused the Freedonian military intelligence agency"), or before a passive.
const ACCUSED_REACH: usize = 6;
/// How many tokens after "to"/« à » the accused of an attribution may start ("to the
/// Russian military's GRU": a determiner, an adjective and a possessive between).
const ATTRIBUTED_TO_REACH: usize = 5;
/// How many tokens after a possessive the party it owns may start.
const OWNED_NAME_REACH: usize = 3;
/// How many tokens before an attribution word ("derrière", "behind") the party it
/// attributes may end ("X, long suspected, was behind").
const ATTRIBUTED_REACH: usize = 8;
/// How many tokens before the party apologised to its victim preposition may stand.
const APOLOGY_PREP_REACH: usize = 5;

/// How many lowercase words may describe a medium between "by" and its name ("quoted by
/// public broadcaster ERR", « cité par la radio publique X »).
const MEDIUM_DESCRIPTION_WORDS: usize = 3;

/// Whether a party is the one spoken to: "told a news agency", "interrogé par l'agence".
pub(crate) fn addressed(f: &Facts, c: &Cand) -> bool {
    relayed_by(f, c) || addressed_directly(f, c)
}

/// "quoted by public broadcaster ERR", « cité par la radio publique X »: the medium
/// named after the words that describe it relays what is said.
fn relayed_by(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    // The words right before the party, past apostrophes only (a comma ends the phrase).
    let word_before = |i: usize| {
        (0..i)
            .rev()
            .find(|&k| !matches!(t[k].raw, "'" | "’"))
            .filter(|&k| t[k].word)
    };
    let mut p = word_before(c.first);
    for _ in 0..=MEDIUM_DESCRIPTION_WORDS {
        match p {
            Some(i) if matches!(t[i].lower.as_str(), "par" | "by") => {
                return word_before(i).is_some_and(|v| f.is(v, Family::Tells));
            }
            Some(i) if !t[i].capitalised() && !CUE_FAMILIES.iter().any(|&k| f.is(i, k)) => {
                p = word_before(i);
            }
            _ => return false,
        }
    }
    false
}

/// "told a news agency", "interrogé par l'agence": a verb of telling right before the
/// party, past a determiner and "by", "to".
fn addressed_directly(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    let mut p = previous_word(t, c.first);
    for _ in 0..ADDRESSED_REACH {
        match p {
            Some(i) if f.is(i, Family::Tells) => return true,
            Some(i)
                if f.is(i, Family::Determiner)
                    || matches!(t[i].lower.as_str(), "par" | "by" | "to" | "à") =>
            {
                p = previous_word(t, i)
            }
            _ => return false,
        }
    }
    false
}

/// A country adjective ("freedonien", "Freedonian"): a lowercase country word, or an
/// adjective of nationality the knowledge base lists.
fn adjective(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_lowercase)
        || crate::entities::knowledge_base()
            .country_of_adjective(raw)
            .is_some()
}

/// Whether a candidate is a victim ("contre la Freedonie", "against Freedonia") or a
/// place that only qualifies a thing ("l'économie de la Freedonie", "Freedonian
/// exports"); a country adjective next to attack words ("Freedonian hackers") names
/// the attacker.
fn victim(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    // "a flaw in Microsoft Outlook", "une faille dans Exchange": where, not who.
    let located =
        previous_word(t, c.first).is_some_and(|p| matches!(t[p].lower.as_str(), "in" | "dans"));
    if located && matches!(c.kind, Kind::Named | Kind::Role(_)) {
        return true;
    }
    if c.kind == Kind::Place {
        let before = previous_word(t, c.first).map(|p| t[p].lower.as_str());
        let genitive = matches!(before, Some("de" | "du" | "d" | "des" | "of"));
        // « une conférence de presse à Freeville »: a city after « à » is where, not who
        // (« imputée à Freeville » is an attribution, read before this scan).
        let city = c.side.as_deref().is_some_and(|s| s != c.id);
        if matches!(before, Some("in" | "dans" | "en")) || (before == Some("à") && city) {
            return true;
        }
        // "agences … freedoniennes", "Freedonian hackers": the adjective names an actor.
        let near =
            c.first.saturating_sub(ACTOR_WORD_REACH)..(c.last + ACTOR_WORD_REACH).min(t.len());
        let attacker = near.into_iter().any(|i| {
            f.is(i, Family::Attack) || f.is(i, Family::RoleOrg) || f.is(i, Family::RolePerson)
        });
        if !attacker && (genitive || adjective(&c.name)) {
            return true;
        }
    }
    if owns_asset(f, c) {
        return true;
    }
    let mut p = previous_word(t, c.first);
    for _ in 0..VICTIM_PREP_REACH {
        match p {
            // "contre", but not the "on" of "called on" (the "with" of "stood with", a
            // condemnation's words, still names the victim).
            Some(i)
                if f.is(i, Family::VictimPrep)
                    && !CUE_FAMILIES
                        .iter()
                        .any(|&c| c != Family::CondemnContent && f.is(i, c)) =>
            {
                return true
            }
            Some(i) if f.is(i, Family::Determiner) => p = previous_word(t, i),
            _ => return false,
        }
    }
    false
}

/// How many lowercase words may stand between an asset noun's "of" and the party that owns
/// it: a determiner and a quantity ("the phones of the two Velmar envoys").
const ASSET_OWNER_REACH: usize = 3;

/// "the servers of Acme", « le réseau de la société X », "Acme's network": the owner of
/// what an attack breaks into is its victim.
fn owns_asset(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    if c.possessive {
        let next = (c.last + 1..t.len()).find(|&k| t[k].word && !matches!(t[k].raw, "s"));
        return next.is_some_and(|n| f.is(n, Family::Asset));
    }
    let mut p = previous_word(t, c.first);
    for _ in 0..ASSET_OWNER_REACH {
        match p {
            Some(i) if matches!(t[i].lower.as_str(), "of" | "de" | "du" | "des" | "d") => {
                return previous_word(t, i).is_some_and(|a| f.is(a, Family::Asset));
            }
            Some(i) if f.is(i, Family::Determiner) || !t[i].capitalised() => {
                p = previous_word(t, i)
            }
            _ => return false,
        }
    }
    false
}

/// Who may be accused: not a pronoun, a thing, a report, a role of no country, the
/// speaker (by any of its names), its phrase or its side, a bare capitalised word where the entity layer
/// works, nor whom the speaker talks to.
struct Eligible<'a> {
    f: &'a Facts<'a>,
    speaker: &'a Speaker<'a>,
    speaker_side: Option<&'a str>,
    /// Where the entity layer works, a bare capitalised word is not enough to be accused.
    trust_weak: bool,
}

impl Eligible<'_> {
    /// Whether `c` may be accused as the owner of what follows ("X's hackers").
    fn owner(&self, c: &Cand) -> bool {
        // (The tests that read word lists or tokens last.)
        !matches!(c.kind, Kind::Pronoun | Kind::Thing)
            && !matches!(c.kind, Kind::Role(_) if c.side.is_none())
            && c.kind != Kind::Role(Family::RoleDoc)
            && !(self.speaker.phrase.contains(&c.first))
            // The speaker again, by another of its names ("the Agency (FCA)").
            && self.speaker.cand.is_none_or(|s| s.first != c.first && s.id != c.id)
            && (self.speaker_side.is_none() || c.side.as_deref() != self.speaker_side)
            && (self.trust_weak || !c.weak)
            // ("a Freedonian company": a business of a country is not the country accused.)
            && !matches!(c.kind, Kind::Role(_) if super::speakers::private_role(c))
            // "told reporters", "interrogé par l'agence": whom the speaker talks to.
            && !addressed(self.f, c)
    }

    /// Whether `c` may be accused in its own name.
    fn party(&self, c: &Cand) -> bool {
        self.owner(c) && !c.possessive
    }
}

/// Who a claim accuses or answers: an attributed party ("derrière", "developed
/// by", the subject of "was blamed") first, then the first party of the content
/// that is neither the speaker, its phrase, its side nor a victim.
pub(crate) fn target<'c>(
    f: &Facts,
    cands: &'c [Cand],
    speaker: &Speaker,
    speaker_side: Option<&str>,
    content: Range<usize>,
) -> Option<&'c Cand> {
    let el = Eligible {
        f,
        speaker,
        speaker_side,
        trust_weak: !f.entity_layer,
    };
    if let Some(c) = f
        .hits
        .iter()
        .filter(|h| !describes_speaker(f, speaker, h, content.start))
        .find_map(|h| attributed(&el, cands, h))
    {
        return Some(c);
    }
    // (Where a party stands first: the eligibility tests read word lists and tokens.)
    cands
        .iter()
        .filter(|c| c.first >= content.start && c.last < content.end)
        .filter(|c| el.party(c))
        .filter(|c| !victim(f, c))
        .filter(|c| !super::documents::cited_author(f, cands, c))
        // Without entity mentions, a party with a known side beats a bare name.
        .min_by_key(|c| (!f.entity_layer && c.side.is_none(), c.first))
}

/// "The Centre (CFCS), which is part of the intelligence service, said …", "The Centre,
/// part of the service, said": an attribution inside a relative clause or a description
/// between commas on the speaker, before the reported content, says what the
/// speaker belongs to; it names no one the claim accuses.
fn describes_speaker(f: &Facts, speaker: &Speaker, h: &Hit, content_start: usize) -> bool {
    // (Asked of every hit, about one a word: the family first, before the scan for the
    // relative's closing comma.)
    let Some(c) = speaker.cand.filter(|_| h.family == Family::AttribPost) else {
        return false;
    };
    let t = &f.tokens;
    // The relative right after the speaker's name, past its acronym in brackets and a comma.
    let mut i = c.last + 1;
    // (The speaker may be the acronym inside the brackets.)
    if t.get(i).is_some_and(|x| x.raw == "(") {
        i += t[i..].iter().position(|x| x.raw == ")").unwrap_or(0);
    }
    while t.get(i).is_some_and(|x| x.raw == ")" || x.is(",")) {
        i += 1;
    }
    // The relative clause runs to its closing comma.
    let closes = (i + 1..t.len())
        .find(|&k| t[k].is(",") || t[k].is_boundary())
        .unwrap_or(t.len());
    h.family == Family::AttribPost
        && i <= h.first
        && h.last < closes.min(content_start)
        && (f.is(i, Family::Relative) || f.is(i, Family::Whereabouts))
}

/// The party a hit attributes the attack to, if it is an attack verb with an agent,
/// a passive accusation, an accusing verb or an attribution word.
fn attributed<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    let (f, t) = (el.f, &el.f.tokens);
    match h.family {
        // "visée par le groupe X", "targeted by group X": the agent of an attack verb.
        Family::Attack => (h.last + 1..t.len())
            .find(|&i| t[i].word)
            .filter(|&i| matches!(t[i].lower.as_str(), "par" | "by"))
            .and_then(|by| {
                cands
                    .iter()
                    .find(|c| c.first > by && c.first <= by + ATTACK_AGENT_REACH && el.party(c))
            }),
        Family::Accuse if passive(f, h) => cands
            .iter()
            .rev()
            .find(|c| c.last < h.first && c.last + ACCUSED_REACH >= h.first && el.party(c))
            .or_else(|| object_after_agent(el, cands, h)),
        Family::Accuse => tied_inside(el, cands, h)
            .or_else(|| accused_after(el, cands, h))
            .or_else(|| attributed_to(el, cands, h)),
        Family::AttribPost => marked_by(el, cands, h).or_else(|| accused_after(el, cands, h)),
        Family::AttribPre => {
            let last = cands
                .iter()
                .rev()
                .find(|c| c.last < h.first && c.last + ATTRIBUTED_REACH >= h.first && el.party(c));
            last.map(|c| first_listed(el, cands, c))
        }
        _ => None,
    }
}

/// "The attack was attributed by Estonia to the GRU", « attribué par l'Estonie au GRU »:
/// the party after the "to"/« au » that follows a passive's agent, in the same clause.
fn object_after_agent<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    let t = &el.f.tokens;
    let clause = (h.last + 1..t.len()).take_while(|&i| !t[i].is_boundary() || t[i].is(","));
    let mut words = clause.filter(|&i| t[i].word);
    words.find(|&i| matches!(t[i].lower.as_str(), "by" | "par"))?;
    let to = words.find(|&i| el.f.is(i, Family::AttribTo))?;
    cands
        .iter()
        .find(|c| c.first > to && c.first <= to + ACCUSED_REACH && el.party(c))
}

/// The party after an accusing verb or "developed by"; failing one, a possessive
/// party whose possession names no party ("blames Freedonia's hackers": Freedonia).
fn accused_after<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    let near = |c: &&Cand| c.first > h.last && c.first <= h.last + ACCUSED_REACH;
    cands.iter().find(|c| near(c) && el.party(c)).or_else(|| {
        let owned_named = |o: &Cand| {
            cands
                .iter()
                .any(|c| c.first > o.last && c.first <= o.last + OWNED_NAME_REACH && el.party(c))
        };
        cands
            .iter()
            .find(|c| near(c) && c.side.is_some() && c.possessive && el.owner(c) && !owned_named(c))
    })
}

/// "Agency ties Freedonian spies to break-in at Tarvel shipyard": inside a linking
/// phrase with a gap, a party with a side that is no victim is the one tied to the attack
/// (after the "to" comes what it is tied to).
fn tied_inside<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    cands
        .iter()
        .filter(|c| c.first > h.first && c.last < h.last)
        .find(|c| c.side.is_some() && el.party(c) && !victim(el.f, c))
}

/// "bore Freedonia's signature", « porte la marque de X »: the owner named inside a mark
/// phrase with a gap is the party whose mark the attack bears.
fn marked_by<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    cands
        .iter()
        .find(|c| c.first > h.first && c.last < h.last && el.owner(c))
}

/// "attributed the intrusions at its ports to the GRU", « impute … à Moscou »: past the
/// accusing verb's object, the party after `attrib_to` in the same clause is the accused.
fn attributed_to<'c>(el: &Eligible, cands: &'c [Cand], h: &Hit) -> Option<&'c Cand> {
    let (f, t) = (el.f, &el.f.tokens);
    // "attribuée par l'Agence (AFC) à X": the aside does not end the clause.
    let to = super::tokens::clause_from(t, h.last + 1)
        .into_iter()
        .find(|&i| f.is(i, Family::AttribTo))?;
    cands
        .iter()
        .find(|c| c.first > to && c.first <= to + ATTRIBUTED_TO_REACH && el.party(c))
}

/// "Freedonia and Ruritania were behind": the first of the list `c` ends.
fn first_listed<'c>(el: &Eligible, cands: &'c [Cand], mut c: &'c Cand) -> &'c Cand {
    let (f, t) = (el.f, &el.f.tokens);
    while let Some(p) = cands.iter().filter(|p| el.party(p)).rev().find(|p| {
        p.last < c.first
            && (p.last + 1..c.first).all(|i| {
                !t[i].word
                    || f.is(i, Family::Determiner)
                    || matches!(t[i].lower.as_str(), "and" | "et")
            })
            && (p.last + 1..c.first).any(|i| matches!(t[i].lower.as_str(), "and" | "et"))
    }) {
        c = p;
    }
    c
}

/// The party after a victim preposition: the one apologised to.
pub(crate) fn addressee<'c>(f: &Facts, cands: &'c [Cand], after: usize) -> Option<&'c Cand> {
    cands
        .iter()
        .filter(|c| c.first > after && c.side.is_some())
        .find(|c| {
            (c.first.saturating_sub(APOLOGY_PREP_REACH)..c.first)
                .any(|i| f.is(i, Family::VictimPrep))
        })
}
