//! The margin engine: marks, fills and reservations in; rates, headroom deltas and
//! liquidation steps out.
//!
//! # Units and rounding
//! Prices are in ticks and quantities in lots, as on the venue. One **margin unit** is one
//! tick of price on one lot. Rates are rounded up to the next whole unit and saturate at
//! `u32::MAX`; headroom is `floor(equity) − ceil(initial margin) − open reservations`, so every
//! rounding errs on the side of less headroom.
//!
//! # Cash and equity
//! - An option fill moves premium: a buy pays `price × qty`, a sell receives it. Option
//!   positions are carried at their Black-76 mark value.
//! - A future is settled to its mark (variation margin): a fill books `qty × (mark − price)`
//!   (signed by side) and every later futures mark books `position × (new − old)`. A future
//!   position therefore adds nothing to equity beyond cash.
//! - Equity = cash + Σ option positions × mark value.
//!
//! # Margin
//! Per underlying, the account's risk arrays are summed scenario by scenario (long lots
//! positive, short lots negative; positions in instrument-id order) and the worst scenario
//! loss, floored at 0, is the scan risk. Initial margin = Σ over underlyings (in configuration
//! order) of scan risk + `short_option_minimum` × (net short call lots + net short put lots).
//! Underlyings do not offset one another. Maintenance = `maintenance_fraction` × initial.
//!
//! # Headroom
//! The engine mirrors the card's headroom for each account (configured value, plus its own
//! deltas, minus reservations, plus releases) and after every input that changes an account
//! sends the delta that brings the card to `floor(equity) − ceil(initial) − open
//! reservations`. A fill's reservation stays taken on the card, so the fill reports it and the
//! engine gives it back through the delta.
//!
//! # Liquidation
//! An account whose equity falls below maintenance is liquidated:
//! 1. `LiquidationStarted`, then `Kill` (the card cancels its resting orders and gives their
//!    reservations back; the engine books that itself).
//! 2. One IOC order (a slice) on the position with the largest worst-scenario loss (ties: lowest
//!    instrument id), for at most `liquidation_slice_fraction` of it (at least one lot), limited
//!    at the mark value ± `liquidation_slippage`. The card refuses orders of a disabled account
//!    and orders beyond headroom, so a slice is sent as: `Headroom` (only if the card's
//!    headroom is short of qty × the card's rate), `Enable`, `Order`, `Kill`. The IOC is done
//!    within its own message, so the account is disabled again before any client message.
//! 3. When the slice is done (`OrderDone`, after its fills): back at or above maintenance →
//!    `LiquidationEnded`; flat → settle; still below → next slice, unless the account is
//!    bankrupt (equity < 0) and the insurance fund cannot cover the deficit, or the slice filled
//!    nothing (no liquidity): then the backstop.
//! 4. Backstop (auto-deleveraging): each remaining position, largest risk first, is closed at
//!    its mark value against the accounts holding the opposite position, most profitable first
//!    (unrealised P&L against average cost; ties: lowest account id).
//! 5. Settle: a deficit (equity < 0) is paid by the insurance fund as far as it goes; what the
//!    fund cannot pay is charged to the deleveraged counterparties pro rata to the lots they
//!    took (`Adl.loss`), or reported as `UncoveredLoss` when there were none.
//!
//! Every step is an [`Output`]; accounts are handled in ascending id order, positions in
//! instrument-id order, so the same inputs give the same outputs, bit for bit.

use std::collections::{BTreeMap, BTreeSet};

use crate::black76::{greeks_unchecked, price_unchecked, Greeks, OptionKind, OptionQuote};
use crate::config::{Contract, MarginParams, RiskConfig};
use crate::date::Date;
use crate::error::MarginError;
use crate::events::{Fill, Input, MarkTarget, Output, Side, TimeInForce};
use crate::scenario::{scenario_grid, Scenario, SCENARIO_COUNT};

/// Liquidation orders carry client order ids from here upwards; clients must not use this
/// range.
pub const LIQUIDATION_CL_ORD_ID_BASE: u64 = 0xF000_0000_0000_0000;

/// An instrument's valuation at the current mark: its Greeks per lot and its loss per long lot
/// in each scenario (a short lot's loss is the negative).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RiskArray {
    /// Value and sensitivities of one lot at the mark (a future: price = futures price,
    /// delta = 1).
    pub greeks: Greeks,
    /// Loss of one long lot per scenario, weighted, in margin units.
    pub losses: [f64; SCENARIO_COUNT],
}

impl RiskArray {
    /// Mark value of one lot.
    pub fn value(&self) -> f64 {
        self.greeks.price
    }

    /// Worst scenario loss of one long lot, at least 0.
    pub fn worst_long_loss(&self) -> f64 {
        self.losses.iter().fold(0.0, |worst, &loss| worst.max(loss))
    }

    /// Worst scenario loss of one short lot, at least 0.
    pub fn worst_short_loss(&self) -> f64 {
        self.losses
            .iter()
            .fold(0.0, |worst, &loss| worst.max(-loss))
    }
}

/// The per-lot rates of one instrument, in margin units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstrumentRates {
    /// Reservation per lot of a buy order.
    pub buy: u32,
    /// Reservation per lot of a sell order.
    pub sell: u32,
}

