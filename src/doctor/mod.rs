//! `grid doctor`: what commonly goes wrong on a clerk's machine and in a town repository, each
//! with how to fix it. Every check is a function returning [`Finding`]s; none changes anything.

mod files;
mod git;

use std::path::Path;

use crate::i18n::Lang;
use crate::output::terminal::Terminal;

/// How a finding stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// As it should be.
    Good,
    /// Worth knowing; nothing to fix.
    Note,
    /// Needs fixing: the finding says how.
    Problem,
}

impl Health {
    /// The stable English id (JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Good => "ok",
            Health::Note => "note",
            Health::Problem => "problem",
        }
    }

    /// The word shown in a table.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Health::Good => lang.pick("正常", "ok"),
            Health::Note => lang.pick("提示", "note"),
            Health::Problem => lang.pick("需处理", "fix"),
        }
    }
}

/// One thing the doctor looked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// A stable English id: `git`, `repository`, `hook` …
    pub id: &'static str,
    /// How it stands.
    pub health: Health,
    /// What was found.
    pub found: String,
    /// How to fix it (empty when nothing needs fixing).
    pub fix: String,
}

impl Finding {
    /// What was looked at, in `lang` (its id in English).
    pub fn subject(&self, lang: Lang) -> &'static str {
        let zh = match self.id {
            "git" => "git 程序",
            "repository" => "仓库",
            "git-repository" => "git 仓库",
            "gitattributes" => "换行设置",
            "gitignore" => "忽略清单",
            "history" => "提交历史",
            "hook" => "提交前钩子",
            "leftovers" => "残留文件",
            "lf" => "换行符",
            "lock" => "写入锁",
            "encoding" => "文件编码",
            "terminal" => "终端",
            "language" => "语言",
            other => other,
        };
        lang.pick(zh, self.id)
    }

    fn new(id: &'static str, health: Health, found: String, fix: &str) -> Finding {
        Finding {
            id,
            health,
            found,
            fix: fix.to_string(),
        }
    }
}

/// What the session is: the repository found (or why none), the terminal and the language.
pub struct Session<'a> {
    /// The repository root, or the message saying why there is none.
    pub repo: Result<&'a Path, String>,
    /// The terminal.
    pub term: Terminal,
    /// The language, and what decided it.
    pub lang: (Lang, &'static str),
}

/// Every finding, in the order a clerk would fix them.
pub fn examine(session: &Session) -> Vec<Finding> {
    let lang = session.lang.0;
    let mut found = vec![git::program(lang)];
    match session.repo {
        Ok(root) => {
            found.push(Finding::new(
                "repository",
                Health::Good,
                root.display().to_string(),
                "",
            ));
            found.extend(git::repository(root, lang));
            found.extend(files::lock(root, lang));
            found.push(files::leftovers(root, lang));
            found.push(files::encodings(root, lang));
        }
        Err(ref why) => found.push(Finding::new(
            "repository",
            Health::Problem,
            why.clone(),
            lang.pick(
                "进入镇网格仓库的文件夹再运行，或用 --repo 指定",
                "run it inside the town's folder, or name it with --repo",
            ),
        )),
    }
    found.push(terminal(session.term, lang));
    found.push(language(session.lang));
    found
}

fn terminal(term: Terminal, lang: Lang) -> Finding {
    let width = match term.width {
        Some(w) => format!("{} {w}", lang.pick("宽度", "width")),
        None => lang
            .pick("宽度未知（不是终端）", "width unknown (not a terminal)")
            .to_string(),
    };
    // Why: a flag or a variable by its name, else in words.
    let source = match term.color_source {
        "terminal" => lang.pick("终端", "terminal"),
        "pipe" => lang.pick("输出不是终端", "pipe"),
        "console" => lang.pick("控制台", "console"),
        named => named,
    };
    let colour = match term.color {
        true => format!("{} ({source})", lang.pick("彩色", "colours on")),
        false => format!("{} ({source})", lang.pick("无彩色", "colours off")),
    };
    let health = match term.color_source {
        "console" => Health::Problem,
        _ => Health::Note,
    };
    let fix = match health {
        Health::Problem => lang.pick(
            "这个控制台不支持彩色：改用 Windows Terminal，或设 NO_COLOR=1",
            "this console cannot show colours: use Windows Terminal, or set NO_COLOR=1",
        ),
        _ => "",
    };
    Finding::new("terminal", health, format!("{width}; {colour}"), fix)
}

fn language((lang, source): (Lang, &'static str)) -> Finding {
    let name = lang.pick("中文", "English");
    let why = match source {
        "default" => lang.pick(
            "默认（未设 --lang 与 GRID_LANG，LANG 未设或为 C/POSIX）",
            "the default (no --lang, no GRID_LANG, LANG unset or C/POSIX)",
        ),
        other => other,
    };
    Finding::new("language", Health::Note, format!("{name}: {why}"), "")
}
