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
//! - [`engine`]: a busy-polling thread that owns the card, with lock-free queues in and out.
//! - [`session`]: an async session over the engine thread (the only use of tokio).

pub mod driver;
pub mod engine;
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
