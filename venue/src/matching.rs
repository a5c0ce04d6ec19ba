//! The matching thread: the only thread that touches the backend. It replays the journal
//! at start, then takes sequenced messages from its ring and hands reports to the publisher.
//! It never waits for a client, only for room in the publisher's ring.

use crate::digest::state_digest;
use crate::pipeline::{mark_of_record, push_ring, Doorbell, Output, Sequenced};
use engine_sw::Engine;
use gatebook_journal::EntryKind;
use gatebook_journal::JournalReader;
use gatebook_wire::{Backend, ReportRecord, VenueConfig};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What matches: engine-sw itself (its state can be digested), or any other backend.
pub enum MatchingBackend {
    /// engine-sw in the matching thread: reports come back with each message, and snapshots work.
    Software(Box<Engine>),
    /// A card (simulated or real) or the loopback: reports may come several messages late.
    Pipelined(Box<dyn Backend>),
}

/// Builds the backend on the matching thread, so backends that cannot move between threads
/// (a Verilated card) work too.
pub type BackendFactory = Box<dyn FnOnce() -> Result<MatchingBackend, String> + Send>;

/// Messages a pipelined backend may hold before the thread flushes it anyway.
const MAX_UNFLUSHED: u64 = 4096;

/// Counters the metrics endpoint reads.
#[derive(Default)]
pub struct MatchingStats {
    /// Sequenced messages processed since start; the journal replay is not counted.
    pub messages: AtomicU64,
    /// Nanoseconds spent processing, for the busy fraction.
    pub busy_ns: AtomicU64,
}

/// What the matching thread needs: built by the server, consumed by [`MatchingThread::run`].
pub struct MatchingThread {
    /// Makes the backend, on the matching thread itself.
    pub backend: BackendFactory,
    /// The journal directory, replayed before the first sequenced message is taken.
    pub journal_dir: PathBuf,
    /// The venue the backend is configured with.
    pub venue: VenueConfig,
    /// Sequenced messages from the sequencer, in `in_seq` order.
    pub input: rtrb::Consumer<Sequenced>,
    /// Rung by the sequencer when it adds to `input`.
    pub input_bell: Arc<Doorbell>,
    /// Reports and other outputs to the publisher.
    pub output: rtrb::Producer<Output>,
    /// Rung by this thread when it adds to `output`.
    pub output_bell: Arc<Doorbell>,
    /// Counters the metrics endpoint reads.
    pub stats: Arc<MatchingStats>,
    /// The CPU core to pin the thread to, if any (`serve --pin-core`).
    pub pin_core: Option<usize>,
    /// engine-sw's state from a snapshot, and the `in_seq` it is of: the journal replay
    /// starts after it.
    pub restored: Option<(u64, Engine)>,
    /// Snapshot engine-sw every this many messages (0: only at shutdown), and at shutdown.
    pub snapshot_every: Option<u64>,
    /// The margin engine follows every message: each message's reports are all out before
    /// the next message goes in (a card is flushed after every message).
    pub message_at_a_time: bool,
}

