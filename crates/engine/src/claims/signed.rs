//! Sections signed at their foot: a letters page's letters, an editorial signed by its
//! author, a column in a magazine. A line that is only a person's name, perhaps with a
//! place or a role after a comma ("Jana Novak, Tartu", « Jan Roe, maire de Velmar »),
//! signs the paragraphs above it back to the heading or the signature before: their
//! sentences in the first person, outside quotation marks, are the signer's own words, as
//! a transcript's answer is its answerer's.

use super::facts::Facts;
use super::lexicon::Family;
use super::Party;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;

/// Most words of a signature line: a name of up to four words, then a role and a place
/// ("Jan Roe, présidente de l'association Velmar Solidarité, Tartu").
const SIGNATURE_WORDS: usize = 14;
/// Most words of a heading line that opens a signed section (a letter's title).
const HEADING_WORDS: usize = 10;

/// Mark each signed section's sentences as its signer's words. (Each line is asked once
/// whether it signs, and each section is walked once: linear in the text.)
pub(crate) fn mark_signed(sentences: &[Sentence], mentions: &[Mention], facts: &mut [Facts]) {
    let signers: Vec<Option<Party>> = (0..sentences.len())
        .map(|i| signer(sentences, i, mentions))
        .collect();
    for (j, who) in signers.iter().enumerate() {
        let Some(who) = who else { continue };
        for i in (0..j).rev() {
            if heading(sentences, i) || signers[i].is_some() {
                break;
            }
            // Its sentences in the first person: what it says of others it reports.
            // (A transcript's turn, named on the line above it, is its speaker's already.)
            let f = &mut facts[i];
            let first_person = (0..f.tokens.len()).any(|k| f.is(k, Family::FirstPerson));
            let turn = f.turn_start.is_some() || (f.direct && !f.own_text);
            if !f.quoted && first_person && !turn {
                f.direct = true;
                f.answerer = Some(who.clone());
            }
        }
    }
}

/// Whether sentence `i` is a paragraph of its own.
fn alone(sentences: &[Sentence], i: usize) -> bool {
    let p = sentences[i].paragraph;
    let before = i > 0 && sentences[i - 1].paragraph == p;
    let after = sentences.get(i + 1).is_some_and(|n| n.paragraph == p);
    !before && !after
}

/// A short paragraph of its own that ends without a full stop: a heading.
fn heading(sentences: &[Sentence], i: usize) -> bool {
    let text = sentences[i].text.trim();
    alone(sentences, i)
        && text.split_whitespace().count() <= HEADING_WORDS
        && !text.ends_with(['.', '!', '?', ':'])
}

/// The person a signature line names: a paragraph of its own, short, with no full stop
/// at its end, that opens with a person's mention followed by nothing or a comma.
fn signer(sentences: &[Sentence], i: usize, mentions: &[Mention]) -> Option<Party> {
    let s = &sentences[i];
    let text = s.text.trim_end();
    let lead = s.text.chars().take_while(|c| c.is_whitespace()).count();
    if !alone(sentences, i)
        || text.split_whitespace().count() > SIGNATURE_WORDS
        || text.ends_with(['.', '!', '?', '»', '"', '”'])
    {
        return None;
    }
    // (Mentions are sorted by start: the one opening the line is found by halving.)
    let at = s.start + lead;
    let first = mentions.partition_point(|m| m.start < at);
    if let Some(m) = mentions[first..]
        .iter()
        .take_while(|m| m.start == at)
        .find(|m| m.kind == EntityType::Person)
    {
        let rest: String = s.text.chars().skip(m.end - s.start).collect();
        let rest = rest.trim_start();
        return (rest.is_empty() || rest.starts_with(',')).then(|| Party {
            id: m.id.clone(),
            name: m.text.clone(),
        });
    }
    // A name the entity layer did not find (a reader's, alone on its line with a town):
    // two or three capitalised words opening with a given name.
    let name = text.trim_start().split(',').next()?.trim();
    super::publisher::name_alone(name, s, mentions, false)
}
