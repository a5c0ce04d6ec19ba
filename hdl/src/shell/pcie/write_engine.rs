//! The write engine: the shell's line writes (completions and the status line) as posted
//! memory writes on the hard block's requester request interface (RQ).
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `wr_valid`, `wr_addr[63:0]`, `wr_data[511:0]`, `wr_take`: the shell's writes, from a
//!   FIFO showing its head; one 64-byte line each.
//! - `rq_valid`, `rq_ready`, `rq_data`, `rq_keep`, `rq_last`, `rq_user`: the request
//!   toward RQ (through [`super::rq_mux`]): the descriptor and the first 48 bytes in one
//!   beat, the last 16 bytes in a second.
//!
//! A posted write has no answer: the card cannot learn that a write failed, so there is no
//! write error; an address outside the host's mapping is the IOMMU's to report. Writes
//! leave in the order the shell made them, which keeps a status line behind the
//! completions written before it. While in reset, waiting writes are dropped.

use super::{rq_user, LINE_DWORDS, REQ_MEM_WRITE, RQ_USER_BITS};
use rust_hdl::prelude::*;

/// The write engine (interface in the module docs).
#[derive(LogicBlock)]
pub struct WriteEngine {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// A line write is waiting.
    pub wr_valid: Signal<In, Bit>,
    /// Its bus address, 64-byte aligned.
    pub wr_addr: Signal<In, Bits<64>>,
    /// Its 64 bytes.
    pub wr_data: Signal<In, Bits<512>>,
    /// Takes the waiting write (after its second beat went out).
    pub wr_take: Signal<Out, Bit>,
    /// A beat is offered.
    pub rq_valid: Signal<Out, Bit>,
    /// RQ takes the beat.
    pub rq_ready: Signal<In, Bit>,
    /// The beat.
    pub rq_data: Signal<Out, Bits<512>>,
    /// DWORDs in use.
    pub rq_keep: Signal<Out, Bits<16>>,
    /// The request's last beat.
    pub rq_last: Signal<Out, Bit>,
    /// RQ sideband of the beat.
    pub rq_user: Signal<Out, Bits<RQ_USER_BITS>>,
    /// The first beat went out; the second is offered.
    second: DFF<Bit>,
    descriptor: Signal<Local, Bits<128>>,
    write_type: Constant<Bits<4>>,
    line_dwords: Constant<Bits<11>>,
    first_user: Constant<Bits<RQ_USER_BITS>>,
    last_user: Constant<Bits<RQ_USER_BITS>>,
}

impl Default for WriteEngine {
    fn default() -> Self {
        WriteEngine {
            clock: Default::default(),
            reset: Default::default(),
            wr_valid: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            wr_take: Default::default(),
            rq_valid: Default::default(),
            rq_ready: Default::default(),
            rq_data: Default::default(),
            rq_keep: Default::default(),
            rq_last: Default::default(),
            rq_user: Default::default(),
            second: Default::default(),
            descriptor: Default::default(),
            write_type: Constant::new(REQ_MEM_WRITE.into()),
            line_dwords: Constant::new(LINE_DWORDS.into()),
            first_user: Constant::new(rq_user(true, None).into()),
            last_user: Constant::new(rq_user(false, Some(3)).into()),
        }
    }
}

