//! Linking mentions to the full mention they stand for.
//!
//! - A ministry named without its country (`ministère des Affaires
//!   étrangères`, `Foreign Ministry`) right after a place that frames its sentence
//!   (« À Téhéran, le ministère… ») is that place's country's; else it takes the id of the last ministry of the
//!   same portfolio whose country was given before it (`china_mfa`), else the
//!   country of the nearest place named before it in its paragraph (`Tehran
//!   rejected… Foreign Ministry spokesman` -> `iran_mfa`), else the country the
//!   headline names first (the text's own), else the bare portfolio (`mfa`): a later
//!   country is as likely to be another one.
//! - An acronym in brackets right after a name takes the name's id
//!   (`Agence nationale de X (ANX)`); other unknown acronyms are their own slug; a
//!   name the base lacks takes the id of a known acronym in brackets after it.
//! - A single name word repeating the last word of a person's full name
//!   (`Roe` after `Ana Roe`, `Wei` after `Li Wei`), or the
//!   first when it is written in capitals (`DUPONT` after `DUPONT Jean`) or is a family
//!   name written first (`Gao` after `Gao Renshu`, `Kang` after `Kang Do-yun`), is that person,
//!   even where the word also names a city (`Turku` after `Ana Turku`). A known given name
//!   alone is the one person whose full name opens with it, where its capital is its own
//!   ("Thanks, Jaan.", "Jaan, when…?"), never when two people share it.
//! - A company's one-word name before its trade word, alone (`Hanbit` after `Hanbit
//!   Telecom`), is that company.
//! - An organisation's head noun alone after a determiner (« l'Union », "the Council")
//!   is the organisation with that head named last before it, else first after it (a
//!   headline's short form before the lead's full name); with none named in the article,
//!   a few take the id a reader gives them (`lexicon.tsv`, `short_form` values: « l'Union »
//!   the EU, "the Chamber" and « la Chambre » one `chamber`).

use super::kb::lookup;
use super::lexicon::FxHasher;
use super::tokens::Tokens;
use super::{Candidate, EntityType, Priority};
use crate::article::Lang;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;

/// A hash map with the fast hash: the links are worked out per article, from maps of
/// names looked up again and again (never iterated in an order that matters).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The country of the nearest place or state body named before mention `k`
/// in the same block (`Tehran rejected… Foreign Ministry spokesman`).
fn nearby_country(tokens: &Tokens, picked: &[Candidate], k: usize) -> Option<String> {
    let block_of = |byte: usize| {
        let i = tokens.list.partition_point(|t| t.start < byte);
        tokens.list.get(i).map(|t| t.block)
    };
    let block = block_of(picked[k].start)?;
    picked[..k]
        .iter()
        .rev()
        .take_while(|c| block_of(c.start) == Some(block))
        .find_map(|c| lookup(&c.id).and_then(|e| e.country.clone()))
}

/// Words that open a sentence's frame of place (« À Téhéran, … », "In Oslo, …").
const FRAMING: [&str; 6] = ["À", "A", "In", "At", "From", "Depuis"];

/// The country of the place that frames the sentence of mention `k`, written as the
/// sentence's opening « À Valdora, le ministère… », "In Valdora, the foreign ministry…":
/// the scene is set there, so a bare ministry right after it is that country's, whichever
/// ministry was named before.
fn framing_country(tokens: &Tokens, picked: &[Candidate], k: usize) -> Option<String> {
    let token_at = |byte: usize| tokens.list.partition_point(|t| t.start < byte);
    let m = token_at(picked[k].start);
    let place = picked[..k].last()?;
    let (p_first, p_last) = (token_at(place.start), token_at(place.end).checked_sub(1)?);
    // `À`, the place, a comma, then at most an article before the ministry.
    let opener = p_first.checked_sub(1)?;
    let opens_sentence = opener == 0
        || tokens.list[opener - 1].block != tokens.list[opener].block
        || matches!(tokens.text(opener - 1), "." | "!" | "?");
    let comma = p_last + 1;
    let gap = m.checked_sub(comma + 1)?;
    let framed = FRAMING.contains(&tokens.text(opener))
        && opens_sentence
        && tokens.text(comma) == ","
        && gap <= 1
        && tokens.list[opener].block == tokens.list[m].block;
    framed
        .then(|| lookup(&place.id).and_then(|e| e.country.clone()))
        .flatten()
}

