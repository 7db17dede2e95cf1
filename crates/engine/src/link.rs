//! One identity across a translation pair for things the knowledge base lacks.
//!
//! The knowledge base gives "Pékin" and "Beijing" one id; a spokesperson, a vendor or a
//! small agency it does not know gets, in each version, an id slugged from the name the
//! version writes ("dmitri_koltsov", "dmitry_koltsov"; "ministere_turc…", "turkish…").
//! Once the aligner has linked the sentences of the two versions, two mentions of one type
//! in linked sentences name the same thing when their names are alike (Dice similarity of
//! character bigrams of the folded names, which transliterations keep; or one the acronym
//! of the other, "NCSC" and "National Cyber Security Centre"; or their words translating
//! each other, « Parlement fédéral » and "Federal Parliament") or when each is the
//! only unshared mention of that type on its side; and, over the whole pair, two names alike
//! enough to be one written two ways, each the other's closest. Both then take one id: the knowledge
//! base's if either is one, else the English version's. Claims follow the mentions.

use crate::align::Alignment;
use crate::article::Lang;
use crate::entities::{lookup, EntityType};
use crate::fold::fold_word;
use crate::ArticleAnalysis;
use std::collections::{BTreeMap, BTreeSet};

/// Names at least this alike (Dice coefficient of character bigrams) are one name written
/// two ways: "Dmitri"/"Dmitry", "Sergueï"/"Sergei" score 0.6–0.8, unrelated names < 0.3.
const SAME_NAME: f32 = 0.5;
/// The weight of a link's vote for two mentions paired only by being alone of their type:
/// below any pair of alike names, which is weighted by how alike they are.
const ALONE_VOTE: f32 = 0.4;

/// The mentions of some sentences, by type: id → names written.
type Named = BTreeMap<(EntityType, String), BTreeSet<String>>;

/// `by_start`: the article's `mentions_by_start`, so that a pair's sentences are searched
/// for their mentions, not every mention of the article read for each pair.
fn named_in(article: &ArticleAnalysis, by_start: &[usize], sentences: &[usize]) -> Named {
    let mut out = Named::new();
    for k in crate::mentions_in(article, by_start, sentences) {
        let m = &article.entities[k];
        if m.kind != EntityType::Date {
            out.entry((m.kind, m.id.clone()))
                .or_default()
                .insert(fold_word(&m.text));
        }
    }
    out
}

/// The mentions of a whole article, by type: id → names written (one pass, no spans).
fn named_all(article: &ArticleAnalysis) -> Named {
    let mut out = Named::new();
    for m in article
        .entities
        .iter()
        .filter(|m| m.kind != EntityType::Date)
    {
        out.entry((m.kind, m.id.clone()))
            .or_default()
            .insert(fold_word(&m.text));
    }
    out
}

fn bigrams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice coefficient of the character bigrams of two names.
fn alike(a: &str, b: &str) -> f32 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let mut rest = y.clone();
    let mut shared = 0;
    for g in &x {
        if let Some(k) = rest.iter().position(|h| h == g) {
            rest.swap_remove(k);
            shared += 1;
        }
    }
    2.0 * shared as f32 / (x.len() + y.len()) as f32
}

/// The id pairs (French id, English id) one aligned link suggests are one thing.
fn matches_in(fr: &Named, en: &Named) -> Vec<((String, String), f32)> {
    let shared: BTreeSet<&String> = fr
        .keys()
        .filter(|k| en.contains_key(*k))
        .map(|(_, id)| id)
        .collect();
    let open = |n: &Named| -> Vec<(EntityType, String)> {
        n.keys()
            .filter(|(_, id)| !shared.contains(id))
            .cloned()
            .collect()
    };
    let (fr_open, en_open) = (open(fr), open(en));
    let mut out = Vec::new();
    for (kind, a) in &fr_open {
        let same_type: Vec<&String> = en_open
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, id)| id)
            .collect();
        let alone = same_type.len() == 1 && fr_open.iter().filter(|(k, _)| k == kind).count() == 1;
        let best = same_type.iter().max_by(|x, y| {
            let score = |b: &String| similarity(&fr[&(*kind, a.clone())], &en[&(*kind, b.clone())]);
            score(x).total_cmp(&score(y))
        });
        if let Some(b) = best {
            let score = similarity(&fr[&(*kind, a.clone())], &en[&(*kind, (*b).clone())]);
            if score >= SAME_NAME || alone {
                // A lone pair is weaker evidence than alike names: they decide between rivals.
                out.push(((a.clone(), (*b).clone()), score.max(ALONE_VOTE)));
            }
        }
    }
    out
}

