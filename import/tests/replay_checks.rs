//! Replays each imported sample through the software reference engine and checks that the
//! result is the exchange's: LOBSTER's book after every row, CME's fills, NASDAQ's executions.

mod common;

use common::replay::{compare_fills, expected_by_message, replay};
use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::lobster::{self, LobsterOptions};
use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::{ImportedFlow, Level, SymbolSelection};
use gatebook_wire::Side;

fn report(name: &str, flow: &ImportedFlow, comparison: &common::replay::FillComparison) {
    eprintln!(
        "{name}: {} messages, {} executions replayed by {} IOCs: {} identical, {} with \
         priority differences ({} of them with the same total), unexpected {:?}, stray {:?}",
        flow.stats.messages_written,
        flow.expected_fills.len(),
        expected_by_message(&flow.expected_fills).len(),
        comparison.identical,
        comparison.priority_differences,
        comparison.priority_differences_same_qty,
        comparison.unexpected,
        comparison.stray,
    );
}

#[test]
fn lobster_book_matches_row_for_row() {
    const MESSAGES: &str = "lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv";
    const BOOK: &str = "lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv";
    let (Some(m), Some(b)) = (common::sample(MESSAGES), common::sample(BOOK)) else {
        return;
    };
    let options = LobsterOptions {
        symbol: "AAPL".into(),
        messages_name: MESSAGES.into(),
        orderbook_name: BOOK.into(),
        sync_to_orderbook: true,
    };
    let out = lobster::import(
        &std::fs::read(m).unwrap(),
        Some(&std::fs::read(b).unwrap()),
        &options,
    )
    .unwrap();
    let depth = 10;
    let as_levels = |levels: Vec<(u32, u64)>| {
        levels
            .into_iter()
            .map(|(price, qty)| Level { price, qty })
            .collect::<Vec<_>>()
    };
    let mut rows = out.books.iter().peekable();
    let mut compared = 0;
    let mut differing = Vec::new();
    // Rows before the first message compare with an empty book.
    while let Some(row) = rows.next_if(|r| r.after_in_seq == 0) {
        if !row.bids.is_empty() || !row.asks.is_empty() {
            differing.push(row.row);
        }
    }
    let result = replay(&out.flow, |in_seq, engine| {
        while let Some(row) = rows.next_if(|r| r.after_in_seq == in_seq) {
            compared += 1;
            let bids = as_levels(engine.depth(0, Side::Buy, depth));
            let asks = as_levels(engine.depth(0, Side::Sell, depth));
            if bids != row.bids || asks != row.asks {
                differing.push(row.row);
            }
        }
    });
    assert!(result.rejects.is_empty(), "{:?}", &result.rejects[..]);
    assert_eq!(compared, 999);
    assert!(
        differing.is_empty(),
        "rows whose book differs: {differing:?}"
    );
    let comparison = compare_fills(&result, &out.flow.expected_fills);
    report("LOBSTER AAPL", &out.flow, &comparison);
    assert!(comparison.unexpected.is_empty() && comparison.stray.is_empty());
    assert_eq!(comparison.priority_differences, 0);
    assert_eq!(comparison.identical, 98);
}

#[test]
fn cme_fills_are_reproduced() {
    const SAMPLE: &str = "cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst";
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let options = DbnOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::Named(vec!["ESH4".into()]),
    };
    let out = mbo::import(&std::fs::read(path).unwrap(), &options).unwrap();
    let result = replay(&out.flow, |_, _| {});
    assert!(result.rejects.is_empty(), "{:?}", &result.rejects[..]);
    let comparison = compare_fills(&result, &out.flow.expected_fills);
    report("CME ESH4", &out.flow, &comparison);
    assert!(
        comparison.unexpected.is_empty(),
        "{:?}",
        comparison.unexpected
    );
    assert!(comparison.stray.is_empty(), "{:?}", comparison.stray);
    let groups = expected_by_message(&out.flow.expected_fills).len();
    assert_eq!(
        comparison.identical + comparison.priority_differences,
        groups
    );
    // All but a handful of trades are the exchange's own, order for order.
    assert!(comparison.priority_differences * 100 < groups);
}

#[test]
fn nasdaq_executions_of_the_most_active_symbols_are_reproduced() {
    const SAMPLE: &str = "itch/smoke.itch.gz";
    let Some(path) = common::sample(SAMPLE) else {
        return;
    };
    let options = ItchOptions {
        name: SAMPLE.into(),
        symbols: SymbolSelection::MostActive(8),
    };
    let out = itch::import(&std::fs::read(path).unwrap(), &options).unwrap();
    let result = replay(&out.flow, |_, _| {});
    assert!(result.rejects.is_empty(), "{:?}", &result.rejects[..]);
    let comparison = compare_fills(&result, &out.flow.expected_fills);
    report("NASDAQ ITCH top 8", &out.flow, &comparison);
    assert!(
        comparison.unexpected.is_empty(),
        "{:?}",
        comparison.unexpected
    );
    assert!(comparison.stray.is_empty(), "{:?}", comparison.stray);
    assert!(comparison.identical > 0);
}
