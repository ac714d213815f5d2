//! Calendar rules: every year of the records is listed, or working-day deadlines would count
//! holidays as working days.

use chrono::Datelike;

use crate::diag;
use crate::diagnostic::Diagnostic;
use crate::model::Town;

/// Warns about the years of the data period that `calendar.yaml` does not list, one warning
/// for each run of consecutive years (`2019–2024`).
pub fn years_covered(town: &Town, out: &mut Vec<Diagnostic>) {
    let (Some((start, end)), Some(span)) = (town.data_period(), town.calendar.span) else {
        return;
    };
    let mut run: Option<(i32, i32)> = None;
    let flush = |run: Option<(i32, i32)>, out: &mut Vec<Diagnostic>| match run {
        Some((a, b)) if a == b => diag!(out, W0005, span, a),
        Some((a, b)) => diag!(out, W0005, span, format!("{a}–{b}")),
        None => {}
    };
    for year in start.year()..=end.year() {
        if town.calendar.years.contains(&year) {
            flush(run.take(), out);
        } else {
            run = Some(run.map_or((year, year), |(a, _)| (a, year)));
        }
    }
    flush(run, out);
}
