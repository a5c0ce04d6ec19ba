//! The live venue's sequenced input journal.
//!
//! Every message the sequencer accepts is appended here, with its `in_seq`, before the
//! matching engine sees it; so is every mark (a price mark for the margin engine), in order
//! with the messages but without an in_seq of its own (see [`EntryKind`]). The engine is deterministic, so replaying the journal from the
//! start rebuilds the exact state of the book and the accounts: the journal, not the engine's
//! memory, is the venue's record of what happened.
//!
//! Three promises follow from that role, and the code is organised around them:
//!
//! - **Never misread.** Every frame carries a CRC32C, every segment header names its venue,
//!   and message in_seq must run from 1 without a gap across frames and segments (each mark
//!   carrying the in_seq of the message before it). Anything else is an
//!   error naming the file and the byte offset.
//! - **Never lose an acknowledged entry.** [`JournalWriter::append_batch`] returns only once
//!   the entries are as durable as the [`FsyncPolicy`] promises; nothing acknowledged is ever
//!   cut.
//! - **Survive a crash mid-write.** A `kill -9` or power loss can leave the newest segment
//!   ending in part of a frame. Such a torn tail (bytes that are not a whole valid frame, with
//!   nothing valid after them) is the one kind of damage repaired automatically:
//!   [`JournalWriter::open`] cuts it and says so in its [`OpenReport`]. Damage followed by valid
//!   data cannot come from a crash and is never cut.
//!
//! The on-disk layout is in `docs/journal.md`.

#![forbid(unsafe_code)]

mod error;
mod format;
mod reader;
mod segment;
mod verify;
mod writer;

pub use error::JournalError;
pub use format::{
    segment_file_name, BUILD_BYTES, ENTRY_BYTES, FORMAT_VERSION, FRAME_HEADER_BYTES, FRAME_MAGIC,
    MAX_FRAME_BYTES, MAX_FRAME_ENTRIES, SEGMENT_HEADER_BYTES, SEGMENT_MAGIC,
};
pub use reader::JournalReader;
pub use verify::{verify, SegmentSummary, VerifyReport};
pub use writer::{JournalWriter, OpenReport, DEFAULT_SEGMENT_BYTES};

use gatebook_wire::OrderRecord;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// What a journal entry is: a message, which takes the next in_seq, or a mark, which takes
/// none.
///
/// On disk this is byte 4 of the entry: 0 for a message, 1 for a mark; every other value is
/// corruption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A sequenced message: its record's `in_seq` is the next in_seq of the journal (1 for the
    /// first message), contiguous across messages.
    Message,
    /// An input that is journaled in order with the messages but is not a message (a price
    /// mark for the margin engine): its record's `in_seq` is the in_seq of the last message
    /// before it (0 when no message precedes it), and it does not advance the numbering.
    Mark,
}

impl EntryKind {
    /// The entry's byte 4 on disk.
    pub(crate) fn to_byte(self) -> u8 {
        match self {
            EntryKind::Message => 0,
            EntryKind::Mark => 1,
        }
    }

    /// The kind stored as `byte`, if it is one.
    pub(crate) fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            0 => Some(EntryKind::Message),
            1 => Some(EntryKind::Mark),
            _ => None,
        }
    }
}

/// One journaled input: the wire record, whose `in_seq` field holds its sequence number, its
/// [`EntryKind`], and `origin`, an opaque tag the service uses for the session that sent it
/// (0 = the venue itself), kept so a replay can route reports as the live run did.
///
/// For a [`EntryKind::Message`] the record's `in_seq` is the message's own number (1-based,
/// contiguous over messages). For a [`EntryKind::Mark`] it is the in_seq of the last message
/// journaled before the mark (0 if none); the journal does not interpret the rest of a mark's
/// record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalEntry {
    /// Session tag of the sender; 0 for inputs the venue generated itself.
    pub origin: u32,
    /// Message or mark.
    pub kind: EntryKind,
    /// The record exactly as the engine receives it (for a mark, as the venue encodes it).
    pub record: OrderRecord,
}

impl JournalEntry {
    /// A message entry.
    pub fn message(origin: u32, record: OrderRecord) -> Self {
        JournalEntry {
            origin,
            kind: EntryKind::Message,
            record,
        }
    }

