//! Tables written as Parquet: `DIR/<kind>/town=<ID>/year=<Y>/month=<M>/part-0.parquet`, one
//! file per kind, town and month (hive partitioning), Snappy-compressed, the schema version in
//! each file's key-value metadata.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{
    Date32Builder, Float64Builder, Int64Builder, StringBuilder, TimestampSecondBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use chrono::{Datelike, NaiveDate};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use crate::error::Error;
use crate::export::SCHEMA_VERSION;
use crate::export::tables::{Cell, Table, Type};

/// What was written: files and rows per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Per kind: (files, rows).
    pub kinds: BTreeMap<&'static str, (usize, usize)>,
}

impl Written {
    /// Adds what another town wrote.
    pub fn add(&mut self, other: &Written) {
        for (kind, (files, rows)) in &other.kinds {
            let entry = self.kinds.entry(kind).or_default();
            entry.0 += files;
            entry.1 += rows;
        }
    }
}

fn arrow_type(t: Type) -> DataType {
    match t {
        Type::Text => DataType::Utf8,
        Type::Int => DataType::Int64,
        Type::Float => DataType::Float64,
        Type::Date => DataType::Date32,
        Type::Time => DataType::Timestamp(TimeUnit::Second, None),
    }
}

fn days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((d - epoch).num_days()).unwrap_or(0)
}

/// One column of `rows` as an Arrow array.
fn column(t: Type, at: usize, rows: &[&Vec<Cell>]) -> ArrayRef {
    match t {
        Type::Text => {
            let mut b = StringBuilder::new();
            for r in rows {
                match &r[at] {
                    Cell::Text(Some(s)) => b.append_value(s),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        Type::Int => {
            let mut b = Int64Builder::new();
            for r in rows {
                b.append_option(match r[at] {
                    Cell::Int(v) => v,
                    _ => None,
                });
            }
            Arc::new(b.finish())
        }
        Type::Float => {
            let mut b = Float64Builder::new();
            for r in rows {
                b.append_option(match r[at] {
                    Cell::Float(v) => v,
                    _ => None,
                });
            }
            Arc::new(b.finish())
        }
        Type::Date => {
            let mut b = Date32Builder::new();
            for r in rows {
                b.append_option(match r[at] {
                    Cell::Date(v) => v.map(days),
                    _ => None,
                });
            }
            Arc::new(b.finish())
        }
        Type::Time => {
            let mut b = TimestampSecondBuilder::new();
            for r in rows {
                b.append_option(match r[at] {
                    Cell::Time(v) => v.map(|t| t.and_utc().timestamp()),
                    _ => None,
                });
            }
            Arc::new(b.finish())
        }
    }
}

/// Writes `tables` of the town `town` under `out`.
pub fn write(out: &Path, town: &str, tables: &[Table]) -> Result<Written, Error> {
    let fail =
        |path: &Path, e: &dyn std::fmt::Display| Error::Usage(format!("{}: {e}", path.display()));
    let mut written = Written::default();
    for table in tables {
        let schema = Arc::new(Schema::new(
            table
                .columns
                .iter()
                .map(|(name, t)| Field::new(*name, arrow_type(*t), true))
                .collect::<Vec<_>>(),
        ));
        let mut months: BTreeMap<(i32, u32), Vec<&Vec<Cell>>> = BTreeMap::new();
        for (day, row) in &table.rows {
            months
                .entry((day.year(), day.month()))
                .or_default()
                .push(row);
        }
        let entry = written.kinds.entry(table.kind).or_default();
        for ((year, month), rows) in months {
            let dir = out
                .join(table.kind)
                .join(format!("town={town}"))
                .join(format!("year={year}"))
                .join(format!("month={month}"));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let path = dir.join("part-0.parquet");
            let arrays: Vec<ArrayRef> = table
                .columns
                .iter()
                .enumerate()
                .map(|(at, (_, t))| column(*t, at, &rows))
                .collect();
            let batch =
                RecordBatch::try_new(schema.clone(), arrays).map_err(|e| fail(&path, &e))?;
            let properties = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_key_value_metadata(Some(vec![KeyValue::new(
                    "grid.schema_version".to_string(),
                    SCHEMA_VERSION.to_string(),
                )]))
                .build();
            let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
            let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(properties))
                .map_err(|e| fail(&path, &e))?;
            writer.write(&batch).map_err(|e| fail(&path, &e))?;
            writer.close().map_err(|e| fail(&path, &e))?;
            entry.0 += 1;
            entry.1 += rows.len();
        }
    }
    Ok(written)
}
