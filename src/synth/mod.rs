//! `grid synth`: a deterministic synthetic town — the example town of the project, the test
//! fixture, and at 100× the size, the benchmark. The same arguments always write the same
//! bytes.

pub mod cases;
pub mod chat;
pub mod county;
pub mod names;
pub mod records;
pub mod rng;
pub mod world;

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::error::Error;
use crate::format::{
    CaseFile, DepartmentEntry, DisclosurePolicy, EnforcementFile, EnterpriseEntry, EnterprisesFile,
    GroupEntry, LeadershipGroupEntry, OfficesEntry, Policy, RolloutPolicy, TownFile, TownGridEntry,
    UnitEntry, VillageEntry, VillagesFile, WorkAreaEntry, WorkAreasFile,
};
use crate::layout::{self, Dated};
use crate::schema;

use records::Gaps;
use rng::Rng;
pub use world::Identity;
use world::{DEPARTMENTS, World};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Params {
    /// Number of villages.
    pub villages: u32,
    /// Days of records.
    pub days: u32,
    /// The last day of records.
    pub end: NaiveDate,
    /// Number of cases.
    pub cases: u32,
    /// Random seed.
    pub seed: u64,
    /// Whether `schemas/` sits inside the town's folder (`grid init`) rather than beside it
    /// (the project's example-town).
    pub schemas_inside: bool,
    /// Where to write a month of each village's WeChat group after the records end.
    pub chat: Option<std::path::PathBuf>,
    /// Who the town is.
    pub identity: Identity,
    /// Whether cases are escalated to the county (the towns of `--county`).
    pub county_escalations: bool,
}

/// The example town 青山镇: what `example-town/` holds and `grid init --example` writes.
pub fn example() -> Params {
    Params {
        villages: 20,
        days: 84,
        end: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
        cases: 64,
        seed: 1,
        schemas_inside: false,
        chat: None,
        identity: Identity::example(),
        county_escalations: false,
    }
}

/// Writes a synthetic town into `out`, which must be empty or absent.
pub fn write(params: &Params, out: &Path) -> Result<(), Error> {
    if out.exists()
        && std::fs::read_dir(out)
            .map_err(|e| Error::io(out, e))?
            .next()
            .is_some()
    {
        return Err(Error::Usage(format!("{} is not empty", out.display())));
    }
    let mut rng = Rng::new(params.seed);
    let mut world = World::new(
        params.identity.clone(),
        params.villages.max(1),
        params.days,
        params.end,
        &mut rng,
    );
    world.county_escalations = params.county_escalations;
    let gaps = Gaps::new(params.seed);
    let (plans, meetings) = cases::generate(&world, params.cases, &mut rng);
    let w = Writer {
        root: out,
        schemas_inside: params.schemas_inside,
    };
    w.yaml(layout::TOWN, &town_file(&world))?;
    w.yaml(layout::CATALOG, &world.catalog)?;
    w.yaml(layout::ENFORCEMENT, &enforcement_file(&world))?;
    w.yaml(layout::CALENDAR, &world.calendar_file)?;
    w.yaml(
        layout::WORK_AREAS,
        &WorkAreasFile {
            work_areas: world
                .areas
                .iter()
                .map(|a| WorkAreaEntry {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    heads_role: None,
                })
                .collect(),
        },
    )?;
    w.yaml(
        layout::ENTERPRISES,
        &EnterprisesFile {
            enterprises: world
                .enterprises
                .iter()
                .map(|e| EnterpriseEntry {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    work_area: world.areas[e.area].id.clone(),
                    credit_code: Some(e.credit_code.clone()),
                })
                .collect(),
        },
    )?;
    w.yaml(
        layout::VILLAGES,
        &VillagesFile {
            villages: world
                .villages
                .iter()
                .map(|v| VillageEntry {
                    id: v.id.clone(),
                    name: v.name.clone(),
                    work_area: world.areas[v.area].id.clone(),
                    code: v.code.clone(),
                    center: v.center.clone(),
                })
                .collect(),
        },
    )?;
    w.csv(layout::ROSTER, &world.roster())?;
    let mut found: HashMap<(NaiveDate, usize), Vec<String>> = HashMap::new();
    for plan in &plans {
        if let Some(key) = plan.patrol {
            found.entry(key).or_default().push(plan.file.id.clone());
        }
    }
    let mut months: Vec<(i32, u32)> = world.days().map(|d| (d.year(), d.month())).collect();
    months.dedup();
    for month in months {
        let rows = records::patrols(&world, gaps, month, &found);
        w.csv(&Dated::Patrols.file_named(month.0, month.1), &rows)?;
    }
    for (month, rows) in records::sweeps(&world, gaps) {
        w.csv(&Dated::Sweeps.file_named(month.0, month.1), &rows)?;
    }
    for (month, rows) in records::meetings(&world, gaps, &meetings) {
        w.csv(&Dated::Meetings.file_named(month.0, month.1), &rows)?;
    }
    for (quarter, rows) in records::inspections(&world) {
        w.csv(&Dated::Inspections.file_named(quarter.0, quarter.1), &rows)?;
    }
    for (y, rows) in records::approvals(&world, gaps, &mut rng) {
        w.csv(&Dated::Approvals.file_named(y, 0), &rows)?;
    }
    for plan in &plans {
        let file: &CaseFile = &plan.file;
        w.yaml(&crate::layout::case_file(&file.id), file)?;
    }
    w.text(".gitignore", crate::starter::GITIGNORE)?;
    w.text(".gitattributes", crate::starter::GITATTRIBUTES)?;
    if let Some(dir) = &params.chat {
        chat::write(&world, params.seed, dir)?;
    }
    Ok(())
}

