//! `imports/rules.yaml`: a village's own headings mapped to columns, and the kind of its files,
//! without a code change (like hledger's CSV rules). The first rule whose file pattern and
//! headings match a sheet applies.

use std::path::Path;

use crate::format::{ImportRule, ImportRulesFile};
use crate::import::mapping::{Kind, normalise};
use crate::import::table::Raw;
use crate::layout::IMPORT_RULES;

/// One rule, checked and ready.
#[derive(Debug)]
pub struct Rule {
    /// Its number in the file, from 1.
    pub number: usize,
    file: Option<glob::Pattern>,
    when_headings: Vec<String>,
    /// The kind it names.
    pub kind: Option<Kind>,
    /// Normalised headings and the column each means.
    pub aliases: Vec<(String, &'static str)>,
    /// More names of vocabulary values: (column, name, value).
    pub values: Vec<(&'static str, String, String)>,
}

/// The rules of a repository (none without the file).
#[derive(Debug, Default)]
pub struct Rules {
    list: Vec<Rule>,
    /// Headings of chat exports (normalised) and the column each means.
    pub chat_headings: Vec<(String, &'static str)>,
    /// Header lines of chat text.
    pub chat_headers: Vec<crate::import::chat::headers::Pattern>,
}

/// The column named `field`, of `kind` or of any kind.
fn column(kind: Option<Kind>, field: &str) -> Option<&'static str> {
    Kind::given_or_all(kind)
        .iter()
        .flat_map(|k| k.columns().iter().copied())
        .find(|c| *c == field)
}

/// The column `field` with a closed vocabulary, of `kind` or of any kind.
fn vocabulary(kind: Option<Kind>, field: &str) -> Option<&'static crate::format::Column> {
    Kind::given_or_all(kind)
        .iter()
        .find_map(|k| k.vocabulary(field))
}

/// What is wrong with one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The kind is unknown.
    Kind(String),
    /// The file pattern is not a pattern: the pattern, glob's message and the position (from
    /// 0) where it went wrong.
    Pattern(String, String, usize),
    /// A heading maps to no column (of the rule's kind, or of any kind).
    Column {
        /// The heading.
        heading: String,
        /// The column named.
        field: String,
    },
    /// A name is given to a value its column does not have (or to a column without a closed
    /// vocabulary).
    Value {
        /// The column.
        field: String,
        /// The name given.
        name: String,
        /// The value named.
        value: String,
    },
}

impl Problem {
    /// The problem in words.
    pub fn message(&self, kind: Option<Kind>) -> String {
        match self {
            Problem::Kind(k) => format!("unknown kind `{k}` (one of {})", kind_names()),
            Problem::Pattern(p, e, _) => format!("file pattern `{p}`: {e}"),
            Problem::Column { field, .. } => match kind {
                Some(k) => format!(
                    "`{field}` is not a column of {} ({})",
                    k.as_str(),
                    k.columns().join(", ")
                ),
                None => format!("`{field}` is not a column of any kind"),
            },
            Problem::Value { field, value, .. } => match vocabulary(kind, field) {
                Some(column) => match column.shape {
                    crate::format::Shape::Choice(values) => format!(
                        "`{value}` is not a value of `{field}` ({})",
                        values.join(", ")
                    ),
                    _ => format!("`{field}` has no closed list of values"),
                },
                None => format!("`{field}` has no closed list of values"),
            },
        }
    }
}

/// The kinds, as a rules file names them.
pub fn kind_names() -> String {
    Kind::ALL.map(Kind::as_str).join(", ")
}

/// Compiles one rule (numbered from 1), or says what is wrong with it.
pub fn compile(number: usize, rule: &ImportRule) -> Result<Rule, (Option<Kind>, Problem)> {
    let kind = match &rule.kind {
        Some(k) => Some(
            Kind::ALL
                .into_iter()
                .find(|c| c.as_str() == k)
                .ok_or_else(|| (None, Problem::Kind(k.clone())))?,
        ),
        None => None,
    };
    let file = match &rule.file {
        Some(p) => Some(
            glob::Pattern::new(p)
                .map_err(|e| (kind, Problem::Pattern(p.clone(), e.to_string(), e.pos)))?,
        ),
        None => None,
    };
    let mut aliases = Vec::new();
    for (heading, field) in &rule.headings {
        let col = column(kind, field).ok_or_else(|| {
            (
                kind,
                Problem::Column {
                    heading: heading.clone(),
                    field: field.clone(),
                },
            )
        })?;
        aliases.push((normalise(heading), col));
    }
    let mut values = Vec::new();
    for (field, names) in &rule.values {
        for (name, value) in names {
            let problem = || {
                (
                    kind,
                    Problem::Value {
                        field: field.clone(),
                        name: name.clone(),
                        value: value.clone(),
                    },
                )
            };
            let column = vocabulary(kind, field).ok_or_else(problem)?;
            match column.shape {
                crate::format::Shape::Choice(known) if known.contains(&value.as_str()) => {}
                _ => return Err(problem()),
            }
            values.push((column.name, name.clone(), value.clone()));
        }
    }
    Ok(Rule {
        number,
        file,
        when_headings: rule.when_headings.iter().map(|h| normalise(h)).collect(),
        kind,
        aliases,
        values,
    })
}

/// Reads and checks `imports/rules.yaml`; errors name the rule.
pub fn load(root: &Path) -> Result<Rules, String> {
    let path = root.join(IMPORT_RULES);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Rules::default()),
        Err(e) => return Err(format!("{IMPORT_RULES}: {e}")),
    };
    let file: ImportRulesFile =
        serde_yaml::from_str(&text).map_err(|e| format!("{IMPORT_RULES}: {e}"))?;
    let list = file
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            compile(i + 1, rule).map_err(|(kind, problem)| {
                format!("{IMPORT_RULES}: rule {}: {}", i + 1, problem.message(kind))
            })
        })
        .collect::<Result<_, _>>()?;
    let mut chat_headings = Vec::new();
    for (heading, field) in &file.chat.headings {
        let known = crate::import::chat::export::FIELDS
            .iter()
            .find(|f| **f == field.as_str())
            .ok_or_else(|| {
                format!(
                    "{IMPORT_RULES}: chat: headings: `{field}` is not one of {}",
                    crate::import::chat::export::FIELDS.join(", ")
                )
            })?;
        chat_headings.push((normalise(heading), *known));
    }
    let chat_headers = file
        .chat
        .header
        .iter()
        .map(|h| {
            crate::import::chat::headers::Pattern::new(h)
                .map_err(|e| format!("{IMPORT_RULES}: chat: header {e}"))
        })
        .collect::<Result<_, _>>()?;
    Ok(Rules {
        list,
        chat_headings,
        chat_headers,
    })
}

impl Rules {
    /// The rule for a sheet of the file named `file_name`.
    pub fn for_sheet(&self, file_name: &str, rows: &[Vec<Raw>]) -> Option<&Rule> {
        self.list.iter().find(|rule| {
            rule.file.as_ref().is_none_or(|p| p.matches(file_name))
                && rule.when_headings.iter().all(|wanted| {
                    rows.iter().take(10).any(|row| {
                        row.iter()
                            .any(|c| matches!(c, Raw::Text(t) if normalise(t) == *wanted))
                    })
                })
        })
    }
}
