//! `gatebook_card`: the card's top module, the shell around the matching pipeline.
//!
//! Ports (one clock):
//! - `reset`: power-on reset, synchronous, active high.
//! - MMIO (BAR0): `mmio_addr[31:0]`, `mmio_wdata[31:0]`, `mmio_write`, `mmio_read`,
//!   `mmio_rdata[31:0]`, `mmio_rvalid`; see [`super::regs`].
//! - Host memory (docs/host-interface.md): `rd_req_valid`, `rd_req_ready`,
//!   `rd_req_addr[63:0]`, `rd_req_lines[7:0]`, `rd_resp_valid`, `rd_resp_data[511:0]`,
//!   `rd_resp_status[3:0]`, `wr_valid`, `wr_ready`, `wr_addr[63:0]`, `wr_data[511:0]`.
//!
//! ```text
//!  MMIO ──► Regs ──── config, doorbells, errors, reset ─────────────┐
//!                                                                  ▼
//!  rd_req/rd_resp ◄─► SqFetch ─► FIFO ─► gatebook_top ─► CqWrite ─► wr_*
//!                       (status line request) ──────────────► (status line)
//! ```
//!
//! The pipeline is [`Pipeline`], an instance of the external module `gatebook_top`
//! (`hdl/generated/gatebook_top.v`): the card's Verilog holds only the shell. Its reset is
//! the power-on reset or the pulse after CONTROL.RESET, like every shell block's.

use super::cq_write::CqWrite;
use super::regs::{Identity, Regs, MAX_RING_LOG2};
use super::sq_fetch::{SqFetch, FIFO_DEPTH, MAX_BURST};
use crate::matcher::Build;
use rust_hdl::prelude::*;

/// The matching pipeline as an external module: `gatebook_top`, instantiated by name. Its
/// `idle` output is left open: the host drains the card by its counters and a quiet period
/// (`docs/host-interface.md`), not by the pipeline's idle.
///
/// In RustHDL's simulator it is a stand-in, one register deep, that answers each record
/// with the record itself as its report (so the shell's tests see records come back in
/// order); the real pipeline runs under Verilator.
#[derive(LogicBlock, Default)]
pub struct Pipeline {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: the card's reset from the registers (`card_reset`).
    pub reset: Signal<In, Bit>,
    /// From the fetcher's FIFO: one `OrderRecord` per beat, valid with `in_valid`.
    pub in_data: Signal<In, Bits<512>>,
    /// High while `in_data` holds a record.
    pub in_valid: Signal<In, Bit>,
    /// The pipeline takes the record on a cycle with `in_valid` and this high.
    pub in_ready: Signal<Out, Bit>,
    /// To the writer: one `ReportRecord` per beat, valid with `out_valid`.
    pub out_data: Signal<Out, Bits<512>>,
    /// High while `out_data` holds a report, held until taken.
    pub out_valid: Signal<Out, Bit>,
    /// The writer takes the report on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    held: Signal<Local, Bits<512>>,
    full: Signal<Local, Bit>,
}

impl Logic for Pipeline {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.reset.val() {
                self.full.next = false;
            } else if !self.full.val() && self.in_valid.val() {
                self.full.next = true;
                self.held.next = self.in_data.val();
            } else if self.full.val() && self.out_ready.val() {
                self.full.next = false;
            }
        }
        self.in_ready.next = !self.full.val() && !self.reset.val();
        self.out_valid.next = self.full.val();
        self.out_data.next = self.held.val();
    }

    fn connect(&mut self) {
        self.in_ready.connect();
        self.out_data.connect();
        self.out_valid.connect();
        self.held.connect();
        self.full.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: "gatebook_top pipeline(.clock(clock), .reset(reset), .in_data(in_data), \
                   .in_valid(in_valid), .in_ready(in_ready), .out_data(out_data), \
                   .out_valid(out_valid), .out_ready(out_ready), .idle());"
                .into(),
            cores: String::new(),
        })
    }
}

