//! Import speed of each format on the shared real-data samples, in input messages per second.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::lobster::{self, LobsterOptions};
use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::SymbolSelection;

fn sample(relative: &str) -> Option<Vec<u8>> {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/")).join(relative);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            eprintln!("note: sample {} not found; skipping", path.display());
            None
        }
    }
}

fn lobster_import(c: &mut Criterion) {
    let (Some(messages), Some(book)) = (
        sample("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv"),
        sample("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv"),
    ) else {
        return;
    };
    let options = LobsterOptions {
        symbol: "AAPL".into(),
        messages_name: "message.csv".into(),
        orderbook_name: "orderbook.csv".into(),
        sync_to_orderbook: true,
    };
    let n = lobster::import(&messages, Some(&book), &options)
        .unwrap()
        .flow
        .stats
        .messages_read;
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(n));
    group.bench_function("lobster_aapl_999", |b| {
        b.iter(|| lobster::import(&messages, Some(&book), &options).unwrap())
    });
    group.finish();
}

fn dbn_import(c: &mut Criterion) {
    let Some(bytes) = sample("cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst") else {
        return;
    };
    let options = DbnOptions {
        name: "esh4.mbo.dbn.zst".into(),
        symbols: SymbolSelection::MostActive(1),
    };
    let n = mbo::import(&bytes, &options)
        .unwrap()
        .flow
        .stats
        .messages_read;
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n));
    group.bench_function("dbn_esh4_68792", |b| {
        b.iter(|| mbo::import(&bytes, &options).unwrap())
    });
    group.finish();
}

fn itch_import(c: &mut Criterion) {
    let Some(bytes) = sample("itch/smoke.itch.gz") else {
        return;
    };
    let options = ItchOptions {
        name: "smoke.itch.gz".into(),
        symbols: SymbolSelection::MostActive(8),
    };
    let n = itch::import(&bytes, &options)
        .unwrap()
        .flow
        .stats
        .messages_read;
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n));
    group.bench_function("itch_smoke_291913_top8", |b| {
        b.iter(|| itch::import(&bytes, &options).unwrap())
    });
    let raw = itch::decompress(&bytes, "smoke.itch.gz").unwrap();
    group.bench_function("itch_parse_only_291913", |b| {
        b.iter(|| itch::parse(&raw, "smoke.itch").unwrap())
    });
    group.finish();
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, lobster_import, dbn_import, itch_import);
}

criterion_main!(group::benches);
