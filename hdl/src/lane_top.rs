//! `gatebook_lanes`: the card with `LANES` matchers, each running the messages of its own
//! instruments (`instrument mod LANES`), whose report stream is byte for byte the
//! one-matcher card's.
//!
//! The rules that keep every result the one-message-at-a-time result are in
//! `docs/pipeline.md`, "Instrument lanes"; each block here enforces one:
//! - [`LaneDispatch`] sends a message to its lane only while no other lane holds a message
//!   of its account, a KILL or ENABLE to every lane once none does, a control record once
//!   every lane is empty, and answers each lane whether another holds the account of an
//!   order it is about to forget;
//! - the matchers' id lookups, inserts and removals go to one shared table
//!   ([`IdTablePorts`]), their headroom rows to one shared table ([`LaneTable`]), and each
//!   GTC NEW's check 14 to one shared count ([`SlotCount`]);
//! - a lane waits until its message is the oldest in flight where another lane may still
//!   change its answer: a NEW whose key is another lane's order, a removal of another
//!   account's order while another lane holds a message of that account, a GTC NEW the
//!   count cannot grant at once; the oldest message never waits, so no lane deadlocks;
//! - a KILL's lanes give their reservations back one after another (`kill_turn`);
//! - each lane's reports, and an end mark per message, go to its FIFO; [`LaneMerge`] puts
//!   them back into `in_seq` order (a KILL's rows by each order's first acceptance).
//!
//! Interface: [`crate::top::GatebookTop`]'s (one clock, `reset`, `in_*`, `out_*`, `idle`).
//!
//! ```text
//!                      ┌► FIFO ► Matcher 0 ► FIFO ┐
//! in ► Ingress ► LaneDispatch  ...                ├► LaneMerge ► Egress ► out
//!                  │   └► FIFO ► Matcher L ► FIFO ┘      ▲
//!                  └──────────► order FIFO ──────────────┘
//!         shared: IdTablePorts, LaneTable (headroom), SlotCount, KILL turn
//! ```

use crate::egress::{Egress, Report};
use crate::id_table_ports::IdTablePorts;
use crate::ingress::{Decoded, Ingress};
use crate::lane_dispatch::{DispatchKind, LaneDispatch};
use crate::lane_merge::LaneMerge;
use crate::lane_table::LaneTable;
use crate::matcher::{Build, Matcher};
use crate::slot_count::{SlotCount, SLOT_COUNT_BITS};
use gatebook_wire::{MsgType, Tif};
use rust_hdl::prelude::*;

/// Messages a lane's input FIFO holds (log2).
const LANE_FIFO_BITS: usize = 3;
/// Entries a lane's report FIFO holds (log2).
const ENTRY_FIFO_BITS: usize = 4;
/// Messages the dispatcher keeps in flight per lane (log2).
const IN_FLIGHT_BITS: usize = 3;
/// Messages in flight in all lanes together, the merge's order FIFO (log2).
const ORDER_FIFO_BITS: usize = 5;

mod bundles {
    // The derive adds undocumented accessor methods.
    #![allow(missing_docs)]
    use super::*;

    /// One entry of a lane's report FIFO: a report, an end mark, or both.
    #[derive(Default, PartialEq, LogicStruct, Copy, Clone, Debug)]
    pub struct LaneEntry {
        /// The entry holds a report.
        pub present: Bit,
        /// The message's last entry.
        pub last: Bit,
        /// The report's stamp for a message of every lane (a KILL's row: the order's first
        /// acceptance).
        pub stamp: Bits<64>,
        /// Slots the message gave back (with `end`).
        pub returned: Bits<SLOT_COUNT_BITS>,
        /// The report.
        pub report: Report,
    }

    /// One message of the merge's order: which lane took it, or that every lane did.
    #[derive(Default, PartialEq, LogicStruct, Copy, Clone, Debug)]
    pub struct LaneOrder {
        /// Every lane took the message.
        pub all: Bit,
        /// The lane that took it otherwise.
        pub lane: Bits<4>,
    }
}
pub use bundles::{LaneEntry, LaneOrder};

