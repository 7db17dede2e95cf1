//! The claim lexicons: cue phrases, helper words and country sides, loaded once
//! from the data files under `data/claims/`.
//!
//! A phrase is a sequence of words compared with the words of a sentence
//! (see [`super::tokens`]); a trailing `*` lets the last word take any ending;
//! a phrase holding a capital is compared case-sensitively ("US" is not "us").

use super::tokens::{tokenize, GAP};
use crate::article::Lang;
use crate::entities::{le_word, FxHasher, WordMap};
use crate::text::ByteSet;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What a cue phrase signals. The data files name them in snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Family {
    Report,
    According,
    Accuse,
    AccuseNoun,
    AttribPre,
    AttribPost,
    Deny,
    DenyContent,
    NonConfirm,
    Acknowledge,
    Condemn,
    CondemnContent,
    Urge,
    Attack,
    Smear,
    Support,
    Evidence,
    Response,
    Topic,
    // Word classes (words_*.tsv).
    Pronoun,
    RolePerson,
    RoleOrg,
    RoleDoc,
    Determiner,
    Relative,
    Aux,
    VictimPrep,
    Title,
    NotName,
    Subordinator,
    Negation,
    Passive,
    Hedge,
    Preposition,
    Tells,
    /// A verb of telling whose direct object is whom it tells ("told Reuters", « a informé
    /// le ministre »); « a dit X », « a confié X » name the speaker after the verb.
    TellsObject,
    /// An auxiliary of the active perfect ("has", « a », « ont »): "has said by e-mail",
    /// « a indiqué par courriel » are active, whatever "by"/« par » follows.
    Perfect,
    Auxiliary,
    Ceasing,
    Actor,
    Opposes,
    Statement,
    FirstPerson,
    /// A word of the first person singular ("I", « je », « mon »): a person speaks.
    FirstSingular,
    Confirm,
    PersonPronoun,
    /// A relative pronoun that stands only for a person ("who").
    PersonRelative,
    ThreatRef,
    /// A noun that stands for a country's foreign ministry (« la diplomatie chinoise »).
    Diplomacy,
    /// A verb of doing whose object may be an attack ("carried out", « mené »).
    Doing,
    DocAuthor,
    SubUnit,
    AttribTo,
    /// What an attack did to its victim, as a participle ("copied", « perturbée »).
    Effect,
    /// A body that is its country itself ("the Freedonian government", « les autorités »).
    CountryBody,
    /// A country's own government by its noun ("the Government", « les autorités »): with
    /// no country named, the one of the story's dateline (see `home`).
    HomeBody,
    /// A province's or territory's government by its noun ("the Province"; see `home`).
    ProvinceBody,
    /// A word that makes "par"/"by" an adverb, not an agent's mark (« par ailleurs », "by
    /// contrast").
    NotAgent,
    /// A body that is never a state's voice ("the company", « l'opérateur »).
    PrivateBody,
    /// A word in the name of a state's body ("Ministry", « Agence »), that a business's
    /// noun never takes up.
    PublicBody,
    /// A word that sets a pronoun after its auxiliary as an echo of the subject (« aussi »).
    Echo,
    /// A formula that credits the quotation before it ("That was the message from").
    Retro,
    /// A noun for a business ("the company", « la société »).
    CompanyNoun,
    /// The legal form that ends a business's name ("SpA", "Ltd", « SARL »).
    BusinessForm,
    /// A word after which a verb form is a noun ("all three accused", « nos assurés »).
    NounBefore,
    /// Words after a declining cue that name whom the comment would come from ("no comment
    /// from", « aucune réaction de la part de »).
    CommentFrom,
    /// A word that joins the words of a name ("of", « des »), no name word itself.
    NameLink,
    /// A body noun that stands only for a body whose name holds it ("the Court", « la
    /// Chambre »), never for whichever organisation was heard last.
    NamedBody,
    /// A reporting verb that adds to what the speaker said ("added", « a poursuivi »).
    Continues,
    /// A preposition before where something is said ("on" Telegram, « sur » Facebook).
    MediumPrep,
    /// A preposition before the place something is said in ("told reporters in" Lima).
    PlacePrep,
    /// A preposition opening an adjunct of time, place or occasion ("after", « à l'issue »):
    /// after an inverted subject, what follows it is no part of the subject.
    AdjunctPrep,
    /// A verb of undergoing or noticing an attack ("suffered", « a subi », "detected").
    Undergo,
    /// What a victim notices before it knows it is an attack ("unusual activity",
    /// « un incident »): an attack only where the victim confirms or detects it.
    Incident,
    /// What an attack breaks into or takes, owned by its victim ("the servers of X", «
    /// le réseau de X»): a party that owns it is no attacker.
    Asset,
    /// A possessive determiner ("its", « leurs »).
    Possessive,
    /// A word opening an aside on where a party is or comes from ("based in", "of", «
    /// basée à »): the place in it never speaks.
    Whereabouts,
    /// A word naming a reply: a noun ("response", « riposte »: a sentence that only
    /// announces one speaks with the voice of whoever replies next) or a verb
    /// ("responded", « a répondu »: a short sentence that says only that makes the claim
    /// the reply makes next).
    Reply,
    /// A phrase giving the person or body through whom a party speaks (« par la voix de »,
    /// "through its spokesperson"): that voice speaks.
    VoiceOf,
    /// A spokesperson's title in a briefing's header ("Spokesperson", « porte-parole »).
    Spokesperson,
    /// A word opening a fronted place or body before an impersonal subject (« Du côté de
    /// l'agence, on … », « Chez X, on … »): that body speaks.
    Fronted,
    /// A mundane cause of an outage ("a software update", « une panne »): blaming the
    /// outage on it denies that an attack caused it.
    MundaneCause,
    /// An intensifying reflexive after a party ("themselves", « eux-mêmes »): the party
    /// does what it is charged with, the charge turned back on it.
    Reflexive,
    /// An adverb that sets a charge in the past, before today's exchange ("previously",
    /// "in the past", « à l'époque »): background, told for context.
    Background,
    /// A past perfect's auxiliary ("had", « avait »): "had been attributed to X" tells an
    /// older charge, not the story's own finding.
    PastPerfect,
    /// A noun by which a lead describes a public body it names further down ("agency",
    /// « agence »): a description that names no body of its own.
    DescribedBody,
    /// A verb whose negation declines to say something ("comment", "attribute", «
    /// commenter », « désigner »): "will not discuss", « n'attribue pas » decline.
    Declinable,
    /// A verb of intent or ability between a negation and the verb it declines ("not
    /// going to", "did not wish to", « n'entend pas répondre »).
    DeclineLead,
    /// A body's noun that names a kind of institution ("police", « parquet », "court"):
    /// it takes up only an organisation whose names hold it, never the one heard last.
    OwnKindBody,
    /// A role whose holder speaks for themself, not for the body named before it ("a Tartu
    /// University lecturer", "a Velmar analyst"): a scholar's or an analyst's view.
    OwnVoice,
    /// A demonstrative that takes up the party named last, not the last speaker ("the
    /// latter", « celui-ci », « cette dernière »).
    Latter,
    /// A formula of quoting someone else's words (« je cite », "I quote").
    Quoting,
    /// A speaker who keeps their name back ("speaking on condition of anonymity", « sous
    /// couvert d'anonymat »): no person the text names later.
    Anonymity,
    /// A noun that opens a description of belonging without an article ("X, part of Y,",
    /// « X, membre de Y, »).
    PartOf,
    /// A conjunction that joins two main clauses after a comma ("…, and it has admitted",
    /// « …, mais elle refuse »): the second clause shares the first one's subject.
    Coordinator,
    /// A verb of reproaching someone for what it did or failed to do ("faulted", « reproche
    /// à »): a charge of an attack only when the reproach names one.
    Reproach,
    /// A phrase that leaves the author of an attack open ("whoever was behind it", « quel
    /// que soit l'auteur »): what follows is said of the attack, not against anyone.
    UnknownAuthor,
    /// The opening of a cleft sentence ("it is", « ce sont »): "it is X who attacks" sets X
    /// against someone else the hearer had in mind.
    Cleft,
    /// A phrase that turns a charge back on someone else ("went further", « en retour », "the
    /// biggest hacker empire"): said by an accused side, its charge is a counter-accusation.
    Retort,
}

