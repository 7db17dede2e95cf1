//! Claims: who asserts what against whom, and with which stance.
//!
//! How a claim is found: each sentence is cut into words (`tokens`) and the
//! per-language cue lexicons (`lexicon`, data in `data/claims/cues_*.tsv`) mark
//! its reporting verbs, accusing verbs, denials, attack vocabulary… (`facts`; a negated
//! verb of commenting or attributing declines, `declines`).
//! The stance rules (`stance`) turn those families into zero, one or two claims.
//!
//! The parties a sentence names are its candidates (`cands`: entity mentions,
//! roles, country words, pronouns; capitalised names in `names`; the side,
//! possessive and article their neighbours give them in `qualify`). The speaker
//! is the party the cue reports (`parties`: "selon X", a passive's agent, a
//! pronoun, an inverted subject; else the subject of the clause, `subject`), a
//! pronoun or role resolved to the most recent compatible speaker (`speakers`), a
//! document ("the report", « cet article ») to its author (`documents`);
//! the target is the attributed or first non-victim party of the content
//! (`targets`). `resolve` runs the article pass (transcript turns in `turns`, a
//! first-party text's own voice in `publisher` and `voice`) and `draft` finds
//! the parties of each claim it decides; `content` reads what a reported
//! content says beyond its cues (a negated attack said for the accused side is
//! a denial; the effects of a known attack accuse nobody), and `framing` how a content
//! frames its attack words (said not to have happened, its author left open, a reproach
//! for a failing; « Pour X, » as a view, « une enquête, confiée à » as no report). Events and
//! counter-accusations are settled over the whole article (`events`, a speaker's
//! side read from the accusation it denies in `allegiance`, a cleft charge by a side that was
//! accused ("it is X who …") in `clefts`, ids in
//! `ids`, unnamed groups of speakers in `groups`, a bare role and the person introduced
//! with it, before or after, in `titled`, a bare announcement of a reply in `replies`, a
//! formal text's defined terms ("the Company") in `defined`, a
//! headline's unvoiced charge in `headline`, a quotation credited by the sentence after it
//! in `retro`, a lead's description of a body named further down in `described`, an
//! attribution in the passive with no agent in `agentless`).

mod agentless;
mod allegiance;
mod bodies;
mod cands;
mod carried;
mod clefts;
mod content;
mod declines;
mod defined;
mod described;
mod documents;
mod draft;
mod events;
mod facts;
mod framing;
mod gender;
mod groups;
mod headline;
mod heads;
mod home;
mod ids;
mod leads;
mod lexicon;
mod names;
mod parties;
mod publisher;
mod qualify;
mod replies;
mod resolve;
mod retro;
mod signed;
mod speakers;
mod stance;
mod subject;
mod targets;
mod titled;
mod tokens;
mod turns;
mod voice;

use crate::article::Lang;
use crate::entities::Mention;
use crate::sentences::Sentence;
use crate::text::Text;
use lexicon::Family;
use serde::{Deserialize, Serialize};

/// The stance of a claim, as defined in the annotation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// X says Y attacked, spied, hacked.
    Accusation,
    /// An accused party accuses its accuser back.
    CounterAccusation,
    /// X rejects an accusation as false or staged.
    Denial,
    /// X declines to confirm or to comment.
    NonConfirmation,
    /// X admits or apologises.
    Acknowledgment,
    /// X condemns or vows measures without a new factual accusation.
    Condemnation,
    /// Another reported assertion about the conflict.
    OtherClaim,
}

impl Stance {
    /// Every stance, in declaration order (a variant's index in the worker's messages).
    pub const ALL: [Stance; 7] = [
        Stance::Accusation,
        Stance::CounterAccusation,
        Stance::Denial,
        Stance::NonConfirmation,
        Stance::Acknowledgment,
        Stance::Condemnation,
        Stance::OtherClaim,
    ];
}

/// A party to a claim: an entity id and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Language-independent id.
    pub id: String,
    /// Name as shown to the reader.
    pub name: String,
}

/// The words that report the claim ("a déclaré", "has accused").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The cue's text.
    pub text: String,
}

/// One claim: a sentence and stance, its speaker, target and disputed event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Index into the article's sentences.
    pub sentence: usize,
    /// That sentence's text.
    pub text: String,
    /// Who asserts it, if found.
    pub speaker: Option<Party>,
    /// The stance.
    pub stance: Stance,
    /// Who is accused, denied about or responded to.
    pub target: Option<Party>,
    /// Slug of the disputed event.
    pub about: String,
    /// The reporting cue, if any.
    pub cue: Option<Cue>,
}

/// Extract the claims of an article, in sentence order. Never panics.
pub fn extract(
    text: &Text,
    sentences: &[Sentence],
    mentions: &[Mention],
    lang: Lang,
) -> Vec<Claim> {
    resolve::extract(text, sentences, mentions, lang)
}

/// Whether a sentence holds a cue of the families that carry `stance` (an accusing or
/// attack word, a denial, "declined to comment", an apology, a condemnation or a call…),
/// whether or not the rules made a claim of it: the aligner's difference notes say a stance
/// is in one version only when the other has no word for it.
pub fn has_cue_for(sentence: &Sentence, mentions: &[Mention], lang: Lang, stance: Stance) -> bool {
    let families: &[Family] = match stance {
        Stance::Accusation | Stance::CounterAccusation => &[
            Family::Accuse,
            Family::AccuseNoun,
            Family::AttribPre,
            Family::AttribPost,
            Family::Attack,
        ],
        Stance::Denial => &[Family::Deny, Family::DenyContent],
        Stance::NonConfirmation => &[Family::NonConfirm],
        Stance::Acknowledgment => &[Family::Acknowledge, Family::Confirm],
        Stance::Condemnation => &[Family::Condemn, Family::CondemnContent, Family::Urge],
        Stance::OtherClaim => &[Family::Report, Family::According],
    };
    let f = facts::Facts::of(sentence, mentions, lang);
    families.iter().any(|&family| f.has(family))
}

/// The side (country) an entity id points to: the id itself when it is a country, the
/// country the knowledge base gives a place or body, else the side its name words point to
/// (`china_mfa` -> `china`, `nsa` -> `united_states`).
pub fn side_of(id: &str) -> Option<String> {
    ids::side_of_id(id)
}

/// The id met most often among `ids`, the first met on a tie (`max_by_key` would keep the
/// last of equals): the country an author's statement speaks for most, the province a story
/// names most.
pub(crate) fn most_frequent<'a>(ids: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for id in ids {
        match counts.iter_mut().find(|(c, _)| *c == id) {
            Some((_, n)) => *n += 1,
            None => counts.push((id, 1)),
        }
    }
    let top = counts.iter().map(|&(_, n)| n).max()?;
    counts
        .iter()
        .find(|&&(_, n)| n == top)
        .map(|&(id, _)| id.to_string())
}
