//! `grid export parquet` and `grid county export parquet`, read back with the `parquet` crate:
//! row counts and values against the town's own files and commands.

mod util;

use std::collections::BTreeMap;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use util::{Town, grid};

/// Every batch of every file of `kind` for `town`, by its partition path.
fn read(lake: &Path, kind: &str, town: &str) -> BTreeMap<String, Vec<RecordBatch>> {
    let mut out = BTreeMap::new();
    let base = lake.join(kind).join(format!("town={town}"));
    for year in std::fs::read_dir(&base).unwrap() {
        for month in std::fs::read_dir(year.unwrap().path()).unwrap() {
            let file = month.unwrap().path().join("part-0.parquet");
            let reader =
                ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&file).unwrap())
                    .unwrap();
            let version = reader
                .metadata()
                .file_metadata()
                .key_value_metadata()
                .and_then(|kv| kv.iter().find(|k| k.key == "grid.schema_version").cloned())
                .and_then(|k| k.value);
            assert_eq!(version.as_deref(), Some("1"), "{file:?}");
            let batches: Vec<RecordBatch> = reader.build().unwrap().map(Result::unwrap).collect();
            let relative = file
                .strip_prefix(lake)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.insert(relative, batches);
        }
    }
    out
}

fn rows(files: &BTreeMap<String, Vec<RecordBatch>>) -> usize {
    files.values().flatten().map(RecordBatch::num_rows).sum()
}

#[test]
fn the_export_holds_what_the_town_holds() {
    let town = Town::copy();
    let lake = tempfile::tempdir().unwrap();
    let repo = town.path().to_str().unwrap();
    let run = grid(&[
        "export",
        "parquet",
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
        "-o",
        lake.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary = grid(&[
        "check",
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ])
    .json()
    .pop()
    .unwrap();
    for (kind, key) in [
        ("patrols", "patrols"),
        ("sweeps", "sweeps"),
        ("meetings", "meetings"),
        ("inspections", "inspections"),
        ("approvals", "approvals"),
        ("cases", "cases"),
        ("roster", "assignments"),
    ] {
        assert_eq!(
            rows(&read(lake.path(), kind, "QS")),
            summary[key].as_u64().unwrap() as usize,
            "{kind}"
        );
    }
    // Patrols: partitioned by the month of their day, each row as patrols/YYYY-MM.csv has it.
    let patrols = read(lake.path(), "patrols", "QS");
    let november = &patrols["patrols/town=QS/year=2026/month=11/part-0.parquet"];
    let csv = std::fs::read_to_string(town.path().join("patrols/2026-11.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(
        november.iter().map(RecordBatch::num_rows).sum::<usize>(),
        lines.len()
    );
    let batch = &november[0];
    let first: Vec<&str> = lines[0].split(',').collect();
    let column = |name: &str| batch.column(batch.schema().index_of(name).unwrap()).clone();
    assert_eq!(column("member").as_string::<i32>().value(0), first[2]);
    assert_eq!(column("grid").as_string::<i32>().value(0), first[1]);
    let day = column("date").as_primitive::<Date32Type>().value(0);
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
    assert_eq!(
        (epoch + chrono::Days::new(day as u64)).to_string(),
        first[0]
    );
    assert_eq!(
        column("issues")
            .as_primitive::<Int64Type>()
            .value(0)
            .to_string(),
        first[6]
    );
    // Duties: as many as grid duties lists over the town's records, with the same statuses.
    // A reading command over the town's records, up to the export's moment.
    let over_the_records = |command: &str| {
        grid(&[
            command,
            "--repo",
            repo,
            "--as-of",
            "2026-11-24",
            "--from",
            "2026-09-01",
            "--to",
            "2026-11-24",
            "--format",
            "json",
        ])
    };
    let duties = over_the_records("duties").items();
    let exported = read(lake.path(), "duties", "QS");
    assert_eq!(rows(&exported), duties.len());
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for batch in exported.values().flatten() {
        let status = batch
            .column(batch.schema().index_of("status").unwrap())
            .as_string::<i32>()
            .clone();
        for i in 0..status.len() {
            *by_status.entry(status.value(i).to_string()).or_default() += 1;
        }
    }
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for d in &duties {
        *expected
            .entry(d["status"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert_eq!(by_status, expected);
    // Findings: those grid findings gives over the whole records.
    let findings = over_the_records("findings")
        .json()
        .into_iter()
        .filter(|f| f["type"] == "finding")
        .count();
    assert_eq!(rows(&read(lake.path(), "findings", "QS")), findings);
    // A second export replaces the first: no partition lingers, nothing doubles.
    let again = grid(&[
        "export",
        "parquet",
        "--repo",
        repo,
        "--as-of",
        "2026-10-15",
        "-o",
        lake.path().to_str().unwrap(),
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let earlier = read(lake.path(), "patrols", "QS");
    assert!(
        !earlier.keys().any(|k| k.contains("month=11")),
        "{:?}",
        earlier.keys()
    );
}

#[test]
fn a_county_exports_every_town_into_one_lake() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("county");
    let made = grid(&[
        "synth",
        "--county",
        "2",
        "--villages",
        "4",
        "--days",
        "30",
        "--out",
        root.to_str().unwrap(),
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let lake = dir.path().join("lake");
    let run = grid(&[
        "county",
        "export",
        "parquet",
        "--county",
        root.to_str().unwrap(),
        "--as-of",
        "2026-11-23",
        "-o",
        lake.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for town in ["QS", "HD"] {
        let summary = grid(&[
            "check",
            "--repo",
            root.join("towns").join(town).to_str().unwrap(),
            "--as-of",
            "2026-11-23",
            "--format",
            "json",
        ])
        .json()
        .pop()
        .unwrap();
        assert_eq!(
            rows(&read(&lake, "patrols", town)),
            summary["patrols"].as_u64().unwrap() as usize
        );
        assert_eq!(
            rows(&read(&lake, "cases", town)),
            summary["cases"].as_u64().unwrap() as usize
        );
    }
}
