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

use super::{RC_BAD_STATUS, RC_INVALID_LENGTH, RC_OK, RC_POISONED, REQ_MEM_READ, RQ_USER_BITS};
use rust_hdl::prelude::*;

/// Tags in use at once.
pub const TAGS: u32 = 8;
/// Lines one tag can bring (its share of the reorder buffer): 512 bytes.
pub const LINES_PER_TAG: u32 = 8;
/// Lines in the 4 KiB a read request may not cross.
const PAGE_LINES: u64 = 4096 / super::LINE_BYTES;
/// Address bits of the reorder buffer (`TAGS * LINES_PER_TAG` lines).
const REORDER_BITS: usize = 6;

/// RQ tuser: the first and last DWORD byte enables (all bytes), `is_sop[0]`, `is_eop[0]`
/// and `is_eop0_ptr` (the end in DWORD `last_dword`) of a packet in one beat or ending here.
pub fn rq_user(first_beat: bool, last_dword: Option<u64>) -> u64 {
    let mut user = 0;
    if first_beat {
        user |= 0xF | (0xF << 8) | (1 << 20);
    }
    if let Some(dword) = last_dword {
        user |= (1 << 26) | (dword << 28);
    }
    user
}

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
        self.tags_free.next = (self.tail.q.val() - self.head.q.val()) != 8;
        self.issue.next = self.issuing.q.val()
            && !self.rq_pending.q.val()
            && self.tags_free.val()
            && !(self.busy.q.val() & (bits::<8>(1) << bit_cast::<8, 3>(self.tail_tag.val()))).any();
        self.busy_set.next = 0.into();
        if self.issue.val() {
            self.rq_pending.d.next = true;
            // Read request descriptor (PG213): address, DWORD count, type, tag.
            self.rq_descriptor.d.next = bit_cast::<128, 64>(self.next_addr.q.val())
                | (bit_cast::<128, 8>(self.chunk.val()) << 68)
                | (bit_cast::<128, 4>(self.read_type.val()) << 75)
                | (bit_cast::<128, 3>(self.tail_tag.val()) << 96);
            self.busy_set.next = bits::<8>(1) << bit_cast::<8, 3>(self.tail_tag.val());
            self.tag_lines.d.next = (self.tag_lines.q.val()
                & !(bits::<32>(0xF) << (bit_cast::<32, 3>(self.tail_tag.val()) << 2)))
                | (bit_cast::<32, 8>(self.chunk.val())
                    << (bit_cast::<32, 3>(self.tail_tag.val()) << 2));
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
        self.rc_tag_lines.next = self.tag_lines.q.val() >> (bit_cast::<32, 3>(self.tag.val()) << 2);
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
                self.failed_set.next = bits::<8>(1) << bit_cast::<8, 3>(self.tag.val());
                if !(self.failed.q.val() & self.failed_set.val()).any() {
                    self.tag_status.d.next = (self.tag_status.q.val()
                        & !(bits::<32>(0xF) << (bit_cast::<32, 3>(self.tag.val()) << 2)))
                        | (bit_cast::<32, 4>(self.status.val())
                            << (bit_cast::<32, 3>(self.tag.val()) << 2));
                }
            }
            if self.rc_tlast.val() && self.rc_tdata.val().get_bit(30) {
                self.busy_clear.next = bits::<8>(1) << bit_cast::<8, 3>(self.tag.val());
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
        self.head_lines_word.next =
            self.tag_lines.q.val() >> (bit_cast::<32, 3>(self.head_tag.val()) << 2);
        self.head_lines.next = self.head_lines_word.val().get_bits::<4>(0);
        self.head_status_word.next =
            self.tag_status.q.val() >> (bit_cast::<32, 3>(self.head_tag.val()) << 2);
        self.drain_slot.next = (bit_cast::<REORDER_BITS, 3>(self.head_tag.val()) << 3) + 8
            - bit_cast::<REORDER_BITS, 4>(self.head_lines.val())
            + bit_cast::<REORDER_BITS, 3>(self.drain_line.q.val());
        self.reorder.read_address.next = self.drain_slot.val();
        self.drain.next = (self.head.q.val() != self.tail.q.val())
            && self.line_room.val()
            && ((self.arrived.q.val()
                & (bits::<64>(1) << bit_cast::<64, REORDER_BITS>(self.drain_slot.val())))
            .any()
                || (self.failed.q.val() & (bits::<8>(1) << bit_cast::<8, 3>(self.head_tag.val())))
                    .any());
        self.arrived_clear.next = 0.into();
        self.failed_clear.next = 0.into();
        self.out_pending.d.next = self.drain.val();
        self.out_status.d.next = self.ok.val();
        if self.drain.val() {
            self.arrived_clear.next =
                bits::<64>(1) << bit_cast::<64, REORDER_BITS>(self.drain_slot.val());
            if (self.failed.q.val() & (bits::<8>(1) << bit_cast::<8, 3>(self.head_tag.val()))).any()
            {
                self.out_status.d.next = self.head_status_word.val().get_bits::<4>(0);
            }
            if bit_cast::<4, 3>(self.drain_line.q.val()) + 1 == self.head_lines.val() {
                self.drain_line.d.next = 0.into();
                self.head.d.next = self.head.q.val() + 1;
                self.failed_clear.next = bits::<8>(1) << bit_cast::<8, 3>(self.head_tag.val());
            } else {
                self.drain_line.d.next = self.drain_line.q.val() + 1;
            }
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
