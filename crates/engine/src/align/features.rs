//! What the aligner sees of a sentence: its content words, numbers, entity
//! ids, quotations, hedges and length.
//!
//! Words are the one tokenizer's (`crate::tokens`), read in parts (`cyber-attaque`
//! is two words), lowercased and stripped of accents so that French and English
//! spellings of a name or cognate meet (`Israël`/`Israel`, `présumé`). Numbers
//! are normalised across conventions: `35 000`, `35,000` and `35000` are one
//! number, `2,5` (French) and `2.5` (English) another.

use super::lexicon::lexicon;
use crate::article::Lang;
use crate::fold::fold_word;
use crate::{ArticleAnalysis, EntityType, Sentence};

/// What a token stands for; the kinds never match each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum TokenKind {
    /// A content word (normalised).
    Word,
    /// A number (normalised).
    Number,
    /// An entity id from the recogniser's mentions.
    Entity,
}

impl TokenKind {
    /// How much evidence a match of this kind carries: numbers and entity ids
    /// are rarer and more reliable than words.
    pub(crate) fn weight(self) -> f32 {
        match self {
            TokenKind::Word => 1.0,
            TokenKind::Number => 2.0,
            TokenKind::Entity => 2.0,
        }
    }
}

/// The alignment features of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceFeatures {
    /// Distinct content tokens, sorted.
    pub(crate) tokens: Vec<(TokenKind, String)>,
    /// Length in chars.
    pub(crate) chars: usize,
    /// Distinct normalised numbers, sorted.
    pub(crate) numbers: Vec<String>,
    /// Distinct entities (id, type), sorted.
    pub(crate) entities: Vec<(String, EntityType)>,
    /// Quoted passages, in text order.
    pub(crate) quotes: Vec<String>,
    /// Hedges found (as written in the data file, normalised), in data order.
    pub(crate) hedges: Vec<String>,
}

/// Features of every sentence of an article.
pub(crate) fn article_features(article: &ArticleAnalysis) -> Vec<SentenceFeatures> {
    article
        .sentences
        .iter()
        .map(|s| sentence_features(s, article))
        .collect()
}

fn sentence_features(sentence: &Sentence, article: &ArticleAnalysis) -> SentenceFeatures {
    let lang = article.lang;
    let lex = lexicon();
    let chars: Vec<char> = sentence.text.chars().collect();
    let mut tokens = Vec::new();
    let mut numbers = Vec::new();
    let mut all_words = Vec::new();
    // Chars before `i` are read: a number may run past its word ("35 000") or stop
    // inside it ("19h5": the hour, then the word "5").
    let mut i = 0;
    crate::tokens::scan(&sentence.text, |t| {
        if !t.word || t.char_end <= i {
            return;
        }
        let from = t.char_start.max(i);
        if from == t.char_start && chars[from].is_ascii_digit() {
            let (number, next) = scan_number(&chars, from, lang);
            if next >= chars.len() || !chars[next].is_alphabetic() {
                numbers.push(number.clone());
                tokens.push((TokenKind::Number, number));
                i = next;
                return;
            }
        }
        let raw: String = chars[from..t.char_end].iter().collect();
        let word = fold_word(&raw);
        let acronym = raw.chars().count() >= 2 && raw.chars().all(|c| !c.is_lowercase());
        if acronym || (word.chars().count() >= 3 && !lex.is_stop(lang, &word)) {
            tokens.push((TokenKind::Word, word.clone()));
        }
        all_words.push(word);
        i = t.char_end;
    });
    // Mentions are sorted by start: find the sentence's first one by binary search.
    let first = article
        .entities
        .partition_point(|m| m.start < sentence.start);
    let mut entities: Vec<(String, EntityType)> = article.entities[first..]
        .iter()
        .take_while(|m| m.start < sentence.end)
        .filter(|m| m.end <= sentence.end && !m.id.is_empty())
        .map(|m| (m.id.clone(), m.kind))
        .collect();
    crate::order::sort(&mut entities);
    entities.dedup();
    tokens.extend(
        entities
            .iter()
            .map(|(id, _)| (TokenKind::Entity, id.clone())),
    );
    crate::order::sort(&mut tokens);
    tokens.dedup();
    crate::order::sort(&mut numbers);
    numbers.dedup();
    SentenceFeatures {
        tokens,
        chars: chars.len(),
        numbers,
        entities,
        quotes: quotations(&chars),
        hedges: hedges_in(&all_words, lang),
    }
}

