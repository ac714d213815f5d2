//! Writing YAML the way people read it: block style, and every string that a YAML reader
//! could take for something else (`yes`, `on`, `010`, `1e3`, `12:30`, a date where text is
//! meant, a leading `*` …) in single quotes. serde_yaml writes several of those bare, which
//! YAML 1.1 readers (PyYAML, many editors) turn into booleans, numbers and dates.

use serde::Serialize;
use serde_yaml::Value;

/// Whether `text` reads back as the same string when written bare.
pub fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if text != text.trim() || text.contains(['\n', '\t', '"', '\'']) {
        return false;
    }
    if "-?:,[]{}#&*!|>%@`".contains(first)
        || text.contains(": ")
        || text.contains(" #")
        || text.ends_with(':')
    {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    const WORDS: &[&str] = &[
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ".nan", ".inf", "-.inf",
        "+.inf",
    ];
    if WORDS.contains(&lower.as_str()) {
        return false;
    }
    // Numbers of any YAML version: 010, 0x1F, 1_000, 1e3, 1.5, 12:30 (base 60).
    let numeric = text
        .chars()
        .all(|c| c.is_ascii_digit() || "+-._:eExXoObB".contains(c) || c.is_ascii_hexdigit());
    let starts_like_a_number =
        text.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '.');
    if numeric && starts_like_a_number && text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

/// A string as a YAML scalar: bare when safe, otherwise single-quoted.
pub fn scalar(text: &str) -> String {
    if is_plain_safe(text) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// The text of a scalar or empty collection; `None` for what needs a block of its own.
/// Dates and times of the file formats are written bare: they are meant as dates.
fn value_text(value: &Value) -> Option<String> {
    Some(match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if is_time(s) => s.clone(),
        Value::String(s) => scalar(s),
        Value::Sequence(items) if items.is_empty() => "[]".to_string(),
        Value::Mapping(map) if map.is_empty() => "{}".to_string(),
        _ => return None,
    })
}

fn is_time(text: &str) -> bool {
    crate::timefmt::parse_date(text).is_some() || crate::timefmt::parse_stamp(text).is_some()
}

fn key_text(key: &Value) -> String {
    match key {
        Value::String(s) => scalar(s),
        Value::Number(n) => n.to_string(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Emits `value` in block style, each line indented by `indent` spaces.
fn emit(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Mapping(map) => {
            for (k, v) in map {
                let key = key_text(k);
                match value_text(v) {
                    Some(text) => out.push_str(&format!("{pad}{key}: {text}\n")),
                    None => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        let child = if matches!(v, Value::Sequence(_)) {
                            indent
                        } else {
                            indent + 2
                        };
                        emit(v, child, out);
                    }
                }
            }
        }
        Value::Sequence(items) => {
            for item in items {
                let mut inner = String::new();
                emit_item(item, &mut inner);
                for (i, line) in inner.lines().enumerate() {
                    let lead = if i == 0 { "- " } else { "  " };
                    out.push_str(&format!("{pad}{lead}{line}\n"));
                }
            }
        }
        other => {
            let text = value_text(other).unwrap_or_default();
            out.push_str(&format!("{pad}{text}\n"));
        }
    }
}

fn emit_item(item: &Value, out: &mut String) {
    match item {
        Value::Mapping(_) | Value::Sequence(_) => emit(item, 0, out),
        other => out.push_str(&format!("{}\n", value_text(other).unwrap_or_default())),
    }
}

/// Serialises `value` as a block-style YAML document (no `---`).
pub fn to_string<T: Serialize>(value: &T) -> Result<String, serde_yaml::Error> {
    let tree = serde_yaml::to_value(value)?;
    let mut out = String::new();
    emit(&tree, 0, &mut out);
    Ok(out)
}

/// Serialises `value` as one entry of a block list, indented by `indent` spaces.
pub fn list_item<T: Serialize>(value: &T, indent: usize) -> Result<String, serde_yaml::Error> {
    let tree = serde_yaml::to_value(vec![value])?;
    let mut out = String::new();
    emit(&tree, indent, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ambiguous_strings_are_quoted() {
        for text in [
            "yes", "No", "on", "010", "12:30", "1e3", "0x1F", "true", "", " x", "a: b", "#c", "*x",
            "1.5", "-",
        ] {
            assert!(!is_plain_safe(text), "{text}");
            let back: String = serde_yaml::from_str(&scalar(text)).unwrap();
            assert_eq!(back, text);
        }
        for text in [
            "P0042",
            "前店村",
            "G-construction",
            "QS-2026-0042",
            "责令限期拆除",
            "county-zrzy",
            "E01",
            "abc",
        ] {
            assert!(is_plain_safe(text), "{text}");
        }
        assert_eq!(scalar("it's"), "'it''s'");
    }

    #[test]
    fn documents_round_trip() {
        #[derive(Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Doc {
            id: String,
            code: String,
            at: String,
            tags: Vec<String>,
            rows: Vec<std::collections::BTreeMap<String, String>>,
            empty: Vec<String>,
        }
        let doc = Doc {
            id: "QS-2026-0001".into(),
            code: "010".into(),
            at: "2026-11-24 10:00".into(),
            tags: vec!["yes".into(), "前店村".into()],
            rows: vec![
                [
                    ("by".to_string(), "12345".to_string()),
                    ("channel".to_string(), "hotline_12345".to_string()),
                ]
                .into(),
            ],
            empty: vec![],
        };
        let text = to_string(&doc).unwrap();
        assert_eq!(
            text,
            "id: QS-2026-0001\ncode: '010'\nat: 2026-11-24 10:00\ntags:\n- 'yes'\n- 前店村\nrows:\n- by: '12345'\n  channel: hotline_12345\nempty: []\n"
        );
        let back: Doc = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, doc);
    }
}
