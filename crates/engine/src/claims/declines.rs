//! A negated verb of saying or attributing declines to say: "will not discuss
//! attribution", "would not be commenting on who was behind it", « n'attribue pas
//! elle-même les cyberattaques », « n'a jamais désigné de coupable », « n'entend pas
//! répondre ». The negation comes just before the verb, with only auxiliaries, a verb of
//! intent or ability ("going to", "wish to", « entend ») or a reflexive between; in French
//! it may follow the verb it negates (« n'attribue pas »). A passive ("was not attributed
//! to") says what was not done to something, and declines nothing.

use super::facts::Facts;
use super::lexicon::Family;
use super::tokens::Hit;
use crate::article::Lang;

/// Most words between a negation and the verb it declines ("not going to be").
const LEAD_WORDS: usize = 3;

/// Give each sentence a declining hit on every negated verb of saying or attributing.
pub(crate) fn mark_declined_verbs(facts: &mut [Facts]) {
    for f in facts.iter_mut() {
        let found: Vec<Hit> = (0..f.tokens.len())
            .filter(|&i| f.is(i, Family::Declinable))
            .filter_map(|i| declined(f, i))
            .collect();
        for hit in found {
            f.replace_hits(hit);
        }
    }
}

/// The declining hit over the negation and verb `v`, if a negation governs it.
fn declined(f: &Facts, v: usize) -> Option<Hit> {
    let t = &f.tokens;
    let hit = |first: usize, last: usize| Hit {
        family: Family::NonConfirm,
        side: None,
        first,
        last,
    };
    // « n'attribue pas », « ne commente jamais »: the verb, then its negation.
    if f.lang == Lang::Fr {
        let next = (v + 1..t.len()).find(|&i| t[i].word);
        if let Some(n) = next.filter(|&n| f.is(n, Family::Negation)) {
            let ne = v
                .checked_sub(1)
                .filter(|&p| matches!(t[p].lower.as_str(), "ne" | "n"));
            return ne.map(|p| hit(p, n));
        }
    }
    let mut k = v;
    let mut to = false;
    for _ in 0..=LEAD_WORDS {
        let p = super::facts::previous_word(t, k)?;
        if f.is(p, Family::Negation) {
            // (« n'ai pas à commenter » declines; « ne suffit pas à désigner » says what
            // is not enough: after « à », the negated verb is an auxiliary.)
            let negated = super::facts::previous_word(t, p);
            let ok = !to
                || negated.is_some_and(|n| f.is(n, Family::Auxiliary) || f.is(n, Family::Perfect));
            return ok.then(|| hit(p, v));
        }
        to |= t[p].lower == "à";
        // (Not a passive's auxiliary: "was not attributed", « n'a pas été attribuée ».)
        let lead =
            f.is(p, Family::DeclineLead) || (f.is(p, Family::Aux) && !f.is(p, Family::Passive));
        if !lead {
            return None;
        }
        k = p;
    }
    None
}
