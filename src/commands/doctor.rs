//! `grid doctor`: the findings of [`crate::doctor`] as lines of text or JSON Lines; exit 1 when
//! something needs fixing.

use unicode_width::UnicodeWidthStr;

use crate::cli::{DoctorArgs, Format};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::context::Context;
use crate::doctor::{Health, Session, examine};
use crate::error::Error;

/// Runs `grid doctor`.
pub fn run(ctx: &Context, args: &DoctorArgs) -> Result<Outcome, Error> {
    let lang = ctx.lang;
    let root = ctx.root().map_err(|e| e.message(lang));
    let session = Session {
        repo: root.as_deref().map_err(Clone::clone),
        term: ctx.term,
        lang: (lang, ctx.lang_source),
    };
    let findings = examine(&session);
    let problems = findings
        .iter()
        .filter(|f| f.health == Health::Problem)
        .count();
    let text = match args.format {
        Format::Json => {
            let mut text = String::new();
            for f in &findings {
                let line = serde_json::json!({
                    "type": "check", "id": f.id, "health": f.health.as_str(),
                    "found": f.found, "fix": f.fix,
                });
                text.push_str(&format!("{line}\n"));
            }
            let summary = serde_json::json!({"type": "summary", "problems": problems});
            text + &format!("{summary}\n")
        }
        Format::Table => {
            let mut text = String::new();
            let status_width = findings.iter().map(|f| f.health.word(lang).width()).max();
            let id_width = findings.iter().map(|f| f.subject(lang).width()).max();
            let pad = |text: &str, width: Option<usize>| {
                let fill = width.unwrap_or(0).saturating_sub(text.width());
                format!("{text}{} ", " ".repeat(fill))
            };
            for f in &findings {
                let status = pad(f.health.word(lang), status_width);
                let id = pad(f.subject(lang), id_width);
                text.push_str(&format!("{status}{id}{}\n", f.found));
                if !f.fix.is_empty() {
                    let indent = pad("", status_width) + &pad("", id_width);
                    let how = lang.pick("怎么办", "fix");
                    text.push_str(&format!("{indent}{how}: {}\n", f.fix));
                }
            }
            let verdict = match problems {
                0 => lang.pick("一切正常", "all is well").to_string(),
                n => format!("{n} {}", lang.pick("项需处理", "to fix")),
            };
            text + "\n" + &verdict + "\n"
        }
    };
    write_stdout(&text)?;
    Ok(match problems {
        0 => Outcome::Clean,
        _ => Outcome::Failed,
    })
}
