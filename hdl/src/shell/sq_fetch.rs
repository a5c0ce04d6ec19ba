//! The submission fetcher: DMA reads of the submission ring into a FIFO that feeds the
//! pipeline.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `enabled`, `halted`, `sq_base`, `sq_size` (entries, a power of two), `sq_tail` (the
//!   doorbell): from the register block.
//! - `rd_req_valid`/`rd_req_ready` with `rd_req_addr` (64-byte aligned) and `rd_req_lines`
//!   (1 to [`MAX_BURST`]): one read request, held until taken.
//! - `rd_resp_valid` with `rd_resp_data` and `rd_resp_error`: one line of read data, in
//!   request order, no backpressure.
//! - `out_data`/`out_valid`/`out_ready`: the records, one per beat, to the pipeline.
//! - `sq_head`: lines that arrived (the SQ_HEAD register); `read_fault`: a line came back
//!   with an error (one cycle); `status_req`: a request's last line arrived (one cycle).
//!
//! While enabled and not halted, whenever SQ_TAIL is ahead of what was requested, the
//! fetcher asks for up to [`MAX_BURST`] lines, never past the end of the ring and never
//! more than the FIFO has room for (lines requested and not yet taken by the pipeline stay
//! counted); at most [`MAX_REQUESTS`] requests are in flight. Lines already requested when
//! a reset comes are still counted (`inflight` is never reset) and dropped when they
//! arrive, and the FIFO is emptied, so a new session starts clean. After a faulting line,
//! no line enters the FIFO until reset.

use rust_hdl::prelude::*;

/// The most lines one read request asks for.
pub const MAX_BURST: u32 = 8;
/// Records buffered between the DMA engine and the pipeline.
pub const FIFO_DEPTH: u32 = 32;
/// Read requests in flight at once.
pub const MAX_REQUESTS: u32 = 4;

