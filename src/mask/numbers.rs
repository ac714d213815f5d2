//! Phone, landline, id and other long numbers inside a text, in any spacing or punctuation.
//!
//! The text is cut into digit chunks (ASCII or full-width digits; an `X` may end an id). Chunks
//! joined by at most three separator characters (spaces, dashes, dots, slashes, parentheses)
//! form one number, up to the 18 digits of an id, so `+86 138-1234 5678` and `(0532)8888 6666`
//! are each one number. A written date (`2026-11-24`) and a decimal (`3.5`) stay as they are;
//! every other number of 7 digits or more is masked.

/// The longest number that chunks are joined into: an 18-digit id.
const MAX_JOINED: usize = 18;
/// How many separator characters may stand between the chunks of one number.
const MAX_GAP: usize = 3;

/// The ASCII digit a character stands for, full-width digits included.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        _ => None,
    }
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{3000}'
            | '\u{a0}'
            | '\t'
            | '-'
            | '－'
            | '‐'
            | '‑'
            | '–'
            | '—'
            | '.'
            | '．'
            | '/'
            | '('
            | ')'
            | '（'
            | '）'
    )
}

/// A run of digits at `start..end` (char positions); `digits` are ASCII, maybe ending in `X`.
struct Chunk {
    start: usize,
    end: usize,
    digits: String,
    /// The visible part of a number masked before (`138****5678`): at most 6 digits
    /// touching a `*`. It joins nothing and stays, so masking twice changes nothing more.
    masked_before: bool,
}

/// The most digits a masked number shows in one piece (an id's first six).
const MOST_SHOWN: usize = 6;

