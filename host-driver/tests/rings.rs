//! The rings on the loopback card: tiny rings wrapping many times, every batch size, slow
//! consumers, a card stalled on a full completion ring.

mod common;

use common::*;
use gatebook_wire::regmap::{self, fields};
use host_driver::{Pace, Platform};
use proptest::prelude::*;

#[test]
fn tiny_rings_wrap_many_times_with_batches_of_every_size() {
    for pace in [Pace::TO_IDLE, Pace::SLOW] {
        for sq_log2 in 1..=3u8 {
            for cq_log2 in 1..=3u8 {
                let mut card = echo_card(sq_log2, cq_log2, pace);
                let size = 1usize << sq_log2;
                let mut next = 1;
                let mut all = Vec::new();
                let mut reports = Vec::new();
                // Every batch size 1..=size, forty rounds: the rings wrap many times.
                for _ in 0..40 {
                    for batch in 1..=size {
                        let records = numbered(next, batch);
                        next += batch as u64;
                        card.submit(&records).unwrap();
                        card.poll(&mut reports).unwrap();
                        all.extend(records);
                    }
                }
                collect(&mut card, &mut reports, all.len());
                assert_echoes(&all, &reports);
                assert!(all.len() >> sq_log2 >= 40, "the submission ring wraps");
                assert!(all.len() >> cq_log2 >= 15, "the completion ring wraps");
                let stats = card.stats();
                assert_eq!(stats.submitted, all.len() as u64);
                assert_eq!(stats.consumed, all.len() as u64);
            }
        }
    }
}

#[test]
fn batches_larger_than_the_ring_are_split_never_dropped() {
    let mut card = echo_card(2, 1, Pace::SLOW);
    let records = numbered(1, 1000);
    card.submit(&records).unwrap();
    let mut reports = Vec::new();
    collect(&mut card, &mut reports, records.len());
    assert_echoes(&records, &reports);
    // 1000 records through a 4-entry ring: at least 250 doorbells, each for a whole batch.
    assert!(card.stats().sq_doorbells >= 250);
}

#[test]
fn a_slow_consumer_loses_nothing() {
    let mut card = echo_card(3, 1, Pace::TO_IDLE);
    let records = numbered(1, 2000);
    let mut reports = Vec::new();
    for (i, batch) in records.chunks(8).enumerate() {
        card.submit(batch).unwrap();
        // Reports are taken only every 40 batches: the card stalls behind its 2-entry
        // completion ring in between, and submit keeps it moving.
        if i % 40 == 39 {
            card.poll(&mut reports).unwrap();
        }
    }
    collect(&mut card, &mut reports, records.len());
    assert_echoes(&records, &reports);
    let counters = card.counters();
    assert_eq!(counters.messages_in, 2000);
    assert_eq!(counters.reports_out, 2000);
    assert!(counters.cq_full_stalls > 0, "the card waited for room");
}

#[test]
fn a_card_stalled_on_a_full_completion_ring_resumes_when_polled() {
    // An 8-entry submission ring, a 2-entry completion ring.
    let mut card = echo_card(3, 1, Pace::TO_IDLE);
    let records = numbered(1, 8);
    assert_eq!(card.try_submit(&records).unwrap(), 8);
    for _ in 0..100 {
        card.wait();
    }
    let status = card.platform_mut().read32(regmap::STATUS);
    assert_eq!(
        fields::STATUS::CQ_FULL.get(status),
        1,
        "a report waits for room"
    );
    assert_eq!(fields::STATUS::HALTED.get(status), 0);
    assert_eq!(
        card.platform_mut().read32(regmap::CQ_TAIL),
        2,
        "the ring is full"
    );
    assert!(card.counters().cq_full_stalls > 0);
    // The ring holds exactly two completions; the rest wait inside the card.
    let mut reports = Vec::new();
    assert_eq!(card.poll(&mut reports).unwrap(), 2);
    collect(&mut card, &mut reports, 8);
    assert_echoes(&records, &reports);
    let status = card.platform_mut().read32(regmap::STATUS);
    assert_eq!(fields::STATUS::CQ_FULL.get(status), 0);
    let mut more = Vec::new();
    card.drain(&mut more).unwrap();
    assert!(more.is_empty());
}

