//! Portfolio margin, rates and headroom.

mod common;

use common::*;
use gatebook_margin::{Input, MarginEngine, MarkTarget, Output, Side, SCENARIO_COUNT};
use proptest::prelude::*;

#[test]
fn long_future_hedged_by_long_put_needs_less_than_its_legs() {
    let engine = marked_engine(&[], params());
    let future = engine.portfolio_margin(&[(FUTURE, 1)]).unwrap();
    let put = engine.portfolio_margin(&[(PUT_1000, 1)]).unwrap();
    let both = engine
        .portfolio_margin(&[(FUTURE, 1), (PUT_1000, 1)])
        .unwrap();
    assert!(future > 0.0 && put > 0.0);
    assert!(both < future + put, "{both} vs {future} + {put}");
    assert!(
        both < future,
        "a protective put caps the downside: {both} vs {future}"
    );
}

#[test]
fn call_spread_needs_less_than_its_legs() {
    let engine = marked_engine(&[], params());
    let long = engine.portfolio_margin(&[(CALL_1000, 10)]).unwrap();
    let short = engine.portfolio_margin(&[(CALL_1100, -10)]).unwrap();
    let spread = engine
        .portfolio_margin(&[(CALL_1000, 10), (CALL_1100, -10)])
        .unwrap();
    assert!(spread < long + short, "{spread} vs {long} + {short}");
    // The short leg carries the short-option minimum alone; in the spread the calls net out.
    assert!(short > engine.risk_array(CALL_1100).unwrap().worst_short_loss() * 10.0);
}

#[test]
fn different_underlyings_do_not_offset() {
    let engine = marked_engine(&[], params());
    let index = engine.portfolio_margin(&[(FUTURE, 1)]).unwrap();
    let oil = engine.portfolio_margin(&[(OTHER_FUTURE, -1)]).unwrap();
    let both = engine
        .portfolio_margin(&[(FUTURE, 1), (OTHER_FUTURE, -1)])
        .unwrap();
    assert_eq!(both, index + oil);
}

#[test]
fn future_risk_array_is_linear_and_matches_the_grid() {
    let engine = marked_engine(&[], params());
    let risk = engine.risk_array(FUTURE).unwrap();
    // Scan range 10% of 1000: a full move down loses 100 per long lot; the extreme move
    // (3 scan ranges) loses 300 weighted at 35%.
    assert!((risk.losses[12] - 100.0).abs() < 1e-9);
    assert!((risk.losses[10] + 100.0).abs() < 1e-9);
    assert!((risk.losses[15] - 105.0).abs() < 1e-9);
    assert!((risk.worst_long_loss() - 105.0).abs() < 1e-9);
    let rates = engine.rates(FUTURE).unwrap();
    assert_eq!((rates.buy, rates.sell), (105, 105));
}

#[test]
fn option_rates_include_premium_and_short_minimum_rounded_up() {
    let engine = marked_engine(&[], params());
    for id in [CALL_1000, PUT_1000, CALL_1100, PUT_900] {
        let risk = engine.risk_array(id).unwrap();
        let rates = engine.rates(id).unwrap();
        let buy = risk.worst_long_loss() + risk.value();
        let sell = risk.worst_short_loss() + 5.0;
        assert!(f64::from(rates.buy) >= buy && f64::from(rates.buy) < buy + 1.0);
        assert!(f64::from(rates.sell) >= sell && f64::from(rates.sell) < sell + 1.0);
        // A long option cannot lose more than its value.
        assert!(risk.worst_long_loss() <= risk.value() + 1e-9);
    }
}

