//! Git as the audit trail: committing what commands write, and reading the history back
//! (`grid log`, `grid audit`). The history is walked once, every merged branch included; record
//! files are compared by meaning, reading only the changed lines where that is enough.

pub mod blobs;
pub mod checks;
pub mod compare;
pub mod history;
pub mod log;
pub mod repo;
pub mod rows;
