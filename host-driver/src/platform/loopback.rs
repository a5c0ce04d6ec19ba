//! The loopback card: software that plays the card's side of `docs/host-interface.md`, so the
//! driver's rings, doorbells, bring-up and error paths run without hardware or Verilator.
//!
//! It is software, and honest about it: its name is `loopback`, it has no clock (a "cycle" is
//! one step of its state machine, which CYCLES and CQ_FULL_STALLS count), and its matching
//! is a [`Backend`] in software that the caller supplies through a [`BackendFactory`] (the
//! CLI puts engine-sw there; [`echo_factory`] measures the driver alone).
//! What it does implement faithfully is everything the host sees:
//!
//! - the register map of `wire::regmap` (identity, CONTROL/STATUS/ERRORS, ring configuration,
//!   SQ_HEAD/CQ_TAIL, the 64-bit counters with their LO-read snapshot, the two doorbells);
//! - fetching submissions in bursts of at most MAX_BURST into a FIFO of FIFO_DEPTH records,
//!   and a status line write after every fetch;
//! - completions written with their marks, only while `CQ_TAIL - CQ_HEAD < size`; otherwise
//!   the pipeline stalls behind the waiting report (STATUS.CQ_FULL, CQ_FULL_STALLS), the FIFO
//!   fills and SQ_HEAD stops: nothing is dropped;
//! - every DMA through [`DmaRegion::translate`], never a write elsewhere: a read outside the
//!   region is a DMA_READ_FAULT with DMA_READ_STATUS 2 (bad completion status, what a root
//!   complex answers for an address it refuses); a write outside it is dropped and the card,
//!   whose PCIe writes get no answer, goes on as if it were written, while the platform keeps
//!   the first one for [`Platform::take_dma_fault`], as the host's IOMMU would log it;
//! - sticky errors that halt the DMA engine (with one last status line), the doorbell range
//!   checks, RING_CONFIG on ENABLE, and RESET (STATUS.RESETTING for a few steps, then every
//!   table, index and counter cleared).
//!
//! The card runs when the host rings a doorbell and when the driver waits, as many steps as
//! [`Pace`] allows: run to idle for speed, or a step at a time to let the driver see the card
//! lag behind it.

use super::{DmaRegion, Platform, PlatformError, HUGEPAGE_BYTES, LINE_BYTES};
use gatebook_wire::regmap::{self, fields, status_line};
use gatebook_wire::{Backend, Capacity, Event, MsgType, OrderRecord, ReportRecord, RECORD_BYTES};
use std::collections::VecDeque;

/// Builds the software behind the rings from the control records received so far (the
/// venue configuration). It is called at CFG_COMMIT, or at the first order-flow record if
/// that comes before the configuration is complete. The card trusts its configuration (the
/// host checks a venue before sending it): a factory given one it cannot use builds the
/// backend of `VenueConfig::empty()`, whose empty tables reject every order.
pub type BackendFactory = Box<dyn FnMut(&[OrderRecord]) -> Box<dyn Backend + Send> + Send>;

/// How many steps the card takes on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// Steps after each doorbell write (`u32::MAX`: until it can make no more progress).
    pub on_doorbell: u32,
    /// Steps in each [`Platform::wait`].
    pub per_wait: u32,
}

impl Pace {
    /// The card runs until it can do nothing more, on every doorbell and wait.
    pub const TO_IDLE: Pace = Pace {
        on_doorbell: u32::MAX,
        per_wait: u32::MAX,
    };
    /// The card does nothing on doorbells and one step per wait: the host always runs ahead.
    pub const SLOW: Pace = Pace {
        on_doorbell: 0,
        per_wait: 1,
    };
}

