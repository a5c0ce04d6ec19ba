//! `gatebook_pcie`: the card on the Xilinx UltraScale+ PCIe hard block: the PCIe front end on
//! the hard block's user clock, the card (register block, DMA engine, pipeline) on a clock of
//! its own (docs/pcie.md).
//!
//! Ports:
//! - `user_clk`, `user_reset`: the hard block's user clock and reset (synchronous, active
//!   high; a link reset or PERST#).
//! - `core_clk`: the card's clock. The card's reset is `user_reset` brought into it by a
//!   two-flop synchronizer.
//! - `m_axis_cq_*`, `s_axis_cc_*`, `s_axis_rq_*`, `m_axis_rc_*`: the hard block's completer
//!   request, completer completion, requester request and requester completion interfaces
//!   (512 bits, DWORD-aligned, no straddling), named as the hard block names them.
//! - `pcie_cq_np_req[1:0]`: non-posted request credit to the hard block, always one: the
//!   completer takes a read only when it can answer it.
//! - `cfg_max_read_req[2:0]`: the link's Max_Read_Request_Size from the hard block.
//!
//! ```text
//!  CQ ─► Completer ─► [async FIFO] ─► register port ─┐
//!  CC ◄─ Completer ◄─ [async FIFO] ◄── read data ────┤
//!                                                    │  gatebook_card shell
//!  RQ ◄─ RqMux ◄─ ReadEngine ◄─ [async FIFO] ◄─ rd_req│  + pipeline (core_clk)
//!  RC ─► ReadEngine ─► [async FIFO] ─► rd_resp ──────┤
//!  RQ ◄─ RqMux ◄─ WriteEngine ◄─ [async FIFO] ◄─ wr ──┘
//! ```
//!
//! Every FIFO is drained while its reader's side is in reset, so nothing from before a
//! reset reaches the card after it.

use super::completer::Completer;
use super::read_engine::ReadEngine;
use super::rq_mux::RqMux;
use super::write_engine::WriteEngine;
use super::{CC_USER_BITS, CQ_USER_BITS, RC_USER_BITS, RQ_USER_BITS};
use crate::shell::card::GatebookCard;
use crate::shell::regs::Identity;
use rust_hdl::prelude::*;

/// Register accesses toward the card: write flag, offset and value.
type RegRequestFifo = AsynchronousFIFO<Bits<65>, 4, 5, 1>;
/// Register values back.
type RegResponseFifo = AsynchronousFIFO<Bits<32>, 3, 4, 1>;
/// The shell's read requests: address and line count.
type ReadRequestFifo = AsynchronousFIFO<Bits<72>, 3, 4, 1>;
/// Lines read, with their completion status.
type ReadLineFifo = AsynchronousFIFO<Bits<516>, 4, 5, 1>;
/// The shell's line writes: address and data.
type WriteFifo = AsynchronousFIFO<Bits<576>, 4, 5, 1>;

/// Fill of the line FIFO below which the read engine may send a line: the FIFO holds 16,
/// and a line may already be on its way into it.
const LINE_FIFO_ROOM: u64 = 14;

