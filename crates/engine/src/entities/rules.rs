//! Names not in the knowledge base, found by their shape and context.
//!
//! This module holds what the person and organisation rules share (the view
//! of tokens with knowledge-base matches) and the small pattern rules:
//! APT-style group names (`APT40`, `UNC1234`, `TA505`, `Storm-0558`), military
//! units (`unité 61419`, `Unit 61398`), unknown acronyms, and the outlet of a
//! `(Source: …)` line.

use super::lexicon::FxHasher;
use super::lexicon::{class, lexicon};
use super::tokens::Tokens;
use super::{firms, orgs, persons, threats, Candidate, EntityType, Priority};
use crate::article::Lang;
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// Tokens plus what the knowledge base already recognised among them.
pub struct View<'t, 'a> {
    /// The tokens.
    pub t: &'t Tokens<'a>,
    /// For each token, the type of the knowledge-base match covering it.
    pub known: Vec<Option<EntityType>>,
    /// Knowledge-base matches by first token: (last token, id, type).
    pub known_at: HashMap<usize, (usize, String, EntityType), BuildHasherDefault<FxHasher>>,
    /// Words a text introduces in brackets as the acronym of the name before them (`… des
    /// systèmes d'information (Anssi)`, `… Security Service (PST)`): acronyms wherever they
    /// recur.
    pub title_acronyms: HashSet<&'a str, BuildHasherDefault<FxHasher>>,
    /// The article's language, for the small words one language has and the other spells
    /// alike with another sense (English `a`, French « a », has).
    pub lang: Lang,
    /// For each token, whether it has a name word's shape (see [`View::name_word`]): the
    /// rules ask it of the same tokens again and again, and it costs word-list lookups.
    name_shaped: Vec<bool>,
    /// For each token, the word lists that hold it (see [`View::is`]).
    classes: Vec<u16>,
    /// For each token, the last token of the name the text introduces from it (see
    /// [`name_end`]): the threat and firm rules both ask it of every token.
    name_ends: Vec<Option<usize>>,
    /// The words the text writes in lowercase in running prose, gathered the first time a
    /// rule asks (see [`shouted_lead_word`]).
    prose_words: OnceCell<HashSet<&'a str, BuildHasherDefault<FxHasher>>>,
    /// The words the text sets alone beside a verb of saying (see [`View::cued_alone`]).
    cued_words: OnceCell<HashSet<&'a str, BuildHasherDefault<FxHasher>>>,
}

impl<'t, 'a> View<'t, 'a> {
    fn new(t: &'t Tokens<'a>, known: &[Candidate], lang: Lang) -> Self {
        let mut cover = vec![None; t.list.len()];
        let mut plain_place = vec![false; t.list.len()];
        let mut known_at = HashMap::default();
        for k in known {
            let first = t.list.partition_point(|x| x.start < k.start);
            let mut last = None;
            let plain = k.kind == EntityType::Gpe
                && super::kb::lookup(&k.id).is_some_and(|e| e.country.is_none());
            for (i, tok) in t.list.iter().enumerate().skip(first) {
                if tok.start >= k.end {
                    break;
                }
                cover[i] = Some(k.kind);
                plain_place[i] = plain;
                last = Some(i);
            }
            if let Some(last) = last {
                if t.list[first].start == k.start {
                    let e = known_at
                        .entry(first)
                        .or_insert((last, k.id.clone(), k.kind));
                    if last > e.0 {
                        *e = (last, k.id.clone(), k.kind);
                    }
                }
            }
        }
        let token_classes = &lexicon().token_classes;
        let classes: Vec<u16> = (0..t.list.len())
            .map(|i| token_classes.get(t.text(i)).copied().unwrap_or(0))
            .collect();
        // (A token in a place that stands for no country, a city of the generated list,
        // `Turku`, may as well be a family name: `Ana Turku`.)
        let name_shaped = (0..t.list.len())
            .map(|i| name_shaped(t, i, classes[i], cover[i], plain_place[i]))
            .collect();
        let mut v = View {
            t,
            known: cover,
            known_at,
            title_acronyms: title_acronyms(t),
            lang,
            name_shaped,
            classes,
            name_ends: Vec::new(),
            prose_words: OnceCell::new(),
            cued_words: OnceCell::new(),
        };
        v.name_ends = (0..t.list.len()).map(|i| read_name_end(&v, i)).collect();
        v
    }

