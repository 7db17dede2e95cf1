//! Party candidates of a sentence: entity mentions, country words, roles
//! ("le ministère", "the spokesperson"), pronouns and, failing a mention,
//! capitalised names.

use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::tokens::Hit;
use crate::entities::EntityType;

pub(crate) use super::ids::{slug, Sides};
pub(crate) use super::lexicon::CUE_FAMILIES;

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
    /// Followed by "'s": it qualifies the next noun ("China's Global Times").
    pub possessive: bool,
    /// Introduced by "le", "the": a role that refers back to a known speaker.
    pub definite: bool,
    /// Introduced by "des", "a", "some", or a name ("Czech authorities"):
    /// someone new, not a known speaker again.
    pub indefinite: bool,
    /// A capitalised run no lexicon or entity vouches for.
    pub weak: bool,
    /// For a role, its noun as written in lowercase ("government" in "the Chinese government").
    pub head: String,
    /// For an unnamed group ("US officials"), its description id (see `groups`).
    pub group: Option<String>,
}

fn side_in(f: &Facts, first: usize, last: usize) -> Option<String> {
    f.sides
        .iter()
        .find(|s| s.first >= first && s.last <= last)
        .and_then(|s| s.side.map(str::to_string))
}

fn text_of(f: &Facts, first: usize, last: usize) -> String {
    let mut out = String::new();
    for (i, t) in f.tokens[first..=last].iter().enumerate() {
        if i > 0 && f.tokens[first + i - 1].end < t.start {
            out.push(' ');
        }
        out.push_str(t.raw);
    }
    out
}

/// The small words inside a name ("Ministry of Defence", "ministère de la Défense").
fn is_connector(word: &str) -> bool {
    matches!(word, "de" | "des" | "du" | "of" | "la" | "d")
}

