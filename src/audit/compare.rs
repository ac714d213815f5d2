//! The two sides of a change to a record file, ready to compare by meaning (see
//! [`rows::delta`](crate::audit::rows::delta)), and the versions of a YAML file.
//!
//! When both versions share their header line byte for byte and hold no quote (so no record
//! spans lines), only the lines the commit changed are read (the appended ones, when the new
//! version only adds lines at the end; else by libgit2's diff) — through the same reader, under
//! that header — which is what keeps a long history of a growing monthly file fast. Otherwise
//! (a new header, a re-save, quoting) both whole versions are read, each with its own header
//! and encoding.

use std::rc::Rc;

use git2::{Oid, Repository};
use rustc_hash::FxHashMap;

use crate::audit::history::FileChange;
use crate::audit::rows::{RowKind, Version};

/// Whole versions of record files already read, by blob: a version is read once however many
/// commits compare against it. Bounded: emptied when it holds [`Versions::MAX`].
#[derive(Default)]
pub struct Versions {
    read: FxHashMap<(Oid, &'static str), Rc<Version>>,
    /// The bytes of the last blobs read: a commit's new version is the next one's old.
    bytes: FxHashMap<Oid, Rc<[u8]>>,
}

impl Versions {
    /// The most versions kept.
    pub const MAX: usize = 16;

    /// The bytes of `blob`, each blob inflated about once however many commits look at it.
    pub fn bytes(&mut self, repo: &Repository, blob: Oid) -> Result<Rc<[u8]>, git2::Error> {
        if let Some(found) = self.bytes.get(&blob) {
            return Ok(Rc::clone(found));
        }
        let bytes: Rc<[u8]> = Rc::from(repo.find_blob(blob)?.content());
        if self.bytes.len() >= 4 {
            self.bytes.clear();
        }
        self.bytes.insert(blob, Rc::clone(&bytes));
        Ok(bytes)
    }

    /// The whole version of `blob` read as a file of `kind` (none: an empty version).
    pub fn get(&mut self, repo: &Repository, kind: &RowKind, blob: Option<Oid>) -> Rc<Version> {
        let Some(id) = blob else {
            return Rc::new(Version::read(kind, None));
        };
        if let Some(found) = self.read.get(&(id, kind.kind)) {
            return Rc::clone(found);
        }
        let version = Rc::new(match self.bytes(repo, id) {
            Ok(bytes) => Version::read(kind, Some(&bytes)),
            Err(_) => Version::default(),
        });
        if self.read.len() >= Self::MAX {
            self.read.clear();
        }
        self.read.insert((id, kind.kind), Rc::clone(&version));
        version
    }
}

/// The records before and after `change`: those of the changed lines when that is enough,
/// else the whole versions.
pub fn sides(
    repo: &Repository,
    kind: &RowKind,
    change: &FileChange,
    versions: &mut Versions,
) -> Result<(Rc<Version>, Rc<Version>), git2::Error> {
    if let (Some(old_id), Some(new_id)) = (change.old, change.new) {
        let old = versions.bytes(repo, old_id)?;
        let new = versions.bytes(repo, new_id)?;
        if let Some(header) = shared_header(&old, &new) {
            let (removed, added) = match appended(&old, &new) {
                Some(tail) => (Vec::new(), tail.to_vec()),
                None => changed_lines(repo, old_id, new_id)?,
            };
            let read = |lines: &[u8]| {
                let mut text = header.to_vec();
                text.push(b'\n');
                text.extend_from_slice(lines);
                Rc::new(Version::read(kind, Some(&text)))
            };
            return Ok((read(&removed), read(&added)));
        }
    }
    Ok((
        versions.get(repo, kind, change.old),
        versions.get(repo, kind, change.new),
    ))
}

/// The header line both versions share byte for byte, when neither holds a quote (then no
/// record spans lines and a changed line is a whole record).
fn shared_header<'b>(old: &'b [u8], new: &[u8]) -> Option<&'b [u8]> {
    let end = memchr::memchr(b'\n', old)?;
    let header = &old[..end];
    let same = new.get(..end) == Some(header) && new.get(end) == Some(&b'\n');
    let quoted = memchr::memchr(b'"', old).is_some() || memchr::memchr(b'"', new).is_some();
    (same && !quoted).then_some(header)
}

/// The lines added at the end, when the new version is the old one with lines appended (the
/// common shape of an import): no diff needed.
fn appended<'b>(old: &[u8], new: &'b [u8]) -> Option<&'b [u8]> {
    let whole_lines = old.is_empty() || old.ends_with(b"\n");
    (whole_lines && new.starts_with(old)).then(|| &new[old.len()..])
}

/// The lines a change removed and added, each ending in a line break, by libgit2's diff.
fn changed_lines(repo: &Repository, old: Oid, new: Oid) -> Result<(Vec<u8>, Vec<u8>), git2::Error> {
    let (old, new) = (repo.find_blob(old)?, repo.find_blob(new)?);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let mut on_line = |_: git2::DiffDelta, _: Option<git2::DiffHunk>, line: git2::DiffLine| {
        let side = match line.origin() {
            '-' => &mut removed,
            '+' => &mut added,
            _ => return true,
        };
        side.extend_from_slice(line.content());
        if !line.content().ends_with(b"\n") {
            side.push(b'\n');
        }
        true
    };
    repo.diff_blobs(
        Some(&old),
        None,
        Some(&new),
        None,
        None,
        None,
        None,
        None,
        Some(&mut on_line),
    )?;
    Ok((removed, added))
}

/// A version of a YAML file as an untyped value: decoded from its encoding (bytes in none are
/// read as UTF-8 with replacement characters); null when absent or not YAML.
pub fn yaml_version(repo: &Repository, blob: Option<Oid>) -> serde_yaml::Value {
    blob.and_then(|id| repo.find_blob(id).ok())
        .and_then(|b| {
            let text = match crate::load::text::decode(b.content()) {
                Ok(decoded) => decoded.text,
                Err(_) => String::from_utf8_lossy(b.content()).into_owned(),
            };
            serde_yaml::from_str(&text).ok()
        })
        .unwrap_or(serde_yaml::Value::Null)
}

/// The entries of the list under `key` of a YAML value (none when it is not a list).
pub fn entries<'v>(value: &'v serde_yaml::Value, key: &str) -> &'v [serde_yaml::Value] {
    value
        .get(key)
        .and_then(serde_yaml::Value::as_sequence)
        .map_or(&[], Vec::as_slice)
}

/// The text under `key` of a YAML mapping (empty when absent or not text).
pub fn text<'v>(value: &'v serde_yaml::Value, key: &str) -> &'v str {
    value
        .get(key)
        .and_then(serde_yaml::Value::as_str)
        .unwrap_or("")
}
