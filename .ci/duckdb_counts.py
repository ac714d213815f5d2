"""DuckDB reads grid's Parquet export of a town: its counts must equal `grid check`'s.

Usage: duckdb_counts.py LAKE CHECK_SUMMARY_JSON
"""
import json
import sys

import duckdb

lake, summary_path = sys.argv[1], sys.argv[2]
with open(summary_path, encoding="utf-8") as f:
    summary = json.loads(f.read().strip().splitlines()[-1])


def count(kind, where=""):
    return duckdb.sql(
        f"select count(*) from read_parquet('{lake}/{kind}/**/*.parquet', hive_partitioning=true) {where}"
    ).fetchall()[0][0]


failures = []
for kind, key in [
    ("patrols", "patrols"),
    ("sweeps", "sweeps"),
    ("meetings", "meetings"),
    ("inspections", "inspections"),
    ("approvals", "approvals"),
    ("cases", "cases"),
    ("roster", "assignments"),
]:
    got, want = count(kind), summary[key]
    print(f"{kind}: DuckDB {got}, grid check {want}")
    if got != want:
        failures.append(kind)
states = dict(
    duckdb.sql(
        f"select state, count(*) from read_parquet('{lake}/cases/**/*.parquet', hive_partitioning=true) group by state"
    ).fetchall()
)
print(f"cases by state: DuckDB {states}, grid check {summary['cases_by_state']}")
if states != summary["cases_by_state"]:
    failures.append("cases_by_state")
if failures:
    sys.exit(f"DuckDB and grid check disagree on {failures}")
print("DuckDB reads the export as grid check counts the town")
