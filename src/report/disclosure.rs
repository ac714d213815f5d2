//! Public disclosure (公示): enforcement decisions and supervision results for posting, with
//! personal data masked and only the whitelisted columns — decision number, party, violation,
//! measures, authority, date. Never listed: decisions that are only a warning, cases involving
//! a minor or marked confidential, withdrawn items, items past `policy.disclosure.keep_days`.

use chrono::{Days, NaiveDate};

use crate::i18n::Lang;
use crate::mask::{self, Masker};
use crate::model::case::Case;
use crate::model::choices::{Action, Verdict};
use crate::report::book::{Book, Cell, Sheet, Value, Words};
use crate::report::common::Ctx;
use crate::rules::findings::{self, Kind};

/// Whether the measures are only a warning (not posted).
fn only_a_warning(measures: &str) -> bool {
    matches!(
        measures.trim(),
        "警告" | "口头警告" | "书面警告" | "批评教育"
    )
}

/// Whether a case may be posted at all, as of `today`.
pub fn postable(town: &crate::model::Town, case: &Case, today: NaiveDate) -> bool {
    let Some(d) = &case.disclosure else {
        return false;
    };
    let keep = Days::new(u64::from(town.policy.disclosure.keep_days.0));
    let fresh = d
        .published_at
        .is_none_or(|p| p.checked_add_days(keep).is_none_or(|until| until >= today));
    d.public
        && d.withdrawn_at.is_none()
        && fresh
        && !case.confidential
        && case.sensitive.as_deref() != Some("minor")
}

/// Builds the disclosure of decisions taken in `[from, to]`.
pub fn build(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Book {
    let town = ctx.town;
    let today = ctx.today();
    let masker = Masker::for_town(town);
    let authority = format!("{}{}", town.info.name, town.info.offices.enforcement_office);
    let mut decisions = Sheet::new(
        ctx.w("执法决定公示", "Enforcement decisions"),
        vec![
            ctx.w("决定书编号", "Decision no."),
            ctx.w("当事人", "Party"),
            ctx.w("违法事实", "Violation"),
            ctx.w("处理措施", "Measures"),
            ctx.w("执法主体", "Authority"),
            ctx.w("日期", "Date"),
        ],
    );
    for (_, case) in town.cases.iter() {
        if !postable(town, case, today) {
            continue;
        }
        for e in case.events.iter().filter(|e| e.action == Action::Decided) {
            let day = e.at.date();
            let measures = e.entry.measures.clone().unwrap_or_default();
            if day < from || day > to || only_a_warning(&measures) {
                continue;
            }
            let violation = case
                .item
                .map_or_else(String::new, |i| town.catalog.item(i).name.clone());
            decisions.rows.push(vec![
                Cell::new(masker.text(e.entry.decision_no.as_deref().unwrap_or(""))),
                masker
                    .party(e.entry.party.as_deref().unwrap_or(""))
                    .map_or_else(|| Cell::new(ctx.w("（不公开）", "(withheld)")), Cell::new),
                Cell::new(masker.text(&violation)),
                Cell::new(masker.text(&measures)),
                Cell::new(authority.as_str()),
                Cell::new(Value::Date(day)),
            ]);
        }
    }
    let mut results = Sheet::new(
        ctx.w("督查结果公示", "Supervision results"),
        vec![
            ctx.w("村级网格", "Village"),
            ctx.w("事项", "Item"),
            ctx.w("认定", "Finding"),
            ctx.w("网格长", "Head"),
            ctx.w("督考决定", "Decision"),
        ],
    );
    for f in findings::findings(town, Some((from, to)), ctx.now()) {
        let approved = matches!(
            f.decision,
            Some(Verdict::Approve | Verdict::Reduce | Verdict::Exempt)
        );
        let case = town.cases.get(f.case);
        if f.kind == Kind::Reward
            || !approved
            || case.is_none_or(|c| c.confidential || c.sensitive.as_deref() == Some("minor"))
        {
            continue;
        }
        let item = case
            .and_then(|c| c.item)
            .map_or_else(String::new, |i| town.catalog.item(i).name.clone());
        let head = f
            .person
            .map_or_else(String::new, |p| mask::name(&town.people.get(p).name));
        results.rows.push(vec![
            Cell::new(masker.text(&town.grids.get(f.grid).name)),
            Cell::new(masker.text(&item)),
            Cell::new(ctx.w(f.kind.zh(), f.kind.as_str())),
            Cell::new(head),
            f.decision
                .map_or_else(|| Cell::new(""), |d| Cell::new(ctx.w(d.zh(), d.as_str()))),
        ]);
    }
    Book {
        kind: "disclosure",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("执法决定与督查结果公示", " public disclosure")
        ),
        period: ctx.period(from, to),
        summary: [
            (ctx.w("执法决定", "Decisions"), decisions.rows.len().into()),
            (
                ctx.w("督查结果", "Supervision results"),
                results.rows.len().into(),
            ),
        ]
        .into_iter()
        .chain(notice(ctx))
        .collect(),
        sheets: vec![decisions, results],
        public: true,
    }
}

