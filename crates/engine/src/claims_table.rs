//! The claims as a table people can open: CSV (RFC 4180) and a Markdown table.
//!
//! One row per claim, with the columns of [`HEADER`]. A claim and its translation stand on one
//! row, as the disputes page lists them ([`crate::disputes::translations`]: the same stance in
//! sentences the aligner linked; the French sentence under `french`, the English one under
//! `english`, the parties by their English display names and the event by its English title);
//! a claim without a counterpart fills only its own language's column. Rows follow the
//! articles' order, then the claims' order; a merged row stands where its first claim does.
//!
//! `link` is the reader app's deep link to the sentence: `#/pair/<fr>/<en>/<row>` when its
//! article is aligned with a translation (the row of the side-by-side view, which shows the
//! noise before the text in a row of its own), else `#/article/<stem>/<sentence>` (sentences
//! counted from 1).

use crate::article::{noise_around, Lang};
use crate::claims::Party;
use crate::disputes::pair_of;
use crate::{Analysis, Views};
use std::collections::BTreeMap;

/// The header row, in column order.
pub const HEADER: [&str; 10] = [
    "event",
    "event_title",
    "speaker_id",
    "speaker",
    "stance",
    "target_id",
    "target",
    "french",
    "english",
    "link",
];

/// What stands where the engine found no speaker: never a guessed name.
pub const SPEAKER_UNKNOWN: &str = "speaker unknown";

/// A claim's speaker as shown: its name, or [`SPEAKER_UNKNOWN`].
pub fn speaker_label(speaker: Option<&Party>) -> &str {
    speaker.map_or(SPEAKER_UNKNOWN, |p| p.name.as_str())
}

/// One row of the table: a claim, or a claim and its translation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClaimRow {
    /// The event's slug (`china_2020`).
    pub event: String,
    /// The event as a reader names it, in English (`Alleged Chinese cyberattacks, 2020`).
    pub event_title: String,
    /// The speaker's id; empty when the speaker is unknown.
    pub speaker_id: String,
    /// The speaker's name, or [`SPEAKER_UNKNOWN`].
    pub speaker: String,
    /// The stance (`accusation`, `counter_accusation`, `denial`…).
    pub stance: String,
    /// The target's id; empty when there is none.
    pub target_id: String,
    /// The target's name; empty when there is none.
    pub target: String,
    /// The French sentence, if a French article makes the claim.
    pub french: String,
    /// The English sentence, if an English article makes the claim.
    pub english: String,
    /// The app's deep link to the sentence.
    pub link: String,
}

impl ClaimRow {
    /// The cells in [`HEADER`] order.
    pub fn cells(&self) -> [&str; 10] {
        [
            &self.event,
            &self.event_title,
            &self.speaker_id,
            &self.speaker,
            &self.stance,
            &self.target_id,
            &self.target,
            &self.french,
            &self.english,
            &self.link,
        ]
    }
}

/// The claims of an analysis as a CSV document (RFC 4180: CRLF line ends, a header row).
pub fn to_csv(analysis: &Analysis) -> String {
    csv(&rows(analysis))
}

/// The claims of an analysis as a GitHub-flavoured Markdown table.
pub fn to_markdown(analysis: &Analysis) -> String {
    markdown(&rows(analysis))
}

/// The table's rows: one per claim, a claim and its translation on one row (see
/// [`crate::disputes::translations`]), the parties by their English display names.
pub fn rows(analysis: &Analysis) -> Vec<ClaimRow> {
    rows_with(analysis, &crate::views_of(analysis))
}

