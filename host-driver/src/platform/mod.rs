//! Everything that touches the operating system or raw memory: the [`Platform`] a driver runs
//! on and the [`DmaRegion`] the card reads and writes. Every `unsafe` block of the crate is in
//! this module and its children, each with the reason it is sound.
//!
//! Platforms:
//! - [`vfio::VfioPlatform`]: a real card bound to `vfio-pci`, BAR0 mapped, the DMA region
//!   mapped into the IOMMU.
//! - the Verilated card, shell and pipeline, is a platform too: `sim::CardSimPlatform`, in
//!   the simulator's crate, so this driver links no simulation. It serves the card's
//!   register port from `read32`/`write32`, the card's DMA through [`DmaRegion::translate`],
//!   and clocks the card in [`Platform::wait`].
//! - [`loopback::LoopbackPlatform`]: a software card that implements the register map and the
//!   ring protocol of `docs/host-interface.md`, with a software backend behind the rings.

pub mod loopback;
pub mod vfio;

use memmap2::{MmapMut, MmapOptions};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

/// Bytes of one ring entry, one status line, one DMA line.
pub const LINE_BYTES: usize = 64;
/// A 2 MiB hugepage: the size of a default DMA region.
pub const HUGEPAGE_BYTES: usize = 2 << 20;

/// What a driver needs from the machine: the card's BAR0 registers and the host memory the
/// card reaches by DMA.
pub trait Platform: Send {
    /// Short name for messages (`vfio`, `loopback`, ...).
    fn name(&self) -> &'static str;
    /// A BAR0 register read (slow path only: bring-up, errors, counters).
    fn read32(&mut self, offset: u32) -> u32;
    /// A BAR0 register write (doorbells, configuration).
    fn write32(&mut self, offset: u32, value: u32);
    /// The host memory the card reads and writes.
    fn dma(&self) -> &DmaRegion;
    /// Called while the driver waits (ring full, no completion yet): a simulated card runs
    /// here; a real card needs nothing.
    fn wait(&mut self) {
        std::hint::spin_loop();
    }
    /// How many consecutive [`Platform::wait`] calls without a new completion, once the card
    /// has fetched every submission and its counters agree, mean its pipeline is quiet. It
    /// must cover the longest gap between two reports of one message (a fill-or-kill walk
    /// over a whole price window on a real card: a few thousand cycles). Used by flushes only.
    fn drain_quiet_waits(&self) -> u32 {
        1 << 16
    }
    /// The first DMA write the host refused since the last call: the card wrote outside the
    /// DMA region. A PCIe write is posted and gets no answer, so the card cannot know (it goes
    /// on as if the line were written, and ERRORS stays clear); the host's IOMMU drops the
    /// write and is the one to see it. A platform that serves the card's DMA itself (the
    /// simulated card, the loopback card) reports it here as
    /// [`PlatformError::DmaWriteRefused`], naming the address; on a real card the fault goes
    /// to the kernel's log (`dmesg`), out of this driver's reach, and this reports nothing.
    /// The driver calls it with every check of ERRORS.
    fn take_dma_fault(&mut self) -> Result<(), PlatformError> {
        Ok(())
    }
}