// A set of families fits in a `u128` (see `Family::bit`).
const _: () = assert!((Family::Retort as u32) < 128);

impl Family {
    /// The family's bit in a set of families held in a `u128` (fewer than 128 families).
    pub const fn bit(self) -> u128 {
        1 << (self as u32)
    }

    /// The set of these families, as [`Family::bit`]s: one test of a token's marks for
    /// them all.
    pub const fn set(families: &[Family]) -> u128 {
        let mut set = 0;
        let mut k = 0;
        while k < families.len() {
            set |= families[k].bit();
            k += 1;
        }
        set
    }

    /// The family a data file names in snake case (`accuse_noun`), if any.
    fn parse(name: &str) -> Option<Family> {
        Family::parse_cue(name)
            .or_else(|| Family::parse_party_word(name))
            .or_else(|| Family::parse_clause_word(name))
    }

    /// A cue family: what a cue phrase signals (`accuse`, `deny_content`).
    fn parse_cue(name: &str) -> Option<Family> {
        use Family::*;
        Some(match name {
            "report" => Report,
            "according" => According,
            "accuse" => Accuse,
            "accuse_noun" => AccuseNoun,
            "attrib_pre" => AttribPre,
            "attrib_post" => AttribPost,
            "deny" => Deny,
            "deny_content" => DenyContent,
            "nonconfirm" => NonConfirm,
            "acknowledge" => Acknowledge,
            "condemn" => Condemn,
            "condemn_content" => CondemnContent,
            "urge" => Urge,
            "attack" => Attack,
            "smear" => Smear,
            "support" => Support,
            "evidence" => Evidence,
            "response" => Response,
            "topic" => Topic,
            _ => return None,
        })
    }

