//! A byte trie of the folded knowledge-base names, searched anchored at word starts.
//!
//! The recogniser only asks "which names begin exactly here?", longest first, so a
//! plain trie does the job of an Aho-Corasick automaton without its failure links
//! or DFA tables, and it is built in one pass over the names sorted.

/// No node or no pattern.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// The byte on the edge into this node.
    byte: u8,
    /// First child (children are chained in increasing byte order), or `NONE`.
    first_child: u32,
    /// Next child of the same parent, or `NONE`.
    next_sibling: u32,
    /// The pattern ending at this node, or `NONE`.
    pattern: u32,
}

/// The trie of a set of patterns (non-empty byte strings).
#[derive(Debug)]
pub struct Trie {
    /// The children of the root by first byte (`NONE` for none).
    root: Vec<u32>,
    nodes: Vec<Node>,
}

impl Trie {
    /// The trie of `patterns`; a match reports its pattern's index in this slice
    /// (the first one when a pattern is repeated).
    pub fn new(patterns: &[&str]) -> Self {
        let mut order: Vec<usize> = (0..patterns.len()).collect();
        // Stable: a repeated pattern keeps its first index.
        order.sort_by(|&a, &b| patterns[a].as_bytes().cmp(patterns[b].as_bytes()));
        let blank = |byte| Node {
            byte,
            first_child: NONE,
            next_sibling: NONE,
            pattern: NONE,
        };
        let mut nodes = vec![blank(0)];
        // The nodes along the previous pattern: `path[d]` ends its first `d` bytes.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for id in order {
            let p = patterns[id].as_bytes();
            let common = prev.iter().zip(p).take_while(|(a, b)| a == b).count();
            // Sorted order: the previous pattern's node below the common prefix is the
            // last child so far of the common node; a new child goes after it.
            let mut sibling = path.get(common + 1).copied();
            path.truncate(common + 1);
            for &byte in &p[common..] {
                let node = nodes.len() as u32;
                nodes.push(blank(byte));
                let parent = path[path.len() - 1];
                match sibling.take() {
                    Some(s) => nodes[s as usize].next_sibling = node,
                    None => nodes[parent as usize].first_child = node,
                }
                path.push(node);
            }
            let end = &mut nodes[path[p.len()] as usize];
            if end.pattern == NONE && !p.is_empty() {
                end.pattern = id as u32;
            }
            prev = p;
        }
        let mut root = vec![NONE; 256];
        let mut child = nodes[0].first_child;
        while child != NONE {
            root[usize::from(nodes[child as usize].byte)] = child;
            child = nodes[child as usize].next_sibling;
        }
        Trie { root, nodes }
    }

    /// The patterns that `text[at..limit]` starts with, as (pattern, end offset),
    /// shortest first, written into `out` (cleared first).
    pub fn prefixes_at(&self, text: &[u8], at: usize, limit: usize, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let limit = limit.min(text.len());
        if at >= limit {
            return;
        }
        let mut node = self.root[usize::from(text[at])];
        let mut i = at + 1;
        while node != NONE {
            let n = self.nodes[node as usize];
            if n.pattern != NONE {
                out.push((n.pattern as usize, i));
            }
            let Some(&byte) = text.get(i).filter(|_| i < limit) else {
                break;
            };
            let mut child = n.first_child;
            while child != NONE && self.nodes[child as usize].byte < byte {
                child = self.nodes[child as usize].next_sibling;
            }
            node = match self.nodes.get(child as usize) {
                Some(c) if c.byte == byte => child,
                _ => NONE,
            };
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(trie: &Trie, text: &str, at: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        trie.prefixes_at(text.as_bytes(), at, text.len(), &mut out);
        out
    }

    #[test]
    fn every_name_starting_here_shortest_first() {
        let trie = Trie::new(&["washington post", "washington", "wa", "pékin", "x"]);
        assert_eq!(
            found(&trie, "the washington post", 4),
            [(2, 6), (1, 14), (0, 19)]
        );
        assert_eq!(found(&trie, "washingto", 0), [(2, 2)]);
        assert_eq!(found(&trie, "pékin", 0), [(3, 6)]);
        assert_eq!(found(&trie, "y", 0), []);
        let mut out = Vec::new();
        trie.prefixes_at(b"washington post", 0, 12, &mut out);
        assert_eq!(out, [(2, 2), (1, 10)]);
    }

    #[test]
    fn a_repeated_pattern_keeps_its_first_index() {
        let trie = Trie::new(&["ab", "a", "ab"]);
        assert_eq!(found(&trie, "abc", 0), [(1, 1), (0, 2)]);
    }
}
