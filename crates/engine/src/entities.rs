//! Named entities: the knowledge base and the recogniser (stub until issue 7).

use crate::article::{Lang, Paragraph};
use crate::sentences::Sentence;
use crate::text::{Span, Text};
use serde::Serialize;

/// Entity types, as defined in the annotation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// Named people.
    Person,
    /// Agencies, ministries, militaries, companies, media, alliances.
    Org,
    /// Countries, cities, governments named by place.
    Gpe,
    /// Regions that are not states.
    Loc,
    /// Explicit dates, years, months.
    Date,
    /// Threat-actor groups and military units named as actors.
    Group,
    /// Named malicious software.
    Malware,
}

impl EntityType {
    /// The label used in the JSON and the UI legend.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
            EntityType::Group => "GROUP",
            EntityType::Malware => "MALWARE",
        }
    }
}

/// One mention of an entity in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// First char of the mention.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The mention's text, as in the article.
    pub text: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Language-independent id (lowercase ASCII slug).
    pub id: String,
}

impl Mention {
    /// The mention's char span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Find every entity mention in the article. Stub: none yet.
pub fn recognise(
    _text: &Text,
    _paragraphs: &[Paragraph],
    _sentences: &[Sentence],
    _lang: Lang,
) -> Vec<Mention> {
    Vec::new()
}
