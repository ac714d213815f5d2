//! `grid county`: fetch the towns, check every town, list what towns asked of the county.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::cli::{
    CountyArgs, CountyCheckArgs, CountyCommand, CountyDir, CountyFetchArgs, CountyInboxArgs,
    ListFormat,
};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, period};
use crate::context::Context;
use crate::county::fetch::{Fetched, fetch};
use crate::county::inbox::{self, Item, Responsiveness};
use crate::county::standing::{self, Judged, Readable, Standing};
use crate::county::{County, departments, is_remote, workers};
use crate::diagnostic::{self, Diagnostic};
use crate::error::Error;
use crate::output::columns::{Column, named, plain, rate, render};
use crate::output::diagnostics::{render_all_json, render_all_text};
use crate::output::summary::stream_end;
use crate::report::book::Words;
use crate::rules::assessment::Ratio;

/// Runs `grid county …`.
pub fn run(ctx: &Context, args: &CountyArgs) -> Result<Outcome, Error> {
    match &args.command {
        CountyCommand::Fetch(a) => run_fetch(ctx, a),
        CountyCommand::Check(a) => run_check(ctx, a),
        CountyCommand::Inbox(a) => run_inbox(ctx, a),
        CountyCommand::Export(a) => run_export(ctx, a),
        CountyCommand::Report(a) => run_report(ctx, a),
    }
}

/// The county at `--county` (or found from the current folder), with its own diagnostics;
/// a county.yaml that cannot be read stops the command after they are printed.
fn open(ctx: &Context, dir: &CountyDir) -> Result<(County, Vec<Diagnostic>), Error> {
    let start = dir
        .county
        .as_ref()
        .map_or_else(|| ctx.path(Path::new(".")), |d| ctx.path(d));
    let root = crate::county::find_root(&start)?;
    match crate::county::load(&root) {
        (Ok(county), diagnostics) => Ok((county, diagnostics)),
        (Err(sources), diagnostics) => {
            let text = render_all_text(&diagnostics, &sources, ctx.lang, ctx.term);
            Err(Error::Usage(text.trim_end().to_string()))
        }
    }
}

/// The towns of the county with the folder each is read from.
fn towns(county: &County) -> Vec<(crate::format::CountyTownEntry, PathBuf)> {
    county
        .file
        .towns
        .iter()
        .map(|t| (t.clone(), county.town_dir(t)))
        .collect()
}

fn run_fetch(ctx: &Context, args: &CountyFetchArgs) -> Result<Outcome, Error> {
    let (county, _) = open(ctx, &args.dir)?;
    let mut text = String::new();
    let mut failed = false;
    for (town, dir) in towns(&county) {
        let result = if is_remote(&town.repo) {
            fetch(&town.repo, &dir)
        } else {
            Fetched::Local
        };
        let said = match (&result, ctx.lang) {
            (Fetched::Cloned, crate::i18n::Lang::Zh) => "已克隆".to_string(),
            (Fetched::Cloned, _) => "cloned".to_string(),
            (Fetched::Updated, crate::i18n::Lang::Zh) => "已更新".to_string(),
            (Fetched::Updated, _) => "up to date".to_string(),
            (Fetched::Local, crate::i18n::Lang::Zh) => "本地目录，无需同步".to_string(),
            (Fetched::Local, _) => "a local folder, nothing to fetch".to_string(),
            (Fetched::Failed(why), lang) => {
                failed = true;
                format!("{}：{why}", lang.pick("无法同步", "could not fetch"))
            }
        };
        text.push_str(&format!("{} {}  {said}\n", town.id, town.name));
    }
    write_stdout(&text)?;
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// A share as JSON: null when nothing was counted.
fn share(r: Ratio) -> Value {
    r.value().map_or(Value::Null, |v| json!(v))
}

fn readable_words(name: &str) -> Option<&'static str> {
    match name {
        "ok" => Some("正常"),
        "registers_broken" => Some("基础文件有错误"),
        "missing" => Some("找不到仓库"),
        _ => None,
    }
}

