//! Towns the base lacks, placed by French « à »: « l'usine de Kask à Velmar », « À Tartu,
//! la mairie… ». A single capitalised word right after « à » that the base does not know,
//! no given name, title or word with a capital inside (`ColCERT`), and no first word of a
//! longer name (a capitalised word after it), is a place (GPE); then, one sense per
//! article, every other mention of the word is too.

use super::lexicon::is_given_name;
use super::persons::is_title_word;
use super::rules::{mark_everywhere, View};
use super::Candidate;
use super::EntityType;
use crate::article::Lang;
use std::collections::BTreeMap;

/// The preposition that places a thing in a town, either case (a sentence may open on it).
const AT: [&str; 2] = ["à", "À"];

/// The town « à » at token `i` places: the capitalised word after it, when it is one.
fn placed(v: &View, i: usize) -> Option<usize> {
    let k = i + 1;
    if !AT.contains(&v.text(i)) || !v.word_in(i, k) {
        return None;
    }
    let tok = v.t.list[k];
    let next_capitalised = v.word_in(k, k + 1) && v.t.list[k + 1].capitalised;
    let w = v.text(k);
    // « à M. Tamm », « à Mme Kask »: a title, dot or not, names a person after it.
    let title = is_title_word(w) || is_title_word(&format!("{w}."));
    // « à ColCERT »: a capital inside the word makes it a brand's or a body's, no town's.
    let inner_capital = w.chars().skip(1).any(char::is_uppercase);
    let town = v.name_word(i, k)
        && v.known[k].is_none()
        && !tok.all_caps
        && !is_given_name(w)
        && !title
        && !inner_capital
        && !next_capitalised;
    town.then_some(k)
}

/// Mark the towns « à » places, and their other mentions, in a French article.
pub fn find(v: &View, out: &mut Vec<Candidate>) {
    if v.lang != Lang::Fr {
        return;
    }
    let named: BTreeMap<&str, EntityType> = (0..v.t.list.len())
        .filter_map(|i| placed(v, i))
        .map(|k| (v.text(k), EntityType::Gpe))
        .collect();
    mark_everywhere(v, &named, out);
}
