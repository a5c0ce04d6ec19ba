//! The completer: BAR0 register accesses from the hard block's completer request interface
//! (CQ) to the card's register port, and read data back as completions on CC.
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `cq_tdata[511:0]`, `cq_tlast`, `cq_tuser[182:0]`, `cq_tvalid`, `cq_tready`: requests,
//!   a 128-bit descriptor in DWORDs 0..3 and the payload from DWORD 4.
//! - `cc_tdata[511:0]`, `cc_tkeep[15:0]`, `cc_tlast`, `cc_tuser[80:0]`, `cc_tvalid`,
//!   `cc_tready`: completions, a 96-bit descriptor in DWORDs 0..2 and the data in DWORD 3.
//! - `reg_req_*`: one register access toward the card's clock (`write`, `addr` inside
//!   BAR0, `wdata`), taken with `reg_req_ready`.
//! - `reg_resp_valid`, `reg_resp_data`, `reg_resp_take`: a register read's value back.
//!
//! The registers are 32 bits wide and the host reads and writes them one DWORD at a time.
//! A one-DWORD write with all byte enables goes to the register port; any other write is
//! dropped (a posted write has no answer). A one-DWORD read waits for its value and is
//! completed with it; any other read is completed with Unsupported Request. One read is in
//! flight at a time: a read holds CQ until its completion is on CC, so a read sees every
//! write before it. A register value arriving while no read waits (one left from before a
//! reset) is dropped.

use super::{
    CC_USER_BITS, CPL_SUCCESS, CPL_UNSUPPORTED, CQ_USER_BITS, REQ_MEM_READ, REQ_MEM_WRITE,
};
use rust_hdl::prelude::*;

/// Where the completer is in a request.
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum CompleterState {
    /// Taking the next request from CQ.
    Idle,
    /// A read went to the register port; waiting for its value.
    WaitRead,
    /// A completion is offered on CC.
    Respond,
    /// Dropping the rest of a request longer than one beat.
    Skip,
}

/// The completer (interface in the module docs).
#[derive(LogicBlock)]
pub struct Completer {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// CQ: a beat of a request.
    pub cq_tdata: Signal<In, Bits<512>>,
    /// CQ: the request's last beat.
    pub cq_tlast: Signal<In, Bit>,
    /// CQ: sideband; bits 3..0 are the first DWORD's byte enables.
    pub cq_tuser: Signal<In, Bits<CQ_USER_BITS>>,
    /// CQ: a beat is offered.
    pub cq_tvalid: Signal<In, Bit>,
    /// CQ: the beat is taken on a cycle with `cq_tvalid` and this high.
    pub cq_tready: Signal<Out, Bit>,
    /// CC: the completion, one beat.
    pub cc_tdata: Signal<Out, Bits<512>>,
    /// CC: the DWORDs of `cc_tdata` in use.
    pub cc_tkeep: Signal<Out, Bits<16>>,
    /// CC: always the last beat.
    pub cc_tlast: Signal<Out, Bit>,
    /// CC: sideband: start and end of packet and the end's DWORD.
    pub cc_tuser: Signal<Out, Bits<CC_USER_BITS>>,
    /// CC: a completion is offered.
    pub cc_tvalid: Signal<Out, Bit>,
    /// CC: the hard block takes the completion.
    pub cc_tready: Signal<In, Bit>,
    /// A register access is offered, this cycle only.
    pub reg_req_valid: Signal<Out, Bit>,
    /// The register path can take an access.
    pub reg_req_ready: Signal<In, Bit>,
    /// The access is a write.
    pub reg_req_write: Signal<Out, Bit>,
    /// The register's byte offset in BAR0.
    pub reg_req_addr: Signal<Out, Bits<32>>,
    /// The value written.
    pub reg_req_wdata: Signal<Out, Bits<32>>,
    /// A register read's value is waiting.
    pub reg_resp_valid: Signal<In, Bit>,
    /// The value.
    pub reg_resp_data: Signal<In, Bits<32>>,
    /// Takes the waiting value.
    pub reg_resp_take: Signal<Out, Bit>,
    state: DFF<CompleterState>,
    /// The completion descriptor (DWORDs 0..2) of the read being answered.
    header: DFF<Bits<96>>,
    /// The completion carries one DWORD of data.
    with_data: DFF<Bit>,
    data: DFF<Bits<32>>,
    beat: Signal<Local, Bit>,
    req_type: Signal<Local, Bits<4>>,
    dwords: Signal<Local, Bits<11>>,
    offset: Signal<Local, Bits<64>>,
    full_write: Signal<Local, Bit>,
    one_read: Signal<Local, Bit>,
    status: Signal<Local, Bits<3>>,
    dwords_out: Signal<Local, Bits<11>>,
    completion: Signal<Local, Bits<96>>,
    mem_read: Constant<Bits<4>>,
    mem_write: Constant<Bits<4>>,
    all_bytes: Constant<Bits<4>>,
    success: Constant<Bits<3>>,
    unsupported: Constant<Bits<3>>,
    register_bytes: Constant<Bits<13>>,
    /// CC tuser: is_sop[0], is_eop[0] and the end in DWORD 3 (with data) or 2 (without).
    user_with_data: Constant<Bits<CC_USER_BITS>>,
    user_without_data: Constant<Bits<CC_USER_BITS>>,
}

