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

mod card_platform;
mod ffi;
mod shell;
mod stats;

pub use card_platform::{CardSimPlatform, CARD_SIM_IOVA, CYCLES_PER_WAIT};
use gatebook_wire::{
    Backend, BuildSizes, Capacity, OrderRecord, ReportRecord, VenueConfig, RECORD_BYTES,
};
pub use shell::{DmaFault, DmaTiming, HostMemory, SimShell, READ_STATUS_BAD};
pub use stats::CycleStats;

/// Cycles without a report, with the input idle, after which the whole card (`card-sim`,
/// whose shell does not show the pipeline's `idle`) is taken as drained. Longer than any gap
/// between two reports of one message (a FOK walk over a full window).
pub const QUIET_CYCLES: u32 = 4096;
/// Cycles a drained pipeline may take to raise `idle` before it is taken as wedged: far
/// beyond the longest message (a sweep of the wide card's 65,536-tick window).
pub const DRAIN_CYCLES: u64 = 1 << 22;
/// Cycles the card may refuse input before it is taken as wedged.
pub const STALL_CYCLES: u64 = 1 << 20;
/// Cycles the card may take to clear its tables after reset (the wide card clears 2^20
/// price levels).
pub const RESET_CYCLES: u64 = 1 << 22;

/// The table sizes the checked-in Verilog is built for: the default card.
pub const CARD_BUILD: Capacity = BuildSizes::DEFAULT_CARD.capacity();

/// The table sizes of the wide card (`gatebook_wide`): the design at its scaling limits, for
/// real books that outgrow the default card.
pub const WIDE_BUILD: Capacity = BuildSizes::WIDE_CARD.capacity();

/// Which Verilated pipeline to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardBuild {
    /// The default card, [`CARD_BUILD`] (also inside `card-sim`).
    Default,
    /// The wide card, [`WIDE_BUILD`].
    Wide,
}

impl CardBuild {
    /// The table sizes of this build.
    pub fn capacity(self) -> Capacity {
        match self {
            CardBuild::Default => CARD_BUILD,
            CardBuild::Wide => WIDE_BUILD,
        }
    }

    /// The build's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            CardBuild::Default => "default",
            CardBuild::Wide => "wide",
        }
    }

    /// The first build, default then wide, whose tables hold `capacity`.
    pub fn smallest_fitting(capacity: &Capacity) -> Option<CardBuild> {
        [CardBuild::Default, CardBuild::Wide]
            .into_iter()
            .find(|build| capacity.fits_in(&build.capacity()))
    }

    fn pipeline(self) -> ffi::Pipeline {
        match self {
            CardBuild::Default => ffi::Pipeline::Default,
            CardBuild::Wide => ffi::Pipeline::Wide,
        }
    }
}

/// Why the simulated card cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimError {
    /// This build has no Verilated card.
    Unavailable,
    /// The card did not come out of reset.
    ResetTimeout,
    /// A waveform file could not be opened, or tracing is not compiled in.
    Trace(String),
    /// The venue needs larger tables than the card (the build named) is built for.
    TooLarge(Capacity, CardBuild),
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
            SimError::TooLarge(venue, build) => {
                let card = build.capacity();
                write!(
                    f,
                    "the venue needs {}; the {} card is built for at most {} ({})",
                    capacity_text(venue),
                    build.name(),
                    capacity_text(&card),
                    over_text(venue, &card)
                )?;
                match CardBuild::smallest_fitting(venue) {
                    Some(other) if other != *build => {
                        write!(f, "; the {} card holds it", other.name())
                    }
                    Some(_) => Ok(()),
                    None => {
                        f.write_str("; no build holds it")?;
                        for other in [CardBuild::Default, CardBuild::Wide] {
                            if other != *build {
                                write!(
                                    f,
                                    " (the {} card: at most {})",
                                    other.name(),
                                    capacity_text(&other.capacity())
                                )?;
                            }
                        }
                        Ok(())
                    }
                }
            }
        }
    }
}

/// `16 instruments, 256 accounts, 4096 order slots and a 1024-tick price window`.
fn capacity_text(c: &Capacity) -> String {
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    format!(
        "{} instrument{}, {} account{}, {} order slot{} and a {}-tick price window",
        c.instruments,
        plural(c.instruments),
        c.accounts,
        plural(c.accounts),
        c.order_slots,
        plural(c.order_slots),
        c.price_window
    )
}

/// Which of the venue's tables exceed the card's: `too many accounts, too wide a price window`.
fn over_text(venue: &Capacity, card: &Capacity) -> String {
    [
        (venue.instruments > card.instruments, "too many instruments"),
        (venue.accounts > card.accounts, "too many accounts"),
        (venue.order_slots > card.order_slots, "too many order slots"),
        (
            venue.price_window > card.price_window,
            "too wide a price window",
        ),
    ]
    .iter()
    .filter(|(over, _)| *over)
    .map(|(_, what)| *what)
    .collect::<Vec<_>>()
    .join(", ")
}

impl std::error::Error for SimError {}

