//! Shared fixtures of the journal tests: deterministic entries, identities and file access.
#![allow(dead_code)]

use gatebook_journal::{
    CutTail, FsyncPolicy, JournalEntry, JournalError, JournalIdentity, JournalReader,
    JournalWriter, ENTRY_BYTES, FRAME_HEADER_BYTES,
};
use gatebook_wire::{le, OrderRecord};
use std::path::{Path, PathBuf};

pub const ALL_POLICIES: [FsyncPolicy; 3] =
    [FsyncPolicy::Every, FsyncPolicy::Batch, FsyncPolicy::None];

pub fn identity() -> JournalIdentity {
    JournalIdentity {
        venue_digest: [0x5a; 32],
        build: "gatebook 0.1.0".into(),
    }
}

pub fn other_identity() -> JournalIdentity {
    JournalIdentity {
        venue_digest: [0xa5; 32],
        build: "gatebook 0.1.0".into(),
    }
}

/// The entry the tests journal at `in_seq`: every field derived from it, so a misplaced or
/// altered entry never compares equal to the expected one.
pub fn entry(in_seq: u64) -> JournalEntry {
    let mut record = OrderRecord::new(1 + (in_seq % 8) as u8);
    record.side = 1 + (in_seq % 2) as u8;
    record.ord_type = 1;
    record.tif = 1 + (in_seq % 3) as u8;
    record.instrument = le::U16::new((in_seq % 17) as u16);
    record.account = le::U32::new((in_seq * 31 % 1000) as u32);
    record.price = le::U32::new(10_000 + (in_seq % 97) as u32);
    record.qty = le::U32::new(1 + (in_seq % 50) as u32);
    record.cl_ord_id = le::U64::new(in_seq.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    record.in_seq = le::U64::new(in_seq);
    record.amount = le::I64::new(-(in_seq as i64));
    JournalEntry::message((in_seq % 5) as u32, record)
}

/// Entries `first..first + n`.
pub fn entries(first: u64, n: usize) -> Vec<JournalEntry> {
    (first..first + n as u64).map(entry).collect()
}

/// Bytes of a frame of `n` entries.
pub fn frame_bytes(n: usize) -> u64 {
    (FRAME_HEADER_BYTES + n * ENTRY_BYTES) as u64
}

/// Writes batches of the given sizes as entries 1, 2, ...; returns the writer.
pub fn write_batches(
    dir: &Path,
    policy: FsyncPolicy,
    segment_bytes: Option<u64>,
    sizes: &[usize],
) -> JournalWriter {
    let (mut w, _) = JournalWriter::open(dir, &identity(), policy).expect("open writer");
    if let Some(bytes) = segment_bytes {
        w = w.with_segment_bytes(bytes);
    }
    for &n in sizes {
        let batch = entries(w.next_in_seq(), n);
        w.append_batch(&batch).expect("append");
    }
    w
}

/// The segment files of a journal directory, in order.
pub fn segment_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("journal-") && name.ends_with(".seg")
        })
        .collect();
    files.sort();
    files
}

