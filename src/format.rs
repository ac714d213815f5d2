//! The on-disk formats: one serde type per YAML file and per CSV row, exactly as docs/FORMATS.md and
//! `docs/FORMATS.md` describe them. The JSON Schemas in `schemas/` are generated from these
//! types. Loading turns them into the model; writing (synth, import, case commands) serialises
//! them. They hold text as written: ids are resolved by the loader.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::choices::{
    Action, BottomLine, Card, Channel, Impact, MeetingKind, Outcome, PatrolChannel, Role, Verdict,
};
use crate::timefmt::{Clock, Stamp};

/// `town.yaml`: the town, its level-1 grid, leadership group, offices and policy.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TownFile {
    /// 9-digit township code (6 county digits + 3 township digits).
    pub code: String,
    /// The town's name, e.g. 青山镇.
    pub name: String,
    /// The county.
    pub county: String,
    /// The level-1 grid.
    pub grid: TownGridEntry,
    /// The leadership group (领导小组).
    pub leadership_group: LeadershipGroupEntry,
    /// The names of the one office and two centres.
    pub offices: OfficesEntry,
    /// Deadlines, rewards and weights; every knob has a default.
    #[serde(default)]
    pub policy: Policy,
}

/// The level-1 grid of `town.yaml`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TownGridEntry {
    /// The grid id; also the prefix of case ids.
    pub id: String,
    /// Display name (defaults to the town's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The leadership group: leader, deputies and member units.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadershipGroupEntry {
    /// Person id of the leader.
    pub leader: String,
    /// Person ids of the deputies.
    #[serde(default)]
    pub deputies: Vec<String>,
    /// Member units (综治中心, 派出所 …).
    #[serde(default)]
    pub units: Vec<UnitEntry>,
}

/// A member unit of the leadership group.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitEntry {
    /// Unit id.
    pub id: String,
    /// Unit name.
    pub name: String,
    /// Person id of its contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// The one office and two centres.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OfficesEntry {
    /// 网格化服务中心.
    pub grid_center: String,
    /// 便民服务中心.
    pub service_center: String,
    /// 综合执法办公室.
    pub enforcement_office: String,
}

/// `policy:` of `town.yaml`: every deadline and weight, with the defaults of docs/FORMATS.md.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// Daily patrols.
    pub patrol: PatrolPolicy,
    /// The 1st/15th sweeps.
    pub sweep: SweepPolicy,
    /// Quarterly joint inspections.
    pub quarterly: QuarterlyPolicy,
    /// Weekly town consultations.
    pub consultation: ConsultationPolicy,
    /// County responses to whistles.
    pub whistle: WhistlePolicy,
    /// County responses to escalations (镇呼县应).
    #[serde(skip_serializing_if = "CountyPolicy::is_default")]
    pub county: CountyPolicy,
    /// Enterprise grids' patrols (企业网格).
    pub enterprise: EnterprisePolicy,
    /// Share of a deadline's time after which it shows as due soon (预警).
    pub due_soon_percent: DueSoonPercent,
    /// First-report rewards.
    pub first_report: FirstReportPolicy,
    /// Accountability for missed reports.
    pub accountability: AccountabilityPolicy,
    /// Fault tolerance (容错纠错).
    pub fault_tolerance: FaultTolerancePolicy,
    /// Village centre rollout targets.
    pub rollout: RolloutPolicy,
    /// Assessment weights.
    pub assessment: AssessmentPolicy,
    /// Audit thresholds.
    pub audit: AuditPolicy,
    /// Public disclosure.
    pub disclosure: DisclosurePolicy,
}

macro_rules! defaulted {
    ($name:ident, $ty:ty, $value:expr, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub $ty);

        impl Default for $name {
            fn default() -> Self {
                $name($value)
            }
        }
    };
}

