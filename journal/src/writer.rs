//! Appending to the journal: one writer per directory, frames built in a reused buffer and
//! written with a single `write_all`, synced as the policy says.

use crate::error::JournalError;
use crate::format::{
    check_identity, encode_frame, encode_header, is_partial_segment_name, segment_file_name,
    MAX_FRAME_ENTRIES, SEGMENT_HEADER_BYTES,
};
use crate::segment::{list_segments, Event, Walker};
use crate::{CutTail, EntryKind, FsyncPolicy, JournalEntry, JournalIdentity};
use std::fs::{self, File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Segment size at which the writer starts a new file: large enough that rolls are rare,
/// small enough that a segment can be copied or archived on its own.
pub const DEFAULT_SEGMENT_BYTES: u64 = 256 * 1024 * 1024;

/// What [`JournalWriter::open`] found in the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenReport {
    /// Segment files in the journal after the open.
    pub segments: usize,
    /// Message entries in the journal (marks are not counted here).
    pub entries: u64,
    /// Mark entries in the journal.
    pub marks: u64,
    /// in_seq of the last message, 0 when the journal holds none.
    pub last_in_seq: u64,
    /// The torn tail that was cut, if the last run ended in the middle of a write.
    pub cut_tail: Option<CutTail>,
}

/// The segment being appended to.
struct Current {
    file: File,
    path: PathBuf,
    /// The in_seq in its name: the next message in_seq when it was started. It holds a message
    /// once the writer's next in_seq is past this.
    first_in_seq: u64,
    len: u64,
}

/// Appends entries to a journal directory. There must be one writer per directory at a time:
/// the service holding it is the venue's single sequencer.
pub struct JournalWriter {
    dir: PathBuf,
    identity: JournalIdentity,
    policy: FsyncPolicy,
    segment_bytes: u64,
    current: Option<Current>,
    next_in_seq: u64,
    buf: Vec<u8>,
    stopped: bool,
}

impl std::fmt::Debug for JournalWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalWriter")
            .field("dir", &self.dir)
            .field("segment", &self.current.as_ref().map(|c| &c.path))
            .field("policy", &self.policy)
            .field("next_in_seq", &self.next_in_seq)
            .field("stopped", &self.stopped)
            .finish()
    }
}

fn sync_dir(dir: &Path) -> Result<(), JournalError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| JournalError::io(dir, e))
}

impl JournalWriter {
    /// Opens the journal in `dir` for appending, creating the directory if needed.
    ///
    /// The whole journal is scanned first, so appending never continues a journal that would
    /// not replay: every segment must carry `identity.venue_digest` (else
    /// [`JournalError::OtherVenue`]), every header and frame must check, and in_seq must run
    /// from 1 without a gap. A torn tail of the newest segment is cut (the file truncated,
    /// the truncation synced) and described in the report; corruption anywhere else is an
    /// error and nothing is changed.
    pub fn open(
        dir: &Path,
        identity: &JournalIdentity,
        policy: FsyncPolicy,
    ) -> Result<(JournalWriter, OpenReport), JournalError> {
        check_identity(identity)?;
        fs::create_dir_all(dir).map_err(|e| JournalError::io(dir, e))?;
        remove_partial_segments(dir)?;

        let mut walker = Walker::new(list_segments(dir)?, 0, Some(identity.venue_digest));
        let mut entries = 0u64;
        let mut marks = 0u64;
        let mut last: Option<(usize, u64)> = None;
        loop {
            match walker.next_event()? {
                Event::Segment { index } => last = Some((index, SEGMENT_HEADER_BYTES as u64)),
                Event::Frame {
                    count,
                    messages,
                    end,
                    ..
                } => {
                    entries += messages as u64;
                    marks += (count - messages) as u64;
                    if let Some((_, len)) = last.as_mut() {
                        *len = end;
                    }
                }
                Event::End => break,
            }
        }
        let next_in_seq = walker.next_in_seq();
        let cut_tail = walker.torn().cloned();
        let mut segments = walker.segments().len();

        let mut current = None;
        match &cut_tail {
            Some(tail) if tail.offset < SEGMENT_HEADER_BYTES as u64 => {
                // A segment whose header never got written: drop the file; the next append
                // creates it again.
                fs::remove_file(&tail.file).map_err(|e| JournalError::io(&tail.file, e))?;
                sync_dir(dir)?;
                segments -= 1;
            }
            _ => {
                if let Some((index, len)) = last {
                    let path = walker.segments()[index].path.clone();
                    let first_in_seq = walker.segments()[index].first_in_seq;
                    let mut file = OpenOptions::new()
                        .write(true)
                        .open(&path)
                        .map_err(|e| JournalError::io(&path, e))?;
                    if cut_tail.is_some() {
                        file.set_len(len)
                            .and_then(|()| file.sync_data())
                            .map_err(|e| JournalError::io(&path, e))?;
                    }
                    file.seek(SeekFrom::Start(len))
                        .map_err(|e| JournalError::io(&path, e))?;
                    current = Some(Current {
                        file,
                        path,
                        first_in_seq,
                        len,
                    });
                }
            }
        }

        let writer = JournalWriter {
            dir: dir.to_path_buf(),
            identity: identity.clone(),
            policy,
            segment_bytes: DEFAULT_SEGMENT_BYTES,
            current,
            next_in_seq,
            buf: Vec::new(),
            stopped: false,
        };
        let report = OpenReport {
            segments,
            entries,
            marks,
            last_in_seq: next_in_seq - 1,
            cut_tail,
        };
        Ok((writer, report))
    }

