//! The free order slots that lanes share: `BOOK_FULL` as one message at a time gives it.
//!
//! The book holds at most `order_slots` resting orders, all instruments together, and a GTC
//! order is `BOOK_FULL` when none is free as it arrives. Lanes run messages out of `in_seq`
//! order, so the count a lane sees is not the count its message would see in order: later
//! messages may have taken slots, earlier ones may not have given theirs back yet. Two rules
//! make the verdict exact:
//! - a slot given back counts as free only once its message has left the merge (every
//!   earlier message has then left too), so a later message's return is never seen early;
//! - a GTC order takes a slot at once while the free slots are at least the GTC orders
//!   dispatched and not yet decided (`pending`, itself included; each takes one slot at
//!   most, so every earlier one still finds one); otherwise it waits until it is the
//!   oldest message, when the free count is exactly the one-at-a-time count: no later
//!   order can have taken a slot it needed, since every such take left `free >= pending`.
//!
//! Each lane keeps slot tables of its own (a lane may hold every resting order), so only
//! this count is shared.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `limit`: the configured `order_slots`, held steady while orders rest; `free`: the
//!   slots free now;
//! - `dispatched`: a GTC order was dispatched this cycle (it is pending from the next);
//! - per lane `l`: `ask[l]` (its GTC order asks for a slot, held until answered),
//!   `oldest[l]` (that order is the oldest message in flight), `decline[l]` (its GTC order
//!   is decided without a slot: rejected by an earlier check); `granted[l]` (take a slot
//!   this cycle) or `full[l]` (`BOOK_FULL`), else wait;
//! - `returned`: slots given back by the message leaving the merge this cycle.

use rust_hdl::prelude::*;

/// Width of slot counts: up to 65,536 slots.
pub const SLOT_COUNT_BITS: usize = 17;

/// The shared free-slot count of `LANES` lanes (interface in the module docs).
#[derive(LogicBlock)]
pub struct SlotCount<const LANES: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: every slot free, no order pending.
    pub reset: Signal<In, Bit>,
    /// The configured number of slots.
    pub limit: Signal<In, Bits<SLOT_COUNT_BITS>>,
    /// The slots free now.
    pub free: Signal<Out, Bits<SLOT_COUNT_BITS>>,
    /// A GTC order was dispatched this cycle.
    pub dispatched: Signal<In, Bit>,
    /// Lane `l`'s GTC order asks for a slot.
    pub ask: [Signal<In, Bit>; LANES],
    /// Lane `l`'s message is the oldest in flight.
    pub oldest: [Signal<In, Bit>; LANES],
    /// Lane `l`'s GTC order is decided without a slot.
    pub decline: [Signal<In, Bit>; LANES],
    /// Lane `l` takes a slot this cycle.
    pub granted: [Signal<Out, Bit>; LANES],
    /// Lane `l`'s order is `BOOK_FULL`.
    pub full: [Signal<Out, Bit>; LANES],
    /// Slots given back by the message that leaves the merge this cycle.
    pub returned: Signal<In, Bits<SLOT_COUNT_BITS>>,
    /// Slots taken and not yet given back through the merge.
    held: DFF<Bits<SLOT_COUNT_BITS>>,
    /// GTC orders dispatched and not yet decided.
    pending: DFF<Bits<SLOT_COUNT_BITS>>,
    /// Every pending order still finds a slot.
    open: Signal<Local, Bit>,
    taken: Signal<Local, Bits<SLOT_COUNT_BITS>>,
    decided: Signal<Local, Bits<SLOT_COUNT_BITS>>,
}

impl<const LANES: usize> Default for SlotCount<LANES> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            limit: Default::default(),
            free: Default::default(),
            dispatched: Default::default(),
            ask: std::array::from_fn(|_| Default::default()),
            oldest: std::array::from_fn(|_| Default::default()),
            decline: std::array::from_fn(|_| Default::default()),
            granted: std::array::from_fn(|_| Default::default()),
            full: std::array::from_fn(|_| Default::default()),
            returned: Default::default(),
            held: Default::default(),
            pending: Default::default(),
            open: Default::default(),
            taken: Default::default(),
            decided: Default::default(),
        }
    }
}

