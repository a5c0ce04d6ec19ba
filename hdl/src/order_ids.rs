//! (account, cl_ord_id) → order slot, for CANCEL, REPLACE and the duplicate-id check.
//!
//! Open addressing in block RAM with linear probing and backward-shift deletion, the scheme
//! of engine-sw's `OrderIdTable`: `2^HASH_BITS` buckets with `HASH_BITS = SLOT_BITS + 1`, so
//! at most half the buckets are ever used, a probe always meets an empty bucket, and the
//! table never fills before the order slots do. No tombstones: a removal shifts later
//! members of its probe run back, so a lookup is exact. The hash (an XOR fold to 32 bits,
//! then Fibonacci hashing, [`KeyHash`]) differs from engine-sw's, which never shows in a
//! report. Each bucket also keeps its key's home, so only the command's key is ever hashed,
//! and that ahead of the command.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `cmd_valid`/`cmd_ready` with `cmd_op`, `cmd_account`, `cmd_cl_ord_id`, `cmd_home`,
//!   `cmd_slot`: one command; `cmd_ready` is high only when idle. `cmd_home` is the key's
//!   home bucket, hashed ahead by [`KeyHash`] and registered by the caller (the ingress stage
//!   for a message's key, the order slot's row for a resting order's). `OP_FIND` looks a key up, `OP_INSERT`
//!   adds a key that is not present with `cmd_slot`, `OP_REMOVE` deletes a key.
//! - `done` pulses when the command finishes; `found` and `found_slot` are valid with it
//!   (for `OP_REMOVE`: the slot the key had).
//! - `post_valid`/`post_ready` with `post_account`, `post_cl_ord_id`, `post_home`: a removal
//!   of a key that is present, posted: it waits in a register (`post_ready` is low while one
//!   waits) and runs when the table is idle and no command is offered, unless the caller
//!   holds it (`hold_posted`, while a one-cycle insert of the last lookup's key may follow)
//!   and no other post is waiting. Commands go ahead of it, which
//!   is what one-at-a-time order allows, because a command of any other key sees the same
//!   answer whether that key is still there or not; a command of the posted key is taken
//!   as usual but runs after the removal. A posted removal pulses no `done`. So a
//!   removal costs the caller no wait, and the next message's lookup does not wait for it.
//! - Timing: 1 cycle to read the home bucket, then 1 cycle per bucket probed; a removal
//!   then 1 cycle per member of the rest of the probe run. An insert of the key whose
//!   `OP_FIND` was the last command and found nothing writes the bucket that lookup ended
//!   on as it is taken (`done` the next cycle, `cmd_ready` stays high). At load <= 1/2 the expected
//!   probe run is short (under 2.5 buckets for a good spread); the worst case is bounded by
//!   the number of live orders.
//! - After `reset` the `used` bits are cleared, one bucket per cycle (`2^HASH_BITS` cycles),
//!   with `cmd_ready` low.

use crate::table_ram::{same_address_garbage, TableRam};
use rust_hdl::prelude::*;

/// Look a key up.
pub const OP_FIND: u64 = 0;
/// Add a key that is not present.
pub const OP_INSERT: u64 = 1;
/// Delete a key.
pub const OP_REMOVE: u64 = 2;

/// The key's 32-bit hash, as [`KeyHash`] computes it: the 96 key bits folded into 32, times
/// 0x9E37_79B1 (Fibonacci hashing), low 32 bits. The model the testbenches compare with.
pub fn key_hash(account: u32, cl_ord_id: u64) -> u32 {
    let fold = (cl_ord_id as u32) ^ ((cl_ord_id >> 32) as u32) ^ account.rotate_left(16);
    fold.wrapping_mul(GOLDEN)
}

/// A key's home bucket among `2^hash_bits`: the top bits of its [`key_hash`].
pub fn home_bucket(hash: u32, hash_bits: u32) -> u32 {
    hash >> (32 - hash_bits)
}

/// Fibonacci hashing's multiplier, 2^32 / the golden ratio, odd.
const GOLDEN: u32 = 0x9E37_79B1;