/// A read-only view of one account.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSummary {
    /// Account id.
    pub id: u32,
    /// Cash, in margin units.
    pub cash: f64,
    /// Cash + option positions at mark value.
    pub equity: f64,
    /// Initial margin.
    pub initial_margin: f64,
    /// Maintenance margin.
    pub maintenance_margin: f64,
    /// Reservations of the account's live orders on the card.
    pub open_reservations: i64,
    /// The engine's mirror of the card's headroom.
    pub card_headroom: i64,
    /// Positions (instrument id, signed lots), by instrument id.
    pub positions: Vec<(u16, i64)>,
    /// Whether a liquidation is under way.
    pub in_liquidation: bool,
}

#[derive(Debug, Clone)]
struct UnderlyingState {
    name: String,
    price_scan: f64,
    vol_scan: f64,
    price: Option<f64>,
    /// Instrument slots on this underlying, ascending.
    instruments: Vec<usize>,
    /// Account slots holding a position on this underlying.
    holders: BTreeSet<usize>,
}

#[derive(Debug, Clone)]
struct InstrumentState {
    id: u16,
    underlying: usize,
    contract: Contract,
    risk: Option<RiskArray>,
    sent_rates: Option<InstrumentRates>,
}

#[derive(Debug, Clone, Copy)]
struct Position {
    underlying: usize,
    instrument: usize,
    qty: i64,
    /// Signed cost of the open lots at their average trade price (for P&L ranking).
    cost: f64,
}

#[derive(Debug, Clone, Copy)]
struct UnderlyingPart {
    underlying: usize,
    scan_risk: f64,
    option_value: f64,
    short_option_lots: i64,
}

#[derive(Debug, Clone, Copy)]
struct Slice {
    cl_ord_id: u64,
    filled: u64,
}

#[derive(Debug, Clone, Copy)]
struct Liquidation {
    slice: Option<Slice>,
}

#[derive(Debug, Clone)]
struct AccountState {
    id: u32,
    cash: f64,
    /// Sorted by (underlying, instrument) slot.
    positions: Vec<Position>,
    /// Sorted by underlying slot; one per underlying the account holds.
    parts: Vec<UnderlyingPart>,
    card_headroom: i64,
    open_reservations: i64,
    liquidation: Option<Liquidation>,
    /// Deficit already reported as uncovered, so a flat bankrupt account is not liquidated
    /// again for it.
    uncovered_loss: f64,
    /// Σ parts' option value, in underlying order; kept with the parts so that headroom and
    /// liquidation checks need not walk them again.
    option_value: f64,
    /// Σ parts' initial margin, in underlying order.
    initial_margin: f64,
}

/// A closing transfer made by the backstop.
#[derive(Debug, Clone, Copy)]
struct Transfer {
    counterparty: usize,
    instrument: usize,
    side: Side,
    qty: i64,
    price: f64,
}

/// The margin engine. See the module documentation for the rules.
#[derive(Debug, Clone)]
pub struct MarginEngine {
    params: MarginParams,
    grid: [Scenario; SCENARIO_COUNT],
    valuation_date: Date,
    underlyings: Vec<UnderlyingState>,
    underlying_index: BTreeMap<String, usize>,
    /// Sorted by id.
    instruments: Vec<InstrumentState>,
    instrument_index: BTreeMap<u16, usize>,
    vols: BTreeMap<(usize, Date), f64>,
    /// Sorted by id.
    accounts: Vec<AccountState>,
    account_index: BTreeMap<u32, usize>,
    insurance_fund: f64,
    next_cl_ord_id: u64,
}

fn ceil_to_rate(value: f64) -> u32 {
    let up = value.ceil();
    if up <= 0.0 {
        0
    } else if up >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        up as u32
    }
}

fn check_mark(price: f64, vol: Option<f64>) -> Result<(), MarginError> {
    let quote = OptionQuote {
        future: price,
        strike: 1.0,
        vol: vol.unwrap_or(0.0),
        rate: 0.0,
        years: 0.0,
        put: false,
    };
    crate::black76::validate(&quote)?;
    Ok(())
}

