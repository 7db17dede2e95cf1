//! A profiling driver: analyses the throughput bench's articles (the seeds and the entity
//! fixtures) a few times each, as the bench does, for callgrind:
//! `cargo build --profile bench -p parallax-engine --example profile`, then
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=profile::measured
//! target/release/examples/profile [rounds]` counts the analyses after the warm-up only.

const ARTICLES: [&str; 6] = [
    include_str!("../../../seeds/000_83485029acf59cfb.txt"),
    include_str!("../../../seeds/002_f5e50ea9a2381cfb.txt"),
    include_str!("../../../seeds/003_e7624ea9e8843c03.txt"),
    include_str!("../tests/fixtures/entities_ru_ua.txt"),
    include_str!("../tests/fixtures/entities_nk_kr.txt"),
    include_str!("../tests/fixtures/entities_fr_anssi.txt"),
];

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
