//! The public disclosure leaks nothing: random parties and measures made of roster names,
//! generated names (compound surnames, names with ·), mobiles in many spellings, landlines, id
//! numbers and company names go through case files into `grid report disclosure`, and no
//! name, phone or id survives in the xlsx, CSV or HTML it writes.

mod util;

use calamine::{Data, Reader, Xlsx, open_workbook};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use util::{Town, grid};

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马", "上官", "诸葛",
];
const GIVEN: &[&str] = &[
    "建", "国", "丽", "华", "强", "军", "秀", "英", "德", "明", "志", "宏", "春", "梅",
];
const DOTTED: &[&str] = &["买买提·艾力", "阿依古丽·吐尔逊", "热合曼·阿不都"];
const COMPANIES: &[&str] = &[
    "青山建材有限公司",
    "东村养殖合作社",
    "前店村宏达加工厂",
    "山海商贸有限责任公司",
];
const MARKERS: &[&str] = &["当事人", "法定代表人", "负责人", "联系人", "户主"];

/// A person's name: generated (2–4 characters, maybe a compound surname) or dotted.
fn person() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (
            prop::sample::select(SURNAMES),
            prop::collection::vec(prop::sample::select(GIVEN), 1..=2)
        )
            .prop_map(|(s, g)| format!("{s}{}", g.concat())),
        1 => prop::sample::select(DOTTED).prop_map(str::to_string),
    ]
}

/// A mobile number's eleven digits.
fn mobile() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["13", "15", "18", "19"][..]),
        100_000_000u64..999_999_999,
    )
        .prop_map(|(p, n)| format!("{p}{n:09}"))
}

/// The mobile written one of ten ways.
fn spelling(digits: &str, way: usize) -> String {
    let (a, b, c) = (&digits[..3], &digits[3..7], &digits[7..]);
    let wide: String = digits
        .chars()
        .map(|d| char::from_u32(u32::from(d) - u32::from('0') + u32::from('０')).unwrap())
        .collect();
    match way {
        0 => digits.to_string(),
        1 => format!("{a} {b} {c}"),
        2 => format!("{a}-{b}-{c}"),
        3 => format!("+86 {a} {b} {c}"),
        4 => format!("+86-{digits}"),
        5 => format!("0086 {digits}"),
        6 => format!("{a}.{b}.{c}"),
        7 => wide,
        8 => format!("{a} {b}{c}"),
        _ => format!("（{a}）{b}-{c}"),
    }
}

/// An 18-digit id number (maybe ending in X) or a 15-digit old one.
fn id_number() -> impl Strategy<Value = String> {
    (
        100_000u64..999_999,
        19_500_101u64..20_101_231,
        0u32..1000,
        0u32..11,
        any::<bool>(),
    )
        .prop_map(|(area, birth, seq, check, old)| {
            let check = if check == 10 {
                "X".to_string()
            } else {
                check.to_string()
            };
            if old {
                format!("{area}{}{seq:03}", &birth.to_string()[2..])
            } else {
                format!("{area}{birth}{seq:03}{check}")
            }
        })
}

/// A landline: area code and local number.
fn landline() -> impl Strategy<Value = (String, String)> {
    (
        prop::sample::select(&["0532", "010", "0535", "021"][..]),
        10_000_000u32..99_999_999,
    )
        .prop_map(|(a, n)| (a.to_string(), n.to_string()))
}

/// One case's party and measures, and the secrets written in them. Every name in the
/// measures is a roster name, a party name of some case, or follows a marker: names nobody
/// recorded cannot be told from other words.
#[derive(Clone, Debug)]
struct Sample {
    party: String,
    measures: String,
    names: Vec<String>,
    numbers: Vec<String>,
}

fn sample(roster: Vec<String>) -> impl Strategy<Value = Sample> {
    (
        prop::collection::vec(person(), 1..=3),
        prop::sample::select(roster),
        mobile(),
        0usize..10,
        id_number(),
        landline(),
        prop::sample::select(COMPANIES),
        prop::sample::select(MARKERS),
        0usize..6,
    )
        .prop_map(
            |(people, staff, phone, way, id, (area, local), company, marker, shape)| {
                let first = people[0].clone();
                let list = people.join("、");
                let party = match shape {
                    0 => format!("{company} 法定代表人{first} {}", spelling(&phone, way)),
                    1 => format!("{first}（身份证{id}）"),
                    2 => list.clone(),
                    3 => format!("{first} 电话：{}", spelling(&phone, way)),
                    4 => format!("{first}{}", spelling(&phone, way)),
                    _ => format!("{list}，联系电话{area}-{local}"),
                };
                let measures = format!(
                    "责令{first}限期拆除，{marker}{}，电话{}，身份证号{id}，座机({area}){local}，由{staff}到场监督",
                    people.last().unwrap(),
                    spelling(&phone, (way + 3) % 10),
                );
                let mut names = people;
                names.push(staff);
                Sample {
                    party,
                    measures,
                    names,
                    numbers: vec![phone, id, local],
                }
            },
        )
}

