//! The message catalog for everything `grid` says that is not a diagnostic: headings, labels,
//! summary lines. Each entry exists in Chinese and English; [`Lang`] picks one. Diagnostic
//! messages live beside their codes in [`crate::codes`].

use std::fmt;

/// The language of messages and headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Chinese (the default).
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Resolves the language from `--lang`, then `GRID_LANG`, then `LANG`: Chinese where nothing
    /// is set or the variable starts with `zh`; `LANG` of `C`, `POSIX` or `C.*` (a machine's
    /// default, not a choice) counts as unset; English where a variable names anything else.
    /// Returns the language and what decided it: `--lang`, `GRID_LANG`, `LANG` or `default`.
    pub fn resolve(
        flag: Option<Lang>,
        grid_lang: Option<&str>,
        lang: Option<&str>,
    ) -> (Lang, &'static str) {
        if let Some(chosen) = flag {
            return (chosen, "--lang");
        }
        let machine_default = |v: &&str| *v == "C" || *v == "POSIX" || v.starts_with("C.");
        let named = |v: &str| match v.to_ascii_lowercase().starts_with("zh") {
            true => Lang::Zh,
            false => Lang::En,
        };
        if let Some(v) = grid_lang.filter(|v| !v.is_empty()) {
            return (named(v), "GRID_LANG");
        }
        match lang
            .filter(|v| !v.is_empty())
            .filter(|v| !machine_default(v))
        {
            Some(v) => (named(v), "LANG"),
            None => (Lang::Zh, "default"),
        }
    }

    /// [`Lang::resolve`] with the `GRID_LANG` and `LANG` of this process's environment.
    pub fn from_env(flag: Option<Lang>) -> (Lang, &'static str) {
        let var = |name: &str| std::env::var(name).ok();
        Lang::resolve(flag, var("GRID_LANG").as_deref(), var("LANG").as_deref())
    }

    /// Picks the Chinese or the English form.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Replaces `{0}`, `{1}` … in `template` by the matching argument.
pub fn fill(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            let index: usize = after[..close].parse().ok()?;
            Some((index, close))
        }) {
            Some((index, close)) => {
                out.push_str(args.get(index).map_or("?", String::as_str));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

macro_rules! texts {
    ($($name:ident => ($zh:literal, $en:literal),)*) => {
        /// A heading or label of the user interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $(
                #[doc = $en]
                $name,
            )*
        }

        impl Text {
            /// The text in the given language.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(Text::$name => lang.pick($zh, $en),)*
                }
            }
        }
    };
}

texts! {
    Error => ("错误", "error"),
    Warning => ("警告", "warning"),
    Hint => ("提示", "hint"),
    SummaryTitle => ("镇网格概况", "Town summary"),
    Item => ("项目", "Item"),
    Count => ("数量", "Count"),
    Town => ("镇", "Town"),
    WorkAreas => ("工作区网格", "Work-area grids"),
    Enterprises => ("企业网格", "Enterprise grids"),
    Villages => ("村级网格", "Village grids"),
    People => ("人员", "People"),
    Assignments => ("任职记录", "Assignments"),
    PatrolRows => ("巡查记录", "Patrol rows"),
    SweepRows => ("排查记录", "Sweep rows"),
    MeetingRows => ("会议记录", "Meeting rows"),
    InspectionRows => ("联查记录", "Inspection rows"),
    ApprovalRows => ("审批记录", "Approvals"),
    Cases => ("案件", "Cases"),
    CasesIn => ("案件·", "Cases: "),
    DataPeriod => ("数据期间", "Data period"),
    AsOf => ("截至", "As of"),
    Clean => ("数据无误", "no problems found"),
    ErrorsCount => ("个错误", " error(s)"),
    WarningsCount => ("个警告", " warning(s)"),
    Grid => ("网格", "Grid"),
    Duty => ("事项", "Duty"),
    Person => ("责任人", "Person"),
    Subject => ("对象", "Subject"),
    Due => ("期限", "Due"),
    Done => ("完成时间", "Done"),
    LateDays => ("逾期天数", "Days late"),
    Status => ("状态", "Status"),
    Where => ("位置", "Where"),
    Day => ("日期", "Day"),
    OverdueCount => ("项逾期", " overdue"),
    DueSoonCount => ("项预警", " due soon"),
    NothingOverdue => ("无逾期事项", "nothing overdue"),
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.pick("zh", "en"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_numbered_arguments() {
        let args = vec!["P0999".to_string(), "x".to_string()];
        assert_eq!(
            fill("unknown {0} ({1}, {0})", &args),
            "unknown P0999 (x, P0999)"
        );
        assert_eq!(fill("{2} {oops} {", &args), "? {oops} {");
    }

    #[test]
    fn language_falls_back_to_chinese() {
        assert_eq!(Lang::resolve(None, None, None).0, Lang::Zh);
        assert_eq!(Lang::resolve(None, None, Some("zh_CN.UTF-8")).0, Lang::Zh);
        assert_eq!(Lang::resolve(None, None, Some("en_US.UTF-8")).0, Lang::En);
        assert_eq!(
            Lang::resolve(None, Some("zh"), Some("en_US.UTF-8")).0,
            Lang::Zh
        );
        assert_eq!(Lang::resolve(Some(Lang::En), Some("zh"), None).0, Lang::En);
        for machine in ["C", "POSIX", "C.UTF-8"] {
            assert_eq!(
                Lang::resolve(None, None, Some(machine)).0,
                Lang::Zh,
                "{machine}"
            );
        }
    }
}
