//! Loading a town repository: discover its files, read the registers, then read every dated
//! record file and case file in parallel, resolving ids as they come, and build the [`Town`].
//! Nothing here judges the data beyond what reading it requires; that is [`crate::rules`].

pub mod cases;
pub mod csv_records;
pub mod csv_table;
mod dated;
pub mod discover;
pub mod library_errors;
pub mod records;
pub mod registry;
pub mod resolve;
pub mod text;
pub mod tree;
pub mod yaml;
pub mod yaml_repair;

use std::path::Path;

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Span};
use crate::error::Error;
use crate::format::{DecisionsFile, ImportRulesFile};
use crate::model::Town;
use crate::model::case::Cases;
use crate::model::grid::Grids;
use crate::model::ids::IdTable;
use crate::model::people::{Person, Roster};
use crate::model::records::{Approvals, Decision};
use crate::model::registry::{Enforcement, Item, Units};
use crate::source::{FileId, Sources};
use tree::Tree;

use discover::DatedFile;
use resolve::Resolver;

/// What loading gave: the files read, the town (unless a register could not be parsed), and
/// every problem met on the way.
pub struct Loaded {
    /// The files read.
    pub sources: Sources,
    /// The model.
    pub town: Option<Town>,
    /// Problems found while reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a file as text, reporting why not.
pub fn read_text(
    tree: &Tree,
    relative: &str,
    file: FileId,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    let decoded = match tree.read(relative) {
        Ok(Cow::Owned(bytes)) => text::decode_owned(bytes),
        Ok(Cow::Borrowed(bytes)) => text::decode(bytes),
        Err(err) => {
            diag!(out, E0001, Span::file(file), library_errors::io(&err));
            return None;
        }
    };
    match decoded {
        Ok(decoded) => Some(decoded.text),
        Err(text::DecodeError::Binary { offset }) => {
            diag!(out, E0002, Span::file(file), offset);
            None
        }
        Err(text::DecodeError::BadBytes {
            encoding,
            offset,
            line,
            column,
        }) => {
            diag!(
                out,
                E0006,
                Span::new(file, line, column),
                offset,
                encoding.name()
            );
            None
        }
    }
}

/// Loads the repository at `root`.
pub fn load(root: &Path) -> Result<Loaded, Error> {
    load_tree(&Tree::disk(root))
}

/// Loads the repository at `root` without its dated records (patrols, sweeps, meetings,
/// inspections, approvals) nor its case files: its registers and import manifest, for a
/// command that needs no more (an import reads the record files it adds to itself, reads the
/// cases with [`load_registers_and_cases`] only when it meets a work order, and the checks
/// that judge it load everything).
pub fn load_registers(root: &Path) -> Result<Loaded, Error> {
    load_registers_with(root, false)
}

/// [`load_registers`], and the case files.
pub fn load_registers_and_cases(root: &Path) -> Result<Loaded, Error> {
    load_registers_with(root, true)
}

fn load_registers_with(root: &Path, cases: bool) -> Result<Loaded, Error> {
    let tree = Tree::disk(root);
    let mut files = discover::scan(&tree)?;
    for dated in [
        &mut files.patrols,
        &mut files.sweeps,
        &mut files.meetings,
        &mut files.inspections,
        &mut files.approvals,
    ] {
        dated.clear();
    }
    if !cases {
        files.cases.clear();
    }
    load_files(&tree, files)
}

/// Loads a repository whose files `tree` gives.
pub fn load_tree(tree: &Tree) -> Result<Loaded, Error> {
    load_files(tree, discover::scan(tree)?)
}

/// Loads `files` of the repository `tree` gives.
fn load_files(tree: &Tree, files: discover::RepoFiles) -> Result<Loaded, Error> {
    let mut sources = Sources::new(tree.root());
    let mut diagnostics = Vec::new();
    let mut fixed = FxHashMap::default();
    for name in crate::layout::REQUIRED {
        if !files.fixed.contains(name) {
            let file = sources.add((*name).to_string());
            diag!(diagnostics, E0003, Span::file(file), name);
        }
    }
    for name in &files.fixed {
        fixed.insert(*name, sources.add((*name).to_string()));
    }
    for path in &files.unexpected {
        let file = sources.add(path.clone());
        diag!(diagnostics, W0004, Span::file(file), path);
    }
    let ids = |list: &[DatedFile], sources: &mut Sources| -> Vec<FileId> {
        list.iter().map(|f| sources.add(f.path.clone())).collect()
    };
    let patrol_ids = ids(&files.patrols, &mut sources);
    let sweep_ids = ids(&files.sweeps, &mut sources);
    let meeting_ids = ids(&files.meetings, &mut sources);
    let inspection_ids = ids(&files.inspections, &mut sources);
    let approval_ids = ids(&files.approvals, &mut sources);
    let case_ids: Vec<FileId> = files
        .cases
        .iter()
        .map(|c| sources.add(c.path.clone()))
        .collect();

    let registry = registry::load(tree, &fixed, &mut diagnostics);
    // Without the registers, every other file is still read for its own form (syntax, fields,
    // values); what it refers to cannot be judged, so those consequences are not reported.
    let no_registers = Registers::default();
    let tables = registry
        .as_ref()
        .map_or_else(|| no_registers.tables(), Registers::tables_of);
    let first_own = diagnostics.len();

    let mut cases = Cases::default();
    // The slot of each case file; a file whose id another file already has gets none.
    let mut slots = Vec::with_capacity(files.cases.len());
    for (name, &file) in files.cases.iter().zip(&case_ids) {
        if !crate::model::ids::is_valid_id(&name.id) {
            diag!(diagnostics, E0110, Span::file(file), &name.id);
        }
        match cases.ids.insert(&name.id) {
            Ok(ix) => slots.push(Some(ix)),
            Err(first) => {
                let first_path = sources.path(case_ids[first.get()]).to_string();
                diag!(diagnostics, E0116, Span::file(file), &name.id, first_path);
                slots.push(None);
            }
        }
    }
    cases.list = vec![None; cases.ids.len()];
    let mut approvals = Approvals::default();
    let mut columns: FxHashMap<FileId, Vec<(&'static str, u32)>> = FxHashMap::default();
    if let Some((file, layout)) = registry.as_ref().and_then(|r| r.roster_layout.as_ref()) {
        columns.insert(*file, layout.clone());
    }
    {
        let empty = Approvals::default();
        let r = tables.resolver(&cases, &empty);
        for (name, &file) in files.approvals.iter().zip(&approval_ids) {
            let Some(text) = read_text(tree, &name.path, file, &mut diagnostics) else {
                continue;
            };
            let mut rows = Vec::new();
            let found = records::approvals(&text, file, name, &r, &mut rows, &mut diagnostics);
            columns.insert(file, found.layout);
            for (id, approval) in rows {
                match approvals.ids.insert(&id) {
                    Ok(_) => approvals.list.push(Some(approval)),
                    Err(first) => {
                        let line = approvals.list[first.get()]
                            .as_ref()
                            .map_or(0, |a| a.span.line);
                        diag!(
                            diagnostics,
                            E0116,
                            approval.span,
                            id,
                            format!("{}:{line}", name.path)
                        );
                    }
                }
            }
        }
    }

    let r = tables.resolver(&cases, &approvals);
    let town_grid = registry
        .as_ref()
        .map(|reg| reg.grids.id(reg.info.grid).to_string())
        .unwrap_or_default();
    let (((patrols, sweeps), (meetings, inspections)), case_list) = rayon::join(
        || {
            rayon::join(
                || {
                    rayon::join(
                        || {
                            dated::read_all(tree, &files.patrols, &patrol_ids, |t, f, n, s, o| {
                                records::patrols(t, f, n, &r, s, o)
                            })
                        },
                        || {
                            dated::read_all(tree, &files.sweeps, &sweep_ids, |t, f, n, s, o| {
                                records::sweeps(t, f, n, &r, s, o)
                            })
                        },
                    )
                },
                || {
                    rayon::join(
                        || {
                            dated::read_all(tree, &files.meetings, &meeting_ids, |t, f, n, s, o| {
                                records::meetings(t, f, n, &r, s, o)
                            })
                        },
                        || {
                            dated::read_all(
                                tree,
                                &files.inspections,
                                &inspection_ids,
                                |t, f, n, s, o| records::inspections(t, f, n, &r, s, o),
                            )
                        },
                    )
                },
            )
        },
        || {
            files
                .cases
                .par_iter()
                .zip(&case_ids)
                .map(|(name, &file)| {
                    let mut out = Vec::new();
                    let case = read_text(tree, &name.path, file, &mut out)
                        .and_then(|text| cases::case(&text, file, name, &town_grid, &r, &mut out));
                    (case, out)
                })
                .collect::<Vec<_>>()
        },
    );
    let mut unread = Vec::new();
    let mut patrols = gather(patrols, &mut columns, &mut diagnostics, &mut unread);
    let mut sweeps = gather(sweeps, &mut columns, &mut diagnostics, &mut unread);
    let mut meetings = gather(meetings, &mut columns, &mut diagnostics, &mut unread);
    let mut inspections = gather(inspections, &mut columns, &mut diagnostics, &mut unread);
    let unread = unread
        .into_iter()
        .map(|f| sources.path(f).to_string())
        .collect();
    for ((case, out), slot) in case_list.into_iter().zip(slots) {
        if let Some(ix) = slot {
            cases.list[ix.get()] = case;
        }
        diagnostics.extend(out);
    }

    let decisions = fixed
        .get(crate::layout::DECISIONS)
        .map(|&file| load_decisions(tree, file, tables.people, &mut diagnostics))
        .unwrap_or_default();
    if let Some(&file) = fixed.get(crate::layout::IMPORT_RULES) {
        check_import_rules(tree, file, &mut diagnostics);
    }
    let imports = fixed
        .get(crate::layout::MANIFEST)
        .and_then(|&file| {
            let text = read_text(tree, crate::layout::MANIFEST, file, &mut diagnostics)?;
            let mut rows = Vec::new();
            let found = records::manifest(&text, file, &mut rows, &mut diagnostics);
            columns.insert(file, found.layout);
            Some(rows)
        })
        .unwrap_or_default();
    let Some(registry) = registry else {
        let own = diagnostics.split_off(first_own);
        diagnostics.extend(own.into_iter().filter(|d| !d.code.needs_registers()));
        return Ok(Loaded {
            sources,
            town: None,
            diagnostics,
        });
    };
    let people = &registry.people;
    let grids = &registry.grids;
    patrols.sort_by_key(|p| (p.date, p.member, p.span.line));
    duplicates(
        &patrols,
        |p| (p.date, p.member),
        |p| (p.span, format!("patrol {} {}", p.date, people.id(p.member))),
        &mut diagnostics,
    );
    sweeps.sort_by_key(|s| (s.date, s.grid, s.span.line));
    duplicates(
        &sweeps,
        |s| (s.date, s.grid),
        |s| (s.span, format!("sweep {} {}", s.date, grids.id(s.grid))),
        &mut diagnostics,
    );
    meetings.sort_by_key(|m| (m.date, m.kind, m.grid, m.span.line));
    duplicates(
        &meetings,
        |m| (m.date, m.kind, m.grid),
        |m| {
            (
                m.span,
                format!("meeting {} {} {}", m.date, m.kind, grids.id(m.grid)),
            )
        },
        &mut diagnostics,
    );
    inspections.sort_by_key(|i| (i.date, i.work_area, i.span.line));
    duplicates(
        &inspections,
        |i| (i.date, i.work_area),
        |i| {
            (
                i.span,
                format!("inspection {} {}", i.date, grids.id(i.work_area)),
            )
        },
        &mut diagnostics,
    );

    let roster = Roster::new(registry.assignments, registry.grids.list.len());
    let town = Town {
        columns,
        info: registry.info,
        policy: registry.policy,
        catalog: registry.catalog,
        enforcement: registry.enforcement,
        calendar: registry.calendar,
        grids: registry.grids,
        people: registry.people,
        roster,
        patrols,
        sweeps,
        meetings,
        inspections,
        approvals,
        cases,
        decisions,
        imports,
        unread,
    };
    Ok(Loaded {
        sources,
        town: Some(town),
        diagnostics,
    })
}

/// The id tables data files are resolved against: the registers' when they were read, empty
/// ones when they could not be.
struct Tables<'a> {
    grids: &'a Grids,
    people: &'a IdTable<Person>,
    items: &'a IdTable<Item>,
    enforcement: &'a Enforcement,
    units: &'a Units,
}

impl<'a> Tables<'a> {
    fn resolver(&self, cases: &'a Cases, approvals: &'a Approvals) -> Resolver<'a> {
        Resolver {
            grids: self.grids,
            people: self.people,
            items: self.items,
            cases: &cases.ids,
            approvals: &approvals.ids,
            enforcement: self.enforcement,
            units: self.units,
        }
    }
}

