//! The card as the host sees it: bring-up, reset, the rings, submit and poll, errors, and a
//! [`Backend`] over all of it.
//!
//! Bring-up follows `docs/host-interface.md`: identity checks (ID, REGMAP_VERSION major,
//! BUILD_ID, CAPABILITIES), CONTROL.RESET and a poll of STATUS.RESETTING, the ring
//! configuration, CONTROL.ENABLE and a check of ERRORS. The hot path (submit, poll) never
//! reads a register; registers are read while the driver is stuck waiting (every
//! [`CardConfig::error_check_waits`] waits without progress) and when a flush ends.

use crate::platform::{Platform, PlatformError, LINE_BYTES};
use crate::ring::{CompletionRing, RingLayout, SubmissionRing};
use gatebook_wire::regmap::{self, fields, status_line};
use gatebook_wire::{Backend, Capacity, OrderRecord, ReportRecord, VenueConfig};
use std::sync::atomic::Ordering;

/// Why the driver stopped or refused a card.
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// The platform could not be opened.
    #[error(transparent)]
    Platform(#[from] PlatformError),
    /// BAR0 does not read as a gatebook card.
    #[error("{platform}: ID reads {found:#010x}, a gatebook card reads {expected:#010x} (\"GBKC\"): wrong device, or BAR0 is not mapped")]
    NotACard {
        /// Which platform reported it ([`Platform::name`]: `vfio`, `card-sim`, `loopback`).
        platform: &'static str,
        /// `CARD_ID`, the value every gatebook card's ID register reads ("GBKC").
        expected: u32,
        /// What the ID register read.
        found: u32,
    },
    /// The card's register map has another major version.
    #[error("{platform}: REGMAP_VERSION major is {found} ({found_raw:#010x}), this host speaks major {expected}: use a host and a bitstream of the same release")]
    RegmapMajor {
        /// Which platform reported it.
        platform: &'static str,
        /// The register map major version this host speaks.
        expected: u32,
        /// The card's major version (REGMAP_VERSION bits 31..16).
        found: u32,
        /// The whole REGMAP_VERSION register as read, minor version included.
        found_raw: u32,
    },
    /// The card runs another build of the pipeline than the host expects.
    #[error("{platform}: BUILD_ID is {found:#010x}, this host expects {expected:#010x} (FNV-1a of hdl/generated/gatebook_top.v): load the bitstream built from the same source as the host")]
    BuildId {
        /// Which platform reported it.
        platform: &'static str,
        /// [`CardConfig::expected_build_id`]: the build the host was compiled against.
        expected: u32,
        /// What the card's BUILD_ID register read.
        found: u32,
    },
    /// The card's table sizes are not the ones asked for.
    #[error("{platform}: CAPABILITIES is {found:#010x} ({found_text}), expected {expected:#010x} ({expected_text})")]
    Capabilities {
        /// Which platform reported it.
        platform: &'static str,
        /// [`CardConfig::expected_capabilities`], as a CAPABILITIES value.
        expected: u32,
        /// What the card's CAPABILITIES register read.
        found: u32,
        /// `expected` decoded into table sizes, for the message.
        expected_text: String,
        /// `found` decoded into table sizes, for the message.
        found_text: String,
    },
    /// A venue larger than the card's tables.
    #[error("the venue needs {needed}; the card is built for at most {card}")]
    VenueTooLarge {
        /// The venue's table sizes, as text.
        needed: String,
        /// The card's table sizes (its CAPABILITIES), as text.
        card: String,
    },
    /// A venue that does not validate (the card trusts its configuration).
    #[error("venue configuration: {0}")]
    Venue(String),
    /// A ring the card or the DMA region cannot hold.
    #[error("{platform}: a ring of 2^{sq_log2} submissions and 2^{cq_log2} completions does not fit: the card takes rings up to 2^{max_log2} and the DMA region has {region_bytes} bytes")]
    Rings {
        /// Which platform reported it.
        platform: &'static str,
        /// Requested submission ring size, log2 of its entries.
        sq_log2: u8,
        /// Requested completion ring size, log2 of its entries.
        cq_log2: u8,
        /// Largest ring the card takes (DMA_CAPABILITIES.MAX_RING_LOG2).
        max_log2: u32,
        /// Size of the platform's DMA region, which must hold both rings and the status line.
        region_bytes: usize,
    },
    /// STATUS.RESETTING stayed set.
    #[error("{platform}: the card did not finish its reset within {polls} polls of STATUS")]
    ResetTimeout {
        /// Which platform reported it.
        platform: &'static str,
        /// STATUS polls made ([`CardConfig::reset_polls`]).
        polls: u32,
    },
    /// A sticky error halted the card.
    #[error("{platform}: the card halted with ERRORS {errors:#x}: {}; only a reset restarts it", .explained.join("; "))]
    Halted {
        /// Which platform reported it.
        platform: &'static str,
        /// The ERRORS register (or the status line's copy of it): one bit per sticky error.
        errors: u32,
        /// Each set field's meaning, from the register map ([`regmap::explain_errors`]:
        /// DMA_READ_STATUS as its value and what it means).
        explained: Vec<String>,
    },
    /// The card made no progress for too long.
    #[error("{platform}: the card made no progress for {waits} waits (submitted {submitted}, SQ_HEAD {sq_head}, completions consumed {consumed}, STATUS {status:#x})")]
    Stalled {
        /// Which platform reported it.
        platform: &'static str,
        /// Waits without progress before the driver gave up ([`CardConfig::stall_waits`]).
        waits: u64,
        /// Records the host had written to the submission ring (its SQ_TAIL).
        submitted: u32,
        /// Records the card had fetched, from the status line.
        sq_head: u32,
        /// Completions the host had consumed (its CQ_HEAD).
        consumed: u32,
        /// The STATUS register when the driver gave up.
        status: u32,
    },
    /// The card stopped earlier; reset it to go on.
    #[error("the card stopped earlier ({0}); reset it to go on")]
    Stopped(String),
}