/// The country the headline names first ("Freedonia accuses Ruritania of …"): the text's
/// own, for a ministry no nearer place or earlier ministry places.
fn headline_country(tokens: &Tokens, picked: &[Candidate]) -> Option<String> {
    let first_block = tokens.list.first()?.block;
    let in_headline = |c: &Candidate| {
        let i = tokens.list.partition_point(|t| t.start < c.start);
        tokens.list.get(i).is_some_and(|t| t.block == first_block)
    };
    picked
        .iter()
        .take_while(|c| in_headline(c))
        .find_map(|c| lookup(&c.id).and_then(|e| e.country.clone()))
}

fn resolve_ministries(tokens: &Tokens, picked: &mut [Candidate]) {
    let headline = headline_country(tokens, picked);
    let mut last: FastMap<String, String> = FastMap::default();
    for k in 0..picked.len() {
        let c = &picked[k];
        if let Some(suffix) = c.id.strip_prefix('?').filter(|s| !s.starts_with("acr:")) {
            let suffix = suffix.to_string();
            let framed = framing_country(tokens, picked, k);
            let id = framed
                .map(|country| format!("{country}_{suffix}"))
                .or_else(|| last.get(&suffix).cloned())
                .or_else(|| {
                    nearby_country(tokens, picked, k).map(|country| format!("{country}_{suffix}"))
                })
                .or_else(|| {
                    headline
                        .as_ref()
                        .map(|country| format!("{country}_{suffix}"))
                });
            picked[k].id = id.unwrap_or(suffix);
        } else if let Some((country, suffix)) = qualified(&c.id) {
            let id = format!("{country}_{suffix}");
            last.insert(suffix.to_string(), id);
        }
    }
}

/// `china_mfa` -> (`china`, `mfa`) for ministry ids.
pub(crate) fn qualified(id: &str) -> Option<(&str, &str)> {
    let (country, suffix) = id.rsplit_once('_')?;
    matches!(
        suffix,
        "mfa"
            | "mod"
            | "interior"
            | "justice"
            | "mps"
            | "trade"
            | "finance"
            | "economy"
            | "intelligence"
    )
    .then_some((country, suffix))
}

/// Whether the candidate at `k` is written in brackets right after the one before it
/// ("Name (ACR)").
fn bracketed_after(raw: &str, picked: &[Candidate], k: usize) -> bool {
    let (name, acronym) = (&picked[k - 1], &picked[k]);
    raw.get(name.end..acronym.start)
        .is_some_and(|gap| gap.trim() == "(")
        && raw[acronym.end..].starts_with(')')
}

/// A name and the acronym in brackets after it ("Name (ACR)") are one body, and the base
/// tells which id they share:
/// - `Direction principale de … (GRU)`: a name the base lacks before an acronym it knows is
///   the thing the acronym names, so that its translation, which often carries a known
///   name, shares its id;
/// - "National Security Agency (RTA)" in a text about Estonia: a name the base knows before
///   an acronym that neither the base nor the name's entry lists is another body of the same
///   words (a country's own agency named like a better-known one): it takes the acronym as
///   its id, which the acronym's own uses then follow (`resolve_acronyms`).
fn bracketed_acronyms(raw: &str, picked: &mut [Candidate]) {
    for k in 1..picked.len() {
        if !bracketed_after(raw, picked, k) {
            continue;
        }
        let (before, after) = picked.split_at_mut(k);
        let (name, acronym) = (&mut before[k - 1], &after[0]);
        let written = &raw[acronym.start..acronym.end];
        let named = lookup(&name.id);
        if acronym.id.starts_with("?acr:") {
            let unlisted = named.is_some_and(|e| e.all_names().all(|n| n != written));
            if name.kind == EntityType::Org && unlisted {
                name.id = super::rules::slug(written);
            }
            continue;
        }
        let is_acronym = written
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
        if is_acronym
            && name.kind == acronym.kind
            && named.is_none()
            && lookup(&acronym.id).is_some()
        {
            name.id = acronym.id.clone();
        }
    }
}

