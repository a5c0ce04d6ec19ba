//! gatebook's text formats, to and from wire records: `orders.csv`, `reports.csv`, `venue.toml`.
//!
//! Everything here works on text already read; the CLI owns the files. Every error names the
//! file, the line and the field, so a user can fix the input without reading code.

#![forbid(unsafe_code)]

mod error;
mod orders;
mod reports;
mod venue;

pub use error::InputError;
pub use orders::{
    format_flow_row, format_order_row, FlowLines, FlowParser, OrderLines, ORDERS_HEADER,
};
pub use reports::{parse_report_row, write_report_row, REPORTS_HEADER};
pub use venue::{default_venue, parse_venue, venue_to_toml};
