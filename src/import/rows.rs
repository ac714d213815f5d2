//! A spreadsheet row to a row of the repository: every value normalised, every person and grid
//! resolved (by id, phone, or a name unique in the grid), the key and the file it belongs in.

use rustc_hash::FxHashMap;

use crate::format::{Column, Shape};
use crate::import::mapping::Kind;
use crate::import::problem::Problem;
use crate::import::table::{Raw, cell_ref};
use crate::import::values;
use crate::layout::Dated;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::GridIx;
use crate::model::people::PersonIx;
use crate::problem;

/// A row ready for its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Converted {
    /// The file, relative to the repository root.
    pub target: String,
    /// The key (the kind's key columns).
    pub key: Vec<String>,
    /// The values, in the order of the kind's columns.
    pub values: Vec<String>,
}

/// What a row needs besides its cells.
pub struct Resolve<'t> {
    /// Names of vocabulary values the rules file adds: (column, name, value).
    pub values: Vec<(&'static str, String, String)>,
    /// The town.
    pub town: &'t Town,
    /// The grid of rows that name none (`--grid`).
    pub grid: Option<GridIx>,
    /// The year of dates written without one.
    pub year: i32,
    /// The people by their name with its spaces taken out (a name is looked up on every row).
    names: FxHashMap<String, Vec<PersonIx>>,
}

const DATES: &[&str] = &["date", "from", "to", "approved_at", "follow_up_by"];
const STAMPS: &[&str] = &["signed_at", "reported_at"];
const CLOCKS: &[&str] = &["start", "end"];
/// The columns that name one person.
pub const PEOPLE: &[&str] = &[
    "member",
    "signed_by",
    "reported_by",
    "organizer",
    "chair",
    "lead",
];
const PEOPLE_LISTS: &[&str] = &["participants", "attendees"];
const GRIDS: &[&str] = &["grid", "village", "work_area"];

/// Whether `field` holds a day.
pub fn is_date(field: &str) -> bool {
    DATES.contains(&field)
}

/// The key columns of each kind.
pub fn key_columns(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Patrol => &["date", "member"],
        Kind::Sweep => &["date", "grid"],
        Kind::Meeting => &["date", "kind", "grid"],
        Kind::Inspection => &["date", "work_area"],
        Kind::Roster => &["person", "grid", "role", "from"],
        Kind::Approval => &["id"],
        Kind::WorkOrder => &["ref"],
    }
}

