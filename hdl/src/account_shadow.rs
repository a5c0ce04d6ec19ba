//! The accounts of one lane's messages in flight, for the dispatcher's account hazard.
//!
//! An account's headroom, limits and enable bit change only through that account's own
//! messages, so lanes give one-message-at-a-time results when no two lanes hold messages of
//! the same account at once. The dispatcher keeps, for each lane, the accounts of the
//! messages it sent there and the lane has not finished, oldest first, and asks each lane's
//! shadow whether it holds an account.
//!
//! Interface (one clock, synchronous active-high `reset`; one push and one pop a cycle):
//! - `push` with `push_account`: a message of that account enters the lane; `push_all`
//!   marks an entry that holds every account (a control record, after which every account
//!   waits for the lane to pass it), `push_blank` one that holds none (a malformed record);
//! - `pop`: the lane has finished its oldest message;
//! - `query`: an account; `holds`: an entry holds it (answered from the entries as they
//!   were at the start of the cycle);
//! - `probe_0` .. `probe_3`: more accounts; `probe_holds_0` .. `probe_holds_3`: an entry
//!   holds it, as `holds` (up to four lanes ask whether another lane holds the account of
//!   an order they are about to forget; ports of their own, as RustHDL's Verilog writer
//!   resolves one array index per access);
//! - `full`: no push this cycle; `empty`: nothing in flight.
//!
//! Accounts are compared on their low `ACCOUNT_BITS` (the build's account table width):
//! every account that reaches a lane is configured, so two that alias are out of range and
//! only make a message wait.

use rust_hdl::prelude::*;

/// One lane's accounts in flight, `DEPTH = 2^DEPTH_BITS` at most (interface in the module
/// docs).
#[derive(LogicBlock)]
pub struct AccountShadow<const ACCOUNT_BITS: usize, const DEPTH: usize, const DEPTH_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: nothing in flight.
    pub reset: Signal<In, Bit>,
    /// A message enters the lane this cycle (only when not `full`).
    pub push: Signal<In, Bit>,
    /// Its account.
    pub push_account: Signal<In, Bits<ACCOUNT_BITS>>,
    /// The entry holds every account.
    pub push_all: Signal<In, Bit>,
    /// The entry holds no account.
    pub push_blank: Signal<In, Bit>,
    /// The lane has finished its oldest message (only when not `empty`).
    pub pop: Signal<In, Bit>,
    /// The account asked about.
    pub query: Signal<In, Bits<ACCOUNT_BITS>>,
    /// An entry in flight holds `query`.
    pub holds: Signal<Out, Bit>,
    /// Lane 0's probe: the account asked about.
    pub probe_0: Signal<In, Bits<ACCOUNT_BITS>>,
    /// Lane 1's probe.
    pub probe_1: Signal<In, Bits<ACCOUNT_BITS>>,
    /// Lane 2's probe.
    pub probe_2: Signal<In, Bits<ACCOUNT_BITS>>,
    /// Lane 3's probe.
    pub probe_3: Signal<In, Bits<ACCOUNT_BITS>>,
    /// An entry in flight holds `probe_0`.
    pub probe_holds_0: Signal<Out, Bit>,
    /// An entry in flight holds `probe_1`.
    pub probe_holds_1: Signal<Out, Bit>,
    /// An entry in flight holds `probe_2`.
    pub probe_holds_2: Signal<Out, Bit>,
    /// An entry in flight holds `probe_3`.
    pub probe_holds_3: Signal<Out, Bit>,
    /// Each entry holds an account (in flight, not a malformed record's).
    live: Signal<Local, Bits<DEPTH>>,
    /// Every entry is in flight.
    pub full: Signal<Out, Bit>,
    /// No entry is in flight.
    pub empty: Signal<Out, Bit>,
    accounts: [DFF<Bits<ACCOUNT_BITS>>; DEPTH],
    holds_all: DFF<Bits<DEPTH>>,
    blank: DFF<Bits<DEPTH>>,
    occupied: DFF<Bits<DEPTH>>,
    /// The entries in flight once this cycle's pop, if any, is done.
    occupied_after_pop: Signal<Local, Bits<DEPTH>>,
    oldest: DFF<Bits<DEPTH_BITS>>,
    newest_next: DFF<Bits<DEPTH_BITS>>,
    no_entry: Constant<Bits<DEPTH>>,
    every_entry: Constant<Bits<DEPTH>>,
}

