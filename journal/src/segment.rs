//! Walking a journal directory: listing its segments, checking headers, and stepping frame by
//! frame with a fixed amount of memory. The writer's open, the reader and `verify` all see the
//! journal through this walk, so they agree on what is valid, what is a torn tail and what is
//! corruption.

use crate::error::JournalError;
use crate::format::{
    check_frame_crc, check_frame_header, decode_entry, decode_header, hex, le_u64,
    parse_segment_name, EntryFault, SegmentHeader, SegmentName, ENTRY_BYTES, E_IN_SEQ, E_KIND,
    E_RESERVED, FRAME_HEADER_BYTES, F_FIRST, H_DIGEST, H_FIRST, SEGMENT_HEADER_BYTES,
};
use crate::{CutTail, EntryKind, JournalEntry, JournalIdentity};
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// A segment file found in the directory, with the first in_seq its name promises (the next
/// message in_seq at its start).
#[derive(Debug, Clone)]
pub(crate) struct SegmentFile {
    pub path: PathBuf,
    pub first_in_seq: u64,
}

/// The segment files of `dir`, in in_seq order. Other files and directories are ignored.
pub(crate) fn list_segments(dir: &Path) -> Result<Vec<SegmentFile>, JournalError> {
    let mut segments = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| JournalError::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| JournalError::io(dir, e))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let path = entry.path();
        match parse_segment_name(name) {
            SegmentName::Other => continue,
            SegmentName::OutOfRange => {
                return Err(JournalError::corrupt(
                    path,
                    0,
                    "segment file name holds a number larger than any in_seq",
                ))
            }
            SegmentName::Segment(first_in_seq) => {
                let meta = std::fs::metadata(&path).map_err(|e| JournalError::io(&path, e))?;
                if !meta.is_file() {
                    return Err(JournalError::corrupt(
                        path,
                        0,
                        "named like a journal segment but not a regular file",
                    ));
                }
                segments.push(SegmentFile { path, first_in_seq });
            }
        }
    }
    segments.sort_by_key(|s| s.first_in_seq);
    Ok(segments)
}

/// What the start of a segment file holds.
pub(crate) enum Head {
    /// A complete, checked header; frames start at [`SEGMENT_HEADER_BYTES`].
    Header(SegmentHeader),
    /// Fewer bytes than a header: a segment whose creation was interrupted.
    Short,
}

/// Opens a segment and reads its header. `len` is the file's length at this moment: the
/// walk never reads past it, so a reader racing a writer sees a consistent prefix.
pub(crate) fn open_segment(seg: &SegmentFile) -> Result<(File, u64, Head), JournalError> {
    let path = &seg.path;
    let mut file = File::open(path).map_err(|e| JournalError::io(path, e))?;
    let len = file
        .metadata()
        .map_err(|e| JournalError::io(path, e))?
        .len();
    if len < SEGMENT_HEADER_BYTES as u64 {
        return Ok((file, len, Head::Short));
    }
    let mut h = [0u8; SEGMENT_HEADER_BYTES];
    file.read_exact(&mut h)
        .map_err(|e| JournalError::io(path, e))?;
    let header = decode_header(path, &h, seg.first_in_seq)?;
    Ok((file, len, Head::Header(header)))
}

/// One step of a segment's frames.
pub(crate) enum Step {
    /// A whole, checked frame of `count` entries, `messages` of them messages; its entries are
    /// available through [`FrameScanner::entry`].
    Frame {
        first_in_seq: u64,
        count: usize,
        messages: usize,
    },
    /// The segment ends cleanly here.
    End,
    /// The newest segment ends with bytes that are not a whole valid frame and are followed
    /// by nothing valid: a write interrupted by a crash.
    Torn(CutTail),
}

/// Steps through the frames of one segment, holding at most one frame in memory.
pub(crate) struct FrameScanner {
    path: PathBuf,
    reader: BufReader<File>,
    len: u64,
    pos: u64,
    newest: bool,
    next_in_seq: u64,
    payload: Vec<u8>,
    count: usize,
}

impl FrameScanner {
    /// `file` is positioned right after the header; `newest` says whether a torn tail may end
    /// this segment.
    pub(crate) fn new(
        path: PathBuf,
        file: File,
        len: u64,
        newest: bool,
        first_in_seq: u64,
    ) -> Self {
        FrameScanner {
            path,
            reader: BufReader::with_capacity(64 * 1024, file),
            len,
            pos: SEGMENT_HEADER_BYTES as u64,
            newest,
            next_in_seq: first_in_seq,
            payload: Vec::new(),
            count: 0,
        }
    }