impl<'t> Resolve<'t> {
    /// Resolves rows of `town`: rows naming no grid are in `grid`; dates without a year in
    /// `year`.
    pub fn new(town: &'t Town, grid: Option<GridIx>, year: i32) -> Resolve<'t> {
        let mut names: FxHashMap<String, Vec<PersonIx>> = FxHashMap::default();
        for p in town.people.ids.iter() {
            names
                .entry(without_spaces(&town.people.get(p).name))
                .or_default()
                .push(p);
        }
        Resolve {
            values: Vec::new(),
            town,
            grid,
            year,
            names,
        }
    }

    /// A grid by id or by name.
    pub fn grid(&self, text: &str) -> Result<GridIx, Problem> {
        let grids = &self.town.grids;
        grids
            .ids
            .get(text)
            .or_else(|| grids.ids.iter().find(|g| grids.get(*g).name == text))
            .ok_or_else(|| problem!(E0201, text))
    }

    /// A person by id, by phone, or by a name that is unique (in `grid`, when known).
    pub fn person(&self, text: &str, grid: Option<GridIx>) -> Result<String, Problem> {
        let people = &self.town.people;
        if people.ids.get(text).is_some() {
            return Ok(text.to_string());
        }
        if text.len() == 11 && text.bytes().all(|b| b.is_ascii_digit()) {
            return people
                .ids
                .iter()
                .find(|p| people.get(*p).phone == text)
                .map(|p| people.id(p).to_string())
                .ok_or_else(|| problem!(E0203, text));
        }
        // Names padded for alignment (`杜　丽`, `杜 丽 `) are the same name.
        let squeezed = without_spaces(text);
        let named: Vec<PersonIx> = self.names.get(&squeezed).cloned().unwrap_or_default();
        if named.is_empty()
            && let Some((village, name)) = self.village_and_name(&squeezed)
        {
            // `前店村张三`, `前店村-张三`, `张三(前店村)`: the name within that village only.
            let found = self.person(name, Some(village))?;
            let person = people.ids.get(&found);
            let serves = self
                .town
                .roster
                .of_grid(village)
                .any(|a| Some(a.person) == person);
            return if serves {
                Ok(found)
            } else {
                Err(problem!(
                    E0902,
                    text,
                    &self.town.grids.get(village).name,
                    name
                ))
            };
        }
        let in_grid: Vec<_> = match grid {
            Some(g) => named
                .iter()
                .copied()
                .filter(|p| self.town.roster.of_grid(g).any(|a| a.person == *p))
                .collect(),
            None => named.clone(),
        };
        match (in_grid.as_slice(), named.as_slice()) {
            ([one], _) => Ok(people.id(*one).to_string()),
            ([], []) => Err(problem!(E0203, text)),
            ([], [one]) => Ok(people.id(*one).to_string()),
            (in_grid, named) => {
                let many = if in_grid.is_empty() { named } else { in_grid };
                let list: Vec<String> = many
                    .iter()
                    .map(|p| {
                        let grids: Vec<&str> = self
                            .town
                            .roster
                            .assignments
                            .iter()
                            .filter(|a| a.person == *p)
                            .map(|a| self.town.grids.id(a.grid))
                            .collect();
                        format!("{} ({})", people.id(*p), grids.join("/"))
                    })
                    .collect();
                Err(problem!(E0901, text, list.join(", ")))
            }
        }
    }

    /// A value of a closed vocabulary: as written in files (`wechat_group`), by a Chinese name
    /// (`微信群`, `群里`), or by a name the rules file gives; spaces of any width aside.
    fn choice(&self, column: &Column, text: &str) -> Result<String, Problem> {
        let Shape::Choice(values) = column.shape else {
            return Ok(text.to_string());
        };
        let squeezed = without_spaces(text);
        let lower = squeezed.to_lowercase();
        if let Some(value) = values.iter().find(|v| **v == lower) {
            return Ok((*value).to_string());
        }
        let named = self
            .values
            .iter()
            .filter(|(field, ..)| *field == column.name)
            .map(|(_, label, value)| (label.as_str(), value.as_str()))
            .chain(column.labels.iter().copied())
            .find(|(label, _)| without_spaces(label).to_lowercase() == lower);
        if let Some((_, value)) = named {
            return Ok(value.to_string());
        }
        let names: Vec<String> = values
            .iter()
            .map(|v| {
                let zh = column.labels.iter().find(|(_, code)| code == v);
                zh.map_or_else(|| (*v).to_string(), |(label, _)| format!("{label} ({v})"))
            })
            .collect();
        Err(problem!(E0114, text, column.name, names.join(", ")))
    }

    /// Who was absent and why, as villages write it (`阎桂英（病假）、杜丽（外出）`, `P0045:病假`):
    /// `person:reason` entries separated by `;`, each person resolved, each reason as typed.
    fn absences(&self, raw: &Raw, grid: Option<GridIx>) -> Result<String, Problem> {
        let Raw::Text(text) = raw else {
            return values::text(raw);
        };
        let mut entries = Vec::new();
        for entry in split_absences(text) {
            let (who, why) = if let Some(open) = entry.find(['(', '（']) {
                let reason = entry[open..]
                    .trim_start_matches(['(', '（'])
                    .trim_end_matches([')', '）']);
                (&entry[..open], reason)
            } else if let Some((who, why)) = entry.split_once([':', '：']) {
                (who, why)
            } else {
                (entry, "")
            };
            let (who, why) = (who.trim(), why.trim());
            if why.is_empty() {
                return Err(problem!(E0409, entry));
            }
            entries.push(format!(
                "{}:{why}",
                self.person(&values::fold_width(who), grid)?
            ));
        }
        Ok(entries.join(";"))
    }

    /// A catalog item by code or by name (`乱堆乱放`), spaces aside.
    pub fn item(&self, text: &str) -> Result<String, Problem> {
        let catalog = &self.town.catalog;
        if catalog.ids.get(text).is_some() {
            return Ok(text.to_string());
        }
        let squeezed = without_spaces(text);
        catalog
            .ids
            .iter()
            .find(|i| same_but_spaces(&catalog.item(*i).name, &squeezed))
            .map(|i| catalog.ids.name(i).to_string())
            .ok_or_else(|| problem!(E0202, text))
    }

    /// A name written with its village (`前店村张三`, `前店村-张三`, `张三（前店村）`): the
    /// village and the name, when the text begins or ends with a grid's name.
    fn village_and_name<'a>(&self, text: &'a str) -> Option<(GridIx, &'a str)> {
        let grids = &self.town.grids;
        grids.ids.iter().find_map(|g| {
            let village = grids.get(g).name.as_str();
            if village.is_empty() {
                return None;
            }
            let before = text
                .strip_prefix(village)
                .map(|rest| rest.trim_start_matches(['-', '－', '·', ':', '：', '_']));
            let after = text
                .strip_suffix([')', '）'])
                .and_then(|t| t.strip_suffix(village))
                .and_then(|t| t.strip_suffix(['(', '（']));
            before
                .or(after)
                .filter(|name| !name.is_empty())
                .map(|name| (g, name))
        })
    }