impl MarginEngine {
    /// Builds the engine from a validated configuration. Nothing is priced until the first
    /// marks arrive; call [`MarginEngine::recompute_all`] to get the first rates and headroom.
    pub fn new(config: &RiskConfig) -> Result<Self, MarginError> {
        config.validate()?;
        let mut underlyings: Vec<UnderlyingState> = config
            .underlyings
            .iter()
            .map(|u| UnderlyingState {
                name: u.name.clone(),
                price_scan: u.price_scan,
                vol_scan: u.vol_scan,
                price: None,
                instruments: Vec::new(),
                holders: BTreeSet::new(),
            })
            .collect();
        let underlying_index: BTreeMap<String, usize> = underlyings
            .iter()
            .enumerate()
            .map(|(slot, u)| (u.name.clone(), slot))
            .collect();
        let mut specs: Vec<_> = config.instruments.iter().collect();
        specs.sort_by_key(|spec| spec.id);
        let mut instruments = Vec::with_capacity(specs.len());
        for spec in specs {
            let underlying = *underlying_index
                .get(&spec.underlying)
                .ok_or_else(|| MarginError::UnknownUnderlying(spec.underlying.clone()))?;
            underlyings[underlying].instruments.push(instruments.len());
            instruments.push(InstrumentState {
                id: spec.id,
                underlying,
                contract: spec.contract,
                risk: None,
                sent_rates: None,
            });
        }
        let instrument_index = instruments
            .iter()
            .enumerate()
            .map(|(slot, i)| (i.id, slot))
            .collect();
        let mut account_specs: Vec<_> = config.accounts.iter().collect();
        account_specs.sort_by_key(|spec| spec.id);
        let accounts: Vec<AccountState> = account_specs
            .into_iter()
            .map(|spec| AccountState {
                id: spec.id,
                cash: spec.cash,
                positions: Vec::new(),
                parts: Vec::new(),
                card_headroom: spec.card_headroom,
                open_reservations: 0,
                liquidation: None,
                uncovered_loss: 0.0,
                option_value: 0.0,
                initial_margin: 0.0,
            })
            .collect();
        let account_index = accounts
            .iter()
            .enumerate()
            .map(|(slot, a)| (a.id, slot))
            .collect();
        Ok(MarginEngine {
            grid: scenario_grid(&config.params),
            params: config.params.clone(),
            valuation_date: config.valuation_date,
            underlyings,
            underlying_index,
            instruments,
            instrument_index,
            vols: BTreeMap::new(),
            accounts,
            account_index,
            insurance_fund: config.params.insurance_fund,
            next_cl_ord_id: LIQUIDATION_CL_ORD_ID_BASE,
        })
    }

    // ----- queries -------------------------------------------------------------------------

    /// Current valuation date.
    pub fn valuation_date(&self) -> Date {
        self.valuation_date
    }

    /// Insurance fund balance.
    pub fn insurance_fund(&self) -> f64 {
        self.insurance_fund
    }

    /// The cached risk array of an instrument (`None` before its marks arrive).
    pub fn risk_array(&self, instrument: u16) -> Option<RiskArray> {
        let slot = *self.instrument_index.get(&instrument)?;
        self.instruments[slot].risk
    }

    /// The rates the card should hold for an instrument (`None` before its marks arrive).
    pub fn rates(&self, instrument: u16) -> Option<InstrumentRates> {
        let slot = *self.instrument_index.get(&instrument)?;
        self.rates_of(slot)
    }

    /// A view of one account.
    pub fn account(&self, id: u32) -> Option<AccountSummary> {
        let slot = *self.account_index.get(&id)?;
        let account = &self.accounts[slot];
        let (equity, initial) = self.equity_and_initial(slot);
        Some(AccountSummary {
            id,
            cash: account.cash,
            equity,
            initial_margin: initial,
            maintenance_margin: initial * self.params.maintenance_fraction,
            open_reservations: account.open_reservations,
            card_headroom: account.card_headroom,
            positions: self.positions_by_id(slot),
            in_liquidation: account.liquidation.is_some(),
        })
    }

    /// Net Greeks of an account's positions (Σ lots × per-lot Greeks, in instrument-id order).
    pub fn account_greeks(&self, id: u32) -> Option<Greeks> {
        let slot = *self.account_index.get(&id)?;
        let mut total = Greeks {
            price: 0.0,
            delta: 0.0,
            gamma: 0.0,
            vega: 0.0,
            theta: 0.0,
        };
        for (instrument, qty) in self.positions_by_id(slot) {
            let risk = self.risk_array(instrument)?;
            let lots = qty as f64;
            total.price += lots * risk.greeks.price;
            total.delta += lots * risk.greeks.delta;
            total.gamma += lots * risk.greeks.gamma;
            total.vega += lots * risk.greeks.vega;
            total.theta += lots * risk.greeks.theta;
        }
        Some(total)
    }

    /// Initial margin of a hypothetical portfolio (instrument id, signed lots) at the current
    /// marks, by the same rules as an account's.
    pub fn portfolio_margin(&self, positions: &[(u16, i64)]) -> Result<f64, MarginError> {
        let mut items = Vec::with_capacity(positions.len());
        for &(id, qty) in positions {
            let slot = *self
                .instrument_index
                .get(&id)
                .ok_or(MarginError::UnknownInstrument(id))?;
            if self.instruments[slot].risk.is_none() {
                return Err(MarginError::NoMark(id));
            }
            items.push((self.instruments[slot].underlying, slot, qty));
        }
        items.sort_by_key(|&(underlying, slot, _)| (underlying, slot));
        let mut initial = 0.0;
        let mut start = 0;
        while start < items.len() {
            let underlying = items[start].0;
            let end = start + items[start..].partition_point(|item| item.0 == underlying);
            let part = self.part_of(
                underlying,
                items[start..end].iter().map(|&(_, slot, qty)| (slot, qty)),
            );
            initial += self.part_margin(&part);
            start = end;
        }
        Ok(initial)
    }

    // ----- driving -------------------------------------------------------------------------

