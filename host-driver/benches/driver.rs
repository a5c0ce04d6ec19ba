//! Driver cost per message on the loopback card, batched 1, 8 and 32 records per doorbell.
//!
//! Behind the rings is the echo card (one ACK per record, no matching), so the figure is the
//! host driver's work (copying records into the submission ring, the SQ_TAIL doorbell,
//! watching completion marks, copying reports out, the CQ_HEAD doorbell) plus the loopback
//! card's own software (fetching lines, writing completions and status lines). It is an
//! upper bound of the driver's cost: on a real card the second half is hardware, and the
//! doorbells are posted PCIe writes instead of function calls.
//!
//! `cargo bench -p gatebook-host --bench driver`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gatebook_wire::le::U64;
use gatebook_wire::{OrderRecord, ReportRecord};
use host_driver::{Card, CardConfig, LoopbackConfig, LoopbackPlatform, Pace};
use std::hint::black_box;

fn records(n: usize) -> Vec<OrderRecord> {
    (0..n as u64)
        .map(|i| {
            let mut record = OrderRecord::new(1);
            record.in_seq = U64::new(i + 1);
            record.cl_ord_id = U64::new(i + 1);
            record
        })
        .collect()
}

fn driver(c: &mut Criterion) {
    let mut group = c.benchmark_group("driver_loopback_echo");
    for batch in [1usize, 8, 32] {
        let platform = LoopbackPlatform::echo(LoopbackConfig {
            pace: Pace::TO_IDLE,
            max_burst: 32,
            fifo_depth: 64,
            ..LoopbackConfig::default()
        })
        .expect("the loopback card");
        let mut card = Card::open(
            platform,
            CardConfig {
                sq_log2: 8,
                cq_log2: 8,
                ..CardConfig::default()
            },
        )
        .expect("bring-up");
        let input = records(batch);
        let mut reports: Vec<ReportRecord> = Vec::with_capacity(1024);
        group.throughput(Throughput::Elements(batch as u64));
        group.bench_function(format!("batch_{batch}"), |b| {
            b.iter(|| {
                reports.clear();
                card.submit(black_box(&input)).expect("submit");
                while reports.len() < batch {
                    if card.poll(&mut reports).expect("poll") == 0 {
                        card.wait();
                    }
                }
                black_box(&reports);
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = driver
}
criterion_main!(benches);
