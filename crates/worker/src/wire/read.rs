//! The page's reader of the worker's replies, written by hand.
//!
//! Replies travel in postcard's form of serde's data model (`encode`); serde's derived reader
//! of [`Reply`] was ~27 KB of the app's wasm (every type inlined into one visitor), this one a
//! fraction of it. It reads exactly what `encode` writes: unsigned numbers as LEB128 varints
//! (`usize` as serde's `u64`), `f32` as four little-endian bytes, a string or a list as its
//! length then its items, an `Option` as 0 or 1 then the value, a struct or a tuple as its
//! fields in order, an enum as its variant's index then its fields. The field orders below
//! are those of the types' declarations, and the variant lists those of the enums: the tests
//! check both against serde's writer, so a field or variant added to a type the replies carry
//! must be added here too.

use super::{LeanAlignment, LeanBoard, LeanHead, LeanViews, ViewsPart, WireArticle};
use crate::Reply;
use parallax_engine::align::{Divergence, DivergenceKind, Side};
use parallax_engine::board::{
    BoardCell, BoardEvent, DateKey, Dated, DisputeLine, EntityFacts, MatrixOrder, Naming, Season,
};
use parallax_engine::claims::{Cue, Party};
use parallax_engine::disputes::{Names, TranslatedClaim};
use parallax_engine::entities::KbEntry;
use parallax_engine::sorted_map::SortedMap;
use parallax_engine::{
    ArticleAnalysis, Claim, Diagnostic, EntityType, Lang, Mention, Paragraph, ParagraphKind,
    Sentence, Stance,
};

/// A reply read back from its wire form, or why it cannot be.
pub fn read_reply(bytes: &[u8]) -> Result<Reply, String> {
    let mut reader = Reader::new(bytes);
    let reply = reader.reply();
    reader.done(reply)
}

/// A list of replies (as `build.rs` writes the seeds' result) read back, or why it cannot be.
pub fn read_replies(bytes: &[u8]) -> Result<Vec<Reply>, String> {
    let mut reader = Reader::new(bytes);
    let replies = reader.list(Reader::reply);
    reader.done(replies)
}

/// The variants of the enums the replies carry, in declaration order (a variant's index is
/// its place here).
const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];
const PARAGRAPH_KINDS: [ParagraphKind; 9] = [
    ParagraphKind::Headline,
    ParagraphKind::Body,
    ParagraphKind::DateHeader,
    ParagraphKind::SourceLine,
    ParagraphKind::SourceLink,
    ParagraphKind::Stray,
    ParagraphKind::Caption,
    ParagraphKind::Pointer,
    ParagraphKind::EditorNote,
];
const ENTITY_TYPES: [EntityType; 7] = [
    EntityType::Person,
    EntityType::Org,
    EntityType::Gpe,
    EntityType::Loc,
    EntityType::Date,
    EntityType::Group,
    EntityType::Malware,
];
const STANCES: [Stance; 7] = Stance::ALL;
const SIDES: [Side; 2] = [Side::Source, Side::Target];
const DIVERGENCE_KINDS: [DivergenceKind; 5] = [
    DivergenceKind::Hedge,
    DivergenceKind::Number,
    DivergenceKind::Quote,
    DivergenceKind::Entity,
    DivergenceKind::Stance,
];

