//! The command line in Chinese. `--help`, the usage lines and clap's errors are built from the
//! English texts of `cli.rs`; when the language is Chinese (the default), every about and help
//! text is replaced at run time by its Chinese form from [`CATALOG`], keyed by the English text
//! as gettext does, and clap's own words (Usage, Options, its error sentences) are replaced by
//! Chinese ones. A test fails when a text of the command line has no Chinese form.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;

/// Every about and help text of the command line: English, Chinese (sorted by the English).
pub const CATALOG: &[(&str, &str)] = &[
    (
        "A case id, person id, grid id or record key (patrol:DATE:PERSON, sweep:DATE:GRID, meeting:DATE:KIND:GRID, inspection:DATE:AREA, approval:ID)",
        "案件编号、人员编号、网格编号或记录键（patrol:日期:人员、sweep:日期:网格、meeting:日期:类型:网格、inspection:日期:工作区、approval:编号）",
    ),
    ("A month", "月份"),
    ("A note kept with the event", "随本步骤保存的备注"),
    ("A quarter", "季度"),
    (
        "A reference such as the 12345 work-order number",
        "参考编号，如 12345 工单号",
    ),
    ("A short title", "简短标题"),
    ("Accept the case (立案)", "立案"),
    ("Add a note", "添加备注"),
    (
        "Chat material: a WeChat group (reports are `wechat_group`) or a one-to-one chat (`wechat_direct`); default: a group when more than two people speak",
        "聊天记录的来源：微信群（上报渠道记为 wechat_group）或微信私聊（wechat_direct）；默认：发言者多于两人时视为微信群",
    ),
    (
        "Check the git history: signed rows edited, backfills, deletions, authors (审计)",
        "审计 git 历史：已签字记录被改、补录、删除、提交人",
    ),
    (
        "Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)",
        "体检：检查本机和仓库的常见问题，并说明如何解决",
    ),
    (
        "Check what is staged for the next commit instead of the work tree (validation only, no duties; the pre-commit hook runs this)",
        "检查暂存区（即将提交的内容）而非工作区（只校验数据，不算履职；提交前钩子运行此项）",
    ),
    (
        "Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)",
        "同步各镇：克隆或更新存放在远程 git 仓库的各镇数据（放在 towns/ 下）",
    ),
    ("Close it (结案)", "结案"),
    (
        "Commit what was written, with a structured message",
        "把写入的内容提交到 git，附规范的提交说明",
    ),
    (
        "Create a town repository (git, files with their schemas, the pre-commit hook)",
        "新建镇数据仓库（git、各数据文件及其格式说明、提交前钩子）",
    ),
    (
        "Dispatch it to a village, work group, unit or department (派遣)",
        "派遣：交给村、工作组、成员单位或县直部门办理",
    ),
    ("Do not accept it (不予受理)", "不予受理"),
    (
        "Every case escalated to the county and every whistle, with deadline and status (县级待办)",
        "县级待办：上提到县的案件和吹哨事项，含期限和状态",
    ),
    (
        "Every commit that touched a case, person, grid or record (变更记录)",
        "变更记录：涉及某案件、人员、网格或记录的每次提交",
    ),
    (
        "Every item in one table with every column, instead of the morning view",
        "以一张表列出全部事项和全部列，代替晨检视图",
    ),
    (
        "Every town's records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)",
        "数据导出：各镇的记录和计算结果导出为 Parquet，按类别、镇、年、月分区",
    ),
    (
        "Every town's standing: data errors, overdue, patrols, cases, findings (各镇汇总)",
        "各镇汇总：数据错误、逾期、巡查、案件、首报与问责",
    ),
    (
        "Excel reports for the supervision office (报表)",
        "报表：为督考办生成 Excel 报表",
    ),
    ("Git hooks", "git 钩子"),
    ("How the report came in", "上报渠道"),
    ("How to print the findings", "输出格式"),
    (
        "Import a file again although the manifest lists it",
        "即使导入清单中已有该文件，也再导入一次",
    ),
    (
        "Import the good rows; write the bad ones to FILE.rejected.csv beside the source",
        "只导入正确的行；错误的行写入源文件旁的 文件名.rejected.csv",
    ),
    (
        "Import what villages send: xlsx, xls, ods, CSV (导入)",
        "导入：读取各村报送的 xlsx、xls、ods、csv 文件",
    ),
    (
        "Install the pre-commit hook that refuses commits whose data has errors",
        "安装提交前钩子：数据有错误时拒绝提交",
    ),
    (
        "Judge deadlines as of this moment (default: now)",
        "按此时刻判定期限（默认：现在）",
    ),
    (
        "Judge duties as of this moment (default: now)",
        "按此时刻判定履职（默认：现在）",
    ),
    (
        "Judge every item as of this moment (default: now)",
        "按此时刻判定每个事项（默认：现在）",
    ),
    (
        "Judge every town as of this moment (default: now)",
        "按此时刻判定各镇（默认：现在）",
    ),
    (
        "Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)",
        "提示和表头的语言（默认取环境变量 GRID_LANG 或 LANG；未设置时为中文）",
    ),
    ("List cases", "案件列表"),
    (
        "List each item done late, not only their counts per duty",
        "逐项列出逾期完成的事项，而不只是按事项类别计数",
    ),
    (
        "List overdue items from this day on (default: the first day of the previous month)",
        "列出从这一天起的逾期事项（默认：上月第一天）",
    ),
    (
        "Merge it into the case that reported the incident first (重复)",
        "重复：并入最先上报该事件的案件",
    ),
    (
        "Move a case file along, show it, list cases (案件办理)",
        "案件办理：推进案件流程、查看案件、列出案件",
    ),
    (
        "New means new since the last recorded check (default: since the previous working day's close)",
        "“新增”指自上次记录的检查以来新出现的（默认：自上一个工作日收工以来）",
    ),
    (
        "No colours (also when NO_COLOR is set or output is not a terminal)",
        "不使用颜色（设置了 NO_COLOR 或输出不是终端时也不用）",
    ),
    (
        "One row per grid with its counts and most serious item, instead of the list",
        "每个网格一行，列出计数和最严重的一项，代替逐项清单",
    ),
    (
        "Only cases discovered on or after this day",
        "只看这一天及以后发现的案件",
    ),
    (
        "Only cases first reported through this channel",
        "只看首报渠道为此的案件",
    ),
    (
        "Only cases in this state (reported, accepted, assigned, escalated, consulted, decided, suspended, resolved, checked, reopened, closed, archived, rejected, duplicate, or open)",
        "只看处于此状态的案件（reported 已上报、accepted 已立案、assigned 已派遣、escalated 已上提、consulted 已会商、decided 已决定、suspended 已挂起、resolved 已处置、checked 已核查、reopened 已返工、closed 已结案、archived 已归档、rejected 不予受理、duplicate 重复，或 open 未办结）",
    ),
    ("Only cases of this catalog item", "只看此事项的案件"),
    (
        "Only cases of this grid (a village, or a work area for all its villages)",
        "只看此网格的案件（村；或工作区，含其所有村）",
    ),
    (
        "Only cases with an overdue deadline",
        "只看有期限已逾期的案件",
    ),
    ("Only commits from this day on", "只看这一天起的提交"),
    (
        "Only commits from this day on (the whole history is still read)",
        "只列出这一天起的提交（仍读取全部历史）",
    ),
    (
        "Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`",
        "只看此时刻之前的提交：某一天（当天收工时）或 YYYY-MM-DD HH:MM",
    ),
    (
        "Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`; the id is looked up in the town as known then",
        "只看此时刻之前的提交：某一天（当天收工时）或 YYYY-MM-DD HH:MM；编号按当时的数据查找",
    ),
    (
        "Only items that are new, open, late (done late) or due-soon (repeatable)",
        "只看新增、未办、迟办（逾期完成）或快到期的事项（可多次给出）",
    ),
    (
        "Only the findings of this grid and the grids under it",
        "只看此网格及其下级网格的认定",
    ),
    (
        "Only the items this person must act on",
        "只看此人须办理的事项",
    ),
    (
        "Only this department's items (its id in county.yaml)",
        "只看此部门的事项（county.yaml 中的部门编号）",
    ),
    (
        "Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name",
        "只看此类事项（可多次给出）：patrol_missing、case_accept_late 等，或中文名称",
    ),
    (
        "Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)",
        "只看此网格及其下级（工作区含其村和企业；镇为全部）",
    ),
    (
        "Only this grid and the grids under it (a work area: its villages and itself)",
        "只看此网格及其下级网格（工作区：其自身和所属村）",
    ),
    ("Only this sheet", "只读这张工作表"),
    (
        "Open a case file with the first report of an incident (首次上报)",
        "首次上报：以事件的首次上报建立案件",
    ),
    ("Output format", "输出格式"),
    (
        "Output format: the morning view (table), JSON Lines, or CSV of the items for Excel",
        "输出格式：晨检视图（table）、JSON 行（json），或供 Excel 打开的事项 CSV（csv）",
    ),
    (
        "Output format: the timeline as tables, or one JSON object",
        "输出格式：时间线表格，或一个 JSON 对象",
    ),
    (
        "Output: the summary as text, or JSON Lines with every refused cell's code",
        "输出：文字摘要，或 JSON 行（含每个被拒单元格的代码）",
    ),
    (
        "Overdue items fail the check too (exit 1)",
        "有逾期事项也算检查不通过（退出码 1）",
    ),
    (
        "Pause its clock with approval (挂起)",
        "挂起：经批准暂停计时",
    ),
    ("Print a shell completion script", "输出命令行补全脚本"),
    (
        "Print only what is wrong, no summary",
        "只输出有问题的内容，不输出汇总",
    ),
    (
        "Public disclosure of enforcement decisions and supervision results, masked (公示)",
        "公示：执法决定和督查结果（已脱敏）",
    ),
    (
        "Quarterly joint-inspection coverage and totals (季度联查)",
        "季度联查：覆盖情况和汇总",
    ),
    (
        "Raise it to the town (村呼镇应) or the county (镇呼县应)",
        "上提：村呼镇应或镇呼县应",
    ),
    (
        "Record another report of the same incident",
        "登记同一事件的又一次上报",
    ),
    (
        "Record its discussion at the town consultation (会商)",
        "会商：登记镇级会商结果",
    ),
    (
        "Record its public disclosure (公示归档)",
        "公示归档：登记已公示",
    ),
    (
        "Record the check and the call-back to the reporter (核查、回访)",
        "核查、回访：登记核查结果和对上报人的回访",
    ),
    (
        "Record the department's response (`--by` defaults to the department whistled)",
        "登记部门响应（--by 默认为被吹哨的部门）",
    ),
    (
        "Record the joint-office decision (联席办公会决定)",
        "联席办公会决定：登记决定",
    ),
    (
        "Record the supervision office's decision on a finding (督考决定)",
        "督考决定：登记督考办对认定事项的决定",
    ),
    (
        "Record the village's own remedy (整改)",
        "整改：登记村里的自行整改",
    ),
    (
        "Record this check (its moment and counts) in .grid/checks.csv, for --since-check",
        "把本次检查（时刻和计数）记入 .grid/checks.csv，供 --since-check 使用",
    ),
    (
        "Report the handling done (处置完毕)",
        "处置完毕：登记处置结果",
    ),
    ("Restart its clock", "恢复计时"),
    (
        "Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)",
        "首报激励、问责、容错：从案件中认定的奖惩",
    ),
    (
        "Send it back: the check failed (返工)",
        "返工：核查未通过，退回重办",
    ),
    (
        "Show a case as a timeline with its deadlines",
        "以时间线显示案件及其各项期限",
    ),
    (
        "Show how each column of each sheet was mapped, write nothing",
        "显示每张表每一列如何对应，不写入",
    ),
    (
        "Show what would be added, write nothing",
        "显示将会新增的内容，不写入",
    ),
    ("Take its public disclosure down (撤下公示)", "撤下公示"),
    (
        "The ISO week (default: the week of the as-of day)",
        "周（ISO 周，默认：截至日所在周）",
    ),
    (
        "The ISO week (default: the week of the as-of day); also `--week`",
        "周（ISO 周，默认：截至日所在周）；也可用 --week",
    ),
    (
        "The approval this case follows up (审批后监管)",
        "审批后监管：本案件跟进的审批",
    ),
    (
        "The assessment: scores and ranking of villages, work areas and centres (督考评分)",
        "督考评分：村、工作区和中心的得分与排名",
    ),
    (
        "The assessment: scores and rankings (督考评分)",
        "督考评分：得分与排名",
    ),
    (
        "The case as it stood at this moment, its deadlines judged then (default: now)",
        "案件在此时刻的样子，期限按当时判定（默认：现在）",
    ),
    ("The case id", "案件编号"),
    (
        "The case id, e.g. QS-2026-0042",
        "案件编号，如 QS-2026-0042",
    ),
    ("The catalog item, e.g. WJ01", "事项编号，如 WJ01"),
    (
        "The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)",
        "县级仓库或其中任一文件夹（默认：当前文件夹；从此向上第一个含 county.yaml 的文件夹即为县级仓库）",
    ),
    (
        "The county workbook: towns, ranking, inbox, departments (县级报表)",
        "县级报表：各镇、排名、县级待办、部门响应",
    ),
    (
        "The county: every town's standing, the county departments' inbox, fetching the towns' repositories (县级汇总)",
        "县级汇总：各镇情况、县直部门待办、同步各镇仓库",
    ),
    (
        "The daily board: one HTML page for the command centre's screen or the WeChat group (看板)",
        "看板：一页 HTML，供指挥中心大屏或微信群使用",
    ),
    ("The day of the consultation", "会商日期"),
    ("The day of the joint-office meeting", "联席办公会日期"),
    ("The decision number", "决定书编号"),
    (
        "The duty calendar: what is due, done, late or missed per day and grid (履职日历)",
        "履职日历：按日、按网格列出应办、已办、迟办和未办",
    ),
    (
        "The files (xlsx, xls, ods, csv, WeChat chat text; the format is read from the bytes)",
        "要导入的文件（xlsx、xls、ods、csv、微信聊天文本；格式按文件内容识别）",
    ),
    (
        "The finding's id, as `grid findings` shows it (e.g. reward-QS-2026-0042)",
        "认定编号，即 grid findings 显示的编号（如 reward-QS-2026-0042）",
    ),
    ("The first day", "起始日"),
    (
        "The folder to create the town in (default: the current folder)",
        "新建仓库所在的文件夹（默认：当前文件夹）",
    ),
    (
        "The folder to write into (the town's earlier export there is replaced)",
        "写入的文件夹（其中该镇以前的导出会被替换）",
    ),
    ("The format", "格式"),
    ("The grid of rows that name none", "未写网格的行所属的网格"),
    (
        "The half-month report of the 1st and the 15th (月报)",
        "月报：每月 1 日、15 日的半月报",
    ),
    (
        "The half: 1 (1st–15th) or 2 (16th–end); without it, the whole month, or the last finished half month when no month is given either",
        "半月：1（1 日至 15 日）或 2（16 日至月底）；不给时为整月，月份也不给时为最近结束的半月",
    ),
    (
        "The kind of records (default: decided from the headings)",
        "记录类别（默认：按表头判断）",
    ),
    (
        "The kind of records, or `wechat` for the WeChat message templates (群公告)",
        "记录类别，或 wechat（微信群公告模板）",
    ),
    ("The last day", "截止日"),
    ("The lead case", "主案件"),
    ("The measures decided", "决定的处理措施"),
    (
        "The moment the board is as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now)",
        "看板的截至时刻：某一天（当天收工时）或 YYYY-MM-DD HH:MM（默认：现在）",
    ),
    (
        "The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)",
        "检查的截至时刻：某一天（当天收工时）或 YYYY-MM-DD HH:MM（默认：北京时间现在）",
    ),
    (
        "The moment to judge as of (default: now)",
        "判定的截至时刻（默认：现在）",
    ),
    (
        "The moment to judge as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now); only what was recorded by then counts",
        "判定的截至时刻：某一天（当天收工时）或 YYYY-MM-DD HH:MM（默认：现在）；只计当时已记录的内容",
    ),
    (
        "The moment to report as of (default: now)",
        "报表的截至时刻（默认：现在）",
    ),
    (
        "The month (default: that of the last finished half month)",
        "月份（默认：最近结束的半月所在月）",
    ),
    (
        "The month (default: that of the last finished half month); also `--month`",
        "月份（默认：最近结束的半月所在月）；也可用 --month",
    ),
    (
        "The month of the lines (default: this month)",
        "按哪个月列出各行（默认：本月）",
    ),
    ("The note", "备注"),
    (
        "The page to write (default: 报表/<day>-看板.html in the repository)",
        "写入的页面（默认：仓库中的 报表/<日期>-看板.html）",
    ),
    ("The party (masked when disclosed)", "当事人（公示时脱敏）"),
    (
        "The period as one word: `2026-11`, `2026-Q4` or `2026-11-01..2026-11-15`",
        "期间：2026-11、2026-Q4 或 2026-11-01..2026-11-15",
    ),
    (
        "The quarter (default: that of the as-of day)",
        "季度（默认：截至日所在季度）",
    ),
    (
        "The quarter (default: that of the as-of day); also `--quarter`",
        "季度（默认：截至日所在季度）；也可用 --quarter",
    ),
    ("The reporter could not be called back", "未能回访上报人"),
    (
        "The sheet to print with `--format csv` (default: the first)",
        "用 --format csv 输出的工作表（默认：第一张）",
    ),
    ("The shell", "命令行环境"),
    (
        "The town as known at this moment, its facts judged then (default: now)",
        "按此时刻所知的镇数据，事实按当时判定（默认：现在）",
    ),
    (
        "The town grid-management office (网格化监管、一体化执法) in a git repository",
        "网格化监管、一体化执法：镇网格化服务中心的数据保存在 git 仓库中",
    ),
    (
        "The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)",
        "镇数据仓库或其中任一文件夹（默认：当前文件夹；从此向上第一个含 town.yaml 的文件夹即为仓库）",
    ),
    (
        "The village: its people in the drop-downs, and for patrols one line per member per day",
        "村：下拉列表中列出该村人员；巡查模板每人每天一行",
    ),
    ("The weekly consultation agenda (周会商议程)", "周会商议程"),
    (
        "The workbook to write (default: 报表/<name>.xlsx in the repository)",
        "写入的工作簿（默认：仓库中的 报表/<名称>.xlsx）",
    ),
    (
        "The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)",
        "写入的工作簿（默认：县级仓库中的 报表/<期间>-<类别>.xlsx）",
    ),
    (
        "The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)",
        "写入的工作簿（默认：仓库中的 模板/<网格>-<类别>-<月份>.xlsx；wechat 模板未指定文件时直接输出文字）",
    ),
    (
        "The year of dates written without one (`11月24日`; default: the year a title row or the file name states, else this year)",
        "未写年份的日期（如 11月24日）所属的年份（默认：标题行或文件名中写明的年份，否则为今年）",
    ),
    ("To the town or the county", "上提到镇或县"),
    (
        "To whom: a grid, work group, member unit or county department id",
        "交给谁：网格、工作组、成员单位或县直部门的编号",
    ),
    ("Turn warnings into failures", "把警告也算作不通过"),
    ("Urge it with a card (督办)", "督办：发督办卡"),
    (
        "Validate the repository: every file, field and reference (检查数据)",
        "检查数据：校验仓库中的每个文件、字段和引用",
    ),
    (
        "Village centres by batch and completeness (阵地建设)",
        "阵地建设：村级阵地按批次和完成情况",
    ),
    (
        "What is left: none, ongoing or eliminated (default: eliminated when fixed)",
        "遗留影响：none 无、ongoing 持续、eliminated 已消除（默认：已整改则为已消除）",
    ),
    ("What it concluded", "会商结论"),
    (
        "What to print: the summary table, the whole report as JSON, or one sheet as CSV",
        "输出内容：汇总表、整个报表的 JSON，或一张工作表的 CSV",
    ),
    ("When (default: now)", "时间（默认：现在）"),
    ("When it happened (default: now)", "发生时间（默认：现在）"),
    (
        "When it reached the town (default: now)",
        "到达镇里的时间（默认：现在）",
    ),
    (
        "When it was discovered (default: the time of the report)",
        "发现时间（默认：上报时间）",
    ),
    ("Where exactly", "具体地点"),
    (
        "Where it happened (none for a town-level matter)",
        "发生地网格（镇级事项不填）",
    ),
    ("Which workbook", "哪种报表"),
    (
        "Whistle a county department in (吹哨)",
        "吹哨：请县直部门到场",
    ),
    (
        "Who (a person id; default: the clerk whose email is your git user.email)",
        "操作人（人员编号；默认：git user.email 对应的文书）",
    ),
    (
        "Who (default: the clerk of your git email)",
        "操作人（默认：git 邮箱对应的文书）",
    ),
    ("Who approved the suspension", "批准挂起的人"),
    (
        "Who decided (default: the clerk of your git email)",
        "决定人（默认：git 邮箱对应的文书）",
    ),
    (
        "Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)",
        "上报人：人员编号；外部渠道可写任何人（12345、群众等）",
    ),
    ("Why", "原因"),
    (
        "Why (required: the decision is on the record)",
        "理由（必填：决定要记录在案）",
    ),
    (
        "Write even over uncommitted changes in the files touched",
        "即使要改动的文件有未提交的修改也照样写入",
    ),
    (
        "Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)",
        "数据导出：把全部记录和计算结果写成 Parquet，供 DuckDB、Spark、Trino 使用",
    ),
    (
        "Write the example town 青山镇 instead of an empty one",
        "写入示例镇青山镇，而不是空仓库",
    ),
    (
        "Write the free messages that may report an incident to this review workbook (采纳 / 不采纳), to import back once decided",
        "把可能上报事件的零散消息写入此审阅工作簿（采纳 / 不采纳），审阅后再导入",
    ),
    (
        "Write the workbook a village fills in, with drop-down lists (填报模板)",
        "填报模板：生成各村填写的工作簿，带下拉列表",
    ),
    (
        "approve, reject, exempt or reduce",
        "approve 同意、reject 驳回、exempt 免责或 reduce 减轻",
    ),
    (
        "fixed, not_responsible or unable",
        "fixed 已整改、not_responsible 非本村责任或 unable 无法整改",
    ),
    ("yellow, red or black", "yellow 黄牌、red 红牌或 black 黑牌"),
];

