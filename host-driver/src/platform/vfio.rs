//! A real card bound to `vfio-pci`: the device opened through its IOMMU group, BAR0 mapped
//! for register access, the DMA region mapped into the IOMMU at a chosen IOVA.
//!
//! Needs a machine with an IOMMU and the card bound to vfio-pci (`docs/deploy.md`). Each
//! precondition is checked in order before any VFIO call, so a refusal says which one
//! failed and what to do about it.
//!
//! It runs on x86_64 and aarch64, the architectures whose doorbell barrier
//! (`doorbell_barrier`) is written here; elsewhere [`VfioPlatform::open`] refuses.

use super::{DmaRegion, Platform, PlatformError, HUGEPAGE_BYTES};
use gatebook_wire::regmap::BAR0_BYTES;
use memmap2::{MmapOptions, MmapRaw};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vfio_bindings::bindings::vfio::{
    VFIO_PCI_BAR0_REGION_INDEX, VFIO_PCI_MSIX_IRQ_INDEX, VFIO_REGION_INFO_FLAG_MMAP,
};
use vfio_ioctls::{VfioContainer, VfioDevice, VfioOps};
use vmm_sys_util::eventfd::EventFd;

/// Where the DMA region sits in the card's address space, and how big it is.
#[derive(Debug, Clone, Copy)]
pub struct VfioOptions {
    /// The IOVA the card sees the region at.
    pub iova: u64,
    /// Bytes of DMA memory (rounded up to 2 MiB).
    pub dma_bytes: usize,
}

impl Default for VfioOptions {
    fn default() -> Self {
        VfioOptions {
            iova: 0x1_0000_0000,
            dma_bytes: HUGEPAGE_BYTES,
        }
    }
}

const DEPLOY: &str = "see docs/deploy.md";

/// Whether [`doorbell_barrier`] is written for this architecture.
const SUPPORTED_ARCH: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));

/// Orders every store to host memory (ring entries the card will read by DMA) before the
/// next store to BAR0 (the doorbell), as seen by the card.
///
/// On x86_64 stores reach memory in program order and an uncached store is not moved ahead
/// of earlier stores, so only the compiler must be kept from reordering (Linux's `writel`
/// does the same). On aarch64 a store to device memory can overtake earlier stores to normal
/// memory as another observer sees them; `dmb oshst` orders all earlier stores before all
/// later ones for every observer in the outer shareable domain, which holds the PCIe root
/// complex (Linux's `writel` issues the same barrier).
#[inline]
fn doorbell_barrier() {
    #[cfg(target_arch = "aarch64")]
    // SAFETY: a data memory barrier; it reads and writes no memory and touches no register
    // or flag.
    unsafe {
        std::arch::asm!("dmb oshst", options(nostack, preserves_flags));
    }
    #[cfg(not(target_arch = "aarch64"))]
    std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
}

/// A card behind VFIO.
pub struct VfioPlatform {
    address: String,
    bar0: MmapRaw,
    // Field order matters for drop: the IOMMU mapping is removed in `Drop::drop` while the
    // region is still mapped, then the device, the container and the region go.
    device: VfioDevice,
    container: Arc<VfioContainer>,
    dma: DmaRegion,
    error_irq: Option<EventFd>,
}

/// Checks `text` is a PCI address in the `domain:bus:device.function` form (0000:03:00.0).
pub fn parse_pci_address(text: &str) -> Result<String, PlatformError> {
    let bad = || {
        PlatformError::Vfio(format!(
            "`{text}` is not a PCI address: give domain:bus:device.function as `lspci -D` \
             prints it, e.g. 0000:03:00.0"
        ))
    };
    let (domain, rest) = text.split_once(':').ok_or_else(bad)?;
    let (bus, rest) = rest.split_once(':').ok_or_else(bad)?;
    let (device, function) = rest.split_once('.').ok_or_else(bad)?;
    let hex = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_hexdigit());
    if !(hex(domain, 4) && hex(bus, 2) && hex(device, 2) && hex(function, 1)) {
        return Err(bad());
    }
    Ok(text.to_ascii_lowercase())
}

fn link_name(path: &Path) -> Option<String> {
    std::fs::read_link(path)
        .ok()?
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
}

