//! The dated record files: patrols, sweeps, meetings and inspections (monthly or quarterly
//! CSV), approvals (yearly CSV) and the import manifest. Each reader turns one file's rows into
//! model records, reporting every bad field where it is.

use chrono::{Datelike, NaiveDate};

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Phrase, Span};
use crate::format::{ApprovalRow, InspectionRow, ManifestRow, MeetingRow, PatrolRow, SweepRow};
use crate::load::csv_table::{Field, Row, Table, lookup};
use crate::load::discover::DatedFile;
use crate::load::resolve::Resolver;
use crate::model::choices::{MeetingKind, PatrolChannel};
use crate::model::grid::GridKind;
use crate::model::ids::is_valid_id;
use crate::model::records::{
    Approval, ImportRecord, Inspection, Meeting, Patrol, RecordRef, Sweep,
};
use crate::source::FileId;
use crate::timefmt::parse_date;

/// What reading one file found besides its records.
pub struct FileRead {
    /// The column layout.
    pub layout: Vec<(&'static str, u32)>,
    /// Whether the whole file was read: a file whose header or a record could not be read
    /// holds records nobody knows, not no records.
    pub complete: bool,
}

/// Where a reader puts the records of a file, in file order.
pub trait Sink<T> {
    /// Keeps the next record.
    fn put(&mut self, record: T);
}

impl<T> Sink<T> for Vec<T> {
    fn put(&mut self, record: T) {
        self.push(record);
    }
}

/// Reads a record's date and checks that it belongs to the file it is in.
fn dated(
    row: &Row,
    field: Field,
    name: &DatedFile,
    out: &mut Vec<Diagnostic>,
) -> Option<NaiveDate> {
    let day = row.date(field, out)?;
    in_file(day, name, row.span(field), out);
    Some(day)
}

/// Checks that a record's date belongs to the file it is in.
fn in_file(date: NaiveDate, file: &DatedFile, span: Span, out: &mut Vec<Diagnostic>) {
    if date.year() != file.year || file.register.part_of(date) != file.part {
        let belongs = file.register.file_of(date);
        let phrase = Phrase::new(
            format!("{date} 应记在 {belongs}"),
            format!("{date} belongs in {belongs}"),
        );
        diag!(out, E0117, span, phrase);
    }
}

fn each_row<T>(
    text: &str,
    file: FileId,
    columns: &'static [&'static str],
    required: &[&str],
    sink: &mut impl Sink<T>,
    out: &mut Vec<Diagnostic>,
    mut read: impl FnMut(&Table, &Row, &mut Vec<Diagnostic>) -> Option<T>,
) -> FileRead {
    let Some(table) = Table::open(text, file, columns, required, out) else {
        return FileRead {
            layout: Vec::new(),
            complete: false,
        };
    };
    table.for_each_row(out, |row, out| {
        if let Some(record) = read(&table, row, out) {
            sink.put(record);
        }
    });
    FileRead {
        layout: table.layout(),
        complete: true,
    }
}

/// Reads `patrols/YYYY-MM.csv`.
pub fn patrols(
    text: &str,
    file: FileId,
    name: &DatedFile,
    r: &Resolver,
    sink: &mut impl Sink<Patrol>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        PatrolRow::COLUMNS,
        &PatrolRow::required_columns(),
        sink,
        out,
        |table, row, out| {
            let [
                date,
                grid,
                member,
                start,
                end,
                items,
                issues,
                cases,
                _notes,
                signed_by,
                signed_at,
                reported_by,
                reported_at,
                channel,
            ] = table.fields();
            let day = dated(row, date, name, out);
            let grid = r.patrol_grid_at(row, grid, out);
            let member = r.person(row.required(member, out)?, row.span(member), out);
            let patrol = Patrol {
                date: day?,
                grid: grid?,
                member: member?,
                start: row.opt_clock(start, out),
                end: row.opt_clock(end, out),
                items: r.items_at(row, items, out),
                issues: row.count(issues, out),
                cases: r.cases_at(row, cases, out),
                signed_by: r.person_at(row, signed_by, out),
                signed_at: row.opt_stamp(signed_at, out),
                reported_by: r.person_at(row, reported_by, out),
                reported_at: row.opt_stamp(reported_at, out),
                channel: row.choice(
                    channel,
                    Some(PatrolChannel::WechatGroup),
                    PatrolChannel::parse,
                    PatrolChannel::expected,
                    out,
                )?,
                span: row.span,
            };
            Some(patrol)
        },
    )
}