/// The key's hash for the id table (the model is [`key_hash`]): the 96 key bits folded into
/// 32, then Fibonacci hashing. A plain XOR fold clusters the common pattern of small
/// sequential ids per account into long probe runs; the multiply spreads them. The result is
/// combinational: the ingress stage registers it with the record, so the multiply never
/// drives the table's RAM addresses in the cycle it computes.
#[derive(LogicBlock)]
pub struct KeyHash {
    /// The key's account id.
    pub account: Signal<In, Bits<32>>,
    /// The key's client order id.
    pub cl_ord_id: Signal<In, Bits<64>>,
    /// The key's hash; the top bits of it are its home bucket ([`home_bucket`]).
    pub hash: Signal<Out, Bits<32>>,
    fold: Signal<Local, Bits<32>>,
    low_low: Signal<Local, Bits<32>>,
    low_high: Signal<Local, Bits<32>>,
    high_low: Signal<Local, Bits<32>>,
    golden_low: Constant<Bits<16>>,
    golden_high: Constant<Bits<16>>,
}

impl Default for KeyHash {
    fn default() -> Self {
        KeyHash {
            account: Default::default(),
            cl_ord_id: Default::default(),
            hash: Default::default(),
            fold: Default::default(),
            low_low: Default::default(),
            low_high: Default::default(),
            high_low: Default::default(),
            golden_low: Constant::new(u64::from(GOLDEN & 0xFFFF).into()),
            golden_high: Constant::new(u64::from(GOLDEN >> 16).into()),
        }
    }
}

impl Logic for KeyHash {
    #[hdl_gen]
    fn update(&mut self) {
        // The account enters rotated by 16 so small accounts and small ids do not cancel.
        self.fold.next = self.cl_ord_id.val().get_bits::<32>(0)
            ^ self.cl_ord_id.val().get_bits::<32>(32)
            ^ (self.account.val() << 16)
            ^ (self.account.val() >> 16);
        // The low 32 bits of fold * GOLDEN from three 16 x 16 products.
        self.low_low.next = self.fold.val().get_bits::<16>(0) * self.golden_low.val();
        self.low_high.next = self.fold.val().get_bits::<16>(0) * self.golden_high.val();
        self.high_low.next = self.fold.val().get_bits::<16>(16) * self.golden_low.val();
        self.hash.next =
            self.low_low.val() + (self.low_high.val() << 16) + (self.high_low.val() << 16);
    }
}

/// States of the [`OrderIdTable`] controller.
#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum OrderIdState {
    /// After reset: clears one bucket's `used` bit per cycle, `cmd_ready` low.
    Clearing,
    /// Waits for a command (`cmd_ready` high); reads the key's home bucket.
    Idle,
    /// Walks the probe run one bucket per cycle until the key or an empty bucket; an insert
    /// writes there.
    Probe,
    /// A removal's backward shift: moves later members of the run into the hole until an empty
    /// bucket.
    Shift,
    /// Reads the home bucket of the posted removal about to run (`at`), or of the command
    /// that waited for it.
    Restart,
}

