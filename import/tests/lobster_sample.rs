//! The LOBSTER AAPL sample imports with the counts its description gives.

mod common;

use gatebook_import::lobster::{self, LobsterOptions};

const MESSAGES: &str = "lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv";
const BOOK: &str = "lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv";

/// Imports the AAPL message file with its orderbook file (`sync`: correct the replayed book
/// to each orderbook row), or None (with a note) when the sample is not present.
pub fn import_sample(sync: bool) -> Option<lobster::LobsterImport> {
    let messages = std::fs::read(common::sample(MESSAGES)?).unwrap();
    let book = std::fs::read(common::sample(BOOK)?).unwrap();
    let options = LobsterOptions {
        symbol: lobster::symbol_from_file_name(MESSAGES),
        messages_name: MESSAGES.into(),
        orderbook_name: BOOK.into(),
        sync_to_orderbook: sync,
    };
    Some(lobster::import(&messages, Some(&book), &options).unwrap())
}

#[test]
fn aapl_sample_imports_with_described_counts() {
    let Some(out) = import_sample(true) else {
        return;
    };
    let stats = &out.flow.stats;
    eprintln!("{stats:#?}");
    eprintln!("model mismatch rows: {:?}", out.model_mismatch_rows);
    assert_eq!(stats.messages_read, 999);
    assert_eq!(stats.read_by_kind["1 add"], 471);
    assert_eq!(stats.read_by_kind["3 delete"], 369);
    assert_eq!(stats.read_by_kind["4 visible execution"], 98);
    assert_eq!(stats.read_by_kind["5 hidden execution"], 61);
    assert_eq!(
        stats.skipped["hidden execution (no visible resting order)"],
        61
    );
    common::check_orders_csv(&out.flow.orders_csv);
    assert_eq!(
        out.flow.orders_csv.lines().count() as u64 - 1,
        stats.messages_written
    );
    assert_eq!(out.books.len(), 999);
    assert_eq!(out.flow.instruments[0].symbol, "AAPL");
    assert_eq!(out.flow.instruments[0].tick_size, 100);
    assert!(out.flow.venue_toml.contains("[capacity]"));
    // With sync, the importer's model of our book equals the exchange's top 10 on every row.
    assert!(
        out.model_mismatch_rows.is_empty(),
        "{:?}",
        out.model_mismatch_rows
    );
}

#[test]
fn without_sync_only_unseen_events_make_the_books_differ() {
    let Some(out) = import_sample(false) else {
        return;
    };
    // The message file leaves out events beyond the 10 visible levels; the rows where the
    // replayed book differs are reported, not hidden.
    eprintln!(
        "rows differing without sync: {}",
        out.model_mismatch_rows.len()
    );
    assert!(!out.model_mismatch_rows.is_empty());
    assert!(!out
        .flow
        .stats
        .adjustments
        .keys()
        .any(|k| k.starts_with("orderbook sync")));
}

#[test]
fn truncated_samples_are_errors() {
    let (Some(m), Some(b)) = (common::sample(MESSAGES), common::sample(BOOK)) else {
        return;
    };
    let (messages, book) = (std::fs::read(m).unwrap(), std::fs::read(b).unwrap());
    let options = LobsterOptions {
        symbol: "AAPL".into(),
        messages_name: MESSAGES.into(),
        orderbook_name: BOOK.into(),
        sync_to_orderbook: true,
    };
    // Cut inside a line: that line is short of fields.
    let err = lobster::import(&messages[..messages.len() / 2], None, &options).unwrap_err();
    assert_eq!((err.file.as_str(), err.field.as_str()), (MESSAGES, "line"));
    // Cut at a line end of the orderbook: fewer rows than messages.
    let cut = book[..book.len() / 2]
        .iter()
        .rposition(|b| *b == b'\n')
        .unwrap();
    let err = lobster::import(&messages, Some(&book[..=cut]), &options).unwrap_err();
    assert_eq!((err.file.as_str(), err.field.as_str()), (BOOK, "line"));
}
