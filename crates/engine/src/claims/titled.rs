//! A bare role and the person who holds it. News often opens with a role ("the
//! country's interior minister blamed Ruritania", a headline's "minister blames …")
//! and names the person a few sentences later with the role as a title ("Digital Affairs
//! Minister Jan Dupont told reporters"); minutes, releases and reports name the person
//! first, with the role as title or in apposition ("Jan Dupont, mayor of Freeville"), and
//! go on with the role alone (« M. le Maire indique que … »). A speaker that is such a bare
//! role is the person last introduced with it before, else the first one after.

use super::cands::{text_of, Cand, Kind};
use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::speakers::{known, Known};

/// How many words before a person's name its title may start ("Digital Affairs Minister").
const TITLE_REACH: usize = 3;
/// How many words after the comma that follows a person's name the role in apposition may
/// come ("Jan Dupont, Freedonia's deputy mayor": a country, its possessive and an adjective).
const APPOSITION_REACH: usize = 4;
/// How many words after a name's comma and its indefinite article the noun of the
/// description may come ("Acme, a municipal water and desalination utility": the article
/// and five words of what the body does).
const DESCRIPTION_REACH: usize = 7;
/// How many words before the comma a role with its complement may start ("the Minister of
/// State for Electronics and Information Technology, Jan Roe": a portfolio of seven words).
const PORTFOLIO_REACH: usize = 10;
/// Words of a complement or relative clause after a role in apposition ("mayor of
/// Freeville", « maire de … », "a firm that maps …").
const APPOSITION_LINKS: [&str; 6] = ["of", "de", "du", "des", "d", "that"];

/// A person introduced with a role word as title: the role word (lowercase), the person and
/// the sentence.
pub(crate) struct Titled {
    role: String,
    person: Known,
}

/// Every person (or organisation) a sentence introduces with a role word (or a body's
/// noun) as title or in apposition: "Mayor Jan Dupont", "the mapping firm Acme", "Acme, a
/// mapping firm".
pub(crate) fn titled(facts: &[Facts], cands: &[Vec<Cand>]) -> Vec<Titled> {
    let mut out = Vec::new();
    for (si, (f, cs)) in facts.iter().zip(cands).enumerate() {
        // Only names the entity layer vouches for, right after their title words.
        for c in cs.iter().filter(|c| !c.weak && !c.id.is_empty()) {
            let family = match c.kind {
                Kind::Person => Family::RolePerson,
                Kind::Named => Family::RoleOrg,
                _ => continue,
            };
            let role = role_as_title(f, c, family)
                .or_else(|| role_in_apposition(f, cs, c, family))
                .or_else(|| role_with_complement_before(f, c, family));
            if let Some(role) = role {
                out.push(Titled {
                    role,
                    person: known(c, si),
                });
            }
        }
    }
    out
}

/// "Digital Affairs Minister Jan Dupont", "the mapping firm Acme": the role word among the
/// capitalised title words right before the name.
fn role_as_title(f: &Facts, c: &Cand, family: Family) -> Option<String> {
    let mut k = c.first;
    for _ in 0..TITLE_REACH {
        let p = previous_word(&f.tokens, k)?;
        if f.is(p, family) {
            return Some(role_word(f, p, family));
        }
        let title_word = f.tokens[p].capitalised() || f.is(p, Family::Title);
        if !title_word {
            return None;
        }
        k = p;
    }
    None
}

/// "The spokesman of the ministry, Jan Dupont, said", « Le porte-parole du ministère, Jan
/// Dupont, a … »: a singular role word and its complement just before the comma that opens
/// the name's apposition, closed by a comma or the sentence's end. (With no complement,
/// the role is the word right before the name: `role_as_title`.)
fn role_with_complement_before(f: &Facts, c: &Cand, family: Family) -> Option<String> {
    let t = &f.tokens;
    // (A title may open the name: « Le ministre de l'Intérieur, M. Jan Dupont, ».)
    let mut start = c.first;
    while let Some(p) = previous_word(t, start).filter(|&p| f.is(p, Family::Title)) {
        start = p;
    }
    let comma = start.checked_sub(1).filter(|&p| t[p].is(","))?;
    let closes = t
        .get(c.last + 1)
        .is_none_or(|n| n.is(",") || n.is_boundary());
    let words: Vec<usize> = (0..comma)
        .rev()
        .take_while(|&i| t[i].word || matches!(t[i].raw, "'" | "-"))
        .filter(|&i| t[i].word)
        .take(PORTFOLIO_REACH)
        .collect();
    let role = words.iter().copied().find(|&i| f.is(i, family))?;
    let link = (role + 1..comma).find(|&i| t[i].word);
    let word = role_word(f, role, family);
    let complement = link.is_some_and(|l| APPOSITION_LINKS.contains(&t[l].lower.as_str()));
    // "a Freeville company, Acme Ltd,": a description the indefinite article opens, its
    // noun last before the comma.
    let described = link.is_none() && opened_by_indefinite(f, &words, role);
    (closes && (complement || described) && !word.ends_with('s')).then_some(word)
}

/// Whether the noun phrase ending at token `role` opens with an indefinite article among
/// `words` (the words before a comma, nearest first): the first determiner before it is one.
fn opened_by_indefinite(f: &Facts, words: &[usize], role: usize) -> bool {
    words
        .iter()
        .copied()
        .filter(|&i| i < role)
        .find(|&i| f.is(i, Family::Determiner))
        .is_some_and(|i| is_indefinite(f, i))
}

/// Whether token `i` is an indefinite article (not French « a », the auxiliary: « Jan
/// Roe, a rejeté »).
pub(crate) fn is_indefinite(f: &Facts, i: usize) -> bool {
    f.tokens.get(i).is_some_and(|t| {
        crate::entities::INDEFINITE.contains(&t.lower.as_str()) && !f.is(i, Family::Aux)
    })
}

