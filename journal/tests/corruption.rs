//! Damage a crash cannot explain is an error naming the file and byte offset, from the reader,
//! the writer's open and verify alike, and nothing is ever cut because of it.

mod common;

use common::*;
use gatebook_journal::{
    segment_file_name, verify, FsyncPolicy, JournalEntry, JournalError, JournalWriter, ENTRY_BYTES,
    FRAME_HEADER_BYTES, SEGMENT_HEADER_BYTES,
};
use std::path::Path;

/// Checks that the reader (after yielding exactly `good` entries), verify and the writer's open
/// all fail with an error accepted by `expected`, naming `file` and `offset`, and that the
/// writer's open left every file as it was.
fn check_refused(
    dir: &Path,
    good: u64,
    file: &Path,
    offset: u64,
    expected: impl Fn(&JournalError) -> bool,
) {
    check_refused_after(dir, &entries(1, good as usize), file, offset, expected);
}

/// [`check_refused`] for a journal whose entries before the damage are `good`.
fn check_refused_after(
    dir: &Path,
    good: &[JournalEntry],
    file: &Path,
    offset: u64,
    expected: impl Fn(&JournalError) -> bool,
) {
    let before: Vec<Vec<u8>> = segment_files(dir)
        .iter()
        .map(|f| std::fs::read(f).unwrap())
        .collect();

    let (got, error, torn) = read_prefix(dir);
    assert_eq!(got, good, "entries before the damage");
    let error = error.expect("reader reports the damage");
    assert!(expected(&error), "reader: {error}");
    assert!(torn.is_none());
    if let Ok(mut reader) = gatebook_journal::JournalReader::open(dir, 1) {
        let items: Vec<_> = reader.by_ref().collect();
        assert!(
            items.last().is_some_and(|r| r.is_err()),
            "the error is the last item"
        );
        assert!(reader.next().is_none(), "iteration ends after an error");
    }

    let errors = [
        verify(dir).expect_err("verify refuses"),
        JournalWriter::open(dir, &identity(), FsyncPolicy::Batch).expect_err("writer refuses"),
        error,
    ];
    for e in &errors {
        assert!(expected(e), "{e}");
        let message = e.to_string();
        assert!(
            message.contains(file.to_str().unwrap()),
            "message names the file: {message}"
        );
        assert!(
            message.contains(&format!("byte offset {offset}:")),
            "message names offset {offset}: {message}"
        );
    }

    let after: Vec<Vec<u8>> = segment_files(dir)
        .iter()
        .map(|f| std::fs::read(f).unwrap())
        .collect();
    assert!(before == after, "nothing was changed");
}

fn is_corrupt_at(file: &Path, offset: u64) -> impl Fn(&JournalError) -> bool + '_ {
    move |e| matches!(e, JournalError::Corrupt { file: f, offset: o, .. } if f == file && *o == offset)
}

#[test]
fn a_flipped_byte_in_a_frame_followed_by_valid_frames() {
    let src = tempfile::tempdir().unwrap();
    let sizes = [3, 5, 2, 4];
    drop(write_batches(src.path(), FsyncPolicy::Batch, None, &sizes));
    let seg = segment_files(src.path()).pop().unwrap();
    let bytes = std::fs::read(&seg).unwrap();
    let second = SEGMENT_HEADER_BYTES as u64 + frame_bytes(3);
    let third = second + frame_bytes(5);
    for at in second..third {
        let mut damaged = bytes.clone();
        damaged[at as usize] ^= 0x10;
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        check_refused(dir.path(), 3, &file, second, is_corrupt_at(&file, second));
    }
}

#[test]
fn damage_that_hides_the_following_frames_is_still_found() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(
        src.path(),
        FsyncPolicy::Batch,
        None,
        &[3, 5, 2, 4],
    ));
    let bytes = std::fs::read(segment_files(src.path()).pop().unwrap()).unwrap();
    let second = SEGMENT_HEADER_BYTES + frame_bytes(3) as usize;
    // An entry count claiming more bytes than the file holds, and one claiming fewer.
    for count in [4000u32, 1] {
        let mut damaged = bytes.clone();
        damaged[second + 4..second + 8].copy_from_slice(&count.to_le_bytes());
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        check_refused(
            dir.path(),
            3,
            &file,
            second as u64,
            is_corrupt_at(&file, second as u64),
        );
    }
    // A run of zeros over a middle frame.
    let mut damaged = bytes.clone();
    damaged[second..second + 100].fill(0);
    let dir = copy_with_last(src.path(), &damaged);
    let file = dir.path().join(segment_file_name(1));
    check_refused(
        dir.path(),
        3,
        &file,
        second as u64,
        is_corrupt_at(&file, second as u64),
    );
}

