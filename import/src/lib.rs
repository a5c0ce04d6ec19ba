//! Importers of real exchange order-level data into gatebook order flow
//! ([`gatebook_wire::Message`]s) and a matching venue ([`gatebook_wire::VenueConfig`]), with
//! the exchange's own results (books, executions) for checking a replay.
//!
//! Formats: LOBSTER message/orderbook files ([`lobster`]), NASDAQ TotalView-ITCH 5.0
//! ([`itch`]) and Databento DBN market-by-order ([`mbo`]).
//!
//! Each importer reads its input from a `Read + Seek` more than once, chunk by chunk: a survey
//! that sizes the venue (which symbols, ticks, price windows), then the replay, which hands
//! every message to a [`FlowSink`] as it is made. Memory follows the replayed book and the
//! venue (live orders, instruments, distinct prices), never the input's length, so a day of
//! ITCH imports as well as a minute of it. The `import` function of each module is the same
//! import over bytes in memory, collected into an [`ImportedFlow`].

#![forbid(unsafe_code)]

pub mod error;
mod input;
pub mod itch;
pub mod lobster;
pub mod mbo;
mod prices;
pub mod replay;
pub mod venue;

use std::convert::Infallible;
use std::fmt;

use gatebook_formats::{format_order_row, ORDERS_HEADER};
use gatebook_wire::{Message, VenueConfig};

pub use error::{ImportError, Location};
pub use lobster::ExpectedBook;
pub use mbo::ExchangeTrade;
pub use replay::{ExpectedFill, ImportStats, Level};
pub use venue::{InstrumentInfo, MAKER_ACCOUNT, SEED_ACCOUNT, TAKER_ACCOUNT};

/// Where an importer puts what it makes, one row at a time, as soon as it is made.
pub trait FlowSink {
    /// What storing a row can fail with ([`Infallible`] for a sink in memory).
    type Error;

    /// One order-flow message. Messages come in `in_seq` order, the first being 1.
    fn message(&mut self, message: &Message) -> Result<(), Self::Error>;

    /// An execution of a resting order the exchange reported, after the message that
    /// replays it.
    fn expected_fill(&mut self, fill: &ExpectedFill) -> Result<(), Self::Error> {
        let _ = fill;
        Ok(())
    }

    /// LOBSTER: the exchange's book after one row, after the messages of that row.
    fn expected_book(&mut self, book: &ExpectedBook) -> Result<(), Self::Error> {
        let _ = book;
        Ok(())
    }

    /// DBN: one trade record of an imported instrument.
    fn exchange_trade(&mut self, trade: &ExchangeTrade) -> Result<(), Self::Error> {
        let _ = trade;
        Ok(())
    }
}

/// Why a streaming import stopped: its input, or the sink it writes to.
#[derive(Debug)]
pub enum StreamError<E> {
    /// The input is malformed or could not be read.
    Input(ImportError),
    /// The sink refused a row.
    Output(E),
}

impl<E> From<ImportError> for StreamError<E> {
    fn from(error: ImportError) -> Self {
        StreamError::Input(error)
    }
}

impl StreamError<Infallible> {
    /// The input error: a sink that cannot fail leaves no other cause.
    pub fn into_input(self) -> ImportError {
        match self {
            StreamError::Input(error) => error,
            StreamError::Output(never) => match never {},
        }
    }
}

impl<E: fmt::Display> fmt::Display for StreamError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Input(error) => error.fmt(f),
            StreamError::Output(error) => error.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for StreamError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Input(error) => Some(error),
            StreamError::Output(error) => Some(error),
        }
    }
}

/// A sink in memory: the `orders.csv` text and the exchange's results, in arrival order.
#[derive(Debug, Clone)]
pub struct Collected {
    /// `orders.csv` text: header and one row per message.
    pub orders_csv: String,
    /// Exchange executions of resting orders, each with the IOC that replays it.
    pub expected_fills: Vec<ExpectedFill>,
    /// The exchange's book after each input row (LOBSTER with an orderbook file only).
    pub books: Vec<ExpectedBook>,
    /// The exchange's trades (DBN only).
    pub trades: Vec<ExchangeTrade>,
}

impl Default for Collected {
    fn default() -> Self {
        let mut orders_csv = String::with_capacity(1 << 16);
        orders_csv.push_str(ORDERS_HEADER);
        orders_csv.push('\n');
        Collected {
            orders_csv,
            expected_fills: Vec::new(),
            books: Vec::new(),
            trades: Vec::new(),
        }
    }
}

impl FlowSink for Collected {
    type Error = Infallible;

    fn message(&mut self, message: &Message) -> Result<(), Infallible> {
        self.orders_csv.push_str(&format_order_row(message));
        self.orders_csv.push('\n');
        Ok(())
    }

    fn expected_fill(&mut self, fill: &ExpectedFill) -> Result<(), Infallible> {
        self.expected_fills.push(fill.clone());
        Ok(())
    }

    fn expected_book(&mut self, book: &ExpectedBook) -> Result<(), Infallible> {
        self.books.push(book.clone());
        Ok(())
    }

    fn exchange_trade(&mut self, trade: &ExchangeTrade) -> Result<(), Infallible> {
        self.trades.push(trade.clone());
        Ok(())
    }
}

/// What every streaming import returns once its sink has every row.
#[derive(Debug, Clone)]
pub struct ImportSummary {
    /// The venue the flow replays on.
    pub venue: VenueConfig,
    /// Instruments in our id order, with their tick conversion.
    pub instruments: Vec<InstrumentInfo>,
    /// Counts of messages read, written, skipped and adjusted.
    pub stats: ImportStats,
    /// Exchange executions handed to the sink.
    pub expected_fills: u64,
}

/// An import held in memory.
#[derive(Debug, Clone)]
pub struct ImportedFlow {
    /// `orders.csv` text: header and one row per message.
    pub orders_csv: String,
    /// `venue.toml` text of [`ImportedFlow::venue`].
    pub venue_toml: String,
    /// The venue the flow replays on.
    pub venue: VenueConfig,
    /// Instruments in our id order, with their tick conversion.
    pub instruments: Vec<InstrumentInfo>,
    /// Counts of messages read, written, skipped and adjusted.
    pub stats: ImportStats,
    /// The exchange's executions of resting orders, each with the IOC that replays it.
    pub expected_fills: Vec<ExpectedFill>,
}

impl ImportedFlow {
    /// Joins a summary and what a [`Collected`] sink received; `source` names the input in
    /// the venue's comment.
    fn from_parts(summary: ImportSummary, collected: &mut Collected, source: &str) -> Self {
        ImportedFlow {
            orders_csv: std::mem::take(&mut collected.orders_csv),
            venue_toml: venue::venue_toml(&summary.venue, source),
            venue: summary.venue,
            instruments: summary.instruments,
            stats: summary.stats,
            expected_fills: std::mem::take(&mut collected.expected_fills),
        }
    }
}

/// Which instruments to import from a multi-instrument feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SymbolSelection {
    /// These symbols, in this order, as instruments 0..N-1.
    Named(Vec<String>),
    /// The N most active symbols (most order messages; ties by symbol), as instruments
    /// 0..N-1 in order of activity.
    MostActive(usize),
}

impl Default for SymbolSelection {
    fn default() -> Self {
        SymbolSelection::MostActive(8)
    }
}
