//! The one accent and quote fold of the engine: every stage that compares words
//! (the knowledge-base matcher, entity rules, claim ids, the aligner's word
//! correspondences) folds text here, so "Ilić", "Ilic" and "ILIĆ" compare equal
//! everywhere, and so do ’ and ', or a non-breaking space and a space.
//!
//! [`fold`] maps one char to exactly one char, so a match found in folded text maps
//! back to the original offsets. [`fold_word`] also spells out the ligatures œ and æ
//! ("cœur" → "coeur"), for comparisons that need no offsets.

/// Latin letters with diacritics and their base letter, lowercase, as pairs of chars.
/// Uppercase letters are lowercased first, so only lowercase forms are listed. The first
/// line holds the letters of Western and Central European languages; the others, every
/// other letter of Latin Extended-B and Latin Extended Additional that Unicode composes from
/// a base letter and marks (Romanian ș ț, pinyin ǎ, Vietnamese ả ễ ư, transliterations ḥ ṣ).
const DIACRITICS: &str = concat!(
    "àaáaâaãaäaåaāaăaąaçcćcĉcċcčcďdđdèeéeêeëeēeĕeėeęeěeĝgğgġgģgĥhħhìiíiîiïiĩiīiĭiįiıiĵjķkĺlļlľlŀlłlñnńnņnňnòoóoôoõoöoøoōoŏoőoŕrŗrřrśsŝsşsšsţtťtŧtùuúuûuüuũuūuŭuůuűuųuŵwýyÿyŷyźzżzžz",
    "ơoưuǎaǐiǒoǔuǖuǘuǚuǜuǟaǡaǧgǩkǫoǭoǰjǵgǹnǻaȁaȃaȅeȇeȉiȋiȍoȏoȑrȓrȕuȗu",
    "șsțtȟhȧaȩeȫoȭoȯoȱoȳyḁaḃbḅbḇbḉcḋdḍdḏdḑdḓdḕeḗeḙeḛeḝeḟfḡgḣhḥhḧhḩhḫh",
    "ḭiḯiḱkḳkḵkḷlḹlḻlḽlḿmṁmṃmṅnṇnṉnṋnṍoṏoṑoṓoṕpṗpṙrṛrṝrṟrṡsṣsṥsṧsṩsṫt",
    "ṭtṯtṱtṳuṵuṷuṹuṻuṽvṿvẁwẃwẅwẇwẉwẋxẍxẏyẑzẓzẕzẖhẗtẘwẙyạaảaấaầaẩaẫaậa",
    "ắaằaẳaẵaặaẹeẻeẽeếeềeểeễeệeỉiịiọoỏoốoồoổoỗoộoớoờoởoỡoợoụuủuứuừuửu",
    "ữuựuỳyỵyỷyỹy",
);

/// Fold one char for comparison: lowercase, diacritics dropped, typographic
/// apostrophes to `'`, dashes joining words to `-`, odd spaces to a space.
/// One char in, one char out.
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return match c {
            '`' => '\'',
            '\t' => ' ',
            _ => c.to_ascii_lowercase(),
        };
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '´' => return '\'',
        '\u{00A0}' | '\u{202F}' | '\u{2009}' => return ' ',
        '\u{2010}' | '\u{2011}' | '\u{2013}' => return '-',
        _ => {}
    }
    let lower = {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    };
    base_letter(lower).unwrap_or(lower)
}

/// The base letter of a lowercase Latin letter with a diacritic.
fn base_letter(c: char) -> Option<char> {
    // (With the fast hash: every accented char of every folded word is looked up.)
    type Bases = std::collections::HashMap<
        char,
        char,
        std::hash::BuildHasherDefault<crate::entities::FxHasher>,
    >;
    static BASES: std::sync::OnceLock<Bases> = std::sync::OnceLock::new();
    let bases = BASES.get_or_init(|| {
        let chars: Vec<char> = DIACRITICS.chars().collect();
        chars.chunks(2).map(|p| (p[0], p[1])).collect()
    });
    bases.get(&c).copied()
}

/// Fold a whole string, char by char (same length in chars).
pub fn fold_str(s: &str) -> String {
    // About as many bytes as the text: one allocation, where collecting grew it by steps.
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(fold));
    out
}

/// Fold a word for comparison without offsets: [`fold`], and the ligatures spelled out.
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold(c) {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            f => out.push(f),
        }
    }
    out
}

/// Whether two words fold alike ([`fold_word`] of each equal), compared char by char
/// without folding either into a new string.
pub fn same_folded(a: &str, b: &str) -> bool {
    // Each char's folded spelling: one char, or two for a ligature.
    fn spelled(c: char) -> [Option<char>; 2] {
        match fold(c) {
            'œ' => [Some('o'), Some('e')],
            'æ' => [Some('a'), Some('e')],
            f => [Some(f), None],
        }
    }
    a.chars()
        .flat_map(spelled)
        .flatten()
        .eq(b.chars().flat_map(spelled).flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_folded_is_fold_word_equality() {
        let words = [
            "cœur", "coeur", "CŒUR", "Hélène", "helene", "HELENE", "æther", "aether", "Ilić",
            "ilic", "x",
        ];
        for a in words {
            for b in words {
                assert_eq!(same_folded(a, b), fold_word(a) == fold_word(b), "{a} {b}");
            }
        }
    }

    #[test]
    fn one_char_per_char() {
        for s in [
            "Ilić",
            "Łódź",
            "Žilina",
            "Pékin",
            "l’Agence",
            "cœur",
            "ÉTATS-UNIS",
        ] {
            assert_eq!(fold_str(s).chars().count(), s.chars().count(), "{s}");
        }
        assert_eq!(fold_str("Ilić"), "ilic");
        assert_eq!(fold_str("Łódź"), "lodz");
        assert_eq!(fold_str("l’Agence"), "l'agence");
        assert_eq!(fold_str("ÉTATS-UNIS"), "etats-unis");
    }

    #[test]
    fn words_spell_out_ligatures() {
        assert_eq!(fold_word("Cœur"), "coeur");
        assert_eq!(fold_word("Israël"), "israel");
        assert_eq!(fold_word("ex\u{2011}US"), "ex-us");
    }

    #[test]
    fn romanian_vietnamese_and_pinyin_letters_fold_to_their_base() {
        assert_eq!(fold_str("Bălți"), "balti");
        assert_eq!(fold_str("Ștefan"), "stefan");
        assert_eq!(fold_str("Nguyễn Văn Khải"), "nguyen van khai");
        assert_eq!(fold_str("Dương"), "duong");
        assert_eq!(fold_str("Lǚ"), "lu");
    }

    #[test]
    fn the_table_pairs_letters() {
        assert_eq!(DIACRITICS.chars().count() % 2, 0);
        assert!(DIACRITICS
            .chars()
            .skip(1)
            .step_by(2)
            .all(|c| c.is_ascii_lowercase()));
    }
}
