//! Personal names inside a text: the scheme (`张三丰` → `张*丰`, `欧阳修` → `欧阳*`,
//! `买买提·艾力` → `买**·**`), the surnames and the words after which a clerk writes a name.

/// Two-character surnames: the whole surname stays and the given name is starred.
pub const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "钟离", "闻人", "万俟", "赫连", "澹台", "公羊", "太史", "申屠", "端木",
    "独孤", "南宫", "西门", "百里", "呼延", "东郭", "第五", "司空", "濮阳", "淳于", "单于", "公冶",
    "宗政", "仲孙", "鲜于", "闾丘", "拓跋", "完颜", "纳兰", "乐正", "漆雕", "壤驷", "公良", "梁丘",
];

/// Common one-character surnames (the 百家姓 in present use).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

/// Words after which a clerk writes a person's name (当事人王建国, 法定代表人：张三丰).
pub const MARKERS: &[&str] = &[
    "法定代表人",
    "实际控制人",
    "委托代理人",
    "法人代表",
    "当事人",
    "负责人",
    "联系人",
    "经营者",
    "代理人",
    "监护人",
    "承租人",
    "责任人",
    "户主",
    "业主",
    "房主",
    "户名",
    "姓名",
    "法人",
];

/// Characters that join the parts of a transcribed name (买买提·艾力).
pub fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '･' | '‧' | '∙')
}

/// Whether a character is a Chinese character.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4e00}'..='\u{9fff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2ffff}')
}

/// The length of the compound surname at the start of `chars`, if any.
fn compound_surname(chars: &[char]) -> Option<usize> {
    COMPOUND_SURNAMES
        .iter()
        .any(|s| s.chars().eq(chars.iter().take(2).copied()))
        .then_some(2)
}

/// Whether `chars` starts with a surname (one or two characters).
pub fn starts_with_surname(chars: &[char]) -> bool {
    compound_surname(chars).is_some() || chars.first().is_some_and(|c| SURNAMES.contains(*c))
}

/// Masks one name by the scheme: `张三` → `张*`, `张三丰` → `张*丰`, `欧阳修` → `欧阳*`,
/// `买买提·艾力` → `买**·**` (only the first character and the dots stay).
pub fn mask_name(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    if chars.iter().any(|c| is_name_dot(*c)) {
        return chars
            .iter()
            .enumerate()
            .map(|(i, c)| if i == 0 || is_name_dot(*c) { *c } else { '*' })
            .collect();
    }
    if let Some(k) = compound_surname(&chars).filter(|_| chars.len() > 2) {
        let surname: String = chars[..k].iter().collect();
        return format!("{surname}{}", "*".repeat(chars.len() - k));
    }
    match chars.len() {
        0 => String::new(),
        1 => "*".to_string(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// How many characters of the Han run at the start of `chars` (dots included) there are.
pub fn han_run(chars: &[char]) -> usize {
    chars
        .iter()
        .take_while(|c| is_han(**c) || is_name_dot(**c))
        .count()
}

/// The length of the name written at the start of `chars` after a marker or a list
/// separator, if one can be told: a dotted name whole; after a surname, a run of two to four
/// characters, or the surname and two given characters (three when compound) of a longer run;
/// without a known surname, only a run of two or three characters that ends there.
pub fn name_at(chars: &[char]) -> Option<usize> {
    let run = han_run(chars);
    if run <= 2 && chars.get(run) == Some(&'*') {
        // Masked already (`司马**`): masking it again would only hide the surname.
        return None;
    }
    if chars[..run].iter().any(|c| is_name_dot(*c)) {
        return Some(run);
    }
    match (starts_with_surname(chars), run) {
        (true, 2..=4) | (false, 2..=3) => Some(run),
        (true, 5..) => Some(if compound_surname(chars).is_some() {
            4
        } else {
            3
        }),
        _ => None,
    }
}
