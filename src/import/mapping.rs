//! Headings to fields: the Chinese and English names villages give their columns, finding the
//! heading row under title rows (one or two rows of headings), and deciding the kind of
//! records from them.

use crate::format::{
    ApprovalRow, Column, InspectionRow, MeetingRow, PatrolRow, RosterRow, Shape, SweepRow,
};
use crate::import::table::Raw;
use rustc_hash::FxHashMap;

/// The kinds of records a file can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Daily patrols.
    Patrol,
    /// 1st/15th sweeps.
    Sweep,
    /// Meetings.
    Meeting,
    /// Quarterly joint inspections.
    Inspection,
    /// Roster rows.
    Roster,
    /// Approvals.
    Approval,
    /// 12345 work orders (new cases, or new reports on the case of an earlier work order).
    WorkOrder,
}

impl Kind {
    /// The kind given, else every kind (what a sheet or a rule may hold).
    pub fn given_or_all(kind: Option<Kind>) -> Vec<Kind> {
        kind.map_or_else(|| Kind::ALL.to_vec(), |k| vec![k])
    }

    /// Every kind.
    pub const ALL: [Kind; 7] = [
        Kind::Patrol,
        Kind::Sweep,
        Kind::Meeting,
        Kind::Inspection,
        Kind::Roster,
        Kind::Approval,
        Kind::WorkOrder,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Patrol => "patrol",
            Kind::Sweep => "sweep",
            Kind::Meeting => "meeting",
            Kind::Inspection => "inspection",
            Kind::Roster => "roster",
            Kind::Approval => "approval",
            Kind::WorkOrder => "work-order",
        }
    }

    /// The position of `field` among the kind's columns.
    pub fn column(self, field: &str) -> Option<usize> {
        self.columns().iter().position(|c| *c == field)
    }

    /// The columns of the kind's CSV file.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Patrol => PatrolRow::COLUMNS,
            Kind::Sweep => SweepRow::COLUMNS,
            Kind::Meeting => MeetingRow::COLUMNS,
            Kind::Inspection => InspectionRow::COLUMNS,
            Kind::Roster => RosterRow::COLUMNS,
            Kind::Approval => ApprovalRow::COLUMNS,
            Kind::WorkOrder => crate::import::workorder::COLUMNS,
        }
    }

    /// What each column of the kind's CSV file holds ([`crate::format`]); none for work
    /// orders, which become case files.
    fn spec(self) -> Option<&'static [Column]> {
        Some(match self {
            Kind::Patrol => PatrolRow::SPEC,
            Kind::Sweep => SweepRow::SPEC,
            Kind::Meeting => MeetingRow::SPEC,
            Kind::Inspection => InspectionRow::SPEC,
            Kind::Roster => RosterRow::SPEC,
            Kind::Approval => ApprovalRow::SPEC,
            Kind::WorkOrder => return None,
        })
    }

    /// Whether `field` holds free text (notes, decisions, a title …): kept as typed, full-width
    /// punctuation and all, where codes and dates are folded to ASCII.
    pub fn is_free_text(self, field: &str) -> bool {
        match self.spec() {
            Some(spec) => spec
                .iter()
                .any(|c| c.name == field && c.shape == Shape::Text),
            None => crate::import::workorder::FREE_TEXT.contains(&field),
        }
    }

    /// The closed vocabulary of `field`, when it has one: its values, and the Chinese names
    /// they are also written as.
    pub fn vocabulary(self, field: &str) -> Option<&'static Column> {
        self.spec()?
            .iter()
            .find(|c| c.name == field && matches!(c.shape, Shape::Choice(_)))
    }

    /// The columns a file of this kind must have (others can be given by options).
    pub fn required(self) -> &'static [&'static str] {
        match self {
            Kind::Patrol => &["date", "member"],
            Kind::Sweep => &["date", "organizer"],
            Kind::Meeting => &["date", "chair"],
            Kind::Inspection => &["date", "work_area", "lead"],
            Kind::Roster => &["person", "name", "role"],
            Kind::Approval => &["id", "item", "village", "approved_at"],
            Kind::WorkOrder => &["ref", "reported_at", "item"],
        }
    }
}

