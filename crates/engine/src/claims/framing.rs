//! How a reported content frames its attack words beyond the cue families: an attack said
//! not to have happened or not to have reached something ("no data was taken", « aucun
//! document n'a été dérobé ») is an account of the incident, not a charge against anyone.

use super::facts::Facts;
use super::lexicon::Family;
use super::tokens::{Hit, Token};

/// How many words before an attack word its negation may stand and still govern it ("no
/// customer's data had been accessed": a noun, its possessive and two auxiliaries between;
/// « aucun document classifié n'a été dérobé »).
const NEGATED_ATTACK_WORDS: usize = 6;

/// "the intruders did not reach the control systems", "no customer data was accessed",
/// « l'offensive n'a pas permis d'altérer les listes »: every attack word of the sentence
/// is negated in its own clause, and no side, group, malware or attribution is named. The
/// speaker says what an attack did not do, accusing nobody. (A side named as the subject
/// of the negated attack, "Freedonia does not hack anyone", is a denial decided elsewhere;
/// "it was not a criminal gang" names no attack word to negate.)
pub(crate) fn only_negated_attacks(f: &Facts) -> bool {
    !f.own_text
        && f.every(Family::Attack, |h| negated(f, h.first))
        && f.sides.is_empty()
        && f.groups.is_empty()
        && f.malware.is_empty()
        && !f.has(Family::AttribPre)
        && !f.has(Family::AttribPost)
}

/// "the company said no payment data was lost", « la production n'a pas été interrompue »:
/// with no attack word, a reported harm that every negation says did not happen (an `effect`
/// word negated in its clause) is an account of the incident, accusing no one.
pub(crate) fn only_negated_effects(f: &Facts) -> bool {
    !f.own_text
        && !f.attack_content()
        && f.every(Family::Effect, |h| negated(f, h.first))
        && f.sides.is_empty()
}

/// Whether a negation stands up to `NEGATED_ATTACK_WORDS` words before token `i`, with no
/// clause boundary between. Not a negation that sets the attack against what it really was
/// ("not espionage but sabotage", « ne cherche pas à espionner, mais à … »: the contrast
/// affirms an attack), nor one that lists the attacks that never were ("neither intrusion
/// nor attack", « ni intrusion ni cyberattaque »: a denial).
fn negated(f: &Facts, i: usize) -> bool {
    let t = &f.tokens;
    let neg = (0..i)
        .rev()
        .take_while(|&k| !t[k].is_boundary())
        .filter(|&k| t[k].word)
        .take(NEGATED_ATTACK_WORDS)
        .find(|&k| f.is(k, Family::Negation));
    let Some(neg) = neg else {
        return false;
    };
    let listing = matches!(t[neg].lower.as_str(), "ni" | "neither" | "nor");
    // (A "but" that opens a clause of its own, with its subject, "…, but the firm is still
    // working through it", sets nothing against the attack.)
    let words: Vec<usize> = (i..t.len()).filter(|&k| t[k].word).collect();
    let contrast = words.windows(2).any(|w| {
        matches!(t[w[0]].lower.as_str(), "but" | "mais")
            && !f.is(w[1], Family::Determiner)
            && !f.is(w[1], Family::Pronoun)
    });
    !listing && !contrast && !characterises(f, neg) && !denies_outright(f, neg)
}

/// "We never hacked anyone", "There was no attack", « Il n'y a pas eu de cyberattaque »: a
/// negation after a first-person or an existential subject denies the attack itself (a
/// denial the article pass reads from the accusation), not a detail of what it did.
fn denies_outright(f: &Facts, neg: usize) -> bool {
    subject_before(f, neg, &["we", "nous", "i", "je", "there", "y"])
}

/// Whether one of `words` stands among the few words before the negation at `neg` (its
/// subject, an auxiliary and a French « n' » between).
fn subject_before(f: &Facts, neg: usize, words: &[&str]) -> bool {
    let t = &f.tokens;
    (0..neg)
        .rev()
        .filter(|&k| t[k].word)
        .take(DEMONSTRATIVE_WORDS)
        .any(|k| words.contains(&t[k].lower.as_str()))
}

/// How many words before a negation the demonstrative subject of its copula may stand
/// ("This was not", « Ce n'est pas »; not "that", a complementizer as often: a copula, and the French « n' »).
const DEMONSTRATIVE_WORDS: usize = 3;

