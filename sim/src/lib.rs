//! The card when no card is present: `hdl/generated/gatebook_top.v` compiled by Verilator
//! and driven from Rust one clock cycle at a time.
//!
//! [`SimCard`] is the cycle-level view (offer a beat, take a report, count cycles);
//! [`SimBackend`] streams order flow through it as a [`gatebook_wire::Backend`], keeping the
//! input and report streams as busy as the card allows and measuring, per message, the
//! cycles from its input beat to its first and last report beats. [`SimShell`] is the whole
//! card (`gatebook_card`: the shell with its registers, rings and DMA port around the
//! pipeline), driven as a host driver would. The unsafe calls into the models are all in
//! `ffi.rs`.

mod ffi;
mod shell;
mod stats;

use gatebook_wire::{Backend, Capacity, OrderRecord, ReportRecord, VenueConfig, RECORD_BYTES};
pub use shell::{DmaFault, DmaTiming, HostMemory, SimShell};
pub use stats::CycleStats;

/// Cycles without a report, with the input idle, after which the card is taken as drained.
/// Longer than any gap between two reports of one message (a FOK walk over a full window).
pub const QUIET_CYCLES: u32 = 4096;
/// Cycles the card may refuse input before it is taken as wedged.
pub const STALL_CYCLES: u64 = 1 << 20;
/// Cycles the card may take to clear its tables after reset.
pub const RESET_CYCLES: u64 = 1 << 20;

/// The table sizes the checked-in Verilog is built for: the default card.
pub const CARD_BUILD: Capacity = Capacity {
    instruments: 16,
    accounts: 256,
    order_slots: 4096,
    price_window: 1024,
};

/// Why the simulated card cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimError {
    /// This build has no Verilated card.
    Unavailable,
    /// The card did not come out of reset.
    ResetTimeout,
    /// A waveform file could not be opened, or tracing is not compiled in.
    Trace(String),
    /// The venue needs larger tables than the card is built for.
    TooLarge(Capacity),
    /// The venue is not valid (the card trusts its configuration, so the host checks it).
    Venue(String),
}

impl std::fmt::Display for SimError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SimError::Unavailable => f.write_str(
                "the sim backend was built without Verilator: install it with \
                 `apt-get install -y verilator` (make run and make test do) and rebuild",
            ),
            SimError::ResetTimeout => write!(
                f,
                "the card did not become ready within {RESET_CYCLES} cycles of reset"
            ),
            SimError::Trace(m) | SimError::Venue(m) => f.write_str(m),
            SimError::TooLarge(c) => write!(
                f,
                "the venue needs {} instruments, {} accounts, {} order slots and a {}-tick window; \
                 the card is built for at most {}, {}, {} and {}",
                c.instruments,
                c.accounts,
                c.order_slots,
                c.price_window,
                CARD_BUILD.instruments,
                CARD_BUILD.accounts,
                CARD_BUILD.order_slots,
                CARD_BUILD.price_window
            ),
        }
    }
}

impl std::error::Error for SimError {}

/// What happened in one clock cycle.
#[derive(Debug, Clone, Copy, Default)]
pub struct Step {
    /// The offered input beat was taken.
    pub accepted: bool,
    /// A report beat that left the card.
    pub report: Option<ReportRecord>,
}

/// The Verilated card at cycle level.
pub struct SimCard {
    model: ffi::Model,
    cycle: u64,
}

fn to_words(bytes: &[u8; RECORD_BYTES]) -> [u32; 16] {
    std::array::from_fn(|i| {
        u32::from_le_bytes([
            bytes[4 * i],
            bytes[4 * i + 1],
            bytes[4 * i + 2],
            bytes[4 * i + 3],
        ])
    })
}

fn from_words(words: &[u32; 16]) -> [u8; RECORD_BYTES] {
    let mut bytes = [0u8; RECORD_BYTES];
    for (i, word) in words.iter().enumerate() {
        bytes[4 * i..4 * i + 4].copy_from_slice(&word.to_le_bytes());
    }
    bytes
}

impl SimCard {
    /// Builds the model and takes it through reset.
    pub fn new() -> Result<SimCard, SimError> {
        let model = ffi::Model::new().ok_or(SimError::Unavailable)?;
        let mut card = SimCard { model, cycle: 0 };
        card.reset()?;
        Ok(card)
    }

    /// Whether this build carries the Verilated card.
    pub fn available() -> bool {
        ffi::AVAILABLE
    }

    /// Starts a VCD waveform (builds with the `trace` feature).
    pub fn trace_to(&mut self, path: &str) -> Result<(), SimError> {
        if self.model.trace_open(path) {
            Ok(())
        } else {
            Err(SimError::Trace(format!(
                "cannot trace to {path}: build with `--features trace` (make trace) and check the path"
            )))
        }
    }

