//! Writes the Verilog of a named card build (top module `gatebook_top`) for the synthesis
//! flows of `bitstreams/`: `gen_synth_verilog <build> <path>`.
//!
//! Builds:
//! - `default`: the default card (256 accounts, 16 instruments, 4096 order slots, 1024-tick
//!   windows), the same Verilog as `hdl/generated/gatebook_top.v`.
//! - `ecp5`: the default card's field widths, accounts and instruments with 1024 order slots
//!   and 256-tick windows, so that its block RAM fits a Lattice ECP5-85 (208 EBR of 18 Kbit)
//!   for a placed-and-routed Fmax.

use gatebook_hdl::matcher::Build;
use gatebook_hdl::top::{DefaultTop, GatebookTop};
use gatebook_hdl::verilog::verilog_named;
use std::path::PathBuf;

/// The `ecp5` build: 256 accounts, 16 instruments, 1024 order slots, a 256-tick window.
const ECP5_BUILD: Build = Build {
    accounts_log2: 8,
    instruments_log2: 4,
    order_slots_log2: 10,
    price_window_log2: 8,
};

/// Its card: books 2 * 16 (5 bits), exposures 256 * 16 (12 bits), hash table 2 * 1024
/// (11 bits), levels 32 * 256 (13 bits), bitmap words 32 * 4 (7 bits), one summary word per
/// book side (5 bits).
type Ecp5Top = GatebookTop<8, 4, 5, 12, 10, 11, 13, 7, 5>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen_synth_verilog <default|ecp5> <output.v>";
    let build = args.next().ok_or(usage)?;
    let path = PathBuf::from(args.next().ok_or(usage)?);
    let verilog = match build.as_str() {
        "default" => verilog_named(&mut DefaultTop::new(Build::DEFAULT_CARD), "gatebook_top"),
        "ecp5" => verilog_named(&mut Ecp5Top::new(ECP5_BUILD), "gatebook_top"),
        other => return Err(format!("unknown build {other:?}; {usage}").into()),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, verilog)?;
    println!("wrote {} ({build} build)", path.display());
    Ok(())
}
