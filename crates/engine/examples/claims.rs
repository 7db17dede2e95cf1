//! Print the claims the engine finds in a text read from standard input, one line per
//! claim (`#sentence Stance speaker -> target (event) [cue]`), for trying a construction:
//! `echo "Russia denied the accusation." | cargo run -q --example claims`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("claims: standard input is not UTF-8 text");
        std::process::exit(2);
    }
    let analysis = parallax_engine::analyze_article("stdin.txt", &text);
    print!("{}", parallax_engine::debug::claims_lines(&analysis));
}
