//! The used area of each sheet of an xls or ods file, read from the raw records before calamine
//! opens it: calamine builds xls and ods sheets as whole rectangles (and reserves what an xls
//! `DIMENSIONS` record claims), so one cell at `A1` and one at `IV65536` would cost a gigabyte.
//! A sheet whose area exceeds [`MAX_AREA`] cells, or the row and column caps of every sheet, is
//! refused here. Also: whether an xlsx file has merged cells at all, before calamine reads a
//! sheet a second time for them.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use crate::import::table::{
    MAX_COLS, MAX_ROWS, MAX_TEXT_BYTES, cell_ref, field_error, limit_error, text_error,
};
use crate::load::csv_table::MAX_FIELD_CHARS;

/// The text that the cells read so far will hold once built, counted against the bounds.
#[derive(Default)]
struct TextBudget {
    bytes: u64,
}

impl TextBudget {
    /// Counts a cell of `chars` characters (`bytes` as UTF-8) that fills `copies` cells.
    fn add(
        &mut self,
        row: u32,
        col: u32,
        chars: usize,
        bytes: usize,
        copies: u64,
    ) -> Result<(), String> {
        if chars > MAX_FIELD_CHARS {
            return Err(field_error(row, col, chars));
        }
        self.bytes = self
            .bytes
            .saturating_add((bytes as u64).saturating_mul(copies));
        if self.bytes > MAX_TEXT_BYTES as u64 {
            return Err(text_error(row, col));
        }
        Ok(())
    }
}

/// The record data of an xls shared-string table (SST and its CONTINUE records), read across
/// record boundaries as BIFF8 lays strings out.
struct SstReader<'a> {
    segments: Vec<&'a [u8]>,
    segment: usize,
    pos: usize,
}

impl SstReader<'_> {
    /// Moves to the next segment when this one is used up; false at the end.
    fn ready(&mut self) -> bool {
        while self
            .segments
            .get(self.segment)
            .is_some_and(|s| self.pos >= s.len())
        {
            self.segment += 1;
            self.pos = 0;
        }
        self.segment < self.segments.len()
    }

    fn byte(&mut self) -> Option<u8> {
        if !self.ready() {
            return None;
        }
        let b = self.segments[self.segment][self.pos];
        self.pos += 1;
        Some(b)
    }

    fn u16(&mut self) -> Option<u32> {
        Some(u32::from(self.byte()?) | u32::from(self.byte()?) << 8)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(self.u16()? | self.u16()? << 16)
    }

    fn skip(&mut self, mut n: usize) -> Option<()> {
        while n > 0 {
            if !self.ready() {
                return None;
            }
            let take = n.min(self.segments[self.segment].len() - self.pos);
            self.pos += take;
            n -= take;
        }
        Some(())
    }

    /// Skips `chars` characters; a string that goes on in the next record starts it with a
    /// new options byte saying whether its characters take one byte or two.
    fn skip_chars(&mut self, mut chars: usize, mut wide: bool) -> Option<()> {
        while chars > 0 {
            if self.pos >= self.segments.get(self.segment)?.len() {
                self.segment += 1;
                self.pos = 0;
                wide = self.byte()? & 1 == 1;
                continue;
            }
            let width = if wide { 2 } else { 1 };
            let take = chars
                .min((self.segments[self.segment].len() - self.pos) / width)
                .max(1);
            self.pos += take * width;
            chars -= take;
        }
        Some(())
    }

    /// The character count of every string in the table, in order.
    fn lengths(mut self) -> Vec<usize> {
        let mut out = Vec::new();
        if self.skip(8).is_none() {
            return out;
        }
        while let Some(chars) = self.u16() {
            let Some(options) = self.byte() else {
                break;
            };
            let runs = if options & 0x08 != 0 {
                self.u16()
            } else {
                Some(0)
            };
            let ext = if options & 0x04 != 0 {
                self.u32()
            } else {
                Some(0)
            };
            let (Some(runs), Some(ext)) = (runs, ext) else {
                break;
            };
            out.push(chars as usize);
            let skipped = self
                .skip_chars(chars as usize, options & 1 == 1)
                .and_then(|()| self.skip(runs as usize * 4))
                .and_then(|()| self.skip(ext as usize));
            if skipped.is_none() {
                break;
            }
        }
        out
    }
}

/// The most cells (rows × columns of the used area) an xls or ods sheet may span.
pub const MAX_AREA: u64 = 1_000_000;

/// The rectangle the cells of one sheet span.
#[derive(Clone, Copy, Debug, Default)]
struct Area {
    top: u32,
    left: u32,
    bottom: u32,
    right: u32,
    any: bool,
}