/// (account, cl_ord_id) to order slot for a book of `2^SLOT_BITS` slots, in `2^HASH_BITS`
/// buckets (interface in the module docs).
#[derive(LogicBlock)]
pub struct OrderIdTable<const SLOT_BITS: usize, const HASH_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: starts the clearing sweep (`2^HASH_BITS` cycles).
    pub reset: Signal<In, Bit>,
    /// High while the command inputs hold a command.
    pub cmd_valid: Signal<In, Bit>,
    /// High only while idle; the command moves on `cmd_valid && cmd_ready`.
    pub cmd_ready: Signal<Out, Bit>,
    /// The command: `OP_FIND`, `OP_INSERT` or `OP_REMOVE`.
    pub cmd_op: Signal<In, Bits<2>>,
    /// The key's account id.
    pub cmd_account: Signal<In, Bits<32>>,
    /// The key's client order id.
    pub cmd_cl_ord_id: Signal<In, Bits<64>>,
    /// The key's home bucket ([`home_bucket`] of its [`key_hash`]), from a register: the
    /// caller hashes ahead, so the multiply is off the path into the RAM address.
    pub cmd_home: Signal<In, Bits<HASH_BITS>>,
    /// For `OP_INSERT`: the order slot to store under the key.
    pub cmd_slot: Signal<In, Bits<SLOT_BITS>>,
    /// High while the post inputs hold a removal to post.
    pub post_valid: Signal<In, Bit>,
    /// High while no posted removal waits; a post moves on `post_valid && post_ready`.
    pub post_ready: Signal<Out, Bit>,
    /// The posted key's account id.
    pub post_account: Signal<In, Bits<32>>,
    /// The posted key's client order id.
    pub post_cl_ord_id: Signal<In, Bits<64>>,
    /// The posted key's home bucket, from a register.
    pub post_home: Signal<In, Bits<HASH_BITS>>,
    /// High while a posted removal should wait for the next command: the caller may yet
    /// insert the last lookup's key in one cycle, which a removal would prevent.
    pub hold_posted: Signal<In, Bit>,
    /// Pulses for one cycle when a command finishes.
    pub done: Signal<Out, Bit>,
    /// With `done`: the key was present (`OP_FIND`, `OP_REMOVE`).
    pub found: Signal<Out, Bit>,
    /// With `done` and `found`: the key's slot (for `OP_REMOVE`, the slot it had).
    pub found_slot: Signal<Out, Bits<SLOT_BITS>>,
    ids: TableRam<64, HASH_BITS>,
    accounts: TableRam<32, HASH_BITS>,
    slots: TableRam<SLOT_BITS, HASH_BITS>,
    used: TableRam<1, HASH_BITS>,
    /// Each bucket's key's home bucket, so that a removal's backward shift compares homes
    /// without hashing the keys it reads again.
    homes: TableRam<HASH_BITS, HASH_BITS>,
    state: DFF<OrderIdState>,
    op: DFF<Bits<2>>,
    account: DFF<Bits<32>>,
    cl_ord_id: DFF<Bits<64>>,
    slot: DFF<Bits<SLOT_BITS>>,
    home: DFF<Bits<HASH_BITS>>,
    /// Bucket whose contents arrive from the RAMs this cycle.
    at: DFF<Bits<HASH_BITS>>,
    /// The bucket a removal has emptied and a later member may move into.
    hole: DFF<Bits<HASH_BITS>>,
    removed_slot: DFF<Bits<SLOT_BITS>>,
    sweep: DFF<Bits<HASH_BITS>>,
    /// The last command was a lookup that ended at an empty bucket (`at`), and nothing has
    /// changed the table since: an insert of that key goes straight there.
    vacancy: DFF<Bit>,
    /// Such an insert was taken last cycle: `done` now.
    quick_done: DFF<Bit>,
    /// A posted removal waits (its key in `posted_*`).
    posted: DFF<Bit>,
    posted_account: DFF<Bits<32>>,
    posted_cl_ord_id: DFF<Bits<64>>,
    posted_home: DFF<Bits<HASH_BITS>>,
    /// The removal running is a posted one: it ends without `done`, and then runs `then_op`
    /// if `then_command` (a command of the same key, taken while it waited).
    running_posted: DFF<Bit>,
    then_command: DFF<Bit>,
    then_op: DFF<Bits<2>>,
    /// The command offered has the posted removal's key.
    command_is_posted_key: Signal<Local, Bit>,
    /// A command ends this cycle where a posted removal would end too: at an empty bucket,
    /// or at the end of a backward shift.
    run_ended: Signal<Local, Bit>,
    /// The bucket every column reads this cycle, and the one it writes.
    read_at: Signal<Local, Bits<HASH_BITS>>,
    write_at: Signal<Local, Bits<HASH_BITS>>,
    quick_insert: Signal<Local, Bit>,
    key_matches: Signal<Local, Bit>,
    stays: Signal<Local, Bit>,
    // The command codes, named (Verilog localparams).
    op_find: Constant<Bits<2>>,
    op_insert: Constant<Bits<2>>,
    op_remove: Constant<Bits<2>>,
}

impl<const SLOT_BITS: usize, const HASH_BITS: usize> OrderIdTable<SLOT_BITS, HASH_BITS> {
    same_address_garbage!(ids, accounts, slots, used, homes);
}

