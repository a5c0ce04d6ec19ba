//! Every spec scenario of `tests/scenarios/` (its README.md describes the files) on every
//! backend: engine-sw, with its invariants checked after every message; the Verilated
//! pipeline driven cycle by cycle (`sim`); and the whole card, shell and pipeline, behind the
//! host driver's DMA rings (`card-sim`). Each must give exactly the rows of the file's
//! `[reports]` section. Every file runs on every backend, and all the failures are reported
//! together at the end.
//!
//! A new file in the directory is picked up without code. engine-sw's own tests run the same
//! files to inspect the state they leave the engine in.

#[path = "../engine-sw/tests/common/scenario.rs"]
mod scenario;

use gatebook_wire::Backend;
use host_driver::{CardConfig, CardSimPlatform, DriverBackend};
use scenario::Scenario;
use sim::SimBackend;
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");

/// The scenarios written as files when they left engine-sw's `matching.rs` and `risk.rs`:
/// fewer files than this means some went missing.
const AT_LEAST: usize = 42;

/// The backends every scenario runs on.
#[derive(Clone, Copy)]
enum Kind {
    EngineSw,
    Sim,
    CardSim,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::EngineSw, Kind::Sim, Kind::CardSim];

    fn name(self) -> &'static str {
        match self {
            Kind::EngineSw => "engine-sw",
            Kind::Sim => "sim (the Verilated pipeline)",
            Kind::CardSim => "card-sim (the Verilated card behind the host driver)",
        }
    }

    /// The report rows of `scenario` on a backend of this kind, configured for its venue.
    fn rows(self, scenario: &Scenario) -> Result<Vec<String>, String> {
        let mut backend: Box<dyn Backend> = match self {
            Kind::EngineSw => {
                return scenario::run_on_engine_sw(scenario).map(|(_, rows)| rows);
            }
            Kind::Sim => Box::new(
                SimBackend::new(&scenario.venue)
                    .map_err(|e| format!("the card does not come up: {e}"))?,
            ),
            Kind::CardSim => {
                let platform = CardSimPlatform::new()
                    .map_err(|e| format!("the card does not come up: {e}"))?;
                Box::new(
                    DriverBackend::new(platform, &scenario.venue, CardConfig::default())
                        .map_err(|e| format!("the card does not come up: {e}"))?,
                )
            }
        };
        let reports = backend.run_all(&scenario.records());
        if let Some(fault) = backend.fault() {
            return Err(format!("the backend stopped: {fault}"));
        }
        Ok(scenario::rows_of(&reports))
    }
}

#[test]
fn every_scenario_gives_its_rows_on_every_backend() {
    let files = scenario::list(Path::new(DIR)).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        files.len() >= AT_LEAST,
        "{} scenario files in {}, at least {AT_LEAST} expected",
        files.len(),
        scenario::SHOWN_DIR
    );
    let mut failures = Vec::new();
    for path in &files {
        let scenario = match scenario::load(path) {
            Ok(scenario) => scenario,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        for kind in Kind::ALL {
            let checked = kind
                .rows(&scenario)
                .map_err(|e| format!("{}: {}: {e}", scenario.shown, kind.name()))
                .and_then(|rows| scenario::compare(&scenario, kind.name(), &rows));
            if let Err(failure) = checked {
                failures.push(failure);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed, of {} scenario files each run on {} backends:\n\n{}\n",
        failures.len(),
        files.len(),
        Kind::ALL.len(),
        failures.join("\n\n")
    );
}
