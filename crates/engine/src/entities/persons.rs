//! People not in the knowledge base, found by a title or an apposition.
//!
//! - after a title: `M. DUPONT Jean`, `spokesperson Li Wei`,
//!   `Chief Cabinet Secretary Ana Roe`, `President Dupont`
//!   (one name word is enough after a capitalised title or an abbreviation);
//! - after a title and its portfolio: `Secretary for Ports and Shipping Ana Roe` (the two
//!   name words that end the capitalised run);
//! - in apposition to a role: `le porte-parole du ministère …, Li Wei`,
//!   `Li Wei, porte-parole …` (two name words at least).
//!
//! - a common given name and a surname (`Hélène Verhaegen`, `Ciarán Moloney`)
//!   with a cue around it: a reporting verb, `by`/`par`/`selon`, a title or role
//!   word within a few tokens of its clause;
//! - a name coordinated with a person found so (`A B, C D et E F`).
//!
//! The id is the slug of the name as written (`yoshida_tomoyuki`); short
//! mentions later in the text (`Roe`) are linked by `coref`.

use super::lexicon::{is_given_name, lexicon};
use super::rules::View;
use super::{Candidate, EntityType, Priority};

/// Whether a word is a title or role (`President`, `Secretary`), never part of a name.
pub fn is_title_word(w: &str) -> bool {
    let lx = lexicon();
    lx.title_words.contains(w) || lx.roles.contains(w)
}

/// Most name words of a person's name, particles aside.
const PERSON_NAME_WORDS: usize = 4;

/// The longest run of name words starting at `i` (at most `PERSON_NAME_WORDS`, lowercase
/// particles between them aside: `Rashid bin Abdullah Al Khalifa`, `Bart De Smet`): its last token.
fn name_run(v: &View, i: usize) -> Option<usize> {
    // A person's name has no digits ("Q3 Ben Okafor:": a transcript numbers its questions).
    let person_word = |k: usize| {
        v.name_word(i, k)
            && !is_title_word(v.text(k))
            && !v.text(k).contains(|c: char| c.is_ascii_digit())
    };
    if !person_word(i) {
        return None;
    }
    let next_word = |k: usize| person_word(k) && v.t.list[k].space_before;
    // A capitalised particle (`Bart De Smet`) only inside the name, where no sentence
    // start capitalises it.
    let particle = |k: usize| {
        let lx = lexicon();
        v.word_in(i, k)
            && (lx.name_particles.contains(v.text(k))
                || (k > i && lx.capital_particles.contains(v.text(k))))
    };
    // `de`, `le` only right after a known given name (`Anna de Wit`, `Yann Le Floch`).
    let given = is_given_name(v.text(i));
    let given_particle = |k: usize| {
        given
            && k == i + 1
            && v.word_in(i, k)
            && lexicon()
                .given_particles
                .contains(v.text(k).to_lowercase().as_str())
    };
    let (mut end, mut words) = middle_initial(v, i).map_or((i, 1), |e| (e, 2));
    while words < PERSON_NAME_WORDS {
        // Particles (`von der`) count only with a name word after them.
        let mut next = end + 1;
        while particle(next) || given_particle(next) {
            next += 1;
        }
        // `Lamin S. Camara`: an initial and its glued dot between two name words.
        if next == end + 1 {
            if let Some(surname) = inner_initial(v, i, next).filter(|&k| next_word(k)) {
                end = surname;
                words += 2;
                continue;
            }
        }
        if !next_word(next) {
            break;
        }
        end = next;
        words += 1;
    }
    // A possessive ends a name: `Japan's`.
    Some(end)
}

