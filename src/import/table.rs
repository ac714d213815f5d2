//! Reading a spreadsheet or CSV into rows of raw cells. xlsx sheets are streamed cell by cell
//! and every position is checked against limits before anything is allocated for it (calamine's
//! dense ranges would let a 5 KB file with cells at A1 and XFD1048576 ask for 512 GiB). Hidden
//! sheets are skipped and named.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, SheetVisible};
use chrono::NaiveDateTime;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::import::extent::Region;
use crate::import::sniff::Format;

/// The largest sheet imported.
pub const MAX_ROWS: u32 = 100_000;
/// The widest sheet imported.
pub const MAX_COLS: u32 = 100;

/// A cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date or time cell (formatted as one in the file).
    Time(NaiveDateTime),
}

/// One sheet's rows.
#[derive(Clone, Debug, Default)]
pub struct SheetRows {
    /// The sheet's name (empty for CSV).
    pub name: String,
    /// The rows, from the first row of the sheet.
    pub rows: Vec<Vec<Raw>>,
}

/// What a file held.
#[derive(Clone, Debug, Default)]
pub struct Book {
    /// Visible sheets, in order.
    pub sheets: Vec<SheetRows>,
    /// Hidden sheets, skipped.
    pub hidden: Vec<String>,
}

/// Why a cell at `row`, `col` (0-based) is refused.
pub fn limit_error(row: u32, col: u32) -> String {
    format!(
        "a cell at {} lies beyond the {MAX_ROWS} rows × {MAX_COLS} columns a sheet may have: refused (a damaged or hostile file)",
        cell_ref(row, col)
    )
}

/// `C12` for row 11, column 2 (0-based).
pub fn cell_ref(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

/// The most text, in bytes, that the cells of one file may hold together: a shared string
/// repeated in many cells is counted in each, so a small file cannot unfold into gigabytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Why a cell's text is refused, if it is: longer than a field may be.
pub fn field_error(row: u32, col: u32, chars: usize) -> String {
    format!(
        "{}: a cell of {chars} characters, more than the {} a field may hold: refused",
        cell_ref(row, col),
        crate::load::csv_table::MAX_FIELD_CHARS
    )
}

/// Why a file is refused when its cells hold more text than [`MAX_TEXT_BYTES`].
pub fn text_error(row: u32, col: u32) -> String {
    format!(
        "{}: the cells up to here hold more than {} MB of text: refused (a damaged or hostile file)",
        cell_ref(row, col),
        MAX_TEXT_BYTES / (1024 * 1024)
    )
}

/// The largest file imported.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most cells with a value that the sheets of one file may hold together.
pub const MAX_CELLS: usize = 2_000_000;

/// What the sheets of one file have used of the bounds so far.
#[derive(Default)]
struct Budget {
    text_bytes: usize,
    cells: usize,
}

/// A sheet's cells as they are read, counted against the file's [`Budget`].
struct Cells<'b> {
    rows: Vec<Vec<Raw>>,
    budget: &'b mut Budget,
}

impl<'b> Cells<'b> {
    fn new(budget: &'b mut Budget) -> Cells<'b> {
        Cells {
            rows: Vec::new(),
            budget,
        }
    }

    fn put(&mut self, row: u32, col: u32, value: Raw) -> Result<(), String> {
        if row >= MAX_ROWS || col >= MAX_COLS {
            return Err(limit_error(row, col));
        }
        if let Raw::Text(text) = &value {
            let max = crate::load::csv_table::MAX_FIELD_CHARS;
            if text.len() > max && text.chars().count() > max {
                return Err(field_error(row, col, text.chars().count()));
            }
            self.budget.text_bytes += text.len();
            if self.budget.text_bytes > MAX_TEXT_BYTES {
                return Err(text_error(row, col));
            }
        }
        if value == Raw::Empty {
            return Ok(());
        }
        self.budget.cells += 1;
        if self.budget.cells > MAX_CELLS {
            return Err(format!(
                "{}: the sheets hold more than {MAX_CELLS} cells with a value: refused (split the file)",
                cell_ref(row, col)
            ));
        }
        let (r, c) = (row as usize, col as usize);
        let rows = &mut self.rows;
        if rows.len() <= r {
            rows.resize(r + 1, Vec::new());
        }
        if rows[r].len() <= c {
            rows[r].resize(c + 1, Raw::Empty);
        }
        rows[r][c] = value;
        Ok(())
    }
}

fn raw(data: &Data) -> Raw {
    match data {
        Data::Empty | Data::Error(_) => Raw::Empty,
        Data::String(s) => Raw::Text(s.clone()),
        Data::Float(f) => Raw::Number(*f),
        Data::Int(i) => Raw::Number(*i as f64),
        Data::Bool(b) => Raw::Text(b.to_string()),
        Data::DateTime(d) => d.as_datetime().map_or(Raw::Number(d.as_f64()), Raw::Time),
        Data::DateTimeIso(s) | Data::DurationIso(s) => {
            crate::timefmt::parse_stamp(s).map_or_else(|| Raw::Text(s.clone()), Raw::Time)
        }
    }
}

/// A cell as the xlsx cell reader gives it, with one copy of its text.
fn raw_ref(data: &DataRef) -> Raw {
    match data {
        DataRef::SharedString(s) => Raw::Text((*s).to_string()),
        DataRef::String(s) => Raw::Text(s.clone()),
        DataRef::Empty | DataRef::Error(_) => Raw::Empty,
        DataRef::Float(f) => Raw::Number(*f),
        DataRef::Int(i) => Raw::Number(*i as f64),
        other => raw(&Data::from(other.clone())),
    }
}

/// Reads a file of a known format. A spreadsheet reader that panics on a damaged file (calamine
/// slices some records without checking their length) is caught: the file is refused, the
/// process goes on.
pub fn read(format: Format, bytes: &[u8]) -> Result<Book, String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_unguarded(format, bytes)
    }));
    std::panic::set_hook(previous);
    result.unwrap_or_else(|_| {
        Err("a damaged file: the spreadsheet reader could not make sense of it (open it in Excel/WPS and save it again)".to_string())
    })
}