impl<const LANES: usize> Logic for SlotCount<LANES> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held, pending);
        self.free.next = self.limit.val() - self.held.q.val();
        self.open.next = self.free.val() >= self.pending.q.val();
        self.taken.next = 0.into();
        self.decided.next = 0.into();
        for l in 0..LANES {
            self.granted[l].next = false;
            self.full[l].next = false;
            if self.ask[l].val() {
                if self.open.val() || (self.oldest[l].val() && (self.free.val() != 0)) {
                    self.granted[l].next = true;
                    self.taken.next = self.taken.val() + 1;
                    self.decided.next = self.decided.val() + 1;
                } else if self.oldest[l].val() {
                    self.full[l].next = true;
                    self.decided.next = self.decided.val() + 1;
                }
            } else if self.decline[l].val() {
                self.decided.next = self.decided.val() + 1;
            }
        }
        self.held.d.next = self.held.q.val() + self.taken.val() - self.returned.val();
        self.pending.d.next = self.pending.q.val() - self.decided.val();
        if self.dispatched.val() {
            self.pending.d.next = self.pending.q.val() - self.decided.val() + 1;
        }
        if self.reset.val() {
            self.held.d.next = 0.into();
            self.pending.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{array_port, cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;
    use std::collections::VecDeque;

    const LANES: usize = 4;
    const SLOTS: u64 = 12;
    type FourLanes = SlotCount<LANES>;
    crate::testbench::clocked!(FourLanes);

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Kind {
        /// A GTC order: rests when a slot is free, else BOOK_FULL.
        Rest,
        /// A GTC order an earlier check rejects.
        Rejected,
        /// A cancel or a fill of an earlier order of its instrument: its slot comes back.
        Remove(usize),
        /// Anything else.
        Other,
    }

    #[derive(Clone, Copy, Debug)]
    struct Message {
        kind: Kind,
        instrument: u64,
    }

    fn trace() -> Trace {
        let mut inputs = vec![("reset", 1), ("limit", SLOT_COUNT_BITS), ("dispatched", 1)];
        for name in ["ask", "oldest", "decline"] {
            inputs.extend((0..LANES).map(|l| (array_port(name, l), 1)));
        }
        inputs.push(("returned", SLOT_COUNT_BITS));
        let mut outputs = vec![("free", SLOT_COUNT_BITS)];
        for name in ["granted", "full"] {
            outputs.extend((0..LANES).map(|l| (array_port(name, l), 1)));
        }
        Trace::new(&inputs, &outputs)
    }

    /// Four lanes run a random flow (GTC orders on a book of 12 slots, orders rejected
    /// earlier, removals of earlier orders of the same instrument, other messages) out of
    /// `in_seq` order, with random work times, dispatch stalls and a merge that lets the
    /// oldest finished message leave: every GTC order's verdict (a slot, or BOOK_FULL) is
    /// the one of the flow run one message at a time, and no lane waits forever. Seeded,
    /// 3,000 messages; then the same cycles on the Verilog.
    #[test]
    fn gives_the_one_at_a_time_verdicts_to_lanes_out_of_order() {
        let mut rng = XorShift(0x05ee_d1e5_50dd_ba11_u64);
        let mut random = move |n: u64| rng.below(n);
        // The flow, and its verdicts one message at a time (a removal takes out an order
        // that rests at that point, so the book stays near full).
        let mut flow: Vec<Message> = Vec::new();
        let mut in_order: Vec<Option<bool>> = Vec::new();
        let mut resting: Vec<bool> = Vec::new();
        let mut free = SLOTS;
        for _ in 0..3_000 {
            let instrument = random(8);
            let candidates: Vec<usize> = (0..flow.len())
                .filter(|&m| resting[m] && flow[m].instrument == instrument)
                .collect();
            let kind = match random(20) {
                0..=8 => Kind::Rest,
                9 => Kind::Rejected,
                10..=17 if !candidates.is_empty() => {
                    Kind::Remove(candidates[random(candidates.len() as u64) as usize])
                }
                _ => Kind::Other,
            };
            flow.push(Message { kind, instrument });
            resting.push(false);
            in_order.push(None);
            let m = flow.len() - 1;
            match kind {
                Kind::Rest => {
                    in_order[m] = Some(free > 0);
                    if free > 0 {
                        free -= 1;
                        resting[m] = true;
                    }
                }
                Kind::Remove(target) => {
                    resting[target] = false;
                    free += 1;
                }
                _ => {}
            }
        }
        let verdicts_of = |v: bool| in_order.iter().filter(|x| **x == Some(v)).count();
        assert!(
            verdicts_of(false) > 200 && verdicts_of(true) > 200,
            "BOOK_FULL {} and resting {} verdicts",
            verdicts_of(false),
            verdicts_of(true)
        );

        let mut uut = FourLanes::default();
        start(&mut uut);
        let mut trace = trace();
        let bit = |b: bool| u64::from(b);
        let lane_of = |m: usize| (flow[m].instrument % LANES as u64) as usize;
        let mut verdicts: Vec<Option<bool>> = vec![None; flow.len()];
        let mut resting = vec![false; flow.len()];
        let mut gives_back = vec![0u64; flow.len()];
        let mut queues: Vec<VecDeque<usize>> = vec![VecDeque::new(); LANES];
        // Each lane's cycles of work left on its oldest message.
        let mut work = [0u64; LANES];
        let mut finished = vec![false; flow.len()];
        let (mut next_dispatch, mut next_leave) = (0usize, 0usize);
        let mut waits = 0;
        let mut step = 0;
        while next_leave < flow.len() {
            step += 1;
            assert!(step < 100_000, "a lane waits forever");
            let reset = step == 1;
            // Dispatch in order, into four-deep lane queues.
            let dispatch = !reset
                && next_dispatch < flow.len()
                && queues[lane_of(next_dispatch)].len() < 4
                && random(4) != 0;
            // The oldest finished message leaves the merge.
            let leave = !reset && next_leave < flow.len() && finished[next_leave];
            let mut ask = [false; LANES];
            let mut oldest = [false; LANES];
            let mut decline = [false; LANES];
            for l in 0..LANES {
                if let Some(&m) = queues[l].front() {
                    oldest[l] = m == next_leave;
                    if work[l] == 0 {
                        ask[l] = flow[m].kind == Kind::Rest;
                        decline[l] = flow[m].kind == Kind::Rejected;
                    }
                }
            }
            let returned = if leave { gives_back[next_leave] } else { 0 };
            uut.reset.next = reset;
            uut.limit.next = SLOTS.into();
            uut.dispatched.next =
                dispatch && matches!(flow[next_dispatch].kind, Kind::Rest | Kind::Rejected);
            for l in 0..LANES {
                uut.ask[l].next = ask[l];
                uut.oldest[l].next = oldest[l];
                uut.decline[l].next = decline[l];
            }
            uut.returned.next = returned.into();
            settle(&mut uut);
            if !reset {
                trace.expect_outputs();
            }
            let mut inputs = vec![bit(reset), SLOTS, bit(uut.dispatched.val())];
            inputs.extend(ask.iter().chain(&oldest).chain(&decline).map(|&b| bit(b)));
            inputs.push(returned);
            let mut outputs = vec![uut.free.val().index() as u64];
            outputs.extend(uut.granted.iter().chain(&uut.full).map(|s| bit(s.val())));
            trace.record(inputs, outputs);
            // What each lane does with the answer, before the edge.
            let mut done = [false; LANES];
            for l in 0..LANES {
                let Some(&m) = queues[l].front() else {
                    continue;
                };
                if work[l] > 0 {
                    work[l] -= 1;
                    continue;
                }
                match flow[m].kind {
                    Kind::Rest => {
                        assert!(!(uut.granted[l].val() && uut.full[l].val()));
                        if uut.granted[l].val() {
                            verdicts[m] = Some(true);
                            resting[m] = true;
                            done[l] = true;
                        } else if uut.full[l].val() {
                            verdicts[m] = Some(false);
                            done[l] = true;
                        } else {
                            waits += 1;
                        }
                    }
                    Kind::Remove(target) => {
                        assert!(finished[target], "a removal after its order, in one lane");
                        if resting[target] {
                            resting[target] = false;
                            gives_back[m] = 1;
                        }
                        done[l] = true;
                    }
                    _ => done[l] = true,
                }
            }
            cycle(&mut uut);
            if reset {
                continue;
            }
            for l in 0..LANES {
                if done[l] {
                    let m = queues[l].pop_front().expect("a message");
                    finished[m] = true;
                    work[l] = random(4);
                }
            }
            if dispatch {
                queues[lane_of(next_dispatch)].push_back(next_dispatch);
                next_dispatch += 1;
            }
            if leave {
                next_leave += 1;
            }
        }
        if let Some(m) = (0..flow.len()).find(|&m| verdicts[m] != in_order[m]) {
            panic!(
                "message {m} ({:?}): {:?} out of order, {:?} one at a time",
                flow[m], verdicts[m], in_order[m]
            );
        }
        assert!(waits > 100, "orders that waited to be the oldest: {waits}");
        trace.replay(
            &verilog_named(&mut FourLanes::default(), "slot_count"),
            "slot_count",
        );
    }
}
