//! Defined terms: a formal text names a party in full once, then gives the short name it
//! will use for it in brackets ("Velmar Shipping Ltd (the \"Company\")", « la société
//! Velmar (la « Société ») »). From then on "the Company" is that party, whatever other
//! company the text names.

use super::Party;
use crate::entities::{EntityType, Mention};
use crate::sentences::Sentence;
use crate::text::{slice_chars, Span};

/// How many bracketed groups may follow a name before its defined term ("Velmar Ltd
/// (ASX: VLM) (the \"Company\")": a ticker, then the term).
const BRACKETS_AFTER_NAME: usize = 2;

/// A defined term: the lowercase short name and the party it stands for.
pub(crate) type Term = (String, Party);

/// Every term the text defines, in order.
pub(crate) fn terms(sentences: &[Sentence], mentions: &[Mention]) -> Vec<Term> {
    let mut out = Vec::new();
    for m in mentions {
        if !matches!(m.kind, EntityType::Org | EntityType::Person) {
            continue;
        }
        // The sentence holding the mention, found by halving (sentences are in order): a
        // long text has thousands of each.
        let at = sentences.partition_point(|s| s.end < m.end);
        let Some(s) = sentences
            .get(at)
            .filter(|s| s.start <= m.start && m.end <= s.end)
        else {
            continue;
        };
        // (A term is given in brackets: a sentence without one defines none, and its chars
        // are not counted to the mention's end.)
        if !s.text.contains('(') {
            continue;
        }
        let after = slice_chars(&s.text, Span::new(m.end - s.start, usize::MAX));
        for quoted in bracketed_quotes(after) {
            let short = quoted
                .strip_prefix("the ")
                .or_else(|| quoted.strip_prefix("la "))
                .or_else(|| quoted.strip_prefix("le "))
                .unwrap_or(quoted);
            let one_word = !short.is_empty() && short.chars().all(char::is_alphabetic);
            if one_word && short.starts_with(char::is_uppercase) && !m.text.contains(short) {
                let party = Party {
                    id: m.id.clone(),
                    name: m.text.clone(),
                };
                out.push((short.to_lowercase(), party));
            }
        }
    }
    out
}

/// The quoted words of the brackets right after a name: `(the "Company")`, `("Velmar" or
/// "the Company")`, after at most one bracket without quotes.
fn bracketed_quotes(after: &str) -> Vec<&str> {
    let mut rest = after;
    let mut out = Vec::new();
    for _ in 0..BRACKETS_AFTER_NAME {
        let Some(inner) = rest.trim_start().strip_prefix('(') else {
            break;
        };
        let Some(close) = inner.find(')') else {
            break;
        };
        let group = &inner[..close];
        out.extend(
            group
                .split(['"', '“', '”', '«', '»'])
                .skip(1)
                .step_by(2)
                .map(|q| q.trim().trim_start_matches("The ").trim()),
        );
        if !out.is_empty() {
            break;
        }
        rest = &inner[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::bracketed_quotes;

    #[test]
    fn quotes_in_the_brackets_after_a_name() {
        assert_eq!(bracketed_quotes(" (the \"Company\") said"), ["Company"]);
        assert_eq!(
            bracketed_quotes(" (ASX: VLM) (\"Velmar\" or \"the Company\")"),
            ["Velmar", "the Company"]
        );
        assert_eq!(bracketed_quotes(" (la « Société »)"), ["Société"]);
        assert!(bracketed_quotes(" said (\"Company\")").is_empty());
        assert!(bracketed_quotes(" (ASX: VLM) said").is_empty());
    }
}