/// `gatebook_pcie` (ports in the module docs); build it with [`GatebookPcie::new`].
#[derive(LogicBlock)]
pub struct GatebookPcie {
    /// The hard block's user clock.
    pub user_clk: Signal<In, Clock>,
    /// The hard block's user reset.
    pub user_reset: Signal<In, Bit>,
    /// The card's clock.
    pub core_clk: Signal<In, Clock>,
    /// CQ data.
    pub m_axis_cq_tdata: Signal<In, Bits<512>>,
    /// CQ DWORD enables (the descriptor says the length; unused).
    pub m_axis_cq_tkeep: Signal<In, Bits<16>>,
    /// CQ last beat.
    pub m_axis_cq_tlast: Signal<In, Bit>,
    /// CQ sideband.
    pub m_axis_cq_tuser: Signal<In, Bits<CQ_USER_BITS>>,
    /// CQ valid.
    pub m_axis_cq_tvalid: Signal<In, Bit>,
    /// CQ ready.
    pub m_axis_cq_tready: Signal<Out, Bit>,
    /// CC data.
    pub s_axis_cc_tdata: Signal<Out, Bits<512>>,
    /// CC DWORD enables.
    pub s_axis_cc_tkeep: Signal<Out, Bits<16>>,
    /// CC last beat.
    pub s_axis_cc_tlast: Signal<Out, Bit>,
    /// CC sideband.
    pub s_axis_cc_tuser: Signal<Out, Bits<CC_USER_BITS>>,
    /// CC valid.
    pub s_axis_cc_tvalid: Signal<Out, Bit>,
    /// CC ready.
    pub s_axis_cc_tready: Signal<In, Bit>,
    /// RQ data.
    pub s_axis_rq_tdata: Signal<Out, Bits<512>>,
    /// RQ DWORD enables.
    pub s_axis_rq_tkeep: Signal<Out, Bits<16>>,
    /// RQ last beat.
    pub s_axis_rq_tlast: Signal<Out, Bit>,
    /// RQ sideband.
    pub s_axis_rq_tuser: Signal<Out, Bits<RQ_USER_BITS>>,
    /// RQ valid.
    pub s_axis_rq_tvalid: Signal<Out, Bit>,
    /// RQ ready.
    pub s_axis_rq_tready: Signal<In, Bit>,
    /// RC data.
    pub m_axis_rc_tdata: Signal<In, Bits<512>>,
    /// RC DWORD enables (the descriptor says the length; unused).
    pub m_axis_rc_tkeep: Signal<In, Bits<16>>,
    /// RC last beat.
    pub m_axis_rc_tlast: Signal<In, Bit>,
    /// RC sideband (unused: no straddling, and byte enables follow from the descriptor).
    pub m_axis_rc_tuser: Signal<In, Bits<RC_USER_BITS>>,
    /// RC valid.
    pub m_axis_rc_tvalid: Signal<In, Bit>,
    /// RC ready.
    pub m_axis_rc_tready: Signal<Out, Bit>,
    /// Non-posted request credit to the hard block.
    pub pcie_cq_np_req: Signal<Out, Bits<2>>,
    /// The link's Max_Read_Request_Size.
    pub cfg_max_read_req: Signal<In, Bits<3>>,
    completer: Completer,
    reads: ReadEngine,
    writes: WriteEngine,
    rq: RqMux,
    reg_requests: RegRequestFifo,
    reg_responses: RegResponseFifo,
    read_requests: ReadRequestFifo,
    read_lines: ReadLineFifo,
    line_writes: WriteFifo,
    core_reset: BitSynchronizer,
    card: GatebookCard,
    reg_request: Signal<Local, Bits<65>>,
    write_flag: Constant<Bits<65>>,
    np_credit: Constant<Bits<2>>,
    line_room: Constant<Bits<5>>,
}

impl GatebookPcie {
    /// The card with the given identity registers (see [`crate::shell::card::identity`]).
    pub fn new(identity: Identity) -> GatebookPcie {
        GatebookPcie {
            user_clk: Default::default(),
            user_reset: Default::default(),
            core_clk: Default::default(),
            m_axis_cq_tdata: Default::default(),
            m_axis_cq_tkeep: Default::default(),
            m_axis_cq_tlast: Default::default(),
            m_axis_cq_tuser: Default::default(),
            m_axis_cq_tvalid: Default::default(),
            m_axis_cq_tready: Default::default(),
            s_axis_cc_tdata: Default::default(),
            s_axis_cc_tkeep: Default::default(),
            s_axis_cc_tlast: Default::default(),
            s_axis_cc_tuser: Default::default(),
            s_axis_cc_tvalid: Default::default(),
            s_axis_cc_tready: Default::default(),
            s_axis_rq_tdata: Default::default(),
            s_axis_rq_tkeep: Default::default(),
            s_axis_rq_tlast: Default::default(),
            s_axis_rq_tuser: Default::default(),
            s_axis_rq_tvalid: Default::default(),
            s_axis_rq_tready: Default::default(),
            m_axis_rc_tdata: Default::default(),
            m_axis_rc_tkeep: Default::default(),
            m_axis_rc_tlast: Default::default(),
            m_axis_rc_tuser: Default::default(),
            m_axis_rc_tvalid: Default::default(),
            m_axis_rc_tready: Default::default(),
            pcie_cq_np_req: Default::default(),
            cfg_max_read_req: Default::default(),
            completer: Default::default(),
            reads: Default::default(),
            writes: Default::default(),
            rq: Default::default(),
            reg_requests: Default::default(),
            reg_responses: Default::default(),
            read_requests: Default::default(),
            read_lines: Default::default(),
            line_writes: Default::default(),
            core_reset: Default::default(),
            card: GatebookCard::new(identity),
            reg_request: Default::default(),
            write_flag: Constant::new(Bits::<65>::from(1_u64) << 64),
            np_credit: Constant::new(1_u64.into()),
            line_room: Constant::new(LINE_FIFO_ROOM.into()),
        }
    }
}

