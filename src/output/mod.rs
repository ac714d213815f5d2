//! Renderers: terminal text and tables, JSON Lines. Each takes values computed elsewhere and
//! only formats them.

pub mod diagnostics;
pub mod summary;
pub mod table;