    /// The in_seq the next message will have: the one the next frame must start with.
    pub(crate) fn next_in_seq(&self) -> u64 {
        self.next_in_seq
    }

    /// Bytes of the segment that are header or whole valid frames so far.
    pub(crate) fn valid_len(&self) -> u64 {
        self.pos
    }

    /// Entry `i` of the frame the last [`Step::Frame`] returned.
    pub(crate) fn entry(&self, i: usize) -> Option<JournalEntry> {
        if i < self.count {
            decode_entry(&self.payload, i).ok()
        } else {
            None
        }
    }

    fn io(&self, e: io::Error) -> JournalError {
        JournalError::io(&self.path, e)
    }

    pub(crate) fn next_frame(&mut self) -> Result<Step, JournalError> {
        self.count = 0;
        let offset = self.pos;
        let remaining = self.len - offset;
        if remaining == 0 {
            return Ok(Step::End);
        }
        if remaining < FRAME_HEADER_BYTES as u64 {
            return self.damaged(format!(
                "incomplete frame header: {remaining} of {FRAME_HEADER_BYTES} bytes"
            ));
        }
        let mut h = [0u8; FRAME_HEADER_BYTES];
        self.reader.read_exact(&mut h).map_err(|e| self.io(e))?;
        let count = match check_frame_header(&h) {
            Ok(count) => count,
            Err(what) => return self.damaged(what),
        };
        let frame_len = (FRAME_HEADER_BYTES + count * ENTRY_BYTES) as u64;
        if frame_len > remaining {
            return self.damaged(format!(
                "incomplete frame: {remaining} of {frame_len} bytes"
            ));
        }
        self.payload.resize(count * ENTRY_BYTES, 0);
        self.reader
            .read_exact(&mut self.payload)
            .map_err(|e| JournalError::io(&self.path, e))?;
        if let Err(what) = check_frame_crc(&h, &self.payload) {
            return self.damaged(what);
        }
        // From here the bytes are what a writer wrote: a mismatch is not a torn write.
        let first_in_seq = le_u64(&h, F_FIRST);
        if first_in_seq != self.next_in_seq {
            return Err(JournalError::Gap {
                file: self.path.clone(),
                offset,
                expected: self.next_in_seq,
                found: first_in_seq,
            });
        }
        // Messages take in_seq from first_in_seq on; a mark carries the in_seq of the message
        // before it (first_in_seq - 1 before the frame's first message).
        let mut next = first_in_seq;
        let mut messages = 0;
        for i in 0..count {
            let entry_offset = offset + (FRAME_HEADER_BYTES + i * ENTRY_BYTES) as u64;
            let entry = match decode_entry(&self.payload, i) {
                Ok(entry) => entry,
                Err(EntryFault::UnknownKind(byte)) => {
                    return Err(JournalError::corrupt(
                        &self.path,
                        entry_offset + E_KIND as u64,
                        format!(
                            "entry {i} of the frame at offset {offset}: unknown entry kind {byte} (0 = message, 1 = mark)"
                        ),
                    ))
                }
                Err(EntryFault::Reserved) => {
                    return Err(JournalError::corrupt(
                        &self.path,
                        entry_offset + E_RESERVED as u64,
                        format!(
                            "entry {i} of the frame at offset {offset}: reserved bytes are not zero"
                        ),
                    ))
                }
            };
            let got = entry.record.in_seq.get();
            let (want, what) = match entry.kind {
                EntryKind::Message => (next, "message"),
                // next >= 1: first_in_seq continues the journal, which starts at 1.
                EntryKind::Mark => (next.saturating_sub(1), "mark"),
            };
            if got != want {
                return Err(JournalError::corrupt(
                    &self.path,
                    entry_offset + E_IN_SEQ as u64,
                    format!(
                        "entry {i} of the frame at offset {offset} is a {what} carrying in_seq {got}, the frame says {want}"
                    ),
                ));
            }
            if entry.kind == EntryKind::Message {
                next = match next.checked_add(1) {
                    Some(n) => n,
                    None => {
                        return Err(JournalError::corrupt(
                            &self.path,
                            offset,
                            "frame in_seq range overflows u64",
                        ))
                    }
                };
                messages += 1;
            }
        }
        self.pos = offset + frame_len;
        self.next_in_seq = next;
        self.count = count;
        Ok(Step::Frame {
            first_in_seq,
            count,
            messages,
        })
    }