/// Empty registers, to read the other files when the real ones could not be read.
#[derive(Default)]
struct Registers {
    grids: Grids,
    people: IdTable<Person>,
    items: IdTable<Item>,
    enforcement: Enforcement,
    units: Units,
}

impl Registers {
    fn tables(&self) -> Tables<'_> {
        Tables {
            grids: &self.grids,
            people: &self.people,
            items: &self.items,
            enforcement: &self.enforcement,
            units: &self.units,
        }
    }

    fn tables_of(registry: &registry::Registry) -> Tables<'_> {
        Tables {
            grids: &registry.grids,
            people: &registry.people.ids,
            items: &registry.catalog.ids,
            enforcement: &registry.enforcement,
            units: &registry.info.units,
        }
    }
}

/// Takes what each file gave besides its records: its diagnostics and column layout, and
/// whether it was read to its end.
fn gather<T>(
    (rows, results): (Vec<T>, Vec<dated::FileResult>),
    columns: &mut FxHashMap<FileId, Vec<(&'static str, u32)>>,
    diagnostics: &mut Vec<Diagnostic>,
    unread: &mut Vec<FileId>,
) -> Vec<T> {
    for (file, found, out) in results {
        diagnostics.extend(out);
        if !found.as_ref().is_some_and(|f| f.complete) {
            unread.push(file);
        }
        if let Some(found) = found {
            columns.insert(file, found.layout);
        }
    }
    rows
}

/// Reports records whose key repeats; `rows` are sorted by key. `describe` gives a row's span
/// and how to name its key.
fn duplicates<T, K: PartialEq>(
    rows: &[T],
    key: impl Fn(&T) -> K,
    describe: impl Fn(&T) -> (Span, String),
    out: &mut Vec<Diagnostic>,
) {
    let mut first: Option<&T> = None;
    for row in rows {
        match first {
            Some(f) if key(f) == key(row) => {
                let (span, name) = describe(row);
                diag!(out, E0115, span, name, describe(f).0.line);
            }
            _ => first = Some(row),
        }
    }
}

/// Checks `imports/rules.yaml` as `grid import` will read it: its structure, kinds, file
/// patterns and columns.
fn check_import_rules(tree: &Tree, file: FileId, out: &mut Vec<Diagnostic>) {
    use crate::import::rules::{Problem, compile, kind_names};
    let Some(text) = read_text(tree, crate::layout::IMPORT_RULES, file, out) else {
        return;
    };
    let index = yaml::LineIndex::build(&text, file, out);
    let Some(parsed) = yaml::parse::<ImportRulesFile>(&text, file, &index, out) else {
        return;
    };
    for (i, rule) in parsed.rules.iter().enumerate() {
        let Err((kind, problem)) = compile(i + 1, rule) else {
            continue;
        };
        let at = |steps: &[yaml::Step]| {
            let mut path = crate::path!["rules", i].to_vec();
            path.extend_from_slice(steps);
            index.span(file, &path)
        };
        match problem {
            Problem::Kind(k) => diag!(
                out,
                E0114,
                at(&crate::path!["kind"]),
                k,
                "kind",
                kind_names()
            ),
            Problem::Pattern(p, e, pos) => {
                let said = library_errors::glob(&p, pos, &e);
                diag!(out, E0104, at(&crate::path!["file"]), said)
            }
            Problem::Column { heading, field } => diag!(
                out,
                E0107,
                at(&crate::path!["headings", heading.as_str()]),
                field
            ),
            Problem::Value {
                ref field,
                ref name,
                ..
            } => diag!(
                out,
                E0104,
                at(&crate::path!["values", field.as_str(), name.as_str()]),
                problem.message(kind)
            ),
        }
    }
}

fn load_decisions(
    tree: &Tree,
    file: FileId,
    people: &IdTable<Person>,
    out: &mut Vec<Diagnostic>,
) -> Vec<Decision> {
    let Some(text) = read_text(tree, crate::layout::DECISIONS, file, out) else {
        return Vec::new();
    };
    let index = yaml::LineIndex::build(&text, file, out);
    let Some(parsed) = yaml::parse::<DecisionsFile>(&text, file, &index, out) else {
        return Vec::new();
    };
    parsed
        .decisions
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let span = index.span(file, &crate::path!["decisions", i]);
            let by = csv_table::lookup(
                people,
                &d.by,
                index.span(file, &crate::path!["decisions", i, "by"]),
                Code::E0203,
                out,
            );
            Decision {
                finding: d.finding,
                verdict: d.decision,
                by,
                at: d.at.0,
                span,
            }
        })
        .collect()
}
