//! The review workbook (`grid import CHAT --review FILE.xlsx`): one line per free message that
//! may report an incident — where it is, when, who, what was said, the item and village grid
//! proposes, and a 处理 drop-down (采纳 / 不采纳). The clerk corrects and decides; imported
//! back, each 采纳 line becomes a report as a `【上报】` message would. A hidden sheet
//! [`MARKER`] tells the import what the workbook is.

use chrono::NaiveDateTime;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, Formula, Workbook, XlsxError,
};

use crate::import::table::Raw;
use crate::model::Town;
use crate::output::xlsx::write_text;

/// The name of the hidden sheet that marks a review workbook.
pub const MARKER: &str = "grid-review-chat";

/// The columns, in order.
pub const COLUMNS: &[&str] = &[
    "消息位置",
    "时间",
    "发送人",
    "消息内容",
    "建议事项",
    "村",
    "地点",
    "渠道",
    "处理",
];

/// The column of each field.
pub mod col {
    /// Where the message is (`群聊.txt:14`).
    pub const PLACE: usize = 0;
    /// When it was sent.
    pub const TIME: usize = 1;
    /// Who sent it.
    pub const SENDER: usize = 2;
    /// What it said.
    pub const TEXT: usize = 3;
    /// The catalog item.
    pub const ITEM: usize = 4;
    /// The village.
    pub const VILLAGE: usize = 5;
    /// Where exactly.
    pub const LOCATION: usize = 6;
    /// 微信群 / 微信私聊.
    pub const CHANNEL: usize = 7;
    /// 采纳 / 不采纳.
    pub const DECISION: usize = 8;
}

/// The decision that makes a line a report.
pub const ADOPT: &str = "采纳";
/// The decision that sets a line aside.
pub const REJECT: &str = "不采纳";

/// One line to review.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// `群聊.txt:14`.
    pub place: String,
    /// When it was sent.
    pub at: NaiveDateTime,
    /// The sender, as the import resolved them (`周子涵`) or as the chat named them.
    pub sender: String,
    /// The message.
    pub text: String,
    /// The proposed item's name.
    pub item: String,
    /// The proposed village's name.
    pub village: String,
    /// 微信群 or 微信私聊.
    pub channel: String,
}

/// Writes the review workbook.
pub fn build(town: &Town, candidates: &[Candidate]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let wrap = Format::new().set_text_wrap();
    let lists = "名单";
    let items: Vec<&str> = town
        .catalog
        .ids
        .iter()
        .map(|i| town.catalog.item(i).name.as_str())
        .collect();
    let villages: Vec<&str> = town
        .grids
        .ids
        .iter()
        .map(|g| town.grids.get(g).name.as_str())
        .collect();
    let last = candidates.len() as u32 + SPARE_LINES;
    {
        let ws = wb.add_worksheet();
        ws.set_name("待审核消息")?;
        for (c, heading) in COLUMNS.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *heading, &bold)?;
            ws.set_column_width(c as u16, if c == col::TEXT { 50 } else { 14 })?;
        }
        ws.set_column_width(col::TIME as u16, 17)?;
        ws.set_freeze_panes(1, 0)?;
        for (i, cand) in candidates.iter().enumerate() {
            let r = i as u32 + 1;
            write_text(ws, r, col::PLACE as u16, &cand.place)?;
            let at =
                ExcelDateTime::parse_from_str(&cand.at.format("%Y-%m-%d %H:%M:%S").to_string())?;
            ws.write_datetime_with_format(r, col::TIME as u16, &at, &stamp)?;
            write_text(ws, r, col::SENDER as u16, &cand.sender)?;
            ws.write_string_with_format(r, col::TEXT as u16, &cand.text, &wrap)?;
            write_text(ws, r, col::ITEM as u16, &cand.item)?;
            write_text(ws, r, col::VILLAGE as u16, &cand.village)?;
            write_text(ws, r, col::CHANNEL as u16, &cand.channel)?;
        }
        let list = |column: &str, len: usize, style| {
            DataValidation::new()
                .allow_list_formula(Formula::new(format!(
                    "={lists}!${column}$2:${column}${}",
                    len.max(1) + 1
                )))
                .set_error_style(style)
        };
        let stop = || DataValidationErrorStyle::Stop;
        let c = |n: usize| n as u16;
        ws.add_data_validation(
            1,
            c(col::ITEM),
            last,
            c(col::ITEM),
            &list("A", items.len(), stop()),
        )?;
        ws.add_data_validation(
            1,
            c(col::VILLAGE),
            last,
            c(col::VILLAGE),
            &list("B", villages.len(), stop()),
        )?;
        ws.add_data_validation(
            1,
            c(col::DECISION),
            last,
            c(col::DECISION),
            &DataValidation::new()
                .allow_list_strings(&[ADOPT, REJECT])?
                .set_error_style(stop()),
        )?;
        ws.add_data_validation(
            1,
            c(col::CHANNEL),
            last,
            c(col::CHANNEL),
            &DataValidation::new()
                .allow_list_strings(&["微信群", "微信私聊"])?
                .set_error_style(stop()),
        )?;
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(lists)?;
        ws.write_string_with_format(0, 0, "事项", &bold)?;
        ws.write_string_with_format(0, 1, "村", &bold)?;
        for (r, item) in items.iter().enumerate() {
            write_text(ws, r as u32 + 1, 0, item)?;
        }
        for (r, village) in villages.iter().enumerate() {
            write_text(ws, r as u32 + 1, 1, village)?;
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name("说明")?;
        ws.set_column_width(0, 100)?;
        for (r, line) in HELP.iter().enumerate() {
            ws.write_string(r as u32, 0, *line)?;
        }
    }
    let marker = wb.add_worksheet();
    marker.set_name(MARKER)?;
    marker.write_string(0, 0, "grid review")?;
    marker.set_hidden(true);
    wb.save_to_buffer()
}

/// Lines below the candidates where a clerk may add a report the import did not propose.
const SPARE_LINES: u32 = 50;

const HELP: &[&str] = &[
    "微信消息审核表：说明",
    "1. 每行是一条可能在报告事件的群消息（提到了事项名称或关键词），未自动导入。",
    "2. 核对“建议事项”和“村”，必要时从下拉列表改选；可补写“地点”。",
    "3. 在“处理”列选择 采纳 或 不采纳；留空的行不导入。",
    "4. 填好后用 grid import 导入本表：采纳的行记为一次上报（时间为消息时间，上报人为发送人），",
    "   同村同事项的未结案件则记为该案件的又一次上报。同一行导入两次不会重复。",
];

/// Whether a book is a review workbook, by its hidden sheets.
pub fn is_review(hidden: &[String]) -> bool {
    hidden.iter().any(|h| h == MARKER)
}

/// The cell of `column` in a data row: empty beyond the row's end.
pub fn cell(row: &[Raw], column: usize) -> &Raw {
    row.get(column).unwrap_or(&Raw::Empty)
}
