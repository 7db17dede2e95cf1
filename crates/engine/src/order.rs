//! One shared sort for the engine and the app, to keep the WebAssembly small.
//!
//! Every `sort_by` or `sort_by_key` call site (each closure is its own type) and every `sort()`
//! on a new element type makes the compiler emit a fresh copy of the standard library's sort,
//! about 4-5 KB of WebAssembly each: two dozen of them were ~100 KB of the app. These helpers
//! sort a list of *indices* with a comparator behind `&dyn`, so a single copy of the sort
//! serves every caller, then move the items into that order (a few hundred bytes per type).
//!
//! The result is exactly that of the standard stable sort: ties keep their order. Use them
//! where the sort is not hot; a tight loop sorting numbers is better served by
//! `sort_unstable`.

use std::cmp::Ordering;
use std::collections::BTreeSet;

/// Sorts `items` with `compare`, like `slice::sort_by` (stable).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if let Some(order) = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b])) {
        apply_order(items, order);
    }
}

/// Sorts `items` by `key`, like `slice::sort_by_key` (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, like `slice::sort` (stable).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The set of `items`. `collect()` into a `BTreeSet` sorts its input first, one more copy of
/// the sort per element type; inserting one by one reuses the set's own code.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The indices `0..len` in the order `compare` (on indices) gives, ties in index order, or
/// `None` when the items are in that order already (the claim rules' lists mostly are).
/// Not generic: this is the one sort that every helper shares (the check for a sorted list
/// lives here too, so that it costs the app's WebAssembly one copy). A plain bottom-up merge
/// sort (stable, `n log n` comparisons): the standard library's sorts are several KB of
/// WebAssembly each, this is a few hundred bytes.
fn sorted_indices(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..len).all(|k| compare(k - 1, k) != Ordering::Greater) {
        return None;
    }
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = len.min(start + width);
            let end = len.min(start + 2 * width);
            // Two runs already in order (as in a sorted list) are copied, not merged.
            if mid < end && compare(order[mid - 1], order[mid]) == Ordering::Greater {
                merge(
                    &order[start..mid],
                    &order[mid..end],
                    &mut merged[start..end],
                    compare,
                );
            } else {
                merged[start..end].copy_from_slice(&order[start..end]);
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    Some(order)
}

/// Merges the sorted runs `left` and `right` into `out` (their total length), taking from
/// `left` on ties so that equal items keep their order.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &dyn Fn(usize, usize) -> Ordering,
) {
    let (mut l, mut r) = (0, 0);
    for slot in out.iter_mut() {
        let take_left =
            r == right.len() || (l < left.len() && compare(left[l], right[r]) != Ordering::Greater);
        if take_left {
            *slot = left[l];
            l += 1;
        } else {
            *slot = right[r];
            r += 1;
        }
    }
}

/// Moves the item at `order[k]` to `k`, for every `k`, in place: each cycle of the
/// permutation is walked once, and `order` marks the places already filled.
fn apply_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut place = start;
        // The item first at `start` travels along the cycle until its own place.
        while order[place] != start && order[place] != place {
            let from = order[place];
            items.swap(place, from);
            order[place] = place;
            place = from;
        }
        order[place] = place;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_standard_stable_sort() {
        // Pairs sorted by their first half only, so ties show whether order is kept.
        let mut seed = 7u64;
        for len in 0..60 {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            let mut got = items.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, expected);
            let mut reversed = items.clone();
            reversed.sort_by_key(|p| std::cmp::Reverse(p.0));
            let mut got = items;
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            assert_eq!(got, reversed);
        }
    }

    #[test]
    fn long_sorted_reversed_and_tied_lists() {
        for len in [1000, 1025] {
            let sorted: Vec<usize> = (0..len).collect();
            let mut got = sorted.clone();
            sort(&mut got);
            assert_eq!(got, sorted);
            let mut got: Vec<usize> = (0..len).rev().collect();
            sort(&mut got);
            assert_eq!(got, sorted);
            // Ties in runs that are each in order: the stable order is kept across them.
            let mut got: Vec<(usize, usize)> = (0..len).map(|i| (i % 3, i)).collect();
            let mut expected = got.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn natural_order() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
    }
}