    /// A word class that names, points at or describes a party (`role_org`, `latter`).
    fn parse_party_word(name: &str) -> Option<Family> {
        use Family::*;
        Some(match name {
            "pronoun" => Pronoun,
            "role_person" => RolePerson,
            "role_org" => RoleOrg,
            "role_doc" => RoleDoc,
            "doc_author" => DocAuthor,
            "sub_unit" => SubUnit,
            "title" => Title,
            "not_name" => NotName,
            "actor" => Actor,
            "first_person" => FirstPerson,
            "first_singular" => FirstSingular,
            "person_pronoun" => PersonPronoun,
            "person_relative" => PersonRelative,
            "diplomacy" => Diplomacy,
            "country_body" => CountryBody,
            "home_body" => HomeBody,
            "province_body" => ProvinceBody,
            "not_agent" => NotAgent,
            "private_body" => PrivateBody,
            "company_noun" => CompanyNoun,
            "public_body" => PublicBody,
            "business_form" => BusinessForm,
            "named_body" => NamedBody,
            "name_link" => NameLink,
            "possessive" => Possessive,
            "whereabouts" => Whereabouts,
            "voice_of" => VoiceOf,
            "spokesperson" => Spokesperson,
            "fronted" => Fronted,
            "reflexive" => Reflexive,
            "background" => Background,
            "latter" => Latter,
            "anonymity" => Anonymity,
            "part_of" => PartOf,
            _ => return None,
        })
    }

    /// A word class of the clause around a cue: a grammar word, verb or phrase (`undergo`).
    fn parse_clause_word(name: &str) -> Option<Family> {
        use Family::*;
        Some(match name {
            "attrib_to" => AttribTo,
            "determiner" => Determiner,
            "relative" => Relative,
            "aux" => Aux,
            "victim_prep" => VictimPrep,
            "subordinator" => Subordinator,
            "negation" => Negation,
            "passive" => Passive,
            "past_perfect" => PastPerfect,
            "described_body" => DescribedBody,
            "hedge" => Hedge,
            "preposition" => Preposition,
            "tells" => Tells,
            "tells_object" => TellsObject,
            "perfect" => Perfect,
            "auxiliary" => Auxiliary,
            "ceasing" => Ceasing,
            "opposes" => Opposes,
            "statement" => Statement,
            "confirm" => Confirm,
            "threat_ref" => ThreatRef,
            "doing" => Doing,
            "effect" => Effect,
            "retro" => Retro,
            "echo" => Echo,
            "noun_before" => NounBefore,
            "comment_from" => CommentFrom,
            "continues" => Continues,
            "medium_prep" => MediumPrep,
            "place_prep" => PlacePrep,
            "adjunct_prep" => AdjunctPrep,
            "undergo" => Undergo,
            "incident" => Incident,
            "asset" => Asset,
            "reply_noun" | "reply_verb" => Reply,
            "mundane_cause" => MundaneCause,
            "quoting" => Quoting,
            "coordinator" => Coordinator,
            "reproach" => Reproach,
            "unknown_author" => UnknownAuthor,
            "cleft" => Cleft,
            "retort" => Retort,
            "declinable" => Declinable,
            "decline_lead" => DeclineLead,
            "own_kind_body" => OwnKindBody,
            "own_voice" => OwnVoice,
            _ => return None,
        })
    }
}