/// What the host asks of the card at bring-up, and how patient it is.
#[derive(Debug, Clone)]
pub struct CardConfig {
    /// The BUILD_ID the card must read: [`crate::EXPECTED_BUILD_ID`] for this source tree.
    pub expected_build_id: u32,
    /// CAPABILITIES the card must read exactly, if given.
    pub expected_capabilities: Option<u32>,
    /// log2 of the submission ring's entries.
    pub sq_log2: u8,
    /// log2 of the completion ring's entries.
    pub cq_log2: u8,
    /// STATUS polls (each followed by a wait) for RESETTING to clear.
    pub reset_polls: u32,
    /// Waits without progress before the registers are read for a sticky error.
    pub error_check_waits: u32,
    /// Waits without any progress after which the card is taken as stalled.
    pub stall_waits: u64,
}

impl Default for CardConfig {
    fn default() -> Self {
        CardConfig {
            expected_build_id: crate::EXPECTED_BUILD_ID,
            expected_capabilities: None,
            sq_log2: 10,
            cq_log2: 12,
            reset_polls: 1 << 20,
            error_check_waits: 1024,
            stall_waits: 1 << 26,
        }
    }
}

/// The table sizes of a CAPABILITIES value.
pub fn capabilities_capacity(capabilities: u32) -> Capacity {
    let size = |f: regmap::Field| 1u32.checked_shl(f.get(capabilities)).unwrap_or(u32::MAX);
    Capacity {
        instruments: size(fields::CAPABILITIES::INSTRUMENTS_LOG2),
        accounts: size(fields::CAPABILITIES::ACCOUNTS_LOG2),
        order_slots: size(fields::CAPABILITIES::ORDER_SLOTS_LOG2),
        price_window: size(fields::CAPABILITIES::PRICE_WINDOW_LOG2),
    }
}

