//! A busy-polling card thread that owns the [`Card`], with lock-free single-producer
//! single-consumer queues (`rtrb`) for orders in and reports out.
//!
//! The thread never sleeps: each turn it moves queued orders into the submission ring (one
//! doorbell a batch), takes completions off the completion ring and pushes them to the
//! report queue, and lets the card run ([`Card::wait`]) when a turn did nothing. When the
//! report queue is full it stops taking completions, so the card stalls behind its full
//! completion ring: back-pressure all the way, nothing dropped. After [`OrderSender::close`]
//! (or its drop) the thread submits what is left, drains the card ([`Card::drain`]), hands
//! over the last reports and ends.

use crate::driver::{Card, DriverError, DriverStats};
use crate::platform::Platform;
use gatebook_wire::{OrderRecord, ReportRecord};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A callback the card thread makes (reports pushed, order space freed, thread ended).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// How the card thread runs.
#[derive(Clone)]
pub struct CardThreadOptions {
    /// Pin the thread to this core (an id of `core_affinity::get_core_ids`).
    pub core: Option<usize>,
    /// Capacity of each queue, in records.
    pub queue_capacity: usize,
    /// Most orders per doorbell.
    pub batch: usize,
    /// Called after reports were pushed, and when the thread ends.
    pub on_reports: Option<Wake>,
    /// Called after orders were taken off the order queue, and when the thread ends.
    pub on_space: Option<Wake>,
}

impl Default for CardThreadOptions {
    fn default() -> Self {
        CardThreadOptions {
            core: None,
            queue_capacity: 4096,
            batch: 32,
            on_reports: None,
            on_space: None,
        }
    }
}

#[derive(Default)]
struct Shared {
    closed: AtomicBool,
    finished: AtomicBool,
    fault: Mutex<Option<String>>,
}

impl Shared {
    fn fault(&self) -> Option<String> {
        self.fault.lock().map(|f| f.clone()).unwrap_or(None)
    }
}

/// The sending half: orders into the card thread.
pub struct OrderSender {
    orders: rtrb::Producer<OrderRecord>,
    shared: Arc<Shared>,
}

/// The receiving half: reports out of the card thread, and the thread itself.
pub struct ReportReceiver {
    reports: rtrb::Consumer<ReportRecord>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<DriverStats>>,
}

/// Starts the card thread over `card`. Fails if the requested core does not exist here.
pub fn spawn<P: Platform + 'static>(
    card: Card<P>,
    options: CardThreadOptions,
) -> Result<(OrderSender, ReportReceiver), DriverError> {
    let capacity = options.queue_capacity.max(1);
    let (order_tx, order_rx) = rtrb::RingBuffer::new(capacity);
    let (report_tx, report_rx) = rtrb::RingBuffer::new(capacity);
    let shared = Arc::new(Shared::default());
    let (started_tx, started_rx) = std::sync::mpsc::channel::<Result<(), String>>();
    let thread_shared = shared.clone();
    let thread = std::thread::Builder::new()
        .name("gatebook-card".into())
        .spawn(move || {
            if let Some(core) = options.core {
                let cores = core_affinity::get_core_ids().unwrap_or_default();
                let pinned = cores
                    .iter()
                    .find(|c| c.id == core)
                    .is_some_and(|c| core_affinity::set_for_current(*c));
                if !pinned {
                    let ids: Vec<String> = cores.iter().map(|c| c.id.to_string()).collect();
                    let _ = started_tx.send(Err(format!(
                        "cannot pin the card thread to core {core}: this process may use cores [{}]",
                        ids.join(", ")
                    )));
                    return DriverStats::default();
                }
            }
            let _ = started_tx.send(Ok(()));
            let mut worker = Worker {
                card,
                orders: order_rx,
                reports: report_tx,
                shared: thread_shared,
                staged: Vec::with_capacity(options.batch.max(1)),
                out: Vec::new(),
                sent: 0,
                batch: options.batch.max(1),
                on_reports: options.on_reports,
                on_space: options.on_space,
            };
            worker.run()
        })
        .map_err(|e| DriverError::Stopped(format!("cannot start the card thread: {e}")))?;
    match started_rx.recv() {
        Ok(Ok(())) => Ok((
            OrderSender {
                orders: order_tx,
                shared: shared.clone(),
            },
            ReportReceiver {
                reports: report_rx,
                shared,
                thread: Some(thread),
            },
        )),
        Ok(Err(message)) => {
            let _ = thread.join();
            Err(DriverError::Stopped(message))
        }
        Err(_) => Err(DriverError::Stopped(
            "the card thread ended before it started".into(),
        )),
    }
}