/// Read the number starting at `start`; returns it normalised and the index after it.
fn scan_number(chars: &[char], start: usize, lang: Lang) -> (String, usize) {
    let digits_from = |i: usize| {
        chars[i.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = String::new();
    let mut i = start;
    let run = digits_from(i);
    out.extend(&chars[i..i + run]);
    i += run;
    // A time of day: `19:00` and `19h` read as 19, `19h30` and `19:30` as 19:30.
    let minutes =
        |i: usize| (digits_from(i) == 2).then(|| chars[i..i + 2].iter().collect::<String>());
    let hour_mark = match (chars.get(i), chars.get(i + 1)) {
        (Some(':'), _) => minutes(i + 1).map(|m| (m, i + 3)),
        (Some('h'), next) if !next.is_some_and(|c| c.is_alphabetic()) => {
            Some(minutes(i + 1).map_or((String::from("00"), i + 1), |m| (m, i + 3)))
        }
        _ => None,
    };
    if let Some((m, next)) = hour_mark {
        if m != "00" {
            out.push(':');
            out.push_str(&m);
        }
        return (out, next);
    }
    let mut decimal = false;
    while i + 1 < chars.len() {
        let sep = chars[i];
        let run = digits_from(i + 1);
        if run == 0 {
            break;
        }
        let group_of_three = run == 3;
        let thousands = group_of_three
            && match sep {
                ' ' | '\u{a0}' | '\u{202f}' => true,
                ',' => lang == Lang::En,
                '.' => lang == Lang::Fr,
                _ => false,
            };
        let is_decimal = !decimal
            && match sep {
                ',' => lang == Lang::Fr || !group_of_three,
                '.' => lang == Lang::En || !group_of_three,
                _ => false,
            };
        if thousands {
            out.extend(&chars[i + 1..i + 1 + run]);
        } else if is_decimal {
            decimal = true;
            out.push('.');
            out.extend(&chars[i + 1..i + 1 + run]);
        } else {
            break;
        }
        i += 1 + run;
    }
    (out, i)
}

/// The text inside each pair of quotation marks (« », “ ”, "), trimmed.
fn quotations(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, &c) in chars.iter().enumerate() {
        match open {
            None if matches!(c, '«' | '“' | '"' | '„') => open = Some((c, i)),
            Some((o, from)) if closes(o, c) => {
                let inner: String = chars[from + 1..i].iter().collect();
                let inner = inner.trim().to_string();
                if !inner.is_empty() {
                    out.push(inner);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn closes(open: char, c: char) -> bool {
    match open {
        '«' => c == '»',
        '“' | '„' => c == '”',
        '"' => c == '"',
        _ => false,
    }
}

/// The hedges of `lang` that occur in the word sequence, other than inside a phrase
/// that cancels them (`alleged that`).
fn hedges_in(words: &[String], lang: Lang) -> Vec<String> {
    let lex = lexicon();
    let at = |phrase: &[String], p: usize| words.get(p..p + phrase.len()) == Some(phrase);
    let cancelled = |p: usize, len: usize| {
        lex.not_hedges(lang).iter().any(|not| {
            (p.saturating_sub(not.len())..=p).any(|q| q + not.len() >= p + len && at(not, q))
        })
    };
    lex.hedges(lang)
        .iter()
        .filter(|hedge| (0..words.len()).any(|p| at(hedge, p) && !cancelled(p, hedge.len())))
        .map(|hedge| hedge.join(" "))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(s: &str, lang: Lang) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                let (n, next) = scan_number(&chars, i, lang);
                out.push(n);
                i = next;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn numbers_are_normalised_across_conventions() {
        assert_eq!(
            numbers("35 000 et 2,5 milliards en 2015.", Lang::Fr),
            ["35000", "2.5", "2015"]
        );
        assert_eq!(
            numbers("35,000 and 2.5 billion in 2015.", Lang::En),
            ["35000", "2.5", "2015"]
        );
        assert_eq!(numbers("le 19 juillet 2021", Lang::Fr), ["19", "2021"]);
        assert_eq!(
            numbers("à 19h, 19h30 ou 19:00", Lang::Fr),
            ["19", "19:30", "19"]
        );
    }

    #[test]
    fn reporting_verbs_are_not_hedges() {
        let words = |s: &str| s.split(' ').map(fold_word).collect::<Vec<_>>();
        assert!(hedges_in(&words("Dupont also alleged that the agency"), Lang::En).is_empty());
        assert_eq!(
            hedges_in(&words("the alleged cyber attack"), Lang::En),
            ["alleged"]
        );
        assert_eq!(hedges_in(&words("qui aurait débuté"), Lang::Fr), ["aurait"]);
    }

    #[test]
    fn quotations_of_every_style() {
        let chars: Vec<char> = "a « b c » d “e” and \"f\"".chars().collect();
        assert_eq!(quotations(&chars), ["b c", "e", "f"]);
    }
}
