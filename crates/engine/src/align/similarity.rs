//! How much a group of French sentences and a group of English sentences say
//! the same thing.
//!
//! Tokens of both articles are interned; a table records once which French
//! token may translate which English one (same entity id, same number, same
//! normalised word, a lexicon entry, or a cognate). The similarity of two
//! groups is then a weighted Dice coefficient: the share of token weight on
//! both sides that finds a counterpart on the other side. A Gale–Church
//! length probability is available as a weak extra signal.

use super::features::{SentenceFeatures, TokenKind};
use super::lexicon::lexicon;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

/// Interned tokens of one article.
#[derive(Debug, Default)]
struct Vocab {
    ids: HashMap<(TokenKind, String), u32>,
    tokens: Vec<(TokenKind, String)>,
}

impl Vocab {
    fn intern(&mut self, token: &(TokenKind, String)) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        let id = self.tokens.len() as u32;
        self.ids.insert(token.clone(), id);
        self.tokens.push(token.clone());
        id
    }
}

/// Sentence token ids of both articles and the table of possible translations.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// Per French sentence: distinct token ids, sorted.
    source: Vec<Vec<u32>>,
    /// Per English sentence: distinct token ids, sorted.
    target: Vec<Vec<u32>>,
    source_weight: Vec<f32>,
    target_weight: Vec<f32>,
    /// For each French token, the English tokens it may translate (sorted).
    source_matches: Vec<Vec<u32>>,
    /// For each English token, the French tokens it may translate (sorted).
    target_matches: Vec<Vec<u32>>,
    source_chars: Vec<usize>,
    target_chars: Vec<usize>,
    /// Buffers for `similarity`.
    scratch: RefCell<Scratch>,
}

impl Matcher {
    /// Build the matcher for French sentences `source` and English `target`.
    pub(crate) fn new(source: &[SentenceFeatures], target: &[SentenceFeatures]) -> Matcher {
        let mut fr = Vocab::default();
        let mut en = Vocab::default();
        let source_ids = intern_all(&mut fr, source);
        let target_ids = intern_all(&mut en, target);
        let (source_matches, target_matches) = match_tables(&fr, &en);
        Matcher {
            source: source_ids,
            target: target_ids,
            source_weight: fr.tokens.iter().map(|(k, _)| k.weight()).collect(),
            target_weight: en.tokens.iter().map(|(k, _)| k.weight()).collect(),
            source_matches,
            target_matches,
            source_chars: source.iter().map(|f| f.chars).collect(),
            target_chars: target.iter().map(|f| f.chars).collect(),
            scratch: RefCell::new(Scratch::new(fr.tokens.len(), en.tokens.len())),
        }
    }

    /// Number of French sentences.
    pub(crate) fn source_len(&self) -> usize {
        self.source.len()
    }

    /// Number of English sentences.
    pub(crate) fn target_len(&self) -> usize {
        self.target.len()
    }

    /// Weighted Dice similarity in `[0, 1]` of French sentences `src` with English `tgt`.
    pub(crate) fn similarity(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
        let (found_f, total_f, found_e, total_e) = self.coverage(src, tgt);
        if total_f + total_e == 0.0 {
            return 0.0;
        }
        (found_f + found_e) / (total_f + total_e)
    }

    /// The share of the French side's token weight that finds a translation on the
    /// English side, and the other way round.
    pub(crate) fn containment(&self, src: Range<usize>, tgt: Range<usize>) -> (f32, f32) {
        let (found_f, total_f, found_e, total_e) = self.coverage(src, tgt);
        let share = |found: f32, total: f32| if total > 0.0 { found / total } else { 0.0 };
        (share(found_f, total_f), share(found_e, total_e))
    }

