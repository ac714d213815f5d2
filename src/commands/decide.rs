//! `grid decide`: the supervision office's decision on a finding, appended to
//! `findings/decisions.yaml`.

use crate::caseops::edit;
use crate::cli::DecideFindingArgs;
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, actor, open_for_writing, write_files};
use crate::context::Context;
use crate::error::Error;
use crate::format::DecisionEntry;
use crate::layout::DECISIONS;
use crate::model::choices::Verdict;
use crate::rules::findings::{Kind, findings, may_decide};
use crate::timefmt::Stamp;
use crate::{schema, yamlout};

/// Runs `grid decide`.
pub fn run(ctx: &Context, args: &DecideFindingArgs) -> Result<Outcome, Error> {
    let (root, _, town, lock) = open_for_writing(ctx)?;
    let lang = ctx.lang;
    let at = ctx.recorded_at(args.at)?;
    let found = findings(&town, None, at);
    let finding = found.iter().find(|f| f.id == args.finding).ok_or_else(|| {
        Error::Usage(format!(
            "{}: {}",
            lang.pick(
                "没有这项认定（用 grid findings 查看）",
                "no such finding (see `grid findings`)"
            ),
            args.finding
        ))
    })?;
    if finding.kind == Kind::Reward && matches!(args.decision, Verdict::Exempt | Verdict::Reduce) {
        return Err(Error::Usage(
            lang.pick(
                "首报激励只能 approve 或 reject",
                "a reward is approved or rejected",
            )
            .to_string(),
        ));
    }
    let by = actor(ctx, &root, &town, args.by.as_deref())?;
    if let Some(person) = town.people.ids.get(&by)
        && !may_decide(&town, person, at.date())
    {
        // The same words as the check of a hand-written decision (E0602).
        let refusal = crate::diagnostic::Diagnostic::new(
            crate::codes::Code::E0602,
            crate::diagnostic::Span::new(crate::source::FileId(0), 0, 0),
            vec![
                crate::diagnostic::IntoArg::into_arg(by.as_str()),
                crate::diagnostic::IntoArg::into_arg(at.date()),
            ],
        );
        return Err(Error::Usage(format!(
            "{} ({})",
            refusal.message(lang),
            refusal.hint(lang)
        )));
    }
    let entry = DecisionEntry {
        finding: args.finding.clone(),
        decision: args.decision,
        by,
        at: Stamp(at),
        note: Some(args.note.clone()),
    };
    let path = root.join(DECISIONS);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            format!("{}decisions: []\n", schema::header(DECISIONS, &root))
        }
        Err(e) => return Err(Error::io(&path, e)),
    };
    let item = yamlout::list_item(&entry, 0).map_err(|e| Error::Usage(e.to_string()))?;
    let updated = edit::append_to_list(&text, "decisions", &item);
    serde_yaml::from_str::<crate::format::DecisionsFile>(&updated)
        .map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
    let committed = write_files(
        ctx,
        &root,
        &lock,
        &[(path, updated)],
        &args.write,
        &format!("grid decide {} {}", args.finding, args.decision),
        &[
            ("command", "decide".to_string()),
            ("finding", args.finding.clone()),
            ("decision", args.decision.to_string()),
            ("by", entry.by.clone()),
        ],
    )?;
    write_stdout(&format!(
        "{} → {} ({DECISIONS})\n{committed}",
        args.finding, args.decision
    ))?;
    Ok(Outcome::Clean)
}
