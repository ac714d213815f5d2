//! The town's message templates, read as people type them: `【日巡查】`, `【上报】`, `【排查】`,
//! `【会议】` in full- or half-width brackets, fields as `名称：值` on their own lines or after
//! `；`, `，` or a space, full-width colons, dates as `12月1日`, `12.1`, `今天`, counts as `两处`.

use chrono::{Datelike, NaiveDate};

use crate::import::rows::without_spaces;
use crate::import::values::fold_width;

/// What a templated message records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `【日巡查】`: a patrol row.
    Patrol,
    /// `【上报】`: a case, or another report of an open one.
    Report,
    /// `【排查】`: a sweep row.
    Sweep,
    /// `【会议】`: a meeting row.
    Meeting,
}

impl Form {
    /// Every form, in the order `grid template wechat` prints them.
    pub const ALL: [Form; 4] = [Form::Patrol, Form::Report, Form::Sweep, Form::Meeting];

    /// The tag that opens the message (`日巡查`).
    pub fn tag(self) -> &'static str {
        self.tags()[0]
    }

    fn tags(self) -> &'static [&'static str] {
        match self {
            Form::Patrol => &["日巡查", "巡查", "每日巡查"],
            Form::Report => &["上报", "事件上报", "问题上报"],
            Form::Sweep => &["排查", "集中排查"],
            Form::Meeting => &["会议", "半月会议", "例会"],
        }
    }

    /// The fields of the form: the field it fills and the names people give it, the first
    /// being the one the template prints.
    pub fn fields(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Form::Patrol => &[
                ("date", &["日期", "巡查日期"]),
                ("grid", &["村", "网格", "村庄", "所在村"]),
                ("member", &["巡查人", "网格员", "巡查员", "姓名"]),
                ("time", &["时间", "巡查时间", "时段"]),
                ("items", &["事项", "巡查事项", "检查事项", "巡查内容"]),
                ("issues", &["问题", "发现问题", "问题数"]),
                ("notes", &["情况", "备注", "说明", "处理情况"]),
            ],
            Form::Report => &[
                ("item", &["事项", "类别", "问题类别", "问题类型"]),
                ("grid", &["村", "网格", "村庄", "所在村"]),
                ("location", &["地点", "位置", "地址"]),
                ("discovered_at", &["时间", "发现时间"]),
                ("title", &["情况", "描述", "内容", "问题描述"]),
            ],
            Form::Sweep => &[
                ("date", &["日期", "排查日期"]),
                ("grid", &["村", "网格", "村庄", "所在村"]),
                ("organizer", &["组织人", "组织", "负责人"]),
                (
                    "participants",
                    &["参加", "参加人员", "参与人员", "到场人员"],
                ),
                ("absent", &["缺席", "缺勤", "请假", "缺席人员"]),
                ("issues", &["问题", "发现问题", "问题数"]),
                ("notes", &["情况", "备注", "说明"]),
            ],
            Form::Meeting => &[
                ("date", &["日期", "会议日期"]),
                ("kind", &["类型", "会议类型"]),
                ("grid", &["村", "网格", "村庄", "所在村"]),
                ("chair", &["主持", "主持人"]),
                ("attendees", &["参会", "参会人员", "参加人员", "参加"]),
                ("decisions", &["议定", "决定", "议定事项", "内容"]),
                ("signed_by", &["签字", "签字人"]),
                ("notes", &["情况", "备注", "说明"]),
            ],
        }
    }

    /// A filled example, as `grid template wechat` prints it.
    pub fn example(self) -> &'static str {
        match self {
            Form::Patrol => {
                "【日巡查】\n日期：12月1日\n村：前店村\n巡查人：周子涵\n时间：8:30-10:30\n事项：垃圾乱堆乱放、消防隐患\n问题：一处\n情况：村东头垃圾堆已清理"
            }
            Form::Report => {
                "【上报】\n事项：私搭乱建\n村：前店村\n地点：三组河道北侧\n时间：今天8:10\n情况：河道旁有人搭建彩钢棚"
            }
            Form::Sweep => {
                "【排查】\n日期：12月1日\n村：前店村\n参加：周子涵、阎桂英\n缺席：杜丽（病假）\n问题：两处\n情况：排查出两处乱堆乱放"
            }
            Form::Meeting => {
                "【会议】\n日期：12月1日\n类型：半月会议\n村：前店村\n主持：王建国\n参会：周子涵、阎桂英\n议定：部署下半月巡查重点\n签字：王建国"
            }
        }
    }
}

