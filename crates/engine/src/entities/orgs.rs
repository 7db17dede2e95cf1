//! Organisations not in the knowledge base, found by their head word.
//!
//! - Ministries, with the country resolved by rule so that the same ministry
//!   gets one id in both languages: a country adjective (`ministère chinois
//!   des Affaires étrangères`, `Chinese Foreign Ministry`), a complement
//!   (`du Japon`, `of Japan`) or a possessive (`Japan's Foreign Ministry`,
//!   where `Japan` stays a mention of its own) gives `<country>_<portfolio>`
//!   (`china_mfa`, `japan_mod`); without one the id is left to `coref`.
//! - Other heads (`Agence`, `Agency`, `Bureau`, `Command`…) with a
//!   capitalised complement: `Agency for Cybersecurity`, `Bureau of Investigation`.
//! - A capitalised sequence ending in an organisation word (`Times`, `Post`,
//!   `Agency`, `Institute`): `South China Morning Post`.

use super::kb::{knowledge_base, lookup};
use super::lexicon::{class, lexicon};
use super::listed_names::{listed_end, listed_start};
use super::name_bounds::{
    after_the, owner_of_next_name, starts_another_name, AFTER_AND_WORDS, AFTER_POSSESSIVE_WORDS,
};
use super::outlet_titles::titled_start;
use super::persons;
use super::rules::{slug, View};
use super::tokens::Tokens;
use super::{Candidate, EntityType, Priority};
use crate::article::Lang;
use std::sync::OnceLock;

/// Portfolios as token sequences (apostrophes folded), longest first.
fn portfolios() -> &'static Vec<(Vec<String>, String)> {
    static P: OnceLock<Vec<(Vec<String>, String)>> = OnceLock::new();
    P.get_or_init(|| {
        let mut out: Vec<(Vec<String>, String)> = lexicon()
            .portfolios
            .iter()
            .map(|(words, suffix)| {
                let phrase = words.join(" ");
                let t = Tokens::new(&phrase, &[(0, phrase.len())]);
                let toks = (0..t.list.len()).map(|i| fold_quote(t.text(i))).collect();
                (toks, suffix.clone())
            })
            .collect();
        crate::order::sort_by_key(&mut out, |p| std::cmp::Reverse(p.0.len()));
        out
    })
}

fn fold_quote(s: &str) -> String {
    if s == "’" {
        "'".to_string()
    } else {
        s.to_string()
    }
}

/// The portfolio starting at token `j`: its last token and id suffix.
fn portfolio_at(v: &View, from: usize, j: usize) -> Option<(usize, &'static str)> {
    portfolios().iter().find_map(|(words, suffix)| {
        let fits = words.iter().enumerate().all(|(k, w)| {
            v.t.list
                .get(j + k)
                .is_some_and(|t| t.block == v.t.list[from].block)
                && fold_quote(v.text(j + k)) == *w
        });
        fits.then(|| (j + words.len() - 1, suffix.as_str()))
    })
}

/// The portfolio ending at token `j`: its first token and id suffix.
fn portfolio_before(v: &View, j: usize) -> Option<(usize, &'static str)> {
    portfolios().iter().find_map(|(words, suffix)| {
        let first = (j + 1).checked_sub(words.len())?;
        let fits = words.iter().enumerate().all(|(k, w)| {
            v.t.list[first + k].block == v.t.list[j].block && fold_quote(v.text(first + k)) == *w
        });
        fits.then_some((first, suffix.as_str()))
    })
}

/// After a French or English connector at `j` (`de`, `du`, `des`, `de la`,
/// `de l'`, `d'`, `of`, `of the`), the index of the next token.
fn after_connector(v: &View, from: usize, j: usize) -> Option<usize> {
    if !v.word_in(from, j) {
        return None;
    }
    let quote = |k: usize| v.punct_in(from, k, "'") || v.punct_in(from, k, "’");
    match v.text(j) {
        "des" | "du" | "of" => {
            Some(j + 1 + usize::from(v.word_in(from, j + 1) && v.text(j + 1) == "the"))
        }
        "de" if v.word_in(from, j + 1) && v.text(j + 1) == "la" => Some(j + 2),
        "de" if v.word_in(from, j + 1) && v.text(j + 1) == "l" && quote(j + 2) => Some(j + 3),
        "de" => Some(j + 1),
        "d" if quote(j + 1) => Some(j + 2),
        _ => None,
    }
}

/// The country a word names as an adjective (`chinois`, `Chinese`).
fn adjective_country(v: &View, from: usize, j: usize) -> Option<String> {
    if !v.word_in(from, j) {
        return None;
    }
    knowledge_base()
        .country_of_adjective(v.text(j))
        .map(|e| e.id.clone())
}

/// A known place starting at token `j`: its last token and id.
fn place_at(v: &View, j: usize) -> Option<(usize, String)> {
    let (last, id, kind) = v.known_at.get(&j)?;
    (*kind == EntityType::Gpe).then(|| (*last, id.clone()))
}

fn ministry_id(country: Option<String>, suffix: &str) -> String {
    match (suffix.strip_prefix('='), country) {
        (Some(fixed), _) => fixed.to_string(),
        (None, Some(c)) => format!("{c}_{suffix}"),
        (None, None) => format!("?{suffix}"),
    }
}