/// "This was not about stealing money", « Ce n'est pas un simple vol de données »: the
/// event itself, as a demonstrative, said not to be an ordinary attack is a reading of
/// it (something worse), not an attack denied.
fn characterises(f: &Facts, neg: usize) -> bool {
    subject_before(f, neg, &["this", "it", "ce", "c", "cela", "ça"])
}

/// "The union reproaches the board for having waited a week", « Les élus reprochent au
/// ministre d'avoir tardé »: every accusing verb of the sentence is one of reproach and
/// what it reproaches names no attack, group or side. The speaker blames a party for how
/// it handled the conflict: an other claim, not an accusation of the attack.
pub(crate) fn reproach_without_attack(f: &Facts) -> bool {
    f.every(Family::Accuse, |h| f.is(h.first, Family::Reproach))
        && !f.attack_content()
        && f.sides.is_empty()
}

/// "Whoever was behind it chose an easy target", « quelle que soit l'identité des
/// attaquants, … »: the author of the attack is left open and no group, malware or side
/// is named, so what the sentence says is said of the attack, against no one.
pub(crate) fn author_left_open(f: &Facts) -> bool {
    f.has(Family::UnknownAuthor)
        && f.groups.is_empty()
        && f.malware.is_empty()
        && f.sides.is_empty()
}

/// How many words may stand between an opening « Pour » and the comma that closes whose
/// view it gives (« Pour Hayk Sargsyan, chercheur à …, »: a name; « Pour la rapporteure, »).
const VIEW_HOLDER_WORDS: usize = 4;

/// « Pour lui, l'attaque venait de Freedonie », « Pour la rapporteure, … », « Pour Anna
/// Holm, … »: a French sentence that opens on « Pour » and a pronoun, a name or a role
/// closed by a comma gives that party's view, as « Selon » would. The hit on « Pour »
/// reports it. (Not « Pour l'instant, », « Pour la première fois, »: no pronoun, name or
/// role after it.)
pub(crate) fn view_of(tokens: &[Token], hits: &[Hit]) -> Option<Hit> {
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].word).collect();
    let (&pour, rest) = words.split_first()?;
    if tokens[pour].lower.as_str() != "pour" {
        return None;
    }
    // (An apostrophe or a hyphen inside the holder's words ends nothing: « Pour l'opposant
    // Jan Roe, », « Pour Jean-Marc Roe, ».)
    let comma = (pour + 1..tokens.len())
        .find(|&i| !tokens[i].word && !matches!(tokens[i].raw, "'" | "’" | "-" | "‑"))?;
    let inside: Vec<usize> = rest.iter().copied().take_while(|&i| i < comma).collect();
    if !tokens[comma].is(",") || inside.is_empty() || inside.len() > VIEW_HOLDER_WORDS {
        return None;
    }
    let is = |i: usize, fam: Family| hits.iter().any(|h| h.family == fam && h.first == i);
    let capital = |i: usize| tokens[i].raw.chars().next().is_some_and(char::is_uppercase);
    let head = inside[0];
    // (A name after a lowercase description counts: « Pour l'opposant Jan Roe, ».)
    let holder = is(head, Family::Pronoun)
        || inside.iter().any(|&i| capital(i))
        || (is(head, Family::Determiner)
            && inside.get(1).is_some_and(|&n| {
                capital(n) || is(n, Family::RolePerson) || is(n, Family::RoleOrg)
            }));
    holder.then_some(Hit {
        family: Family::According,
        side: None,
        first: pour,
        last: pour,
    })
}

/// « Le parquet a ouvert une enquête, confiée à la DGSI », « Les investigations, confiées à
/// … »: a French verb of saying as a bare past participle (« -é », « -ée », « -és »,
/// « -ées ») set after a comma and before « à » is a participle clause on the noun before
/// it (entrusted to), not a report. ("a confié à l'AFP" has its auxiliary; « confie-t-il »
/// its subject.)
pub(crate) fn participle_clause(tokens: &[Token], h: &Hit) -> bool {
    // (Asked of every hit of a French sentence: the cheap tests first.)
    if h.family != Family::Report || h.first != h.last {
        return false;
    }
    let word = tokens[h.first].lower.as_str();
    let participle = ["é", "ée", "és", "ées"].iter().any(|e| word.ends_with(e));
    let before = || {
        (0..h.first)
            .rev()
            .find(|&i| !tokens[i].raw.trim().is_empty())
    };
    let after = || (h.last + 1..tokens.len()).find(|&i| tokens[i].word);
    participle
        && before().is_some_and(|b| tokens[b].is(","))
        && after().is_some_and(|a| matches!(tokens[a].lower.as_str(), "à" | "au" | "aux"))
}
