//! The article pass: decide each sentence's claims, resolve speakers against
//! the speakers seen so far, find targets, then settle events and counters.

use super::cands::{candidates, Cand, Kind, Sides};
use super::content::{clear_accused, clears, only_effects, opposes_attacks};
use super::events::{self, Draft};
use super::facts::previous_word;
use super::facts::{mark_quoted, mark_turns, Facts};
use super::lexicon::Family;
use super::parties::{passive, speaker, Speaker};
use super::speakers::{known, resolve, subject_phrase, Known, Previous};
use super::stance::{decide, Decision};
use super::targets::{addressee, target};
use super::tokens::Hit;
use super::voice;
use super::{publisher, Party};
use super::{Claim, Cue, Stance};
use crate::article::Lang;
use crate::entities::Mention;
use crate::sentences::Sentence;
use crate::text::{Span, Text};
use std::collections::BTreeSet;

/// Whether the first sentence is a headline (its own paragraph, no final stop).
fn is_headline(sentences: &[Sentence]) -> bool {
    sentences.len() > 1
        && sentences[1].paragraph != sentences[0].paragraph
        && !sentences[0]
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '»', '”'])
}

/// See [`super::extract`].
pub(crate) fn extract(
    text: &Text,
    sentences: &[Sentence],
    mentions: &[Mention],
    lang: Lang,
) -> Vec<Claim> {
    let mut facts: Vec<Facts> = sentences
        .iter()
        .map(|s| Facts::of(s, mentions, lang))
        .collect();
    mark_quoted(sentences, &mut facts);
    mark_turns(sentences, mentions, &mut facts);
    let transcript = facts.iter().any(|f| f.direct);
    let own = (!transcript)
        .then(|| publisher::first_party(sentences, mentions))
        .flatten();
    if let Some(fp) = &own {
        // The text's own sentences, outside quotations, are its publisher's words.
        for f in facts.iter_mut().skip(fp.body) {
            let quotes = f
                .tokens
                .iter()
                .any(|t| matches!(t.raw, "«" | "»" | "“" | "”" | "\""));
            if !f.quoted && !quotes {
                f.direct = true;
                f.own_text = true;
                f.answerer.clone_from(&fp.publisher);
            }
        }
    }
    let mut sides = Sides::default();
    let all_cands: Vec<Vec<Cand>> = facts.iter().map(|f| candidates(f, &mut sides)).collect();
    // Failing a publisher the header names, the organisation the body opens with.
    let mut voice: Option<Party> = own.as_ref().and_then(|o| {
        let first = all_cands.get(o.body)?.iter().find(|c| {
            matches!(c.kind, Kind::Named | Kind::Place | Kind::Person) && !c.weak && !c.possessive
        })?;
        Some(known(first, o.body).party)
    });
    if let Some(f) = facts.first_mut() {
        f.headline = is_headline(sentences);
    }
    let mut history: Vec<Known> = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut responds: BTreeSet<(String, String)> = BTreeSet::new();
    let mut passage: Vec<usize> = Vec::new();
    let mut statement: Option<(Known, usize)> = None;
    for (si, f) in facts.iter().enumerate() {
        let cands = &all_cands[si];
        let prev = si
            .checked_sub(1)
            .map(|p| (&facts[p], all_cands[p].as_slice()));
        if statement.is_none() {
            statement = voice::author(f, cands).map(|c| {
                let mut k = resolve(c, &history, prev, si);
                // The role before the name gives the side ("spokesperson of the ministry of X").
                k.side = k.side.or_else(|| {
                    cands
                        .iter()
                        .rev()
                        .filter(|o| o.last < c.first)
                        .find_map(|o| o.side.clone())
                });
                (k, si)
            });
        }
        // Inside a quotation the speaker is whoever the closing cue names.
        let deferred = f.quoted && !f.quote_end;
        let mut decisions = decide(f);
        if decisions.is_empty() {
            decisions.extend(continued_statement(f, cands, &drafts, &history, prev, si));
        }
        for d in &decisions {
            let mut draft = draft(
                text,
                si,
                f,
                cands,
                d,
                &mut history,
                prev,
                deferred,
                voice.as_ref(),
            );
            if voice.is_none() && own.as_ref().is_some_and(|o| si >= o.body) {
                voice.clone_from(&draft.speaker);
            }
            // The same speaker saying the same thing twice in a sentence is one claim.
            let repeated = drafts
                .iter()
                .rev()
                .take_while(|o| o.sentence == si)
                .any(|o| {
                    o.stance == draft.stance
                        && o.speaker.as_ref().map(|p| &p.id)
                            == draft.speaker.as_ref().map(|p| &p.id)
                });
            // A first-party text's plain sentence accuses only someone it names.
            // A heading (a line with no final stop) asserts nothing by itself.
            let heading = !sentences[si]
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '»', '”', '"']);
            let aimless = f.own_text
                && draft.cue.is_none()
                && (heading || draft.target.is_none())
                && draft.stance == Stance::Accusation;
            if repeated || aimless {
                continue;
            }
            if f.quoted {
                passage.push(drafts.len());
            }
            draft.sentence = si;
            drafts.push(draft);
        }
        if f.quote_end {
            let who = drafts
                .iter()
                .rev()
                .take_while(|d| d.sentence == si)
                .last()
                .map(|d| (d.speaker.clone(), d.speaker_side.clone()));
            if let Some((party, side)) = who.filter(|w| w.0.is_some()) {
                for &p in &passage {
                    drafts[p].speaker = party.clone();
                    drafts[p].speaker_side = side.clone();
                }
            }
            passage.clear();
        }
        if let Some(h) = f.first(Family::Response) {
            // "Beijing's comments come after US officials accused…": Beijing answers them.
            let before = cands
                .iter()
                .rev()
                .filter(|c| c.last < h.first && c.kind != Kind::Role(Family::RoleDoc))
                .find_map(|c| resolve(c, &history, prev, si).side);
            let after = |s: &String| {
                cands
                    .iter()
                    .filter(|c| c.first > h.last)
                    .find_map(|c| c.side.clone().filter(|o| o != s))
            };
            if let Some((s, o)) = before.and_then(|s| after(&s).map(|o| (s, o))) {
                responds.insert((s, o));
            }
        }
    }
    // Counters need the events (whom a bad-faith charge answers), and events need
    // the counters (an answer does not move the discussion): settle one, then the other.
    if let Some((author, from)) = &statement {
        voice::speak_for_country(&mut drafts, author, *from);
    }
    clear_accused(&mut drafts);
    let first = events::assign(&mut drafts);
    events::aim_answers(&mut drafts, &first, true);
    events::mark_counters(&mut drafts, &responds);
    let events = events::assign(&mut drafts);
    events::aim_answers(&mut drafts, &events, false);
    drafts
        .into_iter()
        .map(|mut d| {
            let e = &events[d.about];
            let own = e.accuser_side.is_some() && e.accuser_side == d.speaker_side;
            if d.target.is_none() && d.stance == Stance::CounterAccusation && !own {
                d.target = e.accuser.clone();
            }
            if d.target.is_none() && matches!(d.stance, Stance::Accusation | Stance::Condemnation) {
                d.target = e.target.clone();
            }
            Claim {
                sentence: d.sentence,
                text: sentences[d.sentence].text.clone(),
                speaker: d.speaker,
                stance: d.stance,
                target: d.target,
                about: e.slug.clone(),
                cue: d.cue,
            }
        })
        .collect()
}

