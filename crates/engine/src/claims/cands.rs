//! Party candidates of a sentence: entity mentions, country words, roles
//! ("le ministère", "the spokesperson"), pronouns and, failing a mention,
//! capitalised names (`names`). What the neighbours of each candidate say
//! about it (its side, "'s", "the", "a") is settled in `qualify`.

use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::names::{join_role_names, name_runs};
use super::qualify::qualify;
use super::tokens::Hit;
use crate::entities::{EntityType, Gender};

pub(crate) use super::ids::{slug, Sides};
pub(crate) use super::lexicon::CUE_FAMILIES;

/// The cue families as one set (see [`Family::set`]).
const CUE_SET: u128 = Family::set(&CUE_FAMILIES);

/// How many tokens after a role a country word may still join it, across nouns and
/// small words only: a role noun, a coordinated noun phrase, then the adjective
/// How many nouns may stand between a country word and the role it qualifies from
/// before ("US intelligence officials": one; "Freedonian state security officials": two).
const NOUNS_BEFORE_ROLE: usize = 2;
/// ("services militaires et de renseignement freedoniens": five tokens on).
const ROLE_COUNTRY_REACH: usize = 5;

/// What kind of party a candidate is; the order is the preference for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Person,
    Named,
    Role(Family),
    Place,
    Pronoun,
    /// Malware: it names an event, never a speaker or a target.
    Thing,
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
    /// Followed by "'s": it qualifies the next noun ("Freedonia's state broadcaster").
    pub possessive: bool,
    /// Introduced by "le", "the": a role that refers back to a known speaker.
    pub definite: bool,
    /// Introduced by "des", "a", "some", or a name ("Czech authorities"):
    /// someone new, not a known speaker again.
    pub indefinite: bool,
    /// A capitalised run no lexicon or entity vouches for.
    pub weak: bool,
    /// For a role, its noun as written in lowercase ("ministry" in "the Freedonian ministry").
    pub head: String,
    /// For an unnamed group ("Freedonian officials"), its description id (see `groups`).
    pub group: Option<String>,
    /// A pronoun that stands for a person ("he", "she", « lui »).
    pub person: bool,
    /// For a person, the gender its title or given name tells (see `gender`).
    pub gender: Gender,
}

impl Cand {
    /// A candidate with no qualifier yet (see `qualify`).
    pub fn new(
        first: usize,
        last: usize,
        id: String,
        name: String,
        side: Option<String>,
        kind: Kind,
    ) -> Cand {
        Cand {
            first,
            last,
            id,
            name,
            side,
            kind,
            possessive: false,
            definite: false,
            indefinite: false,
            weak: false,
            head: String::new(),
            group: None,
            person: false,
            gender: Gender::Unknown,
        }
    }
}

/// The side of the first country word inside tokens `first..=last`.
pub(crate) fn side_in(f: &Facts, first: usize, last: usize) -> Option<String> {
    f.sides
        .iter()
        .find(|s| s.first >= first && s.last <= last)
        .and_then(|s| s.side.map(str::to_string))
}

/// The text of tokens `first..=last`, with a space wherever the sentence has one.
pub(crate) fn text_of(f: &Facts, first: usize, last: usize) -> String {
    let tokens = &f.tokens[first..=last];
    // Room for every token and a space after each: no regrowth.
    let mut out = String::with_capacity(tokens.iter().map(|t| t.raw.len() + 1).sum());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && f.tokens[first + i - 1].end < t.start {
            out.push(' ');
        }
        out.push_str(t.raw);
    }
    out
}

/// The small words inside a name ("Ministry of Defence", "ministère de la Défense").
pub(crate) fn is_connector(word: &str) -> bool {
    matches!(word, "de" | "des" | "du" | "of" | "la" | "d")
}

/// Whether token `i` already belongs to a candidate.
pub(crate) fn covered(cands: &[Cand], i: usize) -> bool {
    cands.iter().any(|c| c.first <= i && i <= c.last)
}

/// Whether token `i` may be a word of a name: capitalised, longer than an initial,
/// and no cue, determiner, pronoun or other function word.
pub(crate) fn is_name_word(f: &Facts, i: usize) -> bool {
    let t = &f.tokens[i];
    t.capitalised() && t.raw.chars().count() > 1 && !f.is_any(i, NO_NAME_WORD)
}

