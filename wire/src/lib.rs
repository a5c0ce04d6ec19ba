//! The bottom layer of gatebook: the spec's vocabulary and the bytes that carry it.
//!
//! Every backend (engine-sw, the Verilated card, a real card) consumes [`OrderRecord`]s and
//! produces [`ReportRecord`]s: fixed 64-byte little-endian records, the same bytes that cross
//! PCIe. The venue configuration travels the same way, as control records, so software and
//! hardware are configured identically. `docs/wire.md` documents every byte.

#![forbid(unsafe_code)]

mod codes;
mod flow;
mod message;
mod record;
pub mod regmap;
mod venue;

/// Little-endian field types of the records (`le::U32::new(5)`).
pub use zerocopy::little_endian as le;

pub use codes::{Event, MsgType, OrdType, Reason, Side, StpMode, Tif};
pub use flow::{FlowItem, Mark};
pub use message::{decode_flags, encode_flags, Malformed, Message, NewOrder, FLAG_POST_ONLY};
pub use record::{
    present, OrderRecord, ReportRecord, CONTROL_CAPACITY, RECORD_BYTES, REPORT_RECORD_TYPE,
    WIRE_VERSION,
};
pub use venue::{
    AccountConfig, BuildSizes, Capacity, InstrumentConfig, InstrumentKind, VenueConfig, VenueError,
    MAX_ACCOUNTS, MAX_INSTRUMENTS, MAX_ORDER_SLOTS, MAX_PRICE_WINDOW,
};

/// A backend turns inbound records into reports, in spec order.
///
/// Every engine implements it, so the CLI, the cross-check and the tests treat them alike. A
/// pipelined backend (the card) may hand a message's reports back during later calls;
/// [`Backend::flush`] waits until every report of the messages so far is out. Concatenated,
/// the reports of all calls are the same stream on every backend.
pub trait Backend {
    /// Short name used in messages (`sw`, `sim`, ...).
    fn name(&self) -> &'static str;
    /// Takes one message and appends the reports that are ready.
    fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>);
    /// Appends every report still in flight.
    fn flush(&mut self, _reports: &mut Vec<ReportRecord>) {}
    /// A fault that stopped the backend (a card that stopped taking input), if any.
    fn fault(&self) -> Option<String> {
        None
    }
    /// Backend-specific figures for `--stats` (cycle counts of the card), if any.
    fn stats(&self) -> Option<String> {
        None
    }
    /// Every record in order, then a flush: the whole report stream of `records`.
    fn run_all(&mut self, records: &[OrderRecord]) -> Vec<ReportRecord> {
        let mut reports = Vec::new();
        for record in records {
            self.process(record, &mut reports);
        }
        self.flush(&mut reports);
        reports
    }
    /// Clock cycles simulated so far, for a backend that counts them.
    fn cycles(&self) -> Option<u64> {
        None
    }
}
