//! Helpers shared by the driver tests.
#![allow(dead_code)]

#[allow(unused_imports)] // each test binary uses its own share of them
pub use crosscheck::{assert_same_reports, flow, unstamped};
use engine_sw::Engine;
use gatebook_wire::le::{U32, U64};
use gatebook_wire::{Backend, OrderRecord, ReportRecord, VenueConfig};
use host_driver::card_thread::CardThreadOptions;
use host_driver::session::Session;
use host_driver::{
    Card, CardConfig, DriverStats, LoopbackConfig, LoopbackPlatform, Pace, Platform,
};

/// A loopback card with tiny rings and the echo backend, brought up.
pub fn echo_card(sq_log2: u8, cq_log2: u8, pace: Pace) -> Card<LoopbackPlatform> {
    let platform = LoopbackPlatform::echo(LoopbackConfig {
        pace,
        ..LoopbackConfig::default()
    })
    .unwrap();
    Card::open(platform, rings(sq_log2, cq_log2)).unwrap()
}

/// A loopback card running engine-sw, brought up (not configured).
pub fn engine_card(sq_log2: u8, cq_log2: u8, pace: Pace) -> Card<LoopbackPlatform> {
    let platform = engine_sw_loopback(pace);
    Card::open(platform, rings(sq_log2, cq_log2)).unwrap()
}

/// The loopback card with engine-sw behind its rings, configured as a card is.
pub fn engine_sw_loopback(pace: Pace) -> LoopbackPlatform {
    let config = LoopbackConfig {
        pace,
        ..LoopbackConfig::default()
    };
    LoopbackPlatform::new(
        config,
        Box::new(|control: &[OrderRecord]| Box::new(Engine::configured_like_a_card(control))),
    )
    .unwrap()
}

pub fn rings(sq_log2: u8, cq_log2: u8) -> CardConfig {
    CardConfig {
        sq_log2,
        cq_log2,
        ..CardConfig::default()
    }
}

/// `n` NEW records numbered from `first`: in_seq `first + i`, cl_ord_id `3 * (first + i)`.
pub fn numbered(first: u64, n: usize) -> Vec<OrderRecord> {
    (0..n as u64)
        .map(|i| {
            let mut record = OrderRecord::new(1);
            record.in_seq = U64::new(first + i);
            record.cl_ord_id = U64::new(3 * (first + i));
            record.account = U32::new(7);
            record
        })
        .collect()
}

/// Checks an echo card's reports are one per record, in order, marks zeroed.
pub fn assert_echoes(records: &[OrderRecord], reports: &[ReportRecord]) {
    assert_eq!(reports.len(), records.len(), "one report per record");
    for (record, report) in records.iter().zip(reports) {
        assert_eq!(report.in_seq, record.in_seq);
        assert_eq!(report.cl_ord_id, record.cl_ord_id);
        assert_eq!(report.reserved0.get(), 0, "the mark is zeroed");
    }
}

/// Polls, letting the card run between polls, until `want` reports have come.
pub fn collect(card: &mut Card<LoopbackPlatform>, reports: &mut Vec<ReportRecord>, want: usize) {
    let mut idle = 0;
    while reports.len() < want {
        if card.poll(reports).unwrap() == 0 {
            card.wait();
            idle += 1;
            assert!(
                idle < 1_000_000,
                "no report for too long: {} of {want}",
                reports.len()
            );
        } else {
            idle = 0;
        }
    }
}

/// engine-sw's reports for `records` on `venue`.
pub fn engine_sw_reports(venue: &VenueConfig, records: &[OrderRecord]) -> Vec<ReportRecord> {
    let mut engine = Engine::new(venue).unwrap();
    engine.run_all(records)
}

/// Streams `records` through an async session over the card thread that owns `card`:
/// takes `before_close` reports while the orders still go in, the rest after the close.
pub fn through_a_session<P: Platform + 'static>(
    card: Card<P>,
    options: CardThreadOptions,
    records: &[OrderRecord],
    before_close: usize,
) -> (Vec<ReportRecord>, DriverStats) {
    let Session {
        mut orders,
        mut reports,
    } = Session::start(card, options).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        let send = async {
            orders.submit_all(records).await.unwrap();
            orders.close();
        };
        let receive = async {
            let mut got = Vec::new();
            while got.len() < before_close {
                got.push(reports.recv().await.expect("a report"));
            }
            let (rest, stats) = reports.finish().await.unwrap();
            got.extend(rest);
            (got, stats)
        };
        let ((), result) = tokio::join!(send, receive);
        result
    })
}
