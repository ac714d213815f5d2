//! The one list of diagnostic codes. Each code has a fixed meaning, a severity (`E` errors,
//! `W` warnings), a message in Chinese and English with numbered arguments, and a hint.
//! `docs/DIAGNOSTICS.md` documents every code with an example; a test keeps the two in step.

use crate::i18n::Lang;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Data that is wrong: `grid check` exits 1.
    Error,
    /// Data that is suspicious: `grid check` exits 1 only with `--deny warnings`.
    Warning,
}

impl Severity {
    /// The stable English name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($code:ident: $zh:literal, $en:literal; $hint_zh:literal, $hint_en:literal;)*) => {
        /// A stable diagnostic code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $en]
                $code,
            )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$code),*];

            /// The code as written in output, e.g. `E0203`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$code => stringify!($code),)*
                }
            }

            /// The message template; `{0}`, `{1}` … stand for the diagnostic's arguments.
            pub fn template(self, lang: Lang) -> &'static str {
                match self {
                    $(Code::$code => lang.pick($zh, $en),)*
                }
            }

            /// What the user can do about it.
            pub fn hint(self, lang: Lang) -> &'static str {
                match self {
                    $(Code::$code => lang.pick($hint_zh, $hint_en),)*
                }
            }
        }
    };
}

impl Code {
    /// Errors start with `E`, warnings with `W`.
    pub fn severity(self) -> Severity {
        if self.as_str().starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        }
    }

    /// Whether the code judges what a file refers to in the registers (an id, a grid's kind,
    /// the town's case-id scheme): it cannot be judged when a register could not be read.
    pub fn needs_registers(self) -> bool {
        self.as_str().starts_with("E02") || self == Code::E0504
    }
}