#[test]
fn damage_at_the_end_of_an_older_segment_is_not_a_torn_tail() {
    let src = tempfile::tempdir().unwrap();
    // One frame per segment.
    drop(write_batches(
        src.path(),
        FsyncPolicy::Batch,
        Some(1),
        &[2, 3, 4],
    ));
    let files = segment_files(src.path());
    assert_eq!(files.len(), 3);
    let middle = &files[1];
    let bytes = std::fs::read(middle).unwrap();
    let frame = SEGMENT_HEADER_BYTES as u64;

    let mut flipped = bytes.clone();
    flipped[SEGMENT_HEADER_BYTES + 30] ^= 1;
    std::fs::write(middle, &flipped).unwrap();
    check_refused(src.path(), 2, middle, frame, is_corrupt_at(middle, frame));

    std::fs::write(middle, &bytes[..bytes.len() - 10]).unwrap();
    check_refused(src.path(), 2, middle, frame, is_corrupt_at(middle, frame));

    std::fs::write(middle, &bytes[..50]).unwrap();
    check_refused(src.path(), 2, middle, 0, is_corrupt_at(middle, 0));
}

#[test]
fn a_bad_segment_header_is_refused() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(
        src.path(),
        FsyncPolicy::Batch,
        Some(1),
        &[2, 3],
    ));
    let newest = segment_files(src.path()).pop().unwrap();
    let bytes = std::fs::read(&newest).unwrap();
    for (at, reported) in [
        (0, 0),
        (5, 0),
        (9, 8),
        (13, 12),
        (20, 92),
        (30, 92),
        (60, 92),
        (89, 92),
        (94, 92),
    ] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x04;
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(3));
        check_refused(
            dir.path(),
            2,
            &file,
            reported,
            is_corrupt_at(&file, reported),
        );
    }
}

#[test]
fn a_segment_whose_name_disagrees_with_its_header() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(
        dir.path(),
        FsyncPolicy::Batch,
        Some(1),
        &[2, 3],
    ));
    let renamed = dir.path().join(segment_file_name(4));
    std::fs::rename(dir.path().join(segment_file_name(3)), &renamed).unwrap();
    check_refused(dir.path(), 2, &renamed, 16, is_corrupt_at(&renamed, 16));
}

#[test]
fn a_frame_with_a_valid_crc_but_the_wrong_in_seq_is_never_cut() {
    let src = tempfile::tempdir().unwrap();
    drop(write_batches(src.path(), FsyncPolicy::Batch, None, &[3, 5]));
    let bytes = std::fs::read(segment_files(src.path()).pop().unwrap()).unwrap();
    let last = SEGMENT_HEADER_BYTES + frame_bytes(3) as usize;
    // Rewrite the last frame as if it started at in_seq 5, with a matching CRC.
    let mut damaged = bytes.clone();
    damaged[last + 8..last + 16].copy_from_slice(&5u64.to_le_bytes());
    let crc = crc32c::crc32c_append(
        crc32c::crc32c(&damaged[last..last + 20]),
        &damaged[last + 24..],
    );
    damaged[last + 20..last + 24].copy_from_slice(&crc.to_le_bytes());
    let dir = copy_with_last(src.path(), &damaged);
    let file = dir.path().join(segment_file_name(1));
    check_refused(dir.path(), 3, &file, last as u64, |e| {
        matches!(
            e,
            JournalError::Gap {
                expected: 4,
                found: 5,
                ..
            }
        )
    });

    // An entry whose record disagrees with its frame, CRC recomputed.
    let mut damaged = bytes.clone();
    let entry = last + 24 + 72; // second entry of the last frame
    damaged[entry + 8 + 32] ^= 1;
    let crc = crc32c::crc32c_append(
        crc32c::crc32c(&damaged[last..last + 20]),
        &damaged[last + 24..],
    );
    damaged[last + 20..last + 24].copy_from_slice(&crc.to_le_bytes());
    let dir = copy_with_last(src.path(), &damaged);
    let file = dir.path().join(segment_file_name(1));
    let at = (entry + 40) as u64;
    check_refused(dir.path(), 3, &file, at, is_corrupt_at(&file, at));
}

#[test]
fn a_journal_of_another_venue_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Batch, None, &[4]));
    let err = JournalWriter::open(dir.path(), &other_identity(), FsyncPolicy::Batch).unwrap_err();
    let file = dir.path().join(segment_file_name(1));
    assert!(
        matches!(&err, JournalError::OtherVenue { file: f, offset: 24, .. } if *f == file),
        "{err}"
    );
    let message = err.to_string();
    assert!(message.contains(file.to_str().unwrap()) && message.contains("byte offset 24"));
    assert!(message.contains(&"5a".repeat(32)) && message.contains(&"a5".repeat(32)));
}

