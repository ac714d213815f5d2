//! The county workbooks (`grid county report monthly|assessment|inbox`): built like the town
//! ones — a cover with the cut-off and the signature block — from the same rows as
//! `grid county check` and `grid county inbox`.

use crate::county::inbox::{Answer, Item, Responsiveness};
use crate::county::standing::{Readable, Standing};
use crate::format::CountyWeights;
use crate::i18n::Lang;
use crate::report::book::{Book, Cell, Chart, ChartKind, Sheet, Value, Words};
use crate::rules::assessment::Ratio;

/// Which county workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Every town's standing, the ranking, the inbox and the departments.
    Monthly,
    /// The ranking of towns with its components.
    Assessment,
    /// The county departments' inbox and responsiveness.
    Inbox,
}

/// What the workbooks are built from.
pub struct Inputs<'a> {
    /// The county's name.
    pub county: &'a str,
    /// The period, as words.
    pub period: Words,
    /// The as-of moment, as words.
    pub moment: String,
    /// The towns' rows.
    pub towns: &'a [Standing],
    /// The inbox, each item with its department's name.
    pub inbox: &'a [(Item, String)],
    /// The departments' figures with their names.
    pub departments: &'a [(Responsiveness, String)],
    /// The ranking's weights.
    pub weights: &'a CountyWeights,
    /// The language of headings.
    pub lang: Lang,
}

impl Inputs<'_> {
    /// Chinese or English.
    fn t(&self, zh: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(zh, en)
    }

    /// A name, heading or word of the workbook, its id from the English.
    fn w(&self, zh: &'static str, en: &'static str) -> Words {
        Words::new(self.t(zh, en), en)
    }
}

/// A town's place in the ranking: its score out of 100 (the weighted mean of the rates it has
/// something to count for), `None` when it cannot be ranked (not read).
pub fn score(town: &Standing, weights: &CountyWeights) -> Option<f64> {
    if town.readable != Readable::Yes {
        return None;
    }
    let parts = [
        (weights.patrol_completion, town.patrols),
        (weights.case_on_time, town.cases),
        (weights.duties_on_time, town.duties),
    ];
    let (points, weight) = parts
        .iter()
        .filter_map(|(w, r)| r.value().map(|v| (f64::from(*w) * v, f64::from(*w))))
        .fold((0.0, 0.0), |(p, w), (a, b)| (p + a, w + b));
    (weight > 0.0).then(|| (points / weight * 10_000.0).round() / 100.0)
}

fn rate(r: Ratio) -> Cell {
    match r.value() {
        Some(v) => Cell::new(Value::Percent(v)),
        None => Cell::new("无数据"),
    }
}

/// The ranking sheet: towns by score, best first; towns not read at the bottom, unranked.
fn ranking(input: &Inputs) -> Sheet {
    let mut sheet = Sheet::new(
        input.w("各镇排名", "Ranking"),
        vec![
            input.w("名次", "Rank"),
            input.w("镇", "Town"),
            input.w("巡查完成率", "Patrol completion"),
            input.w("按时处置率", "Cases on time"),
            input.w("按时履职率", "Duties on time"),
            input.w("得分", "Score"),
        ],
    );
    let mut ranked: Vec<(&Standing, Option<f64>)> = input
        .towns
        .iter()
        .map(|s| (s, score(s, input.weights)))
        .collect();
    ranked.sort_by(|a, b| {
        b.1.unwrap_or(-1.0)
            .total_cmp(&a.1.unwrap_or(-1.0))
            .then_with(|| a.0.id.cmp(&b.0.id))
    });
    for (i, (town, points)) in ranked.iter().enumerate() {
        sheet.rows.push(vec![
            match points {
                Some(_) => Cell::new(i + 1),
                None => Cell::alarm(input.w("不排名", "unranked")),
            },
            Cell::new(format!("{} {}", town.id, town.name)),
            rate(town.patrols),
            rate(town.cases),
            rate(town.duties),
            match points {
                Some(p) => Cell::new(Value::Float(*p)),
                None => Cell::alarm(input.w("无法读取", "not read")),
            },
        ]);
    }
    sheet.charts.push(Chart {
        title: input.t("各镇得分", "Scores").to_string(),
        kind: ChartKind::Bar,
        categories: 1,
        values: 5,
    });
    sheet
}

/// One row per town, as `grid county check` gives it.
fn towns(input: &Inputs) -> Sheet {
    let mut sheet = Sheet::new(
        input.w("各镇汇总", "Towns"),
        vec![
            input.w("镇", "Town"),
            input.w("数据错误", "Errors"),
            input.w("逾期未办", "Overdue"),
            input.w("新增逾期", "New"),
            input.w("巡查完成率", "Patrol completion"),
            input.w("按时处置率", "Cases on time"),
            input.w("首报激励", "Rewards"),
            input.w("问责", "Accountability"),
            input.w("部门不符", "Departments not the county's"),
        ],
    );
    for s in input.towns {
        let count = |n: usize| if n > 0 { Cell::alarm(n) } else { Cell::new(n) };
        sheet.rows.push(vec![
            Cell::new(format!("{} {}", s.id, s.name)),
            match s.readable {
                Readable::Yes | Readable::Registers => count(s.errors),
                Readable::Missing => Cell::alarm(input.w("找不到仓库", "no repository")),
            },
            Cell::new(s.overdue),
            Cell::new(s.new),
            rate(s.patrols),
            rate(s.cases),
            Cell::new(s.rewards),
            Cell::new(s.accountability),
            count(s.departments.len()),
        ]);
    }
    sheet
}

