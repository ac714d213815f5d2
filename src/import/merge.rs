//! Merging imported rows into the repository's files: rows already present are skipped, a row
//! that contradicts one already there is refused, new rows are added. A file is never written
//! anew: its bytes stay as they are (header, column order, quoting, encoding, BOM, line ends,
//! extra columns) and each new row is inserted, in the file's own column order and encoding,
//! before the first row whose key sorts after it, so a diff shows only the added lines. A file
//! whose text could not be read back exactly is refused, never rewritten.

use std::collections::BTreeMap;
use std::collections::hash_map::Entry;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::import::mapping::Kind;
use crate::import::rows::{Converted, key_columns};
use crate::import::validate::Origin;
use crate::load::text::{Decoded, TextEncoding, decode, encode};

/// One file's rows: those already there and those to add.
#[derive(Debug, Clone)]
pub struct FileRows {
    /// The kind of the file.
    pub kind: Kind,
    /// The rows already in the file, by key, in the kind's column order.
    existing: FxHashMap<Vec<String>, Vec<String>>,
    /// The file as read, if it exists.
    original: Option<Original>,
    /// The rows to add, by key, each with where it came from.
    added: FxHashMap<Vec<String>, (Vec<String>, Origin)>,
}

/// A file as read: its text and where each row starts.
#[derive(Debug, Clone)]
struct Original {
    decoded: Decoded,
    /// The header's column names.
    header: Vec<String>,
    /// Each row's key and the byte where it starts in the text, in file order.
    starts: Vec<(Vec<String>, usize)>,
    /// The line end the file uses.
    crlf: bool,
}

/// What happened to an imported row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merged {
    /// Added.
    Added,
    /// Already there, the same.
    Skipped,
    /// Already there, different: the differing columns, and whether the row it contradicts
    /// is an earlier row of the same import (not one of the repository).
    Conflict(Vec<String>, bool),
}

/// Reads a file of the repository into rows keyed like imported ones.
pub fn read_file(root: &Path, kind: Kind, relative: &str) -> Result<FileRows, String> {
    let mut file = FileRows {
        kind,
        existing: FxHashMap::default(),
        original: None,
        added: FxHashMap::default(),
    };
    let path = root.join(relative);
    if !path.exists() {
        return Ok(file);
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{relative}: {e}"))?;
    let decoded = decode(&bytes).map_err(|e| format!("{relative}: {}", e.describe()))?;
    if !decoded.exact {
        return Err(format!(
            "{relative}: its {} text does not encode back to the same bytes; grid will not rewrite it (save it as UTF-8 first)",
            decoded.encoding.name()
        ));
    }
    let (header, rows) = records(kind, &decoded.text).map_err(|e| format!("{relative}: {e}"))?;
    let mut starts = Vec::with_capacity(rows.len());
    for row in rows {
        starts.push((row.key.clone(), row.start));
        file.existing.entry(row.key).or_insert(row.values);
    }
    let crlf = decoded
        .text
        .split('\n')
        .next()
        .is_some_and(|l| l.ends_with('\r'));
    file.original = Some(Original {
        decoded,
        header,
        starts,
        crlf,
    });
    Ok(file)
}

/// A row of a repository file as the import sees it.
struct Record {
    /// The line it starts on (1-based).
    line: u64,
    /// The byte where it starts.
    start: usize,
    /// Its key.
    key: Vec<String>,
    /// Its values, in the kind's column order.
    values: Vec<String>,
}

/// The header and the rows of a repository file's text, each row's values in the kind's
/// column order (a column the file lacks is empty).
fn records(kind: Kind, text: &str) -> Result<(Vec<String>, Vec<Record>), csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let at: Vec<Option<usize>> = kind
        .columns()
        .iter()
        .map(|c| header.iter().position(|h| h == c))
        .collect();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record)? {
        let values: Vec<String> = at
            .iter()
            .map(|i| {
                i.and_then(|i| record.get(i))
                    .unwrap_or("")
                    .trim()
                    .to_string()
            })
            .collect();
        let position = record.position();
        rows.push(Record {
            line: position.map_or(0, csv::Position::line),
            start: position.map_or(0, |p| p.byte() as usize),
            key: key_of(kind, &values),
            values,
        });
    }
    Ok((header, rows))
}

/// A file's header and the key of the row on each line.
#[derive(Default)]
pub struct Lines {
    /// The header's column names.
    pub header: Vec<String>,
    /// The key of the row starting on each line.
    pub keys: BTreeMap<u64, Vec<String>>,
}

/// The lines of a file of `kind` as written (its new bytes): how a diagnostic of `grid check`
/// at a line is traced to the imported row there.
pub fn keys_by_line(kind: Kind, bytes: &[u8]) -> Option<Lines> {
    let text = decode(bytes).ok()?.text;
    let (header, rows) = records(kind, &text).ok()?;
    Some(Lines {
        header,
        keys: rows.into_iter().map(|r| (r.line, r.key)).collect(),
    })
}

fn key_of(kind: Kind, values: &[String]) -> Vec<String> {
    key_columns(kind)
        .iter()
        .map(|k| kind.column(k).map_or(String::new(), |i| values[i].clone()))
        .collect()
}

impl FileRows {
    /// Whether rows were added.
    pub fn changed(&self) -> bool {
        !self.added.is_empty()
    }

    /// Takes back a row added by [`merge`](Self::merge) (a row the checks refuse).
    pub fn remove(&mut self, key: &[String]) {
        self.added.remove(key);
    }

