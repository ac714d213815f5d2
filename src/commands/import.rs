//! `grid import FILE…`: reads each file, maps and converts its rows, merges them into the
//! repository's files, checks that the repository stays valid, and writes every file at once —
//! or nothing. Files listed in `imports/manifest.csv` (same sha256) are not imported twice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::cli::ImportArgs;
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open_for_writing, write_files};
use crate::context::Context;
use crate::error::Error;
use crate::format::ManifestRow;
use crate::i18n::Lang;
use crate::import::mapping::{self, Kind};
use crate::import::merge::{FileRows, read_file};
use crate::import::rows::Resolve;
use crate::import::table::{self, Raw};
use crate::import::validate::{self, Origin, Origins};
use crate::import::{rules, sniff, template, values, workorder};
use crate::load::discover::{IMPORT_RULES, MANIFEST, existing_spelling};

/// What one source file gave.
#[derive(Default)]
struct Counts {
    read: usize,
    added: usize,
    skipped: usize,
    rejected: usize,
}

/// Runs `grid import`.
pub fn run(ctx: &Context, args: &ImportArgs) -> Result<Outcome, Error> {
    let (root, _, town, lock) = open_for_writing(ctx)?;
    let lang = ctx.lang;
    let today = ctx.as_of(None).date;
    let grid = crate::commands::grid_option(ctx, &town, args.grid.as_deref())?;
    let mut resolve = Resolve::new(&town, grid, values::year_of(args.year, today));
    let manifest: Vec<String> = town.imports.iter().map(|i| i.sha256.clone()).collect();
    let mut files: BTreeMap<String, FileRows> = BTreeMap::new();
    let mut orders = workorder::Pending::new(&root, &town);
    let rules = rules::load(&root).map_err(Error::Usage)?;
    let mut report = String::new();
    let mut errors = 0usize;
    let mut manifest_rows: Vec<(ManifestRow, PathBuf, Counts)> = Vec::new();
    let mut rejected_files: BTreeMap<usize, (PathBuf, Vec<Vec<String>>)> = BTreeMap::new();
    let mut origins = Origins::default();
    // The manifest row of each source that gave rows, by its position on the command line.
    let mut slots: BTreeMap<usize, usize> = BTreeMap::new();
    // The record files the import changes: path as written → (target, kind).
    let mut kinds: BTreeMap<String, (String, Kind)> = BTreeMap::new();
    for (n, source) in args.files.iter().enumerate() {
        let path = ctx.path(source);
        let shown = source.display().to_string();
        let file_name = source
            .file_name()
            .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
        let size = std::fs::metadata(&path)
            .map_err(|e| Error::io(&path, e))?
            .len();
        if size > table::MAX_FILE_BYTES {
            errors += 1;
            report.push_str(&format!(
                "{shown}: {} {} MB, more than the {} MB a file may have (split it)\n",
                lang.pick("无法导入：", "cannot import:"),
                size / (1024 * 1024),
                table::MAX_FILE_BYTES / (1024 * 1024)
            ));
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let sha = format!("{:x}", Sha256::digest(&bytes));
        if manifest.contains(&sha) && !args.force {
            report.push_str(&format!(
                "{shown}: {}\n",
                lang.pick(
                    "此前已导入（同一 sha256），跳过；重新导入用 --force",
                    "imported before (same sha256): nothing to do; --force imports it again"
                )
            ));
            continue;
        }
        let book = match sniff::sniff(&bytes).and_then(|format| table::read(format, &bytes)) {
            Ok(book) => book,
            Err(why) => {
                errors += 1;
                report.push_str(&format!(
                    "{shown}: {} {why}\n",
                    lang.pick("无法导入：", "cannot import:")
                ));
                continue;
            }
        };
        // A workbook written by `grid template` names its kind; only its first sheet holds rows.
        let template = template::marked_kind(&book.hidden);
        for hidden in book
            .hidden
            .iter()
            .filter(|h| !h.starts_with(template::MARKER))
        {
            report.push_str(&format!(
                "{shown} [{hidden}]: {}\n",
                lang.pick("隐藏工作表，已跳过", "hidden sheet, skipped")
            ));
        }
        let mut counts = Counts::default();
        let mut rejected_rows: Vec<Vec<String>> = Vec::new();
        let mut found_any = false;
        let mut kind_seen = None;
        for sheet in book
            .sheets
            .iter()
            .filter(|s| args.sheet.as_ref().is_none_or(|n| n == &s.name))
            .take(if template.is_some() && args.sheet.is_none() {
                1
            } else {
                usize::MAX
            })
        {
            let label = if sheet.name.is_empty() {
                shown.clone()
            } else {
                format!("{shown} [{}]", sheet.name)
            };
            let rule = rules.for_sheet(&file_name, &sheet.rows);
            let kind = args.kind.or(template).or(rule.and_then(|r| r.kind));
            let extra = rule.map_or(&[][..], |r| r.aliases.as_slice());
            resolve.values = rule.map_or_else(Vec::new, |r| r.values.clone());
            let Some(mapping) = mapping::find(&sheet.rows, kind, extra) else {
                if !sheet.rows.is_empty() {
                    let near = mapping::closest(&sheet.rows, kind, extra);
                    report.push_str(&unreadable(&label, &file_name, near.as_ref(), lang));
                }
                continue;
            };
            found_any = true;
            kind_seen = Some(mapping.kind);
            let ignored = ignored_columns(&mapping);
            if !ignored.is_empty() && !args.explain {
                report.push_str(&format!(
                    "{label}: {}{}\n",
                    lang.pick("未导入的列：", "columns not imported: "),
                    ignored.join(lang.pick("、", ", "))
                ));
            }
            if args.explain {
                if let Some(rule) = rule {
                    report.push_str(&format!(
                        "{label}: {} {} {IMPORT_RULES}\n",
                        lang.pick("适用规则", "rule"),
                        rule.number
                    ));
                }
                report.push_str(&explain(&label, &mapping));
                continue;
            }
            // `11月24日` is in --year, else the year the title rows or the file name state.
            let stated = sheet.rows[..mapping.header_row]
                .iter()
                .flatten()
                .find_map(|c| match c {
                    Raw::Text(t) => values::year_in(t),
                    _ => None,
                })
                .or_else(|| values::year_in(&file_name));
            resolve.year = values::year_of(args.year.or(stated), today);
            let progress = progress_bar(ctx, &label, sheet.rows.len());
            for (r, row) in sheet.rows.iter().enumerate().skip(mapping.header_row + 1) {
                progress.inc(1);
                if row.iter().all(|c| *c == Raw::Empty) || is_heading_again(row, &mapping) {
                    continue;
                }
                if let Some(word) = mapping::footer_word(row) {
                    let cell = table::cell_ref(r as u32, 0);
                    report.push_str(&match lang {
                        Lang::Zh => format!("{label} {cell}：“{word}”行（合计、落款或说明），不作为数据读取\n"),
                        Lang::En => format!("{label} {cell}: a “{word}” row (totals, signatures or notes), not read as data\n"),
                    });
                    continue;
                }
                let cells: Vec<(&'static str, &Raw, u32, u32)> = mapping
                    .fields
                    .iter()
                    .enumerate()
                    .filter_map(|(c, f)| {
                        f.map(|f| (f, row.get(c).unwrap_or(&Raw::Empty), r as u32, c as u32))
                    })
                    .collect();
                let unfilled = || {
                    cells
                        .iter()
                        .all(|(f, raw, ..)| **raw == Raw::Empty || template::PREFILLED.contains(f))
                };
                if template.is_some() && unfilled() {
                    continue;
                }
                counts.read += 1;
                let converted = resolve.convert(mapping.kind, &cells);
                let origin = || Origin {
                    source: n,
                    label: label.clone(),
                    row: r as u32,
                    columns: cells.iter().map(|(f, _, _, c)| (*f, *c)).collect(),
                    cells: cells_text(row),
                };
                let outcome = converted.and_then(|row_out| {
                    if mapping.kind == Kind::WorkOrder {
                        return orders
                            .place(&row_out)
                            .map_err(|e| vec![(table::cell_ref(r as u32, 0), e)]);
                    }
                    if let Some(why) = validate::after_today(&row_out, mapping.kind, today, lang) {
                        return Err(vec![(origin().cell("date"), why)]);
                    }
                    let target = match files.get_mut(&row_out.target) {
                        Some(t) => t,
                        None => {
                            let spelled = existing_spelling(&root, &row_out.target);
                            let read = read_file(&root, mapping.kind, &spelled)
                                .map_err(|e| vec![("A1".to_string(), e)])?;
                            kinds.insert(spelled, (row_out.target.clone(), mapping.kind));
                            files.entry(row_out.target.clone()).or_insert(read)
                        }
                    };
                    let merged = target.merge(&row_out);
                    if merged == crate::import::merge::Outcome::Added {
                        origins.add(&row_out, origin());
                    }
                    Ok(merged)
                });
                match outcome {
                    Ok(crate::import::merge::Outcome::Added) => counts.added += 1,
                    Ok(crate::import::merge::Outcome::Skipped) => counts.skipped += 1,
                    Ok(crate::import::merge::Outcome::Conflict(differ, earlier)) => {
                        counts.rejected += 1;
                        let against = if earlier {
                            lang.pick(
                                "与本次导入中前面的同一记录冲突：",
                                "contradicts an earlier row of this import for the same record:",
                            )
                        } else {
                            lang.pick("与已有记录冲突：", "contradicts the row already there:")
                        };
                        let why = format!("{against} {}", differ.join("; "));
                        report.push_str(&format!(
                            "{label} {}: {why}\n",
                            table::cell_ref(r as u32, 0)
                        ));
                        rejected_rows.push(rejected(cells_text(row), &why));
                    }
                    Err(problems) => {
                        counts.rejected += 1;
                        for (cell, why) in &problems {
                            report.push_str(&format!("{label} {cell}: {why}\n"));
                        }
                        rejected_rows.push(rejected(
                            cells_text(row),
                            &problems
                                .iter()
                                .map(|(c, w)| format!("{c}: {w}"))
                                .collect::<Vec<_>>()
                                .join("; "),
                        ));
                    }
                }
            }
            progress.finish_and_clear();
        }
        if !found_any {
            errors += 1;
            continue;
        }
        if args.explain {
            continue;
        }
        errors += counts.rejected;
        rejected_files.insert(n, (path.clone(), rejected_rows));
        manifest_rows.push((
            ManifestRow {
                sha256: sha,
                file: file_name,
                kind: kind_seen.map_or("", Kind::as_str).to_string(),
                imported_at: crate::timefmt::format_stamp(ctx.as_of(None).now),
                added: counts.added.to_string(),
                skipped: counts.skipped.to_string(),
            },
            source.clone(),
            counts,
        ));
        slots.insert(n, manifest_rows.len() - 1);
    }
    if args.explain {
        write_stdout(&report)?;
        return Ok(Outcome::Clean);
    }
    // The rows the checks refuse are set aside (with --skip-bad) and the rest judged again: a
    // row's refusal can only be another row's cause in a few passes.
    let mut changes = Vec::new();
    let mut judged_clean = false;
    for _ in 0..MAX_PASSES {
        for (m, _, c) in &mut manifest_rows {
            m.added = c.added.to_string();
            m.skipped = c.skipped.to_string();
        }
        changes = pending_changes(&root, &files, &orders, &manifest_rows)?;
        let judged = validate::judge(&root, &changes, &kinds, &origins, lang)?;
        if !judged.elsewhere.is_empty() {
            report.push_str(&judged.elsewhere.join("\n"));
            report.push('\n');
            report.push_str(lang.pick(
                "导入后数据将不能通过检查，未写入任何文件\n",
                "the repository would not pass `grid check` after the import: nothing was written\n",
            ));
            write_stdout(&report)?;
            return Ok(Outcome::Failed);
        }
        if judged.refusals.is_empty() {
            judged_clean = true;
            break;
        }
        // Each refused row once, with all its reasons, in the order of the sheets.
        let mut refused: BTreeMap<(usize, u32), Vec<validate::Refusal>> = BTreeMap::new();
        for refusal in judged.refusals {
            refused
                .entry((refusal.origin.source, refusal.origin.row))
                .or_default()
                .push(refusal);
        }
        for why in refused.into_values() {
            let (target, key) = (why[0].target.clone(), why[0].key.clone());
            let origin = &why[0].origin;
            for refusal in &why {
                report.push_str(&format!(
                    "{} {}: {}\n",
                    origin.label, refusal.cell, refusal.message
                ));
            }
            errors += 1;
            if let Some(slot) = slots.get(&origin.source) {
                let counts = &mut manifest_rows[*slot].2;
                counts.added -= 1;
                counts.rejected += 1;
            }
            let text: Vec<String> = why
                .iter()
                .map(|r| format!("{}: {}", r.cell, r.message))
                .collect();
            if let Some((_, rows)) = rejected_files.get_mut(&origin.source) {
                rows.push(rejected(origin.cells.clone(), &text.join("; ")));
            }
            if let Some(file) = files.get_mut(&target) {
                file.remove(&key);
            }
        }
        if !args.skip_bad {
            break;
        }
    }
    for (_, source, c) in &manifest_rows {
        report.push_str(&format!(
            "{}: {} {}, {} {}, {} {}, {} {}\n",
            source.display(),
            lang.pick("读取", "read"),
            c.read,
            lang.pick("新增", "added"),
            c.added,
            lang.pick("已存在", "already there"),
            c.skipped,
            lang.pick("拒绝", "rejected"),
            c.rejected
        ));
    }
    if errors > 0 && !args.skip_bad {
        report.push_str(lang.pick("有错误，未写入任何文件（修正后重新导入，或用 --skip-bad 只导入正确的行）\n", "errors: nothing was written (fix them and import again, or --skip-bad to import the good rows)\n"));
        write_stdout(&report)?;
        return Ok(Outcome::Failed);
    }
    if !judged_clean {
        report.push_str(lang.pick(
            "被拒绝的行无法完全剔除，未写入任何文件\n",
            "the refused rows could not be set aside: nothing was written\n",
        ));
        write_stdout(&report)?;
        return Ok(Outcome::Failed);
    }
    if args.dry_run {
        report.push_str(lang.pick("试运行：未写入\n", "dry run: nothing written\n"));
        write_stdout(&report)?;
        return Ok(Outcome::Clean);
    }
    for (source, rows) in rejected_files.values().filter(|(_, rows)| !rows.is_empty()) {
        write_rejected(source, rows)?;
        report.push_str(&format!(
            "{} {}\n",
            lang.pick("被拒绝的行已写入", "rejected rows written to"),
            rejected_path(source).display()
        ));
    }
    if !changes.is_empty() {
        let (summary, fields) = commit_message(&manifest_rows);
        report.push_str(&write_files(
            ctx,
            &root,
            &lock,
            &changes,
            &args.write,
            &summary,
            &fields,
        )?);
    }
    write_stdout(&report)?;
    Ok(if errors > 0 {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

fn is_heading_again(row: &[Raw], mapping: &mapping::Mapping) -> bool {
    row.iter()
        .zip(&mapping.headings)
        .filter(|(_, h)| !h.is_empty())
        .all(|(c, h)| matches!(c, Raw::Text(t) if t.trim() == h))
}

/// What a clerk needs to map a sheet the import cannot read: the headings it saw, those it
/// recognised, the required columns missing, and a rule to paste into `imports/rules.yaml`.
fn unreadable(
    label: &str,
    file_name: &str,
    near: Option<&(mapping::Mapping, Vec<&'static str>)>,
    lang: Lang,
) -> String {
    let Some((m, missing)) = near else {
        return format!(
            "{label}: {}\n",
            lang.pick(
                "找不到可识别的表头（用 --kind 指定类别，或在 imports/rules.yaml 写明表头的含义；见 --explain）",
                "no headings recognised (name the kind with --kind, or map the headings in imports/rules.yaml; see --explain)"
            )
        );
    };
    let seen: Vec<&str> = m
        .headings
        .iter()
        .map(String::as_str)
        .filter(|h| !h.is_empty())
        .collect();
    let known: Vec<String> = m
        .headings
        .iter()
        .zip(&m.fields)
        .filter_map(|(h, f)| f.map(|f| format!("{h} → {f}")))
        .collect();
    let unknown: Vec<&str> = m
        .headings
        .iter()
        .zip(&m.fields)
        .filter(|(h, f)| !h.is_empty() && f.is_none())
        .map(|(h, _)| h.as_str())
        .collect();
    // Each heading not recognised is offered for a missing column, in order: an edit away
    // from right.
    let offered: Vec<String> = unknown
        .iter()
        .zip(missing.iter())
        .map(|(h, f)| format!("{h}: {f}"))
        .collect();
    let recognised = if known.is_empty() {
        "—".to_string()
    } else {
        known.join(lang.pick("、", ", "))
    };
    let row = m.header_row + 1;
    let mut out = match lang {
        Lang::Zh => format!(
            "{label}: 无法识别这张表\n  第 {row} 行的表头：{}\n  已识别：{recognised}\n  缺少的必填列：{}\n  在 imports/rules.yaml 中写明表头的含义（按实际修改）：\n",
            seen.join("、"),
            missing.join("、")
        ),
        Lang::En => format!(
            "{label}: cannot read this sheet\n  headings in row {row}: {}\n  recognised: {recognised}\n  required columns missing: {}\n  say what the headings mean in imports/rules.yaml (edit as needed):\n",
            seen.join(", "),
            missing.join(", ")
        ),
    };
    let kind = if known.is_empty() {
        format!(
            "{}    # {}",
            m.kind.as_str(),
            crate::import::rules::kind_names()
        )
    } else {
        m.kind.as_str().to_string()
    };
    out.push_str(&format!(
        "    rules:\n      - file: \"{file_name}\"\n        kind: {kind}\n        headings: {{{}}}\n",
        offered.join(", ")
    ));
    out
}

/// The columns of a sheet that have a heading but feed no field: named in every summary, so
/// that nothing a village wrote is dropped without a word.
fn ignored_columns(mapping: &mapping::Mapping) -> Vec<String> {
    mapping
        .headings
        .iter()
        .zip(&mapping.fields)
        .enumerate()
        .filter(|(_, (heading, field))| !heading.is_empty() && field.is_none())
        .map(|(c, (heading, _))| {
            let column = table::cell_ref(0, c as u32);
            format!("{heading} ({})", column.trim_end_matches('1'))
        })
        .collect()
}

/// A sheet row's cells as text.
fn cells_text(row: &[Raw]) -> Vec<String> {
    row.iter()
        .map(|c| values::text(c).unwrap_or_default())
        .collect()
}

/// A rejected row as written beside the source: its cells, then why.
fn rejected(mut cells: Vec<String>, why: &str) -> Vec<String> {
    cells.push(why.to_string());
    cells
}

fn rejected_path(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    source.with_file_name(format!("{stem}.rejected.csv"))
}

fn write_rejected(source: &Path, rows: &[Vec<String>]) -> Result<(), Error> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(1);
    let mut headings: Vec<String> = (1..width)
        .map(|i| {
            table::cell_ref(0, i as u32 - 1)
                .trim_end_matches('1')
                .to_string()
        })
        .collect();
    headings.push("原因 reason".to_string());
    let mut staged = crate::write::Staged::default();
    staged.add(
        &rejected_path(source),
        crate::output::csv_file_text(&headings, rows.iter().cloned()).as_bytes(),
    )?;
    staged.commit()
}

fn explain(label: &str, m: &mapping::Mapping) -> String {
    let mut out = format!(
        "{label}: {} ({} {})\n",
        m.kind.as_str(),
        "heading row",
        m.header_row + 1
    );
    for (c, (heading, field)) in m.headings.iter().zip(&m.fields).enumerate() {
        if heading.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "  {} {heading} → {}\n",
            table::cell_ref(0, c as u32).trim_end_matches('1'),
            field.unwrap_or("(ignored)")
        ));
    }
    out
}

fn manifest_bytes(root: &Path, rows: &[ManifestRow]) -> Result<Vec<u8>, Error> {
    let path = root.join(MANIFEST);
    let existing = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&path, e)),
    };
    let new: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.sha256.clone(),
                r.file.clone(),
                r.kind.clone(),
                r.imported_at.clone(),
                r.added.clone(),
                r.skipped.clone(),
            ]
        })
        .collect();
    crate::import::merge::append_rows(MANIFEST, existing.as_deref(), ManifestRow::COLUMNS, &new)
        .map_err(Error::Usage)
}

