//! The id table shared by lanes: a command port and a posting port per lane in front of
//! one [`OrderIdTable`].
//!
//! Every lane looks keys up, inserts and removes them, so the table takes commands from
//! all of them, one at a time, each lane's in its own order. Which lane goes first changes
//! no answer the lanes use: the dispatcher keeps an account's messages in one lane, so two
//! lanes' commands are of different keys, and the lane rules of `docs/pipeline.md`
//! ("Instrument lanes") order the rest (a taker's removal of another account's order). The
//! table's one-cycle insert checks that the last command was a lookup of the same key, so
//! another lane's command in between only makes that insert take the usual probe.
//!
//! Interface (one clock, synchronous active-high `reset`; the table's own ports per lane):
//! - `cmd_valid[l]`/`cmd_ready[l]` with `cmd_op[l]`, `cmd_account[l]`, `cmd_cl_ord_id[l]`,
//!   `cmd_home[l]`, `cmd_slot[l]`: lane `l`'s command; the lanes take turns in lane
//!   order, one cycle each while the table is ready, so none waits more than a turn of
//!   each other lane. The turn is a register and `cmd_ready[l]` is high in lane `l`'s
//!   turn whether or not it offers: a matcher offers a command only in a cycle the table
//!   is ready for it;
//! - `done[l]`: lane `l`'s command has finished; `found`, `found_slot` with it;
//! - `post_valid[l]`/`post_ready[l]` with `post_account[l]`, `post_cl_ord_id[l]`,
//!   `post_home[l]`: lane `l`'s posted removal, in turns as well; `hold_posted[l]`: lane
//!   `l` may yet insert its last lookup's key in one cycle (a posted removal waits while
//!   any lane holds).

use crate::order_ids::OrderIdTable;
use crate::round_robin::RoundRobin;
use rust_hdl::prelude::*;

/// One [`OrderIdTable`] of `2^SLOT_BITS` slots with ports for `LANES = 2^LANE_BITS` lanes
/// (interface in the module docs).
#[derive(LogicBlock)]
pub struct IdTablePorts<
    const LANES: usize,
    const LANE_BITS: usize,
    const SLOT_BITS: usize,
    const HASH_BITS: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: the table clears itself.
    pub reset: Signal<In, Bit>,
    /// Lane `l` offers a command.
    pub cmd_valid: [Signal<In, Bit>; LANES],
    /// Lane `l`'s command is taken.
    pub cmd_ready: [Signal<Out, Bit>; LANES],
    /// Lane `l`'s command: `OP_FIND`, `OP_INSERT` or `OP_REMOVE`.
    pub cmd_op: [Signal<In, Bits<2>>; LANES],
    /// Its key's account.
    pub cmd_account: [Signal<In, Bits<32>>; LANES],
    /// Its key's client order id.
    pub cmd_cl_ord_id: [Signal<In, Bits<64>>; LANES],
    /// Its key's home bucket, from a register.
    pub cmd_home: [Signal<In, Bits<HASH_BITS>>; LANES],
    /// For an insert: the slot.
    pub cmd_slot: [Signal<In, Bits<SLOT_BITS>>; LANES],
    /// Lane `l`'s command has finished.
    pub done: [Signal<Out, Bit>; LANES],
    /// With `done`: the key was present.
    pub found: Signal<Out, Bit>,
    /// With `done` and `found`: the key's slot.
    pub found_slot: Signal<Out, Bits<SLOT_BITS>>,
    /// Lane `l` offers a removal to post.
    pub post_valid: [Signal<In, Bit>; LANES],
    /// Lane `l`'s post is taken.
    pub post_ready: [Signal<Out, Bit>; LANES],
    /// The posted key's account.
    pub post_account: [Signal<In, Bits<32>>; LANES],
    /// The posted key's client order id.
    pub post_cl_ord_id: [Signal<In, Bits<64>>; LANES],
    /// The posted key's home bucket, from a register.
    pub post_home: [Signal<In, Bits<HASH_BITS>>; LANES],
    /// Lane `l` may yet insert its last lookup's key in one cycle.
    pub hold_posted: [Signal<In, Bit>; LANES],
    ids: OrderIdTable<SLOT_BITS, HASH_BITS>,
    /// The lane whose command the table runs.
    owner: DFF<Bits<LANE_BITS>>,
    /// The lane whose command the table may take this cycle.
    cmd_turn: DFF<Bits<LANE_BITS>>,
    turn_offers: Signal<Local, Bit>,
    /// The lanes' turns at the posting port.
    post_turns: RoundRobin<LANES, LANE_BITS>,
    post_pick: Signal<Local, Bits<LANE_BITS>>,
    post_any: Signal<Local, Bit>,
}