/// The classes of a word that is no name word: a cue (a topic word's stem, "cyber*", does
/// not unmake a title: "Cyberwatch", "Cyber Command"), a determiner, a pronoun or another
/// function word.
const NO_NAME_WORD: u128 = Family::set(&CUE_FAMILIES) & !Family::Topic.bit()
    | Family::set(&[
        Family::Determiner,
        Family::NotName,
        Family::Subordinator,
        Family::Pronoun,
        Family::Aux,
        Family::Relative,
        Family::Latter,
    ]);

/// "équipe de veille d'Examplia", "team of Examplia": a part of an organisation (a
/// `sub_unit` word) named with "of"/"de" and a capitalised name speaks for that name.
pub(crate) fn owning_name(phrase: &str) -> Option<&str> {
    let head = phrase.split_whitespace().next()?;
    if !super::lexicon::is_word_of(&head.to_lowercase(), Family::SubUnit) {
        return None;
    }
    let cut = [" of ", " de ", " du ", " des ", " d'", " d’"]
        .iter()
        .filter_map(|c| phrase.rfind(c).map(|at| at + c.len()))
        .max()?;
    let rest = &phrase[cut..];
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (!rest.is_empty() && rest.split_whitespace().all(capitalised)).then_some(rest)
}

/// Every party candidate of the sentence, in text order.
pub(crate) fn candidates(f: &Facts, sides: &mut Sides) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    let dates = mention_cands(f, sides, &mut out);
    // Roles first, so that an adjacent country word ("ministère freedonien") joins them.
    role_cands(f, &mut out);
    side_cands(f, &mut out);
    name_runs(f, &dates, &mut out);
    pronoun_cands(f, &mut out);
    // A transcript's label ("Q:", "Jane Roe:") names a turn, not a party of the sentence;
    // a wire's dateline ("LIMA, May 3 (Agency) -") names where and who filed, not a party.
    let dateline = dateline_end(f);
    out.retain(|c| c.first >= f.label_end && c.first >= dateline);
    crate::order::sort_by_key(&mut out, |c| (c.first, c.last));
    drop_bracketed_asides(f, &mut out);
    drop_country_before_its_body(f, &mut out);
    super::names::drop_title_chains(f, &mut out);
    join_role_names(f, &mut out);
    qualify(f, &mut out);
    super::gender::assign(f, &mut out);
    out
}

/// « Jaan Tamm (Renew, EE) a jugé … », "Jan Roe (EPP, Germany) said": what a bracket
/// right after a person's name says of them (a political group, a country) is no party
/// of the sentence. (After an organisation's name a bracket holds its acronym, the same
/// party.)
fn drop_bracketed_asides(f: &Facts, out: &mut Vec<Cand>) {
    let t = &f.tokens;
    let mut asides: Vec<(usize, usize)> = Vec::new();
    for c in out.iter() {
        let open = c.last + 1;
        // (A weak name, one no entity vouches for, may be a person's too.)
        let person = c.kind == Kind::Person || (c.kind == Kind::Named && c.weak);
        if !person || !t.get(open).is_some_and(|x| x.is("(")) {
            continue;
        }
        if let Some(close) = (open + 1..t.len()).find(|&i| t[i].is(")")) {
            asides.push((open, close));
        }
    }
    out.retain(|c| !asides.iter().any(|&(o, e)| o < c.first && c.last < e));
}

/// "the Freedonian Defence Ministry", "Freedonian GovCERT": a country word set right before the
/// name of one of its own bodies qualifies it and is no party of its own.
fn drop_country_before_its_body(f: &Facts, out: &mut Vec<Cand>) {
    let qualifiers: Vec<usize> = out
        .windows(2)
        .filter(|w| {
            let (place, body) = (&w[0], &w[1]);
            place.kind == Kind::Place
                && !place.possessive
                && body.kind == Kind::Named
                && body.first == place.last + 1
                && place.side.is_some()
                && super::ids::side_of_id(&body.id).as_deref() == place.side.as_deref()
                && f.mentions
                    .iter()
                    .any(|m| m.first == body.first && m.mention.kind == crate::EntityType::Org)
        })
        .map(|w| w[0].first)
        .collect();
    out.retain(|c| !(c.kind == Kind::Place && qualifiers.contains(&c.first)));
}

