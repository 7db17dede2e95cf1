//! The subject before a cue: the nearest clause that names someone, skipping
//! participial asides, with what stands for that subject (the owner of an
//! unnamed role, the name a description between commas follows, the first of
//! a list) and the phrase that names it.

use super::cands::{Cand, Kind};
use super::facts::Facts;
use super::lexicon::Family;
use super::parties::{
    best, first_of_list, found, institution, within, word_before_determiners, Speaker,
};
use super::tokens::{Hit, Token};
use std::ops::Range;

/// How many clauses back from the cue its subject is sought: the cue's own clause,
/// then earlier ones past participial asides and descriptions between commas.
const MAX_CLAUSES_BACK: usize = 4;
/// Words between a reporting verb and the clause it reports ("a déclaré mardi que",
/// "said on Tuesday that"): a day, a preposition and the complementizer.
const MAX_WORDS_REPORT_TO_CLAUSE: usize = 4;
/// How many tokens after its owner's name an owned role may come ("FBI's Kansas City
/// field office": the possessive, a place of two words and a noun).
const OWNED_ROLE_REACH: usize = 7;
/// Words this long or shorter ending in "-ing" or "-ant" ("being", "avant") do not
/// open a participial aside.
const MAX_SHORT_WORD_BYTES: usize = 5;

/// The tokens of one clause before the cue.
struct Clause {
    start: usize,
    end: usize,
    /// A clause before the cue's own.
    earlier: bool,
}

/// Words that open a complement clause ("notes that …", « constate que … »).
pub(crate) const COMPLEMENTIZERS: [&str; 3] = ["that", "que", "qu"];

/// The subject of the clause the cue is in, else of the nearest clause before it
/// that names someone.
pub(crate) fn clause_subject<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let t = &f.tokens;
    let mut end = cue.first;
    for round in 0..MAX_CLAUSES_BACK {
        let mut start = whole_clause_start(f, cands, end);
        if round == 0 {
            start = own_clause_start(f, cands, cue, start, end);
            if let Some(s) = person_before_role(f, cands, start, end) {
                return s;
            }
        }
        let clause = Clause {
            start,
            end,
            earlier: round > 0,
        };
        if !aside(f, cands, &clause) {
            if let Some(s) = subject_in(f, cands, &clause, cue.first) {
                return reporter_of_country(f, cands, cue, &s).unwrap_or(s);
            }
        }
        if start == 0 || closes_quotation(t, start, end) {
            break;
        }
        end = start - 1;
    }
    found(None, 0..0)
}

/// Where the clause that ends at `end` starts, past commas inside a name or a list of subjects.
fn whole_clause_start(f: &Facts, cands: &[Cand], end: usize) -> usize {
    // ("X (XC), part of Y (YC), said": an acronym in brackets ends no clause.)
    let t = &f.tokens;
    let bracket_end = end > 0 && t[end - 1].raw == ")";
    let mut start = clause_start(
        t,
        if bracket_end {
            before_brackets(t, end)
        } else {
            end
        },
    );
    // "The Federal Service Foreign Affairs, Trade and Cooperation attributes": a comma
    // inside a name does not end the clause, which starts where the name's own clause
    // does ("X, a member of the Defence, Intelligence and Security Committee, said").
    while let Some(c) = cands
        .iter()
        .find(|c| start > 0 && c.first < start && start <= c.last)
    {
        start = clause_start(&f.tokens, c.first);
    }
    // "The European Union, NATO and the Czech Republic condemned": a list of subjects
    // whose commas do not end the clause.
    list_start(f, cands, start, end)
}

/// Where the cue's own clause starts: after a subordinator or relative, else its complement clause.
fn own_clause_start(f: &Facts, cands: &[Cand], cue: &Hit, start: usize, end: usize) -> usize {
    // "Freedonia summoned the envoy after the agency concluded": the subject of
    // the clause the cue is in.
    let clause = (start..end)
        .rev()
        .find(|&i| f.is(i, Family::Subordinator) || f.is(i, Family::Relative))
        .map(|i| i + 1)
        .filter(|&s| !within(cands, s, end).is_empty());
    clause
        .or_else(|| complement_clause(f, cands, cue, start, end))
        .unwrap_or(start)
}

