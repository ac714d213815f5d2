//! YAML files: typed parsing with located diagnostics, and a line index of the block structure.
//!
//! serde_yaml locates type errors and unknown fields, but not values that parse well and turn
//! out wrong later, and it keeps the last of two equal keys in a map. The [`LineIndex`] reads
//! the block structure line by line (cheap next to parsing) so that every entry of a list can be
//! cited by its line, and so that a repeated key is an error with both places named.

use serde::de::DeserializeOwned;

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Phrase, Span};
use crate::load::csv_table::MAX_FIELD_CHARS;
use crate::load::library_errors;
use crate::load::yaml_repair::{Repair, entry_of_line, readings};
use crate::source::FileId;

/// One step of a path into a YAML document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step<'a> {
    /// A mapping key.
    Key(&'a str),
    /// A sequence index.
    Index(usize),
}

/// A step as the index keeps it.
#[derive(Debug, PartialEq, Eq)]
enum OwnedStep {
    Key(Box<str>),
    Index(usize),
}

impl OwnedStep {
    fn step(&self) -> Step<'_> {
        match self {
            OwnedStep::Key(key) => Step::Key(key),
            OwnedStep::Index(i) => Step::Index(*i),
        }
    }
}

/// A place of the index by the node it hangs from (0: the document) and its step.
#[derive(Debug, PartialEq, Eq)]
struct Slot {
    parent: u32,
    step: OwnedStep,
}

/// A [`Slot`] looked up without building one.
#[derive(Hash)]
struct SlotRef<'a> {
    parent: u32,
    step: Step<'a>,
}

impl std::hash::Hash for Slot {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        SlotRef {
            parent: self.parent,
            step: self.step.step(),
        }
        .hash(state);
    }
}

impl hashbrown::Equivalent<Slot> for SlotRef<'_> {
    fn equivalent(&self, slot: &Slot) -> bool {
        self.parent == slot.parent && self.step == slot.step.step()
    }
}

/// Where a place starts, and the node that places under it hang from.
#[derive(Clone, Copy, Debug)]
struct Place {
    node: u32,
    line: u32,
    col: u32,
}

/// The deepest nesting (block levels, or flow brackets) a YAML file may have.
pub const MAX_DEPTH: usize = 64;
/// The largest YAML file read.
pub const MAX_YAML_BYTES: usize = 16 * 1024 * 1024;

/// Where each block-style key and list entry of a YAML file starts. The places form a tree:
/// each is found by its parent's node and its own step, so a path is looked up one step at a
/// time and no path is ever built or copied.
#[derive(Debug, Default)]
pub struct LineIndex {
    /// The first place of each step under each node.
    places: hashbrown::HashMap<Slot, Place, rustc_hash::FxBuildHasher>,
    /// How many nodes were given out (node 0 is the document).
    nodes: u32,
    /// The top-level keys in file order, with their lines.
    top: Vec<(String, u32)>,
    /// Where each repeated key stands: its line and the column (from 0) where the key starts.
    repeated: Vec<(u32, usize)>,
    /// The first line (or block scalar) long enough to hold a value over
    /// [`MAX_FIELD_CHARS`]: the file's values are measured before it is used.
    long_text_at: Option<u32>,
    /// The file is too large or too deep to parse: it was reported and is not read further.
    refused: bool,
}

struct Frame {
    /// Column of the key, or of the content after `- `.
    col: usize,
    /// Column of the dash for list entries.
    dash: Option<usize>,
    /// The node of the place that opened the frame.
    node: u32,
    entries: usize,
}

