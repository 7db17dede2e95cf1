//! Threat groups and malware the knowledge base lacks, named by the text itself.
//!
//! Reports introduce the names they use: "a group it tracks as Grey Heron", « un
//! logiciel destructeur baptisé FROSTBITE », "the Owlfeather group", « Corvid, un
//! groupe se présentant comme hacktiviste ». A capitalised name is a threat group or a
//! malware when
//! - a naming phrase (`lexicon.tsv`, section `naming`: `dubbed`, `tracked as`, `sous le
//!   nom de`) stands right before it, and a threat noun (section `kind_word`, GROUP or
//!   MALWARE) a few words before that phrase says which ("a wiper dubbed X");
//! - a threat noun stands right beside it ("the wiper X", "the X group", « le groupe X »),
//!   with a name that cannot be an ordinary word (an inner capital or a digit: `Owlfeather`
//!   no, `OwlFeather` yes) or a word about attacks in its sentence;
//! - it stands in apposition to one (« X, un logiciel espion », "X, a wiper", « un
//!   collectif prorusse, X, a revendiqué »);
//! - a noun that names nothing but malware stands right before it (`lexicon.tsv`, section
//!   `malware_noun`: « la porte dérobée X », "the wiper X").
//!
//! Once named, the name is that thing wherever else the article writes it ("OwlFeather
//! actors said", a sentence's first word included), with one id, its slug, which the
//! other language's version, writing the same name, shares.

use super::lexicon::lexicon;
use super::rules::{name_end, View};
use super::tokens::Tokens;
use super::{Candidate, EntityType};
use crate::article::Lang;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

/// Tokens back from a naming phrase to the threat noun that types it: "a destructive
/// wiper, first seen in May, dubbed X" puts it several words before, and a sentence
/// may name the thing just before ("… recovered the malware. We call it X"), and a relative
/// clause puts its long subject between (« un groupe que la société de sécurité
/// manillaise X a baptisé »).
const KIND_REACH: usize = 12;
/// Tokens after an apposition's comma to its threat noun (« X, un nouveau logiciel »).
const APPOSITION_REACH: usize = 4;
/// Tokens a word about attacks may stand from a name typed by a noun beside it.
const ATTACK_WORD_REACH: usize = 10;

/// Articles that open an apposition in French (« X, un groupe ») and in English ("X, a
/// wiper"): each language's own, since French « a » is a verb (« X, a précisé que le
/// logiciel … »).
const APPOSITION_ARTICLES_FR: [&str; 5] = ["un", "une", "le", "la", "l"];
const APPOSITION_ARTICLES_EN: [&str; 3] = ["a", "an", "the"];

/// Words opening an attribution phrase (`according to`, « selon », « d'après »): the comma
/// after the source it names closes the phrase; what follows is the clause, no apposition.
const ATTRIBUTION_WORDS: [&str; 3] = ["according", "selon", "après"];
/// Tokens back from a name to the word opening its attribution phrase ("according to
/// analyst Jan Novak of the Kestrel Institute": seven).
const ATTRIBUTION_REACH: usize = 10;

/// Longest title abbreviation whose dot may stand inside an attribution (`M.`, `Dr.`).
const TITLE_ABBREVIATION_BYTES: usize = 3;

/// Whether the name at token `i` ends an attribution phrase: such a word before it in its
/// block, with no punctuation between but apostrophes and a title's dot (« selon M. X »).
fn in_attribution(v: &View, i: usize) -> bool {
    let inside = |k: usize| match v.text(k) {
        "'" | "’" => true,
        "." => {
            k > 0 && v.t.list[k - 1].capitalised && v.text(k - 1).len() <= TITLE_ABBREVIATION_BYTES
        }
        _ => v.word_in(i, k),
    };
    (i.saturating_sub(ATTRIBUTION_REACH)..i)
        .rev()
        .take_while(|&k| inside(k))
        .any(|k| ATTRIBUTION_WORDS.contains(&v.text(k).to_lowercase().as_str()))
}