/// The submission fetcher (interface in the module docs).
#[derive(LogicBlock)]
pub struct SqFetch {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: counts from 0, empties the FIFO, drops lines in flight.
    pub reset: Signal<In, Bit>,
    /// The card's power-on (or link) reset: nothing asked for before it will come back, so
    /// no line is waited for or dropped after it.
    pub power_on: Signal<In, Bit>,
    /// From the registers: fetching may run.
    pub enabled: Signal<In, Bit>,
    /// From the registers: a sticky error is set, no new request.
    pub halted: Signal<In, Bit>,
    /// Submission ring base, a 64-byte aligned bus address.
    pub sq_base: Signal<In, Bits<64>>,
    /// Submission ring size in entries, a power of two.
    pub sq_size: Signal<In, Bits<32>>,
    /// The SQ_TAIL doorbell: entries the host has written (free-running).
    pub sq_tail: Signal<In, Bits<32>>,
    /// A read request is offered; held with its address and length until taken.
    pub rd_req_valid: Signal<Out, Bit>,
    /// The DMA port takes the request on a cycle with `rd_req_valid` and this high.
    pub rd_req_ready: Signal<In, Bit>,
    /// Bus address of the request's first line, 64-byte aligned.
    pub rd_req_addr: Signal<Out, Bits<64>>,
    /// Lines the request asks for, 1 to [`MAX_BURST`], never past the ring's end.
    pub rd_req_lines: Signal<Out, Bits<8>>,
    /// A line of read data arrives this cycle, in request order; no backpressure.
    pub rd_resp_valid: Signal<In, Bit>,
    /// The line's 64 bytes, byte `i` in bits `8*i .. 8*i+8`; valid with `rd_resp_valid`.
    pub rd_resp_data: Signal<In, Bits<512>>,
    /// With `rd_resp_valid`: the line's read failed.
    pub rd_resp_error: Signal<In, Bit>,
    /// To the pipeline: one record per beat, valid with `out_valid`.
    pub out_data: Signal<Out, Bits<512>>,
    /// The FIFO has a record for the pipeline.
    pub out_valid: Signal<Out, Bit>,
    /// The pipeline takes the record on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    /// Lines arrived since reset (the SQ_HEAD register).
    pub sq_head: Signal<Out, Bits<32>>,
    /// One cycle: a line came back with an error.
    pub read_fault: Signal<Out, Bit>,
    /// One cycle: a request's last line arrived; the writer sends a status line.
    pub status_req: Signal<Out, Bit>,
    fifo: SynchronousFIFO<Bits<512>, 5, 6, 1>,
    /// Records requested (free-running, like SQ_TAIL).
    fetched: DFF<Bits<32>>,
    /// Records arrived.
    head: DFF<Bits<32>>,
    /// Lines requested and not yet taken by the pipeline.
    reserved: DFF<Bits<8>>,
    /// Lines requested from the DMA port and not yet arrived; survives reset.
    inflight: DFF<Bits<8>>,
    /// Lines still to arrive from before the last reset, to be dropped.
    discard: DFF<Bits<8>>,
    req_valid: DFF<Bit>,
    req_addr: DFF<Bits<64>>,
    req_lines: DFF<Bits<8>>,
    /// The end (`fetched` after it) of each request in flight, oldest first.
    end0: DFF<Bits<32>>,
    end1: DFF<Bits<32>>,
    end2: DFF<Bits<32>>,
    end3: DFF<Bits<32>>,
    ends: DFF<Bits<3>>,
    /// A line came back faulty: nothing more enters the FIFO.
    dead: DFF<Bit>,
    /// Emptying the FIFO after a reset, for at least `flush_left` cycles.
    flushing: DFF<Bit>,
    flush_left: DFF<Bits<3>>,
    pending: Signal<Local, Bits<32>>,
    to_end: Signal<Local, Bits<32>>,
    room: Signal<Local, Bits<32>>,
    burst: Signal<Local, Bits<32>>,
    entry: Signal<Local, Bits<32>>,
    issue: Signal<Local, Bit>,
    taken: Signal<Local, Bit>,
    push: Signal<Local, Bit>,
    pop: Signal<Local, Bit>,
    done_one: Signal<Local, Bit>,
    pushed_end: Signal<Local, Bits<32>>,
    ends_after_pop: Signal<Local, Bits<3>>,
    inflight_next: Signal<Local, Bits<8>>,
    reserved_next: Signal<Local, Bits<8>>,
    max_burst: Constant<Bits<32>>,
    fifo_depth: Constant<Bits<32>>,
    max_requests: Constant<Bits<3>>,
}

impl Default for SqFetch {
    fn default() -> Self {
        SqFetch {
            clock: Default::default(),
            reset: Default::default(),
            enabled: Default::default(),
            halted: Default::default(),
            sq_base: Default::default(),
            sq_size: Default::default(),
            sq_tail: Default::default(),
            power_on: Default::default(),
            rd_req_valid: Default::default(),
            rd_req_ready: Default::default(),
            rd_req_addr: Default::default(),
            rd_req_lines: Default::default(),
            rd_resp_valid: Default::default(),
            rd_resp_data: Default::default(),
            rd_resp_error: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            sq_head: Default::default(),
            read_fault: Default::default(),
            status_req: Default::default(),
            fifo: Default::default(),
            fetched: Default::default(),
            head: Default::default(),
            reserved: Default::default(),
            inflight: Default::default(),
            discard: Default::default(),
            req_valid: Default::default(),
            req_addr: Default::default(),
            req_lines: Default::default(),
            end0: Default::default(),
            end1: Default::default(),
            end2: Default::default(),
            end3: Default::default(),
            ends: Default::default(),
            dead: Default::default(),
            flushing: Default::default(),
            flush_left: Default::default(),
            pending: Default::default(),
            to_end: Default::default(),
            room: Default::default(),
            burst: Default::default(),
            entry: Default::default(),
            issue: Default::default(),
            taken: Default::default(),
            push: Default::default(),
            pop: Default::default(),
            done_one: Default::default(),
            pushed_end: Default::default(),
            ends_after_pop: Default::default(),
            inflight_next: Default::default(),
            reserved_next: Default::default(),
            max_burst: Constant::new(u64::from(MAX_BURST).into()),
            fifo_depth: Constant::new(u64::from(FIFO_DEPTH).into()),
            max_requests: Constant::new(u64::from(MAX_REQUESTS).into()),
        }
    }
}

