//! How a reported content frames its attack words beyond the cue families: an attack said
//! not to have happened or not to have reached something ("no data was taken", « aucun
//! document n'a été dérobé ») is an account of the incident, not a charge against anyone.

use super::facts::Facts;
use super::lexicon::Family;
use super::tokens::Hit;

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
    let attacks: Vec<&Hit> = f
        .hits
        .iter()
        .filter(|h| h.family == Family::Attack)
        .collect();
    !f.own_text
        && !attacks.is_empty()
        && attacks.iter().all(|h| negated(f, h.first))
        && f.sides.is_empty()
        && f.groups.is_empty()
        && f.malware.is_empty()
        && !f.has(Family::AttribPre)
        && !f.has(Family::AttribPost)
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
    let t = &f.tokens;
    (0..neg)
        .rev()
        .filter(|&k| t[k].word)
        .take(DEMONSTRATIVE_WORDS)
        .any(|k| {
            matches!(
                t[k].lower.as_str(),
                "we" | "nous" | "i" | "je" | "there" | "y"
            )
        })
}

/// How many words before a negation the demonstrative subject of its copula may stand
/// ("This was not", « Ce n'est pas »; not "that", a complementizer as often: a copula, and the French « n' »).
const DEMONSTRATIVE_WORDS: usize = 3;

/// "This was not about stealing money", « Ce n'est pas un simple vol de données »: the
/// event itself, as a demonstrative, said not to be an ordinary attack is a reading of
/// it (something worse), not an attack denied.
fn characterises(f: &Facts, neg: usize) -> bool {
    let t = &f.tokens;
    (0..neg)
        .rev()
        .filter(|&k| t[k].word)
        .take(DEMONSTRATIVE_WORDS)
        .any(|k| {
            matches!(
                t[k].lower.as_str(),
                "this" | "it" | "ce" | "c" | "cela" | "ça"
            )
        })
}

/// "The union reproaches the board for having waited a week", « Les élus reprochent au
/// ministre d'avoir tardé »: every accusing verb of the sentence is one of reproach and
/// what it reproaches names no attack, group or side. The speaker blames a party for how
/// it handled the conflict: an other claim, not an accusation of the attack.
pub(crate) fn reproach_without_attack(f: &Facts) -> bool {
    let accusing: Vec<&Hit> = f
        .hits
        .iter()
        .filter(|h| h.family == Family::Accuse)
        .collect();
    !accusing.is_empty()
        && accusing.iter().all(|h| f.is(h.first, Family::Reproach))
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
