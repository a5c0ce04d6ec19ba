//! A table every lane reads and writes through ports of its own: the account unit's rows
//! (limits, enable bit, headroom) once lanes run.
//!
//! Block RAM has two ports; `LANES` lanes need a read and a write port each. The table keeps
//! a bank per writing lane, copied once per reading lane (`LANES`² RAMs, each one write and
//! one read port), and a live value table: for each word, the lane that wrote it last. A
//! read takes the word from the newest writer's bank. The dispatcher keeps an account's
//! messages in one lane at a time, so two lanes never write one word on one edge (a KILL's
//! lanes give their releases back one after another); if they did, the higher lane would
//! win.
//!
//! Interface (one clock, synchronous active-high `reset` of the live value table only):
//! - per lane `l`: `read_address[l]`, and `read_data[l]` the next cycle (a registered
//!   read); `write_address[l]`, `write_data[l]`, `write_enable[l]`;
//! - a read of a word written on the same edge (by any lane) gives garbage, as the card's
//!   other tables declare (`SameAddress::Undefined`); the lanes never use such a read.
//!
//! `WORDS` is `2^N`, the live value table's length; `BANKS` is `LANES`².
//!
//! The banks are one array, bank `w * LANES + r` holding lane `w`'s writes for lane `r`'s
//! reads: RustHDL's Verilog writer resolves one index per array access, so an array of
//! arrays does not translate. Its index expressions see only loop variables, so `LANES`
//! enters them as a loop of one turn (`stride`).

use crate::table_ram::TableRam;
use rust_hdl::prelude::*;

/// `2^N` words of `W` bits with a read and a write port per lane (interface in the module
/// docs).
#[derive(LogicBlock)]
pub struct LaneTable<
    const W: usize,
    const N: usize,
    const WORDS: usize,
    const BANKS: usize,
    const LANES: usize,
    const LANE_BITS: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: every word's newest writer is lane 0.
    pub reset: Signal<In, Bit>,
    /// Lane `l`'s read address, read on the rising edge.
    pub read_address: [Signal<In, Bits<N>>; LANES],
    /// The word lane `l` read on the last rising edge.
    pub read_data: [Signal<Out, Bits<W>>; LANES],
    /// Lane `l`'s write address.
    pub write_address: [Signal<In, Bits<N>>; LANES],
    /// Lane `l`'s word to write.
    pub write_data: [Signal<In, Bits<W>>; LANES],
    /// Lane `l` writes on this rising edge.
    pub write_enable: [Signal<In, Bit>; LANES],
    /// `banks[w * LANES + r]`: lane `w`'s writes, read by lane `r`.
    banks: [TableRam<W, N>; BANKS],
    /// The lane that wrote each word last, one bit plane per bit of a lane number (bit `a`
    /// of plane `b` is bit `b` of word `a`'s newest writer), so that a read is one
    /// indexed bit select per plane.
    newest: [DFF<Bits<WORDS>>; LANE_BITS],
    /// The planes after this cycle's writes.
    newest_next: [Signal<Local, Bits<WORDS>>; LANE_BITS],
    /// The newest writer of the word each lane read on the last edge.
    read_from: [DFF<Bits<LANE_BITS>>; LANES],
    read_from_next: [Signal<Local, Bits<LANE_BITS>>; LANES],
}

impl<
        const W: usize,
        const N: usize,
        const WORDS: usize,
        const BANKS: usize,
        const LANES: usize,
        const LANE_BITS: usize,
    > Default for LaneTable<W, N, WORDS, BANKS, LANES, LANE_BITS>
{
    fn default() -> Self {
        assert!(WORDS == 1 << N && BANKS == LANES * LANES && LANES <= 1 << LANE_BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            read_address: std::array::from_fn(|_| Default::default()),
            read_data: std::array::from_fn(|_| Default::default()),
            write_address: std::array::from_fn(|_| Default::default()),
            write_data: std::array::from_fn(|_| Default::default()),
            write_enable: std::array::from_fn(|_| Default::default()),
            banks: std::array::from_fn(|_| Default::default()),
            newest: std::array::from_fn(|_| Default::default()),
            newest_next: std::array::from_fn(|_| Default::default()),
            read_from: std::array::from_fn(|_| Default::default()),
            read_from_next: std::array::from_fn(|_| Default::default()),
        }
    }
}

impl<
        const W: usize,
        const N: usize,
        const WORDS: usize,
        const BANKS: usize,
        const LANES: usize,
        const LANE_BITS: usize,
    > LaneTable<W, N, WORDS, BANKS, LANES, LANE_BITS>
{
    /// In simulation, every bank reads garbage on a same-address read and write from now on.
    pub fn garbage_on_collision(&mut self) {
        for bank in self.banks.iter_mut() {
            bank.garbage_on_collision();
        }
    }
}

