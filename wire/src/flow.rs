//! What an order-flow file carries: messages for the card, and marks for the host.
//!
//! A `MARK` row feeds the host's margin engine (`gatebook replay --margin`) and never reaches a
//! backend: the margin engine turns it into `RATES`, `HEADROOM`, `KILL`, `ENABLE` and `NEW`
//! messages, which do. Recording those messages gives a plain flow that every backend replays
//! identically.

use crate::message::Message;

/// A mark of one instrument: its price in ticks and, optionally, the volatility of its
/// (underlying, expiry) in basis points (6500 = 65%).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Instrument being marked.
    pub instrument: u16,
    /// Mark price in ticks.
    pub price: u32,
    /// Volatility in basis points (6500 = 65%); `None` when the row marks the price alone.
    pub vol_bp: Option<u32>,
}

/// One data line of an order-flow file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowItem {
    /// A message for the backend (every action of `orders.csv`).
    Message(Message),
    /// A `MARK` row, for the host's margin engine only.
    Mark(Mark),
}
