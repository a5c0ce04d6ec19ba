//! Every spec scenario file on engine-sw with its invariants checked after every message (the
//! workspace's `tests/scenarios.rs` runs the same files on every backend, without looking
//! inside).

mod common;

use crosscheck::scenario;

#[test]
fn every_scenario_keeps_the_invariants_and_gives_its_rows() {
    let mut failures = Vec::new();
    let files = scenario::all().unwrap_or_else(|e| panic!("{e}"));
    for path in &files {
        let checked = scenario::load(path).and_then(|scenario| {
            let (_, rows) = common::run_checked(&scenario)
                .map_err(|e| format!("{}: engine-sw: {e}", scenario.shown))?;
            scenario::compare(&scenario, "engine-sw", &rows)
        });
        if let Err(e) = checked {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenario files fail on engine-sw:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}