fn commit_message(
    rows: &[(ManifestRow, PathBuf, Counts)],
) -> (String, Vec<(&'static str, String)>) {
    let names: Vec<&str> = rows.iter().map(|r| r.0.file.as_str()).collect();
    let mut fields = vec![("command", "import".to_string())];
    for (m, _, c) in rows {
        fields.push((
            "source",
            format!(
                "{} sha256:{} kind:{} read:{} added:{} skipped:{} rejected:{}",
                m.file, m.sha256, m.kind, c.read, c.added, c.skipped, c.rejected
            ),
        ));
    }
    (format!("grid import {}", names.join(" ")), fields)
}

/// How often the rows left are judged again after some were set aside.
const MAX_PASSES: usize = 4;

/// The files an import writes: the record files with rows added, the case files of work
/// orders, and the manifest naming each source.
fn pending_changes(
    root: &Path,
    files: &BTreeMap<String, FileRows>,
    orders: &workorder::Pending,
    manifest_rows: &[(ManifestRow, PathBuf, Counts)],
) -> Result<Vec<(PathBuf, Vec<u8>)>, Error> {
    let mut changes: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for (rel, file) in files.iter().filter(|(_, f)| f.changed()) {
        let bytes = file.bytes(rel).map_err(Error::Usage)?;
        changes.push((root.join(existing_spelling(root, rel)), bytes));
    }
    changes.extend(
        orders
            .changes()
            .into_iter()
            .map(|(path, text)| (path, text.into_bytes())),
    );
    if !manifest_rows.is_empty() && !changes.is_empty() {
        let rows: Vec<ManifestRow> = manifest_rows.iter().map(|m| m.0.clone()).collect();
        changes.push((root.join(MANIFEST), manifest_bytes(root, &rows)?));
    }
    Ok(changes)
}

/// Sheets with more rows than this show a progress bar (on a terminal, unless `--quiet`).
const PROGRESS_FROM_ROWS: usize = 5_000;

/// A bar over the rows of a large sheet, drawn on standard error only when it is a terminal.
fn progress_bar(ctx: &Context, label: &str, rows: usize) -> indicatif::ProgressBar {
    if ctx.quiet || rows < PROGRESS_FROM_ROWS {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(rows as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(label.to_string());
    bar
}
