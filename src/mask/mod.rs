//! Masking personal data: the one module through which text leaves the repository for a
//! public output (the disclosure in every form). It masks inside any text:
//! - mobiles in any spelling (`+86 138 1234 5678` → `+86 138****5678`), landlines
//!   (`0532-****6666`), 15- and 18-digit id numbers (first 6 and last 4 stay) and every other
//!   run of 7 digits or more ([`numbers`]);
//! - personal names by one scheme (`张*丰`, `欧阳*`, `买**·**`, [`names`]): every name the
//!   [`Masker`] knows (the roster and the parties recorded on cases) wherever it appears, the
//!   name after a marker a clerk writes (当事人, 法定代表人, 负责人 …), the names joined to it by
//!   `、` `，` `,` `/` `和`, and every name written with `·`.
//!
//! A party field ([`Masker::party`]) is read as a list of pieces; a company name stays, a
//! person's name is masked, and when a piece is neither, the whole field is left out
//! (`None`): what cannot be masked with confidence is not published.

pub mod names;
pub mod numbers;

use rustc_hash::FxHashSet;

use names::{han_run, is_han, is_name_dot, mask_name, name_at, starts_with_surname};

/// Words that label a number or a name inside a party field (电话：…, 身份证…).
const LABELS: &[&str] = &[
    "公民身份号码",
    "身份证号码",
    "身份证号",
    "身份证",
    "联系电话",
    "联系方式",
    "电话号码",
    "手机号码",
    "手机号",
    "手机",
    "电话",
    "座机",
    "电话为",
];

/// Endings that make a piece of a party field an organisation's name, which stays.
const ORGANISATION_ENDINGS: &[&str] = &[
    "公司",
    "厂",
    "店",
    "合作社",
    "商行",
    "超市",
    "中心",
    "经营部",
    "门市部",
    "场",
    "集团",
    "工作室",
    "酒店",
    "宾馆",
    "诊所",
    "医院",
    "学校",
    "幼儿园",
    "委员会",
    "村委会",
    "站",
    "馆",
    "社",
    "行",
    "部",
    "所",
    "队",
    "坊",
    "铺",
    "庄园",
    "基地",
    "车间",
    "门市",
    "企业",
    "协会",
];

/// Characters that separate the pieces of a party field.
fn is_piece_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '、' | '，'
                | ','
                | ';'
                | '；'
                | '/'
                | '('
                | ')'
                | '（'
                | '）'
                | '【'
                | '】'
                | '['
                | ']'
                | ':'
                | '：'
        )
}

/// Separators after which a list of names goes on (王建国、李四).
fn is_list_separator(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '/' | '和' | '及' | '与')
}

/// Masks names and numbers for public outputs, knowing the names it must find anywhere.
#[derive(Debug, Default)]
pub struct Masker {
    known: FxHashSet<String>,
    /// The distinct lengths (in characters) of the known names, longest first.
    lengths: Vec<usize>,
}

impl Masker {
    /// A masker that finds `names` wherever they appear (strings that are not a Chinese name
    /// of 2 to 20 characters are ignored: they cannot be found safely inside text).
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Masker {
        let mut masker = Masker::default();
        for name in names {
            masker.learn(name.trim());
        }
        masker
    }

    /// A masker that knows every roster name and every party named on a case.
    pub fn for_town(town: &crate::model::Town) -> Masker {
        let mut masker = Masker::new(town.people.list.iter().map(|p| p.name.as_str()));
        for (_, case) in town.cases.iter() {
            for party in case.events.iter().filter_map(|e| e.entry.party.as_deref()) {
                for name in party_names(party) {
                    masker.learn(&name);
                }
            }
        }
        masker
    }

    fn learn(&mut self, name: &str) {
        let len = name.chars().count();
        let plausible = (2..=20).contains(&len)
            && name.chars().all(|c| is_han(c) || is_name_dot(c))
            && name.chars().next().is_some_and(is_han);
        if plausible && self.known.insert(name.to_string()) && !self.lengths.contains(&len) {
            self.lengths.push(len);
            self.lengths.sort_unstable_by(|a, b| b.cmp(a));
        }
    }

