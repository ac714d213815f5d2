//! `grid import CHAT`: the messages of a WeChat chat as records. A message in a template
//! becomes a row (or a report of a case) with the message's time as its report time, passing
//! through the same conversion, merge and checks as a spreadsheet row; a free message that
//! names an item is listed for review; chit-chat is counted. A message already read from an
//! earlier file of the same import (overlapping exports) is read once.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use super::{Import, Row, count, refuse};
use crate::format::ReportEntry;
use crate::i18n::Lang;
use crate::import::chat::review::{self, Candidate};
use crate::import::chat::template::{self, Filled, Form};
use crate::import::chat::{ChatKind, Message};
use crate::import::mapping::Kind;
use crate::import::merge::Merged;
use crate::import::problem::Problem;
use crate::import::summary::{ChatCounts, FileSummary, Note};
use crate::import::table::{Raw, SheetRows, cell_ref};
use crate::import::validate::Origin;
use crate::import::values;
use crate::import::workorder::Incident;
use crate::model::choices::Role;
use crate::model::grid::{GridIx, GridKind};
use crate::problem;
use crate::timefmt::Stamp;

/// The problems of one message, at their places.
type Problems = Vec<(String, Problem)>;

/// A message's fields as cells for the conversion: field, value, row, column.
type Cells = Vec<(&'static str, Raw, u32, u32)>;

/// Where a chat's messages are, to place their problems.
pub(super) struct Chat<'m> {
    /// The file's position on the command line.
    pub source: usize,
    /// The sheet's position (0 for chat text).
    pub sheet: usize,
    /// The sheet's rows (the header lines of chat text).
    pub rows: &'m SheetRows,
    /// The messages.
    pub messages: &'m [Message],
    /// The column of the text (2 for chat text).
    pub column: u32,
    /// The file's name, for the review workbook.
    pub file_name: &'m str,
}

/// Chat text as rows: each message on the line of its header (time, sender, text), so that
/// a refused message is written to `.rejected.csv` and located like a row.
pub fn chat_rows(messages: &[Message]) -> SheetRows {
    let mut rows = vec![Vec::new(); messages.last().map_or(0, |m| m.row as usize + 1)];
    for m in messages {
        rows[m.row as usize] = vec![
            Raw::Time(m.at),
            Raw::Text(m.sender.clone()),
            Raw::Text(m.text.clone()),
        ];
    }
    SheetRows {
        name: String::new(),
        rows,
    }
}

