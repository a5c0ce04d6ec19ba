//! Pre-trade risk: account state, per-instrument exposure and the limit checks 7 to 12 of
//! the spec's risk table. The twin of the card's risk stage; names follow `risk.md`.

use super::slots::NIL;
use gatebook_wire::{AccountConfig, Reason, Side, StpMode};

/// An account's limits and live state.
#[derive(Clone)]
pub(crate) struct AccountState {
    pub id: u32,
    /// False when configured disabled or killed, until `ENABLE`.
    pub enabled: bool,
    pub max_order_qty: u32,
    pub max_order_notional: u64,
    pub max_position: u64,
    pub headroom: i64,
    pub stp: StpMode,
    /// Oldest and newest live order by first acceptance: the kill switch walks this list.
    pub oldest: u32,
    pub newest: u32,
}

impl AccountState {
    pub(crate) fn new(config: &AccountConfig) -> Self {
        AccountState {
            id: config.id,
            enabled: config.enabled,
            max_order_qty: config.max_order_qty,
            max_order_notional: config.max_order_notional,
            max_position: config.max_position,
            headroom: config.headroom,
            stp: config.stp,
            oldest: NIL,
            newest: NIL,
        }
    }

    /// Gives back a reservation. Saturates rather than wraps: headroom near `i64::MAX` can
    /// only come from `HEADROOM` messages, and no order can use that much anyway.
    #[inline]
    pub(crate) fn release(&mut self, leaves: u32, rate: u32) {
        self.headroom = self
            .headroom
            .saturating_add(reservation(leaves, rate) as i64);
    }

    /// Takes a reservation that check 12 has approved, so it cannot overflow.
    #[inline]
    pub(crate) fn reserve(&mut self, qty: u32, rate: u32) {
        self.headroom -= reservation(qty, rate) as i64;
    }
}

/// Headroom held by `qty` lots at `rate`; at most `(2^32-1)^2`, so it always fits a u64.
#[inline]
pub(crate) fn reservation(qty: u32, rate: u32) -> u64 {
    u64::from(qty) * u64::from(rate)
}

/// An account's position and open quantity in one instrument.
#[derive(Clone, Copy, Default)]
pub(crate) struct Exposure {
    pub position: i64,
    /// Leaves of resting orders, per side.
    pub open: [u64; 2],
}

/// The instrument parameters the checks read.
#[derive(Clone, Copy)]
pub(crate) struct PriceRules {
    pub price_base: u32,
    pub price_window: u32,
    pub reference: u32,
    pub collar: u32,
}

/// An order's terms as checked: for a replace, its new price and leaves.
pub(crate) struct Terms {
    pub side: Side,
    pub price: u32,
    pub qty: u32,
    /// The current per-lot rate of the order's side.
    pub rate: u32,
}

/// What a replace gives back before its new terms are checked.
#[derive(Default)]
pub(crate) struct Released {
    pub open_qty: u64,
    pub margin: u64,
}

/// Checks 7 (`MAX_QTY`) to 12 (`MARGIN`), in order; the first failure is the reason.
pub(crate) fn check_order_limits(
    account: &AccountState,
    rules: &PriceRules,
    exposure: &Exposure,
    terms: &Terms,
    released: &Released,
) -> Result<(), Reason> {
    let qty = u64::from(terms.qty);
    let price = u64::from(terms.price);
    if terms.qty > account.max_order_qty {
        return Err(Reason::MaxQty);
    }
    let base = u64::from(rules.price_base);
    if price < base || price >= base + u64::from(rules.price_window) {
        return Err(Reason::PriceOutOfRange);
    }
    if i64::from(terms.price).abs_diff(i64::from(rules.reference)) > u64::from(rules.collar) {
        return Err(Reason::PriceCollar);
    }
    if price * qty > account.max_order_notional {
        return Err(Reason::MaxNotional);
    }
    let open = i128::from(exposure.open[terms.side.index()]) - i128::from(released.open_qty);
    let signed_position = match terms.side {
        Side::Buy => i128::from(exposure.position),
        Side::Sell => -i128::from(exposure.position),
    };
    if signed_position + open + i128::from(qty) > i128::from(account.max_position) {
        return Err(Reason::PositionLimit);
    }
    let needed = i128::from(reservation(terms.qty, terms.rate));
    if needed > i128::from(account.headroom) + i128::from(released.margin) {
        return Err(Reason::Margin);
    }
    Ok(())
}
