//! Marks: entries journaled in order with the messages that take no in_seq. They read back in
//! place under every policy and segment size, reading from the middle yields exactly the
//! documented suffix, segment names stay unique, and appends that misnumber them are refused.

mod common;

use common::*;
use gatebook_journal::{
    segment_file_name, verify, EntryKind, FsyncPolicy, JournalEntry, JournalError, JournalWriter,
    SEGMENT_HEADER_BYTES,
};
use std::path::Path;

/// Marks before the first message, between messages, several in a row, in batches of their
/// own, and at the end.
const PATTERN: [&str; 15] = [
    "KK", "M", "K", "MM", "KKK", "MKM", "KMKK", "M", "KKKKK", "MMKMMK", "K", "K", "MMMM", "KMK",
    "KK",
];

fn script_batches(script: &mut Script, patterns: &[&str]) -> Vec<Vec<JournalEntry>> {
    patterns.iter().map(|p| script.batch(p)).collect()
}

/// Checks what verify says of a journal holding `all`, and the segment rules: names are the
/// first in_seq, segments continue each other, and every segment but the last holds a message.
fn check_verify(dir: &Path, all: &[JournalEntry]) -> gatebook_journal::VerifyReport {
    let (messages, marks) = count_kinds(all);
    let v = verify(dir).unwrap();
    assert_eq!((v.entries, v.marks), (messages, marks));
    assert_eq!(
        (v.first_in_seq, v.last_in_seq),
        (u64::from(messages > 0), messages)
    );
    assert_eq!(v.torn_tail, None);
    let files = segment_files(dir);
    assert_eq!(v.segments.len(), files.len());
    let mut next = 1;
    for (i, (s, f)) in v.segments.iter().zip(&files).enumerate() {
        assert_eq!(&s.file, f);
        assert_eq!(
            f.file_name().unwrap().to_str().unwrap(),
            segment_file_name(s.first_in_seq)
        );
        assert_eq!(s.first_in_seq, next, "{s:?}");
        assert_eq!(s.last_in_seq, s.first_in_seq + s.entries - 1, "{s:?}");
        if i + 1 < v.segments.len() {
            assert!(
                s.entries > 0,
                "only the newest segment may hold no message: {s:?}"
            );
        }
        assert_eq!(std::fs::metadata(f).unwrap().len(), s.bytes);
        next = s.last_in_seq + 1;
    }
    assert_eq!(next, messages + 1);
    assert_eq!(v.segments.iter().map(|s| s.entries).sum::<u64>(), messages);
    assert_eq!(v.segments.iter().map(|s| s.marks).sum::<u64>(), marks);
    v
}

/// Reading from every in_seq (and past the end) yields exactly the documented suffix.
fn check_every_from(dir: &Path, all: &[JournalEntry], what: &str) {
    let (messages, _) = count_kinds(all);
    for from in 0..=messages + 2 {
        let (got, error, reader) = read_from(dir, from);
        assert!(error.is_none(), "{what} from {from}: {error:?}");
        assert_eq!(got, expected_from(all, from), "{what} from {from}");
        assert_eq!(reader.torn_tail(), None);
    }
}