/// A lane's report FIFO: the matcher's reports and end marks in, the merge's entries out.
///
/// Interface (one clock): `room` (an entry can go in this cycle); in: `report_valid` with
/// `report` and `stamp`, `done` with `returned` (written when either is high, one entry);
/// out: `valid`, `entry` (and its `present`, `last`, `stamp_out`, `returned_out`), `read`.
#[derive(LogicBlock, Default)]
pub struct LaneTail {
    /// The card clock.
    pub clock: Signal<In, Clock>,
    /// An entry can go in this cycle.
    pub room: Signal<Out, Bit>,
    /// The matcher offers a report (taken when `room`).
    pub report_valid: Signal<In, Bit>,
    /// The report.
    pub report: Signal<In, Report>,
    /// Its stamp.
    pub stamp: Signal<In, Bits<64>>,
    /// The matcher's message ends (only with `room`).
    pub done: Signal<In, Bit>,
    /// The slots it gave back.
    pub returned: Signal<In, Bits<SLOT_COUNT_BITS>>,
    /// An entry waits.
    pub valid: Signal<Out, Bit>,
    /// The entry.
    pub entry: Signal<Out, LaneEntry>,
    /// It holds a report.
    pub present: Signal<Out, Bit>,
    /// It ends its message.
    pub last: Signal<Out, Bit>,
    /// Its stamp.
    pub stamp_out: Signal<Out, Bits<64>>,
    /// The slots its message gave back.
    pub returned_out: Signal<Out, Bits<SLOT_COUNT_BITS>>,
    /// The entry is taken.
    pub read: Signal<In, Bit>,
    fifo: SynchronousFIFO<LaneEntry, ENTRY_FIFO_BITS, 5, 1>,
}

impl Logic for LaneTail {
    #[hdl_gen]
    fn update(&mut self) {
        self.fifo.clock.next = self.clock.val();
        self.room.next = !self.fifo.full.val();
        self.fifo.data_in.next.present = self.report_valid.val();
        self.fifo.data_in.next.last = self.done.val();
        self.fifo.data_in.next.stamp = self.stamp.val();
        self.fifo.data_in.next.returned = self.returned.val();
        self.fifo.data_in.next.report = self.report.val();
        self.fifo.write.next =
            (self.report_valid.val() && !self.fifo.full.val()) || self.done.val();
        self.valid.next = !self.fifo.empty.val();
        self.entry.next = self.fifo.data_out.val();
        self.present.next = self.fifo.data_out.val().present;
        self.last.next = self.fifo.data_out.val().last;
        self.stamp_out.next = self.fifo.data_out.val().stamp;
        self.returned_out.next = self.fifo.data_out.val().returned;
        self.fifo.read.next = self.read.val() && !self.fifo.empty.val();
    }
}