defaulted!(DueSoonPercent, u32, 80, "A percentage (default 80).");
defaulted!(Days15, u32, 15, "A number of days (default 15).");
defaulted!(Days7, u32, 7, "A number of days (default 7).");
defaulted!(Hours48, u32, 48, "A number of hours (default 48).");
defaulted!(Hours24, u32, 24, "A number of hours (default 24).");
defaulted!(Keep365, u32, 365, "A number of days (default 365).");
defaulted!(Days5, u32, 5, "A number of days (default 5).");

/// Daily patrol policy.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PatrolPolicy {
    /// Time of day D+1 by which day D's patrol must be reported (default 09:00).
    pub report_by: Clock,
}

impl Default for PatrolPolicy {
    fn default() -> Self {
        PatrolPolicy {
            report_by: Clock(chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()),
        }
    }
}

/// Sweep policy.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SweepPolicy {
    /// Days of the month of the sweeps (default 1 and 15).
    pub days: Vec<u32>,
}

impl Default for SweepPolicy {
    fn default() -> Self {
        SweepPolicy { days: vec![1, 15] }
    }
}

/// Quarterly joint-inspection policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct QuarterlyPolicy {
    /// Days at the start of a quarter within which the inspection is due (default 15).
    pub window_days: Days15,
}

/// Town consultation policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ConsultationPolicy {
    /// Days within which an escalated case must be discussed (default 7).
    pub within_days: Days7,
}

/// Enterprise grid policy: the enterprise grid head patrols the enterprise every
/// `patrol_days` days.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct EnterprisePolicy {
    /// Days within which the enterprise grid head patrols the enterprise once (default 7; a
    /// cycle of 7 is the ISO week).
    pub patrol_days: Days7,
}

/// Whistle policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct WhistlePolicy {
    /// Hours within which a whistled department must respond (default 48).
    pub response_hours: Hours48,
}

/// The county's answer to a case the town escalated to it (镇呼县应).
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CountyPolicy {
    /// Hours within which a county department must answer an escalation (default: the
    /// whistle's `response_hours`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_hours: Option<Hours48>,
}

impl CountyPolicy {
    /// Whether nothing is set (the whistle's hours apply), so that `town.yaml` need not say it.
    pub fn is_default(&self) -> bool {
        self.response_hours.is_none()
    }
}

/// First-report reward amounts (yuan) per bottom-line class.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FirstReportPolicy {
    /// Amount per class.
    pub reward: RewardTable,
}

/// Reward amounts per bottom-line class.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct RewardTable {
    /// 安保维稳 (default 200).
    pub security_stability: u32,
    /// 违法建设 (default 300).
    pub illegal_construction: u32,
    /// 安全生产 (default 300).
    pub production_safety: u32,
    /// 环境保护 (default 200).
    pub environment: u32,
    /// 负面舆情 (default 100).
    pub public_opinion: u32,
}

impl Default for RewardTable {
    fn default() -> Self {
        RewardTable {
            security_stability: 200,
            illegal_construction: 300,
            production_safety: 300,
            environment: 200,
            public_opinion: 100,
        }
    }
}

impl RewardTable {
    /// The amount for a class.
    pub fn amount(&self, class: BottomLine) -> u32 {
        match class {
            BottomLine::SecurityStability => self.security_stability,
            BottomLine::IllegalConstruction => self.illegal_construction,
            BottomLine::ProductionSafety => self.production_safety,
            BottomLine::Environment => self.environment,
            BottomLine::PublicOpinion => self.public_opinion,
        }
    }
}

/// Accountability policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AccountabilityPolicy {
    /// Hours after discovery within which the village must have reported (default 24).
    pub grace_hours: Hours24,
}

/// Fault-tolerance policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FaultTolerancePolicy {
    /// Hours within which a remedy earns exemption (default 48).
    pub remedy_hours: Hours48,
}

/// Village centre rollout targets.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct RolloutPolicy {
    /// Date by which batch 1 centres are complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_1_by: Option<NaiveDate>,
    /// Date by which batch 2 centres are complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_2_by: Option<NaiveDate>,
}

