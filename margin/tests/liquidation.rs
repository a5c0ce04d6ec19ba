//! Liquidation of a short-put account through a crash: market slices, insurance fund,
//! auto-deleveraging, determinism.

mod common;

use std::collections::VecDeque;

use common::*;
use gatebook_margin::{Input, MarginEngine, MarginParams, Output, Side};

const SHORT: u32 = 1;
const LONG_A: u32 = 2;
const LONG_B: u32 = 3;
const MAKER: u32 = 9;

/// Account 1 writes 20 at-the-money puts: 10 to account 2 at `price_a`, 10 to account 3 at
/// `price_b`.
fn short_put_book(fund: f64, price_a: u32, price_b: u32) -> MarginEngine {
    let params = MarginParams {
        insurance_fund: fund,
        ..params()
    };
    let accounts = [
        (SHORT, 2000.0),
        (LONG_A, 10_000.0),
        (LONG_B, 10_000.0),
        (MAKER, 1e9),
    ];
    let mut engine = marked_engine(&accounts, params);
    let trades = [
        (SHORT, Side::Sell, price_b, LONG_B, 10),
        (SHORT, Side::Sell, price_a, LONG_A, 10),
    ];
    for (seller, side, price, buyer, qty) in trades {
        engine
            .process(&fill(seller, PUT_1000, side, price, qty))
            .unwrap();
        engine
            .process(&fill(buyer, PUT_1000, side.opposite(), price, qty))
            .unwrap();
    }
    engine.recompute_all();
    let account = engine.account(SHORT).unwrap();
    assert!(!account.in_liquidation);
    assert!(account.equity > account.maintenance_margin);
    engine
}

/// Feeds `first` and plays the card and the market: every liquidation IOC is filled in full
/// against the maker at its limit price (when `liquidity`), then reported done.
fn run(engine: &mut MarginEngine, first: Input, liquidity: bool) -> Vec<Output> {
    let mut outputs = Vec::new();
    let mut queue = VecDeque::from([first]);
    let mut steps = 0;
    while let Some(input) = queue.pop_front() {
        steps += 1;
        assert!(steps < 1000, "liquidation does not terminate");
        let out = engine.process(&input).unwrap();
        for output in &out {
            if let Output::Order {
                account,
                instrument,
                side,
                qty,
                price,
                cl_ord_id,
                ..
            } = *output
            {
                // The card reserves qty × its rate on acceptance; the fill keeps it.
                let rates = engine.rates(instrument).unwrap();
                let rate = match side {
                    Side::Buy => rates.buy,
                    Side::Sell => rates.sell,
                };
                let reserved = i64::from(qty) * i64::from(rate);
                queue.push_back(Input::OrderReserved {
                    account,
                    amount: reserved,
                });
                if liquidity {
                    queue.push_back(Input::Fill(gatebook_margin::Fill {
                        account,
                        instrument,
                        side,
                        price,
                        qty,
                        reserved,
                    }));
                    queue.push_back(fill(MAKER, instrument, side.opposite(), price, qty));
                } else {
                    queue.push_back(Input::OrderReleased {
                        account,
                        amount: reserved,
                    });
                }
                queue.push_back(Input::OrderDone { account, cl_ord_id });
            }
        }
        outputs.extend(out);
    }
    outputs
}

/// The buy rate of the put sent before `outputs` ends.
fn engine_rate_at_order(outputs: &[Output]) -> u32 {
    outputs
        .iter()
        .rev()
        .find_map(|o| match o {
            Output::Rates {
                instrument: PUT_1000,
                side: Side::Buy,
                rate,
            } => Some(*rate),
            _ => None,
        })
        .unwrap()
}

fn count(outputs: &[Output], pick: impl Fn(&Output) -> bool) -> usize {
    outputs.iter().filter(|o| pick(o)).count()
}