struct Worker<P: Platform> {
    card: Card<P>,
    orders: rtrb::Consumer<OrderRecord>,
    reports: rtrb::Producer<ReportRecord>,
    shared: Arc<Shared>,
    staged: Vec<OrderRecord>,
    /// Reports taken off the card, not yet in the report queue.
    out: Vec<ReportRecord>,
    /// How many of `out` are already in the queue.
    sent: usize,
    batch: usize,
    on_reports: Option<Wake>,
    on_space: Option<Wake>,
}

fn wake(hook: &Option<Wake>) {
    if let Some(hook) = hook {
        hook();
    }
}

impl<P: Platform> Worker<P> {
    fn run(&mut self) -> DriverStats {
        if let Err(e) = self.serve() {
            if let Ok(mut fault) = self.shared.fault.lock() {
                *fault = Some(e.to_string());
            }
        }
        self.shared.finished.store(true, Ordering::Release);
        wake(&self.on_reports);
        wake(&self.on_space);
        self.card.stats()
    }

    /// Pushes what fits of `out` to the report queue. Returns how many.
    fn push_reports(&mut self) -> usize {
        let mut pushed = 0;
        while self.sent < self.out.len() {
            if self.reports.push(self.out[self.sent]).is_err() {
                break;
            }
            self.sent += 1;
            pushed += 1;
        }
        if self.sent == self.out.len() {
            self.out.clear();
            self.sent = 0;
        }
        if pushed > 0 {
            wake(&self.on_reports);
        }
        pushed
    }

    fn serve(&mut self) -> Result<(), DriverError> {
        let mut idle = 0u32;
        loop {
            let closed = self.shared.closed.load(Ordering::Acquire);
            let mut progress = false;
            let mut taken = 0;
            while self.staged.len() < self.batch {
                match self.orders.pop() {
                    Ok(order) => {
                        self.staged.push(order);
                        taken += 1;
                    }
                    Err(_) => break,
                }
            }
            if taken > 0 {
                wake(&self.on_space);
                progress = true;
            }
            if !self.staged.is_empty() {
                let n = self.card.try_submit(&self.staged)?;
                self.staged.drain(..n);
                progress |= n > 0;
            }
            if self.out.is_empty() {
                progress |= self.card.poll(&mut self.out)? > 0;
            }
            progress |= self.push_reports() > 0;
            if closed && self.staged.is_empty() && self.orders.is_empty() {
                self.card.drain(&mut self.out)?;
                while !self.out.is_empty() && !self.reports.is_abandoned() {
                    if self.push_reports() == 0 {
                        std::thread::yield_now();
                    }
                }
                return Ok(());
            }
            if progress {
                idle = 0;
            } else {
                self.card.wait();
                idle += 1;
                if idle.is_multiple_of(4096) {
                    self.card.check_errors()?;
                }
            }
        }
    }
}

impl OrderSender {
    /// Queues one order, or hands it back if the queue is full.
    pub fn try_send(&mut self, order: OrderRecord) -> Result<(), OrderRecord> {
        self.orders
            .push(order)
            .map_err(|rtrb::PushError::Full(order)| order)
    }

    /// Whether the card thread has ended (closed, or stopped by a fault).
    pub fn thread_finished(&self) -> bool {
        self.shared.finished.load(Ordering::Acquire)
    }

    /// Why the card thread stopped, if a fault stopped it.
    pub fn fault(&self) -> Option<String> {
        self.shared.fault()
    }

    /// No more orders: the thread submits what is queued, drains the card and ends.
    pub fn close(self) {}
}

impl Drop for OrderSender {
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::Release);
    }
}

impl ReportReceiver {
    /// The next report, if one is queued.
    pub fn try_recv(&mut self) -> Option<ReportRecord> {
        self.reports.pop().ok()
    }

    /// Whether every report has been received and the thread has ended.
    pub fn is_done(&self) -> bool {
        self.shared.finished.load(Ordering::Acquire) && self.reports.is_empty()
    }

    /// Why the card thread stopped, if a fault stopped it.
    pub fn fault(&self) -> Option<String> {
        self.shared.fault()
    }

    /// Waits for the thread to end (after the orders were closed) and returns what the
    /// driver did, or the fault that stopped it.
    pub fn join(mut self) -> Result<DriverStats, DriverError> {
        let stats = match self.thread.take().map(JoinHandle::join) {
            Some(Ok(stats)) => stats,
            Some(Err(_)) => {
                return Err(DriverError::Stopped("the card thread panicked".into()));
            }
            None => DriverStats::default(),
        };
        match self.shared.fault() {
            Some(fault) => Err(DriverError::Stopped(fault)),
            None => Ok(stats),
        }
    }
}
