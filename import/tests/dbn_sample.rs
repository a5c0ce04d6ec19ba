//! The CME ESH4 MBO sample imports with the counts its description gives.

mod common;

use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::SymbolSelection;

/// The sample, relative to the shared data directory: CME Globex MDP 3.0 MBO records of
/// 2023-12-25, zstd-compressed.
pub const SAMPLE: &str = "cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst";

/// Imports the sample's ESH4 records, or None (with a note) when the sample is not present.
pub fn import_sample() -> Option<mbo::DbnImport> {
    let bytes = std::fs::read(common::sample(SAMPLE)?).unwrap();
    let options = DbnOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::Named(vec!["ESH4".into()]),
    };
    Some(mbo::import(&bytes, &options).unwrap())
}

#[test]
fn esh4_sample_imports_with_described_counts() {
    let Some(out) = import_sample() else { return };
    let stats = &out.flow.stats;
    eprintln!("{stats:#?}");
    assert_eq!(stats.messages_read, 68_792);
    assert_eq!(out.snapshot_records, 8_725);
    assert_eq!(out.flow.instruments.len(), 1);
    assert_eq!(out.flow.instruments[0].symbol, "ESH4");
    assert_eq!(out.flow.instruments[0].tick_size, 250_000_000);
    common::check_orders_csv(&out.flow.orders_csv);
    assert_eq!(
        out.flow.orders_csv.lines().count() as u64 - 1,
        stats.messages_written
    );
    // Every fill record is either replayed by an IOC or skipped with a reason.
    let fills = stats.read_by_kind["F"];
    let skipped_fills: u64 = stats
        .skipped
        .iter()
        .filter(|(reason, _)| {
            reason.starts_with("execution")
                || reason.starts_with("auction fill")
                || reason.starts_with("fill of")
        })
        .map(|(_, n)| *n)
        .sum();
    assert_eq!(out.flow.expected_fills.len() as u64 + skipped_fills, fills);
    let auction = stats.skipped["auction fill (book change follows as cancel/modify)"];
    assert_eq!(auction, 35);
    let mismatches = out
        .flow
        .expected_fills
        .iter()
        .filter(|f| !f.priority_matches)
        .count();
    eprintln!(
        "fills {}, priority mismatches {mismatches}, trades {}",
        out.flow.expected_fills.len(),
        out.trades.len()
    );
    // Strict priority meets the very orders CME filled for all but a few fills.
    assert!(
        mismatches * 20 < out.flow.expected_fills.len(),
        "{mismatches}"
    );
}

#[test]
fn most_active_selection_picks_the_only_instrument() {
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let options = DbnOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::MostActive(4),
    };
    let out = mbo::import(&bytes, &options).unwrap();
    assert_eq!(out.flow.instruments.len(), 1);
    assert_eq!(out.flow.instruments[0].exchange_id, 17077);
}

#[test]
fn truncated_and_garbled_samples_are_errors() {
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let options = DbnOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::MostActive(1),
    };
    for cut in [10, 100, bytes.len() / 2, bytes.len() - 1] {
        let err = mbo::import(&bytes[..cut], &options).unwrap_err();
        assert_eq!(err.file, SAMPLE);
    }
    let mut garbled = bytes.clone();
    for i in (5_000..garbled.len()).step_by(997) {
        garbled[i] ^= 0x5a;
    }
    assert!(mbo::import(&garbled, &options).is_err());
}
