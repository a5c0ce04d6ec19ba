//! engine-sw and its predecessor on the same records, run after one another in turns, each
//! turn on a fresh engine: the fastest turn of each is the figure least touched by other
//! load on a shared machine, and their ratio the speed-up.
//!
//! ```text
//! cargo run --release -p gatebook-bench --example side_by_side -- deep 2000000 15
//! ```
//!
//! Arguments: profile (`deep` on `flowgen::deep_venue`, `tape` on the peers' venue, any other
//! profile on the default venue), message count, and turns.

use gatebook_bench::{baseline, named_flow};
use gatebook_wire::{Backend, OrderRecord, ReportRecord};
use std::time::{Duration, Instant};

fn turn(
    engine: &mut dyn Backend,
    records: &[OrderRecord],
    reports: &mut Vec<ReportRecord>,
) -> Duration {
    let start = Instant::now();
    for record in records {
        reports.clear();
        engine.process(record, reports);
    }
    start.elapsed()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("deep", String::as_str);
    let messages: usize = args
        .get(2)
        .map_or(2_000_000, |n| n.parse().expect("a count"));
    let turns: usize = args.get(3).map_or(15, |n| n.parse().expect("a count"));
    let (venue, records) = named_flow(name, messages);
    let mut reports = Vec::with_capacity(4096);
    let mut now = Vec::with_capacity(turns);
    let mut before = Vec::with_capacity(turns);
    for _ in 0..turns {
        let mut engine = engine_sw::Engine::new(&venue).expect("valid venue");
        now.push(turn(&mut engine, &records, &mut reports));
        let mut engine = baseline::Engine::new(&venue).expect("valid venue");
        before.push(turn(&mut engine, &records, &mut reports));
    }
    now.sort();
    before.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name} {messages}: engine-sw min {:.1} ms median {:.1} ms ({:.1} M/s); predecessor min {:.1} ms median {:.1} ms; speed-up {:.2}x (minima), {:.2}x (medians)",
        ms(now[0]),
        ms(now[turns / 2]),
        messages as f64 / now[0].as_secs_f64() / 1e6,
        ms(before[0]),
        ms(before[turns / 2]),
        before[0].as_secs_f64() / now[0].as_secs_f64(),
        before[turns / 2].as_secs_f64() / now[turns / 2].as_secs_f64(),
    );
}