/// A decoded CSV text as one sheet of rows; an unbalanced quote that would swallow the rest
/// of the file is refused with its line and column.
pub fn csv_book(text: &str) -> Result<Book, String> {
    if let Some(open) = crate::load::csv_table::unclosed_quote(text) {
        let (line, column) = crate::load::csv_table::line_and_column(text, open);
        return Err(format!(
            "line {line}, column {column}: a quote opens a field here and is never closed, so it would swallow the rest of the file"
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut budget = Budget::default();
    let mut cells = Cells::new(&mut budget);
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("malformed CSV: {e}"))?;
        for (c, field) in record.iter().enumerate() {
            let value = if field.trim().is_empty() {
                Raw::Empty
            } else {
                Raw::Text(field.to_string())
            };
            cells.put(r as u32, c as u32, value)?;
        }
        if cells.rows.len() <= r {
            cells.rows.resize(r + 1, Vec::new());
        }
    }
    let rows = cells.rows;
    Ok(Book {
        sheets: vec![SheetRows {
            name: String::new(),
            rows,
        }],
        hidden: Vec::new(),
    })
}

fn read_unguarded(format: Format, bytes: &[u8]) -> Result<Book, String> {
    match format {
        Format::Csv => csv_book(
            &crate::load::text::decode(bytes)
                .map_err(|e| e.describe())?
                .text,
        ),
        Format::Xlsx => xlsx(bytes, rayon::current_num_threads()),
        Format::Xls => {
            crate::import::extent::check_xls(bytes)?;
            let workbook = calamine::Xls::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
            dense(workbook, |workbook, name| {
                let merged = workbook.merge_cells_by_sheet_name(name).unwrap_or_default();
                merged.iter().map(|d| (d.start, d.end)).collect()
            })
        }
        Format::Ods => {
            let merged = crate::import::extent::check_ods(bytes)?;
            let workbook = calamine::Ods::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
            dense(workbook, |_, name| {
                merged
                    .iter()
                    .find(|(table, _)| table == name)
                    .map_or_else(Vec::new, |(_, regions)| regions.clone())
            })
        }
    }
}

/// A cell read from a piece of a worksheet: row, column, value.
type Placed = (u32, u32, Raw);

/// The cells of each visible sheet of one piece, by sheet name.
type PieceSheets = Vec<(String, Vec<Placed>)>;

/// The cells of the visible sheets of a workbook read in pieces on every core
/// ([`pieces`](crate::import::pieces)), by sheet name; a sheet missing from the map is read
/// whole. A sheet is missing when a piece could not be read, when the pieces overlap (a
/// worksheet the cutter did not recognise is whole in every piece), or when a piece holds more
/// than its share of the file's bounds: the whole reading then reports exactly what it always
/// does. Empty cells are checked against the bounds and not kept, as the whole reading keeps
/// none.
fn read_in_pieces(pieces: &[Vec<u8>]) -> FxHashMap<String, Vec<Placed>> {
    let read: Vec<Option<PieceSheets>> = pieces
        .par_iter()
        .map(|piece| read_piece(piece, pieces.len()))
        .collect();
    let Some(mut read) = read.into_iter().collect::<Option<Vec<_>>>() else {
        return FxHashMap::default();
    };
    let names: Vec<String> = read[0].iter().map(|(name, _)| name.clone()).collect();
    let same_sheets = read
        .iter()
        .all(|piece| piece.iter().map(|(n, _)| n).eq(names.iter()));
    if !same_sheets {
        return FxHashMap::default();
    }
    let mut sheets = FxHashMap::default();
    for (s, name) in names.into_iter().enumerate() {
        let parts: Vec<Vec<Placed>> = read
            .iter_mut()
            .map(|piece| std::mem::take(&mut piece[s].1))
            .collect();
        let mut last_row = None;
        let in_order = parts.iter().filter(|cells| !cells.is_empty()).all(|cells| {
            let first = cells.iter().map(|c| c.0).min();
            let fits = last_row.is_none_or(|last| first > Some(last));
            last_row = cells.iter().map(|c| c.0).max();
            fits
        });
        if in_order {
            sheets.insert(name, parts.into_iter().flatten().collect());
        }
    }
    sheets
}

/// The cells of each visible sheet in one piece of a workbook, by name; `None` when the piece
/// cannot be read or holds more than its share (of `count`) of the bounds.
fn read_piece(piece: &[u8], count: usize) -> Option<PieceSheets> {
    let mut workbook = calamine::Xlsx::new(Cursor::new(piece)).ok()?;
    let names: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let (mut cells, mut text) = (0usize, 0usize);
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let mut reader = workbook.worksheet_cells_reader(&name).ok()?;
        let mut sheet = Vec::new();
        while let Some(cell) = reader.next_cell().ok()? {
            let (r, c) = cell.get_position();
            if r >= MAX_ROWS || c >= MAX_COLS {
                return None;
            }
            let value = raw_ref(cell.get_value());
            if let Raw::Text(t) = &value {
                text += t.len();
            }
            if value != Raw::Empty {
                cells += 1;
                sheet.push((r, c, value));
            }
            if cells > MAX_CELLS / count || text > MAX_TEXT_BYTES / count {
                return None;
            }
        }
        sheets.push((name, sheet));
    }
    Some(sheets)
}

