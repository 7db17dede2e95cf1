//! The engine's workload for the speed bench, callable from JavaScript and from native code.
//!
//! `scripts/bench.sh` runs the very same function natively (`examples/native_throughput.rs`)
//! and compiled to wasm in headless Chromium, on the same input, so the ratio of the two
//! speeds measures the platform, not a difference in the work done.
#![deny(missing_docs)]

use wasm_bindgen::prelude::wasm_bindgen;

/// Analyse one article fully (parse, sentences, entities, claims) and return the number of
/// sentences, mentions and claims found, so the work cannot be optimised away.
#[wasm_bindgen]
pub fn analyze_len(text: &str) -> u32 {
    let analysis = parallax_engine::analyze_article("bench.txt", text);
    let found = analysis.sentences.len() + analysis.entities.len() + analysis.claims.len();
    u32::try_from(found).unwrap_or(u32::MAX)
}

/// The entity mentions of one article as a JSON array (`text`, `type`, `id`, offsets), for
/// scoring the wasm build's output against the evaluation's gold.
#[wasm_bindgen]
pub fn entities_json(text: &str) -> String {
    let analysis = parallax_engine::analyze_article("bench.txt", text);
    serde_json::to_string(&analysis.entities).unwrap_or_else(|_| "[]".to_string())
}
