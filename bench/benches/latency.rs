//! Per-message latency of engine-sw (p50, p99, p99.9, max) on each profile, with hdrhistogram.
//!
//! Each message is timed alone with two clock reads; the cost of an empty pair of reads is
//! measured in the same run and printed beside the figures (and not subtracted).

use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_formats::default_venue;
use hdrhistogram::Histogram;
use std::time::Instant;

const MESSAGES: usize = 1_000_000;

fn main() {
    let venue = default_venue();
    let mut empty = Histogram::<u64>::new(3).expect("histogram");
    for _ in 0..MESSAGES {
        let start = Instant::now();
        let ns = start.elapsed().as_nanos() as u64;
        empty.record(ns).expect("in range");
    }
    println!(
        "clock pair overhead: p50 {} ns, p99 {} ns",
        empty.value_at_quantile(0.5),
        empty.value_at_quantile(0.99)
    );
    println!(
        "{:<8} {:>8} {:>8} {:>8} {:>10} {:>10}",
        "profile", "p50 ns", "p99 ns", "p99.9 ns", "max ns", "mean ns"
    );
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
        let mut engine = Engine::new(&venue).expect("valid venue");
        let mut reports = Vec::with_capacity(4096);
        let mut histogram = Histogram::<u64>::new(3).expect("histogram");
        for record in &records {
            reports.clear();
            let start = Instant::now();
            engine.process(record, &mut reports);
            histogram
                .record(start.elapsed().as_nanos() as u64)
                .expect("in range");
        }
        println!(
            "{:<8} {:>8} {:>8} {:>8} {:>10} {:>10.1}",
            profile.name(),
            histogram.value_at_quantile(0.5),
            histogram.value_at_quantile(0.99),
            histogram.value_at_quantile(0.999),
            histogram.max(),
            histogram.mean()
        );
    }
}
