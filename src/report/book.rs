//! A report as plain data: named sheets of typed cells, with a cover of key figures and the
//! charts to draw. Report modules fill it; the renderers (xlsx, terminal, CSV, JSON) only
//! format it, so the workbook and the terminal show the same numbers. Every name, heading and
//! word in it carries a stable English id beside its text in the chosen language: the JSON
//! form gives the ids, so it is the same whatever `--lang` says.

use chrono::{NaiveDate, NaiveDateTime};

/// A name, heading or word of a report: its text in the chosen language and the stable id the
/// JSON form gives (`巡查完成率` / `Patrol completion` → `patrol_completion`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Words {
    /// The stable id: never depends on the language.
    pub id: String,
    /// The text shown.
    pub text: String,
}

impl Words {
    /// Words whose id is made from their English form: lower case, every run of other
    /// characters than letters and digits one `_` (`Rewards (yuan)` → `rewards_yuan`).
    pub fn new(text: impl Into<String>, english: &str) -> Words {
        Words {
            id: id_of(english),
            text: text.into(),
        }
    }

    /// Words that are the same in every language (a day of the month, a name).
    pub fn same(text: impl Into<String>) -> Words {
        let text = text.into();
        Words {
            id: text.clone(),
            text,
        }
    }

    /// A period, `2026-11-01 ~ 2026-11-15`; its id `2026-11-01..2026-11-15` (the JSON's
    /// `period`).
    pub fn period(from: NaiveDate, to: NaiveDate) -> Words {
        Words {
            id: format!("{from}..{to}"),
            text: format!("{from} ~ {to}"),
        }
    }

    /// Words made of data and words (`逾期 3 天` / `3 days late`): the English form whole is
    /// the id.
    pub fn phrase(text: impl Into<String>, english: impl Into<String>) -> Words {
        Words {
            id: english.into(),
            text: text.into(),
        }
    }
}

/// `Patrol completion vs previous` → `patrol_completion_vs_previous`.
fn id_of(english: &str) -> String {
    let mut id = String::with_capacity(english.len());
    for c in english.chars().filter(|c| *c != '\'') {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    while id.ends_with('_') {
        id.pop();
    }
    id
}

/// A cell's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text, always written as text: data (names, ids, titles) the same in every language.
    Text(String),
    /// A word of the report's own (a status, a channel, yes): shown in the chosen language,
    /// its id in JSON.
    Word(Words),
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
            Value::Word(w) => w.text.clone(),
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
            Value::Word(w) => w.id.clone().into(),
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

impl From<Words> for Value {
    fn from(words: Words) -> Value {
        Value::Word(words)
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
    pub name: Words,
    /// The heading row.
    pub headings: Vec<Words>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
    /// Charts drawn beside the table.
    pub charts: Vec<Chart>,
}

impl Sheet {
    /// A sheet with its headings.
    pub fn new(name: Words, headings: Vec<Words>) -> Sheet {
        Sheet {
            name,
            headings,
            rows: Vec::new(),
            charts: Vec::new(),
        }
    }

    /// The headings as shown.
    pub fn heading_texts(&self) -> Vec<&str> {
        self.headings.iter().map(|h| h.text.as_str()).collect()
    }

    /// The sheet as JSON: its id, its columns' ids and its rows.
    pub fn json(&self) -> serde_json::Value {
        let columns: Vec<&str> = self.headings.iter().map(|h| h.id.as_str()).collect();
        let rows: Vec<Vec<serde_json::Value>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.value.json()).collect())
            .collect();
        serde_json::json!({"id": self.name.id, "columns": columns, "rows": rows})
    }
}

/// A whole report.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Book {
    /// Which report: `monthly`, `weekly` … (the JSON's `report`).
    pub kind: &'static str,
    /// The report's title, e.g. 青山镇网格化监管月报.
    pub title: String,
    /// The period it covers, in words; its id is `2026-11-01..2026-11-15`.
    pub period: Words,
    /// Key figures for the cover and the terminal: label and value.
    pub summary: Vec<(Words, Value)>,
    /// The sheets after the cover.
    pub sheets: Vec<Sheet>,
    /// Posted in public: every text in it went through [`crate::mask`], and its outputs
    /// carry no tool version, commit, reporter or note.
    pub public: bool,
}

impl Book {
    /// The whole report as one JSON object (`"type":"report"`), the same in every language:
    /// ids for names, headings and words.
    pub fn json(&self) -> serde_json::Value {
        let summary: serde_json::Map<String, serde_json::Value> = self
            .summary
            .iter()
            .map(|(k, v)| (k.id.clone(), v.json()))
            .collect();
        let sheets: Vec<serde_json::Value> = self.sheets.iter().map(Sheet::json).collect();
        serde_json::json!({
            "type": "report",
            "report": self.kind,
            "period": self.period.id,
            "summary": summary,
            "sheets": sheets,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_english_words_in_snake_case() {
        assert_eq!(id_of("Patrol completion"), "patrol_completion");
        assert_eq!(id_of("Rewards (yuan)"), "rewards_yuan");
        assert_eq!(id_of("Village's hours"), "villages_hours");
        assert_eq!(
            id_of(" weekly consultation agenda"),
            "weekly_consultation_agenda"
        );
        assert_eq!(id_of("wechat_group"), "wechat_group");
    }
}
