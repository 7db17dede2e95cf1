//! The articles the throughput bench and the profiling driver analyse: the seeds and the
//! entity fixtures, French and English mixed.

pub const ARTICLES: [&str; 6] = [
    include_str!("../../../../seeds/000_83485029acf59cfb.txt"),
    include_str!("../../../../seeds/002_f5e50ea9a2381cfb.txt"),
    include_str!("../../../../seeds/003_e7624ea9e8843c03.txt"),
    include_str!("../../tests/fixtures/entities_ru_ua.txt"),
    include_str!("../../tests/fixtures/entities_nk_kr.txt"),
    include_str!("../../tests/fixtures/entities_fr_anssi.txt"),
];