/// What the loopback card reports about itself and how it behaves.
#[derive(Debug, Clone)]
pub struct LoopbackConfig {
    /// What BUILD_ID reads (default: the build this host expects).
    pub build_id: u32,
    /// What REGMAP_VERSION reads.
    pub regmap_version: u32,
    /// The table sizes CAPABILITIES announces.
    pub capacity: Capacity,
    /// DMA_CAPABILITIES.MAX_RING_LOG2.
    pub max_ring_log2: u8,
    /// DMA_CAPABILITIES.MAX_BURST: records per submission fetch.
    pub max_burst: u8,
    /// DMA_CAPABILITIES.FIFO_DEPTH: records buffered between the fetch and the pipeline.
    pub fifo_depth: u8,
    /// Steps STATUS.RESETTING stays set after CONTROL.RESET.
    pub reset_steps: u32,
    /// How much the card runs on doorbells and waits.
    pub pace: Pace,
    /// Bytes of DMA memory (rounded up to 2 MiB).
    pub dma_bytes: usize,
    /// The bus address of the DMA region (a made-up IOVA: nothing real is mapped there).
    pub bus_addr: u64,
}

impl Default for LoopbackConfig {
    fn default() -> Self {
        LoopbackConfig {
            build_id: crate::EXPECTED_BUILD_ID,
            regmap_version: regmap::REGMAP_VERSION_VALUE,
            capacity: Capacity::default(),
            max_ring_log2: 16,
            max_burst: 8,
            fifo_depth: 16,
            reset_steps: 4,
            pace: Pace::TO_IDLE,
            dma_bytes: HUGEPAGE_BYTES,
            bus_addr: 0x8_0000_0000,
        }
    }
}

/// A trivial card: one ACK per record, echoing its account, instrument, id and sequence.
/// It measures the driver and the rings alone, with no matching behind them.
pub struct EchoBackend;

impl Backend for EchoBackend {
    fn name(&self) -> &'static str {
        "echo"
    }

    fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        reports.push(ReportRecord {
            event: Event::Ack.code(),
            instrument: record.instrument,
            account: record.account,
            cl_ord_id: record.cl_ord_id,
            in_seq: record.in_seq,
            ..ReportRecord::default()
        });
    }
}

/// The echo card's factory.
pub fn echo_factory() -> BackendFactory {
    Box::new(|_: &[OrderRecord]| Box::new(EchoBackend) as Box<dyn Backend + Send>)
}

/// The software behind the rings: the configuration phase, then the backend.
struct Pipeline {
    factory: BackendFactory,
    control: Vec<OrderRecord>,
    backend: Option<Box<dyn Backend + Send>>,
    scratch: Vec<ReportRecord>,
}

impl Pipeline {
    fn reset(&mut self) {
        self.control.clear();
        self.backend = None;
        self.scratch.clear();
    }

    fn process(&mut self, record: &OrderRecord, out: &mut VecDeque<ReportRecord>) {
        if self.backend.is_none() {
            if record.msg_type >= MsgType::CfgCapacity as u8
                && record.msg_type <= MsgType::CfgCommit as u8
            {
                self.control.push(*record);
                if record.msg_type == MsgType::CfgCommit as u8 {
                    self.backend = Some((self.factory)(&self.control));
                }
                return;
            }
            self.backend = Some((self.factory)(&self.control));
        }
        if let Some(backend) = self.backend.as_mut() {
            backend.process(record, &mut self.scratch);
            for report in self.scratch.drain(..) {
                out.push_back(report);
            }
        }
    }

    fn flush(&mut self, out: &mut VecDeque<ReportRecord>) {
        if let Some(backend) = self.backend.as_mut() {
            backend.flush(&mut self.scratch);
            for report in self.scratch.drain(..) {
                out.push_back(report);
            }
        }
    }
}

/// A 64-bit counter whose LO half snapshots it for the HI half.
#[derive(Default, Clone, Copy)]
struct Counter {
    value: u64,
    snapshot: u64,
}

impl Counter {
    fn add(&mut self, n: u64) {
        self.value = self.value.wrapping_add(n);
    }
    fn read_lo(&mut self) -> u32 {
        self.snapshot = self.value;
        self.snapshot as u32
    }
    fn read_hi(&self) -> u32 {
        (self.snapshot >> 32) as u32
    }
}

