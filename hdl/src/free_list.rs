//! Free order slots: a counter until first wrap, then a stack of freed slots in block RAM.
//!
//! Slots are numbered `0 .. limit`, `limit` being the configured `order_slots` (at most
//! `2^SLOT_BITS`). A fresh card hands out slots from a counter, so reset needs no sweep;
//! a slot given back goes on the freed stack and is reused first. Which slot an order gets
//! never shows in a report, so any order of reuse gives engine-sw's reports.
//!
//! Interface (one clock, synchronous active-high `reset`; no handshake, one operation per
//! cycle at full rate):
//! - `has_free`: a slot can be taken now (`BOOK_FULL` when low); `slot`: the slot that
//!   `alloc` takes in this cycle.
//! - `alloc`: take `slot` at the end of this cycle (only when `has_free`).
//! - `give_back` with `returned_slot`: give a slot back (not in the same cycle as `alloc`).
//! - `limit`: configured number of slots, held steady while orders rest.
//!
//! The top of the stack is read one cycle ahead (read address = next depth - 1); a slot
//! released in the previous cycle is served from a register, since the RAM returns the
//! value from before that write.

use crate::table_ram::{same_address_garbage, TableRam};
use rust_hdl::prelude::*;

/// Free order slots of a book of `2^SLOT_BITS` slots: hands out one slot or takes one back per
/// cycle (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct FreeList<const SLOT_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: every slot free again, handed out from slot 0.
    pub reset: Signal<In, Bit>,
    /// The configured number of slots (at most `2^SLOT_BITS`), held steady while orders rest.
    pub limit: Signal<In, Bits<17>>,
    /// A slot can be taken this cycle; low means `BOOK_FULL`.
    pub has_free: Signal<Out, Bit>,
    /// The slot `alloc` takes this cycle; valid while `has_free`.
    pub slot: Signal<Out, Bits<SLOT_BITS>>,
    /// Take `slot` at the end of this cycle (only while `has_free`).
    pub alloc: Signal<In, Bit>,
    /// Put `returned_slot` back at the end of this cycle (never with `alloc`).
    pub give_back: Signal<In, Bit>,
    /// The slot given back; read while `give_back` is high.
    pub returned_slot: Signal<In, Bits<SLOT_BITS>>,
    freed: TableRam<SLOT_BITS, SLOT_BITS>,
    /// Next never-used slot.
    fresh: DFF<Bits<17>>,
    /// Slots on the freed stack.
    depth: DFF<Bits<17>>,
    /// Slot released last cycle, when it is the top of the stack.
    last_released: DFF<Bits<SLOT_BITS>>,
    top_in_register: DFF<Bit>,
    next_depth: Signal<Local, Bits<17>>,
}

impl<const SLOT_BITS: usize> FreeList<SLOT_BITS> {
    same_address_garbage!(freed);
}

impl<const SLOT_BITS: usize> Logic for FreeList<SLOT_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fresh, depth, last_released, top_in_register);
        self.freed.read_clock.next = self.clock.val();
        self.freed.write_clock.next = self.clock.val();

        self.has_free.next = (self.depth.q.val() != 0) || (self.fresh.q.val() < self.limit.val());
        if self.depth.q.val() != 0 {
            if self.top_in_register.q.val() {
                self.slot.next = self.last_released.q.val();
            } else {
                self.slot.next = self.freed.read_data.val();
            }
        } else {
            self.slot.next = bit_cast::<SLOT_BITS, 17>(self.fresh.q.val());
        }

        self.next_depth.next = self.depth.q.val();
        self.freed.write_enable.next = false;
        self.freed.write_address.next = bit_cast::<SLOT_BITS, 17>(self.depth.q.val());
        self.freed.write_data.next = self.returned_slot.val();
        if self.give_back.val() {
            self.freed.write_enable.next = true;
            self.next_depth.next = self.depth.q.val() + 1;
            self.last_released.d.next = self.returned_slot.val();
            self.top_in_register.d.next = true;
        } else if self.alloc.val() {
            if self.depth.q.val() != 0 {
                self.next_depth.next = self.depth.q.val() - 1;
                self.top_in_register.d.next = false;
            } else {
                self.fresh.d.next = self.fresh.q.val() + 1;
            }
        }
        self.depth.d.next = self.next_depth.val();
        self.freed.read_address.next = bit_cast::<SLOT_BITS, 17>(self.next_depth.val() - 1);

        if self.reset.val() {
            self.fresh.d.next = 0.into();
            self.depth.d.next = 0.into();
            self.top_in_register.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, pulse_reset, settle, start, Clocked, Resettable};

    impl<const S: usize> Clocked for FreeList<S> {
        fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    impl<const S: usize> Resettable for FreeList<S> {
        fn reset_mut(&mut self) -> &mut Signal<In, Bit> {
            &mut self.reset
        }
    }

    fn free_list(limit: u64) -> FreeList<4> {
        let mut uut = FreeList::<4>::default();
        start(&mut uut);
        uut.limit.next = limit.into();
        pulse_reset(&mut uut);
        uut
    }

    fn alloc(uut: &mut FreeList<4>) -> Option<u32> {
        settle(uut);
        if !uut.has_free.val() {
            return None;
        }
        let slot = uut.slot.val().to_u32();
        uut.alloc.next = true;
        cycle(uut);
        uut.alloc.next = false;
        Some(slot)
    }

    fn release(uut: &mut FreeList<4>, slot: u32) {
        uut.give_back.next = true;
        uut.returned_slot.next = u64::from(slot).into();
        cycle(uut);
        uut.give_back.next = false;
    }

    /// Random alloc/release traffic against a model set: never a slot twice, never more
    /// than `limit`, full exactly when every slot is taken.
    #[test]
    fn hands_out_each_slot_once() {
        for limit in [16u64, 5] {
            let mut uut = free_list(limit);
            let mut taken = std::collections::BTreeSet::new();
            let mut seed = 0x2545_f491_u32;
            for _ in 0..300 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                if !seed.is_multiple_of(3) || taken.is_empty() {
                    match alloc(&mut uut) {
                        Some(slot) => {
                            assert!(u64::from(slot) < limit);
                            assert!(taken.insert(slot), "slot {slot} handed out twice");
                        }
                        None => assert_eq!(taken.len() as u64, limit),
                    }
                } else {
                    let victim = *taken.iter().nth(seed as usize / 3 % taken.len()).unwrap();
                    taken.remove(&victim);
                    release(&mut uut, victim);
                }
            }
        }
    }

    #[test]
    fn back_to_back_allocs_pop_the_stack_in_order() {
        let mut uut = free_list(16);
        for expected in 0..4 {
            assert_eq!(alloc(&mut uut), Some(expected));
        }
        release(&mut uut, 2);
        release(&mut uut, 0);
        release(&mut uut, 3);
        assert_eq!(alloc(&mut uut), Some(3));
        assert_eq!(alloc(&mut uut), Some(0));
        assert_eq!(alloc(&mut uut), Some(2));
        assert_eq!(alloc(&mut uut), Some(4));
        release(&mut uut, 1);
        assert_eq!(alloc(&mut uut), Some(1));
        // After reset everything is free again, without a sweep.
        pulse_reset(&mut uut);
        assert_eq!(alloc(&mut uut), Some(0));
    }
}
