//! Lane dispatch: each message to the instrument lane that owns its book, in `in_seq` order,
//! held back where running it beside another lane's messages could change a result.
//!
//! Lanes own instruments: an instrument's book, levels, slots and exposure rows live in
//! one lane, which runs that instrument's messages in `in_seq` order. What lanes share is
//! the account: its headroom, limits and enable bit change only through its own messages,
//! so a message goes to its lane only while no other lane holds a message of its account
//! (each lane's [`AccountShadow`]). What each kind of message needs:
//! - [`DispatchKind::Routed`] (NEW, CANCEL, REPLACE): the lane of its instrument
//!   (`instrument mod LANES`), once no other lane holds its account;
//! - [`DispatchKind::Instrument`] (REF, RATES): the lane of its instrument, at once (they
//!   change that instrument's row only);
//! - [`DispatchKind::Account`] (HEADROOM): the lane that holds its account, else
//!   `account mod LANES`, under the same rule as a routed message;
//! - [`DispatchKind::Kill`] (KILL, and ENABLE, which each lane's copy of the account rows
//!   takes): every lane (a KILL's lanes each walk the account's orders in their books), once
//!   no lane holds its account; every lane then holds it until each has passed the message;
//! - [`DispatchKind::Barrier`] (a control record): every lane, once every lane is empty;
//!   every account then waits until each lane has passed it;
//! - [`DispatchKind::Blank`] (a malformed record, which changes no state): lane 0, at once.
//!
//! Every message dispatched also writes the merge's order entry (its lane, or every lane),
//! so that [`crate::lane_merge::LaneMerge`] puts the reports back into `in_seq` order.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - message in: `msg_valid`, `msg_ready`, `msg_kind`, `msg_instrument`, `msg_account`; the
//!   message's bundle itself goes from the input to every lane's FIFO;
//! - per lane `l`: `lane_valid[l]` (the message enters lane `l`'s FIFO), `lane_ready[l]`
//!   (that FIFO has room), `lane_done[l]` (lane `l` has finished its oldest message: every
//!   table write of it is done);
//! - order out: `order_valid`, `order_ready`, `order_all`, `order_lane`.
//!
//! A message is dispatched whole in one cycle, to every lane it goes to and to the order
//! stream at once, so `lane_valid` and `order_valid` wait for their readies; a FIFO's
//! ready must therefore not depend on its valid (a not-full flag).

use crate::account_shadow::AccountShadow;

/// The most lanes a dispatcher serves: an [`AccountShadow`] has a probe port per lane.
pub const MAX_LANES: usize = 4;
use rust_hdl::prelude::*;

/// What a message needs of the lanes (see the module docs).
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum DispatchKind {
    /// NEW, CANCEL, REPLACE: its instrument's lane, its account held by no other.
    Routed,
    /// REF, RATES: its instrument's lane, at once.
    Instrument,
    /// HEADROOM: the lane that holds its account, else `account mod LANES`.
    Account,
    /// KILL and ENABLE: every lane, once no lane holds its account.
    Kill,
    /// A control record: every lane, once every lane is empty.
    Barrier,
    /// A malformed record: lane 0, at once.
    Blank,
}

