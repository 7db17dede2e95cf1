//! The one reader of the engine's word-list data files (`data/**/*.tsv`): lines
//! `CLASS<TAB>…<TAB>word | word …`, `#` comment lines and blank lines skipped.

/// The rows of a data file: its class and the rest of the line after the first tab.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The `|`-separated words of a row, trimmed, empty ones left out.
pub(crate) fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split('|').map(str::trim).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_split_words() {
        let data = "# a comment\nhead\tofficials\tresponsables | officials\n\nstray line\n";
        let got: Vec<_> = rows(data).collect();
        assert_eq!(got, [("head", "officials\tresponsables | officials")]);
        assert_eq!(words(" a | b |  ").collect::<Vec<_>>(), ["a", "b"]);
    }
}
