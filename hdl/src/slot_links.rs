//! The links of doubly linked lists threaded through the order slots: each price level's
//! FIFO of resting orders and each account's list of live orders are one of these each.
//!
//! A slot belongs to at most one list of each kind, so one `prev` and one `next` word per
//! slot hold every list of a kind; the lists' heads and tails live in the owner's tables
//! (`level_ends`, `account_ends` in the matcher). A link is 17 bits: a slot number, or
//! [`NO_SLOT`] (bit 16 set) at either end of a list.
//!
//! Interface (one clock; at most one of `terminate`, `append`, `unlink` per cycle):
//! - `read_slot`: the slot whose links `prev_slot` and `next_slot` show the next cycle (block RAM
//!   reads, registered).
//! - `terminate` with `terminate_slot`: that slot's `next` becomes [`NO_SLOT`], for a slot
//!   about to become a list's tail.
//! - `append` with `append_slot` and `append_after` (the list's tail, or [`NO_SLOT`] for an
//!   empty list): the slot's `prev` is the tail, and the tail's `next` is the slot. Its own
//!   `next` must already be [`NO_SLOT`] (`terminate`).
//! - `unlink`: takes out the slot whose links show now: the slot before it skips forward past
//!   it, the slot after it back. The owner sees from `prev_slot` / `next_slot` whether the slot
//!   was a head or a tail, and updates its ends.
//! - Writes land at the end of the cycle; a read of a slot written the same cycle is
//!   undefined ([`TableRam`], `SameAddress::Undefined`).

use crate::table_ram::{same_address_garbage, TableRam};
use rust_hdl::prelude::*;

/// The link value that names no slot: the end of a list (bit 16 set).
pub const NO_SLOT: u64 = 0x1_0000;

/// The `prev` and `next` links of `2^SLOT_BITS` slots (interface in the module docs).
#[derive(LogicBlock)]
pub struct SlotLinks<const SLOT_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// The slot whose links show next cycle.
    pub read_slot: Signal<In, Bits<SLOT_BITS>>,
    /// The previous slot of the slot read, or [`NO_SLOT`] at a list's head.
    pub prev_slot: Signal<Out, Bits<17>>,
    /// The next slot of the slot read, or [`NO_SLOT`] at a list's tail.
    pub next_slot: Signal<Out, Bits<17>>,
    /// Ends `terminate_slot`'s forward link.
    pub terminate: Signal<In, Bit>,
    /// The slot that becomes a tail.
    pub terminate_slot: Signal<In, Bits<SLOT_BITS>>,
    /// Puts `append_slot` behind `append_after`.
    pub append: Signal<In, Bit>,
    /// The slot joining a list's back.
    pub append_slot: Signal<In, Bits<SLOT_BITS>>,
    /// The list's tail before the append, or [`NO_SLOT`] for an empty list.
    pub append_after: Signal<In, Bits<17>>,
    /// Takes out the slot whose links show now.
    pub unlink: Signal<In, Bit>,
    prev_links: TableRam<17, SLOT_BITS>,
    next_links: TableRam<17, SLOT_BITS>,
    no_slot: Constant<Bits<17>>,
}

impl<const SLOT_BITS: usize> SlotLinks<SLOT_BITS> {
    same_address_garbage!(prev_links, next_links);
}

impl<const SLOT_BITS: usize> Default for SlotLinks<SLOT_BITS> {
    fn default() -> Self {
        SlotLinks {
            clock: Default::default(),
            read_slot: Default::default(),
            prev_slot: Default::default(),
            next_slot: Default::default(),
            terminate: Default::default(),
            terminate_slot: Default::default(),
            append: Default::default(),
            append_slot: Default::default(),
            append_after: Default::default(),
            unlink: Default::default(),
            prev_links: Default::default(),
            next_links: Default::default(),
            no_slot: Constant::new(NO_SLOT.into()),
        }
    }
}