/// The inbox: one row per escalation or whistle.
fn inbox(input: &Inputs) -> Sheet {
    let mut sheet = Sheet::new(
        input.w("县级待办", "Inbox"),
        vec![
            input.w("镇", "Town"),
            input.w("案件", "Case"),
            input.w("标题", "Title"),
            input.w("类型", "Kind"),
            input.w("部门", "Department"),
            input.w("发出时间", "Sent"),
            input.w("响应期限", "Due"),
            input.w("响应时间", "Answered"),
            input.w("状态", "Status"),
        ],
    );
    for (item, name) in input.inbox {
        let status = input.w(item.answer.zh(), item.answer.as_str());
        sheet.rows.push(vec![
            Cell::new(item.town.as_str()),
            Cell::new(item.case.as_str()),
            Cell::new(item.title.as_str()),
            Cell::new(input.w(item.kind.zh(), item.kind.as_str())),
            Cell::new(name.as_str()),
            Cell::new(Value::Time(item.sent)),
            Cell::new(Value::Time(item.due)),
            item.answered
                .map_or(Cell::new(""), |a| Cell::new(Value::Time(a))),
            match item.answer {
                Answer::Overdue | Answer::Late => Cell::alarm(status),
                Answer::OnTime | Answer::Open => Cell::new(status),
            },
        ]);
    }
    sheet
}

/// Each department's responsiveness.
fn departments(input: &Inputs) -> Sheet {
    let mut sheet = Sheet::new(
        input.w("部门响应", "Departments"),
        vec![
            input.w("部门", "Department"),
            input.w("按时响应", "On time"),
            input.w("超时响应", "Late"),
            input.w("待响应", "Open"),
            input.w("逾期未响应", "Overdue"),
            input.w("按时响应率", "On-time rate"),
        ],
    );
    for (r, name) in input.departments {
        let [on_time, late, open, overdue] = r.counts;
        let answered = on_time + late + overdue;
        sheet.rows.push(vec![
            Cell::new(name.as_str()),
            Cell::new(on_time),
            if late > 0 {
                Cell::alarm(late)
            } else {
                Cell::new(late)
            },
            Cell::new(open),
            if overdue > 0 {
                Cell::alarm(overdue)
            } else {
                Cell::new(overdue)
            },
            rate(Ratio {
                num: on_time as u64,
                den: answered as u64,
            }),
        ]);
    }
    sheet.charts.push(Chart {
        title: input
            .t("各部门按时响应率", "On-time response by department")
            .to_string(),
        kind: ChartKind::Bar,
        categories: 0,
        values: 5,
    });
    sheet
}

/// The workbook of `kind`.
pub fn build(kind: Kind, input: &Inputs) -> Book {
    let (report, title, sheets) = match kind {
        Kind::Monthly => (
            "county_monthly",
            input.t("网格化监管县级月报", " county grid supervision report"),
            vec![
                towns(input),
                ranking(input),
                inbox(input),
                departments(input),
            ],
        ),
        Kind::Assessment => (
            "county_assessment",
            input.t("各镇督考排名", " ranking of towns"),
            vec![ranking(input), towns(input)],
        ),
        Kind::Inbox => (
            "county_inbox",
            input.t("镇呼县应待办", " county inbox"),
            vec![inbox(input), departments(input)],
        ),
    };
    let count = |answer: Answer| {
        input
            .inbox
            .iter()
            .filter(|(i, _)| i.answer == answer)
            .count()
    };
    let errors: Vec<&str> = input
        .towns
        .iter()
        .filter(|s| s.errors > 0 || s.readable != Readable::Yes)
        .map(|s| s.id.as_str())
        .collect();
    Book {
        kind: report,
        title: format!("{}{title}", input.county),
        period: input.period.clone(),
        summary: vec![
            (input.w("镇", "Towns"), input.towns.len().into()),
            (
                input.w("数据有误的镇", "Towns with data errors"),
                if errors.is_empty() {
                    Value::Word(input.w("无", "none"))
                } else {
                    Value::Text(errors.join("、"))
                },
            ),
            (
                input.w("逾期未办", "Overdue"),
                input.towns.iter().map(|s| s.overdue).sum::<usize>().into(),
            ),
            (input.w("县级待办", "Inbox items"), input.inbox.len().into()),
            (
                input.w("逾期未响应", "Overdue answers"),
                count(Answer::Overdue).into(),
            ),
            (
                input.w("超时响应", "Late answers"),
                count(Answer::Late).into(),
            ),
            (input.w("截至", "As of"), Value::Text(input.moment.clone())),
        ],
        sheets,
        public: false,
    }
}
