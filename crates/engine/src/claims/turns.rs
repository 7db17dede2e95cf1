//! Turns of a transcript: a press conference or a Q&A ("Spokesperson: …", "Q: …",
//! « Réponse : … »).
//!
//! A paragraph that opens with a short label and a colon starts a turn; paragraphs without a
//! label go on with the turn before. A turn whose paragraph ends with a question mark asks:
//! its sentences are read like any report. Any other turn answers: its sentences are the
//! answerer's own words, speech without a reporting verb, and the answerer is the speaker —
//! the person the label names, or for a bare "A:" / « Réponse : » the person the header
//! names (else the organisation it names: an embassy's Q&A). A text is a transcript only when several paragraphs carry labels and one asks, so a
//! headline like "Cyberattacks: …" is no turn.

use super::cands::slug;
use super::lexicon::{is_phrase_of, Family};
use super::Party;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;

/// Longest label, in words ("Freedonian News Agency", "Ministry Spokesperson Jan Dupont").
const MAX_LABEL_WORDS: usize = 5;
/// How many words a label has when it is a person's name with no entity mention
/// (a given name and a surname, perhaps a middle name).
const LABEL_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
/// How many words the name after a label's roles may have ("SECRETARY TAKEMURA", "MINISTER
/// JAN ROE"): a surname, or a given name and a surname.
const NAME_AFTER_ROLE_WORDS: std::ops::RangeInclusive<usize> = 1..=2;
/// Fewest labelled paragraphs that make a transcript (one question and one answer).
const MIN_TURNS: usize = 2;

/// Labels that stand for "the answerer" without naming them.
const ANSWER_LABELS: [&str; 6] = ["a", "r", "réponse", "reponse", "answer", "response"];

/// What the transcript says of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Turn {
    /// Chars of the sentence taken by its label and colon ("Jan Dupont: "), 0 for none.
    pub label_chars: usize,
    /// Who answers, when the sentence is part of an answer.
    pub answerer: Option<Party>,
    /// Whether the sentence is part of an answer (its answerer may still be unknown).
    pub answer: bool,
    /// The sentence where the sentence's turn begins, in a transcript.
    pub start: Option<usize>,
    /// Part of a letter quoted whole: its quotation marks frame the signatory's own text.
    pub letter: bool,
    /// Words set within the text and credited to one speaker (a letter, a credited
    /// quotation), not a transcript's turn.
    pub framed: bool,
}

/// The label of a paragraph's first sentence: its text before the colon, and the chars
/// the label and colon take.
fn label(text: &str) -> Option<(&str, usize)> {
    // "00:58 Jan Roe : …", "[12:04] Q: …": a podcast's or live page's time code opens the label.
    let skip = time_code_len(text);
    let colon = skip + text[skip..].find(':')?;
    let head = text[skip..colon].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Question (Freedonia Today)": the outlet a question comes from, in brackets, is
    // part of the label.
    let capitalised = words.iter().all(|w| {
        w.trim_start_matches('(')
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    });
    // "M. Jan Roe": an abbreviation's full stop is part of a name, not a sentence.
    let plain = !words
        .iter()
        .map(|w| match w.strip_suffix('.') {
            Some(bare) if crate::sentences::is_listed_abbreviation(bare) => bare,
            _ => w,
        })
        .any(|w| w.contains(['.', '!', '?', ',', '«', '“', '"']));
    let rest = text[colon + 1..].trim_start();
    let taken = text.len() - rest.len();
    let ok = !words.is_empty() && words.len() <= MAX_LABEL_WORDS && capitalised && plain;
    (ok || caption(head)).then_some((head, text[..taken].chars().count()))
}