impl MatchingThread {
    /// Runs until the stop message; returns an error when the backend cannot start or fails.
    pub fn run(mut self) -> Result<(), String> {
        if let Some(core) = self.pin_core {
            if !core_affinity::set_for_current(core_affinity::CoreId { id: core }) {
                tracing::warn!(core, "could not pin the matching thread");
            }
        }
        self.input_bell.bind_current_thread();
        let mut backend =
            (std::mem::replace(&mut self.backend, Box::new(|| Err(String::new()))))()?;
        let mut reports = Vec::with_capacity(256);
        let mut unflushed = 0u64;

        // Recovery: the journal replayed through the backend rebuilds its exact state.
        let started = std::time::Instant::now();
        let mut snapshot_in_seq = 0;
        if let (Some((in_seq, engine)), MatchingBackend::Software(current)) =
            (self.restored.take(), &mut backend)
        {
            **current = engine;
            snapshot_in_seq = in_seq;
        }
        let mut replayed = 0u64;
        let reader = JournalReader::open(&self.journal_dir, snapshot_in_seq + 1)
            .map_err(|e| e.to_string())?;
        for entry in reader {
            let entry = entry.map_err(|e| e.to_string())?;
            if entry.kind == EntryKind::Mark {
                self.drain(&mut backend, &mut reports, &mut unflushed)?;
                self.push(Output::Mark(mark_of_record(&entry.record)));
                continue;
            }
            self.process(
                &mut backend,
                entry.origin,
                &entry.record,
                &mut reports,
                &mut unflushed,
            )?;
            replayed += 1;
        }
        self.drain(&mut backend, &mut reports, &mut unflushed)?;
        let digest = match &backend {
            MatchingBackend::Software(engine) => Some(state_digest(engine, &self.venue)),
            MatchingBackend::Pipelined(_) => None,
        };
        self.push(Output::Recovered {
            messages: replayed,
            snapshot_in_seq,
            nanos: started.elapsed().as_nanos() as u64,
            digest,
        });

        let mut idle = 0u32;
        let mut last_in_seq = snapshot_in_seq + replayed;
        // The clock is read when the thread turns busy and when it turns idle, not per message.
        let mut busy_since: Option<std::time::Instant> = None;
        loop {
            let Ok(item) = self.input.pop() else {
                if unflushed > 0 {
                    self.drain(&mut backend, &mut reports, &mut unflushed)?;
                }
                if let Some(since) = busy_since.take() {
                    self.stats
                        .busy_ns
                        .fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
                }
                let input = &self.input;
                self.input_bell.wait(&mut idle, || !input.is_empty());
                continue;
            };
            idle = 0;
            busy_since.get_or_insert_with(std::time::Instant::now);
            match item {
                Sequenced::Message { origin, record } => {
                    self.process(&mut backend, origin, &record, &mut reports, &mut unflushed)?;
                    if unflushed >= MAX_UNFLUSHED || self.message_at_a_time {
                        self.drain(&mut backend, &mut reports, &mut unflushed)?;
                    }
                    self.stats.messages.fetch_add(1, Ordering::Relaxed);
                    let in_seq = record.in_seq.get();
                    if let (Some(every), MatchingBackend::Software(engine)) =
                        (self.snapshot_every, &backend)
                    {
                        if every > 0 && in_seq % every == 0 {
                            self.push(Output::Snapshot {
                                in_seq,
                                engine: engine.clone(),
                            });
                        }
                    }
                    last_in_seq = in_seq;
                }
                Sequenced::Refused {
                    to,
                    reason,
                    record,
                    original_in_seq,
                } => {
                    self.drain(&mut backend, &mut reports, &mut unflushed)?;
                    self.push(Output::Refused {
                        to,
                        reason,
                        record,
                        original_in_seq,
                    });
                }
                Sequenced::Mark(mark) => {
                    self.drain(&mut backend, &mut reports, &mut unflushed)?;
                    self.push(Output::Mark(mark));
                }
                Sequenced::Logout(connection) => {
                    self.drain(&mut backend, &mut reports, &mut unflushed)?;
                    self.push(Output::Logout(connection));
                }
                Sequenced::Shutdown => {
                    self.drain(&mut backend, &mut reports, &mut unflushed)?;
                    if let (Some(_), MatchingBackend::Software(engine)) =
                        (self.snapshot_every, &backend)
                    {
                        if last_in_seq > snapshot_in_seq {
                            self.push(Output::Snapshot {
                                in_seq: last_in_seq,
                                engine: engine.clone(),
                            });
                        }
                    }
                    let digest = match &backend {
                        MatchingBackend::Software(engine) => {
                            Some(state_digest(engine, &self.venue))
                        }
                        MatchingBackend::Pipelined(_) => None,
                    };
                    self.push(Output::Shutdown { digest });
                    return Ok(());
                }
            }
        }
    }

    fn process(
        &mut self,
        backend: &mut MatchingBackend,
        origin: u32,
        record: &gatebook_wire::OrderRecord,
        reports: &mut Vec<ReportRecord>,
        unflushed: &mut u64,
    ) -> Result<(), String> {
        reports.clear();
        self.push(Output::Message {
            origin,
            record: *record,
        });
        match backend {
            MatchingBackend::Software(engine) => {
                engine.process(record, reports);
                self.push_reports(reports);
                self.push(Output::Drained);
            }
            MatchingBackend::Pipelined(card) => {
                card.process(record, reports);
                self.push_reports(reports);
                *unflushed += 1;
                if let Some(fault) = card.fault() {
                    return Err(format!("backend `{}` stopped: {fault}", card.name()));
                }
            }
        }
        Ok(())
    }

    /// Waits for every report still inside a pipelined backend.
    fn drain(
        &mut self,
        backend: &mut MatchingBackend,
        reports: &mut Vec<ReportRecord>,
        unflushed: &mut u64,
    ) -> Result<(), String> {
        if let MatchingBackend::Pipelined(card) = backend {
            if *unflushed > 0 {
                reports.clear();
                card.flush(reports);
                self.push_reports(reports);
                self.push(Output::Drained);
                *unflushed = 0;
                if let Some(fault) = card.fault() {
                    return Err(format!("backend `{}` stopped: {fault}", card.name()));
                }
            }
        }
        Ok(())
    }

    fn push_reports(&mut self, reports: &[ReportRecord]) {
        for report in reports {
            self.push(Output::Report(*report));
        }
    }

    /// Hands one item to the publisher, waiting only for room in its ring.
    #[inline]
    fn push(&mut self, item: Output) {
        push_ring(&mut self.output, &self.output_bell, item);
    }
}
