//! Order slots: the fixed pool of resting orders, as the card keeps them in block RAM.
//!
//! Slot 0 is never used, so `0` is the null link in every list threaded through the slots:
//! the FIFO of each price level and the acceptance-ordered list of each account.
//!
//! A slot is kept in two parts: the order itself ([`OrderSlot`]) and its four list links
//! ([`Links`]), in an array of their own, 16 bytes a slot, four to a cache line. Unlinking an
//! order writes the links of up to four neighbours, which are any slots: each such write
//! touches one 16-byte entry instead of a line of whole orders.

use gatebook_wire::{Side, StpMode};

/// The null slot link.
pub(crate) const NIL: u32 = 0;

/// One resting order: 32 bytes, two to a cache line. The owner is kept as its account's
/// dense index only; the account's id is that account's.
#[derive(Clone, Copy)]
#[repr(align(32))]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct OrderSlot {
    pub cl_ord_id: u64,
    /// Dense index of the owner's account state.
    pub account_index: u32,
    pub price: u32,
    pub leaves: u32,
    /// Per-lot reservation taken when the order was accepted, given back at this rate.
    pub rate: u32,
    pub instrument: u16,
    pub side: Side,
    pub post_only: bool,
    pub stp: StpMode,
}

impl OrderSlot {
    pub(crate) const EMPTY: OrderSlot = OrderSlot {
        cl_ord_id: 0,
        account_index: 0,
        price: 0,
        leaves: 0,
        rate: 0,
        instrument: 0,
        side: Side::Buy,
        post_only: false,
        stp: StpMode::Resting,
    };
}

/// A slot's places in its level's FIFO and in its account's list.
#[derive(Clone, Copy, Default)]
#[repr(align(16))]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct Links {
    pub level_prev: u32,
    pub level_next: u32,
    pub account_prev: u32,
    pub account_next: u32,
}

/// All slots and the stack of free ones.
#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct OrderSlots {
    slots: Vec<OrderSlot>,
    links: Vec<Links>,
    free: Vec<u32>,
}

impl OrderSlots {
    pub(crate) fn new(order_slots: u32) -> Self {
        OrderSlots {
            slots: vec![OrderSlot::EMPTY; order_slots as usize + 1],
            links: vec![Links::default(); order_slots as usize + 1],
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

    /// Takes a free slot for `order`, with `links`; the caller has checked
    /// [`Self::has_free`].
    #[inline(always)]
    pub(crate) fn allocate(&mut self, order: OrderSlot, links: Links) -> u32 {
        let slot = self.free.pop().expect("caller checked for a free slot");
        self.slots[slot as usize] = order;
        self.links[slot as usize] = links;
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

impl OrderSlots {
    #[inline]
    pub(crate) fn links(&self, slot: u32) -> &Links {
        &self.links[slot as usize]
    }

    #[inline]
    pub(crate) fn links_mut(&mut self, slot: u32) -> &mut Links {
        &mut self.links[slot as usize]
    }
}
