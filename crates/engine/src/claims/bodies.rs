//! Bodies described rather than named: "Freedonia's foreign ministry", "the Ruritanian
//! defence ministry", "Freedonia's national cyber security centre". A country word, then a few
//! lowercase words of the body's portfolio, then an organisation noun: the speaker is
//! that body of that country, not the country. A ministry whose portfolio the knowledge
//! base knows takes the id its named form has (`freedonia_mfa`, as « ministère freedonien
//! des Affaires étrangères » gets), so both versions of a translated article agree;
//! any other body gets the country and its description
//! (`freedonia_national_cyber_security_centre`).

use super::cands::{Cand, Kind, CUE_FAMILIES};
use super::draft::SentenceAt;
use super::facts::Facts;
use super::lexicon::Family;
use super::speakers::Known;
use super::tokens::Hit;
use super::Party;

/// How many lowercase words a body's portfolio may take between the country and the
/// noun ("national cyber security centre": three).
const MAX_PORTFOLIO_WORDS: usize = 3;

/// The id and name of the body `role` describes when `place` qualifies it across
/// portfolio words, or None when nothing stands between them ("the Freedonian
/// ministry" stays the ministry last heard of, or the country).
pub(crate) fn body(f: &Facts, place: &Cand, role: &Cand) -> Option<(String, String)> {
    if place.kind != Kind::Place || role.kind != Kind::Role(Family::RoleOrg) {
        return None;
    }
    let side = place.side.as_deref()?;
    let t = &f.tokens;
    // "Freedonia's": the possessive's apostrophe and "s" are no portfolio words.
    let words: Vec<usize> = (place.last + 1..role.first)
        .filter(|&i| t[i].word && !(t[i].lower == "s" && i == place.last + 2))
        .collect();
    let possessive = t
        .get(place.last + 1)
        .is_some_and(|x| matches!(x.raw, "'" | "’"))
        && t.get(place.last + 2).is_some_and(|x| x.lower == "s");
    // "Freedonia's embassy in Lima", "the Freedonian embassy": a country's diplomatic
    // mission, named as the entity layer names « l'ambassade de Chine » (`china_embassy`).
    let mission = mission_word(&role.head);
    let adjacent = words.is_empty() && place.last + 1 == role.first;
    if (words.is_empty() && possessive) || (adjacent && mission.is_some()) {
        return mission.map(|m| {
            (
                format!("{side}_{m}"),
                format!("{} {}", place.name, role.head),
            )
        });
    }
    // "the Freedonian army", "Ruritanian counterintelligence": a body of that country
    // named by its noun alone (its government or authorities are the country itself).
    if words.is_empty() && place.last + 1 == role.first {
        return adjacent_body(f, side, place.first, role.last, role);
    }
    let fits = !words.is_empty()
        && words.len() <= MAX_PORTFOLIO_WORDS
        && words.iter().all(|&i| {
            !t[i].capitalised()
                // A portfolio may be the conflict's own topic ("cyber security").
                && !CUE_FAMILIES
                    .iter()
                    .any(|&fam| fam != Family::Topic && f.is(i, fam))
                && !f.is(i, Family::Aux)
                && !f.is(i, Family::Preposition)
                && !f.is(i, Family::Determiner)
        });
    if !fits {
        return None;
    }
    let portfolio: Vec<&str> = words.iter().map(|&i| t[i].raw).collect();
    let name = format!("{} {} {}", place.name, portfolio.join(" "), role.head);
    let id = match crate::entities::portfolio_suffix(&portfolio) {
        Some(suffix) if is_ministry(&role.head) => format!("{side}_{suffix}"),
        _ => format!(
            "{side}_{}",
            crate::entities::slug(&format!("{} {}", portfolio.join(" "), role.head))
        ),
    };
    Some((id, name))
}

/// The id and name of the body a country word and a body noun side by side describe,
/// from token `first` to `last`; `None` for a government, a mission or a ministry, which
/// other rules name.
fn adjacent_body(
    f: &Facts,
    side: &str,
    first: usize,
    last: usize,
    role: &Cand,
) -> Option<(String, String)> {
    let head = role.head.as_str();
    if f.is(role.first, Family::CountryBody) || is_ministry(head) || mission_word(head).is_some() {
        return None;
    }
    let t = &f.tokens;
    let name = (first..=last)
        .filter(|&i| t[i].word)
        .map(|i| t[i].raw)
        .collect::<Vec<_>>()
        .join(" ");
    Some((format!("{side}_{}", crate::entities::slug(head)), name))
}

/// « l'armée freedonienne », « le parquet fédéral freedonien »: one body's noun after a
/// singular definite article, then (French order) the country word that qualifies it, from
/// token `first` to `last`. That body speaks, not the country; plural nouns (« les
/// services freedoniens ») stay the country, and a government, a ministry or a mission is
/// left to the rules that name them, as before the noun.
pub(crate) fn body_before_country(
    f: &Facts,
    side: &str,
    first: usize,
    last: usize,
    role: &Cand,
) -> Option<(String, String)> {
    let t = &f.tokens;
    let singular_definite = super::facts::previous_word(t, role.first)
        .is_some_and(|p| matches!(t[p].lower.as_str(), "le" | "la" | "l" | "the"));
    if role.kind != Kind::Role(Family::RoleOrg) || !singular_definite {
        return None;
    }
    adjacent_body(f, side, first, last, role)
}