    /// Where the row added with `key` came from.
    pub fn origin(&self, key: &[String]) -> Option<&Origin> {
        self.added.get(key).map(|(_, origin)| origin)
    }

    /// Merges one row, which came from `origin`.
    pub fn merge(&mut self, row: Converted, origin: Origin) -> Merged {
        let (existing, earlier) = match self.existing.get(&row.key) {
            Some(there) => (there, false),
            None => match self.added.entry(row.key) {
                Entry::Vacant(new) => {
                    new.insert((row.values, origin));
                    return Merged::Added;
                }
                Entry::Occupied(there) => (&there.into_mut().0, true),
            },
        };
        let differ = self
            .kind
            .columns()
            .iter()
            .zip(existing.iter().zip(&row.values))
            .filter(|(_, (a, b))| a != b && !b.is_empty())
            .map(|(c, (a, b))| format!("{c}: {a} ≠ {b}"))
            .collect::<Vec<_>>();
        if differ.is_empty() {
            Merged::Skipped
        } else {
            Merged::Conflict(differ, earlier)
        }
    }

    /// The file's new bytes: the old bytes with the added rows inserted, or, for a new file,
    /// the header and the rows sorted by key. Refused when an added row has a value for a
    /// column the file's header lacks.
    pub fn bytes(&self, relative: &str) -> Result<Vec<u8>, String> {
        let columns = self.kind.columns();
        let mut added: Vec<(&Vec<String>, &Vec<String>)> = self
            .added
            .iter()
            .map(|(key, (values, _))| (key, values))
            .collect();
        added.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let Some(original) = &self.original else {
            let header: Vec<&str> = columns.to_vec();
            let rows = added.iter().map(|(_, values)| *values);
            return Ok(rows_text(&header, columns, rows, false, true).into_bytes());
        };
        let header: Vec<&str> = original.header.iter().map(String::as_str).collect();
        for &(_, values) in &added {
            if let Some((c, _)) = columns
                .iter()
                .zip(values)
                .find(|(c, v)| !v.is_empty() && !header.contains(c))
            {
                return Err(format!(
                    "{relative}: the header has no column `{c}`; add it before importing"
                ));
            }
        }
        let text = &original.decoded.text;
        let mut out = String::with_capacity(text.len() + self.added.len() * 80);
        let mut copied = 0;
        let mut pending = added.into_iter().peekable();
        for (key, start) in &original.starts {
            let mut here = Vec::new();
            while let Some((_, values)) = pending.next_if(|(k, _)| *k < key) {
                here.push(values);
            }
            if !here.is_empty() {
                out.push_str(&text[copied..*start]);
                out.push_str(&rows_text(&header, columns, here, original.crlf, false));
                copied = *start;
            }
        }
        out.push_str(&text[copied..]);
        let rest: Vec<&Vec<String>> = pending.map(|(_, v)| v).collect();
        if !rest.is_empty() {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(if original.crlf { "\r\n" } else { "\n" });
            }
            out.push_str(&rows_text(&header, columns, rest, original.crlf, false));
        }
        let encoding = original.decoded.encoding;
        let bom = original.decoded.bom;
        let bytes = encode(&out, encoding, bom);
        if encoding != TextEncoding::Utf8
            && decode(&bytes).ok().map(|d| d.text).as_deref() != Some(out.as_str())
        {
            return Err(format!(
                "{relative}: the new rows cannot be written in {}",
                encoding.name()
            ));
        }
        Ok(bytes)
    }
}

/// A file of grid's own (the import manifest) with `rows` appended: the old bytes stay as they
/// are, the new rows follow in the file's encoding and line ends; a new file gets `header`
/// first. A file whose text would not encode back exactly is refused.
pub fn append_rows(
    relative: &str,
    existing: Option<&[u8]>,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, String> {
    let Some(bytes) = existing else {
        return Ok(rows_text(header, header, rows, false, true).into_bytes());
    };
    let decoded = decode(bytes).map_err(|e| format!("{relative}: {}", e.describe()))?;
    if !decoded.exact {
        return Err(format!(
            "{relative}: its {} text does not encode back to the same bytes; grid will not rewrite it",
            decoded.encoding.name()
        ));
    }
    let crlf = decoded
        .text
        .split('\n')
        .next()
        .is_some_and(|l| l.ends_with('\r'));
    let mut text = decoded.text.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push_str(if crlf { "\r\n" } else { "\n" });
    }
    text.push_str(&rows_text(header, header, rows, crlf, false));
    Ok(encode(&text, decoded.encoding, decoded.bom))
}

/// CSV lines for `rows` (values in `columns` order) laid out under `header`, the header line
/// first when `with_header` (a new file).
fn rows_text<'a>(
    header: &[&str],
    columns: &[&str],
    rows: impl IntoIterator<Item = &'a Vec<String>>,
    crlf: bool,
    with_header: bool,
) -> String {
    let terminator = if crlf {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut writer = csv::WriterBuilder::new()
        .terminator(terminator)
        .from_writer(Vec::new());
    if with_header {
        let _ = writer.write_record(header);
    }
    let layout: Vec<Option<usize>> = header
        .iter()
        .map(|h| columns.iter().position(|c| c == h))
        .collect();
    for values in rows {
        let laid_out = layout.iter().map(|i| i.map_or("", |i| values[i].as_str()));
        let _ = writer.write_record(laid_out);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