/// Assessment policy.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AssessmentPolicy {
    /// Weights of the rates (points).
    pub weights: AssessmentWeights,
    /// Points deducted per accountability finding.
    pub accountability_deduction: u32,
    /// Points added per first-report reward.
    pub reward_bonus: u32,
}

impl Default for AssessmentPolicy {
    fn default() -> Self {
        AssessmentPolicy {
            weights: AssessmentWeights::default(),
            accountability_deduction: 2,
            reward_bonus: 1,
        }
    }
}

/// Weights of the assessment rates.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AssessmentWeights {
    /// Patrol completion (default 30).
    pub patrol_completion: u32,
    /// On-time reporting (default 15).
    pub on_time: u32,
    /// Sweep and meeting attendance (default 15).
    pub attendance: u32,
    /// Cases handled on time, 按时处置率 (default 15).
    pub case_on_time: u32,
    /// Closure rate, 结案率 (default 10).
    pub closure: u32,
    /// Rework rate, 返工率 (default 5).
    pub rework: u32,
    /// Missed-report rate, 漏报率 (default 10).
    pub missed_report: u32,
}

impl Default for AssessmentWeights {
    fn default() -> Self {
        AssessmentWeights {
            patrol_completion: 30,
            on_time: 15,
            attendance: 15,
            case_on_time: 15,
            closure: 10,
            rework: 5,
            missed_report: 10,
        }
    }
}

/// Audit policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AuditPolicy {
    /// Hours after `reported_at` past which a first commit counts as backfilled (default 48).
    pub backfill_hours: Hours48,
}

/// Disclosure policy.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct DisclosurePolicy {
    /// Days a published item stays listed (default 365).
    pub keep_days: Keep365,
    /// Days from posting within which objections are received (公示期, default 5).
    pub objection_days: Days5,
    /// Who posts the notice (default: the town's enforcement office, e.g. 青山镇综合执法办公室).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The phone at which objections are received (printed on the notice).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// `catalog.yaml`: the reportable items (XX类XX项).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// The classes of items.
    pub classes: Vec<ClassEntry>,
}

/// A class of the catalog.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassEntry {
    /// Class code, e.g. WJ.
    pub code: String,
    /// Class name, e.g. 违法建设.
    pub name: String,
    /// The bottom-line class this is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bottom_line: Option<BottomLine>,
    /// The items of the class.
    pub items: Vec<ItemEntry>,
}

/// A reportable item.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemEntry {
    /// Item code, e.g. WJ01.
    pub code: String,
    /// Item name, e.g. 私搭乱建.
    pub name: String,
    /// Hours within which a report must be accepted.
    pub accept_hours: u32,
    /// Working days within which an accepted case must be resolved.
    pub resolve_days: u32,
    /// The enforcement work group that handles it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Whether the town may act on it itself (else a county department is whistled in).
    #[serde(default = "yes")]
    pub town_authority: bool,
    /// Words that, in a free WeChat message, suggest this item (失火, 冒烟, 违建 …): such a
    /// message is offered for review as a report of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

fn yes() -> bool {
    true
}

/// `enforcement.yaml`: work groups and county departments.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnforcementFile {
    /// Enforcement work groups.
    pub groups: Vec<GroupEntry>,
    /// County departments that can be whistled in.
    #[serde(default)]
    pub departments: Vec<DepartmentEntry>,
}

/// An enforcement work group.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    /// Group id, e.g. G-construction.
    pub id: String,
    /// Group name.
    pub name: String,
    /// Person id of the leader in charge (分管领导).
    pub leader: String,
    /// Person id of the group head (组长).
    pub head: String,
    /// Person ids of the members.
    #[serde(default)]
    pub members: Vec<String>,
    /// Catalog item codes the group handles.
    #[serde(default)]
    pub items: Vec<String>,
}