impl VfioPlatform {
    /// Opens the card at PCI address `address` (e.g. `0000:03:00.0`).
    pub fn open(address: &str, options: VfioOptions) -> Result<VfioPlatform, PlatformError> {
        if !SUPPORTED_ARCH {
            return Err(PlatformError::Vfio(format!(
                "the vfio platform runs on x86_64 and aarch64 only (this is {}): its doorbell \
                 barrier is written for those",
                std::env::consts::ARCH
            )));
        }
        let address = parse_pci_address(address)?;
        let fail = |what: String| PlatformError::Vfio(format!("device {address}: {what}"));
        let sysfs = PathBuf::from("/sys/bus/pci/devices").join(&address);
        if !sysfs.exists() {
            return Err(fail(format!(
                "{}: not found: no PCI device at this address (`lspci -D` lists them)",
                sysfs.display()
            )));
        }
        let group = link_name(&sysfs.join("iommu_group")).ok_or_else(|| {
            fail(format!(
                "{}/iommu_group: not found: the IOMMU is off; enable VT-d or AMD-Vi in firmware \
                 and boot with intel_iommu=on or amd_iommu=on, {DEPLOY}",
                sysfs.display()
            ))
        })?;
        match link_name(&sysfs.join("driver")) {
            Some(driver) if driver == "vfio-pci" => {}
            Some(driver) => {
                return Err(fail(format!(
                    "bound to driver `{driver}`, not vfio-pci: bind the card to vfio-pci, {DEPLOY}"
                )))
            }
            None => {
                return Err(fail(format!(
                    "bound to no driver: bind the card to vfio-pci, {DEPLOY}"
                )))
            }
        }
        if !Path::new("/dev/vfio/vfio").exists() {
            return Err(fail(format!(
                "/dev/vfio/vfio: not found: `modprobe vfio-pci` and bind the card to vfio-pci, \
                 {DEPLOY}"
            )));
        }
        let group_dev = PathBuf::from("/dev/vfio").join(&group);
        if let Err(e) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&group_dev)
        {
            return Err(fail(format!(
                "{}: {e}: give this user the IOMMU group's device (a udev rule or chown), {DEPLOY}",
                group_dev.display()
            )));
        }
        let container = Arc::new(VfioContainer::new(None).map_err(|e| {
            fail(format!(
                "opening the VFIO container: {e}: is `vfio-pci` loaded? {DEPLOY}"
            ))
        })?);
        let device = VfioDevice::new(&sysfs, container.clone() as Arc<dyn VfioOps>, false)
            .map_err(|e| {
                fail(format!(
                    "opening the device through IOMMU group {group}: {e}: every device of the \
                     group must be bound to vfio-pci, {DEPLOY}"
                ))
            })?;
        let bar0 = map_bar0(&device).map_err(&fail)?;
        let dma = DmaRegion::new(options.dma_bytes, options.iova)?;
        // SAFETY: the region is mapped for its whole length and stays mapped until after
        // `vfio_dma_unmap` in `Drop` (fields drop after `drop` runs). The memory is only
        // ever accessed through atomic operations on raw pointers (`DmaRegion`), never
        // through Rust references, as the device reads and writes it concurrently.
        unsafe { container.vfio_dma_map(options.iova, dma.len(), dma.host_ptr()) }.map_err(
            |e| {
                fail(format!(
                    "mapping {} bytes of DMA memory at IOVA {:#x}: {e}: raise the memlock limit \
                     (ulimit -l) or reserve hugepages (vm.nr_hugepages), {DEPLOY}",
                    dma.len(),
                    options.iova
                ))
            },
        )?;
        Ok(VfioPlatform {
            address,
            bar0,
            device,
            container,
            dma,
            error_irq: None,
        })
    }

    /// The PCI address of the card.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Routes MSI-X vector 0 (the card's error interrupt, slow path) to an eventfd and
    /// returns it: poll it for readability to learn of a sticky error without reading
    /// registers.
    pub fn enable_error_interrupt(&mut self) -> Result<&EventFd, PlatformError> {
        if self.error_irq.is_none() {
            let fail = |what: String| {
                PlatformError::Vfio(format!("device {}: MSI-X: {what}", self.address))
            };
            if self.device.get_irq_info(VFIO_PCI_MSIX_IRQ_INDEX).is_none() {
                return Err(fail("the device offers no MSI-X vectors".into()));
            }
            let fd = EventFd::new(libc::EFD_NONBLOCK).map_err(|e| fail(e.to_string()))?;
            self.device
                .enable_msix(vec![&fd])
                .map_err(|e| fail(e.to_string()))?;
            self.error_irq = Some(fd);
        }
        Ok(self.error_irq.as_ref().expect("set above"))
    }

    fn register(&self, offset: u32) -> Option<*mut u32> {
        (offset.is_multiple_of(4) && offset < BAR0_BYTES && (offset as usize) < self.bar0.len())
            .then(|| {
                // SAFETY: `offset` is inside the BAR0 mapping (checked above), which lives as
                // long as `self`; this only computes the address.
                unsafe { self.bar0.as_mut_ptr().add(offset as usize).cast::<u32>() }
            })
    }
}