/// `ministère [adj] des Affaires étrangères [adj] [du Japon]`, `Ministry of Defense [of Japan]`.
fn ministry_of(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if !matches!(v.text(i), "ministère" | "Ministère" | "Ministry") {
        return;
    }
    let mut j = i + 1;
    let mut country = adjective_country(v, i, j);
    // « ministère fédéral des … »: an adjective that names no country stays in the name.
    if country.is_some() || french_adjective(v, i, j) {
        j += 1;
    }
    let Some(p) = after_connector(v, i, j) else {
        return;
    };
    let Some((mut end, suffix)) = portfolio_at(v, i, p) else {
        return;
    };
    // « des Affaires étrangères et européennes »: a second adjective joined to the
    // portfolio's own describes the same noun, inside the name.
    if v.word_in(i, end + 1) && v.text(end + 1) == "et" && french_adjective(v, i, end + 2) {
        end += 2;
    }
    if country.is_none() {
        if let Some(c) = adjective_country(v, i, end + 1) {
            country = Some(c);
            end += 1;
        }
    }
    if country.is_none() {
        if let Some((last, id)) = after_connector(v, i, end + 1).and_then(|k| place_at(v, k)) {
            country = Some(id);
            end = last;
        }
    }
    // "the Chinese Ministry of Foreign Affairs": an English adjective of nationality
    // before the noun names its country, inside the name.
    let mut start = i;
    if country.is_none() && i > 0 && v.text(i) == "Ministry" && v.t.list[i - 1].capitalised {
        country = adjective_country(v, i - 1, i - 1);
        if country.is_some() {
            start = i - 1;
        }
    }
    // "Spain's Ministry of Foreign Affairs": the owner names the country, outside the name.
    if country.is_none() && v.text(i) == "Ministry" {
        country = possessive_country(v, i).map(|(_, c)| c);
    }
    out.push(v.candidate(
        start,
        end,
        EntityType::Org,
        ministry_id(country, suffix),
        Priority::Head,
    ));
}

/// `[Chinese] Foreign Ministry`, `Japan's Defense Ministry`.
fn portfolio_ministry(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if v.text(i) != "Ministry" || i == 0 {
        return;
    }
    let Some((mut start, suffix)) = portfolio_before(v, i - 1) else {
        return;
    };
    let mut country = None;
    if start > 0 && v.t.list[start - 1].capitalised {
        country = adjective_country(v, i, start - 1);
        if country.is_some() {
            start -= 1;
        }
    }
    if country.is_none() && start >= 3 && v.text(start - 1) == "s" {
        let quote = v.text(start - 2);
        if matches!(quote, "'" | "’") {
            let owner = (0..start - 2).rev().find(|&k| {
                v.known_at
                    .get(&k)
                    .is_some_and(|(last, _, _)| *last == start - 3)
            });
            country = owner.and_then(|k| place_at(v, k)).map(|(_, id)| id);
        }
    }
    out.push(v.candidate(
        start,
        i,
        EntityType::Org,
        ministry_id(country, suffix),
        Priority::Head,
    ));
}

/// Most portfolios one ministry's name lists (`Foreign Affairs, Foreign Trade and
/// Development Cooperation`: three); a longer list is a sentence's, not a name's.
const MAX_PORTFOLIOS: usize = 4;
/// Most tokens of one listed portfolio (`Coopération au développement`: three).
const PORTFOLIO_TOKENS: usize = 4;
/// Words linking the words of a listed portfolio (`Coopération au développement`).
const PORTFOLIO_LINKS: [&str; 8] = ["au", "aux", "à", "de", "du", "des", "of", "for"];

/// The last token of a listed portfolio starting at token `k`: a capitalised word, then
/// capitalised words, French adjectives or a link and its word.
fn listed_portfolio_end(v: &View, from: usize, k: usize) -> Option<usize> {
    let first = v.word_in(from, k) && v.t.list[k].capitalised && !v.t.list[k].all_caps;
    if !first {
        return None;
    }
    let mut end = k;
    while end + 1 - k < PORTFOLIO_TOKENS {
        let next = end + 1;
        if v.word_in(from, next) && v.t.list[next].capitalised && !v.t.list[next].all_caps
            || french_adjective(v, from, next)
        {
            end = next;
        } else if v.word_in(from, next)
            && PORTFOLIO_LINKS.contains(&v.text(next))
            && v.word_in(from, next + 1)
            && !v.t.list[next + 1].digits
        {
            end = next + 1;
        } else {
            break;
        }
    }
    Some(end)
}

/// After the portfolio ending at `end`, the last token of a closed list of more portfolios
/// (`, Commerce extérieur et Coopération au développement`): commas, then `et`/`and`
/// before the last; `None` when the list does not close.
fn portfolio_list_end(v: &View, from: usize, end: usize) -> Option<usize> {
    let mut j = end + 1;
    for _ in 0..MAX_PORTFOLIOS {
        let closing = v.word_in(from, j) && JOINERS.contains(&v.text(j));
        if !closing && !v.punct_in(from, j, ",") {
            return None;
        }
        let last = listed_portfolio_end(v, from, j + 1)?;
        if closing {
            return Some(last);
        }
        j = last + 1;
    }
    None
}

/// The last token of a ministry head at token `i` whose portfolio follows it without a
/// preposition: a head of `lexicon.tsv` (`Federal Public Service`) or an acronym the base
/// does not know (`SPF`).
fn portfolio_head_end(v: &View, i: usize) -> Option<usize> {
    let tok = v.t.list[i];
    let acronym = tok.all_caps
        && v.known[i].is_none()
        && (ACRONYM_LETTERS).contains(&v.text(i).len())
        && !lexicon().not_acronyms.contains(v.text(i));
    if acronym {
        return Some(i);
    }
    lexicon().portfolio_heads.iter().find_map(|words| {
        let fits = words
            .iter()
            .enumerate()
            .all(|(k, w)| v.word_in(i, i + k) && v.text(i + k) == w);
        fits.then(|| i + words.len() - 1)
    })
}

/// Letters of an acronym that heads a ministry (`SPF`, `FPS`, `DFAE`).
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 2..=5;

