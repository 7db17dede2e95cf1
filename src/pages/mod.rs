//! Pages: one per route.

mod article;
pub mod disputes;
mod entity;
mod library;
mod not_found;
mod pair;

pub use article::{article_page, ArticleView};
pub use disputes::DisputesPage;
pub use entity::EntityPage;
pub use library::library_page;
pub use not_found::not_found_page;
pub use pair::PairPage;