/// Whether a word is an article that opens an apposition in the article's language.
fn apposition_article(v: &View, word: &str) -> bool {
    let word = word.to_lowercase();
    match v.lang {
        Lang::Fr => APPOSITION_ARTICLES_FR.contains(&word.as_str()),
        Lang::En => APPOSITION_ARTICLES_EN.contains(&word.as_str()),
    }
}

/// The naming phrases, each as the texts of its tokens (apostrophes folded), by their last
/// token: a name is looked up only among the phrases its preceding token can end.
fn naming_phrases() -> &'static HashMap<String, Vec<Vec<String>>> {
    static P: OnceLock<HashMap<String, Vec<Vec<String>>>> = OnceLock::new();
    P.get_or_init(|| {
        let mut by_last: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for words in &lexicon().naming {
            let phrase = words.join(" ");
            let t = Tokens::new(&phrase, &[(0, phrase.len())]);
            let keys: Vec<String> = (0..t.list.len()).map(|i| token_key(t.text(i))).collect();
            if let Some(last) = keys.last() {
                by_last.entry(last.clone()).or_default().push(keys);
            }
        }
        by_last
    })
}

/// A token as phrases compare it: lowercase, apostrophes alike.
fn token_key(s: &str) -> String {
    if s == "’" {
        "'".to_string()
    } else {
        s.to_lowercase()
    }
}

/// The first token of a naming phrase ending at token `j`, in the block of token `from`.
fn naming_before(v: &View, from: usize, j: usize) -> Option<usize> {
    let last = v.t.list.get(j).map(|_| token_key(v.text(j)))?;
    let phrases = naming_phrases().get(&last)?;
    phrases.iter().find_map(|words| {
        let first = (j + 1).checked_sub(words.len())?;
        let fits = words.iter().enumerate().all(|(k, w)| {
            v.t.list[first + k].block == v.t.list[from].block && token_key(v.text(first + k)) == *w
        });
        fits.then_some(first)
    })
}

/// The threat type a word names (`wiper` -> MALWARE, `groupe` -> GROUP), if any.
fn threat_kind(v: &View, from: usize, j: usize) -> Option<EntityType> {
    if !v.word_in(from, j) || v.t.list[j].capitalised {
        return None;
    }
    super::lexicon::kind_word(v.text(j))
        .filter(|k| matches!(k, EntityType::Group | EntityType::Malware))
}

/// Whether token `i` opens its sentence (first of its block, or after `.`, `!`, `?`, `:`
/// or an opening quote): capitalised by position, not necessarily a name.
pub(super) fn opens_sentence(v: &View, i: usize) -> bool {
    let mut k = i;
    while k > 0 && v.t.list[k - 1].block == v.t.list[i].block {
        match v.text(k - 1) {
            "«" | "\"" | "“" | "(" => k -= 1,
            "." | "!" | "?" | ":" => return true,
            _ => return false,
        }
    }
    true
}

/// Whether a name cannot be an ordinary word: a capital after its first letter
/// (`OwlFeather`, `FROSTBITE`) or a digit.
fn name_shaped(name: &str) -> bool {
    name.chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a word about attacks (`lexicon.tsv`, section `cue`), not itself a threat noun,
/// stands near token `i` in its block.
fn attack_word_near(v: &View, i: usize) -> bool {
    let block = v.t.list[i].block;
    let from = i.saturating_sub(ATTACK_WORD_REACH);
    let to = (i + ATTACK_WORD_REACH + 1).min(v.t.list.len());
    (from..to).any(|k| {
        let w = v.text(k);
        v.t.list[k].block == block
            && v.t.list[k].word
            && super::lexicon::kind_word(&w.to_lowercase()).is_none()
            && (lexicon().cues.contains(w)
                || w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("cyber")))
    })
}

/// Whether a group noun is plural (`hackers`, `pirates`, `acteurs`).
fn plural_group(v: &View, j: usize, kind: EntityType) -> bool {
    kind == EntityType::Group && v.text(j).ends_with('s')
}

