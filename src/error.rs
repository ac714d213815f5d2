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