/// Cue families: a capitalised cue word ("Cyberattaques :", "According to") is no name.
pub(crate) const CUE_FAMILIES: [Family; 20] = [
    Family::Report,
    Family::According,
    Family::Accuse,
    Family::AccuseNoun,
    Family::AttribPre,
    Family::AttribPost,
    Family::Deny,
    Family::DenyContent,
    Family::NonConfirm,
    Family::Acknowledge,
    Family::Condemn,
    Family::CondemnContent,
    Family::Urge,
    Family::Attack,
    Family::Smear,
    Family::Support,
    Family::Evidence,
    Family::Response,
    Family::Topic,
    Family::Hedge,
];

/// One phrase of a lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    /// The phrase's words, lowercased unless `case_sensitive`.
    pub words: Vec<String>,
    /// The last word is a prefix (`pirat*`).
    pub prefix_last: bool,
    /// Compare with the words as written.
    pub case_sensitive: bool,
    /// What the phrase signals (a family) or, for sides, unused.
    pub family: Family,
    /// For the sides lexicon: the country id.
    pub side: Option<&'static str>,
}

/// Phrases indexed by their first word (lowercased).
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Looked up for every word of every sentence: a hash map with the fast hash.
    pub by_first: WordMap<Vec<Phrase>>,
    /// Single-word prefix phrases (`pirat*`), found through the buckets below.
    pub prefixes: Vec<Phrase>,
    /// Indices into `prefixes` by the first byte of the prefix, for the phrases
    /// compared with a word lowercased: only the bucket of the word's first byte
    /// lowercased can match (256 buckets once filled). `u32` although `u16` would do: the
    /// aligner sorts `u32` ids too, and one element type means one copy of the sort in the wasm.
    pub by_lower_start: Vec<Vec<u32>>,
    /// The same for case-sensitive phrases, compared with a word as written.
    pub by_raw_start: Vec<Vec<u32>>,
    /// Prefix phrases that are a gap alone: tried on every word.
    pub any_start: Vec<u32>,
    /// The phrases of `by_first` (but those opening with a gap) as a trie over their words.
    pub trie: Trie,
    /// For [`is_word_of`]: the families of the one-word phrases (no prefix) filed under
    /// each word, so that a word is asked with one lookup and a bit test, not by reading
    /// its list of phrases. Filled by `index_words`.
    one_word: WordMap<u128>,
}

/// Phrases as a trie over their words, for [`super::tokens::find_among`]: a sentence's
/// words are walked once along the phrases' shared beginnings, where trying each phrase
/// that opens with a word compared its words again and again (« a », « ne » open
/// hundreds of phrases each, with their agreed forms).
#[derive(Debug)]
pub(crate) struct Trie {
    /// The nodes; the first is the root, where no word has been read.
    pub nodes: Vec<Node>,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            nodes: vec![Node::default()],
        }
    }
}

/// A node of the [`Trie`]: the words of a phrase read so far.
#[derive(Debug, Default)]
pub(crate) struct Node {
    /// The next node by the next word, as [`Next`] tells.
    pub words: Edges,
    /// The next node by a prefix of the next word (a phrase's last word `attaque*`), the
    /// prefix compared with the word as written (`true`) or lowercased.
    pub prefixes: Vec<(String, bool, u32)>,
    /// The next node past a gap of words (`~`).
    pub gap: Option<u32>,
    /// The phrases that end here.
    pub ends: Vec<End>,
}