/// The person named before the role that opens the cue's clause, or the clause before.
fn person_before_role<'c>(
    f: &Facts,
    cands: &'c [Cand],
    start: usize,
    end: usize,
) -> Option<Speaker<'c>> {
    let t = &f.tokens;
    // "…, spokeswoman for X, said": the cue's own clause is empty; the role is the one before.
    let empty = !(start..end).any(|i| f.tokens[i].word);
    let role_at = if empty && start > 0 {
        clause_start(t, before_brackets(t, start - 1))
    } else {
        start
    };
    let person = named_before_role(f, cands, role_at)?;
    Some(found(Some(person), person.first..end))
}

/// Whether an earlier clause is an aside on the subject (a participle, relative or apposition).
fn aside(f: &Facts, cands: &[Cand], clause: &Clause) -> bool {
    let (start, end) = (clause.start, clause.end);
    // "Jan Roe, who heads the agency, said": a relative clause describes the subject.
    clause.earlier
        && (participial(f, cands, start)
            || relative(f, cands, start, end)
            || whereabouts(f, start)
            || doubled_pronoun(f, cands, start, end)
            || apposition_to_name(f, cands, start, end))
}

/// Whether a clause closes a quotation opened before it, so no clause further back speaks.
fn closes_quotation(t: &[Token], start: usize, end: usize) -> bool {
    // "“… the group was behind it,” the bureau said": the quotation before is what
    // is said, not who says it.
    // (A mark right before the cue opens the quoted cue itself: `called them "absurd"`.)
    // (A quotation opened and closed inside the clause is a quoted word of it: « X,
    // elle, s'est dite « préoccupée » et a appelé ».)
    // (A straight mark closes one opened inside the clause when an odd number of them
    // come before it there: `said the agency was "aware of it" but would not …`.)
    let opened_here = |i: usize| {
        if t[i].raw == "\"" {
            (start..i).filter(|&k| t[k].raw == "\"").count() % 2 == 1
        } else {
            (start..i).any(|k| matches!(t[k].raw, "«" | "“"))
        }
    };
    (start..end).any(|i| {
        matches!(t[i].raw, "”" | "»" | "\"")
            && !(i + 1 == end && t[i].raw == "\"")
            && !opened_here(i)
    })
}

/// "The council notes that Freedonia has rejected the findings", « le Conseil constate que
/// la Freedonie a rejeté … »: a denial in a complement clause with a party of its own
/// (a name, not a pronoun, which stands for the main clause's subject) is that party's.
/// The first token of that clause.
fn complement_clause(
    f: &Facts,
    cands: &[Cand],
    cue: &Hit,
    start: usize,
    end: usize,
) -> Option<usize> {
    if cue.family != Family::Deny {
        return None;
    }
    let t = &f.tokens;
    let opener = (start..end)
        .rev()
        .find(|&i| COMPLEMENTIZERS.contains(&t[i].lower.as_str()))?;
    let own_party = within(cands, opener + 1, end)
        .iter()
        .any(|c| c.kind != Kind::Pronoun);
    own_party.then_some(opener + 1)
}