/// `Lamin S. Camara`: at token `k` inside a name, one capital letter, its dot glued to
/// it, then the next word's token (which must be a name word: the caller checks).
fn inner_initial(v: &View, i: usize, k: usize) -> Option<usize> {
    let letter = v.word_in(i, k) && {
        let w = v.text(k);
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    let glued_dot = v.punct_in(i, k + 1, ".") && !v.t.list[k + 1].space_before;
    (letter && glued_dot && !is_title_word(v.text(k + 2))).then_some(k + 2)
}

/// `Daniel R. Whitcomb`: after a known given name, one initial and its dot, then a
/// capitalised surname; the surname's token.
fn middle_initial(v: &View, given: usize) -> Option<usize> {
    let (initial, dot, surname) = (given + 1, given + 2, given + 3);
    let letter = v.word_in(given, initial)
        && v.text(initial).chars().count() == 1
        && v.t.list[initial].capitalised;
    let fits = super::lexicon::is_given_name(v.text(given))
        && letter
        && v.punct_in(given, dot, ".")
        && v.name_word(given, surname)
        && !is_title_word(v.text(surname));
    fits.then_some(surname)
}

/// Whether `text` is the title word `title`, or it capitalised at a sentence start.
fn same_word(text: &str, title: &str) -> bool {
    let (mut a, mut b) = (text.chars(), title.chars());
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => (x == y || x.to_lowercase().eq(y.to_lowercase())) && a.eq(b),
        _ => text == title,
    }
}

/// A title right before the name starting at token `name`: whether it is
/// strong enough for a one-word name (capitalised, or an abbreviation).
fn title_before(v: &View, name: usize) -> Option<bool> {
    let block = v.t.list[name].block;
    let prev = name
        .checked_sub(1)
        .map(|k| v.text(k).trim_end_matches('.'))?;
    if !prev.is_empty() && !lexicon().title_last_words.contains(prev) {
        return None;
    }
    // "M.T.R.A.": a single letter glued to the dot before it spells a dotted acronym, not a
    // name after the title "M." ("M. Roe", even "M.Roe").
    let letter = v.text(name).chars().count() == 1;
    if letter && v.text(name - 1) == "." && !v.t.list[name].space_before {
        return None;
    }
    'titles: for title in &lexicon().titles {
        let mut k = name;
        for word in title.iter().rev() {
            let (body, dot) = match word.strip_suffix('.') {
                Some(b) => (b, true),
                None => (word.as_str(), false),
            };
            if dot {
                if k == 0 || v.text(k - 1) != "." {
                    continue 'titles;
                }
                k -= 1;
            }
            if k == 0
                || !v.t.list[k - 1].word
                || !same_word(v.text(k - 1), body)
                || v.t.list[k - 1].block != block
            {
                continue 'titles;
            }
            k -= 1;
        }
        let first = title[0].chars().next().is_some_and(char::is_uppercase);
        return Some(first || title.iter().any(|w| w.ends_with('.')));
    }
    None
}

fn person(v: &View, a: usize, b: usize) -> Candidate {
    v.candidate(a, b, EntityType::Person, v.slug(a, b), Priority::Person)
}

/// Whether a word is a role, also as the last part of a compound (`vice-ministre`).
fn is_role(w: &str) -> bool {
    let roles = &lexicon().roles;
    roles.contains(w)
        || w.rsplit_once('-')
            .is_some_and(|(_, last)| roles.contains(last))
}

/// Whether a role word appears in the clause before token `comma`.
fn role_before(v: &View, comma: usize) -> bool {
    let mut k = comma;
    let mut seen = 0;
    while k > 0 && seen < 15 {
        k -= 1;
        if v.t.list[k].block != v.t.list[comma].block {
            return false;
        }
        let w = v.text(k);
        if matches!(
            w,
            "." | ";" | "," | "!" | "?" | "«" | "»" | "“" | "”" | "\""
        ) {
            return false;
        }
        if v.t.list[k].word && is_role(w) {
            return true;
        }
        seen += 1;
    }
    false
}

