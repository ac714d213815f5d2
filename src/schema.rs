//! JSON Schemas of every YAML file and CSV row kind, generated from the types of
//! [`crate::format`]. Editors use them through the `# yaml-language-server: $schema=` line.
//! A CSV row's schema carries the constraints its columns' [`Column`] descriptions give the
//! loader: which columns are required and filled, and the pattern or values of each.

use schemars::JsonSchema;
use serde_json::{Value, json};

use crate::format::{Column, Need, Shape};

use crate::format::{
    ApprovalRow, CalendarFile, CaseFile, CatalogFile, CountyFile, DecisionsFile, EnforcementFile,
    EnterprisesFile, ImportRulesFile, InspectionRow, ManifestRow, MeetingRow, PatrolRow, RosterRow,
    SweepRow, TownFile, VillagesFile, WorkAreasFile,
};

/// Writes every schema into `dir/schemas/`, the folder a town's files name in their
/// `$schema` lines (`grid init`, the towns of `grid synth --county`).
pub fn write_into(dir: &std::path::Path) -> Result<(), crate::error::Error> {
    let folder = dir.join("schemas");
    std::fs::create_dir_all(&folder).map_err(|e| crate::error::Error::io(&folder, e))?;
    for (name, text) in all() {
        let path = folder.join(name);
        std::fs::write(&path, text).map_err(|e| crate::error::Error::io(&path, e))?;
    }
    Ok(())
}

fn schema<T: JsonSchema>() -> String {
    let schema = schemars::schema_for!(T);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema of a CSV row kind: its fields' descriptions from the type, its constraints from
/// the column descriptions.
fn row_schema<T: JsonSchema>(columns: &[Column]) -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    if let Some(properties) = schema["properties"].as_object_mut() {
        for column in columns {
            if let Some(Value::Object(property)) = properties.get_mut(column.name) {
                property.remove("default");
                for (key, value) in constraint(column) {
                    property.insert(key.to_string(), value);
                }
            }
        }
    }
    let required: Vec<&str> = columns
        .iter()
        .filter(|c| c.need != Need::Optional)
        .map(|c| c.name)
        .collect();
    schema["required"] = json!(required);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

const DATE: &str = "(?:19[7-9][0-9]|20[0-9]{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
const CLOCK: &str = "(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?";
const ID: &str = "[A-Za-z0-9_-]+";

/// The JSON Schema keywords that say what a column's cell may hold.
fn constraint(column: &Column) -> Vec<(&'static str, Value)> {
    let filled = column.need == Need::Value;
    let body = match column.shape {
        Shape::Choice(values) => {
            let mut allowed: Vec<&str> = values.to_vec();
            if !filled {
                allowed.push("");
            }
            return vec![("enum", json!(allowed))];
        }
        Shape::Text if filled => return vec![("pattern", json!("\\S"))],
        Shape::Text => return Vec::new(),
        Shape::Date => DATE.to_string(),
        Shape::Clock => CLOCK.to_string(),
        Shape::Stamp => format!("{DATE}[ T]{CLOCK}"),
        Shape::Id => ID.to_string(),
        Shape::IdList => "[A-Za-z0-9_;；\\s-]*".to_string(),
        Shape::Count => "[0-9]{1,9}".to_string(),
        Shape::Absences => {
            let entry = format!("{ID}(?:\\s*[:：][^;；]*)?");
            format!("(?:{entry})?(?:\\s*[;；]\\s*(?:{entry})?)*")
        }
        Shape::RecordRef => format!("(?:patrol:{DATE}:{ID}|inspection:{DATE}:{ID}|case:{ID}|{ID})"),
        Shape::Sha256 => "[0-9a-fA-F]{64}".to_string(),
    };
    let optional = if filled { "" } else { "?" };
    vec![("pattern", json!(format!("^\\s*(?:{body}){optional}\\s*$")))]
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
        ("county.schema.json", schema::<CountyFile>()),
        (
            "roster-row.schema.json",
            row_schema::<RosterRow>(RosterRow::SPEC),
        ),
        (
            "patrol-row.schema.json",
            row_schema::<PatrolRow>(PatrolRow::SPEC),
        ),
        (
            "sweep-row.schema.json",
            row_schema::<SweepRow>(SweepRow::SPEC),
        ),
        (
            "meeting-row.schema.json",
            row_schema::<MeetingRow>(MeetingRow::SPEC),
        ),
        (
            "inspection-row.schema.json",
            row_schema::<InspectionRow>(InspectionRow::SPEC),
        ),
        (
            "approval-row.schema.json",
            row_schema::<ApprovalRow>(ApprovalRow::SPEC),
        ),
        (
            "manifest-row.schema.json",
            row_schema::<ManifestRow>(ManifestRow::SPEC),
        ),
        ("import-rules.schema.json", schema::<ImportRulesFile>()),
    ]
}

/// The `# yaml-language-server: $schema=` line of the YAML file at `relative` in the town at
/// `root`, pointing at the town's `schemas/` folder: inside the town (as `grid init` makes it)
/// when it is there, else beside it (as `example-town` in the project). Empty for a file
/// without a schema.
pub fn header(relative: &str, root: &std::path::Path) -> String {
    header_for(relative, root.join("schemas").is_dir())
}

/// [`header`] for a town whose `schemas/` folder is inside it or not.
pub fn header_for(relative: &str, schemas_inside: bool) -> String {
    let Some(name) = for_yaml(relative) else {
        return String::new();
    };
    let depth = relative.matches('/').count() + usize::from(!schemas_inside);
    format!(
        "# yaml-language-server: $schema={}schemas/{name}\n",
        "../".repeat(depth)
    )
}

/// The schema a YAML file of the repository should name, by its path relative to the root.
pub fn for_yaml(relative: &str) -> Option<&'static str> {
    use crate::layout::*;
    Some(match relative {
        TOWN => "town.schema.json",
        CATALOG => "catalog.schema.json",
        ENFORCEMENT => "enforcement.schema.json",
        CALENDAR => "calendar.schema.json",
        WORK_AREAS => "work-areas.schema.json",
        ENTERPRISES => "enterprises.schema.json",
        VILLAGES => "villages.schema.json",
        DECISIONS => "decisions.schema.json",
        IMPORT_RULES => "import-rules.schema.json",
        _ if is_case_path(relative) => "case.schema.json",
        _ => return None,
    })
}
