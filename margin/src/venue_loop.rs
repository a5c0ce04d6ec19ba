//! The margin engine in the loop: marks and reports in, `RATES`, `HEADROOM`, `KILL`,
//! `ENABLE` and liquidation orders out, all through the one input sequence.
//!
//! The loop is deterministic: the margin engine sees the flow's marks and the backend's
//! reports in order, and every message it sends is numbered into the same `in_seq` stream
//! as the client messages. Recording that stream (`--record`) gives a plain flow that any
//! backend replays to identical reports, without the margin engine.

use crate::{
    AccountSpec, Date, Fill, Input, InstrumentSpec, MarginEngine, MarginError, MarginParams,
    MarkTarget, Output, PricingError, RiskConfig, UnderlyingSpec, LIQUIDATION_CL_ORD_ID_BASE,
};
use gatebook_wire::{
    Event, InstrumentKind, Mark, Message, NewOrder, OrdType, Reason, ReportRecord, Side, Tif,
    VenueConfig,
};
use std::collections::BTreeMap;

/// Why the loop cannot go on: a venue the margin engine cannot model, or an input it refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoopError {
    /// The venue or the valuation date: the margin engine cannot be set up.
    #[error("margin engine: {0}")]
    Config(String),
    /// A mark, or the reports of a message, that the margin engine refuses. `field` is the
    /// `orders.csv` column of the row at fault, so the caller can name the file and line too.
    #[error("margin engine: {message}")]
    Input {
        /// The column: `instrument`, `account`, `price`, or `qty` (a mark's `vol_bp`).
        field: &'static str,
        /// What is wrong, in the margin engine's words.
        message: String,
    },
}

impl LoopError {
    /// The refusal of an input row, with the column it concerns.
    fn input(error: MarginError) -> LoopError {
        let field = match &error {
            MarginError::UnknownAccount(_) => "account",
            MarginError::UnknownInstrument(_)
            | MarginError::UnknownUnderlying(_)
            | MarginError::NoMark(_) => "instrument",
            MarginError::Mark(
                PricingError::NotFinite { name }
                | PricingError::NotPositive { name, .. }
                | PricingError::Negative { name, .. },
            ) if *name == "vol" => "qty",
            MarginError::Mark(_) => "price",
            MarginError::Fill(_) => "qty",
            MarginError::Config(_) | MarginError::Date(_) => "action",
        };
        LoopError::Input {
            field,
            message: error.to_string(),
        }
    }
}

/// Scan range and volatility shift of every underlying (10% and 5 vol points).
const PRICE_SCAN: f64 = 0.10;
const VOL_SCAN: f64 = 0.05;

/// What the host knows of the card's reservations, rebuilt from the reports alone: the
/// current rate of each side and, per live order, the rate it reserved at, its price and
/// its leaves.
#[derive(Default)]
pub struct ReservationLedger {
    rates: BTreeMap<(u16, Side), u32>,
    orders: BTreeMap<(u32, u64), Reserved>,
}

#[derive(Clone, Copy)]
struct Reserved {
    rate: u32,
    price: u32,
    leaves: u32,
}

impl ReservationLedger {
    /// An empty ledger with every instrument's configured `margin_buy` and `margin_sell` rates.
    pub fn new(venue: &VenueConfig) -> Self {
        let mut ledger = ReservationLedger::default();
        for i in &venue.instruments {
            ledger.rates.insert((i.id, Side::Buy), i.margin_buy);
            ledger.rates.insert((i.id, Side::Sell), i.margin_sell);
        }
        ledger
    }

    /// Follows a message about to reach the backend (a `RATES` changes later reservations).
    pub fn on_message(&mut self, message: &Message) {
        if let Message::Rates {
            instrument,
            side,
            rate,
        } = *message
        {
            if let Some(current) = self.rates.get_mut(&(instrument, side)) {
                *current = rate;
            }
        }
    }

    fn current_rate(&self, report: &ReportRecord) -> Option<u32> {
        let side = Side::from_code(report.side)?;
        self.rates.get(&(report.instrument.get(), side)).copied()
    }