/// "He added that …", "Mr Lim added …": a speaker who made a claim in the sentence
/// just before goes on speaking about the conflict, even without its words.
fn continued_statement(
    f: &Facts,
    cands: &[Cand],
    drafts: &[Draft],
    history: &[Known],
    prev: Previous,
    si: usize,
) -> Option<Decision> {
    let cue = f.first(Family::Report)?;
    let c = speaker(f, cands, cue).cand?;
    let surname = matches!(c.kind, Kind::Person | Kind::Named) && !c.name.contains(' ');
    let refers_back = matches!(c.kind, Kind::Pronoun | Kind::Role(_)) || surname;
    let back = resolve(c, history, prev, si);
    // "the company … said" is no country going on speaking.
    if c.kind == Kind::Role(Family::RoleOrg) && back.kind == Kind::Place {
        return None;
    }
    let same = back.party.id;
    // A pronoun or role goes on from the sentence just before; a surname ("Mr Lim
    // added") names its speaker again a few sentences later.
    let reach = if surname { 3 } else { 1 };
    let spoke = drafts
        .iter()
        .rev()
        .take_while(|d| d.sentence + reach >= si)
        .any(|d| d.speaker.as_ref().is_some_and(|p| p.id == same));
    (refers_back && spoke).then(|| Decision {
        stance: Stance::OtherClaim,
        cue: Some(cue.clone()),
        smear: false,
    })
}

