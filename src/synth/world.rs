//! The synthetic town's registers: grids, people and their assignments, catalog, enforcement
//! groups, calendar. Everything the dated records and cases of the synthetic town refer to.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::format::{
    CalendarFile, CalendarYear, CatalogFile, CenterEntry, ClassEntry, ItemEntry, RosterRow,
};
use crate::model::choices::{BottomLine, Role};
use crate::model::registry::Calendar;
use crate::synth::names::NamePool;
use crate::synth::rng::Rng;
use crate::timefmt::parse_date;

/// A synthetic person.
#[derive(Debug, Clone)]
pub struct Person {
    /// Id, `P0001` ….
    pub id: String,
    /// Name.
    pub name: String,
    /// Mobile number.
    pub phone: String,
}

/// A stretch of time a person holds a role.
#[derive(Debug, Clone, Copy)]
pub struct Tenure {
    /// Index into [`World::people`].
    pub person: usize,
    /// First day, if not always.
    pub from: Option<NaiveDate>,
    /// Last day, if it ended.
    pub to: Option<NaiveDate>,
}

impl Tenure {
    fn always(person: usize) -> Tenure {
        Tenure {
            person,
            from: None,
            to: None,
        }
    }

    /// Whether the tenure covers `day`.
    pub fn active(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

/// A synthetic village grid.
#[derive(Debug, Clone)]
pub struct Village {
    /// Grid id, `W1-V01` ….
    pub id: String,
    /// Name.
    pub name: String,
    /// Index into [`World::areas`].
    pub area: usize,
    /// 12-digit code.
    pub code: String,
    /// Village heads over time.
    pub heads: Vec<Tenure>,
    /// Social-governance members over time.
    pub socials: Vec<Tenure>,
    /// Base members.
    pub members: Vec<Tenure>,
    /// Centre rollout.
    pub center: Option<CenterEntry>,
}

impl Village {
    /// The head on `day`.
    pub fn head(&self, day: NaiveDate) -> usize {
        holder(&self.heads, day)
    }

    /// The social member on `day`.
    pub fn social(&self, day: NaiveDate) -> usize {
        holder(&self.socials, day)
    }

    /// The base members active on `day`.
    pub fn members_on(&self, day: NaiveDate) -> impl Iterator<Item = usize> + '_ {
        self.members
            .iter()
            .filter(move |t| t.active(day))
            .map(|t| t.person)
    }

    /// The base members on the two committees (两委) on `day`, by their titles.
    pub fn committee_members_on(&self, day: NaiveDate) -> impl Iterator<Item = usize> + '_ {
        self.members
            .iter()
            .enumerate()
            .filter(move |(i, t)| {
                t.active(day) && crate::model::people::is_committee_title(member_title(*i))
            })
            .map(|(_, t)| t.person)
    }
}

/// The village post of a village's `i`th base member.
fn member_title(i: usize) -> &'static str {
    const TITLES: &[&str] = &[
        "村委委员",
        "妇女主任",
        "治保主任",
        "安全员",
        "环保员",
        "调解员",
        "村民组长",
        "网格员",
    ];
    TITLES[i % TITLES.len()]
}

fn holder(tenures: &[Tenure], day: NaiveDate) -> usize {
    tenures
        .iter()
        .find(|t| t.active(day))
        .or_else(|| tenures.last())
        .map_or(0, |t| t.person)
}

/// A synthetic work area.
#[derive(Debug, Clone)]
pub struct Area {
    /// Grid id, `W1` ….
    pub id: String,
    /// Name.
    pub name: String,
    /// Its secretary and director.
    pub heads: Vec<usize>,
    /// Indexes into [`World::villages`].
    pub villages: Vec<usize>,
}

/// Who a synthetic town is: its grid id (also the prefix of its case ids), name, 9-digit code
/// and county.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The town grid's id and case prefix (`QS`).
    pub id: String,
    /// The town's name (`青山镇`).
    pub name: String,
    /// The 9-digit township code (`370211101`).
    pub code: String,
    /// The county's name.
    pub county: String,
}