#[test]
fn moderate_crash_liquidates_in_slices_until_back_above_maintenance() {
    let mut engine = short_put_book(0.0, 60, 60);
    let headroom_before = engine.account(SHORT).unwrap().card_headroom;
    let out = run(&mut engine, mark_index(930.0, 0.40), true);
    let starts = out
        .iter()
        .position(|o| matches!(o, Output::LiquidationStarted { account: SHORT, .. }))
        .expect("liquidation starts");
    assert_eq!(out[starts + 1], Output::Kill { account: SHORT });
    let orders: Vec<(Side, u32)> = out
        .iter()
        .filter_map(|o| match o {
            Output::Order {
                account: SHORT,
                instrument: PUT_1000,
                side,
                qty,
                ..
            } => Some((*side, *qty)),
            _ => None,
        })
        .collect();
    assert!(!orders.is_empty());
    // Each slice: headroom granted if short, enabled, the IOC, disabled again.
    for (index, output) in out.iter().enumerate() {
        if let Output::Order {
            account: SHORT,
            qty,
            side: Side::Buy,
            instrument: PUT_1000,
            ..
        } = output
        {
            assert_eq!(out[index - 1], Output::Enable { account: SHORT });
            assert_eq!(out[index + 1], Output::Kill { account: SHORT });
            let card_headroom: i64 = headroom_before
                + out[..index]
                    .iter()
                    .filter_map(|o| match o {
                        Output::Headroom {
                            account: SHORT,
                            delta,
                        } => Some(*delta),
                        _ => None,
                    })
                    .sum::<i64>();
            let rate = engine_rate_at_order(&out[..index]);
            assert!(
                card_headroom >= i64::from(*qty) * i64::from(rate),
                "{card_headroom}"
            );
        }
    }
    // Buy-backs of at most a quarter of the position each.
    let mut held: u32 = 20;
    for &(side, qty) in &orders {
        assert_eq!(side, Side::Buy);
        assert!(qty <= held.div_ceil(4) && qty >= 1, "{qty} of {held}");
        held -= qty;
    }
    assert!(held > 0, "stopped before flat: back above maintenance");
    let account = engine.account(SHORT).unwrap();
    assert!(!account.in_liquidation);
    assert!(account.equity >= account.maintenance_margin);
    assert!(account.equity > 0.0);
    // Reservations all accounted for, and the card's headroom trued up to the target.
    assert_eq!(account.open_reservations, 0);
    assert_eq!(
        account.card_headroom,
        account.equity.floor() as i64 - account.initial_margin.ceil() as i64
    );
    assert!(matches!(
        out.last(),
        Some(Output::LiquidationEnded { account: SHORT, .. })
    ));
    assert_eq!(
        count(&out, |o| matches!(o, Output::InsuranceFund { .. })),
        0
    );
    assert_eq!(count(&out, |o| matches!(o, Output::Adl { .. })), 0);
}

#[test]
fn deep_crash_books_the_loss_to_the_insurance_fund() {
    let mut engine = short_put_book(10_000.0, 60, 60);
    let out = run(&mut engine, mark_index(800.0, 0.60), true);
    let account = engine.account(SHORT).unwrap();
    assert!(account.positions.is_empty(), "closed in the market");
    assert_eq!(account.equity, 0.0, "the fund restores exactly zero");
    let drawn: Vec<(f64, f64)> = out
        .iter()
        .filter_map(|o| match o {
            Output::InsuranceFund {
                account: SHORT,
                drawn,
                balance,
            } => Some((*drawn, *balance)),
            _ => None,
        })
        .collect();
    assert_eq!(drawn.len(), 1);
    let (drawn, balance) = drawn[0];
    assert!(drawn > 0.0);
    assert_eq!(balance, 10_000.0 - drawn);
    assert_eq!(engine.insurance_fund(), balance);
    assert_eq!(count(&out, |o| matches!(o, Output::Adl { .. })), 0);
    // Longs untouched.
    assert_eq!(
        engine.account(LONG_A).unwrap().positions,
        vec![(PUT_1000, 10)]
    );
}

#[test]
fn empty_fund_deleverages_the_most_profitable_longs_first() {
    // Account 2 bought cheaper (50) than account 3 (60): it is the more profitable.
    let mut engine = short_put_book(0.0, 50, 60);
    let cash_a = engine.account(LONG_A).unwrap().cash;
    let cash_b = engine.account(LONG_B).unwrap().cash;
    let out = run(&mut engine, mark_index(800.0, 0.60), true);
    assert_eq!(
        count(&out, |o| matches!(o, Output::Order { account: SHORT, .. })),
        0,
        "bankrupt with no fund: straight to auto-deleveraging"
    );
    let adl: Vec<(u32, u32, f64)> = out
        .iter()
        .filter_map(|o| match o {
            Output::Adl {
                bankrupt: SHORT,
                counterparty,
                instrument: PUT_1000,
                side: Side::Buy,
                qty,
                loss,
                ..
            } => Some((*counterparty, *qty, *loss)),
            _ => None,
        })
        .collect();
    assert_eq!(adl.len(), 2);
    assert_eq!((adl[0].0, adl[0].1), (LONG_A, 10));
    assert_eq!((adl[1].0, adl[1].1), (LONG_B, 10));
    let deficit = adl[0].2 + adl[1].2;
    assert!(deficit > 0.0 && (adl[0].2 - adl[1].2).abs() < 1e-9);
    let short = engine.account(SHORT).unwrap();
    assert!(short.positions.is_empty());
    assert!(short.equity.abs() < 1e-9);
    // The longs were closed at the mark and bore the deficit.
    let a = engine.account(LONG_A).unwrap();
    assert!(a.positions.is_empty());
    let value = out
        .iter()
        .find_map(|o| match o {
            Output::Adl { price, .. } => Some(*price),
            _ => None,
        })
        .unwrap();
    assert!((a.cash - (cash_a + 10.0 * value - adl[0].2)).abs() < 1e-6);
    let b = engine.account(LONG_B).unwrap();
    assert!((b.cash - (cash_b + 10.0 * value - adl[1].2)).abs() < 1e-6);
    assert_eq!(engine.insurance_fund(), 0.0);
}

