//! The registers, read first and in order because everything else refers to them: `town.yaml`,
//! the grids, `catalog.yaml`, `roster.csv`, `enforcement.yaml`, `calendar.yaml`. Their ids are
//! interned here; later files are resolved against them.

use rustc_hash::FxHashMap;

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Phrase, Span};
use crate::format::{
    CalendarFile, CatalogFile, EnforcementFile, EnterprisesFile, Policy, RosterRow, TownFile,
    VillagesFile, WorkAreasFile,
};
use crate::layout::{
    CALENDAR, CATALOG, ENFORCEMENT, ENTERPRISES, ROSTER, TOWN, VILLAGES, WORK_AREAS,
};
use crate::load::csv_table::{Table, lookup};
use crate::load::read_text;
use crate::load::resolve::grid_of_kind;
use crate::load::tree::Tree;
use crate::load::yaml::{self, LineIndex, Step};
use crate::model::choices::Role;
use crate::model::grid::{Grid, GridIx, GridKind, Grids};
use crate::model::ids::{IdTable, is_valid_id};
use crate::model::people::{Assignment, People, Person, PersonIx};
use crate::model::registry::{
    Calendar, Catalog, Class, Department, Enforcement, Group, Item, TownInfo, Unit, Units,
};
use crate::path;
use crate::source::FileId;