/// A county department.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepartmentEntry {
    /// Department id, e.g. county-zrzy.
    pub id: String,
    /// Department name, e.g. 县自然资源局.
    pub name: String,
    /// Contact (name and phone), free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// `calendar.yaml`: per year, holidays and make-up workdays (调休).
pub type CalendarFile = BTreeMap<i32, CalendarYear>;

/// One year of `calendar.yaml`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarYear {
    /// Days off that would otherwise be working days.
    #[serde(default)]
    pub holidays: Vec<NaiveDate>,
    /// Weekend days that are working days.
    #[serde(default)]
    pub workdays: Vec<NaiveDate>,
}

/// `grids/work-areas.yaml`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkAreasFile {
    /// The level-2 work-area grids.
    pub work_areas: Vec<WorkAreaEntry>,
}

/// A work-area grid.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkAreaEntry {
    /// Grid id, e.g. W1.
    pub id: String,
    /// Name, e.g. 东部工作区.
    pub name: String,
    /// The roster role of its heads (always `work_area_head`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heads_role: Option<Role>,
}

/// `grids/enterprises.yaml`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnterprisesFile {
    /// The level-2 enterprise grids.
    pub enterprises: Vec<EnterpriseEntry>,
}

/// An enterprise grid.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnterpriseEntry {
    /// Grid id.
    pub id: String,
    /// The enterprise's name.
    pub name: String,
    /// The work area it lies in.
    pub work_area: String,
    /// Unified social credit code (18 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
}

/// `grids/villages.yaml`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VillagesFile {
    /// The level-3 village grids.
    pub villages: Vec<VillageEntry>,
}

/// A village grid (by natural village).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VillageEntry {
    /// Grid id, e.g. W1-V01.
    pub id: String,
    /// Name, e.g. 东村.
    pub name: String,
    /// The work area it belongs to.
    pub work_area: String,
    /// 12-digit statistical area code.
    pub code: String,
    /// The village centre (村级网格服务站) rollout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<CenterEntry>,
}

/// A village centre and how far its rollout is.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CenterEntry {
    /// Rollout batch: 1 or 2.
    pub batch: u8,
    /// Date it opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<NaiveDate>,
    /// Signage in place.
    #[serde(default)]
    pub signage: bool,
    /// Furniture in place.
    #[serde(default)]
    pub furniture: bool,
    /// Procedures posted.
    #[serde(default)]
    pub procedures: bool,
    /// Duty roster posted.
    #[serde(default)]
    pub duty_roster: bool,
}

/// `cases/YYYY/<id>.yaml`: one incident from first report to disclosure.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// `<town grid id>-YYYY-NNNN`; equals the file name.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Catalog item code.
    pub item: String,
    /// Grid where it happened (none for town-level matters).
    #[serde(default)]
    pub grid: Option<String>,
    /// Where exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// When the incident was discovered.
    pub discovered_at: Stamp,
    /// What it left behind.
    #[serde(default = "no_impact")]
    pub impact: Impact,
    /// The lead case, where this one is a duplicate.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    /// The approval this case follows up.
    #[serde(default)]
    pub approval: Option<String>,
    /// `minor` where a minor is involved (never disclosed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<String>,
    /// Never disclosed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
    /// Every report of the incident, any channel.
    pub reports: Vec<ReportEntry>,
    /// The life of the case, in time order.
    #[serde(default)]
    pub events: Vec<EventEntry>,
    /// Public disclosure (公示).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<DisclosureEntry>,
}

fn no_impact() -> Impact {
    Impact::None
}

