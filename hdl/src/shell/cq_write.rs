//! The completion writer: reports from the pipeline to the completion ring, and the status
//! line, on the card's one write channel.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `in_data`/`in_valid`/`in_ready`: reports from the pipeline, one `ReportRecord` per beat.
//! - `enabled`, `halted`, `cq_base`, `cq_size` (entries, a power of two), `cq_head` (the
//!   doorbell), `status_addr`, `sq_head`, `errors`: from the register block and the fetcher.
//! - `status_req`: write a status line (one cycle; requests coalesce until one is written).
//! - `wr_valid`/`wr_ready` with `wr_addr`, `wr_data`: one line written, held until taken.
//! - `cq_tail`: completions handed to the write channel (the CQ_TAIL register); `cq_full`:
//!   a report waits for ring room (also the CQ_FULL_STALLS count enable); `report_out`,
//!   `reject_out`: a completion, a REJECT one, went to the write channel (one cycle).
//!
//! Completion `n` goes to entry `n mod size` with the mark `n + 1` in bytes 44..48 (bits
//! 383..352), only while `n - CQ_HEAD < size`: otherwise `in_ready` stays low and the
//! pipeline waits. A pending status line goes first (so status is never starved; it is
//! rare, so reports are not either) and carries SQ_HEAD, CQ_TAIL (every completion before
//! it on the channel), ERRORS and the count of status lines. Reports stop while halted; a
//! status line is still written while enabled (the last one, with the error bits). Writes
//! are posted: nothing comes back to say one failed.

use gatebook_wire::regmap::{status_line, COMPLETION_MARK_OFFSET};
use rust_hdl::prelude::*;

/// The report's event code that counts as a REJECT (byte 2 of the report).
pub const EVENT_REJECT: u64 = 2;

/// The completion writer (interface in the module docs).
#[derive(LogicBlock)]
pub struct CqWrite {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: counts from 0 again, drops a write not yet taken.
    pub reset: Signal<In, Bit>,
    /// From the registers: completions and status lines may be written.
    pub enabled: Signal<In, Bit>,
    /// From the registers: a sticky error is set, no more reports.
    pub halted: Signal<In, Bit>,
    /// Completion ring base, a 64-byte aligned bus address.
    pub cq_base: Signal<In, Bits<64>>,
    /// Completion ring size in entries, a power of two.
    pub cq_size: Signal<In, Bits<32>>,
    /// The CQ_HEAD doorbell: completions the host has consumed (free-running).
    pub cq_head: Signal<In, Bits<32>>,
    /// Bus address of the 64-byte status line.
    pub status_addr: Signal<In, Bits<64>>,
    /// One cycle: write a status line (requests coalesce until one is written).
    pub status_req: Signal<In, Bit>,
    /// From the fetcher: SQ_HEAD, carried in the status line.
    pub sq_head: Signal<In, Bits<32>>,
    /// From the registers: the ERRORS bits, carried in the status line.
    pub errors: Signal<In, Bits<32>>,
    /// From the pipeline: one `ReportRecord` per beat, valid with `in_valid`.
    pub in_data: Signal<In, Bits<512>>,
    /// High while `in_data` holds a report.
    pub in_valid: Signal<In, Bit>,
    /// The report is taken on a cycle with `in_valid` and this high; low while the ring is full.
    pub in_ready: Signal<Out, Bit>,
    /// A line write is offered; held with its address and data until taken.
    pub wr_valid: Signal<Out, Bit>,
    /// The DMA port takes the write on a cycle with `wr_valid` and this high.
    pub wr_ready: Signal<In, Bit>,
    /// Bus address of the line written, 64-byte aligned.
    pub wr_addr: Signal<Out, Bits<64>>,
    /// The line's 64 bytes: a completion with its mark in bytes 44..48, or the status line.
    pub wr_data: Signal<Out, Bits<512>>,
    /// Completions handed to the write channel since reset (the CQ_TAIL register).
    pub cq_tail: Signal<Out, Bits<32>>,
    /// A report waits for room in the ring this cycle (STATUS.CQ_FULL, counts CQ_FULL_STALLS).
    pub cq_full: Signal<Out, Bit>,
    /// One cycle: a completion went to the write channel.
    pub report_out: Signal<Out, Bit>,
    /// One cycle, with `report_out`: that completion is a REJECT.
    pub reject_out: Signal<Out, Bit>,
    busy: DFF<Bit>,
    addr: DFF<Bits<64>>,
    data: DFF<Bits<512>>,
    tail: DFF<Bits<32>>,
    writes: DFF<Bits<32>>,
    status_pending: DFF<Bit>,
    can_load: Signal<Local, Bit>,
    room: Signal<Local, Bit>,
    used: Signal<Local, Bits<32>>,
    entry: Signal<Local, Bits<32>>,
    mark: Signal<Local, Bits<32>>,
    status_go: Signal<Local, Bit>,
    report_go: Signal<Local, Bit>,
    writes_next: Signal<Local, Bits<32>>,
    keep: Constant<Bits<512>>,
    mark_shift: Constant<Bits<16>>,
    sq_head_shift: Constant<Bits<16>>,
    cq_tail_shift: Constant<Bits<16>>,
    errors_shift: Constant<Bits<16>>,
    writes_shift: Constant<Bits<16>>,
    reject: Constant<Bits<8>>,
}