/// "The minister said that Freedonia condemns the attack", "He said Freedonia had
/// lodged a protest": a country that is the subject of what a person (or "he", "she")
/// reports speaks through that person, who is the speaker. So does a body called by its
/// noun alone ("Jan Roe, a spokesman for the ministry, said the ministry would not
/// comment": the person speaks for it).
fn reporter_of_country<'c>(
    f: &Facts,
    cands: &'c [Cand],
    cue: &Hit,
    s: &Speaker<'c>,
) -> Option<Speaker<'c>> {
    let body_noun = |c: &Cand| {
        c.kind == Kind::Role(Family::RoleOrg) && c.definite && c.side.is_none() && c.group.is_none()
    };
    let country = s.cand.filter(|c| c.kind == Kind::Place || body_noun(c))?;
    // The reporting verb right before the country, across "que"/"that", a day, a determiner.
    let report = f
        .hits
        .iter()
        .rev()
        .find(|h| h.family == Family::Report && h.last < country.first)
        // (Only a verb before the cue: the cue's own or a later one would ask again of
        // the same clause, without end, when its subject is that country too.)
        .filter(|h| h.first < cue.first)?;
    let between_words = (report.last + 1..country.first)
        .filter(|&i| f.tokens[i].word)
        .count();
    if between_words > MAX_WORDS_REPORT_TO_CLAUSE {
        return None;
    }
    let reporter = clause_subject(f, cands, report);
    reporter
        .cand
        .is_some_and(|c| c.kind == Kind::Person || (c.kind == Kind::Pronoun && c.person))
        .then_some(reporter)
}

/// "“…,” Ana Roe, spokeswoman for the ministry, said": a clause that is a role in
/// apposition to the person named just before it; that person speaks.
fn named_before_role<'c>(f: &Facts, cands: &'c [Cand], start: usize) -> Option<&'c Cand> {
    let t = &f.tokens;
    let first_word = (start..t.len()).find(|&i| t[i].word && !f.is(i, Family::Determiner))?;
    // "Jan Roe, a research fellow at the institute, said": an indefinite noun phrase
    // set between commas describes the name before it, whatever its noun.
    let described = (start..t.len())
        .find(|&i| t[i].word)
        // (French « a » is the verb: « Jan Roe, a rejeté ».)
        .is_some_and(|i| super::titled::is_indefinite(f, i));
    let role = f.is(first_word, Family::RolePerson) || f.is(first_word, Family::Title) || described;
    let comma = start.checked_sub(1).filter(|&c| t[c].is(","))?;
    let person = cands.iter().find(|c| {
        c.last + 1 == comma && (c.kind == Kind::Person || (described && c.kind == Kind::Named))
    })?;
    // The person opens its own clause (titles aside: "Brigadier General Jan Roe"): right
    // after a quotation, a comma or the start.
    // (The stop of an abbreviated title is part of it: "Ms. Ana Roe".)
    let title_stop = |i: usize| t[i].is(".") && i > 0 && f.is(i - 1, Family::Title);
    let before = (0..person.first).rev().find(|&i| {
        !(t[i].word && (f.is(i, Family::Title) || t[i].capitalised())) && !title_stop(i)
    });
    let opens = before.is_none_or(|i| matches!(t[i].raw, "," | "”" | "»" | "\"" | "("));
    (role && opens).then_some(person)
}

/// The start of a list of parties that a clause opens with and goes on with "and"/« et »
/// ("A, B and C said"): past each ", X" whose X is a party ending right before the comma.
fn list_start(f: &Facts, cands: &[Cand], start: usize, end: usize) -> usize {
    let t = &f.tokens;
    // (An item is a party alone: "the Riigikogu member for Tartu and Jõgeva" is a
    // description, whose "and" joins places inside it.)
    let opens_with_party = |s: usize| {
        let first = (s..end).find(|&i| t[i].word && !f.is(i, Family::Determiner));
        first.is_some_and(|i| {
            cands.iter().any(|c| {
                c.first == i
                    && t.get(c.last + 1).is_none_or(|n| {
                        c.last + 1 == end
                            || n.is_boundary()
                            || matches!(n.lower.as_str(), "and" | "et")
                    })
            })
        })
    };
    // (The "et" of « l'Autorité pour les réseaux et la sécurité » is inside one name.)
    let inside_name = |i: usize| cands.iter().any(|c| c.first < i && i < c.last);
    let goes_on =
        (start..end).any(|i| matches!(t[i].lower.as_str(), "and" | "et") && !inside_name(i));
    // ("Asked by AFP, the agency …": a preposition's object is no item of the list.)
    let governed = |c: &Cand| {
        word_before_determiners(f, c.first).is_some_and(|i| f.is(i, Family::Preposition))
    };
    let mut start = start;
    while goes_on && opens_with_party(start) && start >= 2 && t[start - 1].is(",") {
        let Some(item) = cands.iter().find(|c| {
            c.last + 2 == start
                && matches!(c.kind, Kind::Named | Kind::Place | Kind::Person)
                && !governed(c)
        }) else {
            break;
        };
        let item_start = (0..item.first)
            .rev()
            .take_while(|&i| f.is(i, Family::Determiner) && t[i].word)
            .last()
            .unwrap_or(item.first);
        start = item_start;
    }
    start
}

