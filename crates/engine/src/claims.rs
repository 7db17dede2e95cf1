//! Claims: who asserts what against whom, and with which stance (stub until issue 3).

use crate::article::Lang;
use crate::entities::Mention;
use crate::sentences::Sentence;
use crate::text::Text;
use serde::Serialize;

/// The stance of a claim, as defined in the annotation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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

/// A party to a claim: an entity id and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    /// Language-independent id.
    pub id: String,
    /// Name as shown to the reader.
    pub name: String,
}

/// The words that report the claim ("a déclaré", "has accused").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The cue's text.
    pub text: String,
}

/// One claim: a sentence and stance, its speaker, target and disputed event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Extract the claims of an article. Stub: none yet.
pub fn extract(
    _text: &Text,
    _sentences: &[Sentence],
    _mentions: &[Mention],
    _lang: Lang,
) -> Vec<Claim> {
    Vec::new()
}
