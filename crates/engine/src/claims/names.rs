//! Capitalised names no entity mention covers: a run of name words is a
//! person after a title, a named party otherwise, and the capitalised words
//! after a role ("ministère … des Affaires étrangères") complete its name.

use super::cands::{covered, is_connector, is_name_word, side_in, slug, text_of, Cand, Kind};
use super::facts::Facts;
use super::lexicon::Family;

/// How many tokens before a name a title or role may stand and still make it a
/// person's name: a title of several words plus a possessive or a comma
/// ("Freedonia's Deputy Foreign Minister, Jan Dupont").
const TITLE_REACH: usize = 8;
/// Words of a holder's name after a portfolio ("Minister of Fisheries Jan Dupont"):
/// a given name and a surname.
const HOLDER_NAME_WORDS: usize = 2;

/// One weak candidate per run of capitalised words not yet covered ("Jan Dupont",
/// "Daily Courier"); tokens in `dates` never open a run.
pub(crate) fn name_runs(f: &Facts, dates: &[usize], out: &mut Vec<Cand>) {
    let t = &f.tokens;
    let mut i = 0;
    while i < t.len() {
        if covered(out, i) || !is_name_word(f, i) || dates.contains(&i) {
            i += 1;
            continue;
        }
        let last = run_end(f, out, i);
        if let Some(c) = name_run(f, out, i, last) {
            out.push(c);
        }
        i = last + 1;
    }
}

/// The last name word of the run opened at `i`: name words, numbers and the small
/// words between them ("Ministry of Defence").
fn run_end(f: &Facts, out: &[Cand], i: usize) -> usize {
    let t = &f.tokens;
    let mut last = i;
    let mut j = i + 1;
    while j < t.len() && !covered(out, j) {
        // "Hydro-Velmar", "Nam-CERT": a hyphen glued between two name words joins them.
        if glued_hyphen(f, j) && last + 1 == j && hyphen_joins_names(f, j) {
            last = j + 1;
            j += 2;
            continue;
        }
        if !t[j].word {
            break;
        }
        // "Tomas K.", « Jean D. »: a surname cut to its initial ends the name.
        if initial(f, j) && last + 1 == j {
            return j;
        }
        if is_name_word(f, j) || t[j].raw.chars().all(|c| c.is_ascii_digit()) {
            last = j;
        } else if !is_connector(&t[j].lower) {
            break;
        }
        j += 1;
    }
    last
}

/// Whether token `j` is a hyphen with no space on either side.
fn glued_hyphen(f: &Facts, j: usize) -> bool {
    let t = &f.tokens;
    matches!(t[j].raw, "-" | "\u{2011}")
        && j > 0
        && t[j - 1].end == t[j].start
        && t.get(j + 1).is_some_and(|n| n.start == t[j].end)
}

/// Whether the hyphen at `j` joins two words of one name, not a title's parts
/// ("Vice-Chancellor", "Director-General") nor a prefix to a country's word
/// ("Anti-Freedonian").
fn hyphen_joins_names(f: &Facts, j: usize) -> bool {
    let titled = |k: usize| {
        f.is_any(
            k,
            Family::set(&[Family::Title, Family::RolePerson, Family::RoleOrg]),
        )
    };
    let country_word = f.sides.iter().any(|h| h.first <= j + 1 && j < h.last);
    j + 1 < f.tokens.len()
        && is_name_word(f, j + 1)
        && !titled(j - 1)
        && !titled(j + 1)
        && !country_word
}

/// Whether token `j` is a capital initial with its stop ("K.").
fn initial(f: &Facts, j: usize) -> bool {
    let t = &f.tokens;
    let mut chars = t[j].raw.chars();
    let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single && t.get(j + 1).is_some_and(|x| x.is("."))
}

/// The candidate the run `i..=last` names, if any: titles before it are dropped (and
/// make it a person), a capitalised country word just before it joins it, and a lone
/// capital opening the sentence is no name. May take that country word out of `out`.
fn name_run(f: &Facts, out: &mut Vec<Cand>, i: usize, last: usize) -> Option<Cand> {
    let t = &f.tokens;
    let (first, titled) = past_titles(f, i, last)?;
    // "Freedonia Daily", "Ruritania Herald": a capitalised country word opening a name
    // belongs to it (and gives it its side), unless an entity mention says otherwise.
    let mut first = first;
    let mut side = side_in(f, i, last);
    if first == i && i > 0 {
        if let Some(p) = country_before(f, out, i) {
            let absorbed = out.remove(p);
            first = absorbed.first;
            side = absorbed.side;
        }
    }
    let name = text_of(f, first, last);
    let kind = if titled && side.is_none() {
        Kind::Person
    } else {
        Kind::Named
    };
    // "Cryptocurrency thefts…": a lone capital opening the sentence is no name.
    // Unless the article capitalises that word inside sentences too ("Velmarine's station").
    // (A transcript's label before it does not count: "JAN ROE: Firstly, …".)
    let start = if first >= f.label_end { f.label_end } else { 0 };
    let opening =
        (start..first).all(|k| !t[k].word) && first == last && side.is_none() && !f.opening_named;
    if opening {
        return None;
    }
    let mut c = Cand::new(first, last, slug(&name), name, side, kind);
    c.weak = true;
    Some(c)
}