/// The Chinese form of an English text of the command line.
pub fn zh(english: &str) -> Option<&'static str> {
    CATALOG
        .binary_search_by(|(e, _)| e.cmp(&english))
        .ok()
        .map(|i| CATALOG[i].1)
}

/// The language the command line is shown in: `--lang` on it, else as [`Lang::resolve`] says.
pub fn lang_of(args: &[std::ffi::OsString]) -> Lang {
    let mut flag = None;
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        flag = match value {
            Some("zh") => Some(Lang::Zh),
            Some("en") => Some(Lang::En),
            _ => flag,
        };
    }
    Lang::from_env(flag).0
}

const TEMPLATE: &str = "{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";

/// `command` with its texts in Chinese, and its subcommands'.
pub fn localize(command: Command) -> Command {
    let about = command.get_about().map(ToString::to_string);
    let mut command = command
        .help_template(TEMPLATE)
        .subcommand_help_heading("命令")
        .subcommand_value_name("命令")
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .long_about(None)
        .mut_args(localize_arg)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("显示帮助")
                .help_heading("选项"),
        )
        .mut_subcommands(localize);
    if let Some(text) = about.as_deref().and_then(zh) {
        command = command.about(text);
    }
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("显示版本")
                .help_heading("选项"),
        );
    }
    command
}

