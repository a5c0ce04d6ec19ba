//! Replays one profile through engine-sw or its predecessor, for instruction and cache
//! counts under callgrind: only `counted_loop` is meant to be counted (`--toggle-collect=*counted_loop*`).
//!
//! ```text
//! cargo build --release -p gatebook-bench --example replay_profile
//! valgrind --tool=callgrind --cache-sim=yes --LL=1048576,16,64 --toggle-collect='*counted_loop*' \
//!     target/release/examples/replay_profile deep 2000000 engine-sw
//! ```
//!
//! Arguments: profile (`deep` runs on `flowgen::deep_venue`, the others on the default
//! venue; `tape` is the peers' tape on its venue), message count, and `engine-sw` or
//! `predecessor`.

use gatebook_bench::{baseline, named_flow};
use gatebook_wire::{Backend, OrderRecord, ReportRecord};

#[inline(never)]
fn counted_loop(
    engine: &mut dyn Backend,
    records: &[OrderRecord],
    reports: &mut Vec<ReportRecord>,
) -> usize {
    let mut count = 0;
    for record in records {
        reports.clear();
        engine.process(record, reports);
        count += reports.len();
    }
    count
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("deep", String::as_str);
    let messages: usize = args
        .get(2)
        .map_or(2_000_000, |n| n.parse().expect("a count"));
    let which = args.get(3).map_or("engine-sw", String::as_str);
    let (venue, records) = named_flow(name, messages);
    let mut engine: Box<dyn Backend> = match which {
        "predecessor" => Box::new(baseline::Engine::new(&venue).expect("valid venue")),
        _ => Box::new(engine_sw::Engine::new(&venue).expect("valid venue")),
    };
    let mut reports = Vec::with_capacity(4096);
    let count = counted_loop(engine.as_mut(), &records, &mut reports);
    println!("{name} {messages} messages, {count} reports");
}
