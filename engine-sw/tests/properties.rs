//! Properties that hold after every message of any generated flow.

use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_wire::{Event, Message, ReportRecord, Side, VenueConfig};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A small venue, so books fill, limits bite and margin runs out.
fn tight_venue() -> VenueConfig {
    // 64 slots and a 128-tick window give sweeps room; the limits are the shared small ones.
    let mut venue = flowgen::small_venue();
    venue.capacity.order_slots = 64;
    venue.capacity.price_window = 128;
    for inst in &mut venue.instruments {
        inst.reference = 164;
    }
    venue
}

/// What the test knows of each order from the reports: its remembered rate, price, leaves.
#[derive(Clone, Copy)]
struct Known {
    rate: u32,
    price: u32,
    leaves: u32,
}

struct Ledger {
    rates: BTreeMap<(u16, Side), u32>,
    orders: BTreeMap<(u32, u64), Known>,
    deltas: BTreeMap<u32, i64>,
    consumed: BTreeMap<u32, i128>,
}

impl Ledger {
    fn new(venue: &VenueConfig) -> Self {
        let mut rates = BTreeMap::new();
        for i in &venue.instruments {
            rates.insert((i.id, Side::Buy), i.margin_buy);
            rates.insert((i.id, Side::Sell), i.margin_sell);
        }
        Ledger {
            rates,
            orders: BTreeMap::new(),
            deltas: BTreeMap::new(),
            consumed: BTreeMap::new(),
        }
    }

    fn message(&mut self, message: &Message) {
        match *message {
            Message::Rates {
                instrument,
                side,
                rate,
            } if self.rates.contains_key(&(instrument, side)) => {
                self.rates.insert((instrument, side), rate);
            }
            Message::Headroom { account, delta } => {
                *self.deltas.entry(account).or_default() += delta
            }
            _ => {}
        }
    }

    fn report(&mut self, r: &ReportRecord) {
        let key = (r.account.get(), r.cl_ord_id.get());
        let side = Side::from_code(r.side);
        let current = side.and_then(|s| self.rates.get(&(r.instrument.get(), s)).copied());
        match Event::from_code(r.event) {
            Some(Event::Ack) => {
                self.orders.insert(
                    key,
                    Known {
                        rate: current.unwrap(),
                        price: r.price.get(),
                        leaves: r.qty.get(),
                    },
                );
            }
            Some(Event::Replaced) => {
                let old = self.orders[&key];
                let in_place = r.price.get() == old.price && r.qty.get() <= old.leaves;
                let rate = if in_place { old.rate } else { current.unwrap() };
                self.orders.insert(
                    key,
                    Known {
                        rate,
                        price: r.price.get(),
                        leaves: r.qty.get(),
                    },
                );
            }
            Some(Event::Fill) => {
                let known = self.orders.get_mut(&key).expect("fills follow an ACK");
                *self.consumed.entry(key.0).or_default() +=
                    i128::from(r.qty.get()) * i128::from(known.rate);
                known.leaves = r.leaves.get();
            }
            _ => {}
        }
    }
}

fn check_flow(
    venue: &VenueConfig,
    profile: Profile,
    seed: u64,
    messages: usize,
) -> Result<Vec<ReportRecord>, TestCaseError> {
    let flow = generate(venue, profile, seed, messages).unwrap();
    let mut engine = Engine::new(venue).unwrap();
    let mut ledger = Ledger::new(venue);
    let mut all = Vec::new();
    let mut reports = Vec::new();
    for (i, message) in flow.iter().enumerate() {
        reports.clear();
        engine.process(&message.encode(i as u64 + 1), &mut reports);
        ledger.message(message);
        // Fills come in pairs: the taker's then the maker's, same quantity, maker's price.
        let fills: Vec<&ReportRecord> = reports
            .iter()
            .filter(|r| r.event == Event::Fill.code())
            .collect();
        prop_assert!(fills.len().is_multiple_of(2));
        for pair in fills.chunks(2) {
            let (taker, maker) = (pair[0], pair[1]);
            prop_assert_eq!(taker.qty, maker.qty);
            prop_assert_eq!(taker.price, maker.price);
            prop_assert!(taker.qty.get() > 0);
            prop_assert_eq!(
                (taker.contra_account, taker.contra_cl_ord_id),
                (maker.account, maker.cl_ord_id)
            );
            prop_assert_eq!(
                (maker.contra_account, maker.contra_cl_ord_id),
                (taker.account, taker.cl_ord_id)
            );
            prop_assert_ne!(taker.side, maker.side);
        }
        for r in &reports {
            prop_assert_eq!(r.in_seq.get(), i as u64 + 1);
            ledger.report(r);
        }
        if let Err(e) = engine.check_invariants() {
            return Err(TestCaseError::fail(format!("after message {}: {e}", i + 1)));
        }
        for inst in &venue.instruments {
            let total: i64 = venue
                .accounts
                .iter()
                .map(|a| engine.position(a.id, inst.id).unwrap())
                .sum();
            prop_assert_eq!(
                total,
                0,
                "positions of instrument {} after message {}",
                inst.id,
                i + 1
            );
        }
        for a in &venue.accounts {
            let expected = i128::from(a.headroom)
                + i128::from(*ledger.deltas.get(&a.id).unwrap_or(&0))
                - i128::from(engine.reserved(a.id).unwrap())
                - ledger.consumed.get(&a.id).copied().unwrap_or(0);
            prop_assert_eq!(
                i128::from(engine.headroom(a.id).unwrap()),
                expected,
                "account {} after message {}",
                a.id,
                i + 1
            );
        }
        all.extend_from_slice(&reports);
    }
    Ok(all)
}

fn profile() -> impl Strategy<Value = Profile> {
    prop::sample::select(
        Profile::ALL
            .into_iter()
            .filter(|p| !p.has_marks())
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_a_tight_venue(profile in profile(), seed in any::<u64>()) {
        check_flow(&tight_venue(), profile, seed, 1500)?;
    }

    #[test]
    fn the_same_input_gives_the_same_bytes(profile in profile(), seed in any::<u64>()) {
        let venue = tight_venue();
        let a = check_flow(&venue, profile, seed, 800)?;
        let b = check_flow(&venue, profile, seed, 800)?;
        let bytes = |r: &[ReportRecord]| r.iter().flat_map(|x| x.to_bytes()).collect::<Vec<u8>>();
        prop_assert_eq!(bytes(&a), bytes(&b));
    }
}

#[test]
fn the_tight_venue_exercises_the_risk_checks() {
    let mut reasons = BTreeMap::new();
    for profile in Profile::ALL.into_iter().filter(|p| !p.has_marks()) {
        for r in check_flow(&tight_venue(), profile, 11, 3000).unwrap() {
            if r.reason != 0 {
                *reasons.entry(r.reason).or_insert(0) += 1;
            }
        }
    }
    // Margin, position and book-full rejects, and self-trade prevention, all occur.
    for code in [11u8, 12, 14, 18] {
        assert!(
            reasons.contains_key(&code),
            "reason {code} never occurred: {reasons:?}"
        );
    }
}
