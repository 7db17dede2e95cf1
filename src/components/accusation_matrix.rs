//! Who accuses whom: speakers in rows, targets in columns, each cell the
//! count of claims per stance, drawn in SVG with a plain table beside it for
//! screen readers and keyboards.
//!
//! The counts come ready from the engine's board (`pages/disputes/model.rs`).
//! The SVG is one image (`role="img"`); its cells react to the pointer, and
//! the table's buttons do the same for the keyboard.

use super::stance_badge::stance_parts;
use crate::cat::class_list;
use crate::claim_views::DisplayName;
use crate::sorted_map::SortedMap;
use parallax_engine::board::BoardCell;
use parallax_engine::Stance;
use yew::prelude::*;

/// Width of the speaker labels, in SVG units.
const LABEL_W: usize = 200;
/// Height of the rotated target labels.
const HEAD_H: usize = 130;
/// Width of one cell: room for "⇄ 1 counter-accusation".
const CELL_W: usize = 160;
/// Height of one stance mark inside a cell.
const MARK_H: usize = 18;
/// Room left on the right for the last rotated label.
const TAIL_W: usize = 110;
/// Longest line of a label; a longer name wraps onto a second line (the `<title>` always
/// has the whole name).
const LABEL_CHARS: usize = 24;
/// Line height of a wrapped label.
const LINE_H: usize = 14;

/// A cell of the matrix: a speaker (row) and a target (column), by index.
pub type CellAt = (usize, usize);

/// The matrix as the page shows it: the engine's board ([`parallax_engine::board`]) in one
/// interface language.
#[derive(Clone, Default)]
pub struct Matrix {
    /// Rows: who speaks, most claims first (id, display name).
    pub speakers: Vec<(String, DisplayName)>,
    /// Columns: who is targeted, most claims first (id, display name).
    pub targets: Vec<(String, DisplayName)>,
    /// Non-empty cells: the counts per stance and the claims, by place.
    pub cells: SortedMap<CellAt, BoardCell>,
}

/// "1 accusation", "2 accusations", "4 condemnations".
pub fn count_phrase(stance: Stance, n: usize) -> String {
    let word = stance_parts(stance).2;
    let plural = if n == 1 { "" } else { "s" };
    cat!(n, " ", word, plural)
}

/// "2 accusations, 1 denial".
pub fn counts_phrase(counts: &[(Stance, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|&(stance, n)| count_phrase(stance, n))
        .collect();
    parts.join(", ")
}

/// A label's lines: whole words up to [`LABEL_CHARS`] a line, two lines at most, the rest
/// cut with an ellipsis.
fn label_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LABEL_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > 2 {
        lines.truncate(2);
        lines[1].push('…');
    }
    for line in &mut lines {
        if line.chars().count() > LABEL_CHARS + 1 {
            let cut: String = line.chars().take(LABEL_CHARS - 1).collect();
            *line = cat!(cut.trim_end(), "…");
        }
    }
    lines
}

/// A label as `<tspan>` lines around its anchor `y`.
fn label_spans(name: &str, x: usize) -> Html {
    let lines = label_lines(name);
    let lift = (lines.len().saturating_sub(1) * LINE_H / 2) as isize;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let dy = if i == 0 { -lift } else { LINE_H as isize };
            html! { <tspan key={i} x={x.to_string()} dy={dy.to_string()}>{ line }</tspan> }
        })
        .collect()
}

/// A party's language code (for `lang`) and its name with the other language's after it,
/// for titles: `("fr", "Chine (China)")`.
fn described(name: &DisplayName) -> (&'static str, String) {
    let other = name
        .other
        .as_ref()
        .map(|(o, _)| cat!(" (", o, ")"))
        .unwrap_or_default();
    (name.lang.code(), cat!(name.text, other))
}

/// What [`accusation_matrix`] shows.
pub struct MatrixView<'a> {
    /// The counts.
    pub matrix: &'a Matrix,
    /// The cell whose claims are shown, if one is.
    pub selected: Option<CellAt>,
    /// Called with a cell to show its claims, or `None` to show all.
    pub on_select: &'a Callback<Option<CellAt>>,
}