    /// Bytes at `self.pos` that are not a whole valid frame. In the newest segment with no
    /// valid frame anywhere after them, that is a torn tail; anything else is corruption.
    fn damaged(&mut self, what: String) -> Result<Step, JournalError> {
        let offset = self.pos;
        if !self.newest {
            return Err(JournalError::corrupt(
                &self.path,
                offset,
                format!("{what} (in a segment that is not the newest)"),
            ));
        }
        let path = self.path.clone();
        let file = self.reader.get_mut();
        let found =
            find_valid_frame(file, offset + 1, self.len).map_err(|e| JournalError::io(&path, e))?;
        if let Some(at) = found {
            return Err(JournalError::corrupt(
                path,
                offset,
                format!("{what}, followed by a valid frame at byte offset {at}"),
            ));
        }
        Ok(Step::Torn(CutTail {
            file: path,
            offset,
            bytes: self.len - offset,
            reason: what,
        }))
    }
}

/// The first offset in `from..len` where a complete frame with a good magic, count and CRC
/// starts, if any. Reads in chunks so the memory used stays bounded whatever the file size.
fn find_valid_frame(file: &mut File, from: u64, len: u64) -> io::Result<Option<u64>> {
    const CHUNK: usize = 64 * 1024;
    let magic = crate::format::FRAME_MAGIC.to_le_bytes();
    let mut chunk = vec![0u8; CHUNK + 3];
    let mut scratch = Vec::new();
    let mut base = from;
    while base + FRAME_HEADER_BYTES as u64 <= len {
        let want = (len - base).min((CHUNK + 3) as u64) as usize;
        file.seek(SeekFrom::Start(base))?;
        file.read_exact(&mut chunk[..want])?;
        for i in 0..=want - 4 {
            if chunk[i..i + 4] == magic {
                let at = base + i as u64;
                if frame_is_valid_at(file, at, len, &mut scratch)? {
                    return Ok(Some(at));
                }
            }
        }
        base += CHUNK as u64;
    }
    Ok(None)
}

fn frame_is_valid_at(
    file: &mut File,
    at: u64,
    len: u64,
    payload: &mut Vec<u8>,
) -> io::Result<bool> {
    if len - at < FRAME_HEADER_BYTES as u64 {
        return Ok(false);
    }
    let mut h = [0u8; FRAME_HEADER_BYTES];
    file.seek(SeekFrom::Start(at))?;
    file.read_exact(&mut h)?;
    let Ok(count) = check_frame_header(&h) else {
        return Ok(false);
    };
    let frame_len = (FRAME_HEADER_BYTES + count * ENTRY_BYTES) as u64;
    if frame_len > len - at {
        return Ok(false);
    }
    payload.resize(count * ENTRY_BYTES, 0);
    file.read_exact(payload)?;
    Ok(check_frame_crc(&h, payload).is_ok())
}

/// What the walk met next.
pub(crate) enum Event {
    /// A segment begins; its header is checked.
    Segment { index: usize },
    /// A whole, checked frame of the current segment: `count` entries, `messages` of them
    /// messages, starting at next in_seq `first_in_seq`; the segment's valid bytes end at `end`.
    Frame {
        first_in_seq: u64,
        count: usize,
        messages: usize,
        end: u64,
    },
    /// No more data (possibly after a torn tail, see [`Walker::torn`]).
    End,
}

/// Walks the frames of a journal directory in order, checking headers, venue, and that in_seq
/// continue from segment to segment. "in_seq" here is always the message numbering: a segment
/// or frame starts at the in_seq its next message would have.
pub(crate) struct Walker {
    segments: Vec<SegmentFile>,
    next_segment: usize,
    scanner: Option<FrameScanner>,
    expected: u64,
    digest: Option<[u8; 32]>,
    first_identity: Option<JournalIdentity>,
    torn: Option<CutTail>,
    done: bool,
}

impl Walker {
    /// A walk over `segments` from index `start`. `digest` is the venue every segment must
    /// belong to; `None` takes the first segment's. Starting at 0 the journal must begin at
    /// in_seq 1.
    pub(crate) fn new(segments: Vec<SegmentFile>, start: usize, digest: Option<[u8; 32]>) -> Self {
        let expected = if start == 0 {
            1
        } else {
            segments.get(start).map_or(1, |s| s.first_in_seq)
        };
        Walker {
            segments,
            next_segment: start,
            scanner: None,
            expected,
            digest,
            first_identity: None,
            torn: None,
            done: false,
        }
    }