impl<const ACCOUNT_BITS: usize, const DEPTH: usize, const DEPTH_BITS: usize> Default
    for AccountShadow<ACCOUNT_BITS, DEPTH, DEPTH_BITS>
{
    fn default() -> Self {
        assert!(DEPTH == 1 << DEPTH_BITS && DEPTH < 64);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            push: Default::default(),
            push_account: Default::default(),
            push_all: Default::default(),
            push_blank: Default::default(),
            pop: Default::default(),
            query: Default::default(),
            holds: Default::default(),
            probe_0: Default::default(),
            probe_1: Default::default(),
            probe_2: Default::default(),
            probe_3: Default::default(),
            probe_holds_0: Default::default(),
            probe_holds_1: Default::default(),
            probe_holds_2: Default::default(),
            probe_holds_3: Default::default(),
            live: Default::default(),
            full: Default::default(),
            empty: Default::default(),
            accounts: std::array::from_fn(|_| Default::default()),
            holds_all: Default::default(),
            blank: Default::default(),
            occupied: Default::default(),
            occupied_after_pop: Default::default(),
            oldest: Default::default(),
            newest_next: Default::default(),
            no_entry: Constant::new(0u64.to_bits()),
            every_entry: Constant::new(((1u64 << DEPTH) - 1).to_bits()),
        }
    }
}

