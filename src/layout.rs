//! The pair view's vocabulary: the two sides of a pair, rows or paragraphs, and which languages
//! the reader reads. Plain values, with the words they take in the address (`?layout=rows`) and
//! in storage; no DOM here.

use crate::corpus::{Pair, Row};

/// A side of a translation pair: the French version (shown first, `side-a`) or the English one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// The French version (the pair's `fr` article).
    French,
    /// The English version (the pair's `en` article).
    English,
}

impl Side {
    /// Both sides, French first: the order of the columns and of a row's cells.
    pub const BOTH: [Side; 2] = [Side::French, Side::English];

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::French => Side::English,
            Side::English => Side::French,
        }
    }

    /// Of two values given French first, this side's.
    pub fn pick<T>(self, french: T, english: T) -> T {
        match self {
            Side::French => french,
            Side::English => english,
        }
    }

    /// The article on this side of a pair.
    pub fn article(self, pair: &Pair) -> usize {
        self.pick(pair.fr, pair.en)
    }

    /// Whether this side of a row holds anything (sentences, blocks).
    pub fn fills(self, row: &Row) -> bool {
        match row {
            Row::Aligned { fr, en } | Row::Noise { fr, en } => !self.pick(fr, en).is_empty(),
            Row::Blocks { fr, en } => self.pick(fr, en).is_some(),
        }
    }

    /// The class that places this side's cells (`side-a` first column, `side-b` second); the
    /// `c` key and the "other version" buttons find a counterpart through it.
    pub fn class(self) -> &'static str {
        self.pick("side-a", "side-b")
    }

    /// The language's name in English, for labels ("only in French").
    pub fn word(self) -> &'static str {
        self.pick("French", "English")
    }

    /// The short code the address and storage use (`fr`, `en`).
    pub fn code(self) -> &'static str {
        self.pick("fr", "en")
    }

    /// The side a code names (`fr`, `en`).
    pub fn from_code(code: &str) -> Option<Side> {
        Side::BOTH.into_iter().find(|s| s.code() == code)
    }
}

/// How the side-by-side view lays out the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PairMode {
    /// One row per alignment link: each sentence faces its translation (on a phone, each
    /// sentence is followed by its translation).
    #[default]
    Rows,
    /// Each version in its own paragraphs, as published; counterparts still light up.
    Paragraphs,
}

impl PairMode {
    /// Both layouts, in the order of the layout buttons.
    pub const ALL: [PairMode; 2] = [PairMode::Rows, PairMode::Paragraphs];

    /// Its word in the address (`?layout=rows`).
    pub fn word(self) -> &'static str {
        match self {
            PairMode::Rows => "rows",
            PairMode::Paragraphs => "paragraphs",
        }
    }

    /// What an address names for this layout: nothing for the default one (rows), so that the
    /// plain address of a pair stays as it was.
    pub fn in_address(self) -> Option<PairMode> {
        (self != PairMode::default()).then_some(self)
    }

    /// The layout a word of the address names.
    pub fn from_word(word: &str) -> Option<PairMode> {
        PairMode::ALL.into_iter().find(|m| m.word() == word)
    }
}

/// Which versions the reader reads: both, or one at a time (the switch FR / EN / both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Languages {
    /// Both versions.
    #[default]
    Both,
    /// One version only.
    Only(Side),
}

impl Languages {
    /// The switch's three positions, in its order.
    pub const ALL: [Languages; 3] = [
        Languages::Only(Side::French),
        Languages::Only(Side::English),
        Languages::Both,
    ];

    /// Whether this side is shown.
    pub fn shows(self, side: Side) -> bool {
        match self {
            Languages::Both => true,
            Languages::Only(only) => only == side,
        }
    }

    /// The sides shown, French first.
    pub fn sides(self) -> impl Iterator<Item = Side> {
        Side::BOTH.into_iter().filter(move |&s| self.shows(s))
    }

    /// Its word in storage: `fr`, `en` or `both`.
    pub fn word(self) -> &'static str {
        match self {
            Languages::Both => "both",
            Languages::Only(side) => side.code(),
        }
    }

    /// The choice a stored word names; anything else is none.
    pub fn from_word(word: &str) -> Option<Languages> {
        Languages::ALL.into_iter().find(|l| l.word() == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_pair_up_and_name_their_columns() {
        for side in Side::BOTH {
            assert_eq!(side.other().other(), side);
            assert_ne!(side.other().class(), side.class());
            assert_eq!(Side::from_code(side.code()), Some(side));
        }
        assert_eq!(Side::French.pick(1, 2), 1);
        assert_eq!(Side::English.pick(1, 2), 2);
        assert_eq!(Side::from_code("de"), None);
        let orphan = Row::Aligned {
            fr: vec![3],
            en: vec![],
        };
        assert!(Side::French.fills(&orphan));
        assert!(!Side::English.fills(&orphan));
    }

    #[test]
    fn words_name_one_choice_each() {
        for mode in PairMode::ALL {
            assert_eq!(PairMode::from_word(mode.word()), Some(mode));
        }
        for languages in Languages::ALL {
            assert_eq!(Languages::from_word(languages.word()), Some(languages));
        }
        assert_eq!(PairMode::from_word("Rows"), None);
        assert_eq!(Languages::from_word(""), None);
    }

    #[test]
    fn one_language_shows_one_side() {
        let only_en = Languages::Only(Side::English);
        assert!(!only_en.shows(Side::French));
        assert_eq!(only_en.sides().collect::<Vec<_>>(), [Side::English]);
        assert_eq!(
            Languages::Both.sides().collect::<Vec<_>>(),
            [Side::French, Side::English]
        );
    }
}
