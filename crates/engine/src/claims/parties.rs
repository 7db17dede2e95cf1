//! Who speaks for a cue: the source "selon" names, the owner of an
//! accusation, a passive's agent, a pronoun or relative right before the
//! verb, an inverted subject after a quotation, else the subject of the
//! clause before the cue (`subject`). Whom a claim is aimed at is in `targets`.

use super::cands::{Cand, Kind};
use super::facts::{previous_word, Facts};
use super::lexicon::{Family, CUE_FAMILIES};
use super::subject::clause_subject;
use super::targets::addressed;
use super::tokens::Hit;
use std::ops::Range;

/// Cues one speaker search may follow to the cue that speaks for it. A real chain is
/// one or two long (quoted words, then "she said and added"); four leaves room and
/// stops a loop between a forward and a backward hop.
const SPEAKER_HOPS: usize = 4;

/// How many tokens after its verb an inverted subject may start ("said the ministry's
/// spokesperson": a determiner and a possessive between).
const INVERTED_SUBJECT_REACH: usize = 3;
/// How many tokens after its verb an inverted subject may start when only words stand
/// between, no comma and no other cue: adverbials of time, audience or place
/// (« a réagi le soir même un porte-parole », « a déclaré mardi aux journalistes X »).
const INVERTED_SUBJECT_FAR_REACH: usize = 8;
/// How many tokens a participle may follow the document noun it qualifies ("a report by
/// the National Cyber Security Centre accusing": a complement of up to six words).
const DOCUMENT_PARTICIPLE_REACH: usize = 8;
/// How many tokens a title may stand before the name it leads in (« le général de brigade
/// X »: the title, a complement of two words, then the name).
const TITLE_TO_NAME_REACH: usize = 4;
/// How many tokens after the comma that closes the verb's clause the holder's name may
/// start ("…, said the ministry's spokesperson, Dr Jan Roe": a title and its period).
const HOLDER_NAME_REACH: usize = 3;
/// How many tokens after its verb the one spoken to may start (« a déclaré à l'AFP »:
/// a preposition, an elided article and its apostrophe between).
const ADDRESSEE_REACH: usize = 4;
/// How many tokens the owner of an accusation noun may stand from it: "Freedonia's
/// latest accusations" (the possessive mark, "s", an adjective), "les accusations de la
/// Freedonie" (a preposition and an article).
const ACCUSATION_OWNER_REACH: usize = 3;
/// How many tokens after "by"/« par » a passive verb's agent may start ("by the
/// pro-Freedonian group X": a determiner, a hyphenated adjective and a noun between).
const AGENT_REACH: usize = 6;
/// How many tokens after a passive verb its "by"/« par » may stand ("claimed the same
/// day by X": a time phrase between; "attributed to the group in June 2026 by X": the
/// accused and a date between).
const AGENT_CLAUSE_REACH: usize = 10;
/// How many tokens before its verb a subject pronoun may stand: past auxiliaries and the
/// hyphens of an inversion ("a-t-il déclaré", "has she ever said").
const PRONOUN_REACH: usize = 4;
/// How many tokens after a role the institution it speaks for may start
/// ("spokesperson for the foreign ministry": a preposition and a determiner;
/// "researchers at the cybersecurity firm X": and the noun that leads to the name).
const INSTITUTION_REACH: usize = 5;

/// Longest complement after the first name of a list of subjects ("of the main
/// opposition party": a preposition, a determiner and a short noun phrase).
const LIST_COMPLEMENT_WORDS: usize = 6;

/// "CISA, the NSA and the FBI reported": a list of subjects speaks through its first.
pub(crate) fn first_of_list<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    let t = &f.tokens;
    // "the Federal Bureau of Investigation (FBI)": a name and its acronym are one item.
    let named_between = |i: usize| cands.iter().any(|x| x.first <= i && i <= x.last);
    // ("PRAGUE — The Information and Security Agency (ISA)": the "and" inside a name joins
    // no items.)
    let joins = |i: usize| matches!(t[i].lower.as_str(), "and" | "et") && !named_between(i);
    let listed = |a: &Cand, b: &Cand| {
        a.last < b.first
            && (a.last + 1..b.first).all(|i| {
                !t[i].word
                    || named_between(i)
                    || f.is(i, Family::Determiner)
                    || matches!(t[i].lower.as_str(), "and" | "et")
                    || t[i].raw.chars().all(|ch| ch.is_uppercase() || ch == '-')
            })
            && (a.last + 1..b.first).any(|i| t[i].is(",") || joins(i))
    };
    // "Roe of the ruling party and Senator Li said": a complement after one
    // name and titles before the next do not break a list.
    let with_complement = |a: &Cand, b: &Cand| {
        // (Asked of every earlier candidate: the clause test first, which stops at the
        // first boundary, before the words between are listed.)
        if a.last >= b.first || (a.last + 1..b.first).any(|i| t[i].is_boundary()) {
            return false;
        }
        let words: Vec<usize> = (a.last + 1..b.first).filter(|&i| t[i].word).collect();
        let Some(and_at) = words
            .iter()
            .position(|&i| matches!(t[i].lower.as_str(), "and" | "et"))
        else {
            return false;
        };
        let (complement, titles) = (&words[..and_at], &words[and_at + 1..]);
        let complement_fits = complement.first().is_some_and(|&i| {
            matches!(
                t[i].lower.as_str(),
                "of" | "from" | "de" | "du" | "des" | "d"
            )
        }) && complement.len() <= LIST_COMPLEMENT_WORDS
            && complement
                .iter()
                .all(|&i| !CUE_FAMILIES.iter().any(|&c| f.is(i, c)));
        let titles_fit = titles
            .iter()
            .all(|&i| t[i].capitalised() || f.is(i, Family::Determiner));
        a.last < b.first
            && complement_fits
            && titles_fit
            && !(a.last + 1..b.first).any(|i| t[i].is_boundary())
    };
    let listed = |a: &Cand, b: &Cand| listed(a, b) || with_complement(a, b);
    let conjoined = |a: &Cand, b: &Cand| (a.last + 1..b.first).any(joins);
    // ("Asked by AFP, the agency and …": a preposition's object heads no list of subjects.)
    let governed = |p: &Cand| {
        word_before_determiners(f, p.first).is_some_and(|i| f.is(i, Family::Preposition))
    };
    let before = |b: &Cand| {
        cands.iter().rev().find(|p| {
            matches!(p.kind, Kind::Named | Kind::Person | Kind::Place)
                && !p.possessive
                && !governed(p)
                && listed(p, b)
        })
    };
    // Only a list that ends with "and"/"et": "le porte-parole de l'agence, X" is no list.
    // "A, B and C": from B too, when the list goes on with "and" after it.
    let ends_in_and = cands
        .iter()
        .any(|q| q.first > c.last && listed(c, q) && conjoined(c, q));
    let mut first = match before(c) {
        Some(p) if conjoined(p, c) || ends_in_and => p,
        _ => return c,
    };
    while let Some(p) = before(first) {
        first = p;
    }
    first
}

/// The speaker of a cue: the candidate (if the sentence names one) and the
/// tokens of the phrase that names it ("la porte-parole du ministère, Jeanne Dupont").
#[derive(Debug, Clone)]
pub(crate) struct Speaker<'c> {
    pub cand: Option<&'c Cand>,
    pub phrase: Range<usize>,
}

