//! Helpers shared by the sample tests.
#![allow(dead_code)]

pub mod replay;

use std::path::PathBuf;

/// The shared real-data samples, or None (with a note) when they are not present.
pub fn sample(relative: &str) -> Option<PathBuf> {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/")).join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("note: sample {} not found; skipping", path.display());
        None
    }
}

/// Header and field count of every row of an order-flow file.
pub fn check_orders_csv(csv: &str) {
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(gatebook_formats::ORDERS_HEADER));
    for (i, line) in lines.enumerate() {
        assert_eq!(line.split(',').count(), 10, "row {}: {line}", i + 1);
        let action = line.split(',').next().unwrap();
        assert!(
            ["NEW", "CANCEL", "REPLACE"].contains(&action),
            "row {}: {line}",
            i + 1
        );
    }
}

/// The metadata of a CME MBO stream as Databento writes it: the header of every DBN stream
/// the tests make.
pub fn mbo_metadata() -> dbn::Metadata {
    dbn::Metadata::builder()
        .dataset("GLBX.MDP3")
        .schema(Some(dbn::Schema::Mbo))
        .start(0)
        .stype_in(Some(dbn::SType::RawSymbol))
        .stype_out(dbn::SType::InstrumentId)
        .build()
}