impl Area {
    fn add(&mut self, row: u32, col: u32) {
        if self.any {
            self.top = self.top.min(row);
            self.left = self.left.min(col);
            self.bottom = self.bottom.max(row);
            self.right = self.right.max(col);
        } else {
            *self = Area {
                top: row,
                left: col,
                bottom: row,
                right: col,
                any: true,
            };
        }
    }

    fn judge(&self) -> Result<(), String> {
        if !self.any {
            return Ok(());
        }
        if self.bottom >= MAX_ROWS || self.right >= MAX_COLS {
            return Err(limit_error(self.bottom, self.right));
        }
        let cells = u64::from(self.bottom - self.top + 1) * u64::from(self.right - self.left + 1);
        if cells > MAX_AREA {
            return Err(format!(
                "the cells from {} to {} span {cells} cells, more than the {MAX_AREA} an .xls or .ods sheet may: save it as .xlsx, or delete what lies far from the table",
                cell_ref(self.top, self.left),
                cell_ref(self.bottom, self.right)
            ));
        }
        Ok(())
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u32> {
    data.get(at..at + 2)
        .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    data.get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Checks every sheet of an xls (BIFF5/8) file: the cells it holds and the area its
/// `DIMENSIONS` records claim.
pub fn check_xls(bytes: &[u8]) -> Result<(), String> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| format!("a broken .xls file: {e}"))?;
    if file.is_stream("/EncryptedPackage") || file.is_stream("/EncryptionInfo") {
        return Err("the workbook is encrypted (password-protected): open it in Excel/WPS, remove the password (文件 → 信息 → 保护工作簿 → 用密码进行加密, leave it empty), save, and import again".to_string());
    }
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))
        .ok_or("an .xls file without a workbook stream")?;
    let mut stream = Vec::new();
    file.open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(|e| format!("a broken .xls file: {e}"))?;
    let mut area = Area::default();
    let mut budget = TextBudget::default();
    let mut sst: Vec<&[u8]> = Vec::new();
    let mut strings: Vec<usize> = Vec::new();
    let mut previous = 0;
    let mut at = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + len as usize).unwrap_or(&[]);
        at += 4 + len as usize;
        if previous == 0x00FC || (previous == 0x003C && !sst.is_empty() && strings.is_empty()) {
            if kind == 0x003C {
                sst.push(data);
                previous = 0x003C;
                continue;
            }
            strings = SstReader {
                segments: std::mem::take(&mut sst),
                segment: 0,
                pos: 0,
            }
            .lengths();
        }
        previous = kind;
        match kind {
            // FILEPASS: the workbook is encrypted.
            0x002F => {
                return Err("the .xls workbook is password-protected: remove the password in Excel/WPS, save, and import again".to_string());
            }
            // SST: the shared strings, maybe going on in CONTINUE records.
            0x00FC => sst = vec![data],
            // LabelSst: a cell showing shared string number `isst`, copied into the cell.
            0x00FD => {
                if let (Some(row), Some(col), Some(isst)) =
                    (u16_at(data, 0), u16_at(data, 2), u32_at(data, 6))
                {
                    area.add(row, col);
                    let chars = strings.get(isst as usize).copied().unwrap_or(0);
                    budget.add(row, col, chars, chars * 3, 1)?;
                }
            }
            // BOF: a new substream (sheet) begins.
            0x0809 => {
                area.judge()?;
                area = Area::default();
            }
            // DIMENSIONS: calamine reserves room for the area it claims (last row and column
            // are one past the end).
            0x0200 => {
                let (top, bottom, left, right) = if data.len() >= 14 {
                    (
                        u32_at(data, 0),
                        u32_at(data, 4),
                        u16_at(data, 8),
                        u16_at(data, 10),
                    )
                } else {
                    (
                        u16_at(data, 0),
                        u16_at(data, 2),
                        u16_at(data, 4),
                        u16_at(data, 6),
                    )
                };
                if let (Some(t), Some(b), Some(l), Some(r)) = (top, bottom, left, right)
                    && b > t
                    && r > l
                {
                    area.add(t, l);
                    area.add(b - 1, r - 1);
                }
            }
            // Cells: formula, RString, Number, Label, BoolErr, Rk (row, column first).
            0x0006 | 0x00D6 | 0x0203 | 0x0204 | 0x0205 | 0x027E => {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    area.add(row, col);
                }
            }
            // MulRk: row, first column, …, last column.
            0x00BD => {
                if let (Some(row), Some(first), Some(last)) = (
                    u16_at(data, 0),
                    u16_at(data, 2),
                    u16_at(data, data.len().saturating_sub(2)),
                ) {
                    area.add(row, first);
                    area.add(row, last);
                }
            }
            _ => {}
        }
    }
    area.judge()
}

