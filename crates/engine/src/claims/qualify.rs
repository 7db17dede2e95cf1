//! What its neighbours say about each candidate: a possessive, a role or a
//! place before a name lends it its side, a country adjective after a name
//! gives it one, and the word before it makes it definite ("the", "le") or
//! indefinite ("a", "des").

use super::cands::{is_connector, is_name_word, Cand, Kind, CUE_FAMILIES};
use super::facts::{previous_word, Facts};
use super::lexicon::Family;

/// How many tokens after a possessive the name it owns may start, across a
/// description ("Freedonia's state-run daily the Courier").
const POSSESSIVE_REACH: usize = 8;
/// How many tokens after a role or place the name it qualifies may start
/// ("ministry spokesman Jan Dupont").
const QUALIFIER_REACH: usize = 4;
/// Small words between a role and the body it belongs to ("of the", « du », « de la »).
const ROLE_COMPLEMENT_WORDS: usize = 2;
/// Words of a portfolio between a country adjective and its body ("Freedonian defence
/// ministry", "Freedonian border security agency").
const PORTFOLIO_WORDS: usize = 2;

/// Set each candidate's possessive, definite and indefinite marks, and the sides
/// candidates lend to their neighbours, in text order (a side lent to the next
/// candidate may be lent on again).
pub(crate) fn qualify(f: &Facts, out: &mut [Cand]) {
    let t = &f.tokens;
    for k in 0..out.len() {
        // (Candidate `k` is read in place, not copied: only those after it change until
        // its own side is set below.)
        let last = out[k].last;
        // "Japan's", and a name ending in -s with the apostrophe alone ("the Philippines'
        // defence ministry").
        let apostrophe = last + 2 < t.len() && matches!(t[last + 1].raw, "'" | "’");
        let possessive = apostrophe
            && (t[last + 2].lower == "s" || (t[last].lower.ends_with('s') && t[last + 2].word));
        if k + 1 < out.len() {
            let (c, next) = (&out[k], &out[k + 1]);
            if lends_side(f, c, next, possessive, titled_by_place(f, c, next)) {
                let (before, after) = out.split_at_mut(k + 1);
                after[0].side.clone_from(&before[k].side);
                // "Freedonia's foreign ministry": that body, not the country.
                if let Some((id, name)) = super::bodies::body(f, &out[k], &out[k + 1]) {
                    out[k + 1].group = Some(id);
                    out[k + 1].name = name;
                }
                // "a Chinese foreign ministry spokesman": an unnamed voice of that body.
                let place = out[k].kind == Kind::Place;
                if let Some(body) = out[k + 1].group.clone().filter(|_| place) {
                    super::bodies::lend_voice(f, out, k + 1, &body);
                }
            }
            let c = &out[k];
            // "the Freedonian army": a country word right before a body's noun.
            let adjacent = c.kind == Kind::Place && out[k + 1].first == c.last + 1;
            if adjacent && out[k + 1].group.is_none() {
                if let Some((id, name)) = super::bodies::body(f, c, &out[k + 1]) {
                    out[k + 1].group = Some(id);
                    out[k + 1].name = name;
                }
            }
            let c = &out[k];
            // "Gardiens de la révolution freedoniens": a country adjective right after a name.
            if adjective_after(c, &out[k + 1])
                && c.side.is_none()
                && matches!(c.kind, Kind::Named | Kind::Role(_))
            {
                out[k].side = out[k + 1].side.clone();
            }
        }
        if k + 1 < out.len() {
            modifier_of_role(f, out, k);
        }
        if echoes_subject(f, &out[k]) {
            out[k].kind = Kind::Thing;
        }
        // « un porte-parole de la diplomatie chinoise », "a spokesman for the foreign
        // ministry": a spokesperson of a described body speaks for it.
        super::bodies::voice_of_body(f, out, k);
        let c = &mut out[k];
        c.possessive = possessive;
        c.indefinite = indefinite(f, c);
        c.definite = definite(f, c);
    }
}

/// « L'ambassade a elle aussi balayé ces allégations »: a pronoun between the auxiliary and
/// "aussi" repeats the subject before it; it is no party of its own.
fn echoes_subject(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    c.kind == Kind::Pronoun
        && previous_word(t, c.first).is_some_and(|p| f.is(p, Family::Aux))
        && (c.last + 1..t.len())
            .find(|&i| t[i].word)
            .is_some_and(|i| f.is(i, Family::Echo))
}

/// "A Freeville firm said", « la société de Freeville a indiqué »: a town (or a name no
/// entity vouches for) that only qualifies a body's noun is no party of its own; the noun,
/// with the town in its name, is. (A country does so through its side: `lends_side`.)
fn modifier_of_role(f: &Facts, out: &mut [Cand], k: usize) {
    let t = &f.tokens;
    let (c, next) = (&out[k], &out[k + 1]);
    let town =
        |x: &Cand| (x.kind == Kind::Place && x.side.is_none()) || (x.kind == Kind::Named && x.weak);
    let body = |x: &Cand| x.kind == Kind::Role(Family::RoleOrg) && x.side.is_none();
    // "A Freeville firm": the town between a determiner and the noun.
    let before = town(c)
        && body(next)
        && next.first == c.last + 1
        && previous_word(t, c.first).is_some_and(|p| f.is(p, Family::Determiner));
    // « la société de Freeville »: the town as the noun's complement.
    let after = body(c)
        && town(next)
        && next.first == c.last + 2
        && matches!(t[c.last + 1].lower.as_str(), "de" | "d");
    let (modifier, role) = match (before, after) {
        (true, _) => (k, k + 1),
        (_, true) => (k + 1, k),
        _ => return,
    };
    let (first, last) = (out[k].first, out[k + 1].last);
    let name = super::cands::text_of(f, first, last);
    out[role].id = super::cands::slug(&name);
    out[role].name = name;
    out[role].first = first;
    out[role].last = last;
    out[modifier].kind = Kind::Thing;
}

