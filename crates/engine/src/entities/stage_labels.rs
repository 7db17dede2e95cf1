//! The labels of a transcript, which say who speaks and which shot runs, not what the story
//! names: a turn label in capitals before its colon ("ANNA HOLM, ANCHOR:", "HOLM
//! (voice-over):") and a production cue in brackets ("[STUDIO – LINK]"). Their capital
//! words are no acronyms; a name the base knows or a person's name stays marked there.

use super::rules::View;

/// Most tokens of a label before its colon ("JAAN TAMM, GENERAL MANAGER, VELMAR WATER
/// WORKS (live)": fifteen); a longer run of capitals is a shouted sentence.
const MAX_LABEL_TOKENS: usize = 20;

/// The first token of the block holding token `i`.
fn block_start(v: &View, i: usize) -> usize {
    let block = v.t.list[i].block;
    (0..=i)
        .rev()
        .take_while(|&k| v.t.list[k].block == block)
        .last()
        .unwrap_or(i)
}

/// Whether a word token of a label may stand there: in capitals, a number, or anything
/// inside the label's brackets ("(voice-over)").
fn label_word(v: &View, k: usize, in_brackets: bool) -> bool {
    let tok = v.t.list[k];
    !tok.word || in_brackets || tok.all_caps || tok.digits || v.text(k).chars().count() == 1
}

/// Whether token `i` lies in a label of its block: capitals from the block's start up to
/// a colon after `i` (a turn label), or inside a bracket the block opens on (a cue).
pub fn in_label(v: &View, i: usize) -> bool {
    let start = block_start(v, i);
    let cue = v.text(start) == "[";
    let mut depth = 0usize;
    for k in start..(start + MAX_LABEL_TOKENS).min(v.t.list.len()) {
        if v.t.list[k].block != v.t.list[i].block {
            return false;
        }
        match v.text(k) {
            "(" | "[" => depth += 1,
            "]" if cue && depth == 1 => return k > i,
            ")" | "]" => depth = depth.saturating_sub(1),
            ":" if !cue && depth == 0 => return k > i,
            _ if !label_word(v, k, depth > 0 && !cue) => return false,
            _ => {}
        }
    }
    false
}
