//! A profiling driver: analyses the throughput bench's articles (the seeds and the entity
//! fixtures) a few times each, as the bench does, for callgrind:
//! `cargo build --profile bench -p parallax-engine --example profile`, then
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=profile::measured
//! target/release/examples/profile [rounds]` counts the analyses after the warm-up only.

#[path = "../benches/common/articles.rs"]
mod articles;
use articles::ARTICLES;

/// Times each article is analysed after the warm-up, unless the first argument says.
const ROUNDS: usize = 5;

fn main() {
    // Warm up: builds the knowledge-base automaton and lexicons once.
    let _ = parallax_engine::analyze_article("warmup.txt", ARTICLES[0]);
    let rounds = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(ROUNDS);
    println!("{} mentions", measured(rounds));
}

/// The analyses after the warm-up; the mentions they find.
#[inline(never)]
fn measured(rounds: usize) -> usize {
    let mut mentions = 0;
    for round in 0..rounds {
        for (i, a) in ARTICLES.iter().enumerate() {
            let analysis = parallax_engine::analyze_article(&format!("{round}_{i}.txt"), a);
            mentions += analysis.entities.len();
        }
    }
    mentions
}
