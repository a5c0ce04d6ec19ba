//! The whole card (shell and pipeline) under Verilator, driven through its registers and
//! rings as a host driver would, against engine-sw.

use crosscheck::{assert_same_reports, flow, with_configuration};
use engine_sw::Engine;
use flowgen::{small_venue, Profile};
use gatebook_wire::regmap::{self, fields, status_line, COMPLETION_MARK_OFFSET};
use gatebook_wire::{Backend, OrderRecord, ReportRecord, VenueConfig};
use sim::{DmaFault, DmaTiming, HostMemory, SimShell, READ_STATUS_BAD};

const SQ_BASE: u64 = 0x1_0000_0000;
const CQ_BASE: u64 = 0x1_0001_0000;
const STATUS_LINE: u64 = 0x1_0002_0000;
/// A mapped line nobody should write: it sits right after the completion ring.
const GUARD: u64 = CQ_BASE + 0x8000;

/// Host memory as an address table: mapped regions of whole lines; everything else faults.
#[derive(Default)]
struct TableMemory {
    regions: Vec<(u64, Vec<[u8; 64]>)>,
    refused: Vec<u64>,
    /// Lines read so far.
    reads: u64,
}

impl TableMemory {
    /// The rings and the status line of one session, zeroed.
    fn for_rings(sq_entries: usize, cq_entries: usize) -> TableMemory {
        let mut mem = TableMemory::default();
        mem.map(SQ_BASE, sq_entries);
        mem.map(CQ_BASE, cq_entries);
        mem.map(GUARD, 1);
        mem.map(STATUS_LINE, 1);
        mem
    }

    fn map(&mut self, base: u64, lines: usize) {
        self.regions.push((base, vec![[0u8; 64]; lines]));
    }

    fn line_mut(&mut self, bus_addr: u64) -> Option<&mut [u8; 64]> {
        if !bus_addr.is_multiple_of(64) {
            return None;
        }
        self.regions.iter_mut().find_map(|(base, lines)| {
            let index = bus_addr.checked_sub(*base)? / 64;
            lines.get_mut(usize::try_from(index).ok()?)
        })
    }

    fn line(&mut self, bus_addr: u64) -> [u8; 64] {
        *self.line_mut(bus_addr).expect("a mapped line")
    }

    fn status(&mut self, field: usize) -> u32 {
        let line = self.line(STATUS_LINE);
        u32::from_le_bytes(line[field..field + 4].try_into().unwrap())
    }
}

impl HostMemory for TableMemory {
    fn read_line(&mut self, bus_addr: u64) -> Result<[u8; 64], DmaFault> {
        self.reads += 1;
        match self.line_mut(bus_addr) {
            Some(line) => Ok(*line),
            None => {
                self.refused.push(bus_addr);
                Err(DmaFault { bus_addr })
            }
        }
    }

    fn write_line(&mut self, bus_addr: u64, line: &[u8; 64]) -> Result<(), DmaFault> {
        match self.line_mut(bus_addr) {
            Some(target) => {
                *target = *line;
                Ok(())
            }
            None => {
                self.refused.push(bus_addr);
                Err(DmaFault { bus_addr })
            }
        }
    }
}

fn mark_of(line: &[u8; 64]) -> u32 {
    let at = COMPLETION_MARK_OFFSET;
    u32::from_le_bytes(line[at..at + 4].try_into().unwrap())
}

/// A minimal host driver: rings in a [`TableMemory`], doorbells, marks.
struct Host {
    card: SimShell,
    mem: TableMemory,
    sq_entries: u64,
    cq_entries: u64,
    tail: u64,
    consumed: u64,
}

impl Host {
    fn new(card: SimShell, sq_log2: u32, cq_log2: u32) -> Host {
        let (sq_entries, cq_entries) = (1u64 << sq_log2, 1u64 << cq_log2);
        let mem = TableMemory::for_rings(sq_entries as usize, cq_entries as usize);
        let mut host = Host {
            card,
            mem,
            sq_entries,
            cq_entries,
            tail: 0,
            consumed: 0,
        };
        host.bring_up(sq_log2, cq_log2);
        host
    }

    fn write(&mut self, offset: u32, value: u32) {
        self.card.write_register(offset, value, &mut self.mem);
    }

    fn read(&mut self, offset: u32) -> u32 {
        self.card.read_register(offset, &mut self.mem)
    }