/// The card of `LANES = 2^LANE_BITS` matchers (interface in the module docs). The first
/// nine const parameters are the matcher's, fixed by a [`Build`]; `ACCOUNT_WORDS` is
/// `2^ACCOUNT_BITS` and `BANKS` is `LANES`² ([`LaneTable`]'s); build it with
/// [`LaneTop::new`].
#[derive(LogicBlock)]
pub struct LaneTop<
    const ACCOUNT_BITS: usize,
    const INSTRUMENT_BITS: usize,
    const BOOK_BITS: usize,
    const EXPOSURE_BITS: usize,
    const SLOT_BITS: usize,
    const HASH_BITS: usize,
    const LEVEL_BITS: usize,
    const WORD_ADDR: usize,
    const SUMMARY_ADDR: usize,
    const LANES: usize,
    const LANE_BITS: usize,
    const ACCOUNT_WORDS: usize,
    const BANKS: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: clears the tables (`in_ready` low) and the counter.
    pub reset: Signal<In, Bit>,
    /// Inbound beat: one `OrderRecord`; read when `in_valid`.
    pub in_data: Signal<In, Bits<512>>,
    /// High while `in_data` holds a record to take.
    pub in_valid: Signal<In, Bit>,
    /// The card takes the beat on a cycle with `in_valid` and this high.
    pub in_ready: Signal<Out, Bit>,
    /// Outbound beat: one `ReportRecord`, stamped in bytes 56..64.
    pub out_data: Signal<Out, Bits<512>>,
    /// High while `out_data` holds a report.
    pub out_valid: Signal<Out, Bit>,
    /// The downstream takes the report on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    /// High when no report is still to come.
    pub idle: Signal<Out, Bit>,
    ingress: Ingress,
    dispatch: LaneDispatch<LANES, LANE_BITS, ACCOUNT_BITS, 8, IN_FLIGHT_BITS>,
    inputs: [SynchronousFIFO<Decoded, LANE_FIFO_BITS, 4, 1>; LANES],
    lanes: [Matcher<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >; LANES],
    tails: [LaneTail; LANES],
    order: SynchronousFIFO<LaneOrder, ORDER_FIFO_BITS, 6, 1>,
    merge: LaneMerge<LaneEntry, LANES, LANE_BITS>,
    egress: Egress,
    ids: IdTablePorts<LANES, LANE_BITS, 16, HASH_BITS>,
    headrooms: LaneTable<64, ACCOUNT_BITS, ACCOUNT_WORDS, BANKS, LANES, LANE_BITS>,
    slots: SlotCount<LANES>,
    /// The lane whose KILL gives its reservations back next.
    kill_turn: DFF<Bits<LANE_BITS>>,
    /// Per lane: messages ended whose end mark the merge has not taken yet.
    unmerged: [DFF<Bits<5>>; LANES],
    unmerged_next: [Signal<Local, Bits<5>>; LANES],
    /// Per lane: its running message is the oldest in flight.
    oldest: [Signal<Local, Bit>; LANES],
    head_all: Signal<Local, Bit>,
    head_lane: Signal<Local, Bits<4>>,
    returned: Signal<Local, Bits<SLOT_COUNT_BITS>>,
    kind: Signal<Local, DispatchKind>,
    /// A CFG_COMMIT has been dispatched: control records are order flow's rejects now.
    committed: DFF<Bit>,
    everything_idle: Signal<Local, Bit>,
    cycle_count: DFF<Bits<64>>,
    msg_new: Constant<Bits<8>>,
    msg_cancel: Constant<Bits<8>>,
    msg_replace: Constant<Bits<8>>,
    msg_ref: Constant<Bits<8>>,
    msg_rates: Constant<Bits<8>>,
    msg_headroom: Constant<Bits<8>>,
    cfg_commit: Constant<Bits<8>>,
    tif_gtc: Constant<Bits<8>>,
}