/// `SPF Intérieur`, `Federal Public Service Foreign Affairs, Foreign Trade and Development
/// Cooperation`: a ministry named by a head and its title-case portfolio, more portfolios
/// listed after it; its country is left to `coref`, as a bare ministry's.
fn head_then_portfolio(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let Some(head_end) = portfolio_head_end(v, i) else {
        return;
    };
    let p = head_end + 1;
    if !(v.word_in(i, p) && v.t.list[p].capitalised && v.t.list[p].space_before) {
        return;
    }
    let Some((end, suffix)) = portfolio_at(v, i, p) else {
        return;
    };
    let end = portfolio_list_end(v, i, end).unwrap_or(end);
    out.push(v.candidate(
        i,
        end,
        EntityType::Org,
        ministry_id(None, suffix),
        Priority::Head,
    ));
}

/// A capitalised word that may be part of an organisation's name: a name word or a
/// known place or organisation (`Security` in `General Intelligence and Security
/// Service`). After the head, titles stay out (`Foreign Ministry Spokesperson`).
pub(super) fn cap_word(v: &View, from: usize, j: usize) -> bool {
    let known_inside = v.word_in(from, j)
        && v.t.list[j].capitalised
        && matches!(v.known[j], Some(EntityType::Gpe | EntityType::Org));
    v.name_word(from, j) || known_inside
}

/// Words joining capitalised words inside a name (`Science and Technology`).
const JOINERS: [&str; 3] = ["and", "&", "et"];

/// Whether token `k` joins two words of a name: a joiner word, or `&` (a mark to the
/// tokenizer), in the block of token `from`.
pub(super) fn joiner_at(v: &View, from: usize, k: usize) -> bool {
    (v.word_in(from, k) || v.punct_in(from, k, "&")) && JOINERS.contains(&v.text(k))
}

/// Prepositions that open an organisation's complement (`of`, `de`…).
const PREPOSITIONS: [&str; 7] = ["of", "for", "de", "du", "des", "d", "pour"];
/// "Standing Committee on Defence", "Commission on Maritime Law": `on` opens the complement
/// that names a body's topic when a capitalised word the base does not know follows it
/// ("the Agency on Telegram" is where it spoke).
fn topic_opens(v: &View, from: usize, j: usize) -> bool {
    let topic = j + 1;
    v.text(j) == "on"
        && v.t.list[from].capitalised
        && v.name_word(from, topic)
        && v.known[topic].is_none()
}

/// Words allowed inside a complement once a preposition opened it.
const INSIDE: [&str; 7] = ["the", "and", "la", "l", "et", "'", "’"];

/// The last token of the complement after token `from` (`of the Russian Federation`,
/// `pour la Cybersécurité`): capitalised words, and after a preposition the words
/// of `INSIDE` (`opened`: a preposition already came). A lowercase head (`agence KCNA`) takes a name only through a preposition.
pub(super) fn complement_end(v: &View, from: usize, mut opened: bool) -> usize {
    let mut end = from;
    // Where the name ended before its last preposition (`Command` in `Command of …`).
    let mut before_preposition = from;
    let mut j = from + 1;
    while j < v.t.list.len() && v.t.list[j].block == v.t.list[from].block {
        let w = v.text(j);
        if cap_word(v, from, j) && (!persons::is_title_word(w) || holder_ends(v, from, j, opened)) {
            if !opened && !v.t.list[from].capitalised {
                break;
            }
            // A known name is taken whole (`Union européenne`, lowercase adjective included).
            end = v.known_at.get(&j).map_or(j, |(last, _, _)| *last);
            j = end;
        } else if (PREPOSITIONS.contains(&w) || topic_opens(v, from, j))
            && !english_name_ends(v, end, w)
        {
            opened = true;
            before_preposition = end;
        } else if matches!(w, "'" | "’") && v.text(j + 1) == "s" && cap_word(v, from, j + 2) {
            if starts_another_name(v, from, j + 2, AFTER_POSSESSIVE_WORDS) {
                return owner_of_next_name(v, end, before_preposition);
            }
            // "Ministry of People's Power": a possessive between two words of the name.
            j += 1;
        } else if opened
            && JOINERS.contains(&w)
            && starts_another_name(v, from, after_the(v, j), AFTER_AND_WORDS)
        {
            // "the Bureau of Fisheries and the Coastal Guard Agency": two names.
            break;
        } else if !(opened && INSIDE.contains(&w)) {
            break;
        }
        j += 1;
    }
    end
}

/// "Office of the Prime Minister", "Office of the President", "Office of the Attorney
/// General": inside a complement, the title of the office's holder (one or more holder
/// words) ends the name when no name follows it (before a name it opens a person: "Office
/// of the President Jan Roe" is no body's name).
fn holder_ends(v: &View, from: usize, j: usize, opened: bool) -> bool {
    let holder = |k: usize| lexicon().office_holders.contains(v.text(k));
    if !opened || !holder(j) {
        return false;
    }
    let mut after = j + 1;
    while cap_word(v, from, after) && holder(after) {
        after += 1;
    }
    !cap_word(v, from, after)
}

/// French prepositions that open a complement in a name capitalised on its first word only.
const FRENCH_PREPOSITIONS: [&str; 8] = ["de", "du", "des", "d", "pour", "à", "au", "aux"];
/// Of those, the ones that also place a thing (`aux États-Unis`, `à Paris`): before a
/// known place they end the name instead (`Centre de réponse aux virus`, not `… à Lyon`).
const FRENCH_LOCATIVES: [&str; 3] = ["à", "au", "aux"];
/// Prepositions that open a name's complement only when an acronym in brackets closes it
/// (« Centre … contre les virus informatiques (CVERC) »); elsewhere they as often start the
/// sentence's own complement (« a porté plainte contre … »).
const NAME_PREPOSITIONS_BEFORE_ACRONYM: [&str; 3] = ["contre", "sur", "en"];
/// Articles after such a preposition (`de la`, `de l'`).
const FRENCH_ARTICLES: [&str; 3] = ["la", "le", "l"];
/// The auxiliaries of the French past infinitive (« accusé … d'avoir piraté », « soupçonné
/// d'être »): after a preposition they start a verb phrase, never a noun of the name.
const FRENCH_AUXILIARIES: [&str; 2] = ["avoir", "être"];

