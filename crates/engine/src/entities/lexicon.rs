//! The word lists the entity rules use (`data/kb/lexicon.tsv`), parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Word lists by role; see the header of `lexicon.tsv`.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Titles before a person's name, as word sequences (`Prime Minister`).
    pub titles: Vec<Vec<String>>,
    /// Role nouns, lowercase.
    pub roles: HashSet<String>,
    /// Heads of organisation names, as written.
    pub org_heads: HashSet<String>,
    /// Last words that make a capitalised sequence an organisation.
    pub org_suffixes: HashSet<String>,
    /// Ministry portfolios as word sequences, with their id suffix.
    pub portfolios: Vec<(Vec<String>, String)>,
    /// Month names (lowercase, accents kept) -> month number, and whether the
    /// name may be written in lowercase (French) or must be capitalised (English).
    pub months: HashMap<String, (u32, bool)>,
    /// Season names (lowercase) -> English season.
    pub seasons: HashMap<String, String>,
    /// Words that make a following bare month a date, lowercase.
    pub month_cues: HashSet<String>,
    /// Words confirming an ambiguous threat-group or malware alias, lowercase.
    pub cues: HashSet<String>,
    /// All-capitals words that are not organisations.
    pub not_acronyms: HashSet<String>,
    /// Capitalised words that never start or end a name.
    pub stops: HashSet<String>,
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn parse(data: &str) -> Lexicon {
    let mut lx = Lexicon::default();
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (section, word) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let value = cols.next().unwrap_or("");
        match section {
            "title" => lx.titles.push(words(word)),
            "role" => {
                lx.roles.insert(word.to_lowercase());
            }
            "org_head" => {
                lx.org_heads.insert(word.to_string());
            }
            "org_suffix" => {
                lx.org_suffixes.insert(word.to_string());
            }
            "portfolio" => lx.portfolios.push((words(word), value.to_string())),
            "month" => {
                let lowercase_ok = word.chars().next().is_some_and(char::is_lowercase);
                lx.months.insert(
                    word.to_lowercase(),
                    (value.parse().unwrap_or(1), lowercase_ok),
                );
            }
            "season" => {
                lx.seasons.insert(word.to_lowercase(), value.to_string());
            }
            "month_cue" => {
                lx.month_cues.insert(word.to_lowercase());
            }
            "cue" => {
                lx.cues.insert(word.to_lowercase());
            }
            "not_acronym" => {
                lx.not_acronyms.insert(word.to_string());
            }
            "stop" => {
                lx.stops.insert(word.to_string());
            }
            _ => {}
        }
    }
    // Longest first, so "Prime Minister" is tried before "Minister".
    lx.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    lx.portfolios.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    lx
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(include_str!("../../data/kb/lexicon.tsv")))
}