/// Reads `sweeps/YYYY-MM.csv`.
pub fn sweeps(
    text: &str,
    file: FileId,
    name: &DatedFile,
    r: &Resolver,
    sink: &mut impl Sink<Sweep>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        SweepRow::COLUMNS,
        &SweepRow::required_columns(),
        sink,
        out,
        |table, row, out| {
            let [
                date,
                grid,
                organizer,
                participants,
                absent,
                issues,
                cases,
                _notes,
            ] = table.fields();
            let day = dated(row, date, name, out);
            let grid = r.grid_at(row, grid, GridKind::Village, out);
            let mut absentees = Vec::new();
            for entry in row.list(absent) {
                let (id, reason) = match entry.split_once([':', '：']) {
                    Some((id, reason)) => (id.trim(), reason.trim()),
                    None => (entry, ""),
                };
                if !is_valid_id(id) {
                    diag!(out, E0409, row.span(absent), entry);
                    continue;
                }
                if let Some(p) = r.person(id, row.span(absent), out) {
                    absentees.push((p, reason.to_string()));
                }
            }
            Some(Sweep {
                date: day?,
                grid: grid?,
                organizer: r.person_at(row, organizer, out),
                participants: r.people_at(row, participants, out),
                absent: absentees,
                issues: row.count(issues, out),
                cases: r.cases_at(row, cases, out),
                span: row.span,
            })
        },
    )
}

/// Reads `meetings/YYYY-MM.csv`.
pub fn meetings(
    text: &str,
    file: FileId,
    name: &DatedFile,
    r: &Resolver,
    sink: &mut impl Sink<Meeting>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        MeetingRow::COLUMNS,
        &MeetingRow::required_columns(),
        sink,
        out,
        |table, row, out| {
            let [
                date,
                kind,
                grid,
                chair,
                attendees,
                cases,
                _decisions,
                signed_by,
                reported_by,
                reported_at,
                _notes,
            ] = table.fields();
            let day = dated(row, date, name, out);
            let kind = row.choice(kind, None, MeetingKind::parse, MeetingKind::expected, out)?;
            let grid_kind = match kind {
                MeetingKind::VillageHalfMonth => GridKind::Village,
                MeetingKind::TownConsultation | MeetingKind::JointOffice => GridKind::Town,
            };
            let grid = r.grid_at(row, grid, grid_kind, out);
            Some(Meeting {
                date: day?,
                kind,
                grid: grid?,
                chair: r.person_at(row, chair, out),
                attendees: r.people_at(row, attendees, out),
                cases: r.cases_at(row, cases, out),
                signed_by: r.person_at(row, signed_by, out),
                reported_by: r.person_at(row, reported_by, out),
                reported_at: row.opt_stamp(reported_at, out),
                span: row.span,
            })
        },
    )
}

/// Reads `inspections/YYYY-Qn.csv`.
pub fn inspections(
    text: &str,
    file: FileId,
    name: &DatedFile,
    r: &Resolver,
    sink: &mut impl Sink<Inspection>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        InspectionRow::COLUMNS,
        &InspectionRow::required_columns(),
        sink,
        out,
        |table, row, out| {
            let [
                date,
                work_area,
                lead,
                participants,
                villages,
                issues,
                cases,
                _notes,
            ] = table.fields();
            let day = dated(row, date, name, out);
            let area = r.grid_at(row, work_area, GridKind::WorkArea, out);
            let covered = row
                .list(villages)
                .filter_map(|v| r.grid(v, GridKind::Village, row.span(villages), out))
                .collect();
            Some(Inspection {
                date: day?,
                work_area: area?,
                lead: r.person_at(row, lead, out),
                participants: r.people_at(row, participants, out),
                villages: covered,
                issues: row.count(issues, out),
                cases: r.cases_at(row, cases, out),
                span: row.span,
            })
        },
    )
}