    /// The margin-engine inputs that one report implies, in order. The engine books the
    /// give-backs of the kills it sends itself (`kill_booked`); a client's kill is reported to
    /// it like any cancel.
    pub fn on_report(&mut self, report: &ReportRecord, kill_booked: bool, inputs: &mut Vec<Input>) {
        let account = report.account.get();
        let key = (account, report.cl_ord_id.get());
        let amount = |qty: u32, rate: u32| {
            i64::try_from(u64::from(qty) * u64::from(rate)).unwrap_or(i64::MAX)
        };
        match Event::from_code(report.event) {
            Some(Event::Ack) => {
                let rate = self.current_rate(report).unwrap_or(0);
                let qty = report.qty.get();
                self.orders.insert(
                    key,
                    Reserved {
                        rate,
                        price: report.price.get(),
                        leaves: qty,
                    },
                );
                inputs.push(Input::OrderReserved {
                    account,
                    amount: amount(qty, rate),
                });
            }
            Some(Event::Replaced) => {
                let Some(old) = self.orders.get(&key).copied() else {
                    return;
                };
                let (price, leaves) = (report.price.get(), report.qty.get());
                if price == old.price && leaves <= old.leaves {
                    inputs.push(Input::OrderReleased {
                        account,
                        amount: amount(old.leaves - leaves, old.rate),
                    });
                    self.orders.insert(key, Reserved { leaves, ..old });
                } else {
                    let rate = self.current_rate(report).unwrap_or(0);
                    inputs.push(Input::OrderReleased {
                        account,
                        amount: amount(old.leaves, old.rate),
                    });
                    inputs.push(Input::OrderReserved {
                        account,
                        amount: amount(leaves, rate),
                    });
                    self.orders.insert(
                        key,
                        Reserved {
                            rate,
                            price,
                            leaves,
                        },
                    );
                }
            }
            Some(Event::Fill) => {
                let Some(order) = self.orders.get_mut(&key) else {
                    return;
                };
                let qty = report.qty.get();
                order.leaves = report.leaves.get();
                inputs.push(Input::Fill(Fill {
                    account,
                    instrument: report.instrument.get(),
                    side: margin_side(Side::from_code(report.side).unwrap_or(Side::Buy)),
                    price: report.price.get(),
                    qty,
                    reserved: amount(qty, order.rate),
                }));
                if order.leaves == 0 {
                    self.orders.remove(&key);
                }
            }
            Some(Event::Canceled) | Some(Event::Expired) => {
                let Some(order) = self.orders.remove(&key) else {
                    return;
                };
                // The margin engine books a kill's give-backs itself.
                if report.reason != Reason::Kill.code() || !kill_booked {
                    inputs.push(Input::OrderReleased {
                        account,
                        amount: amount(report.qty.get(), order.rate),
                    });
                }
            }
            _ => {}
        }
    }
}

fn margin_side(side: Side) -> crate::Side {
    match side {
        Side::Buy => crate::Side::Buy,
        Side::Sell => crate::Side::Sell,
    }
}

fn wire_side(side: crate::Side) -> Side {
    match side {
        crate::Side::Buy => Side::Buy,
        crate::Side::Sell => Side::Sell,
    }
}

/// The margin engine, configured from the venue, and the host's ledger beside it.
pub struct MarginLoop {
    engine: MarginEngine,
    ledger: ReservationLedger,
    inputs: Vec<Input>,
    /// The underlying of each future: a mark on a future marks its whole underlying.
    future_underlying: BTreeMap<u16, String>,
}