#[test]
fn marks_read_back_in_place_under_every_policy_and_segment_size() {
    for policy in ALL_POLICIES {
        for segment_bytes in [None, Some(1), Some(300), Some(700)] {
            let what = format!("{policy}, segments of {segment_bytes:?} bytes");
            let dir = tempfile::tempdir().unwrap();
            let mut script = Script::default();
            let batches = script_batches(&mut script, &PATTERN);
            let all: Vec<JournalEntry> = batches.concat();
            let (messages, marks) = count_kinds(&all);
            assert!(marks > 0 && messages > 0);

            let w = write_entries(dir.path(), policy, segment_bytes, &batches);
            assert_eq!(w.next_in_seq(), messages + 1, "{what}");
            drop(w);

            assert_eq!(read_all(dir.path()), all, "{what}");
            let v = check_verify(dir.path(), &all);
            if segment_bytes == Some(1) {
                // Every write holding a message starts a segment, except the first one: the
                // first segment (started by the marks-only first batch) holds no message yet.
                let rolls = match policy {
                    FsyncPolicy::Every => messages,
                    FsyncPolicy::Batch | FsyncPolicy::None => {
                        PATTERN.iter().filter(|p| p.contains('M')).count() as u64
                    }
                };
                assert_eq!(v.segments.len() as u64, rolls, "{what}");
            }
            if segment_bytes.is_none() {
                assert_eq!(v.segments.len(), 1);
            }
            check_every_from(dir.path(), &all, &what);

            // Reopen: the counts agree, and the journal continues with marks and messages.
            let (mut w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
            assert_eq!(
                (report.entries, report.marks, report.last_in_seq),
                (messages, marks, messages),
                "{what}"
            );
            assert_eq!(report.segments, v.segments.len());
            assert_eq!(report.cut_tail, None);
            assert_eq!(w.next_in_seq(), messages + 1);
            if let Some(b) = segment_bytes {
                w = w.with_segment_bytes(b);
            }
            let more = script.batch("KMKMK");
            w.append_batch(&more).unwrap();
            drop(w);
            let all = [all, more].concat();
            assert_eq!(read_all(dir.path()), all, "{what}");
            check_verify(dir.path(), &all);
        }
    }
}

#[test]
fn reading_from_the_middle_starts_after_message_from_minus_one() {
    // M1 K K M2 M3 K | K M4 K
    let dir = tempfile::tempdir().unwrap();
    let mut script = Script::default();
    let first = script.batch("MKKMMK");
    let second = script.batch("KMK");
    drop(write_entries(
        dir.path(),
        FsyncPolicy::Batch,
        None,
        &[first.clone(), second.clone()],
    ));
    let all = [first.clone(), second.clone()].concat();
    let cases: [(u64, &[JournalEntry]); 7] = [
        (0, &all),
        (1, &all),
        // The two marks after message 1, then message 2 on.
        (2, &all[1..]),
        (3, &all[4..]),
        // The marks after message 3 straddle the two frames.
        (4, &all[5..]),
        // The mark after message 4, the last entry.
        (5, &all[8..]),
        (6, &[]),
    ];
    for (from, expected) in cases {
        let (got, error, _) = read_from(dir.path(), from);
        assert!(error.is_none());
        assert_eq!(got, expected, "from {from}");
        assert_eq!(got, expected_from(&all, from), "from {from}");
    }
    assert_eq!(all[5].kind, EntryKind::Mark);
    assert_eq!(all[5].record.in_seq.get(), 3);
    assert_eq!(all[6].kind, EntryKind::Mark);
    assert_eq!(all[6].record.in_seq.get(), 3);

    // A journal that starts with marks: reading from 1 includes them, from 2 does not.
    let dir = tempfile::tempdir().unwrap();
    let mut script = Script::default();
    let batch = script.batch("KKMK");
    drop(write_entries(
        dir.path(),
        FsyncPolicy::None,
        None,
        std::slice::from_ref(&batch),
    ));
    assert_eq!(read_from(dir.path(), 0).0, batch);
    assert_eq!(read_from(dir.path(), 1).0, batch);
    assert_eq!(read_from(dir.path(), 2).0, batch[3..]);
    assert!(read_from(dir.path(), 3).0.is_empty());
}

#[test]
fn reading_from_the_middle_across_segments_finds_the_marks_before_a_roll() {
    // One segment per message (Every, 1-byte segments): the marks after message n sit at the
    // end of message n's segment, before the segment named n + 1.
    let dir = tempfile::tempdir().unwrap();
    let mut script = Script::default();
    let batches = script_batches(&mut script, &["K", "MKK", "M", "MK", "KM", "K"]);
    let all = batches.concat();
    drop(write_entries(
        dir.path(),
        FsyncPolicy::Every,
        Some(1),
        &batches,
    ));
    let names: Vec<String> = segment_files(dir.path())
        .iter()
        .map(|f| f.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names,
        (1..=4).map(segment_file_name).collect::<Vec<_>>(),
        "one segment per message, the marks staying with the message before them"
    );
    let v = check_verify(dir.path(), &all);
    let counts: Vec<(u64, u64)> = v.segments.iter().map(|s| (s.entries, s.marks)).collect();
    assert_eq!(counts, [(1, 3), (1, 0), (1, 2), (1, 1)]);
    check_every_from(dir.path(), &all, "one segment per message");
    // From 2: the two marks after message 1, at the end of the first segment, come first.
    let (got, _, _) = read_from(dir.path(), 2);
    assert_eq!(got[..2], all[2..4]);
    assert!(got[..2].iter().all(|e| e.kind == EntryKind::Mark));
}

#[test]
fn a_batch_of_more_than_one_frame_with_marks() {
    for policy in [FsyncPolicy::Batch, FsyncPolicy::None] {
        let dir = tempfile::tempdir().unwrap();
        let mut script = Script::default();
        // Every third entry a mark, and the second frame (from entry 4096) starts with two.
        let kinds: Vec<bool> = (0..10_000)
            .map(|i| i % 3 == 0 || i == 4096 || i == 4097)
            .collect();
        let batch = script.batch_of(&kinds);
        let tail = script.batch("MK");
        drop(write_entries(
            dir.path(),
            policy,
            None,
            &[batch.clone(), tail.clone()],
        ));
        let all = [batch.clone(), tail].concat();
        assert_eq!(read_all(dir.path()), all);
        let v = check_verify(dir.path(), &all);
        assert_eq!(v.segments[0].frames, 3 + 1);
        // The second frame's header: count 4096, first_in_seq the next message's at entry 4096.
        let bytes = std::fs::read(&v.segments[0].file).unwrap();
        let second = SEGMENT_HEADER_BYTES + frame_bytes(4096) as usize;
        let next_at_4096 = 1 + count_kinds(&batch[..4096]).0;
        assert_eq!(
            bytes[second + 8..second + 16],
            next_at_4096.to_le_bytes(),
            "{policy}"
        );
        assert_eq!(bytes[second + 4..second + 8], 4096u32.to_le_bytes());
        let (messages, _) = count_kinds(&all);
        for from in [
            1,
            2,
            next_at_4096 - 1,
            next_at_4096,
            next_at_4096 + 1,
            messages,
        ] {
            let (got, error, _) = read_from(dir.path(), from);
            assert!(error.is_none());
            assert_eq!(got, expected_from(&all, from), "{policy} from {from}");
        }
    }
}

#[test]
fn a_marks_only_first_batch_then_reopen_and_append() {
    for policy in ALL_POLICIES {
        for segment_bytes in [None, Some(1)] {
            let what = format!("{policy}, segments of {segment_bytes:?} bytes");
            let dir = tempfile::tempdir().unwrap();
            let mut script = Script::default();
            let marks = script.batch("KKK");
            let w = write_entries(
                dir.path(),
                policy,
                segment_bytes,
                std::slice::from_ref(&marks),
            );
            assert_eq!(w.next_in_seq(), 1);
            drop(w);
            assert!(marks.iter().all(|e| e.record.in_seq.get() == 0));
            assert_eq!(
                segment_files(dir.path()),
                [dir.path().join(segment_file_name(1))]
            );
            assert_eq!(read_all(dir.path()), marks);
            assert!(read_from(dir.path(), 2).0.is_empty());
            let v = check_verify(dir.path(), &marks);
            assert_eq!(
                (v.entries, v.marks, v.first_in_seq, v.last_in_seq),
                (0, 3, 0, 0)
            );
            let s = &v.segments[0];
            assert_eq!(
                (s.first_in_seq, s.last_in_seq, s.entries, s.marks),
                (1, 0, 0, 3)
            );

            // Reopen a journal whose only segment holds only marks.
            let (mut w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
            assert_eq!(
                (
                    report.segments,
                    report.entries,
                    report.marks,
                    report.last_in_seq
                ),
                (1, 0, 3, 0),
                "{what}"
            );
            assert_eq!(report.cut_tail, None);
            assert_eq!(w.next_in_seq(), 1);
            if let Some(b) = segment_bytes {
                w = w.with_segment_bytes(b);
            }
            let mut all = marks;
            // More marks, then a first message: all in the first segment, however small the
            // segment size (a new one would be named 1 again).
            for pattern in ["KK", "MK"] {
                let batch = script.batch(pattern);
                w.append_batch(&batch).unwrap();
                all.extend(batch);
                assert_eq!(segment_files(dir.path()).len(), 1, "{what} after {pattern}");
            }
            assert_eq!(w.next_in_seq(), 2);
            // Now the first segment holds a message: the next message may roll.
            for pattern in ["M", "KK", "MM", "K"] {
                let batch = script.batch(pattern);
                w.append_batch(&batch).unwrap();
                all.extend(batch);
            }
            drop(w);
            let expected_segments = match (segment_bytes, policy) {
                (None, _) => 1,
                // Segments 1, 2, then 3 for the batch MM, or 3 and 4 for each of its frames.
                (Some(_), FsyncPolicy::Every) => 4,
                (Some(_), _) => 3,
            };
            assert_eq!(segment_files(dir.path()).len(), expected_segments, "{what}");
            assert_eq!(read_all(dir.path()), all, "{what}");
            check_verify(dir.path(), &all);
            check_every_from(dir.path(), &all, &what);

            let (mut w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
            assert_eq!((report.entries, report.marks), count_kinds(&all));
            let batch = script.batch("KMK");
            w.append_batch(&batch).unwrap();
            drop(w);
            all.extend(batch);
            assert_eq!(read_all(dir.path()), all, "{what}");
            check_verify(dir.path(), &all);
        }
    }
}

#[test]
fn marks_only_batches_never_roll_the_segment() {
    for policy in ALL_POLICIES {
        let dir = tempfile::tempdir().unwrap();
        let mut script = Script::default();
        let batches = script_batches(&mut script, &["M", "KKKK", "K", "KK", "M", "KKK"]);
        let all = batches.concat();
        drop(write_entries(dir.path(), policy, Some(1), &batches));
        // Over the limit from the first frame on, yet the marks stay with their message.
        let v = check_verify(dir.path(), &all);
        let counts: Vec<(u64, u64, u64)> = v
            .segments
            .iter()
            .map(|s| (s.first_in_seq, s.entries, s.marks))
            .collect();
        assert_eq!(counts, [(1, 1, 7), (2, 1, 3)], "{policy}");
        assert_eq!(read_all(dir.path()), all);
    }
}

fn assert_sequence(result: Result<(), JournalError>, expected: u64, got: u64) {
    match result {
        Err(JournalError::Sequence {
            expected: e,
            got: g,
        }) => assert_eq!((e, g), (expected, got)),
        other => panic!("expected Sequence {{ {expected}, {got} }}, got {other:?}"),
    }
}

#[test]
fn misnumbered_marks_and_messages_are_refused_and_write_nothing() {
    for policy in ALL_POLICIES {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, _) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();

        // In an empty journal a mark carries 0.
        assert_sequence(w.append_batch(&[mark(1, 0)]), 0, 1);
        assert!(segment_files(dir.path()).is_empty(), "{policy}");

        let mut script = Script::default();
        let mut all = script.batch("KMM");
        w.append_batch(&all).unwrap();
        assert_eq!(w.next_in_seq(), 3);
        let seg = dir.path().join(segment_file_name(1));
        let len = std::fs::metadata(&seg).unwrap().len();

        // A mark with the next in_seq rather than the last message's.
        assert_sequence(w.append_batch(&[mark(3, 9)]), 2, 3);
        // A mark ahead of the journal.
        assert_sequence(w.append_batch(&[mark(5, 9)]), 2, 5);
        // A mark behind it.
        assert_sequence(w.append_batch(&[mark(1, 9)]), 2, 1);
        // A message after marks, numbered as if the marks had taken in_seq.
        assert_sequence(w.append_batch(&[mark(2, 9), mark(2, 10), entry(5)]), 3, 5);
        assert_sequence(w.append_batch(&[mark(2, 9), entry(4)]), 3, 4);
        // A good message, then a mark that does not follow it: nothing of the batch is written.
        assert_sequence(w.append_batch(&[entry(3), mark(2, 9)]), 3, 2);
        assert_sequence(w.append_batch(&[entry(3), mark(3, 9), entry(3)]), 4, 3);
        // A message carrying the in_seq of the mark before it.
        assert_sequence(w.append_batch(&[mark(2, 9), entry(2)]), 3, 2);
        assert_eq!(std::fs::metadata(&seg).unwrap().len(), len, "{policy}");
        assert_eq!(w.next_in_seq(), 3);

        // The writer is still usable and the journal holds exactly what was accepted.
        let more = script.batch("KKMKM");
        w.append_batch(&more).unwrap();
        drop(w);
        all.extend(more);
        assert_eq!(read_all(dir.path()), all, "{policy}");
    }
}

#[test]
fn the_sequence_error_says_what_the_mark_should_carry() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = write_batches(dir.path(), FsyncPolicy::Batch, None, &[2]);
    let err = w.append_batch(&[mark(3, 0)]).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("expected in_seq 2, got 3"), "{message}");
}
