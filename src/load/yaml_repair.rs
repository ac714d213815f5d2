//! Every error of a YAML file, not only the first: serde stops at the first error it meets,
//! so the file is read again with the part in error set aside — its lines blanked, never
//! removed, so every later error keeps its line — until it reads or nothing more can be set
//! aside. Errors that setting a part aside may itself cause (a required key now missing, a list
//! now empty) are told apart and not reported.

/// The most parts of one file set aside: a file with more errors reports this many.
pub const MAX_SET_ASIDE: usize = 32;
/// The most bytes read again over all the readings of one file: a large file is read again
/// fewer times, so the time spent stays bounded by design.
const MAX_BYTES_REREAD: usize = 64 * 1024 * 1024;

/// How many times a file of `len` bytes may be read in all (the first reading included).
pub fn readings(len: usize) -> usize {
    (1 + MAX_BYTES_REREAD / len.max(1)).min(MAX_SET_ASIDE + 1)
}

/// A YAML text whose blocks can be blanked one at a time.
#[derive(Debug)]
pub struct Repair {
    lines: Vec<String>,
    /// The last line of any block set aside after an error: a later error at or before it
    /// may be of the repair's own making.
    frontier: u32,
    /// The keys set aside after an error: a later "missing field" for one of them is ours.
    keys: Vec<String>,
}

impl Repair {
    /// A repair of `text`, nothing blanked yet.
    pub fn new(text: &str) -> Repair {
        Repair {
            lines: text.split('\n').map(str::to_string).collect(),
            frontier: 0,
            keys: Vec::new(),
        }
    }

    /// The text as repaired so far.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// Blanks a repeated key (the second of two) and the block under it. Blanking it cannot
    /// cause an error of its own, so later errors are judged as if it had never been there.
    pub fn drop_repeated(&mut self, line: u32, col: usize) {
        self.blank_key_block(line, col);
    }

    /// Whether an error at `line` (serde's message `message`) may have been caused by what
    /// was set aside before it.
    pub fn caused(&self, line: u32, message: &str) -> bool {
        match quoted_after(message, "missing field") {
            Some(field) => self.keys.contains(&field),
            None => line <= self.frontier,
        }
    }

    /// Sets aside the part in error at `line` (column `col` from 1, when known): an unknown
    /// key alone; anything else, the list entry holding it, or its key. `false` when nothing
    /// more could be set aside, and the file is read no further.
    pub fn set_aside(&mut self, line: u32, col: Option<usize>, message: &str) -> bool {
        if quoted_after(message, "unknown field").is_some() {
            let col = col.map_or_else(|| self.key_col(line), |c| c.saturating_sub(1));
            self.set_aside_key(line, col)
        } else {
            self.blank_entry(line) || self.set_aside_key(line, self.key_col(line))
        }
    }

    fn set_aside_key(&mut self, line: u32, col: usize) -> bool {
        let Some(key) = self
            .line(line)
            .and_then(|t| key_of_line(t.get(..)?))
            .filter(|(_, at)| *at == col)
            .map(|(key, _)| key)
        else {
            return false;
        };
        self.keys.push(key);
        let last = self.blank_key_block(line, col);
        self.frontier = self.frontier.max(last);
        true
    }

    /// Blanks the key starting at `col` of `line` and every line under it; the last line
    /// blanked. A key after a list dash keeps the dash (the entry stays an entry).
    fn blank_key_block(&mut self, line: u32, col: usize) -> u32 {
        let Some(at) = index_of(line).filter(|i| *i < self.lines.len()) else {
            return line;
        };
        let kept = self.lines[at]
            .get(..col)
            .unwrap_or("")
            .trim_end()
            .to_string();
        self.lines[at] = kept;
        let mut last = at;
        for i in at + 1..self.lines.len() {
            let text = &self.lines[i];
            if is_blank(text) {
                continue;
            }
            let indent = indent(text);
            let under = indent > col || (indent == col && is_dash(&text[indent..]));
            if !under {
                break;
            }
            self.lines[i].clear();
            last = i;
        }
        line_number(last)
    }

