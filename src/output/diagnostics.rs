//! Rendering diagnostics: compiler-style text with the offending line and a caret under the
//! field, or one JSON object per line.

use std::collections::HashMap;
use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use anstyle::Style;

use crate::codes::Severity;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Lang, Text};
use crate::load::text::decode;
use crate::output::terminal::{BLUE, BOLD, RED, Terminal, YELLOW};
use crate::source::{FileId, Sources};

/// The lines of files that diagnostics point into, read once each.
#[derive(Default)]
pub struct SourceLines {
    files: HashMap<FileId, Option<Vec<String>>>,
}

impl SourceLines {
    fn line(&mut self, sources: &Sources, file: FileId, line: u32) -> Option<&str> {
        let lines = self.files.entry(file).or_insert_with(|| {
            let bytes = std::fs::read(sources.full_path(file)).ok()?;
            let text = decode(&bytes).ok()?.text;
            Some(text.lines().map(str::to_string).collect())
        });
        lines
            .as_ref()?
            .get((line as usize).checked_sub(1)?)
            .map(String::as_str)
    }
}

/// Renders one diagnostic as text:
///
/// ```text
/// patrols/2026-11.csv:57:3: error[E0203]: unknown person `P0999`
///    |
/// 57 | 2026-11-20,W1-V01,P0999,07:30,…
///    |                   ^^^^^
///    = hint: every person needs a row in roster.csv
/// ```
pub fn render_text(
    d: &Diagnostic,
    sources: &Sources,
    lines: &mut SourceLines,
    lang: Lang,
    term: Terminal,
) -> String {
    let paint = |style: Style| match term.color {
        true => style.render().to_string(),
        false => String::new(),
    };
    let reset = match term.color {
        true => Style::new().render_reset().to_string(),
        false => String::new(),
    };
    let (label, style) = match d.severity() {
        Severity::Error => (Text::Error.get(lang), paint(RED)),
        Severity::Warning => (Text::Warning.get(lang), paint(YELLOW)),
    };
    let path = sources.path(d.span.file);
    let mut place = path.to_string();
    if d.span.line > 0 {
        let _ = write!(place, ":{}", d.span.line);
        if d.span.col > 0 {
            let _ = write!(place, ":{}", d.span.col);
        }
    }
    let mut out = format!(
        "{bold}{place}{reset}: {style}{label}[{code}]{reset}: {bold}{message}{reset}\n",
        bold = paint(BOLD),
        code = d.code.as_str(),
        message = d.message(lang)
    );
    let blue = paint(BLUE);
    if d.span.line > 0
        && let Some(text) = lines.line(sources, d.span.file, d.span.line)
    {
        let number = d.span.line.to_string();
        let pad = " ".repeat(number.len());
        let shown: String = text.chars().take(200).collect();
        let _ = writeln!(out, "{blue}{pad} |{reset}");
        let _ = writeln!(out, "{blue}{number} |{reset} {shown}");
        if let Some((start, width)) = caret(
            &shown,
            d.span.col,
            crate::layout::strip_extension(path, "csv").is_some(),
        ) {
            let _ = writeln!(
                out,
                "{blue}{pad} |{reset} {}{style}{}{reset}",
                " ".repeat(start),
                "^".repeat(width.max(1))
            );
        }
        let _ = writeln!(
            out,
            "{blue}{pad} = {reset}{}: {}",
            Text::Hint.get(lang),
            d.hint(lang)
        );
    } else {
        let _ = writeln!(
            out,
            "  {blue}={reset} {}: {}",
            Text::Hint.get(lang),
            d.hint(lang)
        );
    }
    out
}

/// Where the caret goes under `line`, in display columns: under the CSV field `col` (1-based),
/// or at the YAML column `col`.
fn caret(line: &str, col: u32, csv: bool) -> Option<(usize, usize)> {
    if col == 0 {
        return None;
    }
    if !csv {
        let before: String = line.chars().take(col as usize - 1).collect();
        let rest: String = line
            .chars()
            .skip(col as usize - 1)
            .take_while(|c| !c.is_whitespace() && *c != ':')
            .collect();
        return Some((before.width(), rest.width()));
    }
    let mut field = 1;
    let mut in_quotes = false;
    let mut start = 0;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => {
                if field == col {
                    return Some((line[..start].width(), line[start..i].width()));
                }
                field += 1;
                start = i + 1;
            }
            _ => {}
        }
    }
    (field == col).then(|| (line[..start].width(), line[start..].width()))
}

/// Every diagnostic as text, one after another, each ending in a newline.
pub fn render_all_text(
    diagnostics: &[Diagnostic],
    sources: &Sources,
    lang: Lang,
    term: Terminal,
) -> String {
    let mut lines = SourceLines::default();
    let mut text = String::new();
    for d in diagnostics {
        text.push_str(&render_text(d, sources, &mut lines, lang, term));
        text.push('\n');
    }
    text
}

/// Every diagnostic as a JSON line.
pub fn render_all_json(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> String {
    let mut text = String::new();
    for d in diagnostics {
        text.push_str(&render_json(d, sources, lang).to_string());
        text.push('\n');
    }
    text
}

/// Renders one diagnostic as a JSON object.
pub fn render_json(d: &Diagnostic, sources: &Sources, lang: Lang) -> serde_json::Value {
    let nonzero = |n: u32| (n > 0).then_some(n);
    serde_json::json!({
        "type": "diagnostic",
        "code": d.code.as_str(),
        "severity": d.severity().as_str(),
        "file": sources.path(d.span.file),
        "line": nonzero(d.span.line),
        "column": nonzero(d.span.col),
        "message": d.message(lang),
        "hint": d.hint(lang),
    })
}

#[cfg(test)]
mod tests {
    use super::caret;

    #[test]
    fn carets_sit_under_the_field() {
        let line = "2026-11-20,W1-V01,P0999,\"a,b\",x";
        assert_eq!(caret(line, 3, true), Some((18, 5)));
        assert_eq!(caret(line, 5, true), Some((30, 1)));
        assert_eq!(caret("名字,P1", 2, true), Some((5, 2)));
        assert_eq!(caret("  by: P0999", 3, false), Some((2, 2)));
    }
}