/// The card's state: registers, the FIFO after the fetch, the report waiting for room.
#[derive(Default)]
struct CardState {
    enabled: bool,
    resetting: u32,
    errors: u32,
    sq_base: u64,
    sq_log2: u32,
    cq_base: u64,
    cq_log2: u32,
    status_addr: u64,
    sq_tail: u32,
    sq_head: u32,
    cq_head: u32,
    cq_tail: u32,
    status_writes: u32,
    messages_in: Counter,
    reports_out: Counter,
    rejects: Counter,
    cq_full_stalls: Counter,
    cycles: Counter,
    fifo: VecDeque<OrderRecord>,
    out: VecDeque<ReportRecord>,
}

fn ring_entries(log2: u32) -> u32 {
    1u32.checked_shl(log2).unwrap_or(0)
}

fn set_lo(register: &mut u64, value: u32) {
    *register = (*register & !0xffff_ffff) | u64::from(value);
}

fn set_hi(register: &mut u64, value: u32) {
    *register = (*register & 0xffff_ffff) | (u64::from(value) << 32);
}

/// ERRORS.DMA_READ_STATUS of a read outside the DMA region: 2, bad completion status (the
/// Unsupported Request a root complex answers for an address it refuses).
const READ_STATUS_BAD: u32 = 2;

/// The loopback platform: a DMA region and the software card that serves it.
pub struct LoopbackPlatform {
    dma: DmaRegion,
    config: LoopbackConfig,
    card: CardState,
    pipeline: Pipeline,
    /// The bus address of the first write outside the region since the last
    /// [`Platform::take_dma_fault`].
    write_fault: Option<u64>,
}

impl LoopbackPlatform {
    /// A loopback card running the software `factory` builds behind its rings.
    pub fn new(
        config: LoopbackConfig,
        factory: BackendFactory,
    ) -> Result<LoopbackPlatform, PlatformError> {
        if config.max_ring_log2 == 0 || config.max_ring_log2 > 24 {
            return Err(PlatformError::Loopback(format!(
                "max_ring_log2 {} is outside 1..=24",
                config.max_ring_log2
            )));
        }
        if config.max_burst == 0 || config.fifo_depth == 0 {
            return Err(PlatformError::Loopback(
                "max_burst and fifo_depth must be at least 1".into(),
            ));
        }
        if config.pace.per_wait == 0 {
            return Err(PlatformError::Loopback(
                "pace.per_wait must be at least 1, or a waiting driver never sees progress".into(),
            ));
        }
        let dma = DmaRegion::new(config.dma_bytes, config.bus_addr)?;
        let card = CardState {
            // The card comes out of power-on as if just reset.
            resetting: config.reset_steps,
            ..CardState::default()
        };
        Ok(LoopbackPlatform {
            dma,
            config,
            card,
            pipeline: Pipeline {
                factory,
                control: Vec::new(),
                backend: None,
                scratch: Vec::new(),
            },
            write_fault: None,
        })
    }

    /// The echo card behind the rings (one ACK per record).
    pub fn echo(config: LoopbackConfig) -> Result<LoopbackPlatform, PlatformError> {
        LoopbackPlatform::new(config, echo_factory())
    }

    /// The card's configuration.
    pub fn config(&self) -> &LoopbackConfig {
        &self.config
    }

    /// Changes how much the card runs on its own (tests slow it down mid-stream).
    pub fn set_pace(&mut self, pace: Pace) {
        if pace.per_wait > 0 {
            self.config.pace = pace;
        }
    }

    /// Runs the card for up to `steps` steps; stops early once a step changes nothing.
    /// Returns whether anything changed.
    pub fn run(&mut self, steps: u32) -> bool {
        let mut progress = false;
        for _ in 0..steps {
            if !self.step() {
                break;
            }
            progress = true;
        }
        progress
    }

    fn capabilities(&self) -> u32 {
        let log2 = |n: u32| n.max(1).next_power_of_two().trailing_zeros();
        let c = &self.config.capacity;
        (log2(c.instruments) << fields::CAPABILITIES::INSTRUMENTS_LOG2.lsb)
            | (log2(c.accounts) << fields::CAPABILITIES::ACCOUNTS_LOG2.lsb)
            | (log2(c.order_slots) << fields::CAPABILITIES::ORDER_SLOTS_LOG2.lsb)
            | (log2(c.price_window) << fields::CAPABILITIES::PRICE_WINDOW_LOG2.lsb)
    }

