//! The same add/cancel/market tape through engine-sw, `lobster` and `orderbook-rs`, in one run.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use gatebook_bench::{tape, GatebookBook, LobsterBook, OrderbookRsBook, TapeBook, TapeOp};

const TAPE_OPS: usize = 1_000_000;

fn run_tape<B: TapeBook + Default>(
    c: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    tape: &[TapeOp],
) {
    let input = B::prepare(tape);
    let name = B::default().name();
    c.bench_function(name, |b| {
        b.iter_batched_ref(
            B::default,
            |book| {
                for op in &input {
                    book.run(op);
                }
            },
            BatchSize::PerIteration,
        )
    });
}

fn peers(c: &mut Criterion) {
    let tape = tape(TAPE_OPS, 7);
    let mut group = c.benchmark_group("tape_1M");
    group.throughput(Throughput::Elements(TAPE_OPS as u64));
    group.sample_size(10);
    run_tape::<GatebookBook>(&mut group, &tape);
    run_tape::<LobsterBook>(&mut group, &tape);
    run_tape::<OrderbookRsBook>(&mut group, &tape);
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, peers);
}

criterion_main!(group::benches);