/// Names this alike (Dice of bigrams) name one thing wherever the two versions write them,
/// linked sentences or not: a transliteration ("Sergueï Barinov" / "Sergei Barinov" score
/// 0.8) rather than two names sharing a word ("Jean Roe" / "Ana Roe" score 0.6).
const SAME_NAME_ANYWHERE: f32 = 0.7;

/// Most unshared names a version may have for the whole-pair comparison, which compares
/// every name with every other: a news story names dozens; a megabyte of text thousands,
/// which would cost seconds for little (its linked sentences still pair names).
const ANYWHERE_MAX_NAMES: usize = 150;

/// The id pairs (French id, English id) of one type, neither shared by both versions, that
/// are each other's most alike name over the whole pair, and alike enough.
fn alike_anywhere(fr: &Named, en: &Named) -> Vec<(String, String)> {
    let open = |n: &'_ Named, other: &Named| -> Vec<(EntityType, String)> {
        n.keys()
            .filter(|(_, id)| !other.keys().any(|(_, o)| o == id))
            .cloned()
            .collect()
    };
    let (fr_open, en_open) = (open(fr, en), open(en, fr));
    if fr_open.len().max(en_open.len()) > ANYWHERE_MAX_NAMES {
        return Vec::new();
    }
    // The most alike name of one type among `among`, scored French first.
    let best =
        |among: &[(EntityType, String)], kind, score: &dyn Fn(&(EntityType, String)) -> f32| {
            among
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|key| (score(key), key.1.clone()))
                .max_by(|x, y| x.0.total_cmp(&y.0))
        };
    let mut out = Vec::new();
    for key in &fr_open {
        let Some((score, b)) = best(&en_open, key.0, &|e| similarity(&fr[key], &en[e])) else {
            continue;
        };
        let en_key = (key.0, b.clone());
        let back = best(&fr_open, key.0, &|f| similarity(&fr[f], &en[&en_key]));
        if score >= SAME_NAME_ANYWHERE && back.is_some_and(|(_, a)| a == key.1) {
            out.push((key.1.clone(), b));
        }
    }
    out
}

/// How alike the French names and the English names of two mentions are: the best of
/// spelling (bigrams), acronym and word-by-word translation.
fn similarity(fr: &BTreeSet<String>, en: &BTreeSet<String>) -> f32 {
    fr.iter()
        .flat_map(|x| {
            en.iter()
                .map(move |y| alike(x, y).max(acronym_pair(x, y)).max(translated(x, y)))
        })
        .fold(0.0, f32::max)
}

/// Content words of a folded name (function words of its language left out).
fn content_words(name: &str, lang: Lang) -> Vec<&str> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !crate::align::function_word(lang, w))
        .collect()
}

/// Fewest content words for a word-by-word comparison: one shared word ("Parliament") is
/// too little to say two names are one.
const TRANSLATED_MIN_WORDS: usize = 2;

/// The share of content words of a French name and an English name that translate each
/// other one to one (`parlement federal` / `federal parliament`: 1), over the longer name;
/// 0 below `TRANSLATED_MIN_WORDS` on either side.
fn translated(fr: &str, en: &str) -> f32 {
    let (f, e) = (content_words(fr, Lang::Fr), content_words(en, Lang::En));
    if f.len() < TRANSLATED_MIN_WORDS || e.len() < TRANSLATED_MIN_WORDS {
        return 0.0;
    }
    let mut free: Vec<&str> = e.clone();
    let mut matched = 0;
    for w in &f {
        if let Some(k) = free
            .iter()
            .position(|x| crate::align::words_correspond(w, x))
        {
            free.swap_remove(k);
            matched += 1;
        }
    }
    matched as f32 / f.len().max(e.len()) as f32
}

/// Function words left out of an acronym (`National Cyber Security Centre` -> NCSC,
/// « Agence nationale de la sécurité des systèmes d'information » -> ANSSI).
const NOT_IN_ACRONYMS: [&str; 14] = [
    "of", "the", "for", "and", "in", "de", "du", "des", "la", "le", "les", "et", "pour", "en",
];

/// Shortest and longest acronym compared with the initials of a long name.
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 2..=8;