/// The first token of a verb cue with its auxiliary: "has accused", "a déclaré",
/// "a-t-il déclaré".
fn with_auxiliary(f: &Facts, first: usize) -> usize {
    let t = &f.tokens;
    let mut start = first;
    let mut k = first;
    while k > 0 {
        let p = k - 1;
        let inverted_pronoun =
            f.is(p, Family::Pronoun) && p > 0 && t[p - 1].is("-") && first - p <= 2;
        if f.is(p, Family::Auxiliary) {
            start = p;
        } else if !(t[p].is("-") || t[p].lower == "t" || inverted_pronoun) {
            break;
        }
        k = p;
    }
    start
}

/// Whether a verb cue names its own speaker: an active verb with a subject
/// party before it (not "has been blamed", not a participle after a comma).
fn has_subject(f: &Facts, cands: &[Cand], cue: &Hit) -> bool {
    if cue.family == Family::According || (cue.family == Family::Accuse && passive(f, cue)) {
        return false;
    }
    speaker(f, cands, cue)
        .cand
        .is_some_and(|c| c.last < cue.first && c.kind != Kind::Role(Family::RoleDoc))
}

/// The report cue after the quotation that holds `cue`: "« … », a-t-il déclaré".
fn closing_report<'f>(f: &'f Facts, cue: &Hit) -> Option<&'f Hit> {
    let t = &f.tokens;
    let opens = t.first().is_some_and(|x| matches!(x.raw, "«" | "“" | "\""));
    let close = (cue.last + 1..t.len()).find(|&i| matches!(t[i].raw, "»" | "”" | "\""))?;
    f.hits
        .iter()
        .find(|h| opens && h.family == Family::Report && h.first > close && h.first <= close + 9)
}

/// Whether the cue's speaker is the first person: "we assess", « nous appelons »,
/// « selon notre évaluation ».
fn first_person(f: &Facts, cue: &Hit) -> bool {
    let t = &f.tokens;
    if cue.family == Family::According {
        return (cue.last + 1..t.len())
            .find(|&i| t[i].word)
            .is_some_and(|i| f.is(i, Family::FirstPerson));
    }
    let mut k = cue.first;
    while let Some(p) = previous_word(t, k) {
        if f.is(p, Family::FirstPerson) {
            return true;
        }
        if !f.is(p, Family::Aux) && !f.is(p, Family::Auxiliary) {
            return false;
        }
        k = p;
    }
    false
}

/// Who says "we": inside a quotation, whoever is quoted (the speaker just met); in the
/// text's own voice (a communiqué, an advisory), the party the text opened with.
fn own_voice(f: &Facts, history: &[Known], recent: Option<Known>) -> Option<Known> {
    let quoted = f.quoted
        || f.tokens
            .first()
            .is_some_and(|t| matches!(t.raw, "«" | "“" | "\""));
    if quoted {
        recent
    } else {
        history.first().cloned().or(recent)
    }
}

