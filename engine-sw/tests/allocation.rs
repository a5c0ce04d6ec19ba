//! engine-sw allocates nothing per message: an instrumented allocator watches a replay of
//! every profile.

use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_formats::default_venue;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn no_allocation_per_message() {
    let venue = default_venue();
    for profile in Profile::ALL.into_iter().filter(|p| !p.has_marks()) {
        let records: Vec<_> = generate(&venue, profile, 9, 20_000)
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, m)| m.encode(i as u64 + 1))
            .collect();
        let mut engine = Engine::new(&venue).unwrap();
        let mut reports = Vec::with_capacity(8192);
        let region = Region::new(GLOBAL);
        for record in &records {
            reports.clear();
            engine.process(record, &mut reports);
        }
        let allocations = region.change().allocations;
        assert_eq!(
            allocations,
            0,
            "{}: {allocations} allocations in 20,000 messages",
            profile.name()
        );
    }
}
