//! `grid import CHAT`: WeChat chat text and exports into records, tried in every layout and
//! encoding, with the senders' nickname habits, and against what must not happen: a sender
//! guessed, a message imported twice, a free message imported without review, an English
//! or garbled location.

mod util;

use util::Town;

/// W1-V01 前店村: head P0042 徐凤英, social member P0043 崔冬梅, base members P0044 周子涵,
/// P0045 阎桂英.
const VILLAGE: &str = "W1-V01";

/// Imports `files` (name, bytes) written into the town's folder, with `args`, as JSON.
fn import(town: &Town, files: &[(&str, &[u8])], args: &[&str]) -> util::Run {
    let mut all: Vec<String> = vec!["import".into()];
    for (name, bytes) in files {
        let path = town.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        all.push(path.to_str().unwrap().to_string());
    }
    all.extend(args.iter().map(|a| a.to_string()));
    all.extend(["--format", "json", "--repo"].map(String::from));
    all.push(town.path().to_str().unwrap().to_string());
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    util::grid(&refs)
}

/// The rows of `file` whose line contains `needle`.
fn rows(town: &Town, file: &str, needle: &str) -> Vec<String> {
    town.read(file)
        .lines()
        .filter(|l| l.contains(needle))
        .map(str::to_string)
        .collect()
}