/// A templated message read: the form and each field's text with the 0-based line of the
/// message it is on; `free` is what no field name introduced (`正常`, a description).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filled {
    /// The form.
    pub form: Form,
    /// `(field, text, line of the message)`.
    pub fields: Vec<(&'static str, String, u32)>,
    /// Text outside any field, with its line.
    pub free: Vec<(String, u32)>,
}

impl Filled {
    /// The text of `field`, when given.
    pub fn get(&self, field: &str) -> Option<&(&'static str, String, u32)> {
        self.fields.iter().find(|(f, ..)| *f == field)
    }
}

/// Whether `name` is a field name of some template (so `日期：` opens no message).
pub fn is_field_name(name: &str) -> bool {
    Form::ALL
        .iter()
        .flat_map(|f| f.fields())
        .any(|(_, names)| names.contains(&name))
}

/// The form a message opens with, and the rest of its text.
fn tagged(text: &str) -> Option<(Form, &str)> {
    let t = text.trim_start();
    let open = t
        .chars()
        .next()
        .filter(|c| matches!(c, '【' | '[' | '［'))?;
    let body = &t[open.len_utf8()..];
    let close = body.find(['】', ']', '］'])?;
    let tag = without_spaces(&body[..close]);
    let rest = &body[close..];
    let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    Form::ALL
        .into_iter()
        .find(|f| f.tags().contains(&tag.as_str()))
        .map(|f| (f, rest))
}

/// Reads a message in a template; `None` when it opens with no template's tag.
pub fn read(text: &str) -> Option<Filled> {
    let (form, body) = tagged(text)?;
    let mut filled = Filled {
        form,
        fields: Vec::new(),
        free: Vec::new(),
    };
    for (line, text) in body.lines().enumerate() {
        for piece in pieces(text, form) {
            let piece = piece.trim_matches(|c: char| c.is_whitespace() || "，,；;。".contains(c));
            if piece.is_empty() {
                continue;
            }
            match split_field(piece, form) {
                Some((field, value)) if filled.get(field).is_none() => {
                    filled.fields.push((field, value.to_string(), line as u32));
                }
                _ => filled.free.push((piece.to_string(), line as u32)),
            }
        }
    }
    Some(filled)
}

/// `名称：值` of `form`: the field and the value.
fn split_field(piece: &str, form: Form) -> Option<(&'static str, &str)> {
    let (name, value) = piece.split_once(['：', ':'])?;
    let name = without_spaces(name);
    form.fields()
        .iter()
        .find(|(_, names)| names.contains(&name.as_str()))
        .map(|(field, _)| (*field, value.trim()))
}

/// A line cut where a field name and colon begin after `；`, `，`, `;`, `,` or a space: the
/// one-line form `日期：12月1日，村：前店村 事项：正常`.
fn pieces(line: &str, form: Form) -> Vec<&str> {
    let mut cuts = vec![0];
    for (at, c) in line.char_indices() {
        if !matches!(c, '；' | ';' | '，' | ',' | ' ' | '\u{3000}' | '\t') {
            continue;
        }
        let next = at + c.len_utf8();
        if split_field(line[next..].trim_start(), form).is_some()
            && starts_with_field_name(line[next..].trim_start(), form)
        {
            cuts.push(next);
        }
    }
    cuts.push(line.len());
    cuts.windows(2).map(|w| &line[w[0]..w[1]]).collect()
}