impl Logic for SqFetch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, fetched, head, reserved, inflight, discard, req_valid, req_addr,
            req_lines, end0, end1, end2, end3, ends, dead, flushing, flush_left
        );
        self.fifo.clock.next = self.clock.val();

        // The request port.
        self.rd_req_valid.next = self.req_valid.q.val() && !self.reset.val();
        self.rd_req_addr.next = self.req_addr.q.val();
        self.rd_req_lines.next = self.req_lines.q.val();
        self.taken.next = self.req_valid.q.val() && self.rd_req_ready.val() && !self.reset.val();
        if self.taken.val() {
            self.req_valid.d.next = false;
        }

        // The next request: as many lines as are waiting, up to the burst, the ring's end
        // and the FIFO's room.
        self.pending.next = self.sq_tail.val() - self.fetched.q.val();
        self.entry.next = self.fetched.q.val() & (self.sq_size.val() - 1);
        self.to_end.next = self.sq_size.val() - self.entry.val();
        self.room.next = self.fifo_depth.val() - bit_cast::<32, 8>(self.reserved.q.val());
        self.burst.next = self.pending.val();
        if self.to_end.val() < self.burst.val() {
            self.burst.next = self.to_end.val();
        }
        if self.room.val() < self.burst.val() {
            self.burst.next = self.room.val();
        }
        if self.max_burst.val() < self.burst.val() {
            self.burst.next = self.max_burst.val();
        }
        self.issue.next = self.enabled.val()
            && !self.halted.val()
            && !self.dead.q.val()
            && !self.flushing.q.val()
            && !self.req_valid.q.val()
            && (self.ends.q.val() < self.max_requests.val())
            && self.burst.val().any();
        self.pushed_end.next = self.fetched.q.val() + self.burst.val();
        if self.issue.val() {
            self.req_valid.d.next = true;
            self.req_addr.d.next = self.sq_base.val() + (bit_cast::<64, 32>(self.entry.val()) << 6);
            self.req_lines.d.next = self.burst.val().get_bits::<8>(0);
            self.fetched.d.next = self.pushed_end.val();
        }

        // Arriving lines.
        self.inflight_next.next = self.inflight.q.val();
        if self.taken.val() {
            self.inflight_next.next = self.inflight.q.val() + self.req_lines.q.val();
        }
        self.push.next = false;
        self.read_fault.next = false;
        self.done_one.next = false;
        if self.rd_resp_valid.val() {
            self.inflight_next.next = self.inflight_next.val() - 1;
            if self.discard.q.val().any() {
                self.discard.d.next = self.discard.q.val() - 1;
            } else if !self.reset.val() && !self.dead.q.val() && !self.halted.val() {
                if self.rd_resp_error.val() {
                    self.read_fault.next = true;
                    self.dead.d.next = true;
                } else {
                    self.push.next = true;
                    self.head.d.next = self.head.q.val() + 1;
                    self.done_one.next = (self.head.q.val() + 1) == self.end0.q.val();
                }
            }
        }
        self.inflight.d.next = self.inflight_next.val();
        self.status_req.next = self.done_one.val();
        self.sq_head.next = self.head.q.val();

        // The queue of request ends: pop the oldest when its last line arrived, then push.
        self.ends_after_pop.next = self.ends.q.val();
        if self.done_one.val() {
            self.ends_after_pop.next = self.ends.q.val() - 1;
            self.end0.d.next = self.end1.q.val();
            self.end1.d.next = self.end2.q.val();
            self.end2.d.next = self.end3.q.val();
        }
        if self.issue.val() {
            if self.ends_after_pop.val() == 0 {
                self.end0.d.next = self.pushed_end.val();
            } else if self.ends_after_pop.val() == 1 {
                self.end1.d.next = self.pushed_end.val();
            } else if self.ends_after_pop.val() == 2 {
                self.end2.d.next = self.pushed_end.val();
            } else {
                self.end3.d.next = self.pushed_end.val();
            }
            self.ends.d.next = self.ends_after_pop.val() + 1;
        } else {
            self.ends.d.next = self.ends_after_pop.val();
        }

        // The FIFO and the pipeline side.
        self.fifo.write.next = self.push.val();
        self.fifo.data_in.next = self.rd_resp_data.val();
        self.out_data.next = self.fifo.data_out.val();
        self.out_valid.next = !self.fifo.empty.val() && !self.flushing.q.val();
        self.pop.next = !self.fifo.empty.val() && (self.flushing.q.val() || self.out_ready.val());
        self.fifo.read.next = self.pop.val();
        self.reserved_next.next = self.reserved.q.val();
        if self.issue.val() {
            self.reserved_next.next = self.reserved.q.val() + self.burst.val().get_bits::<8>(0);
        }
        if self.pop.val() && !self.flushing.q.val() {
            self.reserved_next.next = self.reserved_next.val() - 1;
        }
        self.reserved.d.next = self.reserved_next.val();
        if self.flushing.q.val() {
            if self.flush_left.q.val().any() {
                self.flush_left.d.next = self.flush_left.q.val() - 1;
            } else if self.fifo.empty.val() {
                self.flushing.d.next = false;
            }
        }

        if self.reset.val() {
            self.fetched.d.next = 0.into();
            self.head.d.next = 0.into();
            self.reserved.d.next = 0.into();
            self.discard.d.next = self.inflight_next.val();
            self.req_valid.d.next = false;
            self.ends.d.next = 0.into();
            self.dead.d.next = false;
            self.flushing.d.next = true;
            self.flush_left.d.next = 4.into();
        }
        if self.power_on.val() {
            self.inflight.d.next = 0.into();
            self.discard.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};
    use std::collections::VecDeque;

    clocked!(SqFetch);

    const BASE: u64 = 0x10_0000;

    /// Host memory and the pipeline around the fetcher: reads answered `latency` cycles
    /// after their request, each line carrying its own address; `fault` lines come back
    /// with an error.
    struct Bench {
        uut: SqFetch,
        latency: u64,
        now: u64,
        lines: VecDeque<(u64, u64)>,
        requests: Vec<(u64, u64)>,
        taken: Vec<u64>,
        fault: Option<u64>,
        faults: usize,
        status_reqs: usize,
        ready_pattern: u64,
    }

    impl Bench {
        fn new(size: u64) -> Bench {
            let mut uut = SqFetch::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            uut.enabled.next = true;
            uut.sq_base.next = BASE.into();
            uut.sq_size.next = size.into();
            settle(&mut uut);
            Bench {
                uut,
                latency: 20,
                now: 0,
                lines: VecDeque::new(),
                requests: Vec::new(),
                taken: Vec::new(),
                fault: None,
                faults: 0,
                status_reqs: 0,
                ready_pattern: 0,
            }
        }

        fn step(&mut self) {
            let uut = &mut self.uut;
            uut.rd_req_ready.next = self.now % 3 != 1;
            let due = self.lines.front().is_some_and(|&(at, _)| at <= self.now);
            uut.rd_resp_valid.next = due;
            if let Some(&(_, addr)) = self.lines.front().filter(|_| due) {
                uut.rd_resp_data.next = addr.into();
                uut.rd_resp_error.next = self.fault == Some(addr);
            }
            uut.out_ready.next = self.now.is_multiple_of(self.ready_pattern.max(1));
            settle(uut);
            if uut.rd_req_valid.val() && uut.rd_req_ready.val() {
                let addr = uut.rd_req_addr.val().to_u64();
                let lines = uut.rd_req_lines.val().to_u64();
                self.requests.push((addr, lines));
                let start = self.lines.back().map_or(0, |&(at, _)| at + 1);
                for i in 0..lines {
                    let at = (self.now + self.latency).max(start) + i;
                    self.lines.push_back((at, addr + 64 * i));
                }
            }
            if due {
                self.lines.pop_front();
            }
            if uut.out_valid.val() && uut.out_ready.val() {
                self.taken
                    .push(uut.out_data.val().get_bits::<64>(0).to_u64());
            }
            self.faults += usize::from(uut.read_fault.val());
            self.status_reqs += usize::from(uut.status_req.val());
            cycle(uut);
            self.now += 1;
        }

        fn doorbell(&mut self, tail: u64) {
            self.uut.sq_tail.next = tail.into();
        }
    }

    fn expected(size: u64, count: u64) -> Vec<u64> {
        (0..count).map(|n| BASE + 64 * (n % size)).collect()
    }

    #[test]
    fn fetches_in_order_in_bursts_within_the_ring_and_the_fifo() {
        let mut bench = Bench::new(8);
        bench.ready_pattern = 3;
        let mut tail = 0;
        for batch in [3u64, 5, 8, 1, 7, 8, 8] {
            tail += batch;
            bench.doorbell(tail);
            for _ in 0..60 {
                bench.step();
            }
        }
        for _ in 0..200 {
            bench.step();
        }
        assert_eq!(bench.taken, expected(8, tail));
        assert_eq!(bench.uut.sq_head.val().to_u64(), tail);
        for &(addr, lines) in &bench.requests {
            assert!((1..=u64::from(MAX_BURST)).contains(&lines));
            assert!(addr + 64 * lines <= BASE + 8 * 64, "{addr:#x} + {lines}");
        }
        assert_eq!(bench.status_reqs, bench.requests.len());
        // A large ring and a slow pipeline: the FIFO's room bounds what is in flight.
        let mut bench = Bench::new(256);
        bench.ready_pattern = 7;
        bench.doorbell(200);
        let mut most = 0;
        for _ in 0..1600 {
            bench.step();
            let requested: u64 = bench.requests.iter().map(|r| r.1).sum();
            most = most.max(requested - bench.taken.len() as u64);
        }
        assert_eq!(bench.taken, expected(256, 200));
        assert!(most <= u64::from(FIFO_DEPTH), "{most}");
        assert!(bench.requests.iter().any(|r| r.1 == u64::from(MAX_BURST)));
    }

    #[test]
    fn a_faulting_line_stops_the_fetch() {
        let mut bench = Bench::new(16);
        bench.fault = Some(BASE + 64 * 5);
        bench.doorbell(12);
        for _ in 0..200 {
            bench.step();
        }
        assert_eq!(bench.faults, 1);
        assert_eq!(bench.taken, expected(16, 5));
        assert_eq!(bench.uut.sq_head.val().to_u64(), 5);
    }

    #[test]
    fn reset_drops_lines_in_flight_and_starts_clean() {
        let mut bench = Bench::new(16);
        bench.latency = 30;
        bench.ready_pattern = 2;
        bench.doorbell(14);
        for _ in 0..40 {
            bench.step();
        }
        assert!(!bench.lines.is_empty(), "lines are in flight");
        bench.uut.reset.next = true;
        bench.uut.sq_tail.next = 0.into();
        bench.step();
        bench.uut.reset.next = false;
        bench.taken.clear();
        bench.doorbell(3);
        for _ in 0..200 {
            bench.step();
        }
        assert_eq!(
            bench.taken,
            expected(16, 3),
            "only the new session's records"
        );
        assert_eq!(bench.uut.sq_head.val().to_u64(), 3);
    }
}