impl Import<'_> {
    /// Reads the messages of one chat.
    pub(super) fn chat(&mut self, chat: &Chat, summary: &mut FileSummary) {
        let channel = self
            .args
            .chat
            .unwrap_or_else(|| ChatKind::of(chat.messages));
        let mut counts = summary.chat.unwrap_or_default();
        let columns = chat_columns(chat.column);
        for m in chat.messages {
            counts.messages += 1;
            if !self.seen.insert((m.sender.clone(), m.at, m.text.clone())) {
                counts.repeated += 1;
                continue;
            }
            let origin = Origin {
                source: chat.source,
                sheet: chat.sheet,
                row: m.row,
                columns: Arc::clone(&columns),
            };
            let placed = match template::read(&m.text) {
                Some(filled) => {
                    counts.templated += 1;
                    summary.counts.read += 1;
                    self.templated(m, &filled, channel, chat.column, origin)
                }
                None => {
                    self.free(m, chat, channel, &mut counts, summary);
                    continue;
                }
            };
            let at = Row {
                sheet: &chat.rows.name,
                index: chat.sheet,
                row: m.row,
                cells: &chat.rows.rows[m.row as usize],
                column: chat.column,
            };
            count(summary, &at, placed);
        }
        summary.chat = Some(counts);
    }

    /// A free message: a candidate for review when it names an item, else chit-chat.
    fn free(
        &mut self,
        m: &Message,
        chat: &Chat,
        channel: ChatKind,
        counts: &mut ChatCounts,
        summary: &mut FileSummary,
    ) {
        let town = self.resolve.town;
        let Some((item, word)) = self.spotter.spot(&m.text).map(|(i, w)| (i, w.to_string())) else {
            counts.chit_chat += 1;
            return;
        };
        counts.candidates += 1;
        let name = &town.catalog.item(item).name;
        let sender = self.sender(m).ok();
        let village = sender
            .as_deref()
            .and_then(|p| village_of(self, p, m.at.date()))
            .map_or("", |g| town.grids.get(g).name.as_str());
        summary.notes.push(Note {
            sheet: chat.rows.name.clone(),
            cell: Some(cell_ref(m.row, chat.column)),
            message: match self.lang() {
                Lang::Zh => format!(
                    "可能在报告“{name}”（“{word}”），未导入；用 --review 写出审核表，采纳后导入"
                ),
                Lang::En => format!(
                    "may report {name} (“{word}”): not imported; write a review workbook with --review, adopt and import it"
                ),
            },
        });
        self.candidates.push(Candidate {
            place: format!("{}:{}", chat.file_name, m.row + 1),
            at: m.at,
            sender: sender.map_or_else(
                || m.sender.clone(),
                |p| {
                    town.people
                        .ids
                        .get(&p)
                        .map_or(p.clone(), |ix| town.people.get(ix).name.clone())
                },
            ),
            text: m.text.clone(),
            item: name.clone(),
            village: village.to_string(),
            channel: match channel {
                ChatKind::Group => "微信群",
                ChatKind::Direct => "微信私聊",
            }
            .to_string(),
        });
    }

    /// The person who sent `m`: by the roster's WeChat id, then as a name (with the nickname
    /// habits `前店村-张三`, `张三(前店村)`); never guessed.
    fn sender(&mut self, m: &Message) -> Result<String, Problem> {
        let key = (m.wechat.clone(), m.sender.clone());
        if let Some(found) = self.senders.get(&key) {
            return found.clone();
        }
        let town = self.resolve.town;
        let by_wechat = [&m.wechat, &m.sender]
            .into_iter()
            .filter(|w| !w.is_empty())
            .find_map(|w| {
                town.people
                    .ids
                    .iter()
                    .find(|p| town.people.get(*p).wechat == *w)
            });
        let found = match by_wechat {
            Some(p) => Ok(town.people.id(p).to_string()),
            None => self.resolve.person(&values::fold_width(&m.sender), None),
        };
        self.senders.insert(key, found.clone());
        found
    }

    /// A templated message placed: a row merged into its file, or a report of a case.
    fn templated(
        &mut self,
        m: &Message,
        filled: &Filled,
        channel: ChatKind,
        column: u32,
        origin: Origin,
    ) -> Result<Merged, Problems> {
        let at_line = |line: u32| match m.text_row {
            Some(first) => cell_ref(first + line, column),
            None => cell_ref(m.row, column),
        };
        let header = cell_ref(m.row, column);
        let sender = self.sender(m).map_err(|p| vec![(header.clone(), p)])?;
        let kind = match filled.form {
            Form::Patrol => Kind::Patrol,
            Form::Sweep => Kind::Sweep,
            Form::Meeting => Kind::Meeting,
            Form::Report => return self.report(m, filled, channel, &sender, &at_line),
        };
        let cells = self.cells(kind, m, filled, channel, &sender, &at_line)?;
        let cell_of = |line: u32| match m.text_row {
            Some(first) => first + line,
            None => m.row,
        };
        let refs: Vec<_> = cells
            .iter()
            .map(|(f, raw, line, _)| (*f, raw, cell_of(*line), column))
            .collect();
        let converted = self.resolve.convert(kind, &refs)?;
        self.place(kind, converted, origin)
    }

    /// The cells of a patrol, sweep or meeting message, each on the line of the message it
    /// was written on (0 for what the message's header gives).
    fn cells(
        &self,
        kind: Kind,
        m: &Message,
        filled: &Filled,
        channel: ChatKind,
        sender: &str,
        at_line: &dyn Fn(u32) -> String,
    ) -> Result<Cells, Problems> {
        let mut cells: Cells = Vec::new();
        let mut problems = Vec::new();
        let text = |s: &str| Raw::Text(s.to_string());
        let day = match filled.get("date") {
            Some((_, value, line)) => match template::day(value, m.at.date()) {
                Some(d) => d,
                None => {
                    problems.push((at_line(*line), problem!(E0111, value)));
                    m.at.date()
                }
            },
            None => m.at.date(),
        };
        cells.push(("date", text(&day.to_string()), 0, 0));
        let normal = filled
            .get("items")
            .is_some_and(|(_, v, _)| template::is_all_normal(v))
            || filled.free.iter().any(|(t, _)| template::is_all_normal(t));
        for (field, value, line) in &filled.fields {
            match *field {
                "date" => {}
                "time" => match split_range(value) {
                    Some((start, end)) => {
                        cells.push(("start", text(start), *line, 0));
                        cells.push(("end", text(end), *line, 0));
                    }
                    None => problems.push((at_line(*line), problem!(E0112, value))),
                },
                "items" if template::is_all_normal(value) => {}
                "issues" => match template::count(value) {
                    Some(n) => cells.push(("issues", text(&n.to_string()), *line, 0)),
                    None => problems.push((at_line(*line), problem!(E0909, value))),
                },
                "notes" => {}
                field => cells.push((field, text(value), *line, 0)),
            }
        }
        let mut notes: Vec<&str> = filled
            .get("notes")
            .map(|(_, v, _)| v.as_str())
            .into_iter()
            .collect();
        notes.extend(
            filled
                .free
                .iter()
                .filter(|(t, _)| !template::is_all_normal(t))
                .map(|(t, _)| t.as_str()),
        );
        if !notes.is_empty() {
            let line = filled.get("notes").map_or(0, |(_, _, l)| *l);
            cells.push(("notes", text(&notes.join("；")), line, 0));
        }
        if normal && filled.get("issues").is_none() && kind != Kind::Meeting {
            cells.push(("issues", text("0"), 0, 0));
        }
        let has = |cells: &Cells, f: &str| cells.iter().any(|(c, ..)| *c == f);
        let own = match kind {
            Kind::Patrol => "member",
            Kind::Sweep => "organizer",
            _ => "chair",
        };
        if !has(&cells, own) {
            cells.push((own, text(sender), 0, 0));
        }
        if !has(&cells, "grid")
            && let Some(g) = village_of(self, sender, day)
        {
            let id = self.resolve.town.grids.id(g).to_string();
            cells.push(("grid", text(&id), 0, 0));
        }
        if kind != Kind::Sweep && m.timed {
            cells.push(("reported_at", Raw::Time(m.at), 0, 0));
            let social = self.holds_role(sender, Role::SocialMember, day);
            if social {
                cells.push(("reported_by", text(sender), 0, 0));
            }
        }
        if kind == Kind::Patrol {
            let value = channel.channel().as_str();
            cells.push(("channel", text(value), 0, 0));
        }
        if problems.is_empty() {
            Ok(cells)
        } else {
            Err(problems)
        }
    }

    /// A `【上报】` message: another report of the open case of its item and village, or a
    /// new case; reported at the message's time, by its sender.
    fn report(
        &mut self,
        m: &Message,
        filled: &Filled,
        channel: ChatKind,
        sender: &str,
        at_line: &dyn Fn(u32) -> String,
    ) -> Result<Merged, Problems> {
        let header = at_line(0);
        if !m.timed {
            return Err(vec![(header, problem!(E0910))]);
        }
        if m.at.date() > self.today {
            return Err(vec![(header, problem!(E0905, m.at.date(), self.today))]);
        }
        if m.at.date() > self.today {
            return Err(vec![(header, problem!(E0905, m.at.date(), self.today))]);
        }
        let town = self.resolve.town;
        let item = match filled.get("item") {
            Some((_, value, line)) => self
                .resolve
                .item(&values::fold_width(value))
                .map_err(|p| vec![(at_line(*line), p)])?,
            None => match self.spotter.spot(&m.text) {
                Some((ix, _)) => town.catalog.ids.name(ix).to_string(),
                None => {
                    let excerpt: String = m.text.chars().take(30).collect();
                    return Err(vec![(header, problem!(E0911, excerpt))]);
                }
            },
        };
        let grid = match filled.get("grid") {
            Some((_, value, line)) => self
                .resolve
                .grid(values::fold_width(value).trim())
                .map(|g| town.grids.id(g).to_string())
                .map_err(|p| vec![(at_line(*line), p)])?,
            None => village_of(self, sender, m.at.date())
                .map_or_else(String::new, |g| town.grids.id(g).to_string()),
        };
        let discovered_at = match filled.get("discovered_at") {
            Some((_, value, line)) => moment(value, m.at.date())
                .ok_or_else(|| vec![(at_line(*line), problem!(E0112, value))])?,
            None => m.at,
        };
        let described: Vec<&str> = filled
            .get("title")
            .map(|(_, v, _)| v.as_str())
            .into_iter()
            .chain(filled.free.iter().map(|(t, _)| t.as_str()))
            .collect();
        let title = if described.is_empty() {
            let ix = town.catalog.ids.get(&item);
            let name = ix.map_or(item.as_str(), |i| town.catalog.item(i).name.as_str());
            format!("{name}（微信上报）")
        } else {
            described.join("；").chars().take(60).collect()
        };
        let incident = Incident {
            item,
            grid,
            location: filled.get("location").map(|(_, v, _)| v.clone()),
            title,
            discovered_at: discovered_at.min(m.at),
            report: ReportEntry {
                at: Stamp(m.at),
                by: sender.to_string(),
                channel: channel.channel(),
                reference: None,
            },
        };
        self.orders
            .incident(incident)
            .map(|(merged, _)| merged)
            .map_err(|p| vec![(header, p)])
    }

    /// Whether `person` holds `role` in some grid on `day`.
    fn holds_role(&self, person: &str, role: Role, day: NaiveDate) -> bool {
        let town = self.resolve.town;
        town.people.ids.get(person).is_some_and(|p| {
            town.roster
                .assignments
                .iter()
                .any(|a| a.person == p && a.role == role && a.active_on(day))
        })
    }

    /// The lines of a review workbook: each adopted line a report, as a `【上报】` message.
    pub(super) fn reviewed(&mut self, sheet: &SheetRows, summary: &mut FileSummary) {
        summary.chat.get_or_insert_with(ChatCounts::default);
        for (r, row) in sheet.rows.iter().enumerate().skip(1) {
            if row.iter().all(|c| *c == Raw::Empty) {
                continue;
            }
            let r = r as u32;
            summary.counts.read += 1;
            let decision =
                values::text(review::cell(row, review::col::DECISION)).unwrap_or_default();
            if decision != review::ADOPT {
                if decision.is_empty() || decision == review::REJECT {
                    summary.counts.skipped += 1;
                } else {
                    let at = cell_ref(r, review::col::DECISION as u32);
                    refuse(
                        summary,
                        &sheet.name,
                        0,
                        r,
                        row,
                        vec![(at, problem!(E0912, decision))],
                    );
                }
                continue;
            }
            match self.adopt(row, r) {
                Ok(Merged::Added) => summary.counts.added += 1,
                Ok(_) => summary.counts.skipped += 1,
                Err(problems) => refuse(summary, &sheet.name, 0, r, row, problems),
            }
        }
    }

    /// One adopted line of the review workbook as a report.
    fn adopt(&mut self, row: &[Raw], r: u32) -> Result<Merged, Problems> {
        let at_col = |c: usize| cell_ref(r, c as u32);
        let cell = |c: usize| review::cell(row, c);
        let at = values::stamp(cell(review::col::TIME), self.resolve.year)
            .map_err(|p| vec![(at_col(review::col::TIME), p)])?;
        let text = |c: usize| values::text(cell(c)).unwrap_or_default();
        let sender = self
            .resolve
            .person(&text(review::col::SENDER), None)
            .map_err(|p| vec![(at_col(review::col::SENDER), p)])?;
        let item = self
            .resolve
            .item(&text(review::col::ITEM))
            .map_err(|p| vec![(at_col(review::col::ITEM), p)])?;
        let town = self.resolve.town;
        let grid = match text(review::col::VILLAGE) {
            v if v.is_empty() => String::new(),
            v => self
                .resolve
                .grid(&v)
                .map(|g| town.grids.id(g).to_string())
                .map_err(|p| vec![(at_col(review::col::VILLAGE), p)])?,
        };
        let channel = if text(review::col::CHANNEL) == "微信私聊" {
            ChatKind::Direct
        } else {
            ChatKind::Group
        };
        let message = values::free_text(cell(review::col::TEXT)).unwrap_or_default();
        let incident = Incident {
            item,
            grid,
            location: Some(text(review::col::LOCATION)).filter(|l| !l.is_empty()),
            title: message.chars().take(60).collect(),
            discovered_at: at,
            report: ReportEntry {
                at: Stamp(at),
                by: sender,
                channel: channel.channel(),
                reference: None,
            },
        };
        self.orders
            .incident(incident)
            .map(|(merged, _)| merged)
            .map_err(|p| vec![(at_col(review::col::TEXT), p)])
    }
}

