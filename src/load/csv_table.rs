//! CSV files: the header mapped to a kind's columns, rows read with their true line numbers,
//! and typed field readers that turn a bad value into a located diagnostic.
//!
//! Records are split by [`Records`] (the `csv` crate's reading, without copying) and fields
//! parsed by hand: serde into chrono types is five times slower on a million rows. Lines are
//! counted from each record's byte offset.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::diag;
use crate::diagnostic::{Diagnostic, Phrase, Span};
use crate::load::csv_records::Records;
use crate::model::ids::{IdTable, Ix};
use crate::source::FileId;
use crate::timefmt::{parse_clock, parse_date, parse_stamp};

/// The most characters a field may hold: longer text is refused where it is read, so one
/// runaway value cannot make every later step large.
pub const MAX_FIELD_CHARS: usize = 4_000;

/// The byte offset of a quote that opens a field and is never closed, so that the field would
/// swallow the rest of the file. Quotes are read as the `csv` crate reads them: a field that
/// starts with `"` ends at the next `"` not doubled; a quote inside an unquoted field is text.
/// Only the quotes are visited (memchr), so a file without quotes costs one scan for them.
pub fn unclosed_quote(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'"', &bytes[i..]) {
        let open = i + k;
        i = open + 1;
        if !opens_field(bytes, open) {
            continue;
        }
        loop {
            match memchr::memchr(b'"', &bytes[i..]) {
                None => return Some(open),
                Some(k) if bytes.get(i + k + 1) == Some(&b'"') => i += k + 2,
                Some(k) => {
                    i += k + 1;
                    break;
                }
            }
        }
    }
    None
}

/// Whether the quote at `at` (outside any quoted field) starts a field: it follows the start
/// of the file, a comma or a line break, with only carriage returns between.
fn opens_field(bytes: &[u8], at: usize) -> bool {
    let before = bytes[..at].iter().rev().find(|&&b| b != b'\r');
    matches!(before, None | Some(b',' | b'\n'))
}

/// The 1-based line and character column of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (u32, u32) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (to_u32(line), to_u32(column))
}

/// One of a kind's columns and where the file has it.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The column name.
    pub name: &'static str,
    /// 0-based position in the file, if present.
    pos: Option<usize>,
}

/// An open CSV file whose header has been checked.
pub struct Table<'t> {
    file: FileId,
    text: &'t str,
    fields: Vec<Field>,
    width: usize,
}

impl<'t> Table<'t> {
    /// Reads the header of `text` and maps it to `columns`. Unknown columns are errors; a
    /// missing column of `required` makes the whole file unreadable (`None`).
    pub fn open(
        text: &'t str,
        file: FileId,
        columns: &'static [&'static str],
        required: &[&str],
        out: &mut Vec<Diagnostic>,
    ) -> Option<Table<'t>> {
        if let Some(open) = unclosed_quote(text) {
            let (line, column) = line_and_column(text, open);
            diag!(
                out,
                E0106,
                Span::new(file, line, column),
                Phrase::new(
                    "此处的双引号开始了一个字段，但一直没有闭合",
                    "a quote opens a field here and is never closed"
                )
            );
            return None;
        }
        let first = text.lines().next().unwrap_or("");
        let mut header = Vec::new();
        Records::new(first).next_into(&mut header);
        let mut fields: Vec<Field> = columns
            .iter()
            .map(|name| Field { name, pos: None })
            .collect();
        for (pos, heading) in header.iter().enumerate() {
            let heading = heading.trim();
            match fields.iter_mut().find(|f| f.name == heading) {
                Some(field) if field.pos.is_none() => field.pos = Some(pos),
                Some(_) => diag!(
                    out,
                    E0106,
                    Span::new(file, 1, col(pos)),
                    Phrase::new(
                        format!("表头中 `{heading}` 出现了两次"),
                        format!("`{heading}` twice in the header")
                    )
                ),
                None => diag!(out, E0107, Span::new(file, 1, col(pos)), heading),
            }
        }
        let mut complete = true;
        for name in required {
            if fields.iter().any(|f| f.name == *name && f.pos.is_none()) {
                diag!(out, E0108, Span::new(file, 1, 0), name);
                complete = false;
            }
        }
        complete.then_some(Table {
            file,
            text,
            fields,
            width: header.len(),
        })
    }

    /// The fields in the order of the kind's columns, to destructure:
    /// `let [date, grid, ..] = table.fields();`.
    pub fn fields<const N: usize>(&self) -> [Field; N] {
        std::array::from_fn(|i| {
            self.fields.get(i).copied().unwrap_or(Field {
                name: "?",
                pos: None,
            })
        })
    }

    /// The kind's columns in its order, each with where the file has it (a column the file
    /// lacks reads as empty).
    pub fn columns(&self) -> Vec<Field> {
        self.fields.clone()
    }

    /// The column number (1-based) of each present field, for [`crate::model::Town::field`].
    pub fn layout(&self) -> Vec<(&'static str, u32)> {
        self.fields
            .iter()
            .filter_map(|f| f.pos.map(|p| (f.name, col(p))))
            .collect()
    }

    /// Calls `each` for every data row. Rows with the wrong number of fields, or a field over
    /// [`MAX_FIELD_CHARS`], are reported and skipped. (Every text reads to its end: a quote
    /// left open was refused by [`Table::open`].)
    pub fn for_each_row(
        &self,
        out: &mut Vec<Diagnostic>,
        mut each: impl FnMut(&Row, &mut Vec<Diagnostic>),
    ) {
        let mut records = Records::new(self.text);
        let mut record = Vec::new();
        // The header.
        records.next_into(&mut record);
        let mut lines = LineCounter::new(self.text.as_bytes());
        while let Some(start) = records.next_into(&mut record) {
            let line = lines.line_at(start);
            let span = Span::new(self.file, line, 0);
            if let Some((i, long)) = record
                .iter()
                .enumerate()
                .find(|(_, f)| f.len() > MAX_FIELD_CHARS && f.chars().count() > MAX_FIELD_CHARS)
            {
                diag!(
                    out,
                    E0106,
                    span.at_col(col(i)),
                    Phrase::new(
                        format!(
                            "一个字段有 {} 个字符（最多 {MAX_FIELD_CHARS} 个）",
                            long.chars().count()
                        ),
                        format!(
                            "a field of {} characters (at most {MAX_FIELD_CHARS})",
                            long.chars().count()
                        )
                    )
                );
                continue;
            }
            if record.len() != self.width {
                if record.len() == 1 && record[0].trim().is_empty() {
                    continue;
                }
                diag!(
                    out,
                    E0106,
                    span,
                    Phrase::new(
                        format!("此行有 {} 列，表头有 {} 列", record.len(), self.width),
                        format!("{} fields, the header has {}", record.len(), self.width)
                    )
                );
                continue;
            }
            each(
                &Row {
                    record: &record,
                    span,
                },
                out,
            );
        }
    }
}

