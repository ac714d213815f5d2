//! Name pools for the synthetic town: people, villages, enterprises, work areas.

use std::collections::HashSet;

use crate::synth::rng::Rng;

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁",
    "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶",
    "阎", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "邹",
    "金", "陆", "郝", "孔", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙",
];

const GIVEN: &[&str] = &[
    "建国", "建军", "秀英", "桂兰", "玉兰", "志强", "海燕", "明", "伟", "芳", "娜", "敏", "静",
    "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "霞", "平", "刚", "桂英",
    "红梅", "国庆", "春生", "秋菊", "冬梅", "振华", "德胜", "玉珍", "永强", "立新", "学军", "淑珍",
    "凤英", "文斌", "晓东", "丽娟", "海峰", "金凤", "长青", "宝山", "玉梅", "继红", "向阳", "东升",
    "卫东", "红霞", "志刚", "福生", "兰英", "瑞芳", "庆丰", "家旺", "子涵", "雨轩", "浩然", "思远",
    "欣怡",
];

const VILLAGE_PREFIX: &[&str] = &[
    "东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "王家", "李家", "张家", "刘家",
    "石", "河", "山", "柳", "杨", "槐", "桃", "梨", "枣", "马", "牛", "白", "黄", "青", "红",
    "孙家", "赵家", "周家", "吴家", "郑家", "高", "沙", "泉", "松", "杏", "岔",
];

const VILLAGE_SUFFIX: &[&str] = &[
    "庄", "疃", "屯", "峪", "沟", "河", "岭", "台", "埠", "洼", "集", "店", "营", "坊", "寨", "岗",
];

const ENTERPRISE_WORDS: &[&str] = &[
    "青山食品",
    "鑫达建材",
    "华源化工",
    "宏远机械",
    "绿源农业",
    "海丰水产",
    "金鼎铸造",
    "恒泰纺织",
    "润丰饲料",
    "蓝天环保",
    "瑞祥木业",
    "东方彩印",
];

/// Draws names without repeating one.
#[derive(Debug, Default)]
pub struct NamePool {
    used: HashSet<String>,
}

impl NamePool {
    /// A person's name, unique in the town.
    pub fn person(&mut self, rng: &mut Rng) -> String {
        loop {
            let name = format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN));
            if self.used.insert(name.clone()) {
                return name;
            }
            let name = format!(
                "{}{}{}",
                rng.pick(SURNAMES),
                rng.pick(GIVEN),
                rng.pick(GIVEN)
            );
            if self.used.insert(name.clone()) {
                return name;
            }
        }
    }

    /// A village's name, unique in the town.
    pub fn village(&mut self, rng: &mut Rng) -> String {
        for _ in 0..50 {
            let name = format!("{}{}村", rng.pick(VILLAGE_PREFIX), rng.pick(VILLAGE_SUFFIX));
            if self.used.insert(name.clone()) {
                return name;
            }
        }
        let n = self.used.len();
        format!(
            "{}{}{n}村",
            rng.pick(VILLAGE_PREFIX),
            rng.pick(VILLAGE_SUFFIX)
        )
    }

    /// An enterprise's name.
    pub fn enterprise(&mut self, index: usize) -> String {
        let word = ENTERPRISE_WORDS[index % ENTERPRISE_WORDS.len()];
        let round = index / ENTERPRISE_WORDS.len();
        if round == 0 {
            format!("{word}有限公司")
        } else {
            format!("{word}第{}有限公司", round + 1)
        }
    }
}