fn shift(bytes: usize) -> Constant<Bits<16>> {
    Constant::new((8 * bytes as u64).into())
}

impl Default for CqWrite {
    fn default() -> Self {
        let mark: Bits<512> =
            Bits::<512>::from(0xFFFF_FFFFu64) << (8 * COMPLETION_MARK_OFFSET as u64);
        CqWrite {
            clock: Default::default(),
            reset: Default::default(),
            enabled: Default::default(),
            halted: Default::default(),
            cq_base: Default::default(),
            cq_size: Default::default(),
            cq_head: Default::default(),
            status_addr: Default::default(),
            status_req: Default::default(),
            sq_head: Default::default(),
            errors: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_ready: Default::default(),
            wr_valid: Default::default(),
            wr_ready: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            cq_tail: Default::default(),
            cq_full: Default::default(),
            report_out: Default::default(),
            reject_out: Default::default(),
            busy: Default::default(),
            addr: Default::default(),
            data: Default::default(),
            tail: Default::default(),
            writes: Default::default(),
            status_pending: Default::default(),
            can_load: Default::default(),
            room: Default::default(),
            used: Default::default(),
            entry: Default::default(),
            mark: Default::default(),
            status_go: Default::default(),
            report_go: Default::default(),
            writes_next: Default::default(),
            keep: Constant::new(!mark),
            mark_shift: shift(COMPLETION_MARK_OFFSET),
            sq_head_shift: shift(status_line::SQ_HEAD),
            cq_tail_shift: shift(status_line::CQ_TAIL),
            errors_shift: shift(status_line::ERRORS),
            writes_shift: shift(status_line::WRITES),
            reject: Constant::new(EVENT_REJECT.into()),
        }
    }
}

