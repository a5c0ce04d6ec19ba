//! Runs the spec scenarios of the workspace's `tests/scenarios/` through engine-sw, so that
//! the tests can inspect the state they leave the engine in.
//!
//! The scenario files are the one place the expected report rows are written; every backend
//! (engine-sw, the Verilated card, the card behind the host driver) is checked against them
//! by the workspace's `tests/scenarios.rs`. The tests here run engine-sw only.

#![allow(dead_code)]

pub mod scenario;

use engine_sw::Engine;
use std::path::Path;

/// The venue of the scenarios: accounts 1-3 are ordinary (3 has STP off), 4 is configured
/// disabled, 5 has little headroom, 6 has tight limits. Instruments 0 and 1 share the window
/// 1000..1099, reference 1050, collar 20.
pub const VENUE: &str = include_str!("../../../tests/scenarios/venue.toml");

/// The directory of the scenario files.
pub const SCENARIOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/scenarios");

/// Runs the scenario file `name` (`tests/scenarios/<name>.scenario`) on engine-sw, checking
/// its invariants after every message and its report rows against the file's; returns the
/// engine for the test to inspect.
pub fn scenario(name: &str) -> Engine {
    let scenario =
        scenario::load_named(Path::new(SCENARIOS), name).unwrap_or_else(|e| panic!("{e}"));
    let (engine, rows) = scenario::run_on_engine_sw(&scenario)
        .unwrap_or_else(|e| panic!("{}: engine-sw: {e}", scenario.shown));
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
