//! Runs the spec scenarios (`crosscheck/scenarios/`) through engine-sw, so that the tests can
//! inspect the state they leave the engine in.
//!
//! The scenario files are the one place the expected report rows are written; every backend
//! is checked against them by the workspace's `tests/scenarios.rs`. The tests here run
//! engine-sw only.

#![allow(dead_code)]

use crosscheck::rows_of;
use crosscheck::scenario::{self, Scenario};
use engine_sw::Engine;

/// The venue of the scenarios without a `[venue]` section.
pub const VENUE: &str = scenario::VENUE_TOML;

/// Runs `scenario` on engine-sw, configured by the venue's control records as a card is,
/// checking its invariants after every message. Returns the engine and its report rows.
pub fn run_checked(scenario: &Scenario) -> Result<(Engine, Vec<String>), String> {
    let mut engine = Engine::from_control_records(&scenario.venue.control_records())
        .map_err(|e| format!("the venue does not load: {e}"))?;
    let mut reports = Vec::new();
    for (line, record) in &scenario.orders {
        engine.process(record, &mut reports);
        engine.check_invariants().map_err(|e| {
            format!(
                "invariants broken after message {} (line {line}): {e}",
                record.in_seq.get()
            )
        })?;
    }
    Ok((engine, rows_of(&reports)))
}

/// Runs the scenario file `name` (`crosscheck/scenarios/<name>.scenario`) on engine-sw,
/// checking its invariants after every message and its report rows against the file's;
/// returns the engine for the test to inspect.
pub fn scenario(name: &str) -> Engine {
    let scenario = scenario::named(name).unwrap_or_else(|e| panic!("{e}"));
    let (engine, rows) =
        run_checked(&scenario).unwrap_or_else(|e| panic!("{}: engine-sw: {e}", scenario.shown));
    if let Err(e) = scenario::compare(&scenario, "engine-sw", &rows) {
        panic!("{e}");
    }
    engine
}

/// Strips the indentation of a block of expected rows.
pub fn rows(expected: &str) -> String {
    expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}
