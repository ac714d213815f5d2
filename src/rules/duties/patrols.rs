//! Daily patrols: every active base member owes a row for every day, signed by the village
//! head and reported by the social-governance member by `policy.patrol.report_by` the next
//! day.

use chrono::{NaiveDate, NaiveDateTime};

use crate::layout::Dated;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::GridKind;
use crate::model::people::{Assignment, PersonIx};
use crate::model::records::Patrol;
use crate::rules::duties::{Duty, Instance, Place, Window, start_of};

/// The holder of a role among a grid's assignments on a day.
pub fn holder(assignments: &[&Assignment], role: Role, day: NaiveDate) -> Option<PersonIx> {
    assignments
        .iter()
        .find(|a| a.role == role && a.active_on(day))
        .map(|a| a.person)
}

fn find(patrols: &[Patrol], day: NaiveDate, member: PersonIx) -> Option<&Patrol> {
    let at = patrols.partition_point(|p| (p.date, p.member) < (day, member));
    patrols
        .get(at)
        .filter(|p| p.date == day && p.member == member)
}

/// Streams the patrol duties of the window.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let report_by = town.policy.patrol.report_by.0;
    for village in town.grids.of_kind(GridKind::Village) {
        let assignments: Vec<&Assignment> = town.roster.of_grid(village).collect();
        for day in window.days() {
            if !town.unread.is_empty() && town.is_unread(&Dated::Patrols.file_of(day)) {
                continue;
            }
            let Some(next) = day.succ_opt() else { continue };
            let start = start_of(day);
            let due = NaiveDateTime::new(next, report_by);
            let head = holder(&assignments, Role::VillageHead, day);
            let social = holder(&assignments, Role::SocialMember, day);
            let owed = |duty, person, done, place| Instance {
                duty,
                grid: village,
                person,
                subject: None,
                start,
                due,
                done,
                breach: false,
                place,
            };
            for member in assignments
                .iter()
                .filter(|a| a.role == Role::BaseMember && a.active_on(day))
            {
                let Some(row) = find(&town.patrols, day, member.person) else {
                    sink(owed(
                        Duty::PatrolMissing,
                        Some(member.person),
                        None,
                        Place::Missing(Dated::Patrols.file_of(day)),
                    ));
                    continue;
                };
                // Done when the patrol ended (or began), as the row says; the day's start
                // when it gives no time.
                let patrolled = row.end.or(row.start).map_or(start, |t| day.and_time(t));
                sink(owed(
                    Duty::PatrolMissing,
                    Some(member.person),
                    Some(patrolled),
                    Place::At(row.span),
                ));
                // The report and the sign-off name the member whose row they are about.
                let about = |i: Instance| Instance {
                    subject: Some(town.people.id(member.person).to_string()),
                    ..i
                };
                if row.reported_by.is_some() || row.reported_at.is_some() {
                    let place = Place::At(town.field(row.span, "reported_at"));
                    sink(about(owed(
                        Duty::PatrolLate,
                        social,
                        row.reported_at.or(Some(start)),
                        place,
                    )));
                }
                let signed = Place::At(town.field(row.span, "signed_by"));
                let signoff = match (row.signed_by, head) {
                    (None, _) => owed(Duty::PatrolUnsigned, head, None, signed),
                    (Some(signer), Some(head)) if signer != head => Instance {
                        breach: true,
                        ..owed(Duty::PatrolWrongSigner, Some(head), row.signed_at, signed)
                    },
                    (Some(_), _) => owed(
                        Duty::PatrolUnsigned,
                        head,
                        row.signed_at.or(Some(start)),
                        signed,
                    ),
                };
                sink(about(signoff));
            }
        }
    }
}
