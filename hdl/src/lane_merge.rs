//! Lane merge: the reports of instrument lanes put back into `in_seq` order.
//!
//! Lanes run messages out of `in_seq` order, each in its own. Every lane writes its
//! messages' reports, in its own order, into a FIFO of entries, and marks each message's
//! end; the dispatcher writes, for every message in `in_seq` order, which lane took it, or
//! that every lane did (a KILL walks the account's orders in every lane; a control record
//! reaches every lane's tables). The merge forwards the oldest message's reports only, so
//! the card's report stream is the one-message-at-a-time stream, byte for byte:
//! - a message of one lane: that lane's entries up to its end mark;
//! - a message of every lane: the lanes' reports by each report's `stamp` (for a KILL's
//!   CANCELED rows, the in_seq at which the order was first accepted), the smallest
//!   first, a tie to the lower lane, until every lane has marked its end. A report is
//!   chosen only once every lane still in the message shows an entry, since a lane with
//!   none yet may still write a smaller stamp.
//!
//! Interface (one clock, synchronous active-high `reset`; every stream valid/ready, a
//! transfer on a rising edge with both high):
//! - order stream: `order_valid`, `order_ready`, `order_all` (every lane took the message),
//!   `order_lane` (the lane that took it otherwise); one entry per message, `in_seq` order;
//! - per lane `l`: `entry_valid[l]`, `entry_ready[l]`, `entry_present[l]` (the entry holds
//!   a report in `entry_data[l]`), `entry_end[l]` (the message's last entry; an entry may be
//!   both a report and the end, or an end mark alone), `entry_stamp[l]`;
//! - out: `out_valid`, `out_ready`, `out_data`: one report a cycle while the oldest
//!   message's lane has them. An end mark alone takes a cycle of its own.

use rust_hdl::prelude::*;

/// The merge of `LANES` lanes' report FIFOs into `in_seq` order (interface in the module
/// docs); `D` is the report bundle, `LANE_BITS` the width of a lane number.
#[derive(LogicBlock)]
pub struct LaneMerge<D: Synth, const LANES: usize, const LANE_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: no lane has ended the current message.
    pub reset: Signal<In, Bit>,
    /// The oldest message's entry of the dispatch order is offered.
    pub order_valid: Signal<In, Bit>,
    /// The oldest message is done: every report it has left the merge.
    pub order_ready: Signal<Out, Bit>,
    /// Every lane took the oldest message.
    pub order_all: Signal<In, Bit>,
    /// The lane that took the oldest message (when not `order_all`).
    pub order_lane: Signal<In, Bits<LANE_BITS>>,
    /// Lane `l`'s FIFO offers an entry.
    pub entry_valid: [Signal<In, Bit>; LANES],
    /// Lane `l`'s entry is taken.
    pub entry_ready: [Signal<Out, Bit>; LANES],
    /// Lane `l`'s entry holds a report.
    pub entry_present: [Signal<In, Bit>; LANES],
    /// Lane `l`'s entry is the last of its message.
    pub entry_end: [Signal<In, Bit>; LANES],
    /// Lane `l`'s report's order among the lanes in a message every lane took.
    pub entry_stamp: [Signal<In, Bits<64>>; LANES],
    /// Lane `l`'s report.
    pub entry_data: [Signal<In, D>; LANES],
    /// A report is offered.
    pub out_valid: Signal<Out, Bit>,
    /// The report offered is taken.
    pub out_ready: Signal<In, Bit>,
    /// The report offered.
    pub out_data: Signal<Out, D>,
    /// The lanes that have marked the end of the current message of every lane.
    ended: DFF<Bits<LANES>>,
    /// The lanes whose end is seen once this cycle's entries are taken.
    ended_now: Signal<Local, Bits<LANES>>,
    /// Every lane still in a message of every lane shows an entry.
    all_shown: Signal<Local, Bit>,
    /// A report is chosen in a message of every lane, from lane `chosen`.
    have_choice: Signal<Local, Bit>,
    chosen: Signal<Local, Bits<LANE_BITS>>,
    chosen_stamp: Signal<Local, Bits<64>>,
    every_lane: Constant<Bits<LANES>>,
}