/// Where the name of the run `i..=last` starts past its titles, and whether a title
/// or role announced a person; `None` when titles are all the run holds.
fn past_titles(f: &Facts, i: usize, last: usize) -> Option<(usize, bool)> {
    let t = &f.tokens;
    let mut first = i;
    // Titles before a name: "Deputy Prime Minister Jan Dupont" -> the person.
    let mut titled = (i.saturating_sub(TITLE_REACH)..i)
        .any(|k| f.is(k, Family::Title) || f.is(k, Family::RolePerson));
    while first <= last && f.is(first, Family::Title) {
        first += 1;
        titled = true;
    }
    if titled && first <= last && is_connector(&t[first].lower) {
        // "Minister of Fisheries Jan Dupont": the title's portfolio, then the holder's
        // name (its last words); a portfolio alone ("Minister of Foreign Affairs")
        // names nobody.
        let words: Vec<usize> = (first..=last).filter(|&k| is_name_word(f, k)).collect();
        first = if words.len() > HOLDER_NAME_WORDS {
            words[words.len() - HOLDER_NAME_WORDS]
        } else {
            last + 1
        };
    }
    // Titles alone ("Vice President" before a recognised name) name nobody.
    (first <= last).then_some((first, titled))
}

/// The capitalised country word right before token `i` that no entity mention covers.
fn country_before(f: &Facts, out: &[Cand], i: usize) -> Option<usize> {
    out.iter().position(|c| {
        c.kind == Kind::Place
            && c.last + 1 == i
            && c.name.chars().next().is_some_and(char::is_uppercase)
            && !f
                .mentions
                .iter()
                .any(|m| m.first <= c.first && c.last <= m.last)
    })
}

/// Whether "for"/"of" and capitalised words only lie between the title at `title` and the
/// chain's last token `end`: a portfolio ("Secretary for Ports and Shipping").
fn portfolio(f: &Facts, title: usize, end: usize) -> bool {
    let t = &f.tokens;
    (title + 1..=end).any(|i| matches!(t[i].lower.as_str(), "for" | "of"))
        && (title + 1..=end).all(|i| {
            t[i].capitalised() || matches!(t[i].lower.as_str(), "for" | "of" | "and" | "the")
        })
}

/// Longest title chain before a person's name, in tokens ("Lithuanian Energy and Transport
/// Minister": five words; "Minister for Trade, Industry and Energy": seven tokens).
const TITLE_CHAIN_TOKENS: usize = 10;

/// "Freedonian Energy and Transport Minister Jana Roe": capitalised words before a title
/// that a person's name follows are that person's title, not parties of their own. The
/// weak names inside the chain go; their country becomes the person's.
pub(crate) fn drop_title_chains(f: &Facts, out: &mut Vec<Cand>) {
    let t = &f.tokens;
    let chains: Vec<(usize, usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == Kind::Person && p.first > 0 && t[p.first - 1].capitalised())
        .filter_map(|(_, p)| {
            let mut start = p.first - 1;
            while start > 0 && p.first - start < TITLE_CHAIN_TOKENS {
                let x = &t[start - 1];
                let joins = x.capitalised()
                    || matches!(x.lower.as_str(), "and" | "et" | "&" | "for" | "pour")
                    || is_connector(&x.lower);
                if !joins {
                    break;
                }
                start -= 1;
            }
            // The title right before the name, or earlier in the chain with its portfolio
            // after it ("Cabinet Secretary for Ports and Shipping Ana Roe").
            let title = |i: usize| {
                t[i].capitalised() && (f.is(i, Family::Title) || f.is(i, Family::RolePerson))
            };
            let before = p.first - 1;
            let titled =
                title(before) || (start..before).any(|i| title(i) && portfolio(f, i, before));
            titled.then_some((p.first, start, before))
        })
        .collect();
    for (person, start, end) in chains.into_iter().rev() {
        // Names inside the chain (its portfolio's words), and the title's role word, go.
        let inside = |c: &Cand| {
            c.first >= start
                && c.last <= end
                && (matches!(
                    c.kind,
                    Kind::Named | Kind::Role(Family::RolePerson) | Kind::Role(Family::RoleOrg)
                ) || (c.kind == Kind::Person && !f.mentions.iter().any(|m| m.first == c.first)))
        };
        let side = out
            .iter()
            .filter(|c| inside(c))
            .find_map(|c| c.side.clone());
        // (A person inside a later chain may have gone: it is found again by its start.)
        if let Some(p) = out
            .iter_mut()
            .find(|c| c.first == person && c.kind == Kind::Person)
        {
            if p.side.is_none() {
                p.side = side;
            }
        }
        out.retain(|c| !inside(c));
    }
}

/// "ministère freedonien des Affaires étrangères" without an entity mention: the
/// capitalised words after a role and "des" are the rest of its name.
pub(crate) fn join_role_names(f: &Facts, out: &mut Vec<Cand>) {
    let t = &f.tokens;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let joined = matches!(a.kind, Kind::Role(_))
            && b.weak
            && b.first > a.last + 1
            && (a.last + 1..b.first).all(|i| {
                matches!(
                    t[i].lower.as_str(),
                    "de" | "des" | "du" | "d" | "of" | "la" | "l" | "the" | "'" | "’"
                )
            });
        if joined {
            let b = out.remove(k + 1);
            let a = &mut out[k];
            a.last = b.last;
            a.name = text_of(f, a.first, a.last);
            a.id = slug(&a.name);
            a.side = a.side.clone().or(b.side);
        } else {
            k += 1;
        }
    }
}