    /// Matched and total token weight of each side: `(french found, french total,
    /// english found, english total)`.
    fn coverage(&self, src: Range<usize>, tgt: Range<usize>) -> (f32, f32, f32, f32) {
        let mut scratch = self.scratch.borrow_mut();
        let scratch = &mut *scratch;
        scratch.next_generation();
        let generation = scratch.generation;
        gather(
            &self.source,
            src,
            &mut scratch.source_seen,
            &mut scratch.source_ids,
            generation,
        );
        gather(
            &self.target,
            tgt,
            &mut scratch.target_seen,
            &mut scratch.target_ids,
            generation,
        );
        let (found_f, total_f) = covered(
            &scratch.source_ids,
            &self.source_weight,
            &self.source_matches,
            &scratch.target_seen,
            generation,
        );
        let (found_e, total_e) = covered(
            &scratch.target_ids,
            &self.target_weight,
            &self.target_matches,
            &scratch.source_seen,
            generation,
        );
        (found_f, total_f, found_e, total_e)
    }

    /// Gale–Church probability in `[0, 1]` that texts of these lengths translate each other.
    pub(crate) fn length_probability(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
        let l_fr: usize = src.filter_map(|i| self.source_chars.get(i)).sum();
        let l_en: usize = tgt.filter_map(|j| self.target_chars.get(j)).sum();
        gale_church(l_fr, l_en)
    }
}

/// Reusable buffers for `similarity`, which the aligner calls millions of times on
/// long texts: a token is "in the group" when its stamp equals the current generation,
/// so membership is O(1) and nothing is cleared or allocated between calls.
#[derive(Debug, Default)]
struct Scratch {
    generation: u32,
    source_seen: Vec<u32>,
    target_seen: Vec<u32>,
    source_ids: Vec<u32>,
    target_ids: Vec<u32>,
}

impl Scratch {
    fn new(source_vocab: usize, target_vocab: usize) -> Scratch {
        Scratch {
            generation: 0,
            source_seen: vec![0; source_vocab],
            target_seen: vec![0; target_vocab],
            source_ids: Vec::new(),
            target_ids: Vec::new(),
        }
    }

    fn next_generation(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.source_seen.fill(0);
            self.target_seen.fill(0);
            self.generation = 1;
        }
    }
}

/// Stamp the distinct tokens of sentences `range` with `generation` and list them in `ids`.
fn gather(
    sentences: &[Vec<u32>],
    range: Range<usize>,
    seen: &mut [u32],
    ids: &mut Vec<u32>,
    generation: u32,
) {
    ids.clear();
    let range = range.start.min(sentences.len())..range.end.min(sentences.len());
    for &id in sentences[range].iter().flatten() {
        if seen[id as usize] != generation {
            seen[id as usize] = generation;
            ids.push(id);
        }
    }
}

/// Weight of the tokens `ids` that have a translation stamped in `other_seen`, and their total.
fn covered(
    ids: &[u32],
    weights: &[f32],
    table: &[Vec<u32>],
    other_seen: &[u32],
    generation: u32,
) -> (f32, f32) {
    let mut total = 0.0;
    let mut found = 0.0;
    for &id in ids {
        let w = weights[id as usize];
        total += w;
        if table[id as usize]
            .iter()
            .any(|&t| other_seen[t as usize] == generation)
        {
            found += w;
        }
    }
    (found, total)
}

/// Expected English chars per French char, and the variance per char (Gale & Church 1993,
/// ratio measured on news: English runs about 10% shorter than French).
const EN_PER_FR: f32 = 0.9;
const VARIANCE_PER_CHAR: f32 = 6.8;

/// Two-sided probability that an English text of `l_en` chars renders a French one of `l_fr`.
pub(crate) fn gale_church(l_fr: usize, l_en: usize) -> f32 {
    if l_fr == 0 && l_en == 0 {
        return 1.0;
    }
    let mean = (l_fr as f32 + l_en as f32 / EN_PER_FR) / 2.0;
    let delta =
        (l_en as f32 - l_fr as f32 * EN_PER_FR) / (mean.max(1.0) * VARIANCE_PER_CHAR).sqrt();
    2.0 * (1.0 - standard_normal_cdf(delta.abs()))
}

/// Φ(x) by the Abramowitz–Stegun 7.1.26 approximation of erf (error below 1e-6).
fn standard_normal_cdf(x: f32) -> f32 {
    let z = x / std::f32::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z.abs());
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152_1 + t * 1.061_405_4))));
    let erf = 1.0 - poly * (-z * z).exp();
    let erf = if z < 0.0 { -erf } else { erf };
    0.5 * (1.0 + erf)
}

