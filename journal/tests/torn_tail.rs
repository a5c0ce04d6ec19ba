//! A crash in the middle of a write leaves a torn tail: the reader stops cleanly before it,
//! verify reports it, and the writer cuts it and continues at the right in_seq.

mod common;

use common::*;
use gatebook_journal::{verify, CutTail, FsyncPolicy, JournalWriter, SEGMENT_HEADER_BYTES};
use std::path::Path;

/// Batches of the fixture journal: one frame each under the Batch policy.
const SIZES: [usize; 4] = [3, 5, 2, 4];
const BEFORE_LAST: u64 = 10;

fn last_frame_start() -> u64 {
    SEGMENT_HEADER_BYTES as u64 + SIZES[..3].iter().map(|&n| frame_bytes(n)).sum::<u64>()
}

/// Everything that must hold for a journal whose newest segment ends in a torn tail starting
/// at `offset`, with `good` entries before it.
fn check_torn(dir: &Path, offset: u64, good: u64, policy: FsyncPolicy) {
    let newest = segment_files(dir).pop().unwrap();
    let len = std::fs::metadata(&newest).unwrap().len();

    let (got, error, reader) = read_from(dir, 1);
    assert!(error.is_none(), "offset {offset}: {error:?}");
    assert_eq!(got, entries(1, good as usize), "offset {offset}");
    let torn = reader.torn_tail().cloned().expect("torn tail reported");
    assert_eq!(torn.file, newest);
    assert_eq!(torn.offset, offset);
    assert_eq!(torn.bytes, len - offset);

    let v = verify(dir).unwrap();
    assert_eq!(v.entries, good);
    assert_eq!(v.torn_tail.as_ref(), Some(&torn));

    let (mut w, report) = JournalWriter::open(dir, &identity(), policy).unwrap();
    assert_eq!(report.cut_tail.as_ref(), Some(&torn));
    assert_eq!((report.entries, report.last_in_seq), (good, good));
    assert_eq!(w.next_in_seq(), good + 1);
    let message = torn.to_string();
    assert!(
        message.contains(newest.to_str().unwrap())
            && message.contains(&format!("byte offset {offset}"))
    );
    w.append_batch(&entries(good + 1, 3)).unwrap();
    drop(w);

    assert_eq!(read_all(dir), entries(1, good as usize + 3));
    let v = verify(dir).unwrap();
    assert_eq!(v.torn_tail, None);
    assert_eq!((v.entries, v.last_in_seq), (good + 3, good + 3));
    let (_, report) = JournalWriter::open(dir, &identity(), policy).unwrap();
    assert_eq!(report.cut_tail, None);
}

#[test]
fn truncation_at_every_offset_inside_the_last_frame() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(src.path(), FsyncPolicy::Batch, None, &SIZES));
    let bytes = std::fs::read(&segment_files(src.path())[0]).unwrap();
    let start = last_frame_start();
    assert_eq!(bytes.len() as u64, start + frame_bytes(4));

    // Cut exactly at the frame boundary: a clean journal.
    let dir = copy_with_last(src.path(), &bytes[..start as usize]);
    let (got, error, reader) = read_from(dir.path(), 1);
    assert!(error.is_none() && reader.torn_tail().is_none());
    assert_eq!(got, entries(1, BEFORE_LAST as usize));

    for cut in start + 1..bytes.len() as u64 {
        let dir = copy_with_last(src.path(), &bytes[..cut as usize]);
        check_torn(dir.path(), start, BEFORE_LAST, FsyncPolicy::Batch);
        assert_eq!(
            std::fs::metadata(&segment_files(dir.path())[0])
                .unwrap()
                .len(),
            start + frame_bytes(3),
            "cut at {cut}: file cut back to the frame boundary, then one frame appended"
        );
    }
}

#[test]
fn a_flipped_byte_anywhere_in_the_last_frame() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(src.path(), FsyncPolicy::Batch, None, &SIZES));
    let bytes = std::fs::read(&segment_files(src.path())[0]).unwrap();
    let start = last_frame_start() as usize;
    for at in start..bytes.len() {
        for mask in [0x01u8, 0x80] {
            let mut damaged = bytes.clone();
            damaged[at] ^= mask;
            let dir = copy_with_last(src.path(), &damaged);
            check_torn(dir.path(), start as u64, BEFORE_LAST, FsyncPolicy::Batch);
        }
    }
}