/// The preferred candidate: a person, then a name, a role (one that names its
/// country first: "le porte-parole de l'ambassade de Freedonie" speaks for Freedonia),
/// a place, a pronoun; among equals the one nearest to `near`.
pub(crate) fn best(cands: Vec<&Cand>, near: usize) -> Option<&Cand> {
    cands
        .into_iter()
        .filter(|c| c.kind != Kind::Thing)
        .min_by_key(|c| {
            // A bare capitalised word no entity vouches for ranks below a role
            // that names its country ("ministère freedonien de la Pêche").
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

/// "Sandworm has been blamed", "l'Iran a été accusé": the subject is the accused.
pub(crate) fn passive(f: &Facts, cue: &Hit) -> bool {
    // "la Freedonie accusée par la Ruritanie", "Freedonia accused by Ruritania".
    // (« nie par ailleurs », "denies, by contrast": an adverb, no agent.)
    let t = &f.tokens;
    let agent_follows = (cue.last + 1..t.len())
        .find(|&i| t[i].word)
        .is_some_and(|i| {
            matches!(t[i].lower.as_str(), "par" | "by")
                && !(i + 1..t.len())
                    .find(|&k| t[k].word)
                    .is_some_and(|k| super::lexicon::is_word_of(&t[k].lower, Family::NotAgent))
        });
    // (« a indiqué par courriel », "has said by phone": a perfect is active, and what
    // follows its "par" is how it was said.)
    let perfect = previous_word(&f.tokens, cue.first).is_some_and(|p| f.is(p, Family::Perfect));
    if agent_follows && !perfect {
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
    let participle = participle(&f.tokens[cue.first].lower);
    if of_follows && bare && participle && f.tokens[before.unwrap_or(0)].capitalised() {
        return true;
    }
    // "was claimed", "has been linked to": the cue holds its own passive auxiliary (and,
    // for an accusing verb, a participle after it: "is designating" is active).
    let own_auxiliary = |participle: bool| {
        (cue.first..cue.last).any(|i| {
            let next = &f.tokens[i + 1].lower;
            f.is(i, Family::Passive) && (!participle || next.ends_with("ed") || next.ends_with('é'))
        })
    };
    if (cue.family == Family::Acknowledge && own_auxiliary(false))
        || (cue.family == Family::Accuse && own_auxiliary(true))
    {
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

/// The first clause boundary at or after `from`, else the sentence's end.
fn segment_end(f: &Facts, from: usize) -> usize {
    (from..f.tokens.len())
        .find(|&i| f.tokens[i].is_boundary())
        .unwrap_or(f.tokens.len())
}

/// A speaker and its phrase.
pub(crate) fn found<'c>(cand: Option<&'c Cand>, phrase: Range<usize>) -> Speaker<'c> {
    Speaker { cand, phrase }
}

/// "a spokesperson for the embassy", "une porte-parole de l'agence": the
/// institution the role speaks for, when the phrase names one.
pub(crate) fn institution<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    if c.kind != Kind::Role(Family::RolePerson) {
        return c;
    }
    let t = &f.tokens;
    // Only a preposition of belonging: "spokesperson for the embassy", "researchers at
    // the firm X", « chercheurs chez X », not "officials accused Freedonia".
    let linked = t.get(c.last + 1).is_some_and(|w| {
        matches!(
            w.lower.as_str(),
            "de" | "du" | "des" | "d" | "of" | "for" | "at" | "from" | "chez"
        )
    });
    let near = |o: &&Cand| {
        linked
            && o.first > c.last
            && o.first <= c.last + INSTITUTION_REACH
            && !t[c.last + 1..o.first].iter().any(|t| t.is_boundary())
    };
    // A name ("at the security firm Example Labs") before the role noun that leads to it.
    let named = cands.iter().filter(near).find(|o| o.kind == Kind::Named);
    named
        .or_else(|| {
            cands
                .iter()
                .filter(near)
                .find(|o| matches!(o.kind, Kind::Role(Family::RoleOrg) | Kind::Place))
        })
        .unwrap_or(c)
}

/// The candidates that lie within tokens `from..to`.
pub(crate) fn within(cands: &[Cand], from: usize, to: usize) -> Vec<&Cand> {
    cands
        .iter()
        .filter(|c| c.first >= from && c.last < to)
        .collect()
}

/// The word before token `i`, past any determiners ("by the", "auprès des").
pub(crate) fn word_before_determiners(f: &Facts, i: usize) -> Option<usize> {
    let mut p = previous_word(&f.tokens, i);
    while let Some(i) = p.filter(|&i| f.is(i, Family::Determiner)) {
        p = previous_word(&f.tokens, i);
    }
    p
}

/// The party that speaks for a cue.
pub(crate) fn speaker<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    voice_after(f, cands, cue).unwrap_or_else(|| speaker_within(f, cands, cue, SPEAKER_HOPS))
}

/// « L'UE a condamné l'attaque, par la voix de sa porte-parole, Jana Novak »: the person
/// (else the body) named after a "voice of" phrase in the cue's clause speaks.
fn voice_after<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    let voice = f
        .hits
        .iter()
        .find(|h| h.family == Family::VoiceOf && h.first > cue.last)?;
    let t = &f.tokens;
    let end = (voice.last + 1..t.len())
        .find(|&i| t[i].is_boundary() && !t[i].is(","))
        .unwrap_or(t.len());
    let within = |c: &&Cand| c.first > voice.last && c.last < end;
    let c = cands
        .iter()
        .filter(within)
        .find(|c| c.kind == Kind::Person)
        .or_else(|| cands.iter().filter(within).find(|c| c.kind == Kind::Named))?;
    Some(found(Some(c), voice.first..end))
}

/// The speaker of `cue`, following at most `hops` more cues to the one that speaks for
/// it (the reporting verb after quoted words, the verb a coordinated one shares a
/// subject with): those hops look both ahead and back, so without a budget two of them
/// can send each other round a loop.
fn speaker_within<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit, hops: usize) -> Speaker<'c> {
    let hop = |h: &Hit| speaker_within(f, cands, h, hops.saturating_sub(1));
    if let Some(s) = speaker_by_family(f, cands, cue) {
        return s;
    }
    if let Some(s) = speaker_beside_cue(f, cands, cue, hops) {
        return s;
    }
    if let Some(h) = cue_speaking_for(f, cue, hops) {
        return hop(h);
    }
    let after_mark = after_quote_mark(f, cands, cue);
    let attributed = attributed_to(f, cue);
    if after_mark && !attributed {
        if let Some(s) = inverted_subject(f, cands, cue) {
            return s;
        }
    }
    if let Some(h) = claim_declined_without(f, cue).filter(|_| hops > 0) {
        return hop(h);
    }
    let word = &f.tokens[cue.first].lower;
    let participle =
        attributed || (cue.first == cue.last && (word.ends_with("ant") || word.ends_with("ing")));
    if participle && after_mark {
        return main_clause_subject(f, cands, cue);
    }
    clause_subject(f, cands, cue)
}