/// Each refusal as (line, code).
fn refused(run: &util::Run) -> Vec<(u64, String)> {
    run.json()
        .into_iter()
        .filter(|v| v["type"] == "refused")
        .map(|v| {
            (
                v["line"].as_u64().unwrap_or(0),
                v["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// `grid COMMAND` on the town as of 2026-11-30, as JSON.
fn on_the_30th(town: &Town, command: &str) -> util::Run {
    let repo = town.path().to_str().unwrap();
    util::grid(&[
        command,
        "--repo",
        repo,
        "--as-of",
        "2026-11-30",
        "--format",
        "json",
    ])
}

/// `grid check` finds no error in the town (what the import wrote passes the checks).
fn assert_no_errors(town: &Town) {
    let run = on_the_30th(town, "check");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let errors: Vec<util::Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.code.starts_with('E'))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

fn file_line(run: &util::Run, name: &str) -> serde_json::Value {
    run.json()
        .into_iter()
        .find(|v| v["type"] == "file" && v["file"].as_str().unwrap_or("").ends_with(name))
        .unwrap_or_else(|| panic!("no file line for {name}: {}", run.stdout))
}

const GROUP_CHAT: &str = "前店村网格工作群的聊天记录\r\n\
\r\n\
周子涵 2026/11/30 8:40\r\n\
【日巡查】\r\n\
日期：今天\r\n\
时间：8:00-8:35\r\n\
事项：正常\r\n\
\r\n\
前店村-阎桂英 2026/11/30 9:10\r\n\
【日巡查】日期:11.30，事项：垃圾乱堆乱放、消防隐患 问题：两处；情况：村东头垃圾，已清理\r\n\
[图片]\r\n\
徐凤英(前店村) 2026/11/30 9:20\r\n\
收到，辛苦了\r\n\
[语音]\r\n\
崔冬梅 2026/11/30 9:30\r\n\
[图片]\r\n";

#[test]
fn a_group_chat_in_gbk_with_crlf_becomes_patrol_rows() {
    let town = Town::copy();
    let (gbk, _, bad) = encoding_rs::GBK.encode(GROUP_CHAT);
    assert!(!bad);
    let run = import(&town, &[("群聊.txt", &gbk)], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let file = file_line(&run, "群聊.txt");
    assert_eq!(file["kind"], "chat");
    assert_eq!(file["chat"]["messages"], 4);
    assert_eq!(file["chat"]["templated"], 2);
    assert_eq!(file["chat"]["chit_chat"], 2);
    assert_eq!(file["added"], 2);
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-30,"),
        vec![
            "2026-11-30,W1-V01,P0044,08:00,08:35,,0,,,,,,2026-11-30 08:40,wechat_group",
            // Free text kept as typed: the Chinese comma and the placeholder line.
            "2026-11-30,W1-V01,P0045,,,RJ01;AQ03,2,,村东头垃圾，已清理；[图片],,,,2026-11-30 09:10,wechat_group",
        ]
    );
    assert_no_errors(&town);
    let manifest = town.read("imports/manifest.csv");
    assert!(manifest.contains(",群聊.txt,chat,"), "{manifest}");
}

#[test]
fn the_social_member_reports_for_a_member_and_a_direct_chat_says_so() {
    let town = Town::copy();
    // Two people speak: a one-to-one chat. Time first, then the sender.
    let chat = "2026-11-29 20:05:10 崔冬梅\n\
                【日巡查】\n巡查人：周子涵\n日期：11月29日\n事项：河道漂浮物\n问题：无\n\
                2026-11-29 20:06:00 徐凤英\n好的\n";
    let run = import(&town, &[("私聊.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-29,W1-V01,P0044"),
        vec!["2026-11-29,W1-V01,P0044,,,RJ03,0,,,,,P0043,2026-11-29 20:05,wechat_direct"]
    );
    // --chat group overrides.
    let town = Town::copy();
    let run = import(
        &town,
        &[("私聊.txt", chat.as_bytes())],
        &["--chat", "group"],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        rows(&town, "patrols/2026-11.csv", "2026-11-29,W1-V01,P0044")[0].ends_with(",wechat_group")
    );
}

#[test]
fn sweeps_and_meetings_under_date_lines() {
    let town = Town::copy();
    let chat = "—— 2026年11月30日 ——\n\
                徐凤英 19:30\n\
                【会议】\n类型：半月会议\n参会：周子涵、阎桂英\n议定：部署下半月巡查重点\n签字：徐凤英\n\
                徐凤英 19:40\n\
                【排查】日期：11月30日 参加：周子涵、阎桂英 缺席：阎桂英（病假） 问题：两处\n\
                周子涵 19:41\n收到\n";
    let run = import(&town, &[("会议.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        rows(
            &town,
            "meetings/2026-11.csv",
            "2026-11-30,village_half_month,W1-V01"
        ),
        // Sent by the head: reported at the message's time, reported_by left to the social
        // member.
        vec![
            "2026-11-30,village_half_month,W1-V01,P0042,P0044;P0045,,部署下半月巡查重点,P0042,,2026-11-30 19:30,"
        ]
    );
    assert_eq!(
        rows(&town, "sweeps/2026-11.csv", "2026-11-30,W1-V01"),
        vec!["2026-11-30,W1-V01,P0042,P0044;P0045,P0045:病假,2,,"]
    );
}

#[test]
fn senders_are_never_guessed_and_refusals_name_the_line() {
    let town = Town::copy();
    // Two people named 周子涵 would make the name ambiguous: give a second one in W1-V02.
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        format!("{roster}P0999,周子涵,13900000999,W1-V02,base_member,,,,wx_p0999,\n"),
    );
    let chat = "周子涵 2026/11/30 8:40\n【日巡查】\n事项：正常\n\
                张无忌 2026/11/30 8:50\n【日巡查】\n事项：正常\n\
                前店村-周子涵 2026/11/30 9:00\n【日巡查】\n事项：正常\n问题：很多\n\
                阎桂英 2026/11/30 9:10\n【日巡查】\n日期：11月31日\n";
    let before = town.read("patrols/2026-11.csv");
    let run = import(&town, &[("群.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        refused(&run),
        vec![
            (1, "E0901".to_string()),
            (4, "E0203".to_string()),
            (10, "E0909".to_string()),
            (13, "E0111".to_string()),
        ]
    );
    assert_eq!(town.read("patrols/2026-11.csv"), before, "nothing written");
    // In Chinese, the place is the line.
    let zh = util::grid(&[
        "import",
        town.path().join("群.txt").to_str().unwrap(),
        "--lang",
        "zh",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert!(
        zh.stdout.contains("群.txt 第 4 行: 未知人员 `张无忌`"),
        "{}",
        zh.stdout
    );
}

#[test]
fn a_chat_export_csv_resolves_senders_by_wechat_id() {
    let town = Town::copy();
    let csv = "聊天时间,发送者,微信号,消息内容\n\
               2026-11-30 08:40:00,小周,wx_p0044,\"【日巡查】\n事项：正常\"\n\
               2026-11-30 08:41:00,某人,,今天天气不错\n";
    let run = import(&town, &[("导出.csv", csv.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-30,W1-V01,P0044").len(),
        1
    );
    // An export whose time cannot be read is refused at that cell.
    let bad = "聊天时间,发送者,消息内容\n昨天吧,周子涵,\"【日巡查】\n事项：正常\"\n";
    let run = import(&Town::copy(), &[("坏.csv", bad.as_bytes())], &[]);
    assert_eq!(run.code, 1);
    let cells: Vec<String> = run
        .json()
        .into_iter()
        .filter(|v| v["type"] == "refused")
        .map(|v| v["cell"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(cells, vec!["A2"]);
}

#[test]
fn rules_name_other_headings_and_header_lines() {
    let town = Town::copy();
    town.write(
        "imports/rules.yaml",
        "chat:\n  headings: {发言时刻: time, 群成员: sender, 发言: content}\n  header: [\"[{date} {time}] {sender}:\"]\n",
    );
    let csv = "发言时刻,群成员,发言\n2026-11-30 08:40,周子涵,【日巡查】事项：正常\n";
    let run = import(&town, &[("a.csv", csv.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let text = "[2026-11-30 09:10] 阎桂英: 【日巡查】事项：正常\n";
    let run = import(&town, &[("b.txt", text.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-30,W1-V01").len(),
        2
    );
}

#[test]
fn overlapping_exports_import_each_message_once() {
    let town = Town::copy();
    // Exports of one group (three people speak in each).
    let first = "周子涵 2026/11/30 8:40\n【日巡查】\n事项：正常\n阎桂英 2026/11/30 9:10\n【日巡查】\n事项：正常\n徐凤英 2026/11/30 9:12\n好\n";
    let second = "阎桂英 2026/11/30 9:10\n【日巡查】\n事项：正常\n徐凤英 2026/11/30 9:12\n好\n崔冬梅 2026/11/30 10:30\n【上报】\n事项：私搭乱建\n地点：村口\n";
    let run = import(
        &town,
        &[("1.txt", first.as_bytes()), ("2.txt", second.as_bytes())],
        &[],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(file_line(&run, "2.txt")["chat"]["repeated"], 2);
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-30,W1-V01").len(),
        2
    );
    let cases_before = case_files(&town);
    let opened = town.read(&format!("cases/2026/{}", cases_before.last().unwrap()));
    let id = cases_before.last().unwrap().trim_end_matches(".yaml");
    assert_eq!(
        opened,
        format!(
            "# yaml-language-server: $schema=../../../schemas/case.schema.json\n\
             id: {id}\ntitle: 私搭乱建（微信上报）\nitem: WJ01\ngrid: W1-V01\nlocation: 村口\n\
             discovered_at: 2026-11-30 10:30\nimpact: none\nduplicate_of: null\napproval: null\n\
             reports:\n- at: 2026-11-30 10:30\n  by: P0043\n  channel: wechat_group\nevents: []\n"
        )
    );
    // A later export overlapping both: nothing new, the case not opened twice.
    let third = format!("{second}周子涵 2026/11/30 11:00\n好\n");
    let run = import(&town, &[("3.txt", third.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(file_line(&run, "3.txt")["added"], 0);
    assert_eq!(file_line(&run, "3.txt")["skipped"], 2);
    assert_eq!(case_files(&town), cases_before);
}

fn case_files(town: &Town) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(town.path().join("cases/2026"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_group_report_at_0840_earns_the_reward_over_a_12345_call_at_1005() {
    let town = Town::copy();
    let orders = "工单编号,来电时间,诉求内容,问题分类,所属村\n\
                  GD20261130-0031,2026-11-30 10:05,村口有人违法搭建,私搭乱建,前店村\n";
    let run = import(&town, &[("工单.csv", orders.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let chat = "周子涵 2026/11/30 8:40\n【上报】\n事项：私搭乱建\n情况：村口有人搭彩钢棚\n\
                阎桂英 2026/11/30 8:45\n收到\n徐凤英 2026/11/30 8:50\n马上去看\n";
    let run = import(&town, &[("群.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let newest = case_files(&town).pop().unwrap();
    let case = town.read(&format!("cases/2026/{newest}"));
    assert!(case.contains("discovered_at: 2026-11-30 08:40"), "{case}");
    assert!(
        case.contains("by: P0044\n  channel: wechat_group"),
        "{case}"
    );
    assert!(case.contains("ref: GD20261130-0031"), "{case}");
    let id = newest.trim_end_matches(".yaml");
    let findings = on_the_30th(&town, "findings");
    let about: Vec<serde_json::Value> = findings
        .json()
        .into_iter()
        .filter(|v| v["case"] == id)
        .collect();
    assert_eq!(about.len(), 1, "{about:?}");
    assert_eq!(about[0]["kind"], "reward");
    assert_eq!(about[0]["person"], "P0044");
    assert_eq!(about[0]["channel"], "wechat_group");
    assert_eq!(about[0]["amount"], 300);
}

#[test]
fn a_report_without_a_time_is_refused_at_its_line() {
    let town = Town::copy();
    let chat = "—— 2026年11月30日 ——\n周子涵：【上报】事项：私搭乱建\n阎桂英：好\n";
    let run = import(&town, &[("无时间.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(refused(&run), vec![(2, "E0910".to_string())]);
}

#[test]
fn a_report_from_a_clock_set_in_the_future_is_refused() {
    let town = Town::copy();
    let cases = case_files(&town);
    let chat = "周子涵 2099/1/1 8:40\n【上报】事项：私搭乱建\n阎桂英 2099/1/1 8:41\n好\n徐凤英 2099/1/1 8:42\n好\n";
    let run = import(&town, &[("未来.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(refused(&run), vec![(2, "E0905".to_string())]);
    assert_eq!(case_files(&town), cases);
}

#[test]
fn free_messages_are_reviewed_before_they_become_reports() {
    let town = Town::copy();
    let chat = "周子涵 2026/11/30 8:40\n村口有人在违建，大家注意\n\
                阎桂英 2026/11/30 8:45\n今天开会吗\n\
                崔冬梅 2026/11/30 9:00\n三组后山冒烟了\n";
    let review = town.path().join("审核.xlsx");
    let cases = case_files(&town);
    let run = import(
        &town,
        &[("群.txt", chat.as_bytes())],
        &["--review", review.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let file = file_line(&run, "群.txt");
    assert_eq!(file["chat"]["candidates"], 2);
    assert_eq!(file["chat"]["chit_chat"], 1);
    assert_eq!(case_files(&town), cases, "nothing imported blindly");
    // The clerk adopts the first (moving it to the right village is allowed) and rejects
    // the second.
    let lines = read_review(&review);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0][2], "周子涵");
    assert_eq!(lines[0][4], "私搭乱建");
    assert_eq!(lines[0][5], "前店村");
    assert_eq!(lines[1][4], "消防隐患");
    let filled = town.path().join("审核-已填.xlsx");
    write_review(&review, &filled, &[("采纳", "三组"), ("不采纳", "")]);
    let run = import(&town, &[], &[filled.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let now = case_files(&town);
    assert_eq!(now.len(), cases.len() + 1);
    let case = town.read(&format!("cases/2026/{}", now.last().unwrap()));
    assert!(
        case.contains("item: WJ01\ngrid: W1-V01\nlocation: 三组\n"),
        "{case}"
    );
    assert!(case.contains("by: P0044"), "{case}");
    // Imported again (with --force): the same report is not added twice.
    let run = import(&town, &[], &[filled.to_str().unwrap(), "--force"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(case_files(&town).len(), cases.len() + 1);
}

/// The data rows of a review workbook as text.
fn read_review(path: &std::path::Path) -> Vec<Vec<String>> {
    use calamine::{DataType, Reader};
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let range = book.worksheet_range("待审核消息").unwrap();
    range
        .rows()
        .skip(1)
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The review workbook as a clerk fills it: each line's decision and place, saved by Excel
/// (the hidden marker sheet kept).
fn write_review(from: &std::path::Path, to: &std::path::Path, decisions: &[(&str, &str)]) {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(from).unwrap();
    let range = book.worksheet_range("待审核消息").unwrap();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("待审核消息").unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c16) = (r as u32, c as u16);
            match cell {
                Data::DateTime(d) => {
                    let t = d
                        .as_datetime()
                        .unwrap()
                        .format("%Y-%m-%d %H:%M:%S")
                        .to_string();
                    ws.write_string(r, c16, t).unwrap();
                }
                Data::Empty => {}
                other => {
                    ws.write_string(r, c16, other.to_string()).unwrap();
                }
            }
        }
        if r > 0
            && let Some((decision, place)) = decisions.get(r - 1)
        {
            ws.write_string(r as u32, 8, *decision).unwrap();
            ws.write_string(r as u32, 6, *place).unwrap();
        }
    }
    let marker = wb.add_worksheet();
    marker.set_name("grid-review-chat").unwrap();
    marker.set_hidden(true);
    wb.save(to).unwrap();
}

#[test]
fn the_printed_templates_are_what_the_import_reads() {
    let town = Town::copy();
    let notice = util::grid(&[
        "template",
        "wechat",
        "--grid",
        VILLAGE,
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(notice.code, 0, "{}", notice.stderr);
    // Each example, sent by the village head on 2026-11-30 (dates in it are 12月1日: moved
    // to 11月30日, the day it is sent).
    let mut chat = String::new();
    for (n, example) in notice.stdout.split("例：\n").skip(1).enumerate() {
        let body: String = example
            .split("\n\n")
            .next()
            .unwrap()
            .replace("12月1日", "11月30日");
        chat.push_str(&format!("徐凤英 2026/11/30 2{n}:00\n{body}\n"));
    }
    let run = import(&town, &[("公告示例.txt", chat.as_bytes())], &[]);
    assert_eq!(run.code, 0, "{}{}\n{chat}", run.stdout, run.stderr);
    let file = file_line(&run, "公告示例.txt");
    assert_eq!(file["chat"]["templated"], 4, "{chat}");
    assert_eq!(file["added"], 4);
    assert_eq!(file["rejected"], 0);
    assert_no_errors(&town);
}

#[test]
fn dry_run_writes_nothing_and_commit_says_what_came_from_which_chat() {
    let town = Town::copy();
    town.git(&["init", "-q"]);
    town.git(&["add", "-A"]);
    town.git(&["commit", "-qm", "town"]);
    let chat = "周子涵(前店村) 2026/11/30 8:40\n【日巡查】事项：正常\n\
                阎桂英 2026/11/30 8:41\n好\n徐凤英 2026/11/30 8:42\n好\n";
    let before = town.read("patrols/2026-11.csv");
    let run = import(&town, &[("群.txt", chat.as_bytes())], &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.summary()["dry_run"], true);
    assert_eq!(file_line(&run, "群.txt")["added"], 1);
    assert_eq!(town.read("patrols/2026-11.csv"), before);
    assert!(
        !town.path().join("imports/manifest.csv").exists()
            || !town.read("imports/manifest.csv").contains("群.txt")
    );
    let run = import(&town, &[("群.txt", chat.as_bytes())], &["--commit"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // The nickname 周子涵(前店村) is P0044.
    assert_eq!(
        rows(&town, "patrols/2026-11.csv", "2026-11-30,W1-V01,P0044").len(),
        1
    );
    let message = town.git(&["log", "-1", "--format=%B"]);
    assert!(message.starts_with("grid import 群.txt"), "{message}");
    assert!(
        message.contains("kind:chat read:1 added:1 skipped:0 rejected:0"),
        "{message}"
    );
    let changed = town.git(&["show", "--name-only", "--format="]);
    assert_eq!(
        changed.lines().collect::<Vec<_>>(),
        vec!["imports/manifest.csv", "patrols/2026-11.csv"]
    );
}

#[test]
fn a_synthetic_month_of_chat_imports_and_passes_the_checks() {
    let work = tempfile::tempdir().unwrap();
    let (town, chat) = (work.path().join("town"), work.path().join("chat"));
    let run = util::grid(&[
        "synth",
        "--villages",
        "3",
        "--days",
        "20",
        "--end",
        "2025-10-31",
        "--out",
        town.to_str().unwrap(),
        "--chat",
        chat.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut files: Vec<String> = std::fs::read_dir(&chat)
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3);
    let mut args = vec![
        "import",
        "--skip-bad",
        "--format",
        "json",
        "--repo",
        town.to_str().unwrap(),
    ];
    args.extend(files.iter().map(String::as_str));
    let run = util::grid(&args);
    let json = run.json();
    let total = |key: &str| -> u64 {
        json.iter()
            .filter(|v| v["type"] == "file")
            .map(|v| v[key].as_u64().unwrap_or(0))
            .sum()
    };
    assert!(total("added") > 200, "{}", run.stdout);
    // The only refusals are the counts nobody can read, each at its line.
    assert!(
        json.iter()
            .filter(|v| v["type"] == "refused")
            .all(|v| v["code"] == "E0909" && v["line"].as_u64().is_some()),
        "{}",
        run.stdout
    );
    assert_eq!(total("added") + total("rejected"), total("read"));
    let check = util::grid(&[
        "check",
        "--repo",
        town.to_str().unwrap(),
        "--as-of",
        "2025-11-30",
        "--format",
        "json",
    ]);
    let errors: Vec<util::Diag> = check
        .diagnostics()
        .into_iter()
        .filter(|d| d.code.starts_with('E'))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Imported again: every message is already there.
    args.push("--force");
    let again = util::grid(&args);
    let added: u64 = again
        .json()
        .iter()
        .filter(|v| v["type"] == "file")
        .map(|v| v["added"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(added, 0, "{}", again.stdout);
}
