//! `gatebook_top`: ingress, the matcher (the message stage, [`Matcher`], field `matcher`) and
//! egress joined, with a synchronous reset and a free-running cycle counter.
//!
//! Interface (one clock):
//! - `reset`: synchronous, active high; hold it for one cycle or more. The card then clears
//!   its tables (`in_ready` stays low until done, `2^LEVEL_BITS` cycles for the default
//!   build) and counts cycles from 0.
//! - `in_data`/`in_valid`/`in_ready`: inbound records, one `OrderRecord` per 512-bit beat
//!   (control records first, then order flow).
//! - `out_data`/`out_valid`/`out_ready`: reports, one `ReportRecord` per beat, stamped with
//!   the cycle counter in `egress_cycle`.
//! - `idle`: high when every report of the records taken so far has left: the end of a drain.
//!
//! ```text
//! in ──► Ingress ──► Matcher ────────► Egress ──► out
//!        (decode)    (tables, risk,    (pack, stamp)
//!                     book, FSM)
//! ```

use crate::egress::Egress;
use crate::ingress::Ingress;
use crate::matcher::{Build, Matcher};
use rust_hdl::prelude::*;

/// The pipeline (Verilog module `gatebook_top`; `gatebook_wide` for the wide build):
/// [`Ingress`], the [`Matcher`] (field `matcher`) and [`Egress`] joined, with the cycle
/// counter (interface in the module docs). The const parameters are the matcher's RAM
/// address widths, fixed by a [`Build`]; build it with [`GatebookTop::new`].
#[derive(LogicBlock)]
pub struct GatebookTop<
    const ACCOUNT_BITS: usize,
    const INSTRUMENT_BITS: usize,
    const BOOK_BITS: usize,
    const EXPOSURE_BITS: usize,
    const SLOT_BITS: usize,
    const HASH_BITS: usize,
    const LEVEL_BITS: usize,
    const WORD_ADDR: usize,
    const SUMMARY_ADDR: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: clears the tables (`in_ready` low) and the counter.
    pub reset: Signal<In, Bit>,
    /// Inbound beat: one `OrderRecord`, byte `i` in bits `8*i .. 8*i+8`; read when `in_valid`.
    pub in_data: Signal<In, Bits<512>>,
    /// High while `in_data` holds a record to take.
    pub in_valid: Signal<In, Bit>,
    /// The card takes the beat on a cycle with `in_valid` and this high.
    pub in_ready: Signal<Out, Bit>,
    /// Outbound beat: one `ReportRecord`, stamped in bytes 56..64; valid with `out_valid`.
    pub out_data: Signal<Out, Bits<512>>,
    /// High while `out_data` holds a report; it is held until taken.
    pub out_valid: Signal<Out, Bit>,
    /// The downstream takes the report on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    /// High when no report is still to come: no record waits in ingress, the matcher waits
    /// for a message holding no report, and egress holds none. A host that has sent its last
    /// record drains until this is high, instead of waiting out a quiet period.
    pub idle: Signal<Out, Bit>,
    ingress: Ingress,
    matcher: Matcher<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >,
    egress: Egress,
    cycle_count: DFF<Bits<64>>,
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
    >
    GatebookTop<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >
{
    crate::table_ram::same_address_garbage!(matcher);

    /// The matcher's FSM state this cycle, for testbenches that profile where the cycles go.
    pub fn matcher_step(&self) -> crate::matcher::Step {
        self.matcher.step()
    }

    /// The card for `build`; the const parameters must agree with it.
    pub fn new(build: Build) -> Self {
        GatebookTop {
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
            matcher: Matcher::new(build),
            egress: Default::default(),
            cycle_count: Default::default(),
        }
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
    > Logic
    for GatebookTop<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cycle_count);
        self.cycle_count.d.next = self.cycle_count.q.val() + 1;
        if self.reset.val() {
            self.cycle_count.d.next = 0.into();
        }
        self.ingress.clock.next = self.clock.val();
        self.matcher.clock.next = self.clock.val();
        self.egress.clock.next = self.clock.val();
        self.ingress.reset.next = self.reset.val();
        self.matcher.reset.next = self.reset.val();
        self.egress.reset.next = self.reset.val();

        self.ingress.in_data.next = self.in_data.val();
        self.ingress.in_valid.next = self.in_valid.val();
        self.in_ready.next = self.ingress.in_ready.val();

        self.matcher.msg_valid.next = self.ingress.out_valid.val();
        self.ingress.out_ready.next = self.matcher.msg_ready.val();
        self.matcher.message.next = self.ingress.message.val();

        // One lane: the matcher's own id table, headroom and free list, always the oldest.
        self.matcher.lane.next = 0.into();
        self.matcher.shared.next = false;
        self.matcher.oldest.next = true;
        self.matcher.kill_turn.next = true;
        self.matcher.end_ready.next = true;
        self.matcher.removal_hold.next = false;
        self.matcher.slot_granted.next = false;
        self.matcher.slot_full.next = false;
        self.matcher.ids_cmd_ready.next = false;
        self.matcher.ids_done.next = false;
        self.matcher.ids_found.next = false;
        self.matcher.ids_found_slot.next = 0.into();
        self.matcher.ids_post_ready.next = false;
        self.matcher.headroom_read_data.next = 0.into();

        self.egress.in_valid.next = self.matcher.report_valid.val();
        self.matcher.report_ready.next = self.egress.in_ready.val();
        self.egress.cycle_count.next = self.cycle_count.q.val();
        self.egress.report.next = self.matcher.report.val();

        self.out_data.next = self.egress.out_data.val();
        self.idle.next = self.matcher.idle.val()
            && !self.ingress.out_valid.val()
            && !self.egress.out_valid.val();
        self.out_valid.next = self.egress.out_valid.val();
        self.egress.out_ready.next = self.out_ready.val();
    }
}

