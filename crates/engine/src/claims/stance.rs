//! The stance rules: which claims a sentence carries, decided from the cue
//! families its words belong to. Order matters: the most specific response
//! (declining to confirm, denying, admitting, condemning) wins over a plain
//! accusation, and a reporting verb alone only makes a claim when the
//! sentence speaks of the conflict.

use super::facts::{previous_word, Facts};
use super::lexicon::Family;
use super::tokens::Hit;
use super::Stance;

/// How many tokens after a condemning verb the accusation it condemns may start
/// ("a dénoncé des « accusations »": a determiner and a quotation mark between; « une
/// « campagne de désinformation » »: and the noun the charge of bad faith qualifies).
const CONDEMNED_NOUN_REACH: usize = 5;
/// How many words after an accusation noun its author is sought ("allegations by the
/// Freedonian government": a preposition, a determiner, then a name).
const AUTHOR_REACH_WORDS: usize = 3;

/// How many words after an accusing gerund or infinitive its verb of being may come when
/// the accusation is the subject ("blaming Beijing for everything is …": an object and a
/// complement between).
const SUBJECT_VERB_REACH: usize = 8;

/// How many tokens after an attack word its agent's "by"/"par" may come ("attacks on
/// its ministries by …": a preposition and a noun or two between).
const AGENT_AFTER_ATTACK: usize = 4;

/// How many tokens after "stop"/« cesser » the attacks to stop may come ("to stop its
/// cyberattacks", « à mettre fin à ses intrusions »: a preposition and a possessive).
const HALTED_ATTACK_REACH: usize = 3;
/// How many tokens before an accusing verb the relative word of its clause may stand
/// ("that two allied governments have tied": a subject of three words, an auxiliary).
const RELATIVE_CUE_REACH: usize = 7;
/// How many words after a reporting verb its "that"/« que » may come ("told Reuters on
/// Tuesday that", « a déclaré mardi à l'AFP que », "told deputies at a private
/// committee hearing that": an object and a place or occasion).
const COMPLEMENTIZER_REACH: usize = 8;
/// How many words a noun in apposition may have before its relative word (", a unit
/// of the army that": a determiner, a noun and its complement).
const APPOSITION_WORDS: usize = 4;

/// One claim a sentence carries, before its parties are found.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub stance: Stance,
    /// The hit that reports it; its speaker is the claim's speaker.
    pub cue: Option<Hit>,
    /// An accusation of bad faith ("to smear Freedonia") rather than of an attack.
    pub smear: bool,
    /// Said by the speaker of the sentence's claim before it, against the same party (a
    /// clause coordinated with it: "… and vowed that …").
    pub shares_speaker: bool,
}

fn decision(stance: Stance, cue: Option<&Hit>) -> Decision {
    Decision {
        stance,
        cue: cue.cloned(),
        smear: false,
        shares_speaker: false,
    }
}

/// The reporting cue of a sentence: the first reporting verb, "selon", or citation.
pub(crate) fn report_cue<'f>(f: &'f Facts) -> Option<&'f Hit> {
    // "selon le communiqué": the noun is the source "selon" names, not a verb.
    if let Some(a) = f.first(Family::According) {
        let inside =
            |h: &Hit| h.first > a.last && !(a.last + 1..h.first).any(|i| f.tokens[i].is_boundary());
        if f.hits
            .iter()
            .any(|h| h.family == Family::Report && inside(h))
            && !f
                .hits
                .iter()
                .any(|h| h.family == Family::Report && !inside(h))
        {
            return Some(a);
        }
    }
    if let Some(r) = f.first(Family::Report) {
        return Some(relative_report(f, r).unwrap_or(r));
    }
    [Family::According, Family::Evidence]
        .iter()
        .find_map(|&family| f.first(family))
}

/// "We have taken note of the statement by X, which said that …", « … de l'ambassade,
/// qui a affirmé que … »: when the first reporting verb takes a noun as its object, a
/// later one in a relative clause on a party (after a comma) says what the sentence
/// reports, and its antecedent speaks (unless the speaker cites it as evidence).
fn relative_report<'f>(f: &'f Facts, first: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    // « … », a martelé X, porte-parole de Y, qui a dénoncé …: a verb after quoted words
    // reports them, whatever a relative clause adds.
    let after_quote = previous_word(t, first.first).map_or(0, |p| p + 1)..first.first;
    if after_quote
        .clone()
        .any(|k| matches!(t[k].raw, "»" | "”" | "\""))
    {
        return None;
    }
    // A clause, a quotation or a colon after the first verb is what it reports.
    let says_a_clause = |i: usize| {
        matches!(t[i].lower.as_str(), "that" | "que" | "qu")
            || matches!(t[i].raw, ":" | ";" | "«" | "“" | "\"")
    };
    f.hits
        .iter()
        .filter(|h| h.family == Family::Report && h.first > first.last)
        .find(|h| {
            let Some(rel) = (first.last + 1..h.first)
                .rev()
                .find(|&i| t[i].word && !f.is(i, Family::Aux) && !f.is(i, Family::Auxiliary))
            else {
                return false;
            };
            f.is(rel, Family::Relative)
                && !matches!(t[rel].lower.as_str(), "whose" | "dont")
                && rel > 0
                && t[rel - 1].is(",")
                && !(first.last + 1..rel).any(says_a_clause)
                // "citing a report by X, which revealed …": the speaker makes the
                // cited words their own.
                && !f
                    .hits
                    .iter()
                    .any(|e| e.family == Family::Evidence && e.first > first.last && e.last < rel)
        })
}