fn town_file(world: &World) -> TownFile {
    TownFile {
        code: world.identity.code.clone(),
        name: world.identity.name.clone(),
        county: world.identity.county.clone(),
        grid: TownGridEntry {
            id: world.identity.id.clone(),
            name: Some(format!("{}镇级网格", world.identity.name)),
        },
        leadership_group: LeadershipGroupEntry {
            leader: world.id(world.town_heads[0]).to_string(),
            deputies: std::iter::once(world.town_heads[1])
                .chain(world.deputies.iter().copied())
                .map(|p| world.id(p).to_string())
                .collect(),
            units: world
                .units
                .iter()
                .map(|(id, name, contact)| UnitEntry {
                    id: (*id).to_string(),
                    name: (*name).to_string(),
                    contact: Some(world.id(*contact).to_string()),
                })
                .collect(),
        },
        offices: OfficesEntry {
            grid_center: "网格化服务中心".to_string(),
            service_center: "便民服务中心".to_string(),
            enforcement_office: "综合执法办公室".to_string(),
        },
        policy: Policy {
            rollout: RolloutPolicy {
                batch_1_by: NaiveDate::from_ymd_opt(2026, 6, 30),
                batch_2_by: NaiveDate::from_ymd_opt(2026, 12, 31),
            },
            disclosure: DisclosurePolicy {
                phone: Some("0532-88886000".to_string()),
                ..DisclosurePolicy::default()
            },
            ..Policy::default()
        },
    }
}

fn enforcement_file(world: &World) -> EnforcementFile {
    EnforcementFile {
        groups: world
            .groups
            .iter()
            .map(|g| GroupEntry {
                id: g.id.to_string(),
                name: g.name.to_string(),
                leader: world.id(g.leader).to_string(),
                head: world.id(g.head).to_string(),
                members: g.members.iter().map(|m| world.id(*m).to_string()).collect(),
                items: world
                    .catalog
                    .classes
                    .iter()
                    .filter(|c| g.classes.contains(&c.code.as_str()))
                    .flat_map(|c| c.items.iter().map(|i| i.code.clone()))
                    .collect(),
            })
            .collect(),
        departments: departments(),
    }
}

/// The county departments, as every synthetic town and county names them.
pub fn departments() -> Vec<DepartmentEntry> {
    DEPARTMENTS
        .iter()
        .enumerate()
        .map(|(i, (id, name))| DepartmentEntry {
            id: (*id).to_string(),
            name: (*name).to_string(),
            contact: Some(format!("值班室 0532-8{:07}", 1_000_000 + i * 1111)),
        })
        .collect()
}

struct Writer<'a> {
    root: &'a Path,
    schemas_inside: bool,
}

impl Writer<'_> {
    fn create(&self, relative: &str) -> Result<std::path::PathBuf, Error> {
        let path = self.root.join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        Ok(path)
    }

    fn yaml<T: Serialize>(&self, relative: &str, value: &T) -> Result<(), Error> {
        let path = self.create(relative)?;
        let body = crate::yamlout::to_string(value).map_err(|e| Error::Usage(e.to_string()))?;
        let header = schema::header_for(relative, self.schemas_inside);
        std::fs::write(&path, format!("{header}{body}")).map_err(|e| Error::io(&path, e))
    }

    fn text(&self, relative: &str, text: &str) -> Result<(), Error> {
        let path = self.create(relative)?;
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))
    }

    fn csv<T: Serialize>(&self, relative: &str, rows: &[T]) -> Result<(), Error> {
        let path = self.create(relative)?;
        let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        let mut writer = csv::Writer::from_writer(std::io::BufWriter::with_capacity(1 << 20, file));
        let failed = |e: csv::Error| Error::Usage(format!("{}: {e}", path.display()));
        for row in rows {
            writer.serialize(row).map_err(failed)?;
        }
        writer.flush().map_err(|e| Error::io(&path, e))
    }
}
