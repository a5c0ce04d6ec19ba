//! Choosing a backend by name. Every backend implements `gatebook_wire::Backend` and is
//! configured by the same control records.

use crate::error::CliError;
use clap::ValueEnum;
use engine_sw::Engine;
use gatebook_wire::{Backend, VenueConfig};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendKind {
    /// The software reference engine.
    Sw,
    /// The Verilated card, driven cycle by cycle.
    Sim,
    /// The host driver's rings over the Verilated card.
    CardSim,
    /// The host driver over a real card bound to vfio-pci.
    Vfio,
}

impl BackendKind {
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Sw => "sw",
            BackendKind::Sim => "sim",
            BackendKind::CardSim => "card-sim",
            BackendKind::Vfio => "vfio",
        }
    }

    pub fn parse(text: &str) -> Option<BackendKind> {
        BackendKind::from_str(text, false).ok()
    }
}

/// Builds a configured backend, or says why it cannot run here and how to get it.
pub fn open_backend(kind: BackendKind, venue: &VenueConfig) -> Result<Box<dyn Backend>, CliError> {
    open_backend_traced(kind, venue, None)
}

/// As [`open_backend`]; the `sim` card also writes a waveform to `trace` when given.
pub fn open_backend_traced(
    kind: BackendKind,
    venue: &VenueConfig,
    trace: Option<&std::path::Path>,
) -> Result<Box<dyn Backend>, CliError> {
    if trace.is_some() && kind != BackendKind::Sim {
        return Err(CliError::Usage("--trace needs --backend sim".into()));
    }
    let control = venue.control_records();
    match kind {
        BackendKind::Sw => Engine::from_control_records(&control)
            .map(|engine| Box::new(engine) as Box<dyn Backend>)
            .map_err(|e| CliError::Usage(format!("venue configuration: {e}"))),
        BackendKind::Sim => {
            venue
                .validate()
                .map_err(|e| CliError::Usage(format!("venue configuration: {e}")))?;
            let unavailable =
                |e: sim::SimError| CliError::Unavailable(format!("backend `sim`: {e}"));
            let mut card = sim::SimCard::new().map_err(unavailable)?;
            if let Some(path) = trace {
                card.trace_to(&path.display().to_string())
                    .map_err(unavailable)?;
            }
            let backend = sim::SimBackend::with_card(card, venue).map_err(unavailable)?;
            Ok(Box::new(backend))
        }
        BackendKind::CardSim => Err(CliError::Unavailable(
            "backend `card-sim` is not available in this build: the host driver is not built \
             yet; use `--backend sim` for the Verilated card"
                .into(),
        )),
        BackendKind::Vfio => Err(CliError::Unavailable(
            "backend `vfio` is not available in this build: the host driver is not built yet; \
             use `--backend sw` or `--backend sim`"
                .into(),
        )),
    }
}
