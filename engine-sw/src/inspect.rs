//! Read-only views of the engine's state, for tests, the CLI's book output and the
//! property checks. None of them is on the message path.

use crate::engine::Engine;
use gatebook_wire::Side;

/// A live order as the book holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestingOrder {
    /// Account that owns the order.
    pub account: u32,
    /// Instrument whose book holds it.
    pub instrument: u16,
    /// The owner's client order id.
    pub cl_ord_id: u64,
    /// Buy (bid) or sell (ask) side of the book.
    pub side: Side,
    /// Limit price in ticks, the level it rests at.
    pub price: u32,
    /// Quantity still resting, in lots (never 0 for a live order).
    pub leaves: u32,
}

impl Engine {
    /// Best bid or ask price of an instrument.
    pub fn best_price(&self, instrument: u16, side: Side) -> Option<u32> {
        let inst = self.instrument(instrument)?;
        let best = inst.sides[side.index()].best()?;
        Some(inst.rules.price_base + best)
    }

    /// Up to `levels` price levels from the best, as (price, total leaves).
    pub fn depth(&self, instrument: u16, side: Side, levels: usize) -> Vec<(u32, u64)> {
        let Some(inst) = self.instrument(instrument) else {
            return Vec::new();
        };
        let book = &inst.sides[side.index()];
        let mut out = Vec::with_capacity(levels.min(64));
        let mut level = book.best();
        while let Some(index) = level {
            if out.len() == levels {
                break;
            }
            out.push((inst.rules.price_base + index, book.level(index).total));
            level = book.next_level(index);
        }
        out
    }

    /// The orders of one level, front of the queue first.
    pub fn level_orders(&self, instrument: u16, side: Side, price: u32) -> Vec<RestingOrder> {
        let Some(inst) = self.instrument(instrument) else {
            return Vec::new();
        };
        let Some(index) = price
            .checked_sub(inst.rules.price_base)
            .filter(|&i| i < inst.rules.price_window)
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut slot = inst.sides[side.index()].level(index).head;
        while slot != crate::slots::NIL {
            out.push(self.resting(slot));
            slot = self.slots.links(slot).level_next;
        }
        out
    }

    /// An account's live orders, oldest first by first acceptance (the kill order).
    pub fn live_orders(&self, account: u32) -> Vec<RestingOrder> {
        let Some(ai) = self.find_account(account) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut slot = self.accounts[ai as usize].oldest;
        while slot != crate::slots::NIL {
            out.push(self.resting(slot));
            slot = self.slots.links(slot).account_next;
        }
        out
    }

    fn resting(&self, slot: u32) -> RestingOrder {
        let o = self.slots.get(slot);
        RestingOrder {
            account: self.accounts[o.account_index as usize].id,
            instrument: o.instrument,
            cl_ord_id: o.cl_ord_id,
            side: o.side,
            price: o.price,
            leaves: o.leaves,
        }
    }

    /// Number of resting orders, all instruments together.
    pub fn resting_count(&self) -> usize {
        self.slots.in_use()
    }

    /// Net position of an account in an instrument (buys minus sells).
    pub fn position(&self, account: u32, instrument: u16) -> Option<i64> {
        let ai = self.find_account(account)?;
        self.instrument(instrument)?;
        Some(self.exposures[self.exposure_index(ai, instrument)].position)
    }

    /// Leaves of an account's resting orders on one side of an instrument.
    pub fn open_qty(&self, account: u32, instrument: u16, side: Side) -> Option<u64> {
        let ai = self.find_account(account)?;
        self.instrument(instrument)?;
        Some(self.exposures[self.exposure_index(ai, instrument)].open[side.index()])
    }

    /// Current margin headroom of an account.
    pub fn headroom(&self, account: u32) -> Option<i64> {
        Some(self.accounts[self.find_account(account)? as usize].headroom)
    }