/// Whether a role follows `, ` after token `end`: `Li Wei, porte-parole`. With `titled`
/// (after a name that opens with a given name, evidence enough that a title is a person's),
/// the qualifying words may be capitalised and a title counts as a role: `Anna Holm,
/// Special Rapporteur on …`.
fn role_after(v: &View, end: usize, titled: bool) -> bool {
    if !v.punct_in(end, end + 1, ",") {
        return false;
    }
    let mut k = end + 2;
    if v.word_in(end, k) && matches!(v.text(k), "le" | "la" | "the" | "a" | "an" | "un" | "une") {
        k += 1;
        // "Jan Roe, the lab's director": a possessive noun before the role.
        let possessive = v.word_in(end, k)
            && !v.t.list[k].capitalised
            && (v.punct_in(end, k + 1, "'") || v.punct_in(end, k + 1, "’"))
            && v.word_in(end, k + 2)
            && v.text(k + 2) == "s";
        if possessive {
            k += 3;
        }
    } else if v.word_in(end, k) && lexicon().possessives.contains(v.text(k)) {
        // "Jan Roe, its director".
        k += 1;
    }
    // "Jan Roe, a shipping analyst", "Jan Roe, the festival director": a few lowercase words
    // may qualify the role; "Jan Roe, 34,": an age in apposition is a person's.
    let age = v.t.list.get(k).is_some_and(|x| x.digits)
        && v.text(k).len() <= AGE_DIGITS
        && v.punct_in(end, k + 1, ",");
    let role_word = |w: &str| is_role(w) || (titled && is_title_word(w));
    let role = (k..k + 1 + ROLE_MODIFIERS).any(|j| {
        v.word_in(end, j)
            && role_word(v.text(j))
            && (k..j).all(|m| v.word_in(end, m) && (titled || !v.t.list[m].capitalised))
    });
    age || role
}

/// Most words between the determiner and the role in an apposition ("a senior shipping
/// analyst"; lowercase unless titled).
const ROLE_MODIFIERS: usize = 2;
/// Most digits of an age in apposition ("Jan Roe, 34,").
const AGE_DIGITS: usize = 2;

/// How many tokens on each side of a name a cue may stand: a short clause
/// (`said X`, `X, the agency's director, told`), never the next sentence.
const CUE_WINDOW: usize = 6;

/// Whether a token ends a clause, past which a cue speaks of someone else.
fn ends_clause(w: &str) -> bool {
    matches!(
        w,
        "." | ";" | "!" | "?" | "«" | "»" | "“" | "”" | "\"" | "|"
    )
}

/// Whether a cue (reporting verb, `by`, `selon`, a title or role) stands within
/// `CUE_WINDOW` tokens of the name from token `a` to token `b`, in its clause.
fn cue_near(v: &View, a: usize, b: usize) -> bool {
    let is_cue = |k: usize| {
        let w = v.text(k);
        v.t.list[k].word && (lexicon().person_cues.contains(w) || is_title_word(w) || is_role(w))
    };
    let open = |k: &usize| v.t.list[*k].block == v.t.list[a].block && !ends_clause(v.text(*k));
    let before = (a.saturating_sub(CUE_WINDOW)..a).rev().take_while(open);
    let after = (b + 1..(b + 1 + CUE_WINDOW).min(v.t.list.len())).take_while(open);
    before.chain(after).any(is_cue)
}

/// `Hélène Verhaegen said`: a given name, one to three more name words, and a cue.
/// The name may start inside a capitalised run (`Foreign Affairs Ciarán Moloney`).
fn given_name_person(v: &View, i: usize) -> Option<Candidate> {
    if !is_given_name(v.text(i)) {
        return None;
    }
    let end = name_run(v, i)?;
    let last = v.text(end);
    let org_word = lexicon().org_suffixes.contains(last) || lexicon().org_heads.contains(last);
    let cue = cue_near(v, i, end)
        || affiliation_after(v, end)
        || who_after(v, end)
        || role_after(v, end, true)
        || after_field_label(v, i)
        || plain_name(v, i, end);
    (end > i && !org_word && cue).then(|| person(v, i, end))
}

/// Most words of a field label before its colon ("For media enquiries:", « Auteur : »).
const FIELD_LABEL_WORDS: usize = 4;

/// "Author: Jan Roe", « Contact presse : Jeanne Roe »: a short label and a colon opening
/// the line, then a given name's run: the person the field names.
fn after_field_label(v: &View, i: usize) -> bool {
    if i < 2 || !v.punct_in(i, i - 1, ":") {
        return false;
    }
    // The label runs from the start of the line: tokens of the same block, all words.
    let block = v.t.list[i].block;
    let label = (0..i - 1)
        .rev()
        .take_while(|&k| v.t.list[k].block == block)
        .take(FIELD_LABEL_WORDS + 1);
    let (mut words, mut all_words) = (0, true);
    for k in label {
        words += 1;
        all_words &= v.t.list[k].word;
    }
    (1..=FIELD_LABEL_WORDS).contains(&words) && all_words
}

