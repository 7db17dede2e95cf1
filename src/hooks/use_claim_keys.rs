//! Keys `a`/`A` and `d`/`D`: jump to the next or previous accusation or denial.
//!
//! [`next_claim`] is the pure part (tested natively); [`use_claim_keys`]
//! listens to the keyboard while its component lives and reports where to go.

use super::use_effect_on;
use crate::corpus::Corpus;
use crate::dom::on_command_key;
use parallax_engine::Stance;
use std::rc::Rc;
use yew::prelude::*;

/// Where a claim stands, as an ordered key: `(article, sentence)` in reading
/// order, or `(group, item)` in a list's display order.
pub type ClaimAt = (usize, usize);

/// Whether a claim of stance `have` counts when jumping to stance `want`:
/// a counter-accusation is an accusation too.
pub fn stance_matches(want: Stance, have: Stance) -> bool {
    want == have || (want == Stance::Accusation && have == Stance::CounterAccusation)
}

/// The next (`forward`) or previous claim of `stance` after `current`, wrapping around.
///
/// `claims` are in reading order. With no `current`, the first (or last) one
/// is the answer; a `current` that is not a claim still has a place in the
/// order, so the search starts from there. `None` when no claim matches.
pub fn next_claim(
    claims: &[(usize, usize, Stance)],
    current: Option<ClaimAt>,
    stance: Stance,
    forward: bool,
) -> Option<ClaimAt> {
    let mut matching = claims
        .iter()
        .filter(|(_, _, s)| stance_matches(stance, *s))
        .map(|&(a, s, _)| (a, s));
    if forward {
        let first = matching.clone().next();
        match current {
            Some(at) => matching.find(|&c| c > at).or(first),
            None => first,
        }
    } else {
        let last = matching.clone().next_back();
        match current {
            Some(at) => matching.rfind(|&c| c < at).or(last),
            None => last,
        }
    }
}

/// The claims of some articles in reading order, `(article, sentence, stance)`:
/// what [`use_claim_keys`] moves through on an article or pair page.
pub fn claims_in(corpus: &Corpus, articles: &[usize]) -> Rc<[(usize, usize, Stance)]> {
    let mut claims: Vec<(usize, usize, Stance)> = articles
        .iter()
        .filter_map(|&a| Some((a, corpus.article(a)?)))
        .flat_map(|(a, article)| {
            article
                .claims
                .iter()
                .map(move |c| (a, c.sentence, c.stance))
        })
        .collect();
    parallax_engine::order::sort(&mut claims);
    claims.dedup();
    claims.into()
}

/// The stance and direction a key asks for: `a`/`A` accusations, `d`/`D`
/// denials (lower case forward, upper case backward).
pub fn key_request(key: &str) -> Option<(Stance, bool)> {
    match key {
        "a" => Some((Stance::Accusation, true)),
        "A" => Some((Stance::Accusation, false)),
        "d" => Some((Stance::Denial, true)),
        "D" => Some((Stance::Denial, false)),
        _ => None,
    }
}

/// While the component lives, `a`/`A`/`d`/`D` (outside text fields, without
/// Ctrl/Meta/Alt) call `on_move` with the claim to go to.
///
/// `claims` are in reading order (see [`next_claim`]); `current` is where the
/// reader is now. The listener is rebuilt only when these change.
#[hook]
pub fn use_claim_keys(
    claims: Rc<[(usize, usize, Stance)]>,
    current: Option<ClaimAt>,
    on_move: Callback<ClaimAt>,
) {
    use_effect_on((claims, current, on_move), |(claims, current, on_move)| {
        let (claims, current, on_move) = (claims.clone(), *current, on_move.clone());
        let listener = on_command_key(move |key| {
            let Some((stance, forward)) = key_request(key) else {
                return;
            };
            if let Some(at) = next_claim(&claims, current, stance, forward) {
                on_move.emit(at);
            }
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    const CLAIMS: [(usize, usize, Stance); 6] = [
        (0, 1, Accusation),
        (0, 3, Denial),
        (0, 5, CounterAccusation),
        (1, 0, Condemnation),
        (1, 2, Accusation),
        (2, 4, Denial),
    ];

    #[test]
    fn forward_finds_the_next_and_wraps() {
        assert_eq!(next_claim(&CLAIMS, None, Accusation, true), Some((0, 1)));
        assert_eq!(
            next_claim(&CLAIMS, Some((0, 1)), Accusation, true),
            Some((0, 5))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((0, 5)), Accusation, true),
            Some((1, 2))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((1, 2)), Accusation, true),
            Some((0, 1))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((0, 3)), Denial, true),
            Some((2, 4))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((2, 4)), Denial, true),
            Some((0, 3))
        );
    }

    #[test]
    fn backward_finds_the_previous_and_wraps() {
        assert_eq!(next_claim(&CLAIMS, None, Denial, false), Some((2, 4)));
        assert_eq!(
            next_claim(&CLAIMS, Some((2, 4)), Denial, false),
            Some((0, 3))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((0, 3)), Denial, false),
            Some((2, 4))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((1, 2)), Accusation, false),
            Some((0, 5))
        );
    }

    #[test]
    fn a_position_between_claims_still_orders() {
        assert_eq!(
            next_claim(&CLAIMS, Some((1, 1)), Accusation, true),
            Some((1, 2))
        );
        assert_eq!(
            next_claim(&CLAIMS, Some((1, 1)), Accusation, false),
            Some((0, 5))
        );
    }

    #[test]
    fn nothing_to_find() {
        assert_eq!(next_claim(&[], None, Denial, true), None);
        assert_eq!(
            next_claim(&CLAIMS, Some((0, 0)), Acknowledgment, true),
            None
        );
        let only = [(3, 3, Denial)];
        assert_eq!(next_claim(&only, Some((3, 3)), Denial, true), Some((3, 3)));
    }

    #[test]
    fn seed_claims_in_reading_order() {
        let corpus = Corpus::bundled();
        let claims = claims_in(&corpus, &[2, 0]);
        assert!(claims.windows(2).all(|w| w[0] < w[1]));
        assert!(claims.iter().any(|c| c.0 == 0) && claims.iter().any(|c| c.0 == 2));
        let first = next_claim(&claims, None, Denial, true);
        assert!(first.is_some(), "the seeds have a denial");
    }

    #[test]
    fn keys_map_to_stance_and_direction() {
        assert_eq!(key_request("a"), Some((Accusation, true)));
        assert_eq!(key_request("D"), Some((Denial, false)));
        assert_eq!(key_request("j"), None);
    }
}
