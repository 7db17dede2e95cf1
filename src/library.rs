//! The reader's own articles: what they are, how they join the library, and how the saved
//! copy in browser storage is written and read back (pure code: `storage` does the browser part).
//!
//! The saved form is JSON, one value per article, `{"version": 2, "id", "name", "text"}`
//! ([`encode_article`]), and an index of them in library order, `{"version": 2, "articles":
//! [{"id", "name"}…]}` ([`encode_index`]), so that adding an article writes only its own value
//! and the index. Earlier versions wrote the whole library as one value, `{"version": 1,
//! "articles": [{"id", "name", "text"}…]}` ([`encode`], [`decode`]), still read to migrate it.
//! Reading never fails: what cannot be read is reported and set aside, what can is kept. The
//! JSON is read and written by the app's own `json.rs`.

use crate::json::{self, Json};
use parallax_engine::intake;
use std::rc::Rc;

/// The largest article a reader may add, in bytes of UTF-8 (1 MB, about 150,000 words):
/// it is analysed in one go on the page's thread, and browser storage holds a few MB in all.
pub const MAX_ARTICLE_BYTES: usize = 1_000_000;

/// Version of the saved form of the whole library in one value (earlier versions).
const FORMAT_VERSION: u64 = 1;
/// Version of the saved form of one value per article and an index.
const SPLIT_VERSION: u64 = 2;

/// An article the reader added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnArticle {
    /// `own-` and a hash of the text: the same text always gets the same id (and route).
    pub id: String,
    /// The file name or a label for pasted text, as the reader would recognise it.
    pub name: String,
    /// The text, as given.
    pub text: String,
}

impl OwnArticle {
    /// An article from its text and a name (trimmed; a placeholder when blank).
    pub fn new(name: &str, text: &str) -> OwnArticle {
        let name = name.trim();
        OwnArticle {
            id: id_for(text),
            name: if name.is_empty() {
                "Pasted text".to_string()
            } else {
                name.chars().take(120).collect()
            },
            text: text.to_string(),
        }
    }

    /// The file name the engine knows it by: its id, so that routes stay short and safe.
    pub fn file(&self) -> String {
        cat!(self.id, ".txt")
    }
}

/// `own-` and 12 hex digits of the text's FNV-1a hash (stable across runs and builds).
pub fn id_for(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut id = String::from("own-");
    for shift in (0..12).rev() {
        let digit = ((hash >> 16) >> (shift * 4)) & 0xF;
        id.push(char::from(b"0123456789abcdef"[digit as usize]));
    }
    id
}

/// The reader's articles, shared. Equality is identity (it changes by replacement), so
/// comparing two libraries never compares megabytes of text.
#[derive(Debug, Clone, Default)]
pub struct OwnLibrary(pub Rc<Vec<OwnArticle>>);

impl PartialEq for OwnLibrary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What adding articles did.
#[derive(Debug, Default, PartialEq)]
pub struct Merge {
    /// The library with the new articles.
    pub library: OwnLibrary,
    /// Names of the articles added.
    pub added: Vec<String>,
    /// Names of those already in the library (same text), not added twice.
    pub duplicates: Vec<String>,
}

impl OwnLibrary {
    /// A library of these articles.
    pub fn of(articles: Vec<OwnArticle>) -> OwnLibrary {
        OwnLibrary(Rc::new(articles))
    }

    /// The articles, in the order they were added.
    pub fn articles(&self) -> &[OwnArticle] {
        &self.0
    }

    /// This library plus `new`, skipping texts it already holds.
    pub fn with(&self, new: Vec<OwnArticle>) -> Merge {
        let mut articles = self.0.as_ref().clone();
        let mut merge = Merge::default();
        for article in new {
            if articles.iter().any(|a| a.id == article.id) {
                merge.duplicates.push(article.name);
            } else {
                merge.added.push(article.name.clone());
                articles.push(article);
            }
        }
        merge.library = if merge.added.is_empty() {
            self.clone()
        } else {
            OwnLibrary::of(articles)
        };
        merge
    }

    /// This library without the article `id`, and that article (None: it was not there).
    pub fn without(&self, id: &str) -> (OwnLibrary, Option<OwnArticle>) {
        let Some(at) = self.0.iter().position(|a| a.id == id) else {
            return (self.clone(), None);
        };
        let mut articles = self.0.as_ref().clone();
        let removed = articles.remove(at);
        (OwnLibrary::of(articles), Some(removed))
    }
}