#[test]
fn the_submission_ring_stops_when_the_card_stops_fetching() {
    // With the completion ring full, the card's FIFO fills and SQ_HEAD stops: a
    // non-waiting submit takes only what fits.
    let mut card = echo_card(2, 1, Pace::TO_IDLE);
    let records = numbered(1, 64);
    let mut taken = 0;
    for _ in 0..64 {
        taken += card.try_submit(&records[taken..]).unwrap();
        card.wait();
    }
    // 2 in the completion ring, 1 report waiting, 16 in the FIFO, 4 in the ring.
    assert!(taken < 64, "the ring filled at {taken}");
    let mut reports = Vec::new();
    card.submit(&records[taken..]).unwrap();
    collect(&mut card, &mut reports, 64);
    assert_echoes(&records, &reports);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any ring sizes, pace, batch sizes and poll cadence: every record's report arrives,
    /// once, in order.
    #[test]
    fn any_schedule_delivers_every_report_in_order(
        sq_log2 in 1u8..=4,
        cq_log2 in 1u8..=4,
        slow in any::<bool>(),
        batches in proptest::collection::vec(1usize..=20, 1..40),
        poll_every in 1usize..=5,
    ) {
        let pace = if slow { Pace { on_doorbell: 1, per_wait: 2 } } else { Pace::TO_IDLE };
        let mut card = echo_card(sq_log2, cq_log2, pace);
        let mut next = 1;
        let mut all = Vec::new();
        let mut reports = Vec::new();
        for (i, batch) in batches.iter().enumerate() {
            let records = numbered(next, *batch);
            next += *batch as u64;
            card.submit(&records).unwrap();
            all.extend(records);
            if i % poll_every == 0 {
                card.poll(&mut reports).unwrap();
            }
        }
        card.drain(&mut reports).unwrap();
        assert_echoes(&all, &reports);
    }
}

/// A platform wrapped by another, as a cycle-level card's platform would be: it counts the
/// driver's register accesses.
struct Spy {
    inner: host_driver::LoopbackPlatform,
    reads: usize,
    sq_doorbells: usize,
    cq_doorbells: usize,
}

impl Platform for Spy {
    fn name(&self) -> &'static str {
        "spy"
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.reads += 1;
        self.inner.read32(offset)
    }
    fn write32(&mut self, offset: u32, value: u32) {
        match offset {
            regmap::SQ_TAIL => self.sq_doorbells += 1,
            regmap::CQ_HEAD => self.cq_doorbells += 1,
            _ => {}
        }
        self.inner.write32(offset, value)
    }
    fn dma(&self) -> &host_driver::DmaRegion {
        self.inner.dma()
    }
    fn wait(&mut self) {
        self.inner.wait()
    }
    fn take_dma_fault(&mut self) -> Result<(), host_driver::PlatformError> {
        self.inner.take_dma_fault()
    }
}

#[test]
fn the_hot_path_reads_no_register_and_rings_one_doorbell_a_batch() {
    let inner =
        host_driver::LoopbackPlatform::echo(host_driver::LoopbackConfig::default()).unwrap();
    let spy = Spy {
        inner,
        reads: 0,
        sq_doorbells: 0,
        cq_doorbells: 0,
    };
    let mut card = host_driver::Card::open(spy, rings(6, 8)).unwrap();
    let before = (
        card.platform().reads,
        card.platform().sq_doorbells,
        card.platform().cq_doorbells,
    );
    let mut reports = Vec::new();
    let mut all = Vec::new();
    for round in 0..50u64 {
        let records = numbered(1 + 16 * round, 16);
        card.submit(&records).unwrap();
        assert_eq!(card.poll(&mut reports).unwrap(), 16);
        all.extend(records);
    }
    assert_echoes(&all, &reports);
    let spy = card.platform();
    assert_eq!(spy.reads, before.0, "no register read on the hot path");
    assert_eq!(spy.sq_doorbells - before.1, 50, "one SQ_TAIL a batch");
    assert_eq!(spy.cq_doorbells - before.2, 50, "one CQ_HEAD a poll");
}