    /// Reset, wait out RESETTING, configure the rings from zeroed memory, enable.
    fn bring_up(&mut self, sq_log2: u32, cq_log2: u32) {
        self.write(regmap::CONTROL, fields::CONTROL::RESET.mask());
        let resetting = fields::STATUS::RESETTING.mask();
        let mut polls = 0;
        while self.read(regmap::STATUS) & resetting != 0 {
            self.card.run(1000, &mut self.mem);
            polls += 1;
            assert!(polls < 1000, "the card stays in reset");
        }
        // A write refused before the reset belonged to the session it ends.
        self.card.take_write_fault();
        self.mem = TableMemory::for_rings(self.sq_entries as usize, self.cq_entries as usize);
        self.tail = 0;
        self.consumed = 0;
        self.write(regmap::SQ_BASE_LO, SQ_BASE as u32);
        self.write(regmap::SQ_BASE_HI, (SQ_BASE >> 32) as u32);
        self.write(regmap::SQ_SIZE_LOG2, sq_log2);
        self.write(regmap::CQ_BASE_LO, CQ_BASE as u32);
        self.write(regmap::CQ_BASE_HI, (CQ_BASE >> 32) as u32);
        self.write(regmap::CQ_SIZE_LOG2, cq_log2);
        self.write(regmap::STATUS_LINE_LO, STATUS_LINE as u32);
        self.write(regmap::STATUS_LINE_HI, (STATUS_LINE >> 32) as u32);
        self.write(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
        assert_eq!(self.read(regmap::ERRORS), 0);
        assert_eq!(
            self.read(regmap::STATUS) & fields::STATUS::ENABLED.mask(),
            fields::STATUS::ENABLED.mask()
        );
    }

    /// Writes as many of `records` as the submission ring has room for (by the status
    /// line's SQ_HEAD) and rings the doorbell once; returns how many went.
    fn submit(&mut self, records: &[OrderRecord]) -> usize {
        let head = u64::from(self.mem.status(status_line::SQ_HEAD));
        let room = (self.sq_entries - (self.tail - head)) as usize;
        let batch = room.min(records.len());
        for record in &records[..batch] {
            let at = SQ_BASE + 64 * (self.tail % self.sq_entries);
            *self.mem.line_mut(at).unwrap() = record.to_bytes();
            self.tail += 1;
        }
        if batch > 0 {
            self.write(regmap::SQ_TAIL, self.tail as u32);
        }
        batch
    }

    /// Takes every new completion (by its mark) and returns the consumed entries with one
    /// CQ_HEAD doorbell.
    fn collect(&mut self, reports: &mut Vec<ReportRecord>) -> usize {
        let mut taken = 0;
        loop {
            let at = CQ_BASE + 64 * (self.consumed % self.cq_entries);
            let mut line = self.mem.line(at);
            if mark_of(&line) != self.consumed as u32 + 1 {
                break;
            }
            line[COMPLETION_MARK_OFFSET..COMPLETION_MARK_OFFSET + 4].fill(0);
            reports.push(ReportRecord::from_wire(&line).without_stamp());
            self.consumed += 1;
            taken += 1;
        }
        if taken > 0 {
            self.write(regmap::CQ_HEAD, self.consumed as u32);
        }
        taken
    }

    /// Streams `records` through the rings until every report is back (no completion for
    /// 4096 cycles after the last record went in).
    fn stream(&mut self, records: &[OrderRecord]) -> Vec<ReportRecord> {
        let mut reports = Vec::new();
        let mut sent = 0;
        let mut quiet = 0;
        while quiet < 4096 {
            sent += self.submit(&records[sent..]);
            self.card.run(8, &mut self.mem);
            if self.collect(&mut reports) > 0 || sent < records.len() {
                quiet = 0;
            } else {
                quiet += 8;
            }
            assert_eq!(self.read(regmap::ERRORS), 0, "no error during a stream");
            assert_eq!(
                self.card.take_write_fault(),
                None,
                "no write refused during a stream"
            );
        }
        reports
    }
}

fn card() -> SimShell {
    SimShell::new().expect("the Verilated card is built")
}

/// engine-sw's reports for `flow` on `venue`.
fn engine_reports(venue: &VenueConfig, flow: &[OrderRecord]) -> Vec<ReportRecord> {
    Engine::new(venue).unwrap().run_all(flow)
}

/// The card's reports are engine-sw's.
#[track_caller]
fn assert_same(card: &[ReportRecord], engine: &[ReportRecord]) {
    assert_same_reports("the card", card, engine);
}

#[test]
fn bring_up_reads_identity_and_capabilities() {
    let mut mem = TableMemory::default();
    let mut card = card();
    assert_eq!(card.read_register(regmap::ID, &mut mem), regmap::CARD_ID);
    let version = card.read_register(regmap::REGMAP_VERSION, &mut mem);
    assert_eq!(version >> 16, regmap::REGMAP_VERSION_VALUE >> 16);
    assert_eq!(
        card.read_register(regmap::BUILD_ID, &mut mem),
        verilog::PIPELINE_BUILD_ID
    );
    let caps = card.read_register(regmap::CAPABILITIES, &mut mem);
    use fields::CAPABILITIES as C;
    assert_eq!(
        1 << C::INSTRUMENTS_LOG2.get(caps),
        sim::CARD_BUILD.instruments
    );
    assert_eq!(1 << C::ACCOUNTS_LOG2.get(caps), sim::CARD_BUILD.accounts);
    assert_eq!(
        1 << C::ORDER_SLOTS_LOG2.get(caps),
        sim::CARD_BUILD.order_slots
    );
    assert_eq!(
        1 << C::PRICE_WINDOW_LOG2.get(caps),
        sim::CARD_BUILD.price_window
    );
    let dma = card.read_register(regmap::DMA_CAPABILITIES, &mut mem);
    use fields::DMA_CAPABILITIES as D;
    assert!(D::MAX_RING_LOG2.get(dma) >= 3);
    assert_eq!(D::MAX_BURST.get(dma), 8);
    assert!(D::FIFO_DEPTH.get(dma) >= 16);
    assert_eq!(card.read_register(regmap::STATUS, &mut mem), 0);
    assert_eq!(card.read_register(regmap::ERRORS, &mut mem), 0);
    assert!(mem.refused.is_empty(), "no DMA before enable");
}

#[test]
fn a_flow_through_tiny_rings_matches_engine_sw() {
    let venue = small_venue();
    let flow = flow(&venue, Profile::Stress, 3, 400);
    let mut host = Host::new(card(), 3, 2);
    let reports = host.stream(&with_configuration(&venue, &flow));
    assert_same(&reports, &engine_reports(&venue, &flow));
    assert!(
        host.consumed > 4 * 20,
        "the completion ring wrapped many times"
    );
    let n = u64::from(host.read(regmap::MESSAGES_IN_LO));
    assert_eq!(n, (venue.control_records().len() + flow.len()) as u64);
    assert_eq!(u64::from(host.read(regmap::REPORTS_OUT_LO)), host.consumed);
    let rejects = reports.iter().filter(|r| r.event == 2).count() as u64;
    assert_eq!(u64::from(host.read(regmap::REJECTS_LO)), rejects);
    assert_eq!(host.read(regmap::SQ_HEAD), host.tail as u32);
    assert_eq!(host.read(regmap::CQ_TAIL), host.consumed as u32);
    assert_eq!(host.mem.status(status_line::SQ_HEAD), host.tail as u32);
    assert!(host.mem.status(status_line::WRITES) > 0);
    assert!(host.mem.line(GUARD) == [0; 64] && host.mem.refused.is_empty());
}

#[test]
fn a_full_completion_ring_stalls_the_card_without_loss() {
    let venue = small_venue();
    let flow = flow(&venue, Profile::Mixed, 5, 60);
    let expected = engine_reports(&venue, &flow);
    let mut host = Host::new(card(), 4, 2);
    let records = with_configuration(&venue, &flow);
    let mut sent = 0;
    for _ in 0..200 {
        sent += host.submit(&records[sent..]);
        host.card.run(16, &mut host.mem);
    }
    // Nothing consumed: four completions, then the card waits.
    assert_eq!(host.read(regmap::CQ_TAIL), 4);
    let status = host.read(regmap::STATUS);
    assert_ne!(status & fields::STATUS::CQ_FULL.mask(), 0, "{status:#x}");
    let stalls = host.read(regmap::CQ_FULL_STALLS_LO);
    assert!(stalls > 1000, "{stalls}");
    assert_eq!(host.read(regmap::ERRORS), 0);
    // Resume: every report, in order.
    let mut reports = Vec::new();
    let mut quiet = 0;
    while quiet < 4096 {
        sent += host.submit(&records[sent..]);
        host.card.run(8, &mut host.mem);
        quiet = if host.collect(&mut reports) > 0 || sent < records.len() {
            0
        } else {
            quiet + 8
        };
    }
    assert_same(&reports, &expected);
    assert_eq!(host.read(regmap::ERRORS), 0);
}

#[test]
fn a_dma_read_fault_halts_the_card() {
    let venue = small_venue();
    let mut host = Host::new(card(), 3, 2);
    let records = venue.control_records();
    host.submit(&records[..6.min(records.len())]);
    // The submission ring is only half mapped: entries 4.. fault.
    host.mem.regions[0].1.truncate(4);
    host.card.run(2000, &mut host.mem);
    let errors = host.read(regmap::ERRORS);
    assert_eq!(
        errors,
        fields::ERRORS::DMA_READ_FAULT.mask()
            | (u32::from(READ_STATUS_BAD) << fields::ERRORS::DMA_READ_STATUS.lsb)
    );
    let status = host.read(regmap::STATUS);
    assert_ne!(status & fields::STATUS::HALTED.mask(), 0);
    assert_eq!(host.read(regmap::SQ_HEAD), 4);
    assert_eq!(
        host.mem.status(status_line::ERRORS),
        errors,
        "a last status line"
    );
    let unmapped = [SQ_BASE + 4 * 64, SQ_BASE + 5 * 64];
    assert!(host.mem.refused.iter().all(|a| unmapped.contains(a)));
    assert_eq!(host.mem.line(GUARD), [0; 64]);
    // Halted: doorbells change nothing, only reset restarts.
    host.write(regmap::SQ_TAIL, 8);
    host.card.run(2000, &mut host.mem);
    assert_eq!(host.read(regmap::SQ_HEAD), 4);
    host.bring_up(3, 2);
    assert_eq!(host.read(regmap::ERRORS), 0);
}

/// A read the host refuses comes back with bad completion status (2: Unsupported Request,
/// as a root complex answers for an address outside its mapping), which ERRORS keeps.
#[test]
fn an_unmapped_read_sets_dma_read_fault_with_status_2() {
    let mut host = Host::new(card(), 3, 2);
    // The submission ring moved to where nothing is mapped.
    let unmapped = SQ_BASE + 0x10_0000;
    host.write(regmap::CONTROL, 0);
    host.write(regmap::SQ_BASE_LO, unmapped as u32);
    host.write(regmap::SQ_BASE_HI, (unmapped >> 32) as u32);
    host.write(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    assert_eq!(host.read(regmap::ERRORS), 0);
    host.write(regmap::SQ_TAIL, 4);
    host.card.run(2000, &mut host.mem);
    let errors = host.read(regmap::ERRORS);
    assert_eq!(fields::ERRORS::DMA_READ_FAULT.get(errors), 1, "{errors:#x}");
    assert_eq!(
        fields::ERRORS::DMA_READ_STATUS.get(errors),
        2,
        "{errors:#x}"
    );
    assert_eq!(
        errors,
        fields::ERRORS::DMA_READ_FAULT.mask() | (2 << fields::ERRORS::DMA_READ_STATUS.lsb)
    );
    assert_ne!(host.read(regmap::STATUS) & fields::STATUS::HALTED.mask(), 0);
    assert_eq!(host.read(regmap::SQ_HEAD), 0, "no line came in");
    assert_eq!(host.mem.status(status_line::ERRORS), errors);
    assert!(!host.mem.refused.is_empty());
    assert!(host
        .mem
        .refused
        .iter()
        .all(|&a| (unmapped..unmapped + 4 * 64).contains(&a)));
    assert_eq!(
        host.card.take_write_fault(),
        None,
        "only reads were refused"
    );
    host.bring_up(3, 2);
    assert_eq!(host.read(regmap::ERRORS), 0);
}

/// A PCIe write gets no answer: a write the host refuses is dropped and the card goes on
/// as if it were written (no error, not halted). The harness reports it, as a host's IOMMU
/// logs the fault.
#[test]
fn an_unmapped_write_is_reported_by_the_harness() {
    let venue = small_venue();
    let flow = flow(&venue, Profile::Stress, 8, 40);
    let mut host = Host::new(card(), 4, 3);
    // The completion ring's entries 2.. are not mapped.
    host.mem.regions[1].1.truncate(2);
    let entries = CQ_BASE + 2 * 64..CQ_BASE + 8 * 64;
    let records = with_configuration(&venue, &flow);
    let mut sent = 0;
    let mut fault = None;
    for _ in 0..100 {
        sent += host.submit(&records[sent..]);
        host.card.run(16, &mut host.mem);
        fault = host.card.take_write_fault();
        if fault.is_some() {
            break;
        }
    }
    let refused_when_taken = host.mem.refused.len();
    assert_eq!(
        fault,
        Some(DmaFault {
            bus_addr: CQ_BASE + 2 * 64
        }),
        "the first refused write, by address"
    );
    assert_eq!(host.mem.refused[0], CQ_BASE + 2 * 64);
    host.card.run(2000, &mut host.mem);
    // The card does not know.
    assert_eq!(host.read(regmap::ERRORS), 0);
    assert_eq!(host.read(regmap::STATUS) & fields::STATUS::HALTED.mask(), 0);
    assert_eq!(host.mem.status(status_line::ERRORS), 0);
    let cq_tail = host.read(regmap::CQ_TAIL);
    assert!(cq_tail > 2, "completions counted as written: {cq_tail}");
    assert!(host.mem.refused.iter().all(|a| entries.contains(a)));
    assert_eq!(host.mem.refused.len() as u32, cq_tail - 2);
    assert_eq!(host.mem.line(GUARD), [0; 64]);
    // The next call gives the first write refused since the last one.
    let next = host.mem.refused.get(refused_when_taken).copied();
    assert_eq!(
        host.card.take_write_fault(),
        next.map(|bus_addr| DmaFault { bus_addr })
    );
    assert_eq!(host.card.take_write_fault(), None);
    // A reset and a fresh session: all is well.
    host.bring_up(4, 3);
    let reports = host.stream(&records);
    assert_same(&reports, &engine_reports(&venue, &flow));
}

#[test]
fn doorbells_out_of_range_and_a_bad_ring_configuration_are_errors() {
    let mut host = Host::new(card(), 3, 2);
    host.write(regmap::SQ_TAIL, 9);
    assert_eq!(
        host.read(regmap::ERRORS),
        fields::ERRORS::SQ_DOORBELL_RANGE.mask()
    );
    host.bring_up(3, 2);
    host.write(regmap::CQ_HEAD, 1);
    assert_eq!(
        host.read(regmap::ERRORS),
        fields::ERRORS::CQ_DOORBELL_RANGE.mask()
    );
    assert!(host.mem.refused.is_empty());
    // RING_CONFIG: a ring size out of range, a misaligned base.
    host.write(regmap::CONTROL, fields::CONTROL::RESET.mask());
    host.card.run(40_000, &mut host.mem);
    host.write(regmap::SQ_SIZE_LOG2, 0);
    host.write(regmap::CQ_SIZE_LOG2, 2);
    host.write(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    assert_eq!(
        host.read(regmap::ERRORS),
        fields::ERRORS::RING_CONFIG.mask()
    );
    assert_eq!(
        host.read(regmap::STATUS) & fields::STATUS::ENABLED.mask(),
        0
    );
    host.write(regmap::CONTROL, fields::CONTROL::RESET.mask());
    host.card.run(40_000, &mut host.mem);
    host.write(regmap::SQ_SIZE_LOG2, 3);
    host.write(regmap::CQ_SIZE_LOG2, 2);
    host.write(regmap::CQ_BASE_LO, CQ_BASE as u32 + 8);
    host.write(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    assert_eq!(
        host.read(regmap::ERRORS),
        fields::ERRORS::RING_CONFIG.mask()
    );
    assert!(
        host.mem.refused.is_empty(),
        "no DMA from a refused configuration"
    );
}

#[test]
fn a_reset_mid_stream_then_a_fresh_session_matches_engine_sw() {
    let venue = small_venue();
    let flow = flow(&venue, Profile::Takers, 11, 300);
    let mut host = Host::new(card(), 3, 2);
    let records = with_configuration(&venue, &flow);
    let mut sent = 0;
    let mut reports = Vec::new();
    for _ in 0..60 {
        sent += host.submit(&records[sent..]);
        host.card.run(8, &mut host.mem);
        host.collect(&mut reports);
    }
    assert!(sent > 20 && sent < records.len(), "mid-stream: {sent} sent");
    // Reset with reads in flight and reports waiting, then a whole new session.
    host.write(regmap::SQ_TAIL, host.tail as u32);
    host.bring_up(3, 2);
    let reports = host.stream(&records);
    assert_same(&reports, &engine_reports(&venue, &flow));
}

/// Cycle figures with the default DMA timing, on an idle card: doorbell to the read request,
/// a report leaving the pipeline to its completion in host memory, doorbell to completion;
/// and the sustained rate of a flow through 64-entry rings.
#[test]
fn cycle_figures() {
    let timing = DmaTiming::default();
    let latency = u64::from(timing.read_latency_cycles);
    let venue = small_venue();
    let mut host = Host::new(SimShell::with_timing(timing).unwrap(), 3, 2);
    host.stream(&venue.control_records());
    // The card's cycle counter (CYCLES, and the pipeline's egress stamp) against ours.
    let before = host.card.cycles();
    let offset = before - u64::from(host.read(regmap::CYCLES_LO));
    let one_quote = flow(&venue, Profile::Makers, 1, 1);
    let reads = host.mem.reads;
    let entry = CQ_BASE + 64 * (host.consumed % host.cq_entries);
    let doorbell = host.card.cycles();
    host.submit(&one_quote);
    let (mut first_line, mut written) = (None, None);
    while written.is_none() {
        let now = host.card.cycles();
        host.card.run(1, &mut host.mem);
        if first_line.is_none() && host.mem.reads > reads {
            first_line = Some(now);
        }
        if mark_of(&host.mem.line(entry)) == host.consumed as u32 + 1 {
            written = Some(now);
        }
        assert!(now - doorbell < 10_000, "no completion");
    }
    let (first_line, written) = (first_line.unwrap(), written.unwrap());
    let mut reports = Vec::new();
    let line = host.mem.line(entry);
    let stamp = ReportRecord::from_wire(&line).egress_cycle.get();
    assert_eq!(host.collect(&mut reports), 1);
    let request = first_line - latency - doorbell;
    let report_to_write = written - offset - (stamp + 1);
    eprintln!(
        "doorbell to read request: {request} cycles; first line to report leaving the \
         pipeline: {} cycles; report leaving the pipeline to its completion written: \
         {report_to_write} cycles; doorbell to completion written: {} cycles (read latency \
         {latency})",
        stamp + 1 + offset - first_line,
        written - doorbell
    );
    assert!(request <= 4, "{request}");
    assert!(report_to_write <= 4, "{report_to_write}");
    assert!(written - doorbell < latency + 40);

    // Sustained: a stress flow through 64-entry rings, the host keeping both rings busy.
    let flow = flow(&venue, Profile::Stress, 2, 3000);
    let mut host = Host::new(card(), 6, 6);
    let records = with_configuration(&venue, &flow);
    let start = host.card.cycles();
    let reports = host.stream(&records);
    let cycles = host.card.cycles() - start - 4096;
    assert_same(&reports, &engine_reports(&venue, &flow));
    eprintln!(
        "{} records, {} reports through 64-entry rings in {cycles} cycles: {:.1} cycles per record",
        records.len(),
        reports.len(),
        cycles as f64 / records.len() as f64
    );
}

/// A host engine owns the card from its own thread.
#[test]
fn the_shell_moves_to_another_thread() {
    let mut card = card();
    let id = std::thread::spawn(move || {
        let mut mem = TableMemory::default();
        card.read_register(regmap::ID, &mut mem)
    })
    .join()
    .unwrap();
    assert_eq!(id, regmap::CARD_ID);
}

/// Short and long read latencies, other ring sizes: the same reports.
#[test]
fn flows_match_engine_sw_at_other_read_latencies() {
    let venue = small_venue();
    for (latency, profile, sq_log2, cq_log2) in [
        (1, Profile::Mixed, 4, 3),
        (20, Profile::Makers, 1, 1),
        (600, Profile::Stress, 5, 4),
    ] {
        let flow = flow(&venue, profile, 17, 600);
        let timing = DmaTiming {
            read_latency_cycles: latency,
        };
        let mut host = Host::new(SimShell::with_timing(timing).unwrap(), sq_log2, cq_log2);
        let reports = host.stream(&with_configuration(&venue, &flow));
        assert_same(&reports, &engine_reports(&venue, &flow));
    }
}