/// Most words of a given name's run that stands as a person's name with no cue near it.
const PLAIN_NAME_WORDS: usize = 3;

/// "For Anna Holm, the choice …": with no cue near it, a given name and one or two more
/// name words are still a person's name when none of them is written in capitals (a
/// heading), known as something else (`Milan`, a city), or a place's noun (`Scott Base`).
fn plain_name(v: &View, i: usize, end: usize) -> bool {
    let words = end + 1 - i;
    (2..=PLAIN_NAME_WORDS).contains(&words)
        && (i..=end).all(|k| !v.t.list[k].all_caps && v.known[k].is_none())
        && !lexicon().place_nouns.contains(v.text(end))
}

/// "Jan Roe, who heads the agency, said": only a person takes "who" (a body takes "which").
fn who_after(v: &View, end: usize) -> bool {
    v.punct_in(end, end + 1, ",") && v.word_in(end, end + 2) && v.text(end + 2) == "who"
}

/// Words that open where a person works, right after the name ("Jan Roe of the Tartu
/// firm Velmar", "Anna Holm from Velmar Labs", « Jan Roe, de la société Velmar »).
const ENGLISH_LINKS: [&str; 3] = ["of", "from", "at"];
/// The same in French, after a comma (« Jan Roe, de la société Velmar »).
const FRENCH_LINKS: [&str; 2] = ["de", "du"];

/// "Jan Roe of the Berlin firm Velmar Labs said": a given name's run followed by where its
/// bearer works, a firm's noun or a capitalised name after "of"/"from"/"at" and its article
/// (a comma before « de » in French), is a person's name.
fn affiliation_after(v: &View, end: usize) -> bool {
    let mut k = end + 1;
    let french =
        v.punct_in(end, k, ",") && v.word_in(end, k + 1) && FRENCH_LINKS.contains(&v.text(k + 1));
    if french {
        k += 1;
    } else if !v.word_in(end, k) || !ENGLISH_LINKS.contains(&v.text(k)) {
        return false;
    }
    k += 1;
    while v.word_in(end, k) && matches!(v.text(k), "the" | "a" | "an" | "la" | "l" | "le") {
        k += 1;
    }
    v.word_in(end, k) && (v.t.list[k].capitalised || lexicon().firm_nouns.contains(v.text(k)))
}

/// `Gao Renshu said`, `Kang Do-yun told`: a name written family name first, as Chinese
/// and Korean names are: a known Chinese family name, or a short capitalised word before
/// a hyphenated given name (`Do-yun`, the Korean romanisation), then a cue nearby.
fn surname_first_person(v: &View, i: usize) -> Option<Candidate> {
    let given = i + 1;
    // A turn label may start with a family name that is also a function word ("He").
    let family_word = v.name_word(i, i) || (v.t.list[i].capitalised && turn_label(v, i, given));
    if !(family_word && v.name_word(i, given) && v.t.list[given].space_before) {
        return None;
    }
    let (family, name) = (v.text(i), v.text(given));
    let plain = !v.t.list[given].all_caps && plain_name_word(name);
    // The Korean form is evidence enough: two short syllables, the second in lowercase.
    let korean_form = name.split_once('-').is_some_and(|(a, b)| {
        a.chars().count() <= KOREAN_SYLLABLE_LETTERS && b.chars().count() <= KOREAN_SYLLABLE_LETTERS
    });
    let evidence = korean_form || cue_near(v, i, given) || turn_label(v, i, given);
    if !(plain && family_name_first(family, name) && evidence) {
        return None;
    }
    // A third name word makes the two a given name before the family name (`Wen Li Koh`,
    // as Singapore and Malaysia write Chinese names): the person is the whole run.
    let last = match name_run(v, i) {
        Some(end) if end == given + 1 && plain_name_word(v.text(end)) => end,
        _ => given,
    };
    Some(person(v, i, last))
}

