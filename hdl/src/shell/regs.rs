//! The BAR0 register block: identity, configuration, status, sticky errors, counters and
//! the two doorbells, on the card's 32-bit MMIO port.
//!
//! Every offset, bit and value comes from `gatebook_wire::regmap` through a `Constant`
//! field, so the Verilog follows the one register table.
//!
//! Interface (one clock):
//! - `reset`: the power-on reset (synchronous, active high). `card_reset` is that reset or
//!   the one-cycle pulse that follows a write of CONTROL.RESET; it resets this block, the
//!   rest of the shell and the pipeline.
//! - MMIO: `mmio_addr` (byte offset in BAR0), `mmio_wdata`, `mmio_write`: a write takes
//!   effect at the end of the cycle it is presented. `mmio_read`: `mmio_rdata` is valid with
//!   `mmio_rvalid` in the next cycle. Unknown offsets and doorbells read 0; writes to
//!   read-only registers are ignored.
//! - From the shell: `sq_head` (records fetched), `cq_tail` (completions written),
//!   `cq_full`, one-cycle events `read_fault` (with `read_status`), `message_in` (the pipeline
//!   took a record), `report_out`, `reject_out` (a completion, a REJECT one, went to the
//!   write channel), `cq_stall` (a report waited for ring room this cycle).
//! - To the shell: `enabled`, `halted` (an error is set), `errors`, `error_raised` (an error
//!   bit is set in this cycle: the writer then writes one last status line), the ring bases
//!   and sizes (`sq_size`, `cq_size` in entries, valid while `enabled`), `status_addr`, and
//!   the doorbells `sq_tail`, `cq_head`.
//!
//! CONTROL.ENABLE checks the configuration (both ring sizes 1 to MAX_RING_LOG2, bases and
//! the status line 64-byte aligned) or sets RING_CONFIG and stays disabled. Doorbells are
//! taken only while enabled; one that moves its index out of range (SQ_TAIL more than the
//! ring size ahead of SQ_HEAD; CQ_HEAD past CQ_TAIL or more than the ring size behind it)
//! is not applied and sets its error bit. STATUS.RESETTING is high for `reset_cycles` after
//! a reset: the pipeline's table clearing.

use gatebook_wire::regmap::{self, fields};
use rust_hdl::prelude::*;

/// Largest ring, as log2 of its entries (DMA_CAPABILITIES.MAX_RING_LOG2).
pub const MAX_RING_LOG2: u32 = 16;

fn k32(value: u32) -> Constant<Bits<32>> {
    Constant::new(u64::from(value).into())
}

/// What the read-only identity registers report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    /// BUILD_ID: `regmap::build_id` of the pipeline's Verilog.
    pub build_id: u32,
    /// CAPABILITIES, packed.
    pub capabilities: u32,
    /// DMA_CAPABILITIES, packed.
    pub dma_capabilities: u32,
    /// Cycles STATUS.RESETTING stays high after a reset.
    pub reset_cycles: u32,
}

