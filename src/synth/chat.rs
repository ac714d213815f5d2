//! `grid synth --chat DIR`: a month of each village's WeChat work group, the days after the
//! town's records end, as a clerk copies it out of WeChat — templated messages typed the ways
//! people type them (full- and half-width brackets, one line or many, `今天` or `12.1`,
//! `两处`), nickname habits (`前店村-张三`, `张三(前店村)`), free messages that may report an
//! incident, chit-chat and placeholders, and, rarely, a count nobody can read. Every fifth
//! village's file is in GBK, as Windows tools write it.

use std::path::Path;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::error::Error;
use crate::synth::rng::Rng;
use crate::synth::world::{KEYWORDS, Village, World};

/// The days of chat written after the town's last record.
pub const CHAT_DAYS: u64 = 30;

const CHIT_CHAT: &[&str] = &[
    "收到",
    "好的",
    "收到，马上去",
    "辛苦了",
    "[图片]",
    "[语音]",
    "[表情]",
    "明天几点集合？",
    "今天下午镇里开会，各位注意时间",
    "大家注意防火",
    "[文件] 关于做好冬季安全生产工作的通知.pdf",
    "好",
    "👍",
    "天冷了，巡查注意安全",
    "请大家按时上报巡查情况",
];

const PLACES: &[&str] = &["一组", "二组", "三组", "村口", "河道边", "后山", "小学旁"];

/// A message: when, from whom (as the header writes them), what.
struct Said {
    at: NaiveDateTime,
    sender: String,
    text: String,
}