fn capacity_text(c: &Capacity) -> String {
    format!(
        "{} instruments, {} accounts, {} order slots, a {}-tick window",
        c.instruments, c.accounts, c.order_slots, c.price_window
    )
}

/// What the card says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    /// ID register (0x000): [`gatebook_wire::regmap::CARD_ID`] on a gatebook card.
    pub id: u32,
    /// REGMAP_VERSION register: major version in bits 31..16, minor in 15..0.
    pub regmap_version: u32,
    /// BUILD_ID register: FNV-1a of the pipeline's Verilog the bitstream was built from.
    pub build_id: u32,
    /// CAPABILITIES register: log2 of each table size (see [`capabilities_capacity`]).
    pub capabilities: u32,
    /// DMA_CAPABILITIES register: the largest ring the card takes, among others.
    pub dma_capabilities: u32,
}

impl Identity {
    /// The card's table sizes.
    pub fn capacity(&self) -> Capacity {
        capabilities_capacity(self.capabilities)
    }

    /// The largest ring the card takes, as log2 of its entries.
    pub fn max_ring_log2(&self) -> u32 {
        fields::DMA_CAPABILITIES::MAX_RING_LOG2.get(self.dma_capabilities)
    }
}

/// The card's counters, read from registers (slow path).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// Records the pipeline took in since reset (MESSAGES_IN).
    pub messages_in: u64,
    /// Reports written to the completion ring since reset (REPORTS_OUT).
    pub reports_out: u64,
    /// `REJECT` reports among them (REJECTS).
    pub rejects: u64,
    /// Cycles a report waited for room in the completion ring (CQ_FULL_STALLS).
    pub cq_full_stalls: u64,
    /// Clock cycles since reset (CYCLES).
    pub cycles: u64,
}

/// What the driver itself did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DriverStats {
    /// Records submitted since the last reset.
    pub submitted: u64,
    /// Reports consumed since the last reset.
    pub consumed: u64,
    /// SQ_TAIL doorbells rung.
    pub sq_doorbells: u64,
    /// Waits while the submission ring was full or a flush waited.
    pub waits: u64,
    /// Register reads made while stuck (error checks).
    pub error_checks: u64,
}

/// A card brought up and ready: rings configured, DMA enabled.
pub struct Card<P: Platform> {
    platform: P,
    config: CardConfig,
    identity: Identity,
    layout: RingLayout,
    sq: SubmissionRing,
    cq: CompletionRing,
    /// Completions taken off the ring while a submit waited, not yet handed out by `poll`.
    backlog: Vec<ReportRecord>,
    stats: DriverStats,
    stopped: Option<String>,
}

impl<P: Platform> Card<P> {
    /// Brings the card up: checks its identity against `config`, resets it, configures the
    /// rings in the platform's DMA region and enables it.
    pub fn open(mut platform: P, config: CardConfig) -> Result<Card<P>, DriverError> {
        let identity = check_identity(&mut platform, &config)?;
        let name = platform.name();
        let max_log2 = identity.max_ring_log2();
        let region_bytes = platform.dma().len();
        let layout = RingLayout::new(config.sq_log2, config.cq_log2, region_bytes)
            .filter(|_| u32::from(config.sq_log2.max(config.cq_log2)) <= max_log2)
            .ok_or(DriverError::Rings {
                platform: name,
                sq_log2: config.sq_log2,
                cq_log2: config.cq_log2,
                max_log2,
                region_bytes,
            })?;
        let mut card = Card {
            platform,
            config,
            identity,
            layout,
            sq: SubmissionRing::new(&layout),
            cq: CompletionRing::new(&layout),
            backlog: Vec::new(),
            stats: DriverStats::default(),
            stopped: None,
        };
        card.reset()?;
        Ok(card)
    }

