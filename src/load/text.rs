//! Reading a file's bytes as text, deciding the encoding from evidence, once per file: a BOM
//! (UTF-8, UTF-16) decides; else valid UTF-8 is UTF-8; else a file that is mostly UTF-8 with a
//! few bad bytes is an error at the line and column of the first bad byte (never a switch to
//! another encoding); else GB18030 (which decodes GBK), when it decodes without error into
//! plausible Chinese text. [`Decoded::exact`] says whether encoding the text again gives the
//! very same bytes: a writer rewrites only files read exactly.

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// The encodings a town file may be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8.
    Utf8,
    /// UTF-16, little-endian (always with its BOM).
    Utf16Le,
    /// UTF-16, big-endian (always with its BOM).
    Utf16Be,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
}

impl TextEncoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Gb18030 => "GB18030",
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Gb18030 => GB18030,
        }
    }
}

/// A file's text and how it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without BOM.
    pub text: String,
    /// The encoding.
    pub encoding: TextEncoding,
    /// Whether the file starts with a BOM.
    pub bom: bool,
    /// Whether [`encode`] gives back the file's bytes exactly.
    pub exact: bool,
}

/// Why bytes are not text.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte (outside UTF-16): a binary file.
    Binary {
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// Bytes that are not valid in the file's encoding.
    BadBytes {
        /// The encoding the rest of the file is in.
        encoding: TextEncoding,
        /// Offset of the first bad byte.
        offset: usize,
        /// Its line, 1-based.
        line: u32,
        /// Its column in characters, 1-based.
        column: u32,
    },
}

impl DecodeError {
    /// The error in one line, for messages that are not diagnostics.
    pub fn describe(&self) -> String {
        match self {
            DecodeError::Binary { offset } => format!("binary data at byte {offset}"),
            DecodeError::BadBytes {
                encoding,
                line,
                column,
                ..
            } => format!(
                "line {line}, column {column}: bytes that are not valid {}",
                encoding.name()
            ),
        }
    }
}

/// Decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let which = if encoding == UTF_8 {
            TextEncoding::Utf8
        } else if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        let body = &bytes[bom_len..];
        if which == TextEncoding::Utf8 {
            return utf8(body, true);
        }
        return strict(which, body, true).map_err(|offset| bad_bytes(which, body, offset));
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(DecodeError::Binary { offset });
    }
    let Err(first_bad) = std::str::from_utf8(bytes) else {
        return utf8(bytes, false);
    };
    if mostly_utf8(bytes) {
        return Err(bad_bytes(
            TextEncoding::Utf8,
            bytes,
            first_bad.valid_up_to(),
        ));
    }
    match strict(TextEncoding::Gb18030, bytes, false) {
        Ok(decoded) if plausible_chinese(&decoded.text) => Ok(decoded),
        Ok(_) => Err(bad_bytes(
            TextEncoding::Utf8,
            bytes,
            first_bad.valid_up_to(),
        )),
        Err(offset) => Err(bad_bytes(TextEncoding::Gb18030, bytes, offset)),
    }
}

/// Decodes a file's bytes, keeping them as the text when they are UTF-8 without a BOM (the
/// usual case: no copy, one validation). Otherwise as [`decode`].
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if Encoding::for_bom(&bytes).is_some() || memchr::memchr(0, &bytes).is_some() {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: TextEncoding::Utf8,
            bom: false,
            exact: true,
        }),
        Err(e) => decode(e.as_bytes()),
    }
}

/// Encodes text as a file in `encoding`, with a BOM when `bom`.
pub fn encode(text: &str, encoding: TextEncoding, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 3);
    match encoding {
        TextEncoding::Utf8 => {
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
        }
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let le = encoding == TextEncoding::Utf16Le;
            let unit = |u: u16| if le { u.to_le_bytes() } else { u.to_be_bytes() };
            if bom {
                out.extend_from_slice(&unit(0xFEFF));
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&unit(u));
            }
        }
        TextEncoding::Gb18030 => out.extend_from_slice(&GB18030.encode(text).0),
    }
    out
}

fn utf8(body: &[u8], bom: bool) -> Result<Decoded, DecodeError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: TextEncoding::Utf8,
            bom,
            exact: true,
        }),
        Err(e) => Err(bad_bytes(TextEncoding::Utf8, body, e.valid_up_to())),
    }
}

