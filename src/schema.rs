//! JSON Schemas of every YAML file and CSV row kind, generated from the types of
//! [`crate::format`]. Editors use them through the `# yaml-language-server: $schema=` line.

use schemars::JsonSchema;

use crate::format::{
    ApprovalRow, CalendarFile, CaseFile, CatalogFile, DecisionsFile, EnforcementFile,
    EnterprisesFile, ImportRulesFile, InspectionRow, ManifestRow, MeetingRow, PatrolRow, RosterRow,
    SweepRow, TownFile, VillagesFile, WorkAreasFile,
};

fn schema<T: JsonSchema>() -> String {
    let schema = schemars::schema_for!(T);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema file name for each YAML file or CSV row kind, and its text.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("town.schema.json", schema::<TownFile>()),
        ("catalog.schema.json", schema::<CatalogFile>()),
        ("enforcement.schema.json", schema::<EnforcementFile>()),
        ("calendar.schema.json", schema::<CalendarFile>()),
        ("work-areas.schema.json", schema::<WorkAreasFile>()),
        ("enterprises.schema.json", schema::<EnterprisesFile>()),
        ("villages.schema.json", schema::<VillagesFile>()),
        ("case.schema.json", schema::<CaseFile>()),
        ("decisions.schema.json", schema::<DecisionsFile>()),
        ("roster-row.schema.json", schema::<RosterRow>()),
        ("patrol-row.schema.json", schema::<PatrolRow>()),
        ("sweep-row.schema.json", schema::<SweepRow>()),
        ("meeting-row.schema.json", schema::<MeetingRow>()),
        ("inspection-row.schema.json", schema::<InspectionRow>()),
        ("approval-row.schema.json", schema::<ApprovalRow>()),
        ("manifest-row.schema.json", schema::<ManifestRow>()),
        ("import-rules.schema.json", schema::<ImportRulesFile>()),
    ]
}

/// The schema a YAML file of the repository should name, by its path relative to the root.
pub fn for_yaml(relative: &str) -> Option<&'static str> {
    Some(match relative {
        "town.yaml" => "town.schema.json",
        "catalog.yaml" => "catalog.schema.json",
        "enforcement.yaml" => "enforcement.schema.json",
        "calendar.yaml" => "calendar.schema.json",
        "grids/work-areas.yaml" => "work-areas.schema.json",
        "grids/enterprises.yaml" => "enterprises.schema.json",
        "grids/villages.yaml" => "villages.schema.json",
        "findings/decisions.yaml" => "decisions.schema.json",
        "imports/rules.yaml" => "import-rules.schema.json",
        _ if relative.starts_with("cases/") => "case.schema.json",
        _ => return None,
    })
}
