//! Turns among `LANES` requesters: each cycle the first requester after the one served
//! last, wrapping round, so none waits more than one turn of each other requester.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `request[l]`: requester `l` wants a turn;
//! - `any`, `pick`: some requester does, and the one whose turn it is;
//! - `served`: `pick` was served this cycle; the turn after starts after it.

use rust_hdl::prelude::*;

/// Round-robin choice among `LANES = 2^LANE_BITS` requesters (interface in the module docs).
#[derive(LogicBlock)]
pub struct RoundRobin<const LANES: usize, const LANE_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: lane 0 counts as served last.
    pub reset: Signal<In, Bit>,
    /// Requester `l` wants a turn.
    pub request: [Signal<In, Bit>; LANES],
    /// Some requester wants a turn.
    pub any: Signal<Out, Bit>,
    /// The requester whose turn it is (valid with `any`).
    pub pick: Signal<Out, Bits<LANE_BITS>>,
    /// `pick` was served this cycle.
    pub served: Signal<In, Bit>,
    /// The requester served last.
    last: DFF<Bits<LANE_BITS>>,
    /// The first requester of this turn's search.
    first: Signal<Local, Bits<LANE_BITS>>,
}

impl<const LANES: usize, const LANE_BITS: usize> Default for RoundRobin<LANES, LANE_BITS> {
    fn default() -> Self {
        assert!(LANES == 1 << LANE_BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            request: std::array::from_fn(|_| Default::default()),
            any: Default::default(),
            pick: Default::default(),
            served: Default::default(),
            last: Default::default(),
            first: Default::default(),
        }
    }
}

impl<const LANES: usize, const LANE_BITS: usize> Logic for RoundRobin<LANES, LANE_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, last);
        // From the one after the last served up to the highest, then from lane 0.
        self.first.next = self.last.q.val() + 1;
        self.any.next = false;
        self.pick.next = 0.into();
        for l in 0..LANES {
            if !self.any.val() && self.request[l].val() && (self.first.val().index() <= l) {
                self.any.next = true;
                self.pick.next = l.to_bits();
            }
        }
        for l in 0..LANES {
            if !self.any.val() && self.request[l].val() {
                self.any.next = true;
                self.pick.next = l.to_bits();
            }
        }
        if self.served.val() {
            self.last.d.next = self.pick.val();
        }
        if self.reset.val() {
            self.last.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{array_port, cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;

    const LANES: usize = 4;
    type FourWays = RoundRobin<LANES, 2>;
    crate::testbench::clocked!(FourWays);

    /// Random requests, served at random: each pick is the first requester after the one
    /// served last (wrapping round), and `any` is whether anyone requests. Seeded, 2,000
    /// cycles; then the same cycles on the Verilog.
    #[test]
    fn picks_the_first_requester_after_the_last_served() {
        let mut uut = FourWays::default();
        start(&mut uut);
        let mut inputs: Vec<(&'static str, usize)> = vec![("reset", 1), ("served", 1)];
        inputs.extend((0..LANES).map(|l| (array_port("request", l), 1)));
        let mut trace = Trace::new(&inputs, &[("any", 1), ("pick", 2)]);
        let mut random = XorShift(0x6a09_e667_f3bc_c908);
        let mut last = 0;
        for step in 0..2_000 {
            let reset = step == 0;
            let request: Vec<bool> = (0..LANES).map(|_| random.below(3) == 0).collect();
            let served = random.below(2) == 0;
            uut.reset.next = reset;
            uut.served.next = served;
            for (port, &wants) in uut.request.iter_mut().zip(&request) {
                port.next = wants;
            }
            settle(&mut uut);
            let expected = (1..=LANES)
                .map(|k| (last + k) % LANES)
                .find(|&l| request[l]);
            if !reset {
                assert_eq!(uut.any.val(), expected.is_some(), "cycle {step}");
                if let Some(l) = expected {
                    assert_eq!(uut.pick.val().index(), l, "cycle {step}");
                }
                trace.expect_outputs();
            }
            let mut values = vec![u64::from(reset), u64::from(served)];
            values.extend(request.iter().map(|&r| u64::from(r)));
            trace.record(
                values,
                vec![u64::from(uut.any.val()), uut.pick.val().index() as u64],
            );
            cycle(&mut uut);
            if reset {
                last = 0;
            } else if served {
                last = expected.unwrap_or(0);
            }
        }
        trace.replay(
            &verilog_named(&mut FourWays::default(), "round_robin"),
            "round_robin",
        );
    }
}