impl Identity {
    /// 青山镇 of 示例县, the example town.
    pub fn example() -> Identity {
        Identity {
            id: "QS".to_string(),
            name: "青山镇".to_string(),
            code: "370211101".to_string(),
            county: "示例县".to_string(),
        }
    }

    /// The name without 镇 or 乡, as in a decision number (`青山执决〔2026〕001号`).
    pub fn short(&self) -> &str {
        self.name.trim_end_matches(['镇', '乡'])
    }
}

/// A synthetic enterprise grid.
#[derive(Debug, Clone)]
pub struct Enterprise {
    /// Grid id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Index into [`World::areas`].
    pub area: usize,
    /// The town leader heading it.
    pub head: usize,
    /// Credit code.
    pub credit_code: String,
}

/// An enforcement work group.
#[derive(Debug, Clone)]
pub struct GroupPlan {
    /// Id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Leader in charge.
    pub leader: usize,
    /// Head.
    pub head: usize,
    /// Members.
    pub members: Vec<usize>,
    /// Catalog class codes it handles.
    pub classes: &'static [&'static str],
}

/// The synthetic town's registers.
#[derive(Debug)]
pub struct World {
    /// Who the town is.
    pub identity: Identity,
    /// Whether the town escalates cases to the county (镇呼县应): the towns of a synthetic
    /// county do; the example town does not (its records stay as they are).
    pub county_escalations: bool,
    /// First day of records.
    pub start: NaiveDate,
    /// Last day of records.
    pub end: NaiveDate,
    /// Everyone.
    pub people: Vec<Person>,
    /// Town heads: party secretary, mayor.
    pub town_heads: Vec<usize>,
    /// Deputy leaders (also enterprise heads).
    pub deputies: Vec<usize>,
    /// Clerks of the grid centre.
    pub clerks: Vec<usize>,
    /// Member units: id, name, contact.
    pub units: Vec<(&'static str, &'static str, usize)>,
    /// Work areas.
    pub areas: Vec<Area>,
    /// Villages.
    pub villages: Vec<Village>,
    /// Enterprises.
    pub enterprises: Vec<Enterprise>,
    /// Enforcement groups.
    pub groups: Vec<GroupPlan>,
    /// The catalog.
    pub catalog: CatalogFile,
    /// The calendar file.
    pub calendar_file: CalendarFile,
    /// The calendar, for working days.
    pub calendar: Calendar,
}

const UNITS: &[(&str, &str)] = &[
    ("zzzx", "综治中心"),
    ("pcs", "派出所"),
    ("gts", "国土所"),
    ("hbb", "环保办"),
    ("ajb", "安监办"),
    ("mzb", "民政办"),
    ("gds", "供电所"),
    ("bmfw", "便民服务中心"),
    ("nyfw", "农业综合服务中心"),
    ("cjfw", "财经服务中心"),
    ("zfzd", "行政执法中队"),
    ("rjhj", "人居环境整治办"),
    ("xjb", "乡建办"),
    ("rx12345", "12345热线办"),
];

/// The county departments that can be whistled in: id and name.
pub const DEPARTMENTS: &[(&str, &str)] = &[
    ("county-zrzy", "县自然资源局"),
    ("county-zjj", "县住房和城乡建设局"),
    ("county-sthj", "县生态环境局"),
    ("county-yjgl", "县应急管理局"),
    ("county-gaj", "县公安局"),
    ("county-scjg", "县市场监督管理局"),
];

const AREA_NAMES: &[&str] = &[
    "青山", "河东", "石门", "北岭", "南湖", "西坡", "龙泉", "凤凰",
];

