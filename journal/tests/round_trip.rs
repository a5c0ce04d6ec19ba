//! What is appended is what is read back: every policy, batch sizes across the frame limit,
//! reading from the middle, segment rolls and reopening.

mod common;

use common::*;
use gatebook_journal::{
    segment_file_name, verify, FsyncPolicy, JournalError, JournalIdentity, JournalReader,
    JournalWriter, MAX_FRAME_ENTRIES, SEGMENT_HEADER_BYTES,
};

const SIZES: [usize; 8] = [
    1,
    2,
    7,
    0,
    MAX_FRAME_ENTRIES,
    MAX_FRAME_ENTRIES + 1,
    3,
    9000,
];

fn total(sizes: &[usize]) -> u64 {
    sizes.iter().map(|&n| n as u64).sum()
}

#[test]
fn every_policy_reads_back_what_it_wrote() {
    for policy in ALL_POLICIES {
        let dir = tempfile::tempdir().unwrap();
        let w = write_batches(dir.path(), policy, None, &SIZES);
        let n = total(&SIZES);
        assert_eq!(w.next_in_seq(), n + 1);
        assert_eq!(w.policy(), policy);
        drop(w);

        let expected = entries(1, n as usize);
        assert_eq!(read_all(dir.path()), expected, "{policy}");

        let (w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
        assert_eq!(report.entries, n);
        assert_eq!(report.last_in_seq, n);
        assert_eq!(report.segments, 1);
        assert_eq!(report.cut_tail, None);
        assert_eq!(w.next_in_seq(), n + 1);

        let v = verify(dir.path()).unwrap();
        assert_eq!(v.entries, n);
        assert_eq!((v.first_in_seq, v.last_in_seq), (1, n));
        assert_eq!(v.torn_tail, None);
        assert_eq!(v.identity, Some(identity()));
        assert_eq!(v.segments.len(), 1);
        let frames = match policy {
            FsyncPolicy::Every => n,
            // One frame per batch, except 4097 entries (two) and 9000 (three).
            FsyncPolicy::Batch | FsyncPolicy::None => 1 + 1 + 1 + 1 + 2 + 1 + 3,
        };
        assert_eq!(v.segments[0].frames, frames, "{policy}");
        let bytes = std::fs::metadata(&v.segments[0].file).unwrap().len();
        assert_eq!(v.segments[0].bytes, bytes);
    }
}

#[test]
fn reading_from_the_middle_starts_at_that_in_seq() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Batch, None, &SIZES));
    let n = total(&SIZES);
    let all = entries(1, n as usize);
    for from in [0, 1, 2, 3, 4, 10, 11, 4107, 4108, 8204, n - 1, n] {
        let (got, error, _) = read_from(dir.path(), from);
        assert!(error.is_none());
        let skip = from.max(1) as usize - 1;
        assert_eq!(got, all[skip..], "from {from}");
    }
    let (got, error, reader) = read_from(dir.path(), n + 1);
    assert!(got.is_empty() && error.is_none());
    assert_eq!(reader.torn_tail(), None);
    let (got, _, _) = read_from(dir.path(), n + 1000);
    assert!(got.is_empty());
}

#[test]
fn segments_roll_and_reading_crosses_them() {
    for policy in ALL_POLICIES {
        let dir = tempfile::tempdir().unwrap();
        let sizes = [1, 5, 2, 9, 1, 1, 3, 14, 6, 2, 7, 1];
        // Small enough that most writes start a new segment, large enough for some to share.
        let w = write_batches(dir.path(), policy, Some(700), &sizes);
        let n = total(&sizes);
        assert_eq!(w.next_in_seq(), n + 1);
        drop(w);

        let files = segment_files(dir.path());
        assert!(files.len() > 5, "{policy}: {} segments", files.len());
        let v = verify(dir.path()).unwrap();
        assert_eq!(v.segments.len(), files.len());
        assert_eq!(v.entries, n);
        let mut next = 1;
        for (s, f) in v.segments.iter().zip(&files) {
            assert_eq!(&s.file, f);
            assert_eq!(s.first_in_seq, next);
            assert_eq!(
                f.file_name().unwrap().to_str().unwrap(),
                segment_file_name(s.first_in_seq)
            );
            assert!(s.entries > 0);
            assert_eq!(s.last_in_seq, s.first_in_seq + s.entries - 1);
            // A segment exceeds the limit only when a single write does.
            assert!(s.frames == 1 || s.bytes <= 700, "{policy}: {s:?}");
            next = s.last_in_seq + 1;
        }
        assert_eq!(next, n + 1);

        let all = entries(1, n as usize);
        assert_eq!(read_all(dir.path()), all);
        for from in 1..=n {
            let (got, error, _) = read_from(dir.path(), from);
            assert!(error.is_none());
            assert_eq!(got, all[from as usize - 1..], "{policy} from {from}");
        }
    }
}

