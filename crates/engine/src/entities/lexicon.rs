//! The word lists the entity rules use (`data/kb/lexicon.tsv`), parsed once.

use super::EntityType;
use crate::text::case_forms;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fast hash for short words (the Fx hash of rustc): the lexicon is looked
/// up for nearly every token. Only lookups use it, never iteration order.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

/// Up to eight bytes as a little-endian word, zero-padded: read as two overlapping
/// halves (their shared bytes agree), not byte by byte.
pub(crate) fn le_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let two = |at: usize| u64::from(u16::from_le_bytes([bytes[at], bytes[at + 1]])) << (8 * at);
    let four = |at: usize| {
        let b = &bytes[at..at + 4];
        u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])) << (8 * at)
    };
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => two(0) | two(n - 2),
        4..=7 => four(0) | four(n - 4),
        _ => four(0) | four(4),
    }
}

/// The Fx hash's multiplier.
const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    /// Mix one 8-byte word (little-endian, zero-padded) into the hash.
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    /// Eight bytes at a time, the last word zero-padded. Whole words are read without
    /// a copy: this runs for nearly every token, several times.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes([
                w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
            ]));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            self.add(le_word(rest));
        }
    }

    /// As `write` of the one byte (a `str`'s end marker), without the slice.
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    /// As `write` of its little-endian bytes (a slice's length), without the slice.
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// As `write` of its little-endian bytes, without the slice.
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A set of words with the fast hash.
pub type WordSet = HashSet<String, BuildHasherDefault<FxHasher>>;
/// A map from words with the fast hash.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