#[test]
fn segments_of_two_venues_in_one_directory_are_refused() {
    let ours = tempfile::tempdir().unwrap();
    drop(write_batches(ours.path(), FsyncPolicy::Batch, None, &[5]));
    // The other venue's journal, one entry per segment; its segment 6 continues ours by number.
    let theirs = tempfile::tempdir().unwrap();
    let (mut w, _) =
        JournalWriter::open(theirs.path(), &other_identity(), FsyncPolicy::Every).unwrap();
    w = w.with_segment_bytes(1);
    w.append_batch(&entries(1, 8)).unwrap();
    drop(w);
    let name = segment_file_name(6);
    std::fs::copy(theirs.path().join(&name), ours.path().join(&name)).unwrap();
    let file = ours.path().join(&name);
    check_refused(
        ours.path(),
        5,
        &file,
        24,
        |e| matches!(e, JournalError::OtherVenue { file: f, .. } if *f == file),
    );
    // A reader starting in the other venue's segment is refused when it reaches it: the
    // journal's venue is the first segment's.
    let (got, error, _) = read_from(ours.path(), 6);
    assert!(got.is_empty());
    assert!(matches!(error, Some(JournalError::OtherVenue { .. })));
}

#[test]
fn a_missing_middle_segment_is_a_gap() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Every, Some(1), &[8]));
    assert_eq!(segment_files(dir.path()).len(), 8);
    std::fs::remove_file(dir.path().join(segment_file_name(5))).unwrap();
    let file = dir.path().join(segment_file_name(6));
    check_refused(
        dir.path(),
        4,
        &file,
        16,
        |e| matches!(e, JournalError::Gap { file: f, offset: 16, expected: 5, found: 6 } if *f == file),
    );
    // Reading from before the hole stops at it; from after it reads what is there.
    let (got, error, _) = read_from(dir.path(), 3);
    assert_eq!(got, entries(3, 2));
    assert!(matches!(error, Some(JournalError::Gap { .. })));
    let (got, error, _) = read_from(dir.path(), 7);
    assert!(error.is_none());
    assert_eq!(got, entries(7, 2));
}

#[test]
fn a_journal_must_start_at_in_seq_one() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Every, Some(1), &[4]));
    for n in 1..=2 {
        std::fs::remove_file(dir.path().join(segment_file_name(n))).unwrap();
    }
    let file = dir.path().join(segment_file_name(3));
    check_refused(dir.path(), 0, &file, 16, |e| {
        matches!(
            e,
            JournalError::Gap {
                expected: 1,
                found: 3,
                ..
            }
        )
    });
}

#[test]
fn appends_out_of_sequence_are_refused_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = write_batches(dir.path(), FsyncPolicy::Batch, None, &[3]);
    let seg = dir.path().join(segment_file_name(1));
    let len = std::fs::metadata(&seg).unwrap().len();

    let gap = entries(5, 2);
    let err = w.append_batch(&gap).unwrap_err();
    assert!(
        matches!(
            err,
            JournalError::Sequence {
                expected: 4,
                got: 5
            }
        ),
        "{err}"
    );
    let replay = entries(3, 1);
    assert!(matches!(
        w.append_batch(&replay),
        Err(JournalError::Sequence {
            expected: 4,
            got: 3
        })
    ));
    // Disorder inside a batch: nothing of it is written, not even the good first entry.
    let mut disorder = entries(4, 3);
    disorder.swap(1, 2);
    assert!(matches!(
        w.append_batch(&disorder),
        Err(JournalError::Sequence {
            expected: 5,
            got: 6
        })
    ));
    assert_eq!(std::fs::metadata(&seg).unwrap().len(), len);
    assert_eq!(w.next_in_seq(), 4);

    // The writer is still usable.
    w.append_batch(&entries(4, 2)).unwrap();
    drop(w);
    assert_eq!(read_all(dir.path()), entries(1, 5));
}

#[test]
fn an_unreadable_directory_is_an_io_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let err = gatebook_journal::JournalReader::open(&missing, 1).unwrap_err();
    assert!(matches!(err, JournalError::Io { .. }));
    assert!(err.to_string().contains(missing.to_str().unwrap()));
    assert!(verify(&missing).is_err());
}

/// Recomputes the CRC of the frame at `at`, so the damage inside it passes the CRC check.
fn recompute_frame_crc(bytes: &mut [u8], at: usize) {
    let count = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
    let end = at + FRAME_HEADER_BYTES + count * ENTRY_BYTES;
    let crc = crc32c::crc32c_append(
        crc32c::crc32c(&bytes[at..at + 20]),
        &bytes[at + FRAME_HEADER_BYTES..end],
    );
    bytes[at + 20..at + 24].copy_from_slice(&crc.to_le_bytes());
}

