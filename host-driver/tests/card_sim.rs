//! The host driver over the Verilated card (shell and pipeline): the engine thread and the
//! async session deliver engine-sw's report stream.

mod common;

use common::*;
use flowgen::{small_venue, Profile};
use host_driver::engine::EngineOptions;
use host_driver::{Card, CardSimPlatform};

#[test]
fn the_async_session_over_the_engine_thread_and_the_verilated_card_delivers_engine_sw_stream() {
    let venue = small_venue();
    let records = flow(&venue, Profile::Mixed, 5, 3000);
    let expected = unstamped(&engine_sw_reports(&venue, &records));
    let platform = CardSimPlatform::new().expect("the Verilated card is built");
    let mut card = Card::open(platform, rings(4, 3)).expect("the card comes up");
    card.configure(&venue).unwrap();
    let options = EngineOptions {
        queue_capacity: 64,
        batch: 8,
        ..EngineOptions::default()
    };
    let (received, stats) = through_a_session(card, options, &records, expected.len() / 3);
    assert_eq!(unstamped(&received), expected);
    assert_eq!(stats.consumed as usize, expected.len());
}
