//! `grid import FILE…`: reads each file, maps and converts its rows, merges them into the
//! repository's files, judges the result with the checks `grid check` runs, and writes every
//! file at once — or nothing. Files listed in `imports/manifest.csv` (same sha256) are not
//! imported twice.

mod chat;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::cli::{Format, ImportArgs};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, leave_to_exit, open_for_writing_with, write_files};
use crate::context::Context;
use crate::error::Error;
use crate::format::ManifestRow;
use crate::i18n::Lang;
use crate::import::mapping::{self, Kind};
use crate::import::merge::{FileRows, Merged, read_file};
use crate::import::problem::Problem;
use crate::import::rows::{Converted, FieldCell, Memo, Plan, Resolve};
use crate::import::summary::{Ending, FileSummary, Note, Refused, Summary};
use crate::import::table::{self, Book, Raw};
use crate::import::validate::{self, Origin};
use crate::import::{rules, sniff, template, values, workorder};
use crate::layout::{IMPORT_RULES, MANIFEST};
use crate::load::discover::existing_spelling;
use crate::model::Town;
use crate::problem;

/// A file named on the command line, as read from disk.
struct Source {
    /// Its sha256, hex.
    sha: String,
    /// Its sheets, or why they cannot be read.
    book: Result<Book, String>,
    /// Its text, when it is text (CSV or chat).
    text: Option<String>,
    /// Its messages, when it is chat text.
    chat: Option<Vec<crate::import::chat::Message>>,
}

impl Source {
    /// Reads the text as chat, when it is chat in a layout known (built in or of
    /// `imports/rules.yaml`): its book becomes the messages' header lines.
    fn read_chat(&mut self, patterns: &[crate::import::chat::headers::Pattern]) {
        let Some(text) = self.text.take() else {
            return;
        };
        if let Some(messages) = crate::import::chat::headers::messages(&text, patterns) {
            self.book = Ok(Book {
                sheets: vec![chat::chat_rows(&messages)],
                hidden: Vec::new(),
            });
            self.chat = Some(messages);
        }
    }
}

/// Reads every file named (while the town loads): its bytes are hashed and its sheets read.
/// A file too large or unreadable as a spreadsheet is a refusal of that file, not an error.
fn read_sources(ctx: &Context, files: &[PathBuf]) -> Result<Vec<Source>, Error> {
    files
        .iter()
        .map(|source| {
            let path = ctx.path(source);
            let size = std::fs::metadata(&path)
                .map_err(|e| Error::io(&path, e))?
                .len();
            if size > table::MAX_FILE_BYTES {
                return Ok(Source {
                    sha: String::new(),
                    text: None,
                    chat: None,
                    book: Err(format!(
                        "{} MB, more than the {} MB a file may have (split it)",
                        size / (1024 * 1024),
                        table::MAX_FILE_BYTES / (1024 * 1024)
                    )),
                });
            }
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            // Hashed while read. Text is decoded once: kept to be read as chat, parsed as CSV
            // meanwhile.
            let (sha, (book, text)) = rayon::join(
                || format!("{:x}", Sha256::digest(&bytes)),
                || match sniff::sniff(&bytes) {
                    Ok(sniff::Format::Csv) => match crate::load::text::decode(&bytes) {
                        Ok(decoded) => (table::csv_book(&decoded.text), Some(decoded.text)),
                        Err(e) => (Err(e.describe()), None),
                    },
                    Ok(format) => (table::read(format, &bytes), None),
                    Err(why) => (Err(why), None),
                },
            );
            Ok(Source {
                sha,
                book,
                text,
                chat: None,
            })
        })
        .collect()
}

