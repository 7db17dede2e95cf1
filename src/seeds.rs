//! The articles bundled into the app, compiled in (the app never fetches anything).

/// `(file name, text)` of each bundled article, in library order.
pub const SEEDS: [(&str, &str); 3] = [
    (
        "000_83485029acf59cfb.txt",
        include_str!("../seeds/000_83485029acf59cfb.txt"),
    ),
    (
        "002_f5e50ea9a2381cfb.txt",
        include_str!("../seeds/002_f5e50ea9a2381cfb.txt"),
    ),
    (
        "003_e7624ea9e8843c03.txt",
        include_str!("../seeds/003_e7624ea9e8843c03.txt"),
    ),
];