/// Reads everything from `from`, stopping at the first error.
pub fn read_from(
    dir: &Path,
    from: u64,
) -> (Vec<JournalEntry>, Option<JournalError>, JournalReader) {
    let mut reader = JournalReader::open(dir, from).expect("open reader");
    let mut out = Vec::new();
    let mut error = None;
    for item in reader.by_ref() {
        match item {
            Ok(e) => out.push(e),
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    (out, error, reader)
}

/// Reads everything: the entries before the first error (from the open or from an item),
/// the error, and the torn tail the reader stopped at.
pub fn read_prefix(dir: &Path) -> (Vec<JournalEntry>, Option<JournalError>, Option<CutTail>) {
    match JournalReader::open(dir, 1) {
        Err(e) => (Vec::new(), Some(e), None),
        Ok(mut reader) => {
            let mut out = Vec::new();
            for item in reader.by_ref() {
                match item {
                    Ok(e) => out.push(e),
                    Err(e) => return (out, Some(e), reader.torn_tail().cloned()),
                }
            }
            let torn = reader.torn_tail().cloned();
            (out, None, torn)
        }
    }
}

/// Reads everything, expecting no error.
pub fn read_all(dir: &Path) -> Vec<JournalEntry> {
    let (out, error, _) = read_from(dir, 1);
    if let Some(e) = error {
        panic!("unexpected read error: {e}");
    }
    out
}

/// A fresh directory holding a copy of `src`'s segments, with the newest replaced by `last`.
pub fn copy_with_last(src: &Path, last: &[u8]) -> tempfile::TempDir {
    let dst = tempfile::tempdir().expect("tempdir");
    let files = segment_files(src);
    for (i, f) in files.iter().enumerate() {
        let name = f.file_name().expect("file name");
        if i + 1 == files.len() {
            std::fs::write(dst.path().join(name), last).expect("write");
        } else {
            std::fs::copy(f, dst.path().join(name)).expect("copy");
        }
    }
    dst
}

/// The mark the tests journal after message `after` (0 = before any message), the `tag`-th
/// mark of the journal: every field derived from both, so a misplaced, repeated or altered mark
/// never compares equal to the expected one.
pub fn mark(after: u64, tag: u64) -> JournalEntry {
    let mut record = OrderRecord::new(0x20);
    record.instrument = le::U16::new((tag % 17) as u16);
    record.price = le::U32::new(20_000 + (tag * 7 % 5000) as u32);
    record.qty = le::U32::new(tag as u32);
    record.cl_ord_id = le::U64::new(tag.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ after);
    record.in_seq = le::U64::new(after);
    JournalEntry::mark((tag % 3) as u32, record)
}

/// Entries continuing a journal: messages [`entry`]`(n)` numbered from `next`, marks carrying
/// the in_seq of the message before them, tagged in order.
#[derive(Debug, Clone)]
pub struct Script {
    /// in_seq of the next message.
    pub next: u64,
    /// Marks made so far (the next mark's tag).
    pub marks: u64,
}

impl Default for Script {
    fn default() -> Self {
        Script { next: 1, marks: 0 }
    }
}

impl Script {
    pub fn message(&mut self) -> JournalEntry {
        let e = entry(self.next);
        self.next += 1;
        e
    }

    pub fn mark(&mut self) -> JournalEntry {
        let e = mark(self.next - 1, self.marks);
        self.marks += 1;
        e
    }

    /// A batch from a pattern: `M` a message, `K` a mark (other characters are ignored).
    pub fn batch(&mut self, pattern: &str) -> Vec<JournalEntry> {
        pattern
            .chars()
            .filter_map(|c| match c {
                'M' => Some(self.message()),
                'K' => Some(self.mark()),
                _ => None,
            })
            .collect()
    }

    /// A batch from kinds: `true` a mark, `false` a message.
    pub fn batch_of(&mut self, marks: &[bool]) -> Vec<JournalEntry> {
        marks
            .iter()
            .map(|&m| if m { self.mark() } else { self.message() })
            .collect()
    }
}

/// What reading a journal holding `all` from `from` must yield, as docs/journal.md defines
/// it: every entry after message `from - 1` (everything for `from` <= 1, nothing when there is
/// no message `from - 1`).
pub fn expected_from(all: &[JournalEntry], from: u64) -> Vec<JournalEntry> {
    if from <= 1 {
        return all.to_vec();
    }
    match all
        .iter()
        .position(|e| e.is_message() && e.record.in_seq.get() == from - 1)
    {
        Some(p) => all[p + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// Messages and marks among `entries`.
pub fn count_kinds(entries: &[JournalEntry]) -> (u64, u64) {
    let messages = entries.iter().filter(|e| e.is_message()).count() as u64;
    (messages, entries.len() as u64 - messages)
}

/// Writes `batches` to a new or existing journal; returns the writer.
pub fn write_entries(
    dir: &Path,
    policy: FsyncPolicy,
    segment_bytes: Option<u64>,
    batches: &[Vec<JournalEntry>],
) -> JournalWriter {
    let (mut w, _) = JournalWriter::open(dir, &identity(), policy).expect("open writer");
    if let Some(bytes) = segment_bytes {
        w = w.with_segment_bytes(bytes);
    }
    for batch in batches {
        w.append_batch(batch).expect("append");
    }
    w
}