impl<
        const LANES: usize,
        const LANE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
    > Default for IdTablePorts<LANES, LANE_BITS, SLOT_BITS, HASH_BITS>
{
    fn default() -> Self {
        assert!(LANES == 1 << LANE_BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            cmd_valid: std::array::from_fn(|_| Default::default()),
            cmd_ready: std::array::from_fn(|_| Default::default()),
            cmd_op: std::array::from_fn(|_| Default::default()),
            cmd_account: std::array::from_fn(|_| Default::default()),
            cmd_cl_ord_id: std::array::from_fn(|_| Default::default()),
            cmd_home: std::array::from_fn(|_| Default::default()),
            cmd_slot: std::array::from_fn(|_| Default::default()),
            done: std::array::from_fn(|_| Default::default()),
            found: Default::default(),
            found_slot: Default::default(),
            post_valid: std::array::from_fn(|_| Default::default()),
            post_ready: std::array::from_fn(|_| Default::default()),
            post_account: std::array::from_fn(|_| Default::default()),
            post_cl_ord_id: std::array::from_fn(|_| Default::default()),
            post_home: std::array::from_fn(|_| Default::default()),
            hold_posted: std::array::from_fn(|_| Default::default()),
            ids: Default::default(),
            owner: Default::default(),
            cmd_turn: Default::default(),
            turn_offers: Default::default(),
            post_turns: Default::default(),
            post_pick: Default::default(),
            post_any: Default::default(),
        }
    }
}

