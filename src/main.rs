//! Parallax entry point.
fn main() {}