    /// Whether token `i` is, as written, a word of the lists `class` names (a
    /// [`super::lexicon::class`] bit): the organisation rules ask it of every token.
    pub fn is(&self, i: usize, class: u16) -> bool {
        self.classes.get(i).is_some_and(|c| c & class != 0)
    }

    /// Whether the text sets word `w` alone, capitalised, right beside a verb of saying
    /// ("Roe said", "said Roe", « selon Roe »): no name word next to it, no other word
    /// before it, no name the base knows. A family name used so
    /// makes the name it ends a person's.
    pub fn cued_alone(&self, w: &str) -> bool {
        let words = self.cued_words.get_or_init(|| {
            let t = &self.t.list;
            let cue = |k: usize| t[k].word && lexicon().person_cues.contains(self.text(k));
            let name = |k: usize| t[k].word && t[k].capitalised;
            (0..t.len())
                .filter(|&k| name(k) && !t[k].all_caps && self.known[k].is_none())
                .filter(|&k| {
                    let before = k.checked_sub(1).filter(|&p| t[p].block == t[k].block);
                    let after = Some(k + 1).filter(|&n| n < t.len() && t[n].block == t[k].block);
                    // (Only a verb or punctuation before it: "the Ministry said" is no name.)
                    let plain_before = before.is_none_or(|p| !t[p].word || cue(p));
                    plain_before
                        && !after.is_some_and(name)
                        && (before.is_some_and(cue) || after.is_some_and(cue))
                })
                .map(|k| self.text(k))
                .collect()
        });
        words.contains(w)
    }

    /// Whether the text writes word `w` in lowercase in running prose: a common word
    /// ("findings"), not a name, wherever a heading capitalises it.
    pub fn in_prose_lowercase(&self, w: &str) -> bool {
        let prose = self.prose_words.get_or_init(|| {
            (0..self.t.list.len())
                .filter(|&k| {
                    self.t.list[k].word && !self.t.list[k].capitalised && in_prose(self, k)
                })
                .map(|k| self.text(k))
                .collect()
        });
        prose.contains(w.to_lowercase().as_str())
    }

    /// Text of token `i`.
    pub fn text(&self, i: usize) -> &'a str {
        self.t.text(i)
    }

    /// Whether token `i` exists, is a word and lies in the same block as token `from`.
    pub fn word_in(&self, from: usize, i: usize) -> bool {
        match (self.t.list.get(from), self.t.list.get(i)) {
            (Some(a), Some(b)) => b.word && a.block == b.block,
            _ => false,
        }
    }

    /// Whether token `i` is punctuation `p` in the same block as token `from`.
    pub fn punct_in(&self, from: usize, i: usize, p: &str) -> bool {
        match (self.t.list.get(from), self.t.list.get(i)) {
            (Some(a), Some(b)) => !b.word && a.block == b.block && self.t.text(i) == p,
            _ => false,
        }
    }

    /// Whether token `i` could be part of a proper name: a capitalised word,
    /// not a stop word, a month, or part of a known non-person name (a city that stands
    /// for no country aside: `Ana Turku`).
    pub fn name_word(&self, from: usize, i: usize) -> bool {
        self.word_in(from, i) && self.name_shaped[i]
    }

    /// A candidate from token `a` to token `b` (inclusive).
    pub fn candidate(
        &self,
        a: usize,
        b: usize,
        kind: EntityType,
        id: String,
        p: Priority,
    ) -> Candidate {
        Candidate {
            start: self.t.list[a].start,
            end: self.t.list[b].end,
            kind,
            id,
            priority: p,
        }
    }

    /// The slug of the text from token `a` to token `b`.
    pub fn slug(&self, a: usize, b: usize) -> String {
        slug(&self.t.raw[self.t.list[a].start..self.t.list[b].end])
    }
}