/// The longest word an [`InlineWord`] holds, in bytes (one byte more holds its length):
/// nearly every word of the lexicons and of news text.
const INLINE_WORD_BYTES: usize = 23;

/// A short word held in place, its length in the last byte: a hash map keyed by it
/// compares words without following a pointer to their bytes, which the trie walk did for
/// every word of every sentence. Held as three little-endian words, each read from the
/// word's bytes in registers: written to memory byte by byte and read back as words, the
/// key stalled every lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InlineWord([u64; 3]);

impl InlineWord {
    /// The word held in place, if it is short enough.
    fn of(word: &str) -> Option<InlineWord> {
        let bytes = word.as_bytes();
        (bytes.len() <= INLINE_WORD_BYTES).then(|| {
            let mut held = [0u64; 3];
            for (slot, chunk) in held.iter_mut().zip(bytes.chunks(8)) {
                *slot = le_word(chunk);
            }
            held[2] |= (bytes.len() as u64) << 56;
            InlineWord(held)
        })
    }
}

impl std::hash::Hash for InlineWord {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for w in self.0 {
            state.write_u64(w);
        }
    }
}

/// The children of a [`Node`] by word: short words held in place ([`InlineWord`]), longer
/// ones as strings.
///
/// Most words of a sentence go on no phrase begun before them: the first bytes of the
/// words a node has children by, held beside the maps, turn most of them away before a
/// lookup (a node's maps lie apart in memory, a slow read each).
#[derive(Debug)]
pub(crate) struct Edges<V = Next> {
    /// The bytes some child's word opens with.
    first_bytes: ByteSet,
    short: HashMap<InlineWord, V, BuildHasherDefault<FxHasher>>,
    long: WordMap<V>,
}

impl<V> Default for Edges<V> {
    fn default() -> Self {
        Edges {
            first_bytes: ByteSet::default(),
            short: HashMap::default(),
            long: WordMap::default(),
        }
    }
}

impl<V: Default> Edges<V> {
    /// The nodes `word` leads to.
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.first_bytes.may_open(word) {
            return None;
        }
        match InlineWord::of(word) {
            Some(w) => self.short.get(&w),
            None => self.long.get(word),
        }
    }

    /// The nodes `word` leads to, made empty if it is new.
    fn entry(&mut self, word: &str) -> &mut V {
        if let Some(&b) = word.as_bytes().first() {
            self.first_bytes.insert(b);
        }
        match InlineWord::of(word) {
            Some(w) => self.short.entry(w).or_default(),
            None => self.long.entry(word.to_string()).or_default(),
        }
    }
}

impl Edges {
    /// Copy every word of these edges into `roots`, its nodes as the `slot`th pair.
    fn merge_into(&self, roots: &mut Edges<[Next; 2]>, slot: usize) {
        roots.first_bytes.extend(&self.first_bytes);
        for (w, next) in &self.short {
            roots.short.entry(*w).or_default()[slot] = *next;
        }
        for (w, next) in &self.long {
            roots.long.entry(w.clone()).or_default()[slot] = *next;
        }
    }
}

/// The first words of a language's cue phrases and of the country sides, in one map: each
/// word of a sentence opens a phrase of either lexicon or of none, and one lookup tells
/// both (`[cues, sides]`), where each trie's root was asked apart.
pub(crate) fn roots(lang: Lang) -> &'static Edges<[Next; 2]> {
    static FR: OnceLock<Edges<[Next; 2]>> = OnceLock::new();
    static EN: OnceLock<Edges<[Next; 2]>> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let mut roots = Edges::default();
        for (slot, lexicon) in [cues(lang), sides()].into_iter().enumerate() {
            let root = &lexicon.trie.nodes[0];
            // A root step is a word and nothing else (see `tokens::root_steps`): no phrase
            // is empty, opens with a gap (those stay out of the trie) or is one prefix
            // (those are `Lexicon::prefixes`).
            assert!(root.ends.is_empty() && root.prefixes.is_empty() && root.gap.is_none());
            root.words.merge_into(&mut roots, slot);
        }
        roots
    })
}

/// The nodes a word leads to: compared lowercased (most phrases), or as written (the
/// words of a case-sensitive phrase).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Next {
    pub lower: Option<u32>,
    pub raw: Option<u32>,
}

