//! Names both versions of a translation pair write alike.
//!
//! A name the knowledge base lacks and no rule recognises ("Nordvik", "Karsten",
//! "Västerby") is still a name when the two versions of a story write the same
//! capitalised word in sentences the aligner linked: translators keep names and translate
//! words. Such a word becomes a mention in both versions, wherever each writes it, with one
//! id. Its type comes from a noun beside it (`data/kb/lexicon.tsv`, section `kind_word`:
//! "the group X", « le logiciel X », "in X"), else it is an organisation.
//!
//! A run of such words both versions write alike ("Nordhavn Shipping") is one name likewise
//! (`runs.rs`).
//!
//! Only title-case words count (`Nordvik`, `WeChat`; not `DDoS` or `SIM`, whose second
//! letter is a capital: acronyms have their own rules), never a word opening its sentence in
//! both versions (capitalised by position, not by being a name), never a word already inside a mention
//! (unless a rule found it as a name of its own in one version, « la société Nordvik »,
//! which the other version may write without that cue),
//! a stop word, a month or a weekday, nor the head of a longer name ("Port of Valdora").
//!
//! A name a rule found in one version, of one word or several ("the shipping company
//! Nordhavn Line"), is also marked wherever the other version writes it word for word,
//! in any sentence: the rule's cue is evidence enough, whatever the other version says
//! around it (`spread_rule_names`). Likewise a month one version names as a date is a
//! date where the other's linked sentences write its name without a cue ("a January
//! hack", « en janvier »: `name_months_across`).

mod runs;

pub(crate) use runs::name_shared_runs;

use crate::align::Alignment;
use crate::calendar;
use crate::entities::{
    lexicon_kind_word, lexicon_kind_word_after, lookup, slug, stop_word, EntityType, Mention,
};
use crate::ArticleAnalysis;
use std::collections::BTreeMap;

/// Shortest name taken (chars): shorter capitalised words are mostly initials or short
/// sentence words ("Les", "Mon").
const MIN_NAME_CHARS: usize = 4;
/// How many words a noun may stand from the name it types ("the group known as X": two).
const KIND_WORD_REACH: usize = 3;

/// A word of a sentence: its char span in the article, its first byte in the sentence and
/// its text.
struct Word<'s> {
    start: usize,
    end: usize,
    byte: usize,
    text: &'s str,
}

/// The words of a sentence read whole (the one tokenizer's hyphen-joined runs merged:
/// `Saint-Valdor`), with char offsets.
fn words(text: &str, base: usize) -> Vec<Word<'_>> {
    let tokens = crate::tokens::tokenize(text);
    crate::tokens::whole_words(&tokens)
        .map(|(first, last)| {
            let (first, last) = (tokens[first], tokens[last]);
            Word {
                start: base + first.char_start,
                end: base + last.char_end,
                byte: first.start,
                text: &text[first.start..last.end],
            }
        })
        .collect()
}

/// Whether a word is written in title case (a capital, then a small letter), has at least
/// `min_chars` chars and is no function word.
fn title_case(word: &str, min_chars: usize) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    first.is_uppercase()
        && second.is_lowercase()
        && word.chars().count() >= min_chars
        && !stop_word(word)
}

/// Whether a word may be a name: title case, long enough, no function word or date word.
fn name_like(word: &str) -> bool {
    title_case(word, MIN_NAME_CHARS)
        && calendar::month(word).is_none()
        && calendar::weekday(word).is_none()
}

/// Whether a char span overlaps one of the article's mentions, which are sorted by start
/// and do not overlap each other: a binary search, not a scan (articles run to megabytes).
fn covered(mentions: &[Mention], start: usize, end: usize) -> bool {
    let after = mentions.partition_point(|m| m.start < end);
    after > 0 && mentions[after - 1].end > start
}

/// A name-like word of a linked sentence: its text, the type a noun beside it gives, and
/// whether it opens its sentence (capitalised by position, perhaps no name at all).
struct NameWord {
    text: String,
    kind: EntityType,
    opens: bool,
    /// Whether a rule of the recogniser gave the type (stronger than a noun beside it).
    by_rule: bool,
}

