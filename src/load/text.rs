//! Reading a file's bytes as text: UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030
//! as Chinese Excel and WPS save CSV files. The encoding is decided once per file, never per
//! cell.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// Why bytes are not text.
#[derive(Debug, PartialEq, Eq)]
pub struct Binary {
    /// Offset of the first byte that marks the file as binary.
    pub offset: usize,
}

/// Decodes a file's bytes. A NUL byte (outside UTF-16) means the file is binary.
pub fn decode(bytes: Vec<u8>) -> Result<String, Binary> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding == UTF_8 {
            return utf8_or_gb18030(bytes[bom_len..].to_vec());
        }
        let (text, _, _) = encoding.decode(&bytes);
        return Ok(text.into_owned());
    }
    utf8_or_gb18030(bytes)
}

fn utf8_or_gb18030(bytes: Vec<u8>) -> Result<String, Binary> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Binary { offset });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let (text, _, _) = GB18030.decode(err.as_bytes());
            Ok(text.into_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_gives_the_same_text() {
        let text = "person,name\nP0001,王建国\n";
        let (gbk, _, _) = GB18030.encode(text);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(text.as_bytes().to_vec()).unwrap(), text);
        assert_eq!(decode(gbk.into_owned()).unwrap(), text);
        assert_eq!(decode(bom).unwrap(), text);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(vec![b'a', 0, b'b']), Err(Binary { offset: 1 }));
    }
}
