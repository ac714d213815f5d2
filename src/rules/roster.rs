//! Roster rules: every village has exactly one head and one social-governance member on every
//! day of the data period and at least one base member; every work area has a head.

use chrono::{Days, NaiveDate};

use crate::diag;
use crate::diagnostic::{Diagnostic, Span};
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::{GridIx, GridKind};
use crate::model::people::Assignment;

/// A stretch of days with the same number of holders of a role, and who they are.
struct Stretch<'a> {
    from: NaiveDate,
    to: NaiveDate,
    holders: Vec<&'a Assignment>,
}

/// Splits `[start, end]` into stretches by how many assignments of `role` in `grid` are active.
fn stretches<'a>(
    town: &'a Town,
    grid: GridIx,
    role: Role,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Stretch<'a>> {
    let rows: Vec<&Assignment> = town
        .roster
        .of_grid(grid)
        .filter(|a| a.role == role)
        .collect();
    let mut cuts = vec![start];
    for a in &rows {
        for day in [a.from, a.to.and_then(|t| t.checked_add_days(Days::new(1)))]
            .into_iter()
            .flatten()
        {
            if day > start && day <= end {
                cuts.push(day);
            }
        }
    }
    cuts.sort();
    cuts.dedup();
    let mut out: Vec<Stretch> = Vec::new();
    for (i, from) in cuts.iter().enumerate() {
        let to = cuts.get(i + 1).and_then(|n| n.pred_opt()).unwrap_or(end);
        let holders: Vec<&Assignment> = rows
            .iter()
            .copied()
            .filter(|a| a.active_on(*from))
            .collect();
        match out.last_mut() {
            Some(last) if same_people(&last.holders, &holders) => last.to = to,
            _ => out.push(Stretch {
                from: *from,
                to,
                holders,
            }),
        }
    }
    out
}

fn same_people(a: &[&Assignment], b: &[&Assignment]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
}

/// Checks head, social member and base member coverage of every village over the data period.
pub fn coverage(town: &Town, out: &mut Vec<Diagnostic>) {
    let Some((start, end)) = town.data_period() else {
        return;
    };
    for village in town.grids.of_kind(GridKind::Village) {
        let id = town.grids.id(village);
        let defined = town.grids.get(village).span;
        for role in [Role::VillageHead, Role::SocialMember] {
            for s in stretches(town, village, role, start, end) {
                if s.holders.len() == 1 {
                    continue;
                }
                let span = s.holders.last().map_or(defined, |a| a.span);
                let names: Vec<&str> = s.holders.iter().map(|a| town.people.id(a.person)).collect();
                let list = if names.is_empty() {
                    String::new()
                } else {
                    format!(": {}", names.join(", "))
                };
                if role == Role::VillageHead {
                    diag!(out, E0302, span, id, s.from, s.to, s.holders.len(), list);
                } else {
                    diag!(out, E0303, span, id, s.from, s.to, s.holders.len(), list);
                }
            }
        }
        for s in stretches(town, village, Role::BaseMember, start, end) {
            if s.holders.is_empty() {
                diag!(out, E0304, defined, id, s.from, s.to);
            }
        }
    }
}

/// Warns where a work area has no head.
pub fn work_area_heads(town: &Town, out: &mut Vec<Diagnostic>) {
    let Some((start, end)) = town.data_period() else {
        return;
    };
    for area in town.grids.of_kind(GridKind::WorkArea) {
        for s in stretches(town, area, Role::WorkAreaHead, start, end) {
            if s.holders.is_empty() {
                let span: Span = town.grids.get(area).span;
                diag!(out, W0308, span, town.grids.id(area), s.from, s.to);
            }
        }
    }
}
