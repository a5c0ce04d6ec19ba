//! gatebook's host driver: the DMA rings, doorbells and bring-up of the card
//! (`docs/host-interface.md`), over a real card bound to vfio-pci, the Verilated card, or a
//! software loopback card.
//!
//! Layers, each depending only on those below it:
//!
//! - [`platform`]: everything that touches the OS or raw memory (BAR0, the pinned DMA
//!   region, VFIO), behind the [`Platform`] trait; the only `unsafe` code of the crate.
//!   [`platform::loopback`] is a software card that plays the card's side of the protocol.
//! - [`ring`]: the submission and completion rings, free of system calls.
//! - [`driver`]: [`Card`] (bring-up, reset, submit, poll, drain, errors) and
//!   [`DriverBackend`], a [`gatebook_wire::Backend`] like engine-sw and the simulated card.
//! - [`card_thread`]: a busy-polling thread that owns the card, with lock-free queues in and out.
//! - [`session`]: an async session over the card thread (the only use of tokio).
//!
//! The calls in order, on the loopback card with its echo software (one ACK per record); a
//! card bound to vfio-pci ([`VfioPlatform`]) or the Verilated card (`sim::CardSimPlatform`)
//! takes the platform's place and nothing else changes. `examples/loopback.rs` does the same
//! with engine-sw behind the rings.
//!
//! ```
//! use gatebook_wire::{le::U64, OrderRecord};
//! use host_driver::{Card, CardConfig, LoopbackConfig, LoopbackPlatform};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let platform = LoopbackPlatform::echo(LoopbackConfig::default())?;
//! let mut card = Card::open(platform, CardConfig::default())?;
//! let records: Vec<OrderRecord> = (1..=3)
//!     .map(|in_seq| {
//!         let mut record = OrderRecord::new(1);
//!         record.in_seq = U64::new(in_seq);
//!         record
//!     })
//!     .collect();
//! card.submit(&records)?;
//! let mut reports = Vec::new();
//! card.poll(&mut reports)?; // what is there; never waits
//! card.drain(&mut reports)?; // the rest of what was submitted
//! assert_eq!(reports.len(), records.len());
//! assert_eq!(reports[2].in_seq, records[2].in_seq);
//! # Ok(())
//! # }
//! ```

pub mod card_thread;
pub mod driver;
pub mod platform;
pub mod ring;
pub mod session;

pub use driver::{Card, CardConfig, Counters, DriverBackend, DriverError, DriverStats, Identity};
pub use platform::loopback::{LoopbackConfig, LoopbackPlatform, Pace};
pub use platform::vfio::{VfioOptions, VfioPlatform};
pub use platform::{DmaRegion, Platform, PlatformError};

/// The BUILD_ID of the pipeline this host was built with: FNV-1a of the checked-in Verilog
/// (`verilog::PIPELINE_BUILD_ID`). A card running another build is refused at bring-up.
pub const EXPECTED_BUILD_ID: u32 = verilog::PIPELINE_BUILD_ID;

/// [`EXPECTED_BUILD_ID`], as a function.
pub fn expected_build_id() -> u32 {
    EXPECTED_BUILD_ID
}
