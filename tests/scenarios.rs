//! Every spec scenario of `crosscheck/scenarios/` (its README.md describes the files) on
//! every backend: engine-sw; the Verilated pipeline driven cycle by cycle (`sim`); the whole
//! card, shell and pipeline, behind the host driver's DMA rings (`card-sim`); and engine-sw
//! behind the same rings on the loopback card (`loopback`). Each must give exactly the rows
//! of the file's `[reports]` section. Every file runs on every backend, and all the failures
//! are reported together at the end.
//!
//! A new file in the directory is picked up without code. engine-sw's own tests run the same
//! files with its invariants checked after every message, and the card in RustHDL's
//! simulator runs those that fit its small build (`hdl/tests/cross_check.rs`).

use crosscheck::scenario::{self, Scenario};
use crosscheck::{rows_of, run_to_end};
use engine_sw::Engine;
use gatebook_wire::Backend;
use host_driver::{CardConfig, DriverBackend, LoopbackConfig, LoopbackPlatform};
use sim::{CardSimPlatform, SimBackend};

/// The scenarios written as files when they left engine-sw's `matching.rs` and `risk.rs`:
/// fewer files than this means some went missing.
const AT_LEAST: usize = 43;

/// The backends every scenario runs on.
#[derive(Clone, Copy)]
enum Kind {
    EngineSw,
    Sim,
    CardSim,
    Loopback,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::EngineSw, Kind::Sim, Kind::CardSim, Kind::Loopback];

    fn name(self) -> &'static str {
        match self {
            Kind::EngineSw => "engine-sw",
            Kind::Sim => "sim (the Verilated pipeline)",
            Kind::CardSim => "card-sim (the Verilated card behind the host driver)",
            Kind::Loopback => "loopback (engine-sw behind the host driver's rings)",
        }
    }

    /// The report rows of `scenario` on a backend of this kind, configured for its venue.
    fn rows(self, scenario: &Scenario) -> Result<Vec<String>, String> {
        let came_up = |e: &dyn std::fmt::Display| format!("the backend does not come up: {e}");
        let mut backend: Box<dyn Backend> = match self {
            Kind::EngineSw => Box::new(
                Engine::from_control_records(&scenario.venue.control_records())
                    .map_err(|e| came_up(&e))?,
            ),
            Kind::Sim => Box::new(
                SimBackend::new(&scenario.venue)
                    .map_err(|e| format!("the card does not come up: {e}"))?,
            ),
            Kind::CardSim => {
                let platform = CardSimPlatform::new().map_err(|e| came_up(&e))?;
                Box::new(
                    DriverBackend::new(platform, &scenario.venue, CardConfig::default())
                        .map_err(|e| came_up(&e))?,
                )
            }
            Kind::Loopback => {
                let platform = LoopbackPlatform::new(
                    LoopbackConfig::default(),
                    Box::new(|control: &[_]| {
                        Box::new(Engine::configured_like_a_card(control)) as _
                    }),
                )
                .map_err(|e| came_up(&e))?;
                Box::new(
                    DriverBackend::new(platform, &scenario.venue, CardConfig::default())
                        .map_err(|e| came_up(&e))?,
                )
            }
        };
        run_to_end(backend.as_mut(), &scenario.records()).map(|reports| rows_of(&reports))
    }
}

#[test]
fn every_scenario_gives_its_rows_on_every_backend() {
    let files = scenario::all().unwrap_or_else(|e| panic!("{e}"));
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