#[test]
fn equal_profits_are_deleveraged_by_account_id() {
    let mut engine = short_put_book(0.0, 60, 60);
    let out = run(&mut engine, mark_index(800.0, 0.60), true);
    let order: Vec<u32> = out
        .iter()
        .filter_map(|o| match o {
            Output::Adl { counterparty, .. } => Some(*counterparty),
            _ => None,
        })
        .collect();
    assert_eq!(order, vec![LONG_A, LONG_B]);
}

#[test]
fn no_liquidity_falls_back_to_deleveraging_with_the_fund_paying() {
    let mut engine = short_put_book(10_000.0, 60, 60);
    let out = run(&mut engine, mark_index(800.0, 0.60), false);
    assert_eq!(
        count(&out, |o| matches!(o, Output::Order { account: SHORT, .. })),
        1
    );
    assert_eq!(count(&out, |o| matches!(o, Output::Adl { .. })), 2);
    for output in &out {
        if let Output::Adl { loss, .. } = output {
            assert_eq!(*loss, 0.0, "the fund covers the deficit");
        }
    }
    assert!(engine.insurance_fund() < 10_000.0);
    assert!(engine.account(SHORT).unwrap().positions.is_empty());
}

#[test]
fn the_same_crash_twice_gives_identical_events() {
    for (fund, liquidity) in [(0.0, true), (10_000.0, true), (10_000.0, false)] {
        let mut first = short_put_book(fund, 55, 60);
        let mut second = short_put_book(fund, 55, 60);
        let a = run(&mut first, mark_index(800.0, 0.60), liquidity);
        let b = run(&mut second, mark_index(800.0, 0.60), liquidity);
        assert!(!a.is_empty());
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
    }
}

#[test]
fn liquidation_order_ids_are_in_the_reserved_range() {
    let mut engine = short_put_book(0.0, 60, 60);
    let out = run(&mut engine, mark_index(930.0, 0.40), true);
    let ids: Vec<u64> = out
        .iter()
        .filter_map(|o| match o {
            Output::Order { cl_ord_id, .. } => Some(*cl_ord_id),
            _ => None,
        })
        .collect();
    assert!(!ids.is_empty());
    for (index, id) in ids.iter().enumerate() {
        assert_eq!(
            *id,
            gatebook_margin::LIQUIDATION_CL_ORD_ID_BASE + index as u64
        );
    }
}

#[test]
fn profit_ranks_before_account_id() {
    // Account 3 bought cheaper: it goes first although its id is higher.
    let mut engine = short_put_book(0.0, 60, 50);
    let out = run(&mut engine, mark_index(800.0, 0.60), true);
    let order: Vec<u32> = out
        .iter()
        .filter_map(|o| match o {
            Output::Adl { counterparty, .. } => Some(*counterparty),
            _ => None,
        })
        .collect();
    assert_eq!(order, vec![LONG_B, LONG_A]);
}

#[test]
fn a_deficit_beyond_the_fund_with_no_one_to_deleverage_is_reported_once() {
    let params = MarginParams {
        insurance_fund: 200.0,
        ..params()
    };
    let mut engine = MarginEngine::new(&config(&[(SHORT, -500.0)], params)).unwrap();
    let out = engine.recompute_all();
    assert!(out.contains(&Output::InsuranceFund {
        account: SHORT,
        drawn: 200.0,
        balance: 0.0
    }));
    assert!(out.contains(&Output::UncoveredLoss {
        account: SHORT,
        amount: 300.0
    }));
    assert_eq!(engine.account(SHORT).unwrap().equity, -300.0);
    // Nothing new happens on the next recompute: the loss is already reported.
    let again = engine.recompute_all();
    assert!(
        !again.iter().any(|o| matches!(
            o,
            Output::LiquidationStarted { .. } | Output::UncoveredLoss { .. }
        )),
        "{again:?}"
    );
}
