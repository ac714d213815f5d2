//! Calendar rules: every year of the records is listed, or working-day deadlines would count
//! holidays as working days.

use chrono::Datelike;

use crate::diag;
use crate::diagnostic::Diagnostic;
use crate::model::Town;

/// Warns about each year of the data period that `calendar.yaml` does not list.
pub fn years_covered(town: &Town, out: &mut Vec<Diagnostic>) {
    let (Some((start, end)), Some(span)) = (town.data_period(), town.calendar.span) else {
        return;
    };
    for year in start.year()..=end.year() {
        if !town.calendar.years.contains(&year) {
            diag!(out, W0005, span, year);
        }
    }
}
