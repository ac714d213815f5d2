//! The man pages, rendered from the clap definitions: `grid.1` with the sections a manual
//! needs beyond the options (exit status, environment, examples), and one page per visible
//! subcommand (`grid-check.1`, `grid-case-new.1`, …), so that every page a page refers to ships.

use clap::{Command, CommandFactory};
use clap_mangen::Man;

use crate::cli::Cli;

/// The folder of the man pages, relative to the project root.
pub const DIR: &str = "completions/man";

const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Nothing wrong was found (or the command did what it was asked).
.TP
\fB1\fR
Something wrong was found: data errors; warnings with \fB\-\-deny warnings\fR; overdue items
with \fB\-\-strict\fR; rows refused by \fBgrid import\fR.
.TP
\fB2\fR
The command could not run: bad arguments, no repository, a file that cannot be read or written.
"#;

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBGRID_REPO\fR
The town repository, as \fB\-\-repo\fR.
.TP
\fBGRID_LANG\fR
Language of messages and headings: \fBzh\fR (the default) or \fBen\fR; \fB\-\-lang\fR wins.
.TP
\fBLANG\fR
Read when neither \fB\-\-lang\fR nor \fBGRID_LANG\fR is set: English when it names English
(\fBen_US.UTF\-8\fR); \fBC\fR, \fBPOSIX\fR and unset mean Chinese.
.TP
\fBNO_COLOR\fR
When set and not empty, no colours (as \fB\-\-no\-color\fR).
.TP
\fBCLICOLOR_FORCE\fR
When set and not \fB0\fR, colours even when the output is not a terminal (\fBNO_COLOR\fR and
\fB\-\-no\-color\fR still win).
"#;

const EXAMPLES: &str = r#".SH EXAMPLES
.TP
\fBgrid check \-\-as\-of 2026\-11\-24\fR
Validate the repository and list what is overdue as of the close of 24 November 2026.
.TP
\fBgrid import 青山村11月巡查.xlsx \-\-explain\fR
Show how the columns of a village's workbook are read, without writing anything.
.TP
\fBgrid case accept QS\-2026\-0066 \-\-by P0012 \-\-commit\fR
Accept a case and commit the change.
.TP
\fBgrid report monthly \-\-month 2026\-11\fR
Write the month's workbook into 报表/ of the repository.
.TP
\fBgrid doctor\fR
Check the machine and the repository for what commonly goes wrong, and say how to fix it.
.SH "SEE ALSO"
\fBgit\fR(1); the documentation in \fIdocs/\fR of the project (FORMATS.md, DUTIES.md,
DIAGNOSTICS.md, CASES.md, FINDINGS.md, REPORTS.md, IMPORT.md, AUDIT.md, SAFETY.md).
"#;

/// Every man page: file name and text.
pub fn pages() -> Vec<(String, String)> {
    let mut root = Cli::command()
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true);
    root.build();
    let mut pages = vec![(
        "grid.1".to_string(),
        render(
            Man::new(root.clone()),
            &[EXIT_STATUS, ENVIRONMENT, EXAMPLES],
        ),
    )];
    for sub in visible(&root) {
        add_subpages(sub.clone(), &mut pages);
    }
    pages
}

fn visible(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

fn add_subpages(cmd: Command, pages: &mut Vec<(String, String)>) {
    for sub in visible(&cmd) {
        add_subpages(sub.clone(), pages);
    }
    let man = Man::new(cmd);
    pages.push((man.get_filename(), render(man, &[])));
}

/// The page as clap_mangen renders it, with `extra` sections before its VERSION section.
fn render(man: Man, extra: &[&str]) -> String {
    let mut buffer = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = man.render(&mut buffer);
    let mut text = String::from_utf8_lossy(&buffer).into_owned();
    let at = text.find(".SH VERSION").unwrap_or(text.len());
    text.insert_str(at, &extra.concat());
    text
}
