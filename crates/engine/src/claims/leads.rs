//! Quoted leads. A paragraph may open with a quotation that names no one (« … » then
//! « Tel est le constat du ministre … », "“…” Jana Novak, the agency's head, said on
//! Monday"): the words belong to the person the next sentence of the paragraph names, and
//! that sentence, which reports them, makes the same claim.

use super::events::Draft;
use super::speakers::Known;
use crate::sentences::Sentence;

/// Give the claims of a paragraph's opening quotation (one sentence or more) the voice of
/// the first person the paragraph's next sentence names. `people` are the people named,
/// with their sentence.
pub(crate) fn voice_quoted_leads(
    drafts: &mut Vec<Draft>,
    sentences: &[Sentence],
    people: &[Known],
) {
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
        let next_in_paragraph = sentences
            .get(close + 1)
            .is_some_and(|n| n.paragraph == s.paragraph);
        if !whole_quotation(&quoted.join(" ")) || !next_in_paragraph {
            continue;
        }
        let Some(k) = people.iter().find(|k| k.sentence == close + 1) else {
            continue;
        };
        for d in drafts
            .iter_mut()
            .filter(|d| (p..=close).contains(&d.sentence))
        {
            d.speaker = Some(k.party.clone());
            d.speaker_side.clone_from(&k.side);
        }
        // The naming sentence repeats the quotation's last claim, unless it makes that
        // claim itself.
        let Some(last) = drafts
            .iter()
            .rposition(|d| (p..=close).contains(&d.sentence))
        else {
            continue;
        };
        let naming = close + 1;
        let stance = drafts[last].stance;
        if !drafts
            .iter()
            .any(|d| d.sentence == naming && d.stance == stance)
        {
            let mut repeat = drafts[last].clone();
            repeat.sentence = naming;
            repeat.cue = None;
            let at = drafts.iter().position(|d| d.sentence > naming);
            drafts.insert(at.unwrap_or(drafts.len()), repeat);
        }
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
