//! Importers of real exchange order-level data into gatebook order flow (`orders.csv`) and a
//! matching venue configuration (`venue.toml`), with the exchange's own results (books,
//! executions) for checking a replay.
//!
//! Formats: LOBSTER message/orderbook files ([`lobster`]), NASDAQ TotalView-ITCH 5.0
//! ([`itch`]) and Databento DBN market-by-order ([`mbo`]). All functions are pure: they take
//! the input files' bytes and return text and data; nothing is read from or written to disk.

pub mod error;
pub mod flow;
pub mod itch;
pub mod lobster;
pub mod mbo;
pub mod replay;
pub mod venue;

pub use error::{ImportError, Location};
pub use flow::{Side, ORDERS_HEADER};
pub use replay::{ExpectedFill, ImportStats, Level};
pub use venue::{InstrumentInfo, MAKER_ACCOUNT, SEED_ACCOUNT, TAKER_ACCOUNT};

/// The result every importer returns.
#[derive(Debug, Clone)]
pub struct ImportedFlow {
    /// `orders.csv` text: header and one row per message.
    pub orders_csv: String,
    /// `venue.toml` text.
    pub venue_toml: String,
    /// Instruments in our id order, with their tick conversion.
    pub instruments: Vec<InstrumentInfo>,
    pub stats: ImportStats,
    /// The exchange's executions of resting orders, each with the IOC that replays it.
    pub expected_fills: Vec<ExpectedFill>,
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
