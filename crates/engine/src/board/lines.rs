//! One line per dispute, for the library's cards: "China accuses US; Global Times denies".
//! Built from an article's claims: accusers → accused first, then the answers, in a fixed
//! order of stances; parties by their display names, joined and agreed in number by rule.

use crate::claims::{Claim, Party};
use crate::Stance;
use serde::{Deserialize, Serialize};

/// `text` with its first letter in uppercase ("an unnamed source denies" opens a line).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// Who speaks when the engine found no speaker, in a summary line.
pub const UNNAMED: &str = "an unnamed source";

/// One dispute of an article, summed up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeLine {
    /// The engine's slug of the event (`china_2020`), for the link to the disputes page.
    pub about: String,
    /// The summary: "China accuses US; Global Times denies".
    pub text: String,
}

/// The verb of a stance for one speaker and for several, and whether the target follows it.
fn verb(stance: Stance, has_target: bool) -> (&'static str, &'static str, bool) {
    match (stance, has_target) {
        (Stance::Accusation, true) => ("accuses", "accuse", true),
        (Stance::Accusation, false) => ("makes accusations", "make accusations", false),
        (Stance::CounterAccusation, true) => ("accuses", "accuse", true),
        (Stance::CounterAccusation, false) => ("hits back", "hit back", false),
        (Stance::Denial, _) => ("denies", "deny", false),
        (Stance::NonConfirmation, _) => ("declines to comment", "decline to comment", false),
        (Stance::Acknowledgment, _) => ("acknowledges", "acknowledge", false),
        (Stance::Condemnation, true) => ("condemns", "condemn", true),
        (Stance::Condemnation, false) | (Stance::OtherClaim, _) => ("condemns", "condemn", false),
    }
}

/// Names joined as a reader writes them: "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// One clause as `(subject, predicate)`: speakers, then a verb agreed with their number and
/// the targets when the stance names them ("China and Russia", "accuse US and Japan in return").
fn clause(stance: Stance, speakers: &[String], targets: &[String]) -> (String, String) {
    let (one, many, shows_target) = verb(stance, !targets.is_empty());
    let mut out = (if speakers.len() > 1 { many } else { one }).to_string();
    if shows_target {
        out.push(' ');
        out.push_str(&join_names(targets));
        if stance == Stance::CounterAccusation {
            out.push_str(" in return");
        }
    }
    (join_names(speakers), out)
}

/// Clauses in order, those of the same subject following each other told as one
/// ("Global Times accuses Washington Post in return and denies").
fn sentence_of(clauses: Vec<(String, String)>) -> String {
    let mut merged: Vec<(String, Vec<String>)> = Vec::new();
    for (subject, predicate) in clauses {
        match merged.last_mut() {
            Some((last, predicates)) if *last == subject => predicates.push(predicate),
            _ => merged.push((subject, vec![predicate])),
        }
    }
    let told: Vec<String> = merged
        .iter()
        .map(|(subject, predicates)| format!("{subject} {}", join_names(predicates)))
        .collect();
    capitalised(&told.join("; "))
}