/// Decodes without replacement; the offset of the first malformed byte on failure.
fn strict(which: TextEncoding, body: &[u8], bom: bool) -> Result<Decoded, usize> {
    let mut decoder = which.encoding().new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len() * 3 + 16);
    let mut text = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => {
            let mut decoded = Decoded {
                text,
                encoding: which,
                bom,
                exact: false,
            };
            decoded.exact = encode(&decoded.text, which, false) == body;
            Ok(decoded)
        }
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Err(read.saturating_sub(usize::from(bad) + usize::from(after)))
        }
        encoding_rs::DecoderResult::OutputFull => Err(read),
    }
}

/// Whether bytes that are not valid UTF-8 still look like UTF-8 text with a few bad bytes:
/// more well-formed multi-byte UTF-8 sequences than bytes outside them.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut sequences, mut stray) = (0usize, 0usize);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                sequences += text.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let good = &rest[..e.valid_up_to()];
                sequences += std::str::from_utf8(good)
                    .map_or(0, |t| t.chars().filter(|c| !c.is_ascii()).count());
                let bad = e.error_len().unwrap_or(rest.len() - e.valid_up_to()).max(1);
                stray += bad;
                rest = &rest[e.valid_up_to() + bad..];
            }
        }
    }
    sequences > stray
}

/// Whether decoded text reads as Chinese: nearly every non-ASCII character is a common CJK
/// character, CJK punctuation or a full-width form.
fn plausible_chinese(text: &str) -> bool {
    let (mut other, mut total) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        total += 1;
        let common = matches!(c,
            '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'
            | '\u{2010}'..='\u{206f}' | '\u{00b7}' | '\u{00d7}' | '\u{2460}'..='\u{24ff}');
        other += usize::from(!common);
    }
    other * 20 <= total
}

fn bad_bytes(encoding: TextEncoding, body: &[u8], offset: usize) -> DecodeError {
    let before = &body[..offset.min(body.len())];
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    DecodeError::BadBytes {
        encoding,
        offset,
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "person,name\nP0001,王建国\n";

    /// [`TEXT`] as GB18030, UTF-8 with a BOM and UTF-16LE with a BOM.
    fn encodings() -> [Vec<u8>; 3] {
        let (gbk, _, _) = GB18030.encode(TEXT);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(TEXT.as_bytes());
        let utf16 = encode(TEXT, TextEncoding::Utf16Le, true);
        [gbk.into_owned(), bom, utf16]
    }

    #[test]
    fn every_encoding_gives_the_same_text() {
        let [gbk, bom, utf16] = encodings();
        for bytes in [TEXT.as_bytes(), &gbk, &bom, &utf16] {
            let decoded = decode(bytes).unwrap();
            assert_eq!(decoded.text, TEXT);
            assert!(decoded.exact);
            assert_eq!(encode(&decoded.text, decoded.encoding, decoded.bom), bytes);
        }
    }

    #[test]
    fn the_owned_decoder_gives_what_decode_gives() {
        let [gbk, bom, utf16] = encodings();
        let mut stray = TEXT.as_bytes().to_vec();
        stray.extend_from_slice(b"\xff\xfe");
        for bytes in [TEXT.as_bytes(), &gbk, &bom, &utf16, b"a\0b", &stray, b""] {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"a\0b"), Err(DecodeError::Binary { offset: 1 }));
    }

    #[test]
    fn stray_bytes_in_utf8_are_located_not_reinterpreted() {
        let mut bytes = "date,note\n2026-11-01,东村巡查\n2026-11-02,河道"
            .as_bytes()
            .to_vec();
        bytes.extend_from_slice(b"\xff\xfe");
        bytes.extend_from_slice("正常\n".as_bytes());
        assert_eq!(
            decode(&bytes),
            Err(DecodeError::BadBytes {
                encoding: TextEncoding::Utf8,
                offset: 51,
                line: 3,
                column: 14,
            })
        );
    }

    #[test]
    fn gbk_with_a_bad_byte_is_located() {
        let (gbk, _, _) = GB18030.encode("日期,备注\n2026-11-01,东村巡查\n");
        let mut bytes = gbk.into_owned();
        bytes.extend_from_slice(b"2026-11-02,\x81\n");
        assert!(matches!(
            decode(&bytes),
            Err(DecodeError::BadBytes { line: 3, .. })
        ));
    }
}
