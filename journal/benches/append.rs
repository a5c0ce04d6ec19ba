//! Journal append rate per fsync policy: batches of 1, 64 and 1024 entries appended to a
//! fresh journal in a temporary directory. Throughput is in entries (messages) per second.
//! `cargo bench -p gatebook-journal`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gatebook_journal::{FsyncPolicy, JournalEntry, JournalIdentity, JournalWriter};
use gatebook_wire::{le, Message, NewOrder, OrdType, Side, Tif};
use std::time::Duration;

fn entry(in_seq: u64) -> JournalEntry {
    let mut record = Message::New(NewOrder {
        account: (in_seq % 64) as u32,
        instrument: (in_seq % 16) as u16,
        cl_ord_id: in_seq,
        side: if in_seq & 1 == 0 {
            Side::Buy
        } else {
            Side::Sell
        },
        ord_type: OrdType::Limit,
        tif: Tif::Gtc,
        price: 1500,
        qty: 10,
        post_only: false,
        stp: None,
    })
    .encode(in_seq);
    record.in_seq = le::U64::new(in_seq);
    JournalEntry::message(7, record)
}

fn append(c: &mut Criterion) {
    let identity = JournalIdentity {
        venue_digest: [1; 32],
        build: "bench".into(),
    };
    let mut group = c.benchmark_group("journal_append");
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(20);
    for policy in [FsyncPolicy::None, FsyncPolicy::Batch, FsyncPolicy::Every] {
        for batch in [1usize, 64, 1024] {
            if policy == FsyncPolicy::Every && batch > 64 {
                continue; // one sync per entry: the batch size changes nothing
            }
            group.throughput(Throughput::Elements(batch as u64));
            let dir = tempfile::tempdir().expect("temporary directory");
            let (mut writer, _) =
                JournalWriter::open(dir.path(), &identity, policy).expect("journal opens");
            let mut entries = Vec::with_capacity(batch);
            group.bench_with_input(
                BenchmarkId::new(policy.as_str(), batch),
                &batch,
                |b, &batch| {
                    b.iter(|| {
                        let next = writer.next_in_seq();
                        entries.clear();
                        entries.extend((0..batch as u64).map(|i| entry(next + i)));
                        writer.append_batch(&entries).expect("append");
                    })
                },
            );
        }
    }
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, append);
}

criterion_main!(group::benches);