    /// Resets the card (steps 2 and 3 of bring-up): CONTROL.RESET, a wait for RESETTING to
    /// clear, zeroed rings and status line, the ring configuration, ENABLE. The card's state
    /// is gone: configure the venue again before order flow.
    pub fn reset(&mut self) -> Result<(), DriverError> {
        let name = self.platform.name();
        self.platform
            .write32(regmap::CONTROL, fields::CONTROL::RESET.mask());
        let mut polls = 0;
        while fields::STATUS::RESETTING.get(self.platform.read32(regmap::STATUS)) != 0 {
            polls += 1;
            if polls > self.config.reset_polls {
                return Err(DriverError::ResetTimeout {
                    platform: name,
                    polls: self.config.reset_polls,
                });
            }
            self.platform.wait();
        }
        // A write the host refused before the reset belonged to the session the reset ends.
        let _ = self.platform.take_dma_fault();
        let layout = self.layout;
        let dma = self.platform.dma();
        dma.zero(layout.status_offset, LINE_BYTES);
        dma.zero(layout.sq_offset, LINE_BYTES << layout.sq_log2);
        dma.zero(layout.cq_offset, LINE_BYTES << layout.cq_log2);
        std::sync::atomic::fence(Ordering::SeqCst);
        let sq = dma.bus_addr_of(layout.sq_offset);
        let cq = dma.bus_addr_of(layout.cq_offset);
        let status = dma.bus_addr_of(layout.status_offset);
        for (register, value) in [
            (regmap::SQ_BASE_LO, sq as u32),
            (regmap::SQ_BASE_HI, (sq >> 32) as u32),
            (regmap::SQ_SIZE_LOG2, u32::from(layout.sq_log2)),
            (regmap::CQ_BASE_LO, cq as u32),
            (regmap::CQ_BASE_HI, (cq >> 32) as u32),
            (regmap::CQ_SIZE_LOG2, u32::from(layout.cq_log2)),
            (regmap::STATUS_LINE_LO, status as u32),
            (regmap::STATUS_LINE_HI, (status >> 32) as u32),
            (regmap::CONTROL, fields::CONTROL::ENABLE.mask()),
        ] {
            self.platform.write32(register, value);
        }
        self.sq = SubmissionRing::new(&layout);
        self.cq = CompletionRing::new(&layout);
        self.backlog.clear();
        self.stats = DriverStats::default();
        self.stopped = None;
        self.check_errors()
    }

    /// What the card said about itself at bring-up.
    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Where the rings are in the DMA region.
    pub fn layout(&self) -> &RingLayout {
        &self.layout
    }

    /// What the driver did since the last reset.
    pub fn stats(&self) -> DriverStats {
        self.stats
    }

    /// The platform (for its name, its DMA region).
    pub fn platform(&self) -> &P {
        &self.platform
    }

    /// The platform, for raw register access in diagnostics and tests: writes behind the
    /// driver's back can break the ring protocol.
    pub fn platform_mut(&mut self) -> &mut P {
        &mut self.platform
    }

    /// Refuses a venue larger than the card's tables, or one that does not validate.
    pub fn check_venue(&self, venue: &VenueConfig) -> Result<(), DriverError> {
        venue
            .validate()
            .map_err(|e| DriverError::Venue(e.to_string()))?;
        let card = self.identity.capacity();
        if !venue.capacity.fits_in(&card) {
            return Err(DriverError::VenueTooLarge {
                needed: capacity_text(&venue.capacity),
                card: capacity_text(&card),
            });
        }
        Ok(())
    }

    /// Asks the platform for a DMA write the host refused (which the card cannot report),
    /// then reads ERRORS; either stops the driver, a sticky error with each bit's meaning.
    pub fn check_errors(&mut self) -> Result<(), DriverError> {
        if let Err(error) = self.platform.take_dma_fault() {
            let error = DriverError::Platform(error);
            self.stopped = Some(error.to_string());
            return Err(error);
        }
        let errors = self.platform.read32(regmap::ERRORS);
        if errors == 0 {
            return Ok(());
        }
        let error = DriverError::Halted {
            platform: self.platform.name(),
            errors,
            explained: regmap::explain_errors(errors),
        };
        self.stopped = Some(error.to_string());
        Err(error)
    }