/// The deepest nesting of flow brackets (`[`, `{`) outside quotes, on any line.
fn flow_depth(text: &str) -> (usize, u32) {
    if memchr::memchr2(b'[', b'{', text.as_bytes()).is_none() {
        return (0, 1);
    }
    let (mut depth, mut deepest, mut line, mut deepest_line) = (0usize, 0usize, 1u32, 1u32);
    let mut quote: Option<u8> = None;
    for b in text.bytes() {
        match (quote, b) {
            (_, b'\n') => {
                line += 1;
                quote = None;
            }
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'[' | b'{') => {
                depth += 1;
                if depth > deepest {
                    (deepest, deepest_line) = (depth, line);
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (deepest, deepest_line)
}

impl LineIndex {
    /// Indexes `text`, pushing a diagnostic for every key repeated at the same level.
    /// A file over [`MAX_YAML_BYTES`] or nested deeper than [`MAX_DEPTH`] is reported (E0101)
    /// and marked refused before any work that grows with its size or depth.
    pub fn build(text: &str, file: FileId, out: &mut Vec<Diagnostic>) -> LineIndex {
        LineIndex::build_to(text, file, usize::MAX, out)
    }

    /// Indexes the places of `text` whose paths have at most `steps` steps (a top-level key
    /// and the entries under it, for 2), as [`build`](Self::build) does; lines deeper are
    /// passed over, so repeated keys there are not seen.
    pub fn build_to(
        text: &str,
        file: FileId,
        steps: usize,
        out: &mut Vec<Diagnostic>,
    ) -> LineIndex {
        let mut index = LineIndex::default();
        if text.len() > MAX_YAML_BYTES {
            diag!(
                out,
                E0101,
                Span::new(file, 1, 1),
                Phrase::new(
                    format!(
                        "文件有 {} MB，YAML 文件最多 {} MB",
                        text.len() / (1024 * 1024),
                        MAX_YAML_BYTES / (1024 * 1024)
                    ),
                    format!(
                        "the file holds {} MB, more than the {} MB a YAML file may",
                        text.len() / (1024 * 1024),
                        MAX_YAML_BYTES / (1024 * 1024)
                    )
                )
            );
            index.refused = true;
            return index;
        }
        let (deepest, line) = flow_depth(text);
        if deepest > MAX_DEPTH {
            index.refuse_depth(file, line, out);
            return index;
        }
        let mut stack: Vec<Frame> = vec![Frame {
            col: 0,
            dash: None,
            node: 0,
            entries: 0,
        }];
        let mut block_scalar_above: Option<(usize, u32, usize)> = None;
        'lines: for (n, raw) in text.lines().enumerate() {
            let line_no = u32::try_from(n + 1).unwrap_or(u32::MAX);
            if raw.len() > MAX_FIELD_CHARS && index.long_text_at.is_none() {
                index.long_text_at = Some(line_no);
            }
            let content = raw.trim_start_matches(' ');
            let indent = raw.len() - content.len();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if let Some((col, start, length)) = &mut block_scalar_above {
                if indent > *col {
                    *length += raw.len();
                    if *length > MAX_FIELD_CHARS && index.long_text_at.is_none() {
                        index.long_text_at = Some(*start);
                    }
                    continue;
                }
                block_scalar_above = None;
            }
            if content.starts_with("---") || content.starts_with("...") {
                continue;
            }
            // Below the deepest place indexed: the line belongs to the last place's value.
            if let Some(top) = stack.last().filter(|_| stack.len() > steps) {
                let below = match top.dash {
                    Some(_) => indent >= top.col,
                    None => indent > top.col,
                };
                if below {
                    continue;
                }
            }
            let mut col = indent;
            let mut rest = content;
            // A line may open several nested list entries: `- - a`.
            while rest == "-" || rest.starts_with("- ") {
                while stack.len() > 1 {
                    let top = &stack[stack.len() - 1];
                    let pop = match top.dash {
                        Some(dash) => dash >= col,
                        None => top.col > col,
                    };
                    if !pop {
                        break;
                    }
                    stack.pop();
                }
                if stack.len() > MAX_DEPTH {
                    index.refuse_depth(file, line_no, out);
                    return index;
                }
                if stack.len() > steps {
                    continue 'lines;
                }
                let parent = stack.len() - 1;
                let entry = stack[parent].entries;
                stack[parent].entries += 1;
                let after = rest[1..].trim_start_matches(' ');
                let content_col = col + (rest.len() - after.len());
                let step = OwnedStep::Index(entry);
                let node = index.add(stack[parent].node, step, line_no, to_u32(col + 1));
                stack.push(Frame {
                    col: content_col,
                    dash: Some(col),
                    node,
                    entries: 0,
                });
                col = content_col;
                rest = after;
            }
            let Some((key, value)) = split_key(rest) else {
                continue;
            };
            while stack.len() > 1 {
                let top = &stack[stack.len() - 1];
                let pop = match top.dash {
                    Some(_) => top.col > col,
                    None => top.col >= col,
                };
                if !pop {
                    break;
                }
                stack.pop();
            }
            if stack.len() > MAX_DEPTH {
                index.refuse_depth(file, line_no, out);
                return index;
            }
            if stack.len() > steps {
                continue;
            }
            let parent = stack.len() - 1;
            let slot = SlotRef {
                parent: stack[parent].node,
                step: Step::Key(&key),
            };
            if parent == 0 {
                index.top.push((key.clone(), line_no));
            }
            let node = match index.places.get(&slot) {
                Some(first) => {
                    diag!(
                        out,
                        E0105,
                        Span::new(file, line_no, to_u32(col + 1)),
                        &key,
                        first.line
                    );
                    index.repeated.push((line_no, col));
                    // What the repeated key holds is not indexed: a path names the first.
                    index.fresh_node()
                }
                None => {
                    let step = OwnedStep::Key(key.into_boxed_str());
                    index.add(stack[parent].node, step, line_no, to_u32(col + 1))
                }
            };
            let value = value.trim();
            if value.starts_with('|') || value.starts_with('>') {
                block_scalar_above = Some((col, line_no, 0));
            }
            stack.push(Frame {
                col,
                dash: None,
                node,
                entries: 0,
            });
        }
        index
    }

    fn fresh_node(&mut self) -> u32 {
        self.nodes += 1;
        self.nodes
    }

    /// Indexes the place of `step` under `parent` and returns its node. The step is new there:
    /// a key was looked up first (a repeated one is reported, not added), and a list entry's
    /// number counts up in its frame.
    fn add(&mut self, parent: u32, step: OwnedStep, line: u32, col: u32) -> u32 {
        let node = self.fresh_node();
        self.places
            .insert(Slot { parent, step }, Place { node, line, col });
        node
    }

    /// The places of `path`'s steps, as far as they are indexed.
    fn walk<'p>(&'p self, path: &'p [Step<'p>]) -> impl Iterator<Item = Place> + 'p {
        let mut parent = 0;
        path.iter().map_while(move |&step| {
            let place = *self.places.get(&SlotRef { parent, step })?;
            parent = place.node;
            Some(place)
        })
    }

    fn refuse_depth(&mut self, file: FileId, line: u32, out: &mut Vec<Diagnostic>) {
        diag!(
            out,
            E0101,
            Span::new(file, line, 1),
            Phrase::new(
                format!("嵌套超过 {MAX_DEPTH} 层"),
                format!("nested deeper than {MAX_DEPTH} levels")
            )
        );
        self.refused = true;
    }

    /// Whether the file was refused (too large or too deep) and must not be parsed.
    pub fn refused(&self) -> bool {
        self.refused
    }

    /// The line and column where exactly `path` starts, if it is written in block style.
    pub fn find(&self, path: &[Step]) -> Option<(u32, u32)> {
        let (steps, last) = self.walk(path).enumerate().last()?;
        (steps + 1 == path.len()).then_some((last.line, last.col))
    }

    /// The top-level keys in file order, with their lines.
    pub fn top_level(&self) -> impl Iterator<Item = (&str, u32)> {
        self.top.iter().map(|(key, line)| (key.as_str(), *line))
    }

    /// The line and column where `path` starts, or of the longest prefix of it that is
    /// indexed (a flow-style value is cited by its key). `(1, 0)` when nothing matches.
    pub fn locate(&self, path: &[Step]) -> (u32, u32) {
        self.walk(path)
            .last()
            .map_or((1, 0), |place| (place.line, place.col))
    }

    /// The span of `path` in `file`.
    pub fn span(&self, file: FileId, path: &[Step]) -> Span {
        let (line, col) = self.locate(path);
        Span::new(file, line, col)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Splits `key: value` (also `key:` and quoted keys); `None` for anything else.
pub(super) fn split_key(text: &str) -> Option<(String, &str)> {
    let (key, after) = if let Some(quote) = text.chars().next().filter(|c| *c == '"' || *c == '\'')
    {
        let close = text[1..].find(quote)? + 1;
        (text[1..close].to_string(), &text[close + 1..])
    } else {
        if text.starts_with(['{', '[', '&', '*', '!', '|', '>', '"', '\'']) {
            return None;
        }
        let colon = text
            .match_indices(':')
            .find(|(i, _)| text[i + 1..].is_empty() || text[i + 1..].starts_with([' ', '\t']))?
            .0;
        (text[..colon].trim_end().to_string(), &text[colon..])
    };
    let value = after.strip_prefix(':')?;
    if !(value.is_empty() || value.starts_with([' ', '\t'])) {
        return None;
    }
    // A comment starts at a `#` after a space.
    let comment = memchr::memchr_iter(b'#', value.as_bytes())
        .find(|&at| at > 0 && value.as_bytes()[at - 1] == b' ');
    let value = match comment {
        Some(at) => &value[..at - 1],
        None => value,
    };
    Some((key, value))
}

/// Parses a YAML document into `T`, turning serde_yaml's errors into located diagnostics.
/// Reading goes on past the first error (see [`yaml_repair`](super::yaml_repair)), so that
/// every error of the file is reported in one run; a file with any error gives `None`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: FileId,
    index: &LineIndex,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    if index.refused || !values_fit(text, file, index, out) {
        return None;
    }
    let mut repair: Option<Repair> = None;
    if !index.repeated.is_empty() {
        let mut r = Repair::new(text);
        for &(line, col) in &index.repeated {
            r.drop_repeated(line, col);
        }
        repair = Some(r);
    }
    for _ in 0..readings(text.len()) {
        let repaired = repair.as_ref().map(Repair::text);
        let current = repaired.as_deref().unwrap_or(text);
        let err = match serde_yaml::from_str::<T>(current) {
            Ok(value) => return repair.is_none().then_some(value),
            Err(err) => err,
        };
        let message = err.to_string();
        let found = yaml_error(&err, file, index, current);
        let r = repair.get_or_insert_with(|| Repair::new(text));
        let line = found
            .as_ref()
            .map(|d| d.span.line)
            .or_else(|| err.location().map(|l| to_u32(l.line())))?;
        // A syntax error leaves nothing after it to be read reliably.
        let syntax = found.as_ref().is_some_and(|d| d.code == Code::E0101);
        if !r.caused(line, &message) {
            out.extend(found);
        }
        if syntax {
            return None;
        }
        let col = err.location().map(|l| l.column());
        if !r.set_aside(line, col, &message) {
            return None;
        }
    }
    None
}

