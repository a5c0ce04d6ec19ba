//! The read engine: the shell's line reads as memory read requests on the hard block's
//! requester request interface (RQ), their completions from the requester completion
//! interface (RC) into a reorder buffer, and the lines handed on in request order.
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `req_valid`, `req_addr[63:0]`, `req_lines[7:0]`, `req_take`: the shell's read
//!   requests (1 to 8 lines of 64 bytes, 64-byte aligned), from a FIFO showing its head.
//! - `max_read_request[2:0]`: the link's Max_Read_Request_Size (`cfg_max_read_req`:
//!   128 << n bytes). A request longer than that, or crossing a 4 KiB boundary, goes out as
//!   several, one tag each.
//! - `rq_valid`, `rq_ready`, `rq_data`, `rq_keep`, `rq_user`: one-beat read requests
//!   toward RQ (through [`super::rq_mux`]); always the last beat.
//! - `rc_tdata`, `rc_tlast`, `rc_tvalid`, `rc_tready`: completions. Always ready: every
//!   line a tag can bring has its place in the reorder buffer before the request goes out.
//! - `line_valid`, `line_data[511:0]`, `line_status[3:0]`, `line_room`: lines out, one per
//!   line requested, in request order, one cycle after `line_room` allowed it. The status
//!   is the RC error code of the completion that failed the line (PG213; poisoned 1, bad
//!   status 2, length 3, timeout 9), 0 for data.
//!
//! Tags are used in turn: tag `t` owns reorder lines `8t .. 8t+8`, and requests go out and
//! drain in tag order, so draining in tag order is request order. A completion says how many
//! bytes of its request are still to come (`byte_count`), so its first line lands at
//! `8t + 8 - byte_count / 64`, wherever the completer split the request. A completion that
//! fails (an error code, a bad status, a poisoned payload, a length that does not fit)
//! marks its tag: the tag's lines not yet arrived leave with that status, so the shell gets
//! exactly the lines it asked for and sees the fault. A tag is reused only after the
//! completion marked `request_completed` has come (the hard block sends one for every
//! request, a timeout included) and its lines have left.

use super::{
    rq_user, RC_BAD_STATUS, RC_INVALID_LENGTH, RC_OK, RC_POISONED, REQ_MEM_READ, RQ_USER_BITS,
};
use rust_hdl::prelude::*;

/// Tags in use at once.
pub const TAGS: u32 = 8;
/// Lines one tag can bring (its share of the reorder buffer): 512 bytes.
pub const LINES_PER_TAG: u32 = 8;
/// Lines in the 4 KiB a read request may not cross.
const PAGE_LINES: u64 = 4096 / super::LINE_BYTES;
/// Address bits of the reorder buffer (`TAGS * LINES_PER_TAG` lines).
const REORDER_BITS: usize = 6;