/// Whether a name word is no title, organisation head or organisation suffix.
fn plain_name_word(w: &str) -> bool {
    !is_title_word(w) && !lexicon().org_heads.contains(w) && !lexicon().org_suffixes.contains(w)
}

/// Most words a turn label holds before its colon ("Question", "Vo Thanh Oanh", "Q3 Ana Roe").
const LABEL_WORDS: usize = 4;

/// Whether another line of the text opens with a turn label (a question's "Question :",
/// the speaker's next turn): a transcript, not a lone headline with a colon.
fn another_label(v: &View, a: usize) -> bool {
    let starts_line = |k: usize| k == 0 || v.t.list[k - 1].block != v.t.list[k].block;
    (0..v.t.list.len())
        .filter(|&k| k != a && starts_line(k) && v.t.list[k].capitalised)
        .any(|k| {
            let block = v.t.list[k].block;
            (0..LABEL_WORDS)
                .take_while(|d| v.t.list.get(k + d).is_some_and(|t| t.block == block))
                .any(|d| turn_label(v, k, k + d))
        })
}

/// `He Renshu: …` at the start of a line: the name labels a speaker's turn in a
/// transcript, which is evidence of a person.
/// A numbered question (`Q3 Ana Roe: …`) labels it after its number.
fn turn_label(v: &View, a: usize, b: usize) -> bool {
    let starts_line = |k: usize| k == 0 || v.t.list[k - 1].block != v.t.list[k].block;
    let numbered = a > 0 && starts_line(a - 1) && has_digit(v.text(a - 1));
    (starts_line(a) || numbered) && v.punct_in(b, b + 1, ":")
}

fn has_digit(w: &str) -> bool {
    w.contains(|c: char| c.is_ascii_digit())
}

/// Longest romanised Korean syllable of a given name (`Hoon`, `Seong`).
const KOREAN_SYLLABLE_LETTERS: usize = 5;

/// Whether `family given` is a name written family name first: a known Chinese family
/// name, or a short word before a hyphenated given name whose second part is in
/// lowercase (`Do-yun`, the Korean romanisation).
pub fn family_name_first(family: &str, given: &str) -> bool {
    let chinese = lexicon()
        .surnames_first
        .contains(&crate::fold::fold_word(family));
    let korean = family.chars().count() <= KOREAN_FAMILY_NAME_LETTERS
        && given
            .split_once('-')
            .is_some_and(|(_, second)| second.chars().next().is_some_and(char::is_lowercase));
    chinese || korean
}

/// Longest romanised Korean family name (`Hwang`, `Seong`): a longer word before a
/// hyphenated given name is no family name.
const KOREAN_FAMILY_NAME_LETTERS: usize = 5;