fn localize_arg(arg: Arg) -> Arg {
    let help = arg.get_help().map(ToString::to_string);
    let takes_values = matches!(arg.get_action(), ArgAction::Set | ArgAction::Append);
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| takes_values && !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| value_name(n)).collect(),
        None => vec![value_name(&arg.get_id().as_str().to_uppercase())],
    };
    let heading = if arg.is_positional() {
        "参数"
    } else {
        "选项"
    };
    let mut arg = arg.long_help(None).help_heading(heading);
    if takes_values {
        // clap's own words for these are English; the Chinese help says them itself.
        arg = arg
            .value_names(names)
            .hide_possible_values(true)
            .hide_env(true)
            .hide_default_value(true);
    }
    if let Some(text) = help.as_deref().and_then(zh) {
        arg = if values.is_empty() || text.contains(values[0].as_str()) {
            arg.help(text)
        } else {
            arg.help(format!("{text}（可选：{}）", values.join("、")))
        };
    }
    arg
}

/// What clap said was wrong with the command line, in Chinese, with the usage and where to
/// read more.
pub fn error(err: &clap::Error) -> String {
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join("、"),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut said = match err.kind() {
        ErrorKind::InvalidSubcommand => {
            format!("未知的命令 '{}'", text(ContextKind::InvalidSubcommand))
        }
        ErrorKind::UnknownArgument => format!("未知的参数 '{arg}'"),
        ErrorKind::InvalidValue => format!("{arg} 的取值 '{value}' 无效"),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(err).map(|e| {
                e.downcast_ref::<crate::cli::BadValue>()
                    .map_or_else(|| e.to_string(), |bad| bad.zh.clone())
            });
            format!(
                "{arg} 的取值 '{value}' 无效{}",
                why.map(|w| format!("：{w}")).unwrap_or_default()
            )
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "请给出要执行的命令".to_string()
        }
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            prior if prior.is_empty() || prior == arg => format!("{arg} 只能给出一次"),
            prior => format!("{arg} 不能与 {prior} 同时使用"),
        },
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("{arg} 的取值个数不对")
        }
        ErrorKind::NoEquals => format!("{arg} 须写成 {arg}=取值"),
        ErrorKind::InvalidUtf8 => "命令行中有无法识别的字符".to_string(),
        _ => "命令行有误".to_string(),
    };
    for (kind, label) in [
        (ContextKind::SuggestedSubcommand, "相近的命令"),
        (ContextKind::SuggestedArg, "相近的参数"),
        (ContextKind::SuggestedValue, "相近的取值"),
    ] {
        let suggested = text(kind);
        if !suggested.is_empty() {
            said.push_str(&format!("\n\n  提示：{label} '{suggested}'"));
        }
    }
    let valid = text(ContextKind::ValidValue);
    if !valid.is_empty() {
        said.push_str(&format!("\n  可选：{valid}"));
    }
    let usage = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    let usage = in_chinese(usage.trim().trim_start_matches("Usage:").trim());
    let usage = if usage.is_empty() {
        String::new()
    } else {
        format!("用法：{usage}\n\n")
    };
    format!("错误：{said}\n\n{usage}更多信息请加 --help\n")
}