impl MarginLoop {
    /// Every account's configured headroom is its opening cash; every underlying gets the
    /// default scan ranges; options are valued as of `valuation_date`.
    pub fn new(venue: &VenueConfig, valuation_date: &str) -> Result<MarginLoop, LoopError> {
        let bad = LoopError::Config;
        let date =
            Date::parse(valuation_date).map_err(|e| bad(format!("--valuation-date: {e}")))?;
        let mut underlyings: Vec<String> = venue
            .instruments
            .iter()
            .map(|i| i.underlying.clone())
            .collect();
        underlyings.sort();
        underlyings.dedup();
        if underlyings.iter().any(String::is_empty) {
            return Err(bad(
                "every instrument needs an `underlying` for margin".into()
            ));
        }
        let instruments = venue
            .instruments
            .iter()
            .map(|i| {
                let kind = match i.kind {
                    InstrumentKind::Future => "future",
                    InstrumentKind::Option => "option",
                };
                let strike = i
                    .strike
                    .map(u32::try_from)
                    .transpose()
                    .map_err(|_| bad(format!("instrument {}: strike too large", i.id)))?;
                InstrumentSpec::from_venue(
                    i.id,
                    kind,
                    &i.underlying,
                    strike,
                    i.expiry.as_deref(),
                    Some(i.put),
                )
                .map_err(|e| bad(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let config = RiskConfig {
            valuation_date: date,
            params: MarginParams {
                short_option_minimum: 10.0,
                insurance_fund: 1_000_000.0,
                ..MarginParams::default()
            },
            underlyings: underlyings
                .into_iter()
                .map(|name| UnderlyingSpec {
                    name,
                    price_scan: PRICE_SCAN,
                    vol_scan: VOL_SCAN,
                })
                .collect(),
            instruments,
            accounts: venue
                .accounts
                .iter()
                .map(|a| AccountSpec {
                    id: a.id,
                    cash: a.headroom as f64,
                    card_headroom: a.headroom,
                })
                .collect(),
        };
        let engine = MarginEngine::new(&config).map_err(|e| bad(e.to_string()))?;
        let future_underlying = venue
            .instruments
            .iter()
            .filter(|i| i.kind == InstrumentKind::Future)
            .map(|i| (i.id, i.underlying.clone()))
            .collect();
        Ok(MarginLoop {
            engine,
            ledger: ReservationLedger::new(venue),
            inputs: Vec::new(),
            future_underlying,
        })
    }

    /// The first rates and headroom corrections, before any message.
    pub fn start(&mut self) -> Vec<Output> {
        self.engine.recompute_all()
    }

    /// A mark from the flow: on a future it sets the underlying's price and the volatility of
    /// all its expiries; on an option, that option's expiry only.
    pub fn mark(&mut self, mark: &Mark) -> Result<Vec<Output>, LoopError> {
        let target = match self.future_underlying.get(&mark.instrument) {
            Some(underlying) => MarkTarget::Underlying(underlying.clone()),
            None => MarkTarget::Instrument(mark.instrument),
        };
        let input = Input::Mark {
            target,
            price: f64::from(mark.price),
            vol: mark.vol_bp.map(|bp| f64::from(bp) / 10_000.0),
        };
        self.engine.process(&input).map_err(LoopError::input)
    }

    /// A message is about to reach the backend.
    pub fn before(&mut self, message: &Message) {
        self.ledger.on_message(message);
    }

    /// The backend answered `message` (sent by the margin engine when `from_engine`) with
    /// `reports`: feed what they imply to the engine.
    pub fn after(
        &mut self,
        message: &Message,
        from_engine: bool,
        reports: &[ReportRecord],
    ) -> Result<Vec<Output>, LoopError> {
        self.inputs.clear();
        for report in reports {
            self.ledger.on_report(report, from_engine, &mut self.inputs);
        }
        if let Message::New(order) = message {
            if order.cl_ord_id >= LIQUIDATION_CL_ORD_ID_BASE {
                self.inputs.push(Input::OrderDone {
                    account: order.account,
                    cl_ord_id: order.cl_ord_id,
                });
            }
        }
        let mut outputs = Vec::new();
        for input in &self.inputs {
            outputs.extend(self.engine.process(input).map_err(LoopError::input)?);
        }
        Ok(outputs)
    }
}

/// The order-flow message an engine output asks for, if it is one.
pub fn output_message(output: &Output) -> Option<Message> {
    Some(match *output {
        Output::Rates {
            instrument,
            side,
            rate,
        } => Message::Rates {
            instrument,
            side: wire_side(side),
            rate,
        },
        Output::Headroom { account, delta } => Message::Headroom { account, delta },
        Output::Kill { account } => Message::Kill { account },
        Output::Enable { account } => Message::Enable { account },
        Output::Order {
            account,
            instrument,
            side,
            qty,
            price,
            cl_ord_id,
            ..
        } => Message::New(NewOrder {
            account,
            instrument,
            cl_ord_id,
            side: wire_side(side),
            ord_type: OrdType::Limit,
            tif: Tif::Ioc,
            price,
            qty,
            post_only: false,
            stp: None,
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::{AccountConfig, InstrumentConfig, StpMode};

    /// One future on BTC and one account with cash.
    fn venue() -> VenueConfig {
        VenueConfig {
            instruments: vec![InstrumentConfig {
                id: 0,
                symbol: "BTC-F".into(),
                underlying: "BTC".into(),
                price_base: 8000,
                reference: 10000,
                collar: 2000,
                margin_buy: 1000,
                margin_sell: 1000,
                ..InstrumentConfig::default()
            }],
            accounts: vec![AccountConfig {
                id: 1,
                enabled: true,
                max_order_qty: u32::MAX,
                max_order_notional: u64::MAX,
                max_position: u64::MAX,
                headroom: 1_000_000,
                stp: StpMode::Resting,
            }],
            ..VenueConfig::default()
        }
    }

    fn field_of(result: Result<Vec<Output>, LoopError>) -> &'static str {
        match result {
            Err(LoopError::Input { field, .. }) => field,
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn refused_marks_and_reports_name_the_column_at_fault() {
        let mut margin = MarginLoop::new(&venue(), "2026-11-24").unwrap();
        margin.start();
        let mark = |instrument, price, vol_bp| Mark {
            instrument,
            price,
            vol_bp,
        };
        let unknown = margin.mark(&mark(9, 10000, None));
        assert!(unknown.as_ref().unwrap_err().to_string().contains("9"));
        assert_eq!(field_of(unknown), "instrument");
        assert_eq!(field_of(margin.mark(&mark(0, 0, None))), "price");
        // A fill on an instrument the margin engine has no mark for yet.
        let fill = ReportRecord {
            event: Event::Fill.code(),
            side: Side::Buy.code(),
            account: 1.into(),
            cl_ord_id: 5.into(),
            price: 10000.into(),
            qty: 1.into(),
            ..ReportRecord::default()
        };
        let ack = ReportRecord {
            event: Event::Ack.code(),
            ..fill
        };
        let order = Message::Kill { account: 1 };
        assert_eq!(
            field_of(margin.after(&order, false, &[ack, fill])),
            "instrument"
        );
        assert!(margin.mark(&mark(0, 10000, Some(5000))).is_ok());
        assert!(matches!(
            MarginLoop::new(&venue(), "24/11/2026").err(),
            Some(LoopError::Config(_))
        ));
    }
}
