//! The host driver over the Verilated card (shell and pipeline): the card thread that owns
//! the card, fed and drained from this thread through its lock-free queues, delivers
//! engine-sw's report stream; DMA outside the region stops the driver with a clear error.

use crosscheck::{assert_same_reports, flow, Comparison};
use engine_sw::Engine;
use flowgen::{small_venue, Profile};
use gatebook_wire::regmap::{self, fields};
use host_driver::card_thread::{spawn, CardThreadOptions};
use host_driver::{Card, CardConfig, DriverError, Platform, PlatformError};
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

/// A card configured for the small venue, with small rings.
fn configured_card() -> Card<CardSimPlatform> {
    let platform = CardSimPlatform::new().expect("the Verilated card is built");
    let rings = CardConfig {
        sq_log2: 3,
        cq_log2: 2,
        ..CardConfig::default()
    };
    let mut card = Card::open(platform, rings).expect("the card comes up");
    card.configure(&small_venue()).unwrap();
    card
}

/// Rewrites a ring's base address (low and high registers) with the card disabled.
fn move_ring(card: &mut Card<CardSimPlatform>, lo: u32, hi: u32, bus_addr: u64) {
    let p = card.platform_mut();
    p.write32(regmap::CONTROL, 0);
    p.write32(lo, bus_addr as u32);
    p.write32(hi, (bus_addr >> 32) as u32);
    p.write32(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
}

#[test]
fn a_write_outside_the_region_stops_the_driver_naming_the_address() {
    let mut card = configured_card();
    let outside = {
        let dma = card.platform().dma();
        dma.bus_addr() + dma.len() as u64
    };
    move_ring(&mut card, regmap::CQ_BASE_LO, regmap::CQ_BASE_HI, outside);
    card.submit(&flow(&small_venue(), Profile::Makers, 3, 4))
        .unwrap();
    let mut reports = Vec::new();
    let error = card
        .drain(&mut reports)
        .expect_err("the platform reports the refused write");
    let text = error.to_string();
    assert!(
        matches!(
            error,
            DriverError::Platform(PlatformError::DmaWriteRefused { bus_addr, .. })
                if bus_addr == outside
        ),
        "{text}"
    );
    assert!(
        text.starts_with("card-sim: the card wrote to bus address")
            && text.contains(&format!("{outside:#x}")),
        "{text}"
    );
    assert!(reports.is_empty());
    // The card cannot know: no error, not halted.
    let p = card.platform_mut();
    assert_eq!(p.read32(regmap::ERRORS), 0);
    assert_eq!(fields::STATUS::HALTED.get(p.read32(regmap::STATUS)), 0);
    // Stopped until a reset; after it, the card runs again.
    assert!(card
        .submit(&flow(&small_venue(), Profile::Makers, 3, 1))
        .is_err());
    card.reset().unwrap();
    card.configure(&small_venue()).unwrap();
}

#[test]
fn a_read_outside_the_region_halts_the_card_with_bad_status() {
    let mut card = configured_card();
    let outside = {
        let dma = card.platform().dma();
        dma.bus_addr() + dma.len() as u64
    };
    move_ring(&mut card, regmap::SQ_BASE_LO, regmap::SQ_BASE_HI, outside);
    card.submit(&flow(&small_venue(), Profile::Makers, 3, 2))
        .unwrap();
    let error = card.drain(&mut Vec::new()).expect_err("halted");
    let text = error.to_string();
    assert!(matches!(error, DriverError::Halted { .. }), "{text}");
    assert!(
        text.contains("DMA_READ_FAULT")
            && text.contains("DMA_READ_STATUS: 2, bad completion status"),
        "{text}"
    );
    let errors = card.platform_mut().read32(regmap::ERRORS);
    assert_eq!(
        fields::ERRORS::DMA_READ_STATUS.get(errors),
        2,
        "{errors:#x}"
    );
}
