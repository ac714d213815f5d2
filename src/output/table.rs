//! Terminal tables (comfy-table), set up once: UTF-8 borders, CJK-aware widths, no colour codes
//! unless colour is on. A cell wider than [`MAX_CELL_WIDTH`] columns is cut with `…` (JSON and
//! CSV keep the whole value), and on a terminal the table is fitted to its width, so one long
//! value can neither flood the screen nor make every line of the table as wide as it.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, ContentArrangement};
use unicode_width::UnicodeWidthChar;

use crate::output::terminal::Terminal;

/// The widest a cell is shown, in terminal columns.
pub const MAX_CELL_WIDTH: usize = 60;

/// A terminal table whose cells are cut to [`MAX_CELL_WIDTH`].
pub struct Table(comfy_table::Table);

/// A table with the given headings, fitted to the terminal's width (cells wrap).
pub fn new(headings: &[&str], term: Terminal) -> Table {
    let mut table = comfy_table::Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if term.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    if let Some(width) = term.width {
        table.set_width(width);
    }
    table.set_header(headings.iter().map(|h| Cell::new(cut(h))));
    Table(table)
}

impl Table {
    /// Adds a row; cells wider than [`MAX_CELL_WIDTH`] are cut with `…`.
    pub fn add_row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) -> &mut Table {
        let row: Vec<Cell> = cells
            .into_iter()
            .map(|c| {
                let cell: Cell = c.into();
                let content = cell.content();
                if fits(&content, MAX_CELL_WIDTH) {
                    cell
                } else {
                    Cell::new(cut(&content))
                }
            })
            .collect();
        self.0.add_row(row);
        self
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

fn fits(text: &str, columns: usize) -> bool {
    text.len() <= columns || text.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>() <= columns
}

/// The text cut to [`MAX_CELL_WIDTH`] columns with `…`, on one line.
pub fn cut(text: &str) -> String {
    cut_to(text, MAX_CELL_WIDTH)
}

/// The text cut to `columns` terminal columns with `…`, on one line.
pub fn cut_to(text: &str, columns: usize) -> String {
    let one_line = text.lines().next().unwrap_or("");
    if fits(text, columns) && one_line.len() == text.len() {
        return text.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in one_line.chars() {
        let w = c.width().unwrap_or(0);
        if width + w > columns.saturating_sub(1) {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_cells_are_cut_and_short_ones_kept() {
        assert_eq!(cut("前店村"), "前店村");
        let long = "长".repeat(240_000);
        let shown = cut(&long);
        assert_eq!(shown.chars().count(), 30);
        assert!(shown.ends_with('…'));
        let mut t = new(&["名称"], Terminal::default());
        t.add_row([long.as_str()]);
        assert!(t.to_string().lines().all(|l| l.chars().count() < 80));
    }
}