fn resolve_acronyms(raw: &str, picked: &mut [Candidate]) {
    // An acronym once introduced in brackets after its name keeps that name's id wherever
    // it recurs ("… Agency (FCDA) said … The FCDA later …"), and wherever it came before
    // ("Statement by FCDA" in a release's title, the name in full in its first paragraph):
    // one text names one body by it.
    let first_introduced = introductions(raw, picked);
    let mut introduced: FastMap<String, String> = FastMap::default();
    for k in 0..picked.len() {
        let Some(own) = picked[k].id.strip_prefix("?acr:").map(str::to_string) else {
            continue;
        };
        let written = raw[picked[k].start..picked[k].end].to_string();
        picked[k].id = match introducing_name(raw, picked, k) {
            Some(id) => {
                introduced.insert(written, id.clone());
                id
            }
            None => introduced
                .get(&written)
                .or_else(|| first_introduced.get(&written))
                .cloned()
                .unwrap_or(own),
        };
    }
}

/// Each acronym's first introduction in the text: the id of the organisation named just
/// before it in brackets.
fn introductions(raw: &str, picked: &[Candidate]) -> FastMap<String, String> {
    let mut first = FastMap::default();
    for k in 0..picked.len() {
        if !picked[k].id.starts_with("?acr:") {
            continue;
        }
        if let Some(id) = introducing_name(raw, picked, k) {
            let written = raw[picked[k].start..picked[k].end].to_string();
            first.entry(written).or_insert(id);
        }
    }
    first
}

/// The id of the organisation whose name comes just before the acronym at `k`, in
/// brackets after it ("Federal Cyber Defence Agency (FCDA)").
fn introducing_name(raw: &str, picked: &[Candidate], k: usize) -> Option<String> {
    let before = &raw[..picked[k].start];
    let bracketed = before.trim_end().ends_with('(');
    k.checked_sub(1)
        .map(|p| &picked[p])
        .filter(|p| bracketed && before[p.end.min(before.len())..].trim() == "(")
        .filter(|p| p.kind == EntityType::Org)
        .map(|p| p.id.clone())
}

/// Shortest bare name word linked to a full name (bytes).
const MIN_SHORT_NAME_BYTES: usize = 3;