    fn live(&self) -> Result<(), DriverError> {
        match &self.stopped {
            Some(why) => Err(DriverError::Stopped(why.clone())),
            None => Ok(()),
        }
    }

    /// The status line's ERRORS (a memory read): a halted card says so there if it can.
    fn status_line_errors(&self) -> u32 {
        self.platform.dma().load_u32(
            self.layout.status_offset + status_line::ERRORS,
            Ordering::Acquire,
        )
    }

    /// One wait while stuck: the platform waits, and every so often the registers are read
    /// for a sticky error; too long without progress is a stall.
    fn stuck_wait(&mut self, idle: &mut u64) -> Result<(), DriverError> {
        self.platform.wait();
        self.stats.waits += 1;
        *idle += 1;
        if self.status_line_errors() != 0
            || (*idle).is_multiple_of(u64::from(self.config.error_check_waits.max(1)))
        {
            self.stats.error_checks += 1;
            self.check_errors()?;
        }
        if *idle >= self.config.stall_waits {
            let error = DriverError::Stalled {
                platform: self.platform.name(),
                waits: *idle,
                submitted: self.sq.tail(),
                sq_head: self.sq.head(),
                consumed: self.cq.head(),
                status: self.platform.read32(regmap::STATUS),
            };
            self.stopped = Some(error.to_string());
            return Err(error);
        }
        Ok(())
    }

    /// Copies as many records as the submission ring has room for, with one doorbell;
    /// returns how many (possibly 0). Never waits.
    pub fn try_submit(&mut self, records: &[OrderRecord]) -> Result<usize, DriverError> {
        self.live()?;
        let n = self.sq.try_push(&mut self.platform, records);
        if n > 0 {
            self.stats.submitted += n as u64;
            self.stats.sq_doorbells += 1;
        }
        Ok(n)
    }

    /// Submits every record, in batches of what the ring has room for, one doorbell a
    /// batch. While the ring is full it waits, taking completions off the completion ring
    /// meanwhile (into a backlog [`Card::poll`] hands out first), so a full completion ring
    /// cannot hold the card up. Nothing is dropped.
    pub fn submit(&mut self, mut records: &[OrderRecord]) -> Result<(), DriverError> {
        self.live()?;
        let mut idle = 0u64;
        while !records.is_empty() {
            let n = self.try_submit(records)?;
            records = &records[n..];
            if n > 0 {
                idle = 0;
                continue;
            }
            let polled = self
                .cq
                .poll(&mut self.platform, &mut self.backlog, usize::MAX);
            self.stats.consumed += polled as u64;
            if polled > 0 {
                idle = 0;
            } else {
                self.stuck_wait(&mut idle)?;
            }
        }
        Ok(())
    }

    /// Appends every report that has arrived (backlog first) and returns how many; rings
    /// CQ_HEAD once. Never waits and never reads a register.
    pub fn poll(&mut self, reports: &mut Vec<ReportRecord>) -> Result<usize, DriverError> {
        self.live()?;
        let backlog = self.backlog.len();
        reports.append(&mut self.backlog);
        let polled = self.cq.poll(&mut self.platform, reports, usize::MAX);
        self.stats.consumed += polled as u64;
        Ok(backlog + polled)
    }

    /// Lets the card run (a simulated card clocks here); for callers that busy-poll.
    pub fn wait(&mut self) {
        self.platform.wait();
    }