/// "…, head of the Directorate (DGSSI), told": the position of a clause's end before an
/// acronym in brackets that closes it (`end` itself when there is none).
pub(crate) fn before_brackets(t: &[Token], end: usize) -> usize {
    let close = (0..end).rev().find(|&i| t[i].word || t[i].raw == ")");
    match close {
        Some(c) if t[c].raw == ")" => (0..c).rev().find(|&i| t[i].raw == "(").unwrap_or(end),
        _ => end,
    }
}

/// The first token after the last clause boundary before `end`.
fn clause_start(t: &[Token], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&i| t[i].is_boundary())
        .map_or(0, |i| i + 1)
}

/// Whether a clause is a participial aside ("citing unnamed sources,", "asked about it,").
pub(crate) fn participial(f: &Facts, cands: &[Cand], start: usize) -> bool {
    let Some(w) = (start..f.tokens.len()).find(|&i| f.tokens[i].word) else {
        return false;
    };
    // "Beijing, …": a name ending in "-ing" is no participle.
    if cands.iter().any(|c| c.first <= w && w <= c.last) {
        return false;
    }
    let lower = &f.tokens[w].lower;
    // "X, asked whether …, said", « X, interrogée par … , a répondu »: how the question
    // came is an aside; whoever asked is no subject.
    // (« joint », « contacté »: a participle, or the « -int » of « joint ».)
    let asked =
        f.is(w, Family::Tells) && (super::parties::participle(lower) || lower.ends_with("int"));
    asked
        || f.is(w, Family::Evidence)
        || (lower.len() > MAX_SHORT_WORD_BYTES
            && (lower.ends_with("ing") || lower.ends_with("ant")))
}

