//! Sorted lists for the app: the engine's [`SortedMap`] (a map built once and then read, one
//! copy of its code for the engine's views and the app's own maps), and sets as sorted lists.

use parallax_engine::order;

pub use parallax_engine::sorted_map::SortedMap;

/// `items` sorted, each once: a set as a sorted list.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut list: Vec<T> = items.into_iter().collect();
    order::sort(&mut list);
    list.dedup();
    list
}

/// How many items two sets (sorted lists, each item once) share.
pub fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_sorted_and_count_what_they_share() {
        let a = set_of(["b", "a", "c", "a"]);
        assert_eq!(a, ["a", "b", "c"]);
        assert_eq!(shared(&a, &set_of(["c", "d", "a"])), 2);
        assert_eq!(shared(&a, &[]), 0);
    }
}
