//! Import errors: every error names the input, the record and the field, so a bad byte in a
//! multi-megabyte capture can be found without a debugger.

use std::fmt;

/// Where in the input a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a text file.
    Line(u64),
    /// Byte offset into the (decompressed) binary stream.
    ByteOffset(u64),
    /// 1-based record number of a binary stream, with the byte offset of its start.
    Record { number: u64, offset: u64 },
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
    pub location: Location,
    /// The field (or framing element) that could not be read.
    pub field: String,
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