/// A report of an incident.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    /// When it reached the town.
    pub at: Stamp,
    /// Who reported: a person id, or `12345`, a citizen, a newspaper … for outside channels.
    pub by: String,
    /// The channel.
    pub channel: Channel,
    /// A reference such as a 12345 work-order number.
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// An event in the life of a case. Which fields an action needs is in `docs/FORMATS.md`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventEntry {
    /// When.
    pub at: Stamp,
    /// What happened.
    pub action: Action,
    /// Who: a person id, or a department id for `responded`.
    pub by: String,
    /// The target of `assigned`, `escalated` (town or county) and `whistle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// When the assignee signed for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_for: Option<Stamp>,
    /// The reason of `rejected`, `suspended` and `reopened`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The lead case of `duplicate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// The meeting date of `consulted` and `decided`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<NaiveDate>,
    /// The outcome of a consultation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// The measures of `decided`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// The decision number of `decided` (for disclosure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_no: Option<String>,
    /// The party of `decided` (for disclosure, masked there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// Who approved a `suspended`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// The card of `urged`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<Card>,
    /// The outcome of `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The impact recorded at `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<Impact>,
    /// Whether the reporter was called back, at `checked` (回访).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback: Option<bool>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventEntry {
    /// An event with only its time, action and actor.
    pub fn new(at: chrono::NaiveDateTime, action: Action, by: impl Into<String>) -> EventEntry {
        EventEntry {
            at: Stamp(at),
            action,
            by: by.into(),
            to: None,
            signed_for: None,
            reason: None,
            of: None,
            meeting: None,
            result: None,
            measures: None,
            decision_no: None,
            party: None,
            approved_by: None,
            card: None,
            outcome: None,
            impact: None,
            callback: None,
            note: None,
        }
    }
}

/// Public disclosure of a case.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisclosureEntry {
    /// Whether it is published.
    pub public: bool,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<NaiveDate>,
    /// When it was taken down (`grid case withdraw-disclosure`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<NaiveDate>,
}

/// `findings/decisions.yaml`: the supervision office's decisions on findings.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionsFile {
    /// One entry per decided finding.
    #[serde(default)]
    pub decisions: Vec<DecisionEntry>,
}

/// A decision on a finding.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionEntry {
    /// The finding's stable id.
    pub finding: String,
    /// The decision.
    pub decision: Verdict,
    /// Person id of who decided.
    pub by: String,
    /// When.
    pub at: Stamp,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether a CSV column must be there, and whether a row may leave it empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// The column may be missing from the header; a row may leave it empty.
    Optional,
    /// The header must have the column; a row may leave it empty.
    Column,
    /// The header must have the column and every row must fill it.
    Value,
}

/// What a CSV column holds, as the loader reads it (cells are trimmed first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Free text.
    Text,
    /// `YYYY-MM-DD`, years 1970–2099.
    Date,
    /// `HH:MM` (or `H:MM`, or with seconds).
    Clock,
    /// `YYYY-MM-DD HH:MM` (also with `T`, and with seconds).
    Stamp,
    /// An id: letters, digits, `_` and `-`.
    Id,
    /// Ids separated by `;` (or `；`).
    IdList,
    /// A whole number; empty is 0.
    Count,
    /// One of a closed vocabulary.
    Choice(&'static [&'static str]),
    /// `person:reason` entries separated by `;`.
    Absences,
    /// `patrol:DATE:PERSON`, `inspection:DATE:AREA`, `case:ID` or a bare case id.
    RecordRef,
    /// 64 hexadecimal digits.
    Sha256,
}

/// One column of a CSV record kind.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The heading.
    pub name: &'static str,
    /// Whether it must be there and filled.
    pub need: Need,
    /// What it holds.
    pub shape: Shape,
    /// For a closed vocabulary: the Chinese names its values are also written as, with the
    /// value (see [`crate::model::choices`]); empty otherwise.
    pub labels: &'static [(&'static str, &'static str)],
}

/// The Chinese names of a column's vocabulary, if it has one.
macro_rules! labels_of {
    () => {
        &[]
    };
    ($choice:ident) => {
        $choice::LABELS
    };
}

