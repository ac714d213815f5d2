//! `grid` keeps a township's grid-management office (网格化监管、一体化执法) as YAML and CSV
//! files in a git repository, and checks, computes and reports on them.
//!
//! Data flows one way — **load → model → rules → output**:
//! - [`load`] finds the repository, reads every file (YAML, CSV in UTF-8 or GBK) and keeps
//!   every value's location;
//! - [`model`] is the typed town, ids interned, built once, no IO;
//! - [`rules`] are pure functions over the model that return [`diagnostic::Diagnostic`]s;
//! - [`report`] computes report data, [`output`] renders it as text, tables or JSON;
//! - [`commands`] holds one thin file per subcommand.

pub mod audit;
pub mod caseops;
pub mod checklog;
pub mod cli;
pub mod codes;
pub mod commands;
pub mod context;
pub mod county;
pub mod diagnostic;
pub mod doctor;
pub mod error;
pub mod export;
pub mod format;
pub mod gitinfo;
pub mod help_zh;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod load;
pub mod lock;
pub mod mask;
pub mod model;
pub mod output;
pub mod period;
pub mod report;
pub mod rules;
pub mod schema;
pub mod source;
pub mod starter;
pub mod synth;
pub mod timefmt;
pub mod write;
pub mod yamlout;
