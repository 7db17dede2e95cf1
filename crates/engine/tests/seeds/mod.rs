//! The three seed articles, compiled in as `(file name, text)`: one copy for the tests and
//! benches that run on them.

/// The seeds, in file order (000 and 003 are the same story in French and English).
pub const SEEDS: [(&str, &str); 3] = [
    (
        "000_83485029acf59cfb.txt",
        include_str!("../../../../seeds/000_83485029acf59cfb.txt"),
    ),
    (
        "002_f5e50ea9a2381cfb.txt",
        include_str!("../../../../seeds/002_f5e50ea9a2381cfb.txt"),
    ),
    (
        "003_e7624ea9e8843c03.txt",
        include_str!("../../../../seeds/003_e7624ea9e8843c03.txt"),
    ),
];