/// The speaker a cue's family and voice settle alone: a source, an accusation's owner, an agent.
fn speaker_by_family<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    Some(match cue.family {
        Family::According => according_speaker(f, cands, cue),
        Family::AccuseNoun => accusation_owner(f, cands, cue),
        Family::Accuse if passive(f, cue) => passive_agent(f, cands, cue),
        // "The accusations were rejected by the embassy": the agent denies.
        Family::Deny | Family::Condemn | Family::Acknowledge if passive(f, cue) => {
            passive_agent(f, cands, cue)
        }
        // « L'ambassade, citée par l'agence X, juge … », "the embassy, quoted by X, said":
        // whoever quotes only relays; the quoted subject speaks. ("The council has been
        // informed by X that …": a cue that runs on to its "that" is what X told.)
        Family::Report | Family::Evidence
            if passive(f, cue) && f.is(cue.first, Family::Tells) && !runs_to_that(f, cue) =>
        {
            clause_subject(f, cands, cue)
        }
        // "North Korea is widely believed to be behind the theft": whoever believes it is
        // the agent, if any; the subject is what is believed of.
        Family::Report if passive(f, cue) => passive_agent(f, cands, cue),
        _ => return None,
    })
}

/// Whether the cue's phrase ends on the "that", « que » opening what is reported.
fn runs_to_that(f: &Facts, cue: &Hit) -> bool {
    cue.last > cue.first && matches!(f.tokens[cue.last].lower.as_str(), "that" | "que" | "qu")
}

/// The speaker named right at the cue: a "no comment from", a document's owner, a pronoun.
fn speaker_beside_cue<'c>(
    f: &Facts,
    cands: &'c [Cand],
    cue: &Hit,
    hops: usize,
) -> Option<Speaker<'c>> {
    if let Some(s) = comment_from(f, cands, cue) {
        return Some(s);
    }
    if let Some(s) = document_owner(f, cands, cue) {
        return Some(s);
    }
    if let Some(s) = owner_inside_denial(cands, cue) {
        return Some(s);
    }
    if let Some(s) = quoted_words_reporter(f, cands, cue, hops) {
        return Some(s);
    }
    if let Some(s) = pronoun_or_relative(f, cands, cue) {
        return Some(pronoun_reporter(f, cands, &s, hops).unwrap_or(s));
    }
    if let Some(s) = clitic_after(f, cands, cue) {
        return Some(s);
    }
    fronted_body(f, cands, cue)
}

/// The other cue that speaks for this one (a coordinated verb, a reporting verb), while hops last.
fn cue_speaking_for<'f>(f: &'f Facts, cue: &Hit, hops: usize) -> Option<&'f Hit> {
    coordinated_with(f, cue)
        .filter(|_| hops > 0)
        .or_else(|| reporting_verb_before(f, cue).filter(|_| hops > 0))
        .or_else(|| verb_after_fronted(f, cue).filter(|_| hops > 0))
}

/// Whether the cue follows a quotation's closing mark or comma, so its speaker may follow it.
fn after_quote_mark(f: &Facts, cands: &[Cand], cue: &Hit) -> bool {
    let t = &f.tokens;
    let before = (0..cue.first)
        .rev()
        .find(|&i| !f.is(i, Family::Aux) || !t[i].word);
    // "…», a déclaré le ministère", "…,” said the spokesperson": the speaker follows.
    // (Not the comma that closes a name in apposition: « Le ministre, Jan Dupont, a rejeté ».)
    before.is_some_and(|i| matches!(t[i].raw, "," | "»" | "”" | "\""))
        && !before
            .is_some_and(|i| closes_apposition(f, cands, i) || closes_description(f, cands, i))
}

/// The claim before a "without"/« sans » that declines, whose maker declines with it.
fn claim_declined_without<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let word = &f.tokens[cue.first].lower;
    // "X a reconnu …, sans se prononcer sur les auteurs", "…, without naming …": no
    // subject of its own; whoever makes the sentence's claim before it declines.
    if cue.family != Family::NonConfirm || !matches!(word.as_str(), "sans" | "without") {
        return None;
    }
    f.hits.iter().rev().find(|h| {
        h.last < cue.first
            && !matches!(
                h.family,
                Family::Topic | Family::Attack | Family::RolePerson | Family::RoleOrg
            )
    })
}

/// « Du côté de l'agence, on ne confirme pas », « Côté freedonien, on dément »: the
/// impersonal « on » right before the cue speaks for the body the sentence opens with.
fn fronted_body<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    let t = &f.tokens;
    let mut p = previous_word(t, cue.first)?;
    while matches!(t[p].lower.as_str(), "ne" | "n" | "se" | "s") || f.is(p, Family::Aux) {
        p = previous_word(t, p)?;
    }
    let comma = p.checked_sub(1).filter(|&c| t[c].is(","))?;
    if t[p].lower != "on" {
        return None;
    }
    let opener = (f.label_end..comma).find(|&i| t[i].word)?;
    if !f.is(opener, Family::Fronted) {
        return None;
    }
    let body = cands
        .iter()
        .find(|c| c.first >= opener && c.last < comma && !c.possessive)?;
    Some(found(Some(body), body.first..body.last + 1))
}

/// Words that lead from a summoning verb to where the envoy was summoned ("to the",
/// « au », « à la »).
const SUMMONED_TO: [&str; 5] = ["to", "au", "à", "aux", "at"];

/// The body a passive summoning names as where the envoy went: an organisation right after
/// "to"/« au » (a date may stand between: « convoqué hier au Quai d'Orsay »).
fn summoned_to<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<&'c Cand> {
    if cue.family != Family::Condemn {
        return None;
    }
    let t = &f.tokens;
    let to = (cue.last + 1..t.len().min(cue.last + 1 + AGENT_REACH))
        .take_while(|&i| !t[i].is_boundary())
        .find(|&i| SUMMONED_TO.contains(&t[i].lower.as_str()))?;
    cands.iter().find(|c| {
        c.first > to
            && c.first <= to + AGENT_REACH
            && matches!(c.kind, Kind::Named | Kind::Role(Family::RoleOrg))
    })
}

/// Whether the comma at `comma` closes a person's name set between commas after a subject
/// (« Le ministre turc, Jan Dupont, a rejeté … », "The minister, Jan Dupont, rejected …").
fn closes_apposition(f: &Facts, cands: &[Cand], comma: usize) -> bool {
    let t = &f.tokens;
    // (A bracket may stand between the name and its comma: « Jan Roe (Renew, EE), ».)
    let name_end = super::subject::before_brackets(t, comma);
    let Some(person) = cands
        .iter()
        .find(|c| c.kind == Kind::Person && c.last + 1 == name_end)
    else {
        return false;
    };
    // (A courtesy title may open the name: ", Mr Jan Roe,", « , M. Jan Dupont, ».)
    let mut first = person.first;
    while first > 0
        && (f.is(first - 1, Family::Title) || t[first - 1].is("."))
        && !t[first - 1].is(",")
    {
        first -= 1;
    }
    let opening = first.checked_sub(1).filter(|&o| t[o].is(","));
    // Something of the clause's own stands before the opening comma (its subject), not
    // quoted words.
    opening.is_some_and(|o| o > 0 && t[o - 1].word)
}

