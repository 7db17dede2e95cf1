//! The aligner's word data: stop words, hedges and a small French–English
//! lexicon, parsed once from `data/lexicons/bilingual_fr_en.txt`.
//!
//! Every word is stored in the normalised form the tokenizer produces
//! (lowercase, no accents), so lookups compare like with like.

use crate::article::Lang;
use crate::fold::fold_word;
use std::collections::HashSet;
use std::sync::OnceLock;

/// One side of a lexicon entry: an exact word or a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// The word itself.
    Exact(String),
    /// Any word starting with this.
    Prefix(String),
}

impl Pattern {
    fn parse(raw: &str) -> Option<Pattern> {
        let (stem, prefix) = match raw.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (raw, false),
        };
        let stem = fold_word(stem);
        if stem.is_empty() {
            return None;
        }
        Some(if prefix {
            Pattern::Prefix(stem)
        } else {
            Pattern::Exact(stem)
        })
    }

    /// Whether a normalised word fits the pattern.
    pub(crate) fn fits(&self, word: &str) -> bool {
        match self {
            Pattern::Exact(w) => word == w,
            Pattern::Prefix(p) => word.starts_with(p.as_str()),
        }
    }
}

/// A lexicon entry: a French pattern and the English patterns it translates to.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The French side.
    pub(crate) french: Pattern,
    /// The English side (any of these).
    pub(crate) english: Vec<Pattern>,
}

/// The parsed data file.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    stop_fr: HashSet<String>,
    stop_en: HashSet<String>,
    /// Normalised hedge words or phrases (words joined by one space), French.
    pub(crate) hedges_fr: Vec<Vec<String>>,
    /// The same for English.
    pub(crate) hedges_en: Vec<Vec<String>>,
    /// Phrases in which a hedge word is not a hedge (`alleged that`: a reporting verb), French.
    not_hedges_fr: Vec<Vec<String>>,
    /// The same for English.
    not_hedges_en: Vec<Vec<String>>,
    /// Translation entries, in file order.
    pub(crate) entries: Vec<Entry>,
}

impl Lexicon {
    /// Whether a normalised word is a function word in `lang`.
    pub(crate) fn is_stop(&self, lang: Lang, word: &str) -> bool {
        match lang {
            Lang::Fr => self.stop_fr.contains(word),
            Lang::En => self.stop_en.contains(word),
        }
    }

    /// The hedges of `lang`, each as a sequence of normalised words.
    pub(crate) fn hedges(&self, lang: Lang) -> &[Vec<String>] {
        match lang {
            Lang::Fr => &self.hedges_fr,
            Lang::En => &self.hedges_en,
        }
    }

    /// The phrases of `lang` that cancel a hedge they contain.
    pub(crate) fn not_hedges(&self, lang: Lang) -> &[Vec<String>] {
        match lang {
            Lang::Fr => &self.not_hedges_fr,
            Lang::En => &self.not_hedges_en,
        }
    }
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(include_str!("../../data/lexicons/bilingual_fr_en.txt")))
}

fn words_of(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .collect()
}

fn parse(data: &str) -> Lexicon {
    let mut lexicon = Lexicon::default();
    let mut section = String::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        match section.as_str() {
            "stop fr" => lexicon.stop_fr.extend(words_of(line)),
            "stop en" => lexicon.stop_en.extend(words_of(line)),
            "hedge fr" | "hedge en" => {
                let (list, not_list) = if section == "hedge fr" {
                    (&mut lexicon.hedges_fr, &mut lexicon.not_hedges_fr)
                } else {
                    (&mut lexicon.hedges_en, &mut lexicon.not_hedges_en)
                };
                match line.strip_prefix('!') {
                    Some(phrase) => not_list.push(words_of(phrase)),
                    None => list.push(words_of(line)),
                }
            }
            "lexicon" => {
                let mut sides = line.split_whitespace().filter_map(Pattern::parse);
                if let Some(french) = sides.next() {
                    let english: Vec<Pattern> = sides.collect();
                    if !english.is_empty() {
                        lexicon.entries.push(Entry { french, english });
                    }
                }
            }
            _ => {}
        }
    }
    lexicon.hedges_fr.retain(|h| !h.is_empty());
    lexicon.hedges_en.retain(|h| !h.is_empty());
    lexicon.not_hedges_fr.retain(|h| !h.is_empty());
    lexicon.not_hedges_en.retain(|h| !h.is_empty());
    lexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_parses_into_every_section() {
        let lex = lexicon();
        assert!(lex.is_stop(Lang::Fr, "les"));
        assert!(lex.is_stop(Lang::En, "the"));
        assert!(lex.hedges(Lang::Fr).iter().any(|h| h == &["presume"]));
        assert!(lex
            .hedges(Lang::En)
            .iter()
            .any(|h| h == &["according", "to"]));
        assert!(lex
            .entries
            .iter()
            .any(|e| e.french.fits("piratage") && e.english.iter().any(|p| p.fits("hackers"))));
    }
}