/// The name-like words of some sentences of an article that no mention covers, each with
/// the type a noun beside it gives.
fn candidates(article: &ArticleAnalysis, sentences: &[usize]) -> Vec<NameWord> {
    let mut out = Vec::new();
    for s in sentences.iter().filter_map(|&i| article.sentences.get(i)) {
        let ws = words(&s.text, s.start);
        for (k, w) in ws.iter().enumerate() {
            if !name_like(w.text) || heads_a_name(&ws, k) {
                continue;
            }
            let by_rule = covered(&article.entities, w.start, w.end);
            let kind = if !by_rule {
                Some(kind_beside(&ws, k, k))
            } else {
                // A name one version's rules found (« la société Nordvik ») is shared too.
                found_by_rule(&article.entities, w)
            };
            if let Some(kind) = kind {
                out.push(NameWord {
                    text: w.text.to_string(),
                    kind,
                    opens: k == 0,
                    by_rule,
                });
            }
        }
    }
    out
}

/// The type of a mention that is exactly this word, with the word's slug as id: a name a
/// rule found in one version, which the other version may write without the rule's cue.
fn found_by_rule(mentions: &[Mention], w: &Word) -> Option<EntityType> {
    let at = mentions.partition_point(|m| m.start < w.start);
    mentions
        .get(at)
        .filter(|m| m.start == w.start && m.end == w.end && m.id == slug(w.text))
        .filter(|m| lookup(&m.id).is_none())
        .map(|m| m.kind)
}

/// "Port of Valdora", « Port de Valdora »: a word followed by "of"/« de » and a capitalised
/// word is the head of a longer name the rules left unrecognised, not a name by itself.
fn heads_a_name(ws: &[Word], k: usize) -> bool {
    let linked = ws
        .get(k + 1)
        .is_some_and(|w| matches!(w.text, "of" | "de" | "du" | "des" | "d"));
    let capital = ws
        .get(k + 2)
        .is_some_and(|w| w.text.starts_with(char::is_uppercase));
    linked && capital
}

/// The type a noun beside words `first` to `last` gives them ("the group X", « le logiciel
/// X »), else organisation.
fn kind_beside(ws: &[Word], first: usize, last: usize) -> EntityType {
    let before = ws[first.saturating_sub(KIND_WORD_REACH)..first]
        .iter()
        .find_map(|w| lexicon_kind_word(&w.text.to_lowercase()));
    before
        .or_else(|| {
            ws.iter()
                .skip(last + 1)
                .take(KIND_WORD_REACH)
                .find_map(|w| lexicon_kind_word_after(&w.text.to_lowercase()))
        })
        .unwrap_or(EntityType::Org)
}

/// A mention of a name shared across a pair, at chars `start..end`.
fn shared_mention(start: usize, end: usize, name: &str, (kind, id): (EntityType, &str)) -> Mention {
    Mention {
        start,
        end,
        text: name.to_string(),
        kind,
        id: id.to_string(),
    }
}

/// Mark, in one pass over an article, every uncovered whole-word occurrence of the names.
fn mark(article: &mut ArticleAnalysis, names: &BTreeMap<String, (EntityType, String)>) {
    let mut found = Vec::new();
    for s in &article.sentences {
        for w in words(&s.text, s.start) {
            let Some((kind, id)) = names.get(w.text) else {
                continue;
            };
            if !covered(&article.entities, w.start, w.end) {
                found.push(Mention {
                    start: w.start,
                    end: w.end,
                    text: w.text.to_string(),
                    kind: *kind,
                    id: id.clone(),
                });
            }
        }
    }
    if !found.is_empty() {
        article.entities.extend(found);
        crate::order::sort_by_key(&mut article.entities, |m| (m.start, m.end));
    }
}

/// The indexes of a pair's two versions (French, English) among the articles.
fn pair_of(articles: &[ArticleAnalysis], alignment: &Alignment) -> Option<(usize, usize)> {
    let index = |file: &str| articles.iter().position(|a| a.file == file);
    Some((index(&alignment.source)?, index(&alignment.target)?))
}

