//! The card against engine-sw, report for report, on both ways of running it without a
//! card: the Verilated pipeline driven cycle by cycle (`sim`) and the whole card, shell and
//! pipeline, behind the host driver's DMA rings (`card-sim`).

use crosscheck::{flow as flow_on, numbered, run_to_end, Comparison};
use engine_sw::Engine;
use flowgen::{small_venue, Profile};
use gatebook_formats::default_venue;
use gatebook_wire::{OrderRecord, VenueConfig};
use host_driver::{CardConfig, DriverBackend};
use sim::{CardSimPlatform, SimBackend};

/// The card behind the host driver, with small rings so that they wrap.
fn card_sim(venue: &VenueConfig) -> DriverBackend<CardSimPlatform> {
    let config = CardConfig {
        sq_log2: 6,
        cq_log2: 7,
        ..CardConfig::default()
    };
    let platform = CardSimPlatform::new().expect("the Verilated card is built");
    DriverBackend::new(platform, venue, config).expect("the card comes up")
}

/// `records` on engine-sw, on the Verilated pipeline and on the card behind the driver.
fn check(venue: &VenueConfig, records: &[OrderRecord]) {
    let mut comparison = Comparison::new(&mut Engine::new(venue).unwrap(), records);
    let mut pipeline = SimBackend::new(venue).expect("the Verilated card is built");
    comparison.check(&mut pipeline, records);
    comparison.check(&mut card_sim(venue), records);
    comparison.finish();
}

#[test]
fn priority_partial_fills_and_cancel_match_engine_sw() {
    use gatebook_wire::{Message, NewOrder, OrdType, Side, Tif};
    let order = |account, id, side, tif, price, qty| {
        Message::New(NewOrder {
            account,
            instrument: 0,
            cl_ord_id: id,
            side,
            ord_type: OrdType::Limit,
            tif,
            price,
            qty,
            post_only: false,
            stp: None,
        })
    };
    let messages = [
        order(1, 1, Side::Sell, Tif::Gtc, 150, 10),
        order(2, 1, Side::Sell, Tif::Gtc, 150, 10),
        order(1, 2, Side::Sell, Tif::Gtc, 149, 5),
        order(3, 1, Side::Buy, Tif::Ioc, 151, 22),
        Message::Cancel {
            account: 2,
            instrument: 0,
            cl_ord_id: 1,
        },
        order(4, 1, Side::Buy, Tif::Gtc, 140, 3),
    ];
    check(&small_venue(), &numbered(&messages));
}

#[test]
fn malformed_records_are_rejected_and_the_card_goes_on() {
    let venue = small_venue();
    let mut records = flow_on(&venue, Profile::Stress, 9, 200);
    for (i, record) in records.iter_mut().enumerate() {
        match i % 50 {
            7 => record.version = 9,
            19 => record.msg_type = 0x3f,
            31 => record.side = 0,
            _ => {}
        }
    }
    check(&venue, &records);
}

/// Every profile of `gatebook gen`, several seeds, 220,000 messages in all: 60,000 on a small
/// venue where limits and capacity bite, 160,000 on the default venue.
#[test]
fn flows_of_every_profile_match_engine_sw() {
    let venue = small_venue();
    for profile in [
        Profile::Stress,
        Profile::Mixed,
        Profile::Makers,
        Profile::Takers,
    ] {
        for seed in 1..=3 {
            check(&venue, &flow_on(&venue, profile, seed, 5000));
        }
    }
    let venue = default_venue();
    for profile in [
        Profile::Mixed,
        Profile::Makers,
        Profile::Takers,
        Profile::Stress,
    ] {
        for seed in 1..=2 {
            check(&venue, &flow_on(&venue, profile, seed, 20_000));
        }
    }
}

#[test]
fn a_flow_that_fills_the_book_to_capacity_matches_engine_sw() {
    let venue = default_venue();
    let records = flow_on(&venue, Profile::Stress, 21, 30_000);
    let sw = run_to_end(&mut Engine::new(&venue).unwrap(), &records).unwrap();
    let book_full = sw
        .iter()
        .filter(|r| r.reason == gatebook_wire::Reason::BookFull.code())
        .count();
    assert!(book_full > 0, "the flow reaches the 4096 order slots");
    check(&venue, &records);
}

fn shared_data(relative: &str) -> Option<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            eprintln!("skipped: {} is not present", path.display());
            None
        }
    }
}

#[test]
fn the_lobster_sample_matches_engine_sw() {
    use gatebook_import::lobster::{import, LobsterOptions};
    let name = "lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv";
    let (Some(messages), Some(book)) = (
        shared_data(name),
        shared_data("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv"),
    ) else {
        return;
    };
    let options = LobsterOptions {
        symbol: "AAPL".into(),
        messages_name: name.into(),
        orderbook_name: "orderbook".into(),
        sync_to_orderbook: true,
    };
    let (venue, records) = imported(&import(&messages, Some(&book), &options).unwrap().flow);
    check(&venue, &records);
}

/// The venue and records of an imported flow.
fn imported(flow: &gatebook_import::ImportedFlow) -> (VenueConfig, Vec<OrderRecord>) {
    let venue = gatebook_formats::parse_venue(&flow.venue_toml, "venue.toml").unwrap();
    let records = gatebook_formats::OrderLines::new(&flow.orders_csv, "orders.csv")
        .map(|item| item.unwrap().1)
        .collect();
    (venue, records)
}