/// Whether token `j` is a lowercase adjective by its ending (`nationale`, `monétaire`,
/// `chinois`): French names put adjectives after their nouns.
pub(super) fn french_adjective(v: &View, from: usize, j: usize) -> bool {
    let w = v.text(j);
    v.word_in(from, j)
        && !v.t.list[j].capitalised
        && lexicon()
            .adjective_endings_fr
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
}

/// After a preposition at `j`, the token where its noun starts (past `la`, `l'`).
fn french_noun_start(v: &View, from: usize, j: usize) -> Option<usize> {
    let mut k = j + 1;
    if v.word_in(from, k) && FRENCH_ARTICLES.contains(&v.text(k)) {
        k += 1;
    }
    while v.punct_in(from, k, "'") || v.punct_in(from, k, "’") {
        k += 1;
    }
    // « et d'un autre » : an indefinite article opens no noun of the name.
    let noun = v.word_in(from, k)
        && !v.t.list[k].digits
        && !v.t.list[k].all_caps
        && !super::INDEFINITE.contains(&v.text(k));
    noun.then_some(k)
}

/// The last token of a French name after its capitalised head at `i`, which capitalises
/// only its first word: adjectives, then complements (a preposition, an article, a noun
/// and its adjectives), `et` joining two of them: `Bureau de la pêche côtière de la
/// province de Nordland`, `Agence nationale de la sécurité des ports et de la navigation`.
/// A known name after a preposition is taken whole (`de la Fédération de Russie`).
fn french_complement_end(v: &View, i: usize) -> usize {
    if !v.t.list[i].capitalised || v.t.list[i].all_caps {
        return i;
    }
    let mut end = i;
    let adjectives = |mut end: usize| {
        while french_adjective(v, i, end + 1) {
            end += 1;
        }
        end
    };
    end = adjectives(end);
    // « … d'État de Freedonie d'avoir piraté »: after a known place, a lowercase word is
    // the sentence going on, no complement of the name.
    let mut after_place = false;
    loop {
        let mut j = end + 1;
        if v.word_in(i, j) && v.text(j) == "et" {
            j += 1;
        }
        if !(v.word_in(i, j) && FRENCH_PREPOSITIONS.contains(&v.text(j))) {
            // « Centre … d'urgence contre les virus informatiques (CVERC) »: a complement
            // opened by another preposition belongs to the name when an acronym in brackets
            // closes it.
            let complement =
                v.word_in(i, j) && NAME_PREPOSITIONS_BEFORE_ACRONYM.contains(&v.text(j));
            return joined_before_acronym(v, i, end)
                .or_else(|| {
                    complement
                        .then(|| bracketed_acronym_after(v, end))
                        .flatten()
                })
                .unwrap_or(end);
        }
        let Some(noun) = french_noun_start(v, i, j) else {
            return end;
        };
        if FRENCH_LOCATIVES.contains(&v.text(j)) && v.known[noun].is_some() {
            return end;
        }
        if after_place && !v.t.list[noun].capitalised || FRENCH_AUXILIARIES.contains(&v.text(noun))
        {
            return end;
        }
        after_place = matches!(v.known[noun], Some(EntityType::Gpe | EntityType::Loc));
        let noun_end = v.known_at.get(&noun).map_or(noun, |(last, _, _)| *last);
        // « Centre hospitalier de Lyon indique … »: a place takes no adjective after it
        // in a name; a word there that ends like one is the sentence's verb.
        end = if after_place {
            noun_end
        } else {
            adjectives(noun_end)
        };
    }
}

/// Whether the head at `i` is a newspaper's title word followed by a preposition and a
/// lowercase noun (« Courrier des lecteurs »).
fn outlet_page(v: &View, i: usize) -> bool {
    let j = i + 1;
    lexicon().outlet_words.contains(v.text(i))
        && v.word_in(i, j)
        && FRENCH_PREPOSITIONS.contains(&v.text(j))
        && french_noun_start(v, i, j).is_some_and(|k| !v.t.list[k].capitalised)
}

/// `… pour la certification et la cybersécurité (ANCC)`: after a French name ending at
/// `end`, `et`, an article and a noun with its adjectives belong to the name when its
/// acronym follows in brackets, which closes the name there; without that, « et la police »
/// would as likely start another subject.
fn joined_before_acronym(v: &View, i: usize, end: usize) -> Option<usize> {
    let et = end + 1;
    if !(v.word_in(i, et) && v.text(et) == "et") {
        return None;
    }
    let article = et + 1;
    if !(v.word_in(i, article) && FRENCH_ARTICLES.contains(&v.text(article))) {
        return None;
    }
    let noun = french_noun_start(v, i, et)?;
    let mut last = noun;
    while french_adjective(v, i, last + 1) {
        last += 1;
    }
    let bracketed = v.punct_in(i, last + 1, "(")
        && v.word_in(i, last + 2)
        && v.t.list[last + 2].all_caps
        && v.punct_in(i, last + 3, ")");
    bracketed.then_some(last)
}

/// Whether a French connector follows a title-cased English name (`National Cyber
/// Security Centre du Royaume-Uni`): French names capitalise their first word only,
/// so the complement describes the name instead of belonging to it.
fn english_name_ends(v: &View, end: usize, connector: &str) -> bool {
    let capitalised = |k: usize| v.t.list.get(k).is_some_and(|t| t.word && t.capitalised);
    matches!(connector, "de" | "du" | "des" | "d")
        && end > 0
        && capitalised(end)
        && capitalised(end - 1)
}