/// The BAR0 register block (interface in the module docs); build it with [`Regs::new`].
#[derive(LogicBlock)]
pub struct Regs {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// The power-on reset, synchronous, active high.
    pub reset: Signal<In, Bit>,
    /// MMIO: the register's byte offset in BAR0, with `mmio_write` or `mmio_read`.
    pub mmio_addr: Signal<In, Bits<32>>,
    /// MMIO: the value written, with `mmio_write`.
    pub mmio_wdata: Signal<In, Bits<32>>,
    /// MMIO: a write this cycle; it takes effect at the end of the cycle.
    pub mmio_write: Signal<In, Bit>,
    /// MMIO: a read this cycle; its value comes a cycle later on `mmio_rdata`.
    pub mmio_read: Signal<In, Bit>,
    /// MMIO: the value read, valid with `mmio_rvalid`; 0 for unknown offsets and doorbells.
    pub mmio_rdata: Signal<Out, Bits<32>>,
    /// MMIO: high the cycle after a read, with its value on `mmio_rdata`.
    pub mmio_rvalid: Signal<Out, Bit>,
    /// From the fetcher: submission lines arrived (SQ_HEAD).
    pub sq_head: Signal<In, Bits<32>>,
    /// From the writer: completions written (CQ_TAIL).
    pub cq_tail: Signal<In, Bits<32>>,
    /// From the writer: the completion ring is full (STATUS.CQ_FULL).
    pub cq_full: Signal<In, Bit>,
    /// One-cycle event: a read line came back with an error (ERRORS.DMA_READ_FAULT).
    pub read_fault: Signal<In, Bit>,
    /// With `read_fault`: the failed line's completion status (ERRORS.DMA_READ_STATUS).
    pub read_status: Signal<In, Bits<4>>,
    /// One-cycle event: the pipeline took a record (MESSAGES_IN).
    pub message_in: Signal<In, Bit>,
    /// One-cycle event: a completion went to the write channel (REPORTS_OUT).
    pub report_out: Signal<In, Bit>,
    /// One-cycle event: that completion is a REJECT (REJECTS).
    pub reject_out: Signal<In, Bit>,
    /// A report waited for room in the completion ring this cycle (CQ_FULL_STALLS).
    pub cq_stall: Signal<In, Bit>,
    /// The whole card's reset: `reset`, or the one-cycle pulse after a CONTROL.RESET write.
    pub card_reset: Signal<Out, Bit>,
    /// CONTROL.ENABLE was accepted: fetching and completions may run.
    pub enabled: Signal<Out, Bit>,
    /// A sticky error is set: the DMA stops.
    pub halted: Signal<Out, Bit>,
    /// The sticky ERRORS bits.
    pub errors: Signal<Out, Bits<32>>,
    /// An error bit becomes set this cycle: the writer writes one last status line.
    pub error_raised: Signal<Out, Bit>,
    /// Submission ring base, a bus address; valid while `enabled`.
    pub sq_base: Signal<Out, Bits<64>>,
    /// Submission ring size in entries, a power of two; valid while `enabled`.
    pub sq_size: Signal<Out, Bits<32>>,
    /// Completion ring base, a bus address; valid while `enabled`.
    pub cq_base: Signal<Out, Bits<64>>,
    /// Completion ring size in entries, a power of two; valid while `enabled`.
    pub cq_size: Signal<Out, Bits<32>>,
    /// Bus address of the 64-byte status line.
    pub status_addr: Signal<Out, Bits<64>>,
    /// The SQ_TAIL doorbell: submission entries the host has written.
    pub sq_tail: Signal<Out, Bits<32>>,
    /// The CQ_HEAD doorbell: completions the host has consumed.
    pub cq_head: Signal<Out, Bits<32>>,
    // State.
    soft_reset: DFF<Bit>,
    enable: DFF<Bit>,
    error_bits: DFF<Bits<32>>,
    resetting: DFF<Bits<32>>,
    sq_base_lo: DFF<Bits<32>>,
    sq_base_hi: DFF<Bits<32>>,
    sq_log2: DFF<Bits<32>>,
    cq_base_lo: DFF<Bits<32>>,
    cq_base_hi: DFF<Bits<32>>,
    cq_log2: DFF<Bits<32>>,
    status_lo: DFF<Bits<32>>,
    status_hi: DFF<Bits<32>>,
    sq_tail_reg: DFF<Bits<32>>,
    cq_head_reg: DFF<Bits<32>>,
    messages_in: DFF<Bits<64>>,
    reports_out: DFF<Bits<64>>,
    rejects: DFF<Bits<64>>,
    stalls: DFF<Bits<64>>,
    cycles: DFF<Bits<64>>,
    messages_in_snap: DFF<Bits<32>>,
    reports_out_snap: DFF<Bits<32>>,
    rejects_snap: DFF<Bits<32>>,
    stalls_snap: DFF<Bits<32>>,
    cycles_snap: DFF<Bits<32>>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<Bit>,
    // Combinational.
    any_reset: Signal<Local, Bit>,
    new_errors: Signal<Local, Bits<32>>,
    config_ok: Signal<Local, Bit>,
    sq_ahead: Signal<Local, Bits<32>>,
    cq_behind: Signal<Local, Bits<32>>,
    read_value: Signal<Local, Bits<32>>,
    status_value: Signal<Local, Bits<32>>,
    // Offsets (regmap).
    at_id: Constant<Bits<32>>,
    at_version: Constant<Bits<32>>,
    at_build_id: Constant<Bits<32>>,
    at_capabilities: Constant<Bits<32>>,
    at_dma_capabilities: Constant<Bits<32>>,
    at_control: Constant<Bits<32>>,
    at_status: Constant<Bits<32>>,
    at_errors: Constant<Bits<32>>,
    at_sq_base_lo: Constant<Bits<32>>,
    at_sq_base_hi: Constant<Bits<32>>,
    at_sq_size_log2: Constant<Bits<32>>,
    at_cq_base_lo: Constant<Bits<32>>,
    at_cq_base_hi: Constant<Bits<32>>,
    at_cq_size_log2: Constant<Bits<32>>,
    at_status_line_lo: Constant<Bits<32>>,
    at_status_line_hi: Constant<Bits<32>>,
    at_sq_head: Constant<Bits<32>>,
    at_cq_tail: Constant<Bits<32>>,
    at_messages_in_lo: Constant<Bits<32>>,
    at_messages_in_hi: Constant<Bits<32>>,
    at_reports_out_lo: Constant<Bits<32>>,
    at_reports_out_hi: Constant<Bits<32>>,
    at_rejects_lo: Constant<Bits<32>>,
    at_rejects_hi: Constant<Bits<32>>,
    at_stalls_lo: Constant<Bits<32>>,
    at_stalls_hi: Constant<Bits<32>>,
    at_cycles_lo: Constant<Bits<32>>,
    at_cycles_hi: Constant<Bits<32>>,
    at_sq_tail: Constant<Bits<32>>,
    at_cq_head: Constant<Bits<32>>,
    // Values and bits (regmap).
    card_id: Constant<Bits<32>>,
    version: Constant<Bits<32>>,
    build_id: Constant<Bits<32>>,
    capabilities: Constant<Bits<32>>,
    dma_capabilities: Constant<Bits<32>>,
    reset_cycles: Constant<Bits<32>>,
    max_ring_log2: Constant<Bits<32>>,
    line_mask: Constant<Bits<32>>,
    one: Constant<Bits<32>>,
    control_enable: Constant<Bits<32>>,
    control_reset: Constant<Bits<32>>,
    status_enabled: Constant<Bits<32>>,
    status_resetting: Constant<Bits<32>>,
    status_halted: Constant<Bits<32>>,
    status_cq_full: Constant<Bits<32>>,
    error_read_fault: Constant<Bits<32>>,
    read_status_lsb: Constant<Bits<32>>,
    error_sq_doorbell: Constant<Bits<32>>,
    error_cq_doorbell: Constant<Bits<32>>,
    error_ring_config: Constant<Bits<32>>,
}

