//! Components: small views, one per file. They read the corpus from context,
//! take small props, and dispatch actions.

mod accusation_matrix;
mod add_articles;
mod article_card;
mod block;
mod claim_note;
mod column_head;
mod disputes;
mod entity_card;
mod entity_claims;
mod entity_mentions;
mod entity_sheet;
mod export_buttons;
mod header;
mod interleaved_rows;
mod lang_toggle;
mod legend;
mod library_filters;
mod mention;
mod notices;
mod other_version;
mod pair_switches;
mod paragraph_block;
mod paragraph_column;
mod quote_view;
mod row_cell;
mod row_column;
mod sentence;
mod shortcuts;
mod stance_badge;
mod timeline;

pub use accusation_matrix::{
    accusation_matrix, counts_phrase, matrix_of, CellAt, Matrix, MatrixView,
};
pub use add_articles::AddArticles;
pub use article_card::{article_card, lang_name};
pub use block::{lit_in, noise_slug, BlockView};
pub use claim_note::{cue_tooltip, ClaimNote};
pub use column_head::column_head;
pub use disputes::Disputes;
pub use entity_card::{reference_links, EntityCard};
pub use entity_claims::entity_claims;
pub use entity_mentions::entity_mentions;
pub use entity_sheet::EntitySheet;
pub use export_buttons::{export_buttons, Exporter};
pub use header::header;
pub use interleaved_rows::interleaved_rows;
pub use lang_toggle::lang_toggle;
pub use legend::{legend, type_word};
pub use library_filters::{match_phrase, LibraryFilters};
pub use mention::MentionView;
pub use notices::notices;
pub use other_version::other_version;
pub use pair_switches::{pair_switches, Switches};
pub use paragraph_block::{blocks_of_row, BlockMarks, ParagraphBlock};
pub use paragraph_column::ParagraphColumn;
pub use quote_view::quote_view;
pub use row_cell::{CellMarks, RowCell, RowMarks};
pub use row_column::{row_column, RowsShown};
pub use sentence::SentenceView;
pub use shortcuts::{open_shortcuts, shortcuts};
pub use stance_badge::{stance_badge, stance_parts, STANCES};
pub use timeline::{by_date, parse_date_id, timeline, DateKey, EntryKind, Season, TimelineEntry};