/// "Jan Roe, a spokesman for the ministry, said the ministry …": the comma closes a
/// description set after the name that opens the sentence (a determiner or a role word
/// first), so the verb after it has that name for subject, not an inverted one.
fn closes_description(f: &Facts, cands: &[Cand], comma: usize) -> bool {
    let t = &f.tokens;
    if !t[comma].is(",") {
        return false;
    }
    let Some(open) = (0..comma).rev().find(|&i| t[i].is_boundary()) else {
        return false;
    };
    let first_word = (open + 1..comma).find(|&i| t[i].word);
    // ("Jan Roe, permanent secretary at the ministry, rejected …", "Jan Roe, 54, said":
    // any lowercase word opens one too.)
    let describes = first_word.is_some_and(|i| {
        f.is(i, Family::Determiner)
            || f.is(i, Family::RolePerson)
            || f.is(i, Family::Title)
            || !t[i].capitalised()
    });
    let name_end = super::subject::before_brackets(t, open);
    let name = cands.iter().find(|c| {
        c.last + 1 == name_end && matches!(c.kind, Kind::Person | Kind::Named) && !c.possessive
    });
    // The name opens the sentence (its determiner or titles aside).
    let opens = name.is_some_and(|c| {
        (0..c.first).all(|i| !t[i].word || f.is(i, Family::Determiner) || f.is(i, Family::Title))
    });
    t[open].is(",") && describes && opens
}

/// « La riposte freedonienne n'a pas tardé », « la réponse de Freedonie est venue »: a
/// denying phrase that holds a party in its gap is that party's reply.
fn owner_inside_denial<'c>(cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    if cue.family != Family::Deny || cue.first == cue.last {
        return None;
    }
    // (A verb with a subject before it holds its object in the gap: "Mr Roe dismissed the
    // findings of Velmar as …" answers Velmar.)
    if cands
        .iter()
        .any(|c| c.last < cue.first && c.kind != Kind::Thing)
    {
        return None;
    }
    // ("called the FBI's findings …": a possessive in the gap owns what is rejected, the
    // accuser.)
    let c = cands.iter().find(|c| {
        c.first > cue.first
            && c.last < cue.last
            && !c.possessive
            && matches!(c.kind, Kind::Place | Kind::Named | Kind::Person)
    })?;
    Some(found(Some(c), c.first..c.last + 1))
}

/// "“We deeply apologise …,” its chief executive, Jane Roe, said": a cue inside quoted
/// words is said by whoever the reporting verb after the closing mark names.
fn quoted_words_reporter<'c>(
    f: &Facts,
    cands: &'c [Cand],
    cue: &Hit,
    hops: usize,
) -> Option<Speaker<'c>> {
    let hops = hops.checked_sub(1)?;
    let t = &f.tokens;
    let opens = |i: usize| matches!(t[i].raw, "«" | "“" | "\"");
    let closes = |i: usize| matches!(t[i].raw, "»" | "”" | "\"");
    // The opening mark before the cue, and no mark between it and the cue.
    let open = (0..cue.first).rev().find(|&i| opens(i) || closes(i))?;
    let close = (cue.last + 1..t.len()).find(|&i| closes(i) || opens(i))?;
    if !opens(open) || !closes(close) || (t[open].raw == "\"" && t[close].raw != "\"") {
        return None;
    }
    let report = f
        .hits
        .iter()
        .find(|r| r.family == Family::Report && r.first > close)?;
    let s = speaker_within(f, cands, report, hops);
    s.cand.filter(|c| c.first > close).map(|_| s)
}

/// "selon une source citée par l'agence": the best source after "selon", "according
/// to" in its clause; an outlet that only relays it does not speak.
fn according_speaker<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let end = segment_end(f, cue.last + 1);
    let here: Vec<&Cand> = within(cands, cue.last + 1, end)
        .into_iter()
        .filter(|c| !addressed(f, c))
        .collect();
    // "according to a firm hired by X", « selon une source citée par l'agence X »: the
    // agent of a participle that describes the source hired or relays it; it is no source.
    let agent_at = here.first().and_then(|first| {
        (first.last + 1..end).find(|&i| {
            matches!(f.tokens[i].lower.as_str(), "par" | "by")
                && previous_word(&f.tokens, i).is_some_and(|p| participle(&f.tokens[p].lower))
        })
    });
    if let Some(author) = document_agent(f, &here, end) {
        return found(Some(author), cue.last + 1..end);
    }
    // « selon elle », "according to him": the pronoun right after is the source, whatever
    // party the words after it name.
    if let Some(pronoun) = here
        .first()
        .filter(|c| c.kind == Kind::Pronoun && c.first == cue.last + 1)
    {
        return found(Some(pronoun), cue.last + 1..pronoun.last + 1);
    }
    let sources: Vec<&Cand> = here
        .into_iter()
        .filter(|c| agent_at.is_none_or(|a| c.last < a))
        .collect();
    let source = best(sources, cue.last);
    // « Selon le ministre de la Défense, Jaan Tamm, … », « selon le ministre des Technologies,
    // de la Communication et de l'Innovation, Dr Jaan Tamm, … »: the person named in
    // apposition after the source's role (its portfolio may hold commas) is the source.
    let person = source
        .filter(|c| c.kind == Kind::Role(Family::RolePerson))
        .filter(|_| f.tokens.get(end).is_some_and(|t| t.is(",")))
        .and_then(|_| apposed_person(f, cands, end));
    match person {
        Some(p) => found(Some(p), cue.last + 1..p.last + 1),
        None => found(source, cue.last + 1..end),
    }
}

/// "according to a report sent to the Ministry by the Centre", « selon une analyse remise au
/// ministère par l'agence »: a document the phrase opens with has the party after its
/// "by" for author, whatever party it went to on the way; that author is the source (not
/// one that only saw it).
fn document_agent<'c>(f: &Facts, here: &[&'c Cand], end: usize) -> Option<&'c Cand> {
    let doc = here
        .first()
        .filter(|c| c.kind == Kind::Role(Family::RoleDoc))?;
    let by = (doc.last + 1..end).find(|&i| matches!(f.tokens[i].lower.as_str(), "par" | "by"))?;
    // (« une note consultée par le journal »: who read the document wrote none of it.)
    let read = previous_word(&f.tokens, by)
        .is_some_and(|p| super::publisher::shown_word(f.tokens[p].lower.as_str()));
    if read {
        return None;
    }
    here.iter()
        .find(|c| c.first > by)
        .filter(|c| matches!(c.kind, Kind::Named | Kind::Person))
        .copied()
}

/// How far after the comma that ends an "according to" source's role the person named in
/// apposition may start (a portfolio's further fields, « de la Communication et de
/// l'Innovation, », then a title).
const APPOSED_PERSON_REACH: usize = 12;

/// The person set between commas after the comma at `comma`, past a title and the further
/// fields of a portfolio (no cue between).
fn apposed_person<'c>(f: &Facts, cands: &'c [Cand], comma: usize) -> Option<&'c Cand> {
    let t = &f.tokens;
    let p = cands.iter().find(|p| {
        p.kind == Kind::Person && p.first > comma && p.first <= comma + APPOSED_PERSON_REACH
    })?;
    let closed = t.get(p.last + 1).is_some_and(|x| x.is(","));
    let after_comma = (comma..p.first)
        .rev()
        .find(|&i| !f.is(i, Family::Title) && t[i].raw != ".")
        .is_some_and(|i| t[i].is(","));
    let no_cue = !f.hits.iter().any(|h| {
        h.first > comma
            && h.last < p.first
            && h.family != Family::Topic
            && super::cands::CUE_FAMILIES.contains(&h.family)
    });
    (closed && after_comma && no_cue).then_some(p)
}