/// The role word at token `i` as a role candidate's head ends: its whole hit's last word,
/// so that a compound (« porte-parole ») is one word, as `speakers` looks it up.
fn role_word(f: &Facts, i: usize, family: Family) -> String {
    let hit = f
        .hits
        .iter()
        .find(|h| h.family == family && h.first <= i && i <= h.last);
    let text = hit.map_or_else(
        || f.tokens[i].lower.to_string(),
        |h| text_of(f, h.first, h.last).to_lowercase(),
    );
    text.split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// The person (or organisation) last introduced with `role` before sentence `si`; any noun
/// for a business stands for another ("Acme, a ferry operator … the company").
pub(crate) fn holder_before<'t>(titled: &'t [Titled], role: &str, si: usize) -> Option<&'t Known> {
    let business = |w: &str| super::lexicon::is_word_of(w, Family::CompanyNoun);
    let same = |held: &str| held == role || (business(held) && business(role));
    titled
        .iter()
        .rev()
        .find(|t| t.person.sentence < si && same(&t.role))
        .map(|t| &t.person)
}

/// "Jan Dupont, mayor of Freeville", « M. Jan Dupont, Maire »: the singular role word after
/// the comma that follows the name.
fn role_in_apposition(f: &Facts, cands: &[Cand], c: &Cand, family: Family) -> Option<String> {
    let t = &f.tokens;
    if !t.get(c.last + 1).is_some_and(|x| x.is(",")) {
        return None;
    }
    let mut words = (c.last + 2..t.len()).take_while(|&i| t[i].word || t[i].raw == "'");
    // ("Acme, a municipal water and desalination utility serving …": an indefinite
    // article opens a description of the name, however many words lead to its noun and
    // whatever follows it.)
    let indefinite = is_indefinite(f, c.last + 2);
    let reach = if indefinite {
        DESCRIPTION_REACH
    } else {
        APPOSITION_REACH
    };
    let role = words
        .by_ref()
        .filter(|&i| t[i].word)
        .take(reach)
        .find(|&i| f.is(i, family))?;
    // ("Jan Dupont, head of the experts": a plural role is no one's title.)
    let word = role_word(f, role, family);
    // The apposition describes the name: the role ends it, or a complement or a relative
    // clause follows ("mayor of Freeville", "a firm that maps …"). ("On Telegram, the
    // embassy accused …": a verb after the role makes it the clause's subject.)
    let describes = indefinite
        || t.get(role + 1).is_none_or(|n| {
            !n.word
                || n.capitalised()
                || f.is(role + 1, Family::Preposition)
                || f.is(role + 1, Family::Relative)
                || APPOSITION_LINKS.contains(&n.lower.as_str())
        });
    // ("On Telegram, the Embassy of Freedonia rejected …": a role inside a name of its own
    // is that body, no apposition.)
    let own_name = cands.iter().any(|o| {
        o.first <= role && role <= o.last && !o.weak && matches!(o.kind, Kind::Named | Kind::Person)
    });
    (!word.ends_with('s') && describes && !own_name).then_some(word)
}

/// Give a bare role speaker the person introduced with that role, before it or else after.
/// (A speaker who keeps their name back, "speaking on condition of anonymity", is no one
/// the text names.)
pub(crate) fn name_bare_roles(drafts: &mut [Draft], titled: &[Titled], facts: &[Facts]) {
    for d in drafts.iter_mut() {
        let Some(speaker) = &d.speaker else { continue };
        if facts
            .get(d.sentence)
            .is_some_and(|f| f.hits.iter().any(|h| h.family == Family::Anonymity))
        {
            continue;
        }
        let last = speaker.name.to_lowercase();
        let Some(role) = last.split_whitespace().last() else {
            continue;
        };
        // A bare role: lowercase words ending in the role, with no id of its own beyond
        // them ("minister", "interior minister").
        let lowercase = !speaker.name.chars().any(char::is_uppercase);
        // A description that ends in the role ("a senior Freedonian security official",
        // id senior_freedonian_security_official) is as bare.
        let described = speaker.id.ends_with(&format!("_{role}"));
        let bare = speaker.id.ends_with(role) && (lowercase || last == role || described);
        // (A described speaker is a person: a body's noun names no one it could hold.)
        let fits = |k: &Known| !described || k.kind == Kind::Person;
        let before = holder_before(titled, role, d.sentence).filter(|k| fits(k));
        let ahead = titled
            .iter()
            .find(|t| t.person.sentence >= d.sentence && t.role == role && fits(&t.person));
        if let (true, Some(k)) = (bare, before.or(ahead.map(|t| &t.person))) {
            d.speaker = Some(k.party.clone());
            continue;
        }
        // "a senior Freedonian official said …" in a lead, then "Jan Roe, an undersecretary
        // at the ministry, told …": a generic official is the first person introduced with
        // a role of the speaker's side in the next few sentences.
        let generic = speaker
            .id
            .rsplit('_')
            .next()
            .is_some_and(super::groups::generic);
        let named_later = titled.iter().find(|t| {
            t.person.kind == Kind::Person
                && t.person.sentence > d.sentence
                && t.person.sentence <= d.sentence + GENERIC_HOLDER_REACH
                && (t.person.side.is_none() || t.person.side == d.speaker_side)
        });
        if let (true, Some(t)) = (generic, named_later) {
            d.speaker = Some(t.person.party.clone());
        }
    }
}

/// How many sentences after a generic official's claim the person it stands for may be
/// introduced (a wire's lead, then its second or third paragraph).
const GENERIC_HOLDER_REACH: usize = 4;