/// "X, based in Lyon, said", "Jan Dupont, 34, of Lyon, pleaded": a clause between commas
/// that opens with where the party is from, or with its age, describes the subject.
fn whereabouts(f: &Facts, start: usize) -> bool {
    let t = &f.tokens;
    (start..t.len()).find(|&i| t[i].word).is_some_and(|w| {
        f.is(w, Family::Whereabouts) || t[w].raw.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether the clause at `start` is a relative one ("who heads the agency", « dont plusieurs
/// responsables ont démissionné »).
fn relative(f: &Facts, cands: &[Cand], start: usize, end: usize) -> bool {
    let Some(mut w) = (start..f.tokens.len()).find(|&i| f.tokens[i].word) else {
        return false;
    };
    // ("X, to which the incident was reported, …", « X, à qui l’incident a été signalé, … »:
    // a preposition before the relative pronoun.)
    let next = (w + 1..end).find(|&i| f.tokens[i].word);
    if let Some(n) = next.filter(|&n| f.is(w, Family::Preposition) && f.is(n, Family::Relative)) {
        w = n;
    }
    // A clause says something of its own (« dont plusieurs responsables ont démissionné »); a party
    // alone after the word is a list's example (« plusieurs alliés, dont la Ruritanie, »).
    let says = (w + 1..end).any(|i| {
        f.tokens[i].word
            && !f.is(i, Family::Determiner)
            && !cands.iter().any(|c| c.first <= i && i <= c.last)
    });
    f.is(w, Family::Relative) && says
}

/// "Jan Roe, the member for Freeville and Tarvel, condemned …", « L'Estonie, membre de
/// l'Union européenne, avait accusé … »: a clause between commas right after a clause that
/// is only a name describes that name, which is the subject. (A person's name is no such
/// description: "Its Chief Executive, Jan Roe, said" is Jan Roe speaking.)
fn apposition_to_name(f: &Facts, cands: &[Cand], start: usize, end: usize) -> bool {
    let t = &f.tokens;
    if within(cands, start, end)
        .iter()
        .any(|c| c.kind == Kind::Person)
    {
        return false;
    }
    let Some(comma) = start.checked_sub(1).filter(|&c| t[c].is(",")) else {
        return false;
    };
    let from = clause_start(t, comma);
    // ("The Cyber Centre (CC), part of the ministry, said": the acronym in brackets is
    // the same name.)
    let bracketed = |c: &Cand| c.first > 0 && t[c.first - 1].is("(");
    let names: Vec<&Cand> = within(cands, from, comma)
        .into_iter()
        .filter(|c| !bracketed(c))
        .collect();
    let [name] = names[..] else {
        return false;
    };
    let party = matches!(name.kind, Kind::Person | Kind::Named | Kind::Place);
    let only_name = (from..comma).all(|i| {
        !t[i].word
            || (name.first <= i && i <= name.last)
            || f.is(i, Family::Determiner)
            || f.is(i, Family::Title)
            || cands
                .iter()
                .any(|c| bracketed(c) && c.first <= i && i <= c.last)
    });
    party && only_name
}

/// « L'opérateur, lui, admet … »: a pronoun alone between commas doubles the party
/// just before it, which is the subject.
fn doubled_pronoun(f: &Facts, cands: &[Cand], start: usize, end: usize) -> bool {
    let t = &f.tokens;
    let words: Vec<usize> = (start..end).filter(|&i| t[i].word).collect();
    let [w] = words[..] else {
        return false;
    };
    let pronoun = cands
        .iter()
        .any(|c| c.kind == Kind::Pronoun && c.first == w && c.last == w);
    let party_before = start >= 2
        && t[start - 1].is(",")
        && cands
            .iter()
            .any(|c| c.kind != Kind::Pronoun && c.last + 2 == start);
    pronoun && party_before
}

/// "claimed the attack on Telegram", « a revendiqué l'opération sur Facebook »: where
/// something is said is never who says it.
pub(crate) fn medium(f: &Facts, c: &Cand) -> bool {
    word_before_determiners(f, c.first).is_some_and(|i| f.is(i, Family::MediumPrep))
}

/// "La mission freedonienne auprès des Nations unies", "Freedonia's mission to the
/// United Nations": whom a mission is sent to does not speak.
fn accredited(f: &Facts, c: &Cand) -> bool {
    word_before_determiners(f, c.first)
        .is_some_and(|i| matches!(f.tokens[i].lower.as_str(), "auprès" | "to"))
}

/// The speaker a clause names, if any: its best plain party (a possessive only when
/// nothing else), with what stands for it.
fn subject_in<'c>(
    f: &Facts,
    cands: &'c [Cand],
    clause: &Clause,
    near: usize,
) -> Option<Speaker<'c>> {
    let here = within(cands, clause.start, clause.end);
    // « Interrogé par une agence de presse, … », "asked by reporters": whoever asks is
    // never who answers.
    // (« nous » in « X nous a informés » is whom X told.)
    let here: Vec<&Cand> = here
        .into_iter()
        .filter(|c| !super::targets::addressed(f, c) && !medium(f, c))
        .filter(|c| !(c.kind == Kind::Pronoun && super::parties::object_clitic(f, c.first)))
        .filter(|c| !where_it_happened(f, cands, c) && !nationality_of_name(f, cands, c))
        .collect();
    let here = before_reporting_verb(f, here, clause, near);
    let plain = here
        .iter()
        .copied()
        .filter(|c| !c.possessive && !accredited(f, c))
        .collect();
    let c = best(plain, near).or_else(|| best(here.clone(), near))?;
    let c = named_before_brackets(f, cands, c);
    // "Acme's threat team said": an unnamed role speaks for its owner.
    let owner =
        here.iter().copied().rev().find(|o| {
            o.possessive && o.last < c.first && matches!(o.kind, Kind::Named | Kind::Person)
        });
    // "The FBI's Lyon field office said": a role right after its owner's possessive
    // speaks for the owner, whatever place word it holds.
    let owned = owner.is_some_and(|o| {
        c.first <= o.last + OWNED_ROLE_REACH
            && (o.last + 1..c.first).all(|i| !f.tokens[i].is_boundary())
    });
    let bare_role = matches!(c.kind, Kind::Role(_)) && ((c.side.is_none() && !c.definite) || owned);
    let c = institution(f, cands, c);
    let c = described_name(f, cands, c, clause);
    let c = first_of_list(f, cands, c);
    let phrase = speaker_phrase(f, cands, c, clause);
    Some(found(owner.filter(|_| bare_role).or(Some(c)), phrase))
}

/// "The Authority (NITA-U) declined", « Le Bureau des affaires (BAFE) de la Police nationale
/// a refusé »: the name before an acronym in brackets is the subject, not the acronym
/// itself nor the owner its complement names after the brackets.
fn named_before_brackets<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    let t = &f.tokens;
    let open = t[..c.first].iter().rposition(|x| x.raw == "(");
    let Some(open) = open.filter(|&o| o > 0) else {
        return c;
    };
    let close = t[open..]
        .iter()
        .position(|x| x.raw == ")")
        .map(|p| open + p);
    let inside = close.is_some_and(|cl| c.last < cl);
    // Only a preposition of belonging and its article between: « de la », "of the".
    let owner_after = close.is_some_and(|cl| {
        cl + 1 < c.first
            && t[cl + 1..c.first].iter().all(|x| {
                matches!(
                    x.lower.as_str(),
                    "de" | "du" | "des" | "d" | "of" | "la" | "le" | "l" | "the" | "'" | "’"
                )
            })
    });
    let named = cands
        .iter()
        .find(|n| n.kind == Kind::Named && n.last + 1 == open && n.id != c.id);
    match named {
        Some(n) if inside || owner_after => n,
        _ => c,
    }
}

/// « Le FBI américain », « le Federal Bureau of Investigation (FBI) américain »: a country's
/// adjective right after a name (or its acronym in brackets) says whose the body is; the
/// body speaks, not the country.
fn nationality_of_name(f: &Facts, cands: &[Cand], c: &Cand) -> bool {
    let t = &f.tokens;
    let adjective = c.kind == Kind::Place && c.first == c.last && !t[c.first].capitalised();
    let mut before = c.first;
    while before > 0 && t[before - 1].raw == ")" {
        before = t[..before - 1]
            .iter()
            .rposition(|x| x.raw == "(")
            .unwrap_or(0);
    }
    adjective
        && before > 0
        && cands
            .iter()
            .any(|n| n.kind == Kind::Named && n.last + 1 == before)
}

/// "X, the minister, stood before cameras in Tarvel and declared …", « … s'est exprimé
/// dans la capitale et a affirmé »: a place after a preposition of place says where the
/// clause happens; it is never the clause's subject, which stands before it.
/// ("Prosecutors in Tarvel said": a place right after a role's noun or a bare party says
/// whose it is; after a named body, "the UN Refugee Agency (UNHCR) in Tarvel", only where
/// that body sits.)
fn where_it_happened(f: &Facts, cands: &[Cand], c: &Cand) -> bool {
    let Some(prep) = word_before_determiners(f, c.first).filter(|&i| f.is(i, Family::PlacePrep))
    else {
        return false;
    };
    let noun = super::facts::previous_word(&f.tokens, prep);
    let qualifies = noun.is_some_and(|n| {
        f.is(n, Family::RolePerson)
            || f.is(n, Family::RoleOrg)
            || cands
                .iter()
                .any(|o| o.last == n && !matches!(o.kind, Kind::Thing | Kind::Named))
    });
    c.kind == Kind::Place && !qualifies
}

/// "She said Freedonia had lodged a protest": the parties after a reporting verb that
/// comes before the cue are what is reported; the verb's own subject, before it, speaks.
/// (Left as is when nothing named stands before the verb.)
fn before_reporting_verb<'c>(
    f: &Facts,
    here: Vec<&'c Cand>,
    clause: &Clause,
    near: usize,
) -> Vec<&'c Cand> {
    let verb = f.hits.iter().find(|h| {
        h.family == Family::Report && h.first >= clause.start && h.last < near && h.first < near
    });
    let Some(verb) = verb else {
        return here;
    };
    // ("He said the FBI had linked the theft to X": a body named as the subject of the
    // claim the verb reports made that claim; the reporter only relays it.)
    let named_source = here.iter().any(|c| {
        c.first > verb.last
            && matches!(c.kind, Kind::Named | Kind::Person)
            && !c.weak
            && !c.possessive
    });
    let before: Vec<&Cand> = here
        .iter()
        .copied()
        .filter(|c| c.last < verb.first && c.kind != Kind::Thing)
        .collect();
    if before.is_empty() || named_source {
        here
    } else {
        before
    }
}