/// A phrase that ends at a node of the [`Trie`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct End {
    /// Its place in `by_first`'s list for its first word: hits at one word keep that order.
    pub rank: u32,
    pub family: Family,
    pub side: Option<&'static str>,
}

impl Trie {
    /// The child of node `at` that `step` names, made if it is new.
    fn child(&mut self, at: usize, step: Step) -> usize {
        let fresh = self.nodes.len() as u32;
        let node = &mut self.nodes[at];
        let next = match step {
            Step::Gap => *node.gap.get_or_insert(fresh),
            Step::Prefix(p, cased) => {
                let known = node.prefixes.iter().find(|(q, c, _)| q == p && *c == cased);
                match known {
                    Some(&(_, _, next)) => next,
                    None => {
                        node.prefixes.push((p.to_string(), cased, fresh));
                        fresh
                    }
                }
            }
            Step::Word(w, cased) => {
                let next = node.words.entry(w);
                let slot = if cased {
                    &mut next.raw
                } else {
                    &mut next.lower
                };
                *slot.get_or_insert(fresh)
            }
        };
        if next == fresh {
            self.nodes.push(Node::default());
        }
        next as usize
    }

    /// Add a phrase whose first word is no gap, `rank` its place in its first word's list.
    fn insert(&mut self, phrase: &Phrase, rank: usize) {
        let last = phrase.words.len() - 1;
        let mut at = 0;
        for (j, w) in phrase.words.iter().enumerate() {
            let step = if w == GAP {
                Step::Gap
            } else if phrase.prefix_last && j == last {
                Step::Prefix(w, phrase.case_sensitive)
            } else {
                Step::Word(w, phrase.case_sensitive)
            };
            at = self.child(at, step);
        }
        self.nodes[at].ends.push(End {
            rank: rank as u32,
            family: phrase.family,
            side: phrase.side,
        });
    }
}

/// One step down the [`Trie`]: a word (as written when `true`), a prefix, a gap.
enum Step<'w> {
    Word(&'w str, bool),
    Prefix(&'w str, bool),
    Gap,
}

/// Capitals an all-capital word needs to be an acronym matched in its case ("US", not
/// "us"); a lone capital is a capitalised word that matches in any case.
const MIN_ACRONYM_CAPITALS: usize = 2;

impl Lexicon {
    /// The prefix phrases that may match a word, in lexicon order, into `out`.
    pub fn prefixes_for(&self, raw: &str, lower: &str, out: &mut Vec<u32>) {
        out.clear();
        fn bucket<'l>(buckets: &'l [Vec<u32>], word: &str) -> &'l [u32] {
            word.as_bytes()
                .first()
                .and_then(|&b| buckets.get(usize::from(b)))
                .map_or(&[], Vec::as_slice)
        }
        let lists = [
            bucket(&self.by_lower_start, lower),
            bucket(&self.by_raw_start, raw),
            &self.any_start,
        ];
        for list in lists {
            out.extend_from_slice(list);
        }
        // Each list is in lexicon order already: only several need merging.
        if lists.iter().filter(|l| !l.is_empty()).count() > 1 {
            out.sort_unstable();
        }
    }
}

impl Lexicon {
    /// Fill the index of [`is_word_of`] from `by_first`.
    fn index_words(&mut self) {
        for (key, phrases) in &self.by_first {
            for p in phrases
                .iter()
                .filter(|p| !p.prefix_last && p.words.len() == 1)
            {
                *self.one_word.entry(key.clone()).or_default() |= p.family.bit();
            }
        }
    }

    fn add(&mut self, raw: &str, family: Family, side: Option<&'static str>) {
        self.add_cased(raw, family, side, false);
    }