impl<const SLOT_BITS: usize, const HASH_BITS: usize> Default
    for OrderIdTable<SLOT_BITS, HASH_BITS>
{
    fn default() -> Self {
        OrderIdTable {
            clock: Default::default(),
            reset: Default::default(),
            cmd_valid: Default::default(),
            cmd_ready: Default::default(),
            cmd_op: Default::default(),
            cmd_account: Default::default(),
            cmd_cl_ord_id: Default::default(),
            cmd_slot: Default::default(),
            post_valid: Default::default(),
            post_ready: Default::default(),
            post_account: Default::default(),
            post_cl_ord_id: Default::default(),
            post_home: Default::default(),
            hold_posted: Default::default(),
            done: Default::default(),
            found: Default::default(),
            found_slot: Default::default(),
            ids: Default::default(),
            accounts: Default::default(),
            slots: Default::default(),
            used: Default::default(),
            homes: Default::default(),
            cmd_home: Default::default(),
            state: Default::default(),
            op: Default::default(),
            account: Default::default(),
            cl_ord_id: Default::default(),
            slot: Default::default(),
            home: Default::default(),
            at: Default::default(),
            hole: Default::default(),
            removed_slot: Default::default(),
            sweep: Default::default(),
            vacancy: Default::default(),
            quick_done: Default::default(),
            posted: Default::default(),
            posted_account: Default::default(),
            posted_cl_ord_id: Default::default(),
            posted_home: Default::default(),
            running_posted: Default::default(),
            then_command: Default::default(),
            then_op: Default::default(),
            command_is_posted_key: Default::default(),
            run_ended: Default::default(),
            read_at: Default::default(),
            write_at: Default::default(),
            quick_insert: Default::default(),
            key_matches: Default::default(),
            stays: Default::default(),
            op_find: Constant::new(OP_FIND.into()),
            op_insert: Constant::new(OP_INSERT.into()),
            op_remove: Constant::new(OP_REMOVE.into()),
        }
    }
}

