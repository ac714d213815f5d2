//! Git as the audit trail: committing what commands write, and reading the history back
//! (`grid log`, `grid audit`). The history is walked once, first parents only, and only the
//! changed lines of changed files are read.

pub mod checks;
pub mod history;
pub mod log;
pub mod repo;
pub mod rows;
