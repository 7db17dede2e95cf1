//! The worker's messages for some files, measured: `cargo run --release -p parallax-worker
//! --example wire_sizes -- FILE…` prints each result message's kind and size, how long reading
//! it back takes here (natively) and the largest message.

use parallax_worker::{decode, Assembler, Jobs, Reply, Request};
use std::time::Instant;

/// A reply's kind, for the listing.
fn kind(reply: &Reply) -> &'static str {
    match reply {
        Reply::Article { .. } => "article",
        Reply::Aligned { .. } => "aligned",
        Reply::Linked { .. } => "linked",
        Reply::Done { .. } => "done",
        _ => "progress",
    }
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
    Jobs::default().run_request(&request, |m| messages.push(m));
    let mut assembler = Assembler::default();
    assembler.expect(1, texts);
    let (mut total, mut largest) = (0, 0);
    for message in &messages {
        let start = Instant::now();
        let reply: Reply = decode(message).expect("a reply the worker wrote");
        let parsed = start.elapsed().as_secs_f64() * 1e3;
        let kind = kind(&reply);
        let heard = assembler.hear(reply);
        let ms = start.elapsed().as_secs_f64() * 1e3;
        if kind != "progress" {
            println!(
                "{kind:8} {:>9} bytes  read {parsed:6.1} ms, with rebuild {ms:6.1} ms",
                message.len()
            );
        }
        total += message.len();
        largest = largest.max(message.len());
        drop(heard);
    }
    println!("total {total} bytes, largest {largest} bytes");
}