/// The registers, loaded and cross-resolved.
pub struct Registry {
    /// `town.yaml` without policy.
    pub info: TownInfo,
    /// `town.yaml` `policy:`.
    pub policy: Policy,
    /// All grids.
    pub grids: Grids,
    /// `catalog.yaml`.
    pub catalog: Catalog,
    /// `enforcement.yaml`.
    pub enforcement: Enforcement,
    /// `calendar.yaml`.
    pub calendar: Calendar,
    /// The people of `roster.csv`.
    pub people: People,
    /// The rows of `roster.csv`.
    pub assignments: Vec<Assignment>,
    /// The column layout of `roster.csv`.
    pub roster_layout: Option<(FileId, Vec<(&'static str, u32)>)>,
}

/// A YAML file read and parsed, with its line index.
struct Doc<T> {
    value: T,
    index: LineIndex,
    file: FileId,
}

impl<T> Doc<T> {
    fn at<const N: usize>(&self, path: [Step; N]) -> Span {
        self.index.span(self.file, &path)
    }
}

fn read_doc<T: serde::de::DeserializeOwned>(
    tree: &Tree,
    fixed: &FxHashMap<&'static str, FileId>,
    name: &str,
    untyped_first: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<Doc<T>> {
    let file = *fixed.get(name)?;
    let text = read_text(tree, name, file, out)?;
    let index = LineIndex::build(&text, file, out);
    if untyped_first && !yaml::check_untyped(&text, file, &index, out) {
        return None;
    }
    let value = yaml::parse(&text, file, &index, out)?;
    Some(Doc { value, index, file })
}

/// Reads the registers. `None` when one of them cannot be parsed at all: everything else
/// refers to them, so going on would bury the real error under consequences.
pub fn load(
    tree: &Tree,
    fixed: &FxHashMap<&'static str, FileId>,
    out: &mut Vec<Diagnostic>,
) -> Option<Registry> {
    let missing_files = out.iter().filter(|d| d.code == Code::E0003).count();
    let town = read_doc::<TownFile>(tree, fixed, TOWN, false, out);
    let work_areas = read_doc::<WorkAreasFile>(tree, fixed, WORK_AREAS, false, out);
    let enterprises = read_doc::<EnterprisesFile>(tree, fixed, ENTERPRISES, false, out);
    let villages = read_doc::<VillagesFile>(tree, fixed, VILLAGES, false, out);
    let catalog = read_doc::<CatalogFile>(tree, fixed, CATALOG, false, out);
    let enforcement = read_doc::<EnforcementFile>(tree, fixed, ENFORCEMENT, false, out);
    let calendar = read_doc::<CalendarFile>(tree, fixed, CALENDAR, true, out);
    let enterprises_failed = fixed.contains_key(ENTERPRISES) && enterprises.is_none();
    let (
        Some(town),
        Some(work_areas),
        Some(villages),
        Some(catalog_doc),
        Some(enforcement_doc),
        Some(calendar_doc),
    ) = (town, work_areas, villages, catalog, enforcement, calendar)
    else {
        return None;
    };
    if enterprises_failed || missing_files > 0 {
        return None;
    }

    let mut grids = Grids::default();
    let town_grid = build_grids(
        &town,
        &work_areas,
        enterprises.as_ref(),
        &villages,
        &mut grids,
        out,
    )?;
    let (mut catalog, item_groups) = build_catalog(&catalog_doc, out);
    let (people, assignments, roster_layout) = match fixed.get(ROSTER) {
        Some(&file) => load_roster(tree, file, &grids, out)?,
        None => return None,
    };
    let enforcement = build_enforcement(&enforcement_doc, &people, &mut catalog, &item_groups, out);
    let info = build_info(&town, town_grid, &people, out);
    let policy = check_policy(&town, out);
    let calendar = build_calendar(&calendar_doc, out);
    Some(Registry {
        info,
        policy,
        grids,
        catalog,
        enforcement,
        calendar,
        people,
        assignments,
        roster_layout,
    })
}

fn add_grid(grids: &mut Grids, id: &str, grid: Grid, out: &mut Vec<Diagnostic>) -> Option<GridIx> {
    if !is_valid_id(id) {
        diag!(out, E0110, grid.span, id);
        return None;
    }
    match grids.ids.insert(id) {
        Ok(ix) => {
            grids.list.push(grid);
            Some(ix)
        }
        Err(first) => {
            let first_span = grids.get(first).span;
            diag!(
                out,
                E0116,
                grid.span,
                id,
                Phrase::new(
                    format!("本文件或另一网格文件的第 {} 行", first_span.line),
                    format!("line {} of another grid file or this one", first_span.line)
                )
            );
            None
        }
    }
}

fn grid(name: &str, kind: GridKind, span: Span) -> Grid {
    Grid {
        name: name.to_string(),
        kind,
        work_area: None,
        code: None,
        center: None,
        span,
    }
}

fn build_grids(
    town: &Doc<TownFile>,
    work_areas: &Doc<WorkAreasFile>,
    enterprises: Option<&Doc<EnterprisesFile>>,
    villages: &Doc<VillagesFile>,
    grids: &mut Grids,
    out: &mut Vec<Diagnostic>,
) -> Option<GridIx> {
    let t = &town.value;
    check_code(
        "code",
        &t.code,
        9,
        u8::is_ascii_digit,
        town.at(path!["code"]),
        out,
    );
    let name = t.grid.name.as_deref().unwrap_or(&t.name);
    let town_grid = add_grid(
        grids,
        &t.grid.id,
        grid(name, GridKind::Town, town.at(path!["grid", "id"])),
        out,
    );
    for (i, area) in work_areas.value.work_areas.iter().enumerate() {
        let span = work_areas.at(path!["work_areas", i]);
        if area.heads_role.is_some_and(|r| r != Role::WorkAreaHead) {
            diag!(
                out,
                E0114,
                work_areas.at(path!["work_areas", i, "heads_role"]),
                area.heads_role.map_or("", |r| r.as_str()),
                "heads_role",
                "work_area_head"
            );
        }
        add_grid(
            grids,
            &area.id,
            grid(&area.name, GridKind::WorkArea, span),
            out,
        );
    }
    if let Some(doc) = enterprises {
        for (i, e) in doc.value.enterprises.iter().enumerate() {
            let mut g = grid(
                &e.name,
                GridKind::Enterprise,
                doc.at(path!["enterprises", i]),
            );
            let area_span = doc.at(path!["enterprises", i, "work_area"]);
            g.work_area = grid_of_kind(grids, &e.work_area, GridKind::WorkArea, area_span, out);
            if let Some(code) = &e.credit_code {
                let span = doc.at(path!["enterprises", i, "credit_code"]);
                check_code(
                    "credit_code",
                    code,
                    18,
                    u8::is_ascii_alphanumeric,
                    span,
                    out,
                );
            }
            add_grid(grids, &e.id, g, out);
        }
    }
    for (i, v) in villages.value.villages.iter().enumerate() {
        let mut g = grid(
            &v.name,
            GridKind::Village,
            villages.at(path!["villages", i]),
        );
        let area_span = villages.at(path!["villages", i, "work_area"]);
        g.work_area = grid_of_kind(grids, &v.work_area, GridKind::WorkArea, area_span, out);
        let code_span = villages.at(path!["villages", i, "code"]);
        check_code("code", &v.code, 12, u8::is_ascii_digit, code_span, out);
        if let Some(center) = &v.center
            && !(1..=2).contains(&center.batch)
        {
            diag!(
                out,
                E0104,
                villages.at(path!["villages", i, "center", "batch"]),
                Phrase::new(
                    format!("批次 {} 只能是 1 或 2", center.batch),
                    format!("batch {} must be 1 or 2", center.batch)
                )
            );
        }
        g.code = Some(v.code.clone());
        g.center = v.center.clone();
        add_grid(grids, &v.id, g, out);
    }
    town_grid
}

/// The group each item names, kept aside because the catalog is read before the groups exist.
type ItemGroups = Vec<Option<(String, Span)>>;

fn build_catalog(doc: &Doc<CatalogFile>, out: &mut Vec<Diagnostic>) -> (Catalog, ItemGroups) {
    let mut catalog = Catalog::default();
    let mut item_groups = Vec::new();
    let mut class_codes: IdTable<Class> = IdTable::default();
    for (c, class) in doc.value.classes.iter().enumerate() {
        if class_codes.insert(&class.code).is_err() {
            diag!(
                out,
                E0116,
                doc.at(path!["classes", c, "code"]),
                &class.code,
                CATALOG
            );
        }
        catalog.classes.push(Class {
            code: class.code.clone(),
            name: class.name.clone(),
            bottom_line: class.bottom_line,
        });
        for (i, item) in class.items.iter().enumerate() {
            let span = doc.at(path!["classes", c, "items", i]);
            if !is_valid_id(&item.code) {
                diag!(out, E0110, span, &item.code);
                continue;
            }
            match catalog.ids.insert(&item.code) {
                Ok(_) => {
                    item_groups.push(
                        item.group
                            .clone()
                            .map(|g| (g, doc.at(path!["classes", c, "items", i, "group"]))),
                    );
                    catalog.items.push(Item {
                        name: item.name.clone(),
                        class: c,
                        accept_hours: in_range(
                            item.accept_hours,
                            1,
                            MAX_HOURS,
                            "accept_hours",
                            doc.at(path!["classes", c, "items", i, "accept_hours"]),
                            out,
                        ),
                        resolve_days: in_range(
                            item.resolve_days,
                            1,
                            MAX_DAYS,
                            "resolve_days",
                            doc.at(path!["classes", c, "items", i, "resolve_days"]),
                            out,
                        ),
                        group: None,
                        town_authority: item.town_authority,
                        keywords: item.keywords.clone(),
                        span,
                    });
                }
                Err(first) => {
                    diag!(
                        out,
                        E0116,
                        span,
                        &item.code,
                        format!("{CATALOG}:{}", catalog.item(first).span.line)
                    );
                }
            }
        }
    }
    (catalog, item_groups)
}

/// Reads `enforcement.yaml` and links each catalog item to its work group.
fn build_enforcement(
    doc: &Doc<EnforcementFile>,
    people: &People,
    catalog: &mut Catalog,
    item_groups: &[Option<(String, Span)>],
    out: &mut Vec<Diagnostic>,
) -> Enforcement {
    let mut enforcement = Enforcement::default();
    for (i, d) in doc.value.departments.iter().enumerate() {
        let span = doc.at(path!["departments", i]);
        if !is_valid_id(&d.id) {
            diag!(out, E0110, span, &d.id);
        } else if enforcement.department_ids.insert(&d.id).is_err() {
            diag!(out, E0116, span, &d.id, ENFORCEMENT);
        } else {
            enforcement.departments.push(Department {
                name: d.name.clone(),
                contact: d.contact.clone(),
                span,
            });
        }
    }
    for (i, g) in doc.value.groups.iter().enumerate() {
        let span = doc.at(path!["groups", i]);
        if !is_valid_id(&g.id) {
            diag!(out, E0110, span, &g.id);
            continue;
        }
        if enforcement.group_ids.insert(&g.id).is_err() {
            diag!(out, E0116, span, &g.id, ENFORCEMENT);
            continue;
        }
        let person = |field: &str, j: Option<usize>, id: &str, out: &mut Vec<Diagnostic>| {
            let at = match j {
                Some(j) => doc.at(path!["groups", i, field, j]),
                None => doc.at(path!["groups", i, field]),
            };
            lookup(&people.ids, id, at, Code::E0203, out)
        };
        let leader = person("leader", None, &g.leader, out);
        let head = person("head", None, &g.head, out);
        let members = g
            .members
            .iter()
            .enumerate()
            .filter_map(|(j, m)| person("members", Some(j), m, out))
            .collect();
        let mut items = Vec::new();
        for (j, code) in g.items.iter().enumerate() {
            if let Some(item) = lookup(
                &catalog.ids,
                code,
                doc.at(path!["groups", i, "items", j]),
                Code::E0202,
                out,
            ) {
                items.push(item);
            }
        }
        enforcement.groups.push(Group {
            name: g.name.clone(),
            leader,
            head,
            members,
            items,
            span,
        });
    }
    for (item, named) in catalog.items.iter_mut().zip(item_groups) {
        if let Some((id, span)) = named {
            item.group = lookup(&enforcement.group_ids, id, *span, Code::E0204, out);
        }
    }
    enforcement
}

/// The most hours a deadline or window may have: a year.
pub const MAX_HOURS: u32 = 8_760;
/// The most days a deadline or window may have: a year.
pub const MAX_DAYS: u32 = 366;
/// The most days a disclosure stays listed: ten years.
pub const MAX_KEEP_DAYS: u32 = 3_660;
/// The largest reward amount, weight or deduction.
pub const MAX_AMOUNT: u32 = 1_000_000;

/// Reports a number outside `min..=max` at `span` and returns it clamped into the range, so
/// that no later arithmetic meets a value the checks refused.
pub fn in_range(
    value: u32,
    min: u32,
    max: u32,
    name: &str,
    span: Span,
    out: &mut Vec<Diagnostic>,
) -> u32 {
    if (min..=max).contains(&value) {
        return value;
    }
    diag!(
        out,
        E0104,
        span,
        Phrase::new(
            format!("{name} 为 {value}，应在 {min} 到 {max} 之间"),
            format!("{name} {value} must be from {min} to {max}")
        )
    );
    value.clamp(min, max)
}

/// Checks the ranges of the policy knobs (types are checked by parsing) and returns the
/// policy with every number clamped into its range.
fn check_policy(doc: &Doc<TownFile>, out: &mut Vec<Diagnostic>) -> Policy {
    let mut p = doc.value.policy.clone();
    let at = |path: &[Step]| doc.index.span(doc.file, path);
    let reward = &mut p.first_report.reward;
    let assessment = &mut p.assessment;
    let w = &mut assessment.weights;
    // Each number with its range and its keys under `policy:`.
    let numbers: [(&mut u32, u32, u32, &[&str]); 23] = [
        (&mut p.due_soon_percent.0, 1, 100, &["due_soon_percent"]),
        (
            &mut p.quarterly.window_days.0,
            1,
            MAX_DAYS,
            &["quarterly", "window_days"],
        ),
        (
            &mut p.consultation.within_days.0,
            1,
            MAX_DAYS,
            &["consultation", "within_days"],
        ),
        (
            &mut p.whistle.response_hours.0,
            1,
            MAX_HOURS,
            &["whistle", "response_hours"],
        ),
        (
            &mut p.accountability.grace_hours.0,
            1,
            MAX_HOURS,
            &["accountability", "grace_hours"],
        ),
        (
            &mut p.fault_tolerance.remedy_hours.0,
            1,
            MAX_HOURS,
            &["fault_tolerance", "remedy_hours"],
        ),
        (
            &mut p.audit.backfill_hours.0,
            1,
            MAX_HOURS,
            &["audit", "backfill_hours"],
        ),
        (
            &mut p.disclosure.keep_days.0,
            1,
            MAX_KEEP_DAYS,
            &["disclosure", "keep_days"],
        ),
        (
            &mut p.disclosure.objection_days.0,
            1,
            MAX_DAYS,
            &["disclosure", "objection_days"],
        ),
        (
            &mut reward.security_stability,
            0,
            MAX_AMOUNT,
            &["first_report", "reward", "security_stability"],
        ),
        (
            &mut reward.illegal_construction,
            0,
            MAX_AMOUNT,
            &["first_report", "reward", "illegal_construction"],
        ),
        (
            &mut reward.production_safety,
            0,
            MAX_AMOUNT,
            &["first_report", "reward", "production_safety"],
        ),
        (
            &mut reward.environment,
            0,
            MAX_AMOUNT,
            &["first_report", "reward", "environment"],
        ),
        (
            &mut reward.public_opinion,
            0,
            MAX_AMOUNT,
            &["first_report", "reward", "public_opinion"],
        ),
        (
            &mut assessment.accountability_deduction,
            0,
            100,
            &["assessment", "accountability_deduction"],
        ),
        (
            &mut assessment.reward_bonus,
            0,
            100,
            &["assessment", "reward_bonus"],
        ),
        (
            &mut w.patrol_completion,
            0,
            100,
            &["assessment", "weights", "patrol_completion"],
        ),
        (
            &mut w.on_time,
            0,
            100,
            &["assessment", "weights", "on_time"],
        ),
        (
            &mut w.attendance,
            0,
            100,
            &["assessment", "weights", "attendance"],
        ),
        (
            &mut w.case_on_time,
            0,
            100,
            &["assessment", "weights", "case_on_time"],
        ),
        (
            &mut w.closure,
            0,
            100,
            &["assessment", "weights", "closure"],
        ),
        (&mut w.rework, 0, 100, &["assessment", "weights", "rework"]),
        (
            &mut w.missed_report,
            0,
            100,
            &["assessment", "weights", "missed_report"],
        ),
    ];
    for (value, min, max, keys) in numbers {
        let path: Vec<Step> = std::iter::once("policy")
            .chain(keys.iter().copied())
            .map(Step::from)
            .collect();
        *value = in_range(*value, min, max, &keys.join("."), at(&path), out);
    }
    let days = &p.sweep.days;
    if days.is_empty() || !days.iter().all(|d| (1..=31).contains(d)) {
        diag!(
            out,
            E0104,
            at(&path!["policy", "sweep", "days"]),
            Phrase::new(
                format!("排查日 {days:?} 应为每月的第 1 到 31 日"),
                format!("sweep days {days:?} must be days of the month, 1 to 31")
            )
        );
        p.sweep.days.retain(|d| (1..=31).contains(d));
    }
    if let (Some(one), Some(two)) = (p.rollout.batch_1_by, p.rollout.batch_2_by)
        && one > two
    {
        diag!(
            out,
            E0104,
            at(&path!["policy", "rollout", "batch_2_by"]),
            Phrase::new(
                format!("batch_2_by {two} 早于 batch_1_by {one}"),
                format!("batch_2_by {two} is before batch_1_by {one}")
            )
        );
    }
    p
}

fn build_info(
    doc: &Doc<TownFile>,
    grid: GridIx,
    people: &People,
    out: &mut Vec<Diagnostic>,
) -> TownInfo {
    let t = &doc.value;
    let person = |id: &str, span: Span, out: &mut Vec<Diagnostic>| {
        lookup(&people.ids, id, span, Code::E0203, out)
    };
    let leader = person(
        &t.leadership_group.leader,
        doc.at(path!["leadership_group", "leader"]),
        out,
    );
    let deputies = t
        .leadership_group
        .deputies
        .iter()
        .enumerate()
        .filter_map(|(i, d)| person(d, doc.at(path!["leadership_group", "deputies", i]), out))
        .collect();
    let mut units = Units::default();
    for (i, u) in t.leadership_group.units.iter().enumerate() {
        let span = doc.at(path!["leadership_group", "units", i]);
        if !is_valid_id(&u.id) {
            diag!(out, E0110, span, &u.id);
            continue;
        }
        if units.ids.insert(&u.id).is_err() {
            diag!(out, E0116, span, &u.id, TOWN);
            continue;
        }
        let contact = u.contact.as_deref().and_then(|c| {
            person(
                c,
                doc.at(path!["leadership_group", "units", i, "contact"]),
                out,
            )
        });
        units.list.push(Unit {
            name: u.name.clone(),
            contact,
            span,
        });
    }
    TownInfo {
        code: t.code.clone(),
        name: t.name.clone(),
        county: t.county.clone(),
        grid,
        leader,
        deputies,
        units,
        offices: t.offices.clone(),
    }
}

fn build_calendar(doc: &Doc<CalendarFile>, out: &mut Vec<Diagnostic>) -> Calendar {
    use chrono::Datelike;
    let mut calendar = Calendar {
        years: doc.value.keys().copied().collect(),
        span: Some(Span::file(doc.file)),
        ..Calendar::default()
    };
    for (year, entry) in &doc.value {
        let key = year.to_string();
        for (list, days, set) in [
            ("holidays", &entry.holidays, &mut calendar.holidays),
            ("workdays", &entry.workdays, &mut calendar.workdays),
        ] {
            for (i, day) in days.iter().enumerate() {
                if day.year() != *year {
                    diag!(
                        out,
                        E0117,
                        doc.at(path![key.as_str(), list, i]),
                        Phrase::new(
                            format!("{day} 列在 {year} 年下"),
                            format!("{day} is listed under {year}")
                        )
                    );
                }
                set.insert(*day);
            }
        }
    }
    calendar
}

type RosterOutput = (
    People,
    Vec<Assignment>,
    Option<(FileId, Vec<(&'static str, u32)>)>,
);

fn load_roster(
    tree: &Tree,
    file: FileId,
    grids: &Grids,
    out: &mut Vec<Diagnostic>,
) -> Option<RosterOutput> {
    let text = read_text(tree, ROSTER, file, out)?;
    let table = Table::open(
        &text,
        file,
        RosterRow::COLUMNS,
        &RosterRow::required_columns(),
        out,
    )?;
    let [
        person,
        name,
        phone,
        grid_f,
        role_f,
        title,
        from_f,
        to_f,
        wechat,
        email,
    ] = table.fields();
    let mut people = People::default();
    let mut assignments = Vec::new();
    table.for_each_row(out, |row, out| {
        let Some(id) = row.required(person, out) else {
            return;
        };
        if !is_valid_id(id) {
            diag!(out, E0110, row.span(person), id);
            return;
        }
        let the_name = row.text(name);
        let the_phone = row.text(phone);
        if !the_phone.is_empty() && !looks_like_phone(the_phone) {
            diag!(out, W0307, row.span(phone), the_phone);
        }
        let ix: PersonIx = match people.ids.insert(id) {
            Ok(ix) => {
                people.list.push(Person {
                    name: the_name.to_string(),
                    phone: the_phone.to_string(),
                    wechat: row.text(wechat).to_string(),
                    span: row.span,
                });
                ix
            }
            Err(ix) => {
                let first = people.get(ix);
                if first.name != the_name {
                    diag!(
                        out,
                        E0301,
                        row.span(name),
                        id,
                        "name",
                        the_name,
                        first.span.line,
                        &first.name
                    );
                }
                if first.phone != the_phone {
                    diag!(
                        out,
                        E0301,
                        row.span(phone),
                        id,
                        "phone",
                        the_phone,
                        first.span.line,
                        &first.phone
                    );
                }
                ix
            }
        };
        let Some(grid_text) = row.required(grid_f, out) else {
            return;
        };
        let Some(grid) = lookup(&grids.ids, grid_text, row.span(grid_f), Code::E0201, out) else {
            return;
        };
        let Some(role) = row.choice(role_f, None, Role::parse, Role::expected, out) else {
            return;
        };
        let from = row.opt_date(from_f, out);
        let to = row.opt_date(to_f, out);
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            diag!(out, E0305, row.span(to_f), t, f);
        }
        let kind = grids.get(grid).kind;
        let fits = role_grid_kind(role);
        if kind != fits {
            diag!(
                out,
                E0306,
                row.span(role_f),
                role,
                fits.label(),
                grid_text,
                kind.label()
            );
        }
        assignments.push(Assignment {
            person: ix,
            grid,
            role,
            title: row.text(title).to_string(),
            from,
            to,
            email: row.text(email).to_string(),
            span: row.span,
        });
    });
    let layout = Some((file, table.layout()));
    Some((people, assignments, layout))
}

/// Reports a code that is not `len` characters of the allowed kind (E0104).
fn check_code(
    field: &str,
    code: &str,
    len: usize,
    allowed: fn(&u8) -> bool,
    span: Span,
    out: &mut Vec<Diagnostic>,
) {
    if code.len() != len || !code.bytes().all(|b| allowed(&b)) {
        let (zh, en) = if len == 18 {
            ("位字母或数字", "letters and digits")
        } else {
            ("位数字", "digits")
        };
        diag!(
            out,
            E0104,
            span,
            Phrase::new(
                format!("{field} `{code}` 应为 {len} {zh}"),
                format!("{field} `{code}` must be {len} {en}")
            )
        );
    }
}

/// The kind of grid a role belongs to.
pub fn role_grid_kind(role: Role) -> GridKind {
    match role {
        Role::VillageHead | Role::BaseMember | Role::SocialMember | Role::VillageSupervisor => {
            GridKind::Village
        }
        Role::WorkAreaHead => GridKind::WorkArea,
        Role::EnterpriseHead => GridKind::Enterprise,
        Role::TownHead
        | Role::GroupLeader
        | Role::GroupDeputy
        | Role::UnitContact
        | Role::Clerk
        | Role::EnforcementLeader
        | Role::EnforcementHead
        | Role::EnforcementMember
        | Role::Supervisor => GridKind::Town,
    }
}

/// An 11-digit mobile starting with 1, or a landline with area code (0532-12345678).
fn looks_like_phone(text: &str) -> bool {
    let b = text.as_bytes();
    let mobile = b.len() == 11 && b[0] == b'1' && b.iter().all(u8::is_ascii_digit);
    let landline = b.first() == Some(&b'0') && {
        let digits: Vec<u8> = b.iter().copied().filter(|c| *c != b'-').collect();
        (10..=12).contains(&digits.len())
            && digits.iter().all(u8::is_ascii_digit)
            && b.iter().filter(|c| **c == b'-').count() <= 1
    };
    mobile || landline
}