    /// Sets the size past which the writer starts a new segment (default
    /// [`DEFAULT_SEGMENT_BYTES`]). A segment is rolled before a write that would take it past
    /// this size, unless it holds no message yet or the write holds no message (a segment is
    /// named after the in_seq of its first message, so each must hold one before the next
    /// starts). A segment therefore exceeds the size only through a write that holds no
    /// message, or a write into a segment that holds no message yet.
    pub fn with_segment_bytes(mut self, bytes: u64) -> Self {
        self.segment_bytes = bytes;
        self
    }

    /// Appends `entries`, messages and marks in the order they are to be replayed. Each
    /// message's in_seq must be exactly the next one ([`Self::next_in_seq`] for the first
    /// message of the batch, then one more for each message); each mark's must be the in_seq
    /// of the last message before it (`next_in_seq() - 1` for a mark before the batch's first
    /// message, 0 when the journal holds no message yet). Otherwise the call fails with
    /// [`JournalError::Sequence`] (`expected` is what that entry should have carried) and
    /// nothing is written. When it returns `Ok` the entries are as durable as the policy
    /// promises, so the caller may pass them to the engine and acknowledge them.
    ///
    /// After an I/O error the tail of the file is in an unknown state, so the writer refuses
    /// further appends ([`JournalError::Stopped`]); reopening rescans and cuts what is torn.
    /// Entries of a failed call may or may not be in the journal after a restart.
    pub fn append_batch(&mut self, entries: &[JournalEntry]) -> Result<(), JournalError> {
        self.check_running()?;
        let mut next = self.next_in_seq;
        for entry in entries {
            let got = entry.record.in_seq.get();
            match entry.kind {
                EntryKind::Message => {
                    // u64::MAX would leave no next in_seq: the journal could not continue
                    // after it.
                    if got != next || got == u64::MAX {
                        return Err(JournalError::Sequence {
                            expected: next,
                            got,
                        });
                    }
                    next += 1;
                }
                EntryKind::Mark => {
                    let expected = next - 1;
                    if got != expected {
                        return Err(JournalError::Sequence { expected, got });
                    }
                }
            }
        }
        if entries.is_empty() {
            return Ok(());
        }
        match self.policy {
            FsyncPolicy::Every => {
                for entry in entries {
                    self.buf.clear();
                    encode_frame(&mut self.buf, self.next_in_seq, std::slice::from_ref(entry));
                    self.write_buffer(u64::from(entry.is_message()), true)?;
                }
            }
            FsyncPolicy::Batch | FsyncPolicy::None => {
                self.buf.clear();
                let mut first = self.next_in_seq;
                for chunk in entries.chunks(MAX_FRAME_ENTRIES) {
                    encode_frame(&mut self.buf, first, chunk);
                    first += messages_in(chunk);
                }
                self.write_buffer(first - self.next_in_seq, self.policy.durable())?;
            }
        }
        Ok(())
    }

    /// Syncs everything written so far (`fdatasync`): for shutdown, and for the `None` policy
    /// when the service wants a durable point.
    pub fn sync(&mut self) -> Result<(), JournalError> {
        self.check_running()?;
        if let Some(cur) = self.current.as_mut() {
            if let Err(e) = cur.file.sync_data() {
                self.stopped = true;
                return Err(JournalError::io(&cur.path, e));
            }
        }
        Ok(())
    }

