//! Chat text as it leaves a clerk's PC or phone: each message begins with a header line naming
//! its sender and time, in one of the layouts WeChat and its export tools write, decided per
//! file; the lines under a header, up to the next, are the message.
//!
//! - `张三 2026/12/1 8:40` or `张三 2026-12-01 08:40:12` (sender, then date and time);
//! - `2026-12-01 08:40:12 张三` (date and time, then sender);
//! - under a date line `—— 2026年12月1日 ——`: `张三 08:40`, `08:40 张三`, or `张三：text`
//!   (no time: the message keeps only its day);
//! - a pattern of `imports/rules.yaml` (`[{date} {time}] {sender}:`).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::import::chat::Message;
use crate::import::values::fold_width;

/// A header pattern of `imports/rules.yaml`, split into literal text and the placeholders
/// between.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Literal(String),
    Sender,
    Date,
    Time,
}

impl Pattern {
    /// Compiles `[{date} {time}] {sender}:`; it must name `{sender}` and `{time}`, and two
    /// placeholders must have text between them.
    pub fn new(text: &str) -> Result<Pattern, String> {
        let mut parts = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(Part::Literal(rest[..open].to_string()));
            }
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| format!("`{text}`: a `{{` is never closed"))?;
            let part = match &rest[open + 1..open + close] {
                "sender" => Part::Sender,
                "date" => Part::Date,
                "time" => Part::Time,
                other => {
                    return Err(format!(
                        "`{text}`: `{{{other}}}` is not one of {{sender}}, {{date}}, {{time}}"
                    ));
                }
            };
            if parts.last().is_some_and(|p| !matches!(p, Part::Literal(_))) {
                return Err(format!("`{text}`: two placeholders need text between them"));
            }
            parts.push(part);
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Literal(rest.to_string()));
        }
        if !parts.contains(&Part::Sender) || !parts.contains(&Part::Time) {
            return Err(format!("`{text}`: a header names {{sender}} and {{time}}"));
        }
        Ok(Pattern { parts })
    }

    /// The sender, day and time of a header line, or `None`.
    fn read(&self, line: &str, day: Option<NaiveDate>) -> Option<Header> {
        let (mut sender, mut date, mut time) = (None, day, None);
        let mut rest = line;
        for (i, part) in self.parts.iter().enumerate() {
            if let Part::Literal(l) = part {
                rest = rest.strip_prefix(l.as_str())?;
                continue;
            }
            let end = match self.parts.get(i + 1) {
                Some(Part::Literal(next)) => rest.find(next.as_str())?,
                _ => rest.len(),
            };
            let value = rest[..end].trim();
            match part {
                Part::Sender if !value.is_empty() => sender = Some(value.to_string()),
                Part::Date => date = Some(full_date(value)?),
                Part::Time => time = Some(clock(value)?),
                _ => return None,
            }
            rest = &rest[end..];
        }
        Some(Header {
            sender: sender?,
            at: Some(NaiveDateTime::new(date?, time?)),
            text: rest.trim().to_string(),
        })
    }
}

/// A header line read.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Header {
    sender: String,
    /// The moment; `None` for `张三：` under a date line (its day only).
    at: Option<NaiveDateTime>,
    /// Text on the header line itself (`张三：text`).
    text: String,
}

/// The layouts, in the order a tie is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    SenderFirst,
    TimeFirst,
    UnderDateLines,
    Custom(usize),
}

/// The messages of chat text, or `None` when the text is not chat in any layout known (it
/// may be CSV). Titles above the first message (`群聊的聊天记录`) are passed over.
pub fn messages(text: &str, patterns: &[Pattern]) -> Option<Vec<Message>> {
    let layout = detect(text, patterns)?;
    let mut out: Vec<Message> = Vec::new();
    let mut day: Option<NaiveDate> = None;
    for (n, line) in text.lines().enumerate() {
        if let Some(d) = date_line(line) {
            day = Some(d);
            continue;
        }
        if let Some(h) = header(line, layout, day, patterns) {
            let Some(on) = h.at.map(|a| a.date()).or(day) else {
                continue;
            };
            out.push(Message {
                row: n as u32,
                at: h.at.unwrap_or_else(|| on.and_time(NaiveTime::MIN)),
                timed: h.at.is_some(),
                sender: h.sender,
                wechat: String::new(),
                text_row: (!h.text.is_empty()).then_some(n as u32),
                text: h.text,
            });
        } else if let Some(m) = out.last_mut()
            && (m.text_row.is_some() || !line.trim().is_empty())
        {
            m.text_row.get_or_insert(n as u32);
            m.text.push('\n');
            m.text.push_str(line.trim_end());
        }
    }
    for m in &mut out {
        m.text = m.text.trim_matches(['\n', ' ']).to_string();
        m.text_row.get_or_insert(m.row);
    }
    Some(out)
}