/// The claims a sentence carries, in the order they are reported.
pub(crate) fn decide(f: &Facts) -> Vec<Decision> {
    if only_asks(f) {
        return Vec::new();
    }
    // A sentence that is all one quotation is its speaker's words ("“This is intolerable
    // and there will be a response.”" after "“…,” the minister told reporters.").
    let reported = f.reported() || f.whole_quotation();
    let report = report_cue(f);
    if let Some(out) = answer_to_charge(f, report, reported) {
        return out;
    }
    if let Some(out) = admission_or_condemnation(f, report, reported) {
        return out;
    }
    let mut out = reported_claims(f, report, reported);
    unaccuse_if_author_open(f, &mut out);
    out
}

/// Whether the sentence is a question with no claim stated before it.
fn only_asks(f: &Facts) -> bool {
    // A question asserts nothing ("Did you summon the ambassador?").
    let asks = f
        .tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.raw, "»" | "”" | "\"" | ")"));
    // ("Some experts blame X: who is behind it?" still reports what comes before the
    // colon or semicolon that opens the question.)
    asks.is_some_and(|t| t.is("?")) && !asserts_before_question(f)
}

/// The claims of a sentence that answers a charge: declining, denying, a charge and its denial.
fn answer_to_charge(f: &Facts, report: Option<&Hit>, reported: bool) -> Option<Vec<Decision>> {
    if let Some(h) = declining_cue(f) {
        return Some(non_confirmation(f, h));
    }
    // "claimed the attack … without giving evidence": an explicit admission is no denial
    // for the doubt the sentence adds.
    let deny_content = f.has(Family::DenyContent)
        && (reported || f.has(Family::AccuseNoun))
        && !f.has(Family::Acknowledge);
    // "does not deny that someone got in", « ne conteste pas »: a denial negated admits.
    if let Some(h) = negated_denial(f) {
        return Some(acknowledgment(f, h));
    }
    if f.has(Family::Deny) || deny_content {
        return Some(denial(f, report));
    }
    if let Some((charge, smear)) = smear_after_charge(f) {
        return Some(vec![
            decision(Stance::Accusation, Some(charge)),
            decision(Stance::Denial, Some(smear)),
        ]);
    }
    condemned_accusation(f).map(|h| charge_then_denial(f, h))
}

/// The cue that declines to confirm, unless a longer denying phrase holds it.
fn declining_cue<'f>(f: &'f Facts) -> Option<&'f Hit> {
    // (« a renvoyé aux démentis »: a longer denying phrase holding the declining one denies.)
    f.first(Family::NonConfirm).filter(|h| {
        !f.hits
            .iter()
            .any(|d| d.family == Family::Deny && d.first <= h.last && h.last < d.last)
    })
}

/// The accusations in clauses before a condemned accusation `h`, then the denial it makes.
fn charge_then_denial(f: &Facts, h: &Hit) -> Vec<Decision> {
    // "Freedonia accuses X of the hack, X denounces a slander": the charge in a clause
    // of its own before the denial stands too.
    let mut out: Vec<Decision> = accusations(f)
        .into_iter()
        .filter(|d| {
            d.cue
                .as_ref()
                .is_some_and(|a| a.last < h.first && comma_between(f, a, h))
        })
        .collect();
    out.push(decision(Stance::Denial, Some(h)));
    out
}

/// The claims of a sentence that admits, condemns or says no to what it reports.
fn admission_or_condemnation(
    f: &Facts,
    report: Option<&Hit>,
    reported: bool,
) -> Option<Vec<Decision>> {
    if let Some(h) = f.first(Family::Acknowledge) {
        return Some(acknowledgment(f, h));
    }
    // « nous condamnons cette campagne de dénigrement »: condemning the accusation as a
    // smear answers it. (Urging the accuser to stop is a condemnation: it asks for an act.)
    let condemns = f.first(Family::Condemn);
    if let Some(h) = condemns.filter(|_| f.has(Family::Smear) && !f.attack_content()) {
        return Some(vec![decision(Stance::Denial, Some(h))]);
    }
    if let Some(h) = f.first(Family::Condemn) {
        return Some(condemning(f, h));
    }
    if f.has(Family::CondemnContent) && reported && !f.attack_content() {
        return Some(vec![decision(Stance::Condemnation, report)]);
    }
    if let Some(r) = report.filter(|r| says_no(f, r)) {
        return Some(vec![decision(Stance::Denial, Some(r))]);
    }
    None
}

/// Accusations turned to other claims where the sentence leaves the attack's author open.
fn unaccuse_if_author_open(f: &Facts, out: &mut [Decision]) {
    // "Whoever was behind it, …": with the author left open, nobody is accused.
    if super::framing::author_left_open(f) {
        for d in out {
            if d.stance == Stance::Accusation {
                d.stance = Stance::OtherClaim;
            }
        }
    }
}

/// An admission phrase that holds the sentence's denying verb ("does not deny that").
fn negated_denial<'f>(f: &'f Facts) -> Option<&'f Hit> {
    f.hits.iter().find(|a| {
        a.family == Family::Acknowledge
            && f.hits
                .iter()
                .any(|d| d.family == Family::Deny && a.first <= d.first && d.last <= a.last)
    })
}

/// "Freedonia says it did not", « Freedonia assure que non »: a reporting verb whose whole
/// content is a negated pronoun clause with no verb of its own, or a bare no, answers the
/// charge before it.
fn says_no(f: &Facts, report: &Hit) -> bool {
    let t = &f.tokens;
    let words: Vec<usize> = (report.last + 1..t.len()).filter(|&i| t[i].word).collect();
    let content = match words.split_first() {
        Some((&i, rest)) if matches!(t[i].lower.as_str(), "that" | "que" | "qu") => rest,
        _ => &words[..],
    };
    match content {
        [no] => matches!(t[*no].lower.as_str(), "non" | "not"),
        [pronoun, aux, not] => {
            f.is(*pronoun, Family::Pronoun)
                && f.is(*aux, Family::Aux)
                && f.is(*not, Family::Negation)
        }
        _ => false,
    }
}

