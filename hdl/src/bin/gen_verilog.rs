//! Writes the default card's Verilog: the pipeline (top module `gatebook_top`) to
//! `hdl/generated/gatebook_top.v` and the shell around it (top module `gatebook_card`,
//! BUILD_ID taken from the pipeline's Verilog) to `hdl/generated/gatebook_card.v`, and the
//! wide build of the pipeline (top module `gatebook_wide`, the design at its scaling limits)
//! to `hdl/generated/gatebook_wide.v`; the default card's build manifest to
//! `bitstreams/manifests/gatebook_card.toml`; and the default card on the UltraScale+ PCIe
//! hard block (top module `gatebook_pcie`) to `hdl/generated/gatebook_pcie.v`. With arguments, the files go to the paths given
//! instead, in that order.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut next_or = |default: PathBuf| args.next().map_or(default, PathBuf::from);
    let top_path = next_or(verilog::path(verilog::PIPELINE_FILE));
    let card_path = next_or(verilog::path(verilog::CARD_FILE));
    let wide_path = next_or(verilog::path(verilog::WIDE_FILE));
    let manifest_path = next_or(PathBuf::from(gatebook_hdl::shell::card::MANIFEST_PATH));
    let pcie_path = next_or(verilog::path(verilog::PCIE_FILE));
    let top = gatebook_hdl::top::default_top_verilog();
    std::fs::write(&top_path, &top)?;
    println!("wrote {}", top_path.display());
    let card = gatebook_hdl::shell::card::default_card_verilog(&top);
    std::fs::write(&card_path, &card)?;
    println!("wrote {}", card_path.display());
    let manifest = gatebook_hdl::shell::card::default_card_manifest(&top, &card);
    std::fs::write(&manifest_path, manifest)?;
    println!("wrote {}", manifest_path.display());
    std::fs::write(&wide_path, gatebook_hdl::top::wide_top_verilog())?;
    println!("wrote {}", wide_path.display());
    std::fs::write(
        &pcie_path,
        gatebook_hdl::shell::pcie::pcie_card::default_pcie_verilog(&top),
    )?;
    println!("wrote {}", pcie_path.display());
    Ok(())
}
