//! Writes `docs/regmap.md` from the register map source (`wire/src/regmap.rs`), or to the
//! path given as the first argument.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/regmap.md"),
        PathBuf::from,
    );
    std::fs::write(&path, gatebook_wire::regmap::markdown())?;
    println!("wrote {}", path.display());
    Ok(())
}
