//! The contents of file versions for a walk over the whole history, read from git's packs with
//! the bases of their deltas kept.
//!
//! A month's patrol file grows by one village's rows per commit; `git gc` packs its newest
//! version whole and every older one as a small delta of it. libgit2 does not keep a delta
//! base over 1 MB (`GIT_PACK_CACHE_SIZE_LIMIT`), so each older version re-inflated the whole
//! month: 5,000 commits cost 6 GB of inflation. Here the pack entries are read with
//! `gix-pack` and the deltas applied against bases kept in a bounded cache; a version that is
//! the first bytes of its base (the usual shape: a file before rows were appended) shares the
//! base's buffer, so telling what a commit appended needs no copy and no comparison.
//! Objects outside the packs (loose ones, a base in another repository) are read by libgit2.

use std::cell::OnceCell;
use std::path::Path;
use std::rc::Rc;

use git2::{Oid, Repository};
use gix_pack::data::entry::Header;
use rustc_hash::FxHashMap;

/// Bytes of one object, shared by the versions that are its first bytes.
#[derive(Debug)]
pub struct Buffer {
    bytes: Box<[u8]>,
    first_quote: OnceCell<Option<usize>>,
}

/// The contents of a file version: the first `len` bytes of a buffer.
#[derive(Clone, Debug)]
pub struct Content {
    buffer: Rc<Buffer>,
    len: usize,
}

impl Content {
    /// A version that owns its bytes.
    pub fn whole(bytes: impl Into<Box<[u8]>>) -> Content {
        let bytes = bytes.into();
        Content {
            len: bytes.len(),
            buffer: Rc::new(Buffer {
                bytes,
                first_quote: OnceCell::new(),
            }),
        }
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.buffer.bytes[..self.len]
    }

    /// Whether the version holds a `"` (then a record may span lines). Each buffer is searched
    /// once, however many versions share it.
    pub fn has_quote(&self) -> bool {
        let first = self
            .buffer
            .first_quote
            .get_or_init(|| memchr::memchr(b'"', &self.buffer.bytes));
        first.is_some_and(|at| at < self.len)
    }

    /// The bytes `self` adds at the end of `older`, when `self` is `older` with whole lines
    /// appended (the shape of an import). Known without comparing when both are first bytes
    /// of one buffer.
    pub fn appended_to<'c>(&'c self, older: &Content) -> Option<&'c [u8]> {
        let old = older.bytes();
        let whole_lines = old.is_empty() || old.ends_with(b"\n");
        let same_buffer = Rc::ptr_eq(&self.buffer, &older.buffer) && older.len <= self.len;
        let prefix = same_buffer || self.bytes().starts_with(old);
        (whole_lines && prefix).then(|| &self.bytes()[old.len()..])
    }
}

struct Pack {
    index: gix_pack::index::File,
    data: gix_pack::data::File,
}

/// Where an object lies: the pack (by position) and its offset there.
type At = (usize, u64);

/// The most bytes of resolved objects kept; past it the cache starts again.
const CACHE_BYTES: usize = 64 << 20;
/// The most resolved objects kept (versions sharing a buffer weigh nothing).
const CACHE_ENTRIES: usize = 1 << 16;
/// The largest object read here; a bigger one (no town file is) is left to libgit2.
const MAX_OBJECT: usize = 256 << 20;

/// Reads file versions from the repository's packs, keeping what deltas are built on.
pub struct Blobs<'r> {
    repo: &'r Repository,
    packs: Vec<Pack>,
    inflate: gix_zlib::Inflate,
    resolved: FxHashMap<At, Content>,
    weight: usize,
}

