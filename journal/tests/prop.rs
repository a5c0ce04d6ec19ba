//! Whatever a crash or a bad disk does to the files, the reader returns a prefix of what was
//! written and never an entry that was not.

mod common;

use common::*;
use gatebook_journal::{verify, FsyncPolicy, JournalWriter};
use proptest::prelude::*;
use std::path::PathBuf;

/// The state after one append: the newest segment, its length, and entries so far.
#[derive(Debug, Clone)]
struct Checkpoint {
    file: PathBuf,
    len: u64,
    entries: u64,
}

fn policy(i: usize) -> FsyncPolicy {
    ALL_POLICIES[i % ALL_POLICIES.len()]
}

/// Writes the batches, recording a checkpoint after each.
fn write(
    dir: &std::path::Path,
    policy: FsyncPolicy,
    segment_bytes: Option<u64>,
    sizes: &[usize],
) -> Vec<Checkpoint> {
    let (mut w, _) = JournalWriter::open(dir, &identity(), policy).unwrap();
    if let Some(b) = segment_bytes {
        w = w.with_segment_bytes(b);
    }
    let mut checkpoints = Vec::new();
    for &n in sizes {
        w.append_batch(&entries(w.next_in_seq(), n)).unwrap();
        let file = segment_files(dir).pop().unwrap();
        let len = std::fs::metadata(&file).unwrap().len();
        checkpoints.push(Checkpoint {
            file,
            len,
            entries: w.next_in_seq() - 1,
        });
    }
    checkpoints
}

fn segment_bytes() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![Just(None), (150u64..4000).prop_map(Some)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn truncation_leaves_exactly_the_whole_frames_before_it(
        sizes in prop::collection::vec(1usize..40, 1..12),
        policy_index in 0usize..3,
        segment_bytes in segment_bytes(),
        cut_fraction in 0.0f64..=1.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let policy = policy(policy_index);
        let checkpoints = write(dir.path(), policy, segment_bytes, &sizes);
        let newest = segment_files(dir.path()).pop().unwrap();
        let len = std::fs::metadata(&newest).unwrap().len();
        let cut = ((len as f64) * cut_fraction) as u64;
        std::fs::OpenOptions::new().write(true).open(&newest).unwrap().set_len(cut).unwrap();

        let (got, error, _) = read_from(dir.path(), 1);
        prop_assert!(error.is_none(), "{:?}", error);
        let k = got.len() as u64;
        prop_assert_eq!(&got, &entries(1, k as usize));

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
        let (mut w, report) = JournalWriter::open(dir.path(), &identity(), policy).unwrap();
        prop_assert_eq!(report.entries, k);
        prop_assert_eq!(w.next_in_seq(), k + 1);
        w.append_batch(&entries(k + 1, 3)).unwrap();
        drop(w);
        prop_assert_eq!(read_all(dir.path()), entries(1, k as usize + 3));
        let v = verify(dir.path()).unwrap();
        prop_assert!(v.torn_tail.is_none());
        prop_assert_eq!(v.last_in_seq, k + 3);
    }

    #[test]
    fn a_damaged_byte_never_yields_a_wrong_entry(
        sizes in prop::collection::vec(1usize..40, 1..10),
        policy_index in 0usize..3,
        segment_bytes in segment_bytes(),
        file_fraction in 0.0f64..1.0,
        byte_fraction in 0.0f64..1.0,
        mask in 1u8..=255,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let total: u64 = sizes.iter().map(|&n| n as u64).sum();
        write(dir.path(), policy(policy_index), segment_bytes, &sizes);
        let files = segment_files(dir.path());
        let file = &files[((files.len() as f64) * file_fraction) as usize];
        let mut bytes = std::fs::read(file).unwrap();
        let at = ((bytes.len() as f64) * byte_fraction) as usize;
        bytes[at] ^= mask;
        std::fs::write(file, &bytes).unwrap();

        let (got, error, torn) = read_prefix(dir.path());
        let k = got.len() as u64;
        prop_assert_eq!(&got, &entries(1, k as usize));
        prop_assert!(k < total, "a damaged byte went unnoticed");
        // It stopped either at a torn tail of the newest segment or with an error.
        prop_assert!(error.is_some() != torn.is_some());
        if torn.is_some() {
            prop_assert_eq!(file, files.last().unwrap());
        }

        match JournalWriter::open(dir.path(), &identity(), FsyncPolicy::Batch) {
            Ok((_, report)) => {
                prop_assert!(error.is_none());
                prop_assert_eq!(report.entries, k);
                prop_assert_eq!(read_all(dir.path()), entries(1, k as usize));
            }
            Err(_) => prop_assert!(error.is_some()),
        }
    }
}