impl<
        const W: usize,
        const N: usize,
        const WORDS: usize,
        const BANKS: usize,
        const LANES: usize,
        const LANE_BITS: usize,
    > Logic for LaneTable<W, N, WORDS, BANKS, LANES, LANE_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        for stride in LANES..(LANES + 1) {
            for w in 0..LANES {
                for r in 0..LANES {
                    self.banks[w * stride + r].read_clock.next = self.clock.val();
                    self.banks[w * stride + r].write_clock.next = self.clock.val();
                    self.banks[w * stride + r].read_address.next = self.read_address[r].val();
                    self.banks[w * stride + r].write_address.next = self.write_address[w].val();
                    self.banks[w * stride + r].write_data.next = self.write_data[w].val();
                    self.banks[w * stride + r].write_enable.next = self.write_enable[w].val();
                }
            }
            for r in 0..LANES {
                self.read_from[r].clock.next = self.clock.val();
                self.read_from_next[r].next = 0.into();
                self.read_data[r].next = self.banks[r].read_data.val();
                for w in 0..LANES {
                    if self.read_from[r].q.val().index() == w {
                        self.read_data[r].next = self.banks[w * stride + r].read_data.val();
                    }
                }
            }
        }
        for b in 0..LANE_BITS {
            self.newest[b].clock.next = self.clock.val();
            self.newest_next[b].next = self.newest[b].q.val();
            for w in 0..LANES {
                if self.write_enable[w].val() {
                    self.newest_next[b].next = self.newest_next[b]
                        .val()
                        .replace_bit(self.write_address[w].val().index(), ((w >> b) & 1) == 1);
                }
            }
            self.newest[b].d.next = self.newest_next[b].val();
            if self.reset.val() {
                self.newest[b].d.next = 0.into();
            }
            for r in 0..LANES {
                if self.newest[b]
                    .q
                    .val()
                    .get_bit(self.read_address[r].val().index())
                {
                    self.read_from_next[r].next = self.read_from_next[r].val().replace_bit(b, true);
                }
            }
        }
        for r in 0..LANES {
            self.read_from[r].d.next = self.read_from_next[r].val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{array_port, cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;

    const LANES: usize = 4;
    const WORDS: usize = 16;
    type SmallTable = LaneTable<16, 4, WORDS, 16, LANES, 2>;
    crate::testbench::clocked!(SmallTable);

    fn trace() -> Trace {
        let mut inputs = vec![("reset", 1)];
        for l in 0..LANES {
            inputs.extend([
                (array_port("read_address", l), 4),
                (array_port("write_address", l), 4),
                (array_port("write_data", l), 16),
                (array_port("write_enable", l), 1),
            ]);
        }
        let outputs: Vec<_> = (0..LANES)
            .map(|l| (array_port("read_data", l), 16))
            .collect();
        Trace::new(&inputs, &outputs)
    }

    /// Four lanes read and write 16 words at random (never two lanes one word on one edge,
    /// as the dispatcher ensures): every read gives the last word written before it,
    /// whichever lane wrote it, except a read of a word written on the same edge (garbage
    /// on, skipped). Seeded, 3,000 cycles; then the same cycles on the Verilog.
    #[test]
    fn every_lane_reads_the_newest_word_any_lane_wrote() {
        let mut uut = SmallTable::default();
        uut.garbage_on_collision();
        start(&mut uut);
        let mut trace = trace();
        let mut rng = XorShift(0x7f4a_7c15_9e37_79b9_u64);
        let mut random = move |n: u64| rng.below(n);
        let mut words = [0u64; WORDS];
        let mut written = [false; WORDS];
        // What each lane read on the last edge: the expected word, or garbage.
        let mut expected: [Option<u64>; LANES] = [None; LANES];
        let mut checks = 0;
        let mut from_other_lanes = 0;
        let mut last_writer = [0usize; WORDS];
        for step in 0..3_000 {
            let reset = step == 0;
            let mut reads = [0u64; LANES];
            let mut writes: [Option<(u64, u64)>; LANES] = [None; LANES];
            let mut taken = [false; WORDS];
            for l in 0..LANES {
                reads[l] = random(WORDS as u64);
                let address = random(WORDS as u64);
                if !reset && !taken[address as usize] && random(2) == 0 {
                    taken[address as usize] = true;
                    writes[l] = Some((address, random(1 << 16)));
                }
            }
            uut.reset.next = reset;
            let mut inputs = vec![u64::from(reset)];
            for l in 0..LANES {
                let (address, data) = writes[l].unwrap_or((random(WORDS as u64), 0));
                uut.read_address[l].next = reads[l].into();
                uut.write_address[l].next = address.into();
                uut.write_data[l].next = data.into();
                uut.write_enable[l].next = writes[l].is_some();
                inputs.extend([reads[l], address, data, u64::from(writes[l].is_some())]);
            }
            settle(&mut uut);
            let mut all_known = true;
            for (l, expected) in expected.iter().enumerate() {
                match *expected {
                    Some(word) => {
                        assert_eq!(
                            uut.read_data[l].val().index() as u64,
                            word,
                            "cycle {step}: lane {l}"
                        );
                        checks += 1;
                    }
                    None => all_known = false,
                }
            }
            if all_known {
                trace.expect_outputs();
            }
            let outputs = (0..LANES)
                .map(|l| uut.read_data[l].val().index() as u64)
                .collect();
            trace.record(inputs, outputs);
            cycle(&mut uut);
            for l in 0..LANES {
                let a = reads[l] as usize;
                expected[l] = (written[a] && !taken[a]).then_some(words[a]);
                if expected[l].is_some() && last_writer[a] != l {
                    from_other_lanes += 1;
                }
            }
            for (l, write) in writes.iter().enumerate() {
                if let Some((address, data)) = *write {
                    words[address as usize] = data;
                    written[address as usize] = true;
                    last_writer[address as usize] = l;
                }
            }
        }
        assert!(
            checks > 8_000 && from_other_lanes > 5_000,
            "{checks} {from_other_lanes}"
        );
        assert!(uut.banks.iter().map(TableRam::collisions).sum::<u64>() > 500);
        trace.replay(
            &verilog_named(&mut SmallTable::default(), "lane_table"),
            "lane_table",
        );
    }
}