/// Word lists by role; see the header of `lexicon.tsv`.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Titles before a person's name, as word sequences (`Prime Minister`).
    pub titles: Vec<Vec<String>>,
    /// Last words of titles (dots dropped): a quick test before trying each title.
    pub title_last_words: WordSet,
    /// One-word titles, as written.
    pub title_words: WordSet,
    /// Role nouns, in every case form.
    pub roles: WordSet,
    /// Heads of organisation names, as written.
    pub org_heads: WordSet,
    /// Last words that make a capitalised sequence an organisation.
    pub org_suffixes: WordSet,
    /// Ministry portfolios as word sequences, with their id suffix.
    pub portfolios: Vec<(Vec<String>, String)>,
    /// Season names (every case form) -> English season.
    pub seasons: WordMap<String>,
    /// Words that make a following bare month a date, in every case form.
    pub month_cues: WordSet,
    /// Words confirming an ambiguous threat-group or malware alias, in every case form.
    pub cues: WordSet,
    /// All-capitals words that are not organisations.
    pub not_acronyms: WordSet,
    /// Capitalised words that never start or end a name.
    pub stops: WordSet,
    /// Nouns that end a place's name (`Coral Sea`, `Scott Base`), as written.
    pub place_nouns: WordSet,
    /// Small words inside a name that its acronym skips (`de`, `of`), lowercase.
    pub name_joiners: WordSet,
    /// Possessive determiners before a role in apposition (`its`, « sa »), lowercase.
    pub possessives: WordSet,
    /// Lowercase particles inside a person's name (`bin`, `van`), as written.
    pub name_particles: WordSet,
    /// Particles that are French words too (`de`): in a name only after a given name.
    pub given_particles: WordSet,
    /// Both kinds of particle capitalised (`De`, `Van`, `Le`), as Flemish, Dutch and
    /// French surnames write them (`De Smet`, `Le Bihan`): inside a name, never first.
    pub capital_particles: WordSet,
    /// Diplomatic mission nouns (`Embassy`, `ambassade`) -> id suffix (`embassy`).
    pub missions: WordMap<String>,
    /// Words before a mission's host (`in`, `en`, `à`).
    pub mission_hosts: WordSet,
    /// Adjectives between a mission's noun and its country (« Mission permanente de … »).
    pub mission_adjectives: WordSet,
    /// A state's form before its country (`Kingdom`, « République »), as written.
    pub state_forms: WordSet,
    /// An adjective between a state's form and its country (« islamique », `People's`).
    pub state_form_adjectives: WordSet,
    /// A government's noun before its place (`Government`, « gouvernement »).
    pub government_heads: WordSet,
    /// A city's office named before its place (`parquet` de Paris) -> id suffix.
    pub office_heads: WordMap<String>,
    /// A city's office named after its place (Paris `prosecutor`'s office) -> id suffix.
    pub office_tails: WordMap<String>,
    /// Words between a place and its office's noun (`public`).
    pub office_between: WordSet,
    /// The noun after an office noun's possessive ("prosecutor's `office`").
    pub office_after: WordSet,
    /// Capitalised nouns of a public office whose possessive names the body serving it
    /// ("the Information `Commissioner`'s Office"), as written.
    pub office_holders: WordSet,
    /// Words of a newspaper's title (`Courier`, `Écho`), as written.
    pub outlet_words: WordSet,
    /// Lowercase heads that name a company's management (« direction »): the company alone
    /// is the name.
    pub management_heads: WordSet,
    /// Languages whose names are no adjective of nationality of the base (`Farsi`).
    pub languages: WordSet,
    /// Heads that name an organisation only with a complement opened by a preposition
    /// (`Port` of Velmar), as written.
    pub complement_heads: WordSet,
    /// Common given names, folded (`helene`, `ciaran`): evidence that a capitalised pair is a person.
    pub given_names: WordSet,
    /// The gender of the given names that always have one (`laura` female, `rafael` male).
    pub given_genders: WordMap<Gender>,
    /// Words that, near a capitalised pair starting with a given name, make it a person
    /// (reporting verbs, `by`, `selon`), in every case form.
    pub person_cues: WordSet,
    /// Family names the press writes before the given name (`Gao Renshu`), folded.
    pub surnames_first: WordSet,
    /// Nouns that say what a name beside them is (`group` -> GROUP, `wiper` -> MALWARE,
    /// `in` -> GPE), lowercase.
    pub kind_words: WordMap<EntityType>,
    /// Of those, the prepositions, which type only the name after them (`in`, `à`).
    pub kind_words_before_only: WordSet,
    /// Endings of French adjectives (`-ique`, `-ale`), for names whose adjectives follow
    /// their nouns in lowercase (`Agence nationale de …`).
    pub adjective_endings_fr: Vec<String>,
    /// Phrases that introduce a name the text gives a thing (`dubbed`, `sous le nom de`),
    /// as lowercase word sequences.
    pub naming: Vec<Vec<String>>,
    /// Heads of ministries whose portfolio follows without a preposition (`Federal Public
    /// Service`), as word sequences.
    pub portfolio_heads: Vec<Vec<String>>,
    /// Nouns that introduce a company or outlet named after them (`firm`, `société`).
    pub firm_nouns: WordSet,
    /// Nouns that introduce a platform (`channel`, `chaîne`).
    pub platform_nouns: WordSet,
    /// Nouns that name nothing but malware (`wiper`, `rançongiciel`), lowercase.
    pub malware_nouns: WordSet,
    /// Trade words after a company's own name (`Telecom`, `Labs`): the name alone is the company.
    pub company_suffixes: WordSet,
    /// Legal forms a comma may set after a company's name (`Ltd`, `Inc`), as written.
    pub legal_forms: WordSet,
    /// Head nouns whose capitalised form alone is an organisation's short name (`Council`).
    pub short_forms: WordSet,
    /// The id a short form takes when the article names no organisation with that head
    /// before it (`Union` -> `eu`), for the short forms that have one.
    pub short_form_defaults: WordMap<String>,
    /// Roles only a company has (`chief executive`, `PDG`), as written (phrases).
    pub firm_roles: Vec<String>,
    /// For each word of the lists the organisation rules ask about at every token, the
    /// [`class`] bits of the lists that hold it as written: one lookup per token answers
    /// them all (see `rules::View::is`).
    pub token_classes: WordMap<u16>,
}