/// [`rows`] from views already derived (the app has them ready, see [`crate::views`]).
pub fn rows_with(analysis: &Analysis, views: &Views) -> Vec<ClaimRow> {
    let (claims, names, titles) = (&views.claims, &views.names, &views.titles);
    let links = sentence_links(analysis);
    let name_of = |party: &Party| {
        names
            .get(&party.id)
            .and_then(|n| n.in_lang(Lang::En))
            .map_or_else(|| party.name.clone(), |(n, _)| n.to_string())
    };
    claims
        .iter()
        .map(|claim| {
            let title = titles.get(&claim.about).and_then(|t| t.in_lang(Lang::En));
            ClaimRow {
                event: claim.about.clone(),
                event_title: title.map(|(t, _)| t.to_string()).unwrap_or_default(),
                speaker_id: claim
                    .speaker
                    .as_ref()
                    .map(|p| p.id.clone())
                    .unwrap_or_default(),
                speaker: claim
                    .speaker
                    .as_ref()
                    .map_or_else(|| SPEAKER_UNKNOWN.to_string(), name_of),
                stance: crate::webanno::to_label(&claim.stance),
                target_id: claim
                    .target
                    .as_ref()
                    .map(|p| p.id.clone())
                    .unwrap_or_default(),
                target: claim.target.as_ref().map(name_of).unwrap_or_default(),
                french: sentence_in(analysis, &claim.versions, Lang::Fr),
                english: sentence_in(analysis, &claim.versions, Lang::En),
                link: link_of(analysis, &claim.versions, &links),
            }
        })
        .collect()
}

/// The sentence of the version in `lang`, or nothing.
fn sentence_in(analysis: &Analysis, versions: &[(usize, usize)], lang: Lang) -> String {
    versions
        .iter()
        .find(|&&(a, _)| analysis.articles[a].lang == lang)
        .map(|&(a, c)| analysis.articles[a].claims[c].text.clone())
        .unwrap_or_default()
}

/// The link of the first version, in the pair of both versions when there are two.
fn link_of(
    analysis: &Analysis,
    versions: &[(usize, usize)],
    links: &BTreeMap<(usize, usize), Vec<(usize, String)>>,
) -> String {
    let (a, c) = versions[0];
    let sentence = analysis.articles[a].claims[c].sentence;
    let other = versions.iter().map(|&(b, _)| b).find(|&b| b != a);
    links
        .get(&(a, sentence))
        .and_then(|l| {
            l.iter()
                .find(|(b, _)| Some(*b) == other)
                .or_else(|| l.first())
        })
        .map(|(_, link)| link.clone())
        .unwrap_or_else(|| {
            // The app's sentence addresses count from 1.
            format!(
                "#/article/{}/{}",
                stem_of(&analysis.articles[a].file),
                sentence + 1
            )
        })
}

/// The stem of a file name, as the app's routes use it: the name without `.txt`.
pub fn stem_of(file: &str) -> &str {
    file.strip_suffix(".txt").unwrap_or(file)
}

/// The pair links of each aligned sentence: `(article, sentence)` -> `(other article, link)`,
/// one per alignment the article is in, in the alignments' order.
fn sentence_links(analysis: &Analysis) -> BTreeMap<(usize, usize), Vec<(usize, String)>> {
    let mut out: BTreeMap<(usize, usize), Vec<(usize, String)>> = BTreeMap::new();
    for alignment in &analysis.alignments {
        let Some((fr, en, source_is_fr)) = pair_of(analysis, &alignment.source, &alignment.target)
        else {
            continue;
        };
        let lead = |a: usize| !noise_around(&analysis.articles[a].paragraphs).0.is_empty();
        let offset = usize::from(lead(fr) || lead(en));
        let (fr_stem, en_stem) = (
            stem_of(&analysis.articles[fr].file),
            stem_of(&analysis.articles[en].file),
        );
        for (k, link) in alignment.pairs.iter().enumerate() {
            let href = format!("#/pair/{fr_stem}/{en_stem}/{}", offset + k);
            let (f, e) = if source_is_fr {
                (&link.source, &link.target)
            } else {
                (&link.target, &link.source)
            };
            for (article, other, sentences) in [(fr, en, f), (en, fr, e)] {
                for &s in sentences {
                    out.entry((article, s))
                        .or_default()
                        .push((other, href.clone()));
                }
            }
        }
    }
    out
}

