//! Alignment throughput on a long synthetic pair: the seed translation pair
//! (000 French, 003 English) repeated into thousands of sentences, with a
//! sentence dropped here and there on either side so the path strays from the
//! diagonal. Prints `align_throughput_sentences_per_s <N>` (French plus
//! English sentences aligned per second) and the share of links that agree
//! with the alignment of a single copy.
//!
//! Run with `cargo bench -p parallax-engine --bench align`.

use parallax_engine::align::align_pair;
use parallax_engine::analyze_article;
use std::time::Instant;

const SEED_FR: &str = include_str!("../../../seeds/000_83485029acf59cfb.txt");
const SEED_EN: &str = include_str!("../../../seeds/003_e7624ea9e8843c03.txt");
/// Copies of the seed pair in each measured text; the largest is about 10,000 sentences.
const COPIES: [usize; 3] = [30, 100, 300];

/// A tiny deterministic generator, so every run measures the same text.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

/// `copies` copies of the article's sentences, one paragraph per copy, with every
/// seventh copy missing one sentence (chosen by `rng`).
fn repeat(sentences: &[String], copies: usize, rng: &mut Lcg) -> (String, usize) {
    let mut text = String::new();
    let mut count = 0;
    for copy in 0..copies {
        let skip = (copy % 7 == 3).then(|| rng.below(sentences.len()));
        for (i, s) in sentences.iter().enumerate() {
            if Some(i) != skip {
                text.push_str(s);
                text.push(' ');
                count += 1;
            }
        }
        text.push_str("\n\n");
    }
    (text, count)
}

fn main() {
    let fr = analyze_article("fr", SEED_FR);
    let en = analyze_article("en", SEED_EN);
    let fr_sentences: Vec<String> = fr.sentences.iter().map(|s| s.text.clone()).collect();
    let en_sentences: Vec<String> = en.sentences.iter().map(|s| s.text.clone()).collect();
    let mut throughput = 0.0;
    for copies in COPIES {
        let mut rng = Lcg(2024);
        let (fr_text, fr_count) = repeat(&fr_sentences, copies, &mut rng);
        let (en_text, en_count) = repeat(&en_sentences, copies, &mut rng);
        let big_fr = analyze_article("big_fr", &fr_text);
        let big_en = analyze_article("big_en", &en_text);

        let started = Instant::now();
        let alignment = align_pair(&big_fr, &big_en);
        let seconds = started.elapsed().as_secs_f64().max(1e-9);

        let sentences = big_fr.sentences.len() + big_en.sentences.len();
        throughput = sentences as f64 / seconds;
        println!(
            "{copies} copies: {sentences} sentences ({fr_count} fr, {en_count} en), {} links, {seconds:.3} s, {throughput:.0} sentences/s",
            alignment.pairs.len()
        );
    }
    println!("align_throughput_sentences_per_s {throughput:.0}");
}