macro_rules! csv_rows {
    ($($(#[$meta:meta])* $name:ident {
        $($(#[$fmeta:meta])* $field:ident: $need:ident $shape:ident $(($choice:ident))?,)*
    })*) => {$(
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fmeta])* #[serde(default)] pub $field: String,)*
        }

        impl $name {
            /// The columns, in file order.
            pub const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// The columns with what each must hold, in file order.
            pub const SPEC: &'static [Column] = &[$(Column {
                name: stringify!($field),
                need: Need::$need,
                shape: Shape::$shape $(($choice::TEXTS))?,
                labels: labels_of!($($choice)?),
            }),*];

            /// The columns the header must have.
            pub fn required_columns() -> Vec<&'static str> {
                Self::SPEC
                    .iter()
                    .filter(|c| c.need != Need::Optional)
                    .map(|c| c.name)
                    .collect()
            }
        }
    )*};
}

csv_rows! {
    /// A row of `roster.csv`: one assignment of a person to a grid.
    RosterRow {
        /// Person id.
        person: Value Id,
        /// Full name.
        name: Column Text,
        /// Mobile or landline.
        phone: Optional Text,
        /// Grid id.
        grid: Value Id,
        /// Role (see docs/FORMATS.md).
        role: Value Choice(Role),
        /// Title, free text (村支书, 村委委员, 信息员 …).
        title: Optional Text,
        /// First day of the assignment (empty: always).
        from: Optional Date,
        /// Last day of the assignment (empty: open).
        to: Optional Date,
        /// WeChat id.
        wechat: Optional Text,
        /// Git author email (clerks).
        email: Optional Text,
    }

    /// A row of `patrols/YYYY-MM.csv`: one member's patrol on one day.
    PatrolRow {
        /// The day patrolled.
        date: Value Date,
        /// Village grid id (an enterprise grid id for the enterprise head's patrol).
        grid: Value Id,
        /// Person id of the base member (the enterprise head on an enterprise grid).
        member: Value Id,
        /// Start, HH:MM.
        start: Optional Clock,
        /// End, HH:MM.
        end: Optional Clock,
        /// Catalog item codes checked, `;`-separated.
        items: Optional IdList,
        /// Number of issues found.
        issues: Optional Count,
        /// Case ids opened from it, `;`-separated.
        cases: Optional IdList,
        /// Free text.
        notes: Optional Text,
        /// Person id of the village head who signed.
        signed_by: Optional Id,
        /// When signed, YYYY-MM-DD HH:MM.
        signed_at: Optional Stamp,
        /// Person id of the social member who reported it.
        reported_by: Optional Id,
        /// When reported to the centre, YYYY-MM-DD HH:MM.
        reported_at: Optional Stamp,
        /// wechat_group (default), wechat_direct, hotline, app, paper.
        channel: Optional Choice(PatrolChannel),
    }

    /// A row of `sweeps/YYYY-MM.csv`: one village's sweep on the 1st or 15th.
    SweepRow {
        /// The sweep day.
        date: Value Date,
        /// Village grid id.
        grid: Value Id,
        /// Person id of the organiser (the village head).
        organizer: Column Id,
        /// Person ids present, `;`-separated.
        participants: Optional IdList,
        /// Absent members with reason: `person:reason;…`.
        absent: Optional Absences,
        /// Number of issues found.
        issues: Optional Count,
        /// Case ids opened, `;`-separated.
        cases: Optional IdList,
        /// Free text.
        notes: Optional Text,
    }

    /// A row of `meetings/YYYY-MM.csv`.
    MeetingRow {
        /// The meeting day.
        date: Value Date,
        /// village_half_month, town_consultation or joint_office.
        kind: Value Choice(MeetingKind),
        /// Grid id (the village, or the town grid).
        grid: Value Id,
        /// Person id of the chair.
        chair: Optional Id,
        /// Person ids present, `;`-separated.
        attendees: Optional IdList,
        /// Case ids discussed, `;`-separated.
        cases: Optional IdList,
        /// Decisions, free text.
        decisions: Optional Text,
        /// Person id who signed the minutes.
        signed_by: Optional Id,
        /// Person id who reported the minutes.
        reported_by: Optional Id,
        /// When reported, YYYY-MM-DD HH:MM.
        reported_at: Optional Stamp,
        /// Free text.
        notes: Optional Text,
    }

    /// A row of `inspections/YYYY-Qn.csv`: a quarterly joint inspection of a work area.
    InspectionRow {
        /// The inspection day.
        date: Value Date,
        /// Work-area grid id.
        work_area: Value Id,
        /// Person id of the lead (the work-area head).
        lead: Column Id,
        /// Person ids taking part, `;`-separated.
        participants: Optional IdList,
        /// Village grid ids covered, `;`-separated.
        villages: Optional IdList,
        /// Number of issues found.
        issues: Optional Count,
        /// Case ids opened, `;`-separated.
        cases: Optional IdList,
        /// Free text.
        notes: Optional Text,
    }

    /// A row of `approvals/YYYY.csv`: an approval that needs follow-up supervision.
    ApprovalRow {
        /// Approval id.
        id: Value Id,
        /// Catalog item code.
        item: Value Id,
        /// Village grid id.
        village: Value Id,
        /// Applicant (personal data: masked on export).
        applicant: Optional Text,
        /// Date approved.
        approved_at: Value Date,
        /// Date by which the grid must have checked it.
        follow_up_by: Value Date,
        /// The record that checked it: `patrol:DATE:PERSON`, `inspection:DATE:AREA` or `case:ID`.
        supervised_by: Optional RecordRef,
        /// Free text.
        notes: Optional Text,
    }

    /// A row of `imports/manifest.csv`: one imported file.
    ManifestRow {
        /// SHA-256 of the file's bytes.
        sha256: Value Sha256,
        /// The file's name as imported.
        file: Value Text,
        /// The kind it was read as.
        kind: Optional Text,
        /// When, YYYY-MM-DD HH:MM.
        imported_at: Optional Stamp,
        /// Rows added.
        added: Optional Count,
        /// Rows skipped as already present.
        skipped: Optional Count,
    }
}