    fn dma_capabilities(&self) -> u32 {
        (u32::from(self.config.max_ring_log2) << fields::DMA_CAPABILITIES::MAX_RING_LOG2.lsb)
            | (u32::from(self.config.max_burst) << fields::DMA_CAPABILITIES::MAX_BURST.lsb)
            | (u32::from(self.config.fifo_depth) << fields::DMA_CAPABILITIES::FIFO_DEPTH.lsb)
    }

    fn status(&self) -> u32 {
        let c = &self.card;
        let mut status = 0;
        if c.enabled {
            status |= fields::STATUS::ENABLED.mask();
        }
        if c.resetting > 0 {
            status |= fields::STATUS::RESETTING.mask();
        }
        if c.errors != 0 {
            status |= fields::STATUS::HALTED.mask();
        }
        let cq_room = c.cq_tail.wrapping_sub(c.cq_head) < ring_entries(c.cq_log2);
        if !c.out.is_empty() && !cq_room && c.enabled && c.errors == 0 {
            status |= fields::STATUS::CQ_FULL.mask();
        }
        status
    }

    fn reset(&mut self) {
        self.card = CardState {
            resetting: self.config.reset_steps,
            ..CardState::default()
        };
        self.pipeline.reset();
    }

    fn ring_config_ok(&self) -> bool {
        let c = &self.card;
        let max = u32::from(self.config.max_ring_log2);
        (1..=max).contains(&c.sq_log2)
            && (1..=max).contains(&c.cq_log2)
            && c.sq_base.is_multiple_of(LINE_BYTES as u64)
            && c.cq_base.is_multiple_of(LINE_BYTES as u64)
            && c.status_addr.is_multiple_of(LINE_BYTES as u64)
    }

    /// Sets a sticky error: the DMA engine halts after one last status line.
    fn raise(&mut self, error: u32) {
        let first = self.card.errors == 0;
        self.card.errors |= error;
        if first {
            self.write_status_line();
        }
    }

    fn halted(&self) -> bool {
        self.card.errors != 0
    }

    /// A read of the submission ring failed: DMA_READ_FAULT, with DMA_READ_STATUS 2 unless
    /// an earlier failure's status is there.
    fn read_fault(&mut self) {
        let mut error = fields::ERRORS::DMA_READ_FAULT.mask();
        if self.card.errors & error == 0 {
            error |= READ_STATUS_BAD << fields::ERRORS::DMA_READ_STATUS.lsb;
        }
        self.raise(error);
    }

    /// A DMA write of one line at `bus_addr`, the 8-byte word at `last` stored last. Outside
    /// the region the host refuses it: nothing is written, the card is not told, and the
    /// platform keeps the first such address for [`Platform::take_dma_fault`].
    fn dma_write(&mut self, bus_addr: u64, line: &[u8; LINE_BYTES], last: usize) {
        match self.dma.translate(bus_addr, LINE_BYTES) {
            Some(offset) => self.dma.write_line_publishing(offset, line, last),
            None => {
                self.write_fault.get_or_insert(bus_addr);
            }
        }
    }

    /// Writes the status line.
    fn write_status_line(&mut self) {
        let c = &mut self.card;
        c.status_writes = c.status_writes.wrapping_add(1).max(1);
        let mut line = [0u8; LINE_BYTES];
        for (at, value) in [
            (status_line::SQ_HEAD, c.sq_head),
            (status_line::CQ_TAIL, c.cq_tail),
            (status_line::ERRORS, c.errors),
            (status_line::WRITES, c.status_writes),
        ] {
            line[at..at + 4].copy_from_slice(&value.to_le_bytes());
        }
        let status_addr = c.status_addr;
        self.dma_write(status_addr, &line, 0);
    }