/// Whether a word ends organisation names (`Office`, `Agency`): before `and`, it
/// closes one organisation and the next begins.
pub(super) fn is_org_word(w: &str) -> bool {
    lexicon().org_heads.contains(w) || lexicon().org_suffixes.contains(w)
}

/// The first token of the capitalised words before a head at `i`, `and` between
/// them (`General Intelligence and Security Service`); all-capital words stay out.
fn words_before(v: &View, i: usize) -> usize {
    let usable = |k: usize| cap_word(v, i, k) && !v.t.list[k].all_caps && !compound_adjective(v, k);
    let mut start = i;
    let mut k = i;
    while k > 0 {
        if usable(k - 1) {
            k -= 1;
            start = k;
        } else if k >= 2 && joiner_at(v, i, k - 1) && usable(k - 2) && !is_org_word(v.text(k - 2)) {
            k -= 1;
        } else {
            break;
        }
    }
    start
}

/// "Freeville-based", "Kremlin-backed": a capitalised word joined by a hyphen to a
/// lowercase participle describes the name that follows; it is no word of that name.
fn compound_adjective(v: &View, k: usize) -> bool {
    let tok = &v.t.list[k];
    let text = v.text(k);
    tok.hyphen
        && text
            .rsplit(super::tokens::is_hyphen)
            .next()
            .and_then(|last| last.chars().next())
            .is_some_and(char::is_lowercase)
}

/// `Agency for Cybersecurity`, `Bureau of Investigation`: a head with capitalised words around it.
/// Most tokens a known name spans ("Main Directorate of the General Staff of the Armed
/// Forces of the Russian Federation" is 15): a name ending at a head starts no further back,
/// which keeps the look-back short on long texts.
const LONGEST_KNOWN_NAME: usize = 24;

fn head_with_complement(v: &View, i: usize, out: &mut Vec<Candidate>) {
    // "the Port of Velmar": a head that needs its preposition ("Port Velmar" is a town).
    let prepositional = v.is(i, class::COMPLEMENT_HEAD)
        && v.word_in(i, i + 1)
        && PREPOSITIONS.contains(&v.text(i + 1));
    if !v.is(i, class::ORG_HEAD) && !prepositional {
        return;
    }
    let start = if v.t.list[i].capitalised {
        listed_start(v, i, words_before(v, i))
    } else {
        i
    };
    // A known name ending at the head, with nothing before it, keeps its id: `known_with_complement`.
    let known_start = (i.saturating_sub(LONGEST_KNOWN_NAME)..=i)
        .rev()
        .find(|k| v.known_at.get(k).is_some_and(|(l, _, _)| *l == i));
    if known_start.is_some_and(|k| k <= start) {
        return;
    }
    let end = head_complement_end(v, i);
    // « commission des Relations extérieures »: in French a lowercase head's capitalised
    // complement keeps the adjectives after it, but not a country's (« département d'État
    // américain » names the department, the adjective says whose).
    let end = if !v.t.list[i].capitalised && end > i && v.lang == Lang::Fr {
        (end..)
            .take_while(|&k| {
                k == end || (french_adjective(v, i, k) && adjective_country(v, i, k).is_none())
            })
            .last()
            .unwrap_or(end)
    } else {
        end
    };
    let end = if !v.t.list[i].capitalised && end == i {
        complement_after_adjectives(v, i).unwrap_or(end)
    } else {
        end
    };
    // « l'agence nationale de cybersécurité (NÚKIB) »: a lowercase name that an acronym
    // in brackets names.
    let end = if !v.t.list[i].capitalised && end == i {
        bracketed_acronym_after(v, i).unwrap_or(end)
    } else {
        end
    };
    if start == i && end == i {
        return;
    }
    if management_of_company(v, i, end, out) {
        return;
    }
    // A lowercase head names an organisation only with a capitalised complement, and not
    // when that complement is a known name of its own (« au service de l'Agence de sécurité
    // nationale »: the service of that agency is the agency).
    if !v.t.list[i].capitalised {
        let known_complement = (i + 1..=end)
            .find(|k| v.t.list[*k].capitalised)
            .and_then(|k| v.known_at.get(&k))
            .is_some_and(|(last, _, _)| *last >= end);
        if end == i || known_complement {
            return;
        }
    }
    // (A newspaper's article is in its span, not its id: "The X Courier" is "X Courier".)
    let id = v.slug(start, end);
    let start = titled_start(v, start, i);
    out.push(v.candidate(start, end, EntityType::Org, id, Priority::Suffix));
}

/// The last token of the complement after the head at `i`, English or French.
fn head_complement_end(v: &View, i: usize) -> usize {
    let end = complement_end(v, i, false);
    // "Ministry of Fisheries, Forests and the Rural Economy": a complement's listed fields.
    let end = if end > i && v.t.list[i].capitalised {
        listed_end(v, i, end)
    } else {
        end
    };
    // « le Courrier des lecteurs »: a newspaper's title says where it belongs with a
    // capitalised name; a lowercase complement names a page of it, no paper.
    if outlet_page(v, i) {
        end
    } else {
        end.max(french_complement_end(v, i))
    }
}

/// « la direction de Velmar », « de la VWA »: a company's management (a lowercase head of
/// `management_head` at `i`) is named by the company alone, a name right after « de » or an
/// acronym, pushed as the organisation; « la direction des Achats » is a department, its
/// complement a common noun after an article, and nothing is pushed.
fn management_of_company(v: &View, i: usize, end: usize, out: &mut Vec<Candidate>) -> bool {
    if v.t.list[i].capitalised || !lexicon().management_heads.contains(v.text(i)) {
        return false;
    }
    let company = (i + 1..=end)
        .find(|&k| v.t.list[k].capitalised)
        .filter(|&k| {
            let bare = matches!(v.text(k - 1), "de" | "d" | "'" | "’");
            v.t.list[k].all_caps || bare
        });
    let Some(first) = company else {
        return false;
    };
    let id = v.slug(first, end);
    out.push(v.candidate(first, end, EntityType::Org, id, Priority::Suffix));
    true
}

