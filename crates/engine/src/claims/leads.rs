//! Quoted leads. A paragraph may open with a quotation that names no one (« … » then
//! « Tel est le constat du ministre … », "“…” Jana Novak, the agency's head, said on
//! Monday"): the words belong to the person the next sentence of the paragraph names, and
//! that sentence, which reports them, makes the same claim.

use super::events::Draft;
use super::speakers::Known;
use crate::sentences::Sentence;
use std::ops::Range;

/// Give the claims of a paragraph's opening quotation (one sentence or more) the voice of
/// the first person the paragraph's next sentence names. `drafts` are in sentence order,
/// as the article pass makes them, and stay so; `people` are the people named, with their
/// sentence, in that order too.
pub(crate) fn voice_quoted_leads(
    drafts: &mut Vec<Draft>,
    sentences: &[Sentence],
    people: &[Known],
) {
    debug_assert!(drafts.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    let mut repeats = Vec::new();
    for (p, s) in sentences.iter().enumerate() {
        let opens_paragraph = p == 0 || sentences[p - 1].paragraph != s.paragraph;
        if !opens_paragraph || !s.text.trim_start().starts_with(['«', '“', '"']) {
            continue;
        }
        // The sentence where the quotation closes, in the same paragraph.
        let Some(close) = (p..sentences.len())
            .take_while(|&j| sentences[j].paragraph == s.paragraph)
            .find(|&j| sentences[j].text.trim_end().ends_with(['»', '”', '"']))
        else {
            continue;
        };
        let quoted: Vec<&str> = sentences[p..=close]
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        let naming = close + 1;
        let next_in_paragraph = sentences
            .get(naming)
            .is_some_and(|n| n.paragraph == s.paragraph);
        if !whole_quotation(&quoted.join(" ")) || !next_in_paragraph {
            continue;
        }
        let named = people.partition_point(|k| k.sentence < naming);
        let Some(k) = people.get(named).filter(|k| k.sentence == naming) else {
            continue;
        };
        let quotation = sentence_range(drafts, p, close);
        for d in &mut drafts[quotation.clone()] {
            d.speaker = Some(k.party.clone());
            d.speaker_side.clone_from(&k.side);
        }
        // The naming sentence repeats the quotation's last claim, unless it makes that
        // claim itself.
        let Some(last) = quotation.clone().last() else {
            continue;
        };
        let stance = drafts[last].stance;
        let made = drafts[sentence_range(drafts, naming, naming)]
            .iter()
            .any(|d| d.stance == stance);
        if !made {
            let mut repeat = drafts[last].clone();
            repeat.sentence = naming;
            repeat.cue = None;
            repeats.push(repeat);
        }
    }
    insert_in_order(drafts, repeats);
}

/// The drafts of sentences `first..=last`, in drafts kept in sentence order.
pub(crate) fn sentence_range(drafts: &[Draft], first: usize, last: usize) -> Range<usize> {
    drafts.partition_point(|d| d.sentence < first)..drafts.partition_point(|d| d.sentence <= last)
}

/// Add drafts to drafts kept in sentence order, each after those of its sentence.
pub(crate) fn insert_in_order(drafts: &mut Vec<Draft>, new: Vec<Draft>) {
    if !new.is_empty() {
        drafts.extend(new);
        // A stable sort: the drafts of one sentence keep their order.
        drafts.sort_by_key(|d| d.sentence);
    }
}

/// Whether a text is one quotation, from its opening mark to its closing one.
fn whole_quotation(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(['«', '“', '"']) && t.ends_with(['»', '”', '"']) && {
        let inner = &t[t.chars().next().map_or(0, char::len_utf8)..];
        // No mark closes and reopens inside ("« A », dit-il, « B »").
        !inner[..inner.len() - inner.chars().last().map_or(0, char::len_utf8)]
            .contains(['»', '”', '«', '“', '"'])
    }
}