impl<const SLOT_BITS: usize, const HASH_BITS: usize> Logic for OrderIdTable<SLOT_BITS, HASH_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            op,
            account,
            cl_ord_id,
            slot,
            home,
            at,
            hole,
            removed_slot,
            sweep,
            vacancy,
            quick_done,
            posted,
            posted_account,
            posted_cl_ord_id,
            posted_home,
            running_posted,
            then_command,
            then_op
        );
        self.ids.read_clock.next = self.clock.val();
        self.ids.write_clock.next = self.clock.val();
        self.accounts.read_clock.next = self.clock.val();
        self.accounts.write_clock.next = self.clock.val();
        self.slots.read_clock.next = self.clock.val();
        self.slots.write_clock.next = self.clock.val();
        self.used.read_clock.next = self.clock.val();
        self.used.write_clock.next = self.clock.val();
        self.homes.read_clock.next = self.clock.val();
        self.homes.write_clock.next = self.clock.val();

        // Defaults: read the next bucket, write nothing.
        self.read_at.next = self.at.q.val() + 1;
        self.write_at.next = self.hole.q.val();
        self.ids.write_data.next = self.ids.read_data.val();
        self.accounts.write_data.next = self.accounts.read_data.val();
        self.slots.write_data.next = self.slots.read_data.val();
        self.homes.write_data.next = self.homes.read_data.val();
        self.used.write_data.next = true.into();
        self.ids.write_enable.next = false;
        self.accounts.write_enable.next = false;
        self.slots.write_enable.next = false;
        self.used.write_enable.next = false;
        self.homes.write_enable.next = false;
        self.cmd_ready.next = false;
        self.post_ready.next = !self.posted.q.val();
        self.command_is_posted_key.next = self.posted.q.val()
            && (self.cmd_account.val() == self.posted_account.q.val())
            && (self.cmd_cl_ord_id.val() == self.posted_cl_ord_id.q.val());
        self.quick_insert.next = false;
        self.run_ended.next = false;
        self.done.next = self.quick_done.q.val();
        self.quick_done.d.next = false;
        self.found.next = false;
        self.found_slot.next = self.slots.read_data.val();

        self.key_matches.next = self.used.read_data.val().any()
            && (self.ids.read_data.val() == self.cl_ord_id.q.val())
            && (self.accounts.read_data.val() == self.account.q.val());
        // A member of the probe run stays where it is when its home lies cyclically in
        // (hole, at]; otherwise it moves back into the hole.
        self.stays.next = (self.homes.read_data.val() != self.hole.q.val())
            && ((self.homes.read_data.val() - self.hole.q.val())
                <= (self.at.q.val() - self.hole.q.val()));

        match self.state.q.val() {
            OrderIdState::Clearing => {
                self.write_at.next = self.sweep.q.val();
                self.used.write_data.next = false.into();
                self.used.write_enable.next = true;
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val().all() {
                    self.state.d.next = OrderIdState::Idle;
                }
            }
            OrderIdState::Idle => {
                self.cmd_ready.next = true;
                self.read_at.next = self.cmd_home.val();
                // An insert of the key whose lookup just ended at an empty bucket: that bucket
                // is where the probe would end again, so it is written now (the engine's
                // duplicate check and insert of a resting order take one probe, not two).
                self.quick_insert.next = self.cmd_valid.val()
                    && self.vacancy.q.val()
                    && !self.command_is_posted_key.val()
                    && (self.cmd_op.val() == self.op_insert.val())
                    && (self.cmd_account.val() == self.account.q.val())
                    && (self.cmd_cl_ord_id.val() == self.cl_ord_id.q.val());
                if self.cmd_valid.val() {
                    self.vacancy.d.next = false;
                }
                if self.quick_insert.val() {
                    self.write_at.next = self.at.q.val();
                    self.homes.write_data.next = self.cmd_home.val();
                    self.ids.write_data.next = self.cmd_cl_ord_id.val();
                    self.accounts.write_data.next = self.cmd_account.val();
                    self.slots.write_data.next = self.cmd_slot.val();
                    self.homes.write_enable.next = true;
                    self.ids.write_enable.next = true;
                    self.accounts.write_enable.next = true;
                    self.slots.write_enable.next = true;
                    self.used.write_enable.next = true;
                    self.quick_done.d.next = true;
                } else if self.cmd_valid.val() {
                    self.op.d.next = self.cmd_op.val();
                    self.account.d.next = self.cmd_account.val();
                    self.cl_ord_id.d.next = self.cmd_cl_ord_id.val();
                    self.slot.d.next = self.cmd_slot.val();
                    self.home.d.next = self.cmd_home.val();
                    self.at.d.next = self.cmd_home.val();
                    self.state.d.next = OrderIdState::Probe;
                    if self.command_is_posted_key.val() {
                        // The posted removal of this key first (the same home bucket, read
                        // now), then the command.
                        self.op.d.next = self.op_remove.val();
                        self.posted.d.next = false;
                        self.running_posted.d.next = true;
                        self.then_command.d.next = true;
                        self.then_op.d.next = self.cmd_op.val();
                    }
                } else if self.posted.q.val()
                    && (!self.vacancy.q.val() || !self.hold_posted.val() || self.post_valid.val())
                {
                    // Idle, and no one-cycle insert is expected (or another post waits): the
                    // posted removal runs, its home read next cycle.
                    self.op.d.next = self.op_remove.val();
                    self.account.d.next = self.posted_account.q.val();
                    self.cl_ord_id.d.next = self.posted_cl_ord_id.q.val();
                    self.home.d.next = self.posted_home.q.val();
                    self.at.d.next = self.posted_home.q.val();
                    self.posted.d.next = false;
                    self.running_posted.d.next = true;
                    self.then_command.d.next = false;
                    self.vacancy.d.next = false;
                    self.state.d.next = OrderIdState::Restart;
                }
            }
            OrderIdState::Restart => {
                self.read_at.next = self.at.q.val();
                self.state.d.next = OrderIdState::Probe;
            }
            OrderIdState::Probe => {
                if self.op.q.val() == self.op_insert.val() {
                    if !self.used.read_data.val().any() {
                        self.write_at.next = self.at.q.val();
                        self.homes.write_data.next = self.home.q.val();
                        self.homes.write_enable.next = true;
                        self.ids.write_data.next = self.cl_ord_id.q.val();
                        self.accounts.write_data.next = self.account.q.val();
                        self.slots.write_data.next = self.slot.q.val();
                        self.ids.write_enable.next = true;
                        self.accounts.write_enable.next = true;
                        self.slots.write_enable.next = true;
                        self.used.write_enable.next = true;
                        self.done.next = true;
                        self.state.d.next = OrderIdState::Idle;
                    } else {
                        self.at.d.next = self.at.q.val() + 1;
                    }
                } else if !self.used.read_data.val().any() {
                    // (A posted key is present, so a posted removal never ends here.)
                    self.done.next = true;
                    self.run_ended.next = true;
                    self.vacancy.d.next = self.op.q.val() == self.op_find.val();
                    self.state.d.next = OrderIdState::Idle;
                } else if self.key_matches.val() {
                    if self.op.q.val() == self.op_find.val() {
                        self.done.next = true;
                        self.found.next = true;
                        self.state.d.next = OrderIdState::Idle;
                    } else {
                        self.hole.d.next = self.at.q.val();
                        self.removed_slot.d.next = self.slots.read_data.val();
                        self.at.d.next = self.at.q.val() + 1;
                        self.state.d.next = OrderIdState::Shift;
                    }
                } else {
                    self.at.d.next = self.at.q.val() + 1;
                }
            }
            OrderIdState::Shift => {
                if !self.used.read_data.val().any() {
                    self.used.write_data.next = false.into();
                    self.used.write_enable.next = true;
                    self.done.next = true;
                    self.run_ended.next = true;
                    self.found.next = true;
                    self.found_slot.next = self.removed_slot.q.val();
                    self.state.d.next = OrderIdState::Idle;
                } else {
                    if !self.stays.val() {
                        self.ids.write_enable.next = true;
                        self.accounts.write_enable.next = true;
                        self.slots.write_enable.next = true;
                        self.used.write_enable.next = true;
                        self.homes.write_enable.next = true;
                        self.hole.d.next = self.at.q.val();
                    }
                    self.at.d.next = self.at.q.val() + 1;
                }
            }
            _ => {
                self.state.d.next = OrderIdState::Clearing;
            }
        }
        // A posted removal ends quietly; a command of its key that waited for it runs now,
        // from its home bucket (read next cycle: the last cycle of a removal writes the hole).
        if self.run_ended.val() && self.running_posted.q.val() {
            self.done.next = false;
            self.running_posted.d.next = false;
            if self.then_command.q.val() {
                self.op.d.next = self.then_op.q.val();
                self.at.d.next = self.home.q.val();
                self.state.d.next = OrderIdState::Restart;
            }
        }
        // Every column of the table is read and written at one bucket.
        self.ids.read_address.next = self.read_at.val();
        self.accounts.read_address.next = self.read_at.val();
        self.slots.read_address.next = self.read_at.val();
        self.used.read_address.next = self.read_at.val();
        self.homes.read_address.next = self.read_at.val();
        self.ids.write_address.next = self.write_at.val();
        self.accounts.write_address.next = self.write_at.val();
        self.slots.write_address.next = self.write_at.val();
        self.used.write_address.next = self.write_at.val();
        self.homes.write_address.next = self.write_at.val();
        // A post is taken into the register while none waits.
        if self.post_valid.val() && !self.posted.q.val() {
            self.posted.d.next = true;
            self.posted_account.d.next = self.post_account.val();
            self.posted_cl_ord_id.d.next = self.post_cl_ord_id.val();
            self.posted_home.d.next = self.post_home.val();
        }
        if self.reset.val() {
            self.state.d.next = OrderIdState::Clearing;
            self.sweep.d.next = 0.into();
            self.vacancy.d.next = false;
            self.quick_done.d.next = false;
            self.posted.d.next = false;
            self.running_posted.d.next = false;
            self.then_command.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Clocked, Trace};
    use crate::verilog::verilog_named;
    use std::collections::BTreeMap;

    impl<const S: usize, const H: usize> Clocked for OrderIdTable<S, H> {
        fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    type SmallTable = OrderIdTable<5, 6>;

    /// The table and every cycle it has run, for the replay on its Verilog.
    struct Recorded {
        table: SmallTable,
        trace: Trace,
    }

    impl Recorded {
        /// One cycle; the testbench reads every output every cycle, so every row is checked.
        fn edge(&mut self) {
            let uut = &mut self.table;
            settle(uut);
            self.trace.record(
                vec![
                    u64::from(uut.reset.val()),
                    u64::from(uut.cmd_valid.val()),
                    uut.cmd_op.val().to_u64(),
                    uut.cmd_account.val().to_u64(),
                    uut.cmd_cl_ord_id.val().to_u64(),
                    uut.cmd_home.val().to_u64(),
                    uut.cmd_slot.val().to_u64(),
                    u64::from(uut.post_valid.val()),
                    u64::from(uut.hold_posted.val()),
                    uut.post_account.val().to_u64(),
                    uut.post_cl_ord_id.val().to_u64(),
                    uut.post_home.val().to_u64(),
                ],
                vec![
                    u64::from(uut.cmd_ready.val()),
                    u64::from(uut.post_ready.val()),
                    u64::from(uut.done.val()),
                    u64::from(uut.found.val()),
                    uut.found_slot.val().to_u64(),
                ],
            );
            self.trace.expect_outputs();
            cycle(uut);
        }

        /// The same cycles on the generated Verilog.
        fn replay(mut self) {
            self.edge();
            self.trace.replay(
                &verilog_named(&mut SmallTable::default(), "order_ids"),
                "order_ids",
            );
        }
    }

    fn table() -> Recorded {
        let mut uut = SmallTable::default();
        start(&mut uut);
        let mut recorded = Recorded {
            table: uut,
            trace: Trace::new(
                &[
                    ("reset", 1),
                    ("cmd_valid", 1),
                    ("cmd_op", 2),
                    ("cmd_account", 32),
                    ("cmd_cl_ord_id", 64),
                    ("cmd_home", 6),
                    ("cmd_slot", 5),
                    ("post_valid", 1),
                    ("hold_posted", 1),
                    ("post_account", 32),
                    ("post_cl_ord_id", 64),
                    ("post_home", 6),
                ],
                &[
                    ("cmd_ready", 1),
                    ("post_ready", 1),
                    ("done", 1),
                    ("found", 1),
                    ("found_slot", 5),
                ],
            ),
        };
        recorded.table.reset.next = true;
        recorded.edge();
        recorded.table.reset.next = false;
        for _ in 0..65 {
            recorded.edge();
        }
        recorded
    }

    /// Waits (a bounded number of cycles) until `ready` says the table takes it.
    fn wait_for(bench: &mut Recorded, ready: fn(&SmallTable) -> bool) {
        for _ in 0..200 {
            settle(&mut bench.table);
            // No command is outstanding here: a posted removal ends without `done`.
            assert!(!bench.table.done.val(), "done with no command outstanding");
            if ready(&bench.table) {
                return;
            }
            bench.edge();
        }
        panic!("the table never became ready");
    }

    fn command(bench: &mut Recorded, op: u64, account: u32, id: u64, slot: u32) -> Option<u32> {
        wait_for(bench, |uut| uut.cmd_ready.val());
        let uut = &mut bench.table;
        uut.cmd_valid.next = true;
        uut.cmd_op.next = op.into();
        uut.cmd_account.next = u64::from(account).into();
        uut.cmd_cl_ord_id.next = id.into();
        uut.cmd_home.next = u64::from(home_bucket(key_hash(account, id), 6)).into();
        uut.cmd_slot.next = u64::from(slot).into();
        bench.edge();
        bench.table.cmd_valid.next = false;
        for _ in 0..200 {
            let uut = &mut bench.table;
            settle(uut);
            if uut.done.val() {
                let found = uut.found.val().then(|| uut.found_slot.val().to_u32());
                bench.edge();
                return found;
            }
            bench.edge();
        }
        panic!("command never finished");
    }

    /// Posts the removal of a present key, offered until taken (a post that waits makes the
    /// table run the one before), and goes on at once: no `done` comes.
    fn post(bench: &mut Recorded, account: u32, id: u64) {
        let uut = &mut bench.table;
        uut.post_valid.next = true;
        uut.post_account.next = u64::from(account).into();
        uut.post_cl_ord_id.next = id.into();
        uut.post_home.next = u64::from(home_bucket(key_hash(account, id), 6)).into();
        wait_for(bench, |uut| uut.post_ready.val());
        bench.edge();
        bench.table.post_valid.next = false;
    }

    /// Random inserts, removals and lookups against a map, with keys from a small universe
    /// (few accounts, ids up to 40 with random high words) at up to half load, so probe
    /// runs form, wrap, and backward shifts cross the end of the table; about half the inserts
    /// follow their own key's lookup (the one-cycle insert), and half the removals of present
    /// keys are posted, the next command offered at once (often of the same key). Then the
    /// same cycles on the generated Verilog.
    #[test]
    fn behaves_like_a_map() {
        let mut uut = table();
        let mut model: BTreeMap<(u32, u64), u32> = BTreeMap::new();
        let mut seed = 0x9e37_79b9_u32;
        let mut next_slot = 0;
        for _ in 0..500 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let account = seed % 3;
            let id = u64::from((seed >> 8) % 40) | (u64::from(seed >> 28) << 32);
            let key = (account, id);
            // Half the time the bench holds posted removals, as the matcher does between a
            // resting order's lookup and its insert.
            uut.table.hold_posted.next = seed & (1 << 13) != 0;
            match (seed >> 4) % 3 {
                0 if !model.contains_key(&key) && model.len() < 32 => {
                    next_slot = (next_slot + 1) % 32;
                    if seed & (1 << 9) != 0 {
                        // As the engine does for a resting order: the duplicate check, then
                        // the insert into the bucket it ended on.
                        assert_eq!(command(&mut uut, OP_FIND, account, id, 0), None);
                    }
                    command(&mut uut, OP_INSERT, account, id, next_slot);
                    model.insert(key, next_slot);
                }
                1 if !model.is_empty() && seed & (1 << 10) != 0 => {
                    // A present key, picked from the map (a random key is rarely present).
                    let key = *model
                        .keys()
                        .nth((seed >> 16) as usize % model.len())
                        .expect("in range");
                    let (account, id) = key;
                    post(&mut uut, account, id);
                    model.remove(&key);
                    if seed & (1 << 11) != 0 {
                        // The posted key at once: gone, and free to come back.
                        assert_eq!(command(&mut uut, OP_FIND, account, id, 0), None);
                        if seed & (1 << 12) != 0 {
                            next_slot = (next_slot + 1) % 32;
                            command(&mut uut, OP_INSERT, account, id, next_slot);
                            model.insert(key, next_slot);
                        }
                    }
                }
                1 => {
                    let got = command(&mut uut, OP_REMOVE, account, id, 0);
                    assert_eq!(got, model.remove(&key), "remove {key:?}");
                }
                _ => {
                    let got = command(&mut uut, OP_FIND, account, id, 0);
                    assert_eq!(got, model.get(&key).copied(), "find {key:?}");
                }
            }
        }
        for (&(account, id), &slot) in &model {
            assert_eq!(command(&mut uut, OP_FIND, account, id, 0), Some(slot));
        }
        uut.replay();
    }

    #[test]
    fn a_full_load_still_finds_everything() {
        let mut uut = table();
        for n in 0..32u32 {
            command(&mut uut, OP_INSERT, n % 2, u64::from(n / 2) << 6, n);
        }
        for n in (0..32u32).step_by(3) {
            assert_eq!(
                command(&mut uut, OP_REMOVE, n % 2, u64::from(n / 2) << 6, 0),
                Some(n)
            );
        }
        for n in 0..32u32 {
            let expected = (n % 3 != 0).then_some(n);
            assert_eq!(
                command(&mut uut, OP_FIND, n % 2, u64::from(n / 2) << 6, 0),
                expected
            );
        }
        assert_eq!(command(&mut uut, OP_FIND, 7, 7, 0), None);
    }

    #[derive(LogicBlock, Default)]
    struct HashBench {
        hash: KeyHash,
    }

    impl Logic for HashBench {
        #[hdl_gen]
        fn update(&mut self) {}
    }

    /// The block computes the model's hash, keys chosen to set every input bit somewhere.
    #[test]
    fn the_key_hash_block_matches_its_model() {
        let mut bench = HashBench::default();
        bench.connect_all();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for n in 0..2_000u64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let (account, id) = match n {
                0 => (0, 0),
                1 => (u32::MAX, u64::MAX),
                _ => ((seed >> 11) as u32, seed.rotate_left(n as u32)),
            };
            bench.hash.account.next = u64::from(account).into();
            bench.hash.cl_ord_id.next = id.into();
            assert!(simulate(&mut bench, 100));
            assert_eq!(
                bench.hash.hash.val().to_u32(),
                key_hash(account, id),
                "account {account}, id {id:#x}"
            );
        }
    }
}