/// What happened in one clock cycle.
#[derive(Debug, Clone, Copy, Default)]
pub struct Step {
    /// The offered input beat was taken.
    pub accepted: bool,
    /// A report beat that left the card.
    pub report: Option<ReportRecord>,
    /// The pipeline's `idle` in this cycle: no report of the records taken before it is
    /// still to come.
    pub idle: bool,
}

/// The Verilated card at cycle level.
pub struct SimCard {
    model: ffi::Model,
    build: CardBuild,
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
    /// Builds the default card's model and takes it through reset.
    pub fn new() -> Result<SimCard, SimError> {
        SimCard::with_build(CardBuild::Default)
    }

    /// Builds the model of `build` and takes it through reset.
    pub fn with_build(build: CardBuild) -> Result<SimCard, SimError> {
        let model = ffi::Model::new(build.pipeline()).ok_or(SimError::Unavailable)?;
        let mut card = SimCard {
            model,
            build,
            cycle: 0,
        };
        card.reset()?;
        Ok(card)
    }

    /// The smallest build whose tables hold `capacity` (the default card, else the wide one),
    /// taken through reset.
    pub fn for_capacity(capacity: &Capacity) -> Result<SimCard, SimError> {
        let build = CardBuild::smallest_fitting(capacity)
            .ok_or(SimError::TooLarge(*capacity, CardBuild::Wide))?;
        SimCard::with_build(build)
    }

    /// Which build this card is.
    pub fn build(&self) -> CardBuild {
        self.build
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
        let idle = self.model.idle();
        self.model.tick();
        self.cycle += 1;
        Step {
            accepted,
            report,
            idle,
        }
    }
}

/// Order flow through the simulated card, as a [`Backend`].
pub struct SimBackend {
    card: SimCard,
    stats: CycleStats,
    fault: Option<String>,
}

impl SimBackend {
    /// A card configured for `venue` by its control records: the default card, or the wide
    /// one when the venue's tables need it.
    pub fn new(venue: &VenueConfig) -> Result<SimBackend, SimError> {
        SimBackend::with_card(SimCard::for_capacity(&venue.capacity)?, venue)
    }

    /// Configures an existing card (one that traces, say) for `venue`. A venue larger than
    /// the card's build is refused: the card itself does not check.
    pub fn with_card(card: SimCard, venue: &VenueConfig) -> Result<SimBackend, SimError> {
        venue
            .validate()
            .map_err(|e| SimError::Venue(format!("venue configuration: {e}")))?;
        if !venue.capacity.fits_in(&card.build.capacity()) {
            return Err(SimError::TooLarge(venue.capacity, card.build));
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

    /// Runs with the input idle until the pipeline says `idle`: every report of the records
    /// it took has left. Returns the cycle it went idle in.
    fn drain(&mut self, reports: &mut Vec<ReportRecord>) -> u64 {
        let start = self.card.cycles();
        while self.fault.is_none() {
            let step = self.card.step(None);
            if step.idle {
                return self.card.cycles() - 1;
            }
            self.take(step, reports);
            if self.card.cycles() - start > DRAIN_CYCLES {
                self.fault = Some(format!(
                    "the card did not go idle within {DRAIN_CYCLES} cycles of its last input"
                ));
            }
        }
        self.card.cycles()
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
        let idle_at = self.drain(reports);
        self.stats.stop(idle_at);
    }

    fn fault(&self) -> Option<String> {
        self.fault.clone()
    }

    fn stats(&self) -> Option<String> {
        Some(format!(
            "card build: {}\n{}",
            self.card.build.name(),
            self.stats.summary()
        ))
    }

    fn cycles(&self) -> Option<u64> {
        Some(self.card.cycles())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_large(capacity: Capacity, build: CardBuild) -> String {
        SimError::TooLarge(capacity, build).to_string()
    }

    #[test]
    fn a_venue_too_large_for_the_default_card_names_each_table_and_the_build_that_holds_it() {
        // The CME ESH4 import: one instrument, 16,384 order slots, a 32,768-tick window.
        let venue = Capacity {
            instruments: 1,
            accounts: 3,
            order_slots: 16_384,
            price_window: 32_768,
        };
        let text = too_large(venue, CardBuild::Default);
        for part in [
            "1 instrument",
            "3 accounts",
            "16384 order slots",
            "32768-tick price window",
            "the default card is built for at most 16 instruments, 256 accounts, \
             4096 order slots and a 1024-tick price window",
            "too many order slots, too wide a price window",
            "the wide card holds it",
        ] {
            assert!(text.contains(part), "`{part}` not in: {text}");
        }
    }

    #[test]
    fn a_venue_no_build_holds_says_so() {
        let venue = Capacity {
            instruments: 16,
            accounts: 1024,
            order_slots: 65_536,
            price_window: 32_768,
        };
        let text = too_large(venue, CardBuild::Wide);
        for part in [
            "16 instruments",
            "1024 accounts",
            "65536 order slots",
            "the wide card is built for at most 8 instruments, 16 accounts, \
             65536 order slots and a 65536-tick price window",
            "too many instruments, too many accounts",
            "no build holds it",
            "the default card: at most 16 instruments, 256 accounts, 4096 order slots \
             and a 1024-tick price window",
        ] {
            assert!(text.contains(part), "`{part}` not in: {text}");
        }
        assert!(!text.contains("too wide"), "{text}");
    }
}
