//! A generated order flow through the host driver to the Verilated card (shell and pipeline,
//! DMA reads answered after 560 ns of simulated time) and back: messages per second of the
//! whole simulated system, bound by the simulator's speed. Each sample runs on a freshly
//! reset card (the reset and the configuration are not timed).
//!
//! `cargo bench -p gatebook-sim --bench card_platform`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gatebook_wire::Backend;
use host_driver::{CardConfig, DriverBackend};
use sim::{CardSimPlatform, SimShell};
use std::hint::black_box;

/// Messages in the measured flow.
const MESSAGES: usize = 5_000;

fn card_sim_end_to_end(c: &mut Criterion) {
    if !SimShell::available() {
        eprintln!("skipped: this build has no Verilated card");
        return;
    }
    let venue = gatebook_formats::default_venue();
    let flow = crosscheck::flow(&venue, flowgen::Profile::Mixed, 1, MESSAGES);
    let mut group = c.benchmark_group("card_sim_end_to_end");
    group.sample_size(10);
    group.throughput(Throughput::Elements(flow.len() as u64));
    group.bench_function("mixed_5000", |b| {
        b.iter_batched(
            || {
                let platform = CardSimPlatform::new().expect("the Verilated card");
                DriverBackend::new(platform, &venue, CardConfig::default()).expect("bring-up")
            },
            |mut backend| black_box(backend.run_all(&flow).len()),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, card_sim_end_to_end);
}

criterion_main!(group::benches);
