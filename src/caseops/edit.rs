//! Text-level edits of a YAML document that keep every untouched line as it was: appending an
//! entry to a top-level list, setting a top-level scalar, replacing a top-level block. Comments
//! and the author's layout elsewhere in the file survive.

use crate::load::yaml::{LineIndex, Step};
use crate::source::FileId;

fn index(text: &str) -> LineIndex {
    LineIndex::build(text, FileId(0), &mut Vec::new())
}

/// The 0-based line range `[first, end)` of a top-level key's block, without trailing blank or
/// comment lines.
fn block(text: &str, key: &str) -> Option<(usize, usize)> {
    let index = index(text);
    let tops: Vec<(String, u32)> = index.top_level().map(|(k, l)| (k.to_string(), l)).collect();
    let at = tops.iter().position(|(k, _)| k == key)?;
    let first = tops[at].1 as usize - 1;
    let lines: Vec<&str> = text.lines().collect();
    let mut end = tops
        .get(at + 1)
        .map_or(lines.len(), |(_, l)| *l as usize - 1);
    while end > first + 1 && {
        let line = lines[end - 1].trim();
        line.is_empty() || line.starts_with('#')
    } {
        end -= 1;
    }
    Some((first, end))
}

fn splice(text: &str, from: usize, to: usize, insert: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + insert.len());
    for line in &lines[..from] {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(insert);
    for line in &lines[to..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Appends `item` (a YAML list entry rendered at indent 0, ending in a newline) to the
/// top-level list `key`, in the indentation its entries already use; creates the list when
/// it is missing or empty.
pub fn append_to_list(text: &str, key: &str, item: &str) -> String {
    let Some((first, end)) = block(text, key) else {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("{key}:\n{item}"));
        return out;
    };
    let Some((_, col)) = index(text).find(&[Step::Key(key), Step::Index(0)]) else {
        // `key: []`, `key:` or `key: ~`: the list starts here.
        return splice(text, first, end, &format!("{key}:\n{item}"));
    };
    let pad = " ".repeat(col.saturating_sub(1) as usize);
    let indented: String = item.lines().map(|l| format!("{pad}{l}\n")).collect();
    splice(text, end, end, &indented)
}

/// Sets a top-level scalar (`value` already rendered as YAML); inserts the key before
/// `before` (or at the end) when the file lacks it.
pub fn set_scalar(text: &str, key: &str, value: &str, before: &str) -> String {
    let line = format!("{key}: {value}\n");
    match block(text, key) {
        Some((first, end)) => splice(text, first, end, &line),
        None => match block(text, before) {
            Some((first, _)) => splice(text, first, first, &line),
            None => format!("{}{line}", with_newline(text)),
        },
    }
}

/// Replaces (or appends) a whole top-level block; `rendered` starts with `key:`.
pub fn set_block(text: &str, key: &str, rendered: &str) -> String {
    match block(text, key) {
        Some((first, end)) => splice(text, first, end, rendered),
        None => format!("{}{rendered}", with_newline(text)),
    }
}

fn with_newline(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# a comment that stays\nid: X\nimpact: none  # keep?\nevents:\n  - at: 1\n    action: a\n\n# trailing comment\ndisclosure: {public: false}\n";

    #[test]
    fn entries_are_appended_in_the_lists_own_indentation() {
        let out = append_to_list(DOC, "events", "- at: 2\n  action: b\n");
        assert_eq!(
            out,
            "# a comment that stays\nid: X\nimpact: none  # keep?\nevents:\n  - at: 1\n    action: a\n  - at: 2\n    action: b\n\n# trailing comment\ndisclosure: {public: false}\n"
        );
    }

    #[test]
    fn empty_and_missing_lists_are_created() {
        assert_eq!(
            append_to_list("id: X\nevents: []\nz: 1\n", "events", "- a: 1\n"),
            "id: X\nevents:\n- a: 1\nz: 1\n"
        );
        assert_eq!(
            append_to_list("id: X\n", "events", "- a: 1\n"),
            "id: X\nevents:\n- a: 1\n"
        );
    }

    #[test]
    fn scalars_and_blocks_are_replaced_in_place() {
        let out = set_scalar(DOC, "impact", "eliminated", "events");
        assert!(out.contains("\nimpact: eliminated\nevents:"), "{out}");
        let out = set_scalar("id: X\nevents: []\n", "duplicate_of", "QS-1", "events");
        assert_eq!(out, "id: X\nduplicate_of: QS-1\nevents: []\n");
        let out = set_block(DOC, "disclosure", "disclosure:\n  public: true\n");
        assert!(
            out.ends_with("# trailing comment\ndisclosure:\n  public: true\n"),
            "{out}"
        );
    }
}