impl<const SLOT_BITS: usize> Logic for SlotLinks<SLOT_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        self.prev_links.read_clock.next = self.clock.val();
        self.prev_links.write_clock.next = self.clock.val();
        self.next_links.read_clock.next = self.clock.val();
        self.next_links.write_clock.next = self.clock.val();
        self.prev_links.read_address.next = self.read_slot.val();
        self.next_links.read_address.next = self.read_slot.val();
        self.prev_slot.next = self.prev_links.read_data.val();
        self.next_slot.next = self.next_links.read_data.val();

        // Defaults: the append's writes, disabled.
        self.prev_links.write_address.next = self.append_slot.val();
        self.prev_links.write_data.next = self.append_after.val();
        self.prev_links.write_enable.next = false;
        self.next_links.write_address.next = bit_cast::<SLOT_BITS, 17>(self.append_after.val());
        self.next_links.write_data.next = bit_cast::<17, SLOT_BITS>(self.append_slot.val());
        self.next_links.write_enable.next = false;
        if self.append.val() {
            self.prev_links.write_enable.next = true;
            self.next_links.write_enable.next = !self.append_after.val().get_bit(16);
        }
        if self.terminate.val() {
            self.next_links.write_address.next = self.terminate_slot.val();
            self.next_links.write_data.next = self.no_slot.val();
            self.next_links.write_enable.next = true;
        }
        if self.unlink.val() {
            // The slot before skips forward to the slot after, and the slot after back.
            self.next_links.write_address.next =
                bit_cast::<SLOT_BITS, 17>(self.prev_links.read_data.val());
            self.next_links.write_data.next = self.next_links.read_data.val();
            self.next_links.write_enable.next = !self.prev_links.read_data.val().get_bit(16);
            self.prev_links.write_address.next =
                bit_cast::<SLOT_BITS, 17>(self.next_links.read_data.val());
            self.prev_links.write_data.next = self.prev_links.read_data.val();
            self.prev_links.write_enable.next = !self.next_links.read_data.val().get_bit(16);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Clocked, Trace};
    use crate::verilog::verilog_named;

    impl<const S: usize> Clocked for SlotLinks<S> {
        fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    const SLOTS: usize = 16;
    type Links = SlotLinks<4>;

    fn link(slot: Option<usize>) -> u64 {
        slot.map_or(NO_SLOT, |s| s as u64)
    }

    fn trace() -> Trace {
        Trace::new(
            &[
                ("read_slot", 4),
                ("terminate", 1),
                ("terminate_slot", 4),
                ("append", 1),
                ("append_slot", 4),
                ("append_after", 17),
                ("unlink", 1),
            ],
            &[("prev_slot", 17), ("next_slot", 17)],
        )
    }

    /// One cycle, recorded for the replay on the Verilog.
    fn edge(uut: &mut Links, trace: &mut Trace) {
        settle(uut);
        let value = |b: Bits<17>| b.index() as u64;
        trace.record(
            vec![
                uut.read_slot.val().index() as u64,
                u64::from(uut.terminate.val()),
                uut.terminate_slot.val().index() as u64,
                u64::from(uut.append.val()),
                uut.append_slot.val().index() as u64,
                value(uut.append_after.val()),
                u64::from(uut.unlink.val()),
            ],
            vec![value(uut.prev_slot.val()), value(uut.next_slot.val())],
        );
        cycle(uut);
    }

    fn idle(uut: &mut Links) {
        uut.terminate.next = false;
        uut.append.next = false;
        uut.unlink.next = false;
    }

    /// The slot's links as the block has them (one cycle to read).
    fn read(uut: &mut Links, trace: &mut Trace, slot: usize) -> (u64, u64) {
        idle(uut);
        uut.read_slot.next = (slot as u64).into();
        edge(uut, trace);
        settle(uut);
        trace.expect_outputs();
        (
            uut.prev_slot.val().index() as u64,
            uut.next_slot.val().index() as u64,
        )
    }

    /// Three lists over 16 slots, as the matcher uses them: a free slot is terminated, then
    /// appended to a list's back; a member is read, then unlinked the next cycle. After
    /// every operation every slot in a list has the model's links. Seeded, 3,000 operations,
    /// with garbage on same-address reads; then the same cycles on the generated Verilog.
    #[test]
    fn keeps_every_list_like_a_model() {
        let mut uut = Links::default();
        uut.garbage_on_collision();
        start(&mut uut);
        let mut trace = trace();
        let mut lists: [Vec<usize>; 3] = Default::default();
        let mut free: Vec<usize> = (0..SLOTS).collect();
        let mut seed = 0x1234_5678_u32;
        let mut random = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize % n
        };
        for _ in 0..3_000 {
            let list = random(3);
            if !free.is_empty() && (random(2) == 0 || lists.iter().all(Vec::is_empty)) {
                let slot = free.swap_remove(random(free.len()));
                idle(&mut uut);
                uut.terminate.next = true;
                uut.terminate_slot.next = (slot as u64).into();
                edge(&mut uut, &mut trace);
                idle(&mut uut);
                uut.append.next = true;
                uut.append_slot.next = (slot as u64).into();
                uut.append_after.next = link(lists[list].last().copied()).into();
                edge(&mut uut, &mut trace);
                lists[list].push(slot);
            } else if let Some(list) = (0..3)
                .map(|k| (list + k) % 3)
                .find(|&k| !lists[k].is_empty())
            {
                let at = random(lists[list].len());
                let slot = lists[list][at];
                idle(&mut uut);
                uut.read_slot.next = (slot as u64).into();
                edge(&mut uut, &mut trace);
                uut.unlink.next = true;
                edge(&mut uut, &mut trace);
                lists[list].remove(at);
                free.push(slot);
            }
            for members in &lists {
                for (at, &slot) in members.iter().enumerate() {
                    let expected = (
                        link(at.checked_sub(1).map(|p| members[p])),
                        link(members.get(at + 1).copied()),
                    );
                    assert_eq!(
                        read(&mut uut, &mut trace, slot),
                        expected,
                        "slot {slot} in {members:?}"
                    );
                }
            }
        }
        idle(&mut uut);
        edge(&mut uut, &mut trace);
        trace.replay(
            &verilog_named(&mut Links::default(), "slot_links"),
            "slot_links",
        );
    }
}
