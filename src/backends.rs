//! Choosing a backend by name. Every backend implements `gatebook_wire::Backend` and is
//! configured by the same control records.

use crate::error::CliError;
use clap::ValueEnum;
use engine_sw::Engine;
use gatebook_wire::{Backend, VenueConfig};
use host_driver::{
    CardConfig, DriverBackend, LoopbackConfig, LoopbackPlatform, VfioOptions, VfioPlatform,
};
use sim::CardSimPlatform;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendKind {
    /// The software reference engine.
    Sw,
    /// The Verilated card, driven cycle by cycle.
    Sim,
    /// The host driver's rings over the Verilated card.
    CardSim,
    /// The host driver over a real card bound to vfio-pci (needs --device).
    Vfio,
    /// engine-sw in software behind the host driver's rings (the loopback card): exercises
    /// the driver, not a card.
    Loopback,
}

impl BackendKind {
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Sw => "sw",
            BackendKind::Sim => "sim",
            BackendKind::CardSim => "card-sim",
            BackendKind::Vfio => "vfio",
            BackendKind::Loopback => "loopback",
        }
    }

    pub fn parse(text: &str) -> Option<BackendKind> {
        BackendKind::from_str(text, false).ok()
    }
}

/// Builds a configured backend, or says why it cannot run here and how to get it. `device`
/// is the PCI address of the card for `vfio`.
pub fn open_backend(
    kind: BackendKind,
    venue: &VenueConfig,
    device: Option<&str>,
) -> Result<Box<dyn Backend>, CliError> {
    open_backend_traced(kind, venue, None, device)
}

/// As [`open_backend`]; the `sim` card also writes a waveform to `trace` when given.
pub fn open_backend_traced(
    kind: BackendKind,
    venue: &VenueConfig,
    trace: Option<&std::path::Path>,
    device: Option<&str>,
) -> Result<Box<dyn Backend>, CliError> {
    if device.is_some() && kind != BackendKind::Vfio {
        return Err(CliError::Usage("--device needs --backend vfio".into()));
    }
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
            // The default card when the venue fits it, else the wide build.
            let mut card = sim::SimCard::for_capacity(&venue.capacity).map_err(unavailable)?;
            if let Some(path) = trace {
                card.trace_to(&path.display().to_string())
                    .map_err(unavailable)?;
            }
            let backend = sim::SimBackend::with_card(card, venue).map_err(unavailable)?;
            Ok(Box::new(backend))
        }
        BackendKind::CardSim => {
            venue
                .validate()
                .map_err(|e| CliError::Usage(format!("venue configuration: {e}")))?;
            let platform = CardSimPlatform::new()
                .map_err(|e| CliError::Unavailable(format!("backend `card-sim`: {e}")))?;
            let backend = DriverBackend::new(platform, venue, CardConfig::default())
                .map_err(|e| CliError::Usage(format!("backend `card-sim`: {e}")))?;
            Ok(Box::new(backend))
        }
        BackendKind::Vfio => {
            let device = device.ok_or_else(|| {
                CliError::Unavailable(
                    "backend `vfio` needs `--device <pci address>` of a card bound to vfio-pci \
                     (e.g. --device 0000:03:00.0, see docs/deploy.md); without a card use \
                     `--backend sw` or `--backend sim`"
                        .into(),
                )
            })?;
            let platform = VfioPlatform::open(device, VfioOptions::default())
                .map_err(|e| CliError::Unavailable(format!("backend `vfio`: {e}")))?;
            let backend = DriverBackend::new(platform, venue, CardConfig::default())
                .map_err(|e| CliError::Unavailable(format!("backend `vfio` on {device}: {e}")))?;
            Ok(Box::new(backend))
        }
        BackendKind::Loopback => {
            let platform =
                LoopbackPlatform::new(LoopbackConfig::default(), engine_sw_behind_rings())
                    .map_err(|e| CliError::Unavailable(format!("backend `loopback`: {e}")))?;
            let backend = DriverBackend::new(platform, venue, CardConfig::default())
                .map_err(|e| CliError::Usage(format!("backend `loopback`: {e}")))?;
            Ok(Box::new(backend))
        }
    }
}

/// engine-sw as the loopback card's software, configured by the control records the card
/// receives.
pub fn engine_sw_behind_rings() -> host_driver::platform::loopback::BackendFactory {
    Box::new(|control| Box::new(Engine::configured_like_a_card(control)))
}
