//! Chat exports as tables (CSV, or a sheet an export tool wrote): a heading row with the
//! time, the sender and the content, mapped through aliases like every other import and
//! extendable in `imports/rules.yaml` (`chat: {headings: {发言时间: time}}`).

use chrono::NaiveDateTime;

use crate::import::chat::Message;
use crate::import::mapping::normalise;
use crate::import::problem::Problem;
use crate::import::table::Raw;
use crate::import::values;

/// The columns of a chat export.
pub const FIELDS: &[&str] = &["time", "date", "sender", "wechat", "content"];

/// The headings each column is known by (normalised as [`normalise`] does).
fn aliases(field: &str) -> &'static [&'static str] {
    match field {
        "time" => &[
            "time",
            "datetime",
            "时间",
            "发送时间",
            "消息时间",
            "聊天时间",
            "日期时间",
        ],
        "date" => &["date", "日期"],
        "sender" => &[
            "sender",
            "from",
            "发送人",
            "发送者",
            "发言人",
            "昵称",
            "微信昵称",
            "群昵称",
            "用户",
            "发信人",
        ],
        "wechat" => &["wechat", "wxid", "微信号", "微信id"],
        "content" => &[
            "content",
            "message",
            "text",
            "内容",
            "消息内容",
            "消息",
            "聊天内容",
            "发言内容",
        ],
        _ => &[],
    }
}

/// A chat export's rows read into messages; rows whose time cannot be read, with the cell.
#[derive(Debug, Default)]
pub struct Export {
    /// The messages, in row order.
    pub messages: Vec<Message>,
    /// The column of the content (where a message's problems are shown).
    pub content_column: u32,
    /// Rows refused: row, column, why.
    pub refused: Vec<(u32, u32, Problem)>,
}

/// The field a heading names, by the rules' headings first.
fn field_of(heading: &str, extra: &[(String, &'static str)]) -> Option<&'static str> {
    let h = normalise(heading);
    extra
        .iter()
        .find(|(name, _)| *name == h)
        .map(|(_, f)| *f)
        .or_else(|| {
            FIELDS
                .iter()
                .copied()
                .find(|f| aliases(f).iter().any(|a| normalise(a) == h))
        })
}

/// Reads `rows` as a chat export when a heading row (in the first ten) names a sender, the
/// content and a time; `None` otherwise.
pub fn read(rows: &[Vec<Raw>], extra: &[(String, &'static str)], year: i32) -> Option<Export> {
    let (header, columns) = rows.iter().take(10).enumerate().find_map(|(r, row)| {
        let mut columns = [None::<u32>; 5];
        for (c, cell) in row.iter().enumerate() {
            if let Raw::Text(t) = cell
                && let Some(f) = field_of(t, extra)
                && let Some(i) = FIELDS.iter().position(|x| *x == f)
            {
                columns[i].get_or_insert(c as u32);
            }
        }
        let has = |f: &str| FIELDS.iter().position(|x| *x == f).and_then(|i| columns[i]);
        (has("time").is_some()
            && has("content").is_some()
            && (has("sender").is_some() || has("wechat").is_some()))
        .then_some((r, columns))
    })?;
    let [time, date, sender, wechat, content] = columns;
    let content = content?;
    let cell = |row: &[Raw], c: Option<u32>| {
        c.and_then(|c| row.get(c as usize))
            .cloned()
            .unwrap_or(Raw::Empty)
    };
    let mut export = Export {
        content_column: content,
        ..Export::default()
    };
    for (r, row) in rows.iter().enumerate().skip(header + 1) {
        if row.iter().all(|c| *c == Raw::Empty) {
            continue;
        }
        let r = r as u32;
        let at = moment(&cell(row, time), &cell(row, date), year);
        let at = match at {
            Ok(at) => at,
            Err(p) => {
                export.refused.push((r, time.unwrap_or(0), p));
                continue;
            }
        };
        export.messages.push(Message {
            row: r,
            at,
            timed: true,
            sender: values::text(&cell(row, sender)).unwrap_or_default(),
            wechat: values::text(&cell(row, wechat)).unwrap_or_default(),
            text: values::free_text(&cell(row, Some(content))).unwrap_or_default(),
            text_row: None,
        });
    }
    Some(export)
}

/// The moment of a row: a date-time in the time column, or a day in the date column and a
/// time of day in the time column.
fn moment(time: &Raw, date: &Raw, year: i32) -> Result<NaiveDateTime, Problem> {
    if *date != Raw::Empty
        && let Ok(clock) = values::clock(time)
    {
        return Ok(NaiveDateTime::new(values::date(date, year)?, clock));
    }
    values::stamp(time, year)
}