/// Find the parties of one decision and record its speaker.
#[allow(clippy::too_many_arguments)]
fn draft(
    text: &Text,
    si: usize,
    f: &Facts,
    cands: &[Cand],
    d: &Decision,
    history: &mut Vec<Known>,
    prev: Previous,
    deferred: bool,
    voice: Option<&Party>,
) -> Draft {
    // "…, according to a UN report": the source speaks for the whole sentence,
    // unless the cue has a subject of its own ("The SBU accused …, according to a
    // statement": the statement is how the SBU spoke, not who).
    let according = f.first(Family::According);
    let speaker_cue = match (&d.cue, according) {
        (Some(c), Some(a)) if c.family != Family::Report && !has_subject(f, cands, c) => Some(a),
        // "« Nous ne tolérerons pas … », a déclaré le Premier ministre": a cue
        // inside a quotation speaks for whoever the closing report names.
        (Some(c), _) if c.family != Family::Report => closing_report(f, c).or(Some(c)),
        (c, _) => c.as_ref(),
    };
    let nobody = Speaker {
        cand: None,
        phrase: 0..0,
    };
    let found = match speaker_cue {
        Some(cue) if !deferred => speaker(f, cands, cue),
        _ => nobody.clone(),
    };
    let who = found.cand;
    let recent = history
        .last()
        .filter(|k| k.sentence + 2 >= si || f.quoted)
        .cloned();
    let spoken = match who {
        Some(c) => {
            let mut k = resolve(c, history, prev, si);
            if k.side.is_none() {
                // "le porte-parole du ministère iranien …, Nasser Kanaani": the phrase's side.
                k.side = cands
                    .iter()
                    .filter(|o| found.phrase.contains(&o.first) && !o.possessive)
                    .find_map(|o| o.side.clone());
            }
            history.push(k.clone());
            Some(k)
        }
        None if deferred => recent,
        None => match speaker_cue {
            Some(cue) if cue.family == Family::Accuse && passive(f, cue) => None,
            Some(cue) if first_person(f, cue) => own_voice(f, history, recent),
            Some(cue) => subject_phrase(f, cue, si).or(recent),
            None => recent,
        },
    };
    // In an answer the answerer speaks, unless the sentence names a person or
    // organisation who said it.
    let named_here = who.is_some()
        && spoken
            .as_ref()
            .is_some_and(|k| matches!(k.kind, Kind::Person | Kind::Named));
    let spoken = match f.answerer.as_ref().or(voice) {
        Some(a) if f.direct && !named_here => {
            let k = Known {
                party: a.clone(),
                side: None,
                kind: Kind::Person,
                sentence: si,
            };
            history.push(k.clone());
            Some(k)
        }
        _ => spoken,
    };
    let speaker_side = spoken.as_ref().and_then(|k| k.side.clone());
    let cue_end = d.cue.as_ref().map_or(0, |c| c.last);
    let last_cue = f
        .hits
        .iter()
        .filter(|h| matches!(h.family, Family::Report | Family::Accuse))
        .map(|h| h.last)
        .max()
        .unwrap_or(cue_end);
    let inverted = who.is_some_and(|c| c.first > cue_end);
    let who = &found;
    // "« La Chine est elle-même victime … », a-t-il ajouté": the quotation before
    // the cue is what is said.
    let cue_start = d.cue.as_ref().map_or(0, |c| with_auxiliary(f, c.first));
    let quote_before = cue_start > 0
        && f.tokens[cue_start - 1].is(",")
        && f.tokens
            .first()
            .is_some_and(|t| matches!(t.raw, "«" | "“" | "\""));
    let content = if inverted {
        0..cue_end
    } else if quote_before {
        0..cue_start
    } else {
        last_cue + 1..f.tokens.len()
    };
    let whole = 0..f.tokens.len();
    let side = speaker_side.as_deref();
    let by_evidence = d.cue.as_ref().is_some_and(|c| c.family == Family::Evidence);
    let target_cand = match d.stance {
        Stance::OtherClaim | Stance::NonConfirmation => None,
        Stance::Acknowledgment => addressee(f, cands, cue_end),
        _ if d.smear => None,
        // A denial answers a state or its agency ("orchestré par les États-Unis"), else the accuser.
        Stance::Denial => target(f, cands, who, side, whole)
            .filter(|c| c.side.is_some())
            .or_else(|| {
                // "dismissed Seoul's accusation": whoever made the accusation.
                let noun = f.first(Family::AccuseNoun)?;
                speaker(f, cands, noun).cand
            }),
        Stance::Condemnation => target(f, cands, who, side, content.clone())
            .or_else(|| target(f, cands, who, side, whole)),
        _ if by_evidence => None,
        _ => target(f, cands, who, side, content.clone())
            .or_else(|| target(f, cands, who, side, whole)),
    };
    // "told Reuters that China opposes all hacking": a report whose only party is
    // the speaker's own side asserts something, but accuses no one.
    let own_side_only = d.stance == Stance::Accusation
        && !d.smear
        && target_cand.is_none()
        && d.cue
            .as_ref()
            .is_some_and(|c| matches!(c.family, Family::Report | Family::According))
        && !f.has(Family::Accuse)
        && side.is_some()
        && cands.iter().any(|c| {
            // The own side as the content's subject, before any attack word
            // ("China opposes all hacking"), not as its object ("visant des entités françaises").
            (content.start > cue_end || quote_before)
                && content.contains(&c.first)
                && c.side.as_deref() == side
                && !who.phrase.contains(&c.first)
                && who.cand.is_none_or(|s| s.first != c.first)
                && !f.hits.iter().any(|h| {
                    h.family == Family::Attack && h.first >= content.start && h.last < c.first
                })
        });
    let reported_only = d.stance == Stance::Accusation
        && !d.smear
        && d.cue
            .as_ref()
            .is_some_and(|c| matches!(c.family, Family::Report | Family::According))
        && !f.has(Family::Accuse);
    let own_side_denies = reported_only && side.is_some() && clears(f, cands, who, side).is_some();
    // Without a side for the speaker, the party cleared decides later (see `clear_accused`).
    let cleared = if reported_only && side.is_none() {
        clears(f, cands, who, None)
    } else {
        None
    };
    let (stance, target_cand) = if own_side_denies {
        // Whom a denial answers is settled over the article (the accuser).
        (Stance::Denial, None)
    } else if own_side_only || (reported_only && target_cand.is_none() && only_effects(f)) {
        (Stance::OtherClaim, target_cand)
    } else if reported_only && target_cand.is_some_and(|c| opposes_attacks(f, c)) {
        (Stance::OtherClaim, None)
    } else {
        (d.stance, target_cand)
    };
    let target_known = target_cand.map(|c| known(c, si));
    let cue = d.cue.as_ref().map(|h| {
        let first = with_auxiliary(f, h.first);
        let span = Span::new(f.tokens[first].start, f.tokens[h.last].end);
        Cue {
            start: span.start,
            end: span.end,
            text: text.slice(span).to_string(),
        }
    });
    Draft {
        sentence: si,
        stance,
        smear: d.smear,
        headline: f.headline,
        attack: f.attack_content() || f.has(Family::Accuse),
        year: f.year.clone(),
        groups: f.groups.clone(),
        malware: f.malware.clone(),
        speaker_side,
        target_side: target_known.as_ref().and_then(|k| k.side.clone()),
        speaker: spoken.map(|k| k.party),
        target: target_known.map(|k| k.party),
        cue,
        about: 0,
        clears: cleared,
    }
}
