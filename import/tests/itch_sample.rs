//! The NASDAQ ITCH 5.0 sample imports with the counts its description gives.

mod common;

use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::SymbolSelection;

/// The sample, relative to the shared data directory: a gzip-compressed ITCH 5.0 stream.
pub const SAMPLE: &str = "itch/smoke.itch.gz";

/// Imports the sample's `symbols`, or None (with a note) when the sample is not present.
pub fn import_sample(symbols: SymbolSelection) -> Option<itch::ItchImport> {
    let bytes = std::fs::read(common::sample(SAMPLE)?).unwrap();
    let options = ItchOptions {
        name: SAMPLE.into(),
        symbols,
    };
    Some(itch::import(&bytes, &options).unwrap())
}

#[test]
fn smoke_sample_imports_with_described_counts() {
    let Some(out) = import_sample(SymbolSelection::MostActive(8)) else {
        return;
    };
    let stats = &out.flow.stats;
    eprintln!("{stats:#?}");
    eprintln!("{:?}", out.messages_by_type);
    eprintln!(
        "{:?}",
        out.flow
            .instruments
            .iter()
            .map(|i| (&i.symbol, i.tick_size, i.price_base))
            .collect::<Vec<_>>()
    );
    assert_eq!(stats.messages_read, 291_913);
    let by_type = &out.messages_by_type;
    assert_eq!(by_type[&'A'] + by_type[&'F'], 36_269);
    assert_eq!(by_type[&'E'] + by_type[&'C'], 297);
    assert_eq!(by_type[&'X'], 184);
    assert_eq!(by_type[&'D'], 8_811);
    assert_eq!(by_type[&'U'], 8_655);
    assert_eq!(by_type[&'P'], 242);
    assert_eq!(by_type.values().sum::<u64>(), 291_913);
    // "About 3,650 symbols": 3,643 of them have add orders in this slice.
    assert_eq!(out.symbols_seen, 3_643);
    assert_eq!(out.flow.instruments.len(), 8);
    common::check_orders_csv(&out.flow.orders_csv);
    assert_eq!(
        out.flow.orders_csv.lines().count() as u64 - 1,
        stats.messages_written
    );
    assert!(out.flow.venue_toml.contains("instruments = 8"));
}

#[test]
fn one_named_symbol() {
    let Some(all) = import_sample(SymbolSelection::MostActive(1)) else {
        return;
    };
    let top = all.flow.instruments[0].symbol.clone();
    let named = import_sample(SymbolSelection::Named(vec![top])).unwrap();
    assert_eq!(named.flow.orders_csv, all.flow.orders_csv);
}

/// Over all symbols, the events on orders added within the slice agree with the summary that
/// another ITCH replayer gives for the same file (nanobook-summary.txt): 81 executions,
/// 38 cancels, 4480 deletes, 210 replaces, and 13138 reductions of unknown orders.
#[test]
fn events_on_known_orders_match_the_published_summary() {
    use itch::ItchMessage;
    use std::collections::HashSet;
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let raw = itch::decompress(&std::fs::read(path).unwrap(), SAMPLE).unwrap();
    let messages = itch::parse(&raw, SAMPLE).unwrap();
    let mut live: HashSet<u64> = HashSet::new();
    let (mut executions, mut cancels, mut deletes, mut replaces, mut unknown) = (0, 0, 0, 0, 0);
    for m in &messages {
        match *m {
            ItchMessage::AddOrder { order_ref, .. } => {
                live.insert(order_ref);
            }
            ItchMessage::Executed { order_ref, .. }
            | ItchMessage::ExecutedWithPrice { order_ref, .. } => {
                if live.contains(&order_ref) {
                    executions += 1
                } else {
                    unknown += 1
                }
            }
            ItchMessage::Cancel { order_ref, .. } => {
                if live.contains(&order_ref) {
                    cancels += 1
                } else {
                    unknown += 1
                }
            }
            ItchMessage::Delete { order_ref, .. } => {
                if live.remove(&order_ref) {
                    deletes += 1
                } else {
                    unknown += 1
                }
            }
            ItchMessage::Replace {
                order_ref,
                new_order_ref,
                ..
            } => {
                if live.remove(&order_ref) {
                    replaces += 1;
                    live.insert(new_order_ref);
                } else {
                    unknown += 1
                }
            }
            _ => {}
        }
    }
    assert_eq!(
        (executions, cancels, deletes, replaces, unknown),
        (81, 38, 4_480, 210, 13_138)
    );
}

#[test]
fn truncated_and_garbled_samples_are_errors() {
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let options = ItchOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::MostActive(1),
    };
    for cut in [1, 100, bytes.len() / 2, bytes.len() - 1] {
        let err = itch::import(&bytes[..cut], &options).unwrap_err();
        assert_eq!(err.file, SAMPLE);
    }
    // A raw stream cut inside a message names the byte offset of that message (one of two
    // adjacent cuts is inside a message).
    let raw = itch::decompress(&bytes, SAMPLE).unwrap();
    let half = raw.len() / 2;
    let err = [half, half + 1]
        .into_iter()
        .find_map(|cut| itch::parse(&raw[..cut], SAMPLE).err())
        .expect("a cut inside a message is an error");
    assert!(matches!(
        err.location,
        gatebook_import::Location::ByteOffset(o) if o as usize <= half
    ));
}