/// « ministère cambodgien des Postes », « office fédéral de la Statistique »: after a
/// lowercase head and its adjectives, the last token of a complement opened by a
/// preposition, with its own adjectives; `None` without adjectives or complement.
fn complement_after_adjectives(v: &View, i: usize) -> Option<usize> {
    let mut last_adjective = i;
    while french_adjective(v, i, last_adjective + 1) {
        last_adjective += 1;
    }
    if last_adjective == i {
        return None;
    }
    let mut end = complement_end(v, last_adjective, false);
    if end == last_adjective {
        return None;
    }
    // « des Ressources hydriques »: the complement's own adjectives follow it.
    while french_adjective(v, i, end + 1) {
        end += 1;
    }
    Some(end)
}

/// Most lowercase words between a head and the acronym in brackets that names it
/// (« agence nationale de la sécurité des systèmes »: six).
const MAX_LOWERCASE_NAME_WORDS: usize = 7;

/// The last token of a lowercase name from head `i` that an acronym in brackets right
/// after it names: lowercase words, prepositions and articles, then `(ACRONYM)`.
fn bracketed_acronym_after(v: &View, i: usize) -> Option<usize> {
    let mut k = i + 1;
    while k <= i + MAX_LOWERCASE_NAME_WORDS {
        if v.punct_in(i, k, "(") {
            let acronym = v.word_in(i, k + 1) && v.t.list[k + 1].all_caps;
            return (acronym && v.punct_in(i, k + 2, ")") && k > i + 1).then_some(k - 1);
        }
        let lower_word = v.word_in(i, k) && !v.t.list[k].capitalised;
        let elision = v.punct_in(i, k, "'") || v.punct_in(i, k, "’");
        if !(lower_word || elision) {
            return None;
        }
        k += 1;
    }
    None
}

/// `Federal Security Service of the Russian Federation`, `Main Directorate of the
/// General Staff of the Armed Forces of the Russian Federation`: a known organisation
/// whose complement ends in a known place keeps its id over the whole name.
fn known_with_complement(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let Some((last, id, EntityType::Org)) = v.known_at.get(&i) else {
        return;
    };
    if english_name_ends(v, *last, v.text(last + 1)) {
        return;
    }
    let Some(first) = after_connector(v, i, last + 1) else {
        return;
    };
    let end = complement_end(v, first - 1, true);
    let place = (first..=end).find_map(|k| place_at(v, k).filter(|(l, _)| *l == end));
    if let (true, Some((_, place))) = (end > *last, place) {
        let id = other_countrys_body(id, &place).unwrap_or_else(|| id.clone());
        out.push(v.candidate(i, end, EntityType::Org, id, Priority::Known));
    }
}

/// `National Cyber Security Centre of Freedonia`, when the base knows that name as another
/// country's body: the same body of the country named (`freedonia_ncsc` for `uk_ncsc`), not
/// the one the base knows. None when the place is the body's own country or a city.
fn other_countrys_body(id: &str, place: &str) -> Option<String> {
    let entry = lookup(id)?;
    // The body's own country: the base says it, or an adjective in one of its names does
    // (« Centre national de cybersécurité britannique »).
    let own = entry.country.clone().or_else(|| {
        entry
            .all_names()
            .flat_map(str::split_whitespace)
            .find_map(|w| {
                knowledge_base()
                    .country_of_adjective(w)
                    .map(|e| e.id.clone())
            })
    })?;
    let named = lookup(place)?;
    // A city names where a body sits (`Embassy of X in Paris`), not whose it is.
    let country = named.country.as_deref().filter(|&c| c == place)?;
    let (_, body) = id.split_once('_')?;
    (country != own).then(|| format!("{country}_{body}"))
}

/// `South China Morning Post`: capitalised words ending in an organisation word.
fn suffix_name(v: &View, i: usize, out: &mut Vec<Candidate>) {
    // A capitalised word after it means the name goes on (`Regular Press Conference`).
    let goes_on =
        v.word_in(i, i + 1) && v.t.list[i + 1].capitalised && v.t.list[i + 1].space_before;
    if !v.t.list[i].capitalised || !v.is(i, class::ORG_SUFFIX) || v.known[i].is_some() || goes_on {
        return;
    }
    let mut start = i;
    let mut k = before_legal_comma(v, i).unwrap_or(i);
    if k < i {
        start = k;
    }
    // Capitalised words, with `and`, `&`, `of`, `for` between them:
    // `Wuhan Xiaoruizhi Science and Technology Company`.
    while k > 0 {
        if cap_word(v, i, k - 1) {
            k -= 1;
            start = k;
        } else if k >= 2
            && v.t.list[k - 1].block == v.t.list[i].block
            && matches!(v.text(k - 1), "and" | "&" | "of" | "for")
            && cap_word(v, i, k - 2)
            // `Nordvik Telecom and Lund LLC`: an organisation word before `and` ends a name.
            && !(matches!(v.text(k - 1), "and" | "&") && is_org_word(v.text(k - 2)))
            && !person_before_link(v, i, k - 1)
        {
            k -= 1;
        } else {
            break;
        }
    }
    // (`Estonian Minister of State for Logistics`: a title, then `of` or `for`, opens a
    // title's portfolio, no organisation; `Directorate General of Narva Logistics` is one,
    // the title after an organisation's word.)
    let portfolio = (start..i).any(|k| {
        super::persons::is_title_word(v.text(k))
            && matches!(v.text(k + 1), "of" | "for")
            && (k == start || !is_org_word(v.text(k - 1)))
    });
    if start < i && !portfolio {
        let id = v.slug(start, i);
        let start = titled_start(v, start, i);
        out.push(v.candidate(start, i, EntityType::Org, id, Priority::Suffix));
    }
}

