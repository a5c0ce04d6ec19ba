//! Import errors: every error names the input, the record and the field, so a bad byte in a
//! multi-megabyte capture can be found without a debugger. Input quoted in a message is a
//! short, escaped [`excerpt`]: never a whole field of megabytes, never a raw control byte.

use std::fmt;
use std::fmt::Write as _;

/// The most characters of input an error message quotes.
pub const EXCERPT_CHARS: usize = 40;

/// Input quoted for an error message: in double quotes, at most [`EXCERPT_CHARS`] characters
/// (`…` and the input's length in bytes when cut), each printable ASCII character as is and
/// every other one escaped: `\0`, `\t`, `\n`, `\r`, `\"`, `\\`, `\u{e9}` for a character
/// that is not printable ASCII, `\xff` for a byte that is not part of UTF-8 text.
pub fn excerpt(input: impl AsRef<[u8]>) -> String {
    let input = input.as_ref();
    let mut out = String::with_capacity(EXCERPT_CHARS + 2);
    out.push('"');
    if escape_into(&mut out, input, EXCERPT_CHARS, true) {
        let _ = write!(out, "…\" ({} bytes)", input.len());
    } else {
        out.push('"');
    }
    out
}

/// The most characters of a decoder library's own message an error passes on.
const FOREIGN_MESSAGE_CHARS: usize = 200;

/// A message from a decoding library, which may carry input, made safe to print: escaped as
/// in [`excerpt`] (but for quotes, which are its own) and cut at 200 characters.
pub(crate) fn printable(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(FOREIGN_MESSAGE_CHARS));
    if escape_into(&mut out, message.as_bytes(), FOREIGN_MESSAGE_CHARS, false) {
        out.push('…');
    }
    out
}

/// Appends up to `limit` characters of `input`, escaped (double quotes too when `quoted`);
/// true when `input` was cut.
fn escape_into(out: &mut String, input: &[u8], limit: usize, quoted: bool) -> bool {
    let mut shown = 0;
    for chunk in input.utf8_chunks() {
        for c in chunk.valid().chars() {
            if shown == limit {
                return true;
            }
            match c {
                '"' if quoted => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\0' => out.push_str("\\0"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                ' '..='~' => out.push(c),
                _ => {
                    let _ = write!(out, "\\u{{{:x}}}", c as u32);
                }
            }
            shown += 1;
        }
        for byte in chunk.invalid() {
            if shown == limit {
                return true;
            }
            let _ = write!(out, "\\x{byte:02x}");
            shown += 1;
        }
    }
    false
}

/// Where in the input a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a text file.
    Line(u64),
    /// Byte offset into the (decompressed) binary stream.
    ByteOffset(u64),
    /// 1-based record number of a binary stream, with the byte offset of its start.
    Record {
        /// 1-based position of the record in the stream.
        number: u64,
        /// Byte offset of the record's first byte in the (decompressed) stream.
        offset: u64,
    },
    /// The input as a whole (e.g. its header or compression framing).
    Whole,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::ByteOffset(o) => write!(f, "byte offset {o}"),
            Location::Record { number, offset } => {
                write!(f, "record {number} (byte offset {offset})")
            }
            Location::Whole => write!(f, "whole input"),
        }
    }
}

/// A malformed or unreadable input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {location}: field `{field}`: {message}")]
pub struct ImportError {
    /// Name of the input as given by the caller (usually its path).
    pub file: String,
    /// Where in the input: line, byte offset, record, or the input as a whole.
    pub location: Location,
    /// The field (or framing element) that could not be read.
    pub field: String,
    /// What is wrong with the field, with an excerpt of the offending bytes where useful.
    pub message: String,
}

impl ImportError {
    pub(crate) fn new(
        file: &str,
        location: Location,
        field: &str,
        message: impl Into<String>,
    ) -> Self {
        ImportError {
            file: file.to_string(),
            location,
            field: field.to_string(),
            message: message.into(),
        }
    }
}