/// Writes one chat file per village into `dir`.
pub fn write(world: &World, seed: u64, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (v, village) in world.villages.iter().enumerate() {
        let mut rng = Rng::new(seed ^ (v as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut said = Vec::new();
        for n in 1..=CHAT_DAYS {
            let Some(day) = world.end.checked_add_days(Days::new(n)) else {
                continue;
            };
            said.extend(day_of(world, village, day, &mut rng));
        }
        said.sort_by_key(|s| s.at);
        let time_first = v % 4 == 3;
        let mut text = format!("{}网格工作群的聊天记录\n\n", village.name);
        for s in &said {
            let header = if time_first {
                format!("{} {}", s.at.format("%Y-%m-%d %H:%M:%S"), s.sender)
            } else {
                format!(
                    "{} {}/{}/{} {}",
                    s.sender,
                    s.at.year(),
                    s.at.month(),
                    s.at.day(),
                    s.at.format("%-H:%M")
                )
            };
            text.push_str(&format!("{header}\n{}\n\n", s.text));
        }
        let path = dir.join(format!("{}-{}群.txt", village.id, village.name));
        let bytes = if v % 5 == 4 {
            encoding_rs::GBK.encode(&text).0.into_owned()
        } else {
            text.into_bytes()
        };
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// The messages of one village on one day.
fn day_of(world: &World, village: &Village, day: NaiveDate, rng: &mut Rng) -> Vec<Said> {
    let mut out = Vec::new();
    let name = |p: usize| world.people[p].name.clone();
    let nick = |p: usize, rng: &mut Rng| match rng.below(10) {
        0 => format!("{}-{}", village.name, world.people[p].name),
        1 => format!("{}({})", world.people[p].name, village.name),
        _ => world.people[p].name.clone(),
    };
    let at = |minutes: i64| day.and_time(chrono::NaiveTime::MIN) + TimeDelta::minutes(minutes);
    let members: Vec<usize> = village.members_on(day).collect();
    let (head, social) = (village.head(day), village.social(day));
    for &m in &members {
        if rng.chance(0.03) {
            continue;
        }
        let start = 7 * 60 + rng.range(0, 150);
        let end = start + 40 + rng.range(0, 80);
        let on_behalf = rng.chance(0.1);
        let mut text = patrol_text(day, start, end, rng);
        if on_behalf {
            text.push_str(&format!("\n巡查人：{}", name(m)));
        }
        let sender = if on_behalf { social } else { m };
        out.push(Said {
            at: at(end + rng.range(1, 90)),
            sender: nick(sender, rng),
            text,
        });
    }
    if day.day() == 1 || day.day() == 15 {
        let absent = members.get(rng.below(members.len().max(1) as u64) as usize);
        let present: Vec<String> = members
            .iter()
            .filter(|m| Some(*m) != absent)
            .map(|m| name(*m))
            .collect();
        let absence = absent.map_or(String::new(), |a| format!("\n缺席：{}（病假）", name(*a)));
        out.push(Said {
            at: at(17 * 60 + rng.range(0, 120)),
            sender: name(head),
            text: format!(
                "【排查】\n日期：{}月{}日\n参加：{}{absence}\n问题：{}",
                day.month(),
                day.day(),
                present.join("、"),
                ["无", "一处", "两处", "3"][rng.below(4) as usize]
            ),
        });
    }
    if day.day() == 1 || day.day() == 16 {
        let attendees: Vec<String> = [head, social]
            .iter()
            .chain(&members)
            .map(|m| name(*m))
            .collect();
        out.push(Said {
            at: at(19 * 60 + rng.range(0, 60)),
            sender: name(social),
            text: format!(
                "【会议】\n日期：今天\n类型：半月会议\n主持：{}\n参会：{}\n议定：部署本半月巡查重点\n签字：{}",
                name(head),
                attendees.join("、"),
                name(head)
            ),
        });
    }
    let speakers: Vec<usize> = members.iter().copied().chain([head, social]).collect();
    for _ in 0..rng.range(18, 26) {
        let p = *rng.pick(&speakers);
        out.push(Said {
            at: at(rng.range(6 * 60, 22 * 60)),
            sender: nick(p, rng),
            text: (*rng.pick(CHIT_CHAT)).to_string(),
        });
    }
    if rng.chance(0.3) {
        let (_, words) = rng.pick(KEYWORDS);
        out.push(Said {
            at: at(rng.range(7 * 60, 20 * 60)),
            sender: name(*rng.pick(&speakers)),
            text: format!(
                "{}有人{}，大家注意看一下",
                rng.pick(PLACES),
                rng.pick(words)
            ),
        });
    }
    if rng.chance(0.15) {
        let item = *rng.pick(&[
            "私搭乱建",
            "垃圾乱堆乱放",
            "消防隐患",
            "道路破损",
            "秸秆焚烧",
        ]);
        out.push(Said {
            at: at(rng.range(7 * 60, 20 * 60)),
            sender: name(*rng.pick(&members.iter().copied().chain([social]).collect::<Vec<_>>())),
            text: format!(
                "【上报】\n事项：{item}\n地点：{}\n情况：发现{item}，已拍照\n[图片]",
                rng.pick(PLACES)
            ),
        });
    }
    out
}

/// A patrol message, typed one of the ways people type it.
fn patrol_text(day: NaiveDate, start: i64, end: i64, rng: &mut Rng) -> String {
    let clock = |m: i64| format!("{}:{:02}", m / 60, m % 60);
    let date = match rng.below(3) {
        0 => "今天".to_string(),
        1 => format!("{}.{}", day.month(), day.day()),
        _ => format!("{}月{}日", day.month(), day.day()),
    };
    let found = rng.chance(0.12);
    let issues = if rng.chance(0.002) {
        "若干".to_string()
    } else if found {
        (*rng.pick(&["一处", "两处", "1"])).to_string()
    } else {
        "无".to_string()
    };
    let items = if found {
        (*rng.pick(&["垃圾乱堆乱放、消防隐患", "私搭乱建", "河道漂浮物、道路破损"])).to_string()
    } else {
        (*rng.pick(&["正常", "无异常"])).to_string()
    };
    match rng.below(4) {
        0 => format!(
            "[日巡查] 日期:{date}，时间:{}-{}，事项:{items}，问题:{issues}",
            clock(start),
            clock(end)
        ),
        1 => format!(
            "【日巡查】\n日期：{date}\n时间：{}-{}\n事项：{items}\n问题：{issues}",
            clock(start),
            clock(end)
        ),
        2 => format!(
            "【 日巡查 】\n日期：{date}\n事项：{items}\n问题：{issues}\n情况：已巡查\n[图片]"
        ),
        _ => format!("【日巡查】日期：{date} 事项：{items} 问题：{issues}"),
    }
}
