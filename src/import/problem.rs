//! Why a cell of an imported spreadsheet is refused: a code of the one list in `codes.rs` with
//! its arguments, so the clerk reads it in her language and `--format json` carries the code.

use crate::codes::Code;
use crate::diagnostic::Arg;
use crate::i18n::Lang;

/// A refused cell's reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The code; it fixes the message.
    pub code: Code,
    /// The arguments of the code's message.
    pub args: Vec<Arg>,
}

impl Problem {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::diagnostic::render(self.code.template(lang), &self.args, lang)
    }

    /// What the clerk can do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        crate::diagnostic::render(self.code.hint(lang), &self.args, lang)
    }
}

/// Builds a [`Problem`]: `problem!(E0203, name)`.
#[macro_export]
macro_rules! problem {
    ($code:ident $(, $arg:expr)* $(,)?) => {
        $crate::import::problem::Problem {
            code: $crate::codes::Code::$code,
            args: vec![$($crate::diagnostic::IntoArg::into_arg($arg)),*],
        }
    };
}
