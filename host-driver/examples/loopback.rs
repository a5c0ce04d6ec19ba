//! The driver's calls in the order a host makes them: open the card, send it the venue,
//! submit order records, poll for reports while it works, then drain. It runs on the loopback
//! card with engine-sw behind its rings, so it needs neither a card nor Verilator; with a card
//! bound to vfio-pci, `VfioPlatform::open` takes the loopback's place and nothing else
//! changes.
//!
//! `cargo run -p gatebook-host --example loopback`

use engine_sw::Engine;
use gatebook_wire::{Message, NewOrder, OrdType, OrderRecord, ReportRecord, Side, Tif};
use host_driver::{Card, CardConfig, LoopbackConfig, LoopbackPlatform};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The card and its software: engine-sw, configured by the control records it receives.
    let platform = LoopbackPlatform::new(
        LoopbackConfig::default(),
        Box::new(|control: &[OrderRecord]| Box::new(Engine::configured_like_a_card(control))),
    )?;
    // Bring-up: identity and build id checked, the card reset, the rings set and enabled.
    let mut card = Card::open(platform, CardConfig::default())?;
    let identity = card.identity();
    println!(
        "card up: build {:#010x}, register map {:#010x}",
        identity.build_id, identity.regmap_version
    );

    // The venue travels as control records through the same ring as the orders.
    let venue = gatebook_formats::default_venue();
    card.configure(&venue)?;

    // A resting sell, then a buy that crosses it.
    let order = |account, cl_ord_id, side, price| {
        Message::New(NewOrder {
            account,
            instrument: 0,
            cl_ord_id,
            side,
            ord_type: OrdType::Limit,
            tif: Tif::Gtc,
            price,
            qty: 10,
            post_only: false,
            stp: None,
        })
    };
    let records = [
        order(1, 1, Side::Sell, 1500).encode(1),
        order(2, 1, Side::Buy, 1500).encode(2),
    ];
    card.submit(&records)?;

    // Poll never waits and never reads a register; drain waits for every report of what was
    // submitted.
    let mut reports: Vec<ReportRecord> = Vec::new();
    card.poll(&mut reports)?;
    card.drain(&mut reports)?;
    for report in &reports {
        let mut row = String::new();
        gatebook_formats::write_report_row(report, &mut row);
        print!("{row}");
    }
    let counters = card.counters();
    println!(
        "{} messages in, {} reports out",
        counters.messages_in, counters.reports_out
    );
    Ok(())
}