impl<
        const ACCOUNT_BITS: usize,
        const INSTRUMENT_BITS: usize,
        const BOOK_BITS: usize,
        const EXPOSURE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
        const LEVEL_BITS: usize,
        const WORD_ADDR: usize,
        const SUMMARY_ADDR: usize,
        const LANES: usize,
        const LANE_BITS: usize,
        const ACCOUNT_WORDS: usize,
        const BANKS: usize,
    >
    LaneTop<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
        LANES,
        LANE_BITS,
        ACCOUNT_WORDS,
        BANKS,
    >
{
    /// The card of `LANES` lanes for `build`; the const parameters must agree with it.
    pub fn new(build: Build) -> Self {
        assert!(LANES == 1 << LANE_BITS && LANES <= 16);
        assert!(ACCOUNT_WORDS == 1 << ACCOUNT_BITS && BANKS == LANES * LANES);
        assert!(SLOT_BITS + LANE_BITS <= 16);
        let code = |value: u8| Constant::new(u64::from(value).into());
        LaneTop {
            clock: Default::default(),
            reset: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_ready: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            idle: Default::default(),
            ingress: Default::default(),
            dispatch: Default::default(),
            inputs: std::array::from_fn(|_| Default::default()),
            lanes: std::array::from_fn(|_| Matcher::new(build)),
            tails: std::array::from_fn(|_| Default::default()),
            order: Default::default(),
            merge: Default::default(),
            egress: Default::default(),
            ids: Default::default(),
            headrooms: Default::default(),
            slots: Default::default(),
            kill_turn: Default::default(),
            unmerged: std::array::from_fn(|_| Default::default()),
            unmerged_next: std::array::from_fn(|_| Default::default()),
            oldest: std::array::from_fn(|_| Default::default()),
            head_all: Default::default(),
            head_lane: Default::default(),
            returned: Default::default(),
            kind: Default::default(),
            committed: Default::default(),
            everything_idle: Default::default(),
            cycle_count: Default::default(),
            msg_new: code(MsgType::New.code()),
            msg_cancel: code(MsgType::Cancel.code()),
            msg_replace: code(MsgType::Replace.code()),
            msg_ref: code(MsgType::Ref.code()),
            msg_rates: code(MsgType::Rates.code()),
            msg_headroom: code(MsgType::Headroom.code()),
            cfg_commit: code(MsgType::CfgCommit.code()),
            tif_gtc: code(Tif::Gtc.code()),
        }
    }

    /// In simulation, the lanes' tables that declare same-address reads undefined read
    /// garbage on them from now on ([`crate::table_ram`]).
    pub fn garbage_on_collision(&mut self) {
        for lane in &mut self.lanes {
            lane.garbage_on_collision();
        }
    }

    /// Where each lane is, for a testbench's report of a card that stopped.
    pub fn lane_states(&self) -> String {
        let mut text = format!(
            "order head: valid {} all {} lane {}; kill turn {}; in valid {}\n",
            !self.order.empty.val(),
            self.order.data_out.val().all,
            self.order.data_out.val().lane.index(),
            self.kill_turn.q.val().index(),
            self.ingress.out_valid.val(),
        );
        for (l, lane) in self.lanes.iter().enumerate() {
            text += &format!(
                "lane {l}: {:?}, input empty {}, entries waiting {}, unmerged {}, oldest {}, slot ask {}, removal hold {}\n",
                lane.step(),
                self.inputs[l].empty.val(),
                self.tails[l].valid.val(),
                self.unmerged[l].q.val().index(),
                self.oldest[l].val(),
                lane.slot_ask.val(),
                lane.removal_hold.val(),
            );
        }
        text
    }

    /// Each lane matcher's FSM state this cycle, and whether a message waits at the
    /// dispatcher, for testbenches that profile where the lanes' cycles go.
    pub fn lane_steps(&self) -> (Vec<crate::matcher::Step>, bool) {
        (
            self.lanes.iter().map(|lane| lane.step()).collect(),
            self.ingress.out_valid.val() && !self.dispatch.msg_ready.val(),
        )
    }

    /// Same-address reads and writes the lanes' tables have seen with garbage on.
    pub fn collisions(&self) -> u64 {
        self.lanes.iter().map(|lane| lane.collisions()).sum()
    }
}

