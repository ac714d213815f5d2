//! The fill-in workbook a village is sent (`grid template`): headings `grid import` maps
//! without questions, one prefilled line per member per day for patrols, drop-down lists of
//! the village's people, the catalog items and the allowed values, date cells, and a sheet of
//! instructions. A hidden sheet named [`MARKER`]`<kind>` tells the import what it is.

use crate::output::xlsx::write_text;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

use crate::import::mapping::{Kind, field_of};
use crate::import::rows::Resolve;
use crate::model::Town;
use crate::model::choices::{MeetingKind, PatrolChannel, Role};
use crate::model::grid::{GridIx, GridKind};
use crate::model::people::PersonIx;

/// The name of the hidden sheet that marks a template, followed by the kind.
pub const MARKER: &str = "grid-template-";

/// The fields a template fills in before it is sent; a line with nothing else is unfilled.
pub const PREFILLED: &[&str] = &["date", "grid", "member"];

/// Lines with drop-downs below the prefilled ones (or in an empty template).
const SPARE_LINES: u32 = 200;
const DATA_SHEET: &str = "填报";
const LIST_SHEET: &str = "名单";
const HELP_SHEET: &str = "填写说明";

/// What to write.
pub struct Request<'t> {
    /// The town.
    pub town: &'t Town,
    /// The kind of records.
    pub kind: Kind,
    /// The village (its people in the lists; patrol lines per member).
    pub grid: Option<GridIx>,
    /// The month of the prefilled patrol lines.
    pub month: (NaiveDate, NaiveDate),
}

/// Headings a kind's records are known by, where a field's first Chinese name belongs to
/// another kind (a roster's `title` is 职务, a work order's is 诉求内容).
const OWN_HEADINGS: &[(Kind, &str, &str)] = &[
    (Kind::WorkOrder, "title", "诉求内容"),
    (Kind::WorkOrder, "item", "问题分类"),
    (Kind::WorkOrder, "reported_at", "来电时间"),
    (Kind::WorkOrder, "grid", "所属村"),
];

/// The heading of `field`: the kind's own name for it, else the first Chinese name the import
/// reads as that field.
pub fn heading(kind: Kind, field: &'static str) -> String {
    let own = OWN_HEADINGS
        .iter()
        .find(|(k, f, _)| *k == kind && *f == field)
        .map(|(_, _, name)| *name);
    let name = own
        .or_else(|| {
            crate::import::mapping::aliases(field)
                .iter()
                .find(|a| field_of(kind, a, &[]) == Some(field))
                .copied()
        })
        .unwrap_or(field);
    if kind.required().contains(&field) {
        format!("{name}（必填）")
    } else {
        name.to_string()
    }
}

fn kind_title(kind: Kind) -> &'static str {
    match kind {
        Kind::Patrol => "网格员日巡查登记表",
        Kind::Sweep => "逢一逢十五全面排查登记表",
        Kind::Meeting => "会议记录登记表",
        Kind::Inspection => "季度联合检查登记表",
        Kind::Roster => "网格人员名册",
        Kind::Approval => "审批事项登记表",
        Kind::WorkOrder => "12345工单登记表",
    }
}

/// How a person is written in the template: the name when `grid import` resolves it back to
/// them (unique in the grid), else the id.
fn shown(town: &Town, grid: Option<GridIx>, person: PersonIx) -> String {
    let name = &town.people.get(person).name;
    let id = town.people.id(person);
    let resolve = Resolve::new(town, grid, 0);
    if resolve.person(name, grid).is_ok_and(|found| found == id) {
        name.clone()
    } else {
        id.to_string()
    }
}

/// The people of the lists: the grid's, or everyone's.
fn people(req: &Request) -> Vec<(PersonIx, String)> {
    let mut seen = std::collections::BTreeSet::new();
    let all: Vec<PersonIx> = match req.grid {
        Some(g) => req.town.roster.of_grid(g).map(|a| a.person).collect(),
        None => req.town.people.ids.iter().collect(),
    };
    all.into_iter()
        .filter(|p| seen.insert(*p))
        .map(|p| (p, shown(req.town, req.grid, p)))
        .collect()
}

