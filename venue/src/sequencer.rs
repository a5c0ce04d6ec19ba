//! The sequencer: the one place where messages get their `in_seq`. It takes what the
//! gateways accepted, numbers it, writes it to the journal (group commit: everything that
//! arrived while the last write was under way goes in one write and one sync), and only then
//! hands it to the matching thread. A `NEW` whose `cl_ord_id` the account already used is
//! answered, not sequenced: a resend is never executed twice.

use crate::pipeline::{mark_record, push_ring};
use crate::pipeline::{Doorbell, Inbound, Sequenced};
use gatebook_journal::{EntryKind, JournalEntry, JournalReader, JournalWriter};
use gatebook_protocol::RefuseReason;
use gatebook_wire::{le, MsgType};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::mpsc;

/// Most messages in one journal write.
const MAX_BATCH: usize = 4096;

/// Every `NEW` id each account has used, with the `in_seq` that used it first.
#[derive(Default)]
pub struct UsedIds {
    first_use: HashMap<(u32, u64), u64>,
}

impl UsedIds {
    /// The ids of every `NEW` in the journal.
    pub fn from_journal(dir: &Path) -> Result<UsedIds, String> {
        let mut used = UsedIds::default();
        for entry in JournalReader::open(dir, 1).map_err(|e| e.to_string())? {
            let entry = entry.map_err(|e| e.to_string())?;
            if entry.kind == EntryKind::Message {
                used.note(&entry.record);
            }
        }
        Ok(used)
    }

    /// The `in_seq` that first used this `NEW`'s id, if any; otherwise remembers this one.
    fn note(&mut self, record: &gatebook_wire::OrderRecord) -> Option<u64> {
        if record.msg_type != MsgType::New.code() {
            return None;
        }
        let key = (record.account.get(), record.cl_ord_id.get());
        match self.first_use.entry(key) {
            std::collections::hash_map::Entry::Occupied(first) => Some(*first.get()),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(record.in_seq.get());
                None
            }
        }
    }
}

pub struct Sequencer {
    pub inbound: mpsc::Receiver<Inbound>,
    pub journal: JournalWriter,
    pub used_ids: UsedIds,
    pub output: rtrb::Producer<Sequenced>,
    pub output_bell: Arc<Doorbell>,
    /// Spin on the inbound queue instead of sleeping (a core of its own).
    pub busy_poll: bool,
    /// Empty polls before it sleeps, when not busy-polling.
    pub idle_spins: u32,
}

impl Sequencer {
    /// Runs until `Inbound::Shutdown` (or every gateway is gone). A journal that cannot be
    /// written stops the venue: nothing unjournaled may reach the engine.
    pub fn run(mut self) -> Result<(), String> {
        let mut batch: Vec<Inbound> = Vec::with_capacity(MAX_BATCH);
        let mut entries: Vec<JournalEntry> = Vec::with_capacity(MAX_BATCH);
        let mut sequenced: Vec<Sequenced> = Vec::with_capacity(MAX_BATCH);
        loop {
            let first = match self.busy_poll {
                true => loop {
                    match self.inbound.try_recv() {
                        Ok(item) => break Some(item),
                        Err(mpsc::error::TryRecvError::Empty) => std::hint::spin_loop(),
                        Err(mpsc::error::TryRecvError::Disconnected) => break None,
                    }
                },
                false => {
                    let mut spun = 0;
                    loop {
                        match self.inbound.try_recv() {
                            Ok(item) => break Some(item),
                            Err(mpsc::error::TryRecvError::Disconnected) => break None,
                            Err(mpsc::error::TryRecvError::Empty) if spun < self.idle_spins => {
                                spun += 1;
                                std::hint::spin_loop();
                            }
                            Err(mpsc::error::TryRecvError::Empty) => {
                                break self.inbound.blocking_recv()
                            }
                        }
                    }
                }
            };
            let Some(first) = first else {
                self.journal.sync().map_err(|e| e.to_string())?;
                self.push(Sequenced::Shutdown);
                return Ok(());
            };
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match self.inbound.try_recv() {
                    Ok(item) => batch.push(item),
                    Err(_) => break,
                }
            }
            let mut stop = false;
            let mut next = self.journal.next_in_seq();
            for item in batch.drain(..) {
                match item {
                    Inbound::Message {
                        origin,
                        from,
                        mut record,
                    } => {
                        record.in_seq = le::U64::new(next);
                        if let Some(original) = self.used_ids.note(&record) {
                            if let Some(to) = from {
                                record.in_seq = le::U64::ZERO;
                                sequenced.push(Sequenced::Refused {
                                    to,
                                    reason: RefuseReason::DuplicateClOrdId,
                                    record,
                                    original_in_seq: original,
                                });
                            }
                            continue;
                        }
                        next += 1;
                        entries.push(JournalEntry::message(origin, record));
                        sequenced.push(Sequenced::Message { origin, record });
                    }
                    Inbound::Mark { origin, mark } => {
                        entries.push(JournalEntry::mark(origin, mark_record(&mark, next - 1)));
                        sequenced.push(Sequenced::Mark(mark));
                    }
                    Inbound::Logout(connection) => sequenced.push(Sequenced::Logout(connection)),
                    Inbound::Shutdown => {
                        stop = true;
                        break;
                    }
                }
            }
            if !entries.is_empty() {
                let started = Instant::now();
                self.journal
                    .append_batch(&entries)
                    .map_err(|e| format!("journal: {e}"))?;
                metrics::histogram!("gatebook_journal_append_seconds")
                    .record(started.elapsed().as_secs_f64());
                metrics::counter!("gatebook_journal_entries_total").increment(entries.len() as u64);
                metrics::histogram!("gatebook_journal_batch_entries").record(entries.len() as f64);
                entries.clear();
            }
            for item in sequenced.drain(..) {
                self.push(item);
            }
            metrics::gauge!("gatebook_sequencer_queue_depth").set(self.inbound.len() as f64);
            metrics::gauge!("gatebook_matching_queue_depth")
                .set((self.output.buffer().capacity() - self.output.slots()) as f64);
            if stop {
                self.journal.sync().map_err(|e| e.to_string())?;
                self.push(Sequenced::Shutdown);
                return Ok(());
            }
        }
    }

    fn push(&mut self, item: Sequenced) {
        push_ring(&mut self.output, &self.output_bell, item);
    }
}