/// The card's top module `gatebook_card`: the register block, the submission fetcher, the
/// pipeline and the completion writer joined (ports in the module docs); build it with
/// [`GatebookCard::new`].
#[derive(LogicBlock)]
pub struct GatebookCard {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// The power-on reset, synchronous, active high.
    pub reset: Signal<In, Bit>,
    /// MMIO: the register's byte offset in BAR0.
    pub mmio_addr: Signal<In, Bits<32>>,
    /// MMIO: the value written, with `mmio_write`.
    pub mmio_wdata: Signal<In, Bits<32>>,
    /// MMIO: a write this cycle; it takes effect at the end of the cycle.
    pub mmio_write: Signal<In, Bit>,
    /// MMIO: a read this cycle; its value comes a cycle later.
    pub mmio_read: Signal<In, Bit>,
    /// MMIO: the value read, valid with `mmio_rvalid`.
    pub mmio_rdata: Signal<Out, Bits<32>>,
    /// MMIO: high the cycle after a read, with its value on `mmio_rdata`.
    pub mmio_rvalid: Signal<Out, Bit>,
    /// DMA read request offered; held with its address and length until taken.
    pub rd_req_valid: Signal<Out, Bit>,
    /// The DMA port takes the read request on a cycle with `rd_req_valid` and this high.
    pub rd_req_ready: Signal<In, Bit>,
    /// Bus address of the request's first line, 64-byte aligned.
    pub rd_req_addr: Signal<Out, Bits<64>>,
    /// Lines the request asks for, 1 to `MAX_BURST`.
    pub rd_req_lines: Signal<Out, Bits<8>>,
    /// A line of read data arrives this cycle, in request order; no backpressure.
    pub rd_resp_valid: Signal<In, Bit>,
    /// The line's 64 bytes, byte `i` in bits `8*i .. 8*i+8`; valid with `rd_resp_valid`.
    pub rd_resp_data: Signal<In, Bits<512>>,
    /// With `rd_resp_valid`: 0, or the PCIe completion status that failed the line's read
    /// (sets ERRORS.DMA_READ_FAULT and DMA_READ_STATUS).
    pub rd_resp_status: Signal<In, Bits<4>>,
    /// DMA line write offered: a completion or the status line; held until taken.
    pub wr_valid: Signal<Out, Bit>,
    /// The DMA port takes the write on a cycle with `wr_valid` and this high.
    pub wr_ready: Signal<In, Bit>,
    /// Bus address of the line written, 64-byte aligned.
    pub wr_addr: Signal<Out, Bits<64>>,
    /// The line's 64 bytes, byte `i` in bits `8*i .. 8*i+8`.
    pub wr_data: Signal<Out, Bits<512>>,
    regs: Regs,
    fetch: SqFetch,
    writer: CqWrite,
    pipeline: Pipeline,
}

impl GatebookCard {
    /// The card with the given identity registers (see [`identity`]).
    pub fn new(identity: Identity) -> GatebookCard {
        GatebookCard {
            clock: Default::default(),
            reset: Default::default(),
            mmio_addr: Default::default(),
            mmio_wdata: Default::default(),
            mmio_write: Default::default(),
            mmio_read: Default::default(),
            mmio_rdata: Default::default(),
            mmio_rvalid: Default::default(),
            rd_req_valid: Default::default(),
            rd_req_ready: Default::default(),
            rd_req_addr: Default::default(),
            rd_req_lines: Default::default(),
            rd_resp_valid: Default::default(),
            rd_resp_data: Default::default(),
            rd_resp_status: Default::default(),
            wr_valid: Default::default(),
            wr_ready: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            regs: Regs::new(identity),
            fetch: Default::default(),
            writer: Default::default(),
            pipeline: Default::default(),
        }
    }
}