    /// Applies a sequence of inputs, concatenating their outputs. Stops at the first error;
    /// the inputs before it stay applied.
    pub fn process_all<'a>(
        &mut self,
        inputs: impl IntoIterator<Item = &'a Input>,
    ) -> Result<Vec<Output>, MarginError> {
        let mut out = Vec::new();
        for input in inputs {
            out.extend(self.process(input)?);
        }
        Ok(out)
    }

    /// Applies one input and returns the outputs it causes, in order: rate changes (by
    /// instrument id, buy before sell), headroom deltas (by account id), then liquidation
    /// steps (by account id). A rejected input changes nothing.
    pub fn process(&mut self, input: &Input) -> Result<Vec<Output>, MarginError> {
        let mut out = Vec::new();
        // Accounts to true up, ascending and unique.
        let mut dirty: Vec<usize> = Vec::new();
        let mut steps = Vec::new();
        match input {
            Input::Mark { target, price, vol } => {
                let (underlying, holders) = self.apply_mark(target, *price, *vol)?;
                let slots = self.underlyings[underlying].instruments.clone();
                self.emit_rates(&slots, &mut out);
                dirty = holders;
            }
            Input::Fill(fill) => {
                dirty.push(self.apply_fill(fill)?);
            }
            Input::OrderReserved { account, amount } => {
                let slot = self.account_slot(*account)?;
                let state = &mut self.accounts[slot];
                state.card_headroom = state.card_headroom.saturating_sub(*amount);
                state.open_reservations = state.open_reservations.saturating_add(*amount);
                dirty.push(slot);
            }
            Input::OrderReleased { account, amount } => {
                let slot = self.account_slot(*account)?;
                let state = &mut self.accounts[slot];
                state.card_headroom = state.card_headroom.saturating_add(*amount);
                state.open_reservations = state.open_reservations.saturating_sub(*amount);
                dirty.push(slot);
            }
            Input::OrderDone { account, cl_ord_id } => {
                let slot = self.account_slot(*account)?;
                let outstanding = self.accounts[slot]
                    .liquidation
                    .and_then(|l| l.slice)
                    .map(|s| s.cl_ord_id);
                if outstanding == Some(*cl_ord_id) {
                    steps.push(slot);
                }
            }
            Input::Tick { date } => {
                self.valuation_date = *date;
                self.revalue_everything(&mut out);
                dirty = (0..self.accounts.len()).collect();
            }
        }
        self.settle_accounts(dirty, steps, &mut out);
        Ok(out)
    }

    /// Full recompute: revalues every instrument and every account from scratch and returns
    /// the rate changes, headroom deltas and liquidation steps that follow. Gives the same
    /// state as the incremental path.
    pub fn recompute_all(&mut self) -> Vec<Output> {
        let mut out = Vec::new();
        self.revalue_everything(&mut out);
        let all: Vec<usize> = (0..self.accounts.len()).collect();
        self.settle_accounts(all, Vec::new(), &mut out);
        out
    }

    // ----- state changes -------------------------------------------------------------------

    fn account_slot(&self, id: u32) -> Result<usize, MarginError> {
        self.account_index
            .get(&id)
            .copied()
            .ok_or(MarginError::UnknownAccount(id))
    }

    fn revalue_everything(&mut self, out: &mut Vec<Output>) {
        for slot in 0..self.instruments.len() {
            self.revalue(slot);
        }
        for account in 0..self.accounts.len() {
            let held: Vec<usize> = self.accounts[account]
                .parts
                .iter()
                .map(|p| p.underlying)
                .collect();
            for underlying in held {
                self.refresh_part(account, underlying);
            }
        }
        let slots: Vec<usize> = (0..self.instruments.len()).collect();
        self.emit_rates(&slots, out);
    }

    fn apply_mark(
        &mut self,
        target: &MarkTarget,
        price: f64,
        vol: Option<f64>,
    ) -> Result<(usize, Vec<usize>), MarginError> {
        check_mark(price, vol)?;
        let (underlying, vol_expiries) = match target {
            MarkTarget::Underlying(name) => {
                let underlying = *self
                    .underlying_index
                    .get(name)
                    .ok_or_else(|| MarginError::UnknownUnderlying(name.clone()))?;
                let expiries: BTreeSet<Date> = self.underlyings[underlying]
                    .instruments
                    .iter()
                    .filter_map(|&slot| match self.instruments[slot].contract {
                        Contract::Option { expiry, .. } => Some(expiry),
                        Contract::Future => None,
                    })
                    .collect();
                (underlying, expiries)
            }
            MarkTarget::Instrument(id) => {
                let slot = *self
                    .instrument_index
                    .get(id)
                    .ok_or(MarginError::UnknownInstrument(*id))?;
                let instrument = &self.instruments[slot];
                let mut expiries = BTreeSet::new();
                if let Contract::Option { expiry, .. } = instrument.contract {
                    expiries.insert(expiry);
                }
                (instrument.underlying, expiries)
            }
        };
        let holders: Vec<usize> = self.underlyings[underlying]
            .holders
            .iter()
            .copied()
            .collect();
        if let Some(old) = self.underlyings[underlying].price {
            self.settle_variation_margin(&holders, underlying, price - old);
        }
        self.underlyings[underlying].price = Some(price);
        if let Some(vol) = vol {
            for expiry in vol_expiries {
                self.vols.insert((underlying, expiry), vol);
            }
        }
        let slots = self.underlyings[underlying].instruments.clone();
        for slot in slots {
            self.revalue(slot);
        }
        for &account in &holders {
            self.refresh_part(account, underlying);
        }
        Ok((underlying, holders))
    }

    /// Books `position × move` of every futures position on the underlying to cash.
    fn settle_variation_margin(&mut self, holders: &[usize], underlying: usize, price_move: f64) {
        for &account in holders {
            let state = &mut self.accounts[account];
            for position in &state.positions {
                if position.underlying == underlying
                    && self.instruments[position.instrument].contract == Contract::Future
                {
                    state.cash += position.qty as f64 * price_move;
                }
            }
        }
    }

    fn apply_fill(&mut self, fill: &Fill) -> Result<usize, MarginError> {
        let account = self.account_slot(fill.account)?;
        let slot = *self
            .instrument_index
            .get(&fill.instrument)
            .ok_or(MarginError::UnknownInstrument(fill.instrument))?;
        if fill.qty == 0 {
            return Err(MarginError::Fill(format!(
                "account {} instrument {}: quantity 0",
                fill.account, fill.instrument
            )));
        }
        if self.instruments[slot].risk.is_none() {
            return Err(MarginError::NoMark(fill.instrument));
        }
        let signed = fill.side.sign() * i64::from(fill.qty);
        self.trade(account, slot, signed, f64::from(fill.price));
        let state = &mut self.accounts[account];
        state.open_reservations = state.open_reservations.saturating_sub(fill.reserved);
        if let Some(Liquidation {
            slice: Some(ref mut slice),
        }) = state.liquidation
        {
            slice.filled += u64::from(fill.qty);
        }
        let underlying = self.instruments[slot].underlying;
        self.refresh_part(account, underlying);
        Ok(account)
    }

    /// Books a trade of `signed` lots at `price`: cash, position, average cost, holders.
    fn trade(&mut self, account: usize, slot: usize, signed: i64, price: f64) {
        let underlying = self.instruments[slot].underlying;
        let cash_flow = match self.instruments[slot].contract {
            Contract::Future => {
                let mark = self.underlyings[underlying].price.unwrap_or(price);
                signed as f64 * (mark - price)
            }
            Contract::Option { .. } => -(signed as f64) * price,
        };
        let state = &mut self.accounts[account];
        state.cash += cash_flow;
        let key = (underlying, slot);
        match state
            .positions
            .binary_search_by_key(&key, |p| (p.underlying, p.instrument))
        {
            Ok(index) => {
                let position = &mut state.positions[index];
                let old = position.qty;
                let new = old + signed;
                if old.signum() == signed.signum() {
                    position.cost += signed as f64 * price;
                } else if new == 0 || new.signum() == old.signum() {
                    position.cost *= new as f64 / old as f64;
                } else {
                    position.cost = new as f64 * price;
                }
                position.qty = new;
                if new == 0 {
                    state.positions.remove(index);
                }
            }
            Err(index) => state.positions.insert(
                index,
                Position {
                    underlying,
                    instrument: slot,
                    qty: signed,
                    cost: signed as f64 * price,
                },
            ),
        }
        let holds = state.positions.iter().any(|p| p.underlying == underlying);
        if holds {
            self.underlyings[underlying].holders.insert(account);
        } else {
            self.underlyings[underlying].holders.remove(&account);
        }
    }

    // ----- valuation -----------------------------------------------------------------------

    fn revalue(&mut self, slot: usize) {
        let instrument = &self.instruments[slot];
        let underlying = &self.underlyings[instrument.underlying];
        let risk = underlying
            .price
            .and_then(|future| match instrument.contract {
                Contract::Future => {
                    let mut losses = [0.0; SCENARIO_COUNT];
                    for (loss, scenario) in losses.iter_mut().zip(&self.grid) {
                        let moved = future * (1.0 + scenario.price_move * underlying.price_scan);
                        *loss = scenario.weight * (future - moved);
                    }
                    Some(RiskArray {
                        greeks: Greeks {
                            price: future,
                            delta: 1.0,
                            gamma: 0.0,
                            vega: 0.0,
                            theta: 0.0,
                        },
                        losses,
                    })
                }
                Contract::Option {
                    strike,
                    expiry,
                    put,
                } => {
                    let vol = *self.vols.get(&(instrument.underlying, expiry))?;
                    let years = self.valuation_date.years_until(expiry);
                    let rate = self.params.rate;
                    let discount = (-rate * years).exp();
                    let kind = OptionKind::from_put_flag(put);
                    let greeks = greeks_unchecked(future, strike, vol, rate, years, discount, kind);
                    let mut losses = [0.0; SCENARIO_COUNT];
                    for (loss, scenario) in losses.iter_mut().zip(&self.grid) {
                        let moved = future * (1.0 + scenario.price_move * underlying.price_scan);
                        let shifted_vol = (vol + scenario.vol_move * underlying.vol_scan).max(0.0);
                        let value =
                            price_unchecked(moved, strike, shifted_vol, years, discount, kind);
                        *loss = scenario.weight * (greeks.price - value);
                    }
                    Some(RiskArray { greeks, losses })
                }
            });
        self.instruments[slot].risk = risk;
    }

    fn rates_of(&self, slot: usize) -> Option<InstrumentRates> {
        let instrument = &self.instruments[slot];
        let risk = instrument.risk?;
        let (premium, minimum) = match instrument.contract {
            Contract::Future => (0.0, 0.0),
            Contract::Option { .. } => (risk.value(), self.params.short_option_minimum),
        };
        Some(InstrumentRates {
            buy: ceil_to_rate(risk.worst_long_loss() + premium),
            sell: ceil_to_rate(risk.worst_short_loss() + minimum),
        })
    }

    fn emit_rates(&mut self, slots: &[usize], out: &mut Vec<Output>) {
        for &slot in slots {
            let Some(rates) = self.rates_of(slot) else {
                continue;
            };
            let instrument = &mut self.instruments[slot];
            let sent = instrument.sent_rates;
            if sent.map(|s| s.buy) != Some(rates.buy) {
                out.push(Output::Rates {
                    instrument: instrument.id,
                    side: Side::Buy,
                    rate: rates.buy,
                });
            }
            if sent.map(|s| s.sell) != Some(rates.sell) {
                out.push(Output::Rates {
                    instrument: instrument.id,
                    side: Side::Sell,
                    rate: rates.sell,
                });
            }
            instrument.sent_rates = Some(rates);
        }
    }

    /// Margin contribution of one underlying's positions, given in a fixed order.
    fn part_of(
        &self,
        underlying: usize,
        positions: impl Iterator<Item = (usize, i64)>,
    ) -> UnderlyingPart {
        let mut sums = [0.0; SCENARIO_COUNT];
        let mut option_value = 0.0;
        let mut calls = 0i64;
        let mut puts = 0i64;
        for (slot, qty) in positions {
            let instrument = &self.instruments[slot];
            let Some(risk) = &instrument.risk else {
                continue;
            };
            let lots = qty as f64;
            for (sum, loss) in sums.iter_mut().zip(&risk.losses) {
                *sum += lots * loss;
            }
            if let Contract::Option { put, .. } = instrument.contract {
                option_value += lots * risk.value();
                if put {
                    puts += qty;
                } else {
                    calls += qty;
                }
            }
        }
        UnderlyingPart {
            underlying,
            scan_risk: sums.iter().fold(0.0, |worst: f64, &sum| worst.max(sum)),
            option_value,
            short_option_lots: (-calls).max(0) + (-puts).max(0),
        }
    }

    fn part_margin(&self, part: &UnderlyingPart) -> f64 {
        part.scan_risk + part.short_option_lots as f64 * self.params.short_option_minimum
    }

    /// Recomputes the account's part for one underlying from its positions.
    fn refresh_part(&mut self, account: usize, underlying: usize) {
        let positions = &self.accounts[account].positions;
        let start = positions.partition_point(|p| p.underlying < underlying);
        let end = positions.partition_point(|p| p.underlying <= underlying);
        let part = if start == end {
            None
        } else {
            Some(self.part_of(
                underlying,
                positions[start..end].iter().map(|p| (p.instrument, p.qty)),
            ))
        };
        let parts = &mut self.accounts[account].parts;
        match (
            parts.binary_search_by_key(&underlying, |p| p.underlying),
            part,
        ) {
            (Ok(index), Some(part)) => parts[index] = part,
            (Ok(index), None) => {
                parts.remove(index);
            }
            (Err(index), Some(part)) => parts.insert(index, part),
            (Err(_), None) => {}
        }
        let mut option_value = 0.0;
        let mut initial_margin = 0.0;
        for part in &self.accounts[account].parts {
            option_value += part.option_value;
            initial_margin += self.part_margin(part);
        }
        let state = &mut self.accounts[account];
        state.option_value = option_value;
        state.initial_margin = initial_margin;
    }

    fn equity_and_initial(&self, account: usize) -> (f64, f64) {
        let state = &self.accounts[account];
        (state.cash + state.option_value, state.initial_margin)
    }

    fn positions_by_id(&self, account: usize) -> Vec<(u16, i64)> {
        let mut positions: Vec<(u16, i64)> = self.accounts[account]
            .positions
            .iter()
            .map(|p| (self.instruments[p.instrument].id, p.qty))
            .collect();
        positions.sort_unstable();
        positions
    }

    // ----- headroom and liquidation --------------------------------------------------------

    fn headroom_delta(&mut self, account: usize, equity: f64, initial: f64) -> Option<Output> {
        let state = &mut self.accounts[account];
        // `as` saturates at the i64 range; the inputs are finite.
        let target = (equity.floor() as i64)
            .saturating_sub(initial.ceil() as i64)
            .saturating_sub(state.open_reservations);
        let delta = target.saturating_sub(state.card_headroom);
        if delta == 0 {
            return None;
        }
        state.card_headroom = state.card_headroom.saturating_add(delta);
        Some(Output::Headroom {
            account: state.id,
            delta,
        })
    }

    fn needs_liquidation(&self, account: usize, equity: f64, initial: f64) -> bool {
        let state = &self.accounts[account];
        if state.liquidation.is_some() {
            return false;
        }
        if equity >= initial * self.params.maintenance_fraction {
            return false;
        }
        // A flat account whose deficit was already reported uncovered has nothing left to do.
        !(state.positions.is_empty() && -equity <= state.uncovered_loss)
    }

    /// Headroom for the changed accounts, then liquidation starts and steps; repeats for the
    /// accounts those steps touched (auto-deleveraging counterparties) until none are left.
    fn settle_accounts(
        &mut self,
        mut pending: Vec<usize>,
        mut steps: Vec<usize>,
        out: &mut Vec<Output>,
    ) {
        loop {
            let mut starts = Vec::new();
            for &account in &pending {
                let (equity, initial) = self.equity_and_initial(account);
                if let Some(output) = self.headroom_delta(account, equity, initial) {
                    out.push(output);
                }
                if self.needs_liquidation(account, equity, initial) {
                    starts.push(account);
                }
            }
            let mut touched = BTreeSet::new();
            for account in starts {
                self.start_liquidation(account, out, &mut touched);
            }
            for account in steps.drain(..) {
                self.liquidation_step(account, out, &mut touched);
            }
            if touched.is_empty() {
                break;
            }
            pending = touched.into_iter().collect();
        }
    }

    fn maintenance_view(&self, account: usize) -> (f64, f64) {
        let (equity, initial) = self.equity_and_initial(account);
        (equity, initial * self.params.maintenance_fraction)
    }

    fn start_liquidation(
        &mut self,
        account: usize,
        out: &mut Vec<Output>,
        touched: &mut BTreeSet<usize>,
    ) {
        let (equity, maintenance) = self.maintenance_view(account);
        let state = &mut self.accounts[account];
        out.push(Output::LiquidationStarted {
            account: state.id,
            equity,
            maintenance,
        });
        out.push(Output::Kill { account: state.id });
        // The card cancels every resting order and gives their reservations back.
        state.card_headroom = state.card_headroom.saturating_add(state.open_reservations);
        state.open_reservations = 0;
        state.liquidation = Some(Liquidation { slice: None });
        touched.insert(account);
        self.liquidation_step(account, out, touched);
    }

    /// Positions by descending worst-scenario loss of the whole position, ties by instrument
    /// id: the order in which liquidation reduces them.
    fn positions_by_risk(&self, account: usize) -> Vec<Position> {
        let mut ranked: Vec<(f64, u16, Position)> = self.accounts[account]
            .positions
            .iter()
            .map(|p| {
                let instrument = &self.instruments[p.instrument];
                let lots = p.qty as f64;
                let risk = instrument.risk.map_or(0.0, |r| {
                    r.losses
                        .iter()
                        .fold(0.0, |worst: f64, &loss| worst.max(lots * loss))
                });
                (risk, instrument.id, *p)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().map(|(_, _, p)| p).collect()
    }

    fn end_liquidation(&mut self, account: usize, out: &mut Vec<Output>) {
        let (equity, maintenance) = self.maintenance_view(account);
        let state = &mut self.accounts[account];
        state.liquidation = None;
        out.push(Output::LiquidationEnded {
            account: state.id,
            equity,
            maintenance,
        });
    }

    fn liquidation_step(
        &mut self,
        account: usize,
        out: &mut Vec<Output>,
        touched: &mut BTreeSet<usize>,
    ) {
        let Some(liquidation) = self.accounts[account].liquidation else {
            return;
        };
        touched.insert(account);
        let (equity, maintenance) = self.maintenance_view(account);
        let flat = self.accounts[account].positions.is_empty();
        if equity >= maintenance {
            self.end_liquidation(account, out);
            return;
        }
        if flat {
            self.settle_deficit(account, &[], out, touched);
            self.end_liquidation(account, out);
            return;
        }
        let unfundable = equity < 0.0 && self.insurance_fund < -equity;
        let no_liquidity = liquidation.slice.is_some_and(|slice| slice.filled == 0);
        if unfundable || no_liquidity {
            let transfers = self.deleverage(account, touched);
            self.settle_deficit(account, &transfers, out, touched);
            self.end_liquidation(account, out);
            return;
        }
        self.send_slice(account, out);
    }

    fn send_slice(&mut self, account: usize, out: &mut Vec<Output>) {
        let Some(position) = self.positions_by_risk(account).into_iter().next() else {
            return;
        };
        let instrument = &self.instruments[position.instrument];
        let held = position.qty.unsigned_abs();
        let share = (held as f64 * self.params.liquidation_slice_fraction).ceil() as u64;
        let qty = share.clamp(1, held).min(u64::from(u32::MAX)) as u32;
        let side = if position.qty > 0 {
            Side::Sell
        } else {
            Side::Buy
        };
        let value = instrument.risk.map_or(0.0, |r| r.value());
        let limit = match side {
            Side::Buy => (value * (1.0 + self.params.liquidation_slippage)).ceil(),
            Side::Sell => (value * (1.0 - self.params.liquidation_slippage)).floor(),
        };
        let price = limit.clamp(1.0, f64::from(u32::MAX)) as u32;
        // The card checks the order against the rate it holds: grant enough headroom for it.
        let card_rate = instrument
            .sent_rates
            .or_else(|| self.rates_of(position.instrument))
            .map_or(0, |rates| match side {
                Side::Buy => rates.buy,
                Side::Sell => rates.sell,
            });
        let needed = i64::from(qty) * i64::from(card_rate);
        let instrument_id = instrument.id;
        let cl_ord_id = self.next_cl_ord_id;
        self.next_cl_ord_id = self.next_cl_ord_id.wrapping_add(1);
        let state = &mut self.accounts[account];
        if state.card_headroom < needed {
            let delta = needed - state.card_headroom;
            state.card_headroom = needed;
            out.push(Output::Headroom {
                account: state.id,
                delta,
            });
        }
        out.push(Output::Enable { account: state.id });
        out.push(Output::Order {
            account: state.id,
            instrument: instrument_id,
            side,
            qty,
            price,
            tif: TimeInForce::Ioc,
            cl_ord_id,
        });
        out.push(Output::Kill { account: state.id });
        if let Some(liquidation) = self.accounts[account].liquidation.as_mut() {
            liquidation.slice = Some(Slice {
                cl_ord_id,
                filled: 0,
            });
        }
    }

    /// Closes the account's positions at mark value against the most profitable opposite
    /// positions.
    fn deleverage(&mut self, account: usize, touched: &mut BTreeSet<usize>) -> Vec<Transfer> {
        let mut transfers = Vec::new();
        for position in self.positions_by_risk(account) {
            let slot = position.instrument;
            let underlying = position.underlying;
            let Some(value) = self.instruments[slot].risk.map(|r| r.value()) else {
                continue;
            };
            let mut candidates: Vec<(f64, usize, i64)> = self.underlyings[underlying]
                .holders
                .iter()
                .filter(|&&other| other != account)
                .filter_map(|&other| {
                    let theirs = self.accounts[other]
                        .positions
                        .iter()
                        .find(|p| p.instrument == slot)?;
                    if theirs.qty.signum() != -position.qty.signum() {
                        return None;
                    }
                    let profit = theirs.qty as f64 * value - theirs.cost;
                    Some((profit, other, theirs.qty))
                })
                .collect();
            candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let side = if position.qty > 0 {
                Side::Sell
            } else {
                Side::Buy
            };
            let mut need = position.qty.abs();
            for (_, other, their_qty) in candidates {
                if need == 0 {
                    break;
                }
                let take = need.min(their_qty.abs());
                self.trade(account, slot, side.sign() * take, value);
                self.trade(other, slot, -side.sign() * take, value);
                self.refresh_part(other, underlying);
                touched.insert(other);
                transfers.push(Transfer {
                    counterparty: other,
                    instrument: slot,
                    side,
                    qty: take,
                    price: value,
                });
                need -= take;
            }
            self.refresh_part(account, underlying);
        }
        transfers
    }

    /// Pays a deficit from the insurance fund, then from the deleveraged counterparties pro
    /// rata to the lots they took; reports the transfers.
    fn settle_deficit(
        &mut self,
        account: usize,
        transfers: &[Transfer],
        out: &mut Vec<Output>,
        touched: &mut BTreeSet<usize>,
    ) {
        let (equity, _) = self.equity_and_initial(account);
        let deficit = (-equity).max(0.0) - self.accounts[account].uncovered_loss.max(0.0);
        let mut rest = 0.0;
        if deficit > 0.0 {
            let drawn = deficit.min(self.insurance_fund);
            self.insurance_fund -= drawn;
            self.accounts[account].cash += drawn;
            out.push(Output::InsuranceFund {
                account: self.accounts[account].id,
                drawn,
                balance: self.insurance_fund,
            });
            rest = deficit - drawn;
        }
        let total_lots: i64 = transfers.iter().map(|t| t.qty).sum();
        let mut charged = 0.0;
        for (index, transfer) in transfers.iter().enumerate() {
            let loss = if rest > 0.0 && total_lots > 0 {
                let share = if index + 1 == transfers.len() {
                    rest - charged
                } else {
                    rest * transfer.qty as f64 / total_lots as f64
                };
                charged += share;
                self.accounts[transfer.counterparty].cash -= share;
                touched.insert(transfer.counterparty);
                share
            } else {
                0.0
            };
            out.push(Output::Adl {
                bankrupt: self.accounts[account].id,
                counterparty: self.accounts[transfer.counterparty].id,
                instrument: self.instruments[transfer.instrument].id,
                side: transfer.side,
                qty: u32::try_from(transfer.qty).unwrap_or(u32::MAX),
                price: transfer.price,
                loss,
            });
        }
        if rest > 0.0 {
            if total_lots > 0 {
                self.accounts[account].cash += rest;
            } else {
                let (equity, _) = self.equity_and_initial(account);
                self.accounts[account].uncovered_loss = (-equity).max(0.0);
                out.push(Output::UncoveredLoss {
                    account: self.accounts[account].id,
                    amount: rest,
                });
            }
        }
    }
}
