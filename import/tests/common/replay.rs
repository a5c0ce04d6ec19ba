//! Runs an imported flow through the software reference engine and compares its fills and
//! books with the exchange's.

use std::collections::BTreeMap;

use engine_sw::Engine;
use gatebook_formats::{parse_venue, write_report_row, OrderLines};
use gatebook_import::{ExpectedFill, ImportedFlow, TAKER_ACCOUNT};
use gatebook_wire::{Event, ReportRecord};

/// Maker-side fills of one message: (maker account, maker cl_ord_id, price, qty), sorted.
pub type MakerFills = Vec<(u32, u64, u32, u32)>;

/// What a replay produced.
#[derive(Debug, Default)]
pub struct Replay {
    pub messages: u64,
    /// Rejected messages, as report rows.
    pub rejects: Vec<String>,
    /// Maker-side fills by `in_seq`.
    pub fills: BTreeMap<u64, MakerFills>,
}

/// Replays `flow`; `after` is called after every message with its `in_seq` and the engine.
pub fn replay(flow: &ImportedFlow, mut after: impl FnMut(u64, &Engine)) -> Replay {
    let venue = parse_venue(&flow.venue_toml, "venue.toml").expect("venue.toml parses");
    let mut engine = Engine::new(&venue).expect("venue is valid");
    let mut out = Replay::default();
    let mut reports: Vec<ReportRecord> = Vec::new();
    for item in OrderLines::new(&flow.orders_csv, "orders.csv") {
        let (_, record) = item.expect("orders.csv parses");
        reports.clear();
        engine.process(&record, &mut reports);
        out.messages += 1;
        let in_seq = record.in_seq.get();
        for r in &reports {
            let event = Event::from_code(r.event);
            if event == Some(Event::Reject) {
                let mut row = String::new();
                write_report_row(r, &mut row);
                out.rejects.push(row);
            }
            if event == Some(Event::Fill) && r.account.get() != TAKER_ACCOUNT {
                out.fills.entry(in_seq).or_default().push((
                    r.account.get(),
                    r.cl_ord_id.get(),
                    r.price.get(),
                    r.qty.get(),
                ));
            }
        }
        after(in_seq, &engine);
    }
    for fills in out.fills.values_mut() {
        fills.sort_unstable();
    }
    out
}

/// The exchange's executions grouped by the replaying message, in the same form.
pub fn expected_by_message(expected: &[ExpectedFill]) -> BTreeMap<u64, (bool, MakerFills)> {
    let mut by: BTreeMap<u64, (bool, MakerFills)> = BTreeMap::new();
    for f in expected {
        let entry = by.entry(f.in_seq).or_insert((true, Vec::new()));
        entry.0 &= f.priority_matches;
        entry
            .1
            .push((f.maker_account, f.maker_cl_ord_id, f.price, f.qty));
    }
    for (_, fills) in by.values_mut() {
        // One order may be listed twice within a trade: sum its quantities.
        fills.sort_unstable();
        let mut merged: MakerFills = Vec::new();
        for f in fills.drain(..) {
            match merged.last_mut() {
                Some(last) if (last.0, last.1, last.2) == (f.0, f.1, f.2) => last.3 += f.3,
                _ => merged.push(f),
            }
        }
        *fills = merged;
    }
    by
}

/// Outcome of comparing the engine's fills with the exchange's executions.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FillComparison {
    /// Replaying messages whose fills are exactly the exchange's (same orders, prices, qty).
    pub identical: usize,
    /// Messages the importer marked as meeting other orders under strict priority.
    pub priority_differences: usize,
    /// Of those, messages whose total filled quantity still equals the exchange's.
    pub priority_differences_same_qty: usize,
    /// Messages the importer expected to match exactly but did not.
    pub unexpected: Vec<u64>,
    /// Fills at messages that replay no execution (makers crossing each other).
    pub stray: Vec<u64>,
}

pub fn compare_fills(replay: &Replay, expected: &[ExpectedFill]) -> FillComparison {
    let expected = expected_by_message(expected);
    let mut out = FillComparison::default();
    for (in_seq, (matches, theirs)) in &expected {
        let ours = replay.fills.get(in_seq).cloned().unwrap_or_default();
        if *matches {
            if ours == *theirs {
                out.identical += 1;
            } else {
                out.unexpected.push(*in_seq);
            }
        } else {
            out.priority_differences += 1;
            let total = |f: &MakerFills| f.iter().map(|x| x.3 as u64).sum::<u64>();
            if total(&ours) == total(theirs) {
                out.priority_differences_same_qty += 1;
            }
        }
    }
    out.stray = replay
        .fills
        .keys()
        .filter(|k| !expected.contains_key(k))
        .copied()
        .collect();
    out
}