/// The read engine (interface in the module docs).
#[derive(LogicBlock)]
pub struct ReadEngine {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// A read request is waiting.
    pub req_valid: Signal<In, Bit>,
    /// Its first line's bus address.
    pub req_addr: Signal<In, Bits<64>>,
    /// Its line count, 1 to 8.
    pub req_lines: Signal<In, Bits<8>>,
    /// Takes the waiting request.
    pub req_take: Signal<Out, Bit>,
    /// The link's Max_Read_Request_Size, `128 << n` bytes.
    pub max_read_request: Signal<In, Bits<3>>,
    /// A read request beat is offered.
    pub rq_valid: Signal<Out, Bit>,
    /// RQ takes the beat.
    pub rq_ready: Signal<In, Bit>,
    /// The request's descriptor (DWORDs 0..3).
    pub rq_data: Signal<Out, Bits<512>>,
    /// DWORDs in use: the descriptor's four.
    pub rq_keep: Signal<Out, Bits<16>>,
    /// RQ sideband of the beat.
    pub rq_user: Signal<Out, Bits<RQ_USER_BITS>>,
    /// RC: a beat of a completion.
    pub rc_tdata: Signal<In, Bits<512>>,
    /// RC: the completion's last beat.
    pub rc_tlast: Signal<In, Bit>,
    /// RC: a beat is offered.
    pub rc_tvalid: Signal<In, Bit>,
    /// RC: always high.
    pub rc_tready: Signal<Out, Bit>,
    /// A line leaves this cycle.
    pub line_valid: Signal<Out, Bit>,
    /// The line's 64 bytes.
    pub line_data: Signal<Out, Bits<512>>,
    /// 0, or the RC error code that failed the line.
    pub line_status: Signal<Out, Bits<4>>,
    /// The line FIFO can take a line the cycle after next.
    pub line_room: Signal<In, Bit>,
    reorder: RAM<Bits<512>, REORDER_BITS>,
    /// Tags issued and drained (free-running, one wrap bit).
    tail: DFF<Bits<4>>,
    head: DFF<Bits<4>>,
    /// Per tag: a request out whose final completion has not come.
    busy: DFF<Bits<8>>,
    /// Per tag: a completion failed.
    failed: DFF<Bits<8>>,
    /// Per tag, four bits each: its line count; and the failing completion's status.
    tag_lines: DFF<Bits<32>>,
    tag_status: DFF<Bits<32>>,
    /// Per reorder line: it has arrived and not left.
    arrived: DFF<Bits<64>>,
    /// A shell request is being cut into tags.
    issuing: DFF<Bit>,
    next_addr: DFF<Bits<64>>,
    lines_left: DFF<Bits<8>>,
    rq_pending: DFF<Bit>,
    rq_descriptor: DFF<Bits<128>>,
    /// In a completion after its first beat: its tag, next reorder line, last beat, status
    /// and whether it completes the request.
    in_completion: DFF<Bit>,
    rc_tag: DFF<Bits<3>>,
    rc_slot: DFF<Bits<REORDER_BITS>>,
    rc_previous: DFF<Bits<512>>,
    rc_failed: DFF<Bit>,
    rc_final: DFF<Bit>,
    /// The drain: the line of the head tag next to leave; a line read from the buffer.
    drain_line: DFF<Bits<3>>,
    out_pending: DFF<Bit>,
    out_status: DFF<Bits<4>>,
    max_lines: Signal<Local, Bits<8>>,
    chunk: Signal<Local, Bits<8>>,
    to_page_end: Signal<Local, Bits<8>>,
    tail_tag: Signal<Local, Bits<3>>,
    /// One-hot of the tail tag, and the first bit of its four-bit fields.
    tail_bit: Signal<Local, Bits<8>>,
    tail_field: Signal<Local, Bits<32>>,
    /// The same for the completion's tag and for the head tag; whether the head tag failed.
    tag_bit: Signal<Local, Bits<8>>,
    tag_field: Signal<Local, Bits<32>>,
    head_bit: Signal<Local, Bits<8>>,
    head_field: Signal<Local, Bits<32>>,
    head_failed: Signal<Local, Bit>,
    /// One-hot of the reorder line the drain looks at.
    drain_slot_bit: Signal<Local, Bits<64>>,
    tags_free: Signal<Local, Bit>,
    issue: Signal<Local, Bit>,
    busy_set: Signal<Local, Bits<8>>,
    busy_clear: Signal<Local, Bits<8>>,
    failed_set: Signal<Local, Bits<8>>,
    failed_clear: Signal<Local, Bits<8>>,
    arrived_set: Signal<Local, Bits<64>>,
    arrived_clear: Signal<Local, Bits<64>>,
    tag: Signal<Local, Bits<3>>,
    remaining: Signal<Local, Bits<7>>,
    status: Signal<Local, Bits<4>>,
    first_beat: Signal<Local, Bit>,
    head_tag: Signal<Local, Bits<3>>,
    head_lines: Signal<Local, Bits<4>>,
    head_lines_word: Signal<Local, Bits<32>>,
    head_status_word: Signal<Local, Bits<32>>,
    rc_tag_lines: Signal<Local, Bits<32>>,
    drain_slot: Signal<Local, Bits<REORDER_BITS>>,
    drain: Signal<Local, Bit>,
    page_lines: Constant<Bits<8>>,
    read_type: Constant<Bits<4>>,
    ok: Constant<Bits<4>>,
    poisoned: Constant<Bits<4>>,
    bad_status: Constant<Bits<4>>,
    bad_length: Constant<Bits<4>>,
    request_user: Constant<Bits<RQ_USER_BITS>>,
}

impl Default for ReadEngine {
    fn default() -> Self {
        ReadEngine {
            clock: Default::default(),
            reset: Default::default(),
            req_valid: Default::default(),
            req_addr: Default::default(),
            req_lines: Default::default(),
            req_take: Default::default(),
            max_read_request: Default::default(),
            rq_valid: Default::default(),
            rq_ready: Default::default(),
            rq_data: Default::default(),
            rq_keep: Default::default(),
            rq_user: Default::default(),
            rc_tdata: Default::default(),
            rc_tlast: Default::default(),
            rc_tvalid: Default::default(),
            rc_tready: Default::default(),
            line_valid: Default::default(),
            line_data: Default::default(),
            line_status: Default::default(),
            line_room: Default::default(),
            reorder: Default::default(),
            tail: Default::default(),
            head: Default::default(),
            busy: Default::default(),
            failed: Default::default(),
            tag_lines: Default::default(),
            tag_status: Default::default(),
            arrived: Default::default(),
            issuing: Default::default(),
            next_addr: Default::default(),
            lines_left: Default::default(),
            rq_pending: Default::default(),
            rq_descriptor: Default::default(),
            in_completion: Default::default(),
            rc_tag: Default::default(),
            rc_slot: Default::default(),
            rc_previous: Default::default(),
            rc_failed: Default::default(),
            rc_final: Default::default(),
            drain_line: Default::default(),
            out_pending: Default::default(),
            out_status: Default::default(),
            max_lines: Default::default(),
            chunk: Default::default(),
            to_page_end: Default::default(),
            page_lines: Constant::new(PAGE_LINES.into()),
            tail_tag: Default::default(),
            tail_bit: Default::default(),
            tail_field: Default::default(),
            tag_bit: Default::default(),
            tag_field: Default::default(),
            head_bit: Default::default(),
            head_field: Default::default(),
            head_failed: Default::default(),
            drain_slot_bit: Default::default(),
            tags_free: Default::default(),
            issue: Default::default(),
            busy_set: Default::default(),
            busy_clear: Default::default(),
            failed_set: Default::default(),
            failed_clear: Default::default(),
            arrived_set: Default::default(),
            arrived_clear: Default::default(),
            tag: Default::default(),
            remaining: Default::default(),
            status: Default::default(),
            first_beat: Default::default(),
            head_tag: Default::default(),
            head_lines: Default::default(),
            head_lines_word: Default::default(),
            head_status_word: Default::default(),
            rc_tag_lines: Default::default(),
            drain_slot: Default::default(),
            drain: Default::default(),
            read_type: Constant::new(REQ_MEM_READ.into()),
            ok: Constant::new(RC_OK.into()),
            poisoned: Constant::new(RC_POISONED.into()),
            bad_status: Constant::new(RC_BAD_STATUS.into()),
            bad_length: Constant::new(RC_INVALID_LENGTH.into()),
            request_user: Constant::new(rq_user(true, Some(3)).into()),
        }
    }
}

