//! Case files (`cases/YYYY/<id>.yaml`): parsed into the model with every report and event
//! located by line, and every id resolved.

use std::cell::OnceCell;

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Phrase, Span};
use crate::format::CaseFile;
use crate::load::csv_table::{MAX_FIELD_CHARS, lookup};
use crate::load::discover::CaseFileName;
use crate::load::resolve::Resolver;
use crate::load::yaml::{self, LineIndex};
use crate::model::case::{Case, Event, Party, Report};
use crate::model::grid::GridKind;
use crate::path;
use crate::source::FileId;

/// Parses one case file. `town_grid` is the town grid id, the prefix of case ids.
pub fn case(
    text: &str,
    file: FileId,
    name: &CaseFileName,
    town_grid: &str,
    r: &Resolver,
    out: &mut Vec<Diagnostic>,
) -> Option<Case> {
    let (raw, places) = read(text, file, out)?;
    let at = |p: &[yaml::Step]| places.span(p);
    if raw.id != name.id {
        diag!(
            out,
            E0117,
            at(&path!["id"]),
            Phrase::new(
                format!("案件 `{}` 写在 `{}` 的文件里", raw.id, name.id),
                format!("case `{}` is in the file of `{}`", raw.id, name.id)
            )
        );
    }
    if !follows_scheme(&raw.id, town_grid, name.year) {
        diag!(out, E0504, at(&path!["id"]), &raw.id, town_grid);
    }
    let item = lookup(r.items, &raw.item, at(&path!["item"]), Code::E0202, out);
    let grid = raw.grid.as_deref().and_then(|g| {
        let span = at(&path!["grid"]);
        let ix = lookup(&r.grids.ids, g, span, Code::E0201, out)?;
        if r.grids.get(ix).kind == GridKind::WorkArea {
            diag!(
                out,
                E0209,
                span,
                g,
                GridKind::WorkArea.label(),
                GridKind::Village.label()
            );
        }
        Some(ix)
    });
    let duplicate_of = raw
        .duplicate_of
        .as_deref()
        .and_then(|c| lookup(r.cases, c, at(&path!["duplicate_of"]), Code::E0206, out));
    let approval = raw
        .approval
        .as_deref()
        .and_then(|a| lookup(r.approvals, a, at(&path!["approval"]), Code::E0207, out));
    let reports = raw
        .reports
        .iter()
        .enumerate()
        .map(|(i, rep)| {
            let span = at(&path!["reports", i]);
            let free = !rep.channel.needs_person();
            let by = r
                .party(&rep.by, free, || at(&path!["reports", i, "by"]), out)
                .unwrap_or_else(|| Party::Other(rep.by.as_str().into()));
            Report {
                at: rep.at.0,
                by,
                channel: rep.channel,
                reference: rep.reference.clone(),
                span,
            }
        })
        .collect();
    let events = raw
        .events
        .into_iter()
        .enumerate()
        .map(|(i, ev)| {
            let span = at(&path!["events", i]);
            let by = r
                .party(&ev.by, false, || at(&path!["events", i, "by"]), out)
                .unwrap_or_else(|| Party::Other(ev.by.as_str().into()));
            let to = ev
                .to
                .as_deref()
                .and_then(|t| r.target(t, || at(&path!["events", i, "to"]), out));
            let of = ev.of.as_deref().and_then(|c| {
                lookup(
                    r.cases,
                    c,
                    || at(&path!["events", i, "of"]),
                    Code::E0206,
                    out,
                )
            });
            let approved_by = ev
                .approved_by
                .as_deref()
                .and_then(|p| r.person(p, || at(&path!["events", i, "approved_by"]), out));
            Event {
                at: ev.at.0,
                action: ev.action,
                by,
                to,
                of,
                approved_by,
                entry: ev,
                span,
            }
        })
        .collect();
    Some(Case {
        title: raw.title,
        item,
        grid,
        location: raw.location,
        discovered_at: raw.discovered_at.0,
        impact: raw.impact,
        duplicate_of,
        approval,
        reports,
        events,
        disclosure: raw.disclosure,
        sensitive: raw.sensitive,
        confidential: raw.confidential,
        span: at(&path!["id"]),
    })
}

/// The steps of the places a clean case needs at once: its top-level keys and the entries of
/// its reports and events. Deeper places (an event's `by`) are cited only by a finding.
const STEPS_AT_ONCE: usize = 2;

/// Where a case file's places stand: the shallow ones indexed as the file was read, the
/// others when first asked for.
struct Places<'t> {
    text: &'t str,
    file: FileId,
    index: LineIndex,
    /// How many steps `index` holds.
    steps: usize,
    deeper: OnceCell<LineIndex>,
}

impl Places<'_> {
    fn span(&self, path: &[yaml::Step]) -> Span {
        if path.len() <= self.steps {
            return self.index.span(self.file, path);
        }
        // The file was read cleanly: indexing it again finds nothing to report.
        self.deeper
            .get_or_init(|| LineIndex::build(self.text, self.file, &mut Vec::new()))
            .span(self.file, path)
    }
}

/// Parses a case file. A file small enough to hold no over-long value is first read with only
/// its shallow places indexed; anything it says, or a parse that fails, sends it through the
/// whole index and the located, repairing parse, as every other file is read.
fn read<'t>(
    text: &'t str,
    file: FileId,
    out: &mut Vec<Diagnostic>,
) -> Option<(CaseFile, Places<'t>)> {
    let places = |index, steps| Places {
        text,
        file,
        index,
        steps,
        deeper: OnceCell::new(),
    };
    if text.len() <= MAX_FIELD_CHARS {
        let mut said = Vec::new();
        let index = LineIndex::build_to(text, file, STEPS_AT_ONCE, &mut said);
        if said.is_empty()
            && let Ok(raw) = serde_yaml::from_str::<CaseFile>(text)
        {
            return Some((raw, places(index, STEPS_AT_ONCE)));
        }
    }
    let index = LineIndex::build(text, file, out);
    let raw = yaml::parse(text, file, &index, out)?;
    Some((raw, places(index, usize::MAX)))
}

/// Whether `id` is `<town>-YYYY-NNNN` with the year of its folder (more digits once a year
/// passes 9999 cases).
fn follows_scheme(id: &str, town_grid: &str, folder_year: Option<i32>) -> bool {
    let Some(rest) = id.strip_prefix(town_grid).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let Some((year, number)) = rest.split_once('-') else {
        return false;
    };
    year.len() == 4
        && number.len() >= 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && year
            .parse::<i32>()
            .ok()
            .is_some_and(|y| Some(y) == folder_year)
}

#[cfg(test)]
mod tests {
    use super::follows_scheme;

    #[test]
    fn case_ids_follow_the_town_scheme() {
        assert!(follows_scheme("QS-2026-0042", "QS", Some(2026)));
        assert!(!follows_scheme("QS-2026-0042", "QS", Some(2025)));
        assert!(!follows_scheme("QS-2026-42", "QS", Some(2026)));
        assert!(follows_scheme("QS-2026-10000", "QS", Some(2026)));
        assert!(!follows_scheme("XX-2026-0042", "QS", Some(2026)));
    }
}