impl<const ACCOUNT_BITS: usize, const DEPTH: usize, const DEPTH_BITS: usize> Logic
    for AccountShadow<ACCOUNT_BITS, DEPTH, DEPTH_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, holds_all, blank, occupied, oldest, newest_next);
        for e in 0..DEPTH {
            self.accounts[e].clock.next = self.clock.val();
            self.accounts[e].d.next = self.accounts[e].q.val();
        }
        self.full.next = self.occupied.q.val() == self.every_entry.val();
        self.empty.next = self.occupied.q.val() == self.no_entry.val();
        self.holds.next = false;
        for e in 0..DEPTH {
            if self.occupied.q.val().get_bit(e)
                && !self.blank.q.val().get_bit(e)
                && (self.holds_all.q.val().get_bit(e)
                    || (self.accounts[e].q.val() == self.query.val()))
            {
                self.holds.next = true;
            }
        }
        self.live.next = self.occupied.q.val() & !self.blank.q.val();
        self.probe_holds_0.next = false;
        self.probe_holds_1.next = false;
        self.probe_holds_2.next = false;
        self.probe_holds_3.next = false;
        for e in 0..DEPTH {
            if self.live.val().get_bit(e) {
                if self.holds_all.q.val().get_bit(e)
                    || (self.accounts[e].q.val() == self.probe_0.val())
                {
                    self.probe_holds_0.next = true;
                }
                if self.holds_all.q.val().get_bit(e)
                    || (self.accounts[e].q.val() == self.probe_1.val())
                {
                    self.probe_holds_1.next = true;
                }
                if self.holds_all.q.val().get_bit(e)
                    || (self.accounts[e].q.val() == self.probe_2.val())
                {
                    self.probe_holds_2.next = true;
                }
                if self.holds_all.q.val().get_bit(e)
                    || (self.accounts[e].q.val() == self.probe_3.val())
                {
                    self.probe_holds_3.next = true;
                }
            }
        }
        self.occupied_after_pop.next = self.occupied.q.val();
        if self.pop.val() {
            self.occupied_after_pop.next = self
                .occupied
                .q
                .val()
                .replace_bit(self.oldest.q.val().index(), false);
            self.oldest.d.next = self.oldest.q.val() + 1;
        }
        self.occupied.d.next = self.occupied_after_pop.val();
        if self.push.val() {
            for e in 0..DEPTH {
                if self.newest_next.q.val().index() == e {
                    self.accounts[e].d.next = self.push_account.val();
                }
            }
            self.holds_all.d.next = self
                .holds_all
                .q
                .val()
                .replace_bit(self.newest_next.q.val().index(), self.push_all.val());
            self.blank.d.next = self
                .blank
                .q
                .val()
                .replace_bit(self.newest_next.q.val().index(), self.push_blank.val());
            // (A pop in the same cycle frees another entry: the shadow is not empty then.)
            self.occupied.d.next = self
                .occupied_after_pop
                .val()
                .replace_bit(self.newest_next.q.val().index(), true);
            self.newest_next.d.next = self.newest_next.q.val() + 1;
        }
        if self.reset.val() {
            self.occupied.d.next = 0.into();
            self.oldest.d.next = 0.into();
            self.newest_next.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;
    use std::collections::VecDeque;

    type SmallShadow = AccountShadow<3, 4, 2>;
    crate::testbench::clocked!(SmallShadow);

    /// An entry as the model keeps it: the account, or every account, or none.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Holds {
        Account(u64),
        Every,
        Nothing,
    }

    /// Random pushes (accounts of 3 bits, entries of every account and of none), pops and
    /// queries against a queue: `holds`, every probe's answer, `full` and `empty` as the
    /// queue says, pushes and
    /// pops in the same cycle, a reset midway. Seeded, 3,000 cycles; then the same cycles
    /// on the Verilog.
    #[test]
    fn holds_the_accounts_in_flight_like_a_queue() {
        let mut uut = SmallShadow::default();
        start(&mut uut);
        let mut trace = Trace::new(
            &[
                ("reset", 1),
                ("push", 1),
                ("push_account", 3),
                ("push_all", 1),
                ("push_blank", 1),
                ("pop", 1),
                ("query", 3),
                ("probe_0", 3),
                ("probe_1", 3),
                ("probe_2", 3),
                ("probe_3", 3),
            ],
            &[
                ("holds", 1),
                ("probe_holds_0", 1),
                ("probe_holds_1", 1),
                ("probe_holds_2", 1),
                ("probe_holds_3", 1),
                ("full", 1),
                ("empty", 1),
            ],
        );
        let mut model: VecDeque<Holds> = VecDeque::new();
        let mut rng = XorShift(0x1234_5678_9abc_def1_u64);
        let mut random = move |n: u64| rng.below(n);
        let bit = |b: bool| u64::from(b);
        let mut holds_seen = [0; 2];
        for step in 0..3_000 {
            let reset = step == 0 || step == 1_500;
            let pop = !reset && !model.is_empty() && random(3) == 0;
            let push = !reset && model.len() < 4 && random(2) == 0;
            let account = random(8);
            let kind = random(10);
            let query = random(8);
            let probes = [random(8), random(8), random(8), random(8)];
            uut.probe_0.next = probes[0].into();
            uut.probe_1.next = probes[1].into();
            uut.probe_2.next = probes[2].into();
            uut.probe_3.next = probes[3].into();
            uut.reset.next = reset;
            uut.push.next = push;
            uut.push_account.next = account.into();
            uut.push_all.next = kind == 0;
            uut.push_blank.next = kind == 1;
            uut.pop.next = pop;
            uut.query.next = query.into();
            settle(&mut uut);
            let probe_holds = [
                uut.probe_holds_0.val(),
                uut.probe_holds_1.val(),
                uut.probe_holds_2.val(),
                uut.probe_holds_3.val(),
            ];
            if !reset && step > 0 {
                let model_holds = |a: u64| {
                    model
                        .iter()
                        .any(|h| *h == Holds::Every || *h == Holds::Account(a))
                };
                let holds = model_holds(query);
                assert_eq!(uut.holds.val(), holds, "cycle {step}: holds {query}");
                for (p, &account) in probes.iter().enumerate() {
                    assert_eq!(
                        probe_holds[p],
                        model_holds(account),
                        "cycle {step}: probe {p} of {account}"
                    );
                }
                assert_eq!(uut.full.val(), model.len() == 4, "cycle {step}: full");
                assert_eq!(uut.empty.val(), model.is_empty(), "cycle {step}: empty");
                holds_seen[usize::from(holds)] += 1;
                trace.expect_outputs();
            }
            trace.record(
                vec![
                    bit(reset),
                    bit(push),
                    account,
                    bit(kind == 0),
                    bit(kind == 1),
                    bit(pop),
                    query,
                    probes[0],
                    probes[1],
                    probes[2],
                    probes[3],
                ],
                vec![
                    bit(uut.holds.val()),
                    bit(probe_holds[0]),
                    bit(probe_holds[1]),
                    bit(probe_holds[2]),
                    bit(probe_holds[3]),
                    bit(uut.full.val()),
                    bit(uut.empty.val()),
                ],
            );
            cycle(&mut uut);
            if reset {
                model.clear();
            }
            if pop {
                model.pop_front();
            }
            if push {
                model.push_back(match kind {
                    0 => Holds::Every,
                    1 => Holds::Nothing,
                    _ => Holds::Account(account),
                });
            }
        }
        assert!(holds_seen[0] > 500 && holds_seen[1] > 500, "{holds_seen:?}");
        trace.replay(
            &verilog_named(&mut SmallShadow::default(), "account_shadow"),
            "account_shadow",
        );
    }
}