/// A call on a party: "urged Freedonia to stop its cyberattacks", asking it to stop
/// attacking, says that it attacks; any other call condemns.
fn urged(f: &Facts, h: &Hit) -> Stance {
    let stops = f
        .hits
        .iter()
        .find(|c| c.family == Family::Ceasing && c.first > h.last);
    let attacks = stops.is_some_and(|c| {
        f.hits.iter().any(|a| {
            a.family == Family::Attack
                && a.first > c.last
                && a.first <= c.last + HALTED_ATTACK_REACH
        })
    });
    if attacks {
        Stance::Accusation
    } else {
        Stance::Condemnation
    }
}

/// The claims of a sentence with no denial, admission or condemnation: accusations, a
/// victim's confirmation, a claimed attack, reported attacks or smears, calls, a
/// first-party text's own charge, and other reported claims.
fn reported_claims(f: &Facts, report: Option<&Hit>, reported: bool) -> Vec<Decision> {
    // « reproche à la direction d'avoir tardé »: a reproach for a failing charges no attack.
    if f.has(Family::Accuse) && super::framing::reproach_without_attack(f) {
        return vec![decision(Stance::OtherClaim, f.first(Family::Accuse))];
    }
    if f.has(Family::Accuse) {
        // "blaming us is an easy excuse": speaking of the
        // accusation, not making it, answers it.
        let only_named = f
            .hits
            .iter()
            .filter(|h| h.family == Family::Accuse)
            .all(|h| names_the_accusation(f, h));
        if only_named && reported {
            return vec![decision(Stance::Denial, report)];
        }
        // "The operator blames the outage on a software update": a mundane cause, and no
        // one to blame, denies that an attack caused it.
        if let Some(h) = blamed_on_mundane_cause(f) {
            return vec![decision(Stance::Denial, Some(h))];
        }
        return with_coordinated_condemnation(f, accusations(f));
    }
    if victim_confirms(f, report) {
        return vec![decision(Stance::Acknowledgment, report)];
    }
    if let Some(r) = report.filter(|r| claims_own_attack(f, r)) {
        return vec![decision(Stance::Acknowledgment, Some(r))];
    }
    // "no customer data was accessed": an attack said not to have happened accuses no one.
    if reported && f.attack_content() && super::framing::only_negated_attacks(f) {
        return vec![decision(Stance::OtherClaim, report)];
    }
    if reported && super::framing::only_negated_effects(f) {
        return vec![decision(Stance::OtherClaim, report)];
    }
    if reported && f.attack_content() {
        return with_coordinated_condemnation(f, vec![decision(Stance::Accusation, report)]);
    }
    // ("We urge X to stop smearing us" asks for an act: a condemnation, below.)
    if reported && f.has(Family::Smear) && !f.has(Family::Urge) {
        let mut d = decision(Stance::Accusation, report);
        d.smear = true;
        return vec![d];
    }
    if let Some(h) = f.first(Family::Urge) {
        return vec![decision(urged(f, h), Some(h))];
    }
    // An advisory's or a research blog's own account of what a named actor did ("The
    // operators used a backdoor …", "Nightjar: a wiper hits …, and why we tie it to X")
    // is the publisher's charge against that actor.
    if f.own_text && report.is_none() && f.has(Family::Attack) && names_actor(f) {
        return vec![decision(Stance::Accusation, None)];
    }
    // A headline's own account of an attack it ties to someone ("Freedonian spies behind
    // …", "… campaign linked to X", "X-sponsored actor targeting …") sums up the charge its
    // story reports; the story's first accuser speaks it (`headline`).
    if f.headline && report.is_none() && f.has(Family::Attack) && ties_to_someone(f) {
        return vec![decision(Stance::Accusation, None)];
    }
    // A first-party text's own sentence asserts something of the conflict only with a verb
    // that says so: its topic words alone are its subject matter.
    let own_plain = f.own_text && report.is_none();
    // (A topic word inside the cue itself, « a transmis une réponse », is no subject.)
    let topic = f.hits.iter().any(|h| {
        h.family == Family::Topic && !report.is_some_and(|r| r.first <= h.first && h.last <= r.last)
    });
    // "According to the agency, the intruders first got in through …", « Selon lui, … »: a
    // phrase that hands the sentence to a source marks it as that source's assertion, in a
    // story about the conflict, whatever its words.
    let sourced = report.is_some_and(|r| r.family == Family::According);
    if reported && !own_plain && (f.quoted || topic || sourced || f.has(Family::Support)) {
        return vec![decision(Stance::OtherClaim, report)];
    }
    Vec::new()
}

/// "X said Y was behind the attack and vowed that Y would be held accountable", « … a-t-il
/// déclaré, ajoutant que la Freedonie ne se laissera pas intimider »: a condemnation in a
/// clause coordinated after the charge is a claim of its own, after it.
fn with_coordinated_condemnation(f: &Facts, mut out: Vec<Decision>) -> Vec<Decision> {
    let after = out
        .iter()
        .filter_map(|d| d.cue.as_ref().map(|c| c.last))
        .max()
        .unwrap_or(0);
    // ("estime que X … et qu'il …": a second "that" clause goes on with what is reported.)
    let t = &f.tokens;
    let joins = |i: usize| {
        let more_content = (i + 1..t.len())
            .find(|&k| t[k].word)
            .is_some_and(|k| matches!(t[k].lower.as_str(), "that" | "que" | "qu"));
        match t[i].lower.as_str() {
            "and" | "et" => !more_content,
            "adding" | "ajoutant" => true,
            _ => false,
        }
    };
    let condemns = f.hits.iter().find(|h| {
        matches!(h.family, Family::Condemn | Family::CondemnContent)
            && h.first > after
            && (after + 1..h.first).any(joins)
    });
    if let Some(h) = condemns {
        out.push(in_coordinated_clause(decision(
            Stance::Condemnation,
            Some(h),
        )));
    }
    out
}