/// The default card: 256 accounts, 16 instruments, 4096 order slots, a 1024-tick window.
pub type DefaultTop = GatebookTop<8, 4, 5, 12, 12, 13, 15, 9, 5>;

/// The wide card, the design at its scaling limits: 8 instruments, 16 accounts, 65,536 order
/// slots and a 65,536-tick window. Real order books (a CME future's, eight NASDAQ symbols')
/// need its slots and windows; the simulator cross-checks them on it.
pub type WideTop = GatebookTop<4, 3, 4, 7, 16, 17, 20, 14, 8>;

/// The build of [`WideTop`].
pub const WIDE_BUILD: Build = Build::WIDE_CARD;

/// A small card for simulation tests: 16 accounts, 4 instruments, 16 slots, 128 ticks.
pub type SmallTop = GatebookTop<4, 2, 3, 6, 4, 5, 10, 4, 3>;

/// The build of [`SmallTop`].
pub const SMALL_BUILD: Build = Build {
    accounts_log2: 4,
    instruments_log2: 2,
    order_slots_log2: 4,
    price_window_log2: 7,
};

/// The default card's Verilog, top module `gatebook_top`.
pub fn default_top_verilog() -> String {
    crate::verilog::verilog_named(&mut DefaultTop::new(Build::DEFAULT_CARD), "gatebook_top")
}

/// The wide card's Verilog, top module `gatebook_wide`.
pub fn wide_top_verilog() -> String {
    crate::verilog::verilog_named(&mut WideTop::new(WIDE_BUILD), "gatebook_wide")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checked-in Verilog is what the sources generate (`gen_verilog` rewrites it).
    #[test]
    fn checked_in_verilog_is_current() {
        let path = verilog::path(verilog::PIPELINE_FILE);
        let checked_in = std::fs::read_to_string(path).expect("generated Verilog is present");
        assert!(
            checked_in == default_top_verilog(),
            "{} is stale: run `make verilog`",
            verilog::shown(verilog::PIPELINE_FILE)
        );
    }

    /// The wide build's checked-in Verilog is current too.
    #[test]
    fn checked_in_wide_verilog_is_current() {
        let path = verilog::path(verilog::WIDE_FILE);
        let checked_in = std::fs::read_to_string(path).expect("generated Verilog is present");
        assert!(
            checked_in == wide_top_verilog(),
            "{} is stale: run `make verilog`",
            verilog::shown(verilog::WIDE_FILE)
        );
    }
}