fn short_names(tokens: &Tokens, picked: &mut Vec<Candidate>) {
    let mut by_word: FastMap<&str, String> = FastMap::default();
    // Family names written first, which may be two letters long (`Xu`, `Li`).
    let mut family_first: Vec<&str> = Vec::new();
    // First words link only after a title (`Mr Lim` for `Lim Soo-suk`), not bare.
    let mut firsts: FastMap<&str, String> = FastMap::default();
    let mut shared_firsts: Vec<&str> = Vec::new();
    for c in picked.iter().filter(|c| c.kind == EntityType::Person) {
        let name = &tokens.raw[c.start..c.end];
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        let last = words[words.len() - 1];
        by_word.entry(last).or_insert_with(|| c.id.clone());
        let first = words[0];
        if first
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            || super::persons::family_name_first(first, last)
        {
            by_word.entry(first).or_insert_with(|| c.id.clone());
            family_first.push(first);
        } else if firsts.get(first).is_some_and(|id| *id != c.id) {
            // Two people share the given name: it alone names neither.
            shared_firsts.push(first);
        } else {
            firsts.entry(first).or_insert_with(|| c.id.clone());
        }
    }
    for first in shared_firsts {
        firsts.remove(first);
    }
    if by_word.is_empty() {
        return;
    }
    // A one-word person found by a title (`Mr Lim`) is the full name it repeats.
    for c in picked.iter_mut().filter(|c| c.kind == EntityType::Person) {
        let name = &tokens.raw[c.start..c.end];
        if !name.contains(char::is_whitespace) {
            let first_or_last = by_word.get(name).or_else(|| firsts.get(name));
            if let Some(id) = first_or_last.cloned() {
                c.id = id;
            }
        }
    }
    // `Bolton` after `Ana Bolton`: a city of the generated list (one standing for no country)
    // that repeats a person's family name is that person.
    for c in picked.iter_mut().filter(|c| c.kind == EntityType::Gpe) {
        let name = &tokens.raw[c.start..c.end];
        let plain_city = lookup(&c.id).is_some_and(|e| e.country.is_none());
        if let Some(id) = by_word.get(name).filter(|_| plain_city) {
            c.kind = EntityType::Person;
            c.id = id.clone();
        }
    }
    add_word_mentions(tokens, picked, |i| {
        let (t, w) = (tokens.list[i], tokens.text(i));
        // Shorter words are mostly initials or sentence words; a two-letter family name
        // written first (`Xu` after `Xu Lihong`) counts unless it is a stop word (`He`).
        let short_family = family_first.contains(&w) && !super::lexicon::stop_word(w);
        if !t.capitalised || (w.len() < MIN_SHORT_NAME_BYTES && !short_family) {
            return None;
        }
        by_word
            .get(w)
            .or_else(|| addressed_by_given_name(tokens, i, &firsts))
            .map(|id| (EntityType::Person, id.clone(), Priority::Person))
    });
}

/// "Thanks, Jaan.", « Merci Mari. »: a known given name alone, the first word of one person's
/// full name in the article, is that person where its capital is the name's own (inside a
/// sentence, or opening one before a comma: "Jaan, what happened?").
fn addressed_by_given_name<'m>(
    tokens: &Tokens,
    i: usize,
    firsts: &'m FastMap<&str, String>,
) -> Option<&'m String> {
    let w = tokens.text(i);
    let id = firsts.get(w)?;
    let opens = i == 0
        || tokens.list[i - 1].block != tokens.list[i].block
        || matches!(tokens.text(i - 1), "." | "!" | "?" | ":");
    let addressed = tokens.text(i + 1) == "," && tokens.list.get(i + 1).is_some_and(|t| !t.word);
    let own_capital = !opens || addressed;
    // "Jaan Kask": a capitalised word after it starts another name.
    let name_goes_on = tokens
        .list
        .get(i + 1)
        .is_some_and(|t| t.word && t.capitalised && t.space_before);
    (own_capital && !name_goes_on && super::lexicon::is_given_name(w)).then_some(id)
}

/// Add a mention for each word token that `pick` names and no mention covers yet.
fn add_word_mentions(
    tokens: &Tokens,
    picked: &mut Vec<Candidate>,
    pick: impl Fn(usize) -> Option<(EntityType, String, Priority)>,
) {
    // Filled by `extend`, not `collect()`: collecting into a map sorts, one more copy of the sort.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    taken.extend(picked.iter().map(|c| (c.start, c.end)));
    let mut added = Vec::new();
    for (i, t) in tokens.list.iter().enumerate() {
        if !t.word {
            continue;
        }
        let Some((kind, id, priority)) = pick(i) else {
            continue;
        };
        let clash = taken
            .range(..t.end)
            .next_back()
            .is_some_and(|(_, &e)| e > t.start);
        if clash {
            continue;
        }
        taken.insert(t.start, t.end);
        added.push(Candidate {
            start: t.start,
            end: t.end,
            kind,
            id,
            priority,
        });
    }
    if !added.is_empty() {
        picked.extend(added);
        crate::order::sort_by_key(picked, |c| (c.start, c.end));
    }
}