/// Help as clap renders it from a localised command, with the words clap writes itself in
/// Chinese.
pub fn in_chinese(rendered: &str) -> String {
    rendered.replace("[OPTIONS]", "[选项]")
}

/// Placeholders of values in Chinese: `--repo <目录>`.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("CARD", "督办卡"),
    ("CHANNEL", "渠道"),
    ("DECISION", "决定"),
    ("DECISION_NO", "决定书编号"),
    ("DIR", "目录"),
    ("FILE", "文件"),
    ("FILE.html", "文件.html"),
    ("FILE.xlsx", "文件.xlsx"),
    ("FILES", "文件"),
    ("FINDING", "认定"),
    ("FORMAT", "格式"),
    ("HALF", "半月"),
    ("ID", "编号"),
    ("IMPACT", "影响"),
    ("ITEM", "事项"),
    ("KIND", "类别"),
    ("LANG", "语言"),
    ("LOCATION", "地点"),
    ("MEASURES", "措施"),
    ("N", "数量"),
    ("NOTE", "备注"),
    ("OUTCOME", "结果"),
    ("PARTY", "当事人"),
    ("PERIOD", "期间"),
    ("REASON", "理由"),
    ("REF", "编号"),
    ("RESULT", "结果"),
    ("SHEET", "工作表"),
    ("SHELL", "环境"),
    ("STATE", "状态"),
    ("STATUS", "状态"),
    ("TEXT", "文字"),
    ("TITLE", "标题"),
    ("TO", "对象"),
    ("WHAT", "内容"),
    ("WHO", "人员"),
    ("YEAR", "年份"),
];

