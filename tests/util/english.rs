//! The check for English in what grid says under Chinese: runs of three or more ASCII letters
//! outside ids, paths, codes, date patterns, quoted user data and a few names.

use std::collections::BTreeSet;

use clap::CommandFactory;

/// Names that stay as they are in Chinese text.
pub const NAMES: &[&str] = &[
    "git", "Excel", "JSON", "CSV", "HTML", "Parquet", "DuckDB", "Spark", "Trino", "ISO", "xlsx",
    "xls", "ods", "csv", "grid", "LANG", "YAML", "Tab",
];

/// The ids of the command line (commands, long flags and their values), of the commands'
/// own values and of the file formats; gathered once per test binary.
pub fn ids() -> &'static BTreeSet<String> {
    static IDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(gather_ids)
}

fn gather_ids() -> BTreeSet<String> {
    fn walk(command: &clap::Command, out: &mut BTreeSet<String>) {
        out.insert(command.get_name().to_string());
        for arg in command.get_arguments() {
            out.extend(arg.get_long().map(|l| format!("--{l}")));
            for value in arg.get_possible_values() {
                out.insert(value.get_name().to_string());
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&grid::cli::Cli::command(), &mut out);
    // Values read by the commands' own parsers.
    use grid::model::choices::{Action, Card, Channel, Impact, Outcome, Verdict};
    for texts in [
        Action::TEXTS,
        Card::TEXTS,
        Channel::TEXTS,
        Impact::TEXTS,
        Outcome::TEXTS,
        Verdict::TEXTS,
    ] {
        out.extend(texts.iter().map(|t| t.to_string()));
    }
    let states = grid::model::case::State::ALL.iter();
    out.extend(states.map(|s| s.as_str().to_string()));
    // The repository's file formats: field and column names, and the values they take.
    let schemas = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for entry in std::fs::read_dir(schemas).expect("schemas/") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a schema");
        let schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        format_words(&schema, &mut out);
    }
    out
}

/// The property names and enumerated values of a JSON schema.
fn format_words(schema: &serde_json::Value, out: &mut BTreeSet<String>) {
    match schema {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            if let Some(serde_json::Value::Array(values)) = map.get("enum") {
                out.extend(values.iter().filter_map(|v| v.as_str().map(str::to_string)));
            }
            map.values().for_each(|v| format_words(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| format_words(v, out)),
        _ => {}
    }
}

/// Whether a line quotes the user's file (a numbered source line under a diagnostic, or its
/// gutter): what is there is the user's data.
fn quotes_the_file(line: &str) -> bool {
    let line = line.trim_start();
    let number = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let gutter = number.trim_start();
    gutter.starts_with("| ") || gutter == "|"
}

/// The English words of `text`: runs of three or more ASCII letters in a word that is no id,
/// path, file name, flag, code or date pattern.
pub fn english(text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    // What the user typed or wrote is quoted back as it was: `未知的命令 'chek'`, ``未知字段
    // `colour` ``, and the file's lines under a diagnostic.
    let text: String = text
        .lines()
        .filter(|line| !quotes_the_file(line))
        .collect::<Vec<_>>()
        .join("\n");
    let text: String = text
        .split(['\'', '`'])
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    let is_word_char = |c: char| c.is_ascii_alphanumeric() || "_-./:@=<>".contains(c);
    text.split(|c: char| !is_word_char(c))
        .map(|w| {
            w.trim_matches(|c: char| "<>:=".contains(c))
                .trim_end_matches('.')
        })
        .filter(|w| {
            let letters = w
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|run| run.len() >= 3);
            // Ids join their parts with hyphens (W1-V01, county-sthj, batch-1).
            let hyphenated = w.trim_matches('-').contains('-');
            let id_like = hyphenated
                || w.contains(['_', '/', '.', '@'])
                || w.chars().any(|c| c.is_ascii_digit())
                || w.starts_with('-')
                || w.chars().all(|c| "YMDHWQnw-:".contains(c));
            // A field and its value as the file has them (`grid log`): `action=accepted`.
            let field_value = w
                .split_once('=')
                .is_some_and(|(f, v)| ids.contains(f) && ids.contains(v));
            letters && !id_like && !field_value && !ids.contains(*w) && !NAMES.contains(w)
        })
        .map(str::to_string)
        .collect()
}