impl Logic for CqWrite {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, addr, data, tail, writes, status_pending);
        self.wr_valid.next = self.busy.q.val();
        self.wr_addr.next = self.addr.q.val();
        self.wr_data.next = self.data.q.val();
        self.cq_tail.next = self.tail.q.val();

        self.can_load.next = !self.busy.q.val() || self.wr_ready.val();
        if self.busy.q.val() && self.wr_ready.val() {
            self.busy.d.next = false;
        }
        self.used.next = self.tail.q.val() - self.cq_head.val();
        self.room.next = self.used.val() < self.cq_size.val();
        self.entry.next = self.tail.q.val() & (self.cq_size.val() - 1);
        self.mark.next = self.tail.q.val() + 1;
        self.writes_next.next = self.writes.q.val() + 1;

        self.status_go.next =
            self.can_load.val() && self.status_pending.q.val() && self.enabled.val();
        self.report_go.next = self.can_load.val()
            && !self.status_go.val()
            && self.in_valid.val()
            && self.enabled.val()
            && !self.halted.val()
            && self.room.val();
        self.in_ready.next = self.report_go.val();
        self.cq_full.next =
            self.in_valid.val() && self.enabled.val() && !self.halted.val() && !self.room.val();
        self.report_out.next = self.report_go.val();
        self.reject_out.next =
            self.report_go.val() && (self.in_data.val().get_bits::<8>(16) == self.reject.val());

        self.status_pending.d.next =
            (self.status_pending.q.val() && !self.status_go.val()) || self.status_req.val();
        if self.status_go.val() {
            self.busy.d.next = true;
            self.addr.d.next = self.status_addr.val();
            self.data.d.next = (bit_cast::<512, 32>(self.sq_head.val())
                << self.sq_head_shift.val())
                | (bit_cast::<512, 32>(self.tail.q.val()) << self.cq_tail_shift.val())
                | (bit_cast::<512, 32>(self.errors.val()) << self.errors_shift.val())
                | (bit_cast::<512, 32>(self.writes_next.val()) << self.writes_shift.val());
            self.writes.d.next = self.writes_next.val();
        } else if self.report_go.val() {
            self.busy.d.next = true;
            self.addr.d.next = self.cq_base.val() + (bit_cast::<64, 32>(self.entry.val()) << 6);
            self.data.d.next = (self.in_data.val() & self.keep.val())
                | (bit_cast::<512, 32>(self.mark.val()) << self.mark_shift.val());
            self.tail.d.next = self.mark.val();
        }

        if self.reset.val() {
            self.busy.d.next = false;
            self.tail.d.next = 0.into();
            self.writes.d.next = 0.into();
            self.status_pending.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};

    clocked!(CqWrite);

    const CQ: u64 = 0x20_0000;
    const STATUS: u64 = 0x30_0000;

    fn bytes(line: Bits<512>) -> [u8; 64] {
        std::array::from_fn(|i| line.get_bits::<8>(8 * i).index() as u8)
    }

    fn report(n: u64, event: u64) -> Bits<512> {
        (Bits::<512>::from(n) << 64u64) | (Bits::<512>::from(event) << 16u64)
    }

    struct Bench {
        uut: CqWrite,
        written: Vec<(u64, [u8; 64])>,
        now: u64,
    }

    impl Bench {
        fn new() -> Bench {
            let mut uut = CqWrite::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            uut.enabled.next = true;
            uut.cq_base.next = CQ.into();
            uut.cq_size.next = 4.into();
            uut.status_addr.next = STATUS.into();
            settle(&mut uut);
            Bench {
                uut,
                written: Vec::new(),
                now: 0,
            }
        }

        /// One cycle offering `offer`; true when it was taken.
        fn step(&mut self, offer: Option<Bits<512>>) -> bool {
            let uut = &mut self.uut;
            uut.in_valid.next = offer.is_some();
            uut.in_data.next = offer.unwrap_or_default();
            uut.wr_ready.next = self.now % 4 != 3;
            settle(uut);
            if uut.wr_valid.val() && uut.wr_ready.val() {
                self.written
                    .push((uut.wr_addr.val().to_u64(), bytes(uut.wr_data.val())));
            }
            let taken = uut.in_valid.val() && uut.in_ready.val();
            cycle(uut);
            self.now += 1;
            taken
        }
    }

    fn mark(line: &[u8; 64]) -> u32 {
        u32::from_le_bytes(line[44..48].try_into().unwrap())
    }

    #[test]
    fn reports_go_to_the_ring_with_marks_and_wait_for_room() {
        let mut bench = Bench::new();
        let mut sent = 0u64;
        let mut stalls = 0;
        while sent < 6 && bench.now < 100 {
            let event = if sent == 2 { EVENT_REJECT } else { 1 };
            bench.uut.in_valid.next = true;
            settle(&mut bench.uut);
            stalls += usize::from(bench.uut.cq_full.val());
            if bench.step(Some(report(sent, event))) {
                sent += 1;
            }
        }
        assert_eq!(sent, 4, "four entries, then the ring is full");
        assert!(stalls > 50, "{stalls}");
        assert_eq!(bench.uut.cq_tail.val().to_u64(), 4);
        bench.uut.cq_head.next = 3.into();
        while sent < 7 && bench.now < 200 {
            if bench.step(Some(report(sent, 1))) {
                sent += 1;
            }
        }
        for _ in 0..8 {
            bench.step(None);
        }
        assert_eq!(sent, 7);
        assert_eq!(bench.written.len(), 7);
        for (n, (addr, line)) in bench.written.iter().enumerate() {
            assert_eq!(*addr, CQ + 64 * (n as u64 % 4), "entry {n}");
            assert_eq!(mark(line), n as u32 + 1);
            assert_eq!(
                u64::from_le_bytes(line[8..16].try_into().unwrap()),
                n as u64
            );
        }
    }

    #[test]
    fn status_lines_come_in_order_with_the_indexes() {
        let mut bench = Bench::new();
        bench.uut.cq_head.next = 0.into();
        bench.uut.sq_head.next = 9.into();
        bench.uut.errors.next = 0.into();
        assert!(bench.step(Some(report(0, EVENT_REJECT))));
        bench.uut.status_req.next = true;
        assert!(bench.step(Some(report(1, 1))));
        bench.uut.status_req.next = false;
        while bench.now < 20 {
            bench.step(None);
        }
        let addrs: Vec<u64> = bench.written.iter().map(|w| w.0).collect();
        assert_eq!(addrs, [CQ, CQ + 64, STATUS]);
        let status = bench.written[2].1;
        let word = |at: usize| u32::from_le_bytes(status[at..at + 4].try_into().unwrap());
        assert_eq!(word(status_line::SQ_HEAD), 9);
        assert_eq!(word(status_line::CQ_TAIL), 2);
        assert_eq!(word(status_line::ERRORS), 0);
        assert_eq!(word(status_line::WRITES), 1);
        // Halted: no more reports, but the last status line with the error bits.
        bench.uut.halted.next = true;
        bench.uut.errors.next = 2.into();
        bench.uut.status_req.next = true;
        assert!(!bench.step(Some(report(2, 1))));
        bench.uut.status_req.next = false;
        for _ in 0..10 {
            assert!(!bench.step(Some(report(2, 1))));
        }
        assert_eq!(bench.written.len(), 4);
        let status = bench.written[3].1;
        assert_eq!(u32::from_le_bytes(status[8..12].try_into().unwrap()), 2);
        assert_eq!(u32::from_le_bytes(status[12..16].try_into().unwrap()), 2);
    }
}