/// Something a sentence writes that may be a name (a word, a run of words).
trait Written {
    /// The text as written.
    fn text(&self) -> &str;
    /// Whether it opens its sentence (capitalised by position, perhaps no name at all).
    fn opens(&self) -> bool;
}

impl Written for NameWord {
    fn text(&self) -> &str {
        &self.text
    }
    fn opens(&self) -> bool {
        self.opens
    }
}

/// Names shared by a pair's two versions: text -> (type, id).
type Shared = BTreeMap<String, (EntityType, String)>;

/// The names both versions of a pair write alike in linked sentences: each French find of
/// `find` with the English find of the same text (not both opening their sentences), named
/// by `name` (its type and id, or none); with the indexes of the two versions, or `None`
/// when nothing is shared.
fn written_alike<T: Written>(
    articles: &[ArticleAnalysis],
    alignment: &Alignment,
    find: impl Fn(&ArticleAnalysis, &[usize]) -> Vec<T>,
    name: impl Fn(T, &T) -> Option<(EntityType, String)>,
) -> Option<((usize, usize), Shared)> {
    let (src, tgt) = pair_of(articles, alignment)?;
    let mut shared = Shared::new();
    for pair in &alignment.pairs {
        let en = find(&articles[tgt], &pair.target);
        for f in find(&articles[src], &pair.source) {
            // Opening both sentences, a word may be capitalised by position alone.
            let alike = en
                .iter()
                .find(|e| e.text() == f.text() && !(e.opens() && f.opens()));
            let Some(e) = alike.filter(|_| !shared.contains_key(f.text())) else {
                continue;
            };
            let text = f.text().to_string();
            if let Some(named) = name(f, e) {
                shared.insert(text, named);
            }
        }
    }
    (!shared.is_empty()).then_some(((src, tgt), shared))
}

/// Give the names both versions of a pair write alike, in linked sentences, a mention and
/// one id in both.
pub(crate) fn name_shared_words(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    // A rule's type first, then the English context's, else the French.
    let name = |f: NameWord, e: &NameWord| {
        let kind = if e.by_rule || (!f.by_rule && e.kind != EntityType::Org) {
            e.kind
        } else {
            f.kind
        };
        let id = slug(&f.text);
        Some((lookup(&id).map_or(kind, |known| known.kind), id))
    };
    let Some(((src, tgt), shared)) = written_alike(articles, alignment, candidates, name) else {
        return;
    };
    for article in [src, tgt] {
        mark(&mut articles[article], &shared);
    }
}

/// Whether a mention is a name a rule of the recogniser found (not the knowledge base's,
/// not a date), long and capitalised enough to be looked for in the other version.
fn rule_name(m: &Mention) -> bool {
    m.kind != EntityType::Date
        && m.text.chars().count() >= MIN_NAME_CHARS
        && m.text.starts_with(char::is_uppercase)
        && !stop_word(&m.text)
        && m.id == slug(&m.text)
        && lookup(&m.id).is_none()
}

/// The char spans of the whole-word occurrences of `phrase` in a sentence starting at char
/// `base`.
fn occurrences(text: &str, phrase: &str, base: usize) -> Vec<(usize, usize)> {
    let boundary = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    for (b, _) in text.match_indices(phrase) {
        let after = b + phrase.len();
        if boundary(text[..b].chars().next_back()) && boundary(text[after..].chars().next()) {
            let start = base + text[..b].chars().count();
            out.push((start, start + phrase.chars().count()));
        }
    }
    out
}

