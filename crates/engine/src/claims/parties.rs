//! Who speaks for a cue (whom a claim is aimed at is in `targets`).

use super::cands::{Cand, Kind};
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::targets::addressed;
use super::tokens::Hit;
use std::ops::Range;

/// How many tokens after its verb an inverted subject may start ("said the ministry's
/// spokesperson": a determiner and a possessive between).
const INVERTED_SUBJECT_REACH: usize = 3;

/// "CISA, the NSA and the FBI reported": a list of subjects speaks through its first.
fn first_of_list<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    let t = &f.tokens;
    let listed = |a: &Cand, b: &Cand| {
        a.last < b.first
            && (a.last + 1..b.first).all(|i| {
                !t[i].word
                    || f.is(i, Family::Determiner)
                    || matches!(t[i].lower.as_str(), "and" | "et")
                    || t[i].raw.chars().all(|ch| ch.is_uppercase() || ch == '-')
            })
            && (a.last + 1..b.first)
                .any(|i| t[i].is(",") || matches!(t[i].lower.as_str(), "and" | "et"))
    };
    let conjoined = |a: &Cand, b: &Cand| {
        (a.last + 1..b.first).any(|i| matches!(t[i].lower.as_str(), "and" | "et"))
    };
    let before = |b: &Cand| {
        cands
            .iter()
            .rev()
            .find(|p| matches!(p.kind, Kind::Named | Kind::Person) && listed(p, b))
    };
    // Only a list that ends with "and"/"et": "le porte-parole du Kremlin, X" is no list.
    let mut first = match before(c) {
        Some(p) if conjoined(p, c) => p,
        _ => return c,
    };
    while let Some(p) = before(first) {
        first = p;
    }
    first
}

/// The speaker of a cue: the candidate (if the sentence names one) and the
/// tokens of the phrase that names it ("le porte-parole du ministère …, Mao Ning").
#[derive(Debug, Clone)]
pub(crate) struct Speaker<'c> {
    pub cand: Option<&'c Cand>,
    pub phrase: Range<usize>,
}

/// The preferred candidate: a person, then a name, a role (one that names its
/// country first: "le porte-parole de l'ambassade de Chine" speaks for China),
/// a place, a pronoun; among equals the one nearest to `near`.
fn best(cands: Vec<&Cand>, near: usize) -> Option<&Cand> {
    cands
        .into_iter()
        .filter(|c| c.kind != Kind::Thing)
        .min_by_key(|c| {
            // A bare capitalised word no entity vouches for ranks below a role
            // that names its country ("ministère chinois des Affaires étrangères").
            let rank = match c.kind {
                Kind::Role(_) if c.side.is_some() => (Kind::Role(Family::Report), 0),
                Kind::Person | Kind::Named if c.weak && c.side.is_none() => {
                    (Kind::Role(Family::Report), 1)
                }
                kind => (kind, 1),
            };
            (rank, c.first.abs_diff(near))
        })
}

/// Whether a clause is a participial aside ("relying on unnamed officials,").
fn participial(f: &Facts, start: usize) -> bool {
    let Some(w) = (start..f.tokens.len()).find(|&i| f.tokens[i].word) else {
        return false;
    };
    let lower = &f.tokens[w].lower;
    f.is(w, Family::Evidence)
        || (lower.len() > 5 && (lower.ends_with("ing") || lower.ends_with("ant")))
}

