//! Errors that stop a command before it can do its work (exit code 2). Problems *in* the data
//! are not errors but [`crate::diagnostic::Diagnostic`]s.

use std::path::PathBuf;

use crate::i18n::Lang;

/// Why a command could not run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No `town.yaml` in the folder or above it.
    #[error("no town repository: no town.yaml in {0} or any folder above it")]
    RepoNotFound(PathBuf),
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file to be replaced stays held open by another program (Excel or WPS on Windows).
    #[error("{}: it is open in another program; close it in Excel or WPS and run again", .0.display())]
    HeldOpen(PathBuf),
    /// The arguments do not make sense together.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Error::RepoNotFound(dir), Lang::Zh) => format!(
                "找不到镇网格仓库：{} 及其上级目录中都没有 town.yaml（用 --repo 指定，或用 grid init 创建）",
                dir.display()
            ),
            (Error::Io { path, source }, Lang::Zh) => {
                format!("无法读写 {}：{}", path.display(), source)
            }
            (Error::HeldOpen(path), Lang::Zh) => format!(
                "{0}：文件正被其他程序打开；请先在 Excel 或 WPS 中关闭 {1}，然后重新运行",
                path.display(),
                path.file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned())
            ),
            _ => self.to_string(),
        }
    }

    /// An IO error at a path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
