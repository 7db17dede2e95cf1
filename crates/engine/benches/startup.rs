//! Start-up cost of the engine: the first `analyze_corpus` on the three seeds
//! (which builds the knowledge base, the name automaton and the lexicons on
//! first use) against the second one (tables already built).
//!
//! Prints `engine_first_analysis_ms <N>`, `engine_second_analysis_ms <N>` and
//! their difference, the one-off cost of building the tables. The first call
//! can only be timed once per process, so the bench re-runs itself a few
//! times as a child process and reports the fastest first call (the machine
//! may be shared; the least disturbed run is the truest).
//!
//! Run with `cargo bench -p parallax-engine --bench startup`.

use parallax_engine::analyze_corpus;
use std::process::Command;
use std::time::Instant;

#[path = "../tests/seeds/mod.rs"]
mod seeds;
use seeds::SEEDS;
/// Child runs; each times one first call and the fastest of several later calls.
const RUNS: usize = 7;
const CHILD_FLAG: &str = "--startup-child";

/// Times the first call and the fastest of five later calls, in milliseconds.
fn child() -> (f64, f64) {
    let t = Instant::now();
    let first = analyze_corpus(&SEEDS);
    let first_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut second_ms = f64::INFINITY;
    for _ in 0..5 {
        let t = Instant::now();
        let again = analyze_corpus(&SEEDS);
        second_ms = second_ms.min(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(again.articles.len(), first.articles.len());
    }
    (first_ms, second_ms)
}

fn main() {
    if std::env::args().any(|a| a == CHILD_FLAG) {
        let (first, second) = child();
        println!("{first} {second}");
        return;
    }
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let mut firsts = Vec::new();
    let mut seconds = Vec::new();
    for _ in 0..RUNS {
        let out = Command::new(&exe)
            .arg(CHILD_FLAG)
            .output()
            .expect("the bench can run itself");
        let line = String::from_utf8_lossy(&out.stdout);
        let mut fields = line.split_whitespace().map(|f| f.parse::<f64>());
        if let (Some(Ok(first)), Some(Ok(second))) = (fields.next(), fields.next()) {
            firsts.push(first);
            seconds.push(second);
        }
    }
    if firsts.is_empty() {
        eprintln!("startup: no child run succeeded");
        std::process::exit(1);
    }
    firsts.sort_by(f64::total_cmp);
    seconds.sort_by(f64::total_cmp);
    let (first, second) = (firsts[0], seconds[0]);
    println!("engine_first_analysis_ms {first:.2} (three seeds, tables built on first use)");
    println!("engine_second_analysis_ms {second:.2} (same seeds, tables ready)");
    println!(
        "  start-up cost {:.2} ms; median first {:.2} ms over {} runs",
        first - second,
        firsts[firsts.len() / 2],
        firsts.len()
    );
}