/// Whether every value of the document fits in [`MAX_FIELD_CHARS`]; measured only when a
/// line or block scalar is long enough to hold a longer one. A longer value is reported at
/// that line.
fn values_fit(text: &str, file: FileId, index: &LineIndex, out: &mut Vec<Diagnostic>) -> bool {
    let Some(line) = index.long_text_at else {
        return true;
    };
    fn longest(value: &serde_yaml::Value) -> usize {
        match value {
            serde_yaml::Value::String(s) => s.chars().count(),
            serde_yaml::Value::Sequence(items) => items.iter().map(longest).max().unwrap_or(0),
            serde_yaml::Value::Mapping(map) => map
                .iter()
                .map(|(k, v)| longest(k).max(longest(v)))
                .max()
                .unwrap_or(0),
            serde_yaml::Value::Tagged(tagged) => longest(&tagged.value),
            _ => 0,
        }
    }
    let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(text) else {
        return true;
    };
    let chars = longest(&value);
    if chars <= MAX_FIELD_CHARS {
        return true;
    }
    diag!(
        out,
        E0104,
        Span::new(file, line, 1),
        Phrase::new(
            format!("一个值有 {chars} 个字符（最多 {MAX_FIELD_CHARS} 个）"),
            format!("a value of {chars} characters (at most {MAX_FIELD_CHARS})")
        )
    );
    false
}