/// A decision said in a clause coordinated with the one before it: same speaker, same party.
fn in_coordinated_clause(d: Decision) -> Decision {
    Decision {
        shares_speaker: true,
        ..d
    }
}

/// Whether a question opens after a colon or semicolon and a claim's cue stands before it.
fn asserts_before_question(f: &Facts) -> bool {
    let Some(cut) = f.tokens.iter().rposition(|t| t.is(":") || t.is(";")) else {
        return false;
    };
    // A transcript's label ("Question :") is no clause of its own.
    if cut <= f.label_end {
        return false;
    }
    f.hits.iter().any(|h| {
        h.last < cut
            && matches!(
                h.family,
                Family::Accuse
                    | Family::AccuseNoun
                    | Family::Deny
                    | Family::Report
                    | Family::According
            )
    })
}

/// How many words after "it"/"we" the attack it claims may come ("it had carried out the
/// attack": an auxiliary, a verb, its particle and an article between).
const OWN_ATTACK_REACH: usize = 5;

/// "The group wrote on Telegram that it had carried out the attack", « le collectif
/// affirme avoir mené l'attaque »: a reporter saying it did the attack itself claims it.
fn claims_own_attack(f: &Facts, r: &Hit) -> bool {
    let t = &f.tokens;
    // "wrote on Telegram that it …": past a short place of saying to its "that".
    let that = (r.last + 1..t.len())
        .take(OWN_ATTACK_REACH + 1)
        .find(|&i| matches!(t[i].lower.as_str(), "that" | "que" | "qu"));
    // "claimed on Sunday to have hacked …": past a short time phrase to its "to have".
    let to_have = (r.last + 1..t.len().saturating_sub(1))
        .take(OWN_ATTACK_REACH + 1)
        .find(|&i| t[i].lower == "to" && t[i + 1].lower == "have")
        .map(|i| i + 1);
    let mut k = to_have.or(that.map(|i| i + 1)).unwrap_or(r.last + 1);
    while k < t.len() && !t[k].word {
        k += 1;
    }
    // A pronoun or "we" as its subject, or « avoir » / "to have" and a participle with none.
    let own = k < t.len()
        && (f.is(k, Family::Pronoun)
            || f.is(k, Family::FirstPerson)
            || t[k].lower == "avoir"
            || Some(k) == to_have);
    // Its verb, past auxiliaries: an attack verb ("it hacked"), or a verb of doing with the
    // attack as its object ("it had carried out the attack"); not "it had observed the
    // malware".
    let verb = (k + 1..t.len())
        .find(|&i| t[i].word && !f.is(i, Family::Aux) && !f.is(i, Family::Auxiliary));
    let attack = verb.is_some_and(|v| {
        f.is(v, Family::Attack)
            || (f.is(v, Family::Doing)
                && (v + 1..t.len())
                    .take(OWN_ATTACK_REACH)
                    .any(|i| f.is(i, Family::Attack)))
    });
    let passive = verb.is_some_and(|v| (k + 1..v).any(|i| f.is(i, Family::Passive)));
    let by_someone = f.has(Family::AttribPost) || f.has(Family::Accuse);
    own && attack && !passive && !by_someone
}

/// The accusing cue whose clause blames a mundane cause ("a faulty software update", «
/// une panne ») and names no actor, group or country: what the outage is put down to.
fn blamed_on_mundane_cause<'f>(f: &'f Facts) -> Option<&'f Hit> {
    let h = f.first(Family::Accuse)?;
    let clause = super::tokens::clause_from(&f.tokens, h.last + 1);
    let mundane = clause.iter().any(|&i| f.is(i, Family::MundaneCause));
    let someone = !f.groups.is_empty()
        || clause
            .iter()
            .any(|&i| f.is(i, Family::Actor) || f.is(i, Family::ThreatRef))
        || f.sides.iter().any(|s| s.first > h.last);
    (mundane && !someone).then_some(h)
}

/// Whether a sentence ties an attack to someone: an actor it names or describes, or an
/// attribution word ("behind", "linked to", « parrainé par »).
fn ties_to_someone(f: &Facts) -> bool {
    names_actor(f) || f.has(Family::Actor) || f.has(Family::AttribPre) || f.has(Family::AttribPost)
}

/// The sentence names a threat actor: a group or malware, or describes one ("the actor",
/// "the operators", « ce mode opératoire »).
fn names_actor(f: &Facts) -> bool {
    !f.groups.is_empty()
        || !f.malware.is_empty()
        || (0..f.tokens.len()).any(|i| f.is(i, Family::ThreatRef))
}

