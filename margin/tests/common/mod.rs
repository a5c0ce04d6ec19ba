//! A small venue shared by the engine tests: one index future and options on it.

#![allow(dead_code)]

use gatebook_margin::{
    AccountSpec, Contract, Date, Fill, InstrumentSpec, MarginEngine, MarginParams, RiskConfig,
    Side, UnderlyingSpec,
};

pub const FUTURE: u16 = 0;
pub const CALL_1000: u16 = 1;
pub const PUT_1000: u16 = 2;
pub const CALL_1100: u16 = 3;
pub const PUT_900: u16 = 4;
pub const OTHER_FUTURE: u16 = 10;

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

pub fn params() -> MarginParams {
    MarginParams {
        rate: 0.02,
        short_option_minimum: 5.0,
        insurance_fund: 0.0,
        ..MarginParams::default()
    }
}

pub fn config(accounts: &[(u32, f64)], params: MarginParams) -> RiskConfig {
    let expiry = date("2027-03-19");
    let option = |strike: f64, put: bool| Contract::Option {
        strike,
        expiry,
        put,
    };
    let instrument = |id: u16, underlying: &str, contract| InstrumentSpec {
        id,
        underlying: underlying.to_string(),
        contract,
    };
    RiskConfig {
        valuation_date: date("2026-12-18"),
        params,
        underlyings: vec![
            UnderlyingSpec {
                name: "IDX".into(),
                price_scan: 0.10,
                vol_scan: 0.05,
            },
            UnderlyingSpec {
                name: "OIL".into(),
                price_scan: 0.15,
                vol_scan: 0.10,
            },
        ],
        instruments: vec![
            instrument(FUTURE, "IDX", Contract::Future),
            instrument(CALL_1000, "IDX", option(1000.0, false)),
            instrument(PUT_1000, "IDX", option(1000.0, true)),
            instrument(CALL_1100, "IDX", option(1100.0, false)),
            instrument(PUT_900, "IDX", option(900.0, true)),
            instrument(OTHER_FUTURE, "OIL", Contract::Future),
        ],
        accounts: accounts
            .iter()
            .map(|&(id, cash)| AccountSpec {
                id,
                cash,
                card_headroom: 0,
            })
            .collect(),
    }
}

pub fn mark_index(price: f64, vol: f64) -> gatebook_margin::Input {
    gatebook_margin::Input::Mark {
        target: gatebook_margin::MarkTarget::Underlying("IDX".into()),
        price,
        vol: Some(vol),
    }
}

pub fn fill(
    account: u32,
    instrument: u16,
    side: Side,
    price: u32,
    qty: u32,
) -> gatebook_margin::Input {
    gatebook_margin::Input::Fill(Fill {
        account,
        instrument,
        side,
        price,
        qty,
        reserved: 0,
    })
}

/// An engine with the index marked at 1000, 30% vol, and the oil future at 80.
pub fn marked_engine(accounts: &[(u32, f64)], params: MarginParams) -> MarginEngine {
    let mut engine = MarginEngine::new(&config(accounts, params)).unwrap();
    engine.process(&mark_index(1000.0, 0.30)).unwrap();
    engine
        .process(&gatebook_margin::Input::Mark {
            target: gatebook_margin::MarkTarget::Instrument(OTHER_FUTURE),
            price: 80.0,
            vol: None,
        })
        .unwrap();
    engine
}

/// Rounded mark value of an instrument, as a fill price.
pub fn mark_price(engine: &MarginEngine, instrument: u16) -> u32 {
    engine.risk_array(instrument).unwrap().value().round() as u32
}
