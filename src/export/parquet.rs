//! Tables written as Parquet: `DIR/<kind>/town=<ID>/year=<Y>/month=<M>/part-0.parquet`, one
//! file per kind, town and month (hive partitioning), Snappy-compressed, the schema version in
//! each file's key-value metadata.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use crate::error::Error;
use crate::export::SCHEMA_VERSION;
use crate::export::tables::{Table, Type};

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

/// Writes `tables` of the town `town` under `out`.
pub fn write(out: &Path, town: &str, tables: Vec<Table<'_>>) -> Result<Written, Error> {
    let fail =
        |path: &Path, e: &dyn std::fmt::Display| Error::Usage(format!("{}: {e}", path.display()));
    let properties = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_key_value_metadata(Some(vec![KeyValue::new(
            "grid.schema_version".to_string(),
            SCHEMA_VERSION.to_string(),
        )]))
        .build();
    let mut written = Written::default();
    for mut table in tables {
        let schema = Arc::new(Schema::new(
            table
                .columns
                .iter()
                .map(|(name, t)| Field::new(*name, arrow_type(*t), true))
                .collect::<Vec<_>>(),
        ));
        let entry = written.kinds.entry(table.kind).or_default();
        for ((year, month), builders) in &mut table.parts {
            let dir = out
                .join(table.kind)
                .join(format!("town={town}"))
                .join(format!("year={year}"))
                .join(format!("month={month}"));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let path = dir.join("part-0.parquet");
            let arrays: Vec<ArrayRef> = builders.iter_mut().map(|b| b.finish()).collect();
            let rows = arrays.first().map_or(0, |a| a.len());
            let batch =
                RecordBatch::try_new(schema.clone(), arrays).map_err(|e| fail(&path, &e))?;
            let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
            let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(properties.clone()))
                .map_err(|e| fail(&path, &e))?;
            writer.write(&batch).map_err(|e| fail(&path, &e))?;
            writer.close().map_err(|e| fail(&path, &e))?;
            entry.0 += 1;
            entry.1 += rows;
        }
    }
    Ok(written)
}