/// Longest dateline, in tokens ("SAN JOSÉ, Costa Rica, 3 May 2025 (Agency) --").
const DATELINE_TOKENS: usize = 14;

/// The first token after a wire's dateline: a place and date, the agency in brackets,
/// then a dash; 0 when the sentence opens with none.
fn dateline_end(f: &Facts) -> usize {
    let t = &f.tokens;
    let head = &t[..t.len().min(DATELINE_TOKENS)];
    let Some(close) = head.iter().position(|x| x.is(")")) else {
        return agency_dateline_end(head);
    };
    let opens = head[..close].iter().any(|x| x.is("("));
    let dash = (close + 1..head.len())
        .take_while(|&i| !head[i].word)
        .find(|&i| matches!(head[i].raw, "-" | "—" | "–" | "--"));
    match dash {
        Some(d) if opens => d + 1,
        _ => 0,
    }
}

/// Fewest tokens before an agency dateline's dash: a place, a comma and the agency.
const AGENCY_DATELINE_TOKENS: usize = 3;

/// "Freedonia City, FNA -", « Ville, AGENCE — »: a place, a comma and the agency, then a
/// dash, with only capitalised words, numbers and commas before it; 0 when the head is no
/// such line.
fn agency_dateline_end(head: &[super::tokens::Token]) -> usize {
    let Some(dash) = head
        .iter()
        .position(|x| matches!(x.raw, "-" | "—" | "–" | "--"))
    else {
        return 0;
    };
    let before = &head[..dash];
    let plain = before.iter().all(|x| {
        x.is(",") || (x.word && (x.capitalised() || x.raw.chars().all(|c| c.is_ascii_digit())))
    });
    let comma = before.iter().any(|x| x.is(","));
    if plain && comma && dash >= AGENCY_DATELINE_TOKENS {
        dash + 1
    } else {
        0
    }
}

/// One candidate per entity mention, its side from a country word inside it or its id;
/// returns the tokens of date mentions, which are no party but no name either.
fn mention_cands(f: &Facts, sides: &mut Sides, out: &mut Vec<Cand>) -> Vec<usize> {
    let mut dates: Vec<usize> = Vec::new();
    for m in &f.mentions {
        let kind = match m.mention.kind {
            EntityType::Person => Kind::Person,
            EntityType::Gpe | EntityType::Loc => Kind::Place,
            EntityType::Malware => Kind::Thing,
            EntityType::Date => {
                // A date is no party, but its words are no name either ("In April").
                dates.extend(m.first..=m.last);
                continue;
            }
            _ => Kind::Named,
        };
        let side = side_in(f, m.first, m.last).or_else(|| sides.of(&m.mention.id));
        out.push(Cand::new(
            m.first,
            m.last,
            m.mention.id.clone(),
            m.mention.text.clone(),
            side,
            kind,
        ));
    }
    dates
}

/// Whether the tokens `from..to` between a role and a country word are only nouns and
/// small words: never a cue, verb, auxiliary or preposition of victims.
fn only_nouns_between(f: &Facts, from: usize, to: usize) -> bool {
    (from..to).all(|i| {
        let x = &f.tokens[i];
        if !x.word {
            return matches!(x.raw, "'" | "’" | "-");
        }
        !x.capitalised()
            && !f.is_any(i, CUE_SET)
            && !f.is(i, Family::Preposition)
            && !f.is(i, Family::Aux)
            && !f.is(i, Family::VictimPrep)
            && !f.is(i, Family::Relative)
    })
}

/// Whether a country word is close enough to a role to qualify it: right before or
/// after it ("Freedonian ministry", "ministère freedonien", "ambassade de Freedonie"),
/// or a few nouns further on.
fn country_of_role(f: &Facts, role: &Hit, s: &Hit) -> bool {
    s.last + 1 == role.first
        || s.first == role.last + 1
        // "US intelligence officials", "Freedonian cybersecurity experts": a group (one
        // official's adjective stays the country's: "a senior Freedonian security official").
        || (s.last < role.first
            && f.tokens[role.last].lower.ends_with(['s', 'x'])
            && role.first <= s.last + 1 + NOUNS_BEFORE_ROLE
            && (s.last + 1..role.first).all(|i| super::groups::modifier(&f.tokens[i].lower)))
        || (s.first > role.last
            && s.first <= role.last + ROLE_COUNTRY_REACH
            && only_nouns_between(f, role.last + 1, country_start(f, s)))
}

