//! Pages: one per route.

mod article;
mod library;
mod not_found;
mod pair;

pub use article::ArticlePage;
pub use library::LibraryPage;
pub use not_found::NotFoundPage;
pub use pair::PairPage;