impl Logic for GatebookCard {
    #[hdl_gen]
    fn update(&mut self) {
        self.regs.clock.next = self.clock.val();
        self.fetch.clock.next = self.clock.val();
        self.writer.clock.next = self.clock.val();
        self.pipeline.clock.next = self.clock.val();

        // Registers and resets.
        self.regs.reset.next = self.reset.val();
        self.fetch.reset.next = self.regs.card_reset.val();
        self.writer.reset.next = self.regs.card_reset.val();
        self.pipeline.reset.next = self.regs.card_reset.val();
        self.regs.mmio_addr.next = self.mmio_addr.val();
        self.regs.mmio_wdata.next = self.mmio_wdata.val();
        self.regs.mmio_write.next = self.mmio_write.val();
        self.regs.mmio_read.next = self.mmio_read.val();
        self.mmio_rdata.next = self.regs.mmio_rdata.val();
        self.mmio_rvalid.next = self.regs.mmio_rvalid.val();
        self.regs.sq_head.next = self.fetch.sq_head.val();
        self.regs.cq_tail.next = self.writer.cq_tail.val();
        self.regs.cq_full.next = self.writer.cq_full.val();
        self.regs.read_fault.next = self.fetch.read_fault.val();
        self.regs.read_status.next = self.rd_resp_status.val();
        self.regs.message_in.next = self.fetch.out_valid.val() && self.pipeline.in_ready.val();
        self.regs.report_out.next = self.writer.report_out.val();
        self.regs.reject_out.next = self.writer.reject_out.val();
        self.regs.cq_stall.next = self.writer.cq_full.val();

        // Submission fetch.
        self.fetch.enabled.next = self.regs.enabled.val();
        self.fetch.halted.next = self.regs.halted.val();
        self.fetch.sq_base.next = self.regs.sq_base.val();
        self.fetch.sq_size.next = self.regs.sq_size.val();
        self.fetch.sq_tail.next = self.regs.sq_tail.val();
        self.rd_req_valid.next = self.fetch.rd_req_valid.val();
        self.fetch.rd_req_ready.next = self.rd_req_ready.val();
        self.rd_req_addr.next = self.fetch.rd_req_addr.val();
        self.rd_req_lines.next = self.fetch.rd_req_lines.val();
        self.fetch.rd_resp_valid.next = self.rd_resp_valid.val();
        self.fetch.rd_resp_data.next = self.rd_resp_data.val();
        self.fetch.rd_resp_error.next = self.rd_resp_status.val().any();
        self.fetch.power_on.next = self.reset.val();

        // The pipeline.
        self.pipeline.in_data.next = self.fetch.out_data.val();
        self.pipeline.in_valid.next = self.fetch.out_valid.val();
        self.fetch.out_ready.next = self.pipeline.in_ready.val();
        self.writer.in_data.next = self.pipeline.out_data.val();
        self.writer.in_valid.next = self.pipeline.out_valid.val();
        self.pipeline.out_ready.next = self.writer.in_ready.val();

        // Completion and status writes.
        self.writer.enabled.next = self.regs.enabled.val();
        self.writer.halted.next = self.regs.halted.val();
        self.writer.cq_base.next = self.regs.cq_base.val();
        self.writer.cq_size.next = self.regs.cq_size.val();
        self.writer.cq_head.next = self.regs.cq_head.val();
        self.writer.status_addr.next = self.regs.status_addr.val();
        self.writer.status_req.next = self.fetch.status_req.val() || self.regs.error_raised.val();
        self.writer.sq_head.next = self.fetch.sq_head.val();
        self.writer.errors.next = self.regs.errors.val();
        self.wr_valid.next = self.writer.wr_valid.val();
        self.writer.wr_ready.next = self.wr_ready.val();
        self.wr_addr.next = self.writer.wr_addr.val();
        self.wr_data.next = self.writer.wr_data.val();
    }
}

