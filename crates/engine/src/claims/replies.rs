//! Announced replies. A sentence that only announces a reply ("The answer was not long in
//! coming.", « La riposte chinoise n'a pas tardé. ») says nothing of its own: its denial
//! is the words of whoever speaks in the next sentence, when that speaker is of the side
//! the announcement names (or it names none). A short sentence that only says a party
//! replied ("The embassy replied within the hour.", « Minsk a répondu. ») makes the
//! claim that party's reply makes in the next sentence.

use super::events::Draft;
use super::leads::{insert_in_order, sentence_range};
use super::lexicon::{is_word_of, Family};
use super::Party;
use super::Stance;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;

/// Most chars a sentence may hold after its cue and still be a bare announcement: the
/// closing mark and a space or two.
const TRAILING_CHARS: usize = 3;
/// Most words a sentence that only says a party replied may have (the party's long name,
/// the verb, where and when: "The Freedonian embassy in Lyon replied on its website late on
/// Monday").
const BARE_REPLY_WORDS: usize = 14;
/// Words that negate the reply ("did not respond", « n'a pas répondu »): no reply, no claim.
const NOT_REPLIED: [&str; 5] = ["not", "never", "pas", "jamais", "no"];

/// Give each short sentence that only says a party replied the claim of that party's
/// reply in the next sentence.
pub(crate) fn voice_bare_replies(
    drafts: &mut Vec<Draft>,
    sentences: &[Sentence],
    mentions: &[Mention],
) {
    let mut said_first = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let question = s.text.trim_end().ends_with('?');
        if question || !sentence_range(drafts, i, i).is_empty() || !bare_reply(&s.text) {
            continue;
        }
        // The party that replied: the first one the sentence names (mentions are in text
        // order).
        // (Past a transcript's label: « Jan Roe : L'ambassade a réagi. »)
        let label = super::turns::label_chars(&s.text);
        let from = mentions.partition_point(|m| m.start < s.start + label);
        let Some(party) = mentions[from..]
            .iter()
            .take_while(|m| m.end <= s.end)
            .find(|m| PARTY_KINDS.contains(&m.kind))
        else {
            continue;
        };
        let Some(reply) = drafts.get(sentence_range(drafts, i + 1, i + 1).start) else {
            continue;
        };
        if reply.sentence != i + 1 {
            continue;
        }
        let mut said = reply.clone();
        said.sentence = i;
        said.cue = None;
        if reply.speaker.as_ref().is_none_or(|p| p.id != party.id) {
            said.speaker = Some(Party {
                id: party.id.clone(),
                name: party.text.clone(),
            });
            said.speaker_side = None;
        }
        said_first.push(said);
    }
    insert_in_order(drafts, said_first);
}

/// The kinds of mention that can reply: people, organisations, countries.
const PARTY_KINDS: [EntityType; 3] = [EntityType::Person, EntityType::Org, EntityType::Gpe];

/// Whether a sentence is short, says that someone replied, and does not deny that they did.
fn bare_reply(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // The verb, not the noun after its article (« la réponse », "an answer"; but « a
    // répondu » is the French auxiliary).
    let noun = |k: usize| {
        k > 0
            && words[k - 1] != "a"
            && (is_word_of(&words[k - 1], Family::Determiner)
                || is_word_of(&words[k - 1], Family::Possessive))
    };
    words.len() <= BARE_REPLY_WORDS
        && (0..words.len()).any(|k| is_word_of(&words[k], Family::Reply) && !noun(k))
        && !words.iter().any(|w| NOT_REPLIED.contains(&w.as_str()))
}

/// Give each bare announcement of a denial the voice of the next sentence's speaker.
pub(crate) fn voice_announced(drafts: &mut [Draft], sentences: &[Sentence]) {
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if d.stance != Stance::Denial || !bare(d, sentences) {
            continue;
        }
        let next = drafts[k + 1..]
            .iter()
            .take_while(|n| n.sentence <= d.sentence + 1)
            .find(|n| n.sentence == d.sentence + 1 && n.speaker.is_some());
        let Some(next) = next else { continue };
        let same_side = d.speaker_side.is_none()
            || next.speaker_side.is_none()
            || d.speaker_side == next.speaker_side;
        if same_side && next.speaker != d.speaker {
            let (speaker, side) = (next.speaker.clone(), next.speaker_side.clone());
            let d = &mut drafts[k];
            d.speaker = speaker;
            d.speaker_side = side.or(d.speaker_side.take());
        }
    }
}

/// Whether the draft's cue names a reply and ends its sentence ("Bakou dément." denies
/// in its own words).
fn bare(d: &Draft, sentences: &[Sentence]) -> bool {
    let (Some(cue), Some(s)) = (&d.cue, sentences.get(d.sentence)) else {
        return false;
    };
    let end = s.start + s.text.chars().count();
    let names_reply = cue
        .text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| is_word_of(&w.to_lowercase(), Family::Reply));
    names_reply && cue.end + TRAILING_CHARS >= end
}
