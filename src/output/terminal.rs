//! What the output is shown on: whether to colour it, and the width tables must fit. Decided
//! once per run by [`crate::context::Context`], which alone reads the environment.

use anstyle::{AnsiColor, Color, Style};

/// Errors, and what is overdue.
pub const RED: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Red)));
/// Warnings, and what is due soon.
pub const YELLOW: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
/// The margin of a quoted source line.
pub const BLUE: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Blue)));
/// What the eye should find first.
pub const BOLD: Style = Style::new().bold();

/// How the output will be shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Whether to colour the output.
    pub color: bool,
    /// The width, in columns, that tables are fitted to (none: as wide as their content).
    pub width: Option<u16>,
    /// What decided the colour: `--no-color`, `NO_COLOR`, `CLICOLOR_FORCE`, `terminal`,
    /// `pipe` (not a terminal) or `console` (a Windows console without colour support).
    pub color_source: &'static str,
}

/// The narrowest width tables are fitted to: narrower, and every cell would wrap to nothing.
pub const MIN_WIDTH: u16 = 40;

/// Decides the colour and width from what the environment says:
/// `--no-color` and a non-empty `NO_COLOR` turn colour off; otherwise `CLICOLOR_FORCE` (set and
/// not `0`) turns it on, else colour is on when standard output is a terminal. The width is the
/// terminal's, else `COLUMNS`. On Windows, colour needs the console's virtual-terminal mode;
/// where it cannot be turned on (an old console), there is no colour.
pub fn detect(
    no_color_flag: bool,
    no_color_env: Option<&str>,
    clicolor_force: Option<&str>,
    columns: Option<&str>,
    is_terminal: bool,
) -> Terminal {
    let forced = clicolor_force.is_some_and(|v| !v.is_empty() && v != "0");
    let (mut color, mut color_source) = if no_color_flag {
        (false, "--no-color")
    } else if no_color_env.is_some_and(|v| !v.is_empty()) {
        (false, "NO_COLOR")
    } else if forced {
        (true, "CLICOLOR_FORCE")
    } else if is_terminal {
        (true, "terminal")
    } else {
        (false, "pipe")
    };
    if color && anstyle_query::windows::enable_ansi_colors() == Some(false) {
        (color, color_source) = (false, "console");
    }
    let width = terminal_size::terminal_size()
        .map(|(w, _)| w.0)
        .or_else(|| columns?.trim().parse().ok())
        .filter(|w| *w > 0)
        .map(|w: u16| w.max(MIN_WIDTH));
    Terminal {
        color,
        width,
        color_source,
    }
}