/// Whether a word has a past participle's ending ("hired", « citée », « engagés »).
pub(crate) fn participle(word: &str) -> bool {
    ["ed", "é", "ée", "és", "ées"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// "Freedonia's accusation", "les accusations de la Freedonie", "Freedonian
/// allegations": whoever owns the accusation noun.
fn accusation_owner<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let owner = cands
        .iter()
        .rev()
        .find(|c| c.possessive && c.last + ACCUSATION_OWNER_REACH >= cue.first);
    let owner = owner.or_else(|| {
        cands.iter().find(|c| {
            c.first > cue.last
                && c.first <= cue.last + ACCUSATION_OWNER_REACH
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
    found(owner, phrase)
}

/// "a report by the agency accusing Freedonia", « un rapport du Centre accusant … »: a
/// participle set right after a document noun and its complement (no comma between)
/// says what the document accuses; the document's noun, if so.
fn document_participle<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let word = t[cue.first].lower.as_str();
    let participle = word.ends_with("ing") || word.ends_with("ant");
    if cue.first != cue.last || !participle {
        return None;
    }
    f.hits.iter().rfind(|h| {
        h.family == Family::RoleDoc
            && h.last < cue.first
            && h.last + DOCUMENT_PARTICIPLE_REACH >= cue.first
            && (h.last + 1..cue.first).all(|i| t[i].word || matches!(t[i].raw, "'" | "’" | "-"))
    })
}

/// Who owns the document a participle accuses for: the party named in its complement
/// ("a report by X", « un rapport du Centre »), else its possessive owner ("X's report").
/// A document with no owner ("ran an editorial accusing …") is the subject's own.
fn document_owner<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    if cue.family != Family::Accuse {
        return None;
    }
    let doc = document_participle(f, cue)?;
    let party = |c: &&Cand| {
        matches!(
            c.kind,
            Kind::Person | Kind::Named | Kind::Place | Kind::Role(Family::RoleOrg)
        )
    };
    let owner = cands
        .iter()
        .filter(party)
        .find(|c| c.first > doc.last && c.last < cue.first)
        .or_else(|| {
            cands.iter().rev().filter(party).find(|c| {
                c.possessive && c.last < doc.first && c.last + ACCUSATION_OWNER_REACH >= doc.first
            })
        })?;
    Some(found(Some(owner), owner.first..owner.last + 1))
}

/// How many tokens after "from" (« de la part de ») the silent party may start ("from the
/// Russian embassy").
const COMMENT_FROM_REACH: usize = 3;

/// "There was no immediate comment from Moscow", « aucune réaction de la part de Moscou »:
/// the party the missing comment would have come from declines.
fn comment_from<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    if cue.family != Family::NonConfirm {
        return None;
    }
    // The first word after the cue opens a "from" phrase (`comment_from` in the word lists).
    let next = (cue.last + 1..f.tokens.len()).find(|&i| f.tokens[i].word)?;
    let from = f
        .hits
        .iter()
        .find(|h| h.family == Family::CommentFrom && h.first == next)?
        .last;
    let c = cands.iter().find(|c| {
        c.first > from
            && c.first <= from + COMMENT_FROM_REACH
            && matches!(
                c.kind,
                Kind::Named | Kind::Place | Kind::Person | Kind::Role(_)
            )
    })?;
    Some(found(Some(c), c.first..c.last + 1))
}

/// Blamed by whom? Only an agent after "by"/"par" says.
/// Adverbs of order that open a passive's agent after a comma ("blamed in 2024, first by
/// X", « attribuée, d'abord par X »).
const AGENT_ORDER_WORDS: [&str; 8] = [
    "first",
    "initially",
    "notably",
    "including",
    "jointly",
    "abord",
    "notamment",
    "conjointement",
];

fn passive_agent<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let t = &f.tokens;
    // "claimed the same day by X", « revendiquée par le groupe prorusse X »: the first
    // "by"/"par" of the clause, then the first party shortly after it.
    // (A cue with a gap may hold its agent: "advised by the centre that", « informé par
    // l'agence que ».)
    // ("was blamed last year, first by X, later by Y": a comma before an adverb of order
    // keeps the clause going.)
    let ordered = |i: usize| {
        t[i].is(",")
            && (i + 1..t.len())
                .find(|&k| t[k].word)
                .is_some_and(|k| AGENT_ORDER_WORDS.contains(&t[k].lower.as_str()))
    };
    let by = (cue.first + 1..t.len().min(cue.last + 1 + AGENT_CLAUSE_REACH))
        .take_while(|&i| !t[i].is_boundary() || ordered(i))
        .find(|&i| matches!(t[i].lower.as_str(), "by" | "par"))
        // (« …, selon une note consultée par le journal »: who saw a document is no agent.)
        .filter(|&by| {
            !previous_word(t, by).is_some_and(|p| super::publisher::shown_word(t[p].lower.as_str()))
        });
    // A name beats the country word of its description ("by the pro-Russian group X").
    let agent = by.and_then(|by| {
        // (The agent's phrase ends where the charge's object begins: "attributed by
        // Estonia to the GRU", « attribué par l'Estonie au renseignement russe ».)
        let object = (by + 1..t.len())
            .find(|&i| f.is(i, Family::AttribTo))
            .unwrap_or(t.len());
        let near: Vec<&Cand> = cands
            .iter()
            .filter(|c| c.first > by && c.first <= by + AGENT_REACH && c.last < object)
            .collect();
        // (A role beats the country adjective before it: "by several Israeli and foreign
        // security firms" are firms, "by Czech authorities" the role of a country.)
        // ("by Ukraine and several Western governments", "by Estonia and its allies": a
        // country joined to a determined noun phrase is the first agent of a list, not an
        // adjective of the role after it, as in "by Israeli and foreign firms".)
        let listed = |c: &&&Cand| {
            c.kind == Kind::Place
                && t.get(c.last + 1)
                    .is_some_and(|w| matches!(w.lower.as_str(), "and" | "et"))
                && c.last + 2 < t.len()
                && f.is(c.last + 2, Family::Determiner)
        };
        near.iter()
            .find(|c| matches!(c.kind, Kind::Named | Kind::Person))
            .or_else(|| near.iter().find(listed))
            .or_else(|| near.iter().find(|c| matches!(c.kind, Kind::Role(_))))
            .or(near.first())
            .copied()
    });
    // "the envoy was summoned to the Ministry of X", « convoqué au Quai d'Orsay »: whoever
    // summons receives; the place summoned to is the agent.
    let agent = agent.or_else(|| summoned_to(f, cands, cue));
    // "blamed by researchers at the firm X": the institution the agent speaks for.
    let agent = agent.map(|a| institution(f, cands, a));
    let agent = agent.or_else(|| main_subject_of_appended_participle(f, cands, cue));
    let phrase = agent.map_or(0..0, |c| c.first..c.last + 1);
    found(agent, phrase)
}

/// "X breaks with Y, accused of hacking its ministries": a participle set after the
/// party it describes, with no agent of its own, reports the charge of the main clause's
/// subject (the first party of the sentence, when it is not the one described).
fn main_subject_of_appended_participle<'c>(
    f: &Facts,
    cands: &'c [Cand],
    cue: &Hit,
) -> Option<&'c Cand> {
    let t = &f.tokens;
    let comma_before = previous_word(t, cue.first)
        .map_or(cue.first, |p| p + 1)
        .checked_sub(1)
        .is_some_and(|c| (c..cue.first).any(|i| t[i].is(",")));
    let described = cands.iter().rev().find(|c| c.last < cue.first)?;
    let subject = cands
        .iter()
        .find(|c| matches!(c.kind, Kind::Named | Kind::Place | Kind::Person) && !c.possessive)?;
    (comma_before && subject.first < described.first).then_some(subject)
}

