//! A quick filter before the knowledge-base trie: the first bytes of
//! every name, so most word starts skip the search.

/// The starts of a set of names, as a 64K-bit table of hashed three-byte
/// prefixes (and exact two-byte names): a word start whose first bytes begin
/// no name skips the trie. False positives only cost a search.
pub struct Prefixes {
    three: Vec<u64>,
    two: Vec<u64>,
}

fn key3(a: u8, b: u8, c: u8) -> usize {
    (usize::from(a).wrapping_mul(961) + usize::from(b).wrapping_mul(31) + usize::from(c))
        .wrapping_mul(2_654_435_761)
        >> 8
        & 0xFFFF
}

fn key2(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

fn set(bits: &mut [u64], k: usize) {
    bits[k >> 6] |= 1 << (k & 63);
}

fn get(bits: &[u64], k: usize) -> bool {
    bits[k >> 6] & (1 << (k & 63)) != 0
}

impl Prefixes {
    /// The prefixes of these names.
    pub fn new<'p>(patterns: impl Iterator<Item = &'p str>) -> Self {
        let (mut three, mut two) = (vec![0u64; 1024], vec![0u64; 1024]);
        for p in patterns {
            match *p.as_bytes() {
                [a, b, c, ..] => set(&mut three, key3(a, b, c)),
                [a, b] => set(&mut two, key2(a, b)),
                _ => {}
            }
        }
        Prefixes { three, two }
    }

    /// Whether a name may start at byte `at` of `text`.
    pub fn may_start(&self, text: &[u8], at: usize) -> bool {
        let (Some(&a), Some(&b)) = (text.get(at), text.get(at + 1)) else {
            return false;
        };
        get(&self.two, key2(a, b))
            || text
                .get(at + 2)
                .is_some_and(|&c| get(&self.three, key3(a, b, c)))
    }
}