/// The type the text gives the name from token `i` to `end`, if it names a threat.
fn named_kind(v: &View, i: usize, end: usize) -> Option<EntityType> {
    let name = &v.t.raw[v.t.list[i].start..v.t.list[end].end];
    // "the security firm X": a firm noun right before says what the name is (`firms.rs`).
    let firm = i.checked_sub(1).is_some_and(|k| {
        v.word_in(i, k) && !v.t.list[k].capitalised && lexicon().firm_nouns.contains(v.text(k))
    });
    if firm {
        return None;
    }
    // "a wiper dubbed X": a naming phrase, the noun before it.
    // "a group calling itself "X"", « sous le nom de « X » »: the name may open a quotation.
    // « se présentant comme la « X » »: an article may stand between phrase and quotation.
    // « se présentant comme « la X » »: an article inside the quotation, before the name.
    // (The quotation mark first: `article` capitalises the word in a new string.)
    let inner_article =
        i > 1 && matches!(v.text(i - 2), "«" | "\"" | "“") && article(v.text(i - 1));
    let i_name = i;
    let i = if inner_article { i - 1 } else { i };
    let before = i.checked_sub(1).map(|j| match v.text(j) {
        "«" | "\"" | "“" if j > 1 && article(v.text(j - 1)) => {
            if naming_before(v, i, j - 1).is_some() {
                j - 1
            } else {
                j - 2
            }
        }
        "«" | "\"" | "“" if j > 0 => j - 1,
        _ => j,
    });
    if let Some(first) = before.and_then(|j| naming_before(v, i, j)) {
        let kind = (first.saturating_sub(KIND_REACH)..first)
            .rev()
            .find_map(|k| threat_kind(v, i, k));
        if kind.is_some() {
            return kind;
        }
    }
    let i = i_name;
    // "X, a wiper", « X, un groupe se présentant comme … »; not the comma closing an
    // attribution ("According to X, the malware …").
    // « « X », un groupe », "\"X\", a group": the quotation closes before the comma.
    let closed = end
        + usize::from(matches!(
            v.t.list.get(end + 1).map(|_| v.text(end + 1)),
            Some("»" | "\"" | "”")
        ));
    if v.punct_in(i, closed + 1, ",")
        && !in_attribution(v, i)
        && v.word_in(i, closed + 2)
        && apposition_article(v, v.text(closed + 2))
        && (i > 0 && !opens_sentence(v, i) || name_shaped(name) || end > i)
    {
        let mut k = closed + 3;
        while v.punct_in(i, k, "'") || v.punct_in(i, k, "’") {
            k += 1;
        }
        // A plural group noun ("X, the hackers said", "X, the hackers used a wiper") opens
        // a new clause, not an apposition: the first threat noun decides.
        let kind = (k..k + APPOSITION_REACH)
            .take_while(|&j| v.word_in(i, j))
            .find_map(|j| threat_kind(v, i, j).map(|kind| (j, kind)))
            .filter(|&(j, kind)| !plural_group(v, j, kind))
            .map(|(_, kind)| kind);
        if kind.is_some() {
            return kind;
        }
    }
    // « Un collectif prorusse, X, a revendiqué… »: the name in apposition after its noun.
    let after_noun =
        i >= 2 && v.punct_in(i, i - 1, ",") && (v.punct_in(i, end + 1, ",") || name_shaped(name));
    if after_noun {
        // The noun right before the comma, or one lowercase word (its adjective) before it.
        let modifier = |k: usize| {
            v.word_in(i, k)
                && !v.t.list[k].capitalised
                && crate::calendar::weekday(v.text(k)).is_none()
        };
        let kind = threat_kind(v, i, i - 2).or_else(|| {
            (i >= 3 && modifier(i - 2))
                .then(|| threat_kind(v, i, i - 3))
                .flatten()
        });
        if kind.is_some() {
            return kind;
        }
    }
    // « la porte dérobée X », "the wiper X": a noun that names nothing but malware.
    let malware_noun = i.checked_sub(1).is_some_and(|k| {
        v.word_in(i, k) && lexicon().malware_nouns.contains(&v.text(k).to_lowercase())
    });
    if malware_noun && !opens_sentence(v, i) {
        return Some(EntityType::Malware);
    }
    // "the wiper X", "the X group": a noun beside a name no word could be, or about attacks.
    let beside = i
        .checked_sub(1)
        .and_then(|k| threat_kind(v, i, k))
        .or_else(|| threat_kind(v, i, end + 1));
    beside.filter(|_| name_shaped(name) || attack_word_near(v, i))
}