/// Headings (normalised) that name a field, for every kind.
pub fn aliases(field: &str) -> &'static [&'static str] {
    match field {
        "date" => &[
            "日期",
            "巡查日期",
            "排查日期",
            "会议日期",
            "联查日期",
            "时间",
        ],
        "grid" => &[
            "网格",
            "村",
            "村名",
            "村庄",
            "所属网格",
            "村级网格",
            "所在村",
            "自然村",
            "所属村",
            "属地",
        ],
        "member" => &[
            "网格员",
            "巡查人",
            "巡查员",
            "巡查人员",
            "姓名",
            "基础网格员",
        ],
        "start" => &["开始时间", "开始", "巡查开始时间", "起始时间"],
        "end" => &["结束时间", "结束", "巡查结束时间"],
        "items" => &["巡查事项", "巡查内容", "检查事项", "事项"],
        "issues" => &["发现问题数", "问题数", "发现问题", "问题数量"],
        "cases" => &["案件", "案件编号", "案件号"],
        "notes" => &["备注", "情况说明", "说明"],
        "signed_by" => &["签字人", "网格长签字", "审核人", "签字", "签字网格长"],
        "signed_at" => &["签字时间", "审核时间"],
        "reported_by" => &["报送人", "信息员", "社会治理网格员", "上报人"],
        "reported_at" => &["报送时间", "上报时间", "来电时间", "受理时间", "派单时间"],
        "channel" => &["报送方式", "渠道", "上报方式"],
        "organizer" => &["组织人", "组织者", "网格长"],
        "participants" => &["参加人员", "参加人", "参会人员", "参与人员"],
        "absent" => &[
            "缺席",
            "缺席人员",
            "缺勤",
            "缺席人员及原因",
            "缺席人员及事由",
            "缺席及原因",
            "请假人员",
        ],
        "kind" => &["会议类型", "类型", "会议类别"],
        "chair" => &["主持人", "主持"],
        "attendees" => &["参会人", "参会人员", "出席人员", "参会人员名单"],
        "decisions" => &["会议决定", "决定事项", "议定事项"],
        "work_area" => &["工作区", "所属工作区", "工作区网格"],
        "lead" => &["带队人", "带队领导", "牵头人"],
        "villages" => &["覆盖村", "检查村", "联查村"],
        "person" => &["编号", "人员编号", "工号"],
        "name" => &["姓名", "名字"],
        "phone" => &["电话", "手机", "手机号", "联系电话"],
        "role" => &["角色", "岗位类别"],
        // A roster row's title (职务), a work order's subject (诉求内容).
        "title" => &[
            "职务",
            "岗位",
            "诉求内容",
            "工单内容",
            "问题描述",
            "诉求标题",
            "标题",
        ],
        "from" => &["起始日期", "任职开始", "开始日期"],
        "to" => &["截止日期", "任职结束", "结束日期"],
        "wechat" => &["微信", "微信号"],
        "email" => &["邮箱", "电子邮件"],
        "id" => &["审批编号", "编号", "审批号"],
        "item" => &["审批事项", "事项编号", "事项", "事项编码", "问题分类"],
        "village" => &["村", "村名", "所在村", "村级网格"],
        "applicant" => &["申请人"],
        "approved_at" => &["审批日期", "批准日期"],
        "follow_up_by" => &["监管期限", "跟踪期限", "回访期限"],
        "supervised_by" => &["监管记录", "监管情况"],
        "ref" => &["工单编号", "工单号"],
        "parent" => &["关联工单编号", "原工单编号", "关联工单"],
        "location" => &["事发地址", "事发地点", "地址"],
        _ => &[],
    }
}