/// Reads an xlsx workbook; a large one in `pieces` pieces side by side (one: whole).
fn xlsx(bytes: &[u8], pieces: usize) -> Result<Book, String> {
    let split = crate::import::pieces::split(bytes, pieces);
    // The workbook is opened while its pieces are read.
    let (workbook, mut from_pieces) = rayon::join(
        || calamine::Xlsx::new(Cursor::new(bytes)),
        || {
            split
                .as_ref()
                .map_or_else(FxHashMap::default, |s| read_in_pieces(&s.pieces))
        },
    );
    let workbook = workbook.map_err(|e| e.to_string())?;
    let has_merges = split.as_ref().map_or_else(
        || crate::import::extent::xlsx_has_merges(bytes),
        |s| s.merges,
    );
    let mut budget = Budget::default();
    visible_sheets(workbook, |workbook, name| {
        let mut cells = Cells::new(&mut budget);
        if let Some(read) = from_pieces.remove(name) {
            for (r, c, value) in read {
                cells.put(r, c, value)?;
            }
        } else {
            let mut reader = workbook
                .worksheet_cells_reader(name)
                .map_err(|e| e.to_string())?;
            while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
                let (r, c) = cell.get_position();
                cells.put(r, c, raw_ref(cell.get_value()))?;
            }
        }
        let mut rows = cells.rows;
        // calamine reads a sheet's whole XML again for its merged cells: only when the
        // file has any.
        if has_merges && let Ok(merged) = workbook.merge_cells_by_sheet_name(name) {
            spread_merged(&mut rows, merged.iter().map(|d| (d.start, d.end)));
        }
        Ok(rows)
    })
}

/// Reads every visible sheet with `rows_of`; hidden sheets are only listed.
fn visible_sheets<'a, W, F>(mut workbook: W, mut rows_of: F) -> Result<Book, String>
where
    W: Reader<Cursor<&'a [u8]>>,
    F: FnMut(&mut W, &str) -> Result<Vec<Vec<Raw>>, String>,
{
    let mut book = Book::default();
    for sheet in workbook.sheets_metadata().to_vec() {
        if sheet.visible == SheetVisible::Visible {
            let rows = rows_of(&mut workbook, &sheet.name)?;
            book.sheets.push(SheetRows {
                name: sheet.name,
                rows,
            });
        } else {
            book.hidden.push(sheet.name);
        }
    }
    Ok(book)
}

