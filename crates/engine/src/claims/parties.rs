//! Parties in a sentence: the candidates (entity mentions, country words,
//! capitalised names, roles, pronouns), who speaks for a cue and who is targeted.

use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::tokens::Hit;
use crate::entities::EntityType;

/// What kind of party a candidate is; the order is the preference for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Person,
    Named,
    Role(Family),
    Place,
    Pronoun,
}

/// A party named in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub first: usize,
    pub last: usize,
    pub id: String,
    pub name: String,
    pub side: Option<String>,
    pub kind: Kind,
    /// Followed by "'s": it qualifies the next noun ("China's Global Times").
    pub possessive: bool,
    /// Introduced by "le", "the": a role that refers back to a known speaker.
    pub definite: bool,
}

/// A lowercase ASCII slug: "Mao Ning" -> "mao_ning", "Pékin" -> "pekin".
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

fn side_in(f: &Facts, first: usize, last: usize) -> Option<String> {
    f.sides
        .iter()
        .find(|s| s.first >= first && s.last <= last)
        .and_then(|s| s.side.map(str::to_string))
}

/// The side an entity id points to ("nsa" -> NSA -> united_states).
pub(crate) fn side_of_id(id: &str) -> Option<String> {
    let words = id.replace('_', " ");
    [words.clone(), words.to_uppercase()].iter().find_map(|w| {
        let tokens = super::tokens::tokenize(w, 0);
        let hits = super::tokens::find(super::lexicon::sides(), &tokens);
        // Only when the side names the whole id, not a part of it.
        hits.into_iter()
            .find(|h| h.first == 0 && h.last + 1 == tokens.len())
            .and_then(|h| h.side.map(str::to_string))
    })
}

fn text_of(f: &Facts, first: usize, last: usize) -> String {
    let mut out = String::new();
    for (i, t) in f.tokens[first..=last].iter().enumerate() {
        if i > 0 && f.tokens[first + i - 1].end < t.start {
            out.push(' ');
        }
        out.push_str(&t.raw);
    }
    out
}

fn covered(cands: &[Cand], i: usize) -> bool {
    cands.iter().any(|c| c.first <= i && i <= c.last)
}

/// Cue families: a capitalised cue word ("Cyberattaques :", "According to") is no name.
const CUE_FAMILIES: [Family; 19] = [
    Family::Report,
    Family::According,
    Family::Accuse,
    Family::AccuseNoun,
    Family::AttribPre,
    Family::AttribPost,
    Family::Deny,
    Family::DenyContent,
    Family::NonConfirm,
    Family::Acknowledge,
    Family::Condemn,
    Family::CondemnContent,
    Family::Urge,
    Family::Attack,
    Family::Smear,
    Family::Support,
    Family::Evidence,
    Family::Response,
    Family::Topic,
];

fn is_name_word(f: &Facts, i: usize) -> bool {
    let t = &f.tokens[i];
    t.capitalised()
        && t.raw.chars().count() > 1
        && !CUE_FAMILIES.iter().any(|&c| f.is(i, c))
        && ![
            Family::Determiner,
            Family::NotName,
            Family::Subordinator,
            Family::Pronoun,
            Family::Aux,
            Family::Relative,
        ]
        .iter()
        .any(|&c| f.is(i, c))
}