    /// Blanks the innermost block list entry that holds `line`; `false` when none does.
    fn blank_entry(&mut self, line: u32) -> bool {
        let Some(at) = index_of(line).filter(|i| *i < self.lines.len()) else {
            return false;
        };
        let mut least = usize::MAX;
        let mut start = None;
        for i in (0..=at).rev() {
            let text = &self.lines[i];
            if is_blank(text) {
                continue;
            }
            let indent = indent(text);
            if indent < least && is_dash(&text[indent..]) {
                start = Some((i, indent));
                break;
            }
            least = least.min(indent);
            if least == 0 {
                break;
            }
        }
        let Some((start, dash)) = start else {
            return false;
        };
        self.lines[start].clear();
        let mut last = start;
        for i in start + 1..self.lines.len() {
            let text = &self.lines[i];
            if is_blank(text) {
                continue;
            }
            if indent(text) <= dash {
                break;
            }
            self.lines[i].clear();
            last = i;
        }
        self.frontier = self.frontier.max(line_number(last));
        true
    }

    fn line(&self, line: u32) -> Option<&str> {
        index_of(line)
            .and_then(|i| self.lines.get(i))
            .map(String::as_str)
    }

    /// The column where the key of `line` starts (after any list dashes).
    fn key_col(&self, line: u32) -> usize {
        self.line(line)
            .and_then(key_of_line)
            .map_or(0, |(_, col)| col)
    }
}

/// The key a YAML line starts with (after any list dashes), and its column from 0.
pub fn key_of_line(text: &str) -> Option<(String, usize)> {
    entry_of_line(text).map(|(key, _, col)| (key, col))
}

/// The key a YAML line starts with (after any list dashes), its value as written on the line
/// (trimmed, comment removed) and the key's column from 0.
pub fn entry_of_line(text: &str) -> Option<(String, &str, usize)> {
    let mut col = indent(text);
    while is_dash(&text[col..]) {
        let after = text[col + 1..].trim_start_matches(' ');
        col = text.len() - after.len();
    }
    let (key, value) = super::yaml::split_key(text[col..].trim_end_matches('\r'))?;
    Some((key, value.trim(), col))
}

/// The name quoted in backticks after `prefix` in a serde message (``unknown field `x` ``).
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let at = message.find(prefix)?;
    message[at + prefix.len()..]
        .split('`')
        .nth(1)
        .map(str::to_string)
}

fn index_of(line: u32) -> Option<usize> {
    usize::try_from(line).ok()?.checked_sub(1)
}

fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

fn indent(text: &str) -> usize {
    text.len() - text.trim_start_matches(' ').len()
}

fn is_blank(text: &str) -> bool {
    let content = text.trim();
    content.is_empty() || content.starts_with('#')
}

fn is_dash(content: &str) -> bool {
    content == "-" || content.starts_with("- ") || content == "-\r"
}

#[cfg(test)]
mod tests {
    use super::Repair;

    const TEXT: &str = "id: a\nevents:\n- at: 1\n  action: x\n  colour: red\n- at: 2\n  action: y\nlast:\n  deep: 1\n";

    #[test]
    fn an_unknown_key_alone_is_set_aside() {
        let mut r = Repair::new(TEXT);
        assert!(r.set_aside(5, Some(3), "unknown field `colour`, expected one of"));
        assert_eq!(
            r.text(),
            "id: a\nevents:\n- at: 1\n  action: x\n\n- at: 2\n  action: y\nlast:\n  deep: 1\n"
        );
        assert!(r.caused(5, "invalid value"));
        assert!(!r.caused(6, "invalid value"));
        assert!(r.caused(1, "missing field `colour`"));
        assert!(!r.caused(1, "missing field `id`"));
    }

    #[test]
    fn a_bad_value_sets_aside_its_list_entry_and_keeps_every_line() {
        let mut r = Repair::new(TEXT);
        assert!(r.set_aside(4, Some(11), "unknown variant `x`"));
        assert_eq!(
            r.text(),
            "id: a\nevents:\n\n\n\n- at: 2\n  action: y\nlast:\n  deep: 1\n"
        );
        assert!(r.set_aside(8, None, "invalid type"));
        assert_eq!(r.text(), "id: a\nevents:\n\n\n\n- at: 2\n  action: y\n\n\n");
    }

    #[test]
    fn a_key_after_a_dash_keeps_the_dash() {
        let mut r = Repair::new(TEXT);
        r.drop_repeated(3, 2);
        assert!(r.text().starts_with("id: a\nevents:\n-\n  action: x\n"));
        assert!(
            !r.caused(3, "invalid value"),
            "a repeated key causes nothing"
        );
    }
}