impl Logic for GatebookPcie {
    #[hdl_gen]
    fn update(&mut self) {
        // Clocks and resets.
        self.completer.clock.next = self.user_clk.val();
        self.reads.clock.next = self.user_clk.val();
        self.writes.clock.next = self.user_clk.val();
        self.rq.clock.next = self.user_clk.val();
        self.completer.reset.next = self.user_reset.val();
        self.reads.reset.next = self.user_reset.val();
        self.writes.reset.next = self.user_reset.val();
        self.rq.reset.next = self.user_reset.val();
        self.core_reset.clock.next = self.core_clk.val();
        self.core_reset.sig_in.next = self.user_reset.val();
        self.card.clock.next = self.core_clk.val();
        self.card.reset.next = self.core_reset.sig_out.val();
        self.reg_requests.write_clock.next = self.user_clk.val();
        self.reg_requests.read_clock.next = self.core_clk.val();
        self.reg_responses.write_clock.next = self.core_clk.val();
        self.reg_responses.read_clock.next = self.user_clk.val();
        self.read_requests.write_clock.next = self.core_clk.val();
        self.read_requests.read_clock.next = self.user_clk.val();
        self.read_lines.write_clock.next = self.user_clk.val();
        self.read_lines.read_clock.next = self.core_clk.val();
        self.line_writes.write_clock.next = self.core_clk.val();
        self.line_writes.read_clock.next = self.user_clk.val();

        // Register accesses: CQ to the card's register port, values back to CC.
        self.completer.cq_tdata.next = self.m_axis_cq_tdata.val();
        self.completer.cq_tlast.next = self.m_axis_cq_tlast.val();
        self.completer.cq_tuser.next = self.m_axis_cq_tuser.val();
        self.completer.cq_tvalid.next = self.m_axis_cq_tvalid.val();
        self.m_axis_cq_tready.next = self.completer.cq_tready.val();
        self.pcie_cq_np_req.next = self.np_credit.val();
        self.s_axis_cc_tdata.next = self.completer.cc_tdata.val();
        self.s_axis_cc_tkeep.next = self.completer.cc_tkeep.val();
        self.s_axis_cc_tlast.next = self.completer.cc_tlast.val();
        self.s_axis_cc_tuser.next = self.completer.cc_tuser.val();
        self.s_axis_cc_tvalid.next = self.completer.cc_tvalid.val();
        self.completer.cc_tready.next = self.s_axis_cc_tready.val();
        self.reg_requests.write.next = self.completer.reg_req_valid.val();
        self.reg_request.next = bit_cast::<65, 32>(self.completer.reg_req_wdata.val())
            | (bit_cast::<65, 32>(self.completer.reg_req_addr.val()) << 32);
        if self.completer.reg_req_write.val() {
            self.reg_request.next = self.reg_request.val() | self.write_flag.val();
        }
        self.reg_requests.data_in.next = self.reg_request.val();
        self.completer.reg_req_ready.next = !self.reg_requests.full.val();
        self.reg_requests.read.next = !self.reg_requests.empty.val();
        self.card.mmio_wdata.next = self.reg_requests.data_out.val().get_bits::<32>(0);
        self.card.mmio_addr.next = self.reg_requests.data_out.val().get_bits::<32>(32);
        self.card.mmio_write.next = !self.reg_requests.empty.val()
            && self.reg_requests.data_out.val().get_bit(64)
            && !self.core_reset.sig_out.val();
        self.card.mmio_read.next = !self.reg_requests.empty.val()
            && !self.reg_requests.data_out.val().get_bit(64)
            && !self.core_reset.sig_out.val();
        self.reg_responses.write.next = self.card.mmio_rvalid.val();
        self.reg_responses.data_in.next = self.card.mmio_rdata.val();
        self.completer.reg_resp_valid.next = !self.reg_responses.empty.val();
        self.completer.reg_resp_data.next = self.reg_responses.data_out.val();
        self.reg_responses.read.next = self.completer.reg_resp_take.val();

        // Reads: the card's requests to the read engine, its lines back.
        self.read_requests.write.next =
            self.card.rd_req_valid.val() && !self.read_requests.full.val();
        self.read_requests.data_in.next = bit_cast::<72, 64>(self.card.rd_req_addr.val())
            | (bit_cast::<72, 8>(self.card.rd_req_lines.val()) << 64);
        self.card.rd_req_ready.next = !self.read_requests.full.val();
        self.reads.req_valid.next = !self.read_requests.empty.val();
        self.reads.req_addr.next = self.read_requests.data_out.val().get_bits::<64>(0);
        self.reads.req_lines.next = self.read_requests.data_out.val().get_bits::<8>(64);
        self.read_requests.read.next = self.reads.req_take.val();
        self.reads.max_read_request.next = self.cfg_max_read_req.val();
        self.reads.rc_tdata.next = self.m_axis_rc_tdata.val();
        self.reads.rc_tlast.next = self.m_axis_rc_tlast.val();
        self.reads.rc_tvalid.next = self.m_axis_rc_tvalid.val();
        self.m_axis_rc_tready.next = self.reads.rc_tready.val();
        self.read_lines.write.next = self.reads.line_valid.val();
        self.read_lines.data_in.next = bit_cast::<516, 512>(self.reads.line_data.val())
            | (bit_cast::<516, 4>(self.reads.line_status.val()) << 512);
        self.reads.line_room.next = self.read_lines.write_fill.val() < self.line_room.val();
        self.read_lines.read.next = !self.read_lines.empty.val();
        self.card.rd_resp_valid.next =
            !self.read_lines.empty.val() && !self.core_reset.sig_out.val();
        self.card.rd_resp_data.next = self.read_lines.data_out.val().get_bits::<512>(0);
        self.card.rd_resp_status.next = self.read_lines.data_out.val().get_bits::<4>(512);

        // Writes: the card's lines to the write engine.
        self.line_writes.write.next = self.card.wr_valid.val() && !self.line_writes.full.val();
        self.line_writes.data_in.next = bit_cast::<576, 64>(self.card.wr_addr.val())
            | (bit_cast::<576, 512>(self.card.wr_data.val()) << 64);
        self.card.wr_ready.next = !self.line_writes.full.val();
        self.writes.wr_valid.next = !self.line_writes.empty.val();
        self.writes.wr_addr.next = self.line_writes.data_out.val().get_bits::<64>(0);
        self.writes.wr_data.next = self.line_writes.data_out.val().get_bits::<512>(64);
        self.line_writes.read.next = self.writes.wr_take.val();

        // Both engines on RQ.
        self.rq.read_valid.next = self.reads.rq_valid.val();
        self.reads.rq_ready.next = self.rq.read_ready.val();
        self.rq.read_data.next = self.reads.rq_data.val();
        self.rq.read_keep.next = self.reads.rq_keep.val();
        self.rq.read_user.next = self.reads.rq_user.val();
        self.rq.write_valid.next = self.writes.rq_valid.val();
        self.writes.rq_ready.next = self.rq.write_ready.val();
        self.rq.write_data.next = self.writes.rq_data.val();
        self.rq.write_keep.next = self.writes.rq_keep.val();
        self.rq.write_last.next = self.writes.rq_last.val();
        self.rq.write_user.next = self.writes.rq_user.val();
        self.s_axis_rq_tdata.next = self.rq.rq_tdata.val();
        self.s_axis_rq_tkeep.next = self.rq.rq_tkeep.val();
        self.s_axis_rq_tlast.next = self.rq.rq_tlast.val();
        self.s_axis_rq_tuser.next = self.rq.rq_tuser.val();
        self.s_axis_rq_tvalid.next = self.rq.rq_tvalid.val();
        self.rq.rq_tready.next = self.s_axis_rq_tready.val();
    }
}

/// The default card on the PCIe hard block: Verilog with top module `gatebook_pcie`, around
/// the pipeline whose Verilog (`hdl/generated/gatebook_top.v`) is `pipeline_verilog`.
pub fn default_pcie_verilog(pipeline_verilog: &str) -> String {
    use crate::matcher::Build;
    use crate::shell::card::identity;
    let mut card = GatebookPcie::new(identity(Build::DEFAULT_CARD, pipeline_verilog.as_bytes()));
    crate::verilog::verilog_named(&mut card, "gatebook_pcie")
}