/// A heading as compared: no spaces, no `*` or `（必填）` marks, ASCII in lower case,
/// full-width characters folded.
pub fn normalise(heading: &str) -> String {
    let folded = crate::import::values::fold_width(heading);
    let mut text: String = folded
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '*')
        .collect();
    for mark in ["(必填)", "(选填)", "(可选)"] {
        text = text.replace(mark, "");
    }
    text.to_lowercase()
}

/// Headings (normalised) a rules file maps to columns, checked before the built-in names.
pub type Extra = [(String, &'static str)];

/// The field a heading names for `kind`.
pub fn field_of(kind: Kind, heading: &str, extra: &Extra) -> Option<&'static str> {
    field_of_normalised(kind, &normalise(heading), extra)
}

/// Every built-in alias, normalised once: the fields it names.
static ALIASES: std::sync::LazyLock<FxHashMap<String, Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        let mut table: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
        for kind in Kind::ALL {
            for field in kind.columns() {
                for alias in aliases(field) {
                    let names = table.entry(normalise(alias)).or_default();
                    if !names.contains(field) {
                        names.push(field);
                    }
                }
            }
        }
        table
    });

/// The field a heading already [`normalise`]d names for `kind`: a rules file's heading first,
/// then a column's own name, then the first of the kind's columns the heading is an alias of.
fn field_of_normalised(kind: Kind, h: &str, extra: &Extra) -> Option<&'static str> {
    if h.is_empty() {
        return None;
    }
    if let Some((_, field)) = extra
        .iter()
        .find(|(name, field)| *name == h && kind.columns().contains(field))
    {
        return Some(field);
    }
    kind.columns()
        .iter()
        .copied()
        .find(|f| *f == h)
        .or_else(|| {
            let named = ALIASES.get(h)?;
            kind.columns().iter().copied().find(|f| named.contains(f))
        })
}

/// How a sheet's headings map to a kind's fields.
#[derive(Clone, Debug)]
pub struct Mapping {
    /// The kind.
    pub kind: Kind,
    /// The 0-based row of the (last) heading row; data starts below it.
    pub header_row: usize,
    /// The field of each column.
    pub fields: Vec<Option<&'static str>>,
    /// The heading text of each column.
    pub headings: Vec<String>,
}

/// Words that begin a row under a table that is not data: totals, signature lines, notes.
const FOOTER_WORDS: &[&str] = &[
    "合计",
    "小计",
    "总计",
    "共计",
    "制表",
    "审核",
    "审批人",
    "签字",
    "签名",
    "签发",
    "填表",
    "填报人",
    "负责人",
    "说明",
    "注：",
    "注:",
    "备注：",
    "备注:",
];

/// The word that marks `row` as a totals, signature or notes row (its first filled cell
/// begins with it, spaces aside), if it is one.
pub fn footer_word(row: &[Raw]) -> Option<&'static str> {
    let first = row.iter().find(|c| **c != Raw::Empty)?;
    let Raw::Text(text) = first else {
        return None;
    };
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    FOOTER_WORDS
        .iter()
        .find(|w| squeezed.starts_with(**w))
        .copied()
}