/// The prefilled lines: one per base member per day of the month, for patrols of a grid.
fn lines(req: &Request) -> Vec<(NaiveDate, PersonIx)> {
    let (Kind::Patrol, Some(grid)) = (req.kind, req.grid) else {
        return Vec::new();
    };
    req.month
        .0
        .iter_days()
        .take_while(|d| *d <= req.month.1)
        .flat_map(|day| {
            let mut members: Vec<PersonIx> = req
                .town
                .roster
                .holders(grid, Role::BaseMember, day)
                .collect();
            members.sort_by_key(|p| req.town.people.id(*p).to_string());
            members.dedup();
            members.into_iter().map(move |p| (day, p))
        })
        .collect()
}

/// A list validation over a column of the list sheet.
fn list_of(column: &str, len: usize, style: DataValidationErrorStyle) -> DataValidation {
    DataValidation::new()
        .allow_list_formula(Formula::new(format!(
            "={LIST_SHEET}!${column}$2:${column}${}",
            len.max(1) + 1
        )))
        .set_error_style(style)
}

/// Writes the list sheet; returns the validation of each list field.
fn write_lists(
    ws: &mut Worksheet,
    req: &Request,
    people: &[(PersonIx, String)],
    bold: &Format,
) -> Result<Vec<(&'static str, DataValidation)>, XlsxError> {
    ws.set_name(LIST_SHEET)?;
    let items: Vec<(String, String)> = req
        .town
        .catalog
        .ids
        .iter()
        .map(|i| {
            (
                req.town.catalog.ids.name(i).to_string(),
                req.town.catalog.item(i).name.clone(),
            )
        })
        .collect();
    let grids: Vec<String> = match req.grid {
        Some(g) => vec![req.town.grids.id(g).to_string()],
        None => req
            .town
            .grids
            .ids
            .iter()
            .filter(|g| req.town.grids.get(*g).kind == GridKind::Village)
            .map(|g| req.town.grids.id(g).to_string())
            .collect(),
    };
    let columns: [(&str, Vec<String>); 8] = [
        ("填写人员", people.iter().map(|(_, s)| s.clone()).collect()),
        (
            "编号",
            people
                .iter()
                .map(|(p, _)| req.town.people.id(*p).to_string())
                .collect(),
        ),
        ("事项编码", items.iter().map(|(c, _)| c.clone()).collect()),
        ("事项名称", items.iter().map(|(_, n)| n.clone()).collect()),
        ("网格", grids.clone()),
        (
            "报送方式",
            PatrolChannel::ALL
                .iter()
                .map(|c| c.zh().to_string())
                .collect(),
        ),
        (
            "会议类型",
            MeetingKind::ALL
                .iter()
                .map(|c| c.zh().to_string())
                .collect(),
        ),
        (
            "角色",
            Role::ALL.iter().map(|c| c.zh().to_string()).collect(),
        ),
    ];
    for (c, (title, values)) in columns.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *title, bold)?;
        for (r, v) in values.iter().enumerate() {
            write_text(ws, r as u32 + 1, c as u16, v)?;
        }
        ws.set_column_width(c as u16, 14)?;
    }
    let warn = DataValidationErrorStyle::Warning;
    let person = list_of("A", people.len(), warn);
    let mut out = vec![
        (
            "grid",
            list_of("E", grids.len(), DataValidationErrorStyle::Stop),
        ),
        (
            "village",
            list_of("E", grids.len(), DataValidationErrorStyle::Stop),
        ),
        // Several items go in one cell (`RJ01;WJ01`): the list only suggests.
        (
            "items",
            list_of("C", items.len(), DataValidationErrorStyle::Information),
        ),
        (
            "channel",
            list_of(
                "F",
                PatrolChannel::ALL.len(),
                DataValidationErrorStyle::Stop,
            ),
        ),
        (
            "kind",
            list_of("G", MeetingKind::ALL.len(), DataValidationErrorStyle::Stop),
        ),
        (
            "role",
            list_of("H", Role::ALL.len(), DataValidationErrorStyle::Stop),
        ),
    ];
    for &field in crate::import::rows::PEOPLE {
        out.push((field, person.clone()));
    }
    Ok(out)
}