/// The identity registers of a card around the pipeline of `build` whose Verilog is
/// `pipeline_verilog`.
pub fn identity(build: Build, pipeline_verilog: &[u8]) -> Identity {
    use gatebook_wire::regmap::fields::{CAPABILITIES, DMA_CAPABILITIES};
    let place =
        |field: gatebook_wire::regmap::Field, value: u32| (value << field.lsb) & field.mask();
    // The matcher clears one level-table address per cycle after reset; the other
    // tables are smaller and clear in parallel.
    let level_bits = build.instruments_log2 + 1 + build.price_window_log2;
    Identity {
        build_id: gatebook_wire::regmap::build_id(pipeline_verilog),
        capabilities: place(CAPABILITIES::INSTRUMENTS_LOG2, build.instruments_log2)
            | place(CAPABILITIES::ACCOUNTS_LOG2, build.accounts_log2)
            | place(CAPABILITIES::ORDER_SLOTS_LOG2, build.order_slots_log2)
            | place(CAPABILITIES::PRICE_WINDOW_LOG2, build.price_window_log2),
        dma_capabilities: place(DMA_CAPABILITIES::MAX_RING_LOG2, MAX_RING_LOG2)
            | place(DMA_CAPABILITIES::MAX_BURST, MAX_BURST)
            | place(DMA_CAPABILITIES::FIFO_DEPTH, FIFO_DEPTH),
        reset_cycles: (1 << level_bits) + RESET_MARGIN,
    }
}

/// Cycles STATUS.RESETTING stays high beyond the level-table clearing.
pub const RESET_MARGIN: u32 = 64;

/// The default card's shell Verilog, top module `gatebook_card`, around the pipeline whose
/// Verilog (`hdl/generated/gatebook_top.v`) is `pipeline_verilog`.
pub fn default_card_verilog(pipeline_verilog: &str) -> String {
    let mut card = GatebookCard::new(identity(Build::DEFAULT_CARD, pipeline_verilog.as_bytes()));
    crate::verilog::verilog_named(&mut card, "gatebook_card")
}

/// Where the default card's build manifest is checked in.
pub const MANIFEST_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bitstreams/manifests/gatebook_card.toml"
);

