//! The Verilated card ([`SimShell`]: shell and pipeline, cycle by cycle) as host-driver's
//! [`Platform`]: the driver's register accesses go to the card's MMIO port, the card's DMA port is served
//! from the same [`DmaRegion`] a real card would reach through the IOMMU, and the card runs
//! while the driver waits. The driver code is the one that runs a real card. A write of the
//! card's outside the region, which the card cannot know of, comes back from
//! [`Platform::take_dma_fault`] as an error naming the address.

use crate::{DmaFault, DmaTiming, HostMemory, SimShell};
use host_driver::platform::{HUGEPAGE_BYTES, LINE_BYTES};
use host_driver::{DmaRegion, Platform, PlatformError};

/// Bus address the DMA region is mapped at for the simulated card: above 4 GiB, so the
/// high halves of the ring addresses are exercised.
pub const CARD_SIM_IOVA: u64 = 0x1_0000_0000;
/// Card cycles run by one [`Platform::wait`]: well under a read's latency, so the driver
/// sees completions soon after the card writes them.
pub const CYCLES_PER_WAIT: u64 = 32;

/// The host memory the simulated card reaches: the region, through its bus-address table.
/// An address outside the region faults, as an IOMMU would refuse it: a read comes back to
/// the card with a bad completion status, a write is dropped and kept by the [`SimShell`].
struct RegionMemory<'a>(&'a DmaRegion);

impl HostMemory for RegionMemory<'_> {
    fn read_line(&mut self, bus_addr: u64) -> Result<[u8; 64], DmaFault> {
        let offset = self
            .0
            .translate(bus_addr, LINE_BYTES)
            .ok_or(DmaFault { bus_addr })?;
        Ok(self.0.read_line(offset))
    }

    fn write_line(&mut self, bus_addr: u64, line: &[u8; 64]) -> Result<(), DmaFault> {
        let offset = self
            .0
            .translate(bus_addr, LINE_BYTES)
            .ok_or(DmaFault { bus_addr })?;
        self.0.write_line(offset, line);
        Ok(())
    }
}

/// The simulated card behind the driver.
pub struct CardSimPlatform {
    card: SimShell,
    region: DmaRegion,
}

impl CardSimPlatform {
    /// The card with the default DMA timing (reads answered after 140 cycles) and a 2 MiB region.
    pub fn new() -> Result<CardSimPlatform, PlatformError> {
        CardSimPlatform::with_timing(DmaTiming::default(), HUGEPAGE_BYTES)
    }

    /// The card with `timing` and a region of `dma_bytes`.
    pub fn with_timing(
        timing: DmaTiming,
        dma_bytes: usize,
    ) -> Result<CardSimPlatform, PlatformError> {
        let card =
            SimShell::with_timing(timing).map_err(|e| PlatformError::CardSim(e.to_string()))?;
        let region = DmaRegion::new(dma_bytes, CARD_SIM_IOVA)?;
        Ok(CardSimPlatform { card, region })
    }

    /// Card cycles simulated so far.
    pub fn cycles(&self) -> u64 {
        self.card.cycles()
    }
}

impl Platform for CardSimPlatform {
    fn name(&self) -> &'static str {
        "card-sim"
    }

    fn read32(&mut self, offset: u32) -> u32 {
        self.card
            .read_register(offset, &mut RegionMemory(&self.region))
    }

    fn write32(&mut self, offset: u32, value: u32) {
        self.card
            .write_register(offset, value, &mut RegionMemory(&self.region));
    }

    fn dma(&self) -> &DmaRegion {
        &self.region
    }

    fn wait(&mut self) {
        self.card
            .run(CYCLES_PER_WAIT, &mut RegionMemory(&self.region));
    }

    fn take_dma_fault(&mut self) -> Result<(), PlatformError> {
        match self.card.take_write_fault() {
            Some(fault) => Err(PlatformError::dma_write_refused(
                self.name(),
                fault.bus_addr,
                &self.region,
            )),
            None => Ok(()),
        }
    }

    fn drain_quiet_waits(&self) -> u32 {
        // The card's longest gap between two reports of one message, in waits.
        (u64::from(crate::QUIET_CYCLES) / CYCLES_PER_WAIT) as u32
    }
}