/// Run the person rules at token `i` (a name may start here).
/// `Damian S., aged 41`: a given name and the initial of a surname withheld (as court and
/// police reports write the accused), the initial's dot glued and no name word after it.
fn initialled_person(v: &View, i: usize) -> Option<Candidate> {
    let (initial, dot) = (i + 1, i + 2);
    let letter = v.word_in(i, initial) && {
        let w = v.text(initial);
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    let glued_dot = v.punct_in(i, dot, ".") && !v.t.list[dot].space_before;
    let name_after = v.word_in(i, dot + 1) && v.t.list[dot + 1].capitalised;
    // (The given names last: folding the word for them is the dearest test.)
    (letter && glued_dot && !name_after && is_given_name(v.text(i))).then(|| person(v, i, initial))
}

/// Most capitalised words of a portfolio between a title's "for"/"of" and the name
/// (`Secretary for Terrorism and Financial Intelligence`: four).
const PORTFOLIO_WORDS: usize = 5;

/// `Cabinet Secretary for Ports and Shipping Liisa Kask dismissed`: a title, its
/// portfolio after `for`/`of`, then two name words that end the capitalised run before a
/// verb: the name (a first word
/// the given names know may start a longer one, which `given_name_person` finds).
fn portfolio_title_person(v: &View, i: usize) -> Option<Candidate> {
    let end = i + 1;
    let two = v.name_word(i, i) && v.name_word(i, end) && v.t.list[end].space_before;
    // A verb follows the name ("… Ana Roe dismissed"); a comma there closes the title's
    // portfolio ("for Foreign Affairs and Security Policy, Ana Roe").
    let verb_after = v.word_in(i, end + 1) && !v.name_word(i, end + 1);
    if !two || !verb_after || is_title_word(v.text(i)) || is_title_word(v.text(end)) {
        return None;
    }
    let mut k = i;
    let mut portfolio = 0;
    while k > 0 && portfolio <= PORTFOLIO_WORDS {
        k -= 1;
        let w = v.text(k);
        if !v.word_in(i, k) {
            return None;
        }
        if matches!(w, "for" | "of") {
            let titled = k > 0 && v.word_in(i, k - 1) && is_title_word(v.text(k - 1));
            return (titled && portfolio > 0).then(|| person(v, i, end));
        }
        if v.t.list[k].capitalised {
            portfolio += 1;
        } else if !matches!(w, "and" | "the" | "&") {
            return None;
        }
    }
    None
}

pub fn at(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if let Some(c) = initialled_person(v, i) {
        out.push(c);
        return;
    }
    if let Some(c) = portfolio_title_person(v, i) {
        out.push(c);
        return;
    }
    let Some(end) = name_run(v, i) else {
        out.extend(surname_first_person(v, i));
        return;
    };
    if let Some(c) = given_name_person(v, i).or_else(|| surname_first_person(v, i)) {
        out.push(c);
    }
    let words = end - i + 1;
    if i > 0 {
        if let Some(strong) = title_before(v, i) {
            // `Chief Cabinet Secretary`: a capitalised word between titles belongs to the title.
            let inside_title = v.word_in(end, end + 1) && is_title_word(v.text(end + 1));
            if inside_title {
                return;
            }
            if words >= 2 || (strong && !lexicon().org_suffixes.contains(v.text(i))) {
                out.push(person(v, i, end));
            }
            return;
        }
    }
    // Only the start of a run: a name never begins inside another name word.
    if i > 0
        && v.name_word(i - 1, i - 1)
        && !has_digit(v.text(i - 1))
        && v.t.list[i].space_before
        && v.t.list[i - 1].block == v.t.list[i].block
    {
        return;
    }
    if words < 2 {
        return;
    }
    let apposition = i > 0 && v.punct_in(i, i - 1, ",") && role_before(v, i - 1);
    // `Dao Minh Khue : …`: two to four plain name words labelling a transcript turn.
    // (A label in capitals, `MS ROE:`, is a title and a surname, read by the claims layer;
    // one that opens with a given name, `ANA ROE :`, is the person, as radio transcripts write.)
    let capitals_with_given_name = is_given_name(v.text(i)) && v.t.list[i].all_caps;
    // (A headline "Incident Acme: what you need to know" is one line: a speaker's label opens
    // another turn, or opens with a given name.)
    let label = turn_label(v, i, end)
        && (i..=end).all(|k| {
            plain_name_word(v.text(k)) && (!v.t.list[k].all_caps || capitals_with_given_name)
        })
        && (is_given_name(v.text(i)) || another_label(v, i));
    if apposition || label || role_after(v, end, false) || surname_cued(v, i, end) {
        out.push(person(v, i, end));
    }
}

/// Most words of a name whose family name the text sets alone beside a verb of saying.
const CUED_NAME_WORDS: usize = 3;
/// Fewest letters of such a family name: "I said", "T said" are no one's name.
const CUED_NAME_MIN_CHARS: usize = 3;

/// "Tarvi Orav leads the choir. … Orav said …": two or three name words, none in
/// capitals nor known as anything else, whose last word the text sets alone beside a verb
/// of saying (see [`View::cued_alone`]), and which is no organisation's or title's word.
fn surname_cued(v: &View, i: usize, end: usize) -> bool {
    let last = v.text(end);
    let lx = lexicon();
    // (A name that a given name opens later in the run, "Minister of Resources Ana Roe",
    // is the given name's rule's to find.)
    (2..=CUED_NAME_WORDS).contains(&(end + 1 - i))
        && last.chars().count() >= CUED_NAME_MIN_CHARS
        && (i..=end).all(|k| {
            !v.t.list[k].all_caps && v.known[k].is_none() && !v.in_prose_lowercase(v.text(k))
        })
        && (i + 1..=end).all(|k| !is_given_name(v.text(k)))
        // ("Minister for Ports Ana Roe": a run after "for", "of" or another word
        // that joins a name's words may open with a portfolio.)
        && !(i > 0 && v.word_in(i, i - 1) && lx.name_joiners.contains(v.text(i - 1)))
        && !lx.org_suffixes.contains(last)
        && !lx.org_heads.contains(last)
        && !lx.place_nouns.contains(last)
        && !is_title_word(last)
        && v.cued_alone(last)
}

/// Whether token `k` joins the names of a list (`A, B and C`), in the block of token `from`.
fn joins_names(v: &View, from: usize, k: usize) -> bool {
    let same_block =
        v.t.list
            .get(k)
            .is_some_and(|t| t.block == v.t.list[from].block);
    same_block && matches!(v.text(k), "," | "and" | "et" | "&")
}

/// The run of two to four name words ending at token `end`: its first token.
fn run_ending_at(v: &View, end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0
        && end - start < 3
        && v.name_word(end, start - 1)
        && !is_title_word(v.text(start - 1))
    {
        start -= 1;
    }
    (start < end && v.name_word(end, end) && name_run(v, start) == Some(end)).then_some(start)
}

/// Whether the run from `s` to `e`, next to a person in a list, is a name too: it starts
/// with a given name, or the list goes on after it (`, B et C`), which an apposition
/// (`X, Belgian Foreign Minister`) never does.
fn list_member(v: &View, s: usize, e: usize) -> bool {
    // `… of the Federal Public Service, Ana Roe`: a run ending in an organisation word is
    // the body the person speaks for, no other person.
    let org_word = |w: &str| lexicon().org_heads.contains(w) || lexicon().org_suffixes.contains(w);
    if org_word(v.text(e)) {
        return false;
    }
    is_given_name(v.text(s))
        || (joins_names(v, e, e + 1)
            && name_run(v, e + 2).is_some_and(|f| f > e + 2)
            && !complement_list(v, s))
}

/// Prepositions that make the capitalised words after them a complement (a portfolio, a
/// body): "High Representative for Foreign Affairs and Security Policy".
const COMPLEMENT_PREPOSITIONS: [&str; 3] = ["for", "of", "pour"];

/// Whether the list the run starting at `s` closes opens on such a preposition: its runs are
/// a title's portfolios ("… for Foreign Affairs and Security Policy, Ana Roe"), not people.
fn complement_list(v: &View, s: usize) -> bool {
    let mut first = s;
    while first >= 2 && joins_names(v, first, first - 1) {
        match run_ending_at(v, first - 2) {
            Some(earlier) => first = earlier,
            None => break,
        }
    }
    first > 0 && v.word_in(s, first - 1) && COMPLEMENT_PREPOSITIONS.contains(&v.text(first - 1))
}

/// The people of a list one of whose members is a person: `Dmitri Koltsov,
/// Sergueï Barinov et Artem Lazoutine`, `Jonas Whitfield and Priya Raman`.
/// Each neighbour must be a run of two to four name words.
pub fn coordinated(v: &View, out: &mut Vec<Candidate>) {
    let token_of = |byte: usize| v.t.list.partition_point(|t| t.start < byte);
    let mut todo: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .map(|c| (token_of(c.start), token_of(c.end) - 1))
        .collect();
    let mut seen = todo.clone();
    while let Some((a, b)) = todo.pop() {
        let after = joins_names(v, b, b + 1)
            .then(|| name_run(v, b + 2).map(|e| (b + 2, e)))
            .flatten();
        let before = (a >= 2 && joins_names(v, a, a - 1))
            .then(|| run_ending_at(v, a - 2).map(|s| (s, a - 2)))
            .flatten();
        for (s, e) in [after, before].into_iter().flatten() {
            if e > s && !seen.contains(&(s, e)) && list_member(v, s, e) {
                out.push(person(v, s, e));
                seen.push((s, e));
                todo.push((s, e));
            }
        }
    }
}