fn kind_words(name: &str) -> Option<&'static str> {
    [inbox::Kind::Escalation, inbox::Kind::Whistle]
        .into_iter()
        .find(|k| k.as_str() == name)
        .map(inbox::Kind::zh)
}

fn answer_words(name: &str) -> Option<&'static str> {
    inbox::Answer::ALL
        .into_iter()
        .find(|a| a.as_str() == name)
        .map(inbox::Answer::zh)
}

/// The three columns of a ratio of a town's row: what went right, of how many, the rate.
macro_rules! ratio {
    ($field:ident: $num:literal $num_zh:literal $num_en:literal, $den:literal $den_zh:literal $den_en:literal, $rate:literal $rate_zh:literal $rate_en:literal) => {
        [
            plain($num, $num_zh, $num_en, |s: &Standing| json!(s.$field.num)),
            plain($den, $den_zh, $den_en, |s: &Standing| json!(s.$field.den)),
            rate($rate, $rate_zh, $rate_en, |s: &Standing| share(s.$field)),
        ]
    };
}

/// The columns of `grid county check`.
fn standing_columns() -> Vec<Column<Standing>> {
    let mut columns: Vec<Column<Standing>> = vec![
        plain("town", "镇", "Town", |s| json!(s.id)),
        plain("name", "名称", "Name", |s| json!(s.name)),
        named("readable", "读取", "Read", readable_words, |s| {
            json!(match s.readable {
                Readable::Yes => "ok",
                Readable::Registers => "registers_broken",
                Readable::Missing => "missing",
            })
        }),
        plain("errors", "数据错误", "Errors", |s| json!(s.errors)),
        plain("warnings", "警告", "Warnings", |s| json!(s.warnings)),
        plain("overdue", "逾期未办", "Overdue", |s| json!(s.overdue)),
        plain("new", "新增逾期", "New", |s| json!(s.new)),
        plain("due_soon", "预警", "Due soon", |s| json!(s.due_soon)),
    ];
    columns.extend(ratio!(patrols: "patrols_done" "巡查已报" "Patrols done",
        "patrols_owed" "巡查应报" "Patrols owed",
        "patrol_completion" "巡查完成率" "Patrol completion"));
    columns.extend(ratio!(cases: "cases_on_time" "按时处置" "Cases on time",
        "cases_due" "应处置" "Cases due",
        "case_on_time" "按时处置率" "Cases on time (rate)"));
    columns.extend(ratio!(duties: "duties_on_time" "按时履职" "Duties on time",
        "duties_due" "应履职" "Duties due",
        "duty_timeliness" "按时履职率" "Duties on time (rate)"));
    columns.extend::<[Column<Standing>; 3]>([
        plain("rewards", "首报激励", "Rewards", |s| json!(s.rewards)),
        plain("accountability", "问责", "Accountability", |s| {
            json!(s.accountability)
        }),
        plain(
            "department_mismatches",
            "部门不符",
            "Departments not the county's",
            |s| json!(s.departments.len()),
        ),
    ]);
    columns
}

/// Every town's row as of the judged moment, and the county's diagnostics (county.yaml and
/// the departments that are not the county's), sorted.
fn standings(
    county: &mut County,
    diagnostics: &mut Vec<Diagnostic>,
    judged: &Judged,
) -> Vec<Standing> {
    let list = towns(county);
    let departments = county.file.departments.clone();
    let rows: Vec<Standing> = workers::map(&list, |(town, dir)| {
        let mut row = standing::of_town(dir, town, &departments, judged);
        // The town's own diagnostics are counted; only the department ones are listed here.
        row.diagnostics.clear();
        row
    });
    for ((_, dir), row) in list.iter().zip(&rows) {
        departments::diagnostics(county, dir, &row.departments, diagnostics);
    }
    let sources = &county.sources;
    diagnostic::sort(diagnostics, |f| sources.path(f).to_string());
    rows
}