    /// Add a phrase; `proper` keeps a capitalised name's case ("Réunion" the island is
    /// not « la réunion publique », a meeting).
    fn add_cased(&mut self, raw: &str, family: Family, side: Option<&'static str>, proper: bool) {
        let raw = raw.trim();
        let prefix_last = raw.ends_with('*');
        let body = raw.trim_end_matches('*');
        // Acronyms keep their case ("US" is not "us"); other names match in any case.
        let acronym = body.chars().filter(|c| c.is_uppercase()).count() >= MIN_ACRONYM_CAPITALS
            && !body.chars().any(char::is_lowercase);
        let case_sensitive = acronym || (proper && body.starts_with(char::is_uppercase));
        // Each `~` is a gap word of its own.
        let words: Vec<String> = tokenize(body, 0)
            .into_iter()
            .filter_map(|t| match (t.word, t.raw) {
                (true, w) if case_sensitive => Some(w.to_string()),
                (true, _) => Some(t.lower.as_str().to_string()),
                (false, "~") => Some(GAP.to_string()),
                _ => None,
            })
            .collect();
        let Some(first) = words.first() else { return };
        let key = first.to_lowercase();
        let phrase = Phrase {
            words,
            prefix_last,
            case_sensitive,
            family,
            side,
        };
        if prefix_last && phrase.words.len() == 1 {
            let index = self.prefixes.len() as u32;
            let start = usize::from(phrase.words[0].as_bytes()[0]);
            let buckets = if phrase.words[0] == GAP {
                None
            } else if phrase.case_sensitive {
                Some(&mut self.by_raw_start)
            } else {
                Some(&mut self.by_lower_start)
            };
            match buckets {
                Some(buckets) => {
                    buckets.resize(256, Vec::new());
                    buckets[start].push(index);
                }
                None => self.any_start.push(index),
            }
            self.prefixes.push(phrase);
        } else {
            // A phrase opening with a gap (none in the data) is tried the slow way. A word
            // is looked up by its lowercase form: a lowercased first word that lowercases
            // again to another key ("İ") can match no word.
            let first = &phrase.words[0];
            let findable = first != GAP && (phrase.case_sensitive || *first == key);
            let list = self.by_first.entry(key).or_default();
            if findable {
                self.trie.insert(&phrase, list.len());
            }
            list.push(phrase);
        }
    }

    /// Parse `FAMILY<TAB>phrase | phrase` lines; `#` starts a comment line. With
    /// `agree`, a French past participle in a phrase also matches its feminine and
    /// plural forms ("attribué": "attribuée", "attribués", "attribuées"), and a final
    /// « à » its contracted forms (« au », « aux »).
    fn load(&mut self, data: &'static str, sides: bool, agree: bool) {
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((head, phrases)) = line.split_once('\t') else {
                continue;
            };
            let (family, side) = if sides {
                (Family::Topic, Some(head.trim()))
            } else {
                match Family::parse(head.trim()) {
                    Some(f) => (f, None),
                    None => continue,
                }
            };
            for p in phrases.split('|') {
                let p = p.trim();
                let mut forms = vec![p.to_string()];
                if agree {
                    forms.extend(agreements(p));
                }
                if agree {
                    let last = ATTRIBUTING.contains(&family);
                    let contracted: Vec<String> =
                        forms.iter().flat_map(|f| contractions(f, last)).collect();
                    forms.extend(contracted);
                }
                for form in &forms {
                    self.add(form, family, side);
                }
            }
        }
    }
}

/// The endings a French past participle in "-é" takes in agreement.
const AGREEMENT_ENDINGS: [&str; 3] = ["e", "s", "es"];

/// The phrase again with one of its "-é" words in each agreed form.
fn agreements(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !w.ends_with('é') {
            continue;
        }
        for ending in AGREEMENT_ENDINGS {
            let mut v: Vec<String> = words.iter().map(|x| x.to_string()).collect();
            v[k] = format!("{w}{ending}");
            out.push(v.join(" "));
        }
    }
    out
}

/// The French forms « à » takes before an article (« à le » is « au », « à les » « aux »):
/// a phrase that ends in « à » meets its object as often through them ("relie ~ à" in
/// « relie le logiciel au groupe »).
const CONTRACTED_A: [&str; 2] = ["au", "aux"];

/// The families whose final « à » leads to the party blamed (« attribué à », « relie ~ à »),
/// whose article contracts with it; an urging « appelé à » leads to an act (« au calme »).
const ATTRIBUTING: [Family; 3] = [Family::Accuse, Family::AttribPost, Family::AttribPre];