/// The word lists of [`Lexicon::token_classes`], one bit each.
pub mod class {
    /// `org_heads`.
    pub const ORG_HEAD: u16 = 1 << 0;
    /// `org_suffixes`.
    pub const ORG_SUFFIX: u16 = 1 << 1;
    /// `complement_heads`.
    pub const COMPLEMENT_HEAD: u16 = 1 << 2;
    /// The keys of `office_heads`.
    pub const OFFICE_HEAD: u16 = 1 << 3;
    /// The keys of `office_tails`.
    pub const OFFICE_TAIL: u16 = 1 << 4;
    /// The keys of `missions`.
    pub const MISSION: u16 = 1 << 5;
    /// `stops`.
    pub const STOP: u16 = 1 << 6;
    /// A month or weekday named in full (`calendar::full_names`): a date, no name word.
    pub const CALENDAR: u16 = 1 << 7;
}

/// The [`Lexicon::token_classes`] of a lexicon's lists.
fn token_classes(lx: &Lexicon) -> WordMap<u16> {
    let mut classes = WordMap::default();
    let lists: [(u16, Vec<&str>); 8] = [
        (
            class::ORG_HEAD,
            lx.org_heads.iter().map(String::as_str).collect(),
        ),
        (
            class::ORG_SUFFIX,
            lx.org_suffixes.iter().map(String::as_str).collect(),
        ),
        (
            class::COMPLEMENT_HEAD,
            lx.complement_heads.iter().map(String::as_str).collect(),
        ),
        (
            class::OFFICE_HEAD,
            lx.office_heads.keys().map(String::as_str).collect(),
        ),
        (
            class::OFFICE_TAIL,
            lx.office_tails.keys().map(String::as_str).collect(),
        ),
        (
            class::MISSION,
            lx.missions.keys().map(String::as_str).collect(),
        ),
        (class::STOP, lx.stops.iter().map(String::as_str).collect()),
        (class::CALENDAR, crate::calendar::full_names().collect()),
    ];
    for (bit, words) in lists {
        for w in words {
            *classes.entry(w.to_string()).or_insert(0) |= bit;
        }
    }
    classes
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// The word set of a section that lists plain words, kept as written.
fn plain_set<'l>(lx: &'l mut Lexicon, section: &str) -> Option<&'l mut WordSet> {
    Some(match section {
        "org_head" => &mut lx.org_heads,
        "org_suffix" => &mut lx.org_suffixes,
        "not_acronym" => &mut lx.not_acronyms,
        "stop" => &mut lx.stops,
        "name_joiner" => &mut lx.name_joiners,
        "possessive" => &mut lx.possessives,
        "mission_host" => &mut lx.mission_hosts,
        "mission_adjective" => &mut lx.mission_adjectives,
        "state_form" => &mut lx.state_forms,
        "state_form_adjective" => &mut lx.state_form_adjectives,
        "government_head" => &mut lx.government_heads,
        "office_between" => &mut lx.office_between,
        "office_after" => &mut lx.office_after,
        "office_holder" => &mut lx.office_holders,
        "outlet_word" => &mut lx.outlet_words,
        "complement_head" => &mut lx.complement_heads,
        "management_head" => &mut lx.management_heads,
        "language" => &mut lx.languages,
        "firm_noun" => &mut lx.firm_nouns,
        "company_suffix" => &mut lx.company_suffixes,
        "legal_form" => &mut lx.legal_forms,
        "malware_noun" => &mut lx.malware_nouns,
        "platform_noun" => &mut lx.platform_nouns,
        "place_noun" => &mut lx.place_nouns,
        _ => return None,
    })
}