/// `imports/rules.yaml`: how a village's own spreadsheets map, without a code change.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRulesFile {
    /// The rules; the first that matches a sheet applies.
    #[serde(default)]
    pub rules: Vec<ImportRule>,
    /// How the town's chat material is read, beyond the layouts grid knows.
    #[serde(default, skip_serializing_if = "ChatRules::is_empty")]
    pub chat: ChatRules,
}

/// The `chat:` section of `imports/rules.yaml`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChatRules {
    /// Headings of a chat export (CSV or sheet) and what each holds: `time`, `date`, `sender`,
    /// `wechat` (the sender's WeChat id) or `content` (`发言时间: time`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headings: BTreeMap<String, String>,
    /// The header line of a message in chat text the built-in layouts do not read, with
    /// `{sender}`, `{date}`, `{time}` where they stand (`"[{date} {time}] {sender}:"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header: Vec<String>,
}

impl ChatRules {
    /// Whether the section says nothing.
    pub fn is_empty(&self) -> bool {
        self.headings.is_empty() && self.header.is_empty()
    }
}

/// One rule of `imports/rules.yaml`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRule {
    /// The file names the rule applies to, as a pattern (`东村*.xlsx`; `*` any text, `?` one
    /// character). Without it, any file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Headings a sheet must all have for the rule to apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when_headings: Vec<String>,
    /// The kind of records: patrol, sweep, meeting, inspection, roster, approval, work-order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Headings and the column each means (`巡逻日期: date`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headings: BTreeMap<String, String>,
    /// More names for the values of a column with a closed vocabulary, by column
    /// (`channel: {村群: wechat_group}`), beside the Chinese names grid knows.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of<T: Serialize + Default>() -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.serialize(T::default()).unwrap();
        let bytes = writer.into_inner().unwrap();
        String::from_utf8(bytes)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    }

    #[test]
    fn csv_columns_are_the_row_fields_in_order() {
        assert_eq!(header_of::<RosterRow>(), RosterRow::COLUMNS.join(","));
        assert_eq!(header_of::<PatrolRow>(), PatrolRow::COLUMNS.join(","));
        assert_eq!(header_of::<SweepRow>(), SweepRow::COLUMNS.join(","));
        assert_eq!(header_of::<MeetingRow>(), MeetingRow::COLUMNS.join(","));
        assert_eq!(
            header_of::<InspectionRow>(),
            InspectionRow::COLUMNS.join(",")
        );
        assert_eq!(header_of::<ApprovalRow>(), ApprovalRow::COLUMNS.join(","));
        assert_eq!(header_of::<ManifestRow>(), ManifestRow::COLUMNS.join(","));
    }

    #[test]
    fn policy_defaults_are_the_design_defaults() {
        let policy: Policy = serde_yaml::from_str("{}").unwrap();
        assert_eq!(policy.patrol.report_by.to_string(), "09:00");
        assert_eq!(policy.sweep.days, vec![1, 15]);
        assert_eq!(policy.quarterly.window_days.0, 15);
        assert_eq!(policy.consultation.within_days.0, 7);
        assert_eq!(policy.whistle.response_hours.0, 48);
        assert_eq!(policy.due_soon_percent.0, 80);
        assert_eq!(
            policy
                .first_report
                .reward
                .amount(BottomLine::IllegalConstruction),
            300
        );
        assert_eq!(policy.accountability.grace_hours.0, 24);
        assert_eq!(policy.fault_tolerance.remedy_hours.0, 48);
        assert_eq!(policy.assessment.weights.patrol_completion, 30);
        assert_eq!(policy.audit.backfill_hours.0, 48);
        assert_eq!(policy.disclosure.keep_days.0, 365);
    }
}