/// The phrase again with its « à » in each contracted form: an « à » before a gap (« n'appartient
/// pas à ~ de désigner »: « au Parlement »), and with `last` a final one.
fn contractions(phrase: &str, last: bool) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let at = words.iter().enumerate().position(|(k, w)| {
        *w == "à" && (words.get(k + 1) == Some(&"~") || (last && k + 1 == words.len()))
    });
    let Some(at) = at else {
        return Vec::new();
    };
    CONTRACTED_A
        .iter()
        .map(|c| {
            let mut v = words.clone();
            v[at] = c;
            v.join(" ")
        })
        .collect()
}

/// The cue and word lexicon of a language.
pub(crate) fn cues(lang: Lang) -> &'static Lexicon {
    static FR: OnceLock<Lexicon> = OnceLock::new();
    static EN: OnceLock<Lexicon> = OnceLock::new();
    let (cell, cues, words) = match lang {
        Lang::Fr => (
            &FR,
            include_str!("../../data/claims/cues_fr.tsv"),
            include_str!("../../data/claims/words_fr.tsv"),
        ),
        Lang::En => (
            &EN,
            include_str!("../../data/claims/cues_en.tsv"),
            include_str!("../../data/claims/words_en.tsv"),
        ),
    };
    cell.get_or_init(|| {
        let mut lexicon = Lexicon::default();
        lexicon.load(cues, false, lang == Lang::Fr);
        lexicon.load(words, false, false);
        lexicon.index_words();
        lexicon
    })
}

/// Whether a lowercase word is a one-word phrase of `family` in either language's word
/// lists (for a name read from either language's header).
pub(crate) fn is_word_of(word: &str, family: Family) -> bool {
    [Lang::En, Lang::Fr].into_iter().any(|lang| {
        cues(lang)
            .one_word
            .get(word)
            .is_some_and(|families| families & family.bit() != 0)
    })
}

/// Whether lowercase words are one whole phrase of `family` in either language's lists
/// (« porte-parole », whose hyphen splits it in two).
pub(crate) fn is_phrase_of(words: &[&str], family: Family) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    [Lang::En, Lang::Fr].into_iter().any(|lang| {
        cues(lang).by_first.get(*first).is_some_and(|phrases| {
            phrases
                .iter()
                .any(|p| p.family == family && !p.prefix_last && p.words.iter().eq(words.iter()))
        })
    })
}

/// Country sides, for both languages (articles quote names from each other).
pub(crate) fn sides() -> &'static Lexicon {
    static SIDES: OnceLock<Lexicon> = OnceLock::new();
    SIDES.get_or_init(|| {
        let mut lexicon = Lexicon::default();
        lexicon.load(include_str!("../../data/claims/sides.tsv"), true, false);
        // Every other country of the knowledge base, by its names and adjectives of
        // nationality: "le gouvernement serbe" speaks for Serbia as "chinois" for China.
        // A side sides.tsv lists keeps its own words there.
        let listed: std::collections::BTreeSet<&str> = lexicon
            .by_first
            .values()
            .flatten()
            .chain(lexicon.prefixes.iter())
            .filter_map(|p| p.side)
            .collect();
        for entry in crate::entities::knowledge_base().entries() {
            let Some(country) = entry.country.as_deref().filter(|c| *c == entry.id) else {
                continue;
            };
            if listed.contains(country) {
                continue;
            }
            // Its names as written (a country's name is capitalised where it names the
            // country); its adjectives in any case (« serbe », "Serbian").
            for name in [&entry.name_en, &entry.name_fr] {
                lexicon.add_cased(name, Family::Topic, Some(country), true);
            }
            for adjective in &entry.adjectives {
                lexicon.add(adjective, Family::Topic, Some(country));
            }
        }
        lexicon
    })
}

#[cfg(test)]
mod tests {
    use super::sides;
    use crate::claims::tokens::{find, tokenize};

    fn side_in(text: &str) -> Option<&'static str> {
        find(sides(), &tokenize(text, 0))
            .into_iter()
            .find_map(|h| h.side)
    }

    #[test]
    fn a_country_name_matches_as_written_and_its_adjective_in_any_case() {
        // « la réunion » is a meeting; « la Réunion » the island.
        assert_eq!(side_in("lors de la réunion publique"), None);
        assert_eq!(side_in("à la Réunion"), Some("reunion"));
        assert_eq!(side_in("un pirate réunionnais"), Some("reunion"));
        assert_eq!(side_in("la Moldavie"), Some("moldova"));
    }
}