    /// The in_seq the next appended message must carry: 1 for a journal without messages. A
    /// mark appended now must carry `next_in_seq() - 1`.
    pub fn next_in_seq(&self) -> u64 {
        self.next_in_seq
    }

    /// The policy the writer was opened with.
    pub fn policy(&self) -> FsyncPolicy {
        self.policy
    }

    /// The identity written into new segment headers.
    pub fn identity(&self) -> &JournalIdentity {
        &self.identity
    }

    /// The journal directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn check_running(&self) -> Result<(), JournalError> {
        if self.stopped {
            let file = self
                .current
                .as_ref()
                .map_or_else(|| self.dir.clone(), |c| c.path.clone());
            return Err(JournalError::Stopped { file });
        }
        Ok(())
    }

    /// Writes the prepared frames (holding `messages` messages, the first of them numbered
    /// `next_in_seq`, and any number of marks) with one `write_all`, rolling to a new segment
    /// first if needed, then syncs if asked.
    fn write_buffer(&mut self, messages: u64, sync: bool) -> Result<(), JournalError> {
        let bytes = self.buf.len() as u64;
        let roll = match &self.current {
            None => true,
            // Only a write holding a message starts a segment, and only after the current one
            // holds a message: the new segment's name (the next in_seq) is then past the
            // current one's, so names stay unique and each segment holds the messages from its
            // name up to the next segment's.
            Some(cur) => {
                messages > 0
                    && self.next_in_seq > cur.first_in_seq
                    && cur.len.saturating_add(bytes) > self.segment_bytes
            }
        };
        if roll {
            if let Err(e) = self.start_segment() {
                self.stopped = true;
                return Err(e);
            }
        }
        let Some(cur) = self.current.as_mut() else {
            self.stopped = true;
            return Err(JournalError::Stopped {
                file: self.dir.clone(),
            });
        };
        if let Err(e) = cur.file.write_all(&self.buf) {
            // Take back whatever part reached the file, so a reopen finds a clean end; the
            // writer stops either way.
            let _ = cur.file.set_len(cur.len);
            self.stopped = true;
            return Err(JournalError::io(&cur.path, e));
        }
        if sync {
            if let Err(e) = cur.file.sync_data() {
                self.stopped = true;
                return Err(JournalError::io(&cur.path, e));
            }
        }
        cur.len += bytes;
        self.next_in_seq += messages;
        Ok(())
    }

    /// Creates the segment starting at (named after) `next_in_seq`: the header is written to a temporary
    /// name and renamed into place, so a segment file never exists without its header.
    fn start_segment(&mut self) -> Result<(), JournalError> {
        let durable = self.policy.durable();
        let name = segment_file_name(self.next_in_seq);
        let path = self.dir.join(&name);
        if fs::symlink_metadata(&path).is_ok() {
            return Err(JournalError::corrupt(
                path,
                0,
                "a segment file with this name already exists",
            ));
        }
        let tmp = self.dir.join(format!("{name}.tmp"));
        let header = encode_header(self.next_in_seq, &self.identity);
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)
            .map_err(|e| JournalError::io(&tmp, e))?;
        file.write_all(&header)
            .map_err(|e| JournalError::io(&tmp, e))?;
        if durable {
            file.sync_data().map_err(|e| JournalError::io(&tmp, e))?;
        }
        fs::rename(&tmp, &path).map_err(|e| JournalError::io(&path, e))?;
        if durable {
            sync_dir(&self.dir)?;
        }
        self.current = Some(Current {
            file,
            path,
            first_in_seq: self.next_in_seq,
            len: SEGMENT_HEADER_BYTES as u64,
        });
        Ok(())
    }
}

/// How many of `entries` are messages.
fn messages_in(entries: &[JournalEntry]) -> u64 {
    entries.iter().filter(|e| e.is_message()).count() as u64
}

/// Removes segments whose creation was interrupted before the rename that publishes them.
fn remove_partial_segments(dir: &Path) -> Result<(), JournalError> {
    let entries = fs::read_dir(dir).map_err(|e| JournalError::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| JournalError::io(dir, e))?;
        let is_partial = entry
            .file_name()
            .to_str()
            .is_some_and(is_partial_segment_name);
        if is_partial && entry.file_type().is_ok_and(|t| t.is_file()) {
            let path = entry.path();
            fs::remove_file(&path).map_err(|e| JournalError::io(&path, e))?;
        }
    }
    Ok(())
}