/// Push `item` unless it is there already (keeps the first order).
fn push_new(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The clauses of one stance: claims with the same speakers are told together, with all their
/// targets; a speaker answering several targets with the same words is named once.
fn clauses_of(stance: Stance, parties: &[(String, Option<String>)]) -> Vec<(String, String)> {
    // Speakers of each target, in first-appearance order.
    let mut by_target: Vec<(Option<String>, Vec<String>)> = Vec::new();
    for (speaker, target) in parties {
        let target = target.clone().filter(|_| verb(stance, true).2);
        match by_target.iter_mut().find(|(t, _)| *t == target) {
            Some((_, speakers)) => push_new(speakers, speaker.clone()),
            None => by_target.push((target, vec![speaker.clone()])),
        }
    }
    // Targets that share the same speakers make one clause.
    let mut groups: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for (target, speakers) in by_target {
        match groups.iter_mut().find(|(s, _)| *s == speakers) {
            Some((_, targets)) => targets.extend(target),
            None => groups.push((speakers, target.into_iter().collect())),
        }
    }
    groups
        .iter()
        .map(|(speakers, targets)| clause(stance, speakers, targets))
        .collect()
}

/// What a claim tells a summary: `(stance, speaker name, target name)`.
type Told = (Stance, String, Option<String>);

/// One line per disputed event of `claims`, in order of first appearance. `name` gives a
/// party's display name; an event with only remarks has no line.
pub fn dispute_lines<'a>(
    claims: impl IntoIterator<Item = &'a Claim>,
    name: impl Fn(&Party) -> String,
) -> Vec<DisputeLine> {
    // Per event: what each claim tells, in reading order.
    let mut events: Vec<(&str, Vec<Told>)> = Vec::new();
    for claim in claims {
        let speaker = claim.speaker.as_ref().map_or(UNNAMED.to_string(), &name);
        let target = claim.target.as_ref().map(&name);
        let told = (claim.stance, speaker, target);
        match events.iter_mut().find(|(about, _)| *about == claim.about) {
            Some((_, list)) => list.push(told),
            None => events.push((&claim.about, vec![told])),
        }
    }
    events
        .into_iter()
        .filter_map(|(about, told)| {
            // The stances in the order the reader learns them (accusations first); other
            // claims are remarks, not moves in the dispute, and stay out.
            let told_stances = Stance::ALL.into_iter().filter(|&s| s != Stance::OtherClaim);
            let clauses: Vec<(String, String)> = told_stances
                .flat_map(|stance| {
                    let parties: Vec<(String, Option<String>)> = told
                        .iter()
                        .filter(|(s, _, _)| *s == stance)
                        .map(|(_, speaker, target)| (speaker.clone(), target.clone()))
                        .collect();
                    clauses_of(stance, &parties)
                })
                .collect();
            (!clauses.is_empty()).then(|| DisputeLine {
                about: about.to_string(),
                text: sentence_of(clauses),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(name: &str) -> Party {
        Party {
            id: name.to_lowercase().replace(' ', "_"),
            name: name.to_string(),
        }
    }

    fn claim(about: &str, speaker: Option<&str>, stance: Stance, target: Option<&str>) -> Claim {
        Claim {
            sentence: 0,
            text: String::new(),
            speaker: speaker.map(party),
            stance,
            target: target.map(party),
            about: about.to_string(),
            cue: None,
        }
    }

    fn lines(claims: &[Claim]) -> Vec<String> {
        dispute_lines(claims, |p| p.name.clone())
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn names_join_with_commas_and_a_final_and() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_names(&names(&[])), "");
        assert_eq!(join_names(&names(&["A"])), "A");
        assert_eq!(join_names(&names(&["A", "B"])), "A and B");
        assert_eq!(join_names(&names(&["A", "B", "C"])), "A, B and C");
    }

    #[test]
    fn an_accusation_then_its_answers() {
        let claims = [
            claim("hack", Some("China"), Stance::Accusation, Some("US")),
            claim("hack", Some("Global Times"), Stance::Denial, Some("China")),
        ];
        assert_eq!(lines(&claims), ["China accuses US; Global Times denies"]);
    }

    #[test]
    fn several_speakers_agree_in_number_and_answers_follow_the_order_of_stances() {
        let claims = [
            claim("e", Some("Tokyo"), Stance::NonConfirmation, Some("Post")),
            claim("e", Some("Post"), Stance::Accusation, Some("China")),
            claim("e", Some("Officials"), Stance::Accusation, Some("China")),
            claim("e", Some("Post"), Stance::Accusation, Some("China")),
            claim("e", Some("Times"), Stance::CounterAccusation, Some("Post")),
            claim("e", Some("Times"), Stance::Denial, None),
            claim("e", Some("Times"), Stance::OtherClaim, None),
            claim("e", Some("Japan"), Stance::Condemnation, Some("China")),
            claim("e", Some("Biden"), Stance::Acknowledgment, Some("Japan")),
        ];
        assert_eq!(
            lines(&claims),
            [
                "Post and Officials accuse China; Times accuses Post in return and denies; \
              Tokyo declines to comment; Biden acknowledges; Japan condemns China"
            ]
        );
    }

    #[test]
    fn targets_of_the_same_speakers_share_a_clause_and_events_keep_their_order() {
        let claims = [
            claim("b", Some("Mao Ning"), Stance::Accusation, Some("US")),
            claim("a", Some("Japan"), Stance::Condemnation, None),
            claim("b", Some("Mao Ning"), Stance::Accusation, Some("Pentagon")),
            claim("b", Some("Kremlin"), Stance::Denial, None),
            claim("b", Some("Moscow"), Stance::Denial, None),
        ];
        let found = dispute_lines(&claims, |p| p.name.clone());
        let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Mao Ning accuses US and Pentagon; Kremlin and Moscow deny",
                "Japan condemns"
            ]
        );
        assert_eq!(found[0].about, "b");
    }

    #[test]
    fn one_speakers_answers_in_a_row_share_its_name() {
        let claims = [
            claim("e", Some("US"), Stance::Accusation, Some("Russia")),
            claim("e", Some("Kremlin"), Stance::NonConfirmation, None),
            claim("e", Some("Kremlin"), Stance::Denial, None),
            claim("e", Some("Kremlin"), Stance::CounterAccusation, Some("US")),
        ];
        assert_eq!(
            lines(&claims),
            ["US accuses Russia; Kremlin accuses US in return, denies and declines to comment"]
        );
    }

    #[test]
    fn an_unknown_speaker_is_unnamed_and_remarks_alone_make_no_line() {
        let claims = [
            claim("x", None, Stance::Accusation, Some("Iran")),
            claim("x", Some("Iran"), Stance::CounterAccusation, None),
            claim("y", Some("Japan"), Stance::OtherClaim, None),
            claim("z", Some("Seoul"), Stance::Accusation, None),
        ];
        assert_eq!(
            lines(&claims),
            [
                "An unnamed source accuses Iran; Iran hits back",
                "Seoul makes accusations"
            ]
        );
    }
}