/// Checks the document for repeated keys in flow style and other structure errors that typed
/// parsing into a map would hide (last-wins), by reading it as an untyped value first.
pub fn check_untyped(
    text: &str,
    file: FileId,
    index: &LineIndex,
    out: &mut Vec<Diagnostic>,
) -> bool {
    if index.refused {
        return false;
    }
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(_) => true,
        Err(err) => {
            out.extend(yaml_error(&err, file, index, text));
            false
        }
    }
}

/// The diagnostic for a serde_yaml error in `source`; none for a repeated key that the line
/// index has already reported with both its places.
fn yaml_error(
    err: &serde_yaml::Error,
    file: FileId,
    index: &LineIndex,
    source: &str,
) -> Option<Diagnostic> {
    let full = strip_location(&err.to_string());
    let text = full.as_str();
    let (path_text, detail) = match text.split_once(": ") {
        Some((path, detail)) if !path.contains(' ') => (Some(path), detail),
        _ => (None, text),
    };
    let path = path_text.map(parse_path).unwrap_or_default();
    let span = match err.location() {
        Some(loc) if loc.line() > 1 || loc.column() > 1 || path.is_empty() => {
            let line = to_u32(loc.line());
            let (line, col) = refused_value_at(source, line, &path, detail)
                .filter(|(found, _)| *found != line)
                .unwrap_or((line, to_u32(loc.column())));
            Span::new(file, line, col)
        }
        _ => index.span(file, &path),
    };
    let quoted = |prefix: &str| {
        detail
            .strip_prefix(prefix)
            .and_then(|r| r.split('`').nth(1))
            .map(str::to_string)
    };
    let repeated = quoted("duplicate field").or_else(|| {
        detail
            .strip_prefix("duplicate entry with key ")
            .map(|k| k.trim_matches('"').to_string())
    });
    let mut out = Vec::new();
    if let Some(field) = quoted("unknown field") {
        diag!(out, E0102, span, field);
    } else if let Some(field) = quoted("missing field") {
        diag!(out, E0103, span, field);
    } else if let Some(key) = repeated {
        if !index.repeated.is_empty() {
            return None;
        }
        let mut keyed = path.clone();
        keyed.push(Step::Key(&key));
        diag!(out, E0105, index.span(file, &keyed), key, "?");
    } else if detail.starts_with("invalid")
        || detail.starts_with("unknown variant")
        || detail.contains("is not a")
    {
        // The field's name, not its path: the span places it, and a path counted in a
        // repaired text (see `yaml_repair`) could number list entries wrongly.
        let field = path.iter().rev().find_map(|step| match step {
            Step::Key(key) => Some(*key),
            Step::Index(_) => None,
        });
        diag!(out, E0104, span, library_errors::value(field, detail));
    } else {
        diag!(out, E0101, span, library_errors::yaml_syntax(text));
    }
    out.pop()
}