    /// Holds reset for two cycles, then waits for the card to take input.
    pub fn reset(&mut self) -> Result<(), SimError> {
        let idle = [0u32; 16];
        for _ in 0..2 {
            self.model.set_inputs(&idle, false, true, true);
            self.model.tick();
            self.cycle += 1;
        }
        self.model.set_inputs(&idle, false, true, false);
        let start = self.cycle;
        while !self.model.in_ready() {
            if self.cycle - start > RESET_CYCLES {
                return Err(SimError::ResetTimeout);
            }
            self.model.tick();
            self.cycle += 1;
            self.model.set_inputs(&idle, false, true, false);
        }
        Ok(())
    }

    /// Cycles since the model was built.
    pub fn cycles(&self) -> u64 {
        self.cycle
    }

    /// One clock cycle: offers `input`, always ready for a report.
    pub fn step(&mut self, input: Option<&OrderRecord>) -> Step {
        let words = input.map_or([0u32; 16], |r| to_words(&r.to_bytes()));
        self.model.set_inputs(&words, input.is_some(), true, false);
        let accepted = input.is_some() && self.model.in_ready();
        let report = self
            .model
            .out_valid()
            .then(|| ReportRecord::from_wire(&from_words(&self.model.out_data())));
        self.model.tick();
        self.cycle += 1;
        Step { accepted, report }
    }
}

/// Order flow through the simulated card, as a [`Backend`].
pub struct SimBackend {
    card: SimCard,
    stats: CycleStats,
    fault: Option<String>,
}

impl SimBackend {
    /// A card configured for `venue` by its control records.
    pub fn new(venue: &VenueConfig) -> Result<SimBackend, SimError> {
        SimBackend::with_card(SimCard::new()?, venue)
    }

    /// Configures an existing card (one that traces, say) for `venue`. A venue larger than
    /// the card's build is refused: the card itself does not check.
    pub fn with_card(card: SimCard, venue: &VenueConfig) -> Result<SimBackend, SimError> {
        venue
            .validate()
            .map_err(|e| SimError::Venue(format!("venue configuration: {e}")))?;
        if !venue.capacity.fits_in(&CARD_BUILD) {
            return Err(SimError::TooLarge(venue.capacity));
        }
        let mut backend = SimBackend {
            card,
            stats: CycleStats::default(),
            fault: None,
        };
        let mut ignored = Vec::new();
        for record in venue.control_records() {
            backend.offer(&record, &mut ignored);
        }
        backend.drain(&mut ignored);
        backend.stats = CycleStats::default();
        backend.stats.start(backend.card.cycles());
        Ok(backend)
    }

    /// The card itself, for cycle counts.
    pub fn card(&self) -> &SimCard {
        &self.card
    }

    /// Per-message cycle figures so far.
    pub fn cycle_stats(&self) -> &CycleStats {
        &self.stats
    }

    fn take(&mut self, step: Step, reports: &mut Vec<ReportRecord>) {
        if let Some(report) = step.report {
            self.stats
                .report(report.in_seq.get(), report.event, self.card.cycles() - 1);
            reports.push(report);
        }
    }

    /// Offers `record` until the card takes it, collecting reports meanwhile.
    fn offer(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        if self.fault.is_some() {
            return;
        }
        let start = self.card.cycles();
        loop {
            let step = self.card.step(Some(record));
            self.take(step, reports);
            if step.accepted {
                self.stats
                    .input(record.in_seq.get(), record.msg_type, self.card.cycles() - 1);
                return;
            }
            if self.card.cycles() - start > STALL_CYCLES {
                self.fault = Some(format!(
                    "the card took no input for {STALL_CYCLES} cycles (at in_seq {})",
                    record.in_seq.get()
                ));
                return;
            }
        }
    }

    /// Runs with the input idle until no report has left for [`QUIET_CYCLES`] cycles.
    fn drain(&mut self, reports: &mut Vec<ReportRecord>) {
        let mut quiet = 0;
        while quiet < QUIET_CYCLES && self.fault.is_none() {
            let step = self.card.step(None);
            quiet = if step.report.is_some() { 0 } else { quiet + 1 };
            self.take(step, reports);
        }
    }
}

impl Backend for SimBackend {
    fn name(&self) -> &'static str {
        "sim"
    }

    fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        self.offer(record, reports);
    }

    fn flush(&mut self, reports: &mut Vec<ReportRecord>) {
        self.drain(reports);
        self.stats
            .stop(self.card.cycles().saturating_sub(u64::from(QUIET_CYCLES)));
    }

    fn fault(&self) -> Option<String> {
        self.fault.clone()
    }

    fn stats(&self) -> Option<String> {
        Some(self.stats.summary())
    }

    fn cycles(&self) -> Option<u64> {
        Some(self.card.cycles())
    }
}