    /// Waits for every report of everything submitted and appends them. The rule, since the
    /// host cannot know how many reports a message makes (a REF or a HEADROOM makes none, a
    /// sweep many):
    ///
    /// 1. poll until the status line's SQ_HEAD equals the submitted count: the card has
    ///    fetched everything;
    /// 2. go on polling until [`Platform::drain_quiet_waits`] consecutive waits bring no
    ///    completion;
    /// 3. then read, once, MESSAGES_IN, REPORTS_OUT, STATUS and ERRORS: done when the
    ///    pipeline took in every submitted record, the card wrote no more reports than were
    ///    consumed, no report waits for room and no error is set; otherwise back to step 2.
    pub fn drain(&mut self, reports: &mut Vec<ReportRecord>) -> Result<(), DriverError> {
        self.live()?;
        let quiet_needed = self.platform.drain_quiet_waits().max(1);
        let mut idle = 0u64;
        let mut quiet = 0u32;
        loop {
            let got = self.poll(reports)?;
            if got > 0 {
                idle = 0;
                quiet = 0;
                continue;
            }
            let fetched = self.sq.refresh(self.platform.dma()) == self.sq.tail();
            if fetched {
                quiet += 1;
                if quiet >= quiet_needed {
                    self.check_errors()?;
                    let counters = self.counters();
                    let status = self.platform.read32(regmap::STATUS);
                    if counters.messages_in == self.stats.submitted
                        && counters.reports_out == self.stats.consumed
                        && fields::STATUS::CQ_FULL.get(status) == 0
                    {
                        return Ok(());
                    }
                    quiet = 0;
                }
            }
            self.stuck_wait(&mut idle)?;
        }
    }

    /// The card's counters (register reads: off the hot path).
    pub fn counters(&mut self) -> Counters {
        let mut read64 = |lo: u32, hi: u32| {
            let low = self.platform.read32(lo);
            u64::from(low) | (u64::from(self.platform.read32(hi)) << 32)
        };
        Counters {
            messages_in: read64(regmap::MESSAGES_IN_LO, regmap::MESSAGES_IN_HI),
            reports_out: read64(regmap::REPORTS_OUT_LO, regmap::REPORTS_OUT_HI),
            rejects: read64(regmap::REJECTS_LO, regmap::REJECTS_HI),
            cq_full_stalls: read64(regmap::CQ_FULL_STALLS_LO, regmap::CQ_FULL_STALLS_HI),
            cycles: read64(regmap::CYCLES_LO, regmap::CYCLES_HI),
        }
    }

    /// Sends a venue's control records (after [`Card::check_venue`]) and waits until the card
    /// has taken them. The card answers configuration with no reports; any it sends are
    /// returned.
    pub fn configure(&mut self, venue: &VenueConfig) -> Result<Vec<ReportRecord>, DriverError> {
        self.check_venue(venue)?;
        self.submit(&venue.control_records())?;
        let mut reports = Vec::new();
        self.drain(&mut reports)?;
        Ok(reports)
    }

    /// The platform back, the card left as it is.
    pub fn into_platform(self) -> P {
        self.platform
    }
}

fn check_identity<P: Platform>(
    platform: &mut P,
    config: &CardConfig,
) -> Result<Identity, DriverError> {
    let name = platform.name();
    let identity = Identity {
        id: platform.read32(regmap::ID),
        regmap_version: platform.read32(regmap::REGMAP_VERSION),
        build_id: platform.read32(regmap::BUILD_ID),
        capabilities: platform.read32(regmap::CAPABILITIES),
        dma_capabilities: platform.read32(regmap::DMA_CAPABILITIES),
    };
    if identity.id != regmap::CARD_ID {
        return Err(DriverError::NotACard {
            platform: name,
            expected: regmap::CARD_ID,
            found: identity.id,
        });
    }
    if identity.regmap_version >> 16 != regmap::REGMAP_VERSION_VALUE >> 16 {
        return Err(DriverError::RegmapMajor {
            platform: name,
            expected: regmap::REGMAP_VERSION_VALUE >> 16,
            found: identity.regmap_version >> 16,
            found_raw: identity.regmap_version,
        });
    }
    if identity.build_id != config.expected_build_id {
        return Err(DriverError::BuildId {
            platform: name,
            expected: config.expected_build_id,
            found: identity.build_id,
        });
    }
    if let Some(expected) = config.expected_capabilities {
        if identity.capabilities != expected {
            return Err(DriverError::Capabilities {
                platform: name,
                expected,
                found: identity.capabilities,
                expected_text: capacity_text(&capabilities_capacity(expected)),
                found_text: capacity_text(&identity.capacity()),
            });
        }
    }
    Ok(identity)
}

