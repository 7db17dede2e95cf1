//! The worker's messages for some files, measured: `cargo run --release -p parallax-worker
//! --example wire_sizes -- FILE…` prints each message's kind and size, how long reading it
//! back takes here (natively) and the largest message.

use parallax_engine::{Analysis, ArticleAnalysis, Views};
use parallax_worker::{Assembler, Jobs, Reply, Request};
use serde::Deserialize;
use std::time::Instant;

/// The result's messages before the lean wire form (main at 9e81a1f): `WIRE_OLD=1` with
/// `WIRE_FROM` times reading those.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
enum Old {
    Article {
        job: u32,
        index: usize,
        article: ArticleAnalysis,
    },
    Done {
        job: u32,
        analysis: Analysis,
        views: Views,
    },
}

fn main() {
    let articles: Vec<(String, String)> = std::env::args()
        .skip(1)
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
            let file = path.rsplit('/').next().unwrap_or(&path).to_string();
            (file, text)
        })
        .collect();
    let texts: Vec<String> = articles.iter().map(|(_, t)| t.clone()).collect();
    let request = Request {
        job: 1,
        articles,
        export: None,
    };
    let mut messages = Vec::new();
    match std::env::var("WIRE_FROM") {
        // Messages dumped by an earlier run (WIRE_DUMP), to time their reading again.
        Ok(dir) => {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            paths.sort();
            messages = paths
                .iter()
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect();
        }
        Err(_) => Jobs::default().run_json(&serde_json::to_string(&request).unwrap(), |m| {
            messages.push(m)
        }),
    }
    if let Ok(dir) = std::env::var("WIRE_DUMP") {
        for (i, m) in messages.iter().enumerate() {
            std::fs::write(format!("{dir}/{i:03}.json"), m).unwrap();
        }
    }
    let mut assembler = Assembler::default();
    assembler.expect(1, texts);
    let (mut total, mut largest) = (0, 0);
    for message in &messages {
        let kind: String = message.chars().skip(2).take_while(|&c| c != '"').collect();
        let start = Instant::now();
        if std::env::var("WIRE_OLD").is_ok() {
            if let Ok(old) = serde_json::from_str::<Old>(message) {
                let ms = start.elapsed().as_secs_f64() * 1e3;
                println!("{kind:8} {:>9} bytes  parsed {ms:6.1} ms", message.len());
                drop(old);
            }
            continue;
        }
        let reply: Reply = serde_json::from_str(message).unwrap();
        let parsed = start.elapsed().as_secs_f64() * 1e3;
        let heard = assembler.hear(reply);
        let ms = start.elapsed().as_secs_f64() * 1e3;
        if ["article", "aligned", "linked", "done"].contains(&kind.as_str()) {
            println!(
                "{kind:8} {:>9} bytes  parsed {parsed:6.1} ms, with rebuild {ms:6.1} ms",
                message.len()
            );
        }
        total += message.len();
        largest = largest.max(message.len());
        drop(heard);
    }
    println!("total {total} bytes, largest {largest} bytes");
}
