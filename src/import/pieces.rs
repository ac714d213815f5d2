//! A large xlsx workbook read on every core. calamine reads a worksheet's XML from start to end
//! on one thread; a 10,000-row sheet takes it about 30 ms while the other cores wait. Here each
//! large worksheet's XML is cut between two rows into as many pieces as there are cores, and
//! the workbook is rebuilt once per piece — every part copied as it is (shared strings, styles,
//! the 1904 flag …) except that each worksheet holds only its rows of that piece. calamine reads
//! the rebuilt workbooks side by side, so every value still means exactly what calamine says
//! it means; the pieces' cells, in order, are the sheet's cells in the order of its XML.
//!
//! A cut is made only where one row's `</row>` is followed by the next `<row `; a cut anywhere
//! else (inside a comment, a CDATA section or an attribute, in a hostile file) leaves the piece
//! before it unterminated, which calamine reports as an error, and the caller then reads the
//! file whole. A worksheet that is not cut (one written with a namespace prefix, or too small)
//! is whole in the first piece and empty in the others; one the cutter did not recognise at all
//! would be whole in every piece, which the reader notices (a piece starting at or before the
//! row where the previous one ended) and reads whole instead.

use std::io::{Cursor, Read, Write};

use memchr::memmem;
use rayon::prelude::*;

/// Worksheets whose XML together is smaller than this are read whole: cutting costs more than
/// it saves.
pub const MIN_BYTES: usize = 512 * 1024;

/// Worksheets whose XML together is larger than this are read whole, as calamine streams them,
/// so that at most this much XML is ever held in memory.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// One worksheet's XML and where its rows may be cut.
struct Sheet {
    /// The entry's index in the archive.
    index: usize,
    xml: Vec<u8>,
    /// Where each piece's rows begin and end (the first piece after `<sheetData>`, the last
    /// ending at `</sheetData>`); empty for a worksheet not cut (kept whole in the first piece).
    cuts: Vec<(usize, usize)>,
    /// The end of `<sheetData>` and the start of `</sheetData>`.
    data: (usize, usize),
}

/// A workbook cut into pieces.
pub struct Split {
    /// The workbook rebuilt once per piece, each holding one piece of the rows of every large
    /// worksheet.
    pub pieces: Vec<Vec<u8>>,
    /// Whether a worksheet has merged cells (`mergeCell` in its XML).
    pub merges: bool,
}

