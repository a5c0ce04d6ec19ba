//! The requester request multiplexer: the read engine's and the write engine's requests on
//! the hard block's one requester request interface (RQ).
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `read_*`: one-beat read requests (`valid`, `ready`, `data`, `keep`, `user`).
//! - `write_*`: two-beat write requests (`valid`, `ready`, `data`, `keep`, `last`, `user`).
//! - `rq_tdata`, `rq_tkeep`, `rq_tlast`, `rq_tuser`, `rq_tvalid`, `rq_tready`: RQ.
//!
//! A request goes out whole: once a source's beat is offered, that source keeps RQ until
//! its last beat is taken (AXI-Stream forbids taking back an offered beat). When both wait,
//! they take turns, so neither the fetch of new orders nor the reports can starve.

use super::RQ_USER_BITS;
use rust_hdl::prelude::*;

/// The requester request multiplexer (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct RqMux {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// A read request is offered.
    pub read_valid: Signal<In, Bit>,
    /// The read request is taken.
    pub read_ready: Signal<Out, Bit>,
    /// The read request's beat.
    pub read_data: Signal<In, Bits<512>>,
    /// Its DWORDs in use.
    pub read_keep: Signal<In, Bits<16>>,
    /// Its sideband.
    pub read_user: Signal<In, Bits<RQ_USER_BITS>>,
    /// A write request's beat is offered.
    pub write_valid: Signal<In, Bit>,
    /// The beat is taken.
    pub write_ready: Signal<Out, Bit>,
    /// The beat.
    pub write_data: Signal<In, Bits<512>>,
    /// Its DWORDs in use.
    pub write_keep: Signal<In, Bits<16>>,
    /// The write request's last beat.
    pub write_last: Signal<In, Bit>,
    /// Its sideband.
    pub write_user: Signal<In, Bits<RQ_USER_BITS>>,
    /// RQ: the beat.
    pub rq_tdata: Signal<Out, Bits<512>>,
    /// RQ: its DWORDs in use.
    pub rq_tkeep: Signal<Out, Bits<16>>,
    /// RQ: the request's last beat.
    pub rq_tlast: Signal<Out, Bit>,
    /// RQ: sideband.
    pub rq_tuser: Signal<Out, Bits<RQ_USER_BITS>>,
    /// RQ: a beat is offered.
    pub rq_tvalid: Signal<Out, Bit>,
    /// RQ: the hard block takes the beat.
    pub rq_tready: Signal<In, Bit>,
    /// A source holds RQ until its last beat; which one.
    locked: DFF<Bit>,
    owner_write: DFF<Bit>,
    /// The last request that went out was a write (for taking turns).
    last_write: DFF<Bit>,
    choose_write: Signal<Local, Bit>,
}