/// Reads `approvals/YYYY.csv`; the ids are interned by the caller as rows come.
pub fn approvals(
    text: &str,
    file: FileId,
    name: &DatedFile,
    r: &Resolver,
    sink: &mut impl Sink<(String, Approval)>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        ApprovalRow::COLUMNS,
        &ApprovalRow::required_columns(),
        sink,
        out,
        |table, row, out| {
            let [
                id,
                item,
                village,
                _applicant,
                approved_at,
                follow_up_by,
                supervised_by,
                _notes,
            ] = table.fields();
            let the_id = row.required(id, out)?;
            if !is_valid_id(the_id) {
                diag!(out, E0110, row.span(id), the_id);
                return None;
            }
            let approved = dated(row, approved_at, name, out);
            let due = row.date(follow_up_by, out);
            if let (Some(a), Some(d)) = (approved, due)
                && d < a
            {
                diag!(
                    out,
                    E0404,
                    row.span(follow_up_by),
                    "follow_up_by",
                    d,
                    "approved_at",
                    a
                );
            }
            let item = lookup(
                r.items,
                row.required(item, out)?,
                row.span(item),
                Code::E0202,
                out,
            );
            let village = r.grid_at(row, village, GridKind::Village, out);
            let supervised = record_ref(row.text(supervised_by), row.span(supervised_by), r, out);
            Some((
                the_id.to_string(),
                Approval {
                    item,
                    village,
                    approved_at: approved?,
                    follow_up_by: due?,
                    supervised_by: supervised,
                    span: row.span,
                },
            ))
        },
    )
}

/// Reads `patrol:DATE:PERSON`, `inspection:DATE:AREA` or `case:ID` (a bare case id also works).
fn record_ref(
    text: &str,
    span: Span,
    r: &Resolver,
    out: &mut Vec<Diagnostic>,
) -> Option<RecordRef> {
    if text.is_empty() {
        return None;
    }
    let before = out.len();
    let parts: Vec<&str> = text.split(':').map(str::trim).collect();
    let found = match parts.as_slice() {
        ["patrol", date, person] => parse_date(date)
            .zip(r.person(person, span, out))
            .map(|(d, p)| RecordRef::Patrol(d, p)),
        ["inspection", date, area] => parse_date(date)
            .zip(r.grid(area, GridKind::WorkArea, span, out))
            .map(|(d, a)| RecordRef::Inspection(d, a)),
        ["case", id] | [id] => lookup(r.cases, id, span, Code::E0206, out).map(RecordRef::Case),
        _ => None,
    };
    if found.is_none() && out.len() == before {
        diag!(out, E0208, span, text);
    }
    found
}

/// Reads `imports/manifest.csv`.
pub fn manifest(
    text: &str,
    file: FileId,
    rows: &mut Vec<ImportRecord>,
    out: &mut Vec<Diagnostic>,
) -> FileRead {
    each_row(
        text,
        file,
        ManifestRow::COLUMNS,
        &ManifestRow::required_columns(),
        rows,
        out,
        |table, row, out| {
            let [sha256, file_f, _kind, imported_at, added, skipped] = table.fields();
            let sha = row.required(sha256, out)?;
            if sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
                diag!(
                    out,
                    E0104,
                    row.span(sha256),
                    Phrase::new(
                        format!("sha256 `{sha}` 应为 64 位十六进制数字"),
                        format!("sha256 `{sha}` must be 64 hex digits")
                    )
                );
            }
            row.opt_stamp(imported_at, out);
            row.count(added, out);
            row.count(skipped, out);
            Some(ImportRecord {
                sha256: sha.to_string(),
                file: row.required(file_f, out)?.to_string(),
                span: row.span,
            })
        },
    )
}
