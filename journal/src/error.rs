//! Everything that can stop the journal, each naming the file and, for on-disk problems, the
//! byte offset, so an operator can look at the exact bytes.

use std::io;
use std::path::PathBuf;

/// Why a journal operation failed.
///
/// On-disk problems ([`JournalError::Corrupt`], [`JournalError::Gap`],
/// [`JournalError::OtherVenue`]) are never repaired silently: the only damage the journal
/// repairs by itself is a torn tail of the newest segment, reported as a
/// [`crate::CutTail`].
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The operating system refused a read, write, sync, rename or listing.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// Bytes that are not what the format allows, at a place where a torn write cannot
    /// explain them (a bad segment header, or a damaged frame followed by valid data).
    #[error("{}: byte offset {offset}: {what}", file.display())]
    Corrupt {
        /// The segment file.
        file: PathBuf,
        /// Where the bad bytes start, from the beginning of the file.
        offset: u64,
        /// What is wrong there.
        what: String,
    },
    /// A segment or frame whose sequence numbers do not continue the journal: a missing or
    /// misplaced segment, or frames out of order.
    #[error(
        "{}: byte offset {offset}: in_seq {found} where {expected} was expected (a gap or disorder in the journal)",
        file.display()
    )]
    Gap {
        /// The segment file.
        file: PathBuf,
        /// The segment header (offset 16) or the frame whose sequence number is wrong.
        offset: u64,
        /// The in_seq that would continue the journal.
        expected: u64,
        /// The in_seq found there.
        found: u64,
    },
    /// A segment written for another venue (another configuration digest): replaying it would
    /// build the wrong state.
    #[error(
        "{}: byte offset {offset}: segment belongs to venue digest {found}, expected {expected}",
        file.display()
    )]
    OtherVenue {
        /// The segment file.
        file: PathBuf,
        /// Offset of the venue digest in the segment header.
        offset: u64,
        /// The digest this journal is opened for, in hex.
        expected: String,
        /// The digest found in the segment header, in hex.
        found: String,
    },
    /// An append whose entries do not continue the journal's in_seq; nothing was written.
    #[error(
        "journal append out of sequence: expected in_seq {expected}, got {got} (nothing written)"
    )]
    Sequence {
        /// The in_seq the entry should have carried.
        expected: u64,
        /// The in_seq it carried.
        got: u64,
    },
    /// An identity that cannot be stored in a segment header.
    #[error("journal identity: {what}")]
    Identity {
        /// What is wrong with it.
        what: String,
    },
    /// A write or sync failed earlier; the state of the file's tail is unknown, so the writer
    /// refuses to append after it. Reopening the journal rescans and repairs the tail.
    #[error(
        "{}: journal writer stopped after an earlier write or sync failure; reopen the journal",
        file.display()
    )]
    Stopped {
        /// The segment the failure happened on.
        file: PathBuf,
    },
}

impl JournalError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        JournalError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn corrupt(file: impl Into<PathBuf>, offset: u64, what: impl Into<String>) -> Self {
        JournalError::Corrupt {
            file: file.into(),
            offset,
            what: what.into(),
        }
    }
}