/// `Tarvel Trade Link Co., Ltd.`, `Narva Survey Services, Inc.`: a legal form set after a
/// comma (and an abbreviated `Co.` before the comma) ends the name before it; the last
/// capitalised word before the comma, if there is one.
fn before_legal_comma(v: &View, i: usize) -> Option<usize> {
    if !lexicon().legal_forms.contains(v.text(i)) {
        return None;
    }
    let mut k = i.checked_sub(1).filter(|&c| v.punct_in(i, c, ","))?;
    // (The stop of `Co.` may be a token of its own.)
    if k >= 1 && v.punct_in(i, k - 1, ".") {
        k -= 1;
    }
    k.checked_sub(1).filter(|&j| cap_word(v, i, j))
}

/// `Anna Holm of Tarvel University`: a given name and one more capitalised word, not an
/// organisation word, just before the `of`/`for` at `link` are a person's name, whose
/// affiliation follows; the organisation's name starts after the link.
fn person_before_link(v: &View, i: usize, link: usize) -> bool {
    matches!(v.text(link), "of" | "for")
        && link >= 2
        && cap_word(v, i, link - 2)
        && !is_org_word(v.text(link - 1))
        && super::lexicon::is_given_name(v.text(link - 2))
        && !lexicon().org_suffixes.contains(v.text(link - 1))
}

/// The host named after a mission ending at token `end` (`in the Kingdom of Belgium`,
/// `à Tirana`): the last token of a known place or of one or two name words, and whether
/// the host is a country (a place the knowledge base knows as its own country).
fn mission_host(v: &View, end: usize) -> Option<(usize, bool)> {
    let at = end + 1;
    if !v.word_in(end, at) || !lexicon().mission_hosts.contains(v.text(at)) {
        return None;
    }
    let k = at + 1 + usize::from(v.word_in(end, at + 1) && v.text(at + 1) == "the");
    if let Some((last, id)) = place_at(v, k) {
        let country = lookup(&id).is_some_and(|e| e.country.as_deref() == Some(id.as_str()));
        return Some((last, country));
    }
    let run = (k..k + MAX_HOST_WORDS)
        .take_while(|&j| v.name_word(end, j))
        .last()?;
    Some((run, false))
}

/// The last token of the known body a mission ending at token `end` is accredited to
/// ("to the United Nations").
/// (« auprès de l'Union européenne », "to the European Union": a body the knowledge base
/// knows, starting right after the link words.)
fn accredited_to(v: &View, end: usize) -> Option<usize> {
    let at = end + 1;
    if !v.word_in(end, at) {
        return None;
    }
    let k = match v.text(at) {
        "to" => at + 1 + usize::from(v.word_in(end, at + 1) && v.text(at + 1) == "the"),
        "auprès" => after_connector(v, at, at + 1)?,
        _ => return None,
    };
    v.known_at.get(&k).map(|(last, _, _)| *last)
}

/// Name words a host city not in the knowledge base may have (`Tirana`, `Xi'an` aside).
const MAX_HOST_WORDS: usize = 2;

/// Most tokens of a place's name (`Bosnia and Herzegovina`, `Saint Vincent and the
/// Grenadines`: five): how far back a possessive's owner may start.
const PLACE_TOKENS: usize = 8;

/// "Japan's embassy": the first token of a known place written with a possessive right
/// before the noun at `i`, and the country it is or stands for (a capital standing for
/// its government; an ordinary city owns no mission).
fn possessive_country(v: &View, i: usize) -> Option<(usize, String)> {
    if i < 3 || v.text(i - 1) != "s" || !matches!(v.text(i - 2), "'" | "’") {
        return None;
    }
    let owner = ((i - 2).saturating_sub(PLACE_TOKENS)..i - 2)
        .rev()
        .find(|&k| {
            v.known_at
                .get(&k)
                .is_some_and(|(last, _, _)| *last == i - 3)
        })?;
    let (_, id) = place_at(v, owner)?;
    let country = lookup(&id)?.country.clone()?;
    Some((owner, country))
}

/// "the US Embassy", "a UK embassy spokesperson": a country's name (not a city's) set
/// right before the noun at `i` as its modifier; its first token and id.
fn country_before(v: &View, i: usize) -> Option<(usize, String)> {
    let owner = (i.saturating_sub(PLACE_TOKENS)..i).rev().find(|&k| {
        v.known_at
            .get(&k)
            .is_some_and(|(last, _, _)| *last + 1 == i)
    })?;
    let (_, id) = place_at(v, owner)?;
    let country = lookup(&id)?.country.clone()?;
    (country == id && v.word_in(owner, i)).then_some((owner, country))
}

