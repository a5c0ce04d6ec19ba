//! A reader opened while the writer appends sees a prefix of the journal: never an error,
//! never a partial frame, never an entry out of place.

mod common;

use common::*;
use gatebook_journal::{verify, FsyncPolicy, JournalReader, JournalWriter};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const TOTAL: u64 = 4000;

fn run(policy: FsyncPolicy) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let done = Arc::new(AtomicBool::new(false));

    let writer = {
        let path = path.clone();
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let (w, _) = JournalWriter::open(&path, &identity(), policy).unwrap();
            let mut w = w.with_segment_bytes(8000);
            let mut size = 1;
            while w.next_in_seq() <= TOTAL {
                let n = size.min((TOTAL + 1 - w.next_in_seq()) as usize);
                w.append_batch(&entries(w.next_in_seq(), n)).unwrap();
                size = size % 23 + 1;
            }
            w.sync().unwrap();
            done.store(true, Ordering::SeqCst);
        })
    };

    let mut seen = 0u64;
    let mut reads = 0;
    loop {
        let finished = done.load(Ordering::SeqCst);

        // From the start: a prefix at least as long as the last one seen.
        let (got, error, _) = read_prefix(&path);
        assert!(error.is_none(), "{policy}: {error:?}");
        let k = got.len() as u64;
        assert_eq!(got, entries(1, k as usize), "{policy}");
        assert!(k >= seen, "{policy}: read {k} after {seen}");

        // Following: only what came after.
        let follower = JournalReader::open(&path, k + 1).unwrap();
        let mut next = k + 1;
        for item in follower {
            let entry = item.unwrap_or_else(|e| panic!("{policy}: {e}"));
            assert_eq!(entry, common::entry(next));
            next += 1;
        }
        seen = next - 1;
        reads += 1;
        if finished {
            break;
        }
    }
    writer.join().unwrap();

    assert_eq!(
        seen, TOTAL,
        "{policy}: the last read, after the writer finished, sees everything"
    );
    assert!(reads > 1);
    assert_eq!(read_all(&path), entries(1, TOTAL as usize));
    let v = verify(&path).unwrap();
    assert!(v.torn_tail.is_none());
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
