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

/// The trie of a set of patterns (non-empty byte strings), laid out for search:
/// the children of a node are contiguous, their bytes in one array scanned in order.
///
/// Nodes are numbered depth first, in preorder, and a node's edges are laid out when the
/// node is: below its first few bytes a name is a chain of nodes with one child each, and
/// its nodes and edges follow one another in memory, so reading a name reads ahead. (Laid
/// out breadth first, each step down was a read far from the last one.)
#[derive(Debug)]
pub struct Trie {
    /// The children of the root by first byte (`NONE` for none).
    root: Vec<u32>,
    /// Per node: the pattern ending there and its children's edges.
    nodes: Vec<Record>,
    /// The byte on each edge, the edges of a node together in increasing byte order.
    bytes: Vec<u8>,
    /// The node each edge leads to.
    targets: Vec<u32>,
}

/// A node as search reads it.
#[derive(Debug, Clone, Copy)]
struct Record {
    /// The pattern ending here, or `NONE`.
    pattern: u32,
    /// Its children's edges: a range of `Trie::bytes` and `Trie::targets`.
    from: u32,
    to: u32,
}

impl Trie {
    /// The trie of `patterns`; a match reports its pattern's index in this slice
    /// (the first one when a pattern is repeated).
    pub fn new(patterns: &[&str]) -> Self {
        // Sorted by bytes; a repeated pattern keeps its first index (ties go by index).
        let mut order: Vec<(&[u8], usize)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_bytes(), i))
            .collect();
        crate::order::sort(&mut order);
        let blank = |byte| Node {
            byte,
            first_child: NONE,
            next_sibling: NONE,
            pattern: NONE,
        };
        // At most one node per pattern byte; shared prefixes make it fewer.
        let bytes: usize = patterns.iter().map(|p| p.len()).sum();
        let mut nodes = Vec::with_capacity(bytes / 2 + 1);
        nodes.push(blank(0));
        // The nodes along the previous pattern: `path[d]` ends its first `d` bytes.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for (p, id) in order {
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
        Trie::lay_out(&nodes)
    }

    /// Renumber the built nodes depth first (see [`Trie`]).
    fn lay_out(nodes: &[Node]) -> Self {
        let mut trie = Trie {
            root: vec![NONE; 256],
            nodes: Vec::with_capacity(nodes.len()),
            bytes: Vec::with_capacity(nodes.len()),
            targets: Vec::with_capacity(nodes.len()),
        };
        // Built nodes still to number, the next on top, with the edge that leads to each
        // (`NONE` for the root).
        let mut stack: Vec<(u32, u32)> = vec![(0, NONE)];
        let mut children: Vec<(u32, u32)> = Vec::new();
        while let Some((old, edge)) = stack.pop() {
            let id = trie.nodes.len() as u32;
            if edge != NONE {
                trie.targets[edge as usize] = id;
            }
            let node = nodes[old as usize];
            let from = trie.bytes.len() as u32;
            children.clear();
            let mut c = node.first_child;
            while c != NONE {
                let child = nodes[c as usize];
                children.push((c, trie.bytes.len() as u32));
                trie.bytes.push(child.byte);
                trie.targets.push(NONE);
                c = child.next_sibling;
            }
            trie.nodes.push(Record {
                pattern: node.pattern,
                from,
                to: trie.bytes.len() as u32,
            });
            // The first child is numbered next, right after its parent.
            stack.extend(children.iter().rev());
        }
        let Record { from, to, .. } = trie.nodes[0];
        for e in from as usize..to as usize {
            trie.root[usize::from(trie.bytes[e])] = trie.targets[e];
        }
        trie
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
            let Record { pattern, from, to } = self.nodes[node as usize];
            if pattern != NONE {
                out.push((pattern as usize, i));
            }
            if i >= limit {
                break;
            }
            let (from, to) = (from as usize, to as usize);
            node = self.bytes[from..to]
                .iter()
                .position(|&b| b == text[i])
                .map_or(NONE, |e| self.targets[from + e]);
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