/// `Hanbit` after `Hanbit Telecom`, `Northgate` after `Northgate Labs`: a company named
/// by one word and a trade word (`lexicon.tsv`, section `company_suffix`) is later often
/// named by that word alone, which is the same organisation.
fn company_stems(tokens: &Tokens, picked: &mut Vec<Candidate>) {
    let lx = super::lexicon::lexicon();
    let kb = super::kb::knowledge_base();
    let mut stems: FastMap<&str, String> = FastMap::default();
    for c in picked.iter().filter(|c| c.kind == EntityType::Org) {
        let words: Vec<&str> = tokens.raw[c.start..c.end].split_whitespace().collect();
        let [stem, suffix] = words[..] else {
            continue;
        };
        let usable = lx.company_suffixes.contains(suffix)
            && lookup(&c.id).is_none()
            && stem.chars().next().is_some_and(char::is_uppercase)
            && stem.len() >= MIN_SHORT_NAME_BYTES
            && !super::lexicon::stop_word(stem)
            && kb.country_of_adjective(stem).is_none();
        if usable {
            stems.entry(stem).or_insert_with(|| c.id.clone());
        }
    }
    if stems.is_empty() {
        return;
    }
    add_word_mentions(tokens, picked, |i| {
        stems
            .get(tokens.text(i))
            .map(|id| (EntityType::Org, id.clone(), Priority::Suffix))
    });
}

/// Shortest head noun that stands for its organisation alone (`Union`, `Council`): shorter
/// capitalised words after an article are mostly abbreviations or sentence words.
const MIN_HEAD_BYTES: usize = 4;

/// Determiners before a head noun standing alone (« l'Union », « du Conseil », "the
/// Council"): a capitalised word right after one is a name, not a sentence's first word.
const HEAD_DETERMINERS: [&str; 12] = [
    "the", "The", "l", "L", "le", "Le", "la", "La", "du", "Du", "au", "Au",
];

/// Prepositions before which English writes a body's short name with no article ("a
/// debate in Parliament", "Cyberattack on Parliament"); never sentence-initial, so the
/// capital is the name's.
const HEAD_PREPOSITIONS: [&str; 8] = ["in", "on", "to", "before", "at", "into", "against", "of"];

/// Prepositions that open a name's complement ("Chamber of Commerce", « Chambre des métiers »).
const COMPLEMENT_OPENERS: [&str; 5] = ["of", "de", "du", "des", "d"];

/// The head noun of an organisation's name in the article's language: French puts it
/// first (« Union européenne », « Conseil de l'UE »), English last or before its
/// complement ("European Union", "Council of the EU"); `None` for a one-word name or a
/// lowercase head.
fn head_noun(name: &str, lang: Lang) -> Option<&str> {
    // (The words read as they come, with no list of them made.)
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let second = words.next()?;
    let head = match lang {
        Lang::Fr => first,
        // The word before the first "of", unless the name opens with it; else the last word.
        Lang::En if first == "of" => name.split_whitespace().last().unwrap_or(second),
        Lang::En => {
            let mut before = first;
            for w in std::iter::once(second).chain(words) {
                if w == "of" {
                    break;
                }
                before = w;
            }
            before
        }
    };
    let capitalised = head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().skip(1).all(char::is_lowercase);
    (capitalised && head.len() >= MIN_HEAD_BYTES).then_some(head)
}

