//! Driver cost per message on the loopback card, batched 1, 8 and 32 records per doorbell.
//!
//! Behind the rings is the echo card (one ACK per record, no matching), so no engine is
//! measured. `driver_and_loopback` times the whole round trip: the host driver's work
//! (copying records into the submission ring, the SQ_TAIL doorbell, watching completion
//! marks, copying reports out, the CQ_HEAD doorbell) plus the loopback card's own software
//! (fetching lines, writing completions and status lines), an upper bound. `driver_only`
//! times the driver's calls alone, the card running untimed in between. On a real card the
//! card's half is hardware, and the doorbells are posted PCIe writes instead of calls.
//!
//! The same driver over the Verilated card is measured in `sim/benches/card_platform.rs`.
//!
//! `cargo bench -p gatebook-host --bench driver`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gatebook_wire::le::U64;
use gatebook_wire::{OrderRecord, ReportRecord};
use host_driver::{Card, CardConfig, LoopbackConfig, LoopbackPlatform, Pace};
use std::hint::black_box;
use std::time::{Duration, Instant};

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

fn open(pace: Pace) -> Card<LoopbackPlatform> {
    let platform = LoopbackPlatform::echo(LoopbackConfig {
        pace,
        max_burst: 32,
        fifo_depth: 64,
        ..LoopbackConfig::default()
    })
    .expect("the loopback card");
    Card::open(
        platform,
        CardConfig {
            sq_log2: 8,
            cq_log2: 8,
            ..CardConfig::default()
        },
    )
    .expect("bring-up")
}

/// The round trip: submit a batch (the card runs on the doorbell), poll its reports.
/// Driver and software card together.
fn round_trip(c: &mut Criterion) {
    let mut group = c.benchmark_group("driver_and_loopback");
    for batch in [1usize, 8, 32] {
        let mut card = open(Pace::TO_IDLE);
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

/// The driver alone: the card does nothing on doorbells and runs to idle in `wait`, which
/// is left out of the timing; only `try_submit` (copy, doorbell) and `poll` (marks, copy
/// out, doorbell) are timed, with two pairs of clock reads per batch (`timer_pairs`
/// measures them).
fn driver_only(c: &mut Criterion) {
    let mut group = c.benchmark_group("driver_only");
    for batch in [1usize, 8, 32] {
        let mut card = open(Pace {
            on_doorbell: 0,
            per_wait: u32::MAX,
        });
        let input = records(batch);
        let mut reports: Vec<ReportRecord> = Vec::with_capacity(1024);
        group.throughput(Throughput::Elements(batch as u64));
        group.bench_function(format!("batch_{batch}"), |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    reports.clear();
                    let start = Instant::now();
                    let n = card.try_submit(black_box(&input)).expect("submit");
                    timed += start.elapsed();
                    assert_eq!(n, batch, "the ring had room");
                    card.wait();
                    let start = Instant::now();
                    card.poll(&mut reports).expect("poll");
                    timed += start.elapsed();
                    assert_eq!(reports.len(), batch, "the card answered every record");
                    black_box(&reports);
                }
                timed
            })
        });
    }
    group.bench_function("timer_pairs", |b| {
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                timed += black_box(start).elapsed();
                let start = Instant::now();
                timed += black_box(start).elapsed();
            }
            timed
        })
    });
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group! {
        name = benches;
        config = Criterion::default()
            .sample_size(30)
            .warm_up_time(std::time::Duration::from_secs(1))
            .measurement_time(std::time::Duration::from_secs(3));
        targets = round_trip, driver_only
    }
}

criterion_main!(group::benches);
