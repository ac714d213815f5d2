//! The closed vocabularies of the file formats (roles, channels, event actions …). Each is an
//! enum whose text form is fixed by docs/FORMATS.md; [`choices!`] gives them parsing, printing and
//! the list of valid values for error messages.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! choices {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal $(/ $label:literal)*,)*
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every value, in the order of the format description.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Every value as written in files, in the same order.
            pub const TEXTS: &'static [&'static str] = &[$($text),*];

            /// The value as written in files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// Reads the value as written in files.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }

            /// The valid values, for messages.
            pub fn expected() -> String {
                Self::TEXTS.join(", ")
            }

            /// The Chinese names each value is also written as (the first is its name in
            /// reports and templates), with the value: what an import accepts for it.
            pub const LABELS: &'static [(&'static str, &'static str)] = &[
                $($(($label, $text),)*)*
            ];

            /// The Chinese name of the value.
            pub fn zh(self) -> &'static str {
                Self::LABELS
                    .iter()
                    .find(|(_, text)| *text == self.as_str())
                    .map_or(self.as_str(), |(label, _)| label)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}

choices! {
    /// A role of `roster.csv`.
    pub enum Role {
        /// Head of the town grid (party secretary, mayor).
        TownHead = "town_head" / "镇级网格长" / "总网格长",
        /// Leader of the leadership group.
        GroupLeader = "group_leader" / "领导小组组长",
        /// Deputy leader of the leadership group.
        GroupDeputy = "group_deputy" / "领导小组副组长",
        /// Contact person of a member unit.
        UnitContact = "unit_contact" / "成员单位联络员" / "联络员",
        /// Head of a work-area grid.
        WorkAreaHead = "work_area_head" / "片区网格长" / "工作片区网格长",
        /// Town leader who heads an enterprise grid.
        EnterpriseHead = "enterprise_head" / "企业网格长",
        /// Head of a village grid (网格长).
        VillageHead = "village_head" / "村级网格长" / "网格长",
        /// Base grid member (基础网格员) who patrols daily.
        BaseMember = "base_member" / "基础网格员" / "网格员",
        /// Social-governance grid member (社会治理网格员) who reports to the centre.
        SocialMember = "social_member" / "社会治理网格员" / "专职网格员",
        /// Clerk of the grid service centre.
        Clerk = "clerk" / "网格中心专职人员" / "专职人员",
        /// Leader in charge of an enforcement work group (分管领导).
        EnforcementLeader = "enforcement_leader" / "执法分管领导" / "分管领导",
        /// Head of an enforcement work group (组长).
        EnforcementHead = "enforcement_head" / "执法组长" / "组长",
        /// Member of an enforcement work group.
        EnforcementMember = "enforcement_member" / "执法队员" / "执法组员",
        /// Member of the supervision and assessment office (督考办), who decides on findings.
        Supervisor = "supervisor" / "督考办人员" / "督考办",
        /// Member of a village's affairs supervision committee (村务监督委员会): not one of the
        /// two committees (两委), so not owed at the half-month meeting.
        VillageSupervisor = "village_supervisor" / "村务监督委员" / "村监委",
    }

    /// How a patrol was reported to the centre.
    pub enum PatrolChannel {
        /// The village WeChat group (the default).
        WechatGroup = "wechat_group" / "微信群" / "群里" / "微信工作群",
        /// WeChat one-to-one.
        WechatDirect = "wechat_direct" / "微信私聊" / "微信一对一" / "私聊",
        /// Telephone.
        Hotline = "hotline" / "电话" / "热线",
        /// A mobile app.
        App = "app" / "手机应用" / "APP",
        /// On paper.
        Paper = "paper" / "纸质" / "书面",
    }

    /// How a report of an incident reached the town.
    pub enum Channel {
        /// A grid member's patrol.
        Patrol = "patrol" / "巡查" / "日常巡查",
        /// A WeChat group.
        WechatGroup = "wechat_group" / "微信群" / "群里" / "微信工作群",
        /// WeChat one-to-one with the centre.
        WechatDirect = "wechat_direct" / "微信私聊" / "微信一对一" / "私聊",
        /// The town's own hotline.
        Hotline = "hotline" / "电话" / "热线",
        /// The 12345 government hotline.
        Hotline12345 = "hotline_12345" / "12345" / "12345热线",
        /// A mass report (群众举报).
        MassReport = "mass_report" / "群众举报" / "举报",
        /// Data analysis.
        DataAnalysis = "data_analysis" / "数据分析",
        /// A notice from the county.
        CountyNotice = "county_notice" / "县级通报" / "上级交办",
        /// The media.
        Media = "media" / "媒体" / "媒体曝光",
        /// An enterprise grid.
        Enterprise = "enterprise" / "企业网格" / "企业",
    }

    /// The kind of a meeting row.
    pub enum MeetingKind {
        /// The village's half-month meeting (半月会议).
        VillageHalfMonth = "village_half_month" / "半月会议" / "半月例会" / "半月会",
        /// The town's weekly consultation (会商).
        TownConsultation = "town_consultation" / "会商" / "周会商" / "镇会商",
        /// The joint-office meeting of the enforcement office (联席办公会).
        JointOffice = "joint_office" / "联席会" / "联席会议",
    }

    /// What an incident left behind.
    pub enum Impact {
        /// No impact.
        None = "none" / "无影响",
        /// The impact goes on.
        Ongoing = "ongoing" / "影响持续",
        /// The impact was eliminated.
        Eliminated = "eliminated" / "影响已消除",
    }

    /// The event of a case file.
    pub enum Action {
        /// Filed (立案).
        Accepted = "accepted" / "受理",
        /// Not accepted (不予受理).
        Rejected = "rejected" / "不予受理",
        /// Merged into another case.
        Duplicate = "duplicate" / "重复",
        /// Dispatched to a village, work group, unit or department (派遣).
        Assigned = "assigned" / "交办",
        /// Raised to the town or the county (上提).
        Escalated = "escalated" / "上报",
        /// Discussed at the town consultation (会商).
        Consulted = "consulted" / "会商",
        /// Decided at the joint-office meeting (决定).
        Decided = "decided" / "决定",
        /// Clock paused (挂起).
        Suspended = "suspended" / "中止",
        /// Clock resumed.
        Resumed = "resumed" / "恢复",
        /// Handling reported done (处置完毕).
        Resolved = "resolved" / "办结",
        /// The check failed; rework (返工).
        Reopened = "reopened" / "重新办理",
        /// The check passed (核查).
        Checked = "checked" / "核查",
        /// Closed (结案).
        Closed = "closed" / "结案",
        /// Published and filed (公示归档).
        Disclosed = "disclosed" / "公示",
        /// A county department whistled in (吹哨).
        Whistle = "whistle" / "吹哨",
        /// The county department responded.
        Responded = "responded" / "回复",
        /// The village remedied by itself.
        Remedied = "remedied" / "整改",
        /// The supervision office urged (督办).
        Urged = "urged" / "督办",
        /// A note.
        Note = "note" / "备注",
    }

    /// How a case ended.
    pub enum Outcome {
        /// Fixed.
        Fixed = "fixed" / "已处置" / "已解决",
        /// Not the town's responsibility.
        NotResponsible = "not_responsible" / "非本级职责",
        /// Could not be fixed.
        Unable = "unable" / "无法处置",
    }

    /// The card of an urge (督办).
    pub enum Card {
        /// Yellow card.
        Yellow = "yellow" / "黄牌",
        /// Red card.
        Red = "red" / "红牌",
        /// Black card.
        Black = "black" / "黑牌",
    }

    /// The bottom-line classes whose first report earns a reward.
    pub enum BottomLine {
        /// 安保维稳.
        SecurityStability = "security_stability" / "安全稳定",
        /// 违法建设.
        IllegalConstruction = "illegal_construction" / "违法建设" / "违建",
        /// 安全生产.
        ProductionSafety = "production_safety" / "安全生产",
        /// 环境保护.
        Environment = "environment" / "生态环境" / "环保",
        /// 负面舆情.
        PublicOpinion = "public_opinion" / "舆情",
    }

    /// The supervision office's decision on a finding.
    pub enum Verdict {
        /// Approved.
        Approve = "approve" / "同意",
        /// Rejected.
        Reject = "reject" / "驳回",
        /// Exempted (免责).
        Exempt = "exempt" / "免责",
        /// Reduced (减责).
        Reduce = "reduce" / "减轻",
    }
}

impl Channel {
    /// Whether a report on this channel must name a person of the roster (grid, WeChat and
    /// enterprise channels); citizens, the 12345 line and the county may be named freely.
    pub fn needs_person(self) -> bool {
        matches!(
            self,
            Channel::Patrol | Channel::WechatGroup | Channel::WechatDirect | Channel::Enterprise
        )
    }
}
