//! Deciding what a file is from its first bytes, never its name, and refusing archives that
//! would expand into more than a spreadsheet can hold.

use std::io::{Cursor, Read};

/// The formats `grid import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML (Excel 2007+, WPS).
    Xlsx,
    /// Excel 97–2003 (OLE2).
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
    /// Text (CSV in UTF-8 or GBK).
    Csv,
}

/// The most a spreadsheet archive may expand to, and by how much.
const MAX_UNPACKED: u64 = 256 * 1024 * 1024;
const MAX_RATIO: u64 = 150;

/// What the bytes are; `Err` with the reason for what cannot be imported.
pub fn sniff(bytes: &[u8]) -> Result<Format, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_kind(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Ok(Format::Xls);
    }
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if head.starts_with("<html")
        || head.starts_with("<!doctype html")
        || head.starts_with("<table")
        || head.starts_with("<?xml")
    {
        return Err("a web page or XML saved under a spreadsheet name (e.g. an .xls exported by a website): open it in Excel/WPS and save as .xlsx".to_string());
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(8192).any(|b| *b == 0) {
        return Err("binary data that is no spreadsheet".to_string());
    }
    Ok(Format::Csv)
}

fn zip_kind(bytes: &[u8]) -> Result<Format, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("a broken zip archive: {e}"))?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| format!("a broken zip archive: {e}"))?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > MAX_UNPACKED || unpacked > (bytes.len() as u64).saturating_mul(MAX_RATIO) {
        return Err(format!(
            "the archive would unpack to {} MB from {} KB: refused as a zip bomb",
            unpacked / 1024 / 1024,
            bytes.len() / 1024
        ));
    }
    if let Ok(mut mimetype) = archive.by_name("mimetype") {
        let mut text = String::new();
        let _ = mimetype.read_to_string(&mut text);
        if text.contains("opendocument.spreadsheet") {
            return Ok(Format::Ods);
        }
    }
    if archive.by_name("xl/workbook.xml").is_ok() {
        return Ok(Format::Xlsx);
    }
    Err("a zip archive that is neither .xlsx nor .ods".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_bytes() {
        assert_eq!(sniff(b"date,grid\n"), Ok(Format::Csv));
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Ok(Format::Xls)
        );
        assert!(sniff(b"  <HTML><body>").unwrap_err().contains("web page"));
        assert!(sniff(b"\x00\x01\x02").is_err());
        assert_eq!(sniff(b"\xFF\xFEd\x00a\x00"), Ok(Format::Csv));
        assert!(sniff(b"PK\x03\x04garbage").unwrap_err().contains("zip"));
    }
}
