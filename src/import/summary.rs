//! What an import did with each file, held as data and shown two ways: the lines a clerk reads
//! (in her language) and JSON Lines (`--format json`) that carry every refused cell's code.

use crate::i18n::Lang;
use crate::import::mapping::Kind;
use crate::import::problem::Problem;

/// How many rows of one file went where.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// Data rows read.
    pub read: usize,
    /// Rows new to the repository.
    pub added: usize,
    /// Rows the repository already holds, identical.
    pub skipped: usize,
    /// Rows refused.
    pub rejected: usize,
}

/// How many messages of a chat went where.
#[derive(Clone, Copy, Debug, Default)]
pub struct ChatCounts {
    /// Messages read.
    pub messages: usize,
    /// In a template (`【日巡查】` …): each is a row of the counts.
    pub templated: usize,
    /// Free messages that may report an incident, listed for review.
    pub candidates: usize,
    /// Chit-chat, passed over.
    pub chit_chat: usize,
    /// Messages already read from an earlier file of this import (overlapping exports).
    pub repeated: usize,
}

/// Something said about a file that refuses no row: a hidden sheet, columns not imported, a
/// totals row passed over, a sheet that could not be read.
#[derive(Clone, Debug)]
pub struct Note {
    /// The sheet (empty for a CSV file or the whole file).
    pub sheet: String,
    /// The cell, when the note is about one.
    pub cell: Option<String>,
    /// What is said, in the clerk's language.
    pub message: String,
}

/// A row refused, with every reason at its cell.
#[derive(Clone, Debug)]
pub struct Refused {
    /// The sheet (empty for CSV).
    pub sheet: String,
    /// The sheet's position in the file, to list refusals in the file's order.
    pub sheet_index: usize,
    /// The 0-based row.
    pub row: u32,
    /// The row's cells as text (for the `.rejected.csv` beside the source).
    pub cells: Vec<String>,
    /// Each cell at fault and why.
    pub problems: Vec<(String, Problem)>,
}

/// What became of one file named on the command line.
#[derive(Clone, Debug, Default)]
pub struct FileSummary {
    /// The file as the clerk named it.
    pub shown: String,
    /// The kind of rows it held, once known.
    pub kind: Option<Kind>,
    /// Its rows.
    pub counts: Counts,
    /// Why nothing of it could be read, when so.
    pub unreadable: Option<String>,
    /// Whether it was imported before and passed over.
    pub imported_before: bool,
    /// Notes, in the order they arose.
    pub notes: Vec<Note>,
    /// Rows refused.
    pub refused: Vec<Refused>,
    /// For chat material: its messages.
    pub chat: Option<ChatCounts>,
    /// Whether places are lines of chat text (`line 12`) rather than cells.
    pub by_line: bool,
}

impl FileSummary {
    /// Where a cell is, as the clerk reads it: the cell, or for chat text its line.
    pub fn place(&self, cell: &str, lang: Lang) -> String {
        match self.line(cell) {
            Some(line) => match lang {
                Lang::Zh => format!("第 {line} 行"),
                Lang::En => format!("line {line}"),
            },
            None => cell.to_string(),
        }
    }

    /// The line of chat text a cell stands for.
    fn line(&self, cell: &str) -> Option<u32> {
        self.by_line
            .then(|| {
                cell.trim_start_matches(|c: char| c.is_ascii_uppercase())
                    .parse()
                    .ok()
            })
            .flatten()
    }

    /// `登记表.xlsx [十一月]`, or the file alone for CSV.
    pub fn label(&self, sheet: &str) -> String {
        if sheet.is_empty() {
            self.shown.clone()
        } else {
            format!("{} [{sheet}]", self.shown)
        }
    }

    /// Whether anything of this file was refused or could not be read.
    pub fn has_errors(&self) -> bool {
        self.counts.rejected > 0
            || self.unreadable.is_some()
            || (self.kind.is_none() && self.chat.is_none() && !self.imported_before)
    }

    /// Each refused row once, in the order of the file's sheets and rows.
    pub fn refused_in_order(&self) -> Vec<&Refused> {
        let mut rows: Vec<&Refused> = self.refused.iter().collect();
        rows.sort_by_key(|r| (r.sheet_index, r.row));
        rows
    }
}

/// How the import ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The files were written (with the lines `write_files` printed).
    Written(String),
    /// Nothing to write.
    NothingNew,
    /// `--dry-run`: judged, not written.
    DryRun,
    /// Refused: nothing was written, for the reason given.
    NothingWritten(String),
}

/// Everything an import has to say.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Each file, in the order named.
    pub files: Vec<FileSummary>,
    /// Errors of the repository that no imported row caused (`file:line: error[CODE]: …`).
    pub elsewhere: Vec<String>,
    /// `.rejected.csv` files written beside the sources.
    pub rejected_files: Vec<String>,
    /// The review workbook written (`--review`).
    pub review: Option<String>,
    /// How it ended.
    pub ending: Ending,
}

impl Summary {
    /// Whether the import failed: nothing written for a reason, or rows or files refused.
    pub fn failed(&self) -> bool {
        matches!(self.ending, Ending::NothingWritten(_))
            || self.files.iter().any(FileSummary::has_errors)
    }