fn item(
    code: &str,
    name: &str,
    accept_hours: u32,
    resolve_days: u32,
    group: &str,
    town_authority: bool,
) -> ItemEntry {
    ItemEntry {
        code: code.to_string(),
        name: name.to_string(),
        accept_hours,
        resolve_days,
        group: Some(group.to_string()),
        town_authority,
        keywords: KEYWORDS
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(Vec::new, |(_, words)| {
                words.iter().map(|w| (*w).to_string()).collect()
            }),
    }
}

/// The words villagers use for an item in a chat message, by item code.
pub const KEYWORDS: &[(&str, &[&str])] = &[
    ("AW01", &["吵架", "纠纷", "打架"]),
    ("AW03", &["聚集"]),
    ("WJ01", &["违建", "搭建", "乱搭"]),
    ("WJ02", &["占地", "毁田"]),
    ("AQ02", &["煤气", "漏气"]),
    ("AQ03", &["失火", "着火", "冒烟"]),
    ("AQ04", &["危房", "裂缝", "塌方"]),
    ("HB01", &["烧秸秆", "焚烧"]),
    ("HB02", &["偷排", "排污", "污水"]),
    ("HB03", &["倒垃圾", "倾倒"]),
    ("RJ01", &["垃圾堆"]),
    ("MS02", &["路灯"]),
    ("MS03", &["停水"]),
];

fn class(
    code: &str,
    name: &str,
    bottom_line: Option<BottomLine>,
    items: Vec<ItemEntry>,
) -> ClassEntry {
    ClassEntry {
        code: code.to_string(),
        name: name.to_string(),
        bottom_line,
        items,
    }
}

/// The catalog of reportable items (8 classes, 26 items).
pub fn catalog() -> CatalogFile {
    use BottomLine::*;
    CatalogFile {
        classes: vec![
            class(
                "AW",
                "安保维稳",
                Some(SecurityStability),
                vec![
                    item("AW01", "矛盾纠纷", 2, 5, "G-general", true),
                    item("AW02", "信访苗头", 2, 3, "G-general", true),
                    item("AW03", "重点人员动态", 1, 2, "G-general", false),
                ],
            ),
            class(
                "WJ",
                "违法建设",
                Some(IllegalConstruction),
                vec![
                    item("WJ01", "私搭乱建", 2, 5, "G-construction", true),
                    item("WJ02", "违法占用耕地", 2, 10, "G-construction", false),
                    item("WJ03", "未批先建", 2, 7, "G-construction", true),
                ],
            ),
            class(
                "AQ",
                "安全生产",
                Some(ProductionSafety),
                vec![
                    item("AQ01", "企业安全隐患", 1, 5, "G-safety", false),
                    item("AQ02", "燃气安全隐患", 1, 2, "G-safety", true),
                    item("AQ03", "消防隐患", 1, 3, "G-safety", true),
                    item("AQ04", "自建房安全隐患", 2, 10, "G-safety", true),
                ],
            ),
            class(
                "HB",
                "环境保护",
                Some(Environment),
                vec![
                    item("HB01", "秸秆焚烧", 1, 1, "G-environment", true),
                    item("HB02", "污水直排", 2, 5, "G-environment", false),
                    item("HB03", "非法倾倒垃圾", 2, 3, "G-environment", true),
                    item("HB04", "扬尘污染", 2, 3, "G-environment", true),
                ],
            ),
            class(
                "YQ",
                "负面舆情",
                Some(PublicOpinion),
                vec![item("YQ01", "网络负面舆情", 1, 2, "G-general", true)],
            ),
            class(
                "RJ",
                "人居环境",
                None,
                vec![
                    item("RJ01", "垃圾乱堆乱放", 4, 3, "G-general", true),
                    item("RJ02", "乱贴乱画", 4, 3, "G-general", true),
                    item("RJ03", "河道漂浮物", 4, 3, "G-environment", true),
                ],
            ),
            class(
                "MS",
                "民生服务",
                None,
                vec![
                    item("MS01", "道路破损", 8, 10, "G-general", true),
                    item("MS02", "路灯损坏", 8, 5, "G-general", true),
                    item("MS03", "供水故障", 4, 3, "G-general", true),
                    item("MS04", "困难群众救助", 8, 10, "G-general", true),
                ],
            ),
            class(
                "NY",
                "农业农村",
                None,
                vec![
                    item("NY01", "耕地撂荒", 8, 15, "G-general", true),
                    item("NY02", "动物疫病", 2, 3, "G-general", false),
                ],
            ),
        ],
    }
}

