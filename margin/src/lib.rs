//! gatebook's margin engine: Black-76 pricing, SPAN-like portfolio margin, the per-lot rates
//! and headroom the card checks orders against, and deterministic liquidation.
//!
//! The library is pure: no files, threads or clocks. [`MarginEngine`] is driven by an ordered
//! stream of [`Input`]s and answers each with an ordered `Vec` of [`Output`]s; the same inputs
//! give the same outputs, bit for bit. [`greeks`] prices one option for `gatebook greeks`.
//!
//! - [`black76`]: price and Greeks, with the sign conventions.
//! - [`scenario`]: the scenario grid.
//! - [`engine`]: units, rounding, cash flows, margin, headroom and liquidation rules.
//! - [`venue_loop`]: the engine between a venue's reports and its order flow, as `replay
//!   --margin` and `serve --margin` run it.

#![forbid(unsafe_code)]

pub mod black76;
pub mod config;
pub mod date;
pub mod engine;
pub mod error;
pub mod events;
pub mod scenario;
pub mod venue_loop;

pub use black76::{greeks, Greeks, OptionKind, OptionQuote};
pub use config::{AccountSpec, Contract, InstrumentSpec, MarginParams, RiskConfig, UnderlyingSpec};
pub use date::Date;
pub use engine::{
    AccountSummary, InstrumentRates, MarginEngine, RiskArray, LIQUIDATION_CL_ORD_ID_BASE,
};
pub use error::{DateError, MarginError, PricingError};
pub use events::{Fill, Input, MarkTarget, Output, Side, TimeInForce};
pub use scenario::{scenario_grid, Scenario, SCENARIO_COUNT};
pub use venue_loop::{output_message, LoopError, MarginLoop, ReservationLedger};