    /// The length of the known name at the start of `chars`, the longest first.
    fn known_at(&self, chars: &[char]) -> Option<usize> {
        if !chars.first().is_some_and(|c| is_han(*c)) {
            return None;
        }
        self.lengths.iter().copied().find(|&len| {
            len <= chars.len()
                && self
                    .known
                    .contains(&chars[..len].iter().collect::<String>())
        })
    }

    /// Masks every number and name that [`Masker`] can find inside `input`.
    /// Names are masked again until nothing changes: the kept last character of one masked
    /// name and the text after it can spell a known name (`王建王` + `建国` → `王*王建国`).
    pub fn text(&self, input: &str) -> String {
        let mut out = numbers::mask(input);
        loop {
            let next = self.names_pass(&out);
            if next == out {
                return out;
            }
            out = next;
        }
    }

    /// One pass of name masking over `text`.
    fn names_pass(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let rest = &chars[i..];
            let name = if let Some(len) = self.known_at(rest) {
                Some(len)
            } else if let Some(marker) = marker_at(rest) {
                out.extend(&rest[..marker]);
                i += marker;
                while chars
                    .get(i)
                    .is_some_and(|c| matches!(c, ':' | '：' | ' ' | '\u{3000}'))
                {
                    out.push(chars[i]);
                    i += 1;
                }
                name_at(&chars[i..]).or_else(|| self.known_at(&chars[i..]))
            } else {
                dotted_name_at(rest)
            };
            match name {
                Some(len) => {
                    out.push_str(&mask_name(&chars[i..i + len].iter().collect::<String>()));
                    i += len;
                    i = self.mask_list(&chars, i, &mut out);
                }
                None if i < chars.len() => {
                    out.push(chars[i]);
                    i += 1;
                }
                None => {}
            }
        }
        out
    }

    /// After a masked name at `i`, masks the names joined to it (`、李四`, `和欧阳修`) and
    /// returns where the list ends.
    fn mask_list(&self, chars: &[char], mut i: usize, out: &mut String) -> usize {
        while let Some(&sep) = chars.get(i).filter(|c| is_list_separator(**c)) {
            let next = &chars[i + 1..];
            let len = self.known_at(next).or_else(|| {
                (starts_with_surname(next) || dotted_name_at(next).is_some())
                    .then(|| name_at(next))
                    .flatten()
            });
            let Some(len) = len else {
                break;
            };
            out.push(sep);
            out.push_str(&mask_name(&next[..len].iter().collect::<String>()));
            i += 1 + len;
        }
        i
    }

    /// Masks a party field (当事人), or `None` when a piece of it is neither a company nor a
    /// name nor a masked number: such a field is left out of public outputs.
    pub fn party(&self, input: &str) -> Option<String> {
        let chars: Vec<char> = self.text(input).chars().collect();
        let mut out = String::new();
        for (body, sep) in pieces(&chars) {
            out.push_str(&party_piece(body)?);
            out.extend(sep);
        }
        Some(out)
    }
}

/// Whether a character is part of a written number (`Some(true)`), of words (`Some(false)`),
/// or of either (`None`: the `*` of a masked name or number).
fn is_number_char(c: char) -> Option<bool> {
    match c {
        '*' => None,
        'X' | 'x' => None,
        c => Some(c.is_ascii_digit() || matches!(c, '０'..='９' | '+')),
    }
}

/// The pieces of a party field and the separator after each: pieces end at a separator and
/// where words turn into a number (`王建国13812345678`).
fn pieces(chars: &[char]) -> Vec<(&[char], &[char])> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_piece_separator(chars[i]) {
            out.push((&chars[start..i], &chars[i..=i]));
            start = i + 1;
        } else if i > start {
            let turns = is_number_char(chars[i - 1])
                .zip(is_number_char(chars[i]))
                .is_some_and(|(a, b)| a != b);
            if turns {
                out.push((&chars[start..i], &chars[i..i]));
                start = i;
            }
        }
        i += 1;
    }
    out.push((&chars[start..], &chars[chars.len()..]));
    out
}