/// The Chinese placeholder of a value name (`YYYY-MM-DD` and the like stay as they are).
fn value_name(name: &str) -> String {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map_or_else(|| name.to_string(), |(_, zh)| (*zh).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn texts(command: &Command, out: &mut Vec<String>) {
        out.extend(command.get_about().map(ToString::to_string));
        for arg in command.get_arguments() {
            out.extend(arg.get_help().map(ToString::to_string));
        }
        for sub in command.get_subcommands() {
            texts(sub, out);
        }
    }

    #[test]
    fn the_catalog_is_sorted_and_has_every_text_of_the_command_line() {
        assert!(CATALOG.windows(2).all(|w| w[0].0 < w[1].0), "sort CATALOG");
        let mut all = Vec::new();
        texts(&crate::cli::Cli::command(), &mut all);
        let missing: Vec<&String> = all.iter().filter(|t| zh(t).is_none()).collect();
        assert!(missing.is_empty(), "no Chinese for: {missing:#?}");
    }

    #[test]
    fn the_language_of_the_command_line_is_its_lang_flag_first() {
        let args = |list: &[&str]| -> Vec<std::ffi::OsString> {
            list.iter().map(std::ffi::OsString::from).collect()
        };
        assert_eq!(lang_of(&args(&["grid", "check", "--lang", "en"])), Lang::En);
        assert_eq!(lang_of(&args(&["grid", "--lang=en", "check"])), Lang::En);
        assert_eq!(lang_of(&args(&["grid", "--lang", "zh"])), Lang::Zh);
    }
}