/// The workbook cut into `count` pieces; `None` when it is not worth cutting or cannot be cut.
pub fn split(bytes: &[u8], count: usize) -> Option<Split> {
    if count < 2 {
        return None;
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let worksheets: Vec<usize> = (0..archive.len())
        .filter(|&i| {
            archive.name_for_index(i).is_some_and(|name| {
                name.is_ok_and(|name| {
                    let name = name.to_ascii_lowercase();
                    name.contains("worksheets/") && name.ends_with(".xml")
                })
            })
        })
        .collect();
    // What the archive states, to give up early; it may lie, so the inflating is bounded too.
    let stated: u64 = worksheets
        .iter()
        .filter_map(|&i| archive.by_index_raw(i).ok().map(|e| e.size()))
        .sum();
    if stated < MIN_BYTES as u64 || stated > MAX_BYTES {
        return None;
    }
    let mut sheets = Vec::new();
    let mut total = 0u64;
    for index in worksheets {
        let mut entry = archive.by_index(index).ok()?;
        let mut xml = Vec::new();
        (&mut entry)
            .take(MAX_BYTES - total + 1)
            .read_to_end(&mut xml)
            .ok()?;
        total += xml.len() as u64;
        if total > MAX_BYTES {
            return None;
        }
        sheets.push(cut(index, xml, count));
    }
    if sheets.iter().all(|s| s.cuts.is_empty()) {
        return None;
    }
    let merges = sheets
        .iter()
        .any(|s| memmem::find(&s.xml, b"mergeCell").is_some());
    let size = bytes.len() + sheets.iter().map(|s| s.xml.len()).sum::<usize>() / count;
    let pieces = (0..count)
        .into_par_iter()
        .map(|piece| rebuild(&mut archive.clone(), &sheets, piece, size))
        .collect::<Option<_>>()?;
    Some(Split { pieces, merges })
}

/// Finds where a worksheet's rows can be cut into `count` pieces of about equal size.
fn cut(index: usize, xml: Vec<u8>, count: usize) -> Sheet {
    let mut sheet = Sheet {
        index,
        xml,
        cuts: Vec::new(),
        data: (0, 0),
    };
    let Some((open, close)) = rows_of(&sheet.xml) else {
        return sheet;
    };
    let xml = &sheet.xml;
    let boundary = memmem::Finder::new(b"</row><row ");
    let mut starts = vec![open];
    for piece in 1..count {
        let aim = open + (close - open) * piece / count;
        let from = aim.max(*starts.last().unwrap_or(&open));
        match boundary.find(&xml[from..close]) {
            Some(at) => starts.push(from + at + b"</row>".len()),
            None => break,
        }
    }
    starts.dedup();
    if starts.len() < 2 {
        return sheet;
    }
    let ends = starts.iter().skip(1).copied().chain([close]);
    sheet.cuts = starts.iter().copied().zip(ends).collect();
    sheet.data = (open, close);
    sheet
}

/// Where a worksheet's rows lie: after `<sheetData>`, up to `</sheetData>`.
fn rows_of(xml: &[u8]) -> Option<(usize, usize)> {
    let open = memmem::find(xml, b"<sheetData>")? + b"<sheetData>".len();
    Some((open, open + memmem::find(&xml[open..], b"</sheetData>")?))
}

/// The workbook with piece `piece` of every worksheet's rows.
fn rebuild(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    sheets: &[Sheet],
    piece: usize,
    size: usize,
) -> Option<Vec<u8>> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(size)));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).ok()?;
        let sheet = sheets.iter().find(|s| s.index == index);
        let rows = match sheet {
            Some(sheet) if !sheet.cuts.is_empty() => {
                let rows = sheet.cuts.get(piece).copied().unwrap_or((0, 0));
                Some((sheet, sheet.data, rows))
            }
            // Not cut: whole in the first piece, without its rows in the others (when they
            // can be found: `<sheetData/>` has none to leave out).
            Some(sheet) if piece > 0 => rows_of(&sheet.xml).map(|data| (sheet, data, (0, 0))),
            _ => None,
        };
        let Some((sheet, (open, close), (from, to))) = rows else {
            out.raw_copy_file(entry).ok()?;
            continue;
        };
        let name = entry.name().ok()?.to_string();
        drop(entry);
        out.start_file(name, stored).ok()?;
        let xml = &sheet.xml;
        out.write_all(&xml[..open]).ok()?;
        out.write_all(&xml[from..to]).ok()?;
        out.write_all(&xml[close..]).ok()?;
    }
    out.finish().ok().map(Cursor::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet_xml(rows: usize) -> Vec<u8> {
        let mut xml = b"<worksheet><sheetData>".to_vec();
        for r in 1..=rows {
            xml.extend_from_slice(
                format!("<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>").as_bytes(),
            );
        }
        xml.extend_from_slice(b"</sheetData><mergeCells/></worksheet>");
        xml
    }

    #[test]
    fn rows_are_cut_only_between_rows_and_every_row_lands_in_one_piece() {
        let xml = sheet_xml(1000);
        let sheet = cut(0, xml.clone(), 3);
        assert_eq!(sheet.cuts.len(), 3);
        let mut joined = Vec::new();
        for &(from, to) in &sheet.cuts {
            let piece = &xml[from..to];
            assert!(piece.starts_with(b"<row "), "a piece begins with a row");
            assert!(piece.ends_with(b"</row>"), "a piece ends with a row");
            joined.extend_from_slice(piece);
        }
        assert_eq!(joined, xml[sheet.data.0..sheet.data.1]);
    }

    #[test]
    fn a_sheet_without_a_place_to_cut_is_not_cut() {
        // One row only; and a sheet whose elements carry a namespace prefix.
        assert!(cut(0, sheet_xml(1), 2).cuts.is_empty());
        let prefixed = b"<x:worksheet><x:sheetData><x:row r=\"1\"/></x:sheetData></x:worksheet>";
        assert!(cut(0, prefixed.to_vec(), 2).cuts.is_empty());
    }
}