impl Logic for RqMux {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, locked, owner_write, last_write);
        if self.locked.q.val() {
            self.choose_write.next = self.owner_write.q.val();
        } else {
            self.choose_write.next =
                self.write_valid.val() && (!self.read_valid.val() || !self.last_write.q.val());
        }
        if self.choose_write.val() {
            self.rq_tvalid.next = self.write_valid.val();
            self.rq_tdata.next = self.write_data.val();
            self.rq_tkeep.next = self.write_keep.val();
            self.rq_tlast.next = self.write_last.val();
            self.rq_tuser.next = self.write_user.val();
        } else {
            self.rq_tvalid.next = self.read_valid.val();
            self.rq_tdata.next = self.read_data.val();
            self.rq_tkeep.next = self.read_keep.val();
            self.rq_tlast.next = true;
            self.rq_tuser.next = self.read_user.val();
        }
        self.read_ready.next = !self.choose_write.val() && self.rq_tready.val();
        self.write_ready.next = self.choose_write.val() && self.rq_tready.val();
        if self.rq_tvalid.val() {
            if self.rq_tready.val() && self.rq_tlast.val() {
                self.locked.d.next = false;
                self.last_write.d.next = self.choose_write.val();
            } else {
                self.locked.d.next = true;
                self.owner_write.d.next = self.choose_write.val();
            }
        }
        if self.reset.val() {
            self.locked.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start, HeldUntilTaken};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use std::collections::VecDeque;

    clocked!(RqMux);

    /// A beat as RQ sees it: data, keep, last, user.
    type Beat = (Bits<512>, u64, bool, Bits<RQ_USER_BITS>);

    /// Which source a request came from.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Source {
        Read,
        Write,
    }

    fn random_beat(rng: &mut ChaCha8Rng, keep: u64, last: bool) -> Beat {
        let mut data = Bits::<512>::default();
        for i in 0..16 {
            data.set_bits::<32>(32 * i, u64::from(rng.gen::<u32>()).into());
        }
        let user = Bits::<RQ_USER_BITS>::from(rng.gen::<u64>())
            | (Bits::<RQ_USER_BITS>::from(rng.gen::<u64>()) << 64u64);
        (data, keep, last, user)
    }

    /// Two sources that hold a beat offered until it is taken, one-beat reads and two-beat
    /// writes, with random gaps (a write's second beat too), and RQ taking beats at random.
    struct Bench {
        uut: RqMux,
        rng: ChaCha8Rng,
        /// Requests waiting at each source, beat by beat.
        reads: VecDeque<Beat>,
        writes: VecDeque<Beat>,
        read_offered: bool,
        write_offered: bool,
        /// Both sources wait all the time.
        saturated: bool,
        rq: HeldUntilTaken<Beat>,
        /// The request under way on RQ (its first beat taken, its last not yet).
        open: Option<Source>,
        /// Requests that went out, in order.
        out: Vec<Source>,
        /// Requests started while both sources offered one.
        contested: usize,
        reads_out: Vec<Beat>,
        writes_out: Vec<Beat>,
        reads_made: Vec<Beat>,
        writes_made: Vec<Beat>,
    }

    impl Bench {
        fn new(seed: u64, saturated: bool) -> Bench {
            let mut uut = RqMux::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            settle(&mut uut);
            Bench {
                uut,
                rng: ChaCha8Rng::seed_from_u64(seed),
                reads: VecDeque::new(),
                writes: VecDeque::new(),
                read_offered: false,
                write_offered: false,
                saturated,
                rq: HeldUntilTaken::new("a beat"),
                open: None,
                out: Vec::new(),
                contested: 0,
                reads_out: Vec::new(),
                writes_out: Vec::new(),
                reads_made: Vec::new(),
                writes_made: Vec::new(),
            }
        }

        fn make_requests(&mut self) {
            let busy = if self.saturated { 1.0 } else { 0.2 };
            if self.reads.len() < 2 && self.rng.gen_bool(busy) {
                let beat = random_beat(&mut self.rng, 0xF, true);
                self.reads.push_back(beat);
                self.reads_made.push(beat);
            }
            if self.writes.len() < 3 && self.rng.gen_bool(busy) {
                for last in [false, true] {
                    let keep = if last { 0xF } else { 0xFFFF };
                    let beat = random_beat(&mut self.rng, keep, last);
                    self.writes.push_back(beat);
                    self.writes_made.push(beat);
                }
            }
        }

        fn step(&mut self) {
            self.make_requests();
            let offer_chance = if self.saturated { 1.0 } else { 0.6 };
            self.read_offered =
                !self.reads.is_empty() && (self.read_offered || self.rng.gen_bool(offer_chance));
            self.write_offered =
                !self.writes.is_empty() && (self.write_offered || self.rng.gen_bool(offer_chance));
            let uut = &mut self.uut;
            uut.read_valid.next = self.read_offered;
            if let Some(&(data, keep, _, user)) = self.reads.front() {
                uut.read_data.next = data;
                uut.read_keep.next = keep.into();
                uut.read_user.next = user;
            }
            uut.write_valid.next = self.write_offered;
            if let Some(&(data, keep, last, user)) = self.writes.front() {
                uut.write_data.next = data;
                uut.write_keep.next = keep.into();
                uut.write_last.next = last;
                uut.write_user.next = user;
            }
            uut.rq_tready.next = self.rng.gen_bool(0.6);
            settle(uut);

            let read_taken = uut.read_valid.val() && uut.read_ready.val();
            let write_taken = uut.write_valid.val() && uut.write_ready.val();
            let taken = uut.rq_tvalid.val() && uut.rq_tready.val();
            assert_eq!(
                u8::from(read_taken) + u8::from(write_taken),
                u8::from(taken),
                "a beat is taken from a source when RQ takes it"
            );
            let offered = uut.rq_tvalid.val().then(|| {
                (
                    uut.rq_tdata.val(),
                    uut.rq_tkeep.val().to_u64(),
                    uut.rq_tlast.val(),
                    uut.rq_tuser.val(),
                )
            });
            if let Some(beat) = offered {
                if !self.rq.waiting()
                    && self.open.is_none()
                    && self.read_offered
                    && self.write_offered
                {
                    // A new request while both wait: it is the other's turn.
                    if let Some(&previous) = self.out.last() {
                        let chosen = if Some(&beat) == self.reads.front() {
                            Source::Read
                        } else {
                            Source::Write
                        };
                        assert_ne!(chosen, previous, "taking turns");
                        self.contested += 1;
                    }
                }
            }
            if let Some(beat) = self.rq.offer(offered, taken) {
                let source = if read_taken {
                    Source::Read
                } else {
                    Source::Write
                };
                let expected = match source {
                    Source::Read => self.reads.pop_front(),
                    Source::Write => self.writes.pop_front(),
                };
                assert_eq!(Some(beat), expected, "the source's beat, as it offered it");
                if let Some(open) = self.open {
                    assert_eq!(source, open, "requests are not interleaved");
                }
                self.open = Some(source).filter(|_| !beat.2);
                if beat.2 {
                    self.out.push(source);
                }
                match source {
                    Source::Read => {
                        self.read_offered = false;
                        self.reads_out.push(beat);
                    }
                    Source::Write => {
                        self.write_offered = false;
                        self.writes_out.push(beat);
                    }
                }
            }
            cycle(&mut self.uut);
        }
    }

    #[test]
    fn requests_go_out_whole_in_order_and_the_sources_take_turns() {
        let mut bench = Bench::new(0x0A11, false);
        for _ in 0..6000 {
            bench.step();
        }
        let reads = bench.out.iter().filter(|&&s| s == Source::Read).count();
        let writes = bench.out.len() - reads;
        assert!(
            reads > 500 && writes > 500,
            "{reads} reads, {writes} writes"
        );
        assert!(bench.contested > 100, "{}", bench.contested);
        let made = bench.reads_made.len() - bench.reads.len();
        assert_eq!(bench.reads_out, bench.reads_made[..made]);
        let made = bench.writes_made.len() - bench.writes.len();
        assert_eq!(bench.writes_out, bench.writes_made[..made]);
    }

    #[test]
    fn when_both_always_wait_reads_and_writes_alternate() {
        let mut bench = Bench::new(0x0A12, true);
        for _ in 0..3000 {
            bench.step();
        }
        assert!(bench.out.len() > 500, "{}", bench.out.len());
        for pair in bench.out.windows(2) {
            assert_ne!(pair[0], pair[1], "{:?}", bench.out);
        }
    }
}
