//! Companies, outlets and platforms the knowledge base lacks, introduced by a noun.
//!
//! News introduces a company by what it is: "the security firm Owlgate", "blockchain
//! analytics firm Tracewell", « la société Nordvik », « l'agence officielle Nordpress »; a platform
//! by what it carries: "its Parlo channel", « sa chaîne Parlo ». A capitalised name the
//! base does not know right after such a noun (`lexicon.tsv`, section `firm_noun`), or
//! right before a platform noun in English (section `platform_noun`, written after the
//! name there and before it in French), or whose company role a text names ("Nordvik's
//! chief executive", « le PDG de Nordvik »; section `firm_role`), is an organisation; then,
//! as for threats, every
//! other mention of the name in the article is too ("Owlgate said", "on Parlo").

use super::lexicon::lexicon;
use super::orgs::french_adjective;
use super::persons::is_title_word;
use super::rules::{mark_everywhere, name_end, View};
use super::{Candidate, EntityType};
use std::collections::BTreeMap;

/// Whether token `k` is a lowercase noun of the given section, in the block of `from`.
fn noun_at(v: &View, from: usize, k: usize, nouns: &super::lexicon::WordSet) -> bool {
    v.word_in(from, k) && !v.t.list[k].capitalised && nouns.contains(v.text(k))
}

/// The name starting at token `i` when a firm or platform noun introduces it.
fn introduced(v: &View, i: usize) -> Option<usize> {
    let end = name_end(v, i)?;
    let lx = lexicon();
    // "a DDoS network": a word that is no acronym names no firm before a platform noun.
    if lx.not_acronyms.contains(v.text(i)) {
        return None;
    }
    let titled = (i..=end).any(|k| is_title_word(v.text(k)));
    if titled {
        return None;
    }
    let noun = |k: usize| noun_at(v, i, k, &lx.firm_nouns) || noun_at(v, i, k, &lx.platform_nouns);
    // « l'agence officielle X »: a French adjective may stand between noun and name, and
    // « la société de sécurité X » a complement, or both: « la société de sécurité
    // manillaise X ».
    let complement = |j: usize| {
        j >= 3
            && v.text(j - 2) == "de"
            && v.word_in(i, j - 1)
            && !v.t.list[j - 1].capitalised
            && noun(j - 3)
    };
    let adjective = i >= 2 && french_adjective(v, i, i - 1);
    let before = i.checked_sub(1).is_some_and(noun)
        || complement(i)
        || (adjective && (noun(i - 2) || complement(i - 1)));
    // "its Parlo channel": the platform noun after the name, English order.
    let after = noun_at(v, i, end + 1, &lx.platform_nouns);
    let given = super::lexicon::is_given_name(v.text(i));
    let apposed = appositive(v, i, end);
    (before || after || apposed || (!given && role_owner(v, i, end))).then_some(end)
}

/// How many words after the indefinite article of an apposition its firm noun may come
/// ("X, a Santa Clara mapping firm": a place of two words and a modifier between).
const APPOSITION_NOUN_REACH: usize = 4;
/// Indefinite articles, which open a description saying what a name is ("X, a mapping
/// firm", « X, une société »); the claims read them too.
pub(crate) const INDEFINITE: [&str; 4] = ["a", "an", "une", "un"];

/// Endings of the adverbs and participles that open a sentence before a comma
/// (« Interrogée, », "Asked,", "Separately,", « Récemment, »), which no firm's name has.
const ADVERB_PARTICIPLE_ENDINGS: [&str; 8] = ["é", "ée", "és", "ées", "ly", "ed", "ing", "ment"];

/// Words that join a name to its complement ("of", « du »): a description's head comes
/// before them, and a name after them may be the tail of a longer one.
const LINK_WORDS: [&str; 5] = ["de", "du", "des", "d", "of"];

/// Definite articles, which open a description saying what a name is as well ("X, the
/// operator of the link", « X, l'exploitant du réseau »).
const DEFINITE: [&str; 4] = ["the", "le", "la", "l"];

/// "Nordvik, a Freeville mapping firm", « Nordvik, une entreprise de Freeville », "Nordvik,
/// the operator of …": the name an apposition introducing a firm noun follows.
fn appositive(v: &View, i: usize, end: usize) -> bool {
    let article = end + 2;
    if !v.punct_in(i, end + 1, ",") || !v.word_in(i, article) {
        return false;
    }
    let opens = |w: &str| INDEFINITE.contains(&w) || DEFINITE.contains(&w);
    // ("Interrogée, l'agence …", "Separately, the firm …": one capitalised word opening
    // the sentence with an adverb's or a participle's ending is capitalised by position.)
    let lone_opener = i == end
        && super::threats::opens_sentence(v, i)
        && ADVERB_PARTICIPLE_ENDINGS
            .iter()
            .any(|e| v.text(i).to_lowercase().ends_with(e));
    if !opens(v.text(article)) || tail_of_longer_name(v, i) || lone_opener {
        return false;
    }
    // ("Jaan Tamm, the firm's head of research": a possessed firm noun describes a
    // person of the firm, not the name; « Narva, la société Velmar »: a noun before a
    // name introduces that name.)
    let possessed = |k: usize| {
        v.punct_in(i, k + 1, "'")
            || v.punct_in(i, k + 1, "’")
            || (v.word_in(i, k + 1) && v.t.list[k + 1].capitalised)
    };
    // ("X, le président de la société": the noun heads the description, before any "of".)
    let link = |k: usize| LINK_WORDS.contains(&v.text(k));
    let elided = |k: usize| v.punct_in(i, k, "'") || v.punct_in(i, k, "’");
    (article + 1..=article + APPOSITION_NOUN_REACH)
        .take_while(|&k| elided(k) || (v.word_in(i, k) && !link(k)))
        .find(|&k| noun_at(v, i, k, &lexicon().firm_nouns))
        .is_some_and(|k| !possessed(k))
}