impl<
        const ACCOUNT_BITS: usize,
        const INSTRUMENT_BITS: usize,
        const BOOK_BITS: usize,
        const EXPOSURE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
        const LEVEL_BITS: usize,
        const WORD_ADDR: usize,
        const SUMMARY_ADDR: usize,
        const LANES: usize,
        const LANE_BITS: usize,
        const ACCOUNT_WORDS: usize,
        const BANKS: usize,
    > Logic
    for LaneTop<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
        LANES,
        LANE_BITS,
        ACCOUNT_WORDS,
        BANKS,
    >
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, kill_turn, committed, cycle_count);
        self.cycle_count.d.next = self.cycle_count.q.val() + 1;
        self.ingress.clock.next = self.clock.val();
        self.ingress.reset.next = self.reset.val();
        self.dispatch.clock.next = self.clock.val();
        self.dispatch.reset.next = self.reset.val();
        self.order.clock.next = self.clock.val();
        self.merge.clock.next = self.clock.val();
        self.merge.reset.next = self.reset.val();
        self.egress.clock.next = self.clock.val();
        self.egress.reset.next = self.reset.val();
        self.ids.clock.next = self.clock.val();
        self.ids.reset.next = self.reset.val();
        self.headrooms.clock.next = self.clock.val();
        self.headrooms.reset.next = self.reset.val();
        self.slots.clock.next = self.clock.val();
        self.slots.reset.next = self.reset.val();

        // In: each record's kind, for the dispatcher.
        self.ingress.in_data.next = self.in_data.val();
        self.ingress.in_valid.next = self.in_valid.val();
        self.in_ready.next = self.ingress.in_ready.val();
        self.kind.next = DispatchKind::Kill;
        if self.ingress.message.val().msg_type <= self.msg_replace.val() {
            self.kind.next = DispatchKind::Routed;
        }
        if (self.ingress.message.val().msg_type == self.msg_ref.val())
            || (self.ingress.message.val().msg_type == self.msg_rates.val())
        {
            self.kind.next = DispatchKind::Instrument;
        }
        if self.ingress.message.val().msg_type == self.msg_headroom.val() {
            self.kind.next = DispatchKind::Account;
        }
        if self.ingress.message.val().control {
            self.kind.next = DispatchKind::Barrier;
            if self.committed.q.val() {
                // After CFG_COMMIT a control record is rejected MALFORMED, once.
                self.kind.next = DispatchKind::Blank;
            }
        }
        if self.ingress.message.val().malformed {
            self.kind.next = DispatchKind::Blank;
        }
        self.dispatch.msg_valid.next = self.ingress.out_valid.val();
        self.ingress.out_ready.next = self.dispatch.msg_ready.val();
        self.dispatch.msg_kind.next = self.kind.val();
        self.dispatch.msg_instrument.next = self.ingress.message.val().instrument;
        self.dispatch.msg_account.next = self.ingress.message.val().account;
        if self.dispatch.msg_ready.val()
            && self.ingress.message.val().control
            && (self.ingress.message.val().msg_type == self.cfg_commit.val())
        {
            self.committed.d.next = true;
        }
        // A GTC NEW is pending at the shared count from its dispatch to its verdict.
        self.slots.dispatched.next = self.dispatch.msg_ready.val()
            && (self.kind.val() == DispatchKind::Routed)
            && (self.ingress.message.val().msg_type == self.msg_new.val())
            && (self.ingress.message.val().tif == self.tif_gtc.val());

        // The merge's order of messages.
        self.order.write.next = self.dispatch.order_valid.val();
        self.order.data_in.next.all = self.dispatch.order_all.val();
        self.order.data_in.next.lane = bit_cast::<4, LANE_BITS>(self.dispatch.order_lane.val());
        self.dispatch.order_ready.next = !self.order.full.val();
        self.merge.order_valid.next = !self.order.empty.val();
        self.merge.order_all.next = self.order.data_out.val().all;
        self.merge.order_lane.next = bit_cast::<LANE_BITS, 4>(self.order.data_out.val().lane);
        self.order.read.next = self.merge.order_ready.val() && !self.order.empty.val();

        // Out.
        self.egress.in_valid.next = self.merge.out_valid.val();
        self.egress.report.next = self.merge.out_data.val().report;
        self.merge.out_ready.next = self.egress.in_ready.val();
        self.egress.cycle_count.next = self.cycle_count.q.val();
        self.out_data.next = self.egress.out_data.val();
        self.out_valid.next = self.egress.out_valid.val();
        self.egress.out_ready.next = self.out_ready.val();

        self.slots.limit.next = self.lanes[0].slot_limit.val();
        self.head_all.next = self.order.data_out.val().all;
        self.head_lane.next = self.order.data_out.val().lane;
        self.returned.next = 0.into();
        self.everything_idle.next =
            !self.ingress.out_valid.val() && self.order.empty.val() && !self.egress.out_valid.val();
        for l in 0..LANES {
            self.inputs[l].clock.next = self.clock.val();
            self.lanes[l].clock.next = self.clock.val();
            self.lanes[l].reset.next = self.reset.val();
            self.unmerged[l].clock.next = self.clock.val();
            self.lanes[l].lane.next = l.to_bits();
            self.lanes[l].shared.next = true;

            // The lane's running message is the oldest in flight: the merge's next message
            // is the lane's (or every lane's), and none of the lane's ended messages still
            // waits in its FIFO.
            self.oldest[l].next = !self.order.empty.val()
                && (self.head_all.val() || (self.head_lane.val().index() == l))
                && (self.unmerged[l].q.val() == 0);
            self.lanes[l].oldest.next = self.oldest[l].val();

            // Messages in.
            self.inputs[l].write.next = self.dispatch.lane_valid[l].val();
            self.inputs[l].data_in.next = self.ingress.message.val();
            self.dispatch.lane_ready[l].next = !self.inputs[l].full.val();
            self.lanes[l].msg_valid.next = !self.inputs[l].empty.val() && self.tails[l].room.val();
            self.lanes[l].message.next = self.inputs[l].data_out.val();
            self.inputs[l].read.next =
                self.lanes[l].msg_valid.val() && self.lanes[l].msg_ready.val();
            self.dispatch.lane_done[l].next = self.lanes[l].done.val();

            // Reports and end marks out, one entry a cycle (an end with the message's last
            // report, or alone).
            self.tails[l].clock.next = self.clock.val();
            self.lanes[l].report_ready.next = self.tails[l].room.val();
            self.lanes[l].end_ready.next = self.tails[l].room.val();
            self.tails[l].report_valid.next = self.lanes[l].report_valid.val();
            self.tails[l].report.next = self.lanes[l].report.val();
            self.tails[l].stamp.next = self.lanes[l].report_stamp.val();
            self.tails[l].done.next = self.lanes[l].done.val();
            self.tails[l].returned.next = self.lanes[l].done_returned.val();
            self.merge.entry_valid[l].next = self.tails[l].valid.val();
            self.merge.entry_present[l].next = self.tails[l].present.val();
            self.merge.entry_end[l].next = self.tails[l].last.val();
            self.merge.entry_stamp[l].next = self.tails[l].stamp_out.val();
            self.merge.entry_data[l].next = self.tails[l].entry.val();
            self.tails[l].read.next = self.merge.entry_ready[l].val();

            // A message leaves the merge with its end mark: its slots count as free again,
            // and the lane has one ended message fewer waiting.
            self.unmerged_next[l].next = self.unmerged[l].q.val();
            if self.merge.entry_ready[l].val()
                && self.tails[l].valid.val()
                && self.tails[l].last.val()
            {
                self.returned.next = self.returned.val() + self.tails[l].returned_out.val();
                self.unmerged_next[l].next = self.unmerged[l].q.val() - 1;
            }
            if self.lanes[l].done.val() {
                self.unmerged_next[l].next = self.unmerged_next[l].val() + 1;
            }
            self.unmerged[l].d.next = self.unmerged_next[l].val();

            // The shared id table.
            self.ids.cmd_valid[l].next = self.lanes[l].ids_cmd_valid.val();
            self.ids.cmd_op[l].next = self.lanes[l].ids_cmd_op.val();
            self.ids.cmd_account[l].next = self.lanes[l].ids_cmd_account.val();
            self.ids.cmd_cl_ord_id[l].next = self.lanes[l].ids_cmd_cl_ord_id.val();
            self.ids.cmd_home[l].next = self.lanes[l].ids_cmd_home.val();
            self.ids.cmd_slot[l].next = self.lanes[l].ids_cmd_slot.val();
            self.ids.post_valid[l].next = self.lanes[l].ids_post_valid.val();
            self.ids.post_account[l].next = self.lanes[l].ids_post_account.val();
            self.ids.post_cl_ord_id[l].next = self.lanes[l].ids_post_cl_ord_id.val();
            self.ids.post_home[l].next = self.lanes[l].ids_post_home.val();
            self.ids.hold_posted[l].next = self.lanes[l].ids_hold_posted.val();
            self.lanes[l].ids_cmd_ready.next = self.ids.cmd_ready[l].val();
            self.lanes[l].ids_post_ready.next = self.ids.post_ready[l].val();
            self.lanes[l].ids_done.next = self.ids.done[l].val();
            self.lanes[l].ids_found.next = self.ids.found.val();
            self.lanes[l].ids_found_slot.next = self.ids.found_slot.val();

            // The shared headroom rows.
            self.headrooms.read_address[l].next = self.lanes[l].headroom_read_address.val();
            self.headrooms.write_address[l].next = self.lanes[l].headroom_write_address.val();
            self.headrooms.write_data[l].next = self.lanes[l].headroom_write_data.val();
            self.headrooms.write_enable[l].next = self.lanes[l].headroom_write_enable.val();
            self.lanes[l].headroom_read_data.next = self.headrooms.read_data[l].val();

            // The shared slot count, and removals of other accounts' orders.
            self.slots.ask[l].next = self.lanes[l].slot_ask.val();
            self.slots.oldest[l].next = self.oldest[l].val();
            self.slots.decline[l].next = false;
            self.lanes[l].slot_granted.next = self.slots.granted[l].val();
            self.lanes[l].slot_full.next = self.slots.full[l].val();
            self.dispatch.removal_account[l].next = self.lanes[l].removal_account.val();
            self.lanes[l].removal_hold.next =
                self.dispatch.removal_held[l].val() && !self.oldest[l].val();

            // A KILL's lanes give their reservations back in turn.
            self.lanes[l].kill_turn.next = self.kill_turn.q.val().index() == l;
            if self.lanes[l].kill_given.val() {
                self.kill_turn.d.next = self.kill_turn.q.val() + 1;
            }

            if !self.inputs[l].empty.val() || self.tails[l].valid.val() || !self.lanes[l].idle.val()
            {
                self.everything_idle.next = false;
            }
        }
        self.slots.returned.next = self.returned.val();
        self.idle.next = self.everything_idle.val();
        if self.reset.val() {
            self.cycle_count.d.next = 0.into();
            self.kill_turn.d.next = 0.into();
            self.committed.d.next = false;
            for l in 0..LANES {
                self.unmerged[l].d.next = 0.into();
            }
        }
    }
}