impl<
        const LANES: usize,
        const LANE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
    > Logic for IdTablePorts<LANES, LANE_BITS, SLOT_BITS, HASH_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, owner, cmd_turn);
        self.ids.clock.next = self.clock.val();
        self.ids.reset.next = self.reset.val();

        // The posting port's turn ([`RoundRobin`]): the lanes offering, and which was served.
        self.post_turns.clock.next = self.clock.val();
        self.post_turns.reset.next = self.reset.val();
        for l in 0..LANES {
            self.post_turns.request[l].next = self.post_valid[l].val();
        }
        self.post_any.next = self.post_turns.any.val();
        self.post_pick.next = self.post_turns.pick.val();
        self.turn_offers.next = false;
        for l in 0..LANES {
            if (self.cmd_turn.q.val().index() == l) && self.cmd_valid[l].val() {
                self.turn_offers.next = true;
            }
        }
        // The turn moves on in every cycle the table is ready, served or not.
        if self.ids.cmd_ready.val() {
            self.cmd_turn.d.next = self.cmd_turn.q.val() + 1;
        }
        self.post_turns.served.next = self.post_any.val() && self.ids.post_ready.val();

        self.ids.cmd_valid.next = self.turn_offers.val();
        self.ids.cmd_op.next = self.cmd_op[0].val();
        self.ids.cmd_account.next = self.cmd_account[0].val();
        self.ids.cmd_cl_ord_id.next = self.cmd_cl_ord_id[0].val();
        self.ids.cmd_home.next = self.cmd_home[0].val();
        self.ids.cmd_slot.next = self.cmd_slot[0].val();
        self.ids.post_valid.next = self.post_any.val();
        self.ids.post_account.next = self.post_account[0].val();
        self.ids.post_cl_ord_id.next = self.post_cl_ord_id[0].val();
        self.ids.post_home.next = self.post_home[0].val();
        self.ids.hold_posted.next = false;
        for l in 0..LANES {
            self.cmd_ready[l].next = false;
            self.post_ready[l].next = false;
            if self.hold_posted[l].val() {
                self.ids.hold_posted.next = true;
            }
            if self.cmd_turn.q.val().index() == l {
                self.ids.cmd_op.next = self.cmd_op[l].val();
                self.ids.cmd_account.next = self.cmd_account[l].val();
                self.ids.cmd_cl_ord_id.next = self.cmd_cl_ord_id[l].val();
                self.ids.cmd_home.next = self.cmd_home[l].val();
                self.ids.cmd_slot.next = self.cmd_slot[l].val();
                self.cmd_ready[l].next = self.ids.cmd_ready.val();
            }
            if self.post_pick.val().index() == l {
                self.ids.post_account.next = self.post_account[l].val();
                self.ids.post_cl_ord_id.next = self.post_cl_ord_id[l].val();
                self.ids.post_home.next = self.post_home[l].val();
                self.post_ready[l].next = self.post_any.val() && self.ids.post_ready.val();
            }
            self.done[l].next = self.ids.done.val() && (self.owner.q.val().index() == l);
        }
        if self.turn_offers.val() && self.ids.cmd_ready.val() {
            self.owner.d.next = self.cmd_turn.q.val();
        }
        if self.reset.val() {
            self.cmd_turn.d.next = 0.into();
        }
        self.found.next = self.ids.found.val();
        self.found_slot.next = self.ids.found_slot.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order_ids::{home_bucket, key_hash, OP_FIND, OP_INSERT, OP_REMOVE};
    use crate::testbench::{array_port, cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;
    use std::collections::BTreeMap;

    const LANES: usize = 4;
    type FourPorts = IdTablePorts<LANES, 2, 5, 6>;
    crate::testbench::clocked!(FourPorts);

    fn trace() -> Trace {
        let mut inputs = vec![("reset", 1)];
        for l in 0..LANES {
            inputs.extend([
                (array_port("cmd_valid", l), 1),
                (array_port("cmd_op", l), 2),
                (array_port("cmd_account", l), 32),
                (array_port("cmd_cl_ord_id", l), 64),
                (array_port("cmd_home", l), 6),
                (array_port("cmd_slot", l), 5),
                (array_port("post_valid", l), 1),
                (array_port("post_account", l), 32),
                (array_port("post_cl_ord_id", l), 64),
                (array_port("post_home", l), 6),
                (array_port("hold_posted", l), 1),
            ]);
        }
        let mut outputs = vec![("found", 1), ("found_slot", 5)];
        for l in 0..LANES {
            outputs.extend([
                (array_port("cmd_ready", l), 1),
                (array_port("done", l), 1),
                (array_port("post_ready", l), 1),
            ]);
        }
        Trace::new(&inputs, &outputs)
    }

    /// What a lane is doing: offering a command (its op, key, slot, and the answer the map
    /// gave when it was chosen), waiting for one's `done`, offering a post, or idle.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Step {
        Idle,
        Offer(u64, u64, u32, Option<u32>),
        Wait(Option<u32>),
        Post(u64),
    }

    /// Four lanes, each with the keys of its own account (as the dispatcher keeps an
    /// account's messages in one lane), offer lookups, inserts (often right after their
    /// key's lookup), removals and posted removals at random times, holding posted
    /// removals now and then: every answer is the map's, `done` comes only to the lane
    /// whose command ran, and every lane gets its turns. Seeded, 4,000 cycles after the
    /// table's clearing; then the same cycles on the Verilog.
    #[test]
    fn serves_four_lanes_like_a_map() {
        let mut uut = FourPorts::default();
        start(&mut uut);
        let mut trace = trace();
        let mut random = XorShift(0x3c6e_f372_fe94_f82b);
        let mut maps: Vec<BTreeMap<u64, u32>> = vec![BTreeMap::new(); LANES];
        let mut steps = [Step::Idle; LANES];
        let mut answered = [0usize; LANES];
        let bit = |b: bool| u64::from(b);
        let home = |account: u64, id: u64| u64::from(home_bucket(key_hash(account as u32, id), 6));
        for cycle_number in 0..4_100 {
            let reset = cycle_number == 0;
            let mut inputs = vec![bit(reset)];
            uut.reset.next = reset;
            for l in 0..LANES {
                let account = l as u64 + 1;
                if steps[l] == Step::Idle && cycle_number > 70 && random.below(3) == 0 {
                    let id = random.below(12) | (random.below(2) << 40);
                    let present = maps[l].get(&id).copied();
                    steps[l] = match random.below(4) {
                        0 if present.is_none() && maps[l].len() < 7 => {
                            let slot = (l * 8) as u32 + random.below(8) as u32;
                            Step::Offer(OP_INSERT, id, slot, None)
                        }
                        1 if present.is_some() && random.below(2) == 0 => Step::Post(id),
                        1 => Step::Offer(OP_REMOVE, id, 0, present),
                        _ => Step::Offer(OP_FIND, id, 0, present),
                    };
                }
                let (valid, op, id, slot) = match steps[l] {
                    Step::Offer(op, id, slot, _) => (true, op, id, slot),
                    _ => (false, 0, 0, 0),
                };
                let (post, post_id) = match steps[l] {
                    Step::Post(id) => (true, id),
                    _ => (false, 0),
                };
                let hold = random.below(4) == 0;
                uut.cmd_valid[l].next = valid;
                uut.cmd_op[l].next = op.into();
                uut.cmd_account[l].next = account.into();
                uut.cmd_cl_ord_id[l].next = id.into();
                uut.cmd_home[l].next = home(account, id).into();
                uut.cmd_slot[l].next = u64::from(slot).into();
                uut.post_valid[l].next = post;
                uut.post_account[l].next = account.into();
                uut.post_cl_ord_id[l].next = post_id.into();
                uut.post_home[l].next = home(account, post_id).into();
                uut.hold_posted[l].next = hold;
                inputs.extend([
                    bit(valid),
                    op,
                    account,
                    id,
                    home(account, id),
                    u64::from(slot),
                    bit(post),
                    account,
                    post_id,
                    home(account, post_id),
                    bit(hold),
                ]);
            }
            settle(&mut uut);
            let mut outputs = vec![bit(uut.found.val()), uut.found_slot.val().index() as u64];
            for l in 0..LANES {
                outputs.extend([
                    bit(uut.cmd_ready[l].val()),
                    bit(uut.done[l].val()),
                    bit(uut.post_ready[l].val()),
                ]);
            }
            if !reset {
                trace.expect_outputs();
            }
            trace.record(inputs, outputs);
            // What each lane sees before the edge.
            for l in 0..LANES {
                match steps[l] {
                    Step::Wait(expected) if uut.done[l].val() => {
                        let got = uut.found.val().then(|| uut.found_slot.val().index() as u32);
                        assert_eq!(got, expected, "cycle {cycle_number}: lane {l}");
                        answered[l] += 1;
                        steps[l] = Step::Idle;
                    }
                    Step::Offer(op, id, slot, expected) if uut.cmd_ready[l].val() => {
                        match op {
                            OP_INSERT => {
                                maps[l].insert(id, slot);
                            }
                            OP_REMOVE => {
                                maps[l].remove(&id);
                            }
                            _ => {}
                        }
                        steps[l] = Step::Wait(expected);
                    }
                    Step::Post(id) if uut.post_ready[l].val() => {
                        maps[l].remove(&id);
                        steps[l] = Step::Idle;
                    }
                    _ => assert!(!uut.done[l].val(), "cycle {cycle_number}: lane {l}'s done"),
                }
            }
            cycle(&mut uut);
        }
        assert!(
            answered.iter().all(|&n| n > 150),
            "answers by lane: {answered:?}"
        );
        trace.replay(
            &verilog_named(&mut FourPorts::default(), "id_table_ports"),
            "id_table_ports",
        );
    }
}