/// CC tuser bit: a packet starts in this beat (`is_sop[0]`).
const CC_IS_SOP: u64 = 1 << 0;
/// CC tuser bit: a packet ends in this beat (`is_eop[0]`).
const CC_IS_EOP: u64 = 1 << 6;
/// CC tuser: the first bit of `is_eop0_ptr`, the packet's last DWORD.
const CC_EOP_PTR_LSB: u64 = 8;

impl Default for Completer {
    fn default() -> Self {
        let user = |last_dword: u64| {
            Constant::new(Bits::from(
                CC_IS_SOP | CC_IS_EOP | (last_dword << CC_EOP_PTR_LSB),
            ))
        };
        Completer {
            clock: Default::default(),
            reset: Default::default(),
            cq_tdata: Default::default(),
            cq_tlast: Default::default(),
            cq_tuser: Default::default(),
            cq_tvalid: Default::default(),
            cq_tready: Default::default(),
            cc_tdata: Default::default(),
            cc_tkeep: Default::default(),
            cc_tlast: Default::default(),
            cc_tuser: Default::default(),
            cc_tvalid: Default::default(),
            cc_tready: Default::default(),
            reg_req_valid: Default::default(),
            reg_req_ready: Default::default(),
            reg_req_write: Default::default(),
            reg_req_addr: Default::default(),
            reg_req_wdata: Default::default(),
            reg_resp_valid: Default::default(),
            reg_resp_data: Default::default(),
            reg_resp_take: Default::default(),
            state: Default::default(),
            header: Default::default(),
            with_data: Default::default(),
            data: Default::default(),
            beat: Default::default(),
            req_type: Default::default(),
            dwords: Default::default(),
            offset: Default::default(),
            full_write: Default::default(),
            one_read: Default::default(),
            status: Default::default(),
            dwords_out: Default::default(),
            completion: Default::default(),
            mem_read: Constant::new(REQ_MEM_READ.into()),
            mem_write: Constant::new(REQ_MEM_WRITE.into()),
            all_bytes: Constant::new(0xF_u64.into()),
            success: Constant::new(CPL_SUCCESS.into()),
            unsupported: Constant::new(CPL_UNSUPPORTED.into()),
            register_bytes: Constant::new(4_u64.into()),
            user_with_data: user(3),
            user_without_data: user(2),
        }
    }
}