/// `Embassy of the Russian Federation in the Kingdom of Belgium`, `Chinese Embassy`,
/// `ambassade de Russie aux États-Unis`, `l'ambassade chinoise`, "Japan's embassy": a party of its own,
/// `<country>_embassy` in every language (the host is part of the name, not of the id,
/// since later mentions often leave it out). The host belongs to the name, a country or a
/// city (`Russian embassy in Oslo`, « ambassade de Russie à Lyon »: the mission there).
fn mission(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let listed = v.is(i, class::MISSION);
    let Some(suffix) = listed.then(|| lexicon().missions.get(v.text(i))).flatten() else {
        return;
    };
    let (mut start, mut end) = (i, i);
    let mut country = i
        .checked_sub(1)
        .and_then(|k| adjective_country(v, i, k).map(|c| (k, c)))
        .map(|(k, c)| {
            start = k;
            c
        });
    if country.is_none() {
        if let Some(c) = adjective_country(v, i, i + 1) {
            country = Some(c);
            end = i + 1;
        }
    }
    if country.is_none() {
        if let Some((k, c)) = possessive_country(v, i).or_else(|| country_before(v, i)) {
            country = Some(c);
            start = k;
        }
    }
    // « Mission permanente de … », "Permanent Mission of …": the adjective of a standing
    // mission between the noun and its country.
    let permanent = v.word_in(i, i + 1) && lexicon().mission_adjectives.contains(v.text(i + 1));
    let after_noun = i + 1 + usize::from(permanent);
    if country.is_none() {
        let place = after_connector(v, i, after_noun)
            .and_then(|k| place_at(v, k).or_else(|| state_form_place(v, i, k)));
        if let Some((last, id)) = place {
            country = Some(id);
            end = last;
        }
    }
    let Some(country) = country else {
        return;
    };
    // "Freedonia's mission to the United Nations": the body a mission is accredited to names it.
    if let Some(last) = accredited_to(v, end) {
        end = last;
    } else if let Some((last, _)) = mission_host(v, end) {
        end = last;
    }
    let id = format!("{country}_{suffix}");
    out.push(v.candidate(start, end, EntityType::Org, id, Priority::Head));
}

/// How many tokens an official form may take before its country's name (« République
/// islamique d' », "Democratic People's Republic of": the form, two adjectives, a link).
const STATE_FORM_TOKENS: usize = 6;

/// « République d'Azerbaïdjan », "Kingdom of Freedonia" at token `k`: the country after an
/// official form (its adjectives and link words between), its last token and id.
fn state_form_place(v: &View, i: usize, k: usize) -> Option<(usize, String)> {
    if !lexicon().state_forms.contains(v.text(k)) {
        return None;
    }
    let lx = lexicon();
    (k + 1..k + 1 + STATE_FORM_TOKENS)
        .take_while(|&j| {
            place_at(v, j).is_some()
                || lx.state_form_adjectives.contains(v.text(j))
                || matches!(
                    v.text(j),
                    "of" | "the" | "de" | "d" | "du" | "des" | "la" | "l"
                )
                || v.punct_in(i, j, "'")
                || v.punct_in(i, j, "’")
        })
        .find_map(|j| place_at(v, j))
}

/// "the Dupont administration", « l'administration Dupont »: a government named after its
/// leader is an organisation, one id in both languages (`dupont_administration`).
fn administration(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if !matches!(v.text(i), "administration" | "Administration") {
        return;
    }
    let name = if i > 0 && v.name_word(i, i - 1) && v.t.list[i - 1].space_before {
        Some((i - 1, i - 1))
    } else if v.name_word(i, i + 1) {
        Some((i + 1, i + 1))
    } else {
        None
    };
    let Some((n, _)) = name else {
        return;
    };
    // "The Administration" opening a sentence names nobody.
    if matches!(v.text(n), "The" | "L" | "La" | "Le") {
        return;
    }
    let (a, b) = if n < i { (n, i) } else { (i, n) };
    let id = format!("{}_administration", slug(v.text(n)));
    out.push(v.candidate(a, b, EntityType::Org, id, Priority::Head));
}

/// « le parquet de Paris », "the Paris public prosecutor's office": a city's office, one id
/// in both languages (`paris_prosecutor`), whether the office comes before its place (an
/// `office_head` and "de") or after it (an `office_tail`, maybe after `office_between`
/// words, and its "'s" and `office_after` noun).
fn city_office(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let lx = lexicon();
    // (« la police de Harbin » before its place, "the Harbin police" after it: a noun
    // may be both a head and a tail.)
    let head = v.is(i, class::OFFICE_HEAD);
    if let Some(suffix) = head.then(|| lx.office_heads.get(v.text(i))).flatten() {
        if let Some((last, id)) = after_connector(v, i, i + 1).and_then(|k| place_at(v, k)) {
            let id = format!("{id}_{suffix}");
            out.push(v.candidate(i, last, EntityType::Org, id, Priority::Head));
            return;
        }
    }
    let tail = v.is(i, class::OFFICE_TAIL);
    let Some(suffix) = tail.then(|| lx.office_tails.get(v.text(i))).flatten() else {
        return;
    };
    let mut k = i.checked_sub(1);
    while let Some(j) = k.filter(|&j| v.word_in(i, j) && lx.office_between.contains(v.text(j))) {
        k = j.checked_sub(1);
    }
    // The place ends right before: a one- or two-token name the base knows.
    let Some((start, id)) = k.and_then(|end| {
        (end.saturating_sub(1)..=end).find_map(|s| {
            place_at(v, s)
                .filter(|(last, _)| *last == end)
                .map(|(_, id)| (s, id))
        })
    }) else {
        return;
    };
    // "… prosecutor's office": the possessive and the noun belong to the name.
    let possessive = matches!(v.text(i + 1), "'" | "’") && v.text(i + 2) == "s";
    let end = if possessive && lx.office_after.contains(v.text(i + 3)) {
        i + 3
    } else {
        i
    };
    let id = format!("{id}_{suffix}");
    out.push(v.candidate(start, end, EntityType::Org, id, Priority::Head));
}

/// Run the organisation rules at token `i`.
pub fn at(v: &View, i: usize, out: &mut Vec<Candidate>) {
    city_office(v, i, out);
    administration(v, i, out);
    ministry_of(v, i, out);
    head_then_portfolio(v, i, out);
    mission(v, i, out);
    portfolio_ministry(v, i, out);
    head_with_complement(v, i, out);
    super::holder_office::at(v, i, out);
    known_with_complement(v, i, out);
    suffix_name(v, i, out);
}
