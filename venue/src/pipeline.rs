//! What travels between the stages: gateway → sequencer → matching thread → publisher.
//!
//! Session markers (a logout, a duplicate's answer) travel in the same queues as the
//! messages, so each reaches the publisher after every report of the messages before it.

use gatebook_protocol::RefuseReason;
use gatebook_wire::{le, Mark, OrderRecord, ReportRecord};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::thread::Thread;
use std::time::Duration;

/// The journal tag of messages the venue sends itself (cancel-on-disconnect, `--marks`).
pub const VENUE_ORIGIN: u32 = 0;
/// The journal tag of the margin engine's messages (rates, headroom, kills, liquidations).
pub const MARGIN_ORIGIN: u32 = 1;

/// Type byte of a journaled mark's record: marks never reach a backend, so this type is the
/// journal's alone (`docs/journal.md`).
pub const MARK_RECORD_TYPE: u8 = 0x20;

/// A mark as a journal record: instrument, price, and the volatility in `qty` (0 for none).
pub fn mark_record(mark: &Mark, after_in_seq: u64) -> OrderRecord {
    let mut record = OrderRecord::new(MARK_RECORD_TYPE);
    record.instrument = le::U16::new(mark.instrument);
    record.price = le::U32::new(mark.price);
    record.qty = le::U32::new(mark.vol_bp.unwrap_or(0));
    record.in_seq = le::U64::new(after_in_seq);
    record
}

/// The mark a journal record holds.
pub fn mark_of_record(record: &OrderRecord) -> Mark {
    let vol = record.qty.get();
    Mark {
        instrument: record.instrument.get(),
        price: record.price.get(),
        vol_bp: (vol != 0).then_some(vol),
    }
}

/// Identifies one connection of a session (a session may log in again on a new one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionId {
    pub session: u32,
    pub connection: u64,
}

/// From a gateway (or the publisher's cancel-on-disconnect) to the sequencer.
#[derive(Debug)]
pub enum Inbound {
    /// A message to sequence and journal. `from` is `None` for the venue's own messages.
    Message {
        origin: u32,
        from: Option<ConnectionId>,
        record: OrderRecord,
    },
    /// A mark for the margin engine: journaled in order, takes no `in_seq`.
    Mark { origin: u32, mark: Mark },
    /// The session asked to log out: answered once its earlier messages are reported.
    Logout(ConnectionId),
    /// Stop: sync the journal and pass the stop down the pipeline.
    Shutdown,
}

/// From the sequencer to the matching thread, in `in_seq` order.
#[derive(Debug, Clone, Copy)]
pub enum Sequenced {
    /// A journaled message; `record.in_seq` is its sequence number.
    Message {
        origin: u32,
        record: OrderRecord,
    },
    /// A message refused by the sequencer itself, answered to its connection.
    Refused {
        to: ConnectionId,
        reason: RefuseReason,
        record: OrderRecord,
        original_in_seq: u64,
    },
    /// A journaled mark, for the margin engine beside the publisher.
    Mark(Mark),
    Logout(ConnectionId),
    Shutdown,
}

/// From the matching thread to the publisher.
pub enum Output {
    /// A message went into the backend; its reports follow (maybe after later messages').
    Message {
        origin: u32,
        record: OrderRecord,
    },
    /// A mark, in its place among the messages.
    Mark(Mark),
    Report(ReportRecord),
    /// Every report of every message so far is out.
    Drained,
    Refused {
        to: ConnectionId,
        reason: RefuseReason,
        record: OrderRecord,
        original_in_seq: u64,
    },
    Logout(ConnectionId),
    /// The journal has been replayed (from `snapshot_in_seq` on, 0 for all of it): from
    /// here on, messages are live.
    Recovered {
        messages: u64,
        snapshot_in_seq: u64,
        nanos: u64,
        digest: Option<[u8; 32]>,
    },
    /// engine-sw's state after message `in_seq`, to be written with the publisher's.
    Snapshot {
        in_seq: u64,
        engine: Box<engine_sw::Engine>,
    },
    /// The matching thread has stopped; the digest describes its final state.
    Shutdown {
        digest: Option<[u8; 32]>,
    },
}

/// Hands `item` to the next stage's ring, waiting only for room in it, and rings the
/// stage's doorbell.
pub fn push_ring<T>(ring: &mut rtrb::Producer<T>, bell: &Doorbell, mut item: T) {
    loop {
        match ring.push(item) {
            Ok(()) => break,
            Err(rtrb::PushError::Full(back)) => {
                item = back;
                bell.ring();
                std::thread::yield_now();
            }
        }
    }
    bell.ring();
}

/// Wakes a consumer thread that went to sleep on an empty queue. The consumer spins a
/// little first, so a busy pipeline never sleeps; an idle one costs no CPU.
pub struct Doorbell {
    thread: OnceLock<Thread>,
    sleeping: AtomicBool,
    /// Never sleep: spin on the queue (a pinned, dedicated core).
    busy_poll: bool,
    /// Empty polls before the consumer sleeps.
    spins: u32,
}

/// How many empty polls a consumer makes before it sleeps, by default: a few microseconds.
/// On a machine with fewer cores than busy threads a longer spin starves the thread that
/// would bring the next message (`docs/results.md`, the live venue).
pub const DEFAULT_IDLE_SPINS: u32 = 200;
/// The longest sleep; a missed wake-up (there is none by design) would cost at most this.
const LONGEST_SLEEP: Duration = Duration::from_millis(50);

impl Doorbell {
    pub fn new(busy_poll: bool, spins: u32) -> Doorbell {
        Doorbell {
            thread: OnceLock::new(),
            sleeping: AtomicBool::new(false),
            busy_poll,
            spins,
        }
    }

    /// Called once by the consuming thread before it waits.
    pub fn bind_current_thread(&self) {
        let _ = self.thread.set(std::thread::current());
    }

    /// Called by a producer after it published work.
    #[inline]
    pub fn ring(&self) {
        if self.sleeping.load(Ordering::SeqCst) && self.sleeping.swap(false, Ordering::SeqCst) {
            if let Some(thread) = self.thread.get() {
                thread.unpark();
            }
        }
    }

    /// Waits until `ready()` is true or a producer rings. `idle_spins` counts the empty
    /// polls so far; the caller resets it when it found work.
    pub fn wait(&self, idle_spins: &mut u32, ready: impl Fn() -> bool) {
        *idle_spins += 1;
        if self.busy_poll || *idle_spins < self.spins {
            std::hint::spin_loop();
            return;
        }
        self.sleeping.store(true, Ordering::SeqCst);
        if !ready() {
            std::thread::park_timeout(LONGEST_SLEEP);
        }
        self.sleeping.store(false, Ordering::SeqCst);
    }
}