/// Where the country's mention holding a country word starts: its official form ("the
/// Government of the Republic of Freedonia": "Republic of Freedonia" is the country).
fn country_start(f: &Facts, s: &Hit) -> usize {
    f.mentions
        .iter()
        .find(|m| {
            m.mention.kind == crate::entities::EntityType::Gpe
                && m.first <= s.first
                && s.last <= m.last
        })
        .map_or(s.first, |m| m.first)
}

/// One candidate per role word not inside a name ("le ministère", "the spokesperson"),
/// stretched over the country word that qualifies it, whose side it takes.
fn role_cands(f: &Facts, out: &mut Vec<Cand>) {
    let roles = f.hits.iter().filter(|h| {
        matches!(
            h.family,
            Family::RolePerson | Family::RoleOrg | Family::RoleDoc
        )
    });
    for h in roles {
        // "said in a statement", « dans un communiqué »: the medium, not a party.
        if h.family == Family::RoleDoc && medium(f, h) {
            continue;
        }
        // "an official statement", "the official website": a role word before a
        // document's or a body's noun qualifies it.
        let qualifies = f.tokens.get(h.last + 1).is_some_and(|t| t.word)
            && [Family::RoleDoc, Family::Statement, Family::RoleOrg]
                .iter()
                .any(|&n| f.is(h.last + 1, n));
        if h.family == Family::RolePerson && qualifies {
            continue;
        }
        if let Some(m) = super::bodies::minister(f, h).filter(|m| !covered(out, m.first)) {
            let name = text_of(f, m.first, m.last);
            let side = Some(m.side);
            let mut c = Cand::new(
                m.first,
                m.last,
                slug(&name),
                name,
                side,
                Kind::Role(h.family),
            );
            c.head = text_of(f, h.first, h.last).to_lowercase();
            c.group = Some(m.id);
            out.push(c);
            continue;
        }
        let in_name = (h.first..=h.last).any(|i| is_name_word(f, i) && i > 0);
        if covered(out, h.first) || (in_name && !capitalised_role(f, h)) {
            continue;
        }
        let (mut first, mut last, mut side) = (h.first, h.last, None);
        if let Some(s) = f.sides.iter().find(|s| country_of_role(f, h, s)) {
            // A country named by an entity mention keeps its own candidate; the role
            // takes its side all the same ("l'ambassade de Freedonie").
            if !covered(out, s.first) {
                first = first.min(s.first);
                last = last.max(s.last);
            }
            side = s.side.map(str::to_string);
        }
        let (name, group) = described_role(f, h, side.as_deref(), &mut first, &mut last);
        // « la diplomatie chinoise », "Russian diplomacy": the country's foreign ministry.
        let group = group.or_else(|| {
            let diplomacy = (first..=last).any(|i| f.is(i, Family::Diplomacy));
            side.as_ref()
                .filter(|_| diplomacy)
                .map(|s| format!("{s}_mfa"))
        });
        let mut c = Cand::new(first, last, slug(&name), name, side, Kind::Role(h.family));
        c.head = text_of(f, h.first, h.last).to_lowercase();
        c.group = group;
        // « l'armée freedonienne »: the country word after the noun names that body.
        if c.group.is_none() && last > h.last {
            let body = c
                .side
                .as_deref()
                .and_then(|s| super::bodies::body_before_country(f, s, first, last, &c));
            if let Some((id, name)) = body {
                c.group = Some(id);
                c.name = name;
            }
        }
        out.push(c);
    }
}

/// The name and group id of a role word that describes an unnamed group or person ("senior
/// Freedonian security officials", « un diplomate européen »), stretching the role's tokens
/// over a bloc's adjective, which is no party of its own; else the role's own text.
fn described_role(
    f: &Facts,
    h: &Hit,
    side: Option<&str>,
    first: &mut usize,
    last: &mut usize,
) -> (String, Option<String>) {
    let described = match h.family {
        Family::RolePerson | Family::RoleOrg => super::groups::describe(f, h.last, side),
        _ => None,
    };
    let Some(d) = described else {
        return (text_of(f, *first, *last), None);
    };
    if let Some(b) = d.bloc_at {
        *first = (*first).min(b);
        *last = (*last).max(b);
    }
    // An unnamed group or person is called by its whole description.
    let name = text_of(f, d.first.min(*first), d.last.max(*last));
    (name, Some(d.id))
}