codes! {
    // Files.
    E0001: "无法读取文件：{0}", "cannot read the file: {0}";
        "检查文件是否存在、权限是否正确", "check that the file exists and can be read";
    E0002: "文件不是文本（第 {0} 字节处有二进制数据）", "the file is not text (binary data at byte {0})";
        "用 Excel/WPS 另存为 CSV（UTF-8）或 YAML 文本", "save it as CSV (UTF-8) or YAML text";
    E0006: "第 {0} 字节处的字节不是 {1} 编码（文件其余部分是 {1}）；grid 不会换一种编码去猜", "bytes at byte {0} are not valid {1} (the rest of the file is {1}); grid does not guess another encoding";
        "用文本编辑器删除或重新输入该处的字符后保存（UTF-8）", "delete or retype the character there in a text editor and save as UTF-8";
    E0003: "缺少必需的文件 {0}", "the required file {0} is missing";
        "用 grid init 创建，或从 example-town 复制一份", "create it with `grid init` or copy it from example-town";
    W0004: "文件 {0} 不属于镇网格仓库的格式，未读取", "{0} is not a file of the town repository format and was not read";
        "文件名格式见 docs/FORMATS.md", "docs/FORMATS.md lists the file names";
    W0005: "calendar.yaml 没有 {0} 年的节假日，工作日按周一至周五计算", "calendar.yaml has no entry for {0}; working days are counted as Monday to Friday";
        "补上该年的 holidays 与 workdays（调休）", "add the year's holidays and make-up workdays";
    // YAML and CSV structure.
    E0101: "YAML 语法错误：{0}", "YAML syntax error: {0}";
        "检查缩进（只能用空格）和冒号后的空格", "check the indentation (spaces only) and the space after each colon";
    E0102: "未知字段 `{0}`", "unknown field `{0}`";
        "检查拼写；可用字段见 schemas/ 或 docs/FORMATS.md", "check the spelling; schemas/ and docs/FORMATS.md list the fields";
    E0103: "缺少必填字段 `{0}`", "missing required field `{0}`";
        "补上该字段", "add the field";
    E0104: "取值无效：{0}", "invalid value: {0}";
        "对照 docs/FORMATS.md 检查该值的类型", "check the value's type against docs/FORMATS.md";
    E0105: "重复的键 `{0}`（第 {1} 行已出现）", "duplicate key `{0}` (first at line {1})";
        "同一层级的键只能出现一次，合并或删除其一", "a key may appear once per level: merge or remove one";
    E0106: "CSV 格式错误：{0}", "malformed CSV: {0}";
        "每行的列数必须与表头相同；含逗号的内容要加英文双引号", "every row needs as many fields as the header; quote values that hold commas";
    E0107: "未知的列 `{0}`", "unknown column `{0}`";
        "检查表头拼写；可用列见 docs/FORMATS.md", "check the header; docs/FORMATS.md lists the columns";
    E0108: "缺少必需的列 `{0}`", "missing required column `{0}`";
        "在表头加上该列", "add the column to the header";
    E0109: "`{0}` 不能为空", "`{0}` must not be empty";
        "填写该项", "fill in the value";
    E0110: "编号 `{0}` 无效", "invalid id `{0}`";
        "编号只能由字母、数字、`_` 和 `-` 组成", "ids use only letters, digits, `_` and `-`";
    E0111: "日期 `{0}` 无效", "invalid date `{0}`";
        "日期写作 YYYY-MM-DD，如 2026-11-24", "write dates as YYYY-MM-DD, e.g. 2026-11-24";
    E0112: "时间 `{0}` 无效", "invalid time `{0}`";
        "时间写作 YYYY-MM-DD HH:MM（或只写 HH:MM）", "write times as YYYY-MM-DD HH:MM (or HH:MM where only the time is asked)";
    E0113: "数字 `{0}` 无效", "invalid number `{0}`";
        "填写不带单位的整数", "write a whole number without units";
    E0114: "`{1}` 的取值 `{0}` 无效，可选：{2}", "`{0}` is not a valid `{1}`; expected one of: {2}";
        "从可选值中选一个", "use one of the listed values";
    E0115: "重复记录：键 {0} 已在第 {1} 行出现", "duplicate record: key {0} already at line {1}";
        "删除重复的一行，或合并两行", "remove or merge the repeated row";
    E0116: "重复的编号 `{0}`（已在 {1} 定义）", "duplicate id `{0}` (already defined at {1})";
        "编号在同类中必须唯一；网格编号在所有网格中唯一", "ids are unique within their kind; grid ids across all grids";
    E0117: "记录放错了文件：{0}", "record in the wrong file: {0}";
        "按日期或编号移到对应的文件", "move it to the file its date or id belongs to";
    // References.
    E0201: "未知网格 `{0}`", "unknown grid `{0}`";
        "网格定义在 town.yaml 与 grids/*.yaml", "grids are defined in town.yaml and grids/*.yaml";
    E0202: "未知事项 `{0}`", "unknown catalog item `{0}`";
        "事项定义在 catalog.yaml", "items are defined in catalog.yaml";
    E0203: "未知人员 `{0}`", "unknown person `{0}`";
        "每个人员须在 roster.csv 中有任职记录", "every person needs a row in roster.csv";
    E0204: "未知工作组 `{0}`", "unknown work group `{0}`";
        "工作组定义在 enforcement.yaml 的 groups", "work groups are defined under `groups` in enforcement.yaml";
    E0205: "未知县直部门 `{0}`", "unknown county department `{0}`";
        "部门定义在 enforcement.yaml 的 departments", "departments are defined under `departments` in enforcement.yaml";
    E0206: "未知案件 `{0}`", "unknown case `{0}`";
        "案件文件应为 cases/YYYY/<编号>.yaml", "a case lives in cases/YYYY/<id>.yaml";
    E0207: "未知审批 `{0}`", "unknown approval `{0}`";
        "审批记录在 approvals/YYYY.csv", "approvals are listed in approvals/YYYY.csv";
    E0208: "找不到被引用的记录 `{0}`", "the referenced record `{0}` does not exist";
        "写作 patrol:日期:人员、inspection:日期:工作区 或 case:案件编号", "write patrol:DATE:PERSON, inspection:DATE:AREA or case:ID";
    E0209: "`{0}` 是{1}，此处需要{2}", "`{0}` is a {1} grid; a {2} grid is expected here";
        "换成正确层级的网格编号", "use the id of a grid of the right level";
    E0210: "未知的承办对象 `{0}`", "unknown assignee `{0}`";
        "可派遣给网格、工作组、成员单位或县直部门", "assign to a grid, a work group, a member unit or a county department";
    // Roster.
    E0301: "人员 {0} 的{1}不一致：此处为 `{2}`，第 {3} 行为 `{4}`", "person {0} has a different {1} here (`{2}`) than at line {3} (`{4}`)";
        "同一人员的每行姓名和电话必须相同", "every row of one person carries the same name and phone";
    E0302: "{0} 在 {1} 至 {2} 有 {3} 名村网格长（应为 1 名）{4}", "{0} has {3} village heads from {1} to {2} (exactly 1 is required){4}";
        "调整 roster.csv 中 village_head 的 from/to", "adjust `from`/`to` of the village_head rows in roster.csv";
    E0303: "{0} 在 {1} 至 {2} 有 {3} 名社会治理网格员（应为 1 名）{4}", "{0} has {3} social-governance members from {1} to {2} (exactly 1 is required){4}";
        "调整 roster.csv 中 social_member 的 from/to", "adjust `from`/`to` of the social_member rows in roster.csv";
    E0304: "{0} 在 {1} 至 {2} 没有基础网格员", "{0} has no base member from {1} to {2}";
        "在 roster.csv 中为该村添加 base_member", "add a base_member row for the village to roster.csv";
    E0305: "任职结束日期 {0} 早于开始日期 {1}", "the assignment ends ({0}) before it starts ({1})";
        "交换或更正 from 与 to", "swap or correct `from` and `to`";
    E0306: "角色 {0} 应属于{1}，但 `{2}` 是{3}", "role {0} belongs on a {1} grid, but `{2}` is a {3} grid";
        "更正网格或角色", "correct the grid or the role";
    W0307: "电话 `{0}` 不像手机号或座机号", "phone `{0}` looks like neither a mobile nor a landline number";
        "手机号为 11 位数字，座机如 0532-12345678", "a mobile has 11 digits; a landline looks like 0532-12345678";
    W0308: "{0} 在 {1} 至 {2} 没有工作区网格长", "{0} has no work-area head from {1} to {2}";
        "在 roster.csv 中添加 work_area_head", "add a work_area_head row to roster.csv";
    // Patrols, sweeps, meetings, inspections, approvals.
    W0401: "签字人 {0} 不是 {2} 当日（{3}）的村网格长 {1}", "signed by {0}, who is not {2}'s village head on {3} ({1})";
        "由村网格长本人签字", "the village head signs";
    W0402: "报送人 {0} 不是 {2} 当日（{3}）的社会治理网格员 {1}", "reported by {0}, who is not {2}'s social-governance member on {3} ({1})";
        "由社会治理网格员报送", "the social-governance member reports";
    W0403: "{0} 在 {2} 不是 {1} 的基础网格员", "{0} is not a base member of {1} on {2}";
        "检查 roster.csv 中该人员的任职期间", "check the person's assignment dates in roster.csv";
    E0404: "时间顺序错误：{0}（{1}）早于 {2}（{3}）", "times out of order: {0} ({1}) is before {2} ({3})";
        "更正时间", "correct the times";
    W0405: "组织人 {0} 不是 {1} 当日的村网格长", "the organiser {0} is not {1}'s village head on that day";
        "月排查由村网格长组织", "the village head organises the sweep";
    W0406: "{0} 不是排查日（policy.sweep.days：{1}）", "{0} is not a sweep day (policy.sweep.days: {1})";
        "排查记录的日期应为排查日", "date the sweep on a sweep day";
    W0407: "带队人 {0} 不是 {1} 当日的工作区网格长", "the lead {0} is not a head of {1} on that day";
        "季度联查由工作区书记带队", "the work-area secretary leads the joint inspection";
    E0408: "{0} 不属于工作区 {1}", "{0} does not belong to work area {1}";
        "只列本工作区的村", "list only the villages of the work area";
    E0409: "缺勤记录 `{0}` 应写作 人员:原因", "absence `{0}` should read person:reason";
        "如 P0101:外出务工；多人用 ; 分隔", "e.g. P0101:外出务工; separate several with ;";
    W0410: "审批 {0} 的监管记录 {1} 发现 {2} 个问题，但没有案件跟进", "approval {0}: its supervision {1} found {2} issue(s), but no case follows it up";
        "用 grid case new --approval {0} 立案，或在监管记录的 cases 列写明案件", "open a case with `grid case new --approval {0}`, or name the case in the record's cases column";
    W0411: "报送（{0}）早于网格长签字（{1}）", "reported ({0}) before the village head signed ({1})";
        "按 巡查→网格长签字→社会治理网格员报送 的顺序办理，并更正时间", "patrol, then the head signs, then the social member reports; correct the times";
    W0412: "{0} 的基础网格员 {1} 既不在参与人员中，也不在缺席人员中", "{0}'s base member(s) {1} are neither among the participants nor listed absent";
        "把他们写进 participants，或写进 absent 并注明原因（人员:原因）", "add them to participants, or to absent with a reason (person:reason)";
    W0413: "审批 {0} 的监管记录 {1} 不算数：{2}", "approval {0}: the follow-up record {1} does not count: {2}";
        "链接审批日期至 follow_up_by 之间该村的巡查、联查或案件", "link a patrol, inspection or case of the village made between the approval and follow_up_by";
    W0414: "{0}应到未到：{1}", "the {0} misses who must attend: {1}";
        "他们出席了就写进 attendees；没有出席则按规定另行补开或说明", "if they attended, add them to attendees; if not, the meeting lacks them";
    W0415: "{0} 在 {2} 不是企业网格 {1} 的网格长", "{0} is not the head of enterprise grid {1} on {2}";
        "企业网格的巡查由其网格长（帮包领导）填写", "an enterprise grid's patrol is the enterprise grid head's";
    // Cases.
    E0501: "状态「{1}」下不允许 `{0}`；允许：{2}", "`{0}` is not allowed in state {1}; allowed: {2}";
        "按案件状态机的顺序记录事件（见 docs/FORMATS.md）", "record events in the order of the case state machine (see docs/FORMATS.md)";
    E0502: "事件时间 {0} 早于前一事件 {1}", "event at {0} is earlier than the event before it ({1})";
        "事件按时间先后排列", "list events in time order";
    E0503: "{0} 早于发现时间 {1}", "{0} is earlier than the discovery time {1}";
        "更正时间或 discovered_at", "correct the time or discovered_at";
    E0504: "案件编号 `{0}` 不符合 {1}-YYYY-NNNN 的格式或不在对应年份的目录", "case id `{0}` does not follow {1}-YYYY-NNNN or sits in another year's folder";
        "案件编号由镇网格编号、年份和（至少）四位序号组成，如 {1}-2026-0042", "a case id is the town grid id, the year and (at least) four digits, e.g. {1}-2026-0042";
    E0505: "重复案件关系无效：{0}", "invalid duplicate link: {0}";
        "duplicate_of 指向另一件主案件，并与 duplicate 事件一致", "duplicate_of names another, lead case and agrees with the duplicate event";
    E0506: "`{0}` 事件需要 `{1}`", "a `{0}` event needs `{1}`";
        "补上该字段", "add the field";
    E0507: "案件没有任何上报记录", "the case has no report";
        "reports 至少要有首次上报", "list at least the first report under `reports`";
    W0508: "没有 {0} 的{1}记录（应记在 meetings/ 中）", "no {1} on {0} (to be recorded in meetings/)";
        "在 meetings/ 中记录该次会议", "record the meeting in meetings/";
    W0510: "案件 {0} 经联席办公会决定执法，但执法结果由 {1} 核查，不是 {2} 的网格人员", "case {0} ended in an enforcement decision, but its result was checked by {1}, not by the grid of {2}";
        "执法结果由案发村的网格员核查（闭环）", "the village grid where it happened checks the enforcement result (closing the loop)";
    E0509: "渠道 {0} 的上报人须为人员编号", "a report on channel {0} must name a person id";
        "网格员、微信和企业渠道的上报人须在 roster.csv 中", "reporters on grid, WeChat and enterprise channels are people of roster.csv";
    E0511: "`{0}` 事件（{1}）早于首次上报（{2}）", "the `{0}` event ({1}) comes before the first report ({2})";
        "先有上报，才有受理与处置：更正事件或上报的时间", "a case is handled only after it is reported: correct the event's or the report's time";
    E0512: "结案结果为 fixed（已解决），但影响记为 ongoing（仍在持续）", "the case is closed as fixed, but its impact is recorded as ongoing";
        "影响已消除记 eliminated，问题未解决则结果不应为 fixed", "record impact: eliminated, or close with another outcome";
    E0513: "{0} 的响应之前没有对它的吹哨或上报县级", "{0} responds, but no whistle or escalation to it awaits an answer";
        "响应须针对先前的吹哨（whistle）或镇呼县应（escalated），部门一致", "a response answers an earlier whistle or escalation to the same department";
    // Findings.
    W0601: "督考决定针对的认定 {0} 已不存在（数据已变化）", "the decision is about finding {0}, which no longer exists (the data changed)";
        "用 grid findings 查看当前认定，删除或改正该决定", "see the current findings with `grid findings`; remove or correct the decision";
    E0602: "{0} 在 {1} 不是督考办成员（roster.csv 角色 supervisor），不能作督考决定", "{0} is not a member of the supervision office (roster.csv role supervisor) on {1} and cannot decide on findings";
        "由督考办成员作决定，或在 roster.csv 中登记其 supervisor 角色", "have a member of the supervision office decide, or record their supervisor role in roster.csv";
    // Cells of an imported spreadsheet (`grid import`); other problems of a cell use the
    // codes above (E0111 a date, E0203 a person …).
    E0901: "`{0}` 有重名，无法确定是谁：{1}", "`{0}` is ambiguous: {1}";
        "写人员编号或手机号，或在姓名前写村名（前店村张三）", "write the person's id or phone, or the village before the name (前店村张三)";
    E0902: "`{0}`：{1} 没有名为 {2} 的网格人员", "`{0}`: no one named {2} serves in {1}";
        "核对姓名和村名，或写人员编号", "check the name and the village, or write the person's id";
    E0903: "长数字 {0} 被存成了数字，Excel 已丢失末几位（身份证号？）", "the long number {0} was stored as a number and Excel has lost its last digits (an id number?)";
        "把该列设置为文本格式，重新输入", "format the column as text and type it again";
    E0904: "{0} 是普通数字，不是日期", "{0} is a plain number, not a date";
        "把该列设置为日期格式（设置单元格格式为日期），或写成 2026-11-24", "format the column as dates, or write 2026-11-24";
    E0905: "日期 {0} 晚于今天（{1}）", "the date {0} is after today ({1})";
        "核对年份和日期（如 2026 误写为 2027）", "check the year and the day (2027 typed for 2026?)";
    E0906: "与已有记录冲突：{0}", "contradicts the row already there: {0}";
        "已有记录与本行同键但内容不同：核对后改正本行，或先改正仓库中的记录", "a row with the same key already holds other values: correct this row, or the repository's row first";
    E0907: "与本次导入中前面的同一记录冲突：{0}", "contradicts an earlier row of this import for the same record: {0}";
        "同一记录在本次导入中出现两次且内容不同：删去或改正其中一行", "the same record appears twice in this import with different values: remove or correct one";
    E0908: "工单无法记入案件 {0}：{1}", "the work order cannot be added to case {0}: {1}";
        "用 grid case show 查看该案件，核对关联工单编号", "see the case with `grid case show` and check the linked order number";
    // Messages of a WeChat chat (`grid import CHAT`).
    E0909: "`{0}` 不是个数（写 0、2 或 两处）", "`{0}` is not a count (write 0, 2 or 两处)";
        "把问题数写成数字或“两处”“无”", "write the number of issues as a number, 两处 or 无";
    E0910: "消息只有日期没有时间，不能作为上报时间", "the message has a day but no time, so it cannot stand as the time of a report";
        "导出带时间的聊天记录（每条消息前有“姓名 日期 时间”），或在消息中写“时间：8:10”", "export the chat with times (a 'name date time' line before each message), or write 时间：8:10 in the message";
    E0911: "消息中的事项不在事项清单中，也无法从文字判断：{0}", "the message names no catalog item: {0}";
        "在消息中写“事项：”加事项名称（如 私搭乱建），事项名称见 catalog.yaml", "write 事项： and the item's name (e.g. 私搭乱建); the names are in catalog.yaml";
    E0912: "审核表的“处理”应为 采纳 或 不采纳，而不是 `{0}`", "the review workbook's 处理 is 采纳 or 不采纳, not `{0}`";
        "在“处理”列的下拉列表中选择 采纳 或 不采纳", "choose 采纳 or 不采纳 from the drop-down of the 处理 column";
    // The county (`grid county`).
    E1001: "部门 {0}（{1}）不是县里的部门：county.yaml 中没有此编号，也没有此名称", "the department {0} ({1}) is not one of the county's: county.yaml has neither the id nor the name";
        "按 county.yaml 改正部门编号和名称，或请县网格化中心把该部门加入 county.yaml", "use an id and name from county.yaml, or ask the county grid centre to add the department";
    E1002: "部门 {0} 在县里叫 {1}，本镇写作 {2}", "the county names the department {0} {1}, the town writes {2}";
        "按 county.yaml 改正部门名称", "write the department's name as county.yaml does";
    E1003: "镇 {0} 在 county.yaml 中出现两次", "the town {0} is listed twice in county.yaml";
        "每个镇只列一次：删去重复的一项", "list each town once: remove the repeated entry";
    E1004: "部门 {1} 在县里的编号是 {2}，本镇写作 {0}", "the county's id of {1} is {2}; the town writes {0}";
        "把本镇 enforcement.yaml 和案件中的部门编号改为县里的编号", "change the department's id in the town's enforcement.yaml and cases to the county's";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "{text} twice");
            assert_eq!(text.len(), 5);
            assert!(text.starts_with('E') || text.starts_with('W'));
            assert!(!code.template(Lang::Zh).is_empty());
            assert!(!code.hint(Lang::En).is_empty());
        }
    }
}