fn starts_with_field_name(text: &str, form: Form) -> bool {
    form.fields().iter().any(|(_, names)| {
        names.iter().any(|n| {
            text.strip_prefix(n)
                .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
        })
    })
}

/// Whether a value says nothing was wrong: `正常`, `无异常`, `无`.
pub fn is_all_normal(text: &str) -> bool {
    let t = without_spaces(text);
    matches!(
        t.trim_end_matches(['。', '.', '!', '！']),
        "正常" | "无异常" | "一切正常" | "未发现异常" | "未发现问题" | "无问题" | "无"
    )
}

/// A count as typed: `2`, `两处`, `一个`, `十二起`, `无`.
pub fn count(text: &str) -> Option<u32> {
    let t = without_spaces(&fold_width(text));
    let t = t.trim_end_matches(['处', '个', '起', '件', '项', '条', '次']);
    if let Ok(n) = t.parse() {
        return Some(n);
    }
    if is_all_normal(t) || t == "没有" || t == "零" {
        return Some(0);
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or_else(|| (c == '两').then_some(2))
            .map(|d| d as u32)
    };
    let chars: Vec<char> = t.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', d] => Some(10 * digit(*t)? + digit(*d)?),
        _ => None,
    }
}

/// A day as typed in a message sent on `sent`: `12月1日`, `12.1`, `12-1`, `2026-12-01`,
/// `今天`, `昨天`, `前天`; a month later than the message's is last year's.
pub fn day(text: &str, sent: NaiveDate) -> Option<NaiveDate> {
    let t = without_spaces(&fold_width(text));
    let back = |days| sent.checked_sub_days(chrono::Days::new(days));
    match t.as_str() {
        "今天" | "今日" => return Some(sent),
        "昨天" | "昨日" => return back(1),
        "前天" => return back(2),
        _ => {}
    }
    if let Some(full) = crate::import::chat::headers::full_date(&t) {
        return Some(full);
    }
    let cleaned = t.trim_end_matches(['日', '号']);
    let (m, d) = cleaned.split_once(['月', '.', '-', '/'])?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    let year = if m > sent.month() {
        sent.year() - 1
    } else {
        sent.year()
    };
    NaiveDate::from_ymd_opt(year, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_on_lines_or_on_one_line() {
        let f = read("【日巡查】\n日期：12月1日\n事项：正常").unwrap();
        assert_eq!(f.form, Form::Patrol);
        assert_eq!(f.get("items").unwrap().1, "正常");
        assert_eq!(f.get("items").unwrap().2, 2);
        let f = read("［ 日巡查 ］日期:12.1，巡查人：周子涵 事项：正常；情况：村东头垃圾，已清理")
            .unwrap();
        assert_eq!(f.get("member").unwrap().1, "周子涵");
        assert_eq!(f.get("notes").unwrap().1, "村东头垃圾，已清理");
        assert_eq!(f.get("date").unwrap().1, "12.1");
        assert!(read("日巡查：正常").is_none());
        assert!(read("【通知】明天开会").is_none());
    }

    #[test]
    fn counts_and_days_as_people_type_them() {
        assert_eq!(count("两处"), Some(2));
        assert_eq!(count("十二起"), Some(12));
        assert_eq!(count("二十"), Some(20));
        assert_eq!(count("３"), Some(3));
        assert_eq!(count("无"), Some(0));
        assert_eq!(count("很多"), None);
        let sent = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
        assert_eq!(day("12月31日", sent), NaiveDate::from_ymd_opt(2025, 12, 31));
        assert_eq!(day("1.2", sent), Some(sent));
        assert_eq!(day("昨天", sent), NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(day("2026-01-02", sent), Some(sent));
        assert_eq!(day("下周", sent), None);
    }
}
