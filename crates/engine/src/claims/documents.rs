//! Documents and their authors: "the report", « selon cet article » speak with the voice
//! of whoever published them.
//!
//! A document noun (`role_doc` words: report, article, « communiqué »…) finds its author
//! in its own sentence: a possessive before it ("the Courier's report"), a name shortly
//! after a `doc_author` word ("a report issued by the Institute", « un article du
//! Courrier »), or the name the clause opens with ("The Courier published an article
//! saying …"). A later document noun that names nobody refers to the document met last,
//! a few sentences back; one whose author comes only in the next sentence ("…, according
//! to a report released on Tuesday. The report was issued by the Institute.") takes it
//! from there (`Pass::lend_authors`).

use super::cands::{Cand, Kind};
use super::facts::Facts;
use super::lexicon::Family;
use super::speakers::{known, Known};

/// How many sentences back a document noun may refer to a document whose author is
/// known: the report under discussion stays the topic for a short stretch.
pub(crate) const DOCUMENT_REACH_SENTENCES: usize = 4;
/// How many tokens after the document noun its author may start ("report issued
/// jointly by the Institute": a participle, an adverb, a preposition and a possessive
/// place, three tokens, between).
const AUTHOR_AFTER: usize = 9;

/// A document noun of a sentence and its author.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// The document noun's first token.
    pub at: usize,
    pub author: Known,
}

/// The documents a sentence names with their authors.
pub(crate) fn authored(f: &Facts, cands: &[Cand], si: usize) -> Vec<Document> {
    cands
        .iter()
        .filter(|c| c.kind == Kind::Role(Family::RoleDoc))
        .filter_map(|doc| {
            let author = possessor(cands, doc)
                .or_else(|| named_after(f, cands, doc))
                .or_else(|| clause_subject(f, cands, doc))
                .or_else(|| described_subject(f, cands, doc))?;
            Some(Document {
                at: doc.first,
                author: known(author, si),
            })
        })
        .collect()
}

/// An author: a name, even one no entity list knows (a weekly's title).
fn is_party(c: &Cand) -> bool {
    matches!(c.kind, Kind::Named | Kind::Person)
}

/// "the Courier's report".
fn possessor<'c>(cands: &'c [Cand], doc: &Cand) -> Option<&'c Cand> {
    cands
        .iter()
        .rev()
        .find(|c| c.last < doc.first && c.possessive && c.last + 3 >= doc.first)
        .filter(|c| is_party(c))
}

/// "a report issued by the Institute", « un article du Courrier ».
fn named_after<'c>(f: &Facts, cands: &'c [Cand], doc: &Cand) -> Option<&'c Cand> {
    // "issued by China's Virus Response Center": a possessive place on the way is no author.
    let c = cands
        .iter()
        .filter(|c| c.first > doc.last && c.first <= doc.last + AUTHOR_AFTER)
        .find(|c| !c.possessive)
        .filter(|c| is_party(c))?;
    let between = doc.last + 1..c.first;
    let by = between.clone().any(|i| f.is(i, Family::DocAuthor));
    // "The statement, released by the League, reads": the comma that opens the participle
    // is no boundary between the document and its author.
    let apposition = |i: usize| i == doc.last + 1 && f.tokens[i].is(",");
    let plain = between
        .clone()
        .all(|i| (apposition(i) || !f.tokens[i].is_boundary()) && !f.is(i, Family::Report));
    (by && plain).then_some(c)
}

/// Whether `c` is named as the author of a document of its sentence ("citing an article
/// by the Courier", « un article du Courrier »): the source a claim cites, never its target.
pub(crate) fn cited_author(f: &Facts, cands: &[Cand], c: &Cand) -> bool {
    cands
        .iter()
        .filter(|d| d.kind == Kind::Role(Family::RoleDoc) && d.last < c.first)
        .any(|d| named_after(f, cands, d).is_some_and(|a| a.first == c.first))
}

/// "The Courier published an article saying …": the name its clause opens with.
fn clause_subject<'c>(f: &Facts, cands: &'c [Cand], doc: &Cand) -> Option<&'c Cand> {
    let start = (0..doc.first)
        .rev()
        .find(|&i| f.tokens[i].is_boundary())
        .map_or(0, |i| i + 1);
    cands
        .iter()
        .find(|c| c.first >= start && c.last < doc.first && !c.possessive)
        .filter(|c| is_party(c))
}

/// "X, a firm based in Y, released a note …": the name a sentence opens with, past the
/// description between commas after it, is the author of the document its verb releases.
fn described_subject<'c>(f: &Facts, cands: &'c [Cand], doc: &Cand) -> Option<&'c Cand> {
    let t = &f.tokens;
    let start = (0..doc.first)
        .rev()
        .find(|&i| t[i].is_boundary() && !t[i].is(","))
        .map_or(0, |i| i + 1);
    let first = cands
        .iter()
        .find(|c| c.first >= start && c.last < doc.first)
        .filter(|c| is_party(c) && !c.possessive)?;
    // Only a name right at the start, then its description between commas.
    let opens = (start..first.first).all(|i| !t[i].word || f.is(i, Family::Determiner));
    let described = t.get(first.last + 1).is_some_and(|x| x.is(","));
    (opens && described).then_some(first)
}

/// The author a document noun refers to: its own, else the last document's, met at most
/// [`DOCUMENT_REACH_SENTENCES`] back.
pub(crate) fn author_of(
    doc: &Cand,
    here: &[Document],
    before: &[Document],
    si: usize,
) -> Option<Known> {
    if let Some(d) = here.iter().find(|d| d.at == doc.first) {
        return Some(d.author.clone());
    }
    before
        .last()
        .filter(|d| d.author.sentence + DOCUMENT_REACH_SENTENCES >= si)
        .map(|d| Known {
            sentence: si,
            ..d.author.clone()
        })
}