    /// The one grid where `member` is a base member, for rows that name no grid.
    fn home_grid(&self, member: &str) -> Option<String> {
        let person = self.town.people.ids.get(member)?;
        let mut grids = self
            .town
            .roster
            .assignments
            .iter()
            .filter(|a| a.person == person && a.role == Role::BaseMember)
            .map(|a| a.grid);
        let first = grids.next()?;
        grids
            .all(|g| g == first)
            .then(|| self.town.grids.id(first).to_string())
    }

    /// Converts the cells of one data row. Errors name the cell.
    pub fn convert(
        &self,
        kind: Kind,
        cells: &[FieldCell],
    ) -> Result<Converted, Vec<(String, Problem)>> {
        let plan = Plan::new(kind, cells.iter().map(|c| c.0));
        self.convert_planned(&plan, cells, &mut Memo::default())
    }

    /// Converts the cells of one data row, their fields as `plan` reads them (a sheet's rows
    /// share one plan), the values read before in `memo` not read again. Errors name the cell.
    pub fn convert_planned<'r>(
        &self,
        plan: &Plan,
        cells: &[FieldCell<'r>],
        memo: &mut Memo<'r>,
    ) -> Result<Converted, Vec<(String, Problem)>> {
        let kind = plan.kind;
        let mut errors = Vec::new();
        let mut failed: Vec<&str> = Vec::new();
        let mut values: Vec<String> = vec![String::new(); kind.columns().len()];
        let readings = || plan.fields.iter().zip(cells);
        // Grids first: names of people are unique within their grid.
        let mut grid = self.grid;
        for ((_, slot), (field, raw, r, c)) in
            readings().filter(|((how, _), _)| matches!(how, Reading::Grid))
        {
            // A blank grid cell names no grid (a work order's blank 所属村 is the town's).
            if values::text(raw).is_ok_and(|t| t.is_empty()) {
                continue;
            }
            match values::text(raw).and_then(|t| self.grid(&t)) {
                Ok(g) => {
                    grid = Some(g);
                    if let Some(i) = slot {
                        values[*i] = self.town.grids.id(g).to_string();
                    }
                }
                Err(e) => {
                    failed.push(field);
                    errors.push((cell_ref(*r, *c), e));
                }
            }
        }
        if let (Some(g), Some(i)) = (self.grid, plan.grid)
            && values[i].is_empty()
        {
            values[i] = self.town.grids.id(g).to_string();
        }
        for (n, ((how, slot), (field, raw, r, c))) in readings().enumerate() {
            let Some(i) = *slot else { continue };
            let Some(key) = CellKey::of(raw).filter(|_| !matches!(how, Reading::Grid)) else {
                continue;
            };
            let context = how.needs_grid().then_some(grid).flatten();
            let read = memo
                .read
                .entry((n, context, key))
                .or_insert_with(|| self.read(*how, raw, grid));
            match read.clone() {
                Ok(v) => values[i] = v,
                Err(e) => {
                    failed.push(field);
                    errors.push((cell_ref(*r, *c), e));
                }
            }
        }
        if let Some((g, m)) = plan.home
            && values[g].is_empty()
            && let Some(grid) = self.home_grid(&values[m])
        {
            values[g] = grid;
        }
        if let Some(i) = plan.meeting_kind
            && values[i].is_empty()
        {
            values[i] = "village_half_month".to_string();
        }
        for (field, i) in &plan.required {
            if values[*i].is_empty() && !failed.contains(field) {
                let row = cells.first().map_or(0, |c| c.2);
                errors.push((cell_ref(row, 0), problem!(E0109, field)));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let get = |f: &str| {
            kind.column(f)
                .map_or_else(String::new, |i| values[i].clone())
        };
        let target = target(kind, &get)?;
        let key = key_columns(kind).iter().map(|f| get(f)).collect();
        Ok(Converted {
            target,
            key,
            values,
        })
    }

    /// One cell's value as `how` reads it; people are looked up in `grid` first.
    fn read(&self, how: Reading, raw: &Raw, grid: Option<GridIx>) -> Result<String, Problem> {
        match how {
            Reading::Date => values::date(raw, self.year).map(|d| d.to_string()),
            Reading::Stamp => values::stamp(raw, self.year).map(crate::timefmt::format_stamp),
            Reading::Clock => values::clock(raw).map(crate::timefmt::format_clock),
            Reading::Person => values::text(raw).and_then(|t| self.person(&t, grid)),
            Reading::People => {
                values::text(raw).and_then(|t| each_of(&t, |s| self.person(s, grid)))
            }
            Reading::Villages => values::text(raw).and_then(|t| {
                each_of(&t, |s| {
                    self.grid(s).map(|g| self.town.grids.id(g).to_string())
                })
            }),
            Reading::Choice(column) => values::text(raw).and_then(|t| self.choice(column, &t)),
            Reading::Absences => self.absences(raw, grid),
            Reading::Items => values::text(raw).and_then(|t| each_of(&t, |s| self.item(s))),
            Reading::Item => values::text(raw).and_then(|t| self.item(&t)),
            Reading::FreeText => values::free_text(raw),
            Reading::Grid | Reading::Text => values::text(raw),
        }
    }
}

/// How a field's cells are read.
#[derive(Clone, Copy)]
enum Reading {
    /// A grid by id or name: read before the rest, since people are looked up in it.
    Grid,
    Date,
    Stamp,
    Clock,
    Person,
    People,
    /// A list of grids.
    Villages,
    Choice(&'static Column),
    Absences,
    Items,
    Item,
    /// Kept as typed, only trimmed.
    FreeText,
    Text,
}

impl Reading {
    /// Whether the value depends on the row's grid (people are looked up in it first).
    fn needs_grid(self) -> bool {
        matches!(self, Reading::Person | Reading::People | Reading::Absences)
    }

    fn of(kind: Kind, field: &str) -> Reading {
        if GRIDS.contains(&field) {
            Reading::Grid
        } else if DATES.contains(&field) {
            Reading::Date
        } else if STAMPS.contains(&field) {
            Reading::Stamp
        } else if CLOCKS.contains(&field) {
            Reading::Clock
        } else if PEOPLE.contains(&field) {
            Reading::Person
        } else if PEOPLE_LISTS.contains(&field) {
            Reading::People
        } else if field == "villages" {
            Reading::Villages
        } else if let Some(column) = kind.vocabulary(field) {
            Reading::Choice(column)
        } else if field == "absent" {
            Reading::Absences
        } else if field == "items" {
            Reading::Items
        } else if field == "item" {
            Reading::Item
        } else if kind.is_free_text(field) {
            Reading::FreeText
        } else {
            Reading::Text
        }
    }
}

/// The values already read from one sheet's cells: the same cell value in the same column
/// (and, for people, the same grid) reads the same, so it is read once (a sheet repeats its
/// dates, names and times on every row).
#[derive(Default)]
pub struct Memo<'r> {
    read: FxHashMap<(usize, Option<GridIx>, CellKey<'r>), Result<String, Problem>>,
}

/// A cell's value as a key: its text, or the bits of its number, or its time; none when empty.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum CellKey<'r> {
    Text(&'r str),
    Number(u64),
    Time(chrono::NaiveDateTime),
}

impl<'r> CellKey<'r> {
    fn of(raw: &'r Raw) -> Option<CellKey<'r>> {
        match raw {
            Raw::Empty => None,
            Raw::Text(t) => Some(CellKey::Text(t)),
            Raw::Number(n) => Some(CellKey::Number(n.to_bits())),
            Raw::Time(t) => Some(CellKey::Time(*t)),
        }
    }
}

/// How the rows of one sheet are converted, decided once from its fields: how each field is
/// read and which of the kind's columns it fills.
pub struct Plan {
    kind: Kind,
    /// For each field, in the order of the cells: how it is read and its column, if the kind
    /// has one.
    fields: Vec<(Reading, Option<usize>)>,
    /// The column `--grid` fills when a row names no grid.
    grid: Option<usize>,
    /// The grid and member columns: a row naming no grid is in its member's home grid.
    home: Option<(usize, usize)>,
    /// The column of a meeting's kind (a half-month meeting unless said).
    meeting_kind: Option<usize>,
    /// The columns a row must fill, with their fields.
    required: Vec<(&'static str, usize)>,
}

impl Plan {
    /// The plan for rows of `kind` whose cells feed `fields`, in order.
    pub fn new<'f>(kind: Kind, fields: impl Iterator<Item = &'f str>) -> Plan {
        let required = kind
            .required()
            .iter()
            .chain(key_columns(kind))
            .chain((kind == Kind::Patrol).then_some(&"grid"))
            .filter(|f| **f != "from")
            .filter_map(|f| kind.column(f).map(|i| (*f, i)))
            .collect();
        Plan {
            kind,
            fields: fields
                .map(|f| (Reading::of(kind, f), kind.column(f)))
                .collect(),
            grid: kind.column("grid").or(kind.column("village")),
            home: kind.column("grid").zip(kind.column("member")),
            meeting_kind: kind.column("kind").filter(|_| kind == Kind::Meeting),
            required,
        }
    }
}

/// A list as villages write it (`张三、李四`, `RJ01；WJ01`), each entry read by `one`, as the
/// files hold lists: `;` between entries.
fn each_of(text: &str, one: impl Fn(&str) -> Result<String, Problem>) -> Result<String, Problem> {
    text.split([';', '；', ',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(one)
        .collect::<Result<Vec<_>, _>>()
        .map(|all| all.join(";"))
}

/// The entries of an absence list: separated by `;`, `、`, `，` or a line break, never inside
/// the parentheses of a reason.
fn split_absences(text: &str) -> Vec<&str> {
    let mut entries = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            ';' | '；' | '、' | '，' | ',' | '\n' if depth == 0 => {
                entries.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    entries.push(&text[start..]);
    entries
        .into_iter()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect()
}

/// Whether `text` is `squeezed` once its spaces are taken out (no allocation: this runs for
/// every person of the roster on every row).
fn same_but_spaces(text: &str, squeezed: &str) -> bool {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .eq(squeezed.chars())
}

/// Text with every space (of any width) taken out.
pub fn without_spaces(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A cell as a row is converted: the field it feeds, its value, its row and column (0-based).
pub type FieldCell<'r> = (&'static str, &'r Raw, u32, u32);

/// The file a row belongs in.
fn target(kind: Kind, get: &dyn Fn(&str) -> String) -> Result<String, Vec<(String, Problem)>> {
    let day = |f: &str| {
        crate::timefmt::parse_date(&get(f))
            .ok_or_else(|| vec![("A1".to_string(), problem!(E0111, get(f)))])
    };
    Ok(match kind {
        Kind::Patrol => Dated::Patrols.file_of(day("date")?),
        Kind::Sweep => Dated::Sweeps.file_of(day("date")?),
        Kind::Meeting => Dated::Meetings.file_of(day("date")?),
        Kind::Inspection => Dated::Inspections.file_of(day("date")?),
        Kind::Approval => Dated::Approvals.file_of(day("approved_at")?),
        Kind::Roster => crate::layout::ROSTER.to_string(),
        Kind::WorkOrder => crate::layout::CASES.to_string(),
    })
}
