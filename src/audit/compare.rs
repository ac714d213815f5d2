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

use crate::audit::blobs::{Blobs, Content};
use crate::audit::history::FileChange;
use crate::audit::rows::{RowKind, Version};

/// The versions of files already read: bytes by blob (see [`Blobs`]) and whole versions
/// parsed as records, each read once however many commits compare against it. Bounded: the
/// parsed versions are emptied when they hold [`Versions::MAX`].
pub struct Versions<'r> {
    blobs: Blobs<'r>,
    read: FxHashMap<(Oid, &'static str), Rc<Version>>,
    /// The last blobs read: a commit's new version is the next one's old.
    bytes: FxHashMap<Oid, Content>,
}

impl<'r> Versions<'r> {
    /// The most versions kept.
    pub const MAX: usize = 16;

    /// The versions of `repo`'s files.
    pub fn new(repo: &'r Repository) -> Versions<'r> {
        Versions {
            blobs: Blobs::new(repo),
            read: FxHashMap::default(),
            bytes: FxHashMap::default(),
        }
    }

    /// The bytes of `blob`.
    pub fn bytes(&mut self, blob: Oid) -> Result<Content, git2::Error> {
        if let Some(found) = self.bytes.get(&blob) {
            return Ok(found.clone());
        }
        let content = self.blobs.get(blob)?;
        if self.bytes.len() >= 4 {
            self.bytes.clear();
        }
        self.bytes.insert(blob, content.clone());
        Ok(content)
    }

    /// The whole version of `blob` read as a file of `kind` (none: an empty version).
    pub fn get(&mut self, kind: &RowKind, blob: Option<Oid>) -> Rc<Version> {
        let Some(id) = blob else {
            return Rc::new(Version::read(kind, None));
        };
        if let Some(found) = self.read.get(&(id, kind.kind)) {
            return Rc::clone(found);
        }
        let version = Rc::new(match self.bytes(id) {
            Ok(bytes) => Version::read(kind, Some(bytes.bytes())),
            Err(_) => Version::default(),
        });
        if self.read.len() >= Self::MAX {
            self.read.clear();
        }
        self.read.insert((id, kind.kind), Rc::clone(&version));
        version
    }

    /// A version of a YAML file as an untyped value: decoded from its encoding (bytes in
    /// none are read as UTF-8 with replacement characters); null when absent or not YAML.
    pub fn yaml(&mut self, blob: Option<Oid>) -> serde_yaml::Value {
        let Some(content) = blob.and_then(|id| self.bytes(id).ok()) else {
            return serde_yaml::Value::Null;
        };
        let text = match crate::load::text::decode(content.bytes()) {
            Ok(decoded) => decoded.text,
            Err(_) => String::from_utf8_lossy(content.bytes()).into_owned(),
        };
        serde_yaml::from_str(&text).unwrap_or(serde_yaml::Value::Null)
    }
}

/// The records before and after `change`: those of the changed lines when that is enough,
/// else the whole versions.
pub fn sides(
    kind: &RowKind,
    change: &FileChange,
    versions: &mut Versions,
) -> Result<(Rc<Version>, Rc<Version>), git2::Error> {
    if let (Some(old_id), Some(new_id)) = (change.old, change.new) {
        let old = versions.bytes(old_id)?;
        let new = versions.bytes(new_id)?;
        if let Some(header) = shared_header(&old, &new) {
            let (removed, added) = match new.appended_to(&old) {
                Some(tail) => (Vec::new(), tail.to_vec()),
                None => changed_lines(old.bytes(), new.bytes())?,
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
        versions.get(kind, change.old),
        versions.get(kind, change.new),
    ))
}

/// The header line both versions share byte for byte, when neither holds a quote (then no
/// record spans lines and a changed line is a whole record).
fn shared_header<'b>(old: &'b Content, new: &Content) -> Option<&'b [u8]> {
    let (old_bytes, new_bytes) = (old.bytes(), new.bytes());
    let end = memchr::memchr(b'\n', old_bytes)?;
    let header = &old_bytes[..end];
    let same = new_bytes.get(..end) == Some(header) && new_bytes.get(end) == Some(&b'\n');
    (same && !old.has_quote() && !new.has_quote()).then_some(header)
}

/// The lines a change removed and added, each ending in a line break, by libgit2's diff.
fn changed_lines(old: &[u8], new: &[u8]) -> Result<(Vec<u8>, Vec<u8>), git2::Error> {
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let patch = git2::Patch::from_buffers(old, None, new, None, None)?;
    for hunk in 0..patch.num_hunks() {
        for n in 0..patch.num_lines_in_hunk(hunk)? {
            let line = patch.line_in_hunk(hunk, n)?;
            let side = match line.origin() {
                '-' => &mut removed,
                '+' => &mut added,
                _ => continue,
            };
            side.extend_from_slice(line.content());
            if !line.content().ends_with(b"\n") {
                side.push(b'\n');
            }
        }
    }
    Ok((removed, added))
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
