//! The used area of each sheet of an xls or ods file, read from the raw records before calamine
//! opens it: calamine builds xls and ods sheets as whole rectangles (and reserves what an xls
//! `DIMENSIONS` record claims), so one cell at `A1` and one at `IV65536` would cost a gigabyte.
//! A sheet whose area exceeds [`MAX_AREA`] cells, or the row and column caps of every sheet, is
//! refused here.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use crate::import::table::{MAX_COLS, MAX_ROWS, cell_ref, limit_error};

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
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))
        .ok_or("an .xls file without a workbook stream")?;
    let mut stream = Vec::new();
    file.open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(|e| format!("a broken .xls file: {e}"))?;
    let mut area = Area::default();
    let mut at = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + len as usize).unwrap_or(&[]);
        at += 4 + len as usize;
        match kind {
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
            // Cells: formula, RString, LabelSst, Number, Label, BoolErr, Rk (row, column first).
            0x0006 | 0x00D6 | 0x00FD | 0x0203 | 0x0204 | 0x0205 | 0x027E => {
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

/// Checks every table of an ods file's `content.xml`: a cell counts when it has a value or
/// content; repeated rows and columns count as often as they repeat.
pub fn check_ods(bytes: &[u8]) -> Result<(), String> {
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
    let (mut row, mut col, mut rows_here) = (0u32, 0u32, 1u32);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("a broken .ods file: {e}"))?;
        let (element, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(rows_here);
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
                col = col.saturating_add(cols);
            }
            _ => {}
        }
    }
    area.judge()
}
