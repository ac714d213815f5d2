//! Renderers: terminal text and tables, JSON Lines. Each takes values computed elsewhere and
//! only formats them.

pub mod board;
pub mod case;
pub mod columns;
pub mod diagnostics;
pub mod duties;
pub mod findings;
pub mod html;
pub mod score;
pub mod summary;
pub mod table;
pub mod terminal;
pub mod triage;
pub mod xlsx;

/// A CSV document for a clerk to open in Excel: a UTF-8 byte-order mark (without it Excel on
/// Chinese Windows reads UTF-8 as the local code page and shows mojibake), a heading row, then
/// the rows, every cell defused with [`csv_safe`]. Standard output gets the mark too: `grid
/// check --format csv > 逾期.csv` is how a clerk makes the file (programs read it as
/// `utf-8-sig`).
pub fn csv_text<H: AsRef<str>>(
    headings: &[H],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> String {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    let _ = writer.write_record(headings.iter().map(|h| csv_safe(h.as_ref())));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| csv_safe(c)));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A CSV cell that a spreadsheet will not run as a formula: cells starting with `=`, `+`,
/// `-`, `@`, tab or carriage return get the OWASP `'` prefix.
pub fn csv_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(super::csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::csv_safe("-1"), "'-1");
        assert_eq!(super::csv_safe("前店村"), "前店村");
    }
}
