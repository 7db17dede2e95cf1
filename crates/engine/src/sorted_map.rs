//! A map kept as a list sorted by key, built in one go and then only read.
//!
//! Each `BTreeMap` key and value type brings its own copy of a dozen node functions (insert,
//! split, merge, drop, iterators: 2–4 KB of the app's wasm per type). The maps the app reads
//! (the app's own, and those of [`crate::Views`]) are built once from a list of pairs and then
//! looked up, so a sorted `Vec` does: the pairs are sorted by the engine's one shared sort
//! (`order.rs`), a lookup is a binary search, and the code per type is a few hundred bytes.
//! It travels as a map (serde's map, as a `BTreeMap` does), in key order.

use crate::order;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::collections::BTreeMap;

/// Pairs sorted by key, each key once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The map of `pairs`. Of pairs with equal keys the last one stays, as when they are
    /// inserted in turn into a map.
    pub fn last_wins(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut list: Vec<(K, V)> = Vec::new();
        for (key, value) in sorted(pairs) {
            match list.last_mut() {
                Some(last) if last.0 == key => last.1 = value,
                _ => list.push((key, value)),
            }
        }
        SortedMap(list)
    }

    /// The map of `pairs`. Of pairs with equal keys the first one stays (`or_insert`).
    pub fn first_wins(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut list: Vec<(K, V)> = Vec::new();
        for (key, value) in sorted(pairs) {
            if list.last().is_none_or(|last| last.0 != key) {
                list.push((key, value));
            }
        }
        SortedMap(list)
    }

    /// The value of `key`, if it has one.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let at = self.0.binary_search_by(|(k, _)| k.borrow().cmp(key)).ok()?;
        Some(&self.0[at].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.get(key).is_some()
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;

    /// The value of `key`; panics when it has none, as a `BTreeMap` does.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("a key of the map")
    }
}

impl<K: Ord, V> SortedMap<K, Vec<V>> {
    /// The values of `pairs` grouped by key, each group in the order of `pairs`
    /// (`entry(key).or_default().push(value)`).
    pub fn grouped(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut list: Vec<(K, Vec<V>)> = Vec::new();
        for (key, value) in sorted(pairs) {
            match list.last_mut() {
                Some(last) if last.0 == key => last.1.push(value),
                _ => list.push((key, vec![value])),
            }
        }
        SortedMap(list)
    }
}

impl<K, V> SortedMap<K, V> {
    /// The pairs in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// As [`SortedMap::last_wins`].
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        SortedMap::last_wins(pairs)
    }
}

impl<K: Ord, V> From<BTreeMap<K, V>> for SortedMap<K, V> {
    fn from(map: BTreeMap<K, V>) -> Self {
        // Already in key order, each key once.
        SortedMap(map.into_iter().collect())
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::deserialize(deserializer).map(SortedMap::from)
    }
}

/// `pairs` sorted by key, equal keys in their order (a stable sort).
fn sorted<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Vec<(K, V)> {
    let mut list: Vec<(K, V)> = pairs.into_iter().collect();
    order::sort_by(&mut list, |a, b| a.0.cmp(&b.0));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_wins_as_inserting_in_turn_does() {
        let map = SortedMap::last_wins([(3, "c"), (1, "a"), (3, "C"), (2, "b")]);
        let pairs: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(pairs, [(1, "a"), (2, "b"), (3, "C")]);
        assert_eq!(map.get(&3), Some(&"C"));
        assert_eq!(map.get(&4), None);
    }

    #[test]
    fn first_wins_keeps_the_first_value() {
        let map = SortedMap::first_wins([("b".to_string(), 1), ("a".into(), 2), ("b".into(), 3)]);
        assert_eq!(map.get("b"), Some(&1));
        assert!(map.contains_key("a"));
        assert!(!map.contains_key("c"));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn groups_keep_the_order_of_their_values() {
        let map = SortedMap::grouped([(2, 'x'), (1, 'y'), (2, 'z'), (1, 'w')]);
        let groups: Vec<_> = map.iter().map(|(k, v)| (*k, v.clone())).collect();
        assert_eq!(groups, [(1, vec!['y', 'w']), (2, vec!['x', 'z'])]);
        assert!(SortedMap::<u8, Vec<u8>>::grouped([]).is_empty());
    }

    #[test]
    fn it_travels_as_a_map_does() {
        let map = SortedMap::last_wins([("b".to_string(), 2), ("a".to_string(), 1)]);
        let tree: BTreeMap<String, i32> = map.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let json = serde_json::to_string(&map).unwrap();
        assert_eq!(json, serde_json::to_string(&tree).unwrap());
        let back: SortedMap<String, i32> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, map);
    }
}