impl Logic for ReadEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            tail,
            head,
            busy,
            failed,
            tag_lines,
            tag_status,
            arrived,
            issuing,
            next_addr,
            lines_left,
            rq_pending,
            rq_descriptor,
            in_completion,
            rc_tag,
            rc_slot,
            rc_previous,
            rc_failed,
            rc_final,
            drain_line,
            out_pending,
            out_status
        );
        self.reorder.write_clock.next = self.clock.val();
        self.reorder.read_clock.next = self.clock.val();

        // Requests: take one from the shell, cut it into tags of at most the link's
        // Max_Read_Request_Size (and the tag's 8 lines).
        // While in reset, waiting requests are dropped: they belong to the card before it.
        self.req_take.next = (!self.issuing.q.val() || self.reset.val()) && self.req_valid.val();
        if self.req_take.val() {
            self.issuing.d.next = true;
            self.next_addr.d.next = self.req_addr.val();
            self.lines_left.d.next = self.req_lines.val();
        }
        self.max_lines.next = 8.into();
        if self.max_read_request.val() == 0 {
            self.max_lines.next = 2.into();
        } else if self.max_read_request.val() == 1 {
            self.max_lines.next = 4.into();
        }
        self.chunk.next = self.lines_left.q.val();
        if self.max_lines.val() < self.lines_left.q.val() {
            self.chunk.next = self.max_lines.val();
        }
        // A read request may not cross a 4 KiB boundary (PCIe base specification).
        self.to_page_end.next =
            self.page_lines.val() - bit_cast::<8, 6>(self.next_addr.q.val().get_bits::<6>(6));
        if self.to_page_end.val() < self.chunk.val() {
            self.chunk.next = self.to_page_end.val();
        }
        self.tail_tag.next = self.tail.q.val().get_bits::<3>(0);
        self.tail_bit.next = bits::<8>(1) << bit_cast::<8, 3>(self.tail_tag.val());
        self.tail_field.next = bit_cast::<32, 3>(self.tail_tag.val()) << 2;
        self.tags_free.next = (self.tail.q.val() - self.head.q.val()) != 8;
        self.issue.next = self.issuing.q.val()
            && !self.rq_pending.q.val()
            && self.tags_free.val()
            && !(self.busy.q.val() & self.tail_bit.val()).any();
        self.busy_set.next = 0.into();
        if self.issue.val() {
            self.rq_pending.d.next = true;
            // Read request descriptor (PG213): address, DWORD count, type, tag.
            self.rq_descriptor.d.next = bit_cast::<128, 64>(self.next_addr.q.val())
                | (bit_cast::<128, 8>(self.chunk.val()) << 68)
                | (bit_cast::<128, 4>(self.read_type.val()) << 75)
                | (bit_cast::<128, 3>(self.tail_tag.val()) << 96);
            self.busy_set.next = self.tail_bit.val();
            self.tag_lines.d.next = (self.tag_lines.q.val()
                & !(bits::<32>(0xF) << self.tail_field.val()))
                | (bit_cast::<32, 8>(self.chunk.val()) << self.tail_field.val());
            self.tail.d.next = self.tail.q.val() + 1;
            self.next_addr.d.next =
                self.next_addr.q.val() + (bit_cast::<64, 8>(self.chunk.val()) << 6);
            self.lines_left.d.next = self.lines_left.q.val() - self.chunk.val();
            if self.lines_left.q.val() == self.chunk.val() {
                self.issuing.d.next = false;
            }
        }
        self.rq_valid.next = self.rq_pending.q.val();
        self.rq_data.next = bit_cast::<512, 128>(self.rq_descriptor.q.val());
        self.rq_keep.next = 0xF.into();
        self.rq_user.next = self.request_user.val();
        if self.rq_pending.q.val() && self.rq_ready.val() {
            self.rq_pending.d.next = false;
        }

        // Completions (PG213, "Requester Completion Descriptor Format").
        self.rc_tready.next = true;
        self.first_beat.next = self.rc_tvalid.val() && !self.in_completion.q.val();
        self.tag.next = self.rc_tdata.val().get_bits::<3>(64);
        self.remaining.next = self.rc_tdata.val().get_bits::<7>(22);
        self.status.next = self.rc_tdata.val().get_bits::<4>(12);
        self.tag_bit.next = bits::<8>(1) << bit_cast::<8, 3>(self.tag.val());
        self.tag_field.next = bit_cast::<32, 3>(self.tag.val()) << 2;
        self.rc_tag_lines.next = self.tag_lines.q.val() >> self.tag_field.val();
        if self.status.val() == self.ok.val() {
            if self.rc_tdata.val().get_bits::<3>(43).any() {
                self.status.next = self.bad_status.val();
            } else if self.rc_tdata.val().get_bit(46) {
                self.status.next = self.poisoned.val();
            } else if self.rc_tdata.val().get_bits::<6>(16).any()
                || self.rc_tdata.val().get_bits::<6>(0).any()
                || !self.remaining.val().any()
                || (bit_cast::<8, 7>(self.remaining.val())
                    > bit_cast::<8, 32>(self.rc_tag_lines.val() & 0xF))
            {
                self.status.next = self.bad_length.val();
            }
        }
        self.busy_clear.next = 0.into();
        self.failed_set.next = 0.into();
        self.arrived_set.next = 0.into();
        self.reorder.write_enable.next = false;
        self.reorder.write_address.next = self.rc_slot.q.val();
        self.reorder.write_data.next =
            (self.rc_previous.q.val() >> 96) | (self.rc_tdata.val() << 416);
        if self.first_beat.val() {
            self.in_completion.d.next = !self.rc_tlast.val();
            self.rc_tag.d.next = self.tag.val();
            self.rc_slot.d.next = (bit_cast::<REORDER_BITS, 3>(self.tag.val()) << 3) + 8
                - bit_cast::<REORDER_BITS, 7>(self.remaining.val());
            self.rc_previous.d.next = self.rc_tdata.val();
            self.rc_failed.d.next = self.status.val() != self.ok.val();
            self.rc_final.d.next = self.rc_tdata.val().get_bit(30);
            if self.status.val() != self.ok.val() {
                self.failed_set.next = self.tag_bit.val();
                if !(self.failed.q.val() & self.tag_bit.val()).any() {
                    self.tag_status.d.next = (self.tag_status.q.val()
                        & !(bits::<32>(0xF) << self.tag_field.val()))
                        | (bit_cast::<32, 4>(self.status.val()) << self.tag_field.val());
                }
            }
            if self.rc_tlast.val() && self.rc_tdata.val().get_bit(30) {
                self.busy_clear.next = self.tag_bit.val();
            }
        } else if self.rc_tvalid.val() {
            // Line k of the completion is DWORDs 3 + 16k .. 3 + 16k + 16 of its stream: the
            // previous beat's top 13 DWORDs and this beat's first 3.
            if !self.rc_failed.q.val() {
                self.reorder.write_enable.next = true;
                self.arrived_set.next =
                    bits::<64>(1) << bit_cast::<64, REORDER_BITS>(self.rc_slot.q.val());
                self.rc_slot.d.next = self.rc_slot.q.val() + 1;
            }
            self.rc_previous.d.next = self.rc_tdata.val();
            if self.rc_tlast.val() {
                self.in_completion.d.next = false;
                if self.rc_final.q.val() {
                    self.busy_clear.next = bits::<8>(1) << bit_cast::<8, 3>(self.rc_tag.q.val());
                }
            }
        }

        // The drain: the head tag's lines in order, each once it has arrived or its tag
        // has failed.
        self.head_tag.next = self.head.q.val().get_bits::<3>(0);
        self.head_field.next = bit_cast::<32, 3>(self.head_tag.val()) << 2;
        self.head_bit.next = bits::<8>(1) << bit_cast::<8, 3>(self.head_tag.val());
        self.head_failed.next = (self.failed.q.val() & self.head_bit.val()).any();
        self.head_lines_word.next = self.tag_lines.q.val() >> self.head_field.val();
        self.head_lines.next = self.head_lines_word.val().get_bits::<4>(0);
        self.head_status_word.next = self.tag_status.q.val() >> self.head_field.val();
        self.drain_slot.next = (bit_cast::<REORDER_BITS, 3>(self.head_tag.val()) << 3) + 8
            - bit_cast::<REORDER_BITS, 4>(self.head_lines.val())
            + bit_cast::<REORDER_BITS, 3>(self.drain_line.q.val());
        self.drain_slot_bit.next =
            bits::<64>(1) << bit_cast::<64, REORDER_BITS>(self.drain_slot.val());
        self.reorder.read_address.next = self.drain_slot.val();
        self.drain.next = (self.head.q.val() != self.tail.q.val())
            && self.line_room.val()
            && ((self.arrived.q.val() & self.drain_slot_bit.val()).any() || self.head_failed.val());
        self.arrived_clear.next = 0.into();
        self.failed_clear.next = 0.into();
        self.out_pending.d.next = self.drain.val();
        self.out_status.d.next = self.ok.val();
        if self.drain.val() {
            self.arrived_clear.next = self.drain_slot_bit.val();
            if self.head_failed.val() {
                self.out_status.d.next = self.head_status_word.val().get_bits::<4>(0);
            }
            if bit_cast::<4, 3>(self.drain_line.q.val()) + 1 == self.head_lines.val() {
                self.drain_line.d.next = 0.into();
                self.head.d.next = self.head.q.val() + 1;
                self.failed_clear.next = self.head_bit.val();
            } else {
                self.drain_line.d.next = self.drain_line.q.val() + 1;
            }
        }
        // A tag starts clean when it goes out again: completions of its previous request
        // that came after that request's lines had left (the rest of a request failed by a
        // poisoned completion) leave neither lines nor a failure behind.
        if self.issue.val() {
            self.arrived_clear.next = self.arrived_clear.val()
                | (bits::<64>(0xFF) << (bit_cast::<64, 3>(self.tail_tag.val()) << 3));
            self.failed_clear.next = self.failed_clear.val() | self.busy_set.val();
        }
        self.line_valid.next = self.out_pending.q.val();
        self.line_data.next = self.reorder.read_data.val();
        self.line_status.next = self.out_status.q.val();

        self.busy.d.next = (self.busy.q.val() | self.busy_set.val()) & !self.busy_clear.val();
        self.failed.d.next =
            (self.failed.q.val() | self.failed_set.val()) & !self.failed_clear.val();
        self.arrived.d.next =
            (self.arrived.q.val() | self.arrived_set.val()) & !self.arrived_clear.val();

        if self.reset.val() {
            self.tail.d.next = 0.into();
            self.head.d.next = 0.into();
            self.busy.d.next = 0.into();
            self.failed.d.next = 0.into();
            self.arrived.d.next = 0.into();
            self.issuing.d.next = false;
            self.rq_pending.d.next = false;
            self.in_completion.d.next = false;
            self.drain_line.d.next = 0.into();
            self.out_pending.d.next = false;
            self.rq_valid.next = false;
            self.line_valid.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::pcie::{LINE_BYTES, LINE_DWORDS, RC_TIMEOUT};
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start, HeldUntilTaken};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use std::collections::{BTreeMap, VecDeque};

    clocked!(ReadEngine);

    /// The DWORD of host memory at byte address `addr`: a hash of the address, so every line
    /// is told apart by its content.
    fn memory(addr: u64) -> u32 {
        let mut z = addr.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) as u32
    }

    fn beat(dwords: &[u32]) -> Bits<512> {
        let mut beat = Bits::<512>::default();
        for (i, &dword) in dwords.iter().enumerate() {
            beat.set_bits::<32>(32 * i, u64::from(dword).into());
        }
        beat
    }

    fn dword(beat: Bits<512>, i: usize) -> u32 {
        beat.get_bits::<32>(32 * i).to_u32()
    }

    /// What a completion reports besides its data.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Fault {
        /// The hard block's report of a request whose completion never came: error code 9.
        Timeout,
        /// An Unsupported Request completion (status 1), with the hard block's error code 2
        /// or without an error code.
        Unsupported { error_code: bool },
        /// A poisoned completion (EP), with its data, with error code 1 or without.
        Poisoned { error_code: bool },
    }

    impl Fault {
        /// The status the lines of a request failed by this fault leave with.
        fn status(self) -> u64 {
            match self {
                Fault::Timeout => RC_TIMEOUT,
                Fault::Unsupported { .. } => RC_BAD_STATUS,
                Fault::Poisoned { .. } => RC_POISONED,
            }
        }
    }

    /// One completion (a TLP on RC) as the model completer sends it.
    struct Completion {
        tag: u64,
        /// Bus address of its first byte.
        addr: u64,
        lines: u64,
        /// Bytes of the request still to come, this completion's included.
        byte_count: u64,
        /// The request's last completion (`request_completed`).
        last: bool,
        fault: Option<Fault>,
    }

    impl Completion {
        /// The completion in the RC beat layout: the 96-bit descriptor, then the data from
        /// DWORD 3, a line across two beats; the last beat padded with junk.
        fn beats(&self) -> Vec<Bits<512>> {
            let with_data = self
                .fault
                .is_none_or(|f| matches!(f, Fault::Poisoned { .. }));
            let data_dwords = if with_data {
                self.lines * LINE_DWORDS
            } else {
                0
            };
            let (error_code, status, poisoned) = match self.fault {
                None => (0, 0, false),
                Some(Fault::Timeout) => (RC_TIMEOUT, 0, false),
                Some(Fault::Unsupported { error_code }) => {
                    (if error_code { RC_BAD_STATUS } else { 0 }, 1, false)
                }
                Some(Fault::Poisoned { error_code }) => {
                    (if error_code { RC_POISONED } else { 0 }, 0, true)
                }
            };
            let descriptor = (self.addr & 0xFFF)
                | (error_code << 12)
                | ((self.byte_count & 0x1FFF) << 16)
                | (u64::from(self.last) << 30)
                | (data_dwords << 32)
                | (status << 43)
                | (u64::from(poisoned) << 46)
                | (0x0100 << 48);
            let mut stream = vec![descriptor as u32, (descriptor >> 32) as u32];
            stream.push((self.tag | (0x0200 << 8)) as u32);
            for i in 0..data_dwords {
                let value = memory(self.addr + 4 * i);
                stream.push(if poisoned { !value } else { value });
            }
            while !stream.len().is_multiple_of(16) {
                stream.push(0xDEAD_0000 | stream.len() as u32);
            }
            stream.chunks(16).map(beat).collect()
        }
    }

    /// A read request the model host has taken from RQ and not finished answering.
    struct Outstanding {
        ready_at: u64,
        completions: VecDeque<Completion>,
    }

    /// A line the shell asked for, in request order.
    struct Expected {
        addr: u64,
        /// The RQ request that carries it, once it went out, and its line in that request.
        request: Option<(usize, u64)>,
    }

    /// What became of one RQ request: its fault and the first line (of the request) it
    /// failed.
    struct Issued {
        tag: u64,
        lines: u64,
        fault: Option<(Fault, u64)>,
        /// A line of it left with a failed status.
        failed_seen: bool,
    }

    /// The shell, a model host behind RQ and RC, and the line FIFO around the engine.
    struct Bench {
        uut: ReadEngine,
        rng: ChaCha8Rng,
        now: u64,
        mrrs: u64,
        /// Chance that an RQ request is answered with a fault.
        fault_rate: f64,
        /// Shell requests waiting in the request FIFO.
        shell: VecDeque<(u64, u64)>,
        /// Lines requested and not yet out, in request order (the first is line `lines_out`).
        expected: VecDeque<Expected>,
        /// The shell's lines not yet covered by an RQ request: their index, address and
        /// shell request.
        to_issue: VecDeque<(usize, u64, usize)>,
        shell_requests: usize,
        lines_out: usize,
        lines_requested: usize,
        issued: Vec<Issued>,
        outstanding: BTreeMap<u64, Outstanding>,
        /// RC beats of the completion being sent: the beat, its last flag and the tag it
        /// frees (the final beat of a request).
        rc: VecDeque<(Bits<512>, bool, Option<u64>)>,
        /// The RQ beat offered and not taken, which must stay as it is.
        rq: HeldUntilTaken<Bits<512>>,
        room: bool,
        room_low_for: u64,
        /// The line FIFO is full until this is cleared.
        hold_room: bool,
        shell_crossing: usize,
        lines_failed: usize,
        /// Requests whose lines had all left before the rest of their completions came.
        drained_early: usize,
        rq_sizes: BTreeMap<u64, usize>,
    }

    impl Bench {
        fn new(seed: u64, mrrs: u64, fault_rate: f64) -> Bench {
            let mut uut = ReadEngine::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            uut.max_read_request.next = mrrs.into();
            settle(&mut uut);
            Bench {
                uut,
                rng: ChaCha8Rng::seed_from_u64(seed),
                now: 0,
                mrrs,
                fault_rate,
                shell: VecDeque::new(),
                expected: VecDeque::new(),
                to_issue: VecDeque::new(),
                shell_requests: 0,
                lines_out: 0,
                lines_requested: 0,
                issued: Vec::new(),
                outstanding: BTreeMap::new(),
                rc: VecDeque::new(),
                rq: HeldUntilTaken::new("a request"),
                room: false,
                room_low_for: 0,
                hold_room: false,
                shell_crossing: 0,
                lines_failed: 0,
                drained_early: 0,
                rq_sizes: BTreeMap::new(),
            }
        }

        /// A random shell request: 1 to 8 lines, 64-byte aligned, a third of them across a
        /// 4 KiB boundary when they can be.
        fn request(&mut self) {
            let lines = self.rng.gen_range(1..=8u64);
            let page = self.rng.gen::<u64>() & 0x7FFF_FFFF_FFFF_F000;
            let first = if lines > 1 && self.rng.gen_bool(0.35) {
                self.rng.gen_range(64 - lines + 1..64)
            } else {
                self.rng.gen_range(0..64)
            };
            self.push_request(page + first * LINE_BYTES, lines);
        }

        fn push_request(&mut self, addr: u64, lines: u64) {
            if addr % 4096 + lines * LINE_BYTES > 4096 {
                self.shell_crossing += 1;
            }
            self.shell.push_back((addr, lines));
            for i in 0..lines {
                let addr = addr + i * LINE_BYTES;
                self.expected.push_back(Expected {
                    addr,
                    request: None,
                });
                self.to_issue
                    .push_back((self.lines_requested, addr, self.shell_requests));
                self.lines_requested += 1;
            }
            self.shell_requests += 1;
        }

        /// The model completer's answer to a read request: completions cut at random
        /// 64-byte boundaries, perhaps one of them failing.
        fn answer(&mut self, tag: u64, addr: u64, lines: u64) -> Option<(Fault, u64)> {
            let mut completions = VecDeque::new();
            let mut line = 0;
            while line < lines {
                let mut size = 1;
                while line + size < lines && self.rng.gen_bool(0.5) {
                    size += 1;
                }
                completions.push_back(Completion {
                    tag,
                    addr: addr + line * LINE_BYTES,
                    lines: size,
                    byte_count: (lines - line) * LINE_BYTES,
                    last: line + size == lines,
                    fault: None,
                });
                line += size;
            }
            let mut failure = None;
            if self.rng.gen_bool(self.fault_rate) {
                let at = self.rng.gen_range(0..completions.len());
                let fault = match self.rng.gen_range(0..3) {
                    0 => Fault::Timeout,
                    1 => Fault::Unsupported {
                        error_code: self.rng.gen(),
                    },
                    _ => Fault::Poisoned {
                        error_code: self.rng.gen(),
                    },
                };
                let failed = &mut completions[at];
                failed.fault = Some(fault);
                failure = Some((fault, (failed.addr - addr) / LINE_BYTES));
                let mut end = Some(at).filter(|_| !matches!(fault, Fault::Poisoned { .. }));
                if end.is_none() {
                    // After a poisoned completion, more of them perhaps, or a timeout: the
                    // lines keep the first failure's status.
                    for (later, completion) in completions.iter_mut().enumerate().skip(at + 1) {
                        if self.rng.gen_bool(0.2) {
                            completion.fault = Some(Fault::Timeout);
                            end = Some(later);
                            break;
                        }
                        if self.rng.gen_bool(0.3) {
                            completion.fault = Some(fault);
                        }
                    }
                }
                if let Some(end) = end {
                    // The request ends there: the rest never comes (a timeout) or the
                    // completer refused all of it (UR).
                    completions[end].last = true;
                    completions.truncate(end + 1);
                }
            }
            let ready_at = self.now + self.rng.gen_range(1..40);
            self.outstanding.insert(
                tag,
                Outstanding {
                    ready_at,
                    completions,
                },
            );
            failure
        }

        fn step(&mut self) {
            // The shell's request FIFO shows its head.
            let uut = &mut self.uut;
            uut.req_valid.next = !self.shell.is_empty();
            if let Some(&(addr, lines)) = self.shell.front() {
                uut.req_addr.next = addr.into();
                uut.req_lines.next = lines.into();
            }
            uut.rq_ready.next = self.rng.gen_bool(0.7);
            // The line FIFO: room most of the time, now and then none for a while.
            let room_before = self.room;
            if self.hold_room {
                self.room = false;
            } else if self.room_low_for > 0 {
                self.room_low_for -= 1;
                self.room = false;
            } else if self.rng.gen_bool(0.02) {
                self.room_low_for = self.rng.gen_range(1..80);
                self.room = false;
            } else {
                self.room = self.rng.gen_bool(0.9);
            }
            uut.line_room.next = self.room;
            // RC: the next beat of the completion under way, or a new completion of a
            // request whose answer is ready, any of them; now and then nothing.
            if self.rc.is_empty() && self.rng.gen_bool(0.8) {
                let ready: Vec<u64> = self
                    .outstanding
                    .iter()
                    .filter(|(_, o)| o.ready_at <= self.now)
                    .map(|(&tag, _)| tag)
                    .collect();
                if !ready.is_empty() {
                    let tag = ready[self.rng.gen_range(0..ready.len())];
                    let request = self.outstanding.get_mut(&tag).unwrap();
                    let completion = request.completions.pop_front().unwrap();
                    // The next completion of the request soon, or now and then much later
                    // (often after a poisoned one, when the failed request's lines are
                    // long gone).
                    let poisoned = matches!(completion.fault, Some(Fault::Poisoned { .. }));
                    request.ready_at = self.now
                        + if self.rng.gen_bool(if poisoned { 0.7 } else { 0.1 }) {
                            self.rng.gen_range(20..150)
                        } else {
                            self.rng.gen_range(0..6)
                        };
                    let beats = completion.beats();
                    let count = beats.len();
                    for (i, beat) in beats.into_iter().enumerate() {
                        let last = i + 1 == count;
                        let frees = (last && completion.last).then_some(tag);
                        self.rc.push_back((beat, last, frees));
                    }
                }
            }
            let send = !self.rc.is_empty() && self.rng.gen_bool(0.85);
            uut.rc_tvalid.next = send;
            uut.rc_tlast.next = false;
            if send {
                let (beat, last, frees) = self.rc.pop_front().unwrap();
                uut.rc_tdata.next = beat;
                uut.rc_tlast.next = last;
                if let Some(tag) = frees {
                    let request = self.outstanding.remove(&tag).unwrap();
                    assert!(request.completions.is_empty());
                }
            } else {
                // Junk on an idle bus.
                uut.rc_tdata.next = beat(&[self.rng.gen(); 16]);
            }
            settle(uut);

            assert!(uut.rc_tready.val(), "RC is always ready");
            let offered = uut.rq_valid.val().then(|| uut.rq_data.val());
            let taken = uut.rq_valid.val() && uut.rq_ready.val();
            if let Some(data) = self.rq.offer(offered, taken) {
                self.read_request(data);
            }
            let uut = &mut self.uut;
            if uut.req_take.val() {
                self.shell.pop_front();
            }
            if uut.line_valid.val() {
                assert!(room_before, "a line left without room");
                let data = uut.line_data.val();
                let status = uut.line_status.val().to_u64();
                self.line_out(data, status);
            }
            cycle(&mut self.uut);
            self.now += 1;
        }

        /// A read request taken from RQ: check it and answer it.
        fn read_request(&mut self, data: Bits<512>) {
            let uut = &self.uut;
            assert_eq!(
                uut.rq_keep.val().to_u64(),
                0xF,
                "the descriptor's four DWORDs"
            );
            let user = uut.rq_user.val();
            assert_eq!(
                user.get_bits::<64>(0).to_u64(),
                0xF | (0xF << 8) | (1 << 20) | (1 << 26) | (3 << 28),
                "byte enables, sop, eop in DWORD 3"
            );
            assert!(!user.get_bits::<73>(64).any());
            let addr = data.get_bits::<64>(0).to_u64();
            let dwords = data.get_bits::<11>(64).to_u64();
            let tag = data.get_bits::<8>(96).to_u64();
            assert_eq!(data.get_bits::<4>(75).to_u64(), REQ_MEM_READ, "memory read");
            assert!(!data.get_bit(79), "not poisoned");
            assert_eq!(
                data.get_bits::<16>(80).to_u64(),
                0,
                "requester id from the block"
            );
            assert!(
                !data.get_bits::<24>(104).any(),
                "no function, tc, attr or ECRC"
            );
            assert!(tag < u64::from(TAGS), "tag {tag}");
            assert!(
                !self.outstanding.contains_key(&tag),
                "tag {tag} is still in use"
            );
            assert!(
                dwords > 0 && dwords.is_multiple_of(LINE_DWORDS),
                "{dwords} DWORDs"
            );
            let bytes = dwords * 4;
            assert!(
                bytes <= 128 << self.mrrs,
                "{bytes} bytes over MRRS {}",
                self.mrrs
            );
            assert!(bytes <= 512, "{bytes} bytes over a tag's 8 lines");
            assert!(
                addr % 4096 + bytes <= 4096,
                "{addr:#x} + {bytes} crosses 4 KiB"
            );
            // The requests cover the shell's lines in order, each once, a shell request cut
            // only where it must be.
            let &(_, _, shell) = self.to_issue.front().expect("a line not asked for");
            let rest = self.to_issue.iter().take_while(|l| l.2 == shell).count() as u64;
            let cut = rest
                .min((2 << self.mrrs).min(8))
                .min(64 - addr % 4096 / LINE_BYTES);
            assert_eq!(
                bytes / LINE_BYTES,
                cut,
                "a request of {rest} lines at {addr:#x}"
            );
            let request = self.issued.len();
            for i in 0..bytes / LINE_BYTES {
                let (index, line, _) = self.to_issue.pop_front().expect("a line not asked for");
                assert_eq!(line, addr + i * LINE_BYTES, "the next line asked for");
                self.expected[index - self.lines_out].request = Some((request, i));
            }
            *self.rq_sizes.entry(bytes / LINE_BYTES).or_default() += 1;
            let fault = self.answer(tag, addr, bytes / LINE_BYTES);
            self.issued.push(Issued {
                tag,
                lines: bytes / LINE_BYTES,
                fault,
                failed_seen: false,
            });
        }

        /// A line out: the next one asked for, with its address's data, or the status of a
        /// failure of its request.
        fn line_out(&mut self, data: Bits<512>, status: u64) {
            let line = self.expected.pop_front().expect("a line not asked for");
            let index = self.lines_out;
            self.lines_out += 1;
            let (request, offset) = line.request.expect("a line before its request");
            let issued = &mut self.issued[request];
            let good = (0..16).all(|i| dword(data, i) == memory(line.addr + 4 * i as u64));
            match issued.fault {
                None => {
                    assert_eq!(status, 0, "line {index} at {:#x}", line.addr);
                    assert!(good, "line {index} has the data of {:#x}", line.addr);
                }
                Some((fault, failed_from)) => {
                    // Lines of the failed request before its failure may have left with
                    // their data; from the first failed line on, all carry the status.
                    if status == 0 && !issued.failed_seen {
                        assert!(good, "line {index} has the data of {:#x}", line.addr);
                        assert!(
                            offset < failed_from,
                            "line {index} at {:#x} after a {fault:?} has no status",
                            line.addr
                        );
                    } else {
                        assert_eq!(status, fault.status(), "line {index} after {fault:?}");
                        issued.failed_seen = true;
                        self.lines_failed += 1;
                    }
                }
            }
            if offset + 1 == issued.lines && self.outstanding.contains_key(&issued.tag) {
                self.drained_early += 1;
            }
        }

        fn run(&mut self, lines: usize) {
            let limit = self.now + 40 * lines as u64 + 2_000;
            while self.lines_out < lines || !self.expected.is_empty() {
                if self.lines_requested < lines && self.shell.len() < 4 && self.rng.gen_bool(0.5) {
                    self.request();
                }
                self.step();
                assert!(
                    self.now < limit,
                    "stuck: {} of {lines} lines out",
                    self.lines_out
                );
            }
            // What is still to come (the rest of a request failed early) changes nothing.
            let end = self.now + 200;
            while self.now < end || !self.outstanding.is_empty() || !self.rc.is_empty() {
                self.step();
                assert!(self.now < limit, "stuck with completions left");
            }
            assert_eq!(self.lines_out, self.lines_requested);
        }

        fn faults(&self) -> Vec<Fault> {
            self.issued
                .iter()
                .filter_map(|i| i.fault.map(|f| f.0))
                .collect()
        }
    }

    #[test]
    fn lines_leave_once_in_request_order_however_completions_are_split_and_interleaved() {
        for mrrs in [0, 1, 2, 5] {
            let mut bench = Bench::new(0x5EED_0000 + mrrs, mrrs, 0.0);
            bench.run(3000);
            // Requests are cut to Max_Read_Request_Size and the 4 KiB boundaries.
            let largest = (2 << mrrs).min(8);
            assert!(
                bench.rq_sizes.contains_key(&largest),
                "{:?}",
                bench.rq_sizes
            );
            assert!(bench.shell_crossing > 50, "{}", bench.shell_crossing);
            assert_eq!(bench.lines_failed, 0);
        }
    }

    #[test]
    fn a_failed_completion_marks_the_rest_of_its_request_and_spares_the_others() {
        let mut seen = Vec::new();
        let mut drained_early = 0;
        for mrrs in 0..=2 {
            let mut bench = Bench::new(0xFA17_0000 + mrrs, mrrs, 0.15);
            bench.run(3000);
            assert!(bench.lines_failed > 100, "{}", bench.lines_failed);
            seen.extend(bench.faults());
            drained_early += bench.drained_early;
        }
        // Tags reused after the rest of a failed request came in, long after its lines.
        assert!(drained_early >= 5, "{drained_early}");
        for fault in [
            Fault::Timeout,
            Fault::Unsupported { error_code: true },
            Fault::Unsupported { error_code: false },
            Fault::Poisoned { error_code: true },
            Fault::Poisoned { error_code: false },
        ] {
            let count = seen.iter().filter(|&&f| f == fault).count();
            assert!(count >= 5, "{fault:?} {count} times");
        }
    }

    #[test]
    fn without_line_room_lines_wait_and_the_tags_run_out() {
        let mut bench = Bench::new(0x400F, 2, 0.0);
        bench.hold_room = true;
        for i in 0..12 {
            bench.push_request(0x1_2345_6000 + 512 * i, 8);
        }
        for _ in 0..600 {
            bench.step();
        }
        assert_eq!(bench.lines_out, 0, "no room, no line");
        assert_eq!(
            bench.issued.len(),
            TAGS as usize,
            "one request per tag in flight"
        );
        assert!(bench.outstanding.is_empty(), "all of them answered");
        bench.hold_room = false;
        bench.run(96);
        assert_eq!(bench.issued.len(), 12);
    }
}