/// How many words may stand between a minister's title and the portfolio after it, besides
/// the country word (« le ministre freedonien des Affaires étrangères »: « freedonien des »).
const MINISTER_PORTFOLIO_GAP: usize = 3;

/// A minister the text names by country and portfolio, not by name.
pub(crate) struct Minister {
    /// First and last token of the description ("Freedonian Foreign Minister").
    pub first: usize,
    pub last: usize,
    /// The country it serves (`freedonia`) and the ministry's id (`freedonia_mfa`).
    pub side: String,
    pub id: String,
}

/// "the Freedonian Foreign Minister", « le ministre freedonien des Affaires étrangères »,
/// "Freedonia's Defence Minister": a minister of a country and a portfolio the knowledge
/// base knows, with no name after the title, speaks as that ministry (`freedonia_mfa`), the
/// id both versions of a translation give it. `title` is the role's hit.
pub(crate) fn minister(f: &Facts, title: &Hit) -> Option<Minister> {
    let t = &f.tokens;
    if !is_minister(&t[title.last].lower) {
        return None;
    }
    english_minister(f, title).or_else(|| french_minister(f, title))
}

/// "Freedonian Foreign Minister", "Freedonia's Defence Minister": country, portfolio, title.
fn english_minister(f: &Facts, title: &Hit) -> Option<Minister> {
    let t = &f.tokens;
    let side = f.sides.iter().rfind(|s| s.last < title.first)?;
    let side_first = side.first;
    let mut from = side.last + 1;
    // "Freedonia's": the possessive's apostrophe and "s".
    if t.get(from).is_some_and(|x| matches!(x.raw, "'" | "’"))
        && t.get(from + 1).is_some_and(|x| x.lower == "s")
    {
        from += 2;
    }
    let words: Vec<&str> = (from..title.first).map(|i| t[i].raw).collect();
    let portfolio = (from..title.first).all(|i| t[i].word && t[i].capitalised());
    let suffix = crate::entities::portfolio_suffix(&words).filter(|_| portfolio)?;
    let side = side.side.filter(|_| unnamed_after(f, title.last))?;
    Some(Minister {
        first: side_first,
        last: title.last,
        side: side.to_string(),
        id: format!("{side}_{suffix}"),
    })
}

/// « le ministre freedonien des Affaires étrangères »: title, country word, portfolio.
fn french_minister(f: &Facts, title: &Hit) -> Option<Minister> {
    let t = &f.tokens;
    let side = f.sides.iter().find(|s| s.first == title.last + 1)?;
    let small = |i: usize| {
        matches!(
            t[i].lower.as_str(),
            "de" | "des" | "du" | "d" | "l" | "la" | "of"
        )
    };
    let from = (side.last + 1..t.len())
        .filter(|&i| t[i].word)
        .take(MINISTER_PORTFOLIO_GAP)
        .find(|&i| !small(i))?;
    let words: Vec<usize> = (from..t.len())
        .filter(|&i| t[i].word)
        .take_while(|&i| {
            !CUE_FAMILIES
                .iter()
                .any(|&c| c != Family::Topic && f.is(i, c))
        })
        .take(MAX_PORTFOLIO_WORDS + 2)
        .collect();
    let (suffix, end) = (1..=words.len()).rev().find_map(|n| {
        let raw: Vec<&str> = words[..n].iter().map(|&i| t[i].raw).collect();
        crate::entities::portfolio_suffix(&raw).map(|s| (s, words[n - 1]))
    })?;
    let side = side.side.filter(|_| unnamed_after(f, end))?;
    Some(Minister {
        first: title.first,
        last: end,
        side: side.to_string(),
        id: format!("{side}_{suffix}"),
    })
}

/// No name follows the description ("… Foreign Minister Jan Dupont said", « …, Jan
/// Dupont, a déclaré »): that person speaks, not the ministry.
fn unnamed_after(f: &Facts, end: usize) -> bool {
    let t = &f.tokens;
    !(end + 1..t.len())
        .find(|&i| t[i].word)
        .is_some_and(|i| t[i].capitalised() && (end + 1..i).all(|j| t[j].is(",")))
}

fn is_minister(head: &str) -> bool {
    matches!(head, "minister" | "ministre")
}

/// The id word of a diplomatic mission's noun, as the knowledge base's lexicon gives it.
fn mission_word(head: &str) -> Option<&'static str> {
    crate::entities::mission_id_word(head)
}

