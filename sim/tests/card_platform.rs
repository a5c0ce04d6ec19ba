//! The host driver over the Verilated card (shell and pipeline): the card thread that owns
//! the card, fed and drained from this thread through its lock-free queues, delivers
//! engine-sw's report stream.

use crosscheck::{assert_same_reports, flow, Comparison};
use engine_sw::Engine;
use flowgen::{small_venue, Profile};
use host_driver::card_thread::{spawn, CardThreadOptions};
use host_driver::{Card, CardConfig};
use sim::CardSimPlatform;

/// Yields of this thread without a report or a free queue slot before the card is taken as
/// stuck: far more than the card's longest quiet stretch.
const STUCK_AFTER: u32 = 10_000_000;

#[test]
fn the_engine_thread_over_the_verilated_card_delivers_engine_sw_stream() {
    let venue = small_venue();
    let records = flow(&venue, Profile::Mixed, 5, 3000);
    let expected = Comparison::new(&mut Engine::new(&venue).unwrap(), &records);
    let platform = CardSimPlatform::new().expect("the Verilated card is built");
    let rings = CardConfig {
        sq_log2: 4,
        cq_log2: 3,
        ..CardConfig::default()
    };
    let mut card = Card::open(platform, rings).expect("the card comes up");
    card.configure(&venue).unwrap();
    let options = CardThreadOptions {
        queue_capacity: 64,
        batch: 8,
        ..CardThreadOptions::default()
    };
    let (mut orders, mut reports) = spawn(card, options).unwrap();
    let mut received = Vec::new();
    let mut pending = records.iter().copied().peekable();
    let mut idle = 0;
    while let Some(&record) = pending.peek() {
        let sent = orders.try_send(record).is_ok();
        if sent {
            pending.next();
        }
        let got = reports.try_recv().map(|report| received.push(report));
        idle = if sent || got.is_some() { 0 } else { idle + 1 };
        assert!(
            idle < STUCK_AFTER,
            "the card is stuck: {:?}",
            orders.fault()
        );
        std::thread::yield_now();
    }
    orders.close();
    while !reports.is_done() {
        match reports.try_recv() {
            Some(report) => received.push(report),
            None => std::thread::yield_now(),
        }
    }
    let stats = reports.join().expect("the card thread ends cleanly");
    assert_same_reports("card-sim", &received, expected.expected());
    assert_eq!(stats.consumed as usize, received.len());
}
