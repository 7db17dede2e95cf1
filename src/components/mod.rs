//! Components: small views, one per file. They read the corpus from context,
//! take small props, and dispatch actions.

mod accusation_matrix;
mod add_articles;
mod article_card;
mod block;
mod claim_note;
mod disputes;
mod entity_card;
mod export_buttons;
mod header;
mod lang_toggle;
mod legend;
mod mention;
mod notices;
mod paragraph_column;
mod sentence;
mod shortcuts;
mod stance_badge;
mod timeline;

pub use accusation_matrix::{counts_phrase, matrix_of, AccusationMatrix, CellAt, Matrix};
pub use add_articles::AddArticles;
pub use article_card::{lang_name, ArticleCard};
pub use block::{lit_in, noise_slug, BlockView};
pub use claim_note::{cue_tooltip, ClaimNote};
pub use disputes::Disputes;
pub use entity_card::EntityCard;
pub use export_buttons::ExportButtons;
pub use header::Header;
pub use lang_toggle::LangToggle;
pub use legend::{type_word, Legend};
pub use mention::MentionView;
pub use notices::Notices;
pub use paragraph_column::ParagraphColumn;
pub use sentence::SentenceView;
pub use shortcuts::{open_shortcuts, Shortcuts};
pub use stance_badge::{stance_parts, StanceBadge, StanceBadgeProps, STANCES};
pub use timeline::{by_date, parse_date_id, DateKey, EntryKind, Season, Timeline, TimelineEntry};
