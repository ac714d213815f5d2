//! `grid import`: what villages send — xlsx, xls, ods, CSV in UTF-8 or GBK — read safely, its
//! headings mapped to the repository's columns, its values normalised and its people
//! resolved, and merged into the repository's files idempotently and atomically.

pub mod chat;
pub mod extent;
pub mod mapping;
pub mod merge;
pub mod pieces;
pub mod problem;
pub mod rows;
pub mod rules;
pub mod sniff;
pub mod summary;
pub mod table;
pub mod template;
pub mod validate;
pub mod values;
pub mod workorder;