/// Inside the cue (« a-t-il dit ») or right before it, past auxiliaries and "-t-": a
/// pronoun, or "qui" and its antecedent; `None` when the word there is neither.
fn pronoun_or_relative<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    // « a-t-il dit », « dit-elle »: the subject clitic inside the cue itself.
    // (Joined by a hyphen: "called it" holds an object, not a subject.)
    let clitic = (cue.first + 1..=cue.last)
        .filter(|&i| f.is(i, Family::Pronoun) && f.tokens[i - 1].raw == "-")
        .find_map(|i| {
            cands
                .iter()
                .find(|c| c.first == i && c.kind == Kind::Pronoun)
        });
    if let Some(c) = clitic {
        return Some(found(Some(c), c.first..c.last + 1));
    }
    let mut k = cue.first;
    while let Some(p) = previous_word(&f.tokens, k) {
        // "… seen from them,” said X": a word behind a closing quotation mark or a
        // comma belongs to another clause, not to the verb's subject.
        if (p + 1..k).any(|i| matches!(f.tokens[i].raw, "," | ";" | ":" | "»" | "”" | "\"")) {
            break;
        }
        if f.is(p, Family::Aux) && !f.is(p, Family::Pronoun) {
            k = p;
            continue;
        }
        // « Velmar nous a informés », « X lui a dit »: an object pronoun before the verb
        // is whom it was said to; the subject stands before it.
        if object_clitic(f, p) {
            k = p;
            continue;
        }
        // « a elle aussi balayé »: the echo of the subject, and its "aussi".
        let echo = f.is(p, Family::Echo)
            || cands
                .iter()
                .any(|c| c.first == p && c.kind == Kind::Thing && f.is(p, Family::Pronoun));
        if echo {
            k = p;
            continue;
        }
        if f.is(p, Family::Pronoun) && cue.first - p <= PRONOUN_REACH {
            return Some(found(cands.iter().find(|c| c.first == p), p..p + 1));
        }
        if f.is(p, Family::Relative) {
            let antecedent = cands
                .iter()
                .rev()
                .find(|c| {
                    c.last < p && !matches!(c.kind, Kind::Pronoun | Kind::Thing) && !c.possessive
                })
                .map(|c| {
                    person_of_body(f, cands, p, c).unwrap_or_else(|| located_body(f, cands, c))
                });
            return Some(found(antecedent, antecedent.map_or(0..0, |c| c.first..p)));
        }
        break;
    }
    None
}

/// French pronouns that before a verb are only its objects (« lui », « leur »).
const OBJECT_ONLY: [&str; 2] = ["lui", "leur"];
/// Third-person auxiliaries: « nous » or « vous » before one is its object, not its subject
/// (« nous a informés », never « nous a » for « nous avons »).
const THIRD_PERSON_AUX: [&str; 6] = ["a", "ont", "avait", "avaient", "aura", "auront"];

/// Whether the word at `p` is a French object pronoun set before its verb.
pub(crate) fn object_clitic(f: &Facts, p: usize) -> bool {
    let t = &f.tokens;
    let word = t[p].lower.as_str();
    let next = (p + 1..t.len())
        .find(|&i| t[i].word)
        .map(|i| t[i].lower.as_str());
    OBJECT_ONLY.contains(&word)
        || (matches!(word, "nous" | "vous") && next.is_some_and(|n| THIRD_PERSON_AUX.contains(&n)))
}

/// "the embassy in Freeville, which said": a place after "in" / « à » says where the
/// body before it sits; the body is the antecedent.
fn located_body<'c>(f: &Facts, cands: &'c [Cand], c: &'c Cand) -> &'c Cand {
    let Some(prep) = previous_word(&f.tokens, c.first)
        .filter(|&i| matches!(f.tokens[i].lower.as_str(), "in" | "à" | "en"))
    else {
        return c;
    };
    cands
        .iter()
        .find(|b| b.last + 1 == prep && matches!(b.kind, Kind::Named | Kind::Role(_)))
        .unwrap_or(c)
}

/// "Jan Roe of the Velmar Party, who condemned …": a relative that only stands for a
/// person ("who") takes up the person the body's complement qualifies, not the body.
fn person_of_body<'c>(f: &Facts, cands: &'c [Cand], rel: usize, c: &'c Cand) -> Option<&'c Cand> {
    if !f.is(rel, Family::PersonRelative) || c.kind == Kind::Person {
        return None;
    }
    let person = cands
        .iter()
        .rev()
        .find(|b| b.last < c.first && b.kind == Kind::Person)?;
    let link = person.last + 1..c.first;
    (!link.is_empty() && link.clone().all(|i| f.is(i, Family::NameLink))).then_some(person)
}

/// « estime-t-il », « affirme-t-elle », « ajoute-t-on »: a subject pronoun joined by a
/// hyphen after its verb (an inversion, as after quoted words) is the verb's subject.
fn clitic_after<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    let t = &f.tokens;
    let mut i = cue.last + 1;
    // "-t-" between a verb ending in a vowel and the pronoun.
    let hyphen = |i: usize| t.get(i).is_some_and(|x| matches!(x.raw, "-" | "‑"));
    if !hyphen(i) {
        return None;
    }
    i += 1;
    if t.get(i).is_some_and(|x| x.lower == "t") && hyphen(i + 1) {
        i += 2;
    }
    let c = cands
        .iter()
        .find(|c| c.first == i && c.kind == Kind::Pronoun)?;
    Some(found(Some(c), i..i + 1))
}

/// "X said it was aware of the campaign but declined to comment": the earlier verb a
/// cue after "but", "and", "mais", "et" is coordinated with (it shares its subject).
fn coordinated_with<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    // Past the verb's auxiliaries: "et a accusé", "and has accused".
    let mut p = previous_word(t, cue.first)?;
    while f.is(p, Family::Aux) {
        p = previous_word(t, p)?;
    }
    let p = Some(p).filter(|&p| {
        matches!(
            t[p].lower.as_str(),
            "but" | "and" | "yet" | "mais" | "et" | "puis"
        )
    })?;
    // A verb inside quoted words has the quoted party's subject, not the reporter's:
    // "X said “we deny it” but added …" coordinates "added" with "said".
    let quoted = in_quoted_words(t, cue.first);
    f.hits.iter().rev().find(|h| {
        h.last < p
            && matches!(
                h.family,
                Family::Report | Family::Accuse | Family::Deny | Family::Acknowledge
            )
            && in_quoted_words(t, h.first) == quoted
    })
}