fn parse(data: &str) -> Lexicon {
    let mut lx = Lexicon::default();
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (section, word) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let value = cols.next().unwrap_or("");
        if let Some(set) = plain_set(&mut lx, section) {
            set.insert(word.to_string());
            continue;
        }
        match section {
            "title" => {
                let w = words(word);
                if let Some(last) = w.last() {
                    lx.title_last_words
                        .extend(case_forms(last.trim_end_matches('.')));
                }
                if let [one] = &w[..] {
                    lx.title_words.insert(one.trim_end_matches('.').to_string());
                }
                lx.titles.push(w);
            }
            "role" => lx.roles.extend(case_forms(word)),
            "portfolio" => lx.portfolios.push((words(word), value.to_string())),
            "season" => {
                for form in case_forms(word) {
                    lx.seasons.insert(form, value.to_string());
                }
            }
            "month_cue" => lx.month_cues.extend(case_forms(word)),
            "cue" => lx.cues.extend(case_forms(word)),
            "given_particle" => {
                lx.given_particles.insert(word.to_string());
                lx.capital_particles.insert(case_forms(word)[1].clone());
            }
            "name_particle" => {
                lx.name_particles.insert(word.to_string());
                lx.capital_particles.insert(case_forms(word)[1].clone());
            }
            "mission" => {
                lx.missions.insert(word.to_string(), value.to_string());
            }
            "office_head" => {
                lx.office_heads.insert(word.to_string(), value.to_string());
            }
            "office_tail" => {
                lx.office_tails.insert(word.to_string(), value.to_string());
            }
            "person_cue" => lx.person_cues.extend(case_forms(word)),
            "adjective_ending_fr" => lx.adjective_endings_fr.push(word.to_string()),
            "naming" => lx.naming.push(words(word)),
            "portfolio_head" => lx.portfolio_heads.push(words(word)),
            "firm_role" => lx.firm_roles.push(word.to_string()),
            "short_form" => {
                lx.short_forms.insert(word.to_string());
                if !value.is_empty() {
                    lx.short_form_defaults
                        .insert(word.to_string(), value.to_string());
                }
            }
            "kind_word" => {
                let kind = match value {
                    "GROUP" => Some(EntityType::Group),
                    "MALWARE" => Some(EntityType::Malware),
                    "GPE" => Some(EntityType::Gpe),
                    "ORG" => Some(EntityType::Org),
                    _ => None,
                };
                if let Some(kind) = kind {
                    lx.kind_words.insert(word.to_string(), kind);
                    if cols.next() == Some("before") {
                        lx.kind_words_before_only.insert(word.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    // Longest first, so "Prime Minister" is tried before "Minister".
    crate::order::sort_by_key(&mut lx.titles, |t| std::cmp::Reverse(t.len()));
    crate::order::sort_by_key(&mut lx.portfolios, |p| std::cmp::Reverse(p.0.len()));
    lx
}

/// The claim cue families whose one-word cues say that a person speaks: the claim
/// lexicon is the one list of reporting verbs, the entity rules read it too.
const SPEAKING_FAMILIES: [&str; 5] = ["report", "accuse", "deny", "acknowledge", "condemn"];

/// One-word cues of the speaking families in a claim cue file (`family<TAB>a | b c | …`).
fn speaking_cues(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(family, _)| SPEAKING_FAMILIES.contains(family))
        .flat_map(|(_, phrases)| phrases.split('|').map(str::trim))
        .filter(|p| !p.is_empty() && !p.contains([' ', '~']))
}

/// A person's gender as a text tells it (a given name, "Mrs", "she"); most often unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// Nothing tells, or the signs disagree (a name given to both).
    #[default]
    Unknown,
    /// Female.
    Female,
    /// Male.
    Male,
}

impl Gender {
    /// Whether two genders may be the same person's: equal, or one unknown.
    pub fn fits(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Given (or family) names, one folded name a line (`#` starts a comment), each maybe
/// followed by a tab and its gender (`f`, `m`); the names, and the genders given.
fn given_names(data: &str) -> (WordSet, WordMap<Gender>) {
    let (mut names, mut genders) = (WordSet::default(), WordMap::default());
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, gender) = line.split_once('\t').unwrap_or((line, ""));
        let gender = match gender {
            "f" => Gender::Female,
            "m" => Gender::Male,
            _ => Gender::Unknown,
        };
        if gender != Gender::Unknown {
            genders.insert(name.to_string(), gender);
        }
        names.insert(name.to_string());
    }
    (names, genders)
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lx = parse(include_str!("../../data/kb/lexicon.tsv"));
        (lx.given_names, lx.given_genders) =
            given_names(include_str!("../../data/kb/given_names.txt"));
        lx.surnames_first = given_names(include_str!("../../data/kb/surnames_first.txt")).0;
        for data in [
            include_str!("../../data/claims/cues_en.tsv"),
            include_str!("../../data/claims/cues_fr.tsv"),
        ] {
            for cue in speaking_cues(data) {
                lx.person_cues.extend(case_forms(cue));
            }
        }
        lx.token_classes = token_classes(&lx);
        lx
    })
}

/// Whether a word is a common given name (compared folded: `Hélène`, `HÉLÈNE`, `Helene`).
pub fn is_given_name(word: &str) -> bool {
    let given = &lexicon().given_names;
    // "Jean-Baptiste", "Marc-André": a compound of given names the list lacks.
    let known = |folded: &str| {
        given.contains(folded)
            || (folded.contains('-') && folded.split('-').all(|part| given.contains(part)))
    };
    // An ASCII word (most names) folds to its lowercase (`fold` turns only a backquote and
    // a tab into other chars): folded on the stack, not in a new string.
    let plain = word.len() <= STACK_NAME_BYTES && word.is_ascii() && !word.contains(['`', '\t']);
    if plain {
        let mut lower = [0u8; STACK_NAME_BYTES];
        lower[..word.len()].copy_from_slice(word.as_bytes());
        lower[..word.len()].make_ascii_lowercase();
        return known(std::str::from_utf8(&lower[..word.len()]).unwrap_or_default());
    }
    known(&crate::fold::fold_word(word))
}

/// The most bytes an ASCII word may have to be folded on the stack by [`is_given_name`]
/// (longer than nearly every name).
const STACK_NAME_BYTES: usize = 24;

/// The gender a person's name tells by its first word (`Laura Benitez`), unknown for a
/// name given to both, a name no list knows, a family name written first (`Li Wei`), or a
/// surname alone (`Thomas` may be either).
pub fn name_gender(name: &str) -> Gender {
    let lx = lexicon();
    let mut words = name.split_whitespace();
    let first = words.next().map(crate::fold::fold_word);
    match first.filter(|_| words.next().is_some()) {
        // "Marie-Claire": a compound the list lacks has the gender of its first part.
        Some(w) if !lx.surnames_first.contains(&w) => {
            let part = w.split('-').next().unwrap_or_default();
            let gender = lx
                .given_genders
                .get(&w)
                .or_else(|| lx.given_genders.get(part));
            gender.copied().unwrap_or_default()
        }
        _ => Gender::Unknown,
    }
}

/// The type a noun beside a name gives it (`kind_word` in `lexicon.tsv`), for a lowercase word.
pub fn kind_word(word: &str) -> Option<EntityType> {
    lexicon().kind_words.get(word).copied()
}

/// The type a word after a name gives it: a `kind_word` that is no preposition (`X group`,
/// not `X in Y`).
pub fn kind_word_after(word: &str) -> Option<EntityType> {
    let lx = lexicon();
    if lx.kind_words_before_only.contains(word) {
        return None;
    }
    lx.kind_words.get(word).copied()
}

/// Whether a capitalised word never starts or ends a name (`stop` in `lexicon.tsv`).
pub fn stop_word(word: &str) -> bool {
    lexicon().stops.contains(word)
}