/// Whether word token `i`, of the word-list `classes` (see [`View::is`]), covered by a
/// knowledge-base match of type `known` (`plain_place`: a place that stands for no
/// country), could be part of a proper name, wherever it stands (see [`View::name_word`]).
///
/// A stop word is none; nor is a month or a weekday named in full (a date): an
/// abbreviation (`Jan`, `Sun`) may be a name (Jan Novak, Sun Li), a date only where the
/// date rules find a day or a year beside it.
fn name_shaped(
    t: &Tokens,
    i: usize,
    classes: u16,
    known: Option<EntityType>,
    plain_place: bool,
) -> bool {
    let tok = t.list[i];
    let w = t.text(i);
    tok.word
        && (tok.capitalised || particle_joined(w))
        && !tok.digits
        && classes & (class::STOP | class::CALENDAR) == 0
        && (matches!(known, None | Some(EntityType::Person)) || plain_place)
}

/// A lowercase ASCII slug: accents dropped, other chars to `_`. A name with no
/// Latin letter or digit at all (Cyrillic, Han…) gets its code points instead
/// (`u0418_u0432`), so that an id is never empty.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let f = super::matcher::fold(c);
        let f = if f.is_ascii_alphanumeric() {
            f.to_ascii_lowercase()
        } else {
            '_'
        };
        // No `_` opens the slug, none follows another.
        if f != '_' || !(out.is_empty() || out.ends_with('_')) {
            out.push(f);
        }
    }
    // Nor ends it (the string trimmed in place, not copied).
    if out.ends_with('_') {
        out.pop();
    }
    if !out.is_empty() {
        return out;
    }
    let points: Vec<String> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| format!("u{:04x}", c as u32))
        .collect();
    if points.is_empty() {
        "unnamed".to_string()
    } else {
        points.join("_")
    }
}

/// Most words of a name the text introduces ("Earth Grey Heron", "Kestrel Intelligence Labs").
const NAME_WORDS: usize = 3;

/// Whether token `j` may be a word of a name the text introduces (a threat, a firm): a
/// name word the base does not know, and no adjective of nationality, whole or in part
/// ("North Korean hackers", "pro-Russian hackers" name no group).
fn new_name_word(v: &View, from: usize, j: usize) -> bool {
    let kb = super::kb::knowledge_base();
    v.name_word(from, j)
        && v.known[j].is_none()
        && !v
            .text(j)
            .split('-')
            .any(|part| kb.country_of_adjective(part).is_some())
}

/// The last token of a name the text introduces, starting at token `i`: up to
/// `NAME_WORDS` capitalised words
/// the base does not know, and a number in brackets glued to it (`Crow017(12)`).
pub fn name_end(v: &View, i: usize) -> Option<usize> {
    v.name_ends.get(i).copied().flatten()
}

/// [`name_end`] read from the tokens (once per token, by [`View::new`]).
fn read_name_end(v: &View, i: usize) -> Option<usize> {
    if !new_name_word(v, i, i) {
        return None;
    }
    let mut end = i;
    while end + 1 < i + NAME_WORDS && new_name_word(v, i, end + 1) && v.t.list[end + 1].space_before
    {
        end += 1;
    }
    let glued = |k: usize| v.t.list.get(k).is_some_and(|t| !t.space_before);
    if v.punct_in(i, end + 1, "(")
        && glued(end + 1)
        && v.word_in(i, end + 2)
        && v.t.list[end + 2].digits
        && v.punct_in(i, end + 3, ")")
    {
        end += 3;
    }
    Some(end)
}

/// Mark every whole mention of the names the text introduced (name -> type), wherever the
/// article writes them, a sentence's first word included, each with its slug as id.
pub fn mark_everywhere(v: &View, named: &BTreeMap<&str, EntityType>, out: &mut Vec<Candidate>) {
    if named.is_empty() {
        return;
    }
    for i in 0..v.t.list.len() {
        if !v.t.list[i].word || v.known[i].is_some() {
            continue;
        }
        let rest = &v.t.raw[v.t.list[i].start..];
        for (name, kind) in named {
            let whole = rest
                .strip_prefix(name)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '-'));
            if !whole {
                continue;
            }
            let end_byte = v.t.list[i].start + name.len();
            let last = (i..v.t.list.len())
                .take_while(|&k| v.t.list[k].end <= end_byte)
                .last()
                .unwrap_or(i);
            out.push(v.candidate(i, last, *kind, slug(name), Priority::Pattern));
            break;
        }
    }
}

