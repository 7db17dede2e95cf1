//! A role named before the person who holds it. News often opens with a role ("the
//! country's interior minister blamed Ruritania", a headline's "minister blames …")
//! and names the person a few sentences later with the role as a title ("Digital Affairs
//! Minister Jan Dupont told reporters"). A speaker that is such a bare role, in a sentence
//! before the titled person appears, is that person.

use super::cands::{Cand, Kind};
use super::events::Draft;
use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::Party;

/// How many words before a person's name its title may start ("Digital Affairs Minister").
const TITLE_REACH: usize = 3;

/// A person introduced with a role word as title: the role word (lowercase), the person and
/// the sentence.
pub(crate) struct Titled {
    role: String,
    party: Party,
    sentence: usize,
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
                        party: Party {
                            id: c.id.clone(),
                            name: c.name.clone(),
                        },
                        sentence: si,
                    });
                    break;
                }
                k = p;
            }
        }
    }
    out
}

/// Give a bare role speaker the person later titled with that role.
pub(crate) fn name_roles_ahead(drafts: &mut [Draft], titled: &[Titled]) {
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
        let ahead = titled
            .iter()
            .find(|t| t.sentence >= d.sentence && t.role == role);
        if let (true, Some(t)) = (bare, ahead) {
            d.speaker = Some(t.party.clone());
        }
    }
}