/// Where the entry `wanted` picks stands in the mapping that starts at `line` of `source`:
/// that line or a later one of the same mapping (not deeper, not after it ends), at its key.
fn find_in_mapping(
    source: &str,
    line: u32,
    wanted: impl Fn(&str, &str) -> bool,
) -> Option<(u32, u32)> {
    let start = usize::try_from(line).ok()?.checked_sub(1)?;
    let mut level = None;
    for (i, text) in source.split('\n').enumerate().skip(start) {
        let Some((key, value, col)) = entry_of_line(text) else {
            continue;
        };
        let level = *level.get_or_insert(col);
        if col < level {
            return None;
        }
        if col == level && wanted(&key, value) {
            return Some((to_u32(i + 1), to_u32(col + 1)));
        }
    }
    None
}

/// Where a refused value stands when serde_yaml placed the error at the start of the mapping
/// holding it (as it does for a value our own parsing refuses): the entry with the path's last
/// key, or the one whose value the message quotes (`` `x2026-09-02` is not a time ``).
fn refused_value_at(source: &str, line: u32, path: &[Step], detail: &str) -> Option<(u32, u32)> {
    if let Some(Step::Key(key)) = path.last() {
        return find_in_mapping(source, line, |k, _| k == *key);
    }
    let quoted = detail.strip_prefix('`')?.split_once("` is not a")?.0;
    find_in_mapping(source, line, |_, value| {
        value.trim_matches(|c| c == '"' || c == '\'') == quoted
    })
}