/// Bytes being read, where, and whether a read failed. A read that fails (the bytes end too
/// soon or hold what the type cannot be) marks the reader failed and gives a default, and
/// the reads after it give defaults too: the whole is refused at the end ([`Reader::done`]).
/// Straight-line code, without the early returns (each dropping what was read so far) that
/// `?` on every field would make.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    failed: bool,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            at: 0,
            failed: false,
        }
    }

    fn done<T>(&self, read: T) -> Result<T, String> {
        if self.failed {
            Err("the message is cut short or not a reply".to_string())
        } else {
            Ok(read)
        }
    }

    fn fail(&mut self) {
        self.failed = true;
        self.at = self.bytes.len();
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.get(self.at) {
            Some(&byte) => {
                self.at += 1;
                byte
            }
            None => {
                self.fail();
                0
            }
        }
    }

    fn varint(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte();
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// A bool as postcard writes it: one byte, 0 or 1.
    fn bool(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => {
                self.fail();
                false
            }
        }
    }

    fn usize(&mut self) -> usize {
        let value = self.varint();
        usize::try_from(value).unwrap_or_else(|_| {
            self.fail();
            0
        })
    }

    fn u32(&mut self) -> u32 {
        let value = self.varint();
        u32::try_from(value).unwrap_or_else(|_| {
            self.fail();
            0
        })
    }

    /// The next `len` bytes, or none (failed) when there are fewer.
    fn take(&mut self, len: usize) -> &'a [u8] {
        let bytes = self.bytes;
        match self
            .at
            .checked_add(len)
            .and_then(|end| bytes.get(self.at..end))
        {
            Some(taken) => {
                self.at += len;
                taken
            }
            None => {
                self.fail();
                &[]
            }
        }
    }

    fn f32(&mut self) -> f32 {
        let bytes = self.take(4);
        bytes.try_into().map_or(0.0, f32::from_le_bytes)
    }

    fn string(&mut self) -> String {
        let len = self.usize();
        match std::str::from_utf8(self.take(len)) {
            Ok(text) => text.to_string(),
            Err(_) => {
                self.fail();
                String::new()
            }
        }
    }

    fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> Option<T> {
        match self.byte() {
            0 => None,
            1 => Some(read(self)),
            _ => {
                self.fail();
                None
            }
        }
    }

    fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len = self.usize();
        // No more room than the bytes left could fill: a bad length fails, it does not allocate.
        let mut items = Vec::with_capacity(len.min(self.bytes.len() - self.at));
        for _ in 0..len {
            if self.failed {
                break;
            }
            items.push(read(self));
        }
        items
    }

    /// A map, as serde writes a `BTreeMap` or a `SortedMap`: its length, then each key and
    /// value.
    fn map<K: Ord, V>(
        &mut self,
        key: impl Fn(&mut Self) -> K,
        value: impl Fn(&mut Self) -> V,
    ) -> SortedMap<K, V> {
        let pairs = self.list(|r| {
            let k = key(r);
            (k, value(r))
        });
        SortedMap::last_wins(pairs)
    }

    /// A fieldless enum's variant, by its index into `variants`.
    fn variant<T: Copy>(&mut self, variants: &[T]) -> T {
        let index = self.usize();
        match variants.get(index) {
            Some(&variant) => variant,
            None => {
                self.fail();
                variants[0]
            }
        }
    }

    fn opt_string(&mut self) -> Option<String> {
        self.option(Self::string)
    }

    fn strings(&mut self) -> Vec<String> {
        self.list(Self::string)
    }

    fn indices(&mut self) -> Vec<usize> {
        self.list(Self::usize)
    }

    fn pair(&mut self) -> (usize, usize) {
        (self.usize(), self.usize())
    }

    fn reply(&mut self) -> Reply {
        match self.usize() {
            0 => Reply::Ready,
            1 => Reply::Analysing {
                job: self.u32(),
                file: self.string(),
                n: self.usize(),
                of: self.usize(),
            },
            2 => Reply::Comparing {
                job: self.u32(),
                fr: self.string(),
                en: self.string(),
                n: self.usize(),
                of: self.usize(),
            },
            3 => Reply::Article {
                job: self.u32(),
                index: self.usize(),
                article: self.wire_article(),
            },
            4 => Reply::Aligned {
                job: self.u32(),
                alignment: self.alignment(),
            },
            5 => Reply::Linked {
                job: self.u32(),
                views: self.views(),
                pairing: self.bool(),
            },
            6 => Reply::Exported {
                job: self.u32(),
                content: self.string(),
            },
            7 => Reply::Failed {
                message: self.string(),
            },
            8 => Reply::Views {
                job: self.u32(),
                part: self.views_part(),
            },
            _ => {
                self.fail();
                Reply::Ready
            }
        }
    }

    fn wire_article(&mut self) -> WireArticle {
        match self.usize() {
            0 => WireArticle::Head(LeanHead {
                file: self.string(),
                lang: self.variant(&LANGS),
                title: self.opt_string(),
                date: self.opt_string(),
                source: self.opt_string(),
                paragraphs: self.list(Self::paragraph),
                diagnostics: self.list(Self::diagnostic),
                char_len: self.usize(),
                sentences: self.list(|r| (r.usize(), r.usize(), r.usize())),
            }),
            1 => WireArticle::Mentions {
                ids: self.strings(),
                entities: self
                    .list(|r| (r.usize(), r.usize(), r.variant(&ENTITY_TYPES), r.usize())),
            },
            2 => WireArticle::Claims {
                parties: self.list(Self::party),
                claims: self.list(|r| {
                    (
                        r.usize(),
                        r.option(Self::usize),
                        r.variant(&STANCES),
                        r.option(Self::usize),
                        r.string(),
                        r.option(Self::pair),
                    )
                }),
            },
            3 => WireArticle::Whole(self.article()),
            4 => WireArticle::Sentences(self.list(|r| (r.usize(), r.usize(), r.usize()))),
            _ => {
                self.fail();
                WireArticle::Mentions {
                    ids: Vec::new(),
                    entities: Vec::new(),
                }
            }
        }
    }

    fn paragraph(&mut self) -> Paragraph {
        Paragraph {
            start: self.usize(),
            end: self.usize(),
            kind: self.variant(&PARAGRAPH_KINDS),
        }
    }

    fn diagnostic(&mut self) -> Diagnostic {
        Diagnostic {
            code: self.string(),
            message: self.string(),
        }
    }

    fn party(&mut self) -> Party {
        Party {
            id: self.string(),
            name: self.string(),
        }
    }

    fn article(&mut self) -> ArticleAnalysis {
        ArticleAnalysis {
            file: self.string(),
            lang: self.variant(&LANGS),
            title: self.opt_string(),
            date: self.opt_string(),
            source: self.opt_string(),
            paragraphs: self.list(Self::paragraph),
            sentences: self.list(|r| Sentence {
                start: r.usize(),
                end: r.usize(),
                text: r.string(),
                paragraph: r.usize(),
            }),
            entities: self.list(|r| Mention {
                start: r.usize(),
                end: r.usize(),
                text: r.string(),
                kind: r.variant(&ENTITY_TYPES),
                id: r.string(),
            }),
            claims: self.list(|r| Claim {
                sentence: r.usize(),
                text: r.string(),
                speaker: r.option(Self::party),
                stance: r.variant(&STANCES),
                target: r.option(Self::party),
                about: r.string(),
                cue: r.option(|r| Cue {
                    start: r.usize(),
                    end: r.usize(),
                    text: r.string(),
                }),
            }),
            diagnostics: self.list(Self::diagnostic),
            char_len: self.usize(),
        }
    }

    fn alignment(&mut self) -> LeanAlignment {
        LeanAlignment {
            source: self.string(),
            target: self.string(),
            confidence: self.f32(),
            pairs: self.list(|r| {
                (
                    r.indices(),
                    r.indices(),
                    r.f32(),
                    r.list(|r| Divergence {
                        kind: r.variant(&DIVERGENCE_KINDS),
                        side: r.variant(&SIDES),
                        detail: r.string(),
                    }),
                )
            }),
        }
    }

    fn names(&mut self) -> Names {
        Names {
            en: self.opt_string(),
            fr: self.opt_string(),
        }
    }

    fn views_part(&mut self) -> ViewsPart {
        ViewsPart {
            claims: self.list(|r| r.list(Self::pair)),
            odd: self.list(|r| {
                (
                    r.usize(),
                    TranslatedClaim {
                        versions: r.list(Self::pair),
                        stance: r.variant(&STANCES),
                        speaker: r.option(Self::party),
                        target: r.option(Self::party),
                        about: r.string(),
                    },
                )
            }),
            timeline: self.list(|r| Dated {
                when: DateKey {
                    year: r.u32(),
                    month: r.u32(),
                    day: r.u32(),
                    season: r.option(|r| r.variant(&Season::ALL)),
                },
                words: r.string(),
                datetime: r.string(),
                statement: r.bool(),
                claim: r.usize(),
                at: r.pair(),
            }),
            entities: self.list(|r| EntityFacts {
                id: r.string(),
                kind: r.option(|r| r.variant(&ENTITY_TYPES)),
                spellings: r.list(|r| (r.variant(&LANGS), r.strings())),
                mentions: r.list(|r| Naming {
                    article: r.usize(),
                    count: r.usize(),
                    sentences: r.indices(),
                }),
                by: r.indices(),
                against: r.indices(),
                events: r.list(Self::pair),
            }),
        }
    }

    fn views(&mut self) -> LeanViews {
        LeanViews {
            answered: self.map(Self::usize, Self::usize),
            names: self.map(Self::string, Self::names),
            titles: self.map(Self::string, Self::names),
            known: self.map(Self::string, |r| {
                KbEntry {
                    id: r.string(),
                    kind: r.variant(&ENTITY_TYPES),
                    name_en: r.string(),
                    name_fr: r.string(),
                    aliases: r.strings(),
                    // Not sent: only the analysis reads them.
                    adjectives: Vec::new(),
                    wikidata: r.opt_string(),
                    attack_id: r.opt_string(),
                    country: r.opt_string(),
                }
            }),
            board: self.board(),
        }
    }

    fn board(&mut self) -> LeanBoard {
        let order = |r: &mut Self| MatrixOrder {
            speakers: r.strings(),
            targets: r.strings(),
        };
        LeanBoard {
            events: self.list(|r| BoardEvent {
                about: r.string(),
                claims: r.indices(),
            }),
            cells: self.list(|r| BoardCell {
                speaker: r.string(),
                target: r.string(),
                counts: r.list(|r| (r.variant(&STANCES), r.usize())),
                claims: r.indices(),
            }),
            order_fr: order(self),
            order_en: order(self),
            lines: self.list(|r| {
                r.list(|r| DisputeLine {
                    about: r.string(),
                    text: r.string(),
                })
            }),
            actors: self.list(|r| (r.string(), r.string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{encode, lean_result};
    use parallax_engine::{analyze_corpus, views_of};

    /// A reply as serde sees it (JSON), to compare what the two readers make of the same bytes.
    fn json(replies: &[Reply]) -> String {
        serde_json::to_string(replies).unwrap()
    }

    #[test]
    fn every_variant_is_at_the_index_serde_writes() {
        fn check<T: serde::Serialize>(variants: &[T]) {
            for (i, variant) in variants.iter().enumerate() {
                assert_eq!(encode(variant), [i as u8]);
            }
        }
        check(&LANGS);
        check(&PARAGRAPH_KINDS);
        check(&ENTITY_TYPES);
        check(&STANCES);
        check(&SIDES);
        check(&DIVERGENCE_KINDS);
        check(&Season::ALL);
    }

    #[test]
    fn a_result_reads_back_as_serde_reads_it() {
        let files = super::super::tests::corpus();
        let inputs: Vec<(&str, &str)> = files
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        let analysis = analyze_corpus(&inputs);
        assert!(!analysis.alignments.is_empty());
        let views = views_of(&analysis);
        let texts: Vec<&str> = inputs.iter().map(|(_, t)| *t).collect();
        let mut replies = lean_result(7, analysis, views, &texts);
        replies.extend([
            Reply::Ready,
            Reply::Analysing {
                job: 7,
                file: "é.txt".into(),
                n: 300,
                of: 70_000,
            },
            Reply::Comparing {
                job: u32::MAX,
                fr: "a.txt".into(),
                en: "b.txt".into(),
                n: 0,
                of: 1,
            },
            Reply::Exported {
                job: 8,
                content: "id,stance\n".into(),
            },
            Reply::Failed {
                message: "ça".into(),
            },
        ]);
        let bytes = encode(&replies);
        let by_serde: Vec<Reply> = crate::decode(&bytes).unwrap();
        assert_eq!(json(&read_replies(&bytes).unwrap()), json(&by_serde));
        for reply in &by_serde {
            let one = read_reply(&encode(reply)).unwrap();
            assert_eq!(json(&[one]), json(std::slice::from_ref(reply)));
        }
    }

    /// The same reply read by hand and by serde, compared as JSON.
    fn same_as_serde(reply: &Reply) {
        let bytes = encode(reply);
        assert_eq!(
            json(&[read_reply(&bytes).unwrap()]),
            json(&[crate::decode::<Reply>(&bytes).unwrap()])
        );
    }

    #[test]
    fn a_whole_article_reads_back() {
        let text = "Beijing accuses Washington.\n\nChina accused the United States of hacking.\n";
        let mut article = parallax_engine::analyze_article("a.txt", text);
        article.sentences[0].text = "something else".to_string();
        let parts = super::super::article_to_wire(article, text);
        assert!(matches!(parts[..], [WireArticle::Whole(_)]));
        for part in parts {
            same_as_serde(&Reply::Article {
                job: 1,
                index: 0,
                article: part,
            });
        }
    }

    #[test]
    fn an_article_in_small_parts_reads_back() {
        let text = "Beijing accuses Washington.\n\nChina accused the United States of hacking. \
            The State Department denied it. Officials in Beijing said more attacks came.\n";
        let article = parallax_engine::analyze_article("a.txt", text);
        let parts = super::super::article_parts(article, text, 1);
        assert!(parts
            .iter()
            .any(|p| matches!(p, WireArticle::Sentences(s) if s.len() == 1)));
        for part in parts {
            same_as_serde(&Reply::Article {
                job: 1,
                index: 0,
                article: part,
            });
        }
    }

    #[test]
    fn views_with_every_field_filled_read_back() {
        let party = |id: &str| Party {
            id: id.into(),
            name: id.to_uppercase(),
        };
        let names = Names {
            en: Some("Ostmark".into()),
            fr: None,
        };
        let part = ViewsPart {
            claims: vec![Vec::new(), vec![(0, 1), (2, 3)]],
            odd: vec![(
                0,
                TranslatedClaim {
                    versions: vec![(4, 5)],
                    stance: Stance::CounterAccusation,
                    speaker: Some(party("ostmark")),
                    target: None,
                    about: "breach_2024".into(),
                },
            )],
            timeline: vec![Dated {
                when: DateKey {
                    year: 2024,
                    month: 9,
                    day: 0,
                    season: Some(Season::Winter),
                },
                words: "winter 2024".into(),
                datetime: "2024".into(),
                statement: true,
                claim: 1,
                at: (2, 3),
            }],
            entities: vec![EntityFacts {
                id: "ostmark".into(),
                kind: Some(EntityType::Malware),
                spellings: vec![(Lang::En, vec!["Ostmark".into(), "OSTMARK".into()])],
                mentions: vec![Naming {
                    article: 1,
                    count: 3,
                    sentences: vec![0, 4],
                }],
                by: vec![0],
                against: vec![2],
                events: vec![(0, 2)],
            }],
        };
        same_as_serde(&Reply::Views { job: 3, part });
        let views = LeanViews {
            answered: SortedMap::last_wins([(1, 0), (300, 2)]),
            names: SortedMap::last_wins([("ostmark".to_string(), names.clone())]),
            titles: SortedMap::last_wins([("breach_2024".to_string(), names)]),
            known: SortedMap::last_wins([(
                "lorvania".to_string(),
                KbEntry {
                    id: "lorvania".into(),
                    kind: EntityType::Gpe,
                    name_en: "Lorvania".into(),
                    name_fr: "la Lorvanie".into(),
                    aliases: vec!["LV".into()],
                    adjectives: Vec::new(),
                    wikidata: Some("Q1".into()),
                    attack_id: None,
                    country: Some("lorvania".into()),
                },
            )]),
            board: LeanBoard {
                events: vec![BoardEvent {
                    about: "breach_2024".into(),
                    claims: vec![1, 0],
                }],
                cells: vec![BoardCell {
                    speaker: "ostmark".into(),
                    target: "lorvania".into(),
                    counts: vec![(Stance::Accusation, 2), (Stance::Denial, 1)],
                    claims: vec![0, 2, 1],
                }],
                order_fr: MatrixOrder {
                    speakers: vec!["ostmark".into()],
                    targets: vec!["lorvania".into(), "ostmark".into()],
                },
                order_en: MatrixOrder::default(),
                lines: vec![
                    Vec::new(),
                    vec![DisputeLine {
                        about: "breach_2024".into(),
                        text: "Ostmark accuses Lorvania".into(),
                    }],
                ],
                actors: vec![("ostmark".into(), "Ostmark".into())],
            },
        };
        same_as_serde(&Reply::Linked {
            job: 3,
            views: views.clone(),
            pairing: true,
        });
        same_as_serde(&Reply::Linked {
            job: 3,
            views,
            pairing: false,
        });
    }

    #[test]
    fn cut_or_wrong_bytes_are_refused() {
        let bytes = encode(&Reply::Failed {
            message: "a reason".into(),
        });
        assert!(read_reply(&bytes[..bytes.len() - 1]).is_err());
        assert!(read_reply(&[9]).is_err());
        assert!(read_reply(&[]).is_err());
        // A list claiming more items than there are bytes.
        assert!(read_replies(&[0xFF, 0xFF, 0x03, 0]).is_err());
    }
}
