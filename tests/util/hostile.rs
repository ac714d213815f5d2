//! Hostile files, built small: the ones that once aborted or ran away. Shared by
//! `tests/safety.rs` and `benches/hostile.rs` (which measures time and memory on them).

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// `chars` characters that compress about as well as real text does (a 4 KB pseudo-random
/// block, repeated): a megabyte packs into some 12 KB, under the archive-ratio check.
pub fn filler(chars: usize) -> String {
    let mut state = 12345u32;
    let block: String = (0..4096)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            char::from(b'A' + ((state >> 16) % 16) as u8)
        })
        .collect();
    block.chars().cycle().take(chars).collect()
}

fn zip_file(path: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    for (name, data) in entries {
        let method = if *name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap();
}

/// An xlsx whose one shared string of `chars` characters is shown by `cells` cells (64 a row).
pub fn xlsx_shared_string(path: &Path, chars: usize, cells: usize) {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let workbook_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
    );
    let shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{cells}" uniqueCount="1"><si><t>{}</t></si></sst>"#,
        filler(chars)
    );
    let mut sheet =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>"#);
    for row in 0..cells.div_ceil(64) {
        sheet.push_str(&format!(r#"<row r="{}">"#, row + 1));
        for col in 0..64.min(cells - row * 64) {
            let letters = format!(
                "{}{}",
                (b'A' + (col / 26) as u8) as char,
                (b'A' + (col % 26) as u8) as char
            );
            sheet.push_str(&format!(
                r#"<c r="{letters}{}" t="s"><v>0</v></c>"#,
                row + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    zip_file(
        path,
        &[
            ("[Content_Types].xml", types.as_bytes()),
            ("_rels/.rels", rels.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
            ("xl/sharedStrings.xml", shared.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ],
    );
}

/// An ods whose one text cell of `chars` characters repeats over `cols` × `rows` cells.
pub fn ods_repeated_text(path: &Path, chars: usize, cols: u32, rows: u32) {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="{rows}"><table:table-cell office:value-type="string" table:number-columns-repeated="{cols}"><text:p>{}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#,
        filler(chars)
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_file(
        path,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", content.as_bytes()),
            ("META-INF/manifest.xml", manifest.as_bytes()),
        ],
    );
}

fn record(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&(data.len() as u16).to_le_bytes());
    out.extend_from_slice(data);
}

fn compound_file(path: &Path, streams: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).unwrap();
    let mut compound = cfb::CompoundFile::create(file).unwrap();
    for (name, data) in streams {
        let mut stream = compound.create_stream(name).unwrap();
        stream.write_all(data).unwrap();
    }
    compound.flush().unwrap();
}

/// An xls (BIFF8) whose one shared string of `chars` characters (split over CONTINUE records
/// as Excel writes it) is shown by `rows` × `cols` cells.
pub fn xls_shared_string(path: &Path, chars: usize, rows: u16, cols: u16) {
    let mut stream = Vec::new();
    let mut bof = vec![0u8; 16];
    bof[..2].copy_from_slice(&0x0600u16.to_le_bytes());
    bof[2..4].copy_from_slice(&0x0005u16.to_le_bytes());
    record(&mut stream, 0x0809, &bof);
    let mut sst = Vec::new();
    sst.extend_from_slice(&(u32::from(rows) * u32::from(cols)).to_le_bytes());
    sst.extend_from_slice(&1u32.to_le_bytes());
    sst.extend_from_slice(&(chars as u16).to_le_bytes());
    sst.push(0);
    let first = chars.min(8224 - sst.len());
    sst.extend(std::iter::repeat_n(b'A', first));
    record(&mut stream, 0x00FC, &sst);
    let mut left = chars - first;
    while left > 0 {
        let n = left.min(8223);
        let mut cont = vec![0u8];
        cont.extend(std::iter::repeat_n(b'A', n));
        record(&mut stream, 0x003C, &cont);
        left -= n;
    }
    record(&mut stream, 0x000A, &[]);
    bof[2..4].copy_from_slice(&0x0010u16.to_le_bytes());
    record(&mut stream, 0x0809, &bof);
    let mut dims = Vec::new();
    dims.extend_from_slice(&0u32.to_le_bytes());
    dims.extend_from_slice(&u32::from(rows).to_le_bytes());
    dims.extend_from_slice(&0u16.to_le_bytes());
    dims.extend_from_slice(&cols.to_le_bytes());
    dims.extend_from_slice(&0u16.to_le_bytes());
    record(&mut stream, 0x0200, &dims);
    for r in 0..rows {
        for c in 0..cols {
            let mut cell = Vec::new();
            cell.extend_from_slice(&r.to_le_bytes());
            cell.extend_from_slice(&c.to_le_bytes());
            cell.extend_from_slice(&0u16.to_le_bytes());
            cell.extend_from_slice(&0u32.to_le_bytes());
            record(&mut stream, 0x00FD, &cell);
        }
    }
    record(&mut stream, 0x000A, &[]);
    compound_file(path, &[("/Workbook", &stream)]);
}

/// A password-protected xlsx: an OLE2 file holding the encrypted package.
pub fn encrypted_xlsx(path: &Path) {
    compound_file(
        path,
        &[
            ("/EncryptionInfo", &[4, 0, 4, 0, 0x40, 0, 0, 0]),
            ("/EncryptedPackage", &[0u8; 64]),
        ],
    );
}

/// A case file of `depth` nested `- ` sequences.
pub fn deep_yaml(depth: usize) -> String {
    let mut text = String::from("id: QS-2026-0900\nnotes: ");
    for _ in 0..depth {
        text.push_str("- ");
    }
    text.push_str("x\n");
    text
}

/// A case file with `keys` distinct keys in one mapping.
pub fn wide_yaml(keys: usize) -> String {
    let mut text = String::from("id: QS-2026-0900\nextra:\n");
    for k in 0..keys {
        text.push_str(&format!("  k{k}: v\n"));
    }
    text
}

/// A valid case file with `events` note events.
pub fn long_case(events: usize) -> String {
    let mut text = String::from(
        "id: QS-2026-0900\ntitle: 前店村违法占地\nitem: WJ02\ngrid: W1-V01\ndiscovered_at: 2026-11-02 08:00\nimpact: ongoing\nreports:\n- {at: 2026-11-02 08:30, by: P0044, channel: patrol}\nevents:\n- {at: 2026-11-02 09:00, action: accepted, by: P0006}\n",
    );
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 10, 0)
        .unwrap();
    for i in 0..events {
        let at = start + chrono::TimeDelta::minutes(i as i64);
        text.push_str(&format!(
            "- {{at: {}, action: note, by: P0006, note: 第{i}条}}\n",
            at.format("%Y-%m-%d %H:%M")
        ));
    }
    text
}
