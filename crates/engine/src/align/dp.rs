//! Monotone sentence alignment by dynamic programming in a band around the diagonal.
//!
//! `best_path` maximises the sum of link scores over paths from `(0, 0)` to
//! `(n, m)` made of the moves 1:0, 0:1, 1:1, 1:2, 2:1, 2:2, 1:3 and 3:1. Short texts use
//! the full table; long ones a band of half-width `band` around the line from
//! corner to corner, so the cost stays linear in the text length. Should the
//! band miss the corner (texts whose order differs wildly), it is widened.

use std::ops::Range;

/// The allowed moves `(french sentences, english sentences)`.
pub(crate) const MOVES: [(usize, usize); 8] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
];

/// One link of a path: a range of French and a range of English sentences.
pub(crate) type Link = (Range<usize>, Range<usize>);

/// Tables at most this big (cells) are filled whole.
const FULL_TABLE_CELLS: usize = 40_000;

/// The best monotone path; `score(fr, en)` scores one link (either range may be empty).
pub(crate) fn best_path(
    n: usize,
    m: usize,
    band: usize,
    mut score: impl FnMut(Range<usize>, Range<usize>) -> f32,
) -> Vec<Link> {
    let mut half_width = if (n + 1) * (m + 1) <= FULL_TABLE_CELLS {
        n.max(m) + 1
    } else {
        band.max(4)
    };
    loop {
        if let Some(path) = banded(n, m, half_width, &mut score) {
            return path;
        }
        half_width *= 2;
    }
}

/// The rows of the band: for row `i`, the columns `lo[i]..=hi[i]`.
struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    offset: Vec<usize>,
}

impl Band {
    fn new(n: usize, m: usize, half_width: usize) -> Band {
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        let mut offset = Vec::with_capacity(n + 2);
        offset.push(0);
        for i in 0..=n {
            let centre = (i * m).checked_div(n).unwrap_or(0);
            let l = centre.saturating_sub(half_width);
            let h = (centre + half_width).min(m);
            lo.push(l);
            hi.push(h);
            offset.push(offset[i] + h - l + 1);
        }
        Band { lo, hi, offset }
    }

    fn cell(&self, i: usize, j: usize) -> Option<usize> {
        (j >= self.lo[i] && j <= self.hi[i]).then(|| self.offset[i] + j - self.lo[i])
    }

    fn cells(&self) -> usize {
        *self.offset.last().unwrap_or(&0)
    }
}

fn banded(
    n: usize,
    m: usize,
    half_width: usize,
    score: &mut impl FnMut(Range<usize>, Range<usize>) -> f32,
) -> Option<Vec<Link>> {
    let band = Band::new(n, m, half_width);
    let mut best = vec![f32::NEG_INFINITY; band.cells()];
    let mut came_by = vec![u8::MAX; band.cells()];
    best[band.cell(0, 0)?] = 0.0;
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            let here = band.cell(i, j)?;
            for (k, &(a, b)) in MOVES.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(from) = band.cell(i - a, j - b) else {
                    continue;
                };
                if best[from] == f32::NEG_INFINITY {
                    continue;
                }
                let total = best[from] + score(i - a..i, j - b..j);
                if total > best[here] {
                    best[here] = total;
                    came_by[here] = k as u8;
                }
            }
        }
    }
    let end = band.cell(n, m)?;
    if best[end] == f32::NEG_INFINITY {
        return None;
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (a, b) = MOVES[*came_by.get(band.cell(i, j)?)? as usize];
        path.push((i - a..i, j - b..j));
        i -= a;
        j -= b;
    }
    path.reverse();
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy scorer: French sentence `i` "means" the numbers in `fr[i]`, English likewise;
    /// a link scores the count of shared numbers minus a merge penalty.
    fn toy(fr: &[&[u32]], en: &[&[u32]], band: usize) -> Vec<(Vec<usize>, Vec<usize>)> {
        let score = |s: Range<usize>, t: Range<usize>| {
            if s.is_empty() || t.is_empty() {
                return 0.0;
            }
            let a: Vec<u32> = s.clone().flat_map(|i| fr[i].iter().copied()).collect();
            let b: Vec<u32> = t.clone().flat_map(|j| en[j].iter().copied()).collect();
            let shared = a.iter().filter(|x| b.contains(x)).count() as f32;
            let unmatched = (a.len() + b.len()) as f32 - 2.0 * shared;
            shared - 0.5 * unmatched - 0.3
        };
        best_path(fr.len(), en.len(), band, score)
            .into_iter()
            .map(|(s, t)| (s.collect(), t.collect()))
            .collect()
    }

    #[test]
    fn one_to_one_and_skips() {
        let path = toy(&[&[1], &[9], &[2]], &[&[1], &[2], &[8]], 8);
        assert_eq!(
            path,
            vec![
                (vec![0], vec![0]),
                (vec![1], vec![]),
                (vec![2], vec![1]),
                (vec![], vec![2])
            ]
        );
    }

    #[test]
    fn splits_and_merges() {
        // French 0 = English 0+1; French 1+2 = English 2; French 3+4 = English 3+4 (crossed halves).
        let path = toy(
            &[&[1, 2], &[3], &[4], &[5, 6], &[7, 8]],
            &[&[1], &[2], &[3, 4], &[5, 7], &[6, 8]],
            8,
        );
        assert_eq!(
            path,
            vec![
                (vec![0], vec![0, 1]),
                (vec![1, 2], vec![2]),
                (vec![3, 4], vec![3, 4])
            ]
        );
    }

    #[test]
    fn empty_sides() {
        assert!(toy(&[], &[], 4).is_empty());
        assert_eq!(toy(&[&[1]], &[], 4), vec![(vec![0], vec![])]);
        assert_eq!(toy(&[], &[&[1]], 4), vec![(vec![], vec![0])]);
    }

    #[test]
    fn narrow_band_still_reaches_the_corner() {
        let score = |s: Range<usize>, t: Range<usize>| if s.len() == t.len() { 1.0 } else { 0.0 };
        let path = banded(40, 3, 1, &mut { score }).expect("a band of 1 still connects");
        assert_eq!(path.iter().map(|(s, _)| s.len()).sum::<usize>(), 40);
        assert_eq!(path.iter().map(|(_, t)| t.len()).sum::<usize>(), 3);
    }

    #[test]
    fn long_texts_use_the_band_and_stay_on_the_diagonal() {
        let n = 700;
        let mut calls = 0usize;
        let path = best_path(n, n, 8, |s, t| {
            calls += 1;
            if s.len() == 1 && t.len() == 1 && s.start == t.start {
                1.0
            } else {
                0.0
            }
        });
        assert_eq!(path.len(), n);
        assert!(path.iter().all(|(s, t)| s == t));
        assert!(
            calls < n * 17 * MOVES.len(),
            "{calls} scores: the band was not used"
        );
    }
}