/// Run every rule.
pub fn find(tokens: &Tokens, known: &[Candidate], lang: Lang, out: &mut Vec<Candidate>) {
    let v = View::new(tokens, known, lang);
    for i in 0..tokens.list.len() {
        if !tokens.list[i].word {
            continue;
        }
        group_name(&v, i, out);
        military_unit(&v, i, out);
        numbered_centre(&v, i, out);
        acronym(&v, i, out);
        spelled_out(&v, i, out);
        source_line(&v, i, out);
        orgs::at(&v, i, out);
        persons::at(&v, i, out);
    }
    persons::coordinated(&v, out);
    threats::find(&v, out);
    firms::find(&v, out);
    super::towns::find(&v, out);
}

const GROUP_PREFIXES: [&str; 9] = [
    "APT", "UNC", "TA", "FIN", "DEV", "Storm", "TEMP", "UAC", "TAG",
];

// Every group prefix opens with an ASCII capital (`group_name` tests that first).
const _: () = {
    let mut k = 0;
    while k < GROUP_PREFIXES.len() {
        assert!(GROUP_PREFIXES[k].as_bytes()[0].is_ascii_uppercase());
        k += 1;
    }
};

fn group_name(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let w = v.text(i);
    // (Every prefix opens with a capital: most words are none of them.)
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return;
    }
    let Some(rest) = GROUP_PREFIXES.iter().find_map(|p| w.strip_prefix(p)) else {
        return;
    };
    let digits = rest.strip_prefix('-').unwrap_or(rest);
    if (1..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        let id = slug(w);
        out.push(v.candidate(i, i, EntityType::Group, id, Priority::Pattern));
    }
}

/// Digits of the number of an intelligence service's centre (`Centre 16`, `Centre 18`).
const CENTRE_DIGITS: std::ops::RangeInclusive<usize> = 1..=3;

/// `Centre 16 du FSB`, `Center 18 of the FSB`: a numbered centre of a known organisation
/// is one of its units acting on its own, a group (`centre_16` in both languages).
fn numbered_centre(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if !matches!(v.text(i), "Centre" | "Center") || !v.word_in(i, i + 1) {
        return;
    }
    let n = v.text(i + 1);
    if !(v.t.list[i + 1].digits && CENTRE_DIGITS.contains(&n.len())) {
        return;
    }
    let owner = match v.text(i + 2) {
        "du" => Some(i + 3),
        "of" if v.text(i + 3) == "the" => Some(i + 4),
        "of" | "de" => Some(i + 3),
        _ => None,
    };
    let of_known_org = owner.is_some_and(|k| {
        v.known_at
            .get(&k)
            .is_some_and(|(_, _, kind)| *kind == EntityType::Org)
    });
    if of_known_org {
        out.push(v.candidate(
            i,
            i + 1,
            EntityType::Group,
            format!("centre_{n}"),
            Priority::Pattern,
        ));
    }
}

fn military_unit(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if !matches!(v.text(i), "unité" | "Unité" | "unit" | "Unit") {
        return;
    }
    let mut j = i + 1;
    if v.word_in(i, j) && matches!(v.text(j), "militaire" | "military") {
        j += 1;
    }
    let n = v.text(j);
    if v.word_in(i, j) && (4..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) {
        // "military unit 74455": English puts the adjective first, inside the name.
        let military_before =
            i > 0 && v.word_in(i, i - 1) && matches!(v.text(i - 1), "military" | "Military");
        out.push(v.candidate(
            i - usize::from(military_before),
            j,
            EntityType::Group,
            format!("unit_{n}"),
            Priority::Pattern,
        ));
    }
}

/// Letters of an acronym written in title case (`Otan`, `Anssi`): shorter ones are words.
const TITLE_ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 3..=8;