#[test]
fn per_entry_frames_torn_mid_entry() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(src.path(), FsyncPolicy::Every, None, &[4, 2]));
    let bytes = std::fs::read(&segment_files(src.path())[0]).unwrap();
    let start = SEGMENT_HEADER_BYTES as u64 + 5 * frame_bytes(1);
    for cut in (start + 1..bytes.len() as u64).step_by(7) {
        let dir = copy_with_last(src.path(), &bytes[..cut as usize]);
        check_torn(dir.path(), start, 5, FsyncPolicy::Every);
    }
}

#[test]
fn a_newest_segment_torn_inside_its_header_is_removed() {
    let src = tempfile::tempdir().unwrap();
    // One frame per segment: five segments.
    drop(write_batches(
        src.path(),
        FsyncPolicy::Batch,
        Some(1),
        &[2, 2, 2, 2, 2],
    ));
    let files = segment_files(src.path());
    assert_eq!(files.len(), 5);
    let bytes = std::fs::read(files.last().unwrap()).unwrap();
    for cut in 0..SEGMENT_HEADER_BYTES {
        let dir = copy_with_last(src.path(), &bytes[..cut]);
        let newest = segment_files(dir.path()).pop().unwrap();
        let (got, error, reader) = read_from(dir.path(), 1);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(got, entries(1, 8));
        let expected = CutTail {
            file: newest.clone(),
            offset: 0,
            bytes: cut as u64,
            reason: format!("incomplete segment header: {cut} of 96 bytes"),
        };
        assert_eq!(reader.torn_tail(), Some(&expected));
        assert_eq!(
            verify(dir.path()).unwrap().torn_tail,
            Some(expected.clone())
        );

        let (mut w, report) =
            JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Batch).unwrap();
        assert_eq!(report.cut_tail, Some(expected));
        assert_eq!((report.segments, report.entries), (4, 8));
        assert!(!newest.exists());
        w.append_batch(&entries(9, 4)).unwrap();
        drop(w);
        assert_eq!(read_all(dir.path()), entries(1, 12));
        assert!(newest.exists());
        assert_eq!(verify(dir.path()).unwrap().segments.len(), 5);
    }
}

#[test]
fn an_only_segment_torn_inside_its_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(gatebook_journal::segment_file_name(1)),
        b"GBJRN",
    )
    .unwrap();
    let (got, error, reader) = read_from(dir.path(), 1);
    assert!(got.is_empty() && error.is_none());
    assert_eq!(reader.identity(), None);
    assert_eq!(
        reader.torn_tail().map(|t| (t.offset, t.bytes)),
        Some((0, 5))
    );
    let (mut w, report) = JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Batch).unwrap();
    assert_eq!((report.segments, report.entries), (0, 0));
    w.append_batch(&entries(1, 2)).unwrap();
    drop(w);
    assert_eq!(read_all(dir.path()), entries(1, 2));
}

#[test]
fn zeros_after_the_last_frame_are_a_torn_tail() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(src.path(), FsyncPolicy::Batch, None, &SIZES));
    let mut bytes = std::fs::read(&segment_files(src.path())[0]).unwrap();
    let end = bytes.len() as u64;
    // Space a file system allocated but whose data never reached the disk reads as zeros.
    bytes.resize(bytes.len() + 70_000, 0);
    let dir = copy_with_last(src.path(), &bytes);
    check_torn(dir.path(), end, 14, FsyncPolicy::Batch);
}

#[test]
fn a_torn_tail_of_a_large_frame_is_cut() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(
        src.path(),
        FsyncPolicy::None,
        None,
        &[100, 4096],
    ));
    let bytes = std::fs::read(&segment_files(src.path())[0]).unwrap();
    let start = SEGMENT_HEADER_BYTES as u64 + frame_bytes(100);
    for cut in [
        start + 23,
        start + 24,
        start + 100_000,
        bytes.len() as u64 - 1,
    ] {
        let dir = copy_with_last(src.path(), &bytes[..cut as usize]);
        check_torn(dir.path(), start, 100, FsyncPolicy::None);
    }
}