/// `county.yaml`: the county, its towns and where their repositories are, its departments and
/// the weights of its ranking of towns (the county repository's one register).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountyFile {
    /// 6-digit county code, e.g. 370211.
    pub code: String,
    /// County name, e.g. 示例县.
    pub name: String,
    /// The towns of the county.
    pub towns: Vec<CountyTownEntry>,
    /// The county departments towns whistle in and escalate to (镇呼县应); a town's
    /// `enforcement.yaml` names them by these ids and names.
    #[serde(default)]
    pub departments: Vec<DepartmentEntry>,
    /// Weights of the county's ranking of towns.
    #[serde(default)]
    pub weights: CountyWeights,
}

/// A town of the county.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountyTownEntry {
    /// The town's id, its town grid id, e.g. QS.
    pub id: String,
    /// The town's name, e.g. 青山镇.
    pub name: String,
    /// Where its repository is: a folder (relative to county.yaml, or absolute), or a git
    /// remote (`https://…`, `ssh://…`, `git@host:path`, `file://…`) that `grid county fetch`
    /// keeps a copy of under `towns/<id>/`.
    pub repo: String,
}

/// Weights of the county's ranking of towns, in points out of their sum.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CountyWeights {
    /// Patrol completion of the town's villages.
    #[serde(default = "county_weight_patrols")]
    pub patrol_completion: u32,
    /// Cases resolved in time (按时处置率).
    #[serde(default = "county_weight_cases")]
    pub case_on_time: u32,
    /// Duties of the period done by their deadline.
    #[serde(default = "county_weight_duties")]
    pub duties_on_time: u32,
}

fn county_weight_patrols() -> u32 {
    40
}

fn county_weight_cases() -> u32 {
    40
}

fn county_weight_duties() -> u32 {
    20
}

impl Default for CountyWeights {
    fn default() -> CountyWeights {
        CountyWeights {
            patrol_completion: county_weight_patrols(),
            case_on_time: county_weight_cases(),
            duties_on_time: county_weight_duties(),
        }
    }
}
