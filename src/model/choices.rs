//! The closed vocabularies of the file formats (roles, channels, event actions …). Each is an
//! enum whose text form is fixed by docs/FORMATS.md; [`choices!`] gives them parsing, printing and
//! the list of valid values for error messages.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! choices {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }
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
        TownHead = "town_head",
        /// Leader of the leadership group.
        GroupLeader = "group_leader",
        /// Deputy leader of the leadership group.
        GroupDeputy = "group_deputy",
        /// Contact person of a member unit.
        UnitContact = "unit_contact",
        /// Head of a work-area grid.
        WorkAreaHead = "work_area_head",
        /// Town leader who heads an enterprise grid.
        EnterpriseHead = "enterprise_head",
        /// Head of a village grid (网格长).
        VillageHead = "village_head",
        /// Base grid member (基础网格员) who patrols daily.
        BaseMember = "base_member",
        /// Social-governance grid member (社会治理网格员) who reports to the centre.
        SocialMember = "social_member",
        /// Clerk of the grid service centre.
        Clerk = "clerk",
        /// Leader in charge of an enforcement work group (分管领导).
        EnforcementLeader = "enforcement_leader",
        /// Head of an enforcement work group (组长).
        EnforcementHead = "enforcement_head",
        /// Member of an enforcement work group.
        EnforcementMember = "enforcement_member",
        /// Member of the supervision and assessment office (督考办), who decides on findings.
        Supervisor = "supervisor",
        /// Member of a village's affairs supervision committee (村务监督委员会): not one of the
        /// two committees (两委), so not owed at the half-month meeting.
        VillageSupervisor = "village_supervisor",
    }

    /// How a patrol was reported to the centre.
    pub enum PatrolChannel {
        /// The village WeChat group (the default).
        WechatGroup = "wechat_group",
        /// WeChat one-to-one.
        WechatDirect = "wechat_direct",
        /// Telephone.
        Hotline = "hotline",
        /// A mobile app.
        App = "app",
        /// On paper.
        Paper = "paper",
    }

    /// How a report of an incident reached the town.
    pub enum Channel {
        /// A grid member's patrol.
        Patrol = "patrol",
        /// A WeChat group.
        WechatGroup = "wechat_group",
        /// WeChat one-to-one with the centre.
        WechatDirect = "wechat_direct",
        /// The town's own hotline.
        Hotline = "hotline",
        /// The 12345 government hotline.
        Hotline12345 = "hotline_12345",
        /// A mass report (群众举报).
        MassReport = "mass_report",
        /// Data analysis.
        DataAnalysis = "data_analysis",
        /// A notice from the county.
        CountyNotice = "county_notice",
        /// The media.
        Media = "media",
        /// An enterprise grid.
        Enterprise = "enterprise",
    }

    /// The kind of a meeting row.
    pub enum MeetingKind {
        /// The village's half-month meeting (半月会议).
        VillageHalfMonth = "village_half_month",
        /// The town's weekly consultation (会商).
        TownConsultation = "town_consultation",
        /// The joint-office meeting of the enforcement office (联席办公会).
        JointOffice = "joint_office",
    }

    /// What an incident left behind.
    pub enum Impact {
        /// No impact.
        None = "none",
        /// The impact goes on.
        Ongoing = "ongoing",
        /// The impact was eliminated.
        Eliminated = "eliminated",
    }

    /// The event of a case file.
    pub enum Action {
        /// Filed (立案).
        Accepted = "accepted",
        /// Not accepted (不予受理).
        Rejected = "rejected",
        /// Merged into another case.
        Duplicate = "duplicate",
        /// Dispatched to a village, work group, unit or department (派遣).
        Assigned = "assigned",
        /// Raised to the town or the county (上提).
        Escalated = "escalated",
        /// Discussed at the town consultation (会商).
        Consulted = "consulted",
        /// Decided at the joint-office meeting (决定).
        Decided = "decided",
        /// Clock paused (挂起).
        Suspended = "suspended",
        /// Clock resumed.
        Resumed = "resumed",
        /// Handling reported done (处置完毕).
        Resolved = "resolved",
        /// The check failed; rework (返工).
        Reopened = "reopened",
        /// The check passed (核查).
        Checked = "checked",
        /// Closed (结案).
        Closed = "closed",
        /// Published and filed (公示归档).
        Disclosed = "disclosed",
        /// A county department whistled in (吹哨).
        Whistle = "whistle",
        /// The county department responded.
        Responded = "responded",
        /// The village remedied by itself.
        Remedied = "remedied",
        /// The supervision office urged (督办).
        Urged = "urged",
        /// A note.
        Note = "note",
    }

    /// How a case ended.
    pub enum Outcome {
        /// Fixed.
        Fixed = "fixed",
        /// Not the town's responsibility.
        NotResponsible = "not_responsible",
        /// Could not be fixed.
        Unable = "unable",
    }

    /// The card of an urge (督办).
    pub enum Card {
        /// Yellow card.
        Yellow = "yellow",
        /// Red card.
        Red = "red",
        /// Black card.
        Black = "black",
    }

    /// The bottom-line classes whose first report earns a reward.
    pub enum BottomLine {
        /// 安保维稳.
        SecurityStability = "security_stability",
        /// 违法建设.
        IllegalConstruction = "illegal_construction",
        /// 安全生产.
        ProductionSafety = "production_safety",
        /// 环境保护.
        Environment = "environment",
        /// 负面舆情.
        PublicOpinion = "public_opinion",
    }

    /// The supervision office's decision on a finding.
    pub enum Verdict {
        /// Approved.
        Approve = "approve",
        /// Rejected.
        Reject = "reject",
        /// Exempted (免责).
        Exempt = "exempt",
        /// Reduced (减责).
        Reduce = "reduce",
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