fn chunks(chars: &[char]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some(_) = digit(chars[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut digits = String::new();
        while let Some(d) = chars.get(i).copied().and_then(digit) {
            digits.push(d);
            i += 1;
        }
        if matches!(chars.get(i), Some('X' | 'x' | 'Ｘ')) {
            digits.push('X');
            i += 1;
        }
        let touches_star = (start > 0 && chars[start - 1] == '*') || chars.get(i) == Some(&'*');
        out.push(Chunk {
            start,
            end: i,
            masked_before: touches_star && digits.len() <= MOST_SHOWN,
            digits,
        });
    }
    out
}

/// The most digits a number starting with `digits` can have: a landline 12, else an id's 18.
fn longest_from(digits: &str) -> usize {
    if digits.starts_with('0') && !digits.starts_with("00") {
        12
    } else {
        MAX_JOINED
    }
}

/// Whether `digits` already make a whole mobile number or id, so no chunk joins them.
fn is_complete(digits: &str) -> bool {
    let mobile = |d: &str| d.len() == 11 && d.starts_with('1');
    mobile(digits)
        || digits.strip_prefix("86").is_some_and(mobile)
        || digits.strip_prefix("0086").is_some_and(mobile)
        || digits.len() == 18
}

/// Whether chunks written `2026-11-24`, `2026.11.24` or `2026/11/24` make a real date.
fn is_date(chars: &[char], group: &[Chunk]) -> bool {
    let [y, m, d] = group else {
        return false;
    };
    let sep = |a: &Chunk, b: &Chunk| -> Option<char> {
        match &chars[a.end..b.start] {
            [c] if matches!(c, '-' | '.' | '/') => Some(*c),
            _ => None,
        }
    };
    let num = |c: &Chunk| c.digits.parse::<u32>().ok();
    y.digits.len() == 4
        && (1..=2).contains(&m.digits.len())
        && (1..=2).contains(&d.digits.len())
        && sep(y, m).is_some()
        && sep(y, m) == sep(m, d)
        && num(y).is_some_and(|y| (1900..=2199).contains(&y))
        && num(m).is_some_and(|m| (1..=12).contains(&m))
        && num(d).is_some_and(|d| (1..=31).contains(&d))
}

/// Whether two chunks are a decimal number such as `3.5` or `120.75`.
fn is_decimal(chars: &[char], group: &[Chunk]) -> bool {
    let [a, b] = group else {
        return false;
    };
    matches!(&chars[a.end..b.start], ['.' | '．']) && b.digits.len() <= 2 && a.digits.len() <= 6
}

/// The masked form of a number's digits, or `None` when it may stay.
fn masked(digits: &str) -> Option<String> {
    let n = digits.len();
    let stars = |k: usize| "*".repeat(k);
    let mobile = |d: &str| format!("{}****{}", &d[..3], &d[7..]);
    let has_x = digits.ends_with('X');
    if has_x && n != 18 {
        return (n >= 7).then(|| format!("{}{}", stars(n - 4), &digits[n - 4..]));
    }
    if n == 15 && digits.starts_with("00861") {
        return Some(format!("0086 {}", mobile(&digits[4..])));
    }
    if n == 13 && digits.starts_with("861") {
        return Some(format!("86 {}", mobile(&digits[2..])));
    }
    if n == 11 && digits.starts_with('1') {
        return Some(mobile(digits));
    }
    if n == 18 || n == 15 {
        return Some(format!(
            "{}{}{}",
            &digits[..6],
            stars(n - 10),
            &digits[n - 4..]
        ));
    }
    if digits.starts_with('0') && (10..=12).contains(&n) {
        let area = if matches!(digits.as_bytes()[1], b'1' | b'2') {
            3
        } else {
            4
        };
        return Some(format!(
            "{}-{}{}",
            &digits[..area],
            stars(n - area - 4),
            &digits[n - 4..]
        ));
    }
    (n >= 7).then(|| format!("{}{}", stars(n - 4), &digits[n - 4..]))
}

/// Masks every phone, landline, id and other long number inside `input`.
pub fn mask(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    let chunks = chunks(&chars);
    let mut out = String::with_capacity(input.len());
    let mut copied = 0;
    let mut i = 0;
    while i < chunks.len() {
        let mut j = i + 1;
        let mut digits = chunks[i].digits.clone();
        while let Some(next) = chunks.get(j) {
            let gap = &chars[chunks[j - 1].end..next.start];
            let joinable = !chunks[j - 1].digits.ends_with('X')
                && !chunks[j - 1].masked_before
                && !next.masked_before
                && (1..=MAX_GAP).contains(&gap.len())
                && gap.iter().all(|c| is_separator(*c))
                && digits.len() + next.digits.len() <= longest_from(&digits)
                && !is_complete(&digits)
                && !is_date(&chars, &chunks[i..j]);
            if !joinable {
                break;
            }
            digits.push_str(&next.digits);
            j += 1;
        }
        let group = &chunks[i..j];
        i = j;
        if group[0].masked_before || is_date(&chars, group) || is_decimal(&chars, group) {
            continue;
        }
        let Some(replacement) = masked(&digits) else {
            continue;
        };
        // The characters between groups are kept, so two masked numbers never run together.
        let start = group[0].start;
        let end = group[group.len() - 1].end;
        out.extend(&chars[copied..start]);
        out.push_str(&replacement);
        copied = end;
    }
    out.extend(&chars[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn mobiles_in_every_spelling() {
        for (input, want) in [
            ("13812345678", "138****5678"),
            ("138 1234 5678", "138****5678"),
            ("138-1234-5678", "138****5678"),
            ("138.1234.5678", "138****5678"),
            ("１３８１２３４５６７８", "138****5678"),
            ("+86 138 1234 5678", "+86 138****5678"),
            ("+86-13812345678", "+86 138****5678"),
            ("0086 13812345678", "0086 138****5678"),
            ("电话：138 1234 5678。", "电话：138****5678。"),
            ("1 3 8 1 2 3 4 5 6 7 8", "138****5678"),
        ] {
            assert_eq!(mask(input), want, "{input}");
        }
    }

    #[test]
    fn landlines_ids_and_long_runs() {
        assert_eq!(mask("0532-88886666"), "0532-****6666");
        assert_eq!(mask("(0532)88886666"), "(0532-****6666");
        assert_eq!(mask("010 8888 6666"), "010-****6666");
        assert_eq!(mask("身份证370211199001011234"), "身份证370211********1234");
        assert_eq!(mask("37021119900101123X号"), "370211********123X号");
        assert_eq!(mask("370211900101123"), "370211*****1123");
        assert_eq!(mask("账号6222021234567890123"), "账号***************0123");
        assert_eq!(mask("88886666"), "****6666");
    }

    #[test]
    fn dates_decimals_and_short_numbers_stay() {
        for text in [
            "2026-11-24 第12号",
            "2026.11.24",
            "2026/1/5",
            "罚款5000元，面积120.75平方米",
            "2026年11月24日 08:30",
            "青综执罚〔2026〕0012号",
        ] {
            assert_eq!(mask(text), text);
        }
        assert_eq!(mask("2026-11-24 13812345678"), "2026-11-24 138****5678");
    }

    #[test]
    fn numbers_side_by_side_never_run_together() {
        // Found by the fuzzer: a bracket between two numbers was taken into the second.
        for input in [
            "+34 5-8(84 5-7(886 6 618  5-8(84 5-7(886 6 18 1)-34 5-1234",
            "12345678(0532)88886666",
        ] {
            let masked = mask(input);
            let longest = masked
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max();
            assert!(longest < Some(7), "{masked}");
        }
    }

    #[test]
    fn masking_twice_changes_nothing_more() {
        let once = mask("王 13812345678 0532-88886666 370211199001011234");
        assert_eq!(mask(&once), once);
    }
}
