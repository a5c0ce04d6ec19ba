//! The generator's own view of one instrument's book, for the mixed profile: every resting
//! order it has sent and not seen leave, matched by the contract's price-time rules. A
//! participant that knows what it has resting cancels and re-quotes live orders, not filled
//! ones, and keeps its quotes from crossing each other; it needs no engine to do so.
//!
//! The view is exact when every order the generator sends is accepted (a venue whose limits
//! the flow does not reach, like the embedded default venue). Where limits reject orders the
//! view drifts, and the flow then meets `UNKNOWN_ORDER` and full books as a real client would.

use gatebook_wire::{Side, StpMode};

/// One of the generator's orders believed to rest in the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RestingOrder {
    pub account: u32,
    pub cl_ord_id: u64,
    pub side: Side,
    pub price: u32,
    pub leaves: u32,
    /// Time priority within a price level: smaller is earlier.
    pub priority: u64,
}

/// An order crossing the book: a taker's IOC, FOK or MARKET order (never rests).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Incoming {
    pub account: u32,
    pub side: Side,
    /// The limit, or the protection price of a MARKET order.
    pub limit: u32,
    pub qty: u32,
    pub fill_or_kill: bool,
    /// The order's own mode, else its account's.
    pub stp: StpMode,
}

/// The resting orders of one instrument. Kept small by the generator (a few hundred at most),
/// so a scan for the best order is cheaper than keeping levels sorted.
#[derive(Debug, Default)]
pub(crate) struct ShadowBook {
    orders: Vec<RestingOrder>,
}

fn crosses(incoming_side: Side, limit: u32, resting_price: u32) -> bool {
    match incoming_side {
        Side::Buy => resting_price <= limit,
        Side::Sell => resting_price >= limit,
    }
}

impl ShadowBook {
    pub fn len(&self) -> usize {
        self.orders.len()
    }

    pub fn orders(&self) -> &[RestingOrder] {
        &self.orders
    }

    pub fn order(&self, index: usize) -> RestingOrder {
        self.orders[index]
    }

    pub fn rest(&mut self, order: RestingOrder) {
        self.orders.push(order);
    }

    pub fn remove(&mut self, index: usize) -> RestingOrder {
        self.orders.swap_remove(index)
    }

    /// Drops every order of `account` (its kill switch cancels them all).
    pub fn remove_account(&mut self, account: u32) {
        self.orders.retain(|o| o.account != account);
    }

    /// Changes an order's price and leaves; `priority` is its new place in time (the old one
    /// when the replace keeps priority).
    pub fn replace(&mut self, index: usize, price: u32, leaves: u32, priority: u64) {
        let order = &mut self.orders[index];
        order.price = price;
        order.leaves = leaves;
        order.priority = priority;
    }

    /// Index of the first order in priority on `side`: best price, then earliest.
    fn first(&self, side: Side) -> Option<usize> {
        self.orders
            .iter()
            .enumerate()
            .filter(|(_, o)| o.side == side)
            .min_by_key(|(_, o)| {
                let rank = match side {
                    Side::Buy => u32::MAX - o.price,
                    Side::Sell => o.price,
                };
                (rank, o.priority)
            })
            .map(|(i, _)| i)
    }

    /// The best price resting on `side`.
    pub fn best(&self, side: Side) -> Option<u32> {
        self.first(side).map(|i| self.orders[i].price)
    }

    /// Quantity resting at prices an incoming order on `side` with `limit` would meet, all
    /// accounts included (the FOK test).
    fn crossing_qty(&self, side: Side, limit: u32) -> u64 {
        self.orders
            .iter()
            .filter(|o| o.side == side.opposite() && crosses(side, limit, o.price))
            .map(|o| u64::from(o.leaves))
            .sum()
    }

