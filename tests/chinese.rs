//! Under Chinese (the default), what `grid` prints on the command line is Chinese: `--help`
//! of every command and clap's errors carry no English words — only ids (commands, flags,
//! values, codes), file names and paths, date patterns and a few names (git, Excel, JSON …).

mod util;

use clap::CommandFactory;
use util::english::{english, ids};
use util::{Town, grid};

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
        let words = english(&run.stdout, ids);
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
        let words = english(&run.stderr, ids);
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
        english("Print help (see more)", ids),
        ["Print", "help", "see", "more"]
    );
    assert!(
        english(
            "检查 --as-of 2026-11-24 patrol_missing town.yaml git JSON YYYY-MM-DD",
            ids
        )
        .is_empty()
    );
}

/// The words a command prints about the town are Chinese under zh: channels, impacts,
/// outcomes and states by their Chinese names, not their ids (example-town has reports from
/// every channel and cases in every state).
#[test]
fn what_the_commands_say_about_the_town_is_chinese() {
    commands_say_chinese(&Town::copy(), false);
}

/// The same on a broken copy: a case with a misspelt action, a patrol by someone unknown, a
/// row with a field too few; the commands say what they can and why not, in Chinese.
#[test]
fn what_the_commands_say_about_a_broken_town_is_chinese() {
    let town = Town::copy();
    town.replace(
        "cases/2026/QS-2026-0001.yaml",
        "  action: accepted\n",
        "  action: acepted\n",
    );
    let file = "patrols/2026-11.csv";
    let mut text = town.read(file);
    text.push_str("2026-11-20,W1-V01,P0999,08:00,09:00,RJ01,0,,,P0042,,,,wechat_group\n");
    text.push_str("2026-11-21,W1-V01,P0044,08:00\n");
    town.write(file, text);
    assert_eq!(town.check().code, 1, "the copy is broken");
    commands_say_chinese(&town, true);
}

/// Runs the commands that show the town (case list and every case, findings, score, duties,
/// every report) under zh on `town` and fails on an English word. On a `broken` town a
/// command may refuse (exit 2), saying why.
fn commands_say_chinese(town: &Town, broken: bool) {
    let ids = ids();
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
        let refused = broken && run.code == 2 && !run.stderr.is_empty();
        assert!(run.code < 2 || refused, "{args:?}: {}", run.stderr);
        let said = format!("{}{}", run.stdout, run.stderr);
        let words = english(&said, ids);
        assert!(
            words.is_empty(),
            "{command:?}: English {words:?} in\n{said}"
        );
    }
}

/// What `check`, `import` (of a file with bad rows), `audit` (of a history with a rewritten
/// record and a commit by someone not on the roster) and `log` say is Chinese under zh.
#[test]
fn what_the_check_import_audit_and_log_say_is_chinese() {
    let ids = ids();
    let town = util::history::repo();
    let repo = town.path().to_str().unwrap().to_string();
    let sheet = town.path().join("bad.csv");
    std::fs::write(
        &sheet,
        "巡查日期,网格员,开始时间,结束时间,巡查事项,发现问题数,备注,签字人,报送方式\n\
         2026-11-24,查无此人,08:00,09:00,RJ01,0,,P0042,wechat_group\n\
         2026-13-45,P0044,08:00,09:00,RJ01,0,,P0042,wechat_group\n\
         2026-11-24,P0045,08:00,09:00,RJ01,three,,P0042,telegram\n\
         2027-11-24,P0046,08:00,09:00,RJ01,0,,P0042,wechat_group\n",
    )
    .unwrap();
    // A patrol row of the past rewritten, committed by someone the roster does not know.
    let file = "patrols/2026-11.csv";
    let text = town.read(file);
    let old = text.lines().nth(1).unwrap().to_string();
    town.write(file, text.replacen(&old, &old.replacen(",0,", ",2,", 1), 1));
    util::history::commit_all(
        &town,
        "改一行",
        ("不认识的人", "stranger@example.com"),
        "2026-11-25T09:00:00+08:00",
    );
    let fields: Vec<&str> = old.split(',').collect();
    let key = format!("patrol:{}:{}", fields[0], fields[2]);
    let sheet = sheet.to_str().unwrap();
    let commands: [&[&str]; 6] = [
        &["check"],
        &["check", "--all", "--late"],
        &["import", sheet, "--year", "2026"],
        &["audit"],
        &["log", "QS-2026-0001"],
        &["log", &key],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.extend(["--repo", &repo, "--lang", "zh"]);
        let run = grid(&args);
        assert!(run.code < 2, "{args:?}: {}", run.stderr);
        let said = format!("{}{}", run.stdout, run.stderr);
        if command[0] == "import" || command[0] == "audit" {
            // The import refuses the bad rows at their cells; the audit flags the commit.
            assert_eq!(run.code, 1, "{command:?}: {said}");
        }
        let words = english(&said, ids);
        assert!(
            words.is_empty(),
            "{command:?}: English {words:?} in\n{said}"
        );
    }
}
