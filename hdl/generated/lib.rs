//! The card's Verilog, generated from the RustHDL sources of `hdl/` (`make verilog`) and
//! checked in here, beside this file. This crate is the one way other crates find it: the
//! simulator's build script compiles [`dir`]'s files, the host driver takes the build id it
//! expects from [`PIPELINE_BUILD_ID`], and the generator writes to [`path`]. Nothing else
//! names this folder by a relative path.
//!
//! The files:
//! - [`PIPELINE_FILE`]: the default card's matching and risk pipeline (`gatebook_top`).
//! - [`CARD_FILE`]: the shell around it (`gatebook_card`: registers, rings, DMA port), whose
//!   BUILD_ID register holds [`PIPELINE_BUILD_ID`].
//! - [`WIDE_FILE`]: the wide build of the pipeline (`gatebook_wide`).
//! - [`PCIE_FILE`]: the default card on the UltraScale+ PCIe hard block (`gatebook_pcie`:
//!   the PCIe front end, the clock crossings and the shell; the pipeline is
//!   [`PIPELINE_FILE`]'s). The simulator does not read it; the cocotb testbench and a board
//!   build do.
//! - [`WAIVERS_FILE`]: the Verilator lint waivers documented for the generated code.

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

/// The default card's pipeline, top module `gatebook_top`.
pub const PIPELINE_FILE: &str = "gatebook_top.v";
/// The card's shell around the pipeline, top module `gatebook_card`.
pub const CARD_FILE: &str = "gatebook_card.v";
/// The wide build of the pipeline, top module `gatebook_wide`.
pub const WIDE_FILE: &str = "gatebook_wide.v";
/// The default card on the UltraScale+ PCIe hard block, top module `gatebook_pcie`.
pub const PCIE_FILE: &str = "gatebook_pcie.v";
/// Verilator lint waivers for the generated code.
pub const WAIVERS_FILE: &str = "lint.vlt";
/// Every file of the folder a build of the card reads.
pub const FILES: [&str; 4] = [PIPELINE_FILE, CARD_FILE, WIDE_FILE, WAIVERS_FILE];

/// The pipeline's Verilog, as checked in.
pub const PIPELINE: &[u8] = include_bytes!("gatebook_top.v");

/// The BUILD_ID of the checked-in pipeline: FNV-1a of its Verilog. A card reports it, and a
/// host built from this tree refuses a card that reports another.
pub const PIPELINE_BUILD_ID: u32 = gatebook_wire::regmap::build_id(PIPELINE);

/// The folder the Verilog is in (absolute, in this source tree).
pub fn dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The path of `file` (one of [`FILES`]) in [`dir`].
pub fn path(file: &str) -> PathBuf {
    dir().join(file)
}

/// The path as named in messages: relative to the workspace.
pub fn shown(file: &str) -> String {
    format!("hdl/generated/{file}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_in_the_folder() {
        for file in FILES {
            assert!(path(file).is_file(), "{} is missing", shown(file));
        }
        assert!(path(PCIE_FILE).is_file(), "{} is missing", shown(PCIE_FILE));
    }

    /// Any change to the pipeline's Verilog changes the build id.
    #[test]
    fn every_byte_of_the_pipeline_counts_in_the_build_id() {
        let mut changed = PIPELINE.to_vec();
        for at in [0, PIPELINE.len() / 2, PIPELINE.len() - 1] {
            changed[at] ^= 1;
            assert_ne!(gatebook_wire::regmap::build_id(&changed), PIPELINE_BUILD_ID);
            changed[at] ^= 1;
        }
    }

    /// The shell's Verilog wires the pipeline's build id into its BUILD_ID register: fails
    /// when the pipeline's Verilog was regenerated without the card's.
    #[test]
    fn the_card_verilog_reports_the_pipeline_build_id() {
        let card = std::fs::read_to_string(path(CARD_FILE)).expect("the card's Verilog");
        let wired: Vec<u32> = card
            .lines()
            .filter_map(|l| {
                let value = l.trim().strip_prefix("localparam")?.trim_start();
                value.strip_prefix("build_id = 32'h")?.strip_suffix(';')
            })
            .filter_map(|hex| u32::from_str_radix(hex, 16).ok())
            .collect();
        assert_eq!(wired, vec![PIPELINE_BUILD_ID], "{}", shown(CARD_FILE));
    }
}
