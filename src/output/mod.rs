//! Renderers: terminal text and tables, JSON Lines. Each takes values computed elsewhere and
//! only formats them.

pub mod board;
pub mod case;
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

/// A CSV document: a heading row, then the rows, every cell defused with [`csv_safe`].
pub fn csv_text<H: AsRef<str>>(
    headings: &[H],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(headings.iter().map(|h| csv_safe(h.as_ref())));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| csv_safe(c)));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A CSV file for a clerk to open in Excel: [`csv_text`] after a byte-order mark, without
/// which Excel reads UTF-8 as the local code page and shows Chinese as mojibake. (Standard
/// output gets no mark: it is read by programs.)
pub fn csv_file_text<H: AsRef<str>>(
    headings: &[H],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> String {
    format!("\u{feff}{}", csv_text(headings, rows))
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