/// Give the other version of a pair a mention wherever it writes, word for word, a name a
/// rule found in one version: "the shipping company Nordhavn Line" tells the English
/// version's rules what « Nordhavn Line » is in the French one, which has no such cue.
pub(crate) fn spread_rule_names(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    let index = |file: &str| articles.iter().position(|a| a.file == file);
    let (Some(src), Some(tgt)) = (index(&alignment.source), index(&alignment.target)) else {
        return;
    };
    for (from, to) in [(src, tgt), (tgt, src)] {
        let names: BTreeMap<String, (EntityType, String)> = articles[from]
            .entities
            .iter()
            .filter(|m| rule_name(m))
            .map(|m| (m.text.clone(), (m.kind, m.id.clone())))
            .collect();
        let mut found = Vec::new();
        let article = &articles[to];
        for s in &article.sentences {
            for (name, (kind, id)) in &names {
                for (start, end) in occurrences(&s.text, name, s.start) {
                    if !covered(&article.entities, start, end) {
                        found.push(shared_mention(start, end, name, (*kind, id)));
                    }
                }
            }
        }
        add_mentions(&mut articles[to], found);
    }
}

/// The month (1–12) of a date id naming a month alone, with or without its year
/// (`january`, `january_2026`), not a day (`january_5`).
fn month_of_date_id(id: &str) -> Option<u32> {
    let (month, year) = id.split_once('_').unwrap_or((id, ""));
    let yearless_or_year = year.is_empty() || year.parse().is_ok_and(calendar::is_year);
    calendar::month_of_id(month).filter(|_| yearless_or_year)
}

/// A month one version names as a date in linked sentences is a date where the other
/// version's linked sentences write that month's name without a cue the recogniser needs
/// ("a January hack" beside « le piratage en janvier »): the same mention and id.
pub(crate) fn name_months_across(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    let index = |file: &str| articles.iter().position(|a| a.file == file);
    let (Some(src), Some(tgt)) = (index(&alignment.source), index(&alignment.target)) else {
        return;
    };
    for (from, to) in [(src, tgt), (tgt, src)] {
        let mut found = Vec::new();
        for pair in &alignment.pairs {
            let (from_s, to_s) = if from == src {
                (&pair.source, &pair.target)
            } else {
                (&pair.target, &pair.source)
            };
            let months = month_dates_in(&articles[from], from_s);
            for s in to_s.iter().filter_map(|&i| articles[to].sentences.get(i)) {
                for w in words(&s.text, s.start) {
                    let written_as_month = |m: &calendar::MonthWord| {
                        !m.abbreviated && (m.lowercase_ok || w.text.starts_with(char::is_uppercase))
                    };
                    let Some(m) = calendar::month(w.text).filter(written_as_month) else {
                        continue;
                    };
                    let same = months.iter().find(|(month, _)| *month == m.month);
                    if let Some((_, id)) =
                        same.filter(|_| !covered(&articles[to].entities, w.start, w.end))
                    {
                        found.push(Mention {
                            start: w.start,
                            end: w.end,
                            text: w.text.to_string(),
                            kind: EntityType::Date,
                            id: id.clone(),
                        });
                    }
                }
            }
        }
        add_mentions(&mut articles[to], found);
    }
}

/// The month dates (month number, id) an article names in some of its sentences.
fn month_dates_in(article: &ArticleAnalysis, sentences: &[usize]) -> Vec<(u32, String)> {
    let spans: Vec<crate::text::Span> = sentences
        .iter()
        .filter_map(|&i| {
            article
                .sentences
                .get(i)
                .map(crate::sentences::Sentence::span)
        })
        .collect();
    article
        .entities
        .iter()
        .filter(|m| m.kind == EntityType::Date && spans.iter().any(|s| s.contains(m.span())))
        .filter_map(|m| month_of_date_id(&m.id).map(|month| (month, m.id.clone())))
        .collect()
}