/// Every party candidate of the sentence, in text order.
pub(crate) fn candidates(f: &Facts) -> Vec<Cand> {
    let t = &f.tokens;
    let mut out: Vec<Cand> = Vec::new();
    let mut dates: Vec<usize> = Vec::new();
    let push = |out: &mut Vec<Cand>, first, last, id: String, name: String, side, kind| {
        out.push(Cand {
            first,
            last,
            id,
            name,
            side,
            kind,
            possessive: false,
            definite: false,
        })
    };
    for m in &f.mentions {
        let kind = match m.mention.kind {
            EntityType::Person => Kind::Person,
            EntityType::Gpe | EntityType::Loc => Kind::Place,
            EntityType::Date => {
                // A date is no party, but its words are no name either ("In April").
                dates.extend(m.first..=m.last);
                continue;
            }
            _ => Kind::Named,
        };
        let side = side_in(f, m.first, m.last).or_else(|| side_of_id(&m.mention.id));
        push(
            &mut out,
            m.first,
            m.last,
            m.mention.id.clone(),
            m.mention.text.clone(),
            side,
            kind,
        );
    }
    // Roles first, so that an adjacent country word ("ministère chinois") joins them.
    for h in f.hits.iter().filter(|h| {
        matches!(
            h.family,
            Family::RolePerson | Family::RoleOrg | Family::RoleDoc
        )
    }) {
        if covered(&out, h.first) || (h.first..=h.last).any(|i| is_name_word(f, i) && i > 0) {
            continue;
        }
        let near = |s: &&Hit| {
            s.last + 1 == h.first
                || s.first == h.last + 1
                || (s.first > h.last
                    && s.first <= h.last + 3
                    && !t[h.last + 1..s.first].iter().any(|x| x.is_boundary()))
        };
        let (mut first, mut last, mut side) = (h.first, h.last, None);
        if let Some(s) = f
            .sides
            .iter()
            .find(near)
            .filter(|s| !covered(&out, s.first))
        {
            first = first.min(s.first);
            last = last.max(s.last);
            side = s.side.map(str::to_string);
        }
        let name = text_of(f, first, last);
        push(
            &mut out,
            first,
            last,
            slug(&name),
            name,
            side,
            Kind::Role(h.family),
        );
    }
    for s in &f.sides {
        if covered(&out, s.first) {
            continue;
        }
        let name = text_of(f, s.first, s.last);
        let side = s.side.map(str::to_string);
        push(
            &mut out,
            s.first,
            s.last,
            side.clone().unwrap_or_default(),
            name,
            side,
            Kind::Place,
        );
    }
    // Capitalised runs not yet covered: "Mao Ning", "Washington Post", "Global Times".
    let mut i = 0;
    while i < t.len() {
        if covered(&out, i) || !is_name_word(f, i) || dates.contains(&i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        while j < t.len() && t[j].word && !covered(&out, j) {
            if is_name_word(f, j) || t[j].raw.chars().all(|c| c.is_ascii_digit()) {
                last = j;
            } else if !matches!(t[j].lower.as_str(), "de" | "des" | "du" | "of" | "la" | "d") {
                break;
            }
            j += 1;
        }
        let mut first = i;
        // Titles before a name: "Chief Cabinet Secretary Hirokazu Matsuno" -> the person.
        let mut titled =
            (i.saturating_sub(8)..i).any(|k| f.is(k, Family::Title) || f.is(k, Family::RolePerson));
        while first <= last && f.is(first, Family::Title) {
            first += 1;
            titled = true;
        }
        if first > last {
            // Titles alone ("Vice President" before a recognised name) name nobody.
            i = last + 1;
            continue;
        }
        let name = text_of(f, first, last);
        let side = side_in(f, i, last);
        let kind = if titled && side.is_none() {
            Kind::Person
        } else {
            Kind::Named
        };
        push(&mut out, first, last, slug(&name), name, side, kind);
        i = last + 1;
    }
    for h in f.hits.iter().filter(|h| h.family == Family::Pronoun) {
        if !covered(&out, h.first) {
            let name = t[h.first].raw.clone();
            push(
                &mut out,
                h.first,
                h.last,
                String::new(),
                name,
                None,
                Kind::Pronoun,
            );
        }
    }
    out.sort_by_key(|c| (c.first, c.last));
    for k in 0..out.len() {
        let c = &out[k];
        let possessive = c.last + 2 < t.len()
            && matches!(t[c.last + 1].raw.as_str(), "'" | "’")
            && t[c.last + 2].lower == "s";
        // "China's Global Times", "l'agence chinoise Global Times": the name takes the side.
        let reach = if possessive { 8 } else { 4 };
        let qualifies = possessive || matches!(c.kind, Kind::Role(_));
        let clause_goes_on = |n: &Cand| !t[c.last + 1..n.first].iter().any(|x| x.is_boundary());
        if qualifies
            && k + 1 < out.len()
            && out[k + 1].side.is_none()
            && out[k + 1].first <= c.last + reach
            && clause_goes_on(&out[k + 1])
        {
            out[k + 1].side = c.side.clone();
        }
        let c = &mut out[k];
        c.possessive = possessive;
        c.definite = previous_word(t, c.first).is_some_and(|p| {
            matches!(
                t[p].lower.as_str(),
                "le" | "la" | "l" | "les" | "the" | "this" | "ce" | "cette" | "du"
            )
        });
    }
    out
}

/// The preferred candidate: a person, then a name, a role, a place, a pronoun;
/// among equals the one nearest to `near`.
fn best(cands: Vec<&Cand>, near: usize) -> Option<&Cand> {
    cands
        .into_iter()
        .min_by_key(|c| (c.kind, c.first.abs_diff(near)))
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

/// The candidate that speaks for a cue, or None when the sentence does not say.
pub(crate) fn speaker<'c>(f: &Facts, cands: &'c [Cand], cue: &Hit) -> Option<&'c Cand> {
    let t = &f.tokens;
    let segment_end = |from: usize| {
        (from..t.len())
            .find(|&i| t[i].is_boundary())
            .unwrap_or(t.len())
    };
    if cue.family == Family::According {
        let end = segment_end(cue.last + 1);
        return best(
            cands
                .iter()
                .filter(|c| c.first > cue.last && c.last < end)
                .collect(),
            cue.last,
        );
    }
    // Words right before the cue, skipping auxiliaries and "-t-": a pronoun or "qui".
    let mut k = cue.first;
    while let Some(p) = previous_word(t, k) {
        if f.is(p, Family::Aux) && !f.is(p, Family::Pronoun) {
            k = p;
            continue;
        }
        if f.is(p, Family::Pronoun) && cue.first - p <= 4 {
            return cands.iter().find(|c| c.first == p);
        }
        if f.is(p, Family::Relative) && p + 1 >= k.saturating_sub(1) {
            return cands
                .iter()
                .rev()
                .find(|c| c.last < p && c.kind != Kind::Pronoun && !c.possessive);
        }
        break;
    }
    let before = (0..cue.first)
        .rev()
        .find(|&i| !f.is(i, Family::Aux) || !t[i].word);
    // "…», a déclaré le ministère", "…,” said the spokesperson": the speaker follows.
    let after_mark =
        before.is_some_and(|i| t[i].is_boundary() || matches!(t[i].raw.as_str(), "»" | "”" | "\""));
    let inverted = after_mark
        && cands.iter().any(|c| {
            c.first > cue.last
                && c.first <= cue.last + 3
                && matches!(c.kind, Kind::Person | Kind::Named | Kind::Role(_))
        });
    if inverted {
        let end = segment_end(cue.last + 1);
        let end2 = if end < t.len() && t[end].is(",") {
            segment_end(end + 1)
        } else {
            end
        };
        let own: Vec<&Cand> = cands
            .iter()
            .filter(|c| c.first > cue.last && c.last < end)
            .collect();
        let named_after: Vec<&Cand> = cands
            .iter()
            .filter(|c| c.first > end && c.last < end2 && c.kind <= Kind::Named)
            .collect();
        if let Some(c) = best(named_after, cue.last).filter(|_| !own.is_empty()) {
            return Some(c);
        }
        if let Some(c) = best(own, cue.last) {
            return Some(c);
        }
    }
    let word = &t[cue.first].lower;
    let participle = cue.first == cue.last && (word.ends_with("ant") || word.ends_with("ing"));
    if participle && after_mark {
        // "…, affirmant que": the subject of the main clause, the sentence's first party
        // (after a leading "Bien que …," / "Although …,").
        let start = if f.is(0, Family::Subordinator) {
            (0..t.len()).find(|&i| t[i].is(",")).map_or(0, |i| i + 1)
        } else {
            0
        };
        return cands.iter().find(|c| {
            c.first >= start && c.last < cue.first && !c.possessive && c.kind != Kind::Pronoun
        });
    }
    // Subject before the cue: the nearest clause that names someone.
    let mut end = cue.first;
    for round in 0..4 {
        let start = (0..end)
            .rev()
            .find(|&i| t[i].is_boundary())
            .map_or(0, |i| i + 1);
        let here: Vec<&Cand> = cands
            .iter()
            .filter(|c| c.first >= start && c.last < end && !c.possessive)
            .collect();
        if round == 0 || !participial(f, start) {
            if let Some(c) = best(here, cue.first) {
                return Some(c);
            }
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    None
}

/// A country adjective ("japonais", "Japanese"): it qualifies a thing, not a party.
fn adjective(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_lowercase)
        || ["ese", "ian", "can", "ish", "ean", "eli"]
            .iter()
            .any(|end| raw.ends_with(end))
}

/// Whether a candidate is a victim ("contre le Japon", "against Japan") or a
/// place that only qualifies a thing ("l'histoire du Japon", "Japanese history").
fn victim(f: &Facts, c: &Cand) -> bool {
    if c.kind == Kind::Place {
        let genitive = previous_word(&f.tokens, c.first).is_some_and(|p| {
            matches!(
                f.tokens[p].lower.as_str(),
                "de" | "du" | "d" | "des" | "of" | "in" | "dans"
            )
        });
        if genitive || adjective(&c.name) {
            return true;
        }
    }
    let mut p = previous_word(&f.tokens, c.first);
    for _ in 0..2 {
        match p {
            Some(i) if f.is(i, Family::VictimPrep) => return true,
            Some(i) if f.is(i, Family::Determiner) => p = previous_word(&f.tokens, i),
            _ => return false,
        }
    }
    false
}

/// Who a claim accuses or answers: an attributed party ("derrière", "developed
/// by") first, then the first party of the content that is neither the speaker's
/// side nor a victim.
pub(crate) fn target<'c>(
    f: &Facts,
    cands: &'c [Cand],
    speaker: Option<&Cand>,
    speaker_side: Option<&str>,
    content: std::ops::Range<usize>,
) -> Option<&'c Cand> {
    let eligible = |c: &&Cand| {
        c.kind != Kind::Pronoun
            && !matches!(c.kind, Kind::Role(_) if c.side.is_none())
            && speaker.is_none_or(|s| s.first != c.first)
            && (speaker_side.is_none() || c.side.as_deref() != speaker_side)
            && !c.possessive
    };
    for h in &f.hits {
        let found = match h.family {
            Family::AttribPost | Family::Accuse => cands
                .iter()
                .filter(eligible)
                .find(|c| c.first > h.last && c.first <= h.last + 6),
            Family::AttribPre => cands
                .iter()
                .rev()
                .filter(eligible)
                .find(|c| c.last < h.first && c.last + 8 >= h.first),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    cands
        .iter()
        .filter(eligible)
        .filter(|c| c.first >= content.start && c.last < content.end)
        .find(|c| !victim(f, c))
}

/// The party after a victim preposition: the one apologised to.
pub(crate) fn addressee<'c>(f: &Facts, cands: &'c [Cand], after: usize) -> Option<&'c Cand> {
    cands
        .iter()
        .filter(|c| c.first > after && c.side.is_some())
        .find(|c| (c.first.saturating_sub(5)..c.first).any(|i| f.is(i, Family::VictimPrep)))
}