/// « l'Union » after « l'Union européenne », "the Council" after "the Council of the EU",
/// « l'Alliance » after « l'OTAN » (whose other name is « Alliance atlantique »): an
/// organisation's head noun of `lexicon.tsv` (section `short_form`), capitalised alone after a determiner, is the organisation last
/// named before it with that head (in the text or among its names in the knowledge base).
fn head_nouns(tokens: &Tokens, lang: Lang, picked: &mut Vec<Candidate>) {
    let kb = super::kb::knowledge_base();
    let lx = super::lexicon::lexicon();
    let usable = |head: &str| {
        lx.short_forms.contains(head)
            && !super::lexicon::stop_word(head)
            && kb.country_of_adjective(head).is_none()
    };
    // The heads of each known id's names in the base, worked out once per id.
    let mut known_heads: FastMap<&str, Vec<&str>> = FastMap::default();
    // Per head, where each organisation with it was named (its end) and its id, in text
    // order: picked mentions do not overlap, so their ends rise with their starts.
    let mut named: FastMap<&str, Vec<(usize, &str)>> = FastMap::default();
    for c in picked.iter().filter(|c| c.kind == EntityType::Org) {
        let from_kb = known_heads.entry(c.id.as_str()).or_insert_with(|| {
            lookup(&c.id).map_or_else(Vec::new, |e| {
                let names = [&e.name_en, &e.name_fr].into_iter().chain(&e.aliases);
                names
                    .filter_map(|n| head_noun(n, lang))
                    .filter(|h| usable(h))
                    .collect()
            })
        });
        let written = head_noun(&tokens.raw[c.start..c.end], lang).filter(|h| usable(h));
        let mut heads: Vec<&str> = from_kb.clone();
        heads.extend(written);
        for head in heads {
            let list = named.entry(head).or_default();
            if list.last() != Some(&(c.end, c.id.as_str())) {
                list.push((c.end, c.id.as_str()));
            }
        }
    }
    if named.is_empty() && lx.short_form_defaults.is_empty() {
        return;
    }
    // Owned, since `add_word_mentions` changes `picked`, which the map borrows.
    let named: FastMap<String, Vec<(usize, String)>> = named
        .into_iter()
        .map(|(head, list)| {
            let list = list.into_iter().map(|(end, id)| (end, id.to_string()));
            (head.to_string(), list.collect())
        })
        .collect();
    add_word_mentions(tokens, picked, |i| {
        let (t, w) = (tokens.list[i], tokens.text(i));
        let default = lx.short_form_defaults.get(w);
        let list = named.get(w);
        if list.is_none() && default.is_none() {
            return None;
        }
        let apostrophe = |k: usize| matches!(tokens.text(k), "'" | "’");
        let det = match i.checked_sub(1) {
            Some(k) if apostrophe(k) => k.checked_sub(1),
            k => k,
        };
        let after_determiner = det.is_some_and(|k| {
            tokens.list[k].block == t.block
                && (HEAD_DETERMINERS.contains(&tokens.text(k))
                    || HEAD_PREPOSITIONS.contains(&tokens.text(k)))
        });
        let next_is_name = tokens
            .list
            .get(i + 1)
            .is_some_and(|n| n.word && n.capitalised && n.block == t.block);
        if !after_determiner || next_is_name {
            return None;
        }
        // The organisation named last before it, else the first named after it (a
        // headline's « le Parlement » before the lead's « Parlement fédéral »).
        let named_before = list.map(|list| {
            let before = list.partition_point(|(end, _)| *end <= t.start);
            list[before.saturating_sub(1)].1.clone()
        });
        // With no referent named, a default: not when a complement follows,
        // which makes the word the head of a longer name ("the Chamber of Commerce").
        let complement = tokens.list.get(i + 1).is_some_and(|n| {
            n.block == t.block && COMPLEMENT_OPENERS.contains(&tokens.text(i + 1))
        });
        let id = named_before.or_else(|| default.filter(|_| !complement).cloned())?;
        Some((EntityType::Org, id, Priority::Suffix))
    });
}

/// Resolve pending ids and add short person and organisation mentions.
pub fn link(tokens: &Tokens, lang: Lang, picked: &mut Vec<Candidate>) {
    resolve_ministries(tokens, picked);
    bracketed_acronyms(tokens.raw, picked);
    resolve_acronyms(tokens.raw, picked);
    short_names(tokens, picked);
    company_stems(tokens, picked);
    head_nouns(tokens, lang, picked);
}
