//! The doctor's file checks: the writers' lock, files a killed writer left, and data files
//! whose encoding had to be guessed.

use std::path::Path;

use crate::doctor::{Finding, Health};
use crate::i18n::Lang;
use crate::load::discover;
use crate::load::text::{TextEncoding, decode};
use crate::lock::{LockState, probe};
use crate::write::TEMP_PREFIX;

/// The most files a finding names; the rest are counted.
const SHOWN: usize = 5;

/// Whether a writer holds the lock, or one was killed while writing.
pub fn lock(root: &Path, lang: Lang) -> Option<Finding> {
    match probe(root) {
        LockState::Free => None,
        LockState::Writing(who) => Some(Finding::new(
            "lock",
            Health::Note,
            format!(
                "{} ({who})",
                lang.pick("另一个 grid 命令正在写入", "a grid command is writing now")
            ),
            "",
        )),
        LockState::Killed(who, false) => Some(Finding::new(
            "lock",
            Health::Note,
            format!(
                "{} ({who}){}",
                lang.pick(
                    "上次写入的 grid 命令被中断",
                    "a grid command was killed while writing"
                ),
                lang.pick("，没有留下未完成的修改", "; it left nothing half done")
            ),
            "",
        )),
        LockState::Killed(who, true) => Some(Finding::new(
            "lock",
            Health::Problem,
            format!(
                "{} ({who}){}",
                lang.pick(
                    "上次写入的 grid 命令被中断",
                    "a grid command was killed while writing"
                ),
                lang.pick("，留下了未完成的修改", ", leaving a change half done")
            ),
            lang.pick(
                "运行 grid check：grid 会先把文件恢复成修改前的样子",
                "run grid check: grid first puts the files back as they were",
            ),
        )),
    }
}

/// Temporary files a killed writer left in the repository.
pub fn leftovers(root: &Path, lang: Lang) -> Finding {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if name.starts_with(TEMP_PREFIX) {
                found.push(relative(root, &entry.path()));
            } else if is_dir && name != ".git" {
                dirs.push(entry.path());
            }
        }
    }
    found.sort();
    match found.is_empty() {
        true => Finding::new(
            "leftovers",
            Health::Good,
            lang.pick("没有残留的临时文件", "no temporary files left behind")
                .to_string(),
            "",
        ),
        false => Finding::new(
            "leftovers",
            Health::Problem,
            format!(
                "{}: {}",
                lang.pick(
                    "中断的写入留下临时文件",
                    "temporary files left by an interrupted write"
                ),
                listed(&found)
            ),
            lang.pick(
                "下一个写入命令会清除它们；也可以直接删除",
                "the next writing command removes them; deleting them by hand is safe too",
            ),
        ),
    }
}

/// Data files not in UTF-8: read by guessing the encoding (GBK/GB18030), or not readable.
pub fn encodings(root: &Path, lang: Lang) -> Finding {
    let Ok(files) = discover::scan(&crate::load::tree::Tree::disk(root)) else {
        return Finding::new("encoding", Health::Note, String::new(), "");
    };
    let dated = [
        &files.patrols,
        &files.sweeps,
        &files.meetings,
        &files.inspections,
        &files.approvals,
    ];
    let paths = files
        .fixed
        .iter()
        .map(|p| p.to_string())
        .chain(dated.into_iter().flatten().map(|f| f.path.clone()))
        .chain(files.cases.iter().map(|c| c.path.clone()));
    let mut guessed = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        let Ok(bytes) = std::fs::read(root.join(&path)) else {
            continue;
        };
        match decode(&bytes) {
            Ok(d) if d.encoding == TextEncoding::Utf8 => {}
            Ok(d) => guessed.push(format!("{path} ({})", d.encoding.name())),
            Err(e) => unreadable.push(format!("{path} ({})", e.describe())),
        }
    }
    if !unreadable.is_empty() {
        return Finding::new(
            "encoding",
            Health::Problem,
            format!(
                "{}: {}",
                lang.pick("无法按文本读取", "cannot be read as text"),
                listed(&unreadable)
            ),
            lang.pick(
                "grid check 指出出错的行列；改正后另存为 UTF-8",
                "grid check names the line and column; fix them and save as UTF-8",
            ),
        );
    }
    match guessed.is_empty() {
        true => Finding::new(
            "encoding",
            Health::Good,
            lang.pick("数据文件都是 UTF-8", "every data file is UTF-8")
                .to_string(),
            "",
        ),
        false => Finding::new(
            "encoding",
            Health::Problem,
            format!(
                "{}: {}",
                lang.pick(
                    "这些文件不是 UTF-8，编码是猜出来的",
                    "these files are not UTF-8; their encoding was guessed"
                ),
                listed(&guessed)
            ),
            lang.pick(
                "用 Excel「另存为 → CSV UTF-8」或 WPS 另存为 UTF-8 编码",
                "save them as UTF-8 (Excel: Save As → CSV UTF-8)",
            ),
        ),
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The first few entries, and how many more.
fn listed(items: &[String]) -> String {
    let mut text = items
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > SHOWN {
        text.push_str(&format!(" (+{})", items.len() - SHOWN));
    }
    text
}