/// "L'Agence, la police fédérale freedonienne, a attribué": a description set between
/// commas after a name stands for that name.
fn described_name<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand, clause: &Clause) -> &'c Cand {
    let t = &f.tokens;
    let start = clause.start;
    // (A bracketed short form may stand between the name and its comma: "X (XCC), part of".)
    let named_before = (clause.earlier && start >= 2 && t[start - 1].is(","))
        .then(|| {
            let name_end = before_brackets(t, start - 1);
            cands
                .iter()
                .find(|o| o.last + 1 == name_end && matches!(o.kind, Kind::Named | Kind::Person))
        })
        .flatten();
    // "X, a firm based in Tartu, said": a name the description governs by a preposition
    // is where or what the described party is, not the party.
    // ("X, part of the Y group, said": Y is what X belongs to.)
    let governed = word_before_determiners(f, c.first).is_some_and(|i| {
        f.is(i, Family::Preposition)
            || f.is(i, Family::PlacePrep)
            || f.is(i, Family::PartOf)
            || f.is(i, Family::DocAuthor)
    });
    let described = (matches!(c.kind, Kind::Role(_) | Kind::Place) || governed)
        && (start..clause.end)
            .find(|&i| t[i].word)
            // "X, our lead analyst in Kyiv, cautioned": a possessive "our" opens one too.
            .is_some_and(|i| {
                f.is(i, Family::Determiner)
                    || f.is(i, Family::FirstPerson)
                    || f.is(i, Family::PartOf)
            });
    match named_before {
        Some(o) if described => o,
        _ => c,
    }
}

/// The tokens naming the speaker: its clause, from the title clause before it when a
/// person's name follows its title between commas ("La porte-parole de l'agence,
/// Jeanne Dupont, a nié").
fn speaker_phrase(f: &Facts, cands: &[Cand], c: &Cand, clause: &Clause) -> Range<usize> {
    let t = &f.tokens;
    let start = clause.start;
    let title_start = clause_start(t, start.saturating_sub(1));
    let titled = c.kind == Kind::Person
        && start > 0
        && t[start - 1].is(",")
        && within(cands, title_start, start - 1)
            .iter()
            .any(|o| matches!(o.kind, Kind::Role(_)));
    if titled {
        title_start..clause.end
    } else {
        start..clause.end
    }
}
