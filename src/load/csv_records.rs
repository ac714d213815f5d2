//! The records of a CSV text, read exactly as the `csv` crate reads them with its default
//! settings, without copying: a field is a slice of the text unless quotes had to be taken out.
//!
//! Why not the `csv` crate itself: every town check reads every record file, and there the
//! crate's byte-at-a-time state machine, the copy of each record and its UTF-8 validation (of
//! text that is already a `str`) were a third of the cost of loading a patrol row. Here the
//! delimiters are found with `memchr`, fields borrow the text, and nothing is validated twice.
//! The rules are the crate's (`csv_core::Reader` with comma, double quote, doubled quotes as the
//! escape, CR, LF or CRLF ending a record, no comments), and a property test holds the two to
//! the same records on any text.
//!
//! - A record ends at `\r`, `\n` or `\r\n` outside quotes; blank lines are skipped.
//! - A field that starts with `"` runs to the next `"` not doubled, line breaks included; what
//!   follows that quote up to the next comma or line end is kept as text (`"ab"c` is `abc`).
//! - A quote anywhere else is text. A field left open at the end of the text ends there.
//! - A UTF-8 byte order mark at the very start is skipped.

use std::borrow::Cow;

/// Reads the records of a CSV text one after another.
pub struct Records<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Records<'t> {
    /// Starts at the beginning of `text` (after a byte order mark).
    pub fn new(text: &'t str) -> Self {
        Records {
            text,
            at: if text.starts_with('\u{feff}') { 3 } else { 0 },
        }
    }

    /// Reads the next record into `fields` (emptied first) and gives the byte offset where it
    /// starts; `None` at the end of the text.
    pub fn next_into(&mut self, fields: &mut Vec<Cow<'t, str>>) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while matches!(bytes.get(self.at), Some(b'\r' | b'\n')) {
            self.at += 1;
        }
        if self.at >= bytes.len() {
            return None;
        }
        let start = self.at;
        fields.clear();
        // Most lines hold neither quotes nor a carriage return: split them at their commas.
        let line_end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |k| start + k);
        let line = &bytes[start..line_end];
        if memchr::memchr2(b'"', b'\r', line).is_none() {
            let mut from = start;
            for comma in memchr::memchr_iter(b',', line) {
                fields.push(Cow::Borrowed(&self.text[from..start + comma]));
                from = start + comma + 1;
            }
            fields.push(Cow::Borrowed(&self.text[from..line_end]));
            self.at = line_end + 1;
            return Some(start);
        }
        loop {
            let field = if bytes.get(self.at) == Some(&b'"') {
                self.quoted()
            } else {
                let end = self.field_end(self.at);
                let field = &self.text[self.at..end];
                self.at = end;
                Cow::Borrowed(field)
            };
            fields.push(field);
            match bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'\r') => {
                    self.at += 1;
                    if bytes.get(self.at) == Some(&b'\n') {
                        self.at += 1;
                    }
                    return Some(start);
                }
                Some(_) => {
                    self.at += 1;
                    return Some(start);
                }
                None => return Some(start),
            }
        }
    }

    /// The end of the unquoted text that starts at `from`: the next comma or line break.
    fn field_end(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        memchr::memchr3(b',', b'\r', b'\n', &bytes[from..]).map_or(bytes.len(), |k| from + k)
    }

    /// A field that starts with a quote, at `self.at`; leaves `self.at` after it.
    fn quoted(&mut self) -> Cow<'t, str> {
        let bytes = self.text.as_bytes();
        let mut unquoted: Option<String> = None;
        let mut piece = self.at + 1;
        loop {
            let Some(k) = memchr::memchr(b'"', &bytes[piece..]) else {
                // Never closed: the field is the rest of the text.
                self.at = bytes.len();
                return joined(unquoted, &self.text[piece..], "");
            };
            let quote = piece + k;
            if bytes.get(quote + 1) == Some(&b'"') {
                unquoted
                    .get_or_insert_with(String::new)
                    .push_str(&self.text[piece..=quote]);
                piece = quote + 2;
                continue;
            }
            let end = self.field_end(quote + 1);
            self.at = end;
            return joined(
                unquoted,
                &self.text[piece..quote],
                &self.text[quote + 1..end],
            );
        }
    }
}

/// `before` (the pieces already taken out of quotes), then `inside` and `after`: borrowed when
/// nothing had to be joined.
fn joined<'t>(before: Option<String>, inside: &'t str, after: &'t str) -> Cow<'t, str> {
    match before {
        None if after.is_empty() => Cow::Borrowed(inside),
        before => {
            let mut text = before.unwrap_or_default();
            text.push_str(inside);
            text.push_str(after);
            Cow::Owned(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `text` with its starting offset.
    fn ours(text: &str) -> Vec<(usize, Vec<String>)> {
        let mut records = Records::new(text);
        let mut fields = Vec::new();
        let mut all = Vec::new();
        while let Some(start) = records.next_into(&mut fields) {
            all.push((start, fields.iter().map(|f| f.to_string()).collect()));
        }
        all
    }

    /// The same as the `csv` crate reads them; the start is its position moved past the blank
    /// lines it counts in.
    fn theirs(text: &str) -> Vec<(usize, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        let mut all = Vec::new();
        while reader.read_record(&mut record).expect("text reads") {
            let mut start = record.position().map_or(0, |p| p.byte() as usize);
            if text.starts_with('\u{feff}') {
                start = start.max(3);
            }
            while matches!(text.as_bytes().get(start), Some(b'\n' | b'\r')) {
                start += 1;
            }
            all.push((start, record.iter().map(str::to_string).collect()));
        }
        all
    }

    #[test]
    fn fields_are_read_as_the_csv_crate_reads_them() {
        for text in [
            "",
            "a,b\n1,2\n",
            "a,b\r\n1,2\r\n",
            "a,b\r1,2",
            "\n\n a , b \n\r\n",
            "a,\"b,c\"\n\"x\"\"y\",\"\"\n",
            "\"ab\"cd,e\n",
            "a\"b,c\"\n",
            "\"multi\nline\",2\n3,4",
            "\"open,to the end\n",
            "a,b,\n,\n",
            "\u{feff}名,村\n张三,前店\n",
            "\"\"\"\",\"a\"\"\"x\n",
        ] {
            assert_eq!(ours(text), theirs(text), "{text:?}");
        }
    }

    #[test]
    fn a_field_without_quotes_is_borrowed() {
        let mut fields = Vec::new();
        Records::new("a,\"b\",\"c\"\"\"\n").next_into(&mut fields);
        assert!(matches!(fields[0], Cow::Borrowed("a")));
        assert!(matches!(fields[1], Cow::Borrowed("b")));
        assert!(matches!(&fields[2], Cow::Owned(c) if c == "c\""));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn any_text_reads_as_the_csv_crate_reads_it(
            text in "(\u{feff})?[ab,\"\r\n 中]{0,40}"
        ) {
            proptest::prop_assert_eq!(ours(&text), theirs(&text));
        }
    }
}
