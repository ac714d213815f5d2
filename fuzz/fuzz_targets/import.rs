//! Spreadsheet import: any bytes, read as whatever they claim to be (xlsx, xls, ods, CSV), then
//! mapped to a kind: refused or read, never a panic, an abort or a runaway allocation.
#![no_main]

use grid::import::{mapping, sniff, table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(format) = sniff::sniff(bytes) else {
        return;
    };
    let Ok(book) = table::read(format, bytes) else {
        return;
    };
    for sheet in &book.sheets {
        let _ = mapping::find(&sheet.rows, None, &[]);
    }
});