/// Add mentions found in one sweep (none overlapping another) and keep the list sorted.
fn add_mentions(article: &mut ArticleAnalysis, mut found: Vec<Mention>) {
    crate::order::sort_by_key(&mut found, |m| (m.start, m.end));
    found.dedup_by(|b, a| b.start < a.end);
    if !found.is_empty() {
        article.entities.extend(found);
        crate::order::sort_by_key(&mut article.entities, |m| (m.start, m.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_both_versions_write_in_linked_sentences_is_one_entity() {
        let fr = crate::analyze_article("x_fr.txt", "Titre\n\nLa plateforme Nordvik a été piratée par le groupe Karsten. Les clients de Nordvik attendent.\n");
        let en = crate::analyze_article("x_en.txt", "Title\n\nThe exchange Nordvik was hacked by the Karsten group. Nordvik customers wait.\n");
        let mut articles = vec![fr, en];
        let alignment = crate::align::one_to_one("x_fr.txt", "x_en.txt", 3);
        name_shared_words(&mut articles, &alignment);
        for article in &articles {
            let named = |id: &str| {
                article
                    .entities
                    .iter()
                    .filter(|m| m.id == id)
                    .map(|m| (m.text.as_str(), m.kind))
                    .collect::<Vec<_>>()
            };
            // Every occurrence, the sentence-initial one of the English version included.
            assert_eq!(
                named("nordvik"),
                [("Nordvik", EntityType::Org); 2],
                "{}",
                article.file
            );
            assert_eq!(
                named("karsten"),
                [("Karsten", EntityType::Group)],
                "{}",
                article.file
            );
        }
    }

    #[test]
    fn a_name_opening_one_version_s_sentence_is_shared_but_not_one_opening_both() {
        let fr = crate::analyze_article(
            "y_fr.txt",
            "Titre\n\nLes clients de Valdrik attendent. Distribution prévue lundi.\n",
        );
        let en = crate::analyze_article(
            "y_en.txt",
            "Title\n\nValdrik customers wait. Distribution planned on Monday.\n",
        );
        let mut articles = vec![fr, en];
        let alignment = crate::align::one_to_one("y_fr.txt", "y_en.txt", 3);
        name_shared_words(&mut articles, &alignment);
        for article in &articles {
            let ids: Vec<&str> = article.entities.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(ids, ["valdrik"], "{}", article.file);
        }
    }

    #[test]
    fn words_keep_inner_hyphens_and_char_offsets() {
        let ws = words("À Saint-Valdor, Nordvik.", 10);
        let texts: Vec<&str> = ws.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["À", "Saint-Valdor", "Nordvik"]);
        assert_eq!((ws[2].start, ws[2].end), (26, 33));
    }

    #[test]
    fn coverage_is_found_among_sorted_mentions() {
        let m = |start, end| Mention {
            start,
            end,
            text: String::new(),
            kind: EntityType::Org,
            id: String::new(),
        };
        let mentions = [m(0, 5), m(10, 20), m(30, 31)];
        assert!(
            covered(&mentions, 12, 14) && covered(&mentions, 4, 8) && covered(&mentions, 30, 31)
        );
        assert!(
            !covered(&mentions, 5, 10)
                && !covered(&mentions, 21, 30)
                && !covered(&mentions, 40, 45)
        );
    }

    #[test]
    fn a_name_occurs_as_whole_words_only_with_char_offsets() {
        let text = "Été : Nordhavn Line, Nordhavn Lines et Nordhavn Line.";
        assert_eq!(
            occurrences(text, "Nordhavn Line", 100),
            [(106, 119), (139, 152)]
        );
    }

    #[test]
    fn a_month_date_id_names_its_month_but_a_day_does_not() {
        assert_eq!(month_of_date_id("january"), Some(1));
        assert_eq!(month_of_date_id("march_2027"), Some(3));
        assert_eq!(month_of_date_id("march_5"), None);
        assert_eq!(month_of_date_id("2027_03_05"), None);
        assert_eq!(month_of_date_id("summer_2027"), None);
    }

    #[test]
    fn the_head_of_a_longer_name_is_no_name() {
        let ws = words("the Port of Valdora and Nordvik of the port", 0);
        assert!(heads_a_name(&ws, 1));
        assert!(!heads_a_name(&ws, 5));
    }

    #[test]
    fn only_title_case_words_that_are_no_function_or_date_words_are_names() {
        for name in ["Nordvik", "WeChat", "Västerby"] {
            assert!(name_like(name), "{name}");
        }
        for word in ["DDoS", "SIM", "Les", "March", "mardi", "Mardi", "The", "ok"] {
            assert!(!name_like(word), "{word}");
        }
    }
}
