//! What the content of a reported sentence says beyond its cue words: a
//! negated attack that clears a side ("Russia does not carry out cyberattacks"),
//! or only the effects of an attack already known ("the attack had not
//! affected drinking water").

use super::cands::Cand;
use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::parties::Speaker;
use super::Stance;

/// How many words of the content after a party its negation may be ("ne mène pas",
/// "does not carry out", "has never").
const NEGATION_WORDS: usize = 3;
/// How many tokens after the negation the attack word it negates may stand ("ne mène
/// pas et n'a jamais mené d'attaques informatiques": a clause, not a paragraph).
const NEGATED_CLAUSE_TOKENS: usize = 10;
/// How many words after a party its verb of opposing may come ("firmly opposes").
const OPPOSES_VERB_WORDS: usize = 3;
/// How many tokens after that verb the attacks opposed may stand ("s'oppose à toutes
/// les formes de cyberattaques").
const OPPOSED_OBJECT_TOKENS: usize = 8;

/// "« La Russie ne mène pas d'attaques … », a-t-il déclaré", "we never hacked
/// anyone": the side of a party that is the subject of a negated attack — the
/// speaker's own `side` (or "we") when given, else any side. Not "has not
/// stopped its attacks": a negated ending affirms the attack.
pub(crate) fn clears(
    f: &Facts,
    cands: &[Cand],
    who: &Speaker,
    side: Option<&str>,
) -> Option<String> {
    let t = &f.tokens;
    // "Iran, he added, conducts no offensive operations": the reporting aside
    // (speaker, cue, its commas) is no part of the content.
    let aside = |i: usize| {
        who.phrase.contains(&i)
            || who.cand.is_some_and(|c| c.first <= i && i <= c.last)
            || f.is(i, Family::Report)
            || f.is(i, Family::Aux)
            || t[i].is(",")
    };
    let negated_attack_after = |last: usize| {
        let mut words = (last + 1..t.len()).filter(|&i| !aside(i) || f.is(i, Family::Negation));
        let Some(neg) = words
            .by_ref()
            .take(NEGATION_WORDS)
            .find(|&i| f.is(i, Family::Negation))
        else {
            return false;
        };
        let clause: Vec<usize> = (neg + 1..t.len().min(neg + 1 + NEGATED_CLAUSE_TOKENS))
            .take_while(|&i| !t[i].is_boundary())
            .collect();
        !(last + 1..neg).any(|i| t[i].is_boundary() && !t[i].is(","))
            && clause.iter().any(|&i| f.is(i, Family::Attack))
            && !clause.iter().any(|&i| f.is(i, Family::Ceasing))
    };
    let party = cands.iter().find(|c| {
        c.side.is_some()
            && (side.is_none() || c.side.as_deref() == side)
            && !who.phrase.contains(&c.first)
            && who.cand.is_none_or(|s| s.first != c.first)
            && !c.possessive
            && negated_attack_after(c.last)
    });
    if let Some(c) = party {
        return c.side.clone();
    }
    let we = (0..t.len())
        .any(|i| matches!(t[i].lower.as_str(), "we" | "nous") && negated_attack_after(i));
    side.filter(|_| we).map(str::to_string)
}

/// A speaker of unknown side saying that the side accused in the discussion
/// does not attack ("Iran, he added, conducts no offensive operations") denies
/// for it, and a denial aimed at the accused side is aimed at no one yet; the
/// accuser is settled with the events.
pub(crate) fn clear_accused(drafts: &mut [Draft]) {
    let mut accused: Option<String> = None;
    for d in drafts.iter_mut() {
        if d.stance == Stance::Accusation && d.clears.is_some() && d.clears == accused {
            d.stance = Stance::Denial;
            d.target = None;
            d.target_side = None;
            continue;
        }
        // « La Russie n'a rien à voir avec ces attaques »: a denial answers the accuser,
        // never the side it clears; whom it answers is settled with the events.
        let aims_at_cleared = d.clears.is_some() && d.clears == d.target_side;
        if d.stance == Stance::Denial
            && d.target_side.is_some()
            && (d.target_side == accused || aims_at_cleared)
        {
            d.target = None;
            d.target_side = None;
            continue;
        }
        if d.stance == Stance::Accusation && d.attack && !d.smear && d.target_side.is_some() {
            accused.clone_from(&d.target_side);
        }
    }
}

/// "said the attack had not affected drinking water": the only attack words
/// name an attack already known ("the attack", "cette cyberattaque") and no one
/// is said to be behind it; the speaker describes its effects, accusing nobody.
pub(crate) fn only_effects(f: &Facts) -> bool {
    // "the hackers had laundered the funds": what the attackers already known did is the
    // attack's account too; naming who they are or work for is the charge.
    f.every(Family::Attack, |h| definite_before(f, h.first))
        && f.groups.is_empty()
        && f.malware.is_empty()
        && !f.has(Family::AttribPre)
        && !f.has(Family::AttribPost)
}

/// Whether a definite or demonstrative article stands right before token `i` ("the
/// hackers", « ce groupe »): the words refer to someone already named.
pub(crate) fn definite_before(f: &Facts, i: usize) -> bool {
    previous_word(&f.tokens, i).is_some_and(|p| {
        matches!(
            f.tokens[p].lower.as_str(),
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "le"
                | "la"
                | "l"
                | "les"
                | "cette"
                | "cet"
                | "ce"
                | "ces"
        )
    })
}

/// "Freedonie s'oppose à toutes les formes de cyberattaques", "Freedonia firmly opposes
/// all hacking": the party opposes the attacks it is named with, it is not
/// accused of them.
pub(crate) fn opposes_attacks(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    let words: Vec<usize> = (c.last + 1..t.len())
        .take_while(|&i| !t[i].is_boundary())
        .filter(|&i| t[i].word && !f.is(i, Family::Aux))
        .take(OPPOSES_VERB_WORDS)
        .collect();
    let Some(&verb) = words.iter().find(|&&i| f.is(i, Family::Opposes)) else {
        return false;
    };
    (verb + 1..t.len().min(verb + 1 + OPPOSED_OBJECT_TOKENS))
        .take_while(|&i| !t[i].is_boundary())
        .any(|i| f.is(i, Family::Attack))
}