impl<'r> Blobs<'r> {
    /// The reader of `repo`'s objects. A pack that cannot be opened is left to libgit2.
    pub fn new(repo: &'r Repository) -> Blobs<'r> {
        let folder = repo.commondir().join("objects").join("pack");
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "idx"))
            .collect();
        names.sort();
        let packs = names.iter().filter_map(|idx| open_pack(idx)).collect();
        Blobs {
            repo,
            packs,
            inflate: gix_zlib::Inflate::default(),
            resolved: FxHashMap::default(),
            weight: 0,
        }
    }

    /// The contents of `blob`.
    pub fn get(&mut self, blob: Oid) -> Result<Content, git2::Error> {
        if let Some(found) = self.find(blob).and_then(|at| self.resolve(at)) {
            return Ok(found);
        }
        Ok(Content::whole(self.repo.find_blob(blob)?.content()))
    }

    fn find(&self, id: Oid) -> Option<At> {
        let id = gix_hash::oid::try_from_bytes(id.as_bytes()).ok()?;
        self.packs.iter().enumerate().find_map(|(n, pack)| {
            let entry = pack.index.lookup(id)?;
            Some((n, pack.index.pack_offset_at_index(entry)))
        })
    }

    /// The object at `at`, built from the nearest object already resolved or stored whole;
    /// none when the pack does not hold all of it (left to libgit2).
    fn resolve(&mut self, at: At) -> Option<Content> {
        let mut deltas = Vec::new();
        let mut cursor = at;
        let mut base = loop {
            if let Some(found) = self.resolved.get(&cursor) {
                break found.clone();
            }
            let pack = &self.packs[cursor.0];
            let entry = pack.data.entry(cursor.1).ok()?;
            match entry.header {
                Header::OfsDelta { base_distance } => {
                    deltas.push((cursor, entry.clone()));
                    cursor = (
                        cursor.0,
                        Header::verified_base_pack_offset(cursor.1, base_distance)?,
                    );
                }
                Header::RefDelta { base_id } => {
                    deltas.push((cursor, entry.clone()));
                    cursor = self.find(Oid::from_bytes(base_id.as_bytes()).ok()?)?;
                }
                _ => {
                    let whole = Content::whole(self.inflated(cursor.0, &entry)?);
                    self.keep(cursor, &whole);
                    break whole;
                }
            }
            if deltas.len() > 10_000 {
                return None;
            }
        };
        for (at, entry) in deltas.into_iter().rev() {
            let delta = self.inflated(at.0, &entry)?;
            base = apply(&base, &delta)?;
            self.keep(at, &base);
        }
        Some(base)
    }

    fn inflated(&mut self, pack: usize, entry: &gix_pack::data::Entry) -> Option<Vec<u8>> {
        let size = usize::try_from(entry.decompressed_size)
            .ok()
            .filter(|size| *size <= MAX_OBJECT)?;
        let mut out = Vec::new();
        out.try_reserve_exact(size).ok()?;
        out.resize(size, 0);
        let data = &self.packs[pack].data;
        data.decompress_entry(entry, &mut self.inflate, &mut out)
            .ok()?;
        Some(out)
    }

    fn keep(&mut self, at: At, content: &Content) {
        let owns = content.buffer.bytes.len() == content.len;
        let weight = if owns { content.len } else { 0 };
        if self.weight + weight > CACHE_BYTES || self.resolved.len() >= CACHE_ENTRIES {
            self.resolved.clear();
            self.weight = 0;
        }
        if weight <= CACHE_BYTES {
            self.weight += weight;
            self.resolved.insert(at, content.clone());
        }
    }
}

fn open_pack(idx: &Path) -> Option<Pack> {
    let kind = gix_hash::Kind::Sha1;
    Some(Pack {
        index: gix_pack::index::File::at(idx, kind).ok()?,
        data: gix_pack::data::File::at(idx.with_extension("pack"), kind).ok()?,
    })
}