/// Bytes of a time code and the spaces after it at the start of `text` ("00:58 ",
/// "[1:02:15] "), 0 for none.
fn time_code_len(text: &str) -> usize {
    let inner = text.strip_prefix('[').unwrap_or(text);
    let code = inner
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(inner.len());
    let digits_colon = inner[..code].contains(':')
        && inner[..code].starts_with(|c: char| c.is_ascii_digit())
        && inner[..code].ends_with(|c: char| c.is_ascii_digit());
    let rest = &inner[code..];
    let rest = if inner.len() < text.len() {
        match rest.strip_prefix(']') {
            Some(r) => r,
            None => return 0,
        }
    } else {
        rest
    };
    if !digits_colon || !rest.starts_with(' ') {
        return 0;
    }
    text.len() - rest.trim_start().len()
}

/// The chars a sentence's label and colon take ("Jan Roe : "), 0 for none.
pub(crate) fn label_chars(text: &str) -> usize {
    label(text).map_or(0, |(_, n)| n)
}

/// Longest caption label, in words ("GARY ROE, GENERAL MANAGER, FREEVILLE MUNICIPAL
/// UTILITIES": a name, then a role and an employer).
const MAX_CAPTION_WORDS: usize = 12;

/// A television transcript's caption label: capitals only outside brackets, a name of at
/// most [`MAX_LABEL_WORDS`] words before its first comma, then a role ("JAN ROE,
/// ANCHOR", "REP. JAN ROE (D), FREEDONIA", "ROE (voice-over)"); its abbreviations'
/// full stops and its commas are part of it.
fn caption(head: &str) -> bool {
    let outside = strip_brackets(head);
    let name = outside.split(',').next().unwrap_or("");
    let capitals = outside.chars().any(char::is_uppercase)
        && !outside.chars().any(char::is_lowercase)
        && !outside.contains(['!', '?', '«', '“', '"']);
    capitals
        && (1..=MAX_LABEL_WORDS).contains(&name.split_whitespace().count())
        && head.split_whitespace().count() <= MAX_CAPTION_WORDS
}