/// Declining to confirm, and a denial by a second voice in a later clause ("X did not
/// respond, but Y has dismissed such claims").
/// "The city confirmed that its servers had been encrypted": a victim confirming it was hit,
/// naming no attacker, acknowledges the attack and accuses no one.
fn victim_confirms(f: &Facts, report: Option<&Hit>) -> bool {
    // The confirming verb may be the report ("The city confirmed that …") or stand in
    // the quotation the report closes ("“We can confirm that …,” she told reporters").
    let confirms = |i: usize| f.is(i, Family::Confirm);
    let Some(r) = report.filter(|r| confirms(r.first)).or_else(|| {
        f.hits
            .iter()
            .find(|h| (h.first..=h.last).any(confirms) || confirms(h.first))
    }) else {
        // "“We detected unusual activity on one server,” she said": a victim saying in the
        // first person that it noticed an attack admits it without a verb of confirming.
        let speaks = f.reported() || f.whole_quotation() || f.own_text;
        return speaks && first_person_undergoes(f) && !names_attacker(f);
    };
    let attackish = |h: &Hit| matches!(h.family, Family::Attack | Family::Incident);
    // The confirmed attack follows the verb ("confirmed that its servers were encrypted")
    // or comes before it in a quotation ("“… were encrypted,” she confirmed").
    // What an attack did counts too ("files were copied", « a été perturbée »), and an
    // incident "detected" in the passive.
    let passive_attack = f.hits.iter().any(|h| {
        (matches!(h.family, Family::Attack | Family::Effect)
            || (h.family == Family::Undergo && f.hits.iter().any(attackish)))
            && h.first != r.first
            && previous_word(&f.tokens, h.first).is_some_and(|p| f.is(p, Family::Passive))
    });
    // "confirmed the breach", « a confirmé l'intrusion »: the attack is the verb's object.
    let object_attack = f.hits.iter().any(|h| {
        attackish(h)
            && h.first > r.last
            && (r.last + 1..h.first)
                .filter(|&i| f.tokens[i].word)
                .all(|i| f.is(i, Family::Determiner))
    });
    // "confirmed that its platforms had suffered a massive attack", « a confirmé avoir
    // détecté une intrusion »: the attack is what the victim underwent or noticed.
    let undergone = f.hits.iter().any(|h| {
        attackish(h)
            && h.first > r.last
            && (h.first.saturating_sub(UNDERGO_REACH)..h.first)
                .any(|i| i > r.last && f.is(i, Family::Undergo))
    });
    // "confirmed that an unauthorised party had reached its servers", « a confirmé
    // que des pirates avaient pénétré le réseau »: an intruder it cannot name did the attack.
    let intruder_then_attack = |from: usize, to: usize| {
        from > r.last
            && f.hits.iter().any(|h| {
                h.family == Family::Attack && h.first > to && h.first <= to + UNDERGO_REACH
            })
    };
    let unnamed_intruder = f
        .hits
        .iter()
        .any(|i| i.family == Family::Incident && intruder_then_attack(i.first, i.last))
        || (r.last + 1..f.tokens.len())
            .any(|i| f.is(i, Family::Actor) && !sided(f, i) && intruder_then_attack(i, i));
    (passive_attack || object_attack || undergone || unnamed_intruder) && !names_attacker(f)
}

/// Whether the word at `i` is qualified by a side right before or after it ("Russian
/// hackers", « des pirates russes »).
fn sided(f: &Facts, i: usize) -> bool {
    f.sides.iter().any(|s| s.last + 1 == i || s.first == i + 1)
}

/// Whether the sentence names who attacked: a group, an attribution or an accusation.
/// ("part of its network" is where, not whose: "part of" before a possessive names no one.)
fn names_attacker(f: &Facts) -> bool {
    let attributes = f.hits.iter().any(|h| {
        h.family == Family::AttribPost
            && !(h.last + 1..f.tokens.len())
                .find(|&i| f.tokens[i].word)
                .is_some_and(|n| f.is(n, Family::Possessive))
    });
    !f.groups.is_empty() || attributes || f.has(Family::AttribPre) || f.has(Family::Accuse)
}

/// How many words may stand between a verb of saying and the reporter's own pronoun
/// ("said on Friday that it": a preposition, a day and the complementizer).
const REPORTER_PRONOUN_REACH: usize = 3;

/// "the operator says it is looking into an incident", « la société indique qu'elle a
/// détecté »: the pronoun soon after a verb of saying, in the same clause, is the reporter
/// itself.
fn reporter_itself(f: &Facts, i: usize) -> bool {
    let t = &f.tokens;
    if !f.is(i, Family::Pronoun) {
        return false;
    }
    let words: Vec<usize> = (0..i)
        .rev()
        .take_while(|&k| !t[k].is_boundary())
        .filter(|&k| t[k].word)
        .take(REPORTER_PRONOUN_REACH + 1)
        .collect();
    f.hits
        .iter()
        .any(|h| h.family == Family::Report && words.contains(&h.last))
}

/// "we detected unusual activity", « nous avons subi une intrusion », "we were
/// attacked": a first-person subject, then a verb of undergoing or noticing and the
/// attack or incident it names, or an attack in the passive.
/// (The reporter's own "it" after its verb of saying counts as the first person for what it
/// noticed.)
fn first_person_undergoes(f: &Facts) -> bool {
    // The subject: the last word before the verb that is no auxiliary, or the one before
    // it when that word is a lowercase adverb ("we first saw", « nous avons vite repéré »).
    // (The reporter's "it" counts only for what it noticed: "X said it had been attacked
    // by Y" is a charge against Y.)
    let first_person_before = |h: &Hit, reporter: bool| {
        let mut words = (0..h.first)
            .rev()
            .filter(|&i| f.tokens[i].word)
            .filter(|&i| {
                ![Family::Aux, Family::Auxiliary, Family::Passive]
                    .iter()
                    .any(|&a| f.is(i, a))
            });
        let (Some(near), far) = (words.next(), words.next()) else {
            return false;
        };
        let adverb = |i: usize| {
            f.tokens[i].raw.chars().all(char::is_lowercase)
                && !f.is(i, Family::Determiner)
                && !f.is(i, Family::Possessive)
                && !f.hits.iter().any(|h| h.first <= i && i <= h.last)
        };
        let own = |i: usize| f.is(i, Family::FirstPerson) || (reporter && reporter_itself(f, i));
        own(near) || (adverb(near) && far.is_some_and(own))
    };
    let passive = f.hits.iter().any(|h| {
        h.family == Family::Attack
            && previous_word(&f.tokens, h.first).is_some_and(|p| f.is(p, Family::Passive))
            && first_person_before(h, false)
    });
    let noticed = f.hits.iter().any(|u| {
        u.family == Family::Undergo
            && first_person_before(u, true)
            && f.hits.iter().any(|h| {
                matches!(h.family, Family::Attack | Family::Incident)
                    && h.first > u.last
                    && h.first <= u.last + UNDERGO_REACH
            })
    });
    passive || noticed
}