fn map_bar0(device: &VfioDevice) -> Result<MmapRaw, String> {
    let size = device.get_region_size(VFIO_PCI_BAR0_REGION_INDEX);
    if size < u64::from(BAR0_BYTES) {
        return Err(format!(
            "BAR0 is {size} bytes, the register map needs {BAR0_BYTES}: is this a gatebook card?"
        ));
    }
    if device.get_region_flags(VFIO_PCI_BAR0_REGION_INDEX) & VFIO_REGION_INFO_FLAG_MMAP == 0 {
        return Err("BAR0 cannot be memory-mapped through VFIO".into());
    }
    let offset = device.get_region_offset(VFIO_PCI_BAR0_REGION_INDEX);
    MmapOptions::new()
        .offset(offset)
        .len(BAR0_BYTES as usize)
        .map_raw(device.as_raw_fd())
        .map_err(|e| format!("mapping BAR0: {e}"))
}

impl Platform for VfioPlatform {
    fn name(&self) -> &'static str {
        "vfio"
    }

    fn read32(&mut self, offset: u32) -> u32 {
        match self.register(offset) {
            // SAFETY: an aligned register inside the live BAR0 mapping; device memory is
            // read with a volatile load, exactly one 32-bit access.
            Some(register) => u32::from_le(unsafe { register.read_volatile() }),
            None => u32::MAX,
        }
    }

    fn write32(&mut self, offset: u32, value: u32) {
        if let Some(register) = self.register(offset) {
            doorbell_barrier();
            // SAFETY: an aligned register inside the live BAR0 mapping; one 32-bit
            // volatile store, as the device expects.
            unsafe { register.write_volatile(value.to_le()) }
        }
    }

    fn dma(&self) -> &DmaRegion {
        &self.dma
    }

    fn drain_quiet_waits(&self) -> u32 {
        // A wait is one spin-loop hint (10 to 40 ns): 16384 of them are a fraction of a
        // millisecond, far longer than the longest gap between two reports of one message
        // on the card (a few thousand cycles: microseconds). Flushes only.
        1 << 14
    }
}

impl Drop for VfioPlatform {
    fn drop(&mut self) {
        // Stop the card's DMA into the region before it is unmapped.
        let _ = self
            .container
            .vfio_dma_unmap(self.dma.bus_addr(), self.dma.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pci_addresses_are_checked() {
        assert_eq!(parse_pci_address("0000:03:00.0").unwrap(), "0000:03:00.0");
        assert_eq!(parse_pci_address("0000:AF:1f.7").unwrap(), "0000:af:1f.7");
        for bad in [
            "",
            "03:00.0",
            "0000:03:00",
            "0000:3:00.0",
            "zzzz:03:00.0",
            "0000:03:00.0x",
        ] {
            assert!(parse_pci_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_missing_device_is_named_with_what_to_do() {
        let error = VfioPlatform::open("0000:ee:1f.7", VfioOptions::default())
            .err()
            .expect("no such device here")
            .to_string();
        assert!(error.contains("0000:ee:1f.7"), "{error}");
        assert!(error.contains("not found"), "{error}");
    }
}