/// The build manifest of the default card (`bitstreams/manifests/gatebook_card.toml`): what
/// a host checks at bring-up and what identifies the sources a bitstream is built from.
pub fn default_card_manifest(pipeline_verilog: &str, card_verilog: &str) -> String {
    use gatebook_wire::regmap::{build_id, REGMAP_VERSION_VALUE};
    let build = Build::DEFAULT_CARD;
    let identity = identity(build, pipeline_verilog.as_bytes());
    format!(
        "# Build manifest of the default card, written by `make verilog` from the RustHDL sources.\n\
         # A host compares BUILD_ID, REGMAP_VERSION and CAPABILITIES with these at bring-up; a\n\
         # bitstream built from other sources reads another build id.\n\
         \n\
         [card]\n\
         top_module = \"gatebook_card\"\n\
         build_id = \"0x{:08x}\"\n\
         regmap_version = \"0x{REGMAP_VERSION_VALUE:08x}\"\n\
         capabilities = \"0x{:08x}\"\n\
         dma_capabilities = \"0x{:08x}\"\n\
         reset_cycles = {}\n\
         \n\
         [capacity]\n\
         instruments = {}\n\
         accounts = {}\n\
         order_slots = {}\n\
         price_window = {}\n\
         \n\
         [dma]\n\
         max_ring_entries = {}\n\
         max_burst = {MAX_BURST}\n\
         fifo_depth = {FIFO_DEPTH}\n\
         \n\
         # FNV-1a (32 bits) of each source file; the pipeline's is the build id.\n\
         [sources]\n\
         \"hdl/generated/gatebook_top.v\" = \"0x{:08x}\"\n\
         \"hdl/generated/gatebook_card.v\" = \"0x{:08x}\"\n",
        identity.build_id,
        identity.capabilities,
        identity.dma_capabilities,
        identity.reset_cycles,
        1u32 << build.instruments_log2,
        1u32 << build.accounts_log2,
        1u32 << build.order_slots_log2,
        1u32 << build.price_window_log2,
        1u32 << MAX_RING_LOG2,
        build_id(pipeline_verilog.as_bytes()),
        build_id(card_verilog.as_bytes()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};
    use gatebook_wire::regmap::{self, fields::CONTROL, status_line, COMPLETION_MARK_OFFSET};
    use std::collections::{HashMap, VecDeque};

    clocked!(GatebookCard);

    /// The card (with the stand-in pipeline) and host memory serving its DMA port.
    struct Bench {
        uut: GatebookCard,
        mem: HashMap<u64, [u8; 64]>,
        lines: VecDeque<(u64, u64)>,
        now: u64,
    }

    fn line_bits(line: &[u8; 64]) -> Bits<512> {
        let mut bits = Bits::<512>::default();
        for (i, byte) in line.iter().enumerate() {
            bits = bits | (Bits::<512>::from(u64::from(*byte)) << (8 * i as u64));
        }
        bits
    }

    fn line_bytes(bits: Bits<512>) -> [u8; 64] {
        std::array::from_fn(|i| bits.get_bits::<8>(8 * i).index() as u8)
    }

    impl Bench {
        fn new() -> Bench {
            let mut uut = GatebookCard::new(Identity {
                build_id: 7,
                capabilities: 0,
                dma_capabilities: 0,
                reset_cycles: 4,
            });
            start(&mut uut);
            pulse_reset(&mut uut);
            uut.rd_req_ready.next = true;
            uut.wr_ready.next = true;
            settle(&mut uut);
            Bench {
                uut,
                mem: HashMap::new(),
                lines: VecDeque::new(),
                now: 0,
            }
        }

        fn step(&mut self) {
            let uut = &mut self.uut;
            let due = self.lines.front().is_some_and(|&(at, _)| at <= self.now);
            uut.rd_resp_valid.next = due;
            if due {
                let (_, addr) = self.lines.pop_front().unwrap();
                uut.rd_resp_data.next = line_bits(&self.mem.get(&addr).copied().unwrap_or([0; 64]));
            }
            settle(uut);
            if uut.rd_req_valid.val() {
                let addr = uut.rd_req_addr.val().to_u64();
                let start = self.lines.back().map_or(0, |&(at, _)| at + 1);
                for i in 0..uut.rd_req_lines.val().to_u64() {
                    self.lines
                        .push_back(((self.now + 10).max(start) + i, addr + 64 * i));
                }
            }
            if uut.wr_valid.val() {
                let addr = uut.wr_addr.val().to_u64();
                self.mem.insert(addr, line_bytes(uut.wr_data.val()));
            }
            cycle(uut);
            self.uut.mmio_write.next = false;
            self.now += 1;
        }

        fn write(&mut self, offset: u32, value: u32) {
            self.uut.mmio_addr.next = u64::from(offset).into();
            self.uut.mmio_wdata.next = u64::from(value).into();
            self.uut.mmio_write.next = true;
            self.step();
        }

        fn bring_up(&mut self) {
            self.write(regmap::CONTROL, CONTROL::RESET.mask());
            for _ in 0..8 {
                self.step();
            }
            // Fresh rings: nothing of the last session is left in host memory.
            self.mem.clear();
            self.write(regmap::SQ_BASE_LO, 0x1000);
            self.write(regmap::SQ_SIZE_LOG2, 3);
            self.write(regmap::CQ_BASE_LO, 0x2000);
            self.write(regmap::CQ_SIZE_LOG2, 2);
            self.write(regmap::STATUS_LINE_LO, 0x3000);
            self.write(regmap::CONTROL, CONTROL::ENABLE.mask());
        }

        /// Sends `count` records tagged from `first` through the rings and returns the tags
        /// of the completions, in order.
        fn session(&mut self, first: u64, count: u64) -> Vec<u64> {
            let (mut tail, mut consumed, mut got) = (0u64, 0u64, Vec::new());
            while (got.len() as u64) < count && self.now < 20_000 {
                let head = self.mem.get(&0x3000).map_or(0, |s| {
                    u32::from_le_bytes(s[status_line::SQ_HEAD..][..4].try_into().unwrap())
                });
                if tail < count && tail - u64::from(head) < 8 {
                    let mut record = [0u8; 64];
                    record[8..16].copy_from_slice(&(first + tail).to_le_bytes());
                    self.mem.insert(0x1000 + 64 * (tail % 8), record);
                    tail += 1;
                    self.write(regmap::SQ_TAIL, tail as u32);
                }
                let entry = self
                    .mem
                    .get(&(0x2000 + 64 * (consumed % 4)))
                    .copied()
                    .unwrap_or([0; 64]);
                let at = COMPLETION_MARK_OFFSET;
                if u32::from_le_bytes(entry[at..at + 4].try_into().unwrap()) == consumed as u32 + 1
                {
                    got.push(u64::from_le_bytes(entry[8..16].try_into().unwrap()));
                    consumed += 1;
                    self.write(regmap::CQ_HEAD, consumed as u32);
                }
                self.step();
            }
            got
        }
    }

    #[test]
    fn records_loop_through_small_rings_and_a_reset_starts_afresh() {
        let mut bench = Bench::new();
        bench.bring_up();
        let got = bench.session(100, 30);
        assert_eq!(got, (100..130).collect::<Vec<u64>>());
        // A reset with a stream in flight, then a fresh session from zeroed rings.
        let mut tail = 0;
        for n in 0..8u64 {
            let mut record = [0u8; 64];
            record[8..16].copy_from_slice(&(500 + n).to_le_bytes());
            bench.mem.insert(0x1000 + 64 * n, record);
            tail += 1;
        }
        bench.write(regmap::SQ_TAIL, 30 + tail);
        for _ in 0..14 {
            bench.step();
        }
        bench.bring_up();
        let got = bench.session(200, 12);
        assert_eq!(got, (200..212).collect::<Vec<u64>>());
    }
}

#[cfg(test)]
mod verilog_tests {
    /// The checked-in card Verilog is what the sources generate around the checked-in
    /// pipeline Verilog (whose own test keeps it current); `gen_verilog` rewrites both.
    #[test]
    fn checked_in_card_verilog_is_current() {
        let top = std::fs::read_to_string(verilog::path(verilog::PIPELINE_FILE))
            .expect("generated pipeline Verilog is present");
        let card = std::fs::read_to_string(verilog::path(verilog::CARD_FILE))
            .expect("generated card Verilog is present");
        assert!(
            card == super::default_card_verilog(&top),
            "{} is stale: run `make verilog`",
            verilog::shown(verilog::CARD_FILE)
        );
    }

    /// The card's build manifest, which names the build id and register map a host built
    /// from this tree expects, is what the checked-in Verilog gives.
    #[test]
    fn checked_in_card_manifest_is_current() {
        let read = |file| std::fs::read_to_string(verilog::path(file)).expect("generated Verilog");
        let manifest = std::fs::read_to_string(super::MANIFEST_PATH).expect("the manifest");
        assert!(
            manifest
                == super::default_card_manifest(
                    &read(verilog::PIPELINE_FILE),
                    &read(verilog::CARD_FILE)
                ),
            "bitstreams/manifests/gatebook_card.toml is stale: run `make verilog`"
        );
        let build = format!("build_id = \"0x{:08x}\"", verilog::PIPELINE_BUILD_ID);
        assert!(manifest.lines().any(|l| l == build), "{manifest}");
    }
}