fn repeat(element: &BytesStart, name: &str) -> u32 {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.value.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn has_value(element: &BytesStart) -> bool {
    element
        .attributes()
        .flatten()
        .any(|a| a.key.as_ref() == "office:value-type")
}

/// A merged region of a sheet: its first and last cell, (row, column), 0-based.
pub type Region = ((u32, u32), (u32, u32));

/// Checks every table of an ods file's `content.xml`: a cell counts when it has a value or
/// content; repeated rows and columns count as often as they repeat. Returns the merged
/// regions of each table by name (calamine does not read them from ods).
pub fn check_ods(bytes: &[u8]) -> Result<Vec<(String, Vec<Region>)>, String> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("a broken .ods file: {e}"))?;
    let mut xml = String::new();
    archive
        .by_name("content.xml")
        .map_err(|e| format!("a broken .ods file: {e}"))?
        .read_to_string(&mut xml)
        .map_err(|e| format!("a broken .ods file: {e}"))?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut area = Area::default();
    let mut budget = TextBudget::default();
    let (mut row, mut col, mut rows_here) = (0u32, 0u32, 1u32);
    // The cell being read: its row, column and copies, and the text seen in it so far.
    let mut cell: Option<(u32, u32, u64)> = None;
    let (mut chars, mut bytes) = (0usize, 0usize);
    let mut merged: Vec<(String, Vec<Region>)> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("a broken .ods file: {e}"))?;
        let (element, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::Text(t) if cell.is_some() => {
                let text: &str = t.as_ref();
                chars += text.chars().count();
                bytes += t.len();
                continue;
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(rows_here);
                continue;
            }
            Event::End(e) if e.name().as_ref() == "table:table-cell" => {
                if let Some((r, c, copies)) = cell.take() {
                    budget.add(r, c, chars, bytes, copies)?;
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match element.name().as_ref() {
            "table:table" => {
                area.judge()?;
                area = Area::default();
                row = 0;
                let name = element
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "table:name")
                    .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
                    .map(|v| v.to_string())
                    .unwrap_or_default();
                merged.push((name, Vec::new()));
            }
            "table:table-row" => {
                rows_here = repeat(element, "table:number-rows-repeated");
                col = 0;
                if empty {
                    row = row.saturating_add(rows_here);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let cols = repeat(element, "table:number-columns-repeated");
                if !empty || has_value(element) {
                    area.add(row, col);
                    area.add(
                        row.saturating_add(rows_here - 1),
                        col.saturating_add(cols - 1),
                    );
                }
                let spanned = (
                    repeat(element, "table:number-rows-spanned"),
                    repeat(element, "table:number-columns-spanned"),
                );
                if spanned != (1, 1)
                    && let Some((_, regions)) = merged.last_mut()
                {
                    regions.push((
                        (row, col),
                        (
                            row.saturating_add(spanned.0 - 1),
                            col.saturating_add(spanned.1 - 1),
                        ),
                    ));
                }
                let copies = u64::from(cols) * u64::from(rows_here);
                let value = string_value(element);
                budget.add(row, col, value.chars().count(), value.len(), copies)?;
                if !empty {
                    cell = Some((row, col, copies));
                    (chars, bytes) = (0, 0);
                }
                col = col.saturating_add(cols);
            }
            _ => {}
        }
    }
    area.judge()?;
    Ok(merged)
}

/// The `office:string-value` of a cell, which a reader may show instead of its paragraphs.
fn string_value(element: &BytesStart) -> String {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == "office:string-value")
        .map(|a| a.value.to_string())
        .unwrap_or_default()
}

/// Whether any worksheet of an xlsx file has merged cells (a `mergeCell` element; the word in a
/// cell's text only costs a needless look). Each sheet's XML is streamed through a fixed
/// buffer, so this costs one inflate and no memory to speak of.
pub fn xlsx_has_merges(bytes: &[u8]) -> bool {
    const WORD: &[u8] = b"mergeCell";
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return true;
    };
    let finder = memchr::memmem::Finder::new(WORD);
    let mut buffer = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else {
            return true;
        };
        let sheet = entry
            .name()
            .is_ok_and(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"));
        if !sheet {
            continue;
        }
        // The last bytes of each chunk are kept so a word split between two chunks is found.
        let mut kept = 0;
        loop {
            let Ok(n) = entry.read(&mut buffer[kept..]) else {
                return true;
            };
            if n == 0 {
                break;
            }
            let filled = kept + n;
            if finder.find(&buffer[..filled]).is_some() {
                return true;
            }
            kept = (WORD.len() - 1).min(filled);
            buffer.copy_within(filled - kept..filled, 0);
        }
    }
    false
}