/// « Eau du Tarvel », "Velmar Gas": whether the name at `i` ends a longer one, right after
/// a capitalised word or after a linking word (« du », "of") that follows one.
fn tail_of_longer_name(v: &View, i: usize) -> bool {
    let capitalised = |k: usize| v.word_in(i, k) && v.t.list[k].capitalised;
    let link = |k: usize| v.word_in(i, k) && LINK_WORDS.contains(&v.text(k));
    (i >= 1 && capitalised(i - 1)) || (i >= 2 && link(i - 1) && capitalised(i - 2))
}

/// The phrases of the `firm_role` section as token texts (lowercase, apostrophes folded).
fn firm_roles() -> &'static Vec<Vec<String>> {
    static R: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        lexicon()
            .firm_roles
            .iter()
            .map(|r| r.split_whitespace().map(str::to_lowercase).collect())
            .collect()
    })
}

/// Whether a company role (`chief executive`, `PDG`) starts at token `k` (English order,
/// after `X's`) or ends at token `k` (French order, before `de X`).
fn role_at(v: &View, from: usize, k: usize, ends: bool) -> bool {
    firm_roles().iter().any(|words| {
        let first = if ends {
            match (k + 1).checked_sub(words.len()) {
                Some(f) => f,
                None => return false,
            }
        } else {
            k
        };
        words
            .iter()
            .enumerate()
            .all(|(n, w)| v.word_in(from, first + n) && v.text(first + n).to_lowercase() == *w)
    })
}

/// "Nordvik's chief executive", « le PDG de Nordvik »: the name a company role belongs to.
fn role_owner(v: &View, i: usize, end: usize) -> bool {
    let possessive = v.punct_in(i, end + 1, "'") || v.punct_in(i, end + 1, "’");
    let english = possessive && v.text(end + 2) == "s" && role_at(v, i, end + 3, false);
    let french = i >= 2 && matches!(v.text(i - 1), "de" | "d" | "'" | "’") && {
        let de = if v.t.list[i - 1].word { i - 1 } else { i - 2 };
        de >= 1 && matches!(v.text(de), "de" | "d") && role_at(v, i, de - 1, true)
    };
    english || french
}

/// Words after which a platform is where something is posted ("posted on X", « publié sur
/// X », « Sur X, … »).
const POSTED_ON: [&str; 4] = ["on", "sur", "On", "Sur"];
/// Words between the items of a list ("Facebook, X and TikTok").
const LIST_SEPARATORS: [&str; 5] = [",", "and", "et", "or", "ou"];

/// Whether token `i` stands in a list next to an organisation the knowledge base knows
/// ("Facebook, X and TikTok"): a letter listed with platforms is one.
fn listed_with_known_org(v: &View, i: usize) -> bool {
    let known_org = |k: usize| v.word_in(i, k) && v.known[k] == Some(EntityType::Org);
    let separator =
        |k: usize| v.t.list[k].block == v.t.list[i].block && LIST_SEPARATORS.contains(&v.text(k));
    let before = i >= 2 && separator(i - 1) && known_org(i - 2);
    let after = i + 2 < v.t.list.len() && separator(i + 1) && known_org(i + 2);
    before || after
}

/// Whether token `i` is a platform named by one capital letter (`X`): no name word could be
/// a letter alone, so only where a platform noun introduces it (« le réseau social X »),
/// where something is posted on it ("a message posted on X") or in a list with a known
/// organisation ("Facebook, X and TikTok").
fn one_letter_platform(v: &View, i: usize) -> bool {
    let t = &v.t.list[i];
    let one_char = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some() && chars.next().is_none()
    };
    let letter = t.word && t.capitalised && one_char(v.text(i));
    letter
        && i > 0
        && !v
            .t
            .list
            .get(i + 1)
            .is_some_and(|n| n.word && n.capitalised && n.block == t.block)
        && (noun_at(v, i, i - 1, &lexicon().platform_nouns)
            || (v.word_in(i, i - 1) && POSTED_ON.contains(&v.text(i - 1)))
            || listed_with_known_org(v, i))
}

/// Find the organisations a noun introduces, then every other mention of each.
/// "the DDoS network Velmar-9", "a hacker channel Tartu Front": a platform noun after a
/// threat word (`cue` in `lexicon.tsv`) introduces the attackers' own outfit, a group.
fn threat_platform(v: &View, i: usize) -> bool {
    let lx = lexicon();
    i >= 2
        && noun_at(v, i, i - 1, &lx.platform_nouns)
        && v.word_in(i, i - 2)
        && lx.cues.contains(&v.text(i - 2).to_lowercase())
}

pub fn find(v: &View, out: &mut Vec<Candidate>) {
    let mut named: BTreeMap<&str, EntityType> = BTreeMap::new();
    for i in 0..v.t.list.len() {
        if one_letter_platform(v, i) {
            named.entry(v.text(i)).or_insert(EntityType::Org);
        }
    }
    for i in 0..v.t.list.len() {
        if let Some(end) = introduced(v, i) {
            let name = &v.t.raw[v.t.list[i].start..v.t.list[end].end];
            if super::kb::knowledge_base()
                .country_of_adjective(name)
                .is_none()
            {
                let kind = if threat_platform(v, i) {
                    EntityType::Group
                } else {
                    EntityType::Org
                };
                named.entry(name).or_insert(kind);
            }
        }
    }
    mark_everywhere(v, &named, out);
}