/// The dispatcher of `LANES = 2^LANE_BITS` lanes, each with `DEPTH = 2^DEPTH_BITS`
/// messages in flight at most (interface in the module docs).
#[derive(LogicBlock)]
pub struct LaneDispatch<
    const LANES: usize,
    const LANE_BITS: usize,
    const ACCOUNT_BITS: usize,
    const DEPTH: usize,
    const DEPTH_BITS: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: no message in flight in any lane.
    pub reset: Signal<In, Bit>,
    /// A message is offered.
    pub msg_valid: Signal<In, Bit>,
    /// The message is dispatched this cycle.
    pub msg_ready: Signal<Out, Bit>,
    /// What the message needs of the lanes.
    pub msg_kind: Signal<In, DispatchKind>,
    /// Its instrument (routed and instrument messages).
    pub msg_instrument: Signal<In, Bits<16>>,
    /// Its account (routed, account and KILL messages).
    pub msg_account: Signal<In, Bits<32>>,
    /// The message enters lane `l`'s FIFO.
    pub lane_valid: [Signal<Out, Bit>; LANES],
    /// Lane `l`'s FIFO has room (not dependent on `lane_valid`).
    pub lane_ready: [Signal<In, Bit>; LANES],
    /// Lane `l` has finished its oldest message.
    pub lane_done: [Signal<In, Bit>; LANES],
    /// The merge's order entry is offered (with the message).
    pub order_valid: Signal<Out, Bit>,
    /// The order stream has room (not dependent on `order_valid`).
    pub order_ready: Signal<In, Bit>,
    /// Every lane took the message.
    pub order_all: Signal<Out, Bit>,
    /// The lane that took it otherwise.
    pub order_lane: Signal<Out, Bits<LANE_BITS>>,
    /// The account of the order lane `l` is about to forget (its low `ACCOUNT_BITS`).
    pub removal_account: [Signal<In, Bits<ACCOUNT_BITS>>; LANES],
    /// Another lane than `l` holds a message of that account.
    pub removal_held: [Signal<Out, Bit>; LANES],
    shadows: [AccountShadow<ACCOUNT_BITS, DEPTH, DEPTH_BITS>; LANES],
    account_low: Signal<Local, Bits<ACCOUNT_BITS>>,
    /// The lane a message of one lane goes to.
    target: Signal<Local, Bits<LANE_BITS>>,
    held_anywhere: Signal<Local, Bit>,
    /// A lane that holds the account (at most one does, unless a KILL or a control
    /// record holds it in every lane, and then the message waits anyway).
    holder: Signal<Local, Bits<LANE_BITS>>,
    held_elsewhere: Signal<Local, Bit>,
    target_open: Signal<Local, Bit>,
    every_lane_empty: Signal<Local, Bit>,
    every_lane_open: Signal<Local, Bit>,
    every_lane: Signal<Local, Bit>,
    /// An instrument message or a malformed record: it holds no account.
    accountless: Signal<Local, Bit>,
    go: Signal<Local, Bit>,
}

impl<
        const LANES: usize,
        const LANE_BITS: usize,
        const ACCOUNT_BITS: usize,
        const DEPTH: usize,
        const DEPTH_BITS: usize,
    > Default for LaneDispatch<LANES, LANE_BITS, ACCOUNT_BITS, DEPTH, DEPTH_BITS>
{
    fn default() -> Self {
        assert!(LANES == 1 << LANE_BITS && LANES <= MAX_LANES && ACCOUNT_BITS <= 32);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            msg_valid: Default::default(),
            msg_ready: Default::default(),
            msg_kind: Default::default(),
            msg_instrument: Default::default(),
            msg_account: Default::default(),
            lane_valid: std::array::from_fn(|_| Default::default()),
            lane_ready: std::array::from_fn(|_| Default::default()),
            lane_done: std::array::from_fn(|_| Default::default()),
            order_valid: Default::default(),
            order_ready: Default::default(),
            order_all: Default::default(),
            order_lane: Default::default(),
            removal_account: std::array::from_fn(|_| Default::default()),
            removal_held: std::array::from_fn(|_| Default::default()),
            shadows: std::array::from_fn(|_| Default::default()),
            account_low: Default::default(),
            target: Default::default(),
            held_anywhere: Default::default(),
            holder: Default::default(),
            held_elsewhere: Default::default(),
            target_open: Default::default(),
            every_lane_empty: Default::default(),
            every_lane_open: Default::default(),
            every_lane: Default::default(),
            accountless: Default::default(),
            go: Default::default(),
        }
    }
}