    /// The lines a clerk reads.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for file in &self.files {
            if file.imported_before {
                out.push_str(&format!(
                    "{}: {}\n",
                    file.shown,
                    lang.pick(
                        "此前已导入（同一 sha256），跳过；重新导入用 --force",
                        "imported before (same sha256): nothing to do; --force imports it again"
                    )
                ));
            }
            if let Some(why) = &file.unreadable {
                out.push_str(&format!(
                    "{}: {} {why}\n",
                    file.shown,
                    lang.pick("无法导入：", "cannot import:")
                ));
            }
            for note in &file.notes {
                let at = note
                    .cell
                    .as_deref()
                    .map_or(String::new(), |c| format!(" {}", file.place(c, lang)));
                out.push_str(&format!(
                    "{}{at}{} {}\n",
                    file.label(&note.sheet),
                    lang.pick("：", ":"),
                    note.message
                ));
            }
            for row in file.refused_in_order() {
                for (cell, problem) in &row.problems {
                    out.push_str(&format!(
                        "{} {}: {}\n  = {}{}\n",
                        file.label(&row.sheet),
                        file.place(cell, lang),
                        problem.message(lang),
                        lang.pick("提示：", "hint: "),
                        problem.hint(lang)
                    ));
                }
            }
        }
        for line in &self.elsewhere {
            out.push_str(line);
            out.push('\n');
        }
        for file in &self.files {
            if let Some(m) = &file.chat {
                out.push_str(&format!(
                    "{}: {} {}, {} {}, {} {}, {} {}, {} {}\n",
                    file.shown,
                    lang.pick("消息", "messages"),
                    m.messages,
                    lang.pick("模板消息", "in a template"),
                    m.templated,
                    lang.pick("待审核", "to review"),
                    m.candidates,
                    lang.pick("闲聊", "chit-chat"),
                    m.chit_chat,
                    lang.pick("重复消息", "repeated"),
                    m.repeated
                ));
            }
            if file.kind.is_none() && file.chat.is_none() {
                continue;
            }
            let c = &file.counts;
            out.push_str(&format!(
                "{}: {} {}, {} {}, {} {}, {} {}\n",
                file.shown,
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
        for path in &self.rejected_files {
            out.push_str(&format!(
                "{} {path}\n",
                lang.pick("被拒绝的行已写入", "rejected rows written to")
            ));
        }
        if let Some(path) = &self.review {
            out.push_str(&format!(
                "{} {path}\n",
                lang.pick("待审核消息已写入", "messages to review written to")
            ));
        }
        match &self.ending {
            Ending::Written(lines) => out.push_str(lines),
            Ending::NothingNew => {}
            Ending::DryRun => {
                out.push_str(lang.pick("试运行：未写入\n", "dry run: nothing written\n"))
            }
            Ending::NothingWritten(why) => {
                out.push_str(why);
                out.push('\n');
            }
        }
        out
    }

    /// JSON Lines: a `note` per note, a `refused` per refused cell (with its code), a `file`
    /// per file and one `summary`.
    pub fn json(&self, lang: Lang) -> String {
        let mut lines = Vec::new();
        for file in &self.files {
            for note in &file.notes {
                let line = note.cell.as_deref().and_then(|c| file.line(c));
                lines.push(serde_json::json!({
                    "type": "note", "file": file.shown, "sheet": note.sheet,
                    "cell": note.cell, "line": line, "message": note.message,
                }));
            }
            for row in file.refused_in_order() {
                for (cell, problem) in &row.problems {
                    lines.push(serde_json::json!({
                        "type": "refused", "file": file.shown, "sheet": row.sheet,
                        "row": row.row + 1, "cell": cell, "line": file.line(cell),
                        "code": problem.code.as_str(), "message": problem.message(lang),
                    }));
                }
            }
            let c = &file.counts;
            let kind = file.kind.map(Kind::as_str).or(file.chat.map(|_| "chat"));
            let chat = file.chat.map(|m| {
                serde_json::json!({
                    "messages": m.messages, "templated": m.templated,
                    "candidates": m.candidates, "chit_chat": m.chit_chat,
                    "repeated": m.repeated,
                })
            });
            lines.push(serde_json::json!({
                "type": "file", "file": file.shown, "kind": kind, "chat": chat,
                "read": c.read, "added": c.added, "skipped": c.skipped, "rejected": c.rejected,
                "imported_before": file.imported_before, "unreadable": file.unreadable,
            }));
        }
        let (written, reason) = match &self.ending {
            Ending::Written(_) => (true, None),
            Ending::NothingNew | Ending::DryRun => (false, None),
            Ending::NothingWritten(why) => (false, Some(why.as_str())),
        };
        lines.push(serde_json::json!({
            "type": "summary", "written": written,
            "dry_run": self.ending == Ending::DryRun, "not_written_because": reason,
            "repository_errors": self.elsewhere, "rejected_files": self.rejected_files,
            "review": self.review,
        }));
        lines.iter().map(|l| format!("{l}\n")).collect()
    }
}
