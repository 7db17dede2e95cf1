//! Towns the base lacks, placed by French « à » or English "in": « l'usine de Kask à
//! Velmar », "a pumping station in Tartu". A single capitalised word right after the
//! preposition that the base does not know, no language ("in Russian": an adjective of
//! nationality; "in Farsi": `language` in `lexicon.tsv`) or organisation's short form ("in
//! Parliament"),
//! no given name, title or word with a capital inside (`ColCERT`), and no first word of a
//! longer name (a capitalised word after it), is a place (GPE); in English only before a
//! mark ("in Hainan province" names a region) and not as a mission's host ("Embassy in
//! X", read with the mission); then, one sense per article, every other mention of the
//! word is too.

use super::lexicon::is_given_name;
use super::persons::is_title_word;
use super::rules::{mark_everywhere, View};
use super::Candidate;
use super::EntityType;
use std::collections::BTreeMap;

/// The prepositions that place a thing in a town, either case (a sentence may open on one).
const AT: [&str; 4] = ["à", "À", "in", "In"];

/// The town « à » at token `i` places: the capitalised word after it, when it is one.
fn placed(v: &View, i: usize) -> Option<usize> {
    let k = i + 1;
    if !AT.contains(&v.text(i)) || !v.word_in(i, k) {
        return None;
    }
    let tok = v.t.list[k];
    let next_capitalised = v.word_in(k, k + 1) && v.t.list[k + 1].capitalised;
    // "in Hainan province": a noun after the name says what kind of place it is, a region
    // more often than a town; in English the town stands alone before a mark.
    let english = matches!(v.text(i), "in" | "In");
    // "the Ruritanian Embassy in Velmar": a mission's host is read with the mission.
    let host = i > 0 && super::mission_id_word(v.text(i - 1)).is_some();
    let closed = !v.word_in(k, k + 1);
    let w = v.text(k);
    // « à M. Tamm », « à Mme Kask »: a title, dot or not, names a person after it.
    let title = is_title_word(w) || is_title_word(&format!("{w}."));
    // « à ColCERT »: a capital inside the word makes it a brand's or a body's, no town's.
    let inner_capital = w.chars().skip(1).any(char::is_uppercase);
    // "in Russian": a language is named as its people's adjective; "in Parliament": an
    // organisation's short form.
    let language = super::kb::knowledge_base()
        .country_of_adjective(w)
        .is_some()
        || super::lexicon::lexicon().languages.contains(w);
    let short_form = super::lexicon::lexicon().short_forms.contains(w);
    let town = v.name_word(i, k)
        && !language
        && !short_form
        && v.known[k].is_none()
        && !tok.all_caps
        && !is_given_name(w)
        && !title
        && !inner_capital
        && !next_capitalised
        && (!english || (closed && !host));
    town.then_some(k)
}

/// Mark the towns « à » or "in" places, and their other mentions.
pub fn find(v: &View, out: &mut Vec<Candidate>) {
    let named: BTreeMap<&str, EntityType> = (0..v.t.list.len())
        .filter_map(|i| placed(v, i))
        .map(|k| (v.text(k), EntityType::Gpe))
        .collect();
    mark_everywhere(v, &named, out);
}