/// `figure.accusation-matrix`: the SVG image and its table. A view, not a component: each
/// component costs the app's wasm its own copy of Yew's code.
pub fn accusation_matrix(props: &MatrixView) -> Html {
    let matrix = &props.matrix;
    if matrix.cells.is_empty() {
        return html! { <p class="empty">{ "No claim names both a speaker and a target." }</p> };
    }
    let toggle = |at: CellAt| {
        let on_select = props.on_select.clone();
        let next = (props.selected != Some(at)).then_some(at);
        Callback::from(move |_: MouseEvent| on_select.emit(next))
    };
    let rows = matrix.speakers.len();
    let marks = matrix
        .cells
        .values()
        .map(|c| c.counts.len())
        .max()
        .unwrap_or(1);
    let cell_h = (marks * MARK_H + 8).max(2 * LINE_H + 10);
    let width = LABEL_W + matrix.targets.len() * CELL_W + TAIL_W;
    let height = HEAD_H + rows * cell_h + 4;
    let heads = matrix.targets.iter().enumerate().map(|(t, (id, name))| {
        let x = LABEL_W + t * CELL_W + CELL_W / 2;
        let y = HEAD_H - 8;
        let (lang, full) = described(name);
        html! {
            <text key={id.clone()} class="target-label" x={x.to_string()} y={y.to_string()}
                transform={cat!("rotate(-35 ", x, " ", y, ")")} {lang}>
                <title>{ cat!("Target: ", full) }</title>
                { label_spans(&name.text, x) }
            </text>
        }
    });
    let labels = matrix.speakers.iter().enumerate().map(|(s, (id, name))| {
        let y = HEAD_H + s * cell_h + cell_h / 2 + 4;
        let (lang, full) = described(name);
        html! {
            <text key={id.clone()} class="speaker-label" x={(LABEL_W - 8).to_string()} y={y.to_string()} {lang}>
                <title>{ cat!("Speaker: ", full) }</title>
                { label_spans(&name.text, LABEL_W - 8) }
            </text>
        }
    });
    let grid = (0..rows).flat_map(|s| (0..matrix.targets.len()).map(move |t| (s, t)));
    let cells = grid.map(|(s, t)| {
        let (x, y) = (LABEL_W + t * CELL_W, HEAD_H + s * cell_h);
        let counts = matrix.cells.get(&(s, t)).map(|c| &c.counts);
        let selected = props.selected == Some((s, t));
        let class = class_list(&[
            "cell",
            if counts.is_some() { "filled" } else { "" },
            if selected { "selected" } else { "" },
        ]);
        let background = html! {
            <rect class="cell-bg" x={x.to_string()} y={y.to_string()}
                width={CELL_W.to_string()} height={cell_h.to_string()} />
        };
        let Some(counts) = counts else {
            return html! { <g key={cat!(s, "-", t)} {class}>{ background }</g> };
        };
        let title = cat!(
            matrix.speakers[s].1.text,
            " → ",
            matrix.targets[t].1.text,
            ": ",
            counts_phrase(counts)
        );
        let marks = counts.iter().enumerate().map(|(i, &(stance, n))| {
            let (slug, icon, _) = stance_parts(stance);
            let my = y + 4 + i * MARK_H;
            html! {
                <g class="mark" data-stance={slug} key={slug}>
                    <rect x={(x + 4).to_string()} y={my.to_string()} width="6"
                        height={(MARK_H - 4).to_string()} rx="2" />
                    <text x={(x + 14).to_string()} y={(my + MARK_H - 6).to_string()}>
                        { cat!(icon, " ", count_phrase(stance, n)) }
                    </text>
                </g>
            }
        });
        html! {
            <g key={cat!(s, "-", t)} {class} data-speaker={matrix.speakers[s].0.clone()}
                data-target={matrix.targets[t].0.clone()} onclick={toggle((s, t))}>
                <title>{ title }</title>
                { background }
                { for marks }
            </g>
        }
    });
    let label = cat!(
        "Who accuses whom: ",
        rows,
        " speakers in rows, ",
        matrix.targets.len(),
        " targets in columns; the table that follows gives the same counts."
    );
    html! {
        <figure class="accusation-matrix">
            // Focusable so that keyboard users can scroll it sideways on a narrow screen.
            <div class="matrix-scroll" tabindex="0" role="region" aria-label="Who accuses whom (scrolls sideways)">
                <svg class="matrix-svg" role="img" aria-label={label}
                    viewBox={cat!("0 0 ", width, " ", height)}
                    width={width.to_string()} height={height.to_string()}>
                    <g class="heads">{ for heads }</g>
                    <g class="labels">{ for labels }</g>
                    <g class="cells">{ for cells }</g>
                </svg>
            </div>
            { matrix_table(props) }
            <figcaption>{ "Click a cell (or Tab to its button) to open its claims just below the matrix; Escape or “Close” closes them." }</figcaption>
        </figure>
    }
}

/// `table.matrix-table`: the same counts as text, one button per non-empty cell.
fn matrix_table(props: &MatrixView) -> Html {
    let matrix = &props.matrix;
    let heads = matrix.targets.iter().map(|(id, name)| {
        let (lang, full) = described(name);
        html! { <th scope="col" key={id.clone()} {lang}>{ full }</th> }
    });
    let rows = matrix.speakers.iter().enumerate().map(|(s, (id, name))| {
        let cells = (0..matrix.targets.len()).map(|t| {
            let Some(counts) = matrix.cells.get(&(s, t)).map(|c| &c.counts) else {
                return html! { <td key={t}>{ "—" }</td> };
            };
            let pressed = props.selected == Some((s, t));
            let on_select = props.on_select.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                on_select.emit((!pressed).then_some((s, t)))
            });
            html! {
                <td key={t}>
                    <button type="button" class="cell-button" aria-pressed={pressed.to_string()} {onclick}>
                        { counts_phrase(counts) }
                    </button>
                </td>
            }
        });
        let (lang, full) = described(name);
        html! {
            <tr key={id.clone()}>
                <th scope="row" {lang}>{ full }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="matrix-table-wrap">
            <table class="matrix-table">
                <caption>{ "Claims per speaker (rows) and target (columns)" }</caption>
                <thead><tr><th scope="col">{ "Speaker" }</th>{ for heads }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_phrases() {
        let counts = [(Stance::CounterAccusation, 1), (Stance::Denial, 1)];
        assert_eq!(counts_phrase(&counts), "1 counter-accusation, 1 denial");
    }

    #[test]
    fn plurals_and_wrapped_labels() {
        assert_eq!(count_phrase(Stance::Accusation, 1), "1 accusation");
        assert_eq!(count_phrase(Stance::Accusation, 2), "2 accusations");
        assert_eq!(count_phrase(Stance::Condemnation, 4), "4 condemnations");
        assert_eq!(label_lines("Mao Ning"), ["Mao Ning"]);
        assert_eq!(
            label_lines("ministère chinois des Affaires étrangères"),
            ["ministère chinois des", "Affaires étrangères"]
        );
        let long = label_lines("one two three four five six seven eight nine ten eleven twelve");
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
    }
}