/// Whether token `i` stands inside quoted words: the nearest mark before it opens a
/// quotation (a straight mark opens when an even number of them stand before it).
pub(crate) fn in_quoted_words(t: &[super::tokens::Token], i: usize) -> bool {
    match (0..i)
        .rev()
        .find(|&k| matches!(t[k].raw, "«" | "“" | "»" | "”" | "\""))
    {
        Some(k) if t[k].raw == "\"" => t[..k].iter().filter(|x| x.raw == "\"").count() % 2 == 0,
        Some(k) => matches!(t[k].raw, "«" | "“"),
        None => false,
    }
}

/// « X dit ne pas vouloir confirmer », « a expliqué ne pas vouloir commenter »: a cue
/// in the infinitive right after a verb of saying is said by that verb's subject.
/// « L'agence a répondu qu'elle ne commentait pas », "the ministry said it would not
/// comment": the pronoun that opens the reported clause is the reporter, when that is a
/// named party of a fitting gender.
fn pronoun_reporter<'c>(
    f: &Facts,
    cands: &'c [Cand],
    s: &Speaker<'c>,
    hops: usize,
) -> Option<Speaker<'c>> {
    let pronoun = s.cand.filter(|c| c.kind == Kind::Pronoun)?;
    let report = reported_by(f, pronoun).filter(|_| hops > 0)?;
    let r = speaker_within(f, cands, report, hops - 1);
    r.cand
        .is_some_and(|c| c.kind != Kind::Pronoun && !c.weak && c.gender.fits(pronoun.gender))
        .then_some(r)
}

/// The reporting verb whose clause a subject pronoun opens: right after the verb, or after
/// its « que »/"that" ("said it would", « a répondu qu'elle »).
fn reported_by<'f>(f: &'f Facts, pronoun: &Cand) -> Option<&'f Hit> {
    let t = &f.tokens;
    // The word right before, across no mark but an elided « qu' »'s apostrophe.
    let before = |i: usize| {
        let p = previous_word(t, i)?;
        (p + 1..i)
            .all(|k| matches!(t[k].raw, "'" | "’"))
            .then_some(p)
    };
    let p = before(pronoun.first)?;
    let reports = |h: &&Hit| matches!(h.family, Family::Report | Family::Reply);
    if !super::subject::COMPLEMENTIZERS.contains(&t[p].lower.as_str()) {
        return f.hits.iter().filter(reports).find(|h| h.last == p);
    }
    // "said on Monday that it", « a indiqué par courriel qu'elle »: a short adjunct, with no
    // mark in it, may stand between the verb and its « que ».
    let q = before(p)?;
    f.hits.iter().filter(reports).find(|h| {
        h.last <= q && (h.last + 1..=q).all(|k| t[k].word) && q - h.last <= REPORT_ADJUNCT_WORDS
    })
}

/// Most words of an adjunct between a reporting verb and the « que »/"that" of its clause
/// ("said in a statement that", « a indiqué mardi par courriel que »).
const REPORT_ADJUNCT_WORDS: usize = 4;

fn reporting_verb_before<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let p = previous_word(&f.tokens, cue.first)?;
    // ("X, to which the incident was reported, would not confirm": a comma between ends
    // the clause the verb reports in.)
    let closed = (p + 1..cue.first).any(|i| f.tokens[i].is(","));
    f.hits
        .iter()
        .find(|h| h.family == Family::Report && h.last == p && h.first != cue.first)
        .filter(|_| !closed)
}

/// « Plus prudent, un chercheur, Jan Roe, estime que … », "More cautious, the agency said
/// …": a cue fronted at the sentence's start and closed by a comma describes the subject
/// of the verb that follows, whose speaker it shares.
fn verb_after_fronted<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let fronted = !(f.label_end..cue.first).any(|i| t[i].word)
        && t.get(cue.last + 1).is_some_and(|n| n.is(","));
    if !fronted {
        return None;
    }
    f.hits.iter().find(|h| {
        h.first > cue.last
            && matches!(
                h.family,
                Family::Report
                    | Family::Deny
                    | Family::Accuse
                    | Family::Acknowledge
                    | Family::Condemn
                    | Family::NonConfirm
            )
    })
}

/// "…, attribuée au groupe X", "…, blamed on Freedonia": an accusing participle whose
/// next word names the accused, not an inverted speaker.
fn attributed_to(f: &Facts, cue: &Hit) -> bool {
    let t = &f.tokens;
    cue.family == Family::Accuse
        && (cue.last + 1..t.len())
            .find(|&i| t[i].word)
            .is_some_and(|i| matches!(t[i].lower.as_str(), "à" | "au" | "aux" | "to" | "on"))
}

/// "…», a déclaré le ministère", "…,” said the spokesperson": the subject right after
/// the verb, or the name set after it between commas; `None` when none follows.
fn inverted_subject<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<Speaker<'c>> {
    let t = &f.tokens;
    // Only a verb of saying inverts its subject ("…, a déclaré le ministre"); after an
    // accusing verb comes whom it accuses ("…, a accusé la Freedonie").
    // Nor does a verb of declining: "…, n'a pas souhaité faire de commentaire" ends with
    // its object.
    // But quoted words before it are what was said: « “…”, s'est borné à indiquer X ».
    let after_quote = quote_closes_before(t, cue.first);
    if cue.family == Family::Accuse || (cue.family == Family::NonConfirm && !after_quote) {
        return None;
    }
    // "…, dismissing the Nordvik report": a present participle is followed by its object,
    // never by its subject.
    let word = &t[cue.first].lower;
    if cue.family != Family::Report && cue.first == cue.last && word.ends_with("ing") {
        return None;
    }
    // The subject may follow the addressee: "a déclaré à l'AFP le ministre".
    let past = cands
        .iter()
        .filter(|c| c.first > cue.last && c.first <= cue.last + ADDRESSEE_REACH)
        .filter(|c| spoken_to(f, c))
        .map(|c| c.last)
        .max()
        .unwrap_or(cue.last);
    // ("said H.E. Jan Roe": an abbreviated title and its stops lead the name in.)
    let past = titles_after(f, past);
    let inverted = cands.iter().any(|c| {
        c.first > cue.last
            && (c.first <= past + INVERTED_SUBJECT_REACH || adverbials_between(f, cue, c))
            && !no_inverted_subject(f, cands, cue, c)
            && matches!(c.kind, Kind::Person | Kind::Named | Kind::Role(_))
    });
    if !inverted {
        return None;
    }
    let end = segment_end(f, cue.last + 1);
    // (After the comma, "H.E." or "Dr." and their stops lead the holder's name in: the
    // segment and the reach start past them.)
    let (end2, holder_from) = if end < t.len() && t[end].is(",") {
        let from = titles_after(f, end);
        (segment_end(f, from + 1), from)
    } else {
        (end, end)
    };
    let own: Vec<&Cand> = within(cands, cue.last + 1, end)
        .into_iter()
        .filter(|c| !spoken_to(f, c) && !super::subject::medium(f, c))
        .collect();
    let own = before_adjunct(f, own);
    // "a déclaré la porte-parole du ministère, Jeanne Dupont": a role, then its holder's
    // name (but "said Jan Dupont, director at the agency" already names the person).
    // "said the Minister of Foreign Affairs, Jan Roe": a name inside the title is its
    // complement, and the holder's name follows.
    // ("said H.E. Jan Roe, Minister of Post": a title that leads a name in is no role.)
    let leads_name = own
        .iter()
        .any(|c| c.kind == Kind::Person && c.first == titles_after(f, cue.last) + 1);
    let titled = !leads_name
        && (cue.last + 1..end)
            .find(|&i| t[i].word && !f.is(i, Family::Determiner))
            .is_some_and(|i| f.is(i, Family::Title) || f.is(i, Family::RolePerson));
    let own_named = !titled
        && (own.iter().any(|c| c.kind == Kind::Person)
            || own.first().is_some_and(|c| c.kind == Kind::Named));
    // Only a name set right after the comma is the holder's: "…, cited by the agency X"
    // names who relays the words, not who said them.
    let named_after: Vec<&Cand> = within(cands, end + 1, end2)
        .into_iter()
        .filter(|c| {
            c.kind <= Kind::Named && !own_named && c.first <= holder_from + HOLDER_NAME_REACH
        })
        .collect();
    if let Some(c) = best(named_after, cue.last) {
        return Some(found(Some(c), cue.last + 1..end2));
    }
    best(own, cue.last).map(|c| found(Some(c), cue.last + 1..end))
}

