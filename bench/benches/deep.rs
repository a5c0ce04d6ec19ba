//! engine-sw on the deep profile (2M messages of `flowgen::deep_venue`), and engine-sw beside
//! its predecessor (`gatebook_bench::baseline`) on every flow: both engines in one run, on
//! the same records, so the ratio is measured side by side.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use flowgen::Profile;
use gatebook_bench::{baseline, profile_records, tape, GatebookBook, TapeBook};
use gatebook_formats::default_venue;
use gatebook_wire::{Backend, OrderRecord, ReportRecord, VenueConfig};

const DEEP_MESSAGES: usize = 2_000_000;
const MESSAGES: usize = 1_000_000;

type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

fn run_on<E: Backend>(
    group: &mut Group<'_>,
    name: &str,
    build: impl Fn() -> E,
    records: &[OrderRecord],
) {
    group.bench_function(name, |b| {
        b.iter_batched_ref(
            || (build(), Vec::<ReportRecord>::with_capacity(4096)),
            |(engine, reports)| {
                for record in records {
                    reports.clear();
                    engine.process(record, reports);
                }
            },
            BatchSize::PerIteration,
        )
    });
}

fn both(group: &mut Group<'_>, prefix: &str, venue: &VenueConfig, records: &[OrderRecord]) {
    run_on(
        group,
        &format!("{prefix}engine-sw"),
        || engine_sw::Engine::new(venue).expect("valid venue"),
        records,
    );
    run_on(
        group,
        &format!("{prefix}predecessor"),
        || baseline::Engine::new(venue).expect("valid venue"),
        records,
    );
}

fn deep(c: &mut Criterion) {
    let venue = flowgen::deep_venue();
    let records = profile_records(&venue, Profile::Deep, 1, DEEP_MESSAGES);
    let mut group = c.benchmark_group("deep_2M");
    group.throughput(Throughput::Elements(DEEP_MESSAGES as u64));
    group.sample_size(10);
    both(&mut group, "", &venue, &records);
    group.finish();
}

fn side_by_side(c: &mut Criterion) {
    let venue = default_venue();
    let mut group = c.benchmark_group("side_by_side_1M");
    group.throughput(Throughput::Elements(MESSAGES as u64));
    group.sample_size(10);
    for profile in [Profile::Makers, Profile::Takers, Profile::Stress] {
        let records = profile_records(&venue, profile, 1, MESSAGES);
        both(
            &mut group,
            &format!("{}/", profile.name()),
            &venue,
            &records,
        );
    }
    let tape_records = GatebookBook::prepare(&tape(MESSAGES, 7));
    both(
        &mut group,
        "tape/",
        &gatebook_bench::tape_venue(),
        &tape_records,
    );
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, deep, side_by_side);
}

criterion_main!(group::benches);
