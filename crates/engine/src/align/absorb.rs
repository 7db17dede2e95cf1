//! Redundant sentences: a translator sometimes adds a short sentence that only
//! restates part of its neighbour's source ("It was the first time Paris had
//! named the group."). Merging it barely moves the link's similarity, so the
//! path leaves it one-sided; this pass joins such a sentence to the adjacent
//! link when the other side of that link covers most of its content.

use super::dp::Link;
use std::ops::Range;

/// Most sentences one side of a link may hold after absorbing.
const MAX_GROUP: usize = 3;
/// How much a link's similarity may drop when it absorbs a sentence.
const MAX_SIMILARITY_DROP: f32 = 0.1;

/// Which side a one-sided link has its sentence on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lone {
    French(usize),
    English(usize),
}

fn lone(link: &Link) -> Option<Lone> {
    match (link.0.len(), link.1.len()) {
        (1, 0) => Some(Lone::French(link.0.start)),
        (0, 1) => Some(Lone::English(link.1.start)),
        _ => None,
    }
}

/// Join each one-sided sentence to an adjacent two-sided link whose other side covers
/// at least `threshold` of its content. `headline` says which French and English
/// sentences are headlines: those summarise the text and are never absorbed.
/// `containment(fr, en)` gives the share of each side's content translated on the
/// other; `similarity` scores a link.
pub(crate) fn absorb_lone(
    path: Vec<Link>,
    threshold: f32,
    headline: (&[bool], &[bool]),
    containment: impl Fn(Range<usize>, Range<usize>) -> (f32, f32),
    similarity: impl Fn(Range<usize>, Range<usize>) -> f32,
) -> Vec<Link> {
    let mut links: Vec<Option<Link>> = path.into_iter().map(Some).collect();
    for k in 0..links.len() {
        let Some(sentence) = links[k].as_ref().and_then(lone) else {
            continue;
        };
        let is_headline = match sentence {
            Lone::French(i) => headline.0.get(i),
            Lone::English(j) => headline.1.get(j),
        };
        if is_headline == Some(&true) {
            continue;
        }
        let mut best: Option<(f32, usize, Link)> = None;
        for n in [k.wrapping_sub(1), k + 1] {
            let Some(Some((s, t))) = links.get(n) else {
                continue;
            };
            if s.is_empty() || t.is_empty() {
                continue;
            }
            let (merged, covered) = match sentence {
                Lone::French(i) if s.end == i || s.start == i + 1 => {
                    let merged = (s.start.min(i)..s.end.max(i + 1), t.clone());
                    (merged, containment(i..i + 1, t.clone()).0)
                }
                Lone::English(j) if t.end == j || t.start == j + 1 => {
                    let merged = (s.clone(), t.start.min(j)..t.end.max(j + 1));
                    (merged, containment(s.clone(), j..j + 1).1)
                }
                _ => continue,
            };
            if merged.0.len() > MAX_GROUP || merged.1.len() > MAX_GROUP || covered < threshold {
                continue;
            }
            let before = similarity(s.clone(), t.clone());
            let after = similarity(merged.0.clone(), merged.1.clone());
            if after < before - MAX_SIMILARITY_DROP {
                continue;
            }
            if best.as_ref().is_none_or(|(c, _, _)| covered > *c) {
                best = Some((covered, n, merged));
            }
        }
        if let Some((_, n, merged)) = best {
            links[n] = Some(merged);
            links[k] = None;
        }
    }
    links.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restating_sentence_joins_its_neighbour() {
        // English 1 restates part of French 0; French 1 is unrelated to anything.
        let path: Vec<Link> = vec![(0..1, 0..1), (1..1, 1..2), (1..2, 2..2), (2..3, 2..3)];
        let containment = |s: Range<usize>, t: Range<usize>| {
            if s == (0..1) && t == (1..2) {
                (0.3, 0.8)
            } else {
                (0.1, 0.1)
            }
        };
        let fixed = absorb_lone(path.clone(), 0.6, (&[], &[]), containment, |_, _| 0.5);
        assert_eq!(fixed, vec![(0..1, 0..2), (1..2, 2..2), (2..3, 2..3)]);
        // Not when it is a headline.
        let headlines = [false, true, false];
        let kept = absorb_lone(path.clone(), 0.6, (&[], &headlines), containment, |_, _| {
            0.5
        });
        assert_eq!(kept, path);
    }
}