/// The layout of most header lines; `None` when no line is a header, or when more than a few
/// lines come before the first one (then the text is something else).
fn detect(text: &str, patterns: &[Pattern]) -> Option<Layout> {
    let mut layouts = vec![
        Layout::SenderFirst,
        Layout::TimeFirst,
        Layout::UnderDateLines,
    ];
    layouts.extend((0..patterns.len()).map(Layout::Custom));
    let mut best: Option<(Layout, usize)> = None;
    for layout in layouts {
        let (mut day, mut count, mut before) = (None, 0usize, 0usize);
        for line in text.lines() {
            if let Some(d) = date_line(line) {
                day = Some(d);
                continue;
            }
            if header(line, layout, day, patterns).is_some() {
                count += 1;
            } else if count == 0 && !line.trim().is_empty() {
                before += 1;
                if before > MAX_TITLE_LINES {
                    break;
                }
            }
        }
        if count > 0 && before <= MAX_TITLE_LINES && best.is_none_or(|(_, c)| count > c) {
            best = Some((layout, count));
        }
    }
    best.map(|(layout, _)| layout)
}

/// Lines of title an export may put above its first message.
const MAX_TITLE_LINES: usize = 3;

fn header(
    line: &str,
    layout: Layout,
    day: Option<NaiveDate>,
    patterns: &[Pattern],
) -> Option<Header> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > MAX_HEADER_BYTES {
        return None;
    }
    let tokens: Vec<&str> = trimmed.split_whitespace().collect();
    let n = tokens.len();
    let timed = |sender: &[&str], d: NaiveDate, t: &str| {
        Some(Header {
            sender: sender.join(" "),
            at: Some(NaiveDateTime::new(d, clock(t)?)),
            text: String::new(),
        })
    };
    match layout {
        Layout::SenderFirst if n >= 3 => {
            timed(&tokens[..n - 2], full_date(tokens[n - 2])?, tokens[n - 1])
        }
        Layout::TimeFirst if n >= 3 => timed(&tokens[2..], full_date(tokens[0])?, tokens[1]),
        Layout::UnderDateLines => {
            let d = day?;
            if n >= 2 && clock(tokens[n - 1]).is_some() {
                timed(&tokens[..n - 1], d, tokens[n - 1])
            } else if n >= 2 && clock(tokens[0]).is_some() {
                timed(&tokens[1..], d, tokens[0])
            } else {
                colon_header(trimmed)
            }
        }
        Layout::Custom(i) => patterns[i].read(trimmed, day),
        _ => None,
    }
}

/// The longest header line read (a longer line is a message's text).
const MAX_HEADER_BYTES: usize = 200;

/// `张三：text`: a sender without spaces, not a field of a message template (`日期：`).
fn colon_header(line: &str) -> Option<Header> {
    let (sender, text) = line.split_once(['：', ':'])?;
    let sender = sender.trim();
    let plausible = !sender.is_empty()
        && sender.chars().count() <= 16
        && !sender.contains(char::is_whitespace)
        && !sender.starts_with(['【', '['])
        && !crate::import::chat::template::is_field_name(sender)
        && !sender.chars().all(|c| c.is_ascii_digit());
    plausible.then(|| Header {
        sender: sender.to_string(),
        at: None,
        text: text.trim().to_string(),
    })
}

/// `—— 2026年12月1日 ——`, `2026-12-01 星期二`: a line that only states a day.
fn date_line(line: &str) -> Option<NaiveDate> {
    let inner = line.trim().trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '—' | '-' | '─' | '=' | '~' | '－' | '―')
    });
    let head = inner.split_whitespace().next()?;
    let rest = inner[head.len()..].trim();
    let weekday = rest.is_empty()
        || (rest.chars().count() <= 3 && (rest.starts_with("星期") || rest.starts_with('周')));
    weekday.then(|| full_date(head)).flatten()
}

