//! Throughput of the full analysis (`analyze_article`) on news-sized articles.
//!
//! Builds a corpus of at least 10 MB by cycling through the seed articles and
//! the entity fixtures (mixed French and English), analyses each article on
//! its own as the app does, and prints
//! `engine_throughput_native_mb_s <N> (target >= 50)` (the fastest of ten
//! rounds of about 1 MB; the median follows), then the throughput of each
//! stage alone so a slow stage can be found.
//!
//! Run with `cargo bench -p parallax-engine --bench throughput`.

use parallax_engine::text::Text;
use parallax_engine::{analyze_article, article, claims, entities, sentences};
use std::time::{Duration, Instant};

#[path = "common/articles.rs"]
mod articles;
use articles::ARTICLES;
const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn corpus() -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        let a = ARTICLES[out.len() % ARTICLES.len()];
        bytes += a.len();
        out.push(a);
    }
    out
}

/// CPU time this process has used (user + system), from `/proc/self/stat`
/// (Linux; 10 ms ticks, fine over seconds). None elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / d.as_secs_f64().max(1e-9)
}

fn main() {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(|a| a.len()).sum();
    // Warm up: builds the knowledge-base automaton and lexicons once.
    let _ = analyze_article("warmup.txt", ARTICLES[0]);

    // Ten rounds of about 1 MB each; the headline is the fastest round (the
    // machine is shared, and the least disturbed round is the truest), the
    // median is printed beside it.
    let rounds = 10;
    let per_round = corpus.len().div_ceil(rounds);
    let mut rates = Vec::new();
    let mut mentions = 0;
    let start = Instant::now();
    let cpu_start = cpu_time();
    for chunk in corpus.chunks(per_round) {
        let round_bytes: usize = chunk.iter().map(|a| a.len()).sum();
        let t = Instant::now();
        for (i, a) in chunk.iter().enumerate() {
            let analysis = analyze_article(&format!("{i}.txt"), a);
            mentions += analysis.entities.len();
        }
        rates.push(mb_per_s(round_bytes, t.elapsed()));
    }
    let full = start.elapsed();
    let cpu = cpu_time().zip(cpu_start).map(|(b, a)| b.saturating_sub(a));
    rates.sort_by(f64::total_cmp);
    println!(
        "engine_throughput_native_mb_s {:.1} (target >= 50)",
        rates[rates.len() - 1]
    );
    println!(
        "  median round {:.1} MB/s, whole run {:.1} MB/s: {} articles, {:.1} MB, {mentions} mentions",
        rates[rates.len() / 2],
        mb_per_s(bytes, full),
        corpus.len(),
        bytes as f64 / (1024.0 * 1024.0),
    );
    if let Some(cpu) = cpu {
        // On a busy machine wall time overstates; CPU time is what the analysis costs.
        println!("  per CPU second {:.1} MB/s", mb_per_s(bytes, cpu));
    }

    // Each stage alone over the whole corpus, in wall and CPU time.
    let clock = || (Instant::now(), cpu_time());
    let report = |name: &str, (wall, cpu): (Instant, Option<Duration>)| {
        let cpu = cpu_time().zip(cpu).map(|(b, a)| b.saturating_sub(a));
        let cpu_rate = cpu.map_or(String::new(), |c| {
            format!(", {:.1} MB/s per CPU second", mb_per_s(bytes, c))
        });
        println!(
            "  stage {name:<10} {:>8.1} MB/s{cpu_rate}",
            mb_per_s(bytes, wall.elapsed())
        );
    };
    let t = clock();
    let parsed: Vec<(Text, article::ParsedArticle)> = corpus
        .iter()
        .map(|a| {
            let text = Text::new(a);
            let parsed = article::parse(&text);
            (text, parsed)
        })
        .collect();
    report("article", t);
    let t = clock();
    let sents: Vec<_> = parsed
        .iter()
        .map(|(text, p)| sentences::split(text, &p.paragraphs, p.lang))
        .collect();
    report("sentences", t);
    let t = clock();
    let found: Vec<_> = parsed
        .iter()
        .zip(&sents)
        .map(|((text, p), s)| entities::recognise(text, &p.paragraphs, s, p.lang))
        .collect();
    report("entities", t);
    let t = clock();
    for (((text, p), s), f) in parsed.iter().zip(&sents).zip(&found) {
        let _ = claims::extract(text, s, f, p.lang);
    }
    report("claims", t);
}
