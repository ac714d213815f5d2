//! Terminal tables (comfy-table), set up once: UTF-8 borders, CJK-aware widths, no colour codes
//! unless colour is on.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

/// A table with the given headings.
pub fn new(headings: &[&str], color: bool) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Disabled);
    if !color {
        table.force_no_tty();
    }
    table.set_header(headings.to_vec());
    table
}