/// "Sandworm has been blamed", "l'Iran a été accusé": the subject is the accused.
pub(crate) fn passive(f: &Facts, cue: &Hit) -> bool {
    // "la Chine accusée par Washington", "China accused by the US".
    let agent_follows = (cue.last + 1..f.tokens.len())
        .find(|&i| f.tokens[i].word)
        .is_some_and(|i| matches!(f.tokens[i].lower.as_str(), "par" | "by"));
    if agent_follows {
        return true;
    }
    // "L'Iran accusé d'avoir piraté …", "Iran accused of hacking …" (a headline):
    // the participle right after its subject, with no auxiliary.
    let next = (cue.last + 1..f.tokens.len()).find(|&i| f.tokens[i].word);
    let of_follows = cue.first == cue.last
        && next.is_some_and(|i| matches!(f.tokens[i].lower.as_str(), "of" | "de" | "d"));
    let before = previous_word(&f.tokens, cue.first);
    let bare = before.is_some_and(|p| {
        !f.is(p, Family::Aux) && !f.is(p, Family::Auxiliary) && !f.is(p, Family::Pronoun)
    });
    let participle = f.tokens[cue.first].lower.ends_with("ed")
        || f.tokens[cue.first].lower.ends_with('é')
        || f.tokens[cue.first].lower.ends_with("ée")
        || f.tokens[cue.first].lower.ends_with("és");
    if of_follows && bare && participle && f.tokens[before.unwrap_or(0)].capitalised() {
        return true;
    }
    let mut k = cue.first;
    while let Some(p) = previous_word(&f.tokens, k) {
        if f.is(p, Family::Passive) {
            return true;
        }
        if !f.is(p, Family::Aux) {
            return false;
        }
        k = p;
    }
    false
}

fn segment_end(f: &Facts, from: usize) -> usize {
    (from..f.tokens.len())
        .find(|&i| f.tokens[i].is_boundary())
        .unwrap_or(f.tokens.len())
}

fn found<'c>(cand: Option<&'c Cand>, phrase: Range<usize>) -> Speaker<'c> {
    Speaker { cand, phrase }
}

/// "a spokesperson for the embassy", "un porte-parole du ministère": the
/// institution the role speaks for, when the phrase names one.
fn institution<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    if c.kind != Kind::Role(Family::RolePerson) {
        return c;
    }
    let t = &f.tokens;
    // Only "of", "for", "de": "spokesperson for the embassy", not "officials accused China".
    let linked = t
        .get(c.last + 1)
        .is_some_and(|w| matches!(w.lower.as_str(), "de" | "du" | "des" | "d" | "of" | "for"));
    cands
        .iter()
        .find(|o| {
            linked
                && o.first > c.last
                && o.first <= c.last + 4
                && matches!(
                    o.kind,
                    Kind::Role(Family::RoleOrg) | Kind::Named | Kind::Place
                )
                && !t[c.last + 1..o.first].iter().any(|t| t.is_boundary())
        })
        .unwrap_or(c)
}