/// The last token of the titles and their stops right after token `i` ("H.E.", "Dr."),
/// else `i`.
fn titles_after(f: &Facts, mut i: usize) -> usize {
    while f.tokens.get(i + 1).is_some_and(|n| {
        (n.word && f.is(i + 1, Family::Title)) || (n.is(".") && f.is(i, Family::Title))
    }) {
        i += 1;
    }
    i
}

/// « …, a déclaré le ministre à l'issue du Conseil », "…, said the minister after the
/// cabinet meeting": the inverted subject is the party right after the verb; a party in an
/// adjunct of time, place or occasion after it is no part of the subject.
fn before_adjunct<'c>(f: &Facts, own: Vec<&'c Cand>) -> Vec<&'c Cand> {
    let Some(first) = own.first() else {
        return own;
    };
    // "said Special Agent in Charge Jan Roe", "said Acting Under Secretary of the Treasury
    // for Terrorism Jan Roe": a capitalised title runs on to the name of its holder.
    if let Some(holder) = titled_holder(f, &own) {
        return vec![holder];
    }
    let adjunct = f
        .hits
        .iter()
        .find(|h| h.family == Family::AdjunctPrep && h.first > first.last)
        .map(|h| h.first);
    match adjunct {
        Some(a) => own.into_iter().filter(|c| c.first < a).collect(),
        None => own,
    }
}

/// The person a capitalised title names when it runs on to that person's name (its words
/// capitalised or joining ones: "Special Agent in Charge Jan Roe").
fn titled_holder<'c>(f: &Facts, own: &[&'c Cand]) -> Option<&'c Cand> {
    let t = &f.tokens;
    let first = own.first()?;
    let title = matches!(first.kind, Kind::Role(_) | Kind::Named) && t[first.first].capitalised();
    let person = own
        .iter()
        .find(|c| c.kind == Kind::Person && c.first > first.last)?;
    let joined = (first.last + 1..person.first)
        .all(|i| !t[i].word || t[i].capitalised() || f.is(i, Family::NameLink));
    (title && joined && (first.last + 1..person.first).all(|i| t[i].word)).then_some(*person)
}

/// Whether a closing quotation mark stands between token `i` and the word before it.
fn quote_closes_before(t: &[super::tokens::Token], i: usize) -> bool {
    let from = previous_word(t, i).map_or(0, |p| p + 1);
    (from..i).any(|k| matches!(t[k].raw, "»" | "”" | "\""))
}

/// Whether only plain words lie between a verb of saying and `c` within the far reach:
/// no punctuation and no other cue (adverbials of time, audience or place, which
/// French sets between an inverted verb and its subject).
fn adverbials_between(f: &Facts, cue: &Hit, c: &Cand) -> bool {
    let t = &f.tokens;
    // A title may lead the name in: « a déclaré dimanche à la télévision le général de
    // brigade X »: the reach ends at the title, the name follows it.
    let titled = (cue.last + 1..c.first)
        .rev()
        .take(TITLE_TO_NAME_REACH)
        .find(|&i| f.is(i, Family::Title));
    titled.unwrap_or(c.first) <= cue.last + INVERTED_SUBJECT_FAR_REACH
        && (cue.last + 1..c.first).all(|i| t[i].word || matches!(t[i].raw, "'" | "’" | "-"))
        && !f
            .hits
            .iter()
            .any(|h| h.first > cue.last && h.first < c.first && cue_word(h.family))
}

/// A cue family that marks a clause of its own (the conflict's topic words, "cyber",
/// may stand in an adverbial).
fn cue_word(family: Family) -> bool {
    family != Family::Topic && CUE_FAMILIES.contains(&family)
}

/// "a affirmé à l'AFP un porte-parole", "…,” she told Reuters": whom it was said to.
fn spoken_to(f: &Facts, c: &Cand) -> bool {
    word_before_determiners(f, c.first).is_some_and(|i| {
        matches!(f.tokens[i].lower.as_str(), "à" | "au" | "to") || f.is(i, Family::TellsObject)
    })
}

/// A party after a verb of saying that cannot be its inverted subject: what is said after
/// "que"/"that" ("le ministre, X, a déclaré que l'agence …"), whom it was said to, quoted
/// words ("…, a refusé de commenter une « enquête en cours »"), and where it was said
/// ("on Telegram", "told reporters in Lima").
fn no_inverted_subject(f: &Facts, cands: &[Cand], cue: &Hit, c: &Cand) -> bool {
    let t = &f.tokens;
    let complementizer =
        (cue.last..c.first).any(|i| matches!(t[i].lower.as_str(), "que" | "qu" | "that"));
    let open = (cue.last + 1..c.first)
        .rev()
        .find(|&i| matches!(t[i].raw, "«" | "“" | "»" | "”"));
    let quoted = open.is_some_and(|i| matches!(t[i].raw, "«" | "“"));
    let where_said =
        |c: &Cand| word_before_determiners(f, c.first).is_some_and(|i| f.is(i, Family::PlacePrep));
    complementizer
        || spoken_to(f, c)
        || quoted
        || where_said(c)
        || super::subject::medium(f, c)
        || in_addressee_name(f, cands, cue, c, where_said)
}

/// "told the Taiwan Stock Exchange", « a déclaré à la Bourse de Taipei »: a party whose name
/// runs on from a place or name heading the phrase of whom or where it was said is part
/// of that phrase.
fn in_addressee_name(
    f: &Facts,
    cands: &[Cand],
    cue: &Hit,
    c: &Cand,
    where_said: impl Fn(&Cand) -> bool,
) -> bool {
    // (A person named right after the outlet is the inverted subject: « a affirmé à l'AFP
    // Jan Roe ».)
    c.kind != Kind::Person
        && cands
            .iter()
            .find(|d| d.first > cue.last && d.last + 1 == c.first)
            .is_some_and(|d| spoken_to(f, d) || where_said(d))
}

/// "…, affirmant que": the subject of the main clause, the sentence's first party
/// (after a leading "Bien que …," / "Although …,").
fn main_clause_subject<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Speaker<'c> {
    let t = &f.tokens;
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
    found(subject, start..subject.map_or(start, |c| c.last + 1))
}