/// The words a text introduces in brackets as acronyms: title-case words right after a
/// name whose words (small joining words aside) begin with the word's letters, in order
/// (`Agence nationale de la sécurité des systèmes d'information (Anssi)`), and capitals
/// right after an organisation's head or last word (`after_org_word`).
fn title_acronyms<'a>(t: &Tokens<'a>) -> HashSet<&'a str, BuildHasherDefault<FxHasher>> {
    let mut out = HashSet::default();
    for i in 1..t.list.len().saturating_sub(2) {
        let w = t.text(i + 1);
        let title_case = t.list[i + 1].capitalised
            && !t.list[i + 1].all_caps
            && w.chars().skip(1).all(|c| c.is_lowercase());
        if t.text(i) != "(" || t.text(i + 2) != ")" {
            continue;
        }
        if after_org_word(t, i) {
            out.insert(w);
            continue;
        }
        if !title_case {
            continue;
        }
        let letters: Vec<char> = crate::fold::fold_str(w).chars().collect();
        if !TITLE_ACRONYM_LETTERS.contains(&letters.len()) {
            continue;
        }
        // Back within the bracket's own block only: a long text's earlier blocks are never
        // walked again for each bracket.
        let initials: Vec<char> = (0..i)
            .rev()
            .take_while(|&k| t.list[k].block == t.list[i].block)
            .filter(|&k| t.list[k].word)
            .map(|k| t.text(k))
            .filter(|x| !lexicon().name_joiners.contains(&x.to_lowercase()))
            .take(letters.len())
            .filter_map(|x| crate::fold::fold_str(x).chars().next())
            .collect();
        if initials.iter().rev().eq(letters.iter()) {
            out.insert(w);
        }
    }
    out
}

/// `Harbour Security Service (HSS)`, `Coastal Crime Centre (CC4)`: a word of capitals (digits
/// allowed) in brackets at `open + 1`, right after an organisation's head or last word, is
/// the acronym of the name before it, even one that elsewhere names no body (`PST`, a time
/// zone too).
fn after_org_word(t: &Tokens, open: usize) -> bool {
    let w = t.text(open + 1);
    let capitals = t.list[open + 1].all_caps
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let lx = lexicon();
    let before = t.text(open.wrapping_sub(1));
    open > 0
        && capitals
        && t.list[open - 1].block == t.list[open].block
        && (lx.org_heads.contains(before) || lx.org_suffixes.contains(before))
}

