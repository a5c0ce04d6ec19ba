//! Writes the default card's Verilog (top module `gatebook_top`) to
//! `hdl/generated/gatebook_top.v`, or to the path given as the first argument.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("generated/gatebook_top.v"),
        PathBuf::from,
    );
    let verilog = gatebook_hdl::top::default_top_verilog();
    std::fs::write(&path, verilog)?;
    println!("wrote {}", path.display());
    Ok(())
}
