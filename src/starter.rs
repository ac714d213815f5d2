//! The files of a new, empty town repository (`grid init`): a commented `town.yaml`, the
//! standard catalog, the holiday calendar, empty grids, a roster with the one person
//! `town.yaml` names, and what keeps git tidy.

use crate::format::{CatalogFile, EnforcementFile};
use crate::layout;
use crate::synth::world::{calendar_file, catalog};
use crate::yamlout;

const TOWN: &str = "# yaml-language-server: $schema=schemas/town.schema.json
# 镇网格：镇、镇级网格、领导小组、成员单位、一办两中心、时限与考核权重。
# The town: its level-1 grid, leadership group, member units, offices, deadlines and weights.
code: '000000000'          # 9 位乡镇代码（6 位县 + 3 位乡镇） / 9-digit township code
name: 待填写镇              # 镇名 / the town's name
county: 待填写县
grid:
  id: TOWN                  # 镇级网格编号，也是案件编号的前缀 / prefix of case ids
leadership_group:
  leader: P0001             # roster.csv 中的人员编号 / a person id of roster.csv
  deputies: []
  units: []                 # 成员单位：{id: zzzx, name: 综治中心, contact: P0010}
offices:
  grid_center: 网格化服务中心
  service_center: 便民服务中心
  enforcement_office: 综合执法办公室
# policy: 省略的项目取默认值（见 docs/FORMATS.md） / omitted knobs take their defaults
policy:
  patrol:
    report_by: '09:00'      # 当日巡查次日几点前报送 / day D's patrol is due by this time on D+1
  sweep:
    days: [1, 15]           # 每月排查日 / sweep days of the month
  due_soon_percent: 80      # 用去多少时间即预警 / share of a deadline's time that makes it due soon
";

const ROSTER: &str = "person,name,phone,grid,role,title,from,to,wechat,email
P0001,待填写,,TOWN,town_head,党委书记,,,,
";

/// The `.gitignore` of a town repository.
pub const GITIGNORE: &str =
    "# grid: reports, temporary files of interrupted writes, rows refused by an import
/报表/
.grid-tmp-*
*.rejected.csv
";

/// The `.gitattributes` of a town repository: LF line ends in every checkout, spreadsheets binary.
pub const GITATTRIBUTES: &str = "* text=auto eol=lf
*.xlsx binary
*.xls binary
*.ods binary
";

fn with_schema(file: &str, body: &str) -> String {
    format!("{}{body}", crate::schema::header_for(file, true))
}

/// Every file of a new town: path and content.
pub fn files() -> Result<Vec<(&'static str, String)>, serde_yaml::Error> {
    let mut plain_catalog: CatalogFile = catalog();
    for class in &mut plain_catalog.classes {
        for item in &mut class.items {
            item.group = None;
        }
    }
    let enforcement = EnforcementFile {
        groups: Vec::new(),
        departments: Vec::new(),
    };
    Ok(vec![
        (layout::TOWN, TOWN.to_string()),
        (
            layout::CATALOG,
            with_schema(layout::CATALOG, &yamlout::to_string(&plain_catalog)?),
        ),
        (
            layout::ENFORCEMENT,
            with_schema(layout::ENFORCEMENT, &yamlout::to_string(&enforcement)?),
        ),
        (
            layout::CALENDAR,
            with_schema(layout::CALENDAR, &yamlout::to_string(&calendar_file())?),
        ),
        (
            layout::WORK_AREAS,
            with_schema(layout::WORK_AREAS, "work_areas: []\n"),
        ),
        (
            layout::ENTERPRISES,
            with_schema(layout::ENTERPRISES, "enterprises: []\n"),
        ),
        (
            layout::VILLAGES,
            with_schema(layout::VILLAGES, "villages: []\n"),
        ),
        (layout::ROSTER, ROSTER.to_string()),
        (".gitignore", GITIGNORE.to_string()),
        (".gitattributes", GITATTRIBUTES.to_string()),
    ])
}

/// The line that marks a pre-commit hook as `grid`'s own (it may be replaced).
pub const HOOK_MARK: &str = "# Installed by `grid hook install`";

/// The name, beside grid's hook, of a hook that was there before; grid's hook runs it first.
pub const CHAINED_HOOK: &str = "pre-commit.before-grid";

/// The pre-commit hook: `grid check --staged` on the town at `town` (relative to the work
/// tree), with `fallback` as the binary when `grid` is not on the PATH; a hook that was there
/// before ([`CHAINED_HOOK`]) runs first.
pub fn pre_commit_hook(town: &str, fallback: &str) -> String {
    let repo = if town.is_empty() {
        ".".to_string()
    } else {
        town.trim_end_matches('/').to_string()
    };
    format!(
        "#!/bin/sh
# Installed by `grid hook install`: refuses a commit whose staged data has errors.
# 由 grid hook install 安装：暂存的数据有错误时拒绝提交。跳过：git commit --no-verify
# A hook that was here before runs first: {chained} (原有的钩子先运行).
if [ -x \"$(dirname \"$0\")/{chained}\" ]; then \"$(dirname \"$0\")/{chained}\" \"$@\" || exit $?; fi
GRID='{fallback}'
if command -v grid >/dev/null 2>&1; then GRID=grid; fi
exec \"$GRID\" check --staged --quiet --repo '{repo}'
",
        chained = CHAINED_HOOK
    )
}