impl<D: Synth, const LANES: usize, const LANE_BITS: usize> Default
    for LaneMerge<D, LANES, LANE_BITS>
{
    fn default() -> Self {
        assert!(LANES >= 1 && LANES <= 1 << LANE_BITS && LANES <= 64);
        let every_lane = if LANES == 64 {
            u64::MAX
        } else {
            (1u64 << LANES) - 1
        };
        Self {
            clock: Default::default(),
            reset: Default::default(),
            order_valid: Default::default(),
            order_ready: Default::default(),
            order_all: Default::default(),
            order_lane: Default::default(),
            entry_valid: std::array::from_fn(|_| Default::default()),
            entry_ready: std::array::from_fn(|_| Default::default()),
            entry_present: std::array::from_fn(|_| Default::default()),
            entry_end: std::array::from_fn(|_| Default::default()),
            entry_stamp: std::array::from_fn(|_| Default::default()),
            entry_data: std::array::from_fn(|_| Default::default()),
            out_valid: Default::default(),
            out_ready: Default::default(),
            out_data: Default::default(),
            ended: Default::default(),
            ended_now: Default::default(),
            all_shown: Default::default(),
            have_choice: Default::default(),
            chosen: Default::default(),
            chosen_stamp: Default::default(),
            every_lane: Constant::new(every_lane.to_bits()),
        }
    }
}