#[test]
fn first_recompute_sends_rates_and_trues_up_headroom() {
    let mut engine = MarginEngine::new(&config(&[(1, 5000.0), (2, 0.0)], params())).unwrap();
    // Cash alone needs no marks: the card learns account 1's headroom at once.
    assert_eq!(
        engine.recompute_all(),
        vec![Output::Headroom {
            account: 1,
            delta: 5000
        }]
    );
    let out = engine.process(&mark_index(1000.0, 0.3)).unwrap();
    let rates: Vec<u16> = out
        .iter()
        .filter_map(|o| match o {
            Output::Rates { instrument, .. } => Some(*instrument),
            _ => None,
        })
        .collect();
    assert_eq!(rates, vec![0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    assert_eq!(rates.len(), out.len(), "no positions, no headroom change");
    assert!(engine.recompute_all().is_empty());
    // The same marks again change nothing.
    assert!(engine.process(&mark_index(1000.0, 0.3)).unwrap().is_empty());
}

#[test]
fn headroom_follows_reservations_fills_and_marks() {
    let mut engine = marked_engine(&[(1, 10_000.0), (2, 10_000.0)], params());
    engine.recompute_all();
    let put = mark_price(&engine, PUT_1000);
    let rate = engine.rates(PUT_1000).unwrap().sell;
    // Account 1 sells 3 puts: the card reserves 3 × rate, then the order fills.
    let reserved = 3 * i64::from(rate);
    let out = engine
        .process(&Input::OrderReserved {
            account: 1,
            amount: reserved,
        })
        .unwrap();
    assert!(
        out.is_empty(),
        "a reservation is the card's own bookkeeping"
    );
    let out = engine
        .process(&Input::Fill(gatebook_margin::Fill {
            account: 1,
            instrument: PUT_1000,
            side: Side::Sell,
            price: put,
            qty: 3,
            reserved,
        }))
        .unwrap();
    let account = engine.account(1).unwrap();
    assert_eq!(account.positions, vec![(PUT_1000, -3)]);
    let target = account.equity.floor() as i64 - account.initial_margin.ceil() as i64;
    assert_eq!(account.card_headroom, target);
    assert_eq!(account.open_reservations, 0);
    // The delta gives the reservation back and takes the position's margin.
    let Output::Headroom { delta, .. } = out[0] else {
        panic!("{out:?}")
    };
    assert_eq!(10_000 - reserved + delta, target);
    // A mark down raises the short put's margin: headroom falls.
    let out = engine.process(&mark_index(950.0, 0.3)).unwrap();
    let delta = out
        .iter()
        .find_map(|o| match o {
            Output::Headroom { account: 1, delta } => Some(*delta),
            _ => None,
        })
        .unwrap();
    assert!(delta < 0);
    assert_eq!(
        engine.account(1).unwrap().card_headroom,
        target + delta,
        "the mirror follows the deltas"
    );
}

#[test]
fn futures_settle_variation_margin_on_marks() {
    let mut engine = marked_engine(&[(1, 1000.0), (2, 1000.0)], params());
    engine.process(&fill(1, FUTURE, Side::Buy, 990, 2)).unwrap();
    engine
        .process(&fill(2, FUTURE, Side::Sell, 990, 2))
        .unwrap();
    // Bought 10 below the mark of 1000: +20 of variation margin at once.
    assert_eq!(engine.account(1).unwrap().cash, 1020.0);
    assert_eq!(engine.account(2).unwrap().cash, 980.0);
    engine.process(&mark_index(1010.0, 0.3)).unwrap();
    assert_eq!(engine.account(1).unwrap().cash, 1040.0);
    assert_eq!(engine.account(2).unwrap().cash, 960.0);
    assert_eq!(engine.account(1).unwrap().equity, 1040.0);
}

fn book() -> MarginEngine {
    let accounts: Vec<(u32, f64)> = (1..=6).map(|id| (id, 50_000.0)).collect();
    let mut engine = marked_engine(&accounts, params());
    let trades = [
        (1, FUTURE, Side::Buy, 1000, 4),
        (2, FUTURE, Side::Sell, 1000, 4),
        (1, PUT_1000, Side::Buy, 62, 3),
        (3, PUT_1000, Side::Sell, 62, 3),
        (3, CALL_1100, Side::Sell, 25, 7),
        (4, CALL_1100, Side::Buy, 25, 7),
        (4, OTHER_FUTURE, Side::Sell, 80, 5),
        (5, OTHER_FUTURE, Side::Buy, 80, 5),
        (5, CALL_1000, Side::Sell, 70, 2),
        (6, CALL_1000, Side::Buy, 70, 2),
    ];
    for (account, instrument, side, price, qty) in trades {
        engine
            .process(&fill(account, instrument, side, price, qty))
            .unwrap();
    }
    engine.recompute_all();
    engine
}

#[test]
fn incremental_mark_update_equals_full_recompute_bit_for_bit() {
    let mut engine = book();
    for (price, vol) in [(1012.5, 0.31), (987.0, 0.28), (1003.25, 0.45)] {
        let out = engine.process(&mark_index(price, vol)).unwrap();
        assert!(!out.is_empty());
        let incremental: Vec<_> = (1..=6).map(|id| engine.account(id).unwrap()).collect();
        let mut full = engine.clone();
        assert!(full.recompute_all().is_empty(), "nothing left to true up");
        let recomputed: Vec<_> = (1..=6).map(|id| full.account(id).unwrap()).collect();
        assert_eq!(incremental, recomputed);
    }
}

#[test]
fn mark_touches_only_holders_of_that_underlying() {
    let mut engine = book();
    let out = engine
        .process(&Input::Mark {
            target: MarkTarget::Instrument(OTHER_FUTURE),
            price: 84.0,
            vol: None,
        })
        .unwrap();
    let accounts: Vec<u32> = out
        .iter()
        .filter_map(|o| match o {
            Output::Headroom { account, .. } => Some(*account),
            _ => None,
        })
        .collect();
    assert_eq!(accounts, vec![4, 5]);
}

#[test]
fn tick_shrinks_time_value() {
    let mut engine = book();
    let before = engine.risk_array(CALL_1000).unwrap().value();
    let out = engine
        .process(&Input::Tick {
            date: date("2027-02-18"),
        })
        .unwrap();
    assert!(!out.is_empty());
    assert!(engine.risk_array(CALL_1000).unwrap().value() < before);
    engine
        .process(&Input::Tick {
            date: date("2027-04-01"),
        })
        .unwrap();
    // Past expiry: intrinsic value, at the money worth nothing.
    assert_eq!(engine.risk_array(CALL_1000).unwrap().value(), 0.0);
}

#[test]
fn bad_inputs_are_errors_and_change_nothing() {
    let mut engine = book();
    let before = engine.account(1).unwrap();
    assert!(engine.process(&fill(99, FUTURE, Side::Buy, 1, 1)).is_err());
    assert!(engine.process(&fill(1, 77, Side::Buy, 1, 1)).is_err());
    assert!(engine.process(&fill(1, FUTURE, Side::Buy, 1, 0)).is_err());
    assert!(engine.process(&mark_index(-5.0, 0.3)).is_err());
    assert!(engine.process(&mark_index(f64::NAN, 0.3)).is_err());
    assert!(engine.process(&mark_index(1000.0, -0.3)).is_err());
    assert!(engine
        .process(&Input::Mark {
            target: MarkTarget::Underlying("NOPE".into()),
            price: 1.0,
            vol: None
        })
        .is_err());
    assert_eq!(engine.account(1).unwrap(), before);
    // An option cannot be traded before its volatility is known.
    let mut fresh = MarginEngine::new(&config(&[(1, 0.0)], params())).unwrap();
    fresh
        .process(&Input::Mark {
            target: MarkTarget::Instrument(FUTURE),
            price: 1000.0,
            vol: None,
        })
        .unwrap();
    assert!(fresh.process(&fill(1, FUTURE, Side::Buy, 1000, 1)).is_ok());
    assert!(fresh.process(&fill(1, PUT_900, Side::Buy, 10, 1)).is_err());
}

#[test]
fn invalid_configuration_names_the_field() {
    let mut bad = config(&[(1, 0.0), (1, 0.0)], params());
    let error = MarginEngine::new(&bad).unwrap_err().to_string();
    assert!(error.contains("accounts[1].id"), "{error}");
    bad = config(&[], params());
    bad.underlyings[0].price_scan = 0.5;
    let error = MarginEngine::new(&bad).unwrap_err().to_string();
    assert!(error.contains("price_scan"), "{error}");
}

proptest! {
    #[test]
    fn rates_and_risk_arrays_are_sane_for_any_mark(
        price in 1.0f64..100_000.0,
        vol in 0.0f64..2.0,
        days in 0i64..800,
    ) {
        let mut engine = MarginEngine::new(&config(&[], params())).unwrap();
        engine.process(&Input::Tick { date: date("2026-12-18").add_days(days) }).unwrap();
        engine.process(&mark_index(price, vol)).unwrap();
        for id in [FUTURE, CALL_1000, PUT_1000, CALL_1100, PUT_900] {
            let risk = engine.risk_array(id).unwrap();
            prop_assert_eq!(risk.losses.len(), SCENARIO_COUNT);
            prop_assert!(risk.losses.iter().all(|l| l.is_finite()));
            prop_assert!(risk.worst_long_loss() >= 0.0 && risk.worst_short_loss() >= 0.0);
            let rates = engine.rates(id).unwrap();
            prop_assert!(f64::from(rates.buy) >= risk.worst_long_loss());
            prop_assert!(f64::from(rates.sell) >= risk.worst_short_loss());
            if id != FUTURE {
                prop_assert!(f64::from(rates.buy) >= risk.value());
                prop_assert!(rates.sell >= 5);
            }
        }
    }
}

#[test]
fn instruments_build_from_venue_fields() {
    use gatebook_margin::{Contract, InstrumentSpec};
    let option = InstrumentSpec::from_venue(
        0,
        "option",
        "BTC",
        Some(100_000),
        Some("2026-12-27"),
        Some(false),
    )
    .unwrap();
    assert_eq!(
        option.contract,
        Contract::Option {
            strike: 100_000.0,
            expiry: date("2026-12-27"),
            put: false
        }
    );
    let future = InstrumentSpec::from_venue(1, "future", "BTC", None, None, None).unwrap();
    assert_eq!(future.contract, Contract::Future);
    assert!(InstrumentSpec::from_venue(2, "swap", "BTC", None, None, None).is_err());
    assert!(InstrumentSpec::from_venue(3, "option", "BTC", Some(1), None, Some(true)).is_err());
    assert!(InstrumentSpec::from_venue(
        4,
        "option",
        "BTC",
        Some(1),
        Some("2026-02-30"),
        Some(true)
    )
    .is_err());
}

#[test]
fn account_greeks_sum_the_positions() {
    let mut engine = marked_engine(&[(1, 10_000.0)], params());
    engine
        .process(&fill(1, CALL_1000, Side::Buy, 60, 2))
        .unwrap();
    engine
        .process(&fill(1, FUTURE, Side::Sell, 1000, 1))
        .unwrap();
    let call = engine.risk_array(CALL_1000).unwrap().greeks;
    let book = engine.account_greeks(1).unwrap();
    assert_eq!(book.delta, 2.0 * call.delta - 1.0);
    assert_eq!(book.gamma, 2.0 * call.gamma);
    assert_eq!(book.vega, 2.0 * call.vega);
    assert!(book.theta < 0.0);
    assert!(engine.account_greeks(42).is_none());
}