/// A git delta (two sizes, then copy and insert instructions) applied to `base`. When every
/// instruction copies the base's bytes in order from its start, the result is the base's first
/// bytes and shares its buffer. None when the delta does not fit its base.
fn apply(base: &Content, delta: &[u8]) -> Option<Content> {
    let source = base.bytes();
    let (source_len, rest) = varint(delta)?;
    let (target_len, mut ops) = varint(rest)?;
    if source_len != source.len() {
        return None;
    }
    let mut out: Vec<u8> = Vec::new();
    // While every instruction so far copied the base from its start, in order: how far.
    let mut prefix = Some(0usize);
    while let Some((&op, rest)) = ops.split_first() {
        ops = rest;
        if op & 0x80 != 0 {
            let mut offset = 0usize;
            let mut size = 0usize;
            for (bit, shift) in [(0x01, 0), (0x02, 8), (0x04, 16), (0x08, 24)] {
                if op & bit != 0 {
                    let (&b, rest) = ops.split_first()?;
                    offset |= usize::from(b) << shift;
                    ops = rest;
                }
            }
            for (bit, shift) in [(0x10, 0), (0x20, 8), (0x40, 16)] {
                if op & bit != 0 {
                    let (&b, rest) = ops.split_first()?;
                    size |= usize::from(b) << shift;
                    ops = rest;
                }
            }
            if size == 0 {
                size = 0x10000;
            }
            let copied = source.get(offset..offset.checked_add(size)?)?;
            match prefix {
                Some(end) if end == offset => prefix = Some(end + size),
                _ => {
                    if let Some(end) = prefix.take() {
                        out.extend_from_slice(&source[..end]);
                    }
                    out.extend_from_slice(copied);
                }
            }
        } else if op != 0 {
            let len = usize::from(op);
            let inserted = ops.get(..len)?;
            ops = &ops[len..];
            if let Some(end) = prefix.take() {
                out.extend_from_slice(&source[..end]);
            }
            out.extend_from_slice(inserted);
        } else {
            return None;
        }
    }
    match prefix {
        Some(end) if end == target_len => Some(Content {
            buffer: Rc::clone(&base.buffer),
            len: base.len.min(end),
        }),
        Some(_) => None,
        None => (out.len() == target_len).then(|| Content::whole(out)),
    }
}

/// A size as git writes it in a delta: seven bits a byte, low first.
fn varint(bytes: &[u8]) -> Option<(usize, &[u8])> {
    let mut value = 0usize;
    for (n, &b) in bytes.iter().enumerate().take(10) {
        value |= usize::from(b & 0x7f) << (7 * n);
        if b & 0x80 == 0 {
            return Some((value, &bytes[n + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(offset: u8, size: u8) -> [u8; 3] {
        [0x80 | 0x01 | 0x10, offset, size]
    }

    #[test]
    fn a_copy_of_the_first_bytes_shares_the_buffer() {
        let base = Content::whole(b"header\nrow 1\nrow 2\n".to_vec());
        let mut delta = vec![19, 13];
        delta.extend(copy(0, 7));
        delta.extend(copy(7, 6));
        let version = apply(&base, &delta).expect("applies");
        assert_eq!(version.bytes(), b"header\nrow 1\n");
        assert!(Rc::ptr_eq(&version.buffer, &base.buffer));
        assert_eq!(base.appended_to(&version), Some(&b"row 2\n"[..]));
    }

    #[test]
    fn copies_out_of_order_and_inserts_build_new_bytes() {
        let base = Content::whole(b"abcdef".to_vec());
        let mut delta = vec![6, 7];
        delta.extend(copy(3, 3));
        delta.extend([1, b'-']);
        delta.extend(copy(0, 3));
        let version = apply(&base, &delta).expect("applies");
        assert_eq!(version.bytes(), b"def-abc");
        assert!(!Rc::ptr_eq(&version.buffer, &base.buffer));
        assert_eq!(version.appended_to(&base), None);
    }

    #[test]
    fn a_delta_that_does_not_fit_its_base_is_refused() {
        let base = Content::whole(b"abc".to_vec());
        // Wrong source size, a copy past the end, a target size the instructions miss.
        assert!(apply(&base, &[4, 3, 0x91, 0, 3]).is_none());
        assert!(apply(&base, &[3, 4, 0x91, 1, 4]).is_none());
        assert!(apply(&base, &[3, 5, 0x91, 0, 3]).is_none());
        assert!(apply(&base, &[3, 1, 0]).is_none());
    }

    #[test]
    fn a_quote_counts_only_within_the_version() {
        let base = Content::whole(b"a,b\n\"c\"\n".to_vec());
        let first = Content {
            buffer: Rc::clone(&base.buffer),
            len: 4,
        };
        assert!(!first.has_quote());
        assert!(base.has_quote());
    }
}