/// A journal of two frames, M1 M2 | K K M3 K, in one segment; its bytes and entries. The
/// damage goes into the last frame, so a torn tail would be the only excuse for it, and the
/// valid CRC rules that out.
fn journal_with_marks() -> (tempfile::TempDir, Vec<u8>, Vec<JournalEntry>, usize) {
    let src = tempfile::tempdir().unwrap();
    let mut script = Script::default();
    let first = script.batch("MM");
    let second = script.batch("KKMK");
    drop(write_entries(
        src.path(),
        FsyncPolicy::Batch,
        None,
        &[first.clone(), second],
    ));
    let bytes = std::fs::read(segment_files(src.path()).pop().unwrap()).unwrap();
    let last = SEGMENT_HEADER_BYTES + frame_bytes(2) as usize;
    assert_eq!(bytes.len(), last + frame_bytes(4) as usize);
    (src, bytes, first, last)
}

#[test]
fn a_mark_with_the_wrong_in_seq_and_a_valid_crc_is_corruption() {
    let (src, bytes, good, last) = journal_with_marks();
    // (entry of the last frame, in_seq written into it): the marks must carry 2 (the first two)
    // and 3 (the last one).
    for (i, in_seq) in [(0usize, 3u64), (0, 1), (0, 0), (1, 3), (3, 2), (3, 4)] {
        let entry = last + FRAME_HEADER_BYTES + i * ENTRY_BYTES;
        let mut damaged = bytes.clone();
        damaged[entry + 40..entry + 48].copy_from_slice(&in_seq.to_le_bytes());
        recompute_frame_crc(&mut damaged, last);
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        let at = (entry + 40) as u64;
        check_refused_after(dir.path(), &good, &file, at, is_corrupt_at(&file, at));
        let message = verify(dir.path()).unwrap_err().to_string();
        assert!(
            message.contains(&format!("is a mark carrying in_seq {in_seq}")),
            "{message}"
        );
    }
}

#[test]
fn an_unknown_entry_kind_with_a_valid_crc_is_corruption() {
    let (src, bytes, good, last) = journal_with_marks();
    for (i, kind) in [(0usize, 2u8), (2, 2), (3, 0x80), (1, 255)] {
        let entry = last + FRAME_HEADER_BYTES + i * ENTRY_BYTES;
        let mut damaged = bytes.clone();
        damaged[entry + 4] = kind;
        recompute_frame_crc(&mut damaged, last);
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        let at = (entry + 4) as u64;
        check_refused_after(dir.path(), &good, &file, at, is_corrupt_at(&file, at));
        let message = verify(dir.path()).unwrap_err().to_string();
        assert!(
            message.contains(&format!("unknown entry kind {kind}")),
            "{message}"
        );
    }
}

#[test]
fn reserved_entry_bytes_with_a_valid_crc_are_corruption() {
    let (src, bytes, good, last) = journal_with_marks();
    for (i, byte) in [(0usize, 5usize), (1, 7), (2, 6)] {
        let entry = last + FRAME_HEADER_BYTES + i * ENTRY_BYTES;
        let mut damaged = bytes.clone();
        damaged[entry + byte] = 1;
        recompute_frame_crc(&mut damaged, last);
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        let at = (entry + 5) as u64;
        check_refused_after(dir.path(), &good, &file, at, is_corrupt_at(&file, at));
    }
}

#[test]
fn a_kind_flipped_with_a_valid_crc_breaks_the_numbering() {
    let (src, bytes, good, last) = journal_with_marks();
    // The message M3 (entry 2) read as a mark must carry 2; the mark after it (entry 3) read
    // as a message must carry 4; the first mark (entry 0) read as a message must carry 3.
    for (i, kind) in [(2usize, 1u8), (3, 0), (0, 0)] {
        let entry = last + FRAME_HEADER_BYTES + i * ENTRY_BYTES;
        let mut damaged = bytes.clone();
        damaged[entry + 4] = kind;
        recompute_frame_crc(&mut damaged, last);
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        let at = (entry + 40) as u64;
        check_refused_after(dir.path(), &good, &file, at, is_corrupt_at(&file, at));
    }
}

#[test]
fn a_frame_starting_with_marks_must_still_continue_the_numbering() {
    let (src, bytes, good, last) = journal_with_marks();
    // The last frame starts with marks; its header must still say 3, the next message's in_seq.
    assert_eq!(bytes[last + 8..last + 16], 3u64.to_le_bytes());
    for first in [2u64, 4] {
        let mut damaged = bytes.clone();
        damaged[last + 8..last + 16].copy_from_slice(&first.to_le_bytes());
        recompute_frame_crc(&mut damaged, last);
        let dir = copy_with_last(src.path(), &damaged);
        let file = dir.path().join(segment_file_name(1));
        check_refused_after(
            dir.path(),
            &good,
            &file,
            last as u64,
            |e| matches!(e, JournalError::Gap { expected: 3, found, .. } if *found == first),
        );
    }
}