/// How many tokens before an attack word the verb of undergoing it may stand ("suffered
/// « a massive denial-of-service attack »": a quotation mark, an article, an adjective and
/// a hyphenated compound, whose hyphens are tokens of their own).
const UNDERGO_REACH: usize = 10;

fn non_confirmation(f: &Facts, h: &Hit) -> Vec<Decision> {
    let clause_break = |a: usize, b: usize| {
        (a..b).any(|i| {
            f.tokens[i].is_boundary()
                || matches!(f.tokens[i].lower.as_str(), "and" | "et" | "but" | "mais")
        })
    };
    let in_other_clause = |family: Family| {
        f.hits.iter().find(|d| {
            d.family == family
                && ((d.first > h.last && clause_break(h.last, d.first))
                    || (d.last < h.first && clause_break(d.last, h.first)))
        })
    };
    // "X did not respond, but Y has dismissed such claims", "il a nié … et refusé de dire":
    // a denying verb in another clause is a denial of its own; "X a reconnu un incident
    // …, sans se prononcer sur les auteurs": the admission stands too.
    [
        (Family::Deny, Stance::Denial),
        (Family::Acknowledge, Stance::Acknowledgment),
    ]
    .into_iter()
    .filter_map(|(family, stance)| in_other_clause(family).map(|d| decision(stance, Some(d))))
    .fold(
        vec![decision(Stance::NonConfirmation, Some(h))],
        |mut out, d| {
            out.push(d);
            out
        },
    )
}

/// A denial first: it answers the accusation under discussion, while an accusation
/// in the same sentence ("X denies Y's accusation") is a claim of its own.
fn denial(f: &Facts, report: Option<&Hit>) -> Vec<Decision> {
    let cue = f
        .first(Family::Deny)
        .or(report)
        .or(f.first(Family::DenyContent));
    let mut out = vec![decision(Stance::Denial, cue)];
    let accusing = f
        .hits
        .iter()
        .find(|h| h.family == Family::Accuse && !names_the_accusation(f, h));
    // "X rejected Y's accusation that … and accused Y of …": X's denial, Y's accusation
    // and X's own charge.
    if let Some(n) = attributed_accusation(f) {
        out.push(decision(Stance::Accusation, Some(n)));
    }
    if let Some(a) = accusing {
        out.push(decision(Stance::Accusation, Some(a)));
    } else if let Some(r) = cue.and_then(|c| charge_in_next_clause(f, c)) {
        out.push(decision(Stance::Accusation, Some(r)));
    } else if let Some(r) = cue.and_then(|c| charge_before_apposition(f, c)) {
        out.push(decision(Stance::Accusation, Some(r)));
    } else if let Some(r) = cue.and_then(|c| charge_in_earlier_clause(f, c)) {
        out.push(decision(Stance::Accusation, Some(r)));
    }
    out
}

/// "Freedonia says hackers raided its ministries; Ruritania denies" (a headline's two
/// halves), « X affirme que … ; Y dément »: a reported attack in a clause a semicolon
/// closes before the denial is the charge it answers, a claim of its own.
fn charge_in_earlier_clause<'f>(f: &'f Facts, denial: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let semicolon = (0..denial.first).rev().find(|&i| t[i].is(";"))?;
    reported_attack_before(f, semicolon)
}

/// "Freedonia says hackers raided its grid; Ruritania calls it a smear": a smear word in
/// the half a semicolon opens answers the charge reported before it (a headline's two
/// voices); the charge is a claim of its own.
fn smear_after_charge<'f>(f: &'f Facts) -> Option<(&'f Hit, &'f Hit)> {
    let semicolon = f.tokens.iter().position(|t| t.is(";"))?;
    let smear = f
        .hits
        .iter()
        .find(|h| h.family == Family::Smear && h.first > semicolon)?;
    Some((reported_attack_before(f, semicolon)?, smear))
}

/// "Microsoft said Chinese hackers stole a key, an assessment Beijing rejected": the
/// denial sits in an apposition after the reported charge it answers, a claim of its own.
fn charge_before_apposition<'f>(f: &'f Facts, denial: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let comma = (0..denial.first).rev().find(|&i| t[i].is(","))?;
    // The apposition opens with an article and a noun naming the charge.
    let opens = (comma + 1..denial.first)
        .find(|&i| t[i].word)
        .is_some_and(|i| matches!(t[i].lower.as_str(), "a" | "an" | "une" | "un"));
    reported_attack_before(f, comma).filter(|_| opens)
}

/// The first reporting verb before token `end` whose content, up to `end`, holds an attack.
fn reported_attack_before<'f>(f: &'f Facts, end: usize) -> Option<&'f Hit> {
    let report = f
        .hits
        .iter()
        .find(|r| r.family == Family::Report && r.last < end)?;
    let attack = f
        .hits
        .iter()
        .any(|a| a.family == Family::Attack && a.first > report.last && a.last < end);
    attack.then_some(report)
}