/// The default card's sizes (256 accounts, 16 instruments, 4096 slots, a 1024-tick window)
/// in two lanes.
pub type DefaultLaneTop = LaneTop<8, 4, 5, 12, 12, 13, 15, 9, 5, 2, 1, 256, 4>;

/// The default card's sizes in four lanes.
pub type DefaultLaneTop4 = LaneTop<8, 4, 5, 12, 12, 13, 15, 9, 5, 4, 2, 256, 16>;

/// A small card of two lanes for simulation tests ([`crate::top::SmallTop`]'s sizes).
pub type SmallLaneTop = LaneTop<4, 2, 3, 6, 4, 5, 10, 4, 3, 2, 1, 16, 4>;

/// A small card of four lanes for simulation tests.
pub type SmallLaneTop4 = LaneTop<4, 2, 3, 6, 4, 5, 10, 4, 3, 4, 2, 16, 16>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::Trace;
    use crate::top::SMALL_BUILD;
    use crate::verilog::verilog_named;

    /// The lane cards' Verilog elaborates: every array index and port of the lanes resolves
    /// (their behaviour is cross-checked against engine-sw in `tests/cross_check.rs`).
    #[test]
    fn lane_cards_verilog_elaborates() {
        std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn(|| {
                let two = verilog_named(&mut SmallLaneTop::new(SMALL_BUILD), "gatebook_lanes");
                Trace::elaborates(&two, "gatebook_lanes");
                let four = verilog_named(&mut SmallLaneTop4::new(SMALL_BUILD), "gatebook_lanes");
                Trace::elaborates(&four, "gatebook_lanes");
            })
            .expect("test thread starts")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    }
}
