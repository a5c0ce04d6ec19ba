//! `gatebook journal verify`: a full check of a journal directory without changing it.

use crate::error::JournalError;
use crate::format::SEGMENT_HEADER_BYTES;
use crate::segment::{list_segments, Event, Walker};
use crate::{CutTail, JournalIdentity};
use std::path::{Path, PathBuf};

/// What one segment holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentSummary {
    /// The segment file.
    pub file: PathBuf,
    /// in_seq its header (and name) says it starts with: the in_seq of its first message, or
    /// that the next message would have had, for a segment holding none.
    pub first_in_seq: u64,
    /// in_seq of its last message; `first_in_seq - 1` for a segment holding no message.
    pub last_in_seq: u64,
    /// Message entries in it.
    pub entries: u64,
    /// Mark entries in it.
    pub marks: u64,
    /// Frames in it.
    pub frames: u64,
    /// Bytes of header and whole valid frames (a torn tail is not counted).
    pub bytes: u64,
}

/// The result of [`verify`]: what the journal holds, and the torn tail if there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Every segment with a complete header, in order.
    pub segments: Vec<SegmentSummary>,
    /// Message entries in the journal.
    pub entries: u64,
    /// Mark entries in the journal.
    pub marks: u64,
    /// 1 when there is any message, else 0.
    pub first_in_seq: u64,
    /// in_seq of the last message, 0 for a journal holding none.
    pub last_in_seq: u64,
    /// A torn tail of the newest segment: not an error (the writer cuts it at its next open),
    /// but worth a warning.
    pub torn_tail: Option<CutTail>,
    /// The identity in the first segment's header.
    pub identity: Option<JournalIdentity>,
}

/// Checks every segment header and frame CRC of the journal in `dir`, that all segments belong
/// to the venue of the first, that message in_seq run from 1 without a gap, and that every mark
/// carries the in_seq of the message before it. Changes nothing.
///
/// Any damage other than a torn tail of the newest segment is an error naming the file and
/// byte offset.
pub fn verify(dir: &Path) -> Result<VerifyReport, JournalError> {
    let mut walker = Walker::new(list_segments(dir)?, 0, None);
    let mut segments: Vec<SegmentSummary> = Vec::new();
    let mut entries = 0u64;
    let mut marks = 0u64;
    loop {
        match walker.next_event()? {
            Event::Segment { index } => {
                if let Some(seg) = walker.segments().get(index) {
                    segments.push(SegmentSummary {
                        file: seg.path.clone(),
                        first_in_seq: seg.first_in_seq,
                        last_in_seq: seg.first_in_seq - 1,
                        entries: 0,
                        marks: 0,
                        frames: 0,
                        bytes: SEGMENT_HEADER_BYTES as u64,
                    });
                }
            }
            Event::Frame {
                first_in_seq,
                count,
                messages,
                end,
            } => {
                let messages = messages as u64;
                let frame_marks = (count as u64) - messages;
                entries += messages;
                marks += frame_marks;
                if let Some(s) = segments.last_mut() {
                    s.entries += messages;
                    s.marks += frame_marks;
                    s.frames += 1;
                    s.last_in_seq = first_in_seq + messages - 1;
                    s.bytes = end;
                }
            }
            Event::End => break,
        }
    }
    Ok(VerifyReport {
        segments,
        entries,
        marks,
        first_in_seq: u64::from(entries > 0),
        last_in_seq: walker.next_in_seq() - 1,
        torn_tail: walker.torn().cloned(),
        identity: walker.first_identity().cloned(),
    })
}
