//! The intake gate's markup check (`intake::markup_in`) of a long text, a part per task: one
//! pass over a chosen 1 MB file was a 50–70 ms task of the page's thread (bench/RESULTS.md,
//! branch task13), ten files ten such tasks.
//!
//! Each part but the last ends with a full stop, which no markup the check looks for
//! (`<script`, `javascript:`, ` onload =`…) holds: a piece of markup lies whole in one part,
//! and a part's check finds exactly the markup that starts in it. The parts that hold some,
//! one after the other, are then checked once more as one text: it names the kinds in the
//! check's own order, and ordinary prose has no such part.

use parallax_engine::intake;

/// How many bytes a part holds at least: about 10 ms of the check in the page's wasm.
const PART_BYTES: usize = 200_000;

/// Check the part that `rest` starts with (`marked` gets it if it holds markup) and give
/// the rest: called a part per task, `marked` ends with the parts of a text that hold markup,
/// in which `intake::markup_in` finds what it finds in the whole text, in the same order.
pub fn check_part<'a>(rest: &'a str, marked: &mut String) -> &'a str {
    check_part_of(rest, PART_BYTES, marked)
}

/// [`check_part`], the part `min` bytes long at least.
fn check_part_of<'a>(rest: &'a str, min: usize, marked: &mut String) -> &'a str {
    let (part, after) = rest.split_at(part_end(rest, min));
    if !intake::markup_in(part).is_empty() {
        marked.push_str(part);
    }
    after
}

/// Where the part that `rest` starts with ends: after the first full stop from `min` bytes on
/// (a char boundary: an ASCII byte), or at the end.
fn part_end(rest: &str, min: usize) -> usize {
    let after_min = rest.as_bytes().get(min..).unwrap_or_default();
    after_min
        .iter()
        .position(|&byte| byte == b'.')
        .map_or(rest.len(), |at| min + at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds `text` holds, found in its marked parts of at least `min` bytes.
    fn in_parts(text: &str, min: usize) -> Vec<&'static str> {
        let (mut marked, mut rest) = (String::new(), text);
        while !rest.is_empty() {
            rest = check_part_of(rest, min, &mut marked);
        }
        intake::markup_in(&marked)
    }

    #[test]
    fn marked_parts_hold_what_the_whole_holds_in_its_order() {
        let texts = [
            "Une phrase. <IMG src=x> Puis. un lien. <a href=\"javascript:alert(1)\">là</a>.",
            "<svg onload =alert(1)>. 12 ans. <iframe src=y>. <script>x</script>",
            "Le texte dit on=. mais onclick\t= f() et javascript:void(0). <scRipt",
            "Ils ont agi on the record = a fait. Pékin. « non » . <a\nhref>.",
            "<img>.<svg>.<a .onmouseover=4 .<iframe. x onload\n=.",
            "Fin.",
            "",
            "x on",
        ];
        for text in texts {
            for min in [0, 1, 2, 3, 5, 8, 13, 1000] {
                assert_eq!(
                    in_parts(text, min),
                    intake::markup_in(text),
                    "{text:?} / {min}"
                );
            }
        }
    }

    #[test]
    fn a_part_ends_after_a_full_stop_past_its_least_size_or_at_the_end() {
        assert_eq!(part_end("Élysée. «démenti». 2023", 3), "Élysée.".len());
        assert_eq!(
            part_end("Élysée. «démenti». 2023", 9),
            "Élysée. «démenti».".len()
        );
        assert_eq!(
            part_end("Élysée. «démenti». 2023", 30),
            "Élysée. «démenti». 2023".len()
        );
    }
}
