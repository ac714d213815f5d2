//! Diagnostics: what is wrong with the data, where, and what to do about it. A diagnostic is a
//! value: rules return them, commands decide how to render them and what the exit code is.

use crate::codes::{Code, Severity};
use crate::i18n::{Lang, fill};
use crate::source::FileId;

/// A place in a file of the repository: 1-based line and column (0 where unknown). In CSV files
/// the column is the field number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// 1-based line; 0 for the file as a whole.
    pub line: u32,
    /// 1-based column or CSV field number; 0 where unknown.
    pub col: u32,
}

impl Span {
    /// A span at a line and column.
    pub fn new(file: FileId, line: u32, col: u32) -> Span {
        Span { file, line, col }
    }

    /// The same line, another column (for a CSV row's fields).
    pub fn at_col(self, col: u32) -> Span {
        Span { col, ..self }
    }

    /// The file as a whole.
    pub fn file(file: FileId) -> Span {
        Span {
            file,
            line: 0,
            col: 0,
        }
    }
}

/// An argument of a message: plain text, or a word that has a Chinese and an English form.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    /// Text shown as is (ids, values, dates).
    Text(String),
    /// A word of the interface in both languages.
    Local(&'static str, &'static str),
    /// A phrase made with data, in Chinese and in English.
    Phrase(String, String),
}

impl Arg {
    /// The argument in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Arg::Text(text) => text,
            Arg::Local(zh, en) => lang.pick(zh, en),
            Arg::Phrase(zh, en) => lang.pick(zh, en),
        }
    }
}

/// A word with a Chinese and an English form, as a message argument.
#[derive(Clone, Copy, Debug)]
pub struct Localized(pub &'static str, pub &'static str);

/// Turns a value into a message argument (used by [`diag!`]).
pub trait IntoArg {
    /// The argument.
    fn into_arg(self) -> Arg;
}

impl<T: std::fmt::Display> IntoArg for T {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

/// A phrase made with data (numbers, ids, what a library said), in Chinese and in English, as
/// a message argument: `Phrase::new(format!("有 {n} 列"), format!("{n} fields"))`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The Chinese form.
    pub zh: String,
    /// The English form.
    pub en: String,
}

impl Phrase {
    /// A phrase from its two forms.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Phrase {
        Phrase {
            zh: zh.into(),
            en: en.into(),
        }
    }
}

impl IntoArg for Phrase {
    fn into_arg(self) -> Arg {
        Arg::Phrase(self.zh, self.en)
    }
}

impl IntoArg for Localized {
    fn into_arg(self) -> Arg {
        Arg::Local(self.0, self.1)
    }
}

/// One problem found in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable code; it fixes severity, message and hint.
    pub code: Code,
    /// Where it is.
    pub span: Span,
    /// The arguments of the code's message template.
    pub args: Vec<Arg>,
}

impl Diagnostic {
    /// A diagnostic with its message arguments.
    pub fn new(code: Code, span: Span, args: Vec<Arg>) -> Diagnostic {
        Diagnostic { code, span, args }
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        render(self.code.template(lang), &self.args, lang)
    }

    /// The hint in the given language (some hints mention the arguments too).
    pub fn hint(&self, lang: Lang) -> String {
        render(self.code.hint(lang), &self.args, lang)
    }
}

/// A code's message or hint `template` with `args` in `lang`.
pub fn render(template: &str, args: &[Arg], lang: Lang) -> String {
    let texts: Vec<String> = args.iter().map(|a| a.get(lang).to_string()).collect();
    fill(template, &texts)
}

/// Builds a [`Diagnostic`] and pushes it onto a `Vec<Diagnostic>`:
/// `diag!(out, E0203, span, id)`.
#[macro_export]
macro_rules! diag {
    ($out:expr, $code:ident, $span:expr $(, $arg:expr)* $(,)?) => {
        $out.push($crate::diagnostic::Diagnostic::new(
            $crate::codes::Code::$code,
            $span,
            vec![$($crate::diagnostic::IntoArg::into_arg($arg)),*],
        ))
    };
}

/// How many of `diagnostics` are errors.
pub fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .count()
}

/// Sorts diagnostics by file, line, column and code so output does not depend on load order.
pub fn sort(diagnostics: &mut [Diagnostic], path_of: impl Fn(FileId) -> String) {
    diagnostics.sort_by_cached_key(|d| {
        (
            path_of(d.span.file),
            d.span.line,
            d.span.col,
            d.code,
            d.args.clone(),
        )
    });
}

/// A span, or how to find one: looked up only when a finding is reported there (finding the
/// place of a value deep in a YAML file costs more than checking it).
pub trait Locate {
    /// The span.
    fn locate(self) -> Span;
}

impl Locate for Span {
    fn locate(self) -> Span {
        self
    }
}

impl<F: FnOnce() -> Span> Locate for F {
    fn locate(self) -> Span {
        self()
    }
}
