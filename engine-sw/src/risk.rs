//! Pre-trade risk: account state, per-instrument exposure and the limit checks 7 to 12 of
//! the spec's risk table. The twin of the card's risk stage; names follow `risk.md`.

use crate::slots::NIL;
use gatebook_wire::{AccountConfig, Reason, Side, StpMode};

/// An account's limits and live state.
#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
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
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct Exposure {
    pub position: i64,
    /// Leaves of resting orders, per side.
    pub open: [u64; 2],
}

/// The instrument parameters the checks read.
#[derive(Clone, Copy)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
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
#[inline(always)]
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

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> AccountState {
        AccountState::new(&AccountConfig {
            id: 1,
            enabled: true,
            max_order_qty: 100,
            max_order_notional: 100_000,
            max_position: 150,
            headroom: 1_000,
            stp: StpMode::Resting,
        })
    }

    const RULES: PriceRules = PriceRules {
        price_base: 1000,
        price_window: 100,
        reference: 1050,
        collar: 10,
    };

    fn check(side: Side, price: u32, qty: u32, exposure: Exposure) -> Result<(), Reason> {
        let terms = Terms {
            side,
            price,
            qty,
            rate: 10,
        };
        check_order_limits(&account(), &RULES, &exposure, &terms, &Released::default())
    }

    #[test]
    fn each_limit_and_its_order() {
        let flat = Exposure::default();
        assert_eq!(check(Side::Buy, 1050, 90, flat), Ok(()));
        assert_eq!(check(Side::Buy, 5000, 101, flat), Err(Reason::MaxQty));
        assert_eq!(
            check(Side::Buy, 1100, 10, flat),
            Err(Reason::PriceOutOfRange)
        );
        assert_eq!(
            check(Side::Buy, 999, 10, flat),
            Err(Reason::PriceOutOfRange)
        );
        assert_eq!(check(Side::Buy, 1061, 10, flat), Err(Reason::PriceCollar));
        assert_eq!(check(Side::Sell, 1040, 10, flat), Ok(()));
        let mut tight = account();
        tight.max_order_notional = 10_499;
        let terms = Terms {
            side: Side::Buy,
            price: 1050,
            qty: 10,
            rate: 10,
        };
        assert_eq!(
            check_order_limits(&tight, &RULES, &flat, &terms, &Released::default()),
            Err(Reason::MaxNotional)
        );
        let long = Exposure {
            position: 60,
            open: [41, 0],
        };
        assert_eq!(check(Side::Buy, 1050, 50, long), Err(Reason::PositionLimit));
        assert_eq!(check(Side::Buy, 1050, 49, long), Ok(()));
        // A sell reduces a long position, so it has room.
        assert_eq!(check(Side::Sell, 1050, 90, long), Ok(()));
        let released = Released {
            open_qty: 41,
            margin: 0,
        };
        let terms = Terms {
            side: Side::Buy,
            price: 1050,
            qty: 90,
            rate: 10,
        };
        assert_eq!(
            check_order_limits(&account(), &RULES, &long, &terms, &released),
            Ok(())
        );
        let mut poor = account();
        poor.headroom = 99;
        assert_eq!(
            check_order_limits(
                &poor,
                &RULES,
                &flat,
                &Terms {
                    side: Side::Sell,
                    price: 1050,
                    qty: 10,
                    rate: 10
                },
                &Released::default()
            ),
            Err(Reason::Margin)
        );
        let released = Released {
            open_qty: 0,
            margin: 1,
        };
        assert_eq!(
            check_order_limits(
                &poor,
                &RULES,
                &flat,
                &Terms {
                    side: Side::Sell,
                    price: 1050,
                    qty: 10,
                    rate: 10
                },
                &released
            ),
            Ok(())
        );
    }
}
