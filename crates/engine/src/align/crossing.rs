//! Swapped sentences: a monotone path cannot link two sentences that trade
//! places between the versions, so it leaves both one-sided. This pass pairs
//! such leftovers when they sit close together on the path and clearly say
//! the same thing.

use super::dp::Link;

/// How many links apart two one-sided sentences may be and still be paired.
const WINDOW: usize = 4;

/// Pair one-sided French and English sentences that are near each other on `path` and
/// whose similarity reaches `threshold`, best pairs first. The new link replaces the
/// French sentence's one-sided link and the English one is dropped; links are then
/// ordered by French position, then English.
pub(crate) fn pair_crossed(
    path: Vec<Link>,
    threshold: f32,
    similarity: impl Fn(usize, usize) -> f32,
) -> Vec<Link> {
    let lone_fr: Vec<(usize, usize)> = path
        .iter()
        .enumerate()
        .filter(|(_, (s, t))| s.len() == 1 && t.is_empty())
        .map(|(k, (s, _))| (k, s.start))
        .collect();
    let lone_en: Vec<(usize, usize)> = path
        .iter()
        .enumerate()
        .filter(|(_, (s, t))| s.is_empty() && t.len() == 1)
        .map(|(k, (_, t))| (k, t.start))
        .collect();
    let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
    for (fi, &(kf, i)) in lone_fr.iter().enumerate() {
        for (ei, &(ke, j)) in lone_en.iter().enumerate() {
            if kf.abs_diff(ke) <= WINDOW {
                let sim = similarity(i, j);
                if sim >= threshold {
                    candidates.push((sim, fi, ei));
                }
            }
        }
    }
    if candidates.is_empty() {
        return path;
    }
    // Best first; ties by position, so the result never depends on anything but the input.
    crate::order::sort_by(&mut candidates, |a, b| {
        b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    let mut fr_taken = vec![false; lone_fr.len()];
    let mut en_taken = vec![false; lone_en.len()];
    let mut replace: Vec<Option<Link>> = vec![None; path.len()];
    let mut drop = vec![false; path.len()];
    for (_, fi, ei) in candidates {
        if fr_taken[fi] || en_taken[ei] {
            continue;
        }
        fr_taken[fi] = true;
        en_taken[ei] = true;
        let (kf, i) = lone_fr[fi];
        let (ke, j) = lone_en[ei];
        replace[kf] = Some((i..i + 1, j..j + 1));
        drop[ke] = true;
    }
    let mut fixed: Vec<Link> = path
        .into_iter()
        .zip(replace.into_iter().zip(drop))
        .filter(|(_, (_, dropped))| !dropped)
        .map(|(link, (new, _))| new.unwrap_or(link))
        .collect();
    // French order first, then English: the path's own order, with each crossed link
    // at its French sentence (a one-sided link's empty range still marks its place).
    crate::order::sort_by_key(&mut fixed, |(s, t)| (s.start, t.start));
    fixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_sentences_are_paired() {
        // French 1 = English 2 and French 2 = English 1, left one-sided by the monotone path.
        let path: Vec<Link> = vec![
            (0..1, 0..1),
            (1..2, 1..1),
            (2..3, 1..2),
            (3..3, 2..3),
            (3..4, 3..4),
        ];
        let sim = |i: usize, j: usize| if (i, j) == (1, 2) { 0.8 } else { 0.1 };
        let fixed = pair_crossed(path, 0.4, sim);
        assert_eq!(
            fixed,
            vec![(0..1, 0..1), (1..2, 2..3), (2..3, 1..2), (3..4, 3..4)]
        );
    }

    #[test]
    fn distant_or_weak_leftovers_stay_one_sided() {
        let path: Vec<Link> = vec![(0..1, 0..0), (1..2, 0..1), (2..2, 1..2)];
        assert_eq!(pair_crossed(path.clone(), 0.4, |_, _| 0.3), path);
    }
}