    /// Matches an incoming order as the engine does and hands every resting order that
    /// leaves the book (filled, or cancelled by self-trade prevention) to `gone`.
    pub fn take(&mut self, incoming: Incoming, mut gone: impl FnMut(RestingOrder)) {
        let Incoming {
            account,
            side,
            limit,
            qty,
            fill_or_kill,
            stp,
        } = incoming;
        if fill_or_kill && self.crossing_qty(side, limit) < u64::from(qty) {
            return;
        }
        let mut remaining = qty;
        while remaining > 0 {
            let Some(i) = self.first(side.opposite()) else {
                break;
            };
            if !crosses(side, limit, self.orders[i].price) {
                break;
            }
            if self.orders[i].account == account {
                match stp {
                    StpMode::Resting => {
                        gone(self.orders.swap_remove(i));
                        continue;
                    }
                    StpMode::Incoming => break,
                    StpMode::Both => {
                        gone(self.orders.swap_remove(i));
                        break;
                    }
                    StpMode::None => {}
                }
            }
            let resting = &mut self.orders[i];
            let fill = remaining.min(resting.leaves);
            remaining -= fill;
            resting.leaves -= fill;
            if resting.leaves == 0 {
                gone(self.orders.swap_remove(i));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(account: u32, cl_ord_id: u64, side: Side, price: u32, leaves: u32) -> RestingOrder {
        RestingOrder {
            account,
            cl_ord_id,
            side,
            price,
            leaves,
            priority: cl_ord_id,
        }
    }

    fn book(orders: &[RestingOrder]) -> ShadowBook {
        let mut book = ShadowBook::default();
        for &o in orders {
            book.rest(o);
        }
        book
    }

    fn buy(account: u32, limit: u32, qty: u32, fill_or_kill: bool, stp: StpMode) -> Incoming {
        Incoming {
            account,
            side: Side::Buy,
            limit,
            qty,
            fill_or_kill,
            stp,
        }
    }

    fn gone_ids(book: &mut ShadowBook, incoming: Incoming) -> Vec<u64> {
        let mut gone = Vec::new();
        book.take(incoming, |o| gone.push(o.cl_ord_id));
        gone
    }

    #[test]
    fn an_incoming_order_meets_the_best_price_then_the_earliest() {
        let mut b = book(&[
            order(1, 1, Side::Sell, 102, 5),
            order(1, 2, Side::Sell, 101, 5),
            order(2, 3, Side::Sell, 101, 5),
            order(2, 4, Side::Buy, 99, 5),
        ]);
        assert_eq!(b.best(Side::Sell), Some(101));
        assert_eq!(b.best(Side::Buy), Some(99));
        assert_eq!(
            gone_ids(&mut b, buy(9, 101, 7, false, StpMode::Resting)),
            [2]
        );
        let left: Vec<(u64, u32)> = b.orders().iter().map(|o| (o.cl_ord_id, o.leaves)).collect();
        assert!(left.contains(&(3, 3)) && left.contains(&(1, 5)), "{left:?}");
    }

    #[test]
    fn fill_or_kill_takes_nothing_when_crossing_quantity_is_short() {
        let mut b = book(&[
            order(1, 1, Side::Sell, 101, 5),
            order(1, 2, Side::Sell, 103, 5),
        ]);
        assert!(gone_ids(&mut b, buy(9, 102, 6, true, StpMode::Resting)).is_empty());
        assert_eq!(b.len(), 2);
        assert_eq!(
            gone_ids(&mut b, buy(9, 103, 10, true, StpMode::Resting)),
            [1, 2]
        );
        assert_eq!(b.len(), 0);
    }

    #[test]
    fn a_killed_account_leaves_no_order_behind() {
        let mut b = book(&[
            order(1, 1, Side::Sell, 101, 5),
            order(2, 2, Side::Buy, 99, 5),
            order(1, 3, Side::Buy, 98, 5),
        ]);
        b.remove_account(1);
        let left: Vec<u64> = b.orders().iter().map(|o| o.cl_ord_id).collect();
        assert_eq!(left, [2]);
    }

    #[test]
    fn self_trade_prevention_follows_the_incoming_mode() {
        let resting = [
            order(1, 1, Side::Sell, 101, 5),
            order(2, 2, Side::Sell, 101, 5),
        ];
        let mut b = book(&resting);
        assert_eq!(
            gone_ids(&mut b, buy(1, 101, 5, false, StpMode::Resting)),
            [1, 2]
        );
        let mut b = book(&resting);
        assert!(gone_ids(&mut b, buy(1, 101, 5, false, StpMode::Incoming)).is_empty());
        assert_eq!(b.len(), 2);
        let mut b = book(&resting);
        assert_eq!(gone_ids(&mut b, buy(1, 101, 5, false, StpMode::Both)), [1]);
        assert_eq!(b.len(), 1);
        let mut b = book(&resting);
        assert_eq!(gone_ids(&mut b, buy(1, 101, 5, false, StpMode::None)), [1]);
        assert_eq!(b.order(0).cl_ord_id, 2);
    }
}