/// `records` on engine-sw and on the Verilated pipeline of the smallest build that holds the
/// venue: for real books that need the wide card.
fn check_on_sim(venue: &VenueConfig, records: &[OrderRecord], build: sim::CardBuild) {
    let mut comparison = Comparison::new(&mut Engine::new(venue).unwrap(), records);
    let mut card = SimBackend::new(venue).expect("the Verilated card is built");
    assert_eq!(card.card().build(), build);
    comparison.check(&mut card, records);
    comparison.finish();
}

/// The options profile on its venue (`examples/options-venue.toml`: eight instruments,
/// 4,096-tick windows), on the wide card: two seeds of 20,000 lines. Its MARK rows move only
/// the margin engine, which is not in this loop; the order flow between them is compared.
#[test]
fn the_options_profile_matches_engine_sw_on_the_wide_card() {
    let text = include_str!("../examples/options-venue.toml");
    let venue = gatebook_formats::parse_venue(text, "examples/options-venue.toml").unwrap();
    for seed in 1..=2 {
        let messages: Vec<_> = flowgen::generate_flow(&venue, Profile::Options, seed, 20_000)
            .unwrap()
            .into_iter()
            .filter_map(|item| match item {
                gatebook_wire::FlowItem::Message(m) => Some(m),
                gatebook_wire::FlowItem::Mark(_) => None,
            })
            .collect();
        let records = numbered(&messages);
        assert!(records.len() > 15_000, "{} messages", records.len());
        check_on_sim(&venue, &records, sim::CardBuild::Wide);
    }
}

/// The CME E-mini book of the DBN sample: 16,384 order slots and a 32,768-tick window, on
/// the wide card.
#[test]
fn the_cme_sample_matches_engine_sw_on_the_wide_card() {
    use gatebook_import::{mbo, SymbolSelection};
    let Some(bytes) = shared_data("cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst") else {
        return;
    };
    let options = mbo::DbnOptions {
        name: "esh4".into(),
        symbols: SymbolSelection::default(),
    };
    let (venue, records) = imported(&mbo::import(&bytes, &options).unwrap().flow);
    assert!(records.len() > 50_000, "{} messages", records.len());
    check_on_sim(&venue, &records, sim::CardBuild::Wide);
}

/// The eight most active symbols of the ITCH slice, windows of 65,536 ticks, on the wide
/// card.
#[test]
fn the_itch_sample_matches_engine_sw_on_the_wide_card() {
    use gatebook_import::{itch, SymbolSelection};
    let Some(bytes) = shared_data("itch/smoke.itch.gz") else {
        return;
    };
    let options = itch::ItchOptions {
        name: "smoke.itch.gz".into(),
        symbols: SymbolSelection::default(),
    };
    let (venue, records) = imported(&itch::import(&bytes, &options).unwrap().flow);
    assert_eq!(venue.instruments.len(), 8);
    check_on_sim(&venue, &records, sim::CardBuild::Wide);
}

/// The ITCH slice's AGEN book (adds and cancels; it fits the default card, unlike the
/// symbols whose resting orders span wider windows).
#[test]
fn an_itch_symbol_that_fits_the_card_matches_engine_sw() {
    use gatebook_import::{itch, SymbolSelection};
    let Some(bytes) = shared_data("itch/smoke.itch.gz") else {
        return;
    };
    let options = itch::ItchOptions {
        name: "smoke.itch.gz".into(),
        symbols: SymbolSelection::Named(vec!["AGEN".into()]),
    };
    let (venue, records) = imported(&itch::import(&bytes, &options).unwrap().flow);
    assert!(records.len() > 50, "{} messages", records.len());
    check(&venue, &records);
}

#[test]
fn venues_larger_than_the_card_are_refused_clearly() {
    use gatebook_import::{mbo, SymbolSelection};
    let Some(bytes) = shared_data("cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst") else {
        return;
    };
    let options = mbo::DbnOptions {
        name: "esh4".into(),
        symbols: SymbolSelection::default(),
    };
    let (venue, _) = imported(&mbo::import(&bytes, &options).unwrap().flow);
    let too_large = sim::SimCard::new().and_then(|card| SimBackend::with_card(card, &venue));
    match too_large {
        Err(e @ sim::SimError::TooLarge(..)) => {
            assert!(
                e.to_string().contains("default card is built for at most"),
                "{e}"
            )
        }
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("a 16,384-slot venue does not fit the default card"),
    }
    let mut wider = venue.clone();
    wider.capacity.instruments = 16;
    wider.capacity.order_slots = 65_536;
    match SimBackend::new(&wider) {
        Err(e @ sim::SimError::TooLarge(..)) => {
            assert!(
                e.to_string().contains("wide card is built for at most"),
                "{e}"
            )
        }
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("16 instruments and 65,536 slots fit no build"),
    }
    let platform = CardSimPlatform::new().expect("the Verilated card is built");
    match DriverBackend::new(platform, &venue, CardConfig::default()) {
        Err(e) => assert!(e.to_string().contains("built for at most"), "{e}"),
        Ok(_) => panic!("the driver refuses a venue larger than the card's capabilities"),
    }
}
