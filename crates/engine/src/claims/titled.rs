//! A bare role and the person who holds it. News often opens with a role ("the
//! country's interior minister blamed Ruritania", a headline's "minister blames …")
//! and names the person a few sentences later with the role as a title ("Digital Affairs
//! Minister Jan Dupont told reporters"); minutes, releases and reports name the person
//! first, with the role as title or in apposition ("Jan Dupont, mayor of Freeville"), and
//! go on with the role alone (« M. le Maire indique que … »). A speaker that is such a bare
//! role is the person last introduced with it before, else the first one after.

use super::cands::{Cand, Kind};
use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::speakers::{known, Known};

/// How many words before a person's name its title may start ("Digital Affairs Minister").
const TITLE_REACH: usize = 3;
/// How many words after the comma that follows a person's name the role in apposition may
/// come ("Jan Dupont, Freedonia's deputy mayor": a country, its possessive and an adjective).
const APPOSITION_REACH: usize = 4;

/// A person introduced with a role word as title: the role word (lowercase), the person and
/// the sentence.
pub(crate) struct Titled {
    role: String,
    person: Known,
}

/// Every person a sentence introduces with a role word as title.
pub(crate) fn titled(facts: &[Facts], cands: &[Vec<Cand>]) -> Vec<Titled> {
    let mut out = Vec::new();
    for (si, (f, cs)) in facts.iter().zip(cands).enumerate() {
        // Only names the entity layer vouches for, right after their title words.
        for c in cs
            .iter()
            .filter(|c| c.kind == Kind::Person && !c.weak && !c.id.is_empty())
        {
            let mut k = c.first;
            for _ in 0..TITLE_REACH {
                let Some(p) = previous_word(&f.tokens, k) else {
                    break;
                };
                let title_word = f.tokens[p].capitalised() || f.is(p, Family::Title);
                if !title_word && !f.is(p, Family::RolePerson) {
                    break;
                }
                if f.is(p, Family::RolePerson) {
                    out.push(Titled {
                        role: f.tokens[p].lower.to_string(),
                        person: known(c, si),
                    });
                    break;
                }
                k = p;
            }
            if let Some(role) = role_in_apposition(f, c) {
                out.push(Titled {
                    role,
                    person: known(c, si),
                });
            }
        }
    }
    out
}

/// The person last introduced with `role` before sentence `si`.
pub(crate) fn holder_before<'t>(titled: &'t [Titled], role: &str, si: usize) -> Option<&'t Known> {
    titled
        .iter()
        .rev()
        .find(|t| t.person.sentence < si && t.role == role)
        .map(|t| &t.person)
}

/// "Jan Dupont, mayor of Freeville", « M. Jan Dupont, Maire »: the singular role word after
/// the comma that follows the name.
fn role_in_apposition(f: &Facts, c: &Cand) -> Option<String> {
    let t = &f.tokens;
    if !t.get(c.last + 1).is_some_and(|x| x.is(",")) {
        return None;
    }
    let mut words = (c.last + 2..t.len()).take_while(|&i| t[i].word || t[i].raw == "'");
    let role = words
        .by_ref()
        .filter(|&i| t[i].word)
        .take(APPOSITION_REACH)
        .find(|&i| f.is(i, Family::RolePerson))?;
    // ("Jan Dupont, head of the experts": a plural role is no one's title.)
    let word = t[role].lower.to_string();
    (!word.ends_with('s')).then_some(word)
}

/// Give a bare role speaker the person introduced with that role, before it or else after.
pub(crate) fn name_bare_roles(drafts: &mut [Draft], titled: &[Titled]) {
    for d in drafts.iter_mut() {
        let Some(speaker) = &d.speaker else { continue };
        let last = speaker.name.to_lowercase();
        let Some(role) = last.split_whitespace().last() else {
            continue;
        };
        // A bare role: lowercase words ending in the role, with no id of its own beyond
        // them ("minister", "interior minister").
        let lowercase = !speaker.name.chars().any(char::is_uppercase);
        let bare = speaker.id.ends_with(role) && (lowercase || last == role);
        let before = holder_before(titled, role, d.sentence);
        let ahead = titled
            .iter()
            .find(|t| t.person.sentence >= d.sentence && t.role == role);
        if let (true, Some(k)) = (bare, before.or(ahead.map(|t| &t.person))) {
            d.speaker = Some(k.party.clone());
        }
    }
}
