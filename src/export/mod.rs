//! `grid export parquet`: every record kind and the computed facts of a town (duties with
//! their status, findings, monthly scores) as Parquet files partitioned by kind, town, year
//! and month — what DuckDB reads on one machine and Spark or Trino on a cluster. The schema is
//! docs/EXPORT.md; [`SCHEMA_VERSION`] is written into every file's metadata.

pub mod parquet;
pub mod tables;

/// The version of the exported schema (docs/EXPORT.md); raised when a column changes.
pub const SCHEMA_VERSION: &str = "1";