/// Why a platform could not be opened or a region could not be mapped, or a DMA write of the
/// card's the host refused.
#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    /// Host memory for the rings could not be mapped.
    #[error("cannot map {bytes} bytes of DMA memory: {error}")]
    DmaMap {
        /// Size of the region asked for.
        bytes: usize,
        /// Why the operating system refused the mapping (even without hugepages).
        error: std::io::Error,
    },
    /// A DMA region that cannot exist (zero length, bus address overflow or misaligned).
    #[error("bad DMA region: {0}")]
    BadRegion(String),
    /// A VFIO step failed: the message names the device, what failed and what to do.
    #[error("{0}")]
    Vfio(String),
    /// The simulated card could not start.
    #[error("the simulated card: {0}")]
    CardSim(String),
    /// A loopback card configuration that cannot work.
    #[error("loopback card: {0}")]
    Loopback(String),
    /// The card wrote to a bus address outside the DMA region and the host refused the
    /// write (an IOMMU fault); the card, whose writes get no answer, does not know.
    #[error("{platform}: the card wrote to bus address {bus_addr:#x}, outside the DMA region ({region_start:#x}..{region_end:#x}): the host refused the write and the card cannot tell (a PCIe write gets no answer); check the ring and status line addresses, then reset the card")]
    DmaWriteRefused {
        /// Which platform saw it ([`Platform::name`]).
        platform: &'static str,
        /// The bus address of the refused line.
        bus_addr: u64,
        /// The DMA region's first bus address.
        region_start: u64,
        /// The bus address just past the DMA region.
        region_end: u64,
    },
}

impl PlatformError {
    /// [`PlatformError::DmaWriteRefused`] for a write of `platform`'s card at `bus_addr`,
    /// outside `region`.
    pub fn dma_write_refused(
        platform: &'static str,
        bus_addr: u64,
        region: &DmaRegion,
    ) -> PlatformError {
        PlatformError::DmaWriteRefused {
            platform,
            bus_addr,
            region_start: region.bus_addr(),
            region_end: region.bus_addr() + region.len() as u64,
        }
    }
}

/// One block of pinned host memory mapped for the card's DMA at a bus address (IOVA).
///
/// Memory the card writes concurrently is only ever touched through atomic loads and stores
/// on raw pointers, never through Rust references: read a completion mark with
/// [`Ordering::Acquire`], then the rest of the entry.
pub struct DmaRegion {
    /// Owns the mapping; all access goes through `base`.
    _map: MmapMut,
    base: *mut u8,
    len: usize,
    bus_addr: u64,
    /// The region is one 2 MiB hugepage (MAP_HUGETLB) rather than normal pages.
    pub hugepage: bool,
    /// The pages are locked in memory (mlock) or are a hugepage (never swapped).
    pub locked: bool,
}

// SAFETY: `base` points into `_map`, which the region owns for its whole life; every access
// through it is an atomic operation, so sharing or sending the region between threads cannot
// create a data race in Rust's memory model.
unsafe impl Send for DmaRegion {}
// SAFETY: as above: `&DmaRegion` only allows atomic loads and stores on the mapping.
unsafe impl Sync for DmaRegion {}

impl std::fmt::Debug for DmaRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DmaRegion")
            .field("len", &self.len)
            .field("bus_addr", &format_args!("{:#x}", self.bus_addr))
            .field("hugepage", &self.hugepage)
            .field("locked", &self.locked)
            .finish()
    }
}

impl DmaRegion {
    /// Maps `len` bytes (rounded up to whole 2 MiB) at bus address `bus_addr`: a hugepage
    /// with MAP_HUGETLB when the machine has one free, else normal pages, locked when the
    /// memlock limit allows ([`DmaRegion::hugepage`] and [`DmaRegion::locked`] say which).
    /// The memory starts zeroed. `bus_addr` must be 4 KiB aligned.
    pub fn new(len: usize, bus_addr: u64) -> Result<DmaRegion, PlatformError> {
        if len == 0 {
            return Err(PlatformError::BadRegion("zero length".into()));
        }
        let len = len
            .checked_next_multiple_of(HUGEPAGE_BYTES)
            .ok_or_else(|| PlatformError::BadRegion(format!("{len} bytes is too large")))?;
        if !bus_addr.is_multiple_of(4096) {
            return Err(PlatformError::BadRegion(format!(
                "bus address {bus_addr:#x} is not 4 KiB aligned"
            )));
        }
        if bus_addr.checked_add(len as u64).is_none() {
            return Err(PlatformError::BadRegion(format!(
                "bus address {bus_addr:#x} plus {len} bytes overflows 64 bits"
            )));
        }
        let (mut map, hugepage) = match MmapOptions::new()
            .len(len)
            .huge(Some(21))
            .populate()
            .map_anon()
        {
            Ok(map) => (map, true),
            Err(_) => match MmapOptions::new().len(len).populate().map_anon() {
                Ok(map) => (map, false),
                Err(error) => return Err(PlatformError::DmaMap { bytes: len, error }),
            },
        };
        let locked = hugepage || map.lock().is_ok();
        let base = map.as_mut_ptr();
        Ok(DmaRegion {
            _map: map,
            base,
            len,
            bus_addr,
            hugepage,
            locked,
        })
    }

