//! engine-sw throughput on each `gen` profile: 1M messages of the default venue.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_formats::default_venue;

const MESSAGES: usize = 1_000_000;

fn profiles(c: &mut Criterion) {
    let venue = default_venue();
    let mut group = c.benchmark_group("engine_sw_1M");
    group.throughput(Throughput::Elements(MESSAGES as u64));
    group.sample_size(10);
    for profile in Profile::ALL
        .into_iter()
        .filter(|p| !p.has_marks() && *p != Profile::Deep)
    {
        let records: Vec<_> = generate(&venue, profile, 1, MESSAGES)
            .expect("default venue generates")
            .iter()
            .enumerate()
            .map(|(i, m)| m.encode(i as u64 + 1))
            .collect();
        group.bench_function(profile.name(), |b| {
            b.iter_batched_ref(
                || {
                    (
                        Engine::new(&venue).expect("valid venue"),
                        Vec::with_capacity(4096),
                    )
                },
                |(engine, reports)| {
                    for record in &records {
                        reports.clear();
                        engine.process(record, reports);
                    }
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, profiles);
}

criterion_main!(group::benches);