    /// A mark entry; `record.in_seq` must be the in_seq of the last message before it.
    pub fn mark(origin: u32, record: OrderRecord) -> Self {
        JournalEntry {
            origin,
            kind: EntryKind::Mark,
            record,
        }
    }

    /// Whether the entry is a message (and so takes an in_seq).
    pub fn is_message(&self) -> bool {
        self.kind == EntryKind::Message
    }
}

/// When appended entries reach stable storage: the trade between latency and what a power
/// loss can take away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsyncPolicy {
    /// Each entry is written as its own frame and `fdatasync`ed before the next one: nothing
    /// acknowledged is lost, at one sync per message.
    Every,
    /// Group commit: one write and one `fdatasync` per [`JournalWriter::append_batch`] call.
    /// Nothing acknowledged is lost; the sync cost is shared by the batch.
    Batch,
    /// Written to the operating system before `append_batch` returns, never synced: survives a
    /// crash of the process, not of the machine.
    None,
}

impl FsyncPolicy {
    /// The name used on command lines and in configuration (`every`, `batch`, `none`).
    pub fn as_str(self) -> &'static str {
        match self {
            FsyncPolicy::Every => "every",
            FsyncPolicy::Batch => "batch",
            FsyncPolicy::None => "none",
        }
    }

    /// Whether the policy syncs at all (and so also syncs the directory for new segments).
    pub(crate) fn durable(self) -> bool {
        !matches!(self, FsyncPolicy::None)
    }
}

impl fmt::Display for FsyncPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A policy name that is not `every`, `batch` or `none`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown fsync policy `{0}` (expected every, batch or none)")]
pub struct UnknownPolicy(pub String);

impl FromStr for FsyncPolicy {
    type Err = UnknownPolicy;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "every" => Ok(FsyncPolicy::Every),
            "batch" => Ok(FsyncPolicy::Batch),
            "none" => Ok(FsyncPolicy::None),
            other => Err(UnknownPolicy(other.to_owned())),
        }
    }
}

/// What identifies the venue a journal belongs to, written in every segment header so a
/// journal is never replayed into a venue configured differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalIdentity {
    /// Digest of the venue configuration the entries were sequenced under.
    pub venue_digest: [u8; 32],
    /// The software that wrote the segment (at most 32 bytes, no NUL), e.g. `gatebook 0.1.0`;
    /// informative only, it may change from segment to segment across upgrades.
    pub build: String,
}

/// The bytes at the end of the newest segment that are not a whole valid frame: what a crash
/// in the middle of a write leaves behind. The writer cuts them; the reader and `verify`
/// report them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutTail {
    /// The segment file.
    pub file: PathBuf,
    /// Where the torn bytes start (the file is cut to this length).
    pub offset: u64,
    /// How many bytes follow the last whole frame.
    pub bytes: u64,
    /// What is wrong with them.
    pub reason: String,
}

impl fmt::Display for CutTail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "torn journal tail in {} at byte offset {}: {} bytes ({}); entries before it are intact",
            self.file.display(),
            self.offset,
            self.bytes,
            self.reason
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_names_round_trip() {
        for p in [FsyncPolicy::Every, FsyncPolicy::Batch, FsyncPolicy::None] {
            assert_eq!(p.as_str().parse::<FsyncPolicy>(), Ok(p));
            assert_eq!(p.to_string(), p.as_str());
        }
        let err = "sometimes".parse::<FsyncPolicy>().unwrap_err();
        assert!(err.to_string().contains("sometimes"));
        assert!("Every".parse::<FsyncPolicy>().is_err());
    }

    #[test]
    fn cut_tail_is_one_line_naming_file_and_offset() {
        let t = CutTail {
            file: PathBuf::from("/j/journal-00000000000000000001.seg"),
            offset: 1234,
            bytes: 56,
            reason: "incomplete frame: 56 of 96 bytes".into(),
        };
        let s = t.to_string();
        assert!(!s.contains('\n'));
        assert!(s.contains("/j/journal-00000000000000000001.seg"));
        assert!(s.contains("byte offset 1234"));
        assert!(s.contains("56 bytes"));
    }
}