impl Logic for WriteEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, second);
        // Write request descriptor (PG213): address, DWORD count, type; tag 0 (a posted
        // request has no completion to match).
        self.descriptor.next = bit_cast::<128, 64>(self.wr_addr.val())
            | (bit_cast::<128, 11>(self.line_dwords.val()) << 64)
            | (bit_cast::<128, 4>(self.write_type.val()) << 75);
        self.rq_valid.next = self.wr_valid.val() && !self.reset.val();
        self.wr_take.next = false;
        if self.second.q.val() {
            self.rq_data.next = bit_cast::<512, 128>(self.wr_data.val().get_bits::<128>(384));
            self.rq_keep.next = 0xF.into();
            self.rq_last.next = true;
            self.rq_user.next = self.last_user.val();
            if self.rq_ready.val() {
                self.second.d.next = false;
                self.wr_take.next = true;
            }
        } else {
            self.rq_data.next =
                bit_cast::<512, 128>(self.descriptor.val()) | (self.wr_data.val() << 128);
            self.rq_keep.next = 0xFFFF.into();
            self.rq_last.next = false;
            self.rq_user.next = self.first_user.val();
            if self.wr_valid.val() && self.rq_ready.val() {
                self.second.d.next = true;
            }
        }
        if self.reset.val() {
            self.second.d.next = false;
            self.wr_take.next = self.wr_valid.val();
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

    clocked!(WriteEngine);

    fn dword(beat: Bits<512>, i: usize) -> u32 {
        beat.get_bits::<32>(32 * i).to_u32()
    }

    fn random_line(rng: &mut ChaCha8Rng) -> Bits<512> {
        let mut line = Bits::<512>::default();
        for i in 0..16 {
            line.set_bits::<32>(32 * i, u64::from(rng.gen::<u32>()).into());
        }
        line
    }

    /// One RQ beat: data, keep, last, user.
    type Beat = (Bits<512>, u64, bool, Bits<RQ_USER_BITS>);

    /// The shell's write FIFO before the engine and RQ after it, taking beats at random.
    struct Bench {
        uut: WriteEngine,
        rng: ChaCha8Rng,
        /// Writes in the FIFO, the head shown to the engine.
        fifo: VecDeque<(u64, Bits<512>)>,
        /// Writes not yet out on RQ, in order.
        expected: VecDeque<(u64, Bits<512>)>,
        /// The first beat of the request under way.
        first: Option<Beat>,
        rq: HeldUntilTaken<Beat>,
        written: usize,
    }

    impl Bench {
        fn new(seed: u64) -> Bench {
            let mut uut = WriteEngine::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            settle(&mut uut);
            Bench {
                uut,
                rng: ChaCha8Rng::seed_from_u64(seed),
                fifo: VecDeque::new(),
                expected: VecDeque::new(),
                first: None,
                rq: HeldUntilTaken::new("a beat"),
                written: 0,
            }
        }

        fn write(&mut self) {
            let addr = self.rng.gen::<u64>() & !0x3F;
            let line = random_line(&mut self.rng);
            self.fifo.push_back((addr, line));
            self.expected.push_back((addr, line));
        }

        fn step(&mut self) {
            let uut = &mut self.uut;
            uut.wr_valid.next = !self.fifo.is_empty();
            if let Some(&(addr, line)) = self.fifo.front() {
                uut.wr_addr.next = addr.into();
                uut.wr_data.next = line;
            }
            uut.rq_ready.next = self.rng.gen_bool(0.6);
            settle(uut);
            let reset = uut.reset.val();
            let taken = uut.rq_valid.val() && uut.rq_ready.val();
            let offered = uut.rq_valid.val().then(|| {
                (
                    uut.rq_data.val(),
                    uut.rq_keep.val().to_u64(),
                    uut.rq_last.val(),
                    uut.rq_user.val(),
                )
            });
            if let Some(beat) = self.rq.offer(offered, taken) {
                self.beat(beat);
            }
            let uut = &mut self.uut;
            if uut.wr_take.val() {
                assert!(
                    reset || (taken && uut.rq_last.val()),
                    "a write leaves the FIFO with its last beat"
                );
                self.fifo.pop_front();
                if reset {
                    self.expected.pop_front();
                }
            }
            cycle(&mut self.uut);
        }

        /// A beat taken by RQ: the descriptor and 48 bytes, or the last 16 bytes of the next
        /// write.
        fn beat(&mut self, beat: Beat) {
            let (data, keep, last, user) = beat;
            let Some(first) = self.first.take() else {
                assert!(!last, "a write is two beats");
                self.first = Some(beat);
                return;
            };
            assert!(last, "a write is two beats");
            let (addr, line) = self.expected.pop_front().expect("a write not made");
            let (head, head_keep, _, head_user) = first;
            assert_eq!(head.get_bits::<64>(0).to_u64(), addr, "address");
            assert_eq!(head.get_bits::<11>(64).to_u64(), 16, "DWORD count");
            assert_eq!(
                head.get_bits::<4>(75).to_u64(),
                REQ_MEM_WRITE,
                "memory write"
            );
            assert!(!head.get_bits::<49>(79).any(), "tag 0, no attributes");
            for i in 0..12 {
                assert_eq!(dword(head, 4 + i), dword(line, i), "DWORD {i}");
            }
            assert_eq!(head_keep, 0xFFFF);
            assert_eq!(
                head_user.get_bits::<64>(0).to_u64(),
                0xF | (0xF << 8) | (1 << 20),
                "byte enables, sop"
            );
            for i in 0..4 {
                assert_eq!(dword(data, i), dword(line, 12 + i), "DWORD {}", 12 + i);
            }
            assert_eq!(keep, 0xF);
            assert_eq!(
                user.get_bits::<64>(0).to_u64(),
                (1 << 26) | (3 << 28),
                "eop"
            );
            assert!(!head_user.get_bits::<73>(64).any() && !user.get_bits::<73>(64).any());
            self.written += 1;
        }
    }

    #[test]
    fn each_write_goes_out_as_two_beats_under_backpressure() {
        let mut bench = Bench::new(0x3217E);
        let mut cycles = 0;
        while bench.written < 3000 {
            if bench.fifo.len() < 3 && bench.rng.gen_bool(0.4) {
                bench.write();
            }
            bench.step();
            cycles += 1;
            assert!(cycles < 20_000, "stuck");
        }
        for _ in 0..20 {
            bench.step();
        }
        assert!(bench.expected.is_empty() && bench.first.is_none());
    }

    #[test]
    fn reset_drops_waiting_writes_and_starts_a_whole_request() {
        let mut bench = Bench::new(7);
        for _ in 0..4 {
            bench.write();
        }
        while bench.first.is_none() {
            bench.step();
        }
        // Reset between the beats of the first write: it and the next are dropped, and
        // the beat on offer is gone with the request it belonged to.
        bench.first = None;
        bench.rq.reset();
        bench.uut.reset.next = true;
        bench.step();
        bench.step();
        bench.uut.reset.next = false;
        assert_eq!(bench.fifo.len(), 2);
        for _ in 0..50 {
            bench.step();
        }
        assert_eq!(bench.written, 2);
        assert!(bench.fifo.is_empty() && bench.expected.is_empty());
    }
}
