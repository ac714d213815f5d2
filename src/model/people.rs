//! People and their assignments (`roster.csv`): who holds which role in which grid, when.

use chrono::NaiveDate;

use crate::diagnostic::Span;
use crate::model::choices::Role;
use crate::model::grid::GridIx;
use crate::model::ids::{IdTable, Ix};

/// A person, as first described in `roster.csv`.
#[derive(Clone, Debug)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Phone.
    pub phone: String,
    /// WeChat id (the roster's `wechat`), how chat exports may name the sender.
    pub wechat: String,
    /// The first roster row of this person.
    pub span: Span,
}

/// Index of a person.
pub type PersonIx = Ix<Person>;

/// Everyone in the roster.
#[derive(Debug, Default)]
pub struct People {
    /// The ids.
    pub ids: IdTable<Person>,
    /// The people, indexed by [`PersonIx`].
    pub list: Vec<Person>,
}

impl People {
    /// The person behind an index.
    pub fn get(&self, ix: PersonIx) -> &Person {
        &self.list[ix.get()]
    }

    /// The id text of a person.
    pub fn id(&self, ix: PersonIx) -> &str {
        self.ids.name(ix)
    }
}

/// One row of `roster.csv`.
#[derive(Clone, Debug)]
pub struct Assignment {
    /// Who.
    pub person: PersonIx,
    /// Where.
    pub grid: GridIx,
    /// As what.
    pub role: Role,
    /// Title, free text.
    pub title: String,
    /// First day (none: always).
    pub from: Option<NaiveDate>,
    /// Last day (none: open).
    pub to: Option<NaiveDate>,
    /// Git author email (clerks).
    pub email: String,
    /// The row.
    pub span: Span,
}

/// Whether a village post's title is one of the two committees' (两委: the Party branch and
/// the villagers' committee): a secretary (书记), a committee member (委员) or a director
/// (主任). Members of the village affairs supervision committee (村务监督委员会) hold the
/// role `village_supervisor` and are not counted, whatever their title.
pub fn is_committee_title(title: &str) -> bool {
    ["书记", "委员", "主任"]
        .iter()
        .any(|word| title.contains(word))
}

impl Assignment {
    /// Whether the assignment is in force on `day`.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && self.to.is_none_or(|to| day <= to)
    }
}

/// All assignments, indexed by grid.
#[derive(Debug, Default)]
pub struct Roster {
    /// The rows, in file order.
    pub assignments: Vec<Assignment>,
    by_grid: Vec<Vec<u32>>,
}

impl Roster {
    /// Builds the per-grid index; `grid_count` is the number of grids.
    pub fn new(assignments: Vec<Assignment>, grid_count: usize) -> Roster {
        let mut by_grid = vec![Vec::new(); grid_count];
        for (i, a) in assignments.iter().enumerate() {
            if let Some(list) = by_grid.get_mut(a.grid.get()) {
                list.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        Roster {
            assignments,
            by_grid,
        }
    }

    /// Every assignment of a grid.
    pub fn of_grid(&self, grid: GridIx) -> impl Iterator<Item = &Assignment> {
        self.by_grid
            .get(grid.get())
            .into_iter()
            .flatten()
            .map(|&i| &self.assignments[i as usize])
    }

    /// The people holding `role` in `grid` on `day`.
    pub fn holders(
        &self,
        grid: GridIx,
        role: Role,
        day: NaiveDate,
    ) -> impl Iterator<Item = PersonIx> + '_ {
        self.of_grid(grid)
            .filter(move |a| a.role == role && a.active_on(day))
            .map(|a| a.person)
    }

    /// The members of a village's two committees (两委) on `day`: its head and every village
    /// post whose title is a committee post ([`is_committee_title`]).
    pub fn committee(&self, village: GridIx, day: NaiveDate) -> Vec<PersonIx> {
        let mut out: Vec<PersonIx> = self
            .of_grid(village)
            .filter(|a| a.active_on(day))
            .filter(|a| {
                a.role == Role::VillageHead
                    || (matches!(a.role, Role::BaseMember | Role::SocialMember)
                        && is_committee_title(&a.title))
            })
            .map(|a| a.person)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Whether `person` holds `role` in `grid` on `day`.
    pub fn holds(&self, person: PersonIx, grid: GridIx, role: Role, day: NaiveDate) -> bool {
        self.holders(grid, role, day).any(|p| p == person)
    }
}