impl Regs {
    /// The register block of a card with the given identity registers.
    pub fn new(identity: Identity) -> Regs {
        use fields::{CONTROL, ERRORS, STATUS};
        Regs {
            clock: Default::default(),
            reset: Default::default(),
            mmio_addr: Default::default(),
            mmio_wdata: Default::default(),
            mmio_write: Default::default(),
            mmio_read: Default::default(),
            mmio_rdata: Default::default(),
            mmio_rvalid: Default::default(),
            sq_head: Default::default(),
            cq_tail: Default::default(),
            cq_full: Default::default(),
            read_fault: Default::default(),
            read_status: Default::default(),
            message_in: Default::default(),
            report_out: Default::default(),
            reject_out: Default::default(),
            cq_stall: Default::default(),
            card_reset: Default::default(),
            enabled: Default::default(),
            halted: Default::default(),
            errors: Default::default(),
            error_raised: Default::default(),
            sq_base: Default::default(),
            sq_size: Default::default(),
            cq_base: Default::default(),
            cq_size: Default::default(),
            status_addr: Default::default(),
            sq_tail: Default::default(),
            cq_head: Default::default(),
            soft_reset: Default::default(),
            enable: Default::default(),
            error_bits: Default::default(),
            resetting: Default::default(),
            sq_base_lo: Default::default(),
            sq_base_hi: Default::default(),
            sq_log2: Default::default(),
            cq_base_lo: Default::default(),
            cq_base_hi: Default::default(),
            cq_log2: Default::default(),
            status_lo: Default::default(),
            status_hi: Default::default(),
            sq_tail_reg: Default::default(),
            cq_head_reg: Default::default(),
            messages_in: Default::default(),
            reports_out: Default::default(),
            rejects: Default::default(),
            stalls: Default::default(),
            cycles: Default::default(),
            messages_in_snap: Default::default(),
            reports_out_snap: Default::default(),
            rejects_snap: Default::default(),
            stalls_snap: Default::default(),
            cycles_snap: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            any_reset: Default::default(),
            new_errors: Default::default(),
            config_ok: Default::default(),
            sq_ahead: Default::default(),
            cq_behind: Default::default(),
            read_value: Default::default(),
            status_value: Default::default(),
            at_id: k32(regmap::ID),
            at_version: k32(regmap::REGMAP_VERSION),
            at_build_id: k32(regmap::BUILD_ID),
            at_capabilities: k32(regmap::CAPABILITIES),
            at_dma_capabilities: k32(regmap::DMA_CAPABILITIES),
            at_control: k32(regmap::CONTROL),
            at_status: k32(regmap::STATUS),
            at_errors: k32(regmap::ERRORS),
            at_sq_base_lo: k32(regmap::SQ_BASE_LO),
            at_sq_base_hi: k32(regmap::SQ_BASE_HI),
            at_sq_size_log2: k32(regmap::SQ_SIZE_LOG2),
            at_cq_base_lo: k32(regmap::CQ_BASE_LO),
            at_cq_base_hi: k32(regmap::CQ_BASE_HI),
            at_cq_size_log2: k32(regmap::CQ_SIZE_LOG2),
            at_status_line_lo: k32(regmap::STATUS_LINE_LO),
            at_status_line_hi: k32(regmap::STATUS_LINE_HI),
            at_sq_head: k32(regmap::SQ_HEAD),
            at_cq_tail: k32(regmap::CQ_TAIL),
            at_messages_in_lo: k32(regmap::MESSAGES_IN_LO),
            at_messages_in_hi: k32(regmap::MESSAGES_IN_HI),
            at_reports_out_lo: k32(regmap::REPORTS_OUT_LO),
            at_reports_out_hi: k32(regmap::REPORTS_OUT_HI),
            at_rejects_lo: k32(regmap::REJECTS_LO),
            at_rejects_hi: k32(regmap::REJECTS_HI),
            at_stalls_lo: k32(regmap::CQ_FULL_STALLS_LO),
            at_stalls_hi: k32(regmap::CQ_FULL_STALLS_HI),
            at_cycles_lo: k32(regmap::CYCLES_LO),
            at_cycles_hi: k32(regmap::CYCLES_HI),
            at_sq_tail: k32(regmap::SQ_TAIL),
            at_cq_head: k32(regmap::CQ_HEAD),
            card_id: k32(regmap::CARD_ID),
            version: k32(regmap::REGMAP_VERSION_VALUE),
            build_id: k32(identity.build_id),
            capabilities: k32(identity.capabilities),
            dma_capabilities: k32(identity.dma_capabilities),
            reset_cycles: k32(identity.reset_cycles),
            max_ring_log2: k32(MAX_RING_LOG2),
            line_mask: k32(63),
            one: k32(1),
            control_enable: k32(CONTROL::ENABLE.mask()),
            control_reset: k32(CONTROL::RESET.mask()),
            status_enabled: k32(STATUS::ENABLED.mask()),
            status_resetting: k32(STATUS::RESETTING.mask()),
            status_halted: k32(STATUS::HALTED.mask()),
            status_cq_full: k32(STATUS::CQ_FULL.mask()),
            error_read_fault: k32(ERRORS::DMA_READ_FAULT.mask()),
            read_status_lsb: k32(ERRORS::DMA_READ_STATUS.lsb),
            error_sq_doorbell: k32(ERRORS::SQ_DOORBELL_RANGE.mask()),
            error_cq_doorbell: k32(ERRORS::CQ_DOORBELL_RANGE.mask()),
            error_ring_config: k32(ERRORS::RING_CONFIG.mask()),
        }
    }
}

