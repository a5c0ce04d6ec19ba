//! Order slots: the fixed pool of resting orders, as the card keeps them in block RAM.
//!
//! Slot 0 is never used, so `0` is the null link in every list threaded through the slots:
//! the FIFO of each price level and the acceptance-ordered list of each account.

use gatebook_wire::{Side, StpMode};

/// The null slot link.
pub(crate) const NIL: u32 = 0;

/// One resting order.
#[derive(Clone, Copy)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct OrderSlot {
    pub cl_ord_id: u64,
    pub account: u32,
    /// Dense index of the account's state, saved to avoid a lookup on every fill.
    pub account_index: u32,
    pub price: u32,
    pub leaves: u32,
    /// Per-lot reservation taken when the order was accepted, given back at this rate.
    pub rate: u32,
    pub level_prev: u32,
    pub level_next: u32,
    pub account_prev: u32,
    pub account_next: u32,
    pub instrument: u16,
    pub side: Side,
    pub post_only: bool,
    pub stp: StpMode,
}

impl OrderSlot {
    pub(crate) const EMPTY: OrderSlot = OrderSlot {
        cl_ord_id: 0,
        account: 0,
        account_index: 0,
        price: 0,
        leaves: 0,
        rate: 0,
        level_prev: NIL,
        level_next: NIL,
        account_prev: NIL,
        account_next: NIL,
        instrument: 0,
        side: Side::Buy,
        post_only: false,
        stp: StpMode::Resting,
    };
}

/// All slots and the stack of free ones.
#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct OrderSlots {
    slots: Vec<OrderSlot>,
    free: Vec<u32>,
}

impl OrderSlots {
    pub(crate) fn new(order_slots: u32) -> Self {
        OrderSlots {
            slots: vec![OrderSlot::EMPTY; order_slots as usize + 1],
            free: (1..=order_slots).rev().collect(),
        }
    }

    #[inline]
    pub(crate) fn has_free(&self) -> bool {
        !self.free.is_empty()
    }

    #[inline]
    pub(crate) fn in_use(&self) -> usize {
        self.slots.len() - 1 - self.free.len()
    }

    /// Takes a free slot; the caller has checked [`Self::has_free`].
    #[inline]
    pub(crate) fn allocate(&mut self, order: OrderSlot) -> u32 {
        let slot = self.free.pop().expect("caller checked for a free slot");
        self.slots[slot as usize] = order;
        slot
    }

    #[inline]
    pub(crate) fn release(&mut self, slot: u32) {
        self.free.push(slot);
    }

    #[inline]
    pub(crate) fn get(&self, slot: u32) -> &OrderSlot {
        &self.slots[slot as usize]
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, slot: u32) -> &mut OrderSlot {
        &mut self.slots[slot as usize]
    }
}