/// The form earlier versions saved the whole library in, one value:
/// `{"version":1,"articles":[{"id":…,"name":…,"text":…}…]}` (what a migration reads; the
/// tests write it as an older version would have).
pub fn encode(articles: &[OwnArticle]) -> String {
    let mut out = cat!("{\"version\":", FORMAT_VERSION, ",\"articles\":[");
    for (n, article) in articles.iter().enumerate() {
        out.push_str(if n == 0 { "{" } else { ",{" });
        push_members(&mut out, &saved_fields(article));
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// The members every saved form writes of an article, in order.
fn saved_fields(article: &OwnArticle) -> [(&str, &str); 3] {
    [
        ("id", &article.id),
        ("name", &article.name),
        ("text", &article.text),
    ]
}

/// One saved article, taken in again as if added now (its id from its text): an object with
/// the strings `id`, `name` and `text` (other members are ignored).
fn saved_article(item: &Json) -> Option<OwnArticle> {
    let field = |name: &str| item.get(name).and_then(Json::as_str);
    // Every version wrote an id; one without is not an article this app saved.
    field("id")?;
    let text = intake::accept(field("text")?.as_bytes(), MAX_ARTICLE_BYTES).ok()?;
    Some(OwnArticle::new(field("name")?, text))
}

/// What was read back from the saved form.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    /// The articles that could be read.
    pub articles: Vec<OwnArticle>,
    /// What could not be read, in a sentence, when something could not.
    pub problem: Option<String>,
}

/// Read the form earlier versions saved back ([`encode`]), keeping every article that can be
/// read.
pub fn decode(raw: &str) -> Decoded {
    let fail = |problem: &str| Decoded {
        articles: Vec::new(),
        problem: Some(problem.to_string()),
    };
    let Some(value) = json::parse(raw) else {
        return fail("the saved data is not valid JSON (it may have been cut short or edited)");
    };
    if value.get("version").and_then(Json::as_u64) != Some(FORMAT_VERSION) {
        return fail("the saved data is not in a format this version of Parallax knows");
    }
    let Some(items) = value.get("articles").and_then(Json::as_array) else {
        return fail("the saved data has no list of articles");
    };
    let mut articles: Vec<OwnArticle> = Vec::new();
    let mut unreadable = 0;
    for item in items {
        match saved_article(item) {
            Some(a) if !articles.iter().any(|b| b.id == a.id) => articles.push(a),
            Some(_) => {}
            None => unreadable += 1,
        }
    }
    let problem = (unreadable > 0).then(|| match unreadable {
        1 => "one saved article could not be read".to_string(),
        n => cat!(n, " saved articles could not be read"),
    });
    Decoded { articles, problem }
}

/// `fields` as the members of a JSON object, strings all, appended to `out`.
fn push_members(out: &mut String, fields: &[(&str, &str)]) {
    for (i, (field, value)) in fields.iter().enumerate() {
        out.push_str(if i == 0 { "\"" } else { ",\"" });
        out.push_str(field);
        out.push_str("\":");
        json::write_str(out, value);
    }
}

/// One article's saved value: `{"version":2,"id":…,"name":…,"text":…}`.
pub fn encode_article(article: &OwnArticle) -> String {
    let mut out = String::with_capacity(article.text.len() + article.name.len() + 64);
    out.push_str("{\"version\":");
    out.push_str(&SPLIT_VERSION.to_string());
    out.push(',');
    push_members(&mut out, &saved_fields(article));
    out.push('}');
    out
}

/// One article read back from its saved value, or what is wrong with it, in a few words.
pub fn decode_article(raw: &str) -> Result<OwnArticle, String> {
    let value =
        json::parse(raw).ok_or("it is not valid JSON (it may have been cut short or edited)")?;
    if value.get("version").and_then(Json::as_u64) != Some(SPLIT_VERSION) {
        return Err("it is not in a format this version of Parallax knows".to_string());
    }
    saved_article(&value).ok_or_else(|| "it holds no readable article".to_string())
}

/// The index of the library: `{"version":2,"articles":[{"id":…,"name":…}…]}`, in order.
pub fn encode_index(articles: &[OwnArticle]) -> String {
    let mut out = cat!("{\"version\":", SPLIT_VERSION, ",\"articles\":[");
    for (n, article) in articles.iter().enumerate() {
        out.push_str(if n == 0 { "{" } else { ",{" });
        push_members(&mut out, &[("id", &article.id), ("name", &article.name)]);
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// An article the index names: its id and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The id its value is saved under.
    pub id: String,
    /// Its name, to name it should its value be unreadable.
    pub name: String,
}

/// The index read back (its entries in library order, each id once), or `None` when it
/// cannot be read.
pub fn decode_index(raw: &str) -> Option<Vec<Entry>> {
    let value = json::parse(raw)?;
    if value.get("version").and_then(Json::as_u64) != Some(SPLIT_VERSION) {
        return None;
    }
    let mut entries: Vec<Entry> = Vec::new();
    for item in value.get("articles").and_then(Json::as_array)? {
        let field = |name: &str| item.get(name).and_then(Json::as_str).map(str::to_string);
        let (Some(id), name) = (field("id"), field("name")) else {
            return None;
        };
        if !entries.iter().any(|e| e.id == id) {
            let name = name.unwrap_or_else(|| id.clone());
            entries.push(Entry { id, name });
        }
    }
    Some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> OwnArticle {
        OwnArticle::new(name, text)
    }

    #[test]
    fn ids_depend_on_the_text_only_and_are_route_safe() {
        let a = article("a.txt", "Moscou dément.");
        assert_eq!(a.id, article("b.txt", "Moscou dément.").id);
        assert_ne!(a.id, article("a.txt", "Moscou nie.").id);
        assert!(a.id.starts_with("own-") && a.id.len() == 16);
        assert!(a.id[4..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(article("  ", "x").name, "Pasted text");
    }

    #[test]
    fn adding_skips_texts_already_there_and_removing_returns_the_article() {
        let one = OwnLibrary::default().with(vec![article("a", "A text.")]);
        assert_eq!(one.added, vec!["a"]);
        let again = one
            .library
            .with(vec![article("copy", "A text."), article("b", "B text.")]);
        assert_eq!(again.added, vec!["b"]);
        assert_eq!(again.duplicates, vec!["copy"]);
        assert_eq!(again.library.articles().len(), 2);
        let id = again.library.articles()[0].id.clone();
        let (rest, removed) = again.library.without(&id);
        assert_eq!(removed.map(|a| a.name), Some("a".to_string()));
        assert_eq!(rest.articles().len(), 1);
        let nothing = OwnLibrary::default().with(vec![]);
        assert!(nothing.added.is_empty());
    }

    #[test]
    fn the_saved_form_reads_back_the_same() {
        let articles = vec![
            article("é.txt", "Pékin dément « tout ».\n\nFin."),
            article("", "B"),
        ];
        let decoded = decode(&encode(&articles));
        assert_eq!(decoded.articles, articles);
        assert_eq!(decoded.problem, None);
    }

    #[test]
    fn the_saved_form_is_what_earlier_versions_wrote() {
        let one = article("a\"b.txt", "Line\nnext");
        assert_eq!(
            encode(std::slice::from_ref(&one)),
            format!(
                r#"{{"version":1,"articles":[{{"id":"{}","name":"a\"b.txt","text":"Line\nnext"}}]}}"#,
                one.id
            )
        );
        assert_eq!(encode(&[]), r#"{"version":1,"articles":[]}"#);
    }

    #[test]
    fn corrupted_saved_data_is_reported_and_what_can_be_read_is_kept() {
        let whole = decode("{\"version\": 1, \"articles\": [{\"id\": \"x\", \"na");
        assert!(whole.articles.is_empty());
        assert!(whole.problem.unwrap().contains("not valid JSON"));
        assert!(decode("[1, 2]").problem.unwrap().contains("format"));
        assert!(decode("{\"version\": 1}")
            .problem
            .unwrap()
            .contains("no list"));
        let good = article("ok", "Kept.");
        let raw = cat!("{\"version\": 1, \"articles\": [{\"id\":\"", good.id, "\",\"name\":\"ok\",\"text\":\"Kept.\"}, {\"id\": 3}, {\"id\": \"a\", \"name\": \"bin\", \"text\": \"a\\u0000b\"}]}");
        let partly = decode(&raw);
        assert_eq!(partly.articles, vec![good]);
        assert_eq!(
            partly.problem.as_deref(),
            Some("2 saved articles could not be read")
        );
    }

    #[test]
    fn a_tampered_id_is_recomputed_from_the_text() {
        let raw = r#"{"version": 1, "articles": [{"id": "../../evil", "name": "n", "text": "Some text."}]}"#;
        let decoded = decode(raw);
        assert_eq!(decoded.articles[0].id, id_for("Some text."));
    }

    #[test]
    fn an_article_and_the_index_read_back_the_same() {
        let a = article("é\"a.txt", "Pékin dément « tout ».\n\nFin.");
        let b = article("", "B");
        assert_eq!(decode_article(&encode_article(&a)), Ok(a.clone()));
        let entries = decode_index(&encode_index(&[a.clone(), b.clone()])).unwrap();
        let pairs: Vec<(&str, &str)> = entries
            .iter()
            .map(|e| (e.id.as_str(), e.name.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [(a.id.as_str(), "é\"a.txt"), (b.id.as_str(), "Pasted text")]
        );
        assert_eq!(decode_index(&encode_index(&[])), Some(Vec::new()));
    }

    #[test]
    fn a_damaged_article_or_index_says_what_is_wrong() {
        let a = article("a.txt", "Moscou dément.");
        let saved = encode_article(&a);
        let cut = decode_article(&saved[..saved.len() - 3]).unwrap_err();
        assert!(cut.contains("not valid JSON"), "{cut}");
        let old = decode_article(&encode(std::slice::from_ref(&a))).unwrap_err();
        assert!(old.contains("format"), "{old}");
        let binary = decode_article(r#"{"version":2,"id":"x","name":"n","text":"a\u0000b"}"#);
        assert!(binary.unwrap_err().contains("no readable article"));
        assert_eq!(
            decode_index(r#"{"version":2,"articles":[{"name":"n"}]}"#),
            None
        );
        assert_eq!(decode_index(r#"{"version":1,"articles":[]}"#), None);
        assert_eq!(decode_index("{\"version\":2,\"arti"), None);
    }
}