/// A day with its year: `2026/12/1`, `2026-12-01`, `2026.12.1`, `2026年12月1日`.
pub fn full_date(token: &str) -> Option<NaiveDate> {
    let folded = fold_width(token);
    let cleaned = folded.trim_end_matches('日');
    let mut parts = cleaned.split(['-', '/', '.', '年', '月']);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.is_empty() || d.is_empty() || m.len() > 2 {
        return None;
    }
    let num = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = i32::try_from(num(y)?).ok()?;
    crate::timefmt::YEARS
        .contains(&year)
        .then(|| NaiveDate::from_ymd_opt(year, num(m)?, num(d)?))
        .flatten()
}

/// A time of day as a header writes it: `8:40`, `08:40:12`, full-width colons too.
pub fn clock(token: &str) -> Option<NaiveTime> {
    if token.len() > 12 || !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    crate::timefmt::parse_clock(&token.replace('：', ":"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(u32, String, String, String)> {
        messages(text, &[])
            .unwrap()
            .into_iter()
            .map(|m| (m.row, m.sender, m.at.to_string(), m.text))
            .collect()
    }

    #[test]
    fn sender_first_keeps_multi_line_messages_whole() {
        let got = read(
            "群聊的聊天记录\n\n张三 2026/12/1 8:40\n【日巡查】\n事项：正常\n\n李 四 2026-12-01 08:41:12\n[图片]\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    2,
                    "张三".into(),
                    "2026-12-01 08:40:00".into(),
                    "【日巡查】\n事项：正常".into()
                ),
                (
                    6,
                    "李 四".into(),
                    "2026-12-01 08:41:12".into(),
                    "[图片]".into()
                ),
            ]
        );
    }

    #[test]
    fn time_first_and_date_lines() {
        assert_eq!(
            read("2026-12-01 08:40:12 张三\n早\n")[0].1,
            "张三".to_string()
        );
        let got = read("—— 2026年12月1日 ——\n张三：早上好\n日期：12月1日\n李四 08:40\n收到\n");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].3, "早上好\n日期：12月1日");
        assert_eq!(got[1].2, "2026-12-01 08:40:00");
    }

    #[test]
    fn text_that_is_no_chat_is_not_read_as_chat() {
        assert!(messages("date,grid,member\n2026-11-01,W1-V01,P0044\n", &[]).is_none());
        assert!(messages("a\nb\nc\nd\n张三 2026/12/1 8:40\n", &[]).is_none());
    }

    #[test]
    fn a_pattern_reads_other_layouts() {
        let p = Pattern::new("[{date} {time}] {sender}:").unwrap();
        let got = messages("[2026-12-01 08:40] 张三: 早\n", &[p]).unwrap();
        assert_eq!(got[0].sender, "张三");
        assert!(Pattern::new("{sender}{time}").is_err());
        assert!(Pattern::new("{who} {time}").is_err());
    }

    proptest::proptest! {
        /// Any mix of header-like lines, template fields and noise: read or passed over,
        /// never a panic; every message's text lies within the input.
        #[test]
        fn any_text_reads_or_is_passed_over(lines in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("张三 2026/12/1 8:40".to_string()),
                proptest::strategy::Just("2026-12-01 08:40:12 李四".to_string()),
                proptest::strategy::Just("—— 2026年12月1日 ——".to_string()),
                proptest::strategy::Just("王五：【上报】事项：".to_string()),
                proptest::strategy::Just("【日巡查】日期:今天，问题：两处".to_string()),
                "\\PC{0,12}",
            ],
            0..30,
        )) {
            let text = lines.join("\n");
            let pattern = Pattern::new("[{date} {time}] {sender}:").unwrap();
            for m in messages(&text, &[pattern]).unwrap_or_default() {
                for line in m.text.lines() {
                    proptest::prop_assert!(text.contains(line.trim()));
                }
                if let Some(filled) = crate::import::chat::template::read(&m.text) {
                    for (_, value, _) in &filled.fields {
                        let _ = crate::import::chat::template::count(value);
                        let _ = crate::import::chat::template::day(value, m.at.date());
                    }
                }
            }
        }
    }
}