/// "X denied the charge and said it was itself the target of attacks by Y", "…, adding
/// that Y had attacked it": after a
/// denial, a coordinated clause that reports an attack and names a party makes a charge
/// of its own (which the article pass turns into a counter-accusation).
fn charge_in_next_clause<'f>(f: &'f Facts, denial: &Hit) -> Option<&'f Hit> {
    // "… and said", "…, adding that": a coordinator or a clause's comma.
    let coordinator = |i: usize| {
        f.tokens[i].is_boundary()
            || matches!(
                f.tokens[i].lower.as_str(),
                "and" | "but" | "et" | "mais" | ";"
            )
    };
    let report = f.hits.iter().find(|r| {
        r.family == Family::Report
            && r.first > denial.last
            && (denial.last + 1..r.first).any(coordinator)
    })?;
    let attack = f
        .hits
        .iter()
        .find(|a| a.family == Family::Attack && a.first > report.last)?;
    let names_party = f.sides.iter().any(|s| s.first > report.last)
        || f.mentions.iter().any(|m| m.first > report.last)
        || f.tokens[attack.last + 1..]
            .iter()
            .take(AGENT_AFTER_ATTACK)
            .any(|t| matches!(t.lower.as_str(), "by" | "par" | "from"));
    names_party.then_some(report)
}

/// "attempts to blame our country are absurd", "blaming us is an easy excuse",
/// « accuser la Freedonie est un prétexte »: an accusing verb in the infinitive after
/// "to"/"de", or in the gerund or infinitive opening its clause, names the accusation a
/// denial answers, not a new one.
fn names_the_accusation(f: &Facts, h: &Hit) -> bool {
    let t = &f.tokens;
    let prev = previous_word(t, h.first);
    let after_to = prev.is_some_and(|p| matches!(t[p].lower.as_str(), "to" | "de" | "d"));
    let opens_clause = match prev {
        None => true,
        Some(p) => (p + 1..h.first).any(|i| t[i].is_boundary()),
    };
    let word = t[h.first].lower.as_str();
    let nonfinite = word.ends_with("ing") || word.ends_with("er");
    // The accusing clause is the subject of a verb of being ("blaming us is an easy
    // excuse"); an appended participle ("…, pinning the theft on X") makes the charge.
    let end = (h.last + 1 + SUBJECT_VERB_REACH).min(t.len());
    let is_subject = (h.last + 1..end).any(|i| f.is(i, Family::Passive));
    after_to || (opens_clause && nonfinite && is_subject)
}

/// Whether a comma stands between cue `a` and the later cue `h`.
fn comma_between(f: &Facts, a: &Hit, h: &Hit) -> bool {
    (a.last + 1..h.first).any(|i| f.tokens[i].is(","))
}

/// "a dénoncé des « accusations malveillantes »", "denounced the allegations":
/// condemning the accusation itself rejects it.
fn condemned_accusation<'f>(f: &'f Facts) -> Option<&'f Hit> {
    f.hits.iter().find(|h| {
        h.family == Family::Condemn
            && f.hits.iter().any(|n| {
                // "a dénoncé des « accusations »", "denounced a disinformation campaign",
                // « dénonce une diffamation ».
                matches!(
                    n.family,
                    Family::AccuseNoun | Family::Smear | Family::DenyContent
                ) && n.first > h.last
                    && n.first <= h.last + CONDEMNED_NOUN_REACH
            })
    })
}

/// A condemning cue: "X firmly opposes all forms of cyberattack" (opposing attacks in
/// general) denies; anything else condemns.
fn condemning(f: &Facts, h: &Hit) -> Vec<Decision> {
    let opposes = (h.first..=h.last).any(|i| f.is(i, Family::Opposes));
    let attacks_after = f
        .hits
        .iter()
        .any(|a| a.family == Family::Attack && a.first > h.last);
    if opposes && attacks_after {
        return vec![decision(Stance::Denial, Some(h))];
    }
    // « a dénoncé une cyberattaque orchestrée depuis la Freedonie »: condemning an attack
    // while saying who did it is a new factual charge, an accusation.
    let attributes = f
        .hits
        .iter()
        .any(|a| a.family == Family::AttribPost && a.first > h.last);
    if attributes && !opposes {
        return vec![decision(Stance::Accusation, Some(h))];
    }
    condemnation(f, h)
}

/// A condemnation and, in another clause, the accusation it rests on ("X summoned Y's
/// ambassador after concluding that Z was behind the attack").
fn condemnation(f: &Facts, h: &Hit) -> Vec<Decision> {
    let mut out = vec![decision(Stance::Condemnation, Some(h))];
    let accusing_clause = f.hits.iter().find(|a| {
        matches!(a.family, Family::Accuse | Family::AttribPre)
            && (a.first > h.last || a.last < h.first)
            && (a.first.min(h.first)..a.first.max(h.first)).any(|i| {
                f.is(i, Family::Subordinator)
                    || f.tokens[i].lower == "that"
                    || f.tokens[i].lower == "que"
            })
    });
    // "X has attributed the attacks to Y and has expelled its diplomats": the accusation,
    // and the measure coordinated with it.
    let coordinated = f.hits.iter().find(|a| {
        a.family == Family::Accuse
            && a.last < h.first
            && (a.last + 1..h.first).any(|i| matches!(f.tokens[i].lower.as_str(), "and" | "et"))
            && !(a.last + 1..h.first).any(|i| {
                f.is(i, Family::Subordinator)
                    || matches!(f.tokens[i].lower.as_str(), "that" | "que")
            })
    });
    // "X sanctioned two officers, alleging that they ran Y's intrusions": the measure's reason,
    // appended in a participle, is the charge.
    let appended_reason = f.hits.iter().any(|a| {
        a.family == Family::Accuse
            && a.first > h.last
            && (f.tokens[a.first].lower.ends_with("ing")
                || f.tokens[a.first].lower.ends_with("ant"))
            && previous_word(&f.tokens, a.first)
                .is_some_and(|p| (p + 1..a.first).any(|i| f.tokens[i].is(",")))
    });
    if appended_reason {
        return accusations(f);
    }
    // (Coordinated, both stand: the charge, and the measure or protest after it.)
    if coordinated.is_some() && accusing_clause.is_none() {
        let mut both = accusations(f);
        both.push(in_coordinated_clause(decision(
            Stance::Condemnation,
            Some(h),
        )));
        return both;
    }
    // The accusation is reported by its own clause's verb ("after the government
    // concluded that …"), else by whoever condemns.
    if let Some(a) = accusing_clause {
        let (from, to) = (h.last.min(a.last), h.first.max(a.first));
        let own = f
            .hits
            .iter()
            .find(|r| r.family == Family::Report && r.first > from && r.last < to);
        out.push(decision(Stance::Accusation, own.or(Some(h))));
    }
    out
}

