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
    let control = venue.control_records();
    match kind {
        BackendKind::Sw => Engine::from_control_records(&control)
            .map(|engine| Box::new(engine) as Box<dyn Backend>)
            .map_err(|e| CliError::Usage(format!("venue configuration: {e}"))),
        BackendKind::Sim | BackendKind::CardSim => Err(CliError::Unavailable(format!(
            "backend `{}` is not available in this build: the Verilated card is not built yet; \
             use `--backend sw`",
            kind.name()
        ))),
        BackendKind::Vfio => Err(CliError::Unavailable(
            "backend `vfio` is not available in this build: the host driver is not built yet; \
             use `--backend sw`"
                .into(),
        )),
    }
}