/// Reads every visible sheet of a workbook whose reader builds whole ranges (xls, ods), with
/// the merged regions `merged` gives for each sheet.
fn dense<'a, R>(workbook: R, merged: impl Fn(&R, &str) -> Vec<Region>) -> Result<Book, String>
where
    R: Reader<Cursor<&'a [u8]>>,
    R::Error: std::fmt::Display,
{
    let mut budget = Budget::default();
    visible_sheets(workbook, |workbook, name| {
        let range = workbook.worksheet_range(name).map_err(|e| e.to_string())?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut cells = Cells::new(&mut budget);
        for (r, c, value) in range.used_cells() {
            cells.put(r as u32 + top, c as u32 + left, raw(value))?;
        }
        let mut rows = cells.rows;
        spread_merged(&mut rows, merged(workbook, name).into_iter());
        Ok(rows)
    })
}

/// Copies the value of each merged region's first cell over every cell the region covers: a
/// heading spanning several columns names each of them, a date merged down over a day's rows
/// dates each row. Only rows the sheet has are filled, and at most [`MAX_CELLS`] cells in all
/// (a hostile `A1:XFD1048576` costs nothing).
fn spread_merged(rows: &mut [Vec<Raw>], regions: impl Iterator<Item = Region>) {
    let mut filled = 0usize;
    for ((r0, c0), (r1, c1)) in regions {
        let Some(value) = rows
            .get(r0 as usize)
            .and_then(|row| row.get(c0 as usize))
            .filter(|v| **v != Raw::Empty)
            .cloned()
        else {
            continue;
        };
        let last_row = (r1 as usize).min(rows.len().saturating_sub(1));
        for row in rows.iter_mut().take(last_row + 1).skip(r0 as usize) {
            for c in c0..=c1.min(MAX_COLS - 1) {
                if filled >= MAX_CELLS {
                    return;
                }
                if row.len() <= c as usize {
                    row.resize(c as usize + 1, Raw::Empty);
                }
                if row[c as usize] == Raw::Empty {
                    row[c as usize] = value.clone();
                    filled += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_region_fills_every_cell_it_covers_and_no_more() {
        let date = Raw::Text("2026-11-24".to_string());
        let mut rows = vec![
            vec![
                Raw::Text("日期".to_string()),
                Raw::Text("网格员".to_string()),
            ],
            vec![date.clone(), Raw::Text("P0044".to_string())],
            vec![Raw::Empty, Raw::Text("P0045".to_string())],
            vec![Raw::Empty, Raw::Text("P0046".to_string())],
        ];
        // The date merged down A2:A4, and a hostile region far past the sheet.
        spread_merged(
            &mut rows,
            [((1, 0), (3, 0)), ((3, 1), (1_048_575, 16_383))].into_iter(),
        );
        assert_eq!(rows.len(), 4);
        for row in &rows[1..] {
            assert_eq!(row[0], date);
        }
        assert!(rows[3].len() <= MAX_COLS as usize);
    }

    /// A workbook as villages make them, large enough to be read in pieces: dates, numbers,
    /// shared and rich strings, booleans, formulas, blanks, a date merged down across where the
    /// pieces meet, a second sheet, an empty one and a hidden one.
    fn large_workbook() -> Vec<u8> {
        use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};
        let mut wb = Workbook::new();
        let date = CellFormat::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
        let bold = CellFormat::new().set_bold();
        let ws = wb.add_worksheet().set_name("巡查").expect("a name");
        for r in 0..4000u32 {
            let day = ExcelDateTime::from_ymd(2026, 1 + (r % 12) as u8, 1 + (r % 28) as u8)
                .expect("a date");
            ws.write_datetime_with_format(r, 0, &day, &date)
                .expect("a cell");
            ws.write_string(r, 1, format!("网格员{}", r % 37))
                .expect("a cell");
            ws.write_string(r, 2, format!("备注 {r}，第{r}行"))
                .expect("a cell");
            ws.write_number(r, 3, f64::from(r) * 1.5).expect("a cell");
            if r % 7 == 0 {
                ws.write_boolean(r, 4, r % 2 == 0).expect("a cell");
            }
            if r % 11 == 0 {
                ws.write_formula(r, 5, "=D1*2").expect("a cell");
            }
            if r % 13 == 0 {
                ws.write_rich_string(r, 6, &[(&bold, "加粗"), (&CellFormat::default(), "正常")])
                    .expect("a cell");
            }
        }
        ws.merge_range(1990, 7, 2010, 7, "合并的日期", &CellFormat::default())
            .expect("merged");
        let second = wb.add_worksheet().set_name("第二页").expect("a name");
        for r in 0..50u32 {
            second
                .write_string(r, 0, format!("第二页{r}"))
                .expect("a cell");
        }
        wb.add_worksheet().set_name("空白").expect("a name");
        let hidden = wb.add_worksheet().set_name("隐藏").expect("a name");
        hidden.write_string(0, 0, "不读").expect("a cell");
        hidden.set_hidden(true);
        wb.save_to_buffer().expect("saved")
    }

    #[test]
    fn a_workbook_read_in_pieces_is_the_workbook_read_whole() {
        let bytes = large_workbook();
        let whole = xlsx(&bytes, 1).expect("read whole");
        assert_eq!(whole.hidden, ["隐藏"]);
        for count in 2..=5 {
            assert!(
                crate::import::pieces::split(&bytes, count).is_some(),
                "the workbook is cut in {count}"
            );
            let pieces = xlsx(&bytes, count).expect("read in pieces");
            assert_eq!(pieces.hidden, whole.hidden);
            assert_eq!(pieces.sheets.len(), whole.sheets.len());
            for (a, b) in pieces.sheets.iter().zip(&whole.sheets) {
                assert_eq!(a.name, b.name);
                assert!(
                    a.rows == b.rows,
                    "sheet {} differs in {count} pieces",
                    a.name
                );
            }
        }
        assert_eq!(
            whole.sheets[0].rows[2000][7],
            Raw::Text("合并的日期".to_string())
        );
        let split = crate::import::pieces::split(&bytes, 2).expect("cut");
        let read = read_in_pieces(&split.pieces);
        assert_eq!(read.len(), 3, "every visible sheet is read in pieces");
    }

    /// `bytes` with the archive's entry `name` changed by `edit`.
    fn edited(bytes: &[u8], name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
        use std::io::{Read, Write};
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).expect("an entry");
            let entry_name = entry.name().expect("a name").to_string();
            let mut text = String::new();
            entry.read_to_string(&mut text).expect("text");
            if entry_name == name {
                text = edit(&text);
            }
            out.start_file(entry_name, zip::write::SimpleFileOptions::default())
                .expect("an entry");
            out.write_all(text.as_bytes()).expect("written");
        }
        out.finish().expect("a zip").into_inner()
    }

    #[test]
    fn a_worksheet_the_cutter_does_not_recognise_is_read_whole_not_twice() {
        // `<sheetData >` is valid XML the cutter does not look for: that sheet is whole in
        // every piece, and must be read once.
        let bytes = edited(&large_workbook(), "xl/worksheets/sheet2.xml", |xml| {
            xml.replace("<sheetData>", "<sheetData >")
        });
        let split = crate::import::pieces::split(&bytes, 2).expect("cut");
        let read = read_in_pieces(&split.pieces);
        assert!(read.contains_key("巡查") && !read.contains_key("第二页"));
        let (whole, pieces) = (
            xlsx(&bytes, 1).expect("whole"),
            xlsx(&bytes, 2).expect("pieces"),
        );
        assert_eq!(pieces.sheets[1].rows.len(), 50);
        for (a, b) in pieces.sheets.iter().zip(&whole.sheets) {
            assert!(a.rows == b.rows, "sheet {} differs", a.name);
        }
    }

    #[test]
    fn a_cut_inside_a_comment_makes_the_sheet_be_read_whole() {
        // A comment holding `</row><row ` where the cutter aims: the piece before the cut ends
        // inside the comment, calamine refuses it, and the sheet is read whole.
        let bytes = edited(&large_workbook(), "xl/worksheets/sheet1.xml", |xml| {
            let open = xml.find("<sheetData>").expect("rows") + "<sheetData>".len();
            let close = xml.find("</sheetData>").expect("rows");
            let aim = open + (close - open) / 2;
            let at = aim + xml[aim..].find("</row>").expect("a row") + "</row>".len();
            let comment = format!(
                "<!--{}</row><row r=\"1\"><c r=\"A1\"><v>9</v></c>-->",
                " ".repeat(400)
            );
            format!("{}{comment}{}", &xml[..at], &xml[at..])
        });
        let split = crate::import::pieces::split(&bytes, 2).expect("cut");
        assert!(!read_in_pieces(&split.pieces).contains_key("巡查"));
        let (whole, pieces) = (
            xlsx(&bytes, 1).expect("whole"),
            xlsx(&bytes, 2).expect("pieces"),
        );
        assert!(pieces.sheets[0].rows == whole.sheets[0].rows);
    }

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref(0, 0), "A1");
        assert_eq!(cell_ref(11, 2), "C12");
        assert_eq!(cell_ref(1_048_575, 16_383), "XFD1048576");
    }
}