/// The moment and period of a county command.
fn judged(
    ctx: &Context,
    period_args: &crate::cli::PeriodArgs,
    as_of: Option<crate::cli::AsOf>,
) -> Result<Judged, Error> {
    let moment = ctx.as_of(as_of);
    let (from, to) =
        period(ctx, period_args)?.unwrap_or_else(|| crate::period::month_of(moment.date));
    Ok(Judged {
        as_of: moment,
        given: as_of.is_some(),
        from,
        to,
    })
}

fn run_check(ctx: &Context, args: &CountyCheckArgs) -> Result<Outcome, Error> {
    let (mut county, mut diagnostics) = open(ctx, &args.dir)?;
    let judged = judged(ctx, &args.period, args.as_of)?;
    let as_of = judged.as_of;
    let rows = standings(&mut county, &mut diagnostics, &judged);
    let sources = &county.sources;
    let columns = standing_columns();
    let mut text = String::new();
    match args.format {
        ListFormat::Json => {
            text.push_str(&render_all_json(&diagnostics, sources, ctx.lang));
            text.push_str(&crate::output::columns::json_lines("town", &columns, &rows));
            text.push_str(&stream_end("county check", rows.len(), as_of.now));
        }
        ListFormat::Csv => text = render("town", &columns, &rows, args.format, ctx.lang, ctx.term),
        ListFormat::Table => {
            text.push_str(&render_all_text(&diagnostics, sources, ctx.lang, ctx.term));
            text.push_str(&render(
                "town",
                &columns,
                &rows,
                args.format,
                ctx.lang,
                ctx.term,
            ));
            text.push_str(&headline(ctx, &rows));
        }
    }
    write_stdout(&text)?;
    let failed = diagnostic::error_count(&diagnostics) > 0
        || rows
            .iter()
            .any(|r| r.errors > 0 || r.readable != Readable::Yes);
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// The line under the table: how many towns, which have data errors, which could not be read.
fn headline(ctx: &Context, rows: &[Standing]) -> String {
    let named = |keep: &dyn Fn(&Standing) -> bool| -> Vec<String> {
        rows.iter()
            .filter(|r| keep(r))
            .map(|r| format!("{} {}", r.id, r.name))
            .collect()
    };
    let errors = named(&|r| r.errors > 0);
    let missing = named(&|r| r.readable == Readable::Missing);
    let mut line = match ctx.lang {
        crate::i18n::Lang::Zh => format!("共 {} 个镇", rows.len()),
        crate::i18n::Lang::En => format!("{} towns", rows.len()),
    };
    if !errors.is_empty() {
        line.push_str(&format!(
            "；{}：{}",
            ctx.lang.pick("有数据错误", "with data errors"),
            errors.join("、")
        ));
    }
    if !missing.is_empty() {
        line.push_str(&format!(
            "；{}：{}",
            ctx.lang.pick(
                "找不到仓库（先运行 grid county fetch）",
                "no repository (run grid county fetch)"
            ),
            missing.join("、")
        ));
    }
    line.push('\n');
    line
}

/// The columns of `grid county inbox`.
fn inbox_columns() -> Vec<Column<(Item, String)>> {
    vec![
        plain("town", "镇", "Town", |(i, _)| json!(i.town)),
        plain("case", "案件", "Case", |(i, _)| json!(i.case)),
        plain("title", "标题", "Title", |(i, _)| json!(i.title)),
        plain("grid", "网格", "Grid", |(i, _)| json!(i.grid)),
        named("kind", "类型", "Kind", kind_words, |(i, _)| {
            json!(i.kind.as_str())
        }),
        plain("department", "部门", "Department", |(i, _)| {
            json!(i.department)
        }),
        plain(
            "department_name",
            "部门名称",
            "Department name",
            |(_, name)| json!(name),
        ),
        plain("sent", "发出时间", "Sent", |(i, _)| {
            json!(crate::timefmt::format_stamp(i.sent))
        }),
        plain("due", "响应期限", "Due", |(i, _)| {
            json!(crate::timefmt::format_stamp(i.due))
        }),
        plain("answered", "响应时间", "Answered", |(i, _)| {
            json!(i.answered.map(crate::timefmt::format_stamp))
        }),
        named("status", "状态", "Status", answer_words, |(i, _)| {
            json!(i.answer.as_str())
        }),
        plain("file", "案卷", "Case file", |(i, _)| json!(i.file)),
    ]
}

/// The columns of the department figures.
fn department_columns() -> Vec<Column<(Responsiveness, String)>> {
    vec![
        plain("department", "部门", "Department", |(r, _)| {
            json!(r.department)
        }),
        plain("name", "部门名称", "Name", |(_, name)| json!(name)),
        plain("answered_on_time", "按时响应", "On time", |(r, _)| {
            json!(r.counts[0])
        }),
        plain("answered_late", "超时响应", "Late", |(r, _)| {
            json!(r.counts[1])
        }),
        plain("open", "待响应", "Open", |(r, _)| json!(r.counts[2])),
        plain("overdue", "逾期未响应", "Overdue", |(r, _)| {
            json!(r.counts[3])
        }),
    ]
}

/// The inbox items of every town (of one department, if given) with their department's name,
/// the departments' figures, and the towns that could not be read.
type Inbox = (Vec<(Item, String)>, Vec<(Responsiveness, String)>, String);

fn gather_inbox(
    ctx: &Context,
    county: &County,
    as_of: crate::cli::AsOf,
    given: bool,
    department: Option<&str>,
) -> Inbox {
    let list = towns(county);
    let root = county.root().to_path_buf();
    let found: Vec<Result<Vec<Item>, String>> = workers::map(&list, |(town, dir)| {
        let loaded = crate::load::load(dir).map_err(|e| e.message(ctx.lang))?;
        let Some(mut model) = loaded.town else {
            return Err(ctx
                .lang
                .pick("基础文件有错误", "its registers have errors")
                .to_string());
        };
        if given {
            model.cut(as_of.now);
        }
        let shown = dir.strip_prefix(&root).unwrap_or(dir).to_path_buf();
        let mut items = inbox::of_town(&town.id, &model, &loaded.sources, as_of.now);
        for item in &mut items {
            item.file = shown.join(&item.file).to_string_lossy().replace('\\', "/");
        }
        Ok(items)
    });
    let mut items = Vec::new();
    let mut unread = String::new();
    for ((town, _), result) in list.iter().zip(found) {
        match result {
            Ok(mut more) => items.append(&mut more),
            Err(why) => unread.push_str(&format!(
                "{}: {} {}: {why}\n",
                ctx.lang.pick("未读入", "not read"),
                town.id,
                town.name
            )),
        }
    }
    if let Some(d) = department {
        items.retain(|i| i.department.as_deref() == Some(d));
    }
    items.sort_by(|a, b| (a.due, &a.town, &a.case).cmp(&(b.due, &b.town, &b.case)));
    let name_of = |id: &Option<String>| -> String {
        match id {
            Some(id) => county
                .file
                .departments
                .iter()
                .find(|d| &d.id == id)
                .map_or_else(|| id.clone(), |d| d.name.clone()),
            None => ctx
                .lang
                .pick(
                    "（待县网格化中心指派）",
                    "(to be assigned by the county centre)",
                )
                .to_string(),
        }
    };
    let figures: Vec<(Responsiveness, String)> = inbox::by_department(&items)
        .into_iter()
        .map(|r| {
            let name = name_of(&r.department);
            (r, name)
        })
        .collect();
    let rows: Vec<(Item, String)> = items
        .into_iter()
        .map(|i| {
            let name = name_of(&i.department);
            (i, name)
        })
        .collect();
    (rows, figures, unread)
}

fn run_inbox(ctx: &Context, args: &CountyInboxArgs) -> Result<Outcome, Error> {
    let (county, _) = open(ctx, &args.dir)?;
    let as_of = ctx.as_of(args.as_of);
    let (rows, figures, unread) = gather_inbox(
        ctx,
        &county,
        as_of,
        args.as_of.is_some(),
        args.department.as_deref(),
    );
    let mut text = String::new();
    match args.format {
        ListFormat::Json => {
            text.push_str(&crate::output::columns::json_lines(
                "inbox",
                &inbox_columns(),
                &rows,
            ));
            text.push_str(&crate::output::columns::json_lines(
                "department",
                &department_columns(),
                &figures,
            ));
            text.push_str(&stream_end("county inbox", rows.len(), as_of.now));
        }
        ListFormat::Csv => {
            text = render(
                "inbox",
                &inbox_columns(),
                &rows,
                args.format,
                ctx.lang,
                ctx.term,
            )
        }
        ListFormat::Table => {
            text.push_str(&render(
                "inbox",
                &inbox_columns(),
                &rows,
                args.format,
                ctx.lang,
                ctx.term,
            ));
            text.push_str(&render(
                "department",
                &department_columns(),
                &figures,
                args.format,
                ctx.lang,
                ctx.term,
            ));
        }
    }
    write_stdout(&text)?;
    if !unread.is_empty() {
        eprint!("{unread}");
    }
    Ok(if unread.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

fn run_export(ctx: &Context, args: &crate::cli::CountyExportArgs) -> Result<Outcome, Error> {
    let (county, _) = open(ctx, &args.dir)?;
    let out = ctx.path(&args.export.output);
    let as_of = ctx.as_of(args.export.as_of);
    let list = towns(&county);
    let results = workers::map(&list, |(town, dir)| {
        crate::commands::export::town(
            ctx,
            dir,
            Some(&town.id),
            &out,
            as_of,
            args.export.as_of.is_some(),
        )
    });
    let mut total = crate::export::parquet::Written::default();
    let mut failed = String::new();
    for ((town, _), result) in list.iter().zip(results) {
        match result {
            Ok(written) => total.add(&written),
            Err(e) => failed.push_str(&format!(
                "{}: {} {}: {}\n",
                ctx.lang.pick("未导出", "not exported"),
                town.id,
                town.name,
                e.message(ctx.lang)
            )),
        }
    }
    write_stdout(&crate::commands::export::summary(ctx, &out, &total))?;
    if !failed.is_empty() {
        eprint!("{failed}");
    }
    Ok(if failed.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

fn run_report(ctx: &Context, args: &crate::cli::CountyReportArgs) -> Result<Outcome, Error> {
    use crate::cli::CountyReportKind;
    use crate::county::report::{self, Inputs, Kind};
    let (mut county, mut diagnostics) = open(ctx, &args.dir)?;
    let judged = judged(ctx, &args.period, args.as_of)?;
    let rows = standings(&mut county, &mut diagnostics, &judged);
    let (inbox, figures, _) = gather_inbox(ctx, &county, judged.as_of, judged.given, None);
    let (kind, name) = match args.kind {
        CountyReportKind::Monthly => (Kind::Monthly, "县级月报"),
        CountyReportKind::Assessment => (Kind::Assessment, "各镇排名"),
        CountyReportKind::Inbox => (Kind::Inbox, "县级待办"),
    };
    let moment = judged.as_of.words();
    let book = report::build(
        kind,
        &Inputs {
            county: &county.file.name,
            period: Words::period(judged.from, judged.to),
            moment: moment.clone(),
            towns: &rows,
            inbox: &inbox,
            departments: &figures,
            weights: &county.file.weights,
            lang: ctx.lang,
        },
    );
    let path = args.output.as_ref().map_or_else(
        || {
            county
                .root()
                .join(crate::commands::report::REPORTS_DIR)
                .join(format!("{}至{}-{name}.xlsx", judged.from, judged.to))
        },
        |p| ctx.path(p),
    );
    let cover = crate::output::xlsx::Cover::new(
        &county.file.name,
        moment,
        None,
        crate::timefmt::format_stamp(ctx.as_of(None).now),
        ctx.lang,
    );
    let bytes = crate::output::xlsx::render(&book, &cover)
        .map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
    let mut staged = crate::write::Staged::default();
    staged.add(&path, &bytes)?;
    staged.commit()?;
    write_stdout(&format!(
        "{} {}\n",
        ctx.lang.pick("已写入", "written"),
        path.display()
    ))?;
    Ok(Outcome::Clean)
}
