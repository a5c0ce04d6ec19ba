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
pub use platform::card_sim::CardSimPlatform;
pub use platform::loopback::{LoopbackConfig, LoopbackPlatform, Pace};
pub use platform::vfio::{VfioOptions, VfioPlatform};
pub use platform::{DmaRegion, Platform, PlatformError};

/// The BUILD_ID of the pipeline this host was built with: FNV-1a of the checked-in Verilog
/// (`hdl/generated/gatebook_top.v`). A card running another build is refused at bring-up.
pub const EXPECTED_BUILD_ID: u32 =
    gatebook_wire::regmap::build_id(include_bytes!("../../hdl/generated/gatebook_top.v"));

/// [`EXPECTED_BUILD_ID`], as a function.
pub fn expected_build_id() -> u32 {
    EXPECTED_BUILD_ID
}

#[cfg(test)]
mod tests {
    /// The card's shell reports the build id in its BUILD_ID register: the constant wired
    /// into the checked-in card Verilog must be the one this host expects, which fails when
    /// the pipeline's Verilog was regenerated without the card's.
    #[test]
    fn the_card_verilog_reports_the_expected_build_id() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../hdl/generated/gatebook_card.v"
        );
        let card = std::fs::read_to_string(path).expect("the card's Verilog is checked in");
        let wired: Vec<u32> = card
            .lines()
            .filter_map(|l| {
                let value = l.trim().strip_prefix("localparam")?.trim_start();
                value.strip_prefix("build_id = 32'h")?.strip_suffix(';')
            })
            .filter_map(|hex| u32::from_str_radix(hex, 16).ok())
            .collect();
        assert_eq!(wired, vec![super::EXPECTED_BUILD_ID], "{path}");
    }

    /// Any change to the pipeline's Verilog changes the build id.
    #[test]
    fn every_byte_of_the_verilog_counts_in_the_build_id() {
        let verilog = include_bytes!("../../hdl/generated/gatebook_top.v");
        let mut changed = verilog.to_vec();
        for at in [0, verilog.len() / 2, verilog.len() - 1] {
            changed[at] ^= 1;
            assert_ne!(
                gatebook_wire::regmap::build_id(&changed),
                super::EXPECTED_BUILD_ID
            );
            changed[at] ^= 1;
        }
    }

    /// The card's build manifest names the build id and register map this host expects.
    #[test]
    fn the_card_manifest_names_the_expected_build_and_register_map() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../bitstreams/manifests/gatebook_card.toml"
        );
        let manifest = std::fs::read_to_string(path).expect("the manifest is checked in");
        let expected_build = format!("build_id = \"0x{:08x}\"", super::EXPECTED_BUILD_ID);
        let expected_regmap = format!(
            "regmap_version = \"0x{:08x}\"",
            gatebook_wire::regmap::REGMAP_VERSION_VALUE
        );
        assert!(manifest.lines().any(|l| l == expected_build), "{manifest}");
        assert!(manifest.lines().any(|l| l == expected_regmap), "{manifest}");
    }
}
