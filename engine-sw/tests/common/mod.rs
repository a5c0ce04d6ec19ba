//! Runs order flow written as CSV through engine-sw and renders the report rows.

#![allow(dead_code)]

use engine_sw::Engine;
use gatebook_formats::{parse_venue, write_report_row, OrderLines, ORDERS_HEADER};
use gatebook_wire::{Backend, VenueConfig};

/// Accounts 1-3 are ordinary (3 has STP off), 4 is configured disabled, 5 has little headroom,
/// 6 has tight limits. Instrument 0 and 1 share the window 1000..1099, reference 1050, collar 20.
pub const VENUE: &str = include_str!("../scenario-venue.toml");

/// Runs `orders` (data lines, no header) on `venue`; returns the engine and the report rows.
///
/// The same orders also run through the Verilated card, which must give the same rows: every
/// scenario of the spec is checked on the hardware too.
pub fn run_on(venue: &str, orders: &str) -> (Engine, String) {
    let venue = parse_venue(venue, "venue.toml").expect("test venue parses");
    let mut engine = Engine::from_control_records(&venue.control_records()).expect("venue loads");
    let text = format!("{ORDERS_HEADER}\n{orders}");
    let records: Vec<_> = OrderLines::new(&text, "orders.csv")
        .map(|item| item.expect("test orders parse").1)
        .collect();
    let mut reports = Vec::new();
    let mut rows = String::new();
    for record in &records {
        reports.clear();
        engine.process(record, &mut reports);
        for r in &reports {
            write_report_row(r, &mut rows);
        }
        engine
            .check_invariants()
            .expect("invariants hold after every message");
    }
    assert_eq!(
        on_the_card(&venue, &records),
        rows,
        "the Verilated card differs from engine-sw"
    );
    (engine, rows)
}

/// The report rows of the Verilated card for `records`: the pipeline driven cycle by cycle,
/// and the whole card behind the host driver's rings, which must agree.
fn on_the_card(venue: &VenueConfig, records: &[gatebook_wire::OrderRecord]) -> String {
    let pipeline = sim::SimBackend::new(venue)
        .expect("the Verilated card is built (make test installs Verilator)");
    let platform = host_driver::CardSimPlatform::new().expect("the Verilated card is built");
    let behind_the_driver =
        host_driver::DriverBackend::new(platform, venue, host_driver::CardConfig::default())
            .expect("the card comes up");
    let mut all_rows = Vec::new();
    for mut card in [
        Box::new(pipeline) as Box<dyn Backend>,
        Box::new(behind_the_driver),
    ] {
        let reports = card.run_all(records);
        assert_eq!(card.fault(), None, "{}", card.name());
        let mut rows = String::new();
        for r in &reports {
            write_report_row(r, &mut rows);
        }
        all_rows.push(rows);
    }
    assert_eq!(all_rows[0], all_rows[1], "sim and card-sim differ");
    all_rows.remove(0)
}

pub fn run(orders: &str) -> (Engine, String) {
    run_on(VENUE, orders)
}

/// Strips the indentation of a block of expected rows.
pub fn rows(expected: &str) -> String {
    expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Asserts the reports of `orders` are exactly `expected`.
pub fn check(orders: &str, expected: &str) -> Engine {
    let (engine, got) = run(&rows(orders));
    assert_eq!(got, rows(expected), "reports differ");
    engine
}