/// A document noun after "in"/"dans" and its determiner ("in a statement", « dans son
/// communiqué »): where something was said.
fn medium(f: &Facts, h: &Hit) -> bool {
    let t = &f.tokens;
    let mut p = previous_word(t, h.first);
    if p.is_some_and(|i| f.is(i, Family::Determiner) || f.is(i, Family::FirstPerson)) {
        p = p.and_then(|i| previous_word(t, i));
    }
    p.is_some_and(|i| matches!(t[i].lower.as_str(), "in" | "dans"))
}

/// "The Bureau announced …", « l'Agence a indiqué », « la Ministre, Anna Holm »: a role
/// noun written with a capital after "the"/"le", alone (no name goes on after it), is the
/// organisation or person named before or beside it, not a name of its own.
fn capitalised_role(f: &Facts, h: &Hit) -> bool {
    let t = &f.tokens;
    // « la Ministre-Présidente »: role words joined by hyphens make one title.
    let joined_role = |hyphen: usize, word: usize| {
        t.get(hyphen).is_some_and(|x| x.is("-")) && f.is(word, Family::RolePerson)
    };
    let mut first = h.first;
    while first >= 2 && joined_role(first - 1, first - 2) {
        first -= 2;
    }
    let mut last = h.last;
    while joined_role(last + 1, last + 2) {
        last += 2;
    }
    let after_the = previous_word(t, first)
        .is_some_and(|p| matches!(t[p].lower.as_str(), "the" | "le" | "la" | "l"));
    // (A comma closes the role: "the Minister, Jan Roe," sets a name beside it.)
    let alone = (last + 1..t.len())
        .find(|&i| t[i].word)
        .is_none_or(|i| !is_name_word(f, i) || (last + 1..i).any(|k| t[k].is(",")));
    h.first == h.last && after_the && alone
}

/// One candidate per country word not yet covered ("la Freedonie", "Freedonian").
fn side_cands(f: &Facts, out: &mut Vec<Cand>) {
    for s in &f.sides {
        if covered(out, s.first) {
            continue;
        }
        let name = text_of(f, s.first, s.last);
        let side = s.side.map(str::to_string);
        out.push(Cand::new(
            s.first,
            s.last,
            side.clone().unwrap_or_default(),
            name,
            side,
            Kind::Place,
        ));
    }
}

/// One candidate per pronoun not inside another candidate ("il", "she", "they").
fn pronoun_cands(f: &Facts, out: &mut Vec<Cand>) {
    let pronouns = f
        .hits
        .iter()
        .filter(|h| matches!(h.family, Family::Pronoun | Family::Latter));
    for h in pronouns {
        // « Jan Roe a lui-même reconnu »: an intensifying pronoun after a party named in
        // its sentence stands for that party, no subject of its own.
        let t = &f.tokens;
        let intensifier = t
            .get(h.last + 1)
            .is_some_and(|x| matches!(x.raw, "-" | "‑"))
            && t.get(h.last + 2)
                .is_some_and(|x| matches!(x.lower.as_str(), "même" | "mêmes"))
            && out
                .iter()
                .any(|c| c.last < h.first && c.kind != Kind::Thing);
        if intensifier {
            continue;
        }
        if !covered(out, h.first) {
            let name = text_of(f, h.first, h.last);
            out.push(Cand::new(
                h.first,
                h.last,
                String::new(),
                name,
                None,
                Kind::Pronoun,
            ));
            // « estime-t-il », « a-t-elle ajouté »: a pronoun inverted after a verb of
            // saying stands for whoever speaks, a person far more often than a body.
            let inverted = h.first > 0 && matches!(f.tokens[h.first - 1].raw, "-" | "‑");
            if let Some(c) = out.last_mut() {
                c.person = f.is(h.first, Family::PersonPronoun) || inverted;
            }
        }
    }
}