impl Logic for Regs {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            soft_reset,
            enable,
            error_bits,
            resetting,
            sq_base_lo,
            sq_base_hi,
            sq_log2,
            cq_base_lo,
            cq_base_hi,
            cq_log2,
            status_lo,
            status_hi,
            sq_tail_reg,
            cq_head_reg,
            messages_in,
            reports_out,
            rejects,
            stalls,
            cycles,
            messages_in_snap,
            reports_out_snap,
            rejects_snap,
            stalls_snap,
            cycles_snap,
            rdata,
            rvalid
        );
        self.any_reset.next = self.reset.val() || self.soft_reset.q.val();
        self.card_reset.next = self.any_reset.val();

        // Outputs from the registers.
        self.enabled.next = self.enable.q.val();
        self.halted.next = self.error_bits.q.val().any();
        self.errors.next = self.error_bits.q.val();
        self.sq_base.next = (bit_cast::<64, 32>(self.sq_base_hi.q.val()) << 32)
            | bit_cast::<64, 32>(self.sq_base_lo.q.val());
        self.cq_base.next = (bit_cast::<64, 32>(self.cq_base_hi.q.val()) << 32)
            | bit_cast::<64, 32>(self.cq_base_lo.q.val());
        self.status_addr.next = (bit_cast::<64, 32>(self.status_hi.q.val()) << 32)
            | bit_cast::<64, 32>(self.status_lo.q.val());
        self.sq_size.next = self.one.val() << self.sq_log2.q.val().get_bits::<5>(0);
        self.cq_size.next = self.one.val() << self.cq_log2.q.val().get_bits::<5>(0);
        self.sq_tail.next = self.sq_tail_reg.q.val();
        self.cq_head.next = self.cq_head_reg.q.val();

        // Checks on what is being written.
        self.config_ok.next = (self.sq_log2.q.val() >= 1)
            && (self.sq_log2.q.val() <= self.max_ring_log2.val())
            && (self.cq_log2.q.val() >= 1)
            && (self.cq_log2.q.val() <= self.max_ring_log2.val())
            && !(self.sq_base_lo.q.val() & self.line_mask.val()).any()
            && !(self.cq_base_lo.q.val() & self.line_mask.val()).any()
            && !(self.status_lo.q.val() & self.line_mask.val()).any();
        self.sq_ahead.next = self.mmio_wdata.val() - self.sq_head.val();
        self.cq_behind.next = self.cq_tail.val() - self.mmio_wdata.val();

        // Counters.
        self.cycles.d.next = self.cycles.q.val() + 1;
        if self.message_in.val() {
            self.messages_in.d.next = self.messages_in.q.val() + 1;
        }
        if self.report_out.val() {
            self.reports_out.d.next = self.reports_out.q.val() + 1;
        }
        if self.reject_out.val() {
            self.rejects.d.next = self.rejects.q.val() + 1;
        }
        if self.cq_stall.val() {
            self.stalls.d.next = self.stalls.q.val() + 1;
        }
        if self.resetting.q.val().any() {
            self.resetting.d.next = self.resetting.q.val() - 1;
        }

        // Writes.
        self.soft_reset.d.next = false;
        self.new_errors.next = 0.into();
        if self.read_fault.val() {
            self.new_errors.next = self.new_errors.val() | self.error_read_fault.val();
            // The first failure's status stays.
            if !(self.error_bits.q.val() & self.error_read_fault.val()).any() {
                self.new_errors.next = self.new_errors.val()
                    | (bit_cast::<32, 4>(self.read_status.val()) << self.read_status_lsb.val());
            }
        }
        if self.mmio_write.val() {
            if self.mmio_addr.val() == self.at_control.val() {
                if (self.mmio_wdata.val() & self.control_reset.val()).any() {
                    self.soft_reset.d.next = true;
                } else if (self.mmio_wdata.val() & self.control_enable.val()).any() {
                    if self.config_ok.val() {
                        self.enable.d.next = true;
                    } else {
                        self.new_errors.next = self.new_errors.val() | self.error_ring_config.val();
                    }
                } else {
                    self.enable.d.next = false;
                }
            }
            if self.mmio_addr.val() == self.at_sq_base_lo.val() {
                self.sq_base_lo.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_sq_base_hi.val() {
                self.sq_base_hi.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_sq_size_log2.val() {
                self.sq_log2.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_cq_base_lo.val() {
                self.cq_base_lo.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_cq_base_hi.val() {
                self.cq_base_hi.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_cq_size_log2.val() {
                self.cq_log2.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_status_line_lo.val() {
                self.status_lo.d.next = self.mmio_wdata.val();
            }
            if self.mmio_addr.val() == self.at_status_line_hi.val() {
                self.status_hi.d.next = self.mmio_wdata.val();
            }
            if (self.mmio_addr.val() == self.at_sq_tail.val()) && self.enable.q.val() {
                if self.sq_ahead.val() > self.sq_size.val() {
                    self.new_errors.next = self.new_errors.val() | self.error_sq_doorbell.val();
                } else {
                    self.sq_tail_reg.d.next = self.mmio_wdata.val();
                }
            }
            if (self.mmio_addr.val() == self.at_cq_head.val()) && self.enable.q.val() {
                if self.cq_behind.val() > self.cq_size.val() {
                    self.new_errors.next = self.new_errors.val() | self.error_cq_doorbell.val();
                } else {
                    self.cq_head_reg.d.next = self.mmio_wdata.val();
                }
            }
        }
        self.error_bits.d.next = self.error_bits.q.val() | self.new_errors.val();
        self.error_raised.next = (self.new_errors.val() & !self.error_bits.q.val()).any();

        // Reads: the value is registered, valid in the next cycle.
        self.status_value.next = 0.into();
        if self.enable.q.val() {
            self.status_value.next = self.status_value.val() | self.status_enabled.val();
        }
        if self.resetting.q.val().any() || self.soft_reset.q.val() {
            self.status_value.next = self.status_value.val() | self.status_resetting.val();
        }
        if self.error_bits.q.val().any() {
            self.status_value.next = self.status_value.val() | self.status_halted.val();
        }
        if self.cq_full.val() {
            self.status_value.next = self.status_value.val() | self.status_cq_full.val();
        }
        self.read_value.next = 0.into();
        if self.mmio_addr.val() == self.at_id.val() {
            self.read_value.next = self.card_id.val();
        }
        if self.mmio_addr.val() == self.at_version.val() {
            self.read_value.next = self.version.val();
        }
        if self.mmio_addr.val() == self.at_build_id.val() {
            self.read_value.next = self.build_id.val();
        }
        if self.mmio_addr.val() == self.at_capabilities.val() {
            self.read_value.next = self.capabilities.val();
        }
        if self.mmio_addr.val() == self.at_dma_capabilities.val() {
            self.read_value.next = self.dma_capabilities.val();
        }
        if (self.mmio_addr.val() == self.at_control.val()) && self.enable.q.val() {
            self.read_value.next = self.control_enable.val();
        }
        if self.mmio_addr.val() == self.at_status.val() {
            self.read_value.next = self.status_value.val();
        }
        if self.mmio_addr.val() == self.at_errors.val() {
            self.read_value.next = self.error_bits.q.val();
        }
        if self.mmio_addr.val() == self.at_sq_base_lo.val() {
            self.read_value.next = self.sq_base_lo.q.val();
        }
        if self.mmio_addr.val() == self.at_sq_base_hi.val() {
            self.read_value.next = self.sq_base_hi.q.val();
        }
        if self.mmio_addr.val() == self.at_sq_size_log2.val() {
            self.read_value.next = self.sq_log2.q.val();
        }
        if self.mmio_addr.val() == self.at_cq_base_lo.val() {
            self.read_value.next = self.cq_base_lo.q.val();
        }
        if self.mmio_addr.val() == self.at_cq_base_hi.val() {
            self.read_value.next = self.cq_base_hi.q.val();
        }
        if self.mmio_addr.val() == self.at_cq_size_log2.val() {
            self.read_value.next = self.cq_log2.q.val();
        }
        if self.mmio_addr.val() == self.at_status_line_lo.val() {
            self.read_value.next = self.status_lo.q.val();
        }
        if self.mmio_addr.val() == self.at_status_line_hi.val() {
            self.read_value.next = self.status_hi.q.val();
        }
        if self.mmio_addr.val() == self.at_sq_head.val() {
            self.read_value.next = self.sq_head.val();
        }
        if self.mmio_addr.val() == self.at_cq_tail.val() {
            self.read_value.next = self.cq_tail.val();
        }
        if self.mmio_addr.val() == self.at_messages_in_lo.val() {
            self.read_value.next = self.messages_in.q.val().get_bits::<32>(0);
        }
        if self.mmio_addr.val() == self.at_messages_in_hi.val() {
            self.read_value.next = self.messages_in_snap.q.val();
        }
        if self.mmio_addr.val() == self.at_reports_out_lo.val() {
            self.read_value.next = self.reports_out.q.val().get_bits::<32>(0);
        }
        if self.mmio_addr.val() == self.at_reports_out_hi.val() {
            self.read_value.next = self.reports_out_snap.q.val();
        }
        if self.mmio_addr.val() == self.at_rejects_lo.val() {
            self.read_value.next = self.rejects.q.val().get_bits::<32>(0);
        }
        if self.mmio_addr.val() == self.at_rejects_hi.val() {
            self.read_value.next = self.rejects_snap.q.val();
        }
        if self.mmio_addr.val() == self.at_stalls_lo.val() {
            self.read_value.next = self.stalls.q.val().get_bits::<32>(0);
        }
        if self.mmio_addr.val() == self.at_stalls_hi.val() {
            self.read_value.next = self.stalls_snap.q.val();
        }
        if self.mmio_addr.val() == self.at_cycles_lo.val() {
            self.read_value.next = self.cycles.q.val().get_bits::<32>(0);
        }
        if self.mmio_addr.val() == self.at_cycles_hi.val() {
            self.read_value.next = self.cycles_snap.q.val();
        }
        self.rvalid.d.next = self.mmio_read.val();
        if self.mmio_read.val() {
            self.rdata.d.next = self.read_value.val();
            if self.mmio_addr.val() == self.at_messages_in_lo.val() {
                self.messages_in_snap.d.next = self.messages_in.q.val().get_bits::<32>(32);
            }
            if self.mmio_addr.val() == self.at_reports_out_lo.val() {
                self.reports_out_snap.d.next = self.reports_out.q.val().get_bits::<32>(32);
            }
            if self.mmio_addr.val() == self.at_rejects_lo.val() {
                self.rejects_snap.d.next = self.rejects.q.val().get_bits::<32>(32);
            }
            if self.mmio_addr.val() == self.at_stalls_lo.val() {
                self.stalls_snap.d.next = self.stalls.q.val().get_bits::<32>(32);
            }
            if self.mmio_addr.val() == self.at_cycles_lo.val() {
                self.cycles_snap.d.next = self.cycles.q.val().get_bits::<32>(32);
            }
        }
        self.mmio_rdata.next = self.rdata.q.val();
        self.mmio_rvalid.next = self.rvalid.q.val();

        // Reset: the power-on reset, or the pulse after CONTROL.RESET. The read port keeps
        // answering.
        if self.any_reset.val() {
            self.soft_reset.d.next = false;
            self.enable.d.next = false;
            self.error_bits.d.next = 0.into();
            self.resetting.d.next = self.reset_cycles.val();
            self.sq_base_lo.d.next = 0.into();
            self.sq_base_hi.d.next = 0.into();
            self.sq_log2.d.next = 0.into();
            self.cq_base_lo.d.next = 0.into();
            self.cq_base_hi.d.next = 0.into();
            self.cq_log2.d.next = 0.into();
            self.status_lo.d.next = 0.into();
            self.status_hi.d.next = 0.into();
            self.sq_tail_reg.d.next = 0.into();
            self.cq_head_reg.d.next = 0.into();
            self.messages_in.d.next = 0.into();
            self.reports_out.d.next = 0.into();
            self.rejects.d.next = 0.into();
            self.stalls.d.next = 0.into();
            self.cycles.d.next = 0.into();
            self.messages_in_snap.d.next = 0.into();
            self.reports_out_snap.d.next = 0.into();
            self.rejects_snap.d.next = 0.into();
            self.stalls_snap.d.next = 0.into();
            self.cycles_snap.d.next = 0.into();
            self.error_raised.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};
    use gatebook_wire::regmap::fields::{CONTROL, ERRORS, STATUS};

    clocked!(Regs);

    const IDENTITY: Identity = Identity {
        build_id: 0x1234_5678,
        capabilities: 0x0a0c_0804,
        dma_capabilities: 0x0020_0810,
        reset_cycles: 5,
    };

    fn powered() -> Regs {
        let mut uut = Regs::new(IDENTITY);
        start(&mut uut);
        pulse_reset(&mut uut);
        settle(&mut uut);
        uut
    }

    fn write(uut: &mut Regs, offset: u32, value: u32) {
        uut.mmio_addr.next = u64::from(offset).into();
        uut.mmio_wdata.next = u64::from(value).into();
        uut.mmio_write.next = true;
        cycle(uut);
        uut.mmio_write.next = false;
        settle(uut);
    }

    fn read(uut: &mut Regs, offset: u32) -> u32 {
        uut.mmio_addr.next = u64::from(offset).into();
        uut.mmio_read.next = true;
        cycle(uut);
        uut.mmio_read.next = false;
        settle(uut);
        assert!(uut.mmio_rvalid.val(), "read data valid the next cycle");
        let value = uut.mmio_rdata.val().to_u32();
        cycle(uut);
        assert!(!uut.mmio_rvalid.val());
        value
    }

    fn configure(uut: &mut Regs, sq_log2: u32, cq_log2: u32) {
        write(uut, regmap::SQ_BASE_LO, 0x1000);
        write(uut, regmap::SQ_BASE_HI, 0x1);
        write(uut, regmap::SQ_SIZE_LOG2, sq_log2);
        write(uut, regmap::CQ_BASE_LO, 0x2000);
        write(uut, regmap::CQ_SIZE_LOG2, cq_log2);
        write(uut, regmap::STATUS_LINE_LO, 0x3000);
    }

    #[test]
    fn identity_and_configuration_read_back() {
        let mut uut = powered();
        assert_eq!(read(&mut uut, regmap::ID), regmap::CARD_ID);
        assert_eq!(
            read(&mut uut, regmap::REGMAP_VERSION),
            regmap::REGMAP_VERSION_VALUE
        );
        assert_eq!(read(&mut uut, regmap::BUILD_ID), IDENTITY.build_id);
        assert_eq!(read(&mut uut, regmap::CAPABILITIES), IDENTITY.capabilities);
        assert_eq!(
            read(&mut uut, regmap::DMA_CAPABILITIES),
            IDENTITY.dma_capabilities
        );
        assert_eq!(read(&mut uut, 0x0ffc), 0, "unknown offsets read 0");
        configure(&mut uut, 3, 2);
        assert_eq!(read(&mut uut, regmap::SQ_BASE_HI), 1);
        assert_eq!(read(&mut uut, regmap::CQ_SIZE_LOG2), 2);
        assert_eq!(uut.sq_base.val().to_u64(), 0x1_0000_1000);
        assert_eq!(uut.sq_size.val().to_u64(), 8);
        assert_eq!(uut.cq_size.val().to_u64(), 4);
        write(&mut uut, regmap::ID, 5);
        assert_eq!(read(&mut uut, regmap::ID), regmap::CARD_ID, "read only");
        // RESETTING for reset_cycles after reset.
        write(&mut uut, regmap::CONTROL, CONTROL::RESET.mask());
        let status = read(&mut uut, regmap::STATUS);
        assert_ne!(status & STATUS::RESETTING.mask(), 0);
        for _ in 0..5 {
            cycle(&mut uut);
        }
        assert_eq!(read(&mut uut, regmap::STATUS), 0);
        assert_eq!(
            read(&mut uut, regmap::SQ_BASE_HI),
            0,
            "reset clears the rings"
        );
    }

    #[test]
    fn enable_checks_the_rings_and_errors_stick_until_reset() {
        let mut uut = powered();
        configure(&mut uut, MAX_RING_LOG2 + 1, 2);
        write(&mut uut, regmap::CONTROL, CONTROL::ENABLE.mask());
        assert_eq!(read(&mut uut, regmap::ERRORS), ERRORS::RING_CONFIG.mask());
        assert_eq!(read(&mut uut, regmap::CONTROL), 0);
        let status = read(&mut uut, regmap::STATUS);
        assert_eq!(status & STATUS::ENABLED.mask(), 0);
        assert_ne!(status & STATUS::HALTED.mask(), 0);
        write(&mut uut, regmap::CONTROL, CONTROL::RESET.mask());
        cycle(&mut uut);
        assert_eq!(read(&mut uut, regmap::ERRORS), 0);
        configure(&mut uut, 3, 2);
        write(&mut uut, regmap::STATUS_LINE_LO, 0x3008);
        write(&mut uut, regmap::CONTROL, CONTROL::ENABLE.mask());
        assert_eq!(read(&mut uut, regmap::ERRORS), ERRORS::RING_CONFIG.mask());
        write(&mut uut, regmap::CONTROL, CONTROL::RESET.mask());
        cycle(&mut uut);
        configure(&mut uut, 3, 2);
        write(&mut uut, regmap::CONTROL, CONTROL::ENABLE.mask());
        assert_eq!(read(&mut uut, regmap::ERRORS), 0);
        assert_eq!(read(&mut uut, regmap::CONTROL), CONTROL::ENABLE.mask());
        assert!(uut.enabled.val() && !uut.halted.val());
        uut.read_fault.next = true;
        settle(&mut uut);
        assert!(uut.error_raised.val());
        cycle(&mut uut);
        uut.read_fault.next = false;
        settle(&mut uut);
        assert!(uut.halted.val());
        assert_eq!(
            read(&mut uut, regmap::ERRORS),
            ERRORS::DMA_READ_FAULT.mask()
        );
    }

    #[test]
    fn doorbells_are_range_checked() {
        let mut uut = powered();
        configure(&mut uut, 3, 2);
        write(&mut uut, regmap::SQ_TAIL, 3);
        assert_eq!(uut.sq_tail.val().to_u64(), 0, "no doorbell while disabled");
        write(&mut uut, regmap::CONTROL, CONTROL::ENABLE.mask());
        uut.sq_head.next = 2.into();
        uut.cq_tail.next = 6.into();
        write(&mut uut, regmap::SQ_TAIL, 10);
        assert_eq!(uut.sq_tail.val().to_u64(), 10);
        write(&mut uut, regmap::CQ_HEAD, 2);
        assert_eq!(uut.cq_head.val().to_u64(), 2);
        assert_eq!(read(&mut uut, regmap::SQ_TAIL), 0, "doorbells read 0");
        assert_eq!(read(&mut uut, regmap::ERRORS), 0);
        write(&mut uut, regmap::CQ_HEAD, 7);
        assert_eq!(
            read(&mut uut, regmap::ERRORS),
            ERRORS::CQ_DOORBELL_RANGE.mask()
        );
        assert_eq!(
            uut.cq_head.val().to_u64(),
            2,
            "an out-of-range doorbell is not applied"
        );
        write(&mut uut, regmap::SQ_TAIL, 11);
        assert_eq!(
            read(&mut uut, regmap::ERRORS),
            ERRORS::CQ_DOORBELL_RANGE.mask() | ERRORS::SQ_DOORBELL_RANGE.mask()
        );
        assert_eq!(uut.sq_tail.val().to_u64(), 10);
    }

    #[test]
    fn counters_snapshot_on_the_low_half() {
        let mut uut = powered();
        uut.message_in.next = true;
        uut.reject_out.next = true;
        for _ in 0..3 {
            cycle(&mut uut);
        }
        uut.message_in.next = false;
        uut.reject_out.next = false;
        settle(&mut uut);
        assert_eq!(read(&mut uut, regmap::MESSAGES_IN_LO), 3);
        assert_eq!(read(&mut uut, regmap::MESSAGES_IN_HI), 0);
        assert_eq!(read(&mut uut, regmap::REJECTS_LO), 3);
        assert_eq!(read(&mut uut, regmap::REPORTS_OUT_LO), 0);
        let cycles = read(&mut uut, regmap::CYCLES_LO);
        assert!(cycles > 3, "{cycles}");
        assert_eq!(read(&mut uut, regmap::CYCLES_HI), 0);
    }
}