    pub(crate) fn segments(&self) -> &[SegmentFile] {
        &self.segments
    }

    /// The identity in the header of the first segment walked.
    pub(crate) fn first_identity(&self) -> Option<&JournalIdentity> {
        self.first_identity.as_ref()
    }

    /// The torn tail the walk stopped at, once it returned [`Event::End`].
    pub(crate) fn torn(&self) -> Option<&CutTail> {
        self.torn.as_ref()
    }

    /// The in_seq the next message would have.
    pub(crate) fn next_in_seq(&self) -> u64 {
        self.scanner
            .as_ref()
            .map_or(self.expected, FrameScanner::next_in_seq)
    }

    pub(crate) fn scanner(&self) -> Option<&FrameScanner> {
        self.scanner.as_ref()
    }

    pub(crate) fn next_event(&mut self) -> Result<Event, JournalError> {
        let result = self.step();
        if result.is_err() {
            self.done = true;
            self.scanner = None;
        }
        result
    }

    fn step(&mut self) -> Result<Event, JournalError> {
        loop {
            if self.done {
                return Ok(Event::End);
            }
            if let Some(scanner) = self.scanner.as_mut() {
                match scanner.next_frame()? {
                    Step::Frame {
                        first_in_seq,
                        count,
                        messages,
                    } => {
                        return Ok(Event::Frame {
                            first_in_seq,
                            count,
                            messages,
                            end: scanner.valid_len(),
                        })
                    }
                    Step::End => {
                        self.expected = scanner.next_in_seq();
                        self.scanner = None;
                        continue;
                    }
                    Step::Torn(tail) => {
                        self.expected = scanner.next_in_seq();
                        self.torn = Some(tail);
                        self.done = true;
                        return Ok(Event::End);
                    }
                }
            }
            let index = self.next_segment;
            let Some(seg) = self.segments.get(index) else {
                self.done = true;
                return Ok(Event::End);
            };
            let newest = index + 1 == self.segments.len();
            let (file, len, head) = open_segment(seg)?;
            let header = match head {
                Head::Header(header) => header,
                Head::Short if newest => {
                    if seg.first_in_seq != self.expected {
                        return Err(JournalError::Gap {
                            file: seg.path.clone(),
                            offset: H_FIRST as u64,
                            expected: self.expected,
                            found: seg.first_in_seq,
                        });
                    }
                    self.torn = Some(CutTail {
                        file: seg.path.clone(),
                        offset: 0,
                        bytes: len,
                        reason: format!(
                            "incomplete segment header: {len} of {SEGMENT_HEADER_BYTES} bytes"
                        ),
                    });
                    self.done = true;
                    return Ok(Event::End);
                }
                Head::Short => {
                    return Err(JournalError::corrupt(
                        &seg.path,
                        0,
                        format!(
                            "incomplete segment header: {len} of {SEGMENT_HEADER_BYTES} bytes (in a segment that is not the newest)"
                        ),
                    ))
                }
            };
            check_venue(&seg.path, &header, self.digest.as_ref())?;
            if self.digest.is_none() {
                self.digest = Some(header.identity.venue_digest);
            }
            if header.first_in_seq != self.expected {
                return Err(JournalError::Gap {
                    file: seg.path.clone(),
                    offset: H_FIRST as u64,
                    expected: self.expected,
                    found: header.first_in_seq,
                });
            }
            if self.first_identity.is_none() {
                self.first_identity = Some(header.identity.clone());
            }
            self.next_segment = index + 1;
            self.scanner = Some(FrameScanner::new(
                seg.path.clone(),
                file,
                len,
                newest,
                header.first_in_seq,
            ));
            return Ok(Event::Segment { index });
        }
    }
}

/// Fails with [`JournalError::OtherVenue`] when `header` is not for the venue `digest`.
pub(crate) fn check_venue(
    path: &Path,
    header: &SegmentHeader,
    digest: Option<&[u8; 32]>,
) -> Result<(), JournalError> {
    match digest {
        Some(d) if *d != header.identity.venue_digest => Err(JournalError::OtherVenue {
            file: path.to_path_buf(),
            offset: H_DIGEST as u64,
            expected: hex(d),
            found: hex(&header.identity.venue_digest),
        }),
        _ => Ok(()),
    }
}