fn days(list: &[&str]) -> Vec<NaiveDate> {
    list.iter().filter_map(|d| parse_date(d)).collect()
}

/// Holidays and make-up workdays of 2025 and 2026 as published by the State Council.
pub fn calendar_file() -> CalendarFile {
    let mut file = BTreeMap::new();
    file.insert(
        2025,
        CalendarYear {
            holidays: days(&[
                "2025-01-01",
                "2025-01-28",
                "2025-01-29",
                "2025-01-30",
                "2025-01-31",
                "2025-02-03",
                "2025-02-04",
                "2025-04-04",
                "2025-05-01",
                "2025-05-02",
                "2025-05-05",
                "2025-06-02",
                "2025-10-01",
                "2025-10-02",
                "2025-10-03",
                "2025-10-06",
                "2025-10-07",
                "2025-10-08",
            ]),
            workdays: days(&[
                "2025-01-26",
                "2025-02-08",
                "2025-04-27",
                "2025-09-28",
                "2025-10-11",
            ]),
        },
    );
    file.insert(
        2026,
        CalendarYear {
            holidays: days(&[
                "2026-01-01",
                "2026-01-02",
                "2026-02-16",
                "2026-02-17",
                "2026-02-18",
                "2026-02-19",
                "2026-02-20",
                "2026-02-23",
                "2026-04-06",
                "2026-05-01",
                "2026-05-04",
                "2026-05-05",
                "2026-06-19",
                "2026-09-25",
                "2026-10-01",
                "2026-10-02",
                "2026-10-05",
                "2026-10-06",
                "2026-10-07",
            ]),
            workdays: days(&[
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10",
            ]),
        },
    );
    file
}

struct Builder<'a> {
    rng: &'a mut Rng,
    names: NamePool,
    people: Vec<Person>,
}

impl Builder<'_> {
    fn person(&mut self) -> usize {
        let n = self.people.len() + 1;
        let prefix = *self.rng.pick(&[
            "135", "137", "138", "139", "150", "151", "158", "159", "187", "188",
        ]);
        let phone = format!("{prefix}{:04}{:04}", self.rng.below(10_000), n % 10_000);
        let name = self.names.person(self.rng);
        self.people.push(Person {
            id: format!("P{n:04}"),
            name,
            phone,
        });
        n - 1
    }
}

