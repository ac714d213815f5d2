//! A list defined once as columns — stable JSON key, Chinese and English headings, the value
//! of a row — and rendered from that one definition as a terminal table, JSON Lines or CSV, so
//! the three never disagree and JSON keys never change with the language.

use serde_json::{Map, Value};

use crate::cli::ListFormat;
use crate::i18n::Lang;
use crate::output::terminal::Terminal;

/// How a value reads in a table and a CSV file.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// As it is.
    Plain,
    /// A share from 0 to 1, shown as a percentage (`99.2%`; `无数据` when null).
    Rate,
    /// A stable name (JSON keeps it), shown in Chinese by the given words.
    Named(fn(&str) -> Option<&'static str>),
}

/// A column of a list of `R`.
pub struct Column<R> {
    /// The JSON key.
    pub key: &'static str,
    /// The Chinese heading.
    pub zh: &'static str,
    /// The English heading.
    pub en: &'static str,
    /// How it reads.
    pub shape: Shape,
    /// The value of a row.
    pub value: fn(&R) -> Value,
}

/// A column of plain values.
pub const fn plain<R>(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    value: fn(&R) -> Value,
) -> Column<R> {
    Column {
        key,
        zh,
        en,
        shape: Shape::Plain,
        value,
    }
}

/// A column of rates.
pub const fn rate<R>(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    value: fn(&R) -> Value,
) -> Column<R> {
    Column {
        shape: Shape::Rate,
        ..plain(key, zh, en, value)
    }
}

/// A column of stable names, shown in Chinese by `words`.
pub const fn named<R>(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    words: fn(&str) -> Option<&'static str>,
    value: fn(&R) -> Value,
) -> Column<R> {
    Column {
        shape: Shape::Named(words),
        ..plain(key, zh, en, value)
    }
}

/// A cell as text.
fn text(value: &Value, shape: Shape, lang: Lang) -> String {
    match (value, shape) {
        (Value::Null, Shape::Rate) => lang.pick("无数据", "no data").to_string(),
        (Value::Null, _) => String::new(),
        (Value::Number(n), Shape::Rate) => {
            format!("{:.1}%", n.as_f64().unwrap_or(0.0) * 100.0)
        }
        (Value::String(s), Shape::Named(words)) if lang == Lang::Zh => {
            words(s).map_or_else(|| s.clone(), str::to_string)
        }
        (Value::String(s), _) => s.clone(),
        (other, _) => other.to_string(),
    }
}

/// The rows as JSON objects, each with `"type": kind`.
pub fn json_lines<R>(kind: &str, columns: &[Column<R>], rows: &[R]) -> String {
    let mut out = String::new();
    for row in rows {
        let mut object = Map::new();
        object.insert("type".to_string(), Value::String(kind.to_string()));
        for c in columns {
            object.insert(c.key.to_string(), (c.value)(row));
        }
        out.push_str(&Value::Object(object).to_string());
        out.push('\n');
    }
    out
}

/// The rows in `format`: a table, JSON Lines (`"type": kind`) or CSV with a BOM.
pub fn render<R>(
    kind: &str,
    columns: &[Column<R>],
    rows: &[R],
    format: ListFormat,
    lang: Lang,
    term: Terminal,
) -> String {
    let headings: Vec<&str> = columns.iter().map(|c| lang.pick(c.zh, c.en)).collect();
    let cells = |row: &R| -> Vec<String> {
        columns
            .iter()
            .map(|c| text(&(c.value)(row), c.shape, lang))
            .collect()
    };
    match format {
        ListFormat::Json => json_lines(kind, columns, rows),
        ListFormat::Csv => crate::output::csv_text(&headings, rows.iter().map(cells)),
        ListFormat::Table => {
            let mut table = crate::output::table::new(&headings, term);
            for row in rows {
                table.add_row(cells(row));
            }
            format!("{table}\n")
        }
    }
}
