//! The country a story is set in, from its dateline: a town the knowledge base ties to a
//! country opens one of the first sentences and a dash follows it, across at most a date
//! or an agency ("MBABANE –", « Ouagadougou, 3 décembre 2026 – »), or a comma and a date
//! close a release's line of its own ("Tartu, 4 December 2026"). A body the story names by
//! its noun alone, "the Government", « le gouvernement », with no country before it and
//! none heard for it, is that country's (`speakers::resolve`). A story with no dateline has
//! no such country: the towns it names elsewhere may be anyone's.
//!
//! The province a story is about is the place that stands for no country (a province or
//! territory the knowledge base knows) it names most often: "the Province", « la
//! Province » is that place's government (`<place>_government`, as "the Government of
//! Alberta" is named in the entity layer).

use super::cands::Cand;
use super::draft::SentenceAt;
use super::lexicon::Family;
use super::speakers::Known;
use super::Party;
use crate::entities::{lookup, EntityType, Mention};
use crate::sentences::Sentence;

/// How many sentences from the top a dateline may stand (masthead, headline, standfirst
/// and byline lines come first).
const DATELINE_SENTENCES: usize = 8;
/// Most characters between the town and the dateline's dash (", 3 décembre 2026 (AFP)").
const DATELINE_GAP_CHARS: usize = 40;

/// The country of the story's dateline town, if it has one.
pub(crate) fn home_country(sentences: &[Sentence], mentions: &[Mention]) -> Option<String> {
    sentences.iter().take(DATELINE_SENTENCES).find_map(|s| {
        let m = mentions
            .iter()
            .find(|m| m.kind == EntityType::Gpe && m.start == s.start)?;
        let country = lookup(&m.id)?.country.as_deref()?;
        if date_line(s, m, mentions) {
            return Some(country.to_string());
        }
        let after: String = s
            .text
            .chars()
            .skip(m.end - m.start)
            .take(DATELINE_GAP_CHARS)
            .collect();
        let dash = after.find(['–', '—', '-'])?;
        let gap = &after[..dash];
        // Between town and dash: nothing, an agency in capitals ("(AFP)"), or a comma and a
        // date; never a sentence's words.
        let dateline =
            !gap.contains('.') && (gap.starts_with(',') || !gap.chars().any(char::is_lowercase));
        dateline.then(|| country.to_string())
    })
}

/// A release's dateline on a line of its own, with no dash: the town, a comma and a date
/// that ends the line ("Tartu, 4 December 2026", « Tartu, le 4 décembre 2026 »).
fn date_line(s: &Sentence, town: &Mention, mentions: &[Mention]) -> bool {
    const COMMA: &str = ", ";
    const ARTICLE: &str = "le ";
    let after: String = s.text.chars().skip(town.end - town.start).collect();
    let Some(rest) = after.strip_prefix(COMMA) else {
        return false;
    };
    // (Mentions count chars, not bytes.)
    let article = if rest.starts_with(ARTICLE) {
        ARTICLE.chars().count()
    } else {
        0
    };
    let date_start = town.end + COMMA.chars().count() + article;
    mentions.iter().any(|d| {
        d.kind == EntityType::Date
            && d.start == date_start
            && s.text
                .chars()
                .skip(d.end - s.start)
                .all(|c| c.is_whitespace() || c == '.')
    })
}

/// The place standing for no country (a province, a territory) the text names most often,
/// the first named on a tie.
pub(crate) fn own_place(mentions: &[Mention]) -> Option<String> {
    let of_no_country = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Gpe)
        .filter(|m| lookup(&m.id).is_some_and(|e| e.country.is_none()))
        .map(|m| m.id.as_str());
    super::most_frequent(of_no_country)
}

/// "The Province acknowledges …", « la Province maintient … »: the government of the
/// province the story names most.
pub(crate) fn province_government(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    let place = s
        .province
        .filter(|_| bare_noun(c, s, Family::ProvinceBody))?;
    let name = place_name(place, s);
    Some(speaking_as(
        c,
        si,
        Party {
            id: format!("{place}_government"),
            name: match s.facts.lang {
                crate::article::Lang::Fr => format!("Gouvernement ({name})"),
                _ => format!("Government of {name}"),
            },
        },
    ))
}

/// "MBABANE – Government has confirmed …", « le gouvernement a révélé … »: a country's
/// government named by its noun alone ("government", "authorities"), with no country
/// before it and none heard for it, is that of the country of the story's dateline, and
/// speaks as that country.
pub(crate) fn home_government(c: &Cand, s: &SentenceAt, si: usize) -> Option<Known> {
    let home = s.home.filter(|_| bare_noun(c, s, Family::HomeBody))?;
    let country = place_name(home, s);
    let name = match s.facts.lang {
        crate::article::Lang::Fr => format!("{} ({country})", c.head),
        _ => format!("{country} {}", c.head),
    };
    let mut k = speaking_as(
        c,
        si,
        Party {
            id: home.to_string(),
            name,
        },
    );
    k.side = Some(home.to_string());
    Some(k)
}

/// Whether a candidate is a noun of `family` with no country or group of its own.
fn bare_noun(c: &Cand, s: &SentenceAt, family: Family) -> bool {
    (c.first..=c.last).any(|i| s.facts.is(i, family)) && c.side.is_none() && c.group.is_none()
}

/// A knowledge-base place's name in the text's language (its id when the base lacks it).
fn place_name<'a>(id: &'a str, s: &SentenceAt) -> &'a str {
    lookup(id).map_or(id, |e| e.name(s.facts.lang.code()))
}

/// The candidate met in sentence `si`, speaking as `party`.
fn speaking_as(c: &Cand, si: usize, party: Party) -> Known {
    Known {
        party,
        ..super::speakers::known(c, si)
    }
}