/// The length of the marker word at the start of `chars`.
fn marker_at(chars: &[char]) -> Option<usize> {
    names::MARKERS
        .iter()
        .find(|m| starts_with(chars, m))
        .map(|m| m.chars().count())
}

/// Whether `chars` starts with `word`.
fn starts_with(chars: &[char], word: &str) -> bool {
    let n = word.chars().count();
    chars.len() >= n && word.chars().eq(chars[..n].iter().copied())
}

/// A name written with a dot between Chinese characters (买买提·艾力) at the start of `chars`.
fn dotted_name_at(chars: &[char]) -> Option<usize> {
    let run = han_run(chars);
    let run = &chars[..run];
    let dotted = run
        .windows(3)
        .any(|w| is_han(w[0]) && is_name_dot(w[1]) && is_han(w[2]));
    dotted.then_some(run.len())
}

/// The labels (markers and 电话/身份证 words) at the start of a piece, stripped.
fn strip_labels(mut piece: &[char]) -> &[char] {
    loop {
        let label = names::MARKERS
            .iter()
            .chain(LABELS)
            .filter(|l| starts_with(piece, l))
            .map(|l| l.chars().count())
            .max();
        match label {
            Some(n) => piece = &piece[n..],
            None => return piece,
        }
    }
}

/// Whether a piece is only a masked name (张*丰, 欧阳*, 买**·**).
fn is_masked_name(piece: &[char]) -> bool {
    let han = piece.iter().filter(|c| is_han(**c)).count();
    piece.contains(&'*')
        && han <= 3
        && piece
            .iter()
            .all(|c| is_han(*c) || is_name_dot(*c) || *c == '*')
}

/// Whether a piece holds no words: digits (already masked), stars, punctuation.
fn is_wordless(piece: &[char]) -> bool {
    piece
        .iter()
        .all(|c| !c.is_alphabetic() || matches!(c, 'X' | 'x'))
}

/// Whether a piece names an organisation (青山建材有限公司).
fn is_organisation(piece: &[char]) -> bool {
    let text: String = piece.iter().collect();
    piece.iter().filter(|c| is_han(**c)).count() >= 4
        && ORGANISATION_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// Whether a piece is a bare name: two to four Chinese characters, or a dotted name.
fn is_bare_name(piece: &[char]) -> bool {
    let all_name = piece.iter().all(|c| is_han(*c) || is_name_dot(*c));
    all_name && (dotted_name_at(piece).is_some() || (2..=4).contains(&piece.len()))
}

/// One piece of a party field, masked, or `None` when it cannot be masked with confidence.
fn party_piece(piece: &[char]) -> Option<String> {
    let rest = strip_labels(piece);
    let label: String = piece[..piece.len() - rest.len()].iter().collect();
    if rest.is_empty() || is_wordless(rest) || is_masked_name(rest) || is_organisation(rest) {
        return Some(piece.iter().collect());
    }
    is_bare_name(rest).then(|| format!("{label}{}", mask_name(&rest.iter().collect::<String>())))
}

/// The personal names a party field states: its bare names and the names after its markers.
pub fn party_names(party: &str) -> Vec<String> {
    let masked_numbers: Vec<char> = numbers::mask(party).chars().collect();
    pieces(&masked_numbers)
        .into_iter()
        .map(|(body, _)| strip_labels(body))
        .filter(|rest| is_bare_name(rest) && !is_organisation(rest))
        .map(|rest| rest.iter().collect())
        .collect()
}

/// Masks one person's name by the scheme (`张三丰` → `张*丰`).
pub fn name(text: &str) -> String {
    mask_name(text)
}

#[cfg(test)]
mod tests;
