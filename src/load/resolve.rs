//! Resolving the ids written in data files against the registers. Read-only, so files can be
//! resolved in parallel; an id that does not resolve is reported where it is written.

use crate::codes::Code;
use crate::diag;
use crate::diagnostic::{Diagnostic, Locate, Span};
use crate::load::csv_table::{Field, Row, lookup};
use crate::model::case::{Case, CaseIx, Party, Target};
use crate::model::grid::{GridIx, GridKind, Grids};
use crate::model::ids::IdTable;
use crate::model::people::{Person, PersonIx};
use crate::model::records::{Approval, IdList};
use crate::model::registry::{Enforcement, Item, ItemIx, Units};

/// The id tables that data files refer to.
pub struct Resolver<'r> {
    /// Grids.
    pub grids: &'r Grids,
    /// People.
    pub people: &'r IdTable<Person>,
    /// Catalog items.
    pub items: &'r IdTable<Item>,
    /// Cases (from the file names).
    pub cases: &'r IdTable<Case>,
    /// Approvals.
    pub approvals: &'r IdTable<Approval>,
    /// Work groups and departments.
    pub enforcement: &'r Enforcement,
    /// Member units.
    pub units: &'r Units,
}

impl Resolver<'_> {
    /// A person id; empty gives `None` without a diagnostic.
    pub fn person(
        &self,
        text: &str,
        span: impl Locate,
        out: &mut Vec<Diagnostic>,
    ) -> Option<PersonIx> {
        if text.is_empty() {
            return None;
        }
        lookup(self.people, text, span, Code::E0203, out)
    }

    /// A person id from a row field.
    pub fn person_at(
        &self,
        row: &Row,
        field: Field,
        out: &mut Vec<Diagnostic>,
    ) -> Option<PersonIx> {
        self.person(row.text(field), row.span(field), out)
    }

    /// The person ids of a list field.
    pub fn people_at(&self, row: &Row, field: Field, out: &mut Vec<Diagnostic>) -> Vec<PersonIx> {
        row.list(field)
            .filter_map(|id| self.person(id, row.span(field), out))
            .collect()
    }

    /// A grid id that must be of `kind`.
    pub fn grid(
        &self,
        text: &str,
        kind: GridKind,
        span: Span,
        out: &mut Vec<Diagnostic>,
    ) -> Option<GridIx> {
        grid_of_kind(self.grids, text, kind, span, out)
    }

    /// A required grid field that must be of `kind`; `None` with a diagnostic otherwise.
    pub fn grid_at(
        &self,
        row: &Row,
        field: Field,
        kind: GridKind,
        out: &mut Vec<Diagnostic>,
    ) -> Option<GridIx> {
        let text = row.required(field, out)?;
        self.grid(text, kind, row.span(field), out)
    }

    /// A patrol row's grid: a village, or an enterprise grid (patrolled by its head).
    pub fn patrol_grid_at(
        &self,
        row: &Row,
        field: Field,
        out: &mut Vec<Diagnostic>,
    ) -> Option<GridIx> {
        let text = row.required(field, out)?;
        let span = row.span(field);
        let ix = lookup(&self.grids.ids, text, span, Code::E0201, out)?;
        let kind = self.grids.get(ix).kind;
        if !matches!(kind, GridKind::Village | GridKind::Enterprise) {
            diag!(
                out,
                E0209,
                span,
                text,
                kind.label(),
                GridKind::Village.label()
            );
            return None;
        }
        Some(ix)
    }

    /// The catalog items of a list field.
    pub fn items_at(&self, row: &Row, field: Field, out: &mut Vec<Diagnostic>) -> IdList<ItemIx> {
        row.list(field)
            .filter_map(|code| lookup(self.items, code, row.span(field), Code::E0202, out))
            .collect()
    }

    /// The case ids of a list field.
    pub fn cases_at(&self, row: &Row, field: Field, out: &mut Vec<Diagnostic>) -> IdList<CaseIx> {
        row.list(field)
            .filter_map(|id| lookup(self.cases, id, row.span(field), Code::E0206, out))
            .collect()
    }

    /// Who reported or acted: a person, a department, or (where `free` allows) anyone named.
    pub fn party(
        &self,
        text: &str,
        free: bool,
        span: impl Locate,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Party> {
        if let Some(p) = self.people.get(text) {
            return Some(Party::Person(p));
        }
        if let Some(d) = self.enforcement.department_ids.get(text) {
            return Some(Party::Department(d));
        }
        if free && !text.is_empty() {
            return Some(Party::Other(text.into()));
        }
        diag!(out, E0203, span.locate(), text);
        None
    }

    /// Whom a case goes to: `town`, `county`, a grid, work group, unit or department.
    pub fn target(
        &self,
        text: &str,
        span: impl Locate,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Target> {
        let found = match text {
            "town" => Some(Target::Town),
            "county" => Some(Target::County),
            _ => self
                .grids
                .ids
                .get(text)
                .map(Target::Grid)
                .or_else(|| self.enforcement.group_ids.get(text).map(Target::Group))
                .or_else(|| self.units.ids.get(text).map(Target::Unit))
                .or_else(|| {
                    self.enforcement
                        .department_ids
                        .get(text)
                        .map(Target::Department)
                }),
        };
        if found.is_none() {
            diag!(out, E0210, span.locate(), text);
        }
        found
    }
}

/// Looks up a grid id that must be of `kind` (E0201 unknown, E0209 another level).
pub fn grid_of_kind(
    grids: &Grids,
    text: &str,
    kind: GridKind,
    span: Span,
    out: &mut Vec<Diagnostic>,
) -> Option<GridIx> {
    let ix = lookup(&grids.ids, text, span, Code::E0201, out)?;
    let actual = grids.get(ix).kind;
    if actual != kind {
        diag!(out, E0209, span, text, actual.label(), kind.label());
        return None;
    }
    Some(ix)
}
