//! A reader opened while the writer appends sees a prefix of the journal: never an error,
//! never a partial frame, never an entry (message or mark) out of place.

mod common;

use common::*;
use gatebook_journal::{verify, FsyncPolicy, JournalEntry, JournalReader, JournalWriter};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const TOTAL: u64 = 4000;

/// The batches the writer appends: sizes cycling from 1 to 23, about a quarter of the entries
/// marks, every seventh batch marks only; about `TOTAL` messages in all.
fn script() -> Vec<Vec<JournalEntry>> {
    let mut script = Script::default();
    let mut batches = Vec::new();
    let mut i = 0usize;
    while script.next <= TOTAL {
        let kinds: Vec<bool> = if i % 7 == 3 {
            vec![true; i % 3 + 1]
        } else {
            (0..i % 23 + 1).map(|j| (i + j).is_multiple_of(4)).collect()
        };
        batches.push(script.batch_of(&kinds));
        i += 1;
    }
    batches
}

fn run(policy: FsyncPolicy) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let done = Arc::new(AtomicBool::new(false));
    let batches = script();
    let all: Vec<JournalEntry> = batches.concat();

    let writer = {
        let path = path.clone();
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let (w, _) = JournalWriter::open(&path, &identity(), policy).unwrap();
            let mut w = w.with_segment_bytes(8000);
            for batch in &batches {
                w.append_batch(batch).unwrap();
            }
            w.sync().unwrap();
            done.store(true, Ordering::SeqCst);
        })
    };

    let mut seen = 0usize;
    let mut reads = 0;
    loop {
        let finished = done.load(Ordering::SeqCst);

        // From the start: a prefix at least as long as the last one seen.
        let (got, error, _) = read_prefix(&path);
        assert!(error.is_none(), "{policy}: {error:?}");
        let k = got.len();
        assert_eq!(got, all[..k], "{policy}");
        assert!(k >= seen, "{policy}: read {k} after {seen}");

        // Following: only what came after the last message read (the marks after it again).
        let (messages, _) = count_kinds(&got);
        let suffix = expected_from(&all, messages + 1);
        let start = all.len() - suffix.len();
        assert!(
            start <= k,
            "{policy}: the follower starts within what was read"
        );
        let follower = JournalReader::open(&path, messages + 1).unwrap();
        let mut n = 0;
        for item in follower {
            let entry = item.unwrap_or_else(|e| panic!("{policy}: {e}"));
            assert_eq!(entry, suffix[n], "{policy}");
            n += 1;
        }
        seen = start + n;
        assert!(
            seen >= k,
            "{policy}: the follower saw at least up to the prefix"
        );
        reads += 1;
        if finished {
            break;
        }
    }
    writer.join().unwrap();

    assert_eq!(
        seen,
        all.len(),
        "{policy}: the last read, after the writer finished, sees everything"
    );
    assert!(reads > 1);
    assert_eq!(read_all(&path), all);
    let v = verify(&path).unwrap();
    assert!(v.torn_tail.is_none());
    assert_eq!((v.entries, v.marks), count_kinds(&all));
    assert!(v.segments.len() > 10);
}

#[test]
fn readers_see_a_prefix_while_the_writer_appends_batches() {
    run(FsyncPolicy::None);
}

#[test]
fn readers_see_a_prefix_while_the_writer_syncs_each_batch() {
    run(FsyncPolicy::Batch);
}

#[test]
fn readers_see_a_prefix_while_the_writer_syncs_each_entry() {
    run(FsyncPolicy::Every);
}