impl Logic for Completer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, header, with_data, data);

        // The request descriptor (PG213, "Completer Request Descriptor Format").
        self.req_type.next = self.cq_tdata.val().get_bits::<4>(75);
        self.dwords.next = self.cq_tdata.val().get_bits::<11>(64);
        // The offset inside the BAR: the address below the BAR's aperture (bits 120..115).
        self.offset.next = (bit_cast::<64, 30>(self.cq_tdata.val().get_bits::<30>(2)) << 2)
            & ((bits::<64>(1) << bit_cast::<64, 6>(self.cq_tdata.val().get_bits::<6>(115))) - 1);
        self.full_write.next = (self.req_type.val() == self.mem_write.val())
            && (self.dwords.val() == 1)
            && (self.cq_tuser.val().get_bits::<4>(0) == self.all_bytes.val());
        self.one_read.next =
            (self.req_type.val() == self.mem_read.val()) && (self.dwords.val() == 1);
        self.status.next = self.success.val();
        self.dwords_out.next = 1.into();
        if !self.one_read.val() {
            self.status.next = self.unsupported.val();
            self.dwords_out.next = 0.into();
        }
        // The completion descriptor: lower address and byte count; DWORD count, status and
        // requester id; tag, traffic class and attributes, as the request carried them.
        self.completion.next = bit_cast::<96, 7>(self.cq_tdata.val().get_bits::<7>(0))
            | (bit_cast::<96, 13>(self.register_bytes.val()) << 16)
            | (bit_cast::<96, 11>(self.dwords_out.val()) << 32)
            | (bit_cast::<96, 3>(self.status.val()) << 43)
            | (bit_cast::<96, 16>(self.cq_tdata.val().get_bits::<16>(80)) << 48)
            | (bit_cast::<96, 8>(self.cq_tdata.val().get_bits::<8>(96)) << 64)
            | (bit_cast::<96, 3>(self.cq_tdata.val().get_bits::<3>(121)) << 89)
            | (bit_cast::<96, 3>(self.cq_tdata.val().get_bits::<3>(124)) << 92);

        self.cq_tready.next = false;
        self.beat.next = false;
        self.reg_req_valid.next = false;
        self.reg_req_write.next = self.full_write.val();
        self.reg_req_addr.next = self.offset.val().get_bits::<32>(0);
        self.reg_req_wdata.next = self.cq_tdata.val().get_bits::<32>(128);
        self.reg_resp_take.next = false;
        self.cc_tvalid.next = false;
        match self.state.q.val() {
            CompleterState::Idle => {
                self.cq_tready.next = self.reg_req_ready.val();
                self.beat.next = self.cq_tvalid.val() && self.reg_req_ready.val();
                // A value with no read waiting for it is left from before a reset.
                self.reg_resp_take.next = self.reg_resp_valid.val();
                if self.beat.val() {
                    if self.full_write.val() {
                        self.reg_req_valid.next = true;
                    }
                    if self.req_type.val() == self.mem_read.val() {
                        self.header.d.next = self.completion.val();
                        self.with_data.d.next = self.one_read.val();
                        self.data.d.next = 0.into();
                        if self.one_read.val() {
                            self.reg_req_valid.next = true;
                            self.state.d.next = CompleterState::WaitRead;
                        } else {
                            self.state.d.next = CompleterState::Respond;
                        }
                    } else if !self.cq_tlast.val() {
                        self.state.d.next = CompleterState::Skip;
                    }
                }
            }
            CompleterState::WaitRead => {
                if self.reg_resp_valid.val() {
                    self.reg_resp_take.next = true;
                    self.data.d.next = self.reg_resp_data.val();
                    self.state.d.next = CompleterState::Respond;
                }
            }
            CompleterState::Respond => {
                self.cc_tvalid.next = true;
                if self.cc_tready.val() {
                    self.state.d.next = CompleterState::Idle;
                }
            }
            CompleterState::Skip => {
                self.cq_tready.next = true;
                if self.cq_tvalid.val() && self.cq_tlast.val() {
                    self.state.d.next = CompleterState::Idle;
                }
            }
            _ => {
                self.state.d.next = CompleterState::Idle;
            }
        }
        self.cc_tdata.next = bit_cast::<512, 96>(self.header.q.val())
            | (bit_cast::<512, 32>(self.data.q.val()) << 96);
        self.cc_tlast.next = true;
        if self.with_data.q.val() {
            self.cc_tkeep.next = 0xF.into();
            self.cc_tuser.next = self.user_with_data.val();
        } else {
            self.cc_tkeep.next = 0x7.into();
            self.cc_tuser.next = self.user_without_data.val();
        }
        if self.reset.val() {
            self.state.d.next = CompleterState::Idle;
            self.cq_tready.next = false;
            self.reg_req_valid.next = false;
            self.cc_tvalid.next = false;
        }
    }
}