    /// Bytes in the region.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Never true: a region has at least one hugepage's worth of bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bus address (IOVA) of the region's first byte.
    pub fn bus_addr(&self) -> u64 {
        self.bus_addr
    }

    /// The bus address of the byte at `offset`.
    pub fn bus_addr_of(&self, offset: usize) -> u64 {
        self.bus_addr + offset as u64
    }

    /// The offset of `len` bytes at bus address `bus_addr`, if all of them lie inside the
    /// region; `None` for anything outside (an unmapped address: the card's DMA fails).
    pub fn translate(&self, bus_addr: u64, len: usize) -> Option<usize> {
        let offset = bus_addr.checked_sub(self.bus_addr)?;
        let end = offset.checked_add(len as u64)?;
        (end <= self.len as u64).then_some(offset as usize)
    }

    fn check(&self, offset: usize, bytes: usize, align: usize) {
        assert!(
            offset.is_multiple_of(align) && offset.checked_add(bytes).is_some_and(|end| end <= self.len),
            "DMA region access of {bytes} bytes at offset {offset:#x} is outside the {} byte region or misaligned",
            self.len
        );
    }

    fn word64(&self, offset: usize) -> &AtomicU64 {
        self.check(offset, 8, 8);
        // SAFETY: `offset` is inside the mapping and 8-byte aligned (checked above; the
        // mapping is page aligned); the mapping lives as long as `self`, and the memory is
        // only accessed atomically (here and by the device), never through references.
        unsafe { AtomicU64::from_ptr(self.base.add(offset).cast::<u64>()) }
    }

    fn word32(&self, offset: usize) -> &AtomicU32 {
        self.check(offset, 4, 4);
        // SAFETY: as in `word64`, for a 4-byte aligned u32 inside the mapping.
        unsafe { AtomicU32::from_ptr(self.base.add(offset).cast::<u32>()) }
    }

    /// Loads the little-endian u32 at `offset` (4-byte aligned) with `order`.
    pub fn load_u32(&self, offset: usize, order: Ordering) -> u32 {
        u32::from_le(self.word32(offset).load(order))
    }

    /// Stores the little-endian u32 at `offset` (4-byte aligned) with `order`.
    pub fn store_u32(&self, offset: usize, value: u32, order: Ordering) {
        self.word32(offset).store(value.to_le(), order)
    }

    /// The eight 64-bit words of the line at `offset` (64-byte aligned, checked once).
    fn line_words(&self, offset: usize) -> [&AtomicU64; LINE_BYTES / 8] {
        self.check(offset, LINE_BYTES, LINE_BYTES);
        // SAFETY: the whole 64-byte line is inside the mapping and 64-byte aligned (checked
        // above), so each of its eight words is an aligned u64 in the mapping, which lives as
        // long as `self`; the memory is only accessed atomically, never through references.
        std::array::from_fn(|i| unsafe {
            AtomicU64::from_ptr(self.base.add(offset + 8 * i).cast::<u64>())
        })
    }

