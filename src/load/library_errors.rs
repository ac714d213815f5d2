//! What the libraries' errors say, in Chinese as well as in English. The file system, libyaml,
//! serde, csv and glob describe a problem in English sentences; a diagnostic shows a clerk the
//! Chinese form, made from the error's kind and the values it names, and keeps the library's
//! own words for English.

use crate::diagnostic::Phrase;

/// A file that could not be read, by the kind of the error.
pub fn io(err: &std::io::Error) -> Phrase {
    use std::io::ErrorKind as K;
    let zh = match err.kind() {
        K::NotFound => "文件不存在".to_string(),
        K::PermissionDenied => "没有读取权限（文件可能被其他程序占用或设为只读）".to_string(),
        K::IsADirectory => "这是一个文件夹，不是文件".to_string(),
        K::InvalidData => "内容无法读取".to_string(),
        K::OutOfMemory => "文件太大，内存不足".to_string(),
        K::Interrupted | K::TimedOut | K::WouldBlock => "读取被中断，请重试".to_string(),
        _ => match err.raw_os_error() {
            Some(code) => format!("系统错误（代码 {code}）"),
            None => "系统错误".to_string(),
        },
    };
    Phrase::new(zh, err.to_string())
}

/// A CSV record the csv crate could not read.
pub fn csv(err: &csv::Error) -> Phrase {
    let zh = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("此行有 {len} 列，前面的行有 {expected_len} 列"),
        csv::ErrorKind::Utf8 { .. } => "此行含有不是 UTF-8 的字节".to_string(),
        csv::ErrorKind::Io(e) => return io(e),
        _ => "此行无法按 CSV 读取".to_string(),
    };
    Phrase::new(zh, err.to_string())
}

/// A file-name pattern glob could not read: glob's message `said`, at `position` (from 0).
pub fn glob(pattern: &str, position: usize, said: &str) -> Phrase {
    Phrase::new(
        format!(
            "`{pattern}`：通配符写法有误（第 {} 个字符处）",
            position + 1
        ),
        format!("`{pattern}`: {said}"),
    )
}

/// libyaml's description of a syntax error (`<problem>, <context>`), in Chinese by its parts;
/// a problem not listed reads as a general one.
pub fn yaml_syntax(message: &str) -> Phrase {
    let (problem, context) = match message.split_once(", while ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (message, None),
    };
    let problem_zh = YAML_PROBLEMS
        .iter()
        .find(|(en, _)| problem.starts_with(en))
        .map_or("此处的写法无法解析", |(_, zh)| zh);
    let context_zh = context.and_then(|c| {
        YAML_CONTEXTS
            .iter()
            .find(|(en, _)| c.starts_with(en))
            .map(|(_, zh)| *zh)
    });
    let zh = match context_zh {
        Some(context) => format!("{context}{problem_zh}"),
        None => problem_zh.to_string(),
    };
    Phrase::new(zh, message)
}

/// What serde says of a value that does not fit its field (`field: detail`, or the detail
/// alone), in Chinese by its form.
pub fn value(field: Option<&str>, detail: &str) -> Phrase {
    let en = match field {
        Some(field) => format!("{field}: {detail}"),
        None => detail.to_string(),
    };
    let said = value_zh(detail);
    let zh = match field {
        Some(field) => format!("{field}：{said}"),
        None => said,
    };
    Phrase::new(zh, en)
}

fn value_zh(detail: &str) -> String {
    if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let (given, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let choices = expected
            .trim_start_matches("one of ")
            .trim_start_matches("any of ");
        return match choices.is_empty() {
            true => format!("不认识的取值 {given}"),
            false => format!("不认识的取值 {given}，可选：{choices}"),
        };
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("应为{}，此处是{}", kind_zh(expected), kind_zh(found));
    }
    if let Some(rest) = detail.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("{}不符合要求（应为{}）", kind_zh(found), kind_zh(expected));
    }
    if let Some(rest) = detail.strip_prefix('`')
        && let Some((value, what)) = rest.split_once("` is not a ")
    {
        let pattern = what
            .split_once('(')
            .map_or("", |(_, p)| p.trim_end_matches(')'));
        let kind = match what.split_whitespace().next() {
            Some("date") => "日期",
            Some("time") => "时间",
            Some("number") => "数字",
            _ => "合法的值",
        };
        return match pattern.is_empty() {
            true => format!("`{value}` 不是{kind}"),
            false => format!("`{value}` 不是{kind}（应写作 {pattern}）"),
        };
    }
    "取值不符合要求".to_string()
}

