//! Dates and times as files and spreadsheets write them: no input panics.
#![no_main]

use grid::import::table::Raw;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, f64, i32)| {
    let (text, number, year) = input;
    let _ = grid::timefmt::parse_date(text);
    let _ = grid::timefmt::parse_clock(text);
    let _ = grid::timefmt::parse_stamp(text);
    let _ = grid::import::values::year_in(text);
    for raw in [Raw::Text(text.to_string()), Raw::Number(number), Raw::Empty] {
        let _ = grid::import::values::date(&raw, year);
        let _ = grid::import::values::clock(&raw);
        let _ = grid::import::values::stamp(&raw, year);
        let _ = grid::import::values::text(&raw);
    }
});
