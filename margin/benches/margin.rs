//! Greeks for 10,000 options; full recompute and one-mark incremental update of 10,000
//! accounts over 100 instruments.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use gatebook_margin::{
    greeks, AccountSpec, Contract, Date, Fill, Input, InstrumentSpec, MarginEngine, MarginParams,
    MarkTarget, OptionQuote, RiskConfig, Side, UnderlyingSpec,
};

const ACCOUNTS: u32 = 10_000;
const UNDERLYINGS: usize = 10;
const INSTRUMENTS_PER_UNDERLYING: usize = 10;
const POSITIONS_PER_ACCOUNT: usize = 5;

/// A fixed-seed xorshift generator: the benchmark book is the same on every run.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn quotes() -> Vec<OptionQuote> {
    let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
    (0..10_000)
        .map(|_| OptionQuote {
            future: 100.0,
            strike: 50.0 + 100.0 * rng.unit(),
            vol: 0.05 + rng.unit(),
            rate: 0.03,
            years: 0.01 + 2.0 * rng.unit(),
            put: rng.below(2) == 1,
        })
        .collect()
}

fn underlying_name(index: usize) -> String {
    format!("U{index}")
}

fn book() -> MarginEngine {
    let valuation = Date::parse("2026-12-18").expect("valid date");
    let expiries = [
        Date::parse("2027-01-15").expect("valid date"),
        Date::parse("2027-03-19").expect("valid date"),
        Date::parse("2027-06-18").expect("valid date"),
    ];
    let mut instruments = Vec::new();
    for underlying in 0..UNDERLYINGS {
        for slot in 0..INSTRUMENTS_PER_UNDERLYING {
            let id = (underlying * INSTRUMENTS_PER_UNDERLYING + slot) as u16;
            let contract = if slot == 0 {
                Contract::Future
            } else {
                Contract::Option {
                    strike: 800.0 + 50.0 * slot as f64,
                    expiry: expiries[slot % 3],
                    put: slot % 2 == 0,
                }
            };
            instruments.push(InstrumentSpec {
                id,
                underlying: underlying_name(underlying),
                contract,
            });
        }
    }
    let config = RiskConfig {
        valuation_date: valuation,
        params: MarginParams {
            rate: 0.03,
            short_option_minimum: 5.0,
            insurance_fund: 1e9,
            ..MarginParams::default()
        },
        underlyings: (0..UNDERLYINGS)
            .map(|index| UnderlyingSpec {
                name: underlying_name(index),
                price_scan: 0.1,
                vol_scan: 0.05,
            })
            .collect(),
        instruments,
        accounts: (0..ACCOUNTS)
            .map(|id| AccountSpec {
                id,
                cash: 1e7,
                card_headroom: 0,
            })
            .collect(),
    };
    let mut engine = MarginEngine::new(&config).expect("valid configuration");
    for underlying in 0..UNDERLYINGS {
        engine
            .process(&Input::Mark {
                target: MarkTarget::Underlying(underlying_name(underlying)),
                price: 1000.0,
                vol: Some(0.3),
            })
            .expect("valid mark");
    }
    let mut rng = Xorshift(0x2545_f491_4f6c_dd1d);
    for account in 0..ACCOUNTS {
        for _ in 0..POSITIONS_PER_ACCOUNT {
            let instrument = rng.below((UNDERLYINGS * INSTRUMENTS_PER_UNDERLYING) as u64) as u16;
            let side = if rng.below(2) == 0 {
                Side::Buy
            } else {
                Side::Sell
            };
            let fill = Fill {
                account,
                instrument,
                side,
                price: engine
                    .risk_array(instrument)
                    .map_or(1, |r| r.value().round().max(1.0) as u32),
                qty: 1 + rng.below(20) as u32,
                reserved: 0,
            };
            engine.process(&Input::Fill(fill)).expect("valid fill");
        }
    }
    engine.recompute_all();
    engine
}

fn bench_greeks(c: &mut Criterion) {
    let quotes = quotes();
    c.bench_function("greeks_10k_options", |b| {
        b.iter(|| {
            let mut total = 0.0;
            for quote in &quotes {
                let g = greeks(black_box(quote)).expect("valid quote");
                total += g.price + g.delta + g.gamma + g.vega + g.theta;
            }
            black_box(total)
        })
    });
}

fn bench_portfolio(c: &mut Criterion) {
    let mut engine = book();
    c.bench_function("full_recompute_10k_accounts_100_instruments", |b| {
        b.iter(|| black_box(engine.recompute_all()))
    });
    let marks = [
        Input::Mark {
            target: MarkTarget::Underlying(underlying_name(0)),
            price: 1010.0,
            vol: Some(0.31),
        },
        Input::Mark {
            target: MarkTarget::Underlying(underlying_name(0)),
            price: 990.0,
            vol: Some(0.29),
        },
    ];
    let mut turn = 0usize;
    c.bench_function("incremental_one_mark_10k_accounts_100_instruments", |b| {
        b.iter(|| {
            turn += 1;
            black_box(engine.process(&marks[turn % 2]).expect("valid mark"))
        })
    });
}

/// The benchmarks of this file as one criterion group (`benches`), which `main` runs with the
/// options given on the command line.
mod group {
    use super::*;

    criterion_group!(benches, bench_greeks, bench_portfolio);
}

criterion_main!(group::benches);
