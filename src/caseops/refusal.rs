//! What a clerk reads when a change to a case is refused, and the command that records each
//! action (the refusal names the commands allowed now).

use crate::caseops::Refused;
use crate::i18n::Lang;
use crate::model::choices::Action;
use crate::timefmt::format_stamp;

/// The command that records an action.
pub fn command_name(action: Action) -> &'static str {
    match action {
        Action::Accepted => "accept",
        Action::Rejected => "reject",
        Action::Duplicate => "duplicate",
        Action::Assigned => "assign",
        Action::Escalated => "escalate",
        Action::Consulted => "consult",
        Action::Decided => "decide",
        Action::Suspended => "suspend",
        Action::Resumed => "resume",
        Action::Resolved => "resolve",
        Action::Reopened => "reopen",
        Action::Checked => "check",
        Action::Closed => "close",
        Action::Disclosed => "disclose",
        Action::Whistle => "whistle",
        Action::Responded => "respond",
        Action::Remedied => "remedy",
        Action::Urged => "urge",
        Action::Note => "note",
    }
}

/// Explains a refused change of case `id`.
pub fn refusal(refused: &Refused, id: &str, lang: Lang) -> String {
    match refused {
        Refused::NotAllowed {
            state,
            action,
            allowed,
        } => {
            let list: Vec<&str> = allowed.iter().map(|a| command_name(*a)).collect();
            let asked = command_name(*action);
            match lang {
                Lang::Zh => format!(
                    "案件 {id} 当前状态为「{}」，不能 {asked}；现在可以：{}",
                    state.zh(),
                    list.join("、")
                ),
                Lang::En => format!(
                    "case {id} is {}: `{asked}` is not allowed now; allowed: {}",
                    state.as_str(),
                    list.join(", ")
                ),
            }
        }
        Refused::BeforeLast { at, last } => match lang {
            Lang::Zh => format!(
                "时间 {} 早于案件最后一个事件（{}）",
                format_stamp(*at),
                format_stamp(*last)
            ),
            Lang::En => format!(
                "{} is earlier than the case's last event ({})",
                format_stamp(*at),
                format_stamp(*last)
            ),
        },
        Refused::BeforeReport { at, first } => match lang {
            Lang::Zh => format!(
                "时间 {} 早于首次上报（{}）：先有上报，才有受理与处置",
                format_stamp(*at),
                format_stamp(*first)
            ),
            Lang::En => format!(
                "{} is earlier than the first report ({}): a case is handled after it is reported",
                format_stamp(*at),
                format_stamp(*first)
            ),
        },
        Refused::FixedButOngoing => lang
            .pick(
                "结果为 fixed（已解决）时影响不能是 ongoing（仍在持续）",
                "a case closed as fixed cannot have an ongoing impact",
            )
            .to_string(),
        Refused::BeforeDiscovery { at, discovered } => match lang {
            Lang::Zh => format!(
                "时间 {} 早于发现时间（{}）",
                format_stamp(*at),
                format_stamp(*discovered)
            ),
            Lang::En => format!(
                "{} is earlier than the discovery ({})",
                format_stamp(*at),
                format_stamp(*discovered)
            ),
        },
    }
}