fn text(cell: Option<&Raw>) -> String {
    match cell {
        Some(Raw::Text(t)) => t.trim().to_string(),
        Some(Raw::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Finds the heading row among the first rows (a title row above it, possibly merged, is
/// skipped; two heading rows are joined) and the kind with the most of its fields named.
pub fn find(rows: &[Vec<Raw>], kind: Option<Kind>, extra: &Extra) -> Option<Mapping> {
    scan(rows, kind, extra, true)
}

/// For a sheet [`find`] cannot map: the heading row that names the most columns of one kind
/// (the fullest row when none names any), and the required columns it lacks.
pub fn closest(
    rows: &[Vec<Raw>],
    kind: Option<Kind>,
    extra: &Extra,
) -> Option<(Mapping, Vec<&'static str>)> {
    let mapping = scan(rows, kind, extra, false)?;
    let missing = mapping
        .kind
        .required()
        .iter()
        .filter(|f| !mapping.fields.contains(&Some(**f)))
        .copied()
        .collect();
    Some((mapping, missing))
}

/// The best heading row of the first ten (or two rows read as one), of `kind` or any kind:
/// only mappings that have every required column when `complete`.
fn scan(rows: &[Vec<Raw>], kind: Option<Kind>, extra: &Extra, complete: bool) -> Option<Mapping> {
    let mut best: Option<(usize, Mapping)> = None;
    let kinds = Kind::given_or_all(kind);
    for r in 0..rows.len().min(10) {
        let width = rows[r].len().max(rows.get(r + 1).map_or(0, Vec::len));
        for two in [false, true] {
            let headings: Vec<String> = (0..width)
                .map(|c| {
                    let top = text(rows[r].get(c));
                    if !two {
                        return top;
                    }
                    let below = text(rows.get(r + 1).and_then(|row| row.get(c)));
                    if below.is_empty() { top } else { below }
                })
                .collect();
            let normalised: Vec<String> = headings.iter().map(|h| normalise(h)).collect();
            for k in &kinds {
                let fields: Vec<Option<&'static str>> = normalised
                    .iter()
                    .map(|h| field_of_normalised(*k, h, extra))
                    .collect();
                // A field named by two columns counts once: two heading rows that tell
                // `签字 | 签字` apart as `签字人 | 签字时间` name more.
                let named = fields
                    .iter()
                    .flatten()
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                let has_all = k.required().iter().all(|f| fields.contains(&Some(f)));
                let score = if complete {
                    named * 2 + usize::from(has_all) * 100
                } else {
                    // The row naming most columns; among rows naming none, the fullest.
                    named * 1000 + headings.iter().filter(|h| !h.is_empty()).count()
                };
                let wanted = !complete || has_all;
                if wanted && best.as_ref().is_none_or(|(s, _)| score > *s) {
                    let header_row = if two { r + 1 } else { r };
                    best = Some((
                        score,
                        Mapping {
                            kind: *k,
                            header_row,
                            fields,
                            headings: headings.clone(),
                        },
                    ));
                }
            }
        }
    }
    best.map(|(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<Raw> {
        cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    Raw::Empty
                } else {
                    Raw::Text(c.to_string())
                }
            })
            .collect()
    }

    #[test]
    fn the_heading_row_is_found_under_a_title() {
        let rows = vec![
            row(&["前店村网格员日巡查登记表", "", ""]),
            row(&["巡查日期", "网格员", "发现问题数"]),
            row(&["2026-11-20", "周子涵", "0"]),
        ];
        let m = find(&rows, None, &[]).unwrap();
        assert_eq!((m.kind, m.header_row), (Kind::Patrol, 1));
        assert_eq!(m.fields, vec![Some("date"), Some("member"), Some("issues")]);
    }

    #[test]
    fn two_heading_rows_are_joined() {
        let rows = vec![
            row(&["日期", "网格员", "签字", "签字"]),
            row(&["", "", "签字人", "签字时间"]),
            row(&["2026-11-20", "P0044", "P0042", "2026-11-20 18:00"]),
        ];
        let m = find(&rows, Some(Kind::Patrol), &[]).unwrap();
        assert_eq!(m.header_row, 1);
        assert_eq!(
            m.fields,
            vec![
                Some("date"),
                Some("member"),
                Some("signed_by"),
                Some("signed_at")
            ]
        );
    }

    #[test]
    fn every_heading_name_is_in_the_users_guide() {
        let guide = include_str!("../../docs/IMPORT.md");
        for kind in Kind::ALL {
            for column in kind.columns() {
                let names = aliases(column).join("、");
                let row = format!("| `{column}` | {names} |");
                assert!(
                    aliases(column).is_empty() || guide.contains(&row),
                    "docs/IMPORT.md lacks {row}"
                );
            }
        }
    }

    #[test]
    fn headings_are_normalised() {
        assert_eq!(normalise(" 巡查日期（必填）* "), "巡查日期");
        assert_eq!(field_of(Kind::Patrol, "Date", &[]), Some("date"));
    }
}
