//! The host's reservation ledger, rebuilt from reports alone, against the reservations
//! engine-sw holds: after every message of generated flows (with the rates changed as they
//! run), each account's reserved total in the ledger is the engine's.

use engine_sw::Engine;
use flowgen::Profile;
use gatebook_margin::{Input, ReservationLedger};
use gatebook_wire::{Message, ReportRecord, Side, VenueConfig};
use std::collections::BTreeMap;

/// Messages between two `RATES` changes: often enough that live orders span several rates.
const RATES_EVERY: usize = 97;

/// The ledger's reserved total of each account it has seen, from the inputs it produced.
#[derive(Default)]
struct Totals(BTreeMap<u32, i64>);

impl Totals {
    fn apply(&mut self, inputs: &[Input]) {
        for input in inputs {
            let (account, delta) = match *input {
                Input::OrderReserved { account, amount } => (account, amount),
                Input::OrderReleased { account, amount } => (account, -amount),
                Input::Fill(fill) => (fill.account, -fill.reserved),
                _ => continue,
            };
            *self.0.entry(account).or_default() += delta;
        }
    }
}

/// `flow` through engine-sw with a `RATES` change every [`RATES_EVERY`] messages, checking
/// every account the ledger knows after each message.
fn check(venue: &VenueConfig, flow: Vec<Message>) {
    let mut engine = Engine::new(venue).unwrap();
    let mut ledger = ReservationLedger::new(venue);
    let mut totals = Totals::default();
    let (mut reports, mut inputs) = (Vec::<ReportRecord>::new(), Vec::new());
    let instruments: Vec<u16> = venue.instruments.iter().map(|i| i.id).collect();
    let mut messages = Vec::new();
    for (i, message) in flow.into_iter().enumerate() {
        if i % RATES_EVERY == RATES_EVERY - 1 {
            messages.push(Message::Rates {
                instrument: instruments[(i / RATES_EVERY) % instruments.len()],
                side: if i % 2 == 0 { Side::Buy } else { Side::Sell },
                rate: 100 + (i as u32 * 7) % 400,
            });
        }
        messages.push(message);
    }
    for (in_seq, message) in (1..).zip(&messages) {
        ledger.on_message(message);
        reports.clear();
        engine.process(&message.encode(in_seq), &mut reports);
        inputs.clear();
        for report in &reports {
            ledger.on_report(report, false, &mut inputs);
        }
        totals.apply(&inputs);
        for (&account, &total) in &totals.0 {
            let held = engine.reserved(account).unwrap();
            assert_eq!(
                total, held as i64,
                "account {account} after in_seq {in_seq} ({message:?}): the ledger holds {total}, \
                 engine-sw {held}"
            );
        }
    }
    assert!(!totals.0.is_empty(), "the flow reserved nothing");
}

#[test]
fn the_ledger_follows_engine_sw_on_every_profile() {
    let venue = gatebook_formats::default_venue();
    for profile in [
        Profile::Mixed,
        Profile::Stress,
        Profile::Makers,
        Profile::Takers,
    ] {
        for seed in 1..=2 {
            check(
                &venue,
                flowgen::generate(&venue, profile, seed, 20_000).unwrap(),
            );
        }
    }
}

#[test]
fn the_ledger_follows_engine_sw_where_limits_and_capacity_bite() {
    let venue = flowgen::small_venue();
    for seed in 1..=3 {
        check(
            &venue,
            flowgen::generate(&venue, Profile::Stress, seed, 10_000).unwrap(),
        );
    }
}
