//! Under Chinese (the default), what `grid` prints on the command line is Chinese: `--help`
//! of every command and clap's errors carry no English words — only ids (commands, flags,
//! values, codes), file names and paths, date patterns and a few names (git, Excel, JSON …).

mod util;

use std::collections::BTreeSet;

use clap::CommandFactory;
use util::{Town, grid};

/// Names that stay as they are in Chinese text.
const NAMES: &[&str] = &[
    "git", "Excel", "JSON", "CSV", "HTML", "Parquet", "DuckDB", "Spark", "Trino", "ISO", "xlsx",
    "xls", "ods", "csv", "grid", "LANG",
];

/// The ids of the command line: commands, long flags and their values.
fn ids() -> BTreeSet<String> {
    fn walk(command: &clap::Command, out: &mut BTreeSet<String>) {
        out.insert(command.get_name().to_string());
        for arg in command.get_arguments() {
            out.extend(arg.get_long().map(|l| format!("--{l}")));
            for value in arg.get_possible_values() {
                out.insert(value.get_name().to_string());
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&grid::cli::Cli::command(), &mut out);
    // Values read by the commands' own parsers.
    use grid::model::choices::{Card, Channel, Impact, Outcome, Verdict};
    for texts in [
        Card::TEXTS,
        Channel::TEXTS,
        Impact::TEXTS,
        Outcome::TEXTS,
        Verdict::TEXTS,
    ] {
        out.extend(texts.iter().map(|t| t.to_string()));
    }
    let states = grid::model::case::State::ALL.iter();
    out.extend(states.map(|s| s.as_str().to_string()));
    out
}

/// The English words of `text`: runs of three or more ASCII letters in a word that is no id,
/// path, file name, flag, code or date pattern.
fn english(text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    // What the user typed is quoted back as it was: `未知的命令 'chek'`.
    let text: String = text
        .split('\'')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    let is_word_char = |c: char| c.is_ascii_alphanumeric() || "_-./:@=<>".contains(c);
    text.split(|c: char| !is_word_char(c))
        .map(|w| {
            w.trim_matches(|c: char| "<>:=".contains(c))
                .trim_end_matches('.')
        })
        .filter(|w| {
            let letters = w
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|run| run.len() >= 3);
            let id_like = w.contains(['_', '/', '.', '@'])
                || w.chars().any(|c| c.is_ascii_digit())
                || w.starts_with('-')
                || w.chars().all(|c| "YMDHWQnw-:".contains(c));
            letters && !id_like && !ids.contains(*w) && !NAMES.contains(w)
        })
        .map(str::to_string)
        .collect()
}

fn visible_paths(command: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(path.clone());
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut next = path.clone();
        next.push(sub.get_name().to_string());
        visible_paths(sub, next, out);
    }
}

#[test]
fn every_help_is_chinese() {
    let ids = ids();
    let mut paths = Vec::new();
    visible_paths(&grid::cli::Cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() > 50, "{} commands", paths.len());
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.extend(["--help", "--lang", "zh"]);
        let run = grid(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.stdout.contains("用法："), "{args:?}: {}", run.stdout);
        let words = english(&run.stdout, &ids);
        assert!(
            words.is_empty(),
            "{args:?}: English {words:?} in\n{}",
            run.stdout
        );
    }
}

#[test]
fn help_as_a_command_is_the_help_of_the_command_named() {
    let run = grid(&["help", "case", "new", "--lang", "zh"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        grid(&["case", "new", "--help", "--lang", "zh"]).stdout
    );
    assert!(run.stdout.contains("首次上报"), "{}", run.stdout);
}

#[test]
fn command_line_errors_are_chinese() {
    let ids = ids();
    for (args, says) in [
        (&["chek", "--lang", "zh"][..], "未知的命令 'chek'"),
        (
            &["check", "--frmat", "json", "--lang", "zh"][..],
            "未知的参数 '--frmat'",
        ),
        (
            &["check", "--format", "xml", "--lang", "zh"][..],
            "'xml' 无效",
        ),
        (
            &["check", "--as-of", "soon", "--lang", "zh"][..],
            "应为 YYYY-MM-DD",
        ),
        (&["case", "new", "--lang", "zh"][..], "缺少必需的参数"),
        (
            &["check", "--lang", "zh", "--lang", "zh"][..],
            "只能给出一次",
        ),
    ] {
        let run = grid(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        let words = english(&run.stderr, &ids);
        assert!(
            words.is_empty(),
            "{args:?}: English {words:?} in\n{}",
            run.stderr
        );
    }
    // The English command line is clap's own.
    let run = grid(&["chek", "--lang", "en"]);
    assert!(
        run.stderr.contains("unrecognized subcommand"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_check_for_english_finds_english() {
    let ids = ids();
    assert_eq!(
        english("Print help (see more)", &ids),
        ["Print", "help", "see", "more"]
    );
    assert!(
        english(
            "检查 --as-of 2026-11-24 patrol_missing town.yaml git JSON YYYY-MM-DD",
            &ids
        )
        .is_empty()
    );
}

/// The words a command prints about the town are Chinese under zh: channels, impacts,
/// outcomes and states by their Chinese names, not their ids (example-town has reports from
/// every channel and cases in every state).
#[test]
fn what_the_commands_say_about_the_town_is_chinese() {
    let ids = ids();
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let workbook = town.path().join("out.xlsx");
    let workbook = workbook.to_str().unwrap();
    let cases: Vec<String> = (1..=64).map(|n| format!("QS-2026-{n:04}")).collect();
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["case", "list"],
        vec!["findings"],
        vec!["score"],
        vec!["duties", "--month", "2026-11"],
    ];
    for report in util::REPORTS {
        commands.push(vec!["report", report, "-o", workbook]);
    }
    for case in &cases {
        commands.push(vec!["case", "show", case]);
    }
    for command in commands {
        let mut args = command.clone();
        args.extend(["--repo", repo, "--as-of", "2026-11-24", "--lang", "zh"]);
        let run = grid(&args);
        assert!(run.code < 2, "{args:?}: {}", run.stderr);
        let said = format!("{}{}", run.stdout, run.stderr);
        let words = english(&said, &ids);
        assert!(
            words.is_empty(),
            "{command:?}: English {words:?} in\n{said}"
        );
    }
}