/// An admission, and an accusation in a clause of its own ("Lawmakers blame X for the
/// breach as the operator apologises"), in text order.
fn acknowledgment(f: &Facts, h: &Hit) -> Vec<Decision> {
    let admits = decision(Stance::Acknowledgment, Some(h));
    let other_clause = |a: &Hit| {
        let (from, to) = if a.last < h.first {
            (a.last + 1, h.first)
        } else {
            (h.last + 1, a.first)
        };
        (from..to).any(|i| f.is(i, Family::Subordinator))
    };
    let accusing = f
        .hits
        .iter()
        .find(|a| a.family == Family::Accuse && other_clause(a));
    match accusing {
        Some(a) if a.first < h.first => vec![decision(Stance::Accusation, Some(a)), admits],
        Some(a) => vec![admits, decision(Stance::Accusation, Some(a))],
        None => vec![admits],
    }
}

/// One accusation per clause with an accusing verb ("X accuses Y …, while Z blames X …").
fn accusations(f: &Facts) -> Vec<Decision> {
    let mut out: Vec<Decision> = Vec::new();
    let mut last_end = None;
    for h in f.hits.iter().filter(|h| h.family == Family::Accuse) {
        let new_clause = last_end.is_none_or(|end: usize| {
            (end..h.first).any(|i| f.tokens[i].is_boundary() || f.is(i, Family::Subordinator))
        });
        if new_clause {
            // "X told Reuters that the tools matched those of Y, a group that Z has tied
            // to W": the reporter's charge, then the attribution inside it.
            if let Some(r) = relative_inside_report(f, h) {
                out.push(decision(Stance::Accusation, Some(r)));
            }
            out.push(decision(Stance::Accusation, Some(h)));
        }
        last_end = Some(h.last + 1);
    }
    out
}

/// The reporting verb (or "according to") whose reported clause holds accusing verb `h`
/// inside a relative clause on a noun in apposition (", a group that several governments have tied to X",
/// « , un groupe que plusieurs éditeurs attribuent à X »).
fn relative_inside_report<'f>(f: &'f Facts, h: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let rel = (h.first.saturating_sub(RELATIVE_CUE_REACH)..h.first)
        .rev()
        .take_while(|&i| t[i].word || matches!(t[i].raw, "'" | "’"))
        .find(|&i| {
            f.is(i, Family::Relative) || matches!(t[i].lower.as_str(), "that" | "que" | "qu")
        })?;
    let comma = (rel.saturating_sub(APPOSITION_WORDS + 1)..rel)
        .rev()
        .find(|&i| t[i].is(","))?;
    let words_between = (comma + 1..rel).all(|i| t[i].word && !f.is(i, Family::Report));
    if !words_between {
        return None;
    }
    // The verb's "that"/« que » follows it closely ("told Reuters on Tuesday that"); an
    // "according to X" before speaks for the whole sentence.
    f.hits.iter().find(|r| {
        (r.family == Family::According && r.last < comma)
            || r.family == Family::Report
                && r.last < comma
                && (r.last + 1..comma)
                    .take_while(|&i| t[i].word || matches!(t[i].raw, "-" | "'" | "’"))
                    .filter(|&i| t[i].word)
                    .take(COMPLEMENTIZER_REACH)
                    .any(|i| matches!(t[i].lower.as_str(), "that" | "que" | "qu"))
    })
}

/// An accusation named with its author: "Kyiv's accusations", "les accusations de
/// Washington", "allegations by Seoul", "les accusations américaines".
fn attributed_accusation<'f>(f: &'f Facts) -> Option<&'f Hit> {
    let t = &f.tokens;
    f.hits
        .iter()
        .filter(|h| h.family == Family::AccuseNoun)
        .find(|h| {
            let before_possessive = h.first >= 2
                && t[h.first - 1].lower == "s"
                && matches!(t[h.first - 2].raw, "'" | "’");
            // The author follows the noun directly, with no mark between them.
            let next: Vec<usize> = (h.last + 1..t.len())
                .take_while(|&i| t[i].word)
                .take(AUTHOR_REACH_WORDS)
                .collect();
            let by_named = next.first().is_some_and(|&i| {
                matches!(
                    t[i].lower.as_str(),
                    "by" | "from" | "de" | "d" | "par" | "du" | "des"
                )
            }) && next[1..]
                .iter()
                .any(|&i| t[i].capitalised() && !f.is(i, Family::Determiner));
            // « les accusations américaines »: a country adjective after the noun; a
            // capitalised name there opens a relative clause ("an allegation Tehran denies").
            let side_after = next
                .first()
                .is_some_and(|&i| !t[i].capitalised() && f.sides.iter().any(|s| s.first == i));
            before_possessive || by_named || side_after
        })
}