    /// One step of the card. Returns whether it changed anything.
    fn step(&mut self) -> bool {
        self.card.cycles.add(1);
        if self.card.resetting > 0 {
            self.card.resetting -= 1;
            return true;
        }
        if !self.card.enabled || self.halted() {
            return false;
        }
        let mut progress = false;
        // Reports waiting inside the card go out while the completion ring has room.
        let cq_size = ring_entries(self.card.cq_log2);
        while let Some(&report) = self.card.out.front() {
            let c = &mut self.card;
            if c.cq_tail.wrapping_sub(c.cq_head) >= cq_size {
                c.cq_full_stalls.add(1);
                break;
            }
            let slot = c
                .cq_base
                .wrapping_add(u64::from(c.cq_tail & (cq_size - 1)) * 64);
            let mut line = report.to_bytes();
            let mark = c.cq_tail.wrapping_add(1);
            line[regmap::COMPLETION_MARK_OFFSET..regmap::COMPLETION_MARK_OFFSET + 4]
                .copy_from_slice(&mark.to_le_bytes());
            let rejected = report.event == Event::Reject.code();
            self.dma_write(slot, &line, regmap::COMPLETION_MARK_OFFSET & !7);
            let c = &mut self.card;
            c.cq_tail = mark;
            c.reports_out.add(1);
            if rejected {
                c.rejects.add(1);
            }
            c.out.pop_front();
            progress = true;
        }
        // The pipeline takes the next record when no report is waiting.
        if self.card.out.is_empty() {
            if let Some(record) = self.card.fifo.pop_front() {
                self.card.messages_in.add(1);
                self.pipeline.process(&record, &mut self.card.out);
                if self.card.fifo.is_empty() {
                    self.pipeline.flush(&mut self.card.out);
                }
                progress = true;
            }
        }
        // One submission fetch: as many lines as the burst, the FIFO and the ring allow.
        let c = &self.card;
        let room = usize::from(self.config.fifo_depth).saturating_sub(c.fifo.len());
        let ready = c.sq_tail.wrapping_sub(c.sq_head) as usize;
        let lines = ready.min(room).min(usize::from(self.config.max_burst));
        if lines > 0 {
            let sq_size = ring_entries(c.sq_log2);
            for _ in 0..lines {
                let c = &self.card;
                let slot = c
                    .sq_base
                    .wrapping_add(u64::from(c.sq_head & (sq_size - 1)) * 64);
                let Some(offset) = self.dma.translate(slot, RECORD_BYTES) else {
                    self.read_fault();
                    return true;
                };
                let record = OrderRecord::from_wire(&self.dma.read_line(offset));
                self.card.fifo.push_back(record);
                self.card.sq_head = self.card.sq_head.wrapping_add(1);
            }
            self.write_status_line();
            progress = true;
        }
        progress
    }

    fn run_paced(&mut self, steps: u32) {
        if steps > 0 {
            self.run(steps);
        }
    }
}