/// `field` without the white space around it. A field that starts and ends with a visible ASCII
/// character (most ids, dates and times) is returned as it is, without decoding characters.
fn trimmed(field: &str) -> &str {
    let visible = |b: &u8| b.is_ascii_graphic();
    match (field.as_bytes().first(), field.as_bytes().last()) {
        (Some(first), Some(last)) if visible(first) && visible(last) => field,
        _ => field.trim(),
    }
}

fn col(pos: usize) -> u32 {
    u32::try_from(pos + 1).unwrap_or(u32::MAX)
}

/// Turns byte offsets, visited in increasing order, into 1-based line numbers.
struct LineCounter<'b> {
    bytes: &'b [u8],
    offset: usize,
    line: u32,
}

impl<'b> LineCounter<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        LineCounter {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u32 {
        let offset = offset.min(self.bytes.len());
        if offset > self.offset {
            let newlines = memchr::memchr_iter(b'\n', &self.bytes[self.offset..offset]).count();
            self.line += u32::try_from(newlines).unwrap_or(u32::MAX);
            self.offset = offset;
        }
        self.line
    }
}

/// One data row.
pub struct Row<'r> {
    record: &'r [Cow<'r, str>],
    /// The row's line (column 0).
    pub span: Span,
}

impl Row<'_> {
    /// The trimmed text of a field; empty where the column is absent.
    pub fn text(&self, field: Field) -> &str {
        field
            .pos
            .and_then(|p| self.record.get(p))
            .map_or("", |f| trimmed(f))
    }

    /// Where a field is.
    pub fn span(&self, field: Field) -> Span {
        self.span.at_col(field.pos.map_or(0, col))
    }

    /// A field that must not be empty.
    pub fn required(&self, field: Field, out: &mut Vec<Diagnostic>) -> Option<&str> {
        let text = self.text(field);
        if text.is_empty() {
            diag!(out, E0109, self.span(field), field.name);
            return None;
        }
        Some(text)
    }

    /// A required `YYYY-MM-DD`.
    pub fn date(&self, field: Field, out: &mut Vec<Diagnostic>) -> Option<NaiveDate> {
        let text = self.required(field, out)?;
        parsed(parse_date(text), text, self.span(field), out, |o, s, t| {
            diag!(o, E0111, s, t)
        })
    }

    /// An optional `YYYY-MM-DD`.
    pub fn opt_date(&self, field: Field, out: &mut Vec<Diagnostic>) -> Option<NaiveDate> {
        let text = self.text(field);
        if text.is_empty() {
            return None;
        }
        parsed(parse_date(text), text, self.span(field), out, |o, s, t| {
            diag!(o, E0111, s, t)
        })
    }

    /// An optional `HH:MM`.
    pub fn opt_clock(&self, field: Field, out: &mut Vec<Diagnostic>) -> Option<NaiveTime> {
        let text = self.text(field);
        if text.is_empty() {
            return None;
        }
        parsed(parse_clock(text), text, self.span(field), out, |o, s, t| {
            diag!(o, E0112, s, t)
        })
    }

    /// An optional `YYYY-MM-DD HH:MM`.
    pub fn opt_stamp(&self, field: Field, out: &mut Vec<Diagnostic>) -> Option<NaiveDateTime> {
        let text = self.text(field);
        if text.is_empty() {
            return None;
        }
        parsed(parse_stamp(text), text, self.span(field), out, |o, s, t| {
            diag!(o, E0112, s, t)
        })
    }

    /// A whole number; empty is 0.
    pub fn count(&self, field: Field, out: &mut Vec<Diagnostic>) -> u32 {
        let text = self.text(field);
        if text.is_empty() {
            return 0;
        }
        parsed(text.parse().ok(), text, self.span(field), out, |o, s, t| {
            diag!(o, E0113, s, t)
        })
        .unwrap_or(0)
    }

    /// A value of a closed vocabulary; `default` where empty.
    pub fn choice<T: Copy>(
        &self,
        field: Field,
        default: Option<T>,
        parse: fn(&str) -> Option<T>,
        expected: fn() -> String,
        out: &mut Vec<Diagnostic>,
    ) -> Option<T> {
        let text = self.text(field);
        if text.is_empty() {
            if default.is_none() {
                diag!(out, E0109, self.span(field), field.name);
            }
            return default;
        }
        let value = parse(text);
        if value.is_none() {
            diag!(out, E0114, self.span(field), text, field.name, expected());
        }
        value
    }

    /// The `;`-separated entries of a list field.
    pub fn list(&self, field: Field) -> impl Iterator<Item = &str> {
        self.text(field)
            .split([';', '；'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

fn parsed<T>(
    value: Option<T>,
    text: &str,
    span: Span,
    out: &mut Vec<Diagnostic>,
    report: fn(&mut Vec<Diagnostic>, Span, &str),
) -> Option<T> {
    if value.is_none() {
        report(out, span, text);
    }
    value
}

/// Looks an id up in `table`; an unknown id is reported with `unknown` (E02xx) and gives `None`.
pub fn lookup<T>(
    table: &IdTable<T>,
    text: &str,
    span: impl crate::diagnostic::Locate,
    unknown: crate::codes::Code,
    out: &mut Vec<Diagnostic>,
) -> Option<Ix<T>> {
    let found = table.get(text);
    if found.is_none() {
        out.push(Diagnostic::new(
            unknown,
            span.locate(),
            vec![crate::diagnostic::Arg::Text(text.to_string())],
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["date", "member", "notes"];

    /// The byte-by-byte reading of quotes that [`unclosed_quote`] must agree with.
    fn unclosed_quote_bytewise(text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut at_field_start = true;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'"' if at_field_start => {
                    let open = i;
                    i += 1;
                    loop {
                        match bytes[i..].iter().position(|&b| b == b'"') {
                            None => return Some(open),
                            Some(k) if bytes.get(i + k + 1) == Some(&b'"') => i += k + 2,
                            Some(k) => {
                                i += k + 1;
                                break;
                            }
                        }
                    }
                    at_field_start = false;
                    continue;
                }
                b',' | b'\n' => at_field_start = true,
                b'\r' => {}
                _ => at_field_start = false,
            }
            i += 1;
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn unclosed_quotes_are_found_as_a_byte_by_byte_reader_finds_them(
            text in "[a\",\r\n]{0,40}"
        ) {
            proptest::prop_assert_eq!(unclosed_quote(&text), unclosed_quote_bytewise(&text));
        }
    }

    #[test]
    fn lines_count_quoted_newlines_and_blank_lines() {
        let text = "date,member,notes\n2026-11-01,P1,\"two\nlines\"\n\n2026-11-02,P2,x\n";
        let mut out = Vec::new();
        let table = Table::open(text, FileId(0), COLUMNS, &["date"], &mut out).unwrap();
        let [date, member, _notes] = table.fields();
        let mut seen = Vec::new();
        table.for_each_row(&mut out, |row, _| {
            seen.push((
                row.span.line,
                row.text(member).to_string(),
                row.span(date).col,
            ));
        });
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(seen, vec![(2, "P1".into(), 1), (5, "P2".into(), 1)]);
    }

    #[test]
    fn header_problems_are_located() {
        let mut out = Vec::new();
        let table = Table::open("member,colour\n", FileId(0), COLUMNS, &["date"], &mut out);
        assert!(table.is_none());
        let codes: Vec<_> = out.iter().map(|d| (d.code.as_str(), d.span.col)).collect();
        assert_eq!(codes, vec![("E0107", 2), ("E0108", 0)]);
    }

    #[test]
    fn short_rows_are_reported() {
        let mut out = Vec::new();
        let table = Table::open(
            "date,member,notes\n2026-11-01,P1\n",
            FileId(0),
            COLUMNS,
            &[],
            &mut out,
        )
        .unwrap();
        table.for_each_row(&mut out, |_, _| panic!("no row expected"));
        assert_eq!(out[0].code.as_str(), "E0106");
        assert_eq!(out[0].span.line, 2);
    }
}