/// What a posted notice states: who posts it, when, until when objections are received and
/// at which phone (`policy.disclosure` of `town.yaml`).
fn notice(ctx: &Ctx) -> Vec<(Words, Value)> {
    let town = ctx.town;
    let policy = &town.policy.disclosure;
    let issuer = policy
        .issuer
        .clone()
        .unwrap_or_else(|| format!("{}{}", town.info.name, town.info.offices.enforcement_office));
    let posted = ctx.today();
    let days = policy.objection_days.0;
    let until = posted
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(posted);
    let phone = |lang: Lang| {
        policy
            .phone
            .as_deref()
            .map_or_else(String::new, |p| match lang {
                Lang::Zh => format!("，联系电话：{p}"),
                Lang::En => format!(", phone {p}"),
            })
    };
    vec![
        (ctx.w("发布单位", "Issued by"), issuer.clone().into()),
        (ctx.w("公示日期", "Posted"), Value::Date(posted)),
        (
            ctx.w("公示期", "Objections until"),
            ctx.phrase(|lang| match lang {
                Lang::Zh => format!("{posted} 至 {until}（{days} 日）"),
                Lang::En => format!("{posted} to {until} ({days} days)"),
            })
            .into(),
        ),
        (
            ctx.w("异议受理", "Objections"),
            ctx.phrase(|lang| match lang {
                Lang::Zh => format!(
                    "对公示内容有异议的，请于公示期内以书面或电话方式向{issuer}反映{}。",
                    phone(lang)
                ),
                Lang::En => format!(
                    "Objections to this notice are received by {issuer} until {until}{}.",
                    phone(lang)
                ),
            })
            .into(),
        ),
    ]
}

/// The disclosure as a printable HTML page (every value escaped).
pub fn html(book: &Book) -> String {
    let esc = crate::output::html::escape;
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{0}</title>\n<style>body{{font-family:'SimSun','Songti SC',serif;margin:2em}}table{{border-collapse:collapse;width:100%;margin-bottom:2em}}th,td{{border:1px solid #333;padding:4px 8px}}th{{background:#eee}}@page{{size:A4 landscape}}</style></head><body>\n<h1>{0}</h1>\n<p>{1}</p>\n",
        esc(&book.title),
        esc(&book.period.text)
    );
    for (label, value) in &book.summary {
        out.push_str(&format!(
            "<p><b>{}</b>：{}</p>\n",
            esc(&label.text),
            esc(&value.text())
        ));
    }
    for sheet in &book.sheets {
        out.push_str(&format!("<h2>{}</h2>\n<table><tr>", esc(&sheet.name.text)));
        for h in &sheet.headings {
            out.push_str(&format!("<th>{}</th>", esc(&h.text)));
        }
        out.push_str("</tr>\n");
        for row in &sheet.rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str(&format!("<td>{}</td>", esc(&cell.value.text())));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}