/// serde's name of a kind of value (`u32`, `a string`, `string "soon"` …) in Chinese; values it
/// quotes are kept.
fn kind_zh(kind: &str) -> String {
    let kind = kind.trim();
    if let Some(quoted) = kind.strip_prefix("string ") {
        return format!("文字 `{}`", quoted.trim_matches('"'));
    }
    let word = match kind.trim_start_matches("a ").trim_start_matches("an ") {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "整数",
        "f32" | "f64" | "floating point" => "数字",
        "boolean" | "bool" => "是/否（true 或 false）",
        "string" | "str" | "char" => "文字",
        "sequence" => "列表",
        "map" | "mapping" => "键值表",
        "unit value" | "null" => "空值",
        other => {
            // A value serde quotes after its kind: `integer `-1``, `boolean `true``.
            let quoted = [
                ("integer", "整数"),
                ("floating point", "数字"),
                ("boolean", "是/否"),
            ]
            .iter()
            .find_map(|(en, zh)| Some((other.strip_prefix(en)?.trim(), zh)));
            return match quoted {
                Some((value, zh)) => format!("{zh} {value}").trim_end().to_string(),
                None => "其他类型的值".to_string(),
            };
        }
    };
    word.to_string()
}

/// libyaml's problems, by how their English starts.
const YAML_PROBLEMS: &[(&str, &str)] = &[
    (
        "found a tab character",
        "出现了制表符（Tab），缩进只能用空格",
    ),
    (
        "found character that cannot start any token",
        "出现了不能出现在此处的字符",
    ),
    (
        "found unexpected end of stream",
        "文件意外结束（引号或括号没有闭合）",
    ),
    ("found unexpected ':'", "出现了多余的冒号"),
    (
        "found unknown escape character",
        "引号内有无法识别的转义字符",
    ),
    (
        "found unexpected document indicator",
        "出现了文档分隔符（--- 或 ...）",
    ),
    ("found undefined tag handle", "出现了未定义的标记（!）"),
    ("found an incorrect", "出现了不合法的 UTF-8 字节"),
    ("invalid", "出现了不合法的字符"),
    ("control characters are not allowed", "出现了控制字符"),
    ("could not find expected ':'", "缺少冒号（键: 值）"),
    (
        "did not find expected key",
        "此处应为“键: 值”，缩进或写法不对",
    ),
    ("did not find expected node content", "此处缺少内容"),
    (
        "did not find expected '-' indicator",
        "列表项应以“- ”开头，缩进不对",
    ),
    ("did not find expected ',' or ']'", "方括号列表没有闭合"),
    ("did not find expected ',' or '}'", "花括号没有闭合"),
    ("did not find expected", "缺少应有的符号"),
    (
        "mapping values are not allowed in this context",
        "此处不能再写“键: 值”（冒号后要有空格，或该加引号）",
    ),
    (
        "block sequence entries are not allowed in this context",
        "此处不能开始列表（“- ”的缩进不对）",
    ),
    (
        "mapping keys are not allowed in this context",
        "此处不能写键",
    ),
    ("recursion limit exceeded", "嵌套层次太深"),
    ("repetition limit exceeded", "引用展开太多"),
    ("unknown anchor", "引用了不存在的锚点"),
    (
        "deserializing from YAML containing more than one document",
        "文件里有多个文档（---），只能有一个",
    ),
    ("EOF while parsing", "文件意外结束"),
];

/// libyaml's contexts (`while scanning …`), by how their English starts.
const YAML_CONTEXTS: &[(&str, &str)] = &[
    ("scanning a plain scalar", "读取不带引号的值时，"),
    ("scanning a quoted scalar", "读取带引号的值时，"),
    ("scanning a block scalar", "读取多行文字（| 或 >）时，"),
    ("scanning a simple key", "读取键时，"),
    ("parsing a block mapping", "读取键值表时，"),
    ("parsing a block collection", "读取列表时，"),
    ("parsing a flow", "读取括号内的内容时，"),
    ("parsing a quoted scalar", "读取带引号的值时，"),
    ("scanning for the next token", ""),
    ("scanning an alias", "读取引用（*）时，"),
    ("scanning an anchor", "读取锚点（&）时，"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libyaml_problems_read_in_chinese() {
        let p = yaml_syntax(
            "found a tab character that violates indentation, while scanning a plain scalar",
        );
        assert_eq!(
            p.zh,
            "读取不带引号的值时，出现了制表符（Tab），缩进只能用空格"
        );
        assert!(p.en.starts_with("found a tab"));
        assert_eq!(yaml_syntax("something new").zh, "此处的写法无法解析");
    }

    #[test]
    fn serde_details_read_in_chinese() {
        let unknown = value(
            Some("action"),
            "unknown variant `reopend`, expected one of `accepted`, `closed`",
        );
        assert_eq!(
            unknown.zh,
            "action：不认识的取值 `reopend`，可选：`accepted`, `closed`"
        );
        let typed = value(
            Some("accept_hours"),
            "invalid type: string \"soon\", expected u32",
        );
        assert_eq!(typed.zh, "accept_hours：应为整数，此处是文字 `soon`");
        let negative = value(
            Some("accept_hours"),
            "invalid value: integer `-1`, expected u32",
        );
        assert_eq!(negative.zh, "accept_hours：整数 `-1`不符合要求（应为整数）");
        let time = value(None, "`x2026-09-02 10:04` is not a time (YYYY-MM-DD HH:MM)");
        assert_eq!(
            time.zh,
            "`x2026-09-02 10:04` 不是时间（应写作 YYYY-MM-DD HH:MM）"
        );
    }

    #[test]
    fn file_system_errors_read_in_chinese() {
        let err = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io(&err).zh, "文件不存在");
    }
}
