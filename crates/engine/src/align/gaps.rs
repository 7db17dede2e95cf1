//! Sandwiched gaps: between two links the path trusts, a sentence or two left one-sided on
//! each side are the same passage translated freely (« Qu'en dit Lyon ? » / "How does the city
//! respond?"; a question and its reply reworded). A translator drops a sentence and
//! adds another at the very same place far more rarely than they reword one, so this pass
//! links such a gap's sentences to each other, when their lengths fit a translation and
//! they name the same numbers and things (an added sentence about something else names
//! what the other side's does not).

use super::dp::Link;
use std::ops::Range;

/// Most sentences of one side a gap may hold to be linked whole: beyond, the versions
/// differ by more than a rewording (a passage cut or added), which the path already shows.
const MAX_GAP_SIDE: usize = 2;
/// Most sentences of both sides together (a 2:1 or 1:2 link at most, never 2:2).
const MAX_GAP_TOTAL: usize = 3;

/// Link the one-sided sentences of each gap between two two-sided links (or between one
/// and the text's start or end) when each side of the gap holds one or two sentences, none
/// a headline, and `fits(fr, en)` (their lengths, their names) says they may translate each
/// other.
pub(crate) fn fill_gaps(
    path: Vec<Link>,
    headline: (&[bool], &[bool]),
    fits: impl Fn(Range<usize>, Range<usize>) -> bool,
) -> Vec<Link> {
    let two_sided = |l: &Link| !l.0.is_empty() && !l.1.is_empty();
    let mut out: Vec<Link> = Vec::with_capacity(path.len());
    let mut k = 0;
    while k < path.len() {
        if two_sided(&path[k]) {
            out.push(path[k].clone());
            k += 1;
            continue;
        }
        // The run of one-sided links from k.
        let end = (k..path.len())
            .find(|&n| two_sided(&path[n]))
            .unwrap_or(path.len());
        let run = &path[k..end];
        let span = |side: fn(&Link) -> &Range<usize>| {
            let starts = run.iter().map(side).filter(|r| !r.is_empty());
            let start = starts.clone().map(|r| r.start).min();
            let stop = starts.map(|r| r.end).max();
            start.zip(stop).map(|(a, b)| a..b).unwrap_or(0..0)
        };
        let (fr, en) = (span(|l| &l.0), span(|l| &l.1));
        let sized = (1..=MAX_GAP_SIDE).contains(&fr.len())
            && (1..=MAX_GAP_SIDE).contains(&en.len())
            && fr.len() + en.len() <= MAX_GAP_TOTAL;
        let no_headline = fr.clone().all(|i| headline.0.get(i) != Some(&true))
            && en.clone().all(|j| headline.1.get(j) != Some(&true));
        if sized && no_headline && fits(fr.clone(), en.clone()) {
            out.push((fr, en));
        } else {
            out.extend(run.iter().cloned());
        }
        k = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(links: &[(Range<usize>, Range<usize>)]) -> Vec<Link> {
        links.to_vec()
    }

    #[test]
    fn a_sandwiched_pair_of_lone_sentences_is_linked() {
        let p = path(&[(0..1, 0..1), (1..2, 1..1), (2..2, 1..2), (2..3, 2..3)]);
        let filled = fill_gaps(p, (&[], &[]), |_, _| true);
        assert_eq!(filled, path(&[(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]));
    }

    #[test]
    fn a_wide_gap_a_headline_or_lengths_apart_stay_one_sided() {
        // Two French sentences and two English ones: a passage rewritten, not reworded.
        let wide = path(&[(0..2, 0..0), (2..2, 0..2), (2..3, 2..3)]);
        assert_eq!(fill_gaps(wide.clone(), (&[], &[]), |_, _| true), wide);
        let lone = path(&[(0..1, 0..0), (1..1, 0..1), (1..2, 1..2)]);
        assert_eq!(fill_gaps(lone.clone(), (&[true], &[]), |_, _| true), lone);
        assert_eq!(fill_gaps(lone.clone(), (&[], &[]), |_, _| false), lone);
        // One side only: a sentence one version lacks.
        let one_side = path(&[(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)]);
        assert_eq!(
            fill_gaps(one_side.clone(), (&[], &[]), |_, _| true),
            one_side
        );
    }
}
