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

use super::read_engine::rq_user;
use super::{LINE_DWORDS, REQ_MEM_WRITE, RQ_USER_BITS};
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
