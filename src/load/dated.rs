//! Reading every dated record file of one kind (patrols, sweeps, …) into one list, in file
//! order, in parallel over files. The list is made once, at its final size: each file's size
//! bounds the records it can hold, so every file is given its own stretch of the list before
//! any is read and fills it as it reads; the stretches' unused ends are closed up in place
//! afterwards. No file's records are gathered in a list of their own and copied again (on the
//! county-year town that copy faulted in and zeroed another 400 MB).

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::load::discover::DatedFile;
use crate::load::read_text;
use crate::load::records::{FileRead, Sink};
use crate::load::tree::Tree;
use crate::source::FileId;

/// The fewest bytes a dated record takes: its date (`YYYY-MM-DD`) and the end of its line.
const MIN_RECORD_BYTES: usize = 11;

/// What reading one file gave besides its records: the file, what was found besides its
/// records (`None` when it could not be read as text), and its diagnostics.
pub type FileResult = (FileId, Option<FileRead>, Vec<Diagnostic>);

/// A file's stretch of the list, and the records that did not fit in it (the file grew
/// between being measured and being read).
pub struct Stretch<'s, T> {
    slots: &'s mut [Option<T>],
    used: usize,
    overflow: Vec<T>,
}

impl<T> Sink<T> for Stretch<'_, T> {
    fn put(&mut self, record: T) {
        match self.slots.get_mut(self.used) {
            Some(slot) => {
                *slot = Some(record);
                self.used += 1;
            }
            None => self.overflow.push(record),
        }
    }
}

/// Reads the files `names` (with ids `ids`) with `read`: every record, in file order, and what
/// each file gave.
pub fn read_all<T: Send>(
    tree: &Tree,
    names: &[DatedFile],
    ids: &[FileId],
    read: impl Fn(&str, FileId, &DatedFile, &mut Stretch<T>, &mut Vec<Diagnostic>) -> FileRead + Sync,
) -> (Vec<T>, Vec<FileResult>) {
    let bounds: Vec<usize> = names
        .par_iter()
        .map(|name| tree.line_bound(&name.path, MIN_RECORD_BYTES))
        .collect();
    let mut slots: Vec<Option<T>> = Vec::new();
    slots.resize_with(bounds.iter().sum(), || None);
    let mut stretches = Vec::with_capacity(names.len());
    let mut rest = slots.as_mut_slice();
    for &bound in &bounds {
        let (mine, after) = std::mem::take(&mut rest).split_at_mut(bound);
        stretches.push(mine);
        rest = after;
    }
    let results: Vec<(FileResult, Vec<T>)> = names
        .par_iter()
        .zip(ids)
        .zip(stretches)
        .map(|((name, &file), slots)| {
            let mut out = Vec::new();
            let mut stretch = Stretch {
                slots,
                used: 0,
                overflow: Vec::new(),
            };
            let found = read_text(tree, &name.path, file, &mut out)
                .map(|text| read(&text, file, name, &mut stretch, &mut out));
            ((file, found, out), stretch.overflow)
        })
        .collect();
    // An `Option<T>` of a record is the record's size (its ids leave a niche), so this keeps
    // the list's memory; `flatten` would not collect in place.
    #[allow(clippy::filter_map_identity)]
    let mut rows: Vec<T> = slots.into_iter().filter_map(|slot| slot).collect();
    let mut files = Vec::with_capacity(results.len());
    for (result, overflow) in results {
        rows.extend(overflow);
        files.push(result);
    }
    (rows, files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Dated;

    fn named(path: &str) -> DatedFile {
        DatedFile {
            path: path.to_string(),
            register: Dated::Patrols,
            year: 2026,
            part: 11,
        }
    }

    /// Every line of a file but the first, as records; `extra` more than its lines allow.
    fn lines_and(
        extra: usize,
    ) -> impl Fn(&str, FileId, &DatedFile, &mut Stretch<String>, &mut Vec<Diagnostic>) -> FileRead + Sync
    {
        move |text, _, _, sink, _| {
            for line in text.lines().skip(1) {
                sink.put(line.to_string());
            }
            for n in 0..extra {
                sink.put(format!("extra {n}"));
            }
            FileRead {
                layout: Vec::new(),
                complete: true,
            }
        }
    }

    #[test]
    fn records_come_in_file_order_and_none_is_lost() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::write(
            dir.path().join("1.csv"),
            "date,x\n2026-11-01,a\n2026-11-02,b\n",
        )
        .expect("written");
        std::fs::write(dir.path().join("2.csv"), "date,x\n2026-11-03,c").expect("written");
        let names = [named("1.csv"), named("missing.csv"), named("2.csv")];
        let ids = [FileId(0), FileId(1), FileId(2)];
        let tree = Tree::disk(dir.path());
        let (rows, files) = read_all(&tree, &names, &ids, lines_and(0));
        assert_eq!(rows, ["2026-11-01,a", "2026-11-02,b", "2026-11-03,c"]);
        assert_eq!(files.len(), 3);
        assert!(files[1].1.is_none(), "an unreadable file gives nothing");
        assert!(!files[1].2.is_empty(), "and says why");
    }

    #[test]
    fn records_beyond_a_files_bound_are_kept() {
        // As when a file grows between being measured and being read.
        let dir = tempfile::tempdir().expect("a folder");
        // Each file has room for one record (its size), and gives six.
        std::fs::write(dir.path().join("1.csv"), "date,x\n2026-11-01,a\n").expect("written");
        std::fs::write(dir.path().join("2.csv"), "date,x\n2026-11-02,b\n").expect("written");
        let names = [named("1.csv"), named("2.csv")];
        let tree = Tree::disk(dir.path());
        let (rows, _) = read_all(&tree, &names, &[FileId(0), FileId(1)], lines_and(5));
        assert_eq!(tree.line_bound("1.csv", MIN_RECORD_BYTES), 1);
        assert_eq!(rows.len(), 12);
        assert_eq!(rows.iter().filter(|r| r.starts_with("extra")).count(), 10);
        // What fitted comes in file order, what did not after it.
        assert_eq!(rows[..3], ["2026-11-01,a", "2026-11-02,b", "extra 0"]);
    }
}