/// Every field of a chat's messages is shown at the column of their text.
fn chat_columns(column: u32) -> Arc<[(&'static str, u32)]> {
    Kind::ALL
        .iter()
        .flat_map(|k| k.columns().iter())
        .map(|f| (*f, column))
        .collect()
}

/// The one village `person` serves in on `day`.
fn village_of(import: &Import, person: &str, day: NaiveDate) -> Option<GridIx> {
    let town = import.resolve.town;
    let p = town.people.ids.get(person)?;
    let mut villages = town
        .roster
        .assignments
        .iter()
        .filter(|a| {
            a.person == p && a.active_on(day) && town.grids.get(a.grid).kind == GridKind::Village
        })
        .map(|a| a.grid);
    let first = villages.next()?;
    villages.all(|g| g == first).then_some(first)
}

/// `8:30-10:30`, `8:30至10:30`: the start and the end.
fn split_range(text: &str) -> Option<(&str, &str)> {
    let (start, end) = text.split_once(['-', '－', '~', '～', '至', '到', '—'])?;
    let (start, end) = (start.trim(), end.trim());
    (!start.is_empty() && !end.is_empty()).then_some((start, end))
}

/// `今天8:10`, `8:10`, `12月1日 8:10`, `2026-12-01 08:10` in a message sent on `sent`.
fn moment(text: &str, sent: NaiveDate) -> Option<NaiveDateTime> {
    let t = values::fold_width(text);
    let t = t.trim();
    if let Ok(clock) = values::clock(&Raw::Text(t.to_string())) {
        return Some(sent.and_time(clock));
    }
    let cut = t
        .char_indices()
        .filter(|(_, c)| matches!(c, ' ' | '天' | '日' | '号'))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()?;
    let day = template::day(&t[..cut], sent)?;
    let clock = values::clock(&Raw::Text(t[cut..].trim().to_string())).ok()?;
    Some(day.and_time(clock))
}