impl Platform for LoopbackPlatform {
    fn name(&self) -> &'static str {
        "loopback"
    }

    fn read32(&mut self, offset: u32) -> u32 {
        let c = &mut self.card;
        match offset {
            regmap::ID => regmap::CARD_ID,
            regmap::REGMAP_VERSION => self.config.regmap_version,
            regmap::BUILD_ID => self.config.build_id,
            regmap::CAPABILITIES => self.capabilities(),
            regmap::DMA_CAPABILITIES => self.dma_capabilities(),
            regmap::CONTROL => u32::from(c.enabled),
            regmap::STATUS => self.status(),
            regmap::ERRORS => c.errors,
            regmap::SQ_BASE_LO => c.sq_base as u32,
            regmap::SQ_BASE_HI => (c.sq_base >> 32) as u32,
            regmap::SQ_SIZE_LOG2 => c.sq_log2,
            regmap::CQ_BASE_LO => c.cq_base as u32,
            regmap::CQ_BASE_HI => (c.cq_base >> 32) as u32,
            regmap::CQ_SIZE_LOG2 => c.cq_log2,
            regmap::STATUS_LINE_LO => c.status_addr as u32,
            regmap::STATUS_LINE_HI => (c.status_addr >> 32) as u32,
            regmap::SQ_HEAD => c.sq_head,
            regmap::CQ_TAIL => c.cq_tail,
            regmap::MESSAGES_IN_LO => c.messages_in.read_lo(),
            regmap::MESSAGES_IN_HI => c.messages_in.read_hi(),
            regmap::REPORTS_OUT_LO => c.reports_out.read_lo(),
            regmap::REPORTS_OUT_HI => c.reports_out.read_hi(),
            regmap::REJECTS_LO => c.rejects.read_lo(),
            regmap::REJECTS_HI => c.rejects.read_hi(),
            regmap::CQ_FULL_STALLS_LO => c.cq_full_stalls.read_lo(),
            regmap::CQ_FULL_STALLS_HI => c.cq_full_stalls.read_hi(),
            regmap::CYCLES_LO => c.cycles.read_lo(),
            regmap::CYCLES_HI => c.cycles.read_hi(),
            // Doorbells are write-only; unused offsets read 0.
            _ => 0,
        }
    }

    fn write32(&mut self, offset: u32, value: u32) {
        let c = &mut self.card;
        match offset {
            regmap::CONTROL => {
                if value & fields::CONTROL::RESET.mask() != 0 {
                    self.reset();
                    return;
                }
                if value & fields::CONTROL::ENABLE.mask() == 0 {
                    c.enabled = false;
                } else if !c.enabled && !self.halted() {
                    if self.ring_config_ok() {
                        self.card.enabled = true;
                    } else {
                        self.card.errors |= fields::ERRORS::RING_CONFIG.mask();
                    }
                }
            }
            regmap::SQ_BASE_LO => set_lo(&mut c.sq_base, value),
            regmap::SQ_BASE_HI => set_hi(&mut c.sq_base, value),
            regmap::SQ_SIZE_LOG2 => c.sq_log2 = value,
            regmap::CQ_BASE_LO => set_lo(&mut c.cq_base, value),
            regmap::CQ_BASE_HI => set_hi(&mut c.cq_base, value),
            regmap::CQ_SIZE_LOG2 => c.cq_log2 = value,
            regmap::STATUS_LINE_LO => set_lo(&mut c.status_addr, value),
            regmap::STATUS_LINE_HI => set_hi(&mut c.status_addr, value),
            regmap::SQ_TAIL => {
                let c = &mut self.card;
                if c.errors != 0 {
                    return;
                }
                if c.enabled && value.wrapping_sub(c.sq_head) > ring_entries(c.sq_log2) {
                    self.raise(fields::ERRORS::SQ_DOORBELL_RANGE.mask());
                    return;
                }
                c.sq_tail = value;
                self.run_paced(self.config.pace.on_doorbell);
            }
            regmap::CQ_HEAD => {
                let c = &mut self.card;
                if c.errors != 0 {
                    return;
                }
                let past_tail = value.wrapping_sub(c.cq_head) > c.cq_tail.wrapping_sub(c.cq_head);
                let too_far_behind = c.cq_tail.wrapping_sub(value) > ring_entries(c.cq_log2);
                if c.enabled && (past_tail || too_far_behind) {
                    self.raise(fields::ERRORS::CQ_DOORBELL_RANGE.mask());
                    return;
                }
                c.cq_head = value;
                self.run_paced(self.config.pace.on_doorbell);
            }
            // Writes to read-only registers and unused offsets are ignored.
            _ => {}
        }
    }

    fn dma(&self) -> &DmaRegion {
        &self.dma
    }

    fn wait(&mut self) {
        self.run_paced(self.config.pace.per_wait);
    }

    fn take_dma_fault(&mut self) -> Result<(), PlatformError> {
        match self.write_fault.take() {
            Some(bus_addr) => Err(PlatformError::dma_write_refused(
                self.name(),
                bus_addr,
                &self.dma,
            )),
            None => Ok(()),
        }
    }

    fn drain_quiet_waits(&self) -> u32 {
        // Once the card has fetched everything, the FIFO empties one record a step and a
        // waiting report goes out the step after: FIFO_DEPTH + 2 steps bound any gap.
        let steps = u32::from(self.config.fifo_depth) + 2;
        steps.div_ceil(self.config.pace.per_wait) + 1
    }
}

// The loopback's state is plain data behind `&mut self`.
const _: fn() = || {
    fn send<T: Send>() {}
    send::<LoopbackPlatform>();
};
