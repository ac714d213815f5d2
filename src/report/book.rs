//! A report as plain data: named sheets of typed cells, with a cover of key figures and the
//! charts to draw. Report modules fill it; the renderers (xlsx, terminal, CSV, JSON) only
//! format it, so the workbook and the terminal show the same numbers.

use chrono::{NaiveDate, NaiveDateTime};

/// A cell's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text, always written as text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// A share, 0 to 1, shown as a percentage.
    Percent(f64),
    /// A number of days, one decimal; a delay under a tenth of a day shows as `<0.1`, never
    /// as a bare 0.
    Days(f64),
    /// A date.
    Date(NaiveDate),
    /// A date and time.
    Time(NaiveDateTime),
    /// Nothing.
    Empty,
}

impl Value {
    /// The value as text, for terminals and CSV.
    pub fn text(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Int(n) => n.to_string(),
            Value::Float(x) => format!("{x:.2}"),
            Value::Percent(p) => format!("{:.1}%", p * 100.0),
            Value::Days(x) if *x < 0.05 => "<0.1".to_string(),
            Value::Days(x) => format!("{x:.1}"),
            Value::Date(d) => d.to_string(),
            Value::Time(t) => crate::timefmt::format_stamp(*t),
            Value::Empty => String::new(),
        }
    }

    /// The value for JSON.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Int(n) => (*n).into(),
            Value::Float(x) | Value::Percent(x) | Value::Days(x) => serde_json::json!(x),
            Value::Empty => serde_json::Value::Null,
            other => other.text().into(),
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A cell: a value, red when it marks something overdue or missed.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The value.
    pub value: Value,
    /// Overdue, missed: red fill.
    pub alarm: bool,
}

impl Cell {
    /// A plain cell.
    pub fn new(value: impl Into<Value>) -> Cell {
        Cell {
            value: value.into(),
            alarm: false,
        }
    }

    /// A red cell.
    pub fn alarm(value: impl Into<Value>) -> Cell {
        Cell {
            value: value.into(),
            alarm: true,
        }
    }
}

/// A chart drawn from two columns of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Its title.
    pub title: String,
    /// Bars (horizontal) for rankings, columns otherwise, or a pie.
    pub kind: ChartKind,
    /// The column of the categories.
    pub categories: usize,
    /// The column of the values.
    pub values: usize,
}

/// The chart types used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Vertical columns.
    Column,
    /// Horizontal bars.
    Bar,
    /// A pie.
    Pie,
}

/// One sheet.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sheet {
    /// Its name (Excel allows 31 characters).
    pub name: String,
    /// The heading row.
    pub headings: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
    /// Charts drawn beside the table.
    pub charts: Vec<Chart>,
}

impl Sheet {
    /// A sheet with its headings.
    pub fn new(name: &str, headings: &[&str]) -> Sheet {
        Sheet {
            name: name.to_string(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            charts: Vec::new(),
        }
    }
}

/// A whole report.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Book {
    /// The report's title, e.g. 青山镇网格化监管月报.
    pub title: String,
    /// The period it covers, in words.
    pub period: String,
    /// Key figures for the cover and the terminal: label and value.
    pub summary: Vec<(String, Value)>,
    /// The sheets after the cover.
    pub sheets: Vec<Sheet>,
    /// Posted in public: every text in it went through [`crate::mask`], and its outputs
    /// carry no tool version, commit, reporter or note.
    pub public: bool,
}