/// Rows as CSV (RFC 4180): a header row, CRLF after every record, a field quoted when it holds
/// a comma, a quote, CR or LF, its quotes doubled. UTF-8, no byte-order mark.
pub fn csv(rows: &[ClaimRow]) -> String {
    let mut out = String::new();
    let mut record = |cells: &[&str]| {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    };
    record(&HEADER);
    for row in rows {
        record(&row.cells());
    }
    out
}

/// Rows as a GitHub-flavoured Markdown table with the [`HEADER`] columns. In cells, `\`, `|`
/// and `<` are escaped with a backslash (no cell can end the cell, or open HTML) and a line
/// break becomes `<br>`.
pub fn markdown(rows: &[ClaimRow]) -> String {
    let mut out = String::new();
    let mut line = |cells: &[&str], escape: bool| {
        out.push('|');
        for cell in cells {
            out.push(' ');
            if escape {
                out.push_str(&markdown_cell(cell));
            } else {
                out.push_str(cell);
            }
            out.push_str(" |");
        }
        out.push('\n');
    };
    line(&HEADER, false);
    line(&["---"; 10], false);
    for row in rows {
        line(&row.cells(), true);
    }
    out
}

/// One cell's text, safe inside a Markdown table row.
fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{AlignedPair, Alignment};
    use crate::claims::{Claim, Stance};
    use crate::ArticleAnalysis;

    fn party(id: &str, name: &str) -> Option<Party> {
        Some(Party {
            id: id.into(),
            name: name.into(),
        })
    }

    fn claim(sentence: usize, text: &str, speaker: Option<Party>, target: Option<Party>) -> Claim {
        Claim {
            sentence,
            text: text.into(),
            speaker,
            stance: Stance::Accusation,
            target,
            about: "china_2020".into(),
            cue: None,
        }
    }

    /// An article with these claims (its text is not needed by the table).
    fn article(file: &str, raw: &str, claims: Vec<Claim>) -> ArticleAnalysis {
        let mut analysis = crate::analyze_article(file, raw);
        analysis.entities.clear();
        analysis.claims = claims;
        analysis
    }

    fn link(source: Vec<usize>, target: Vec<usize>) -> AlignedPair {
        AlignedPair {
            source,
            target,
            confidence: 1.0,
            divergences: Vec::new(),
        }
    }

    /// A French and an English article, aligned sentence for sentence.
    fn pair(fr: Vec<Claim>, en: Vec<Claim>) -> Analysis {
        Analysis {
            articles: vec![
                article("fr.txt", "Le ministère a accusé la Chine. Il a nié.", fr),
                article("en.txt", "The ministry accused China. It denied it.", en),
            ],
            alignments: vec![Alignment {
                source: "fr.txt".into(),
                target: "en.txt".into(),
                confidence: 1.0,
                pairs: vec![link(vec![0], vec![0]), link(vec![1], vec![1])],
            }],
        }
    }

    #[test]
    fn a_claim_and_its_translation_share_a_row() {
        let analysis = pair(
            vec![claim(
                0,
                "Le ministère a accusé la Chine.",
                party("mfa", "ministère"),
                party("china", "Chine"),
            )],
            vec![claim(
                0,
                "The ministry accused China.",
                party("mfa", "ministry"),
                party("china", "China"),
            )],
        );
        let rows = rows(&analysis);
        assert_eq!(rows.len(), 1, "{rows:?}");
        let row = &rows[0];
        assert_eq!(row.french, "Le ministère a accusé la Chine.");
        assert_eq!(row.english, "The ministry accused China.");
        assert_eq!(
            (row.speaker.as_str(), row.target.as_str()),
            ("ministry", "China")
        );
        assert_eq!(
            (row.speaker_id.as_str(), row.stance.as_str()),
            ("mfa", "accusation")
        );
        assert_eq!(row.event_title, "Alleged Chinese cyberattacks, 2020");
        assert_eq!(row.link, "#/pair/fr/en/0");
    }

    #[test]
    fn claims_that_differ_or_are_not_aligned_stay_apart() {
        let fr = vec![
            claim(
                0,
                "Le ministère a accusé la Chine.",
                party("mfa", "ministère"),
                party("china", "Chine"),
            ),
            claim(1, "Il a nié.", None, party("china", "Chine")),
        ];
        let en = vec![
            // Another stance: not the same claim.
            Claim {
                stance: Stance::Condemnation,
                ..claim(
                    0,
                    "The ministry accused China.",
                    party("mfa", "ministry"),
                    party("china", "China"),
                )
            },
            // A denial, in a sentence not aligned with the French one.
            Claim {
                stance: Stance::Denial,
                ..claim(
                    0,
                    "The ministry accused China.",
                    party("mfa", "ministry"),
                    party("china", "China"),
                )
            },
        ];
        let rows = rows(&pair(fr, en));
        assert_eq!(rows.len(), 4, "{rows:?}");
        for row in &rows {
            assert!(row.french.is_empty() != row.english.is_empty(), "{row:?}");
        }
        let unknown = &rows[1];
        assert_eq!(
            (unknown.speaker.as_str(), unknown.speaker_id.as_str()),
            ("speaker unknown", "")
        );
        assert_eq!(unknown.link, "#/pair/fr/en/1");
    }

    #[test]
    fn an_article_without_translation_links_to_its_sentence() {
        let analysis = Analysis {
            articles: vec![article(
                "solo.txt",
                "Le ministère a accusé la Chine.",
                vec![claim(0, "x", None, None)],
            )],
            alignments: Vec::new(),
        };
        let rows = rows(&analysis);
        assert_eq!(rows[0].link, "#/article/solo/1");
        assert_eq!(rows[0].target, "");
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let row = ClaimRow {
            event: "plain".into(),
            event_title: "a, b".into(),
            french: "il a dit « non »,\npuis \"oui\"".into(),
            english: "cr\r\nlf".into(),
            ..ClaimRow::default()
        };
        let out = csv(&[row]);
        let mut lines = out.split("\r\n");
        assert_eq!(
            lines.next(),
            Some(
                "event,event_title,speaker_id,speaker,stance,target_id,target,french,english,link"
            )
        );
        assert_eq!(
            out.split_once("\r\n").map(|(_, rest)| rest),
            Some("plain,\"a, b\",,,,,,\"il a dit « non »,\npuis \"\"oui\"\"\",\"cr\r\nlf\",\r\n")
        );
        assert_eq!(csv(&[]), format!("{}\r\n", HEADER.join(",")));
    }

    #[test]
    fn markdown_escapes_pipes_and_line_breaks() {
        let row = ClaimRow {
            event: "a|b".into(),
            french: "one\ntwo\r\nthree".into(),
            english: "back\\slash <b>".into(),
            ..ClaimRow::default()
        };
        let out = markdown(&[row]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert_eq!(lines[0], format!("| {} |", HEADER.join(" | ")));
        assert_eq!(lines[1], format!("|{}", " --- |".repeat(10)));
        assert_eq!(
            lines[2],
            "| a\\|b |  |  |  |  |  |  | one<br>two<br>three | back\\\\slash \\<b> |  |"
        );
        // Ten cells: every unescaped pipe is a cell border.
        let borders = lines[2]
            .replace("\\\\", "")
            .replace("\\|", "")
            .matches('|')
            .count();
        assert_eq!(borders, 11);
    }

    #[test]
    fn seeds_merge_translated_claims() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds/");
        let read = |f: &str| std::fs::read_to_string(format!("{root}{f}")).expect("seed");
        let fr = read("000_83485029acf59cfb.txt");
        let en = read("003_e7624ea9e8843c03.txt");
        let analysis = crate::analyze_corpus(&[
            ("000_83485029acf59cfb.txt", &fr),
            ("003_e7624ea9e8843c03.txt", &en),
        ]);
        let rows = rows(&analysis);
        let claims: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
        let both = rows
            .iter()
            .filter(|r| !r.french.is_empty() && !r.english.is_empty())
            .count();
        assert!(both > 0);
        assert_eq!(rows.len() + both, claims, "every claim on exactly one row");
        for row in &rows {
            assert!(!row.event_title.contains('_'), "{row:?}");
            assert!(row
                .link
                .starts_with("#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03/"));
        }
    }
}