fn covered(cands: &[Cand], i: usize) -> bool {
    cands.iter().any(|c| c.first <= i && i <= c.last)
}

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
pub(crate) fn candidates(f: &Facts, sides: &mut Sides) -> Vec<Cand> {
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
            indefinite: false,
            weak: false,
            head: String::new(),
            group: None,
        })
    };
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
        // "ministère chinois", "Chinese government", "ambassade de Chine",
        // "agences militaires et de renseignement américaines": only nouns and small
        // words between, never a verb, an auxiliary or a preposition of victims.
        let between_ok = |from: usize, to: usize| {
            (from..to).all(|i| {
                let x = &t[i];
                if !x.word {
                    return matches!(x.raw, "'" | "’" | "-");
                }
                !x.capitalised()
                    && !CUE_FAMILIES.iter().any(|&c| f.is(i, c))
                    && !f.is(i, Family::Preposition)
                    && !f.is(i, Family::Aux)
                    && !f.is(i, Family::VictimPrep)
                    && !f.is(i, Family::Relative)
            })
        };
        let near = |s: &&Hit| {
            s.last + 1 == h.first
                || s.first == h.last + 1
                || (s.first > h.last && s.first <= h.last + 5 && between_ok(h.last + 1, s.first))
        };
        let (mut first, mut last, mut side) = (h.first, h.last, None);
        if let Some(s) = f.sides.iter().find(near) {
            // A country named by an entity mention keeps its own candidate; the role
            // takes its side all the same ("l'ambassade de Chine").
            if !covered(&out, s.first) {
                first = first.min(s.first);
                last = last.max(s.last);
            }
            side = s.side.map(str::to_string);
        }
        let name = text_of(f, first, last);
        let group = match h.family {
            Family::RolePerson => super::groups::describe(f, h.last, side.as_deref()),
            _ => None,
        };
        push(
            &mut out,
            first,
            last,
            slug(&name),
            name,
            side,
            Kind::Role(h.family),
        );
        if let Some(c) = out.last_mut() {
            c.head = text_of(f, h.first, h.last).to_lowercase();
            c.group = group;
        }
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
            } else if !is_connector(&t[j].lower) {
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
        if titled && first <= last && is_connector(&t[first].lower) {
            // "Minister of Digital Transformation Mykhailo Fedorov": the title's
            // portfolio, then the holder's name (its last two words); a portfolio
            // alone ("Minister of Foreign Affairs") names nobody.
            let words: Vec<usize> = (first..=last).filter(|&k| is_name_word(f, k)).collect();
            first = if words.len() >= 3 {
                words[words.len() - 2]
            } else {
                last + 1
            };
        }
        if first > last {
            // Titles alone ("Vice President" before a recognised name) name nobody.
            i = last + 1;
            continue;
        }
        // "Washington Post", "China Daily": a capitalised country word opening a name
        // belongs to it (and gives it its side), unless an entity mention says otherwise.
        let mut side = side_in(f, i, last);
        if first == i && i > 0 {
            let place = out.iter().position(|c| {
                c.kind == Kind::Place
                    && c.last + 1 == i
                    && c.name.chars().next().is_some_and(char::is_uppercase)
                    && !f
                        .mentions
                        .iter()
                        .any(|m| m.first <= c.first && c.last <= m.last)
            });
            if let Some(p) = place {
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
        let opening = (0..first).all(|k| !t[k].word) && first == last && side.is_none();
        if !opening {
            push(&mut out, first, last, slug(&name), name, side, kind);
            if let Some(c) = out.last_mut() {
                c.weak = true;
            }
        }
        i = last + 1;
    }
    for h in f.hits.iter().filter(|h| h.family == Family::Pronoun) {
        if !covered(&out, h.first) {
            let name = t[h.first].raw.to_string();
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
    // A transcript's label ("Q:", "Jane Roe:") names a turn, not a party of the sentence.
    out.retain(|c| c.first >= f.label_end);
    crate::order::sort_by_key(&mut out, |c| (c.first, c.last));
    // "ministère chinois des Affaires étrangères" without an entity mention: the
    // capitalised words after a role and "des" are the rest of its name.
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
    for k in 0..out.len() {
        let c = out[k].clone();
        let possessive = c.last + 2 < t.len()
            && matches!(t[c.last + 1].raw, "'" | "’")
            && t[c.last + 2].lower == "s";
        // "China's Global Times", "l'agence chinoise Global Times": the name takes the side.
        let reach = if possessive { 8 } else { 4 };
        // "Kremlin spokesman Dmitry Peskov": a place, then titles, then the person.
        let titled_by_place = c.kind == Kind::Place
            && k + 1 < out.len()
            && out[k + 1].first > c.last + 1
            && (c.last + 1..out[k + 1].first)
                .all(|x| f.is(x, Family::Title) || f.is(x, Family::RolePerson));
        let qualifies = possessive || matches!(c.kind, Kind::Role(_)) || titled_by_place;
        // Candidates may overlap (a role stretched over a mention): no slice then.
        // "Russia's ambassador after the government": a new clause, a new party.
        let clause_goes_on = |n: &Cand| {
            n.first > c.last
                && !(c.last + 1..n.first).any(|x| {
                    t[x].is_boundary() || f.is(x, Family::Subordinator) || f.is(x, Family::Relative)
                })
        };
        // "ministry spokesman Nasser Kanani", not "ministry called the report": a
        // role qualifies only across small words, never across a verb.
        let small_words_between = |n: &Cand| {
            possessive
                || (c.last + 1..n.first).all(|x| {
                    !t[x].word
                        || is_connector(&t[x].lower)
                        || f.is(x, Family::Determiner)
                        || f.is(x, Family::Preposition)
                        || f.is(x, Family::Title)
                        || f.is(x, Family::RolePerson)
                })
        };
        if qualifies
            && k + 1 < out.len()
            && out[k + 1].side.is_none()
            && out[k + 1].first <= c.last + reach
            && clause_goes_on(&out[k + 1])
            && small_words_between(&out[k + 1])
        {
            out[k + 1].side.clone_from(&c.side);
        }
        // "Gardiens de la révolution iraniens": a country adjective right after a name.
        let adjective_after = k + 1 < out.len()
            && out[k + 1].kind == Kind::Place
            && out[k + 1].first == c.last + 1
            && out[k + 1]
                .name
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if adjective_after && c.side.is_none() && matches!(c.kind, Kind::Named | Kind::Role(_)) {
            out[k].side = out[k + 1].side.clone();
        }
        let c = &mut out[k];
        c.possessive = possessive;
        c.indefinite = previous_word(t, c.first).is_some_and(|p| {
            matches!(
                t[p].lower.as_str(),
                "des" | "a" | "an" | "un" | "une" | "some" | "several" | "plusieurs"
            ) || (matches!(c.kind, Kind::Role(_)) && p + 1 == c.first && is_name_word(f, p))
        });
        c.definite = previous_word(t, c.first).is_some_and(|p| {
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
        });
    }
    out
}