    /// Reads the 64-byte line at `offset` (64-byte aligned), eight relaxed 64-bit loads.
    #[inline]
    pub fn read_line(&self, offset: usize) -> [u8; LINE_BYTES] {
        let words = self.line_words(offset);
        let mut line = [0u8; LINE_BYTES];
        for (chunk, word) in line.chunks_exact_mut(8).zip(words) {
            chunk.copy_from_slice(&u64::from_le(word.load(Ordering::Relaxed)).to_le_bytes());
        }
        line
    }

    /// Writes the 64-byte line at `offset` (64-byte aligned), eight relaxed 64-bit stores.
    #[inline]
    pub fn write_line(&self, offset: usize, line: &[u8; LINE_BYTES]) {
        let words = self.line_words(offset);
        for (chunk, word) in line.chunks_exact(8).zip(words) {
            let bytes: [u8; 8] = chunk.try_into().unwrap_or_default();
            word.store(u64::from_le_bytes(bytes).to_le(), Ordering::Relaxed);
        }
    }

    /// Writes the 64-byte line at `offset` with the 8-byte word at `last` (a multiple of 8
    /// within the line) stored last with Release: a reader that sees that word with Acquire
    /// sees the whole line. This is how a completion is published with its mark.
    #[inline]
    pub fn write_line_publishing(&self, offset: usize, line: &[u8; LINE_BYTES], last: usize) {
        let words = self.line_words(offset);
        let last = (last / 8).min(LINE_BYTES / 8 - 1);
        let value = |i: usize| {
            let bytes: [u8; 8] = line[8 * i..8 * i + 8].try_into().unwrap_or_default();
            u64::from_le_bytes(bytes).to_le()
        };
        for (i, word) in words.iter().enumerate() {
            if i != last {
                word.store(value(i), Ordering::Relaxed);
            }
        }
        words[last].store(value(last), Ordering::Release);
    }

    /// Zeroes `len` bytes at `offset` (both multiples of 8).
    pub fn zero(&self, offset: usize, len: usize) {
        self.check(offset, len, 8);
        for at in (offset..offset + len).step_by(8) {
            self.word64(at).store(0, Ordering::Relaxed);
        }
    }

    /// The first byte's address in this process, for mapping the region into an IOMMU.
    fn host_ptr(&self) -> *mut u8 {
        self.base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translate_refuses_everything_outside() {
        let region = DmaRegion::new(4096, 0x10_0000).unwrap();
        let len = region.len() as u64;
        assert_eq!(region.translate(0x10_0000, 64), Some(0));
        assert_eq!(
            region.translate(0x10_0000 + len - 64, 64),
            Some(region.len() - 64)
        );
        assert_eq!(region.translate(0x10_0000 + len - 32, 64), None);
        assert_eq!(region.translate(0x10_0000 + len, 1), None);
        assert_eq!(region.translate(0xf_ffc0, 64), None);
        assert_eq!(region.translate(u64::MAX - 10, 64), None);
        assert_eq!(region.translate(0, 64), None);
    }

    #[test]
    fn lines_and_words_round_trip() {
        let region = DmaRegion::new(1, 0).unwrap();
        assert_eq!(region.len(), HUGEPAGE_BYTES);
        let line: [u8; 64] = std::array::from_fn(|i| i as u8);
        region.write_line(128, &line);
        assert_eq!(region.read_line(128), line);
        assert_eq!(region.load_u32(128 + 44, Ordering::Acquire), 0x2f2e2d2c);
        region.store_u32(128 + 44, 7, Ordering::Release);
        assert_eq!(region.read_line(128)[44..48], [7, 0, 0, 0]);
        region.write_line_publishing(192, &line, 40);
        assert_eq!(region.read_line(192), line);
        region.zero(128, 128);
        assert_eq!(region.read_line(192), [0; 64]);
    }

    #[test]
    fn bad_regions_are_refused() {
        assert!(DmaRegion::new(0, 0).is_err());
        assert!(DmaRegion::new(64, 100).is_err());
        assert!(DmaRegion::new(64, 0xffff_ffff_ffff_f000).is_err());
    }
}