/// 1 when one folded name is the acronym of the other (one version writes "NCSC", the
/// other "National Cyber Security Centre"), else 0.
fn acronym_pair(a: &str, b: &str) -> f32 {
    let initials = |long: &str| -> String {
        long.split_whitespace()
            .map(|w| w.rsplit_once('\'').map_or(w, |(_, rest)| rest))
            .filter(|w| !NOT_IN_ACRONYMS.contains(w))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let fits = |short: &str, long: &str| {
        !short.contains(' ')
            && ACRONYM_LETTERS.contains(&short.chars().count())
            && long.split_whitespace().count() >= 2
            && initials(long) == short
    };
    if fits(a, b) || fits(b, a) {
        1.0
    } else {
        0.0
    }
}

/// Give the things both versions of a pair name one id.
pub(crate) fn share_ids_across(articles: &mut [ArticleAnalysis], alignment: &Alignment) {
    let index = |file: &str| articles.iter().position(|a| a.file == file);
    let (Some(src), Some(tgt)) = (index(&alignment.source), index(&alignment.target)) else {
        return;
    };
    // Votes per (French id, English id); a pair contradicted by another is left alone.
    let mut votes: BTreeMap<(String, String), f32> = BTreeMap::new();
    let by_start = [src, tgt].map(|a| crate::mentions_by_start(&articles[a]));
    for pair in &alignment.pairs {
        if pair.source.is_empty() || pair.target.is_empty() {
            continue;
        }
        let fr = named_in(&articles[src], &by_start[0], &pair.source);
        let en = named_in(&articles[tgt], &by_start[1], &pair.target);
        for m in matches_in(&fr, &en) {
            *votes.entry(m.0).or_default() += m.1;
        }
    }
    // Names alike across the whole pair, where no link paired either.
    for m in alike_anywhere(&named_all(&articles[src]), &named_all(&articles[tgt])) {
        let paired = votes.keys().any(|(x, y)| *x == m.0 || *y == m.1);
        if !paired {
            votes.insert(m, SAME_NAME_ANYWHERE);
        }
    }
    let mut renames: Vec<(usize, String, String)> = Vec::new();
    for ((a, b), n) in &votes {
        let rival = votes
            .iter()
            .any(|((x, y), m)| (x == a) != (y == b) && (x == a || y == b) && m >= n);
        if rival || a == b {
            continue;
        }
        // The knowledge base's id wins (or a ministry's named by its country); else the
        // English version's.
        let (keep, drop, article) = match (known(a), known(b)) {
            (true, false) => (a, b, tgt),
            (false, true) => (b, a, src),
            (true, true) => continue,
            (false, false) => (b, a, src),
        };
        renames.push((article, drop.clone(), keep.clone()));
    }
    for (article, from, to) in renames {
        rename(&mut articles[article], &from, &to);
    }
}

/// Whether an id is knowledge rather than a name slugged: the knowledge base's, or a
/// ministry's whose country the text named (`turkey_mfa`); two of them never merge.
fn known(id: &str) -> bool {
    lookup(id).is_some()
        || crate::entities::coref::qualified(id)
            .is_some_and(|(country, _)| lookup(country).is_some())
}

/// Rename an id in an article's mentions and claims.
fn rename(article: &mut ArticleAnalysis, from: &str, to: &str) {
    for m in article.entities.iter_mut().filter(|m| m.id == from) {
        m.id = to.to_string();
    }
    for c in &mut article.claims {
        for party in [&mut c.speaker, &mut c.target].into_iter().flatten() {
            if party.id == from {
                party.id = to.to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(items: &[(EntityType, &str, &str)]) -> Named {
        let mut out = Named::new();
        for (kind, id, name) in items {
            out.entry((*kind, id.to_string()))
                .or_default()
                .insert(fold_word(name));
        }
        out
    }

    #[test]
    fn aligned_sentences_pair_alike_names_and_lone_mentions() {
        let fr = named(&[
            (EntityType::Person, "dmitri_koltsov", "Dmitri Koltsov"),
            (EntityType::Org, "ministere_turc", "ministère turc"),
            (EntityType::Gpe, "china", "Chine"),
        ]);
        let en = named(&[
            (EntityType::Person, "dmitry_koltsov", "Dmitry Koltsov"),
            (EntityType::Org, "turkish_ministry", "Turkish ministry"),
            (EntityType::Gpe, "china", "China"),
        ]);
        let got: Vec<(String, String)> = matches_in(&fr, &en).into_iter().map(|m| m.0).collect();
        assert!(got.contains(&("dmitri_koltsov".into(), "dmitry_koltsov".into())));
        // Unlike names, but each the only unshared organisation of its side.
        assert!(got.contains(&("ministere_turc".into(), "turkish_ministry".into())));
        // An id both sides already share is no match to make.
        assert!(!got.iter().any(|(a, _)| a == "china"));
    }

    #[test]
    fn two_strangers_of_one_type_are_left_apart() {
        let fr = named(&[
            (EntityType::Org, "hexa", "Hexalis"),
            (EntityType::Org, "vendor", "Vendeur"),
        ]);
        let en = named(&[(EntityType::Org, "northgate", "Northgate")]);
        assert!(matches_in(&fr, &en).is_empty());
    }

    #[test]
    fn transliterations_are_alike_and_strangers_are_not() {
        assert!(alike("dmitri koltsov", "dmitry koltsov") >= SAME_NAME);
        assert!(alike("serguei barinov", "sergei barinov") >= SAME_NAME);
        assert!(alike("hexalyse", "northgate") < SAME_NAME);
        assert_eq!(alike("", "x"), 0.0);
    }

    #[test]
    fn transliterations_pair_anywhere_in_the_pair_but_names_sharing_a_word_do_not() {
        let fr = named(&[
            (EntityType::Person, "serguei_barinov", "Sergueï Barinov"),
            (EntityType::Person, "jean_roe", "Jean Roe"),
        ]);
        let en = named(&[
            (EntityType::Person, "sergei_barinov", "Sergei Barinov"),
            (EntityType::Person, "ana_roe", "Ana Roe"),
        ]);
        assert_eq!(
            alike_anywhere(&fr, &en),
            [("serguei_barinov".to_string(), "sergei_barinov".to_string())]
        );
    }

    #[test]
    fn the_more_alike_of_two_rival_pairings_wins() {
        let mut articles = vec![
            crate::analyze_article(
                "z_fr.txt",
                "Le Parlement fédéral de Valdorie piraté\n\nLes messageries du Parlement fédéral ont été piratées.\n",
            ),
            crate::analyze_article(
                "z_en.txt",
                "Valdoria's Federal Parliament hacked\n\nThe mailboxes of the Federal Parliament were hacked.\n",
            ),
        ];
        let alignment = crate::align::one_to_one("z_fr.txt", "z_en.txt", 2);
        share_ids_across(&mut articles, &alignment);
        let id_of = |a: &ArticleAnalysis, text: &str| {
            a.entities
                .iter()
                .find(|m| m.text == text)
                .map(|m| m.id.clone())
        };
        assert_eq!(
            id_of(&articles[0], "Parlement fédéral"),
            id_of(&articles[1], "Federal Parliament")
        );
    }

    #[test]
    fn names_translated_word_by_word_are_one_name() {
        assert_eq!(translated("parlement federal", "federal parliament"), 1.0);
        assert_eq!(
            translated(
                "centre national de reponse aux incidents",
                "national incident response centre"
            ),
            1.0
        );
        assert!(translated("bureau de la peche", "federal parliament") < SAME_NAME);
        // One word in common is not enough.
        assert_eq!(translated("parlement", "parliament"), 0.0);
    }

    #[test]
    fn an_acronym_and_the_long_name_it_shortens_are_one_name() {
        assert_eq!(acronym_pair("nfca", "nordic fisheries control agency"), 1.0);
        assert_eq!(
            acronym_pair("agence nationale de la peche et d'oceanographie", "anpo"),
            1.0
        );
        assert_eq!(acronym_pair("nfca", "northern fleet"), 0.0);
        assert_eq!(acronym_pair("nordvik", "northgate"), 0.0);
        // Two strangers of one type, one the other's acronym, are paired.
        let fr = named(&[
            (EntityType::Org, "nfca", "NFCA"),
            (EntityType::Org, "vendor", "Vendeur"),
        ]);
        let en = named(&[(
            EntityType::Org,
            "nordic_fca",
            "Nordic Fisheries Control Agency",
        )]);
        assert_eq!(
            matches_in(&fr, &en),
            [(("nfca".to_string(), "nordic_fca".to_string()), 1.0)]
        );
    }

    #[test]
    fn a_ministry_named_by_its_country_is_knowledge_not_a_name() {
        // Two such ids (one from an adjective, one guessed from a place nearby) never merge,
        // and one wins over a slugged name.
        assert!(known("turkey_mfa") && known("iran_mfa") && known("china"));
        assert!(!known("ministere_des_affaires_etrangeres") && !known("freedonia_mfa"));
    }
}