impl<
        const LANES: usize,
        const LANE_BITS: usize,
        const ACCOUNT_BITS: usize,
        const DEPTH: usize,
        const DEPTH_BITS: usize,
    > Logic for LaneDispatch<LANES, LANE_BITS, ACCOUNT_BITS, DEPTH, DEPTH_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        self.account_low.next = bit_cast::<ACCOUNT_BITS, 32>(self.msg_account.val());
        self.held_anywhere.next = false;
        self.holder.next = 0.into();
        self.every_lane_empty.next = true;
        self.every_lane_open.next = true;
        for l in 0..LANES {
            self.shadows[l].clock.next = self.clock.val();
            self.shadows[l].reset.next = self.reset.val();
            self.shadows[l].query.next = self.account_low.val();
            self.shadows[l].pop.next = self.lane_done[l].val();
            self.shadows[l].push.next = false;
            self.shadows[l].push_account.next = self.account_low.val();
            self.shadows[l].push_all.next = false;
            self.shadows[l].push_blank.next = false;
            self.lane_valid[l].next = false;
            if self.shadows[l].holds.val() {
                self.held_anywhere.next = true;
                self.holder.next = l.to_bits();
            }
            if !self.shadows[l].empty.val() {
                self.every_lane_empty.next = false;
            }
            if self.shadows[l].full.val() || !self.lane_ready[l].val() {
                self.every_lane_open.next = false;
            }
        }

        // The lane of a message of one lane: its instrument's, an account message's holder
        // (else its account's), lane 0 for a malformed record.
        self.target.next = bit_cast::<LANE_BITS, 16>(self.msg_instrument.val());
        if self.msg_kind.val() == DispatchKind::Account {
            self.target.next = bit_cast::<LANE_BITS, 32>(self.msg_account.val());
            if self.held_anywhere.val() {
                self.target.next = self.holder.val();
            }
        }
        if self.msg_kind.val() == DispatchKind::Blank {
            self.target.next = 0.into();
        }
        self.held_elsewhere.next = false;
        self.target_open.next = false;
        for l in 0..LANES {
            if self.target.val().index() == l {
                self.target_open.next = !self.shadows[l].full.val() && self.lane_ready[l].val();
            } else if self.shadows[l].holds.val() {
                self.held_elsewhere.next = true;
            }
        }

        self.every_lane.next = (self.msg_kind.val() == DispatchKind::Kill)
            || (self.msg_kind.val() == DispatchKind::Barrier);
        self.accountless.next = (self.msg_kind.val() == DispatchKind::Instrument)
            || (self.msg_kind.val() == DispatchKind::Blank);
        // A message of one lane: its lane has room, and no other lane holds its account
        // (if it has one).
        self.go.next =
            self.target_open.val() && (self.accountless.val() || !self.held_elsewhere.val());
        if self.msg_kind.val() == DispatchKind::Kill {
            self.go.next = self.every_lane_open.val() && !self.held_anywhere.val();
        }
        if self.msg_kind.val() == DispatchKind::Barrier {
            self.go.next = self.every_lane_open.val() && self.every_lane_empty.val();
        }

        // Whether another lane holds the account of the order a lane is about to forget
        // (each shadow has a probe per lane, up to MAX_LANES).
        for k in 0..LANES {
            self.shadows[k].probe_0.next = self.removal_account[0].val();
            self.shadows[k].probe_1.next = self.removal_account[0].val();
            self.shadows[k].probe_2.next = self.removal_account[0].val();
            self.shadows[k].probe_3.next = self.removal_account[0].val();
        }
        for l in 0..LANES {
            self.removal_held[l].next = false;
        }
        for k in 0..LANES {
            for l in 1..LANES {
                if l == 1 {
                    self.shadows[k].probe_1.next = self.removal_account[l].val();
                }
                if l == 2 {
                    self.shadows[k].probe_2.next = self.removal_account[l].val();
                }
                if l == 3 {
                    self.shadows[k].probe_3.next = self.removal_account[l].val();
                }
            }
        }
        for l in 0..LANES {
            for k in 0..LANES {
                if k != l {
                    if (l == 0) && self.shadows[k].probe_holds_0.val() {
                        self.removal_held[l].next = true;
                    }
                    if (l == 1) && self.shadows[k].probe_holds_1.val() {
                        self.removal_held[l].next = true;
                    }
                    if (l == 2) && self.shadows[k].probe_holds_2.val() {
                        self.removal_held[l].next = true;
                    }
                    if (l == 3) && self.shadows[k].probe_holds_3.val() {
                        self.removal_held[l].next = true;
                    }
                }
            }
        }

        self.msg_ready.next = self.msg_valid.val() && self.go.val() && self.order_ready.val();
        self.order_valid.next = self.msg_ready.val();
        self.order_all.next = self.every_lane.val();
        self.order_lane.next = self.target.val();
        if self.msg_ready.val() {
            for l in 0..LANES {
                if self.every_lane.val() || (self.target.val().index() == l) {
                    self.lane_valid[l].next = true;
                    self.shadows[l].push.next = true;
                    self.shadows[l].push_all.next = self.msg_kind.val() == DispatchKind::Barrier;
                    self.shadows[l].push_blank.next = self.accountless.val();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;
    use std::collections::VecDeque;

    const LANES: usize = 4;
    const DEPTH: usize = 4;
    type SmallDispatch = LaneDispatch<LANES, 2, 3, DEPTH, 2>;
    crate::testbench::clocked!(SmallDispatch);

    const KINDS: [DispatchKind; 6] = [
        DispatchKind::Routed,
        DispatchKind::Instrument,
        DispatchKind::Account,
        DispatchKind::Kill,
        DispatchKind::Barrier,
        DispatchKind::Blank,
    ];

    /// What a lane's message in flight holds, as the model keeps it, and which message.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Holds {
        Account(u64),
        Every,
        Nothing,
    }

    #[derive(Clone, Copy, Debug)]
    struct Message {
        kind: DispatchKind,
        instrument: u64,
        account: u64,
    }

    fn trace() -> Trace {
        let mut inputs = vec![
            ("reset", 1),
            ("msg_valid", 1),
            ("msg_kind", 3),
            ("msg_instrument", 16),
            ("msg_account", 32),
        ];
        inputs.extend(
            [
                "lane_ready$0",
                "lane_ready$1",
                "lane_ready$2",
                "lane_ready$3",
            ]
            .map(|n| (n, 1)),
        );
        inputs.extend(["lane_done$0", "lane_done$1", "lane_done$2", "lane_done$3"].map(|n| (n, 1)));
        inputs.push(("order_ready", 1));
        let mut outputs = vec![("msg_ready", 1)];
        outputs.extend(
            [
                "lane_valid$0",
                "lane_valid$1",
                "lane_valid$2",
                "lane_valid$3",
            ]
            .map(|n| (n, 1)),
        );
        outputs.extend([("order_valid", 1), ("order_all", 1), ("order_lane", 2)]);
        Trace::new(&inputs, &outputs)
    }

    /// Random messages of every kind (8 accounts, some aliased by high bits, 16
    /// instruments) into four lanes of four messages each that finish theirs at random
    /// and whose FIFOs and order stream stall at random. Each cycle the dispatcher must
    /// dispatch exactly when the rules of the module docs allow it, to the lanes they name,
    /// and never leave one account's messages in flight in two lanes (a KILL's own copies
    /// apart). Seeded, 2,000 messages; then the same cycles on the Verilog.
    #[test]
    fn dispatches_exactly_when_no_other_lane_holds_the_account() {
        let mut rng = XorShift(0x0bad_cafe_f00d_d00d_u64);
        let mut random = move |n: u64| rng.below(n);
        let mut messages: VecDeque<Message> = (0..2_000)
            .map(|_| {
                let kind = match random(40) {
                    0..=21 => DispatchKind::Routed,
                    22..=25 => DispatchKind::Instrument,
                    26..=31 => DispatchKind::Account,
                    32..=33 => DispatchKind::Kill,
                    34 => DispatchKind::Barrier,
                    _ => DispatchKind::Blank,
                };
                let alias = if random(8) == 0 {
                    random(1 << 20) << 3
                } else {
                    0
                };
                Message {
                    kind,
                    instrument: random(16),
                    account: random(8) | alias,
                }
            })
            .collect();
        let mut uut = SmallDispatch::default();
        start(&mut uut);
        let mut trace = trace();
        let bit = |b: bool| u64::from(b);
        // Each lane's messages in flight: what each holds and its message number.
        let mut lanes: Vec<VecDeque<(Holds, usize)>> = vec![VecDeque::new(); LANES];
        let mut number = 0usize;
        let mut waits = [0usize; 6];
        let mut step = 0usize;
        while !messages.is_empty() {
            step += 1;
            assert!(step < 40_000, "the dispatcher stalls");
            let reset = step == 1;
            let message = *messages.front().expect("a message");
            let valid = !reset && random(8) != 0;
            let ready: Vec<bool> = (0..LANES).map(|_| random(4) != 0).collect();
            let done: Vec<bool> = lanes
                .iter()
                .map(|lane| !reset && !lane.is_empty() && random(3) == 0)
                .collect();
            let order_ready = random(8) != 0;
            uut.reset.next = reset;
            uut.msg_valid.next = valid;
            uut.msg_kind.next = message.kind;
            uut.msg_instrument.next = message.instrument.into();
            uut.msg_account.next = message.account.into();
            for l in 0..LANES {
                uut.lane_ready[l].next = ready[l];
                uut.lane_done[l].next = done[l];
            }
            uut.order_ready.next = order_ready;
            settle(&mut uut);

            // The rules, from the lanes' contents at the start of the cycle.
            let account = message.account & 7;
            let holds = |l: usize| {
                lanes[l]
                    .iter()
                    .any(|e| e.0 == Holds::Every || e.0 == Holds::Account(account))
            };
            let open = |l: usize| lanes[l].len() < DEPTH && ready[l];
            let holders: Vec<usize> = (0..LANES).filter(|&l| holds(l)).collect();
            let target = match message.kind {
                DispatchKind::Account if holders.len() == 1 => holders[0],
                DispatchKind::Account => (message.account % LANES as u64) as usize,
                DispatchKind::Blank => 0,
                _ => (message.instrument % LANES as u64) as usize,
            };
            let elsewhere = holders.iter().any(|&l| l != target);
            let every_open = (0..LANES).all(open);
            let go = match message.kind {
                DispatchKind::Routed | DispatchKind::Account => open(target) && !elsewhere,
                DispatchKind::Instrument | DispatchKind::Blank => open(target),
                DispatchKind::Kill => every_open && holders.is_empty(),
                DispatchKind::Barrier => every_open && lanes.iter().all(VecDeque::is_empty),
            };
            let dispatched = valid && go && order_ready && !reset;
            if !reset {
                assert_eq!(uut.msg_ready.val(), dispatched, "cycle {step}: {message:?}");
                assert_eq!(uut.order_valid.val(), dispatched, "cycle {step}");
                let every = matches!(message.kind, DispatchKind::Kill | DispatchKind::Barrier);
                for l in 0..LANES {
                    assert_eq!(
                        uut.lane_valid[l].val(),
                        dispatched && (every || l == target),
                        "cycle {step}: lane {l}, {message:?}"
                    );
                }
                if dispatched {
                    assert_eq!(uut.order_all.val(), every);
                    if !every {
                        assert_eq!(uut.order_lane.val().index(), target);
                    }
                }
                if valid && !go {
                    waits[KINDS
                        .iter()
                        .position(|k| *k == message.kind)
                        .expect("a kind")] += 1;
                }
                trace.expect_outputs();
            }
            let mut inputs = vec![
                bit(reset),
                bit(valid),
                Into::<Bits<3>>::into(message.kind).index() as u64,
                message.instrument,
                message.account,
            ];
            inputs.extend(ready.iter().map(|&r| bit(r)));
            inputs.extend(done.iter().map(|&d| bit(d)));
            inputs.push(bit(order_ready));
            let mut outputs = vec![bit(uut.msg_ready.val())];
            outputs.extend(uut.lane_valid.iter().map(|s| bit(s.val())));
            outputs.extend([
                bit(uut.order_valid.val()),
                bit(uut.order_all.val()),
                uut.order_lane.val().index() as u64,
            ]);
            trace.record(inputs, outputs);
            cycle(&mut uut);

            for (lane, &d) in lanes.iter_mut().zip(&done) {
                if d {
                    lane.pop_front();
                }
            }
            if dispatched {
                let entry = match message.kind {
                    DispatchKind::Barrier => Holds::Every,
                    DispatchKind::Instrument | DispatchKind::Blank => Holds::Nothing,
                    _ => Holds::Account(account),
                };
                let every = matches!(message.kind, DispatchKind::Kill | DispatchKind::Barrier);
                for (l, lane) in lanes.iter_mut().enumerate() {
                    if every || l == target {
                        lane.push_back((entry, number));
                    }
                }
                number += 1;
                messages.pop_front();
            }
            // No account's messages in two lanes at once, but for a KILL's own copies.
            for a in 0..LANES {
                for b in a + 1..LANES {
                    for x in &lanes[a] {
                        for y in &lanes[b] {
                            if let (Holds::Account(p), Holds::Account(q)) = (x.0, y.0) {
                                assert!(p != q || x.1 == y.1, "account {p} in lanes {a} and {b}");
                            }
                        }
                    }
                }
            }
        }
        // Every kind that can wait did.
        assert!(waits.iter().all(|&w| w > 20), "waits by kind: {waits:?}");
        trace.replay(
            &verilog_named(&mut SmallDispatch::default(), "lane_dispatch"),
            "lane_dispatch",
        );
    }
}