fn intern_all(vocab: &mut Vocab, sentences: &[SentenceFeatures]) -> Vec<Vec<u32>> {
    sentences
        .iter()
        .map(|s| {
            let mut ids: Vec<u32> = s.tokens.iter().map(|t| vocab.intern(t)).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect()
}

/// Which French tokens may translate which English ones, both ways.
fn match_tables(fr: &Vocab, en: &Vocab) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
    let lex = lexicon();
    // English words by first char, so cognate tests only compare plausible pairs.
    let mut by_initial: HashMap<char, Vec<u32>> = HashMap::new();
    for (id, (kind, text)) in en.tokens.iter().enumerate() {
        if *kind == TokenKind::Word {
            if let Some(c) = text.chars().next() {
                by_initial.entry(c).or_default().push(id as u32);
            }
        }
    }
    let mut source_matches = vec![Vec::new(); fr.tokens.len()];
    let mut target_matches = vec![Vec::new(); en.tokens.len()];
    for (f_id, token) in fr.tokens.iter().enumerate() {
        let mut found: Vec<u32> = Vec::new();
        match token.0 {
            TokenKind::Number | TokenKind::Entity => {
                if let Some(&e_id) = en.ids.get(token) {
                    found.push(e_id);
                }
            }
            TokenKind::Word => {
                let word = token.1.as_str();
                if let Some(c) = word.chars().next() {
                    for &e_id in by_initial.get(&c).map(Vec::as_slice).unwrap_or(&[]) {
                        if is_cognate(word, &en.tokens[e_id as usize].1) {
                            found.push(e_id);
                        }
                    }
                }
                for entry in lex.entries.iter().filter(|e| e.french.fits(word)) {
                    for (e_id, (kind, text)) in en.tokens.iter().enumerate() {
                        if *kind == TokenKind::Word && entry.english.iter().any(|p| p.fits(text)) {
                            found.push(e_id as u32);
                        }
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        for &e_id in &found {
            target_matches[e_id as usize].push(f_id as u32);
        }
        source_matches[f_id] = found;
    }
    (source_matches, target_matches)
}

/// Whether two normalised words look like the same word in French and English:
/// equal; a long shared prefix (`cyberattaques`/`cyber`, `infiltrer`/`infiltrate`);
/// or, same initial and similar length, a longest common subsequence covering most
/// of both (`gouvernement`/`government`, `ministere`/`ministry`).
pub(crate) fn is_cognate(fr: &str, en: &str) -> bool {
    if fr == en {
        return true;
    }
    let a: Vec<char> = fr.chars().collect();
    let b: Vec<char> = en.chars().collect();
    let shorter = a.len().min(b.len());
    if shorter < 4 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if prefix >= 4 && prefix as f32 >= 0.6 * shorter as f32 {
        return true;
    }
    if shorter < 5 || a[0] != b[0] || (a.len().max(b.len()) as f32) > 1.6 * shorter as f32 {
        return false;
    }
    2.0 * lcs(&a, &b) as f32 >= 0.75 * (a.len() + b.len()) as f32
}

fn lcs(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { up.max(row[j]) };
            diagonal = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cognates_and_false_friends() {
        for (fr, en) in [
            ("gouvernement", "government"),
            ("ministere", "ministry"),
            ("cyberattaques", "cyber"),
            ("infiltrer", "infiltrate"),
            ("entites", "entities"),
            ("nucleaires", "nuclear"),
            ("revele", "revealed"),
        ] {
            assert!(is_cognate(fr, en), "{fr} / {en}");
        }
        for (fr, en) in [
            ("presume", "president"),
            ("commentaire", "committee"),
            ("pays", "pass"),
        ] {
            assert!(!is_cognate(fr, en), "{fr} / {en}");
        }
    }

    #[test]
    fn gale_church_prefers_proportional_lengths() {
        assert!(gale_church(100, 90) > 0.9);
        assert!(gale_church(100, 20) < 0.01);
        assert!(gale_church(0, 0) > 0.99);
    }
}