    /// Headroom an account's resting orders hold (leaves × their remembered rates).
    pub fn reserved(&self, account: u32) -> Option<u64> {
        let ai = self.find_account(account)?;
        let mut total = 0;
        let mut slot = self.accounts[ai as usize].oldest;
        while slot != crate::slots::NIL {
            let o = self.slots.get(slot);
            total += crate::risk::reservation(o.leaves, o.rate);
            slot = self.slots.links(slot).account_next;
        }
        Some(total)
    }

    /// Whether an account may trade (configured enabled and not killed, or enabled again).
    pub fn is_enabled(&self, account: u32) -> Option<bool> {
        Some(self.accounts[self.find_account(account)? as usize].enabled)
    }

    /// Checks every structural invariant: levels and totals, best prices, an uncrossed book,
    /// open quantities, the id table and the account lists. For tests; O(book size).
    pub fn check_invariants(&self) -> Result<(), String> {
        let mut seen_in_levels = 0usize;
        let mut open_sum = vec![[0u64; 2]; self.exposures.len()];
        for (id, inst) in self.instruments.iter().enumerate() {
            let Some(inst) = inst else { continue };
            let id = id as u16;
            for side in [Side::Buy, Side::Sell] {
                let book = &inst.sides[side.index()];
                let mut prev: Option<u32> = None;
                for (price, total) in self.depth(id, side, usize::MAX) {
                    if let Some(p) = prev {
                        let ordered = match side {
                            Side::Buy => price < p,
                            Side::Sell => price > p,
                        };
                        if !ordered {
                            return Err(format!(
                                "instrument {id} {side}: levels out of order at {price}"
                            ));
                        }
                    }
                    prev = Some(price);
                    let orders = self.level_orders(id, side, price);
                    if orders.is_empty() {
                        return Err(format!(
                            "instrument {id} {side}: empty level {price} marked occupied"
                        ));
                    }
                    let sum: u64 = orders.iter().map(|o| u64::from(o.leaves)).sum();
                    if sum != total {
                        return Err(format!(
                            "instrument {id} {side} {price}: total {total} != leaves {sum}"
                        ));
                    }
                    for o in &orders {
                        if o.leaves == 0 || o.price != price || o.side != side || o.instrument != id
                        {
                            return Err(format!("instrument {id} {side} {price}: bad order {o:?}"));
                        }
                        let ai = self
                            .find_account(o.account)
                            .ok_or("order of unknown account")?;
                        let slot = self
                            .order_ids
                            .find(o.account, ai, o.cl_ord_id, &self.slots)
                            .ok_or_else(|| format!("order {o:?} missing from the id table"))?;
                        if self.resting(slot) != *o {
                            return Err(format!("id table maps {o:?} to another order"));
                        }
                        open_sum[self.exposure_index(ai, id)][side.index()] += u64::from(o.leaves);
                    }
                    seen_in_levels += orders.len();
                }
                if book.best().map(|b| inst.rules.price_base + b)
                    != self.depth(id, side, 1).first().map(|l| l.0)
                {
                    return Err(format!("instrument {id} {side}: best price is stale"));
                }
            }
            if let (Some(bid), Some(ask)) = (
                self.best_price(id, Side::Buy),
                self.best_price(id, Side::Sell),
            ) {
                if bid >= ask {
                    return Err(format!(
                        "instrument {id}: book crossed, bid {bid} >= ask {ask}"
                    ));
                }
            }
        }
        if seen_in_levels != self.slots.in_use() {
            return Err(format!(
                "{} orders in levels but {} slots in use",
                seen_in_levels,
                self.slots.in_use()
            ));
        }
        for (i, e) in self.exposures.iter().enumerate() {
            if e.open != open_sum[i] {
                return Err(format!(
                    "exposure {i}: open {:?} != resting leaves {:?}",
                    e.open, open_sum[i]
                ));
            }
        }
        let listed: usize = self
            .accounts
            .iter()
            .map(|a| self.live_orders(a.id).len())
            .sum();
        if listed != seen_in_levels {
            return Err(format!(
                "account lists hold {listed} orders, levels {seen_in_levels}"
            ));
        }
        Ok(())
    }
}