fn case_file(id: &str, s: &Sample) -> String {
    let quote = |t: &str| format!("'{}'", t.replace('\'', "''"));
    format!(
        "id: {id}\ntitle: 前店村违法占地\nitem: WJ02\ngrid: W1-V01\ndiscovered_at: 2026-11-02 08:00\nimpact: eliminated\nreports:\n- {{at: 2026-11-02 08:30, by: P0044, channel: patrol}}\nevents:\n- {{at: 2026-11-02 09:00, action: accepted, by: P0006}}\n- {{at: 2026-11-04 10:00, action: decided, by: P0003, meeting: 2026-11-04, measures: {}, decision_no: 青山执决〔2026〕{}号, party: {}}}\n- {{at: 2026-11-05 10:00, action: resolved, by: P0022}}\n- {{at: 2026-11-06 10:00, action: checked, by: P0043}}\n- {{at: 2026-11-06 11:00, action: closed, by: P0006, outcome: fixed}}\n- {{at: 2026-11-07 10:00, action: disclosed, by: P0006}}\ndisclosure: {{public: true, published_at: 2026-11-07}}\n",
        quote(&s.measures),
        &id[8..],
        quote(&s.party),
    )
}

fn roster_names(town: &Town) -> Vec<String> {
    let mut names: Vec<String> = town
        .read("roster.csv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_string))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Every text the three public files hold, the workbook read cell by cell.
fn published(xlsx: &std::path::Path) -> String {
    let mut book: Xlsx<_> = open_workbook(xlsx).unwrap();
    let mut all = String::new();
    for name in book.sheet_names() {
        for row in book.worksheet_range(&name).unwrap().rows() {
            for cell in row {
                if let Data::String(s) = cell {
                    all.push_str(s);
                }
                all.push('|');
            }
        }
    }
    all.push_str(&std::fs::read_to_string(xlsx.with_extension("csv")).unwrap());
    all.push_str(&std::fs::read_to_string(xlsx.with_extension("html")).unwrap());
    all
}

/// The text with full-width digits made ASCII and the separators a number is written with
/// taken out, so a phone written `138 1234 5678` is found as `13812345678`.
fn digits_joined(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
            ' ' | '-' | '.' | '(' | ')' | '（' | '）' | '+' | '\u{3000}' => None,
            c => Some(c),
        })
        .collect()
}

fn longest_digit_run(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0)
}

#[test]
fn no_name_phone_or_id_survives_the_disclosure() {
    let town = Town::copy();
    // A supervision result the office decided: posted with its decision in words.
    let decided = grid(&[
        "decide",
        "accountability-QS-2026-0065",
        "approve",
        "--note",
        "经督考办研究同意",
        "--by",
        "P0003",
        "--at",
        "2026-11-23 10:00",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(decided.code, 0, "{}{}", decided.stdout, decided.stderr);
    let roster = roster_names(&town);
    let mut runner = TestRunner::new(Config {
        cases: 24,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = prop::collection::vec(sample(roster.clone()), 8);
    runner
        .run(&strategy, |samples| {
            for (i, s) in samples.iter().enumerate() {
                let id = format!("QS-2026-{:04}", 901 + i);
                town.write(&format!("cases/2026/{id}.yaml"), case_file(&id, s));
            }
            let out = town.path().join("d.xlsx");
            let run = grid(&[
                "report",
                "disclosure",
                "--month",
                "2026-11",
                "--repo",
                town.path().to_str().unwrap(),
                "--as-of",
                "2026-11-24",
                "-o",
                out.to_str().unwrap(),
                "--lang",
                "zh",
            ]);
            prop_assert_eq!(run.code, 0, "{}", run.stderr);
            let posted = published(&out);
            // The office's own contact phone is published on purpose (town.yaml
            // policy.disclosure.phone), with who posts it and the objection period.
            prop_assert!(
                posted.contains("0532-88886000"),
                "no contact phone: {}",
                posted
            );
            prop_assert!(posted.contains("公示期") && posted.contains("青山镇综合执法办公室"));
            prop_assert!(posted.contains("同意"), "the decision in words: {}", posted);
            for code in ["approve", "reject", "exempt", "reduce"] {
                prop_assert!(
                    !posted.contains(code),
                    "internal code {} on the notice",
                    code
                );
            }
            let text = posted.replace("0532-88886000", "");
            prop_assert!(
                longest_digit_run(&text) < 7,
                "a run of 7 digits survived: {}",
                text
            );
            let joined = digits_joined(&text);
            for s in &samples {
                for number in &s.numbers {
                    prop_assert!(!joined.contains(number.as_str()), "{} survived", number);
                }
                for name in &s.names {
                    prop_assert!(!text.contains(name.as_str()), "{} survived: {:?}", name, s);
                }
            }
            prop_assert!(
                !text.contains("版本") && !text.contains(env!("CARGO_PKG_VERSION")),
                "the public notice names no tool version or commit"
            );
            for name in &roster {
                prop_assert!(
                    !text.contains(name.as_str()),
                    "roster name {} survived",
                    name
                );
            }
            Ok(())
        })
        .unwrap();
}