impl World {
    /// Builds the registers of a town of `villages` villages whose records run `days` days
    /// up to `end`.
    pub fn new(
        identity: Identity,
        villages: u32,
        days: u32,
        end: NaiveDate,
        rng: &mut Rng,
    ) -> World {
        let start = end
            .checked_sub_days(Days::new(u64::from(days.max(1) - 1)))
            .unwrap_or(end);
        let mut b = Builder {
            rng,
            names: NamePool::default(),
            people: Vec::new(),
        };
        let town_heads = vec![b.person(), b.person()];
        let deputies = vec![b.person(), b.person(), b.person()];
        let clerks = vec![b.person(), b.person()];
        let units: Vec<_> = UNITS
            .iter()
            .map(|(id, name)| (*id, *name, b.person()))
            .collect();
        let mut groups = vec![
            GroupPlan {
                id: "G-construction",
                name: "违法建设整治组",
                leader: deputies[0],
                head: 0,
                members: vec![],
                classes: &["WJ"],
            },
            GroupPlan {
                id: "G-safety",
                name: "安全生产执法组",
                leader: deputies[1],
                head: 0,
                members: vec![],
                classes: &["AQ"],
            },
            GroupPlan {
                id: "G-environment",
                name: "生态环境执法组",
                leader: deputies[2],
                head: 0,
                members: vec![],
                classes: &["HB"],
            },
            GroupPlan {
                id: "G-general",
                name: "综合执法组",
                leader: deputies[0],
                head: 0,
                members: vec![],
                classes: &["AW", "YQ", "RJ", "MS", "NY"],
            },
        ];
        for g in &mut groups {
            g.head = b.person();
            g.members = vec![b.person(), b.person()];
        }
        let area_count = (villages / 5).clamp(1, AREA_NAMES.len() as u32 * 100) as usize;
        let mut areas: Vec<Area> = (0..area_count)
            .map(|i| Area {
                id: format!("W{}", i + 1),
                name: match AREA_NAMES.get(i) {
                    Some(n) => format!("{n}工作区"),
                    None => format!("第{}工作区", i + 1),
                },
                heads: vec![b.person(), b.person()],
                villages: Vec::new(),
            })
            .collect();
        let span = u64::from(days.max(1));
        let at = |share: f64| start.checked_add_days(Days::new((span as f64 * share) as u64));
        let mut village_list = Vec::new();
        for v in 0..villages as usize {
            let area = v % area_count;
            let number = areas[area].villages.len() + 1;
            areas[area].villages.push(v);
            let name = b.names.village(b.rng);
            let mut heads = vec![Tenure::always(b.person())];
            let socials = vec![Tenure::always(b.person())];
            let count = b.rng.range(7, 12) as usize;
            let mut members: Vec<Tenure> = (0..count).map(|_| Tenure::always(b.person())).collect();
            if v % 6 == 2
                && let Some(change) = at(0.45)
            {
                heads[0].to = change.pred_opt();
                heads.push(Tenure {
                    person: b.person(),
                    from: Some(change),
                    to: None,
                });
            }
            if v % 5 == 4
                && let Some(leave) = at(0.55)
            {
                members[1].to = Some(leave);
            }
            if v % 7 == 3 {
                members.push(Tenure {
                    person: b.person(),
                    from: at(0.3),
                    to: None,
                });
            }
            let batch = if v * 10 < villages as usize * 3 { 1 } else { 2 };
            let complete = batch == 1 && v % 5 != 1;
            village_list.push(Village {
                id: format!("{}-V{number:02}", areas[area].id),
                name,
                area,
                code: format!("{}{:03}", identity.code, 200 + v),
                heads,
                socials,
                members,
                center: Some(CenterEntry {
                    batch,
                    opened: if complete {
                        parse_date("2026-05-20")
                    } else {
                        None
                    },
                    signage: complete || v % 3 == 0,
                    furniture: complete,
                    procedures: complete || v % 2 == 0,
                    duty_roster: complete,
                }),
            });
        }
        let enterprise_count = (villages as usize / 5).max(1);
        let enterprises = (0..enterprise_count)
            .map(|i| Enterprise {
                id: format!("E{:02}", i + 1),
                name: b.names.enterprise(i),
                area: i % area_count,
                // The deputies head five enterprises each at most (one patrol a working day:
                // a patrol row's key is its day and its person); the rest, their area's head.
                head: if i < deputies.len() * 5 {
                    deputies[i % deputies.len()]
                } else {
                    areas[i % area_count].heads[0]
                },
                credit_code: format!("91370211MA{:02}{:05}X", i % 100, 3_000 + i * 7),
            })
            .collect();
        let calendar_file = calendar_file();
        let mut calendar = Calendar::default();
        for year in calendar_file.values() {
            calendar.holidays.extend(year.holidays.iter().copied());
            calendar.workdays.extend(year.workdays.iter().copied());
        }
        World {
            identity,
            county_escalations: false,
            start,
            end,
            people: b.people,
            town_heads,
            deputies,
            clerks,
            units,
            areas,
            villages: village_list,
            enterprises,
            groups,
            catalog: catalog(),
            calendar_file,
            calendar,
        }
    }

