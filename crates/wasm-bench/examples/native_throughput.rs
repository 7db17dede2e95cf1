//! Native throughput of the bench workload: `native_throughput MIN_BYTES FILE...`.
//!
//! Analyses the given articles in turn, round after round, until at least `MIN_BYTES` of
//! UTF-8 text have been analysed, then prints `native_mb_s <MB/s> bytes <n> secs <s>`
//! (MB = 10^6 bytes). The browser half of the bench (bench/run.mjs) does the same loop.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let min_bytes: usize = args
        .first()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000_000);
    let articles: Vec<String> = args[1.min(args.len())..]
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap_or_default())
        .filter(|text| !text.is_empty())
        .collect();
    if articles.is_empty() {
        eprintln!("usage: native_throughput MIN_BYTES FILE...");
        std::process::exit(2);
    }
    // One warm-up round loads the lexicons and knowledge base (parsed once, on first use).
    let mut checksum: u64 = 0;
    for text in &articles {
        checksum += u64::from(parallax_wasm_bench::analyze_len(text));
    }
    let started = Instant::now();
    let mut bytes = 0usize;
    while bytes < min_bytes {
        for text in &articles {
            checksum += u64::from(parallax_wasm_bench::analyze_len(text));
            bytes += text.len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "native_mb_s {:.2} bytes {bytes} secs {secs:.3} checksum {checksum}",
        bytes as f64 / 1e6 / secs
    );
}
