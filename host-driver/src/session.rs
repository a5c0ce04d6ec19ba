//! An async session over the card thread: submit orders and receive reports from tokio
//! tasks. This is the only module that uses tokio; the card thread wakes the tasks through
//! `tokio::sync::Notify`.
//!
//! The two halves work concurrently (one task submits while another receives, or both
//! under `tokio::join!`): a submitter alone would wait forever once the card stalls behind
//! reports nobody takes.

use crate::card_thread::{self, CardThreadOptions, OrderSender, ReportReceiver};
use crate::driver::{Card, DriverError, DriverStats};
use crate::platform::Platform;
use gatebook_wire::{OrderRecord, ReportRecord};
use std::sync::Arc;
use tokio::sync::Notify;

/// Why a session refused an order.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The card thread stopped on a fault.
    #[error("the card thread stopped: {0}")]
    Fault(String),
    /// The card thread ended.
    #[error("the session is closed")]
    Closed,
}

/// A running session: its order half and its report half.
pub struct Session {
    /// The sending half: submits records to the card thread.
    pub orders: Orders,
    /// The receiving half: the reports the card thread passes back.
    pub reports: Reports,
}

/// Submits orders to the card thread.
pub struct Orders {
    sender: OrderSender,
    space: Arc<Notify>,
}

/// Receives reports from the card thread, in order.
pub struct Reports {
    receiver: ReportReceiver,
    ready: Arc<Notify>,
}

impl Session {
    /// Starts the card thread over `card` (options' wake-ups are set by the session).
    pub fn start<P: Platform + 'static>(
        card: Card<P>,
        mut options: CardThreadOptions,
    ) -> Result<Session, DriverError> {
        let space = Arc::new(Notify::new());
        let ready = Arc::new(Notify::new());
        let (s, r) = (space.clone(), ready.clone());
        options.on_space = Some(Arc::new(move || s.notify_one()));
        options.on_reports = Some(Arc::new(move || r.notify_one()));
        let (sender, receiver) = card_thread::spawn(card, options)?;
        Ok(Session {
            orders: Orders { sender, space },
            reports: Reports { receiver, ready },
        })
    }
}

impl Orders {
    /// Queues one order, waiting while the queue is full.
    pub async fn submit(&mut self, order: OrderRecord) -> Result<(), SessionError> {
        let mut order = order;
        loop {
            if self.sender.thread_finished() {
                return Err(match self.sender.fault() {
                    Some(fault) => SessionError::Fault(fault),
                    None => SessionError::Closed,
                });
            }
            match self.sender.try_send(order) {
                Ok(()) => return Ok(()),
                Err(back) => {
                    order = back;
                    self.space.notified().await;
                }
            }
        }
    }

    /// Queues every order, in order.
    pub async fn submit_all(&mut self, orders: &[OrderRecord]) -> Result<(), SessionError> {
        for order in orders {
            self.submit(*order).await?;
        }
        Ok(())
    }

    /// No more orders: the card thread submits what is queued, drains the card and ends; the
    /// report half then yields the last reports and `None`.
    pub fn close(self) {
        self.sender.close();
    }
}

impl Reports {
    /// The next report; `None` once the session is closed and every report was received,
    /// or the card thread stopped on a fault (see [`Reports::fault`]).
    pub async fn recv(&mut self) -> Option<ReportRecord> {
        loop {
            if let Some(report) = self.receiver.try_recv() {
                return Some(report);
            }
            if self.receiver.is_done() {
                return None;
            }
            self.ready.notified().await;
        }
    }

    /// Why the card thread stopped, if a fault stopped it.
    pub fn fault(&self) -> Option<String> {
        self.receiver.fault()
    }

    /// Receives every remaining report until the end, then joins the card thread.
    pub async fn finish(mut self) -> Result<(Vec<ReportRecord>, DriverStats), SessionError> {
        let mut rest = Vec::new();
        while let Some(report) = self.recv().await {
            rest.push(report);
        }
        self.receiver
            .join()
            .map(|stats| (rest, stats))
            .map_err(|e| SessionError::Fault(e.to_string()))
    }
}