/// Whether a word is an acronym's shape: parts of 2 to 7 capitals joined by hyphens
/// (`CERT-FR`) or a dot (`CERT.LV`).
fn acronym_shape(w: &str) -> bool {
    w.split(['-', '.'])
        .all(|p| (2..=7).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Letters of a short title-case part an acronym may end on (`CERT-In`: two): longer, it
/// is a word (`UK-Based`), not a part of the acronym.
const SUFFIX_PART_LETTERS: std::ops::RangeInclusive<usize> = 2..=3;

/// Whether a word is an acronym ending on a short title-case part after a hyphen
/// (`CERT-In`, `CSIRT-Ru`): capitals first, then a capital and one or two small letters.
fn acronym_with_suffix(w: &str) -> bool {
    let Some((head, tail)) = w.rsplit_once('-') else {
        return false;
    };
    let tail_ok = SUFFIX_PART_LETTERS.contains(&tail.len())
        && tail.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && tail.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    tail_ok && acronym_shape(head)
}

/// Fewest bytes of an acronym with a suffix or a prefix: two capitals, a hyphen and two
/// letters (`CERT-In`), or a two-letter code and three capitals (`ngCERT`).
const AFFIXED_ACRONYM_BYTES: usize = 5;

/// A quick test that [`acronym_with_suffix`] and [`acronym_with_prefix`] pass, asked of every
/// word: a suffixed acronym opens with two capitals, a prefixed one has its first capital
/// third, and both are at least [`AFFIXED_ACRONYM_BYTES`] long.
fn may_be_affixed_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= AFFIXED_ACRONYM_BYTES && (b[1].is_ascii_uppercase() || b[2].is_ascii_uppercase())
}

/// Letters of the lowercase country code some bodies set before their acronym (`ngCERT`,
/// `bjCSIRT`): two, as in the country codes of the web (`iOS`, `macOS` are products).
const PREFIX_CODE_LETTERS: usize = 2;
/// Fewest capitals of the acronym after such a code: `eID`-like words are not bodies.
const PREFIXED_ACRONYM_CAPITALS: usize = 3;

/// Whether a word is an acronym after a two-letter lowercase country code (`ngCERT`).
fn acronym_with_prefix(w: &str) -> bool {
    let code = w.bytes().take_while(u8::is_ascii_lowercase).count();
    let rest = &w[code..];
    code == PREFIX_CODE_LETTERS && rest.len() >= PREFIXED_ACRONYM_CAPITALS && acronym_shape(rest)
}

fn acronym(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let tok = v.t.list[i];
    let w = v.text(i);
    let suffixed = may_be_affixed_acronym(w)
        && (acronym_with_suffix(w) || acronym_with_prefix(w))
        && v.known[i].is_none();
    if !tok.all_caps && !v.title_acronyms.contains(w) && !suffixed {
        return;
    }
    if v.known[i].is_some() {
        national_branch(v, i, out);
        return;
    }
    let shaped = acronym_shape(w) || v.title_acronyms.contains(w) || suffixed;
    let introduced = v.title_acronyms.contains(w);
    if !shaped || (lexicon().not_acronyms.contains(w) && !introduced) {
        return;
    }
    if is_dateline(v, i) {
        out.push(v.candidate(i, i, EntityType::Gpe, slug(w), Priority::Weak));
        return;
    }
    // A transcript's turn label or a production cue says who speaks, which shot runs.
    if super::stage_labels::in_label(v, i) {
        return;
    }
    // A run of capitals is a shouted headline or a surname (`DUPONT Jean`), not an acronym.
    let neighbour_caps = |j: usize| v.word_in(i, j) && v.t.list[j].capitalised;
    if neighbour_caps(i + 1) || (i > 0 && neighbour_caps(i - 1) && v.t.list[i - 1].all_caps) {
        return;
    }
    if shouted_lead_word(v, i) {
        return;
    }
    out.push(v.candidate(
        i,
        i,
        EntityType::Org,
        format!("?acr:{}", slug(w)),
        Priority::Weak,
    ));
}

/// "SPIES broke into …", « POLICE : … »: a paragraph's first word set in capitals by
/// the house style, when the text writes the same word in lowercase elsewhere, is a
/// common word, not an acronym.
fn shouted_lead_word(v: &View, i: usize) -> bool {
    if !opens_block(v, i) {
        return false;
    }
    v.in_prose_lowercase(v.text(i))
}

/// Whether token `i` opens its block (paragraph).
fn opens_block(v: &View, i: usize) -> bool {
    i == 0 || v.t.list[i - 1].block != v.t.list[i].block
}

/// Whether word `k` stands in running text, not inside an address (`ria.ee`, `info@…`):
/// no mark glued to it joins it to another word.
fn in_prose(v: &View, k: usize) -> bool {
    let glued = |j: usize| j < v.t.list.len() && !v.t.list[j].word && !v.t.list[j].space_before;
    let joins_next = glued(k + 1) && k + 2 < v.t.list.len() && !v.t.list[k + 2].space_before;
    let joins_previous = k >= 1 && glued(k) && matches!(v.text(k - 1), "." | "@" | "/");
    !joins_next && !joins_previous
}

/// Fewest capitalised words a name spelled out before its acronym has (`Joint Public
/// Relations (JPR)`): one word and its initial are a word in brackets, not a name.
const MIN_SPELLED_OUT_WORDS: usize = 2;

/// `Inter-Services Public Relations (ISPR)`, `Maritime Traffic Coordination (MTC)`: the
/// capitalised words right before an acronym in brackets whose initials (each part of a
/// hyphenated word counting, small joining words aside) spell it, in order, are the
/// organisation it stands for, whatever its last word.
fn spelled_out(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let w = v.text(i);
    if !v.t.list[i].all_caps || !acronym_shape(w) || w.contains(['-', '.']) || v.known[i].is_some()
    {
        return;
    }
    if i < 2 || !v.punct_in(i, i - 1, "(") || !v.punct_in(i, i + 1, ")") {
        return;
    }
    let letters: Vec<char> = w.chars().collect();
    let joiner = |k: usize| lexicon().name_joiners.contains(&v.text(k).to_lowercase());
    // Walking back from the word before the bracket, the initials met so far (last first).
    let mut initials: Vec<char> = Vec::new();
    let mut first = None;
    let mut words = 0;
    let mut k = i - 1;
    while k > 0 && initials.len() < letters.len() {
        k -= 1;
        if !v.word_in(i, k) {
            break;
        }
        if joiner(k) && first.is_some() {
            continue;
        }
        let tok = v.t.list[k];
        if !tok.capitalised || tok.all_caps || v.known[k].is_some() {
            break;
        }
        let parts: Vec<char> = v
            .text(k)
            .split('-')
            .filter_map(|p| p.chars().next())
            .collect();
        initials.extend(parts.iter().rev());
        first = Some(k);
        words += 1;
    }
    let spelled = initials.iter().rev().eq(letters.iter());
    if let (true, Some(first)) = (spelled && words >= MIN_SPELLED_OUT_WORDS, first) {
        out.push(v.candidate(
            first,
            i - 2,
            EntityType::Org,
            v.slug(first, i - 2),
            Priority::Suffix,
        ));
    }
}

/// `CERT-FR`, `ANSC-RO`: a known organisation's acronym joined by a hyphen to a country
/// code names that country's own body, an organisation of its own (`cert_fr`, not the
/// body the first part alone names); a pair of places (`US-UK`) stays two places.
fn national_branch(v: &View, i: usize, out: &mut Vec<Candidate>) {
    let w = v.text(i);
    let first_is_org = v
        .known_at
        .get(&i)
        .is_some_and(|(last, _, kind)| *last == i && *kind == EntityType::Org);
    // A whole token the base knows (same span, higher priority) keeps its own id.
    if !v.t.list[i].hyphen || !acronym_shape(w) || !first_is_org {
        return;
    }
    // Like other acronyms, it takes the id of a name it stands in brackets after (`coref`).
    let id = format!("?acr:{}", slug(w));
    out.push(v.candidate(i, i, EntityType::Org, id, Priority::Pattern));
}

/// `DUBLIN, September 11 --`, `PRAGUE, Nov 14 (Reuters)`: a block opening with an
/// all-capital word, a comma and a date names the place of writing, not an acronym.
/// A weekday may come first (`VELGRAD, Tuesday, March 3`, « VELGRAD, mardi 3 mars »).
fn is_dateline(v: &View, i: usize) -> bool {
    let mut k = i + 2;
    if v.word_in(i, k) && crate::calendar::weekday(v.text(k)).is_some() {
        k += 1 + usize::from(v.punct_in(i, k + 1, ","));
    }
    let date_after =
        v.word_in(i, k) && (v.t.list[k].digits || crate::calendar::month(v.text(k)).is_some());
    opens_block(v, i) && v.punct_in(i, i + 1, ",") && date_after
}

/// `(Source: RT News)`: the outlet named after `Source:` up to `)` or the end of the block.
fn source_line(v: &View, i: usize, out: &mut Vec<Candidate>) {
    if v.text(i) != "Source" || !v.punct_in(i, i + 1, ":") {
        return;
    }
    let first = i + 2;
    let mut last = None;
    let mut j = first;
    while j < v.t.list.len() && v.t.list[j].block == v.t.list[i].block && v.text(j) != ")" {
        last = Some(j);
        j += 1;
    }
    if let Some(last) = last {
        if v.word_in(i, first) && last - first < 6 {
            let id = v.slug(first, last);
            out.push(v.candidate(first, last, EntityType::Org, id, Priority::Weak));
        }
    }
}

/// "al-Harbi", "el-Sayed", "bin-Zayed": a lowercase name particle hyphen-joined to a
/// capitalised name is a name word, as the name after it is.
fn particle_joined(w: &str) -> bool {
    // (Most words hold no hyphen: one pass over the bytes says so before the split's char
    // by char. 0xE2 opens the non-breaking hyphen's encoding.)
    if !w.bytes().any(|b| b == b'-' || b == 0xE2) {
        return false;
    }
    let Some((particle, rest)) = w.split_once(['-', '‑']) else {
        return false;
    };
    lexicon().name_particles.contains(particle) && rest.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(slug("YOSHIDA Tomoyuki"), "yoshida_tomoyuki");
        assert_eq!(slug("Storm-0558"), "storm_0558");
        assert_eq!(slug("Agence européenne"), "agence_europeenne");
    }
}