/// Removes serde_yaml's ` at line N column M` (every one) from a message: the span says it.
fn strip_location(message: &str) -> String {
    let Some(at) = message.find(" at line ") else {
        return message.to_string();
    };
    let rest = &message[at + " at line ".len()..];
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix(" column ").unwrap_or(rest);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    strip_location(&format!("{}{rest}", &message[..at]))
}

/// Reads serde_yaml's error path, e.g. `events[1].at`.
fn parse_path(text: &str) -> Vec<Step<'_>> {
    let mut path = Vec::new();
    for part in text.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                path.push(Step::Key(&rest[..open]));
            }
            rest = &rest[open..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let Some(close) = stripped.find(']') else {
                    break;
                };
                if let Ok(i) = stripped[..close].parse() {
                    path.push(Step::Index(i));
                }
                rest = &stripped[close + 1..];
            }
        } else if !rest.is_empty() {
            path.push(Step::Key(rest));
        }
    }
    path
}

impl<'a> From<&'a str> for Step<'a> {
    fn from(key: &'a str) -> Step<'a> {
        Step::Key(key)
    }
}

impl From<usize> for Step<'_> {
    fn from(index: usize) -> Self {
        Step::Index(index)
    }
}

/// A path into a YAML document: `path!["villages", 3, "work_area"]`.
#[macro_export]
macro_rules! path {
    ($($step:expr),* $(,)?) => {
        [$($crate::load::yaml::Step::from($step)),*]
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step<'_> {
        Step::Key(k)
    }

    const CASE: &str = "id: QS-2026-0001\nreports:\n  - {at: 2026-11-20 08:40, by: P0104, channel: patrol}\nevents:\n- at: 2026-11-20 09:00\n  action: accepted\n- at: 2026-11-20 09:30 # a comment: here\n  action: assigned\n  to: G-x\nnote: |\n  a: b\n  c: d\nlast: 1\n";

    #[test]
    fn list_entries_and_keys_are_located() {
        let mut out = Vec::new();
        let index = LineIndex::build(CASE, crate::source::FileId(0), &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(index.locate(&[key("events"), Step::Index(1)]), (7, 1));
        assert_eq!(
            index.locate(&[key("events"), Step::Index(1), key("to")]),
            (9, 3)
        );
        assert_eq!(
            index.locate(&[key("reports"), Step::Index(0), key("by")]),
            (3, 3)
        );
        assert_eq!(index.locate(&[key("last")]), (13, 1));
    }

    #[test]
    fn repeated_keys_are_errors_with_both_lines() {
        let mut out = Vec::new();
        let text = "a: 1\nb:\n  x: 1\n  x: 2\na: 3\n";
        LineIndex::build(text, crate::source::FileId(0), &mut out);
        let found: Vec<_> = out
            .iter()
            .map(|d| (d.span.line, d.message(crate::i18n::Lang::En)))
            .collect();
        assert_eq!(
            found,
            vec![
                (4, "duplicate key `x` (first at line 3)".to_string()),
                (5, "duplicate key `a` (first at line 1)".to_string())
            ]
        );
    }

    #[test]
    fn error_paths_are_read() {
        assert_eq!(
            parse_path("events[1].at"),
            vec![key("events"), Step::Index(1), key("at")]
        );
    }
}
