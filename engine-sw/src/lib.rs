//! engine-sw: gatebook's software reference engine, the executable specification.
//!
//! A single-threaded, deterministic state machine: [`Engine::process`] takes one inbound
//! wire record and appends its reports, exactly as `../shared/spec/` fixes them and exactly
//! as the card does. It is laid out as the card is (fixed order slots, price-indexed levels
//! with an occupancy bitmap, a FIFO per level, an order-id hash table, a per-account list for
//! the kill switch), so both are checked against each other fill for fill. No allocation
//! happens per message once the report buffer has grown; add and cancel are O(1).

#![forbid(unsafe_code)]

mod bitmap;
mod book;
mod engine;
mod inspect;
mod order_ids;
mod reports;
mod risk;
mod slots;

pub use engine::Engine;
pub use inspect::RestingOrder;
