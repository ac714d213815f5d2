//! The truncation oracle's knife: a copy of a town repository as its files stood at a moment,
//! everything recorded after it taken out of the files themselves. It asks the code base only
//! *when* each record became known (`Recorded::known_at`, the one definition); what to take
//! out of which file, and how the links into it are undone, it works out on the files, apart
//! from `Town::cut`, so that the two ways can be compared.
//!
//! Rows are blanked and YAML list entries commented out rather than deleted, so that what is
//! kept stays on its line and diagnostics and items point at the same places in both copies.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDateTime;
use grid::model::case::CaseIx;
use grid::model::cut::Recorded;
use grid::model::records::RecordRef;
use grid::source::FileId;

/// What to do to one file.
#[derive(Default)]
struct Edit {
    /// Remove the file.
    delete: bool,
    /// 1-based lines to blank (CSV) or comment out (YAML).
    lines: BTreeSet<u32>,
    /// YAML list entries to comment out, by the line of their `-`.
    entries: BTreeSet<u32>,
    /// CSV cells to rewrite: (line, column name, new text).
    cells: Vec<(u32, &'static str, String)>,
    /// YAML lines to replace whole: (line, new text).
    replace: Vec<(u32, String)>,
}

/// Writes into `to` the repository at `from` as it stood at `now`.
pub fn cut_copy(from: &Path, to: &Path, now: NaiveDateTime) {
    let loaded = grid::load::load(from).expect("the town loads");
    let town = loaded
        .town
        .as_ref()
        .expect("the town has no register errors");
    let sources = &loaded.sources;
    let mut edits: BTreeMap<FileId, Edit> = BTreeMap::new();

    let gone_case: BTreeSet<CaseIx> = town
        .cases
        .iter()
        .filter(|(_, c)| c.known_at() > now)
        .map(|(ix, _)| ix)
        .collect();
    let kept_cases = |cases: &[CaseIx]| -> Option<String> {
        cases.iter().any(|c| gone_case.contains(c)).then(|| {
            cases
                .iter()
                .filter(|c| !gone_case.contains(c))
                .map(|&c| town.cases.ids.name(c))
                .collect::<Vec<_>>()
                .join(";")
        })
    };

    // The registers: a row known later goes; a kept row loses its links to cases known later.
    macro_rules! rows {
        ($list:expr) => {
            for r in $list {
                if r.known_at() > now {
                    edits
                        .entry(r.span.file)
                        .or_default()
                        .lines
                        .insert(r.span.line);
                } else if let Some(cell) = kept_cases(&r.cases) {
                    edits
                        .entry(r.span.file)
                        .or_default()
                        .cells
                        .push((r.span.line, "cases", cell));
                }
            }
        };
    }
    rows!(&town.patrols);
    rows!(&town.sweeps);
    rows!(&town.meetings);
    rows!(&town.inspections);

    let patrol_gone: BTreeSet<_> = town
        .patrols
        .iter()
        .filter(|p| p.known_at() > now)
        .map(|p| (p.date, p.member))
        .collect();
    let inspection_gone: BTreeSet<_> = town
        .inspections
        .iter()
        .filter(|i| i.known_at() > now)
        .map(|i| (i.date, i.work_area))
        .collect();
    let mut gone_approval = BTreeSet::new();
    for (ix, a) in town.approvals.iter() {
        if a.known_at() > now {
            gone_approval.insert(ix);
            edits
                .entry(a.span.file)
                .or_default()
                .lines
                .insert(a.span.line);
            continue;
        }
        let link_gone = match a.supervised_by {
            Some(RecordRef::Patrol(d, p)) => patrol_gone.contains(&(d, p)),
            Some(RecordRef::Inspection(d, w)) => inspection_gone.contains(&(d, w)),
            Some(RecordRef::Case(c)) => gone_case.contains(&c),
            None => false,
        };
        if link_gone {
            edits.entry(a.span.file).or_default().cells.push((
                a.span.line,
                "supervised_by",
                String::new(),
            ));
        }
    }

    for d in &town.decisions {
        if d.known_at() > now {
            edits
                .entry(d.span.file)
                .or_default()
                .entries
                .insert(d.span.line);
        }
    }

    // Case files: a case known later goes whole; of the others, what happened later.
    for (ix, case) in town.cases.iter() {
        let file = case.span.file;
        if gone_case.contains(&ix) {
            edits.entry(file).or_default().delete = true;
            continue;
        }
        let text = std::fs::read_to_string(from.join(sources.path(file))).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let line_of = |prefix: &str| {
            lines
                .iter()
                .position(|l| l.starts_with(prefix))
                .map(|i| i as u32 + 1)
        };
        let e = edits.entry(file).or_default();
        for r in case.reports.iter().filter(|r| r.known_at() > now) {
            e.entries.insert(r.span.line);
        }
        for ev in &case.events {
            if ev.known_at() > now {
                e.entries.insert(ev.span.line);
                continue;
            }
            let within = entry_lines(&lines, ev.span.line);
            if ev.entry.signed_for.is_some_and(|s| s.0 > now) {
                e.lines.extend(within.iter().filter(|&&l| {
                    lines[l as usize - 1]
                        .trim_start()
                        .starts_with("signed_for:")
                }));
            }
            if ev.of.is_some_and(|of| gone_case.contains(&of)) {
                e.lines.extend(
                    within
                        .iter()
                        .filter(|&&l| lines[l as usize - 1].trim_start().starts_with("of:")),
                );
            }
        }
        if case.duplicate_of.is_some_and(|c| gone_case.contains(&c)) {
            let line = line_of("duplicate_of:").unwrap();
            e.replace.push((line, "duplicate_of: null".into()));
        }
        if case.approval.is_some_and(|a| gone_approval.contains(&a)) {
            let line = line_of("approval:").unwrap();
            e.replace.push((line, "approval: null".into()));
        }
        if let Some(d) = &case.disclosure {
            let day_gone = |day: Option<chrono::NaiveDate>| {
                day.is_some_and(|day| day.succ_opt().unwrap().and_hms_opt(0, 0, 0).unwrap() > now)
            };
            let start = line_of("disclosure:").unwrap();
            let within = entry_lines(&lines, start);
            let find = |key: &str| {
                within
                    .iter()
                    .copied()
                    .find(|&l| lines[l as usize - 1].trim_start().starts_with(key))
            };
            if day_gone(d.withdrawn_at) {
                e.lines.extend(find("withdrawn_at:"));
            }
            if day_gone(d.published_at) {
                e.lines.extend(find("published_at:"));
                if let Some(l) = find("public:") {
                    e.replace.push((l, "  public: false".into()));
                }
            }
        }
    }

    copy_records(from, to);
    for (file, e) in edits {
        let path = to.join(sources.path(file));
        if e.delete {
            std::fs::remove_file(&path).unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let yaml = path.extension().is_some_and(|x| x == "yaml");
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let header: Vec<String> = if yaml { Vec::new() } else { fields(&lines[0]) };
        for (line, column, value) in &e.cells {
            let col = header.iter().position(|h| h == column).unwrap();
            let mut row = fields(&lines[*line as usize - 1]);
            row[col] = value.clone();
            lines[*line as usize - 1] = join(&row);
        }
        for (line, text) in &e.replace {
            lines[*line as usize - 1] = text.clone();
        }
        let mut gone: BTreeSet<u32> = e.lines.clone();
        for &start in &e.entries {
            gone.extend(entry_lines(
                &lines.iter().map(String::as_str).collect::<Vec<_>>(),
                start,
            ));
        }
        for line in gone {
            let l = &mut lines[line as usize - 1];
            *l = if yaml { format!("#{l}") } else { String::new() };
        }
        if yaml {
            empty_lists(&mut lines);
        }
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    }
}

/// Copies the repository's files, not the state other runs of `grid` keep beside them
/// (`.grid*`: locks come and go while the copy is made).
fn copy_records(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_name().to_string_lossy().starts_with(".grid") {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_records(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The lines of the YAML entry that starts at `start` (1-based): it and the lines after it
/// indented deeper.
fn entry_lines(lines: &[&str], start: u32) -> Vec<u32> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let first = lines[start as usize - 1];
    let base = indent(first);
    let mut out = vec![start];
    for (i, l) in lines.iter().enumerate().skip(start as usize) {
        if !l.trim().is_empty() && indent(l) <= base && !l.trim_start().starts_with('#') {
            break;
        }
        out.push(i as u32 + 1);
    }
    out
}

/// Writes `[]` after a key whose every entry was commented out (`events:` → `events: []`).
fn empty_lists(lines: &mut [String]) {
    let indent = |l: &str| l.len() - l.trim_start().len();
    for i in 0..lines.len() {
        if !lines[i].ends_with(':') || lines[i].trim_start().starts_with('#') {
            continue;
        }
        let next = lines[i + 1..]
            .iter()
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        let has_entries = next.is_some_and(|n| {
            indent(n) > indent(&lines[i])
                || (indent(n) == indent(&lines[i]) && n.trim_start().starts_with("- "))
        });
        if !has_entries {
            lines[i].push_str(" []");
        }
    }
}

fn fields(line: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect()
}

fn join(row: &[String]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(row).unwrap();
    String::from_utf8(writer.into_inner().unwrap())
        .unwrap()
        .trim_end()
        .to_string()
}