/// Whether a word is one of the small words that never start a name (`la`, `the`), which
/// the lexicon lists capitalised.
fn article(word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    lexicon().stops.contains(capitalised.as_str())
}

/// Most tokens of a quoted name ("Sons of the Desert Wind", « Légion numérique du Nil »).
const QUOTED_NAME_TOKENS: usize = 7;

/// The last token of a name that opens a quotation and fills it, lowercase words
/// included: the name a group gives itself. `None` when the quotation is longer or holds
/// punctuation (a quoted sentence, not a name).
fn quoted_name_end(v: &View, i: usize) -> Option<usize> {
    let quote = |k: usize| matches!(v.text(k), "«" | "\"" | "“");
    // « la Légion numérique de X »: the quotation may open on an article.
    let opens = i > 0 && (quote(i - 1) || (i > 1 && quote(i - 2) && article(v.text(i - 1))));
    if !opens || !v.t.list[i].capitalised {
        return None;
    }
    let close = (i + 1..i + QUOTED_NAME_TOKENS + 1)
        .take_while(|&k| v.word_in(i, k) || matches!(v.text(k), "»" | "\"" | "”" | "'" | "’"))
        .find(|&k| matches!(v.text(k), "»" | "\"" | "”"))?;
    Some(close - 1)
}

/// The acronyms the text writes in brackets right after a word (« le Service de sécurité
/// nationale freedonien (SSN) », "the Freedonian Cyber Agency (FCA)"): the short form of the
/// name before them, an organisation, which an apposition elsewhere (« du SSN, le groupe
/// … », the subject of the next clause) does not make a threat group.
fn bracketed_acronyms<'a>(v: &View<'_, 'a>) -> HashSet<&'a str> {
    let list = &v.t.list;
    (2..list.len().saturating_sub(1))
        .filter(|&k| {
            list[k].all_caps
                && v.punct_in(k, k - 1, "(")
                && v.punct_in(k, k + 1, ")")
                && v.word_in(k, k - 2)
        })
        .map(|k| v.t.text(k))
        .collect()
}

/// Whether a name typed as a malware is an organisation's by its own words: a head
/// opening it (« Institut Kestrel ») or an organisation word closing it ("Kestrel
/// Institute"); software is not named so.
fn organisation_named(v: &View, i: usize, end: usize, kind: EntityType) -> bool {
    let lx = lexicon();
    kind == EntityType::Malware
        && (lx.org_heads.contains(v.text(i)) || lx.org_suffixes.contains(v.text(end)))
}

/// Find the threats the text names, then every other mention of each.
pub fn find(v: &View, out: &mut Vec<Candidate>) {
    let mut named: BTreeMap<&str, EntityType> = BTreeMap::new();
    let acronyms = bracketed_acronyms(v);
    for i in 0..v.t.list.len() {
        let Some(end) = name_end(v, i) else {
            continue;
        };
        // « la « Légion numérique du Nil » »: a quoted name runs to its closing mark.
        let end = quoted_name_end(v, i).filter(|&q| q > end).unwrap_or(end);
        let name = &v.t.raw[v.t.list[i].start..v.t.list[end].end];
        let kb = super::kb::knowledge_base();
        // A technical abbreviation (`VPN`, « un logiciel VPN ») names no threat.
        let common_abbreviation = lexicon().not_acronyms.contains(name);
        if kb.country_of_adjective(name).is_some() || acronyms.contains(name) || common_abbreviation
        {
            continue;
        }
        if let Some(kind) = named_kind(v, i, end).filter(|&k| !organisation_named(v, i, end, k)) {
            named.entry(name).or_insert(kind);
        }
    }
    super::rules::mark_everywhere(v, &named, out);
}
