//! Masking personal data: the one function through which names, mobile numbers and id numbers
//! leave the repository (public disclosure, exports). `张三丰` → `张*丰`, `张三` → `张*`,
//! `13812341234` → `138****1234`, `370211199001011234` → `370211********1234`.

/// Masks a person's name: the family name stays, the given name is starred except its last
/// character for names of three or four characters. Longer names (companies, units) stay.
pub fn name(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".to_string(),
        2 => format!("{}*", chars[0]),
        3 | 4 => format!(
            "{}{}{}",
            chars[0],
            "*".repeat(chars.len() - 2),
            chars[chars.len() - 1]
        ),
        _ => text.trim().to_string(),
    }
}

/// Masks every mobile number (11 digits starting with 1) and id number (17 digits and a digit
/// or X) inside a text.
pub fn text(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == 'X' || **c == 'x')
            .count();
        let digits_only = chars[i..i + run].iter().all(char::is_ascii_digit);
        let id_like = run == 18 && chars[i..i + 17].iter().all(char::is_ascii_digit);
        if id_like {
            let s: String = chars[i..i + run].iter().collect();
            out.push_str(&format!("{}{}{}", &s[..6], "*".repeat(8), &s[14..]));
        } else if run == 11 && digits_only && chars[i] == '1' {
            let s: String = chars[i..i + run].iter().collect();
            out.push_str(&format!("{}****{}", &s[..3], &s[7..]));
        } else if run > 0 {
            out.extend(&chars[i..i + run]);
        } else {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += run;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name("张三丰"), "张*丰");
        assert_eq!(name("张三"), "张*");
        assert_eq!(name("欧阳建国"), "欧**国");
        assert_eq!(name("王"), "*");
        assert_eq!(name("青山食品有限公司"), "青山食品有限公司");
    }

    #[test]
    fn numbers_inside_text() {
        assert_eq!(text("联系 13812341234。"), "联系 138****1234。");
        assert_eq!(text("身份证370211199001011234"), "身份证370211********1234");
        assert_eq!(text("37021119900101123X号"), "370211********123X号");
        assert_eq!(text("2026-11-24 第12号"), "2026-11-24 第12号");
        assert_eq!(text("138123412345"), "138123412345");
    }
}