impl<D: Synth, const LANES: usize, const LANE_BITS: usize> Logic
    for LaneMerge<D, LANES, LANE_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ended);
        self.order_ready.next = false;
        self.out_valid.next = false;
        self.out_data.next = self.entry_data[0].val();
        for l in 0..LANES {
            self.entry_ready[l].next = false;
        }

        // A message of every lane: the smallest stamp among the lanes' reports, once every
        // lane still in the message shows its next entry.
        self.all_shown.next = true;
        self.have_choice.next = false;
        self.chosen.next = 0.into();
        self.chosen_stamp.next = self.entry_stamp[0].val();
        for l in 0..LANES {
            if !self.ended.q.val().get_bit(l) {
                if !self.entry_valid[l].val() {
                    self.all_shown.next = false;
                } else if self.entry_present[l].val()
                    && (!self.have_choice.val()
                        || (self.entry_stamp[l].val() < self.chosen_stamp.val()))
                {
                    self.have_choice.next = true;
                    self.chosen.next = l.to_bits();
                    self.chosen_stamp.next = self.entry_stamp[l].val();
                }
            }
        }

        self.ended_now.next = self.ended.q.val();
        if self.order_valid.val() && !self.order_all.val() {
            // One lane's message: its entries in its order.
            for l in 0..LANES {
                if (self.order_lane.val().index() == l) && self.entry_valid[l].val() {
                    if self.entry_present[l].val() {
                        self.out_valid.next = true;
                        self.out_data.next = self.entry_data[l].val();
                        self.entry_ready[l].next = self.out_ready.val();
                        self.order_ready.next = self.out_ready.val() && self.entry_end[l].val();
                    } else {
                        self.entry_ready[l].next = true;
                        self.order_ready.next = true;
                    }
                }
            }
        } else if self.order_valid.val() {
            // Every lane's: end marks alone are taken at once; a report when chosen.
            for l in 0..LANES {
                if !self.ended.q.val().get_bit(l)
                    && self.entry_valid[l].val()
                    && !self.entry_present[l].val()
                {
                    self.entry_ready[l].next = true;
                    self.ended_now.next = self.ended_now.val().replace_bit(l, true);
                }
            }
            if self.all_shown.val() && self.have_choice.val() {
                self.out_valid.next = true;
                for l in 0..LANES {
                    if self.chosen.val().index() == l {
                        self.out_data.next = self.entry_data[l].val();
                        self.entry_ready[l].next = self.out_ready.val();
                        if self.out_ready.val() && self.entry_end[l].val() {
                            self.ended_now.next = self.ended_now.val().replace_bit(l, true);
                        }
                    }
                }
            }
            if self.ended_now.val() == self.every_lane.val() {
                self.order_ready.next = true;
                self.ended_now.next = 0.into();
            }
        }
        self.ended.d.next = self.ended_now.val();
        if self.reset.val() {
            self.ended.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Trace, XorShift};
    use crate::verilog::verilog_named;
    use std::collections::VecDeque;

    type SmallMerge = LaneMerge<Bits<16>, 3, 2>;

    crate::testbench::clocked!(SmallMerge);

    const LANES: usize = 3;

    /// One entry of a lane's FIFO: a report (its data and stamp) or none, and the end mark.
    #[derive(Clone, Copy, Debug)]
    struct Entry {
        report: Option<(u16, u64)>,
        end: bool,
    }

    /// Messages for the lanes: the dispatch order (`None` for a message of every lane),
    /// each lane's entries in its own order, and the reports in `in_seq` order as the
    /// one-at-a-time stream has them.
    fn messages(
        random: &mut XorShift,
        count: usize,
    ) -> (Vec<Option<usize>>, Vec<Vec<Entry>>, Vec<u16>) {
        let mut order = Vec::new();
        let mut lanes = vec![Vec::new(); LANES];
        let mut expected = Vec::new();
        let mut next_data = 0u16;
        let mut data = || {
            next_data = next_data.wrapping_add(1);
            next_data
        };
        // Ends a lane's part of a message: on its last report, or as a mark alone.
        let end = |entries: &mut Vec<Entry>, reports: usize, random: &mut XorShift| {
            if reports > 0 && random.below(2) == 0 {
                entries.last_mut().expect("a report").end = true;
            } else {
                entries.push(Entry {
                    report: None,
                    end: true,
                });
            }
        };
        for _ in 0..count {
            if random.below(6) == 0 {
                // Every lane's: ascending stamps in each lane, some equal across lanes.
                order.push(None);
                let mut rows = Vec::new();
                for (lane, entries) in lanes.iter_mut().enumerate() {
                    let reports = random.below(4) as usize;
                    let mut stamp = random.below(4);
                    for _ in 0..reports {
                        stamp += 1 + random.below(3);
                        let d = data();
                        entries.push(Entry {
                            report: Some((d, stamp)),
                            end: false,
                        });
                        rows.push((stamp, lane, d));
                    }
                    end(entries, reports, random);
                }
                rows.sort();
                expected.extend(rows.iter().map(|r| r.2));
            } else {
                let lane = random.below(LANES as u64) as usize;
                order.push(Some(lane));
                let reports = random.below(4) as usize;
                for _ in 0..reports {
                    let d = data();
                    lanes[lane].push(Entry {
                        report: Some((d, random.next())),
                        end: false,
                    });
                    expected.push(d);
                }
                end(&mut lanes[lane], reports, random);
            }
        }
        (order, lanes, expected)
    }

    fn trace() -> Trace {
        let mut inputs = vec![
            ("reset", 1),
            ("order_valid", 1),
            ("order_all", 1),
            ("order_lane", 2),
        ];
        for name in [
            &["entry_valid$0", "entry_valid$1", "entry_valid$2"],
            &["entry_present$0", "entry_present$1", "entry_present$2"],
            &["entry_end$0", "entry_end$1", "entry_end$2"],
        ] {
            inputs.extend(name.iter().map(|n| (*n, 1)));
        }
        inputs.extend(["entry_stamp$0", "entry_stamp$1", "entry_stamp$2"].map(|n| (n, 64)));
        inputs.extend(["entry_data$0", "entry_data$1", "entry_data$2"].map(|n| (n, 16)));
        inputs.push(("out_ready", 1));
        Trace::new(
            &inputs,
            &[
                ("order_ready", 1),
                ("entry_ready$0", 1),
                ("entry_ready$1", 1),
                ("entry_ready$2", 1),
                ("out_valid", 1),
                ("out_data", 16),
            ],
        )
    }

    /// One cycle, recorded for the replay on the Verilog.
    fn edge(uut: &mut SmallMerge, trace: &mut Trace) {
        let bit = |b: bool| u64::from(b);
        let mut inputs = vec![
            bit(uut.reset.val()),
            bit(uut.order_valid.val()),
            bit(uut.order_all.val()),
            uut.order_lane.val().index() as u64,
        ];
        inputs.extend(uut.entry_valid.iter().map(|s| bit(s.val())));
        inputs.extend(uut.entry_present.iter().map(|s| bit(s.val())));
        inputs.extend(uut.entry_end.iter().map(|s| bit(s.val())));
        inputs.extend(uut.entry_stamp.iter().map(|s| s.val().to_u64()));
        inputs.extend(uut.entry_data.iter().map(|s| s.val().index() as u64));
        inputs.push(bit(uut.out_ready.val()));
        let mut outputs = vec![bit(uut.order_ready.val())];
        outputs.extend(uut.entry_ready.iter().map(|s| bit(s.val())));
        outputs.push(bit(uut.out_valid.val()));
        outputs.push(uut.out_data.val().index() as u64);
        trace.expect_outputs();
        trace.record(inputs, outputs);
        cycle(uut);
    }

    /// XorShift messages of one lane and of every lane (with ascending stamps per lane, some
    /// equal across lanes, reports ended on their last entry or by a mark alone), lanes
    /// that run ahead of the order by random amounts, a dispatcher that lags, and an
    /// egress that stalls at random: the reports leave in the one-at-a-time order, each
    /// offer held until taken, no entry taken that is not offered. Seeded, 600 messages;
    /// then the same cycles on the Verilog.
    #[test]
    fn puts_reports_back_in_in_seq_order() {
        let mut random = XorShift(0x2545_f491_4f6c_dd1d);
        let (order, lanes, expected) = messages(&mut random, 600);
        let mut uut = SmallMerge::default();
        start(&mut uut);
        let mut trace = trace();
        uut.reset.next = true;
        edge(&mut uut, &mut trace);
        uut.reset.next = false;
        let mut order: VecDeque<_> = order.into();
        let mut lanes: Vec<VecDeque<Entry>> = lanes.into_iter().map(Into::into).collect();
        // How many entries of each lane its matcher has written so far, and how many of
        // the order the dispatcher.
        let mut written = [0usize; LANES];
        let mut paused = [0u64; LANES];
        let mut ordered = 0usize;
        let mut out = Vec::new();
        let mut offered: Option<u16> = None;
        let mut cycles = 0;
        while !order.is_empty() {
            cycles += 1;
            assert!(cycles < 20 * expected.len() + 1_000, "the merge stalls");
            for lane in 0..LANES {
                // Lanes that pause for a while now and then: now ahead of the merge, now
                // behind it.
                if paused[lane] > 0 {
                    paused[lane] -= 1;
                } else if random.below(8) == 0 {
                    paused[lane] = random.below(40);
                } else {
                    written[lane] = (written[lane] + 1).min(lanes[lane].len());
                }
            }
            if random.below(4) != 0 {
                ordered = (ordered + 1).min(order.len());
            }
            uut.order_valid.next = ordered > 0;
            let head = order.front().copied().flatten();
            uut.order_all.next = ordered > 0 && head.is_none();
            uut.order_lane.next = (head.unwrap_or(0) as u64).into();
            for lane in 0..LANES {
                let shown = written[lane] > 0;
                let entry = lanes[lane].front().copied().unwrap_or(Entry {
                    report: None,
                    end: false,
                });
                let (data, stamp) = entry.report.unwrap_or((0, 0));
                uut.entry_valid[lane].next = shown;
                uut.entry_present[lane].next = entry.report.is_some();
                uut.entry_end[lane].next = entry.end;
                uut.entry_stamp[lane].next = stamp.into();
                uut.entry_data[lane].next = u64::from(data).into();
            }
            let out_ready = random.below(4) != 0;
            uut.out_ready.next = out_ready;
            settle(&mut uut);
            if uut.out_valid.val() {
                let data = uut.out_data.val().index() as u16;
                if let Some(held) = offered {
                    assert_eq!(data, held, "an offered report is held until taken");
                }
                offered = Some(data);
                if out_ready {
                    out.push(data);
                    offered = None;
                }
            } else {
                assert_eq!(offered, None, "an offered report stays offered");
            }
            for lane in 0..LANES {
                if uut.entry_ready[lane].val() {
                    assert!(
                        written[lane] > 0,
                        "lane {lane}: an entry taken that is not offered"
                    );
                    lanes[lane].pop_front();
                    written[lane] -= 1;
                }
            }
            if uut.order_ready.val() {
                assert!(ordered > 0, "an order entry taken that is not offered");
                order.pop_front();
                ordered -= 1;
            }
            edge(&mut uut, &mut trace);
        }
        assert_eq!(out, expected);
        assert!(lanes.iter().all(VecDeque::is_empty), "every entry taken");
        trace.replay(
            &verilog_named(&mut SmallMerge::default(), "lane_merge"),
            "lane_merge",
        );
    }
}