/// Order flow through the driver and a card, as a [`Backend`]: what `replay` and
/// `crosscheck` run for `--backend vfio` (and the loopback card in tests).
///
/// `process` stages records and submits them a batch at a time (one doorbell a batch),
/// polling completions after each; `flush` submits the rest and drains the card by the rule
/// of [`Card::drain`]. A driver error stops the backend and shows in [`Backend::fault`].
pub struct DriverBackend<P: Platform> {
    card: Card<P>,
    staged: Vec<OrderRecord>,
    batch: usize,
    fault: Option<String>,
    summary: Option<String>,
    /// The card's CYCLES counter at the last flush.
    card_cycles: Option<u64>,
}

impl<P: Platform> DriverBackend<P> {
    /// Brings up the card on `platform` and configures it for `venue`.
    pub fn new(
        platform: P,
        venue: &VenueConfig,
        config: CardConfig,
    ) -> Result<DriverBackend<P>, DriverError> {
        DriverBackend::with_card(Card::open(platform, config)?, venue)
    }

    /// Configures a card that is up for `venue`.
    pub fn with_card(
        mut card: Card<P>,
        venue: &VenueConfig,
    ) -> Result<DriverBackend<P>, DriverError> {
        card.configure(venue)?;
        let batch = (card.sq.size() as usize).clamp(1, 32);
        Ok(DriverBackend {
            card,
            staged: Vec::with_capacity(batch),
            batch,
            fault: None,
            summary: None,
            card_cycles: None,
        })
    }

    /// Records per doorbell (1 to the submission ring's size).
    pub fn set_batch(&mut self, batch: usize) {
        self.batch = batch.clamp(1, self.card.sq.size() as usize);
    }

    /// The card.
    pub fn card(&mut self) -> &mut Card<P> {
        &mut self.card
    }

    fn stop(&mut self, error: DriverError) {
        if self.fault.is_none() {
            self.fault = Some(error.to_string());
        }
    }

    fn submit_staged(&mut self, reports: &mut Vec<ReportRecord>) {
        if self.fault.is_some() {
            return;
        }
        let result = self
            .card
            .submit(&self.staged)
            .and_then(|()| self.card.poll(reports).map(|_| ()));
        self.staged.clear();
        if let Err(e) = result {
            self.stop(e);
        }
    }
}

impl<P: Platform> Backend for DriverBackend<P> {
    fn name(&self) -> &'static str {
        self.card.platform.name()
    }

    fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        if self.fault.is_some() {
            return;
        }
        self.staged.push(*record);
        if self.staged.len() >= self.batch {
            self.submit_staged(reports);
        }
    }

    fn flush(&mut self, reports: &mut Vec<ReportRecord>) {
        self.submit_staged(reports);
        if self.fault.is_some() {
            return;
        }
        if let Err(e) = self.card.drain(reports) {
            self.stop(e);
            return;
        }
        let c = self.card.counters();
        let s = self.card.stats();
        self.card_cycles = Some(c.cycles);
        self.summary = Some(format!(
            "card: {} records in, {} reports out, {} rejects, {} cycles with a report waiting \
             for room\ndriver: {} SQ doorbells ({:.1} records each), {} waits\n",
            c.messages_in,
            c.reports_out,
            c.rejects,
            c.cq_full_stalls,
            s.sq_doorbells,
            s.submitted as f64 / s.sq_doorbells.max(1) as f64,
            s.waits
        ));
    }

    fn fault(&self) -> Option<String> {
        self.fault.clone()
    }

    fn stats(&self) -> Option<String> {
        self.summary.clone()
    }

    fn cycles(&self) -> Option<u64> {
        self.card_cycles
    }
}
