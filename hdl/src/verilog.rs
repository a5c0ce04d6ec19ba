//! Verilog of a block under a module name of our choosing.
//!
//! RustHDL's `generate_verilog` always names the top module `top`; the card's build flow
//! wants `gatebook_top`, and each block can be linted on its own under its own name.

use rust_hdl::prelude::*;

/// Connects `uut`, runs RustHDL's checks and returns its Verilog with the top module named
/// `name`.
pub fn verilog_named<B: Block>(uut: &mut B, name: &str) -> String {
    uut.connect_all();
    check_all(uut).expect("block passes RustHDL's checks");
    let mut defs = ModuleDefines::default();
    uut.accept(name, &mut defs);
    defs.defines()
}