/// Runs `grid import`.
pub fn run(ctx: &Context, args: &ImportArgs) -> Result<Outcome, Error> {
    let (opened, sources) = rayon::join(
        || open_for_writing_with(ctx, crate::load::load_registers),
        || read_sources(ctx, &args.files),
    );
    let (root, _, town, lock) = opened?;
    let mut sources = sources?;
    let mut import = Import::new(ctx, args, &root, &town)?;
    for source in &mut sources {
        source.read_chat(&import.rules.chat_headers);
    }
    for (n, source) in sources.iter().enumerate() {
        import.source(n, source);
    }
    if args.explain {
        write_stdout(&import.explained)?;
        return Ok(Outcome::Clean);
    }
    let review = import.write_review()?;
    let mut summary = import.finish(&sources, &lock)?;
    summary.review = review;
    // Nor the cells read.
    leave_to_exit(sources);
    write_stdout(&match args.format {
        Format::Table => summary.text(ctx.lang),
        Format::Json => summary.json(ctx.lang),
    })?;
    Ok(if summary.failed() {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// One import under way: the rows read so far, merged into the repository's files.
struct Import<'a> {
    ctx: &'a Context,
    args: &'a ImportArgs,
    root: &'a Path,
    today: chrono::NaiveDate,
    resolve: Resolve<'a>,
    rules: rules::Rules,
    /// The sha256 of every file imported before.
    imported: Vec<String>,
    /// The record files changed, by target.
    files: BTreeMap<String, FileRows>,
    /// The record files changed: path as written → (target, kind).
    kinds: BTreeMap<String, (String, Kind)>,
    orders: workorder::Pending<'a>,
    /// Each file named, in order.
    summaries: Vec<FileSummary>,
    /// The manifest row of each file that gave rows, by its position on the command line.
    manifest: BTreeMap<usize, ManifestRow>,
    /// What `--explain` prints.
    explained: String,
    /// Every chat message read: sender, time, text.
    seen: rustc_hash::FxHashSet<(String, chrono::NaiveDateTime, String)>,
    /// The person each chat sender (WeChat id, name) is.
    senders: rustc_hash::FxHashMap<(String, String), Result<String, Problem>>,
    /// The words that make a free message a candidate.
    spotter: crate::import::chat::spot::Spotter,
    /// Free messages to review.
    candidates: Vec<crate::import::chat::review::Candidate>,
}

impl<'a> Import<'a> {
    fn new(
        ctx: &'a Context,
        args: &'a ImportArgs,
        root: &'a Path,
        town: &'a Town,
    ) -> Result<Import<'a>, Error> {
        let today = ctx.as_of(None).date;
        let grid = crate::commands::grid_option(ctx, town, args.grid.as_deref())?;
        Ok(Import {
            ctx,
            args,
            root,
            today,
            resolve: Resolve::new(town, grid, values::year_of(args.year, today)),
            rules: rules::load(root).map_err(Error::Usage)?,
            imported: town.imports.iter().map(|i| i.sha256.clone()).collect(),
            files: BTreeMap::new(),
            kinds: BTreeMap::new(),
            orders: workorder::Pending::new(root, town, ctx.lang),
            summaries: Vec::new(),
            manifest: BTreeMap::new(),
            explained: String::new(),
            seen: Default::default(),
            senders: Default::default(),
            spotter: crate::import::chat::spot::Spotter::new(&town.catalog),
            candidates: Vec::new(),
        })
    }

    fn lang(&self) -> Lang {
        self.ctx.lang
    }

    /// Reads the rows of file `n`.
    fn source(&mut self, n: usize, source: &Source) {
        let named = &self.args.files[n];
        let mut summary = FileSummary {
            shown: named.display().to_string(),
            ..FileSummary::default()
        };
        let file_name = named.file_name().map_or_else(
            || summary.shown.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        if self.imported.contains(&source.sha) && !self.args.force {
            summary.imported_before = true;
            self.summaries.push(summary);
            return;
        }
        let book = match &source.book {
            Ok(book) => book,
            Err(why) => {
                summary.unreadable = Some(why.clone());
                self.summaries.push(summary);
                return;
            }
        };
        if let Some(messages) = &source.chat {
            summary.by_line = true;
            if let Some(sheet) = book.sheets.first() {
                self.chat(
                    &chat::Chat {
                        source: n,
                        sheet: 0,
                        rows: sheet,
                        messages,
                        column: 2,
                        file_name: &file_name,
                    },
                    &mut summary,
                );
            }
            self.note_source(n, source, file_name, "chat");
            self.summaries.push(summary);
            return;
        }
        if crate::import::chat::review::is_review(&book.hidden) {
            if let Some(sheet) = book.sheets.first() {
                self.reviewed(sheet, &mut summary);
            }
            self.note_source(n, source, file_name, "chat-review");
            self.summaries.push(summary);
            return;
        }
        // A workbook written by `grid template` names its kind; only its first sheet holds rows.
        let template = template::marked_kind(&book.hidden);
        for hidden in book
            .hidden
            .iter()
            .filter(|h| !h.starts_with(template::MARKER))
        {
            summary.notes.push(Note {
                sheet: hidden.clone(),
                cell: None,
                message: self
                    .lang()
                    .pick("隐藏工作表，已跳过", "hidden sheet, skipped")
                    .to_string(),
            });
        }
        let take = if template.is_some() && self.args.sheet.is_none() {
            1
        } else {
            usize::MAX
        };
        let mut found_any = false;
        for (s, sheet) in book
            .sheets
            .iter()
            .enumerate()
            .filter(|(_, s)| self.args.sheet.as_ref().is_none_or(|n| n == &s.name))
            .take(take)
        {
            found_any |= self.sheet(n, s, sheet, template, &file_name, &mut summary);
        }
        if found_any {
            let kind = if summary.chat.is_some() {
                "chat"
            } else {
                summary.kind.map_or("", Kind::as_str)
            };
            self.note_source(n, source, file_name, kind);
        }
        self.summaries.push(summary);
    }

    /// Notes file `n` for the manifest (its counts are filled in as they stand at the end).
    fn note_source(&mut self, n: usize, source: &Source, file_name: String, kind: &str) {
        if self.args.explain {
            return;
        }
        self.manifest.insert(
            n,
            ManifestRow {
                sha256: source.sha.clone(),
                file: file_name,
                kind: kind.to_string(),
                imported_at: crate::timefmt::format_stamp(self.ctx.as_of(None).now),
                added: String::new(),
                skipped: String::new(),
            },
        );
    }

    /// Reads the rows of one sheet; whether its headings were recognised.
    fn sheet(
        &mut self,
        n: usize,
        s: usize,
        sheet: &table::SheetRows,
        template: Option<Kind>,
        file_name: &str,
        summary: &mut FileSummary,
    ) -> bool {
        let lang = self.lang();
        let label = summary.label(&sheet.name);
        let rule = self.rules.for_sheet(file_name, &sheet.rows);
        let kind = self.args.kind.or(template).or(rule.and_then(|r| r.kind));
        let extra = rule.map_or(&[][..], |r| r.aliases.as_slice());
        self.resolve.values = rule.map_or_else(Vec::new, |r| r.values.clone());
        if kind.is_none()
            && let Some(export) = crate::import::chat::export::read(
                &sheet.rows,
                &self.rules.chat_headings,
                self.resolve.year,
            )
        {
            if self.args.explain {
                self.explained.push_str(&format!("{label}: chat\n"));
                return true;
            }
            for (r, c, problem) in export.refused {
                let row = &sheet.rows[r as usize];
                refuse(
                    summary,
                    &sheet.name,
                    s,
                    r,
                    row,
                    vec![(table::cell_ref(r, c), problem)],
                );
            }
            self.chat(
                &chat::Chat {
                    source: n,
                    sheet: s,
                    rows: sheet,
                    messages: &export.messages,
                    column: export.content_column,
                    file_name,
                },
                summary,
            );
            return true;
        }
        let Some(mapping) = mapping::find(&sheet.rows, kind, extra) else {
            if !sheet.rows.is_empty() {
                let near = mapping::closest(&sheet.rows, kind, extra);
                summary.notes.push(Note {
                    sheet: sheet.name.clone(),
                    cell: None,
                    message: unreadable(file_name, near.as_ref(), lang),
                });
            }
            return false;
        };
        summary.kind = Some(mapping.kind);
        if self.args.explain {
            if let Some(rule) = rule {
                self.explained.push_str(&format!(
                    "{label}: {} {} {IMPORT_RULES}\n",
                    lang.pick("适用规则", "rule"),
                    rule.number
                ));
            }
            self.explained.push_str(&explain(&label, &mapping));
            return true;
        }
        let ignored = ignored_columns(&mapping);
        if !ignored.is_empty() {
            summary.notes.push(Note {
                sheet: sheet.name.clone(),
                cell: None,
                message: format!(
                    "{}{}",
                    lang.pick("未导入的列：", "columns not imported: "),
                    ignored.join(lang.pick("、", ", "))
                ),
            });
        }
        // `11月24日` is in --year, else the year the title rows or the file name state.
        let stated = sheet.rows[..mapping.header_row]
            .iter()
            .flatten()
            .find_map(|c| match c {
                Raw::Text(t) => values::year_in(t),
                _ => None,
            })
            .or_else(|| values::year_in(file_name));
        self.resolve.year = values::year_of(self.args.year.or(stated), self.today);
        let columns: Arc<[(&'static str, u32)]> = mapping
            .fields
            .iter()
            .enumerate()
            .filter_map(|(c, f)| f.map(|f| (f, c as u32)))
            .collect();
        // The data rows, in order; a note on each footer row.
        let mut data: Vec<(u32, Vec<FieldCell>)> = Vec::new();
        for (r, row) in sheet.rows.iter().enumerate().skip(mapping.header_row + 1) {
            if row.iter().all(|c| *c == Raw::Empty) || is_heading_again(row, &mapping) {
                continue;
            }
            if let Some(word) = mapping::footer_word(row) {
                summary.notes.push(Note {
                    sheet: sheet.name.clone(),
                    cell: Some(table::cell_ref(r as u32, 0)),
                    message: match lang {
                        Lang::Zh => format!("“{word}”行（合计、落款或说明），不作为数据读取"),
                        Lang::En => {
                            format!(
                                "a “{word}” row (totals, signatures or notes), not read as data"
                            )
                        }
                    },
                });
                continue;
            }
            let cells: Vec<FieldCell> = columns
                .iter()
                .map(|(f, c)| {
                    (
                        *f,
                        row.get(*c as usize).unwrap_or(&Raw::Empty),
                        r as u32,
                        *c,
                    )
                })
                .collect();
            let unfilled = cells
                .iter()
                .all(|(f, raw, ..)| **raw == Raw::Empty || template::PREFILLED.contains(f));
            if template.is_none() || !unfilled {
                data.push((r as u32, cells));
            }
        }
        // Converted on every core (a row's conversion reads only the town), merged in order.
        let kind = mapping.kind;
        let resolve = &self.resolve;
        let plan = Plan::new(kind, columns.iter().map(|(f, _)| *f));
        let converted: Vec<_> = data
            .par_iter()
            .map_init(Memo::default, |memo, (_, cells)| {
                resolve.convert_planned(&plan, cells, memo)
            })
            .collect();
        let progress = progress_bar(self.ctx, &label, data.len());
        for ((r, _), converted) in data.iter().zip(converted) {
            progress.inc(1);
            summary.counts.read += 1;
            let origin = Origin {
                source: n,
                sheet: s,
                row: *r,
                columns: Arc::clone(&columns),
            };
            let placed = converted.and_then(|c| self.place(kind, c, origin));
            let at = Row {
                sheet: &sheet.name,
                index: s,
                row: *r,
                cells: &sheet.rows[*r as usize],
                column: 0,
            };
            count(summary, &at, placed);
        }
        progress.finish_and_clear();
        true
    }

    /// Places one converted row: a work order into its case, any other row into its file.
    fn place(
        &mut self,
        kind: Kind,
        converted: Converted,
        origin: Origin,
    ) -> Result<Merged, Vec<(String, Problem)>> {
        if kind == Kind::WorkOrder {
            return self
                .orders
                .place(&converted)
                .map_err(|e| vec![(table::cell_ref(origin.row, 0), e)]);
        }
        if let Some(why) = validate::after_today(&converted, kind, self.today) {
            return Err(vec![(origin.cell("date"), why)]);
        }
        let target = match self.files.get_mut(&converted.target) {
            Some(t) => t,
            None => {
                let spelled = existing_spelling(self.root, &converted.target);
                let read = read_file(self.root, kind, &spelled)
                    .map_err(|e| vec![("A1".to_string(), problem!(E0106, e))])?;
                self.kinds.insert(spelled, (converted.target.clone(), kind));
                self.files.entry(converted.target.clone()).or_insert(read)
            }
        };
        Ok(target.merge(converted, origin))
    }

    /// Judges the rows to be added with the checks, sets refused rows aside (again and again,
    /// with `--skip-bad`), writes what is left unless something forbids it, and says so.
    fn finish(
        mut self,
        sources: &[Source],
        lock: &crate::lock::RepoLock,
    ) -> Result<Summary, Error> {
        let lang = self.lang();
        let mut summary = Summary {
            files: Vec::new(),
            elsewhere: Vec::new(),
            rejected_files: Vec::new(),
            review: None,
            ending: Ending::NothingNew,
        };
        let mut changes = Vec::new();
        let mut judged_clean = false;
        for _ in 0..MAX_PASSES {
            changes = self.pending_changes()?;
            let judged = validate::judge(self.root, &changes, &self.kinds, &self.files, lang)?;
            if !judged.elsewhere.is_empty() {
                summary.elsewhere = judged.elsewhere;
                summary.ending = Ending::NothingWritten(lang.pick(
                    "导入后数据将不能通过检查，未写入任何文件",
                    "the repository would not pass `grid check` after the import: nothing was written",
                ).to_string());
                summary.files = self.summaries;
                return Ok(summary);
            }
            if judged.refusals.is_empty() {
                judged_clean = true;
                break;
            }
            // Each refused row once, with all its reasons.
            let mut refused: BTreeMap<(usize, usize, u32), Vec<validate::Refusal>> =
                BTreeMap::new();
            for refusal in judged.refusals {
                let o = &refusal.origin;
                refused
                    .entry((o.source, o.sheet, o.row))
                    .or_default()
                    .push(refusal);
            }
            for ((n, s, r), why) in refused {
                let sheet = sources[n].book.as_ref().ok().and_then(|b| b.sheets.get(s));
                let row = sheet
                    .and_then(|sh| sh.rows.get(r as usize))
                    .map_or(&[][..], Vec::as_slice);
                let name = sheet.map_or("", |sh| sh.name.as_str());
                let problems = why
                    .iter()
                    .map(|w| (w.cell.clone(), w.problem.clone()))
                    .collect();
                let file = &mut self.summaries[n];
                file.counts.added -= 1;
                refuse(file, name, s, r, row, problems);
                if let Some(rows) = self.files.get_mut(&why[0].target) {
                    rows.remove(&why[0].key);
                }
            }
            if !self.args.skip_bad {
                break;
            }
        }
        let errors = self.summaries.iter().any(FileSummary::has_errors);
        summary.ending = if errors && !self.args.skip_bad {
            Ending::NothingWritten(lang.pick("有错误，未写入任何文件（修正后重新导入，或用 --skip-bad 只导入正确的行）", "errors: nothing was written (fix them and import again, or --skip-bad to import the good rows)").to_string())
        } else if !judged_clean {
            Ending::NothingWritten(
                lang.pick(
                    "被拒绝的行无法完全剔除，未写入任何文件",
                    "the refused rows could not be set aside: nothing was written",
                )
                .to_string(),
            )
        } else if self.args.dry_run {
            Ending::DryRun
        } else {
            for (n, file) in self.summaries.iter().enumerate() {
                if !file.refused.is_empty() {
                    let source = self.ctx.path(&self.args.files[n]);
                    write_rejected(&source, file, lang)?;
                    summary
                        .rejected_files
                        .push(rejected_path(&source).display().to_string());
                }
            }
            if changes.is_empty() {
                Ending::NothingNew
            } else {
                let (title, fields) = self.commit_message();
                Ending::Written(write_files(
                    self.ctx,
                    self.root,
                    lock,
                    &changes,
                    &self.args.write,
                    &title,
                    &fields,
                )?)
            }
        };
        summary.files = std::mem::take(&mut self.summaries);
        // The rows merged (for 10,000 rows, 170,000 strings) are not freed one by one.
        leave_to_exit(self);
        Ok(summary)
    }

    /// Writes the review workbook `--review` names (with the free messages that may report
    /// an incident, even none); its path.
    fn write_review(&self) -> Result<Option<String>, Error> {
        let Some(named) = &self.args.review else {
            return Ok(None);
        };
        let path = self.ctx.path(named);
        let bytes = crate::import::chat::review::build(self.resolve.town, &self.candidates)
            .map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
        let mut staged = crate::write::Staged::default();
        staged.add(&path, &bytes)?;
        staged.commit()?;
        Ok(Some(path.display().to_string()))
    }

    /// The manifest rows with the counts as they stand.
    fn manifest_rows(&self) -> Vec<ManifestRow> {
        self.manifest
            .iter()
            .map(|(n, row)| {
                let c = self.summaries[*n].counts;
                ManifestRow {
                    added: c.added.to_string(),
                    skipped: c.skipped.to_string(),
                    ..row.clone()
                }
            })
            .collect()
    }

    /// The files an import writes: the record files with rows added, the case files of work
    /// orders, and the manifest naming each source.
    fn pending_changes(&self) -> Result<Vec<(PathBuf, Vec<u8>)>, Error> {
        let root = self.root;
        // Each file is laid out on its own core; the files keep their order, and so does the
        // first refusal.
        let changed: Vec<(&String, &FileRows)> =
            self.files.iter().filter(|(_, f)| f.changed()).collect();
        let laid_out: Vec<Result<Vec<u8>, String>> = changed
            .par_iter()
            .map(|(rel, file)| file.bytes(rel))
            .collect();
        let mut changes = Vec::with_capacity(laid_out.len() + 1);
        for ((rel, _), bytes) in changed.iter().zip(laid_out) {
            let bytes = bytes.map_err(Error::Usage)?;
            changes.push((root.join(existing_spelling(root, rel)), bytes));
        }
        changes.extend(
            self.orders
                .changes()
                .into_iter()
                .map(|(path, text)| (path, text.into_bytes())),
        );
        if !self.manifest.is_empty() && !changes.is_empty() {
            changes.push((
                root.join(MANIFEST),
                manifest_bytes(root, &self.manifest_rows())?,
            ));
        }
        Ok(changes)
    }

    fn commit_message(&self) -> (String, Vec<(&'static str, String)>) {
        let mut names = Vec::new();
        let mut fields = vec![("command", "import".to_string())];
        for (n, m) in &self.manifest {
            let c = self.summaries[*n].counts;
            names.push(m.file.as_str());
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
}

/// A row of a sheet being read, to count or refuse it.
struct Row<'r> {
    sheet: &'r str,
    index: usize,
    row: u32,
    cells: &'r [Raw],
    /// The column a conflict is shown at.
    column: u32,
}

/// Counts a row as placed: added, already there, or refused (a conflict with the row there
/// or with an earlier row of this import, or its problems).
fn count(summary: &mut FileSummary, at: &Row, placed: Result<Merged, Vec<(String, Problem)>>) {
    let problems = match placed {
        Ok(Merged::Added) => return summary.counts.added += 1,
        Ok(Merged::Skipped) => return summary.counts.skipped += 1,
        Ok(Merged::Conflict(differ, earlier)) => {
            let differ = differ.join("; ");
            let problem = if earlier {
                problem!(E0907, differ)
            } else {
                problem!(E0906, differ)
            };
            vec![(table::cell_ref(at.row, at.column), problem)]
        }
        Err(problems) => problems,
    };
    refuse(summary, at.sheet, at.index, at.row, at.cells, problems);
}

/// Notes a refused row of `file`.
fn refuse(
    file: &mut FileSummary,
    sheet: &str,
    sheet_index: usize,
    row: u32,
    cells: &[Raw],
    problems: Vec<(String, Problem)>,
) {
    file.counts.rejected += 1;
    file.refused.push(Refused {
        sheet: sheet.to_string(),
        sheet_index,
        row,
        cells: cells
            .iter()
            .map(|c| values::text(c).unwrap_or_default())
            .collect(),
        problems,
    });
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
    file_name: &str,
    near: Option<&(mapping::Mapping, Vec<&'static str>)>,
    lang: Lang,
) -> String {
    let Some((m, missing)) = near else {
        return lang
            .pick(
                "找不到可识别的表头（用 --kind 指定类别，或在 imports/rules.yaml 写明表头的含义；见 --explain）",
                "no headings recognised (name the kind with --kind, or map the headings in imports/rules.yaml; see --explain)",
            )
            .to_string();
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
            "无法识别这张表\n  第 {row} 行的表头：{}\n  已识别：{recognised}\n  缺少的必填列：{}\n  在 imports/rules.yaml 中写明表头的含义（按实际修改）：\n",
            seen.join("、"),
            missing.join("、")
        ),
        Lang::En => format!(
            "cannot read this sheet\n  headings in row {row}: {}\n  recognised: {recognised}\n  required columns missing: {}\n  say what the headings mean in imports/rules.yaml (edit as needed):\n",
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
        "    rules:\n      - file: \"{file_name}\"\n        kind: {kind}\n        headings: {{{}}}",
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
        .map(|(c, (heading, _))| format!("{heading} ({})", column_letters(c)))
        .collect()
}

/// `C` for the 0-based column 2.
fn column_letters(column: usize) -> String {
    table::cell_ref(0, column as u32)
        .trim_end_matches('1')
        .to_string()
}

fn rejected_path(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    source.with_file_name(format!("{stem}.rejected.csv"))
}

/// Writes the refused rows of `file` beside its source: their cells, then why.
fn write_rejected(source: &Path, file: &FileSummary, lang: Lang) -> Result<(), Error> {
    let rows: Vec<Vec<String>> = file
        .refused_in_order()
        .into_iter()
        .map(|r| {
            let why: Vec<String> = r
                .problems
                .iter()
                .map(|(cell, p)| format!("{cell}: {}", p.message(lang)))
                .collect();
            let mut cells = r.cells.clone();
            cells.push(why.join("; "));
            cells
        })
        .collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(1);
    let mut headings: Vec<String> = (1..width).map(|i| column_letters(i - 1)).collect();
    headings.push("原因 reason".to_string());
    let mut staged = crate::write::Staged::default();
    staged.add(
        &rejected_path(source),
        crate::output::csv_text(&headings, rows).as_bytes(),
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
            column_letters(c),
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

/// How often the rows left are judged again after some were set aside: a row's refusal can
/// only be another row's cause in a few passes.
const MAX_PASSES: usize = 4;

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
