//! Whatever a crash or a bad disk does to the files, the reader returns a prefix of what was
//! written (messages and marks) and never an entry that was not; and reading from any in_seq
//! yields exactly the documented suffix.

mod common;

use common::*;
use gatebook_journal::{verify, FsyncPolicy, JournalEntry, JournalWriter};
use proptest::prelude::*;
use std::path::PathBuf;

/// The state after one append: the newest segment, its length, and entries (messages and
/// marks) so far.
#[derive(Debug, Clone)]
struct Checkpoint {
    file: PathBuf,
    len: u64,
    entries: u64,
}

fn policy(i: usize) -> FsyncPolicy {
    ALL_POLICIES[i % ALL_POLICIES.len()]
}

/// Writes batches of the given kinds (`true` a mark), recording a checkpoint after each;
/// returns the checkpoints, everything written, and the script to continue it.
fn write(
    dir: &std::path::Path,
    policy: FsyncPolicy,
    segment_bytes: Option<u64>,
    batches: &[Vec<bool>],
) -> (Vec<Checkpoint>, Vec<JournalEntry>, Script) {
    let (mut w, _) = JournalWriter::open(dir, &identity(), policy).unwrap();
    if let Some(b) = segment_bytes {
        w = w.with_segment_bytes(b);
    }
    let mut script = Script::default();
    let mut all = Vec::new();
    let mut checkpoints = Vec::new();
    for kinds in batches {
        let batch = script.batch_of(kinds);
        w.append_batch(&batch).unwrap();
        all.extend(batch);
        assert_eq!(w.next_in_seq(), script.next);
        let file = segment_files(dir).pop().unwrap();
        let len = std::fs::metadata(&file).unwrap().len();
        checkpoints.push(Checkpoint {
            file,
            len,
            entries: all.len() as u64,
        });
    }
    (checkpoints, all, script)
}

/// Batches of 1 to 39 entries, about a third of them marks, and some batches of marks only.
fn batches(max: usize) -> impl Strategy<Value = Vec<Vec<bool>>> {
    let batch = prop_oneof![
        4 => prop::collection::vec(prop::bool::weighted(0.35), 1..40),
        1 => prop::collection::vec(Just(true), 1..6),
    ];
    prop::collection::vec(batch, 1..max)
}

fn segment_bytes() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![Just(None), (150u64..4000).prop_map(Some)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn truncation_leaves_exactly_the_whole_frames_before_it(
        batches in batches(12),
        policy_index in 0usize..3,
        segment_bytes in segment_bytes(),
        cut_fraction in 0.0f64..=1.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let policy = policy(policy_index);
        let (checkpoints, all, _) = write(dir.path(), policy, segment_bytes, &batches);
        let newest = segment_files(dir.path()).pop().unwrap();
        let len = std::fs::metadata(&newest).unwrap().len();
        let cut = ((len as f64) * cut_fraction) as u64;
        std::fs::OpenOptions::new().write(true).open(&newest).unwrap().set_len(cut).unwrap();

        let (got, error, _) = read_from(dir.path(), 1);
        prop_assert!(error.is_none(), "{:?}", error);
        let k = got.len() as u64;
        prop_assert_eq!(&got[..], &all[..k as usize]);

        // Everything durable before the newest segment was touched is still there...
        let before_newest = checkpoints
            .iter()
            .filter(|c| c.file != newest)
            .map(|c| c.entries)
            .max()
            .unwrap_or(0);
        prop_assert!(k >= before_newest);
        // ...and so is every append that ended at or before the cut...
        for c in checkpoints.iter().filter(|c| c.file == newest) {
            if c.len <= cut {
                prop_assert!(k >= c.entries, "cut {} after checkpoint {:?}, read {}", cut, c, k);
            } else {
                prop_assert!(k < c.entries, "cut {} before the end of {:?}, read {}", cut, c, k);
            }
        }

        // The writer agrees, cuts what is torn and continues after the last whole entry.
        let prefix = &all[..k as usize];
        let (messages, marks) = count_kinds(prefix);
        let (mut w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
        prop_assert_eq!((report.entries, report.marks), (messages, marks));
        prop_assert_eq!(w.next_in_seq(), messages + 1);
        let mut script = Script { next: messages + 1, marks: 1000 };
        let more = script.batch("KMMK");
        w.append_batch(&more).unwrap();
        drop(w);
        let expected = [prefix, &more[..]].concat();
        prop_assert_eq!(read_all(dir.path()), expected);
        let v = verify(dir.path()).unwrap();
        prop_assert!(v.torn_tail.is_none());
        prop_assert_eq!((v.last_in_seq, v.entries, v.marks), (messages + 2, messages + 2, marks + 2));
    }

    #[test]
    fn a_damaged_byte_never_yields_a_wrong_entry(
        batches in batches(10),
        policy_index in 0usize..3,
        segment_bytes in segment_bytes(),
        file_fraction in 0.0f64..1.0,
        byte_fraction in 0.0f64..1.0,
        mask in 1u8..=255,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let (_, all, _) = write(dir.path(), policy(policy_index), segment_bytes, &batches);
        let total = all.len() as u64;
        let files = segment_files(dir.path());
        let file = &files[((files.len() as f64) * file_fraction) as usize];
        let mut bytes = std::fs::read(file).unwrap();
        let at = ((bytes.len() as f64) * byte_fraction) as usize;
        bytes[at] ^= mask;
        std::fs::write(file, &bytes).unwrap();

        let (got, error, torn) = read_prefix(dir.path());
        let k = got.len() as u64;
        prop_assert_eq!(&got[..], &all[..k as usize]);
        prop_assert!(k < total, "a damaged byte went unnoticed");
        // It stopped either at a torn tail of the newest segment or with an error.
        prop_assert!(error.is_some() != torn.is_some());
        if torn.is_some() {
            prop_assert_eq!(file, files.last().unwrap());
        }

        match JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Batch) {
            Ok((_, report)) => {
                prop_assert!(error.is_none());
                prop_assert_eq!((report.entries, report.marks), count_kinds(&got));
                prop_assert_eq!(read_all(dir.path()), got);
            }
            Err(_) => prop_assert!(error.is_some()),
        }
    }

    #[test]
    fn reading_from_any_in_seq_yields_the_entries_after_the_message_before_it(
        batches in batches(12),
        policy_index in 0usize..3,
        segment_bytes in segment_bytes(),
        from_fraction in 0.0f64..=1.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let (_, all, script) = write(dir.path(), policy(policy_index), segment_bytes, &batches);
        prop_assert_eq!(read_all(dir.path()), all.clone());
        let v = verify(dir.path()).unwrap();
        let (messages, marks) = count_kinds(&all);
        prop_assert_eq!((v.entries, v.marks, v.last_in_seq), (messages, marks, messages));
        prop_assert_eq!(script.next, messages + 1);
        // Segment names are unique and every segment but the newest holds a message.
        for pair in v.segments.windows(2) {
            prop_assert!(pair[0].entries > 0 && pair[0].first_in_seq < pair[1].first_in_seq);
        }
        let from = ((messages + 2) as f64 * from_fraction) as u64;
        for from in [from, from + 1] {
            let (got, error, _) = read_from(dir.path(), from);
            prop_assert!(error.is_none(), "{:?}", error);
            prop_assert_eq!(got, expected_from(&all, from), "from {}", from);
        }
    }
}