/// "Freedonian border service spokesman Jan Dupont": a place, then titles, then the person;
/// "the Freedonian defence ministry": a place, then the nouns of the body's portfolio.
fn titled_by_place(f: &Facts, c: &Cand, next: &Cand) -> bool {
    let between = c.last + 1..next.first;
    let titles = between
        .clone()
        .all(|i| f.is(i, Family::Title) || f.is(i, Family::RolePerson));
    let portfolio = next.kind == Kind::Role(Family::RoleOrg)
        && between.len() <= PORTFOLIO_WORDS
        && between.clone().all(|i| {
            let t = &f.tokens[i];
            t.word
                && !t.capitalised()
                && !CUE_FAMILIES.iter().any(|&fam| f.is(i, fam))
                && !f.is(i, Family::Aux)
                && !f.is(i, Family::Preposition)
        });
    c.kind == Kind::Place && next.first > c.last + 1 && (titles || portfolio)
}

/// Whether `c` lends its side to the candidate after it: a possessive, a role or a
/// place before titles, close enough, in the same clause and across small words only.
fn lends_side(f: &Facts, c: &Cand, next: &Cand, possessive: bool, titled: bool) -> bool {
    let t = &f.tokens;
    // "Freedonia's Daily Courier", "l'agence freedonienne Daily Courier": the name takes the side.
    let reach = if possessive {
        POSSESSIVE_REACH
    } else {
        QUALIFIER_REACH
    };
    let qualifies = possessive || matches!(c.kind, Kind::Role(_)) || titled;
    // Candidates may overlap (a role stretched over a mention): no slice then.
    // "Freedonia's envoy after the government": a new clause, a new party.
    let clause_goes_on = next.first > c.last
        && !(c.last + 1..next.first).any(|x| {
            t[x].is_boundary() || f.is(x, Family::Subordinator) || f.is(x, Family::Relative)
        });
    // "the Freedonian ministry's spokeswoman, Jane Roe, said": a person set between
    // commas right after a role is that role's holder.
    let apposed = next.kind == Kind::Person
        && (matches!(c.kind, Kind::Role(_)) || complements_role(f, c))
        && next.first == c.last + 2
        && t[c.last + 1].is(",")
        && t.get(next.last + 1).is_some_and(|x| x.is(","));
    // "ministry spokesman Jan Dupont", not "ministry called the report": a
    // role qualifies only across small words, never across a verb.
    let small_words_between = || {
        possessive
            || (c.last + 1..next.first).all(|x| {
                !t[x].word
                    || is_connector(&t[x].lower)
                    || f.is(x, Family::Determiner)
                    || f.is(x, Family::Preposition)
                    || f.is(x, Family::Title)
                    || f.is(x, Family::RolePerson)
            })
    };
    (qualifies || apposed)
        && next.side.is_none()
        && next.first <= c.last + reach
        && (clause_goes_on || apposed)
        && (titled || small_words_between())
}

/// Whether `c` is the body a person's role belongs to ("the spokeswoman of the Freedonian
/// ministry", « la porte-parole du ministère freedonien »): a role word, then only small
/// words up to `c`.
fn complements_role(f: &Facts, c: &Cand) -> bool {
    let from = c.first.saturating_sub(ROLE_COMPLEMENT_WORDS + 1);
    (from..c.first)
        .rev()
        .find(|&i| f.is(i, Family::RolePerson))
        .is_some_and(|r| {
            (r + 1..c.first).all(|i| f.is(i, Family::Preposition) || f.is(i, Family::Determiner))
        })
}

/// Whether `next` is a lowercase country word right after `c` (an adjective).
fn adjective_after(c: &Cand, next: &Cand) -> bool {
    next.kind == Kind::Place
        && next.first == c.last + 1
        && next.name.chars().next().is_some_and(char::is_lowercase)
}

/// Introduced by "a", "des", "some", or (for a role) a name: someone new.
fn indefinite(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    previous_word(t, c.first).is_some_and(|p| {
        matches!(
            t[p].lower.as_str(),
            "des" | "a" | "an" | "un" | "une" | "some" | "several" | "plusieurs"
        ) || (matches!(c.kind, Kind::Role(_)) && p + 1 == c.first && is_name_word(f, p))
    })
}

/// Introduced by an article, demonstrative or possessive: someone known.
fn definite(f: &Facts, c: &Cand) -> bool {
    let t = &f.tokens;
    previous_word(t, c.first).is_some_and(|p| {
        matches!(
            t[p].lower.as_str(),
            "le" | "la"
                | "l"
                | "les"
                | "the"
                | "this"
                | "ce"
                | "cette"
                | "du"
                | "its"
                | "their"
                | "son"
                | "sa"
                | "ses"
                | "leur"
        )
    })
}