    /// The person's id.
    pub fn id(&self, person: usize) -> &str {
        &self.people[person].id
    }

    /// The rows of `roster.csv`, sorted by person.
    pub fn roster(&self) -> Vec<RosterRow> {
        let mut rows = Vec::new();
        let town = self.identity.id.as_str();
        let mut row =
            |person: usize, grid: &str, role: Role, title: &str, tenure: Option<Tenure>| {
                let p = &self.people[person];
                let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                rows.push(RosterRow {
                    person: p.id.clone(),
                    name: p.name.clone(),
                    phone: p.phone.clone(),
                    grid: grid.to_string(),
                    role: role.as_str().to_string(),
                    title: title.to_string(),
                    from: date(tenure.and_then(|t| t.from)),
                    to: date(tenure.and_then(|t| t.to)),
                    wechat: format!("wx_{}", p.id.to_lowercase()),
                    email: if self.clerks.contains(&person) {
                        format!("{}@qingshan.gov.cn", p.id.to_lowercase())
                    } else {
                        String::new()
                    },
                });
            };
        row(self.town_heads[0], town, Role::TownHead, "党委书记", None);
        row(
            self.town_heads[0],
            town,
            Role::GroupLeader,
            "领导小组组长",
            None,
        );
        row(self.town_heads[1], town, Role::TownHead, "镇长", None);
        row(
            self.town_heads[1],
            town,
            Role::GroupDeputy,
            "领导小组副组长",
            None,
        );
        for (i, d) in self.deputies.iter().enumerate() {
            row(
                *d,
                town,
                Role::GroupDeputy,
                ["党委副书记", "副镇长", "副镇长"][i % 3],
                None,
            );
            row(*d, town, Role::EnforcementLeader, "分管领导", None);
        }
        for c in &self.clerks {
            row(*c, town, Role::Clerk, "网格化服务中心专职人员", None);
        }
        // The supervision and assessment office (督考办): the deputy secretary leads it, a
        // unit contact serves in it; they decide on findings.
        if let Some(lead) = self.deputies.first() {
            row(*lead, town, Role::Supervisor, "督考办主任", None);
        }
        if let Some((_, _, contact)) = self.units.first() {
            row(*contact, town, Role::Supervisor, "督考办成员", None);
        }
        for (_, name, contact) in &self.units {
            row(
                *contact,
                town,
                Role::UnitContact,
                &format!("{name}联络员"),
                None,
            );
        }
        for g in &self.groups {
            row(
                g.head,
                town,
                Role::EnforcementHead,
                &format!("{}组长", g.name),
                None,
            );
            for m in &g.members {
                row(*m, town, Role::EnforcementMember, "执法队员", None);
            }
        }
        for a in &self.areas {
            row(a.heads[0], &a.id, Role::WorkAreaHead, "工作区书记", None);
            row(a.heads[1], &a.id, Role::WorkAreaHead, "工作区主任", None);
        }
        for e in &self.enterprises {
            row(e.head, &e.id, Role::EnterpriseHead, "帮包领导", None);
        }
        for v in &self.villages {
            for t in &v.heads {
                row(t.person, &v.id, Role::VillageHead, "村党支部书记", Some(*t));
            }
            for t in &v.socials {
                row(
                    t.person,
                    &v.id,
                    Role::SocialMember,
                    "社会治理网格员",
                    Some(*t),
                );
            }
            for (i, t) in v.members.iter().enumerate() {
                row(t.person, &v.id, Role::BaseMember, member_title(i), Some(*t));
            }
        }
        rows.sort_by(|a, b| (&a.person, &a.grid, &a.role).cmp(&(&b.person, &b.grid, &b.role)));
        rows
    }

    /// Every day of the records, in order.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.start.iter_days().take_while(|d| *d <= self.end)
    }
}
