//! Charges turned back: "It is the Freedonians who hack everyone", « Ce sont les services
//! freedoniens qui espionnent nos universités », "the embassy went further, claiming …", «
//! accuse en retour », "the biggest hacker empire", « piratent eux-mêmes ». A cleft sets the
//! party it names against the one the hearer had in mind, and a retort or a reflexive turns
//! a charge round; said by a side that was itself accused earlier in the article (or that
//! denied a charge), such a charge is a counter-accusation, even when the side had already
//! answered once (`events::mark_counters` only marks the first).

use super::events::Draft;
use super::facts::Facts;
use super::lexicon::{is_phrase_of, is_word_of, Family};
use super::tokens::Token;
use super::Stance;

/// How many words may stand between the cleft's opening and its relative word ("it is the
/// United States and its allies who": a determiner, two parties and a conjunction; « ce
/// sont plutôt des pirates liés au GRU qui »: an adverb and a described party).
const CLEFT_REACH: usize = 8;

/// Whether the sentence has a cleft that names a party: "it is"/« ce sont », then a
/// determiner or a capitalised name (after at most one adverb such as "rather", « plutôt »),
/// then "who"/"that"/« qui » before any clause boundary. Not "it is highly likely that"
/// (no party), nor "it is not for the court to" (no relative).
fn names_a_party(tokens: &[Token]) -> bool {
    // (No relative pronoun, no cleft: the phrase lists are not read for each pair of words.)
    if !tokens.iter().any(relative) {
        return false;
    }
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].word).collect();
    (0..words.len().saturating_sub(2)).any(|k| {
        let opening = [
            tokens[words[k]].lower.as_str(),
            tokens[words[k + 1]].lower.as_str(),
        ];
        is_phrase_of(&opening, Family::Cleft) && party_then_relative(tokens, &words[k + 2..])
    })
}

/// Whether `rest` (word indices after a cleft's opening) names a party and then its
/// relative word, within `CLEFT_REACH` words and before a clause boundary.
fn party_then_relative(tokens: &[Token], rest: &[usize]) -> bool {
    let party = |i: usize| {
        let t = &tokens[i];
        t.raw.starts_with(char::is_uppercase) || is_word_of(t.lower.as_str(), Family::Determiner)
    };
    let start = match rest {
        [first, ..] if party(*first) => 0,
        [adverb, second, ..] if !party(*adverb) && party(*second) => 1,
        _ => return false,
    };
    let first = rest[start];
    rest[start + 1..]
        .iter()
        .take(CLEFT_REACH)
        .take_while(|&&i| !(first..i).any(|k| matches!(tokens[k].raw, ";" | ":" | "." | "?")))
        .any(|&i| relative(&tokens[i]))
}

/// The relative pronoun of a cleft ("who", "that", « qui »).
fn relative(t: &Token) -> bool {
    matches!(t.lower.as_str(), "who" | "that" | "qui")
}

/// Whether the sentence turns a charge back on someone: a cleft that names a party, a
/// retort ("went further", « en retour », "the biggest hacker empire") or an intensifying
/// reflexive ("they hack others themselves", « mener eux-mêmes »).
fn turns_back(f: &Facts) -> bool {
    names_a_party(&f.tokens) || f.has(Family::Retort) || f.has(Family::Reflexive)
}

/// Turn into counter-accusations the cleft accusations of a side that another side had
/// accused before (or that had denied a charge), against a side other than its own.
pub(crate) fn turn_back(drafts: &mut [Draft], facts: &[Facts]) {
    let mut accused: Vec<String> = Vec::new();
    for d in drafts.iter_mut() {
        // A side that denied a charge is one that was accused, whoever accused it.
        if d.stance == Stance::Denial {
            accused.extend(d.speaker_side.clone());
        }
        let (Some(s), Some(t)) = (d.speaker_side.clone(), d.target_side.clone()) else {
            continue;
        };
        if s == t || !matches!(d.stance, Stance::Accusation | Stance::CounterAccusation) {
            continue;
        }
        if d.stance == Stance::Accusation
            && accused.contains(&s)
            && facts.get(d.sentence).is_some_and(turns_back)
        {
            d.stance = Stance::CounterAccusation;
        }
        accused.push(t);
    }
}