fn write_help(ws: &mut Worksheet, req: &Request, prefilled: bool) -> Result<(), XlsxError> {
    ws.set_name(HELP_SHEET)?;
    ws.set_column_width(0, 100)?;
    let mut text = vec![
        format!("{}：填写说明", kind_title(req.kind)),
        format!("1. 在“{DATA_SHEET}”表中逐行填写，不要改动表头和表名。"),
        "2. 带（必填）的列必须填写；日期写成 2026-11-24，时间写成 08:30。".to_string(),
        format!("3. 人员、事项、网格可从下拉列表中选择，列表见“{LIST_SHEET}”表。"),
        "4. 多个事项或人员用分号隔开，如 RJ01;WJ01。".to_string(),
        "5. 填好后交镇网格办，用 grid import 导入；同一文件导入两次不会重复。".to_string(),
    ];
    if prefilled {
        text.push(
            "6. 每位网格员每天一行，已预先写好日期和姓名；当天巡查了就填开始、结束时间等，\
             没有巡查的行留空，导入时会跳过。"
                .to_string(),
        );
    }
    for (r, line) in text.iter().enumerate() {
        ws.write_string(r as u32, 0, line)?;
    }
    Ok(())
}

/// Writes the template workbook.
pub fn build(req: &Request) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let fields = req.kind.columns();
    let lines = lines(req);
    let people = people(req);
    let last = lines.len() as u32 + SPARE_LINES + 1;
    {
        let ws = wb.add_worksheet();
        ws.set_name(DATA_SHEET)?;
        let grid_name = req.grid.map_or("", |g| req.town.grids.get(g).name.as_str());
        let month = req.month.0;
        let title_text = format!(
            "{} {grid_name} {}年{}月 {}",
            req.town.info.name,
            month.year(),
            month.month(),
            kind_title(req.kind)
        );
        ws.merge_range(0, 0, 0, fields.len() as u16 - 1, &title_text, &title)?;
        for (c, field) in fields.iter().enumerate() {
            ws.write_string_with_format(1, c as u16, heading(req.kind, field), &bold)?;
            let width = if *field == "notes" || *field == "decisions" {
                30
            } else {
                14
            };
            ws.set_column_width(c as u16, width)?;
        }
        ws.set_freeze_panes(2, 0)?;
        ws.set_landscape().set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 1)?;
        let at = |f: &str| fields.iter().position(|c| *c == f).map(|c| c as u16);
        let grid_id = req.grid.map(|g| req.town.grids.id(g).to_string());
        for (i, (day, person)) in lines.iter().enumerate() {
            let r = i as u32 + 2;
            if let Some(c) = at("date") {
                let cell =
                    ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)?;
                ws.write_datetime_with_format(r, c, &cell, &date)?;
            }
            if let (Some(c), Some(g)) = (at("grid"), &grid_id) {
                write_text(ws, r, c, g)?;
            }
            if let Some(c) = at("member") {
                // A line's member is one of the grid's people, written as the list writes them.
                let written = people.iter().find(|(p, _)| p == person);
                write_text(ws, r, c, written.map_or("", |(_, shown)| shown.as_str()))?;
            }
        }
        for (c, field) in fields.iter().enumerate() {
            let c = c as u16;
            if crate::import::rows::is_date(field) {
                ws.set_column_format(c, &date)?;
                let rule = DataValidationRule::Between(
                    ExcelDateTime::from_ymd(2000, 1, 1)?,
                    ExcelDateTime::from_ymd(2099, 12, 31)?,
                );
                ws.add_data_validation(2, c, last, c, &DataValidation::new().allow_date(rule))?;
            }
            if *field == "issues" {
                let rule = DataValidationRule::GreaterThanOrEqualTo(0);
                ws.add_data_validation(
                    2,
                    c,
                    last,
                    c,
                    &DataValidation::new().allow_whole_number(rule),
                )?;
            }
        }
    }
    let validations = write_lists(wb.add_worksheet(), req, &people, &bold)?;
    if let Ok(ws) = wb.worksheet_from_name(DATA_SHEET) {
        for (field, validation) in &validations {
            if let Some(c) = fields.iter().position(|f| f == field) {
                ws.add_data_validation(2, c as u16, last, c as u16, validation)?;
            }
        }
    }
    write_help(wb.add_worksheet(), req, !lines.is_empty())?;
    let marker = wb.add_worksheet();
    marker.set_name(format!("{MARKER}{}", req.kind.as_str()))?;
    marker.write_string(0, 0, "grid template")?;
    marker.set_hidden(true);
    wb.save_to_buffer()
}

/// The kind a template marker sheet names.
pub fn marked_kind(hidden: &[String]) -> Option<Kind> {
    hidden.iter().find_map(|name| {
        let kind = name.strip_prefix(MARKER)?;
        Kind::ALL.into_iter().find(|k| k.as_str() == kind)
    })
}