/// The party that speaks for a cue.
pub(crate) fn speaker<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let t = &f.tokens;
    let after = |from: usize, to: usize| -> Vec<&'c Cand> {
        cands
            .iter()
            .filter(|c| c.first >= from && c.last < to)
            .collect()
    };
    if cue.family == Family::According {
        let end = segment_end(f, cue.last + 1);
        // "selon des responsables cités par Reuters": the outlet only relays them.
        let sources = after(cue.last + 1, end)
            .into_iter()
            .filter(|c| !addressed(f, c))
            .collect();
        return found(best(sources, cue.last), cue.last + 1..end);
    }
    if cue.family == Family::AccuseNoun {
        // "Seoul's accusation", "les accusations de Washington", "US allegations".
        let owner = cands
            .iter()
            .rev()
            .find(|c| c.possessive && c.last + 3 >= cue.first);
        let owner = owner.or_else(|| {
            cands.iter().find(|c| {
                c.first > cue.last
                    && c.first <= cue.last + 3
                    && (c.kind == Kind::Place && c.first == cue.last + 1
                        || (cue.last + 1..c.first).any(|i| {
                            matches!(
                                f.tokens[i].lower.as_str(),
                                "by" | "from" | "de" | "d" | "par" | "des" | "du"
                            )
                        }))
            })
        });
        let phrase = owner.map_or(0..0, |c| c.first..c.last + 1);
        return found(owner, phrase);
    }
    if cue.family == Family::Accuse && passive(f, cue) {
        // Blamed by whom? Only an agent after "by"/"par" says.
        let agent = cands.iter().find(|c| {
            let mut p = previous_word(t, c.first);
            while let Some(i) = p.filter(|&i| f.is(i, Family::Determiner)) {
                p = previous_word(t, i);
            }
            c.first > cue.last
                && c.first <= cue.last + 4
                && p.is_some_and(|p| matches!(t[p].lower.as_str(), "by" | "par"))
        });
        let phrase = agent.map_or(0..0, |c| c.first..c.last + 1);
        return found(agent, phrase);
    }
    // Right before the cue, past auxiliaries and "-t-": a pronoun, or "qui" and its antecedent.
    let mut k = cue.first;
    while let Some(p) = previous_word(t, k) {
        if f.is(p, Family::Aux) && !f.is(p, Family::Pronoun) {
            k = p;
            continue;
        }
        if f.is(p, Family::Pronoun) && cue.first - p <= 4 {
            return found(cands.iter().find(|c| c.first == p), p..p + 1);
        }
        if f.is(p, Family::Relative) {
            let antecedent = cands.iter().rev().find(|c| {
                c.last < p && !matches!(c.kind, Kind::Pronoun | Kind::Thing) && !c.possessive
            });
            return found(antecedent, antecedent.map_or(0..0, |c| c.first..p));
        }
        break;
    }
    // "X said it was aware of the campaign but declined to comment": a verb coordinated
    // with an earlier one shares its subject.
    let coordinated = previous_word(t, cue.first).filter(|&p| {
        matches!(
            t[p].lower.as_str(),
            "but" | "and" | "yet" | "mais" | "et" | "puis"
        )
    });
    if let Some(p) = coordinated {
        let earlier = f.hits.iter().rev().find(|h| {
            h.last < p
                && matches!(
                    h.family,
                    Family::Report | Family::Accuse | Family::Deny | Family::Acknowledge
                )
        });
        if let Some(h) = earlier {
            return speaker(f, cands, h);
        }
    }
    let before = (0..cue.first)
        .rev()
        .find(|&i| !f.is(i, Family::Aux) || !t[i].word);
    // "…», a déclaré le ministère", "…,” said the spokesperson": the speaker follows.
    let after_mark = before.is_some_and(|i| matches!(t[i].raw, "," | "»" | "”" | "\""));
    // "…, attribuée au groupe Sandworm", "…, blamed on Russia": a participle that
    // names the accused, not an inverted speaker.
    let attributed_to = cue.family == Family::Accuse
        && (cue.last + 1..t.len())
            .find(|&i| t[i].word)
            .is_some_and(|i| matches!(t[i].lower.as_str(), "à" | "au" | "aux" | "to" | "on"));
    // An inverted subject follows its verb directly; after "que"/"that" comes what is said
    // ("le ministre, X, a déclaré que la BIA …": the minister speaks, not the BIA).
    let complementizer = |from: usize, to: usize| {
        (from..to).any(|i| matches!(t[i].lower.as_str(), "que" | "qu" | "that"))
    };
    let inverted = after_mark
        && !attributed_to
        && cands.iter().any(|c| {
            c.first > cue.last
                && c.first <= cue.last + INVERTED_SUBJECT_REACH
                && !complementizer(cue.last, c.first)
                && matches!(c.kind, Kind::Person | Kind::Named | Kind::Role(_))
        });
    if inverted {
        let end = segment_end(f, cue.last + 1);
        let end2 = if end < t.len() && t[end].is(",") {
            segment_end(f, end + 1)
        } else {
            end
        };
        let own = after(cue.last + 1, end);
        // "le porte-parole du ministère, Mao Ning": a role, then its holder's name
        // (but "said Eric Goldstein, director at CISA" already names the person).
        let own_named = own.iter().any(|c| c.kind == Kind::Person)
            || own.first().is_some_and(|c| c.kind == Kind::Named);
        let named_after: Vec<&Cand> = after(end + 1, end2)
            .into_iter()
            .filter(|c| c.kind <= Kind::Named && !own_named)
            .collect();
        if let Some(c) = best(named_after, cue.last) {
            return found(Some(c), cue.last + 1..end2);
        }
        if let Some(c) = best(own, cue.last) {
            return found(Some(c), cue.last + 1..end);
        }
    }
    let word = &t[cue.first].lower;
    let participle = attributed_to
        || (cue.first == cue.last && (word.ends_with("ant") || word.ends_with("ing")));
    if participle && after_mark {
        // "…, affirmant que": the subject of the main clause, the sentence's first party
        // (after a leading "Bien que …," / "Although …,").
        let start = if f.is(0, Family::Subordinator) {
            (0..t.len()).find(|&i| t[i].is(",")).map_or(0, |i| i + 1)
        } else {
            0
        };
        let subject = cands.iter().find(|c| {
            c.first >= start
                && c.last < cue.first
                && !c.possessive
                && !matches!(c.kind, Kind::Pronoun | Kind::Thing)
        });
        return found(subject, start..subject.map_or(start, |c| c.last + 1));
    }
    // The subject before the cue: the nearest clause that names someone, skipping
    // participial asides; a possessive ("Microsoft's team") when nothing else.
    let mut end = cue.first;
    for round in 0..4 {
        let mut start = (0..end)
            .rev()
            .find(|&i| t[i].is_boundary())
            .map_or(0, |i| i + 1);
        // "Germany summoned Russia's ambassador after the government concluded":
        // the subject of the clause the cue is in.
        if round == 0 {
            let clause = (start..end)
                .rev()
                .find(|&i| f.is(i, Family::Subordinator) || f.is(i, Family::Relative))
                .map(|i| i + 1)
                .filter(|&s| !after(s, end).is_empty());
            start = clause.unwrap_or(start);
        }
        let here = after(start, end);
        if round == 0 || !participial(f, start) {
            // "La mission iranienne auprès des Nations unies", "North Korea's mission
            // to the United Nations": whom a mission is sent to does not speak.
            let accredited = |c: &Cand| {
                let mut p = previous_word(t, c.first);
                while let Some(i) = p.filter(|&i| f.is(i, Family::Determiner)) {
                    p = previous_word(t, i);
                }
                p.is_some_and(|i| matches!(t[i].lower.as_str(), "auprès" | "to"))
            };
            let plain = here
                .iter()
                .copied()
                .filter(|c| !c.possessive && !accredited(c))
                .collect();
            if let Some(c) = best(plain, cue.first).or_else(|| best(here.clone(), cue.first)) {
                // "Microsoft's threat team said": an unnamed role speaks for its owner.
                let owner = here.iter().copied().rev().find(|o| {
                    o.possessive && o.last < c.first && matches!(o.kind, Kind::Named | Kind::Person)
                });
                let bare_role = matches!(c.kind, Kind::Role(_)) && c.side.is_none() && !c.definite;
                let c = institution(f, cands, c);
                // "Le FBI, la police fédérale américaine, a attribué": a description set
                // between commas after a name stands for that name.
                let named_before = (round > 0 && start >= 2 && t[start - 1].is(","))
                    .then(|| {
                        cands.iter().find(|o| {
                            o.last + 2 == start && matches!(o.kind, Kind::Named | Kind::Person)
                        })
                    })
                    .flatten();
                let described = matches!(c.kind, Kind::Role(_) | Kind::Place)
                    && (start..end)
                        .find(|&i| t[i].word)
                        .is_some_and(|i| f.is(i, Family::Determiner));
                let c = match named_before {
                    Some(o) if described => o,
                    _ => c,
                };
                let c = first_of_list(f, cands, c);
                // "Le porte-parole de la diplomatie chinoise, Wang Wenbin, a nié": the
                // title clause before a name belongs to the speaker's phrase.
                let title_start = (0..start.saturating_sub(1))
                    .rev()
                    .find(|&i| t[i].is_boundary())
                    .map_or(0, |i| i + 1);
                let titled = c.kind == Kind::Person
                    && start > 0
                    && t[start - 1].is(",")
                    && after(title_start, start - 1)
                        .iter()
                        .any(|o| matches!(o.kind, Kind::Role(_)));
                let phrase = if titled { title_start..end } else { start..end };
                return found(owner.filter(|_| bare_role).or(Some(c)), phrase);
            }
        }
        // "“… confirm Lazarus Group and APT38 …,” the bureau said": the quotation
        // before is what is said, not who says it.
        let closes_quote = (start..end).any(|i| matches!(t[i].raw, "”" | "»" | "\""));
        if start == 0 || closes_quote {
            break;
        }
        end = start - 1;
    }
    found(None, 0..0)
}