#[test]
fn every_policy_writes_one_frame_per_entry_and_rolls_between_entries() {
    let dir = tempfile::tempdir().unwrap();
    // Each segment takes exactly one frame of one entry.
    drop(write_batches(
        dir.path(),
        FsyncPolicy::Every,
        Some(1),
        &[4, 3],
    ));
    let v = verify(dir.path()).unwrap();
    assert_eq!(v.segments.len(), 7);
    for (i, s) in v.segments.iter().enumerate() {
        assert_eq!((s.first_in_seq, s.entries, s.frames), (i as u64 + 1, 1, 1));
        assert_eq!(s.bytes, SEGMENT_HEADER_BYTES as u64 + frame_bytes(1));
    }
}

#[test]
fn appending_continues_after_reopen_in_the_same_segment() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Batch, None, &[3, 4]));
    let (mut w, report) = JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Every).unwrap();
    assert_eq!((report.entries, report.last_in_seq), (7, 7));
    w.append_batch(&entries(8, 5)).unwrap();
    w.sync().unwrap();
    drop(w);
    assert_eq!(read_all(dir.path()), entries(1, 12));
    assert_eq!(segment_files(dir.path()).len(), 1);
}

#[test]
fn an_empty_journal_reads_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let (got, error, reader) = read_from(dir.path(), 1);
    assert!(got.is_empty() && error.is_none());
    assert_eq!(reader.identity(), None);
    assert_eq!(reader.torn_tail(), None);
    let v = verify(dir.path()).unwrap();
    assert_eq!((v.entries, v.first_in_seq, v.last_in_seq), (0, 0, 0));
    assert!(v.segments.is_empty() && v.identity.is_none());

    // The writer creates the directory and its first segment only when it has an entry.
    let nested = dir.path().join("a/b");
    let (mut w, report) = JournalWriter::open(&nested, &identity(), FsyncPolicy::Batch).unwrap();
    assert_eq!(
        (report.segments, report.entries, report.last_in_seq),
        (0, 0, 0)
    );
    assert_eq!(w.next_in_seq(), 1);
    w.append_batch(&[]).unwrap();
    assert!(segment_files(&nested).is_empty());
    w.append_batch(&entries(1, 1)).unwrap();
    assert_eq!(
        segment_files(&nested),
        vec![nested.join(segment_file_name(1))]
    );
}

#[test]
fn identity_is_in_every_header_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(
        dir.path(),
        FsyncPolicy::None,
        Some(1),
        &[2, 2, 2],
    ));
    for from in [1, 3, 5] {
        let reader = JournalReader::open(dir.path(), from).unwrap();
        assert_eq!(reader.identity(), Some(&identity()));
    }
    for f in segment_files(dir.path()) {
        let bytes = std::fs::read(&f).unwrap();
        assert_eq!(&bytes[0..8], b"GBJRNL01");
        assert_eq!(&bytes[24..56], &identity().venue_digest);
        assert_eq!(&bytes[56..70], b"gatebook 0.1.0");
    }
    // A newer build may continue the journal of the same venue.
    let newer = JournalIdentity {
        build: "gatebook 0.2.0".into(),
        ..identity()
    };
    let (mut w, _) = JournalWriter::open(dir.path(), &newer, FsyncPolicy::None).unwrap();
    w.append_batch(&entries(7, 1)).unwrap();
    drop(w);
    assert_eq!(read_all(dir.path()), entries(1, 7));
    assert_eq!(verify(dir.path()).unwrap().identity, Some(identity()));
}

#[test]
fn an_identity_that_does_not_fit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let long = JournalIdentity {
        build: "b".repeat(33),
        ..identity()
    };
    let err = JournalWriter::open(dir.path(), &long, FsyncPolicy::Batch).unwrap_err();
    assert!(matches!(err, JournalError::Identity { .. }), "{err}");
}

#[test]
fn other_files_in_the_directory_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("snapshots")).unwrap();
    std::fs::write(
        dir.path()
            .join("snapshots/journal-00000000000000000001.seg"),
        b"x",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), b"hello").unwrap();
    std::fs::write(dir.path().join("journal-1.seg"), b"not a segment name").unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Batch, None, &[5]));
    assert_eq!(read_all(dir.path()), entries(1, 5));
    assert_eq!(verify(dir.path()).unwrap().entries, 5);
    assert_eq!(
        std::fs::read(dir.path().join("notes.txt")).unwrap(),
        b"hello"
    );
}

#[test]
fn an_interrupted_segment_creation_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    drop(write_batches(dir.path(), FsyncPolicy::Batch, None, &[5]));
    // A header written under the temporary name, never renamed into place.
    let tmp = dir.path().join(format!("{}.tmp", segment_file_name(6)));
    std::fs::write(&tmp, [0u8; 40]).unwrap();
    assert_eq!(read_all(dir.path()), entries(1, 5));
    assert_eq!(verify(dir.path()).unwrap().segments.len(), 1);
    let (mut w, report) = JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Batch).unwrap();
    assert_eq!(report.cut_tail, None);
    assert!(!tmp.exists());
    w.append_batch(&entries(6, 2)).unwrap();
    drop(w);
    assert_eq!(read_all(dir.path()), entries(1, 7));
}