/// The text with its bracketed parts left out ("ROE (voice-over)" → "ROE ").
fn strip_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The person a label names: a person mention inside it, else a person of the text whose
/// surname ends the label, else the label itself when it reads like a name (two or three
/// capitalised words) or holds a role.
fn named(label: &str, start: usize, mentions: &[Mention]) -> Option<Party> {
    let end = start + label.chars().count();
    // A caption names its speaker before its first comma, bracketed notes aside ("REP. JAN
    // ROE (D), FREEDONIA" is Jan Roe).
    let core = strip_brackets(label);
    let core = core.split(',').next().unwrap_or("").trim();
    let core = core.rsplit(". ").next().unwrap_or(core);
    let label = if caption(label) { core } else { label };
    let mention = mentions
        .iter()
        .find(|m| m.kind == EntityType::Person && m.start >= start && m.end <= end);
    if let Some(m) = mention {
        return Some(Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    }
    // "MR DUPONT:", « Jeanne Roe : »: the person of the text whose surname the label ends
    // with ("Jan Dupont, Spokesperson" in the header).
    // A family name may come first ("AMBASSADOR WANG:" for "Wang Lifeng").
    let surname = label.split_whitespace().last().map(crate::fold::fold_word);
    let bearer = mentions.iter().find(|m| {
        let mut words = m.text.split_whitespace();
        let first = words.next().map(crate::fold::fold_word);
        let last = words.last().map(crate::fold::fold_word);
        m.kind == EntityType::Person && last.is_some() && (last == surname || first == surname)
    });
    if let Some(m) = bearer {
        return Some(Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    }
    let words = label.split_whitespace().count();
    // "MINISTER FOR FISHERIES:": a role names whoever holds it, however many words.
    let role = label.split_whitespace().any(is_role_word);
    if let Some(name) = name_after_role(label) {
        return Some(Party {
            id: slug(&name),
            name,
        });
    }
    (role || LABEL_NAME_WORDS.contains(&words)).then(|| Party {
        id: slug(label),
        name: label.to_string(),
    })
}

/// Whether a label's word is a role or a title ("SECRETARY", "Senator", "MS").
fn is_role_word(w: &str) -> bool {
    let lower = w.trim_end_matches('.').to_lowercase();
    super::lexicon::is_word_of(&lower, Family::RolePerson)
        || super::lexicon::is_word_of(&lower, Family::Title)
}

/// "CHIEF CABINET SECRETARY TAKEMURA", "Senator ROE", "MS ROE": the name after the role
/// and title words that open a label, written as a name ("Takemura"); none when nothing but
/// roles and their complements make the label ("MINISTER FOR FISHERIES").
fn name_after_role(label: &str) -> Option<String> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let last_role = words.iter().rposition(|w| is_role_word(w))?;
    let name = &words[last_role + 1..];
    let capitalised = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    let fits = NAME_AFTER_ROLE_WORDS.contains(&name.len()) && name.iter().all(|w| capitalised(&w));
    fits.then(|| {
        name.iter()
            .map(|w| name_case(w))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A word of a name as a name is written: "TAKEMURA" → "Takemura"; "McRoe" as it is.
fn name_case(w: &str) -> String {
    if w.chars().any(char::is_lowercase) {
        return w.to_string();
    }
    let lower = w.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The turn of every sentence (empty turns when the text is no transcript), and the
/// sentences of a signed letter quoted whole as its signatory's own words.
pub(crate) fn turns(sentences: &[Sentence], mentions: &[Mention]) -> Vec<Turn> {
    let mut out = transcript_turns(sentences, mentions);
    quoted_letters(sentences, mentions, &mut out);
    credited_quotes(sentences, mentions, &mut out);
    labelled_quotes(sentences, mentions, &mut out);
    out
}

/// Most words of a quotation a subheading credits to the party before its colon.
const MAX_LABELLED_QUOTE_WORDS: usize = 8;

/// Quotation marks a subheading's quotation may open and close with (a headline's single
/// quotes among them).
const HEADLINE_QUOTES: [char; 5] = ['«', '“', '"', '\'', '‘'];

/// "Moscow: 'groundless'", « Moscou : « une fable » »: a line of its own that credits a short
/// quotation to the party its label names (a subheading of a news page) is that party's
/// words.
fn labelled_quotes(sentences: &[Sentence], mentions: &[Mention], out: &mut [Turn]) {
    for (i, s) in sentences.iter().enumerate() {
        let own_line = (i == 0 || sentences[i - 1].paragraph != s.paragraph)
            && sentences
                .get(i + 1)
                .is_none_or(|n| n.paragraph != s.paragraph);
        let Some((head, chars)) = label(&s.text).filter(|_| own_line && out[i].start.is_none())
        else {
            continue;
        };
        let rest: String = s.text.chars().skip(chars).collect();
        let rest = rest.trim();
        let closing =
            |c: char| HEADLINE_QUOTES.contains(&c) || CLOSING_MARKS.contains(&c) || c == '’';
        let quoted = rest.starts_with(HEADLINE_QUOTES) && rest.ends_with(closing);
        if !quoted || rest.split_whitespace().count() > MAX_LABELLED_QUOTE_WORDS {
            continue;
        }
        let Some(m) = mentions
            .iter()
            .find(|m| m.start >= s.start && m.end <= s.start + chars && m.text == head)
        else {
            continue;
        };
        out[i] = Turn {
            label_chars: chars,
            answerer: Some(Party {
                id: m.id.clone(),
                name: m.text.clone(),
            }),
            answer: true,
            start: Some(i),
            framed: true,
            ..Turn::default()
        };
    }
}

/// The turn of every sentence of a transcript (empty turns when the text is none).
fn transcript_turns(sentences: &[Sentence], mentions: &[Mention]) -> Vec<Turn> {
    let mut out = vec![Turn::default(); sentences.len()];
    // Paragraph starts: (sentence index, label, label chars).
    let starts: Vec<(usize, &str, usize)> = sentences
        .iter()
        .enumerate()
        .filter(|(i, s)| *i == 0 || sentences[i - 1].paragraph != s.paragraph)
        .filter_map(|(i, s)| label(&s.text).map(|(l, n)| (i, l, n)))
        .collect();
    let questions = starts
        .iter()
        .filter(|(i, _, _)| asks(sentences, *i))
        .count();
    if starts.len() < MIN_TURNS || (questions == 0 && !conversation(&starts, sentences, mentions)) {
        return name_lines(sentences, mentions)
            .or_else(|| interview(sentences, mentions))
            .unwrap_or(out);
    }
    let header = header_answerer(sentences, mentions, &starts);
    // "1 - Freedonia – report on …" then the spokesperson's statement, before the first
    // question: the opening statement under a numbered heading is the answerer's own words.
    let heading = sentences.iter().position(|s| numbered_heading(&s.text));
    if let (Some(h), Some(header)) = (heading, &header) {
        let statement = (h + 1..starts[0].0).filter(|&i| !numbered_heading(&sentences[i].text));
        for i in statement {
            let turn = &mut out[i];
            turn.start = Some(h + 1);
            turn.answer = true;
            turn.answerer = Some(header.clone());
        }
    }
    let asker = |label: &str| {
        let same = starts.iter().filter(|s| s.1.eq_ignore_ascii_case(label));
        let (turns, asking) = same.fold((0, 0), |(n, q), s| {
            (n + 1, q + usize::from(asks(sentences, s.0)))
        });
        asking * 2 > turns
    };
    for (k, &(i, label, chars)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(sentences.len(), |s| s.0);
        out[i].label_chars = chars;
        // "ANNA HOLM: On Monday Estonia said … Thank you for coming.": the
        // interviewer, whose turns mostly ask, reports even when a turn does not ask.
        let answer = !asks(sentences, i) && !asker(label);
        let generic = ANSWER_LABELS.contains(&label.to_lowercase().as_str());
        let answerer = match (answer, generic) {
            (false, _) => None,
            (true, true) => header.clone(),
            (true, false) => named(label, sentences[i].start, mentions),
        };
        // With no question asked (a bulletin's presenter and reporters, a debate) a turn
        // reports like any text: its speaker is known, but its words are not all theirs.
        let answer = answer && questions > 0;
        for turn in &mut out[i..end] {
            turn.start = Some(i);
            turn.answer = answer;
            turn.answerer.clone_from(&answerer);
        }
    }
    out
}

/// Whether the paragraph opening at sentence `from` ends with a question.
/// A transcript with no question (a radio bulletin, a debate's statements): at least
/// [`MIN_SPEAKERS`] people take turns under labels that name them, one of them more than once.
fn conversation(
    starts: &[(usize, &str, usize)],
    sentences: &[Sentence],
    mentions: &[Mention],
) -> bool {
    let people: Vec<&str> = starts
        .iter()
        .filter(|(i, l, _)| {
            named(l, sentences[*i].start, mentions).is_some_and(|p| {
                mentions
                    .iter()
                    .any(|m| m.kind == EntityType::Person && m.id == p.id)
            })
        })
        .map(|(_, l, _)| *l)
        .collect();
    let mut distinct = people.clone();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() >= MIN_SPEAKERS && people.len() > distinct.len()
}

/// Fewest people taking turns that make a transcript without a question.
const MIN_SPEAKERS: usize = 2;

fn asks(sentences: &[Sentence], from: usize) -> bool {
    let para = sentences[from].paragraph;
    sentences[from..]
        .iter()
        .take_while(|s| s.paragraph == para)
        .last()
        .is_some_and(|s| s.text.trim_end().ends_with('?'))
}

/// Who answers under a generic label ("A:", « Réponse : »): the person the header names
/// (the lines before the first turn and before the first numbered heading: "1 - Freedonia
/// – report on …" names a topic, not who answers); failing one, the organisation
/// ("Embassy spokesperson's remarks": the embassy answers); failing both, the country whose
/// spokesperson the answers speak for.
fn header_answerer(
    sentences: &[Sentence],
    mentions: &[Mention],
    starts: &[(usize, &str, usize)],
) -> Option<Party> {
    let first_heading = sentences
        .iter()
        .find(|s| numbered_heading(&s.text))
        .map_or(usize::MAX, |s| s.start);
    let first_turn = sentences[starts[0].0].start.min(first_heading);
    let in_header = |kind: EntityType| {
        mentions
            .iter()
            .take_while(|m| m.start < first_turn)
            .find(|m| m.kind == kind)
    };
    let header = in_header(EntityType::Person)
        .or_else(|| in_header(EntityType::Org))
        .map(|m| Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    header.or_else(|| {
        let answers: Vec<&Sentence> = starts
            .iter()
            .enumerate()
            .filter(|(_, &(i, label, _))| {
                !asks(sentences, i) && ANSWER_LABELS.contains(&label.to_lowercase().as_str())
            })
            .flat_map(|(k, &(i, _, _))| {
                let end = starts.get(k + 1).map_or(sentences.len(), |s| s.0);
                &sentences[i..end]
            })
            .collect();
        spokesperson_of_country(sentences, first_turn, &answers, mentions)
    })
}

/// How many chars into an answer's sentence (past its label) a country that opens it may
/// start (« A : La France … »: the label, a space and an article).
const OPENING_CHARS: usize = 8;

/// "Press briefing by the Spokesperson" with bare "A:" answers: a spokesperson the header
/// names by role only answers for the foreign ministry of the country the answers speak
/// for, the country that most often opens their sentences ("France neither authorizes
/// …"). None when the header names no spokesperson or no country opens an answer.
fn spokesperson_of_country(
    sentences: &[Sentence],
    header_end: usize,
    answers: &[&Sentence],
    mentions: &[Mention],
) -> Option<Party> {
    let header = sentences.iter().take_while(|s| s.start < header_end);
    let spokesperson = header.into_iter().any(|s| {
        s.text
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .map(str::to_lowercase)
            .any(|w| {
                let parts: Vec<&str> = w.split('-').collect();
                is_phrase_of(&parts, Family::Spokesperson)
            })
    });
    if !spokesperson {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for s in answers {
        let after_label = s.text.find(':').map_or(0, |c| s.text[..=c].chars().count());
        let opener = mentions.iter().find(|m| {
            m.kind == EntityType::Gpe
                && m.start >= s.start
                && m.start <= s.start + after_label + OPENING_CHARS
        });
        if let Some(m) = opener {
            match counts.iter_mut().find(|(id, _)| *id == m.id) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.id.as_str(), 1)),
            }
        }
    }
    // The first of the most frequent: `max_by_key` would keep the last of equals.
    let top = counts.iter().map(|&(_, n)| n).max()?;
    let country = counts.iter().find(|&&(_, n)| n == top)?.0;
    let id = format!("{country}_mfa");
    let name =
        crate::entities::kb::lookup(&id).map_or_else(|| id.clone(), |e| e.name("en").to_string());
    Some(Party { id, name })
}

/// "1 - Freedonia – …", "2. Cyber security": a briefing's numbered topic heading.
fn numbered_heading(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < text.len()
        && rest.len() + MAX_HEADING_NUMBER_CHARS >= text.len()
        && (rest.starts_with(" - ") || rest.starts_with(". ") || rest.starts_with(" – "))
}

/// A transcript that prints each speaker's name on a line of its own above their words
/// (an earnings call, a hearing's record): a line that is only a name opens a turn, which
/// runs to the next such line. A line is a speaker's when the entity layer reads it as a
/// person or when it comes back as a line of its own ("Operator"), so that a one-off
/// subheading of an article opens no turn. A turn whose last sentence asks is a question,
/// read like any report; the others are their speaker's own words. None when fewer than
/// [`MIN_TURNS`] lines open turns or none asks.
fn name_lines(sentences: &[Sentence], mentions: &[Mention]) -> Option<Vec<Turn>> {
    let alone = |i: usize| {
        let p = sentences[i].paragraph;
        let first = i == 0 || sentences[i - 1].paragraph != p;
        let one = sentences.get(i + 1).is_none_or(|n| n.paragraph != p);
        // (The words are counted only of a paragraph of one sentence.)
        if !(first && one) {
            return false;
        }
        let text = sentences[i].text.trim();
        let words = text.split_whitespace().count();
        words <= MAX_LABEL_WORDS
            && !text.ends_with(|c: char| c.is_ascii_punctuation() || c == '»')
            && text
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let lines: Vec<usize> = (0..sentences.len()).filter(|&i| alone(i)).collect();
    let person = |i: usize| {
        let s = &sentences[i];
        let end = s.start + s.text.trim_end().chars().count();
        mentions
            .iter()
            .any(|m| m.kind == EntityType::Person && m.start <= s.start && m.end >= end)
    };
    // How often each such line's text comes back, counted once (a long text may hold
    // thousands of short lines).
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &j in &lines {
        *seen.entry(sentences[j].text.trim()).or_default() += 1;
    }
    let again = |i: usize| seen.get(sentences[i].text.trim()).is_some_and(|&n| n > 1);
    // A name line followed by words, not by another line of the same kind (a list of
    // participants under the header).
    let starts: Vec<usize> = lines
        .iter()
        .copied()
        .filter(|&i| (person(i) || again(i)) && i + 1 < sentences.len() && !alone(i + 1))
        .collect();
    let end_of = |k: usize| starts.get(k + 1).copied().unwrap_or(sentences.len());
    let asking = |k: usize| sentences[end_of(k) - 1].text.trim_end().ends_with('?');
    let questions = (0..starts.len()).filter(|&k| asking(k)).count();
    if starts.len() < MIN_TURNS || questions == 0 {
        return None;
    }
    let mut out = vec![Turn::default(); sentences.len()];
    for (k, &i) in starts.iter().enumerate() {
        let s = &sentences[i];
        let answerer = (!asking(k))
            .then(|| named(s.text.trim(), s.start, mentions))
            .flatten();
        for turn in &mut out[i + 1..end_of(k)] {
            turn.start = Some(i + 1);
            turn.answer = !asking(k);
            turn.answerer.clone_from(&answerer);
        }
    }
    Some(out)
}

/// Most paragraphs a letter quoted whole may span (a right of reply, an open letter).
const MAX_LETTER_PARAGRAPHS: usize = 12;
/// Longest signature line, in words ("The press service of the Embassy of … in …").
const MAX_SIGNATURE_WORDS: usize = 16;

/// Quotation marks that open and close a passage.
const OPENING_MARKS: [char; 3] = ['«', '“', '"'];
const CLOSING_MARKS: [char; 3] = ['»', '”', '"'];

/// A letter printed whole inside quotation marks (a right of reply, an open letter): a
/// paragraph opens the quotation, a later one closes it, and that last paragraph is a
/// signature alone on its line — a short line with no full stop that names a person or
/// an organisation. Every sentence before the signature is the signatory's own text, as
/// a first-party statement is its publisher's: the marks frame it, they quote no one. A
/// quotation with no signature is left to the cues around it.
fn quoted_letters(sentences: &[Sentence], mentions: &[Mention], out: &mut [Turn]) {
    let paragraph_start = |i: usize| i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph;
    let paragraph_end = |i: usize| {
        sentences
            .get(i + 1)
            .is_none_or(|n| n.paragraph != sentences[i].paragraph)
    };
    let mut i = 0;
    while i < sentences.len() {
        let opens = paragraph_start(i)
            && out[i].start.is_none()
            && sentences[i].text.trim_start().starts_with(OPENING_MARKS);
        let close = opens
            .then(|| letter_end(sentences, i, &paragraph_end))
            .flatten();
        let signer = close.and_then(|c| signatory(&sentences[c], mentions));
        match (close, signer) {
            (Some(c), Some(signer)) => {
                // (The signature line too: it names who signs, it says nothing.)
                for turn in &mut out[i..=c] {
                    turn.start = Some(i);
                    turn.answer = true;
                    turn.letter = true;
                    turn.framed = true;
                    turn.answerer = Some(signer.clone());
                }
                i = c + 1;
            }
            _ => i += 1,
        }
    }
}

/// The signature sentence that closes the quotation opened at sentence `open`: the first
/// later sentence ending a paragraph with a closing mark, itself a paragraph of one line.
fn letter_end(
    sentences: &[Sentence],
    open: usize,
    paragraph_end: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let first = sentences[open].paragraph;
    let close = (open..sentences.len())
        .take_while(|&k| sentences[k].paragraph <= first + MAX_LETTER_PARAGRAPHS)
        .find(|&k| {
            k > open && paragraph_end(k) && sentences[k].text.trim_end().ends_with(CLOSING_MARKS)
        })?;
    let alone = sentences[close - 1].paragraph != sentences[close].paragraph;
    alone.then_some(close)
}

/// Most sentences a quotation credited on the line after it may hold.
const MAX_CREDITED_SENTENCES: usize = 8;

/// Marks that open a credit line under a quotation ("– Jan Roe, Minister of …").
const CREDIT_DASHES: [char; 3] = ['–', '—', '-'];

/// A quotation set on its own, followed by a line that credits it ("“…” / – The Honourable
/// Jan Roe, Minister of …", a news release's quotes): the quoted sentences are the words
/// of the person the credit line names.
fn credited_quotes(sentences: &[Sentence], mentions: &[Mention], out: &mut [Turn]) {
    for k in 1..sentences.len() {
        let credit = &sentences[k];
        let own_line = sentences[k - 1].paragraph != credit.paragraph;
        let closes = sentences[k - 1].text.trim_end().ends_with(CLOSING_MARKS);
        if !own_line || !closes {
            continue;
        }
        let Some(person) = credit_person(credit, mentions) else {
            continue;
        };
        let from = k.saturating_sub(MAX_CREDITED_SENTENCES);
        let Some(open) = (from..k)
            .rev()
            .find(|&i| sentences[i].text.trim_start().starts_with(OPENING_MARKS))
        else {
            continue;
        };
        if out[open..=k].iter().any(|t| t.start.is_some()) {
            continue;
        }
        let speaker = Party {
            id: person.id.clone(),
            name: person.text.clone(),
        };
        for turn in &mut out[open..k] {
            turn.start = Some(open);
            turn.answer = true;
            turn.framed = true;
            turn.answerer = Some(speaker.clone());
        }
    }
}

/// The person a credit line under a quotation names: after a dash anywhere in the line
/// ("– The Honourable Jan Roe, Minister of …"), or, without a dash, as the line's first
/// words before a comma ("Jan Roe, Minister of …"), a short line that no full stop or
/// colon ends.
fn credit_person<'m>(credit: &Sentence, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let text = credit.text.trim();
    let within = |m: &&Mention| {
        m.kind == EntityType::Person && m.start >= credit.start && m.end <= credit.end
    };
    if text.starts_with(CREDIT_DASHES) {
        return mentions.iter().find(within);
    }
    let lead = credit
        .text
        .chars()
        .take_while(|c| c.is_whitespace())
        .count();
    // ("Jan Roe, Minister of …, said:" introduces the next quotation.)
    let short =
        !text.ends_with(['.', ':']) && text.split_whitespace().count() <= MAX_SIGNATURE_WORDS;
    let person = mentions
        .iter()
        .filter(within)
        .find(|m| m.start == credit.start + lead)?;
    let after = crate::text::slice_chars(
        &credit.text,
        crate::text::Span::new(person.end - credit.start, usize::MAX),
    )
    .trim_start();
    (short && (after.is_empty() || after.starts_with(','))).then_some(person)
}

/// Who signs a letter: the person its signature line names, else the organisation.
fn signatory(s: &Sentence, mentions: &[Mention]) -> Option<Party> {
    let text = s.text.trim().trim_end_matches(CLOSING_MARKS).trim_end();
    if text.ends_with('.') || text.split_whitespace().count() > MAX_SIGNATURE_WORDS {
        return None;
    }
    let inside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start >= s.start && m.end <= s.end)
        .collect();
    let of = |kind: EntityType| inside.iter().find(|m| m.kind == kind);
    of(EntityType::Person)
        .or_else(|| of(EntityType::Org))
        .map(|m| Party {
            id: m.id.clone(),
            name: m.text.clone(),
        })
}

/// Most digits a heading's number has.
const MAX_HEADING_NUMBER_CHARS: usize = 2;

/// Fewest question paragraphs that make an interview without labels.
const MIN_INTERVIEW_QUESTIONS: usize = 2;
/// Longest question paragraph of an interview, in words: a longer one is an article's.
const MAX_QUESTION_WORDS: usize = 40;

/// An interview printed without labels: paragraphs that are one short question, each
/// followed by the answer's paragraphs. The answers are the words of the person the header
/// names ("Jan Dupont: “…”", "an interview with Jan Dupont"), not of its interviewer
/// ("Interview by …", « propos recueillis par … »). None when the text is no such interview.
fn interview(sentences: &[Sentence], mentions: &[Mention]) -> Option<Vec<Turn>> {
    // A paragraph of one sentence: its neighbours belong to other paragraphs (no scan of
    // the text per sentence, which a long article would pay quadratically).
    let question = |i: usize| {
        let p = sentences[i].paragraph;
        let first = i == 0 || sentences[i - 1].paragraph != p;
        let one = sentences.get(i + 1).is_none_or(|n| n.paragraph != p);
        let s = &sentences[i];
        first
            && one
            && s.text.trim_end().ends_with('?')
            && s.text.split_whitespace().count() <= MAX_QUESTION_WORDS
    };
    let asks: Vec<usize> = (0..sentences.len()).filter(|&i| question(i)).collect();
    let answered = asks
        .iter()
        .filter(|&&q| q + 1 < sentences.len() && !question(q + 1))
        .count();
    if answered < MIN_INTERVIEW_QUESTIONS {
        return None;
    }
    let first_question = sentences[asks[0]].start;
    let interviewer = |m: &Mention| {
        let at = sentences.partition_point(|s| s.end <= m.start);
        let s = sentences.get(at).filter(|s| s.start <= m.start);
        s.is_some_and(|s| {
            let before: String = s.text.chars().take(m.start - s.start).collect();
            let before = before.trim_end().to_lowercase();
            before.ends_with(" by") || before.ends_with(" par") || before == "by" || before == "par"
        })
    };
    let interviewee = mentions
        .iter()
        .take_while(|m| m.start < first_question)
        .find(|m| m.kind == EntityType::Person && !interviewer(m))
        .map(|m| Party {
            id: m.id.clone(),
            name: m.text.clone(),
        })?;
    let mut out = vec![Turn::default(); sentences.len()];
    for (k, &q) in asks.iter().enumerate() {
        let end = asks.get(k + 1).copied().unwrap_or(sentences.len());
        out[q].start = Some(q);
        for turn in &mut out[q + 1..end] {
            turn.start = Some(q);
            turn.answer = true;
            turn.answerer = Some(interviewee.clone());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short_capitalised_heads() {
        assert_eq!(label("Q: Will you respond?").map(|l| l.0), Some("Q"));
        assert_eq!(label("Réponse : Non.").map(|l| l.0), Some("Réponse"));
        assert_eq!(
            label("Jane Roe: No comment.").map(|l| l.0),
            Some("Jane Roe")
        );
        assert_eq!(label("He said: no."), None);
        assert_eq!(label("No colon here."), None);
    }
}