/// "the foreign ministry", "its defence ministry": the id suffix (`mfa`, `mod`) of the
/// portfolio that lowercase words between a determiner (or a capitalised word) and a
/// ministry's noun give it, and the token before them; None for a ministry named by its
/// noun alone or by capitalised words.
pub(crate) fn portfolio_before(f: &Facts, c: &Cand) -> Option<(&'static str, usize)> {
    let t = &f.tokens;
    let head = (c.first..=c.last).rev().find(|&i| *t[i].lower == *c.head)?;
    portfolio_at(f, head)
}

/// [`portfolio_before`] the ministry's noun at token `head`.
pub(crate) fn portfolio_at(f: &Facts, head: usize) -> Option<(&'static str, usize)> {
    let t = &f.tokens;
    if !is_ministry(&t[head].lower) {
        return None;
    }
    let mut words = Vec::new();
    let mut at = head;
    loop {
        let p = super::facts::previous_word(t, at).filter(|&p| p + 1 == at)?;
        // (A capitalised word before the portfolio, "the Freedonian foreign ministry", ends
        // it as a determiner does.)
        if f.is(p, Family::Determiner) || (t[p].capitalised() && !words.is_empty()) {
            return crate::entities::portfolio_suffix(&words).map(|suffix| (suffix, p));
        }
        if t[p].capitalised() || words.len() == MAX_PORTFOLIO_WORDS {
            return None;
        }
        words.insert(0, t[p].raw);
        at = p;
    }
}

/// "The defence ministry said" with no country before it and no such ministry heard: the
/// ministry of that portfolio (`suffix`) of the country the story's first voice speaks for,
/// of the states not accused so far (the state that tells of the attack it suffered, not
/// the one accused of it).
/// "Freedonia stayed silent, though its foreign ministry …": after a possessive, the
/// ministry of the country named last before it in the sentence.
pub(crate) fn country_ministry(
    c: &Cand,
    (suffix, determiner): (&str, usize),
    history: &[Known],
    s: &SentenceAt,
    si: usize,
) -> Option<Known> {
    if c.side.is_some() {
        return None;
    }
    let (side, country) = if s.facts.is(determiner, Family::Possessive) {
        s.cands
            .iter()
            .rev()
            .filter(|o| o.last < determiner && o.kind == Kind::Place)
            .find_map(|o| Some((o.side.clone()?, o.name.clone())))?
    } else {
        let side = history
            .iter()
            .filter_map(|k| k.side.clone())
            .find(|side| !s.accused.contains(side))?;
        let name = history
            .iter()
            .find(|k| k.kind == Kind::Place && k.party.id == side)
            .map_or_else(|| side.replace('_', " "), |k| k.party.name.clone());
        (side, name)
    };
    let t = &s.facts.tokens;
    let words: Vec<&str> = (determiner + 1..=c.last)
        .filter(|&i| t[i].word)
        .map(|i| t[i].raw)
        .collect();
    let mut k = super::speakers::known(c, si);
    k.party = Party {
        id: format!("{side}_{suffix}"),
        name: format!("{country} {}", words.join(" ")),
    };
    k.side = Some(side);
    Some(k)
}

/// Whether a party is a ministry of that portfolio: its id is the suffix (`mfa`) or ends with
/// it (`freedonia_mfa`).
pub(crate) fn holds_portfolio(id: &str, suffix: &str) -> bool {
    id.strip_suffix(suffix)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('_'))
}

fn is_ministry(head: &str) -> bool {
    matches!(head, "ministry" | "ministère" | "department")
}

/// "a Chinese foreign ministry spokesman said": a spokesperson right after a described
/// body, with no name of their own after them, is that body's voice.
pub(crate) fn lend_voice(f: &Facts, out: &mut [Cand], at: usize, body: &str) {
    let (name, last) = (out[at].name.clone(), out[at].last);
    let Some(next) = out.get_mut(at + 1) else {
        return;
    };
    let named_after = f
        .tokens
        .get(next.last + 1)
        .is_some_and(|t| t.word && t.capitalised());
    if next.kind == Kind::Role(Family::RolePerson) && next.first == last + 1 && !named_after {
        next.group = Some(body.to_string());
        next.name = name;
    }
}

/// « un porte-parole de la diplomatie chinoise »: a spokesperson followed by "of"/"de" and
/// a body with an id of its own (a described body, a country's diplomacy) is its voice.
pub(crate) fn voice_of_body(f: &Facts, out: &mut [Cand], at: usize) {
    let Some(body) = out.get(at + 1) else { return };
    let person = &out[at];
    let small = (person.last + 1..body.first).all(|i| {
        let t = &f.tokens[i];
        !t.word
            || f.is(i, Family::Preposition)
            || f.is(i, Family::Determiner)
            || matches!(
                t.lower.as_str(),
                "de" | "du" | "des" | "d" | "l" | "la" | "of"
            )
    });
    let fits = person.kind == Kind::Role(Family::RolePerson)
        && person.group.is_none()
        && body.kind == Kind::Role(Family::RoleOrg)
        && body.first > person.last
        && small;
    if let (true, Some(id)) = (fits, body.group.clone()) {
        let name = body.name.clone();
        out[at].group = Some(id);
        out[at].name = name;
    }
}
