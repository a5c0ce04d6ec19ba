//! Reading the journal back, for replay and for followers: entries (messages and marks) in
//! journal order, one frame in memory at a time.

use crate::error::JournalError;
use crate::segment::{check_venue, list_segments, open_segment, Event, Head, Walker};
use crate::{CutTail, EntryKind, JournalEntry, JournalIdentity};
use std::path::Path;

/// Reads entries, messages and marks, in the order they were appended, starting after message
/// `from - 1`.
///
/// Reading from `from` (at least 1) yields every entry that comes after message `from - 1` in
/// the journal: first the marks that follow message `from - 1` (those carrying in_seq
/// `from - 1`), then message `from`, the marks after it, message `from + 1`, and so on. So
/// `from` = 1 (or 0) yields the whole journal, marks before the first message included, and a
/// replay that restores a state taken right after message `n` (before any mark following it)
/// continues exactly with `from = n + 1`. When the journal holds fewer than `from - 1`
/// messages, nothing is yielded.
///
/// The reader stops cleanly at a torn tail of the newest segment and never returns part of a
/// frame or a frame whose CRC fails; [`JournalReader::torn_tail`] says, once iteration has
/// ended, whether it stopped at one. Any other damage is an `Err` item naming the file and
/// offset, after which the iteration ends.
///
/// Reading while a writer appends to the same directory is safe: the reader sees the segments
/// that existed when it was opened, each up to its length when the reader reached it, so it
/// yields a prefix of the journal (a frame still being written looks like a torn tail).
pub struct JournalReader {
    walker: Walker,
    from: u64,
    identity: Option<JournalIdentity>,
    frame: Option<(usize, usize)>,
    /// Whether the first entry to yield has been reached: every later one is yielded too.
    started: bool,
    done: bool,
}

impl JournalReader {
    /// Opens the journal in `dir` for reading the entries after message `from - 1` (see
    /// [`JournalReader`]; 1, or 0, = everything).
    ///
    /// Segments wholly before message `from - 1` are not read, but their headers are checked,
    /// so a reader never starts in a journal mixing venues.
    pub fn open(dir: &Path, from: u64) -> Result<JournalReader, JournalError> {
        let from = from.max(1);
        let segments = list_segments(dir)?;
        let mut identity = None;
        // Message `from - 1` and the marks after it are in the segment holding that message:
        // the last one named at or before it (each segment holds the messages from its name up
        // to the next one's), or in the segments after it.
        let start = if from == 1 {
            0
        } else {
            segments
                .iter()
                .rposition(|s| s.first_in_seq < from)
                .unwrap_or(0)
        };
        let newest = segments.len().saturating_sub(1);
        for (index, seg) in segments.iter().enumerate().take(start.max(1)) {
            match open_segment(seg)? {
                (_, _, Head::Header(header)) => {
                    let digest = identity
                        .as_ref()
                        .map(|id: &JournalIdentity| id.venue_digest);
                    check_venue(&seg.path, &header, digest.as_ref())?;
                    if identity.is_none() {
                        identity = Some(header.identity);
                    }
                }
                // The newest segment with an incomplete header: the walk reports the torn tail.
                (_, _, Head::Short) if index == newest => {}
                (_, len, Head::Short) => {
                    return Err(JournalError::corrupt(
                        &seg.path,
                        0,
                        format!(
                            "incomplete segment header: {len} of {} bytes (in a segment that is not the newest)",
                            crate::SEGMENT_HEADER_BYTES
                        ),
                    ))
                }
            }
        }
        let digest = identity.as_ref().map(|id| id.venue_digest);
        Ok(JournalReader {
            walker: Walker::new(segments, start, digest),
            from,
            identity,
            frame: None,
            started: from == 1,
            done: false,
        })
    }

    /// The identity in the header of the journal's first segment; `None` for an empty journal.
    pub fn identity(&self) -> Option<&JournalIdentity> {
        self.identity.as_ref()
    }

    /// The torn tail the reader stopped at, once iteration has ended.
    pub fn torn_tail(&self) -> Option<&CutTail> {
        self.walker.torn()
    }

    /// The in_seq the next message has after the frames read so far (the frame of the last
    /// entry yielded included).
    pub fn next_in_seq(&self) -> u64 {
        self.walker.next_in_seq()
    }
}

impl std::fmt::Debug for JournalReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalReader")
            .field("from", &self.from)
            .field("next_in_seq", &self.walker.next_in_seq())
            .field("identity", &self.identity)
            .field("done", &self.done)
            .finish()
    }
}

impl JournalReader {
    /// Whether `entry` comes after message `from - 1`: the test for the first entry to yield.
    fn wanted(&self, entry: &JournalEntry) -> bool {
        let in_seq = entry.record.in_seq.get();
        match entry.kind {
            EntryKind::Message => in_seq >= self.from,
            EntryKind::Mark => in_seq.saturating_add(1) >= self.from,
        }
    }
}

impl Iterator for JournalReader {
    type Item = Result<JournalEntry, JournalError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            if let Some((i, count)) = self.frame {
                if i < count {
                    self.frame = Some((i + 1, count));
                    match self.walker.scanner().and_then(|s| s.entry(i)) {
                        Some(entry) if self.started || self.wanted(&entry) => {
                            self.started = true;
                            return Some(Ok(entry));
                        }
                        Some(_) => continue,
                        None => {
                            self.frame = None;
                            continue;
                        }
                    }
                }
                self.frame = None;
            }
            match self.walker.next_event() {
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Ok(Event::Segment { .. }) => {}
                Ok(Event::Frame {
                    first_in_seq,
                    count,
                    messages,
                    ..
                }) => {
                    // A frame whose messages all come before message `from - 1` holds nothing
                    // to yield: its marks carry in_seq below `from - 1` too.
                    if self.started || first_in_seq + messages as u64 >= self.from {
                        self.frame = Some((0, count));
                    }
                }
                Ok(Event::End) => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}
